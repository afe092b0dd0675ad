from __future__ import annotations

import json

import pytest

import stancemap
from stancemap.errors import EmptyInput, NotEnglish
from stancemap.output.formats import validate_article
from tests.conftest import shared_path

TEXT = ("Kenyan President William Ruto said on Friday that Kenya wants an end to the fighting in Sudan "
        "and called on both sides to return to talks in Jeddah.")


@pytest.mark.model
def test_analyze_returns_a_record_with_metadata():
    art = stancemap.analyze(TEXT, id="k1", title="Ruto on Sudan", date="2023-06-02", source="wire", url="http://x")
    assert (art.id, art.title, art.date, art.source, art.url) == ("k1", "Ruto on Sudan", "2023-06-02", "wire", "http://x")
    assert art.text == TEXT
    assert art.meta["words"] == 29  # spaCy tokens, punctuation included
    assert validate_article(art.to_dict()) == []


@pytest.mark.model
def test_analyze_raises_typed_errors_on_bad_text():
    with pytest.raises(EmptyInput):
        stancemap.analyze("   ")
    with pytest.raises(NotEnglish):
        stancemap.analyze("El ministro de Asuntos Exteriores dijo que el gobierno no aceptará las "
                          "sanciones impuestas por la Unión Europea contra el país.")


@pytest.mark.model
def test_analyze_many_keeps_order_and_skips_bad_items():
    arts = list(stancemap.analyze_many([TEXT, "", {"id": "m", "text": TEXT + " Sudan's army declined."}, {"x": 1}]))
    assert [a.ok for a in arts] == [True, False, True, False]
    assert arts[2].id == "m"
    assert arts[1].meta["error"]["reason"] == "empty"
    assert arts[3].meta["error"]["reason"] == "missing_field"
    again = list(stancemap.analyze_many([{"id": "p", "text": TEXT}, {"id": "q", "text": "  " + TEXT}]))
    assert "duplicate_of" not in again[0].meta and again[1].meta["duplicate_of"] == "p"


@pytest.mark.model
@pytest.mark.slow
def test_polnear_dev_runs_end_to_end_with_ids_in_order(tmp_path):
    from stancemap.cli import main

    gold = shared_path("eval", "quotes", "polnear_dev.jsonl")
    inp = tmp_path / "dev.jsonl"
    ids = []
    with gold.open() as fh, inp.open("w") as w:
        for line in fh:
            r = json.loads(line)
            ids.append(r["doc_id"])
            w.write(json.dumps({"id": r["doc_id"], "text": r["text"], "title": r.get("title")}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(inp), "--format", "jsonl", "-o", str(out), "--no-progress"]) == 0
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in recs] == ids and len(ids) == 84
    assert all(validate_article(r) == [] for r in recs)


@pytest.mark.model
def test_a_stage_that_raises_fails_one_article_not_the_batch(monkeypatch):
    from stancemap.nlp import pipeline
    from stancemap.settings import Settings

    settings = Settings(batch_size=4)
    nlp = pipeline.get_pipeline(settings)
    comp = nlp.get_pipe("stancemap_events")
    original = type(comp).__call__

    def exploding(self, doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(comp), "__call__", exploding)
    arts = list(stancemap.analyze_many([TEXT, TEXT + " EXPLODE now.", TEXT + " Fine."], settings=settings))
    assert [a.ok for a in arts] == [True, False, True]
    err = arts[1].meta["error"]
    assert err["reason"] == "internal_error" and "RuntimeError: boom" in err["message"]
