"""The statements evaluation: protocol details and agreement with the reference scorer."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from stancemap.eval import statements as ev

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _q(spans, typ="direct", speech=True, speaker=None):
    return {"content": {"text": "", "spans": spans}, "type": typ, "is_speech_verb": speech,
            "cue": None, "speaker": speaker}


def _spk(start, end, resolved, pron=False):
    return {"text": "", "start": start, "end": end, "resolved": resolved, "is_pronoun": pron}


def _p(spans, speaker=None):
    return {"content": {"spans": spans}, "speaker": speaker}


GOLD = [
    {"doc_id": "a", "text": "", "quotes": [
        _q([[0, 10]], speaker=_spk(20, 25, "Ana Diaz")),
        _q([[30, 40], [50, 60]], "mixed", speaker=_spk(45, 47, "Ben Cole", pron=True)),
        _q([[70, 100]], "indirect", speaker=_spk(60, 65, "Cara Lee")),
        _q([[110, 120]], "indirect", speech=False),
    ]},
    {"doc_id": "b", "text": "", "quotes": [_q([[0, 50]], "indirect", speaker=None)]},
]
PREDS = {
    "a": [
        _p([[0, 10]], {"start": 20, "end": 24, "resolved": "Mrs. Diaz"}),
        _p([[30, 40]], {"start": 45, "end": 47, "resolved": "he"}),
        _p([[70, 82]], {"start": 0, "end": 3, "resolved": "Cara Lee"}),
        _p([[112, 118]]),  # overlaps an excluded (belief) gold: ignored
        _p([[200, 210]]),  # nothing there: a false positive
    ],
    "b": [_p([[0, 49]])],
}


def test_name_eq_drops_titles_and_contains() -> None:
    assert ev.name_eq("Foreign Minister Sergei Lavrov", "Lavrov")
    assert ev.name_eq("Mr. Smith", "john smith")
    assert not ev.name_eq("he", "Ben Cole")
    assert not ev.name_eq(None, "x") and not ev.name_eq("Mr. ", "Mr. Cole")


def test_protocol_on_handmade_records() -> None:
    rows = ev.score(GOLD, PREDS)
    dm03, dm08, dm_exact = rows["direct+mixed"]
    # gold a1 exact; a2 half covered (0.5 >= 0.3, < 0.8); indirect preds that hit excluded gold ignored
    assert (dm03["tp"], dm03["fn"]) == (2, 0)
    assert dm03["fp"] == 1  # the [200, 210] prediction; the others overlap indirect/belief gold
    assert (dm08["tp"], dm08["fn"]) == (1, 1)
    assert dm_exact["tp"] == 1
    all03 = rows["all"][0]
    assert (all03["tp"], all03["fp"], all03["fn"]) == (4, 1, 0)
    assert all03["speaker_n"] == 3 and all03["speaker_span_acc"] == round(2 / 3, 3)
    assert all03["speaker_name_acc"] == round(2 / 3, 3)
    assert all03["pronoun_name_n"] == 1 and all03["pronoun_name_acc"] == 0.0
    assert "direct+mixed" in ev.render({"articles": 2, "statements": 6, "rows": rows})


_LINE = re.compile(r"\[(\S+)\] content P=([\d.]+) R=([\d.]+) F1=([\d.]+) \(tp=(\d+) fp=(\d+) fn=(\d+)\) \| "
                   r"speaker span-acc=([\d.]+) \(n=(\d+)\) name-acc=([\d.]+) \(n=(\d+)\)")


def _reference(gold: Path, pred: Path, *args: str) -> list[tuple]:
    script = SHARED / "tools" / "score_quotes.py"
    out = subprocess.run([sys.executable, str(script), str(gold), str(pred), *args],
                         capture_output=True, text=True, check=True).stdout
    return [m.groups()[1:] for m in _LINE.finditer(out)]


def _ours(rows: list[dict]) -> list[tuple]:
    return [(f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}", str(r["tp"]), str(r["fp"]),
             str(r["fn"]), f"{r['speaker_span_acc']:.3f}", str(r["speaker_n"]),
             f"{r['speaker_name_acc']:.3f}", str(r["speaker_name_n"])) for r in rows]


def _compare(tmp_path: Path, gold_recs: list[dict], gold_file: Path, pred_lines: list[dict]) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(x) + "\n" for x in pred_lines))
    preds = {x["doc_id"]: x["quotes"] for x in pred_lines}
    rows = ev.score(gold_recs, preds)
    assert _ours(rows["direct+mixed"]) == _reference(gold_file, pred, "--types", "direct,mixed",
                                                      "--speech-only")
    assert _ours(rows["all"]) == _reference(gold_file, pred, "--speech-only")
    assert _ours(rows["all_incl_beliefs"]) == _reference(gold_file, pred)


def test_same_numbers_as_reference_on_handmade(tmp_path: Path) -> None:
    if not (SHARED / "tools" / "score_quotes.py").exists():
        pytest.skip("reference scorer not available")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD))
    _compare(tmp_path, GOLD, gold, [{"doc_id": k, "quotes": v} for k, v in PREDS.items()])


@pytest.mark.slow
@pytest.mark.model
def test_same_numbers_as_reference_on_dev(tmp_path: Path) -> None:
    """Our output -> to_scorer.py -> score_quotes.py gives the numbers ``score``/``run`` give."""
    gold = SHARED / "eval" / "quotes" / "polnear_dev.jsonl"
    tools = SHARED / "tools"
    if not gold.exists() or not (tools / "to_scorer.py").exists():
        pytest.skip("shared eval data not available")
    recs = ev.read_gold(gold)
    arts = ev.analyze_gold(recs)
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(arts[r["doc_id"]] | {"id": r["doc_id"]}) + "\n" for r in recs))
    conv = subprocess.run([sys.executable, str(tools / "to_scorer.py"), "quotes", str(out)],
                          capture_output=True, text=True, check=True).stdout
    pred_lines = [json.loads(x) for x in conv.splitlines() if x.strip()]
    assert [p["quotes"] for p in pred_lines] == [ev.predictions(arts[r["doc_id"]]) for r in recs]
    _compare(tmp_path, recs, gold, pred_lines)
    # run() is analyse + score: the same numbers on a prefix
    small = ev.run(gold, limit=5)
    sub = {r["doc_id"]: ev.predictions(arts[r["doc_id"]]) for r in recs[:5]}
    assert small["rows"] == ev.score(recs[:5], sub)
    assert small["rows"]["all"][0]["tp"] > 0
