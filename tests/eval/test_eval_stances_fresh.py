"""Floors on the hand-labelled fresh stance sets (issue 9): sentences written for the project in
wire style and labelled by the stance gold's rules (tests/data/stances_fresh1.jsonl, written
before the fixes of that round; tests/data/stances_fresh2.jsonl, written after them and measured
once before any further change). The floors sit just under the values measured when they were
added (whole files): fresh1 stances F1 0.930, alignments 0.854; fresh2 stances 0.923,
alignments 0.872 (its first, unseen measure was 0.913 / 0.829). A second round added longer wire
sentences: tests/data/stances_fresh3.jsonl (first measure 0.701 / 0.600, then studied: 0.861 / 0.667)
and tests/data/stances_fresh4.jsonl (written after those fixes, first and only measure 0.842 / 0.429;
most of its alignment misses are actor names, see docs/positions.md). A third round
(tests/data/stances_fresh5.jsonl, 50 long wire sentences written before that round's fixes) measured
0.826 / 0.641 first; after studying fresh3, fresh4 and fresh5 the three files give 0.894 / 0.688,
0.889 / 0.512 and 0.878 / 0.744 (fresh5 with 41 alignments after two rewordings). See docs/positions.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"

# (file, sentences, gold stances, gold alignments, stance F1 floor, alignment F1 floor)
FRESH = [
    ("stances_fresh1.jsonl", 60, 74, 43, 0.92, 0.84),
    ("stances_fresh2.jsonl", 40, 45, 21, 0.91, 0.86),
    ("stances_fresh3.jsonl", 60, 86, 37, 0.88, 0.67),
    ("stances_fresh4.jsonl", 40, 62, 25, 0.87, 0.50),
    ("stances_fresh5.jsonl", 50, 96, 41, 0.86, 0.72),
]


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize(("name", "n", "n_st", "n_al", "st_floor", "al_floor"), FRESH, ids=[f[0] for f in FRESH])
def test_fresh_sets_floors(name: str, n: int, n_st: int, n_al: int, st_floor: float, al_floor: float) -> None:
    from stancemap.eval.stances import run

    res = run(DATA / name)
    assert res["sentences"] == n
    assert res["stances"]["gold"] == n_st and res["alignments"]["gold"] == n_al
    assert res["stances"]["f1"] >= st_floor, res["stances"]
    assert res["alignments"]["f1"] >= al_floor, res["alignments"]
