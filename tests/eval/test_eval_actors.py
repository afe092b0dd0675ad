from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.eval.actors import actor_at_chars, name_eq, render, run, score_codes, score_speakers
from stancemap.records import Actor, Mention

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"


def test_name_eq():
    assert name_eq("Sen. Maria Lopez", "Maria Lopez")
    assert name_eq("Lopez", "Maria Lopez")
    assert name_eq("Foreign Minister Ali Kaya", "Kaya")
    assert not name_eq("he", "Maria Lopez")
    assert not name_eq(None, "x")


def _actor(aid, name, code, sector, spans, kind="name"):
    return Actor(id=aid, name=name, type="x", code=code, sector=sector,
                 mentions=tuple(Mention("", s, e, kind) for s, e in spans))


def test_score_codes_protocol():
    text = "Senior Zeland officials met Japanese envoys and the UN."
    rec = {"text": text,
           "source_actors": [{"actorText": "Zeland", "code": "ZLD", "sector": "GOV"}],
           "target_actors": [{"actorText": "Japanese", "code": "JAP"}, {"actorText": "UN", "code": "IGO"},
                             {"actorText": "Missing", "code": "XXX"}]}
    actors = [
        _actor("ZLDGOV", "Zeland government", "ZLDGOV", "GOV", [(7, 23)]),
        _actor("JPNGOV", "Japan government", "JPNGOV", "GOV", [(28, 43)]),
        _actor("IGO:UN", "United Nations", "IGOUNO", None, [(52, 54)]),
    ]
    r = score_codes([(rec, actors)])
    assert r["located"] == 3 and r["unlocated"] == 1
    assert r["country_accuracy"] == 1.0  # JAP is an alias of JPN; IGO matches IGOUNO
    # sectors: ZLD GOV ok, Japanese gold no sector vs GOV wrong, UN none ok
    assert r["country_sector_accuracy"] == pytest.approx(2 / 3, abs=1e-3)


def test_score_speakers_uses_gold_span_and_fallback_text():
    text = "Maria Lopez spoke. She said no. Officials said yes."
    rec = {"text": text, "quotes": [
        {"is_speech_verb": True, "speaker": {"text": "She", "start": 19, "end": 22, "is_pronoun": True,
                                             "resolved": "Maria Lopez"}},
        {"is_speech_verb": True, "speaker": {"text": "Officials", "start": 32, "end": 41, "is_pronoun": False,
                                             "resolved": "Officials"}},
        {"is_speech_verb": False, "speaker": {"text": "x", "start": 0, "end": 1, "is_pronoun": False,
                                              "resolved": "Nobody"}},
    ]}
    actors = [_actor("person:maria-lopez", "Maria Lopez", None, None, [(0, 11), (19, 22)])]
    r = score_speakers([(rec, actors)])
    assert r["all"]["n"] == 2 and r["all"]["accuracy"] == 1.0
    assert r["pronoun"]["n"] == 1 and r["pronoun"]["resolved_share"] == 1.0
    assert "pronoun" in render({"task": "actors-speakers", "gold": "g", "records": 1, **r})


def test_actor_at_chars_prefers_containing_mention():
    ms = [(0, 30, "person:a"), (10, 20, "org:b")]
    assert actor_at_chars(ms, 12, 18) == "org:b" or actor_at_chars(ms, 12, 18) == "person:a"
    assert actor_at_chars(ms, 0, 30) == "person:a"
    assert actor_at_chars(ms, 40, 50) is None


@pytest.mark.slow
@pytest.mark.model
def test_run_on_gold_samples():
    plover = SHARED / "events" / "plover_gsr.jsonl"
    polnear = SHARED / "quotes" / "polnear_dev.jsonl"
    if not plover.is_file() or not polnear.is_file():
        pytest.skip("shared eval data not available")
    r = run(plover, limit=60)
    assert r["task"] == "actors-codes" and r["located"] > 50
    assert r["country_accuracy"] > 0.6
    s = run(polnear, limit=12)
    assert s["task"] == "actors-speakers" and s["all"]["n"] > 15
    assert s["all"]["accuracy"] > 0.7
    assert "country-level" in render(r)


@pytest.mark.model
def test_run_on_one_part_scores_only_that_part(tmp_path):
    """``part="study"`` scores the study records only (and analyses only them); the ids are chosen so that the
    split puts one in each part."""
    import json

    from stancemap.eval.split import part_of

    ids = {}
    for n in range(200):
        ids.setdefault(part_of(f"speaker-part-{n}"), f"speaker-part-{n}")
        if len(ids) == 2:
            break
    text = "Senator Ann Kirby spoke in Dayton. \u201cThe bridge will open in May,\u201d Kirby said."
    start = text.index("Kirby said")
    quote = {"is_speech_verb": True, "speaker": {"text": "Kirby", "start": start, "end": start + 5,
                                                 "is_pronoun": False, "resolved": "Ann Kirby"}}
    gold = tmp_path / "quotes.jsonl"
    gold.write_text("".join(json.dumps({"doc_id": ids[p], "text": text, "quotes": [quote]}) + "\n"
                            for p in ("study", "sealed")), encoding="utf-8")
    r = run(gold, part="study")
    assert r["n_records"] == 1 and r["records"] == 1 and r["part"] == "study"
    assert r["all"] == {"n": 1, "accuracy": 1.0, "resolved_share": 1.0}
    both = run(gold)
    assert both["parts"]["sealed"]["n_records"] == 1 and both["all"]["n"] == 2
