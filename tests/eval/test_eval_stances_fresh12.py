"""Floor on tests/data/stances_fresh12.jsonl (issue 9, side B): 40 long wire sentences on new stories
weighted to holders and second sides that are no states (parties, unions, associations, companies,
rebel groups, regional governments, courts, persons of unknown bodies, coordinated actors), written
for the project and committed before its first run. First measure (the honest, unseen number):
stances 0.768, alignments 0.507 (P 0.818 / 0.613, R 0.724 / 0.432). Then studied (the whole file):
unknown bodies named by an association's name or by a description before a one-word name, "CITY,
Country -" datelines read as the subject, company names, "accused the government of X", "a
government plan": 0.822 / 0.667. See docs/positions.md. Kept in a file of its own (not in
test_eval_stances_fresh.py's table) so that parallel branches that add fresh files merge cleanly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.slow
@pytest.mark.model
def test_fresh12_floor() -> None:
    from stancemap.eval.stances import run

    res = run(DATA / "stances_fresh12.jsonl")
    assert res["sentences"] == 40
    assert res["stances"]["gold"] == 87 and res["alignments"]["gold"] == 44
    assert res["stances"]["f1"] >= 0.81, res["stances"]
    assert res["alignments"]["f1"] >= 0.65, res["alignments"]
