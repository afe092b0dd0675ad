"""Floor on tests/data/stances_fresh16.jsonl (issue 9 item 4, non-state actors; sideb3): 30 long wire
sentences on new stories weighted to holders and second sides that are no states (companies, two of them
coordinated; unions and confederations; lobbies named only by their description; parties as authors of
bills and proposals; cities, city councils, provincial, state and regional governments against their
national government; sector groups named by a nationality and a trade), with two negatives (a city
named as a place, "bread-and-butter issues"), written for the project and committed before its first
run. First measure (the honest, unseen number): stances 0.816, alignments 0.694 (P 0.909 / 0.944,
R 0.741 / 0.548). Then studied (the whole file): see docs/positions.md and the sideb3 report. Kept in a
file of its own so that parallel branches merge cleanly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.slow
@pytest.mark.model
def test_fresh16_floor() -> None:
    from stancemap.eval.stances import run

    res = run(DATA / "stances_fresh16.jsonl")
    assert res["sentences"] == 30
    assert res["stances"]["gold"] == 54 and res["alignments"]["gold"] == 31
    assert res["stances"]["f1"] >= 0.84, res["stances"]
    assert res["alignments"]["f1"] >= 0.85, res["alignments"]
