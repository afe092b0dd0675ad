"""No text of the evaluation sets inside the project: ../shared/tools/gold_overlap.py finds every
place where six words in a row of one evaluation text appear in src/, tests/, docs/ or the README.
Skipped when ../shared is absent (a fresh clone without the evaluation data)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT, shared_path


@pytest.mark.parametrize("max_docs", ["1", "2"])
def test_no_evaluation_text_in_the_project(max_docs: str) -> None:
    # max_docs 1 is the tool's default; 2 also catches a sentence that two evaluation files share
    # (many stance dev sentences are PLOVER sentences too), which the default counts as a stock phrase
    tool = shared_path("tools", "gold_overlap.py")
    shared_path("eval")
    res = subprocess.run([sys.executable, str(tool), "--max-docs", max_docs], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    hits = [line for line in res.stdout.splitlines() if line.strip()]
    assert res.returncode == 0 and hits == [], "evaluation text copied into the project:\n" + "\n".join(hits)
    assert "0 place(s)" in res.stderr
