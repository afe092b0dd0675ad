from __future__ import annotations

import json

import pytest

from stancemap.ingest import article_id, iter_inputs, read_path

ENGLISH = (
    "The foreign ministers of Chile and Kenya met in Nairobi on Monday and said they would work "
    "together on climate finance, according to a statement from the Kenyan government."
)


def reasons(raws):
    return [(r.error.reason if r.error else None) for r in raws]


def test_text_file_is_read_with_stable_content_id(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    (raw,) = list(read_path(p))
    assert raw.error is None
    assert raw.text == ENGLISH
    assert raw.id == article_id(ENGLISH) == article_id("  " + ENGLISH.replace(" ", "\n", 3))
    assert raw.title is None


def test_headline_becomes_title_and_text_is_kept_whole(tmp_path):
    p = tmp_path / "h.txt"
    p.write_text("Chile and Kenya agree on climate finance\n\n" + ENGLISH, encoding="utf-8")
    (raw,) = list(read_path(p))
    assert raw.title == "Chile and Kenya agree on climate finance"
    assert raw.text.startswith("Chile and Kenya agree")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Le ministre a déclaré".encode("latin-1"), "encoding"),
        ("Die Außenminister der beiden Länder trafen sich am Montag in Berlin und sprachen über die "
         "Lage in der Region, wie das Ministerium mitteilte.".encode(), "not_english"),
        (b"x" * 2_000_001, "too_large"),
    ],
)
def test_bad_files_get_a_reason(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    (raw,) = list(read_path(p))
    assert raw.error is not None and raw.error.reason == reason
    assert str(p) in str(raw.error)


def test_jsonl_keeps_order_ids_and_reports_bad_lines(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "one", "text": ENGLISH, "title": "T", "date": "2012-03-01", "lang": "en"}),
        "{not json",
        json.dumps({"id": "three"}),
        json.dumps({"id": "four", "text": ""}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": ENGLISH + " More."}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    raws = list(read_path(p))
    assert [r.origin for r in raws] == [f"{p}:{i}" for i in (1, 2, 3, 4, 5, 7)]
    assert reasons(raws) == [None, "bad_json", "missing_field", "empty", "bad_json", None]
    assert raws[0].id == "one" and raws[0].title == "T" and raws[0].date == "2012-03-01"
    assert raws[0].extra == {"lang": "en"}
    assert raws[2].id == "three"
    assert raws[5].id == article_id(ENGLISH + " More.")


def test_html_main_text_and_title(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Ministers meet in Nairobi</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Ministers meet in Nairobi</h1><p>{ENGLISH}</p><p>{ENGLISH}</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (raw,) = list(read_path(p))
    assert raw.error is None
    assert "Chile and Kenya met in Nairobi" in raw.text
    assert "Copyright" not in raw.text
    assert raw.title == "Ministers meet in Nairobi"


def test_malformed_html_is_reported_not_raised(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text("<html><body><div><<<>>></body", encoding="utf-8")
    (raw,) = list(read_path(p))
    assert raw.error is not None and raw.error.reason == "empty"
    assert "no words" in str(raw.error)
    q = tmp_path / "nav.html"
    q.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    (raw,) = list(read_path(q))
    assert raw.error is not None and raw.error.reason == "empty"
    assert "too short" in str(raw.error)


def test_directory_is_read_in_sorted_order_and_missing_path_reported(tmp_path):
    (tmp_path / "b.txt").write_text(ENGLISH + " B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH + " A.", encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    raws = list(iter_inputs([tmp_path, tmp_path / "nope.txt"]))
    assert [r.origin.rsplit("/", 1)[-1] for r in raws] == ["a.txt", "b.txt", "nope.txt"]
    assert reasons(raws) == [None, None, "bad_input"]
    assert "no such file" in str(raws[2].error)


def test_normalising_never_moves_offsets():
    from stancemap.ingest import normalise_text

    text = "Ca\u0301rdenas said\u200b it\u00ad was over.\r\nThe end\x07."
    out = normalise_text(text)
    assert len(out) == len(text)
    assert out == "Ca\u0301rdenas said  it  was over. \nThe end ."
    kept = "Tabs\tand no-break\u00a0spaces\u2028stay.\n"  # not control or format characters
    assert normalise_text(kept) == kept


@pytest.mark.parametrize(
    "text, problem",
    [
        ("Former Tunisian Prime Minister Hedi Nouira, Arab League chief Chedli Klibi and Algerian "
         "envoy Lakhdar Brahimi met Moroccan King Hassan in Rabat", None),
        ("Le ministre des Affaires étrangères a déclaré que la France est prête à accueillir les "
         "négociations sur le programme nucléaire", "looks like French"),
        ("El ministro dijo que el gobierno no aceptará las sanciones impuestas por la Unión Europea "
         "contra el país", "looks like Spanish"),
        ("Министр иностранных дел России заявил, что Москва готова к переговорам", "non-Latin script"),
    ],
)
def test_language_check_uses_evidence_against_english(text, problem):
    from stancemap.ingest.checks import language_problem

    got = language_problem(text)
    assert (got is None) if problem is None else (problem in got)


def test_author_field_and_default_author(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text(json.dumps({"id": "s1", "text": ENGLISH, "author": "KEN"}) + "\n"
                 + json.dumps({"id": "s2", "text": ENGLISH}) + "\n", encoding="utf-8")
    assert [r.author for r in read_path(p)] == ["KEN", None]
    raws = list(iter_inputs([p], author="CHL"))
    assert [r.author for r in raws] == ["KEN", "CHL"]
    assert all("author" not in r.extra for r in raws)
