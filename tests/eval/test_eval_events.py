"""The events evaluation: scoring protocol and agreement with the reference scorer."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from stancemap.eval import events as ev

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

GOLD = {
    "a": {"events": [{"source": "TURGOV", "target": "RUS", "code": "036"},
                     {"source": None, "target": None, "code": "120"}]},
    "b": {"events": [{"source": "---REB", "target": "SYR", "code": "190"}]},
    "c": {"events": [{"source": None, "target": None, "code": "0256"}]},
}
PRED = {
    "a": {"events": [{"source": "TURGOV", "target": "RUS", "code": "030"},  # root right, code wrong
                     {"source": "RUS", "target": None, "code": "120"},
                     {"source": "RUS", "target": None, "code": "112"}]},  # extra
    "b": {"events": [{"source": "SYRREB", "target": "SYRGOV", "code": "193"}]},
    # "c": nothing predicted
}


def test_levels_on_handmade_records():
    s = ev.score(GOLD, PRED)
    assert (s["code"]["tp"], s["code"]["gold"], s["code"]["pred"]) == (1, 4, 4)
    assert s["root"]["tp"] == 3
    # dyad+root: (TURGOV,RUS,03) ok, (*,*,12) ok, (---REB,SYR,19) vs (SYRREB,SYRGOV) no
    assert s["dyad+root"]["tp"] == 2
    # dyad3: "---" is a wildcard and SYRGOV[:3] == SYR
    assert s["dyad3+root"]["tp"] == 3
    assert s["root"]["precision"] == 0.75 and s["root"]["recall"] == 0.75
    assert s["extra_share"] == 0.25 and s["correct_share"] == 0.75
    assert set(s["per_root"]) == {"02", "03", "11", "12", "19"}
    assert s["root_macro_f1"] == round((1 + 1 + 1 + 0) / 4, 4)


def test_predictions_follow_to_scorer():
    arts = [{"id": "x", "actors": [{"id": "TUR", "code": "TURGOV"}],
             "events": [{"source": "TUR", "target": None, "source_code": None, "target_code": None,
                         "cameo": "1041", "plover": "request"}]}]
    assert ev.predictions(arts, "cameo")["x"]["events"] == [{"source": "TURGOV", "target": None, "code": "1041"}]
    assert ev.predictions(arts, "plover")["x"]["events"][0]["code"] == "REQUEST"
    assert ev.predictions(arts, "plover_0.5")["x"]["events"][0]["code"] == "DEMAND"


def test_load_gold_errors(tmp_path):
    from stancemap.errors import EvalError

    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "text": "x", "events": []}\n{"id": "b"}\n')
    with pytest.raises(EvalError, match="g.jsonl:2"):
        ev.load_gold(p)
    with pytest.raises(EvalError, match="not found"):
        ev.load_gold(tmp_path / "missing.jsonl")


def _reference(gold: Path, articles: list[dict], tmp_path: Path, field: str) -> dict[str, tuple[int, int, int]]:
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(a) + "\n" for a in articles))
    pred = tmp_path / "pred.jsonl"
    conv = subprocess.run([sys.executable, str(SHARED / "tools" / "to_scorer.py"), field, str(out)],
                          capture_output=True, text=True, check=True)
    pred.write_text(conv.stdout)
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"), str(gold), str(pred)],
                         capture_output=True, text=True, check=True)
    rows = {}
    for line in res.stdout.splitlines():
        m = re.match(r"(\S+)\s+gold=\s*(\d+) pred=\s*(\d+) tp=\s*(\d+)", line)
        if m:
            rows[m.group(1)] = (int(m.group(2)), int(m.group(3)), int(m.group(4)))
    return rows


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize(("name", "field"), [("cameo_manual_examples.jsonl", "events"),
                                             ("plover_gsr.jsonl", "plover")])
def test_agrees_with_reference_scorer(tmp_path, name, field):
    src = SHARED / "eval" / "events" / name
    if not src.exists() or not (SHARED / "tools" / "score_events.py").exists():
        pytest.skip("shared evaluation data not available")
    from stancemap.api import analyze_many

    rows = ev.load_gold(src, limit=80)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    articles = [a.to_dict(include_text=False)
                for a in analyze_many([{"id": r["id"], "text": r["text"]} for r in rows])]
    ours = ev.run(gold, articles=articles)["scores"]
    ref = _reference(gold, articles, tmp_path, field)
    assert set(ref) == set(ev.LEVELS)
    for level in ev.LEVELS:
        assert ref[level] == (ours[level]["gold"], ours[level]["pred"], ours[level]["tp"]), level
    assert ours["root"]["tp"] > 0


# --- pair protocol (plover_zsp sets) ---------------------------------------------------------

def _pair_article(rid: str, actors: list[tuple[str, int, int]], events: list[tuple[str, str, str]]) -> dict:
    return {"id": rid,
            "actors": [{"id": a, "mentions": [{"text": a, "start": s, "end": e}], "members": []}
                       for a, s, e in actors],
            "events": [{"source": s, "target": t, "plover": p} for s, t, p in events]}


PAIR_GOLD = [
    {"id": "p1", "text": "x", "events": [{"source_span": [0, 5], "target_span": [10, 15], "code": "ACCUSE"}]},
    {"id": "p2", "text": "x", "events": [{"source_span": [0, 5], "target_span": [10, 15], "code": "YIELD"}]},
    {"id": "p3", "text": "x", "events": [{"source_span": [0, 5], "target_span": [10, 15], "code": "AID"}]},
    {"id": "p4", "text": "x", "events": [{"source_span": [0, 5], "target_span": [10, 15], "code": "AID"},
                                         {"source_span": [20, 25], "target_span": [0, 5], "code": "ASSAULT"}]},
]
PAIR_PRED = [
    _pair_article("p1", [("A", 0, 4), ("B", 11, 14)], [("A", "B", "ACCUSE")]),          # right
    _pair_article("p2", [("A", 0, 4), ("B", 11, 14)], [("A", "B", "RETREAT")]),         # RETREAT = YIELD
    _pair_article("p3", [("A", 0, 4), ("B", 11, 14)], [("B", "A", "AID"),                # wrong direction
                                                      ("A", "B", "SUPPORT")]),          # covered, wrong type
    _pair_article("p4", [("A", 0, 4), ("C", 30, 33)], [("A", "C", "AID")]),             # nothing covers
]


def test_split_part_is_deterministic_and_about_thirty_percent():
    ids = [f"rec-{i}" for i in range(2000)]
    parts = [ev.split_part(i) for i in ids]
    assert parts == [ev.split_part(i) for i in ids]
    share = parts.count("sealed") / len(parts)
    assert 0.27 < share < 0.33
    assert ev.split_part("rec-1", sealed_share=0.0) == "study"
    assert ev.split_part("rec-1", sealed_share=1.0) == "sealed"


def test_score_pairs_by_hand():
    s = ev.score_pairs(PAIR_GOLD, {a["id"]: a for a in PAIR_PRED})
    assert (s["pairs"], s["covered"]) == (5, 3)
    assert s["pair_recall"] == pytest.approx(0.6)
    assert s["type_acc_on_covered"] == pytest.approx(2 / 3)
    assert s["accuracy"] == pytest.approx(0.4)
    # types ACCUSE, AID, ASSAULT, YIELD: F1 1, 0, 0, 1
    assert s["types"] == 4 and s["macro_f1"] == pytest.approx(0.5)
    assert ["AID", "SUPPORT", 1] in s["confusions"]


def _reference_pairs(gold: Path, out: Path) -> list[str]:
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score_event_pairs.py"), str(gold), str(out)],
                         capture_output=True, text=True, check=True)
    return res.stdout.splitlines()


def _our_lines(result: dict, part: str) -> list[str]:
    text = ev.render(result).splitlines()
    i = next(k for k, line in enumerate(text) if line.startswith(f"[{part}:"))
    return text[i + 1:i + 4]


def test_pairs_render_matches_reference_scorer_on_handmade(tmp_path):
    if not (SHARED / "tools" / "score_event_pairs.py").exists():
        pytest.skip("shared reference scorer not available")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in PAIR_GOLD))
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(a) + "\n" for a in PAIR_PRED))
    result = ev.run(gold, articles=PAIR_PRED)
    assert result["kind"] == "pairs"
    assert _our_lines(result, "all") == _reference_pairs(gold, out)


@pytest.mark.slow
@pytest.mark.model
def test_pairs_agree_with_reference_scorer_on_shared_file(tmp_path):
    src = SHARED / "eval" / "events" / "plover_zsp_train.jsonl"
    if not src.exists() or not (SHARED / "tools" / "score_event_pairs.py").exists():
        pytest.skip("shared evaluation data not available")
    from stancemap.api import analyze_many

    rows = ev.load_gold(src, limit=150)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    articles = [a.to_dict(include_text=False)
                for a in analyze_many([{"id": r["id"], "text": r["text"]} for r in rows])]
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(a) + "\n" for a in articles))
    result = ev.run(gold, articles=articles)
    assert _our_lines(result, "all") == _reference_pairs(gold, out)
    for part in ("study", "sealed"):
        sel = tmp_path / f"{part}.jsonl"
        sel.write_text("".join(json.dumps(r) + "\n" for r in rows if ev.split_part(r["id"]) == part))
        assert _our_lines(result, part) == _reference_pairs(sel, out)
    assert result["pairs"]["all"]["covered"] > 0


def test_pairs_part_restricts_the_output(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in PAIR_GOLD))
    parts = {r["id"]: ev.split_part(r["id"]) for r in PAIR_GOLD}
    for part in ("study", "sealed"):
        result = ev.run(gold, articles=PAIR_PRED, part=part)
        assert list(result["pairs"]) == [part] and result["part"] == part
        assert result["pairs"][part]["records"] == sum(p == part for p in parts.values())
        text = ev.render(result)
        assert [line.split(":")[0] for line in text.splitlines() if line.startswith("[")] == [f"[{part}"]
    result = ev.run(gold, articles=PAIR_PRED)
    assert list(result["pairs"]) == ["all", "study", "sealed"]
    assert [line.split(":")[0] for line in ev.render(result).splitlines() if line.startswith("[")] \
        == ["[all", "[study", "[sealed"]
