from __future__ import annotations

import pytest

from stancemap.errors import EvalError
from stancemap.eval.gate import GateRow, lookup, run_gate

RESULT = {"rows": {"all": [{"f1": 0.5}, {"f1": 0.25}]}, "by.dot": {"x": 1}, "n": 3}


@pytest.mark.parametrize(
    "path, value",
    [("rows.all.0.f1", 0.5), ("rows.all.-1.f1", 0.25), ("[by.dot].x", 1.0), ("n", 3.0),
     ("rows.all.5.f1", None), ("rows.none", None), ("rows", None)],
)
def test_lookup_dotted_paths(path, value):
    assert lookup(RESULT, path) == value


def test_gate_row_passes_at_floor_and_fails_below_or_missing():
    assert GateRow("t", "g", "m", 0.5, 0.5).ok
    assert not GateRow("t", "g", "m", 0.5, 0.4999).ok
    assert not GateRow("t", "g", "m", 0.5, None).ok


def test_gate_reports_missing_gold_and_unknown_task(tmp_path):
    floors = tmp_path / "quality" / "floors.toml"
    floors.parent.mkdir()
    floors.write_text('[[check]]\ntask = "statements"\ngold = "nope.jsonl"\n')
    with pytest.raises(EvalError, match="gold file not found"):
        run_gate(floors)
    (tmp_path / "g.jsonl").write_text("{}\n")
    floors.write_text('[[check]]\ntask = "horoscopes"\ngold = "g.jsonl"\n')
    with pytest.raises(EvalError, match="unknown evaluation task 'horoscopes'"):
        run_gate(floors)
