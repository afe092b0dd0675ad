"""``stancemap ingest`` end to end with the real pipeline on a real DuckDB file."""

from __future__ import annotations

import json

import duckdb
import pytest

from stancemap.cli import main

pytestmark = pytest.mark.model

ARTICLES = {
    "kenya.txt": "Kenya and Ethiopia agree on border trade\n\nKenyan President William Ruto met Ethiopian Prime "
                 "Minister Abiy Ahmed in Nairobi on Monday. Ruto said Kenya wants an end to the fighting in Sudan "
                 "and called on both sides to return to talks. Abiy said Ethiopia supports a ceasefire in Sudan.\n",
    "chile.txt": "Chile criticises Peru over fishing rules\n\nChile's foreign minister said on Tuesday that his "
                 "government rejects the new fishing quotas announced by Peru. Peru's trade minister said the quotas "
                 "would protect the anchovy stock and that Lima would not change them.\n",
    "norway.txt": "Norway offers aid after floods\n\nNorway pledged emergency aid to Pakistan on Friday after floods "
                  "destroyed thousands of homes. The Norwegian foreign minister said the money would go to the "
                  "World Food Programme.\n",
}


def _corpus(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def _counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "article_actors", "mentions", "statements", "events", "stances", "actors")}
    finally:
        con.close()


def test_ingest_is_idempotent_and_replaces_a_changed_article(tmp_path, capsys):
    d = _corpus(tmp_path)
    db = tmp_path / "c.duckdb"
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(json.dumps({"id": "j1", "text": ARTICLES["norway.txt"].split("\n\n", 1)[1],
                                 "date": "2022-08-30", "source": "agency"}) + "\n", encoding="utf-8")
    assert main(["ingest", str(d), str(jsonl), "--db", str(db), "--no-progress", "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["ingested"], first["unchanged"], first["skipped"]) == (4, 0, 0)
    # j1 is the Norway text without its headline: the same story
    assert first["duplicates"] == 1
    before = _counts(db)
    assert before["articles"] == 4 and before["statements"] >= 3 and before["actors"] >= 6

    assert main(["ingest", str(d), str(jsonl), "--db", str(db), "--no-progress", "--format", "json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["ingested"], again["unchanged"], again["replaced"]) == (0, 4, 0)
    assert _counts(db) == before

    changed = jsonl.read_text(encoding="utf-8").replace("2022-08-30", "2022-08-31")
    jsonl.write_text(changed, encoding="utf-8")
    assert main(["ingest", str(jsonl), "--db", str(db), "--no-progress", "--format", "json"]) == 0
    third = json.loads(capsys.readouterr().out)
    assert (third["ingested"], third["replaced"]) == (0, 1)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT date, version FROM articles WHERE id = 'j1'").fetchall() == [("2022-08-31", 2)]
    assert con.execute("SELECT count(*) FROM runs WHERE status = 'complete'").fetchone()[0] == 3
    con.close()
    assert _counts(db) == before


def test_bad_inputs_are_skipped_with_stored_reasons_and_nothing_is_lost(tmp_path, capsys):
    db = tmp_path / "c.duckdb"
    good = _corpus(tmp_path)
    assert main(["ingest", str(good), "--db", str(db), "--no-progress"]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 40)
    (bad / "latin1.txt").write_bytes("Le minist\xe8re a d\xe9clar\xe9 que".encode("latin-1"))
    (bad / "huge.txt").write_text("The talks went on. " * 400, encoding="utf-8")
    (bad / "spanish.txt").write_text("El ministro de Asuntos Exteriores dijo que el gobierno no aceptara las sanciones "
                                     "impuestas por la Union Europea contra el pais y que la respuesta sera firme.",
                                     encoding="utf-8")
    (bad / "feed.jsonl").write_text(
        json.dumps({"id": "ok1", "text": ARTICLES["chile.txt"].replace("Tuesday", "Wednesday")}) + "\n"
        + '{"id": "broken", "text": "unterminated\n' + json.dumps({"id": "notext", "title": "x"}) + "\n",
        encoding="utf-8")
    rc = main(["ingest", str(bad), "--db", str(db), "--no-progress", "--max-bytes", "4000", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 1
    assert out["ingested"] == 1
    assert out["skipped_by_reason"] == {"empty": 1, "binary": 1, "encoding": 1, "too_large": 1, "not_english": 1,
                                        "bad_json": 1, "missing_field": 1}
    con = duckdb.connect(str(db), read_only=True)
    reasons = dict(con.execute("SELECT reason, input FROM skips").fetchall())
    assert reasons["bad_json"].endswith("feed.jsonl:2") and reasons["too_large"].endswith("huge.txt")
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 4  # the 3 stored before, plus ok1
    con.close()


def test_an_id_repeated_in_one_run_keeps_the_later_text(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    first, later = ARTICLES["kenya.txt"], ARTICLES["chile.txt"]
    feed.write_text(json.dumps({"id": "same", "text": first}) + "\n" + json.dumps({"id": "same", "text": later}) + "\n",
                    encoding="utf-8")
    db = tmp_path / "c.duckdb"
    assert main(["ingest", str(feed), "--db", str(db), "--no-progress", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["ingested"], out["replaced"]) == (1, 1)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT id, text FROM articles").fetchall() == [("same", later)]
    con.close()
