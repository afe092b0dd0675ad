"""No text of the evaluation sets inside the project: ../shared/tools/gold_overlap.py finds every
place where six words in a row of one evaluation text appear in src/, tests/, docs/ or the README.
Skipped when ../shared is absent (a fresh clone without the evaluation data)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, shared_path

N = 6
SCANNED = ("src", "tests", "docs", "README.md")
pytestmark = pytest.mark.slow

SUFFIXES = (".py", ".yaml", ".yml", ".md", ".csv", ".tsv", ".txt", ".json", ".toml")


def test_no_evaluation_text_in_the_project() -> None:
    tool = shared_path("tools", "gold_overlap.py")
    shared_path("eval")
    res = subprocess.run([sys.executable, str(tool)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    hits = [line for line in res.stdout.splitlines() if line.strip()]
    assert res.returncode == 0 and hits == [], "evaluation text copied into the project:\n" + "\n".join(hits)
    assert "0 place(s)" in res.stderr


def test_no_text_of_a_sentence_that_two_evaluation_files_share() -> None:
    """The tool counts a word sequence found in two evaluation texts as a stock phrase; a sentence
    that two files share (many stance sentences are PLOVER sentences too) is counted twice that
    way, so its sequences are checked here over distinct texts."""
    tool = shared_path("tools", "gold_overlap.py")
    spec = importlib.util.spec_from_file_location("gold_overlap", tool)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    texts: dict[str, int] = {}
    for path in sorted(shared_path("eval").rglob("*.jsonl")):
        if "validity" in path.parts:
            continue
        for line in path.open(encoding="utf-8"):
            t = json.loads(line).get("text") or ""
            texts[t] = texts.get(t, 0) + 1
    df: dict[str, int] = {}
    shared_grams: set[str] = set()
    for t, copies in texts.items():
        raw = mod.WORD.findall(t)
        words = [w.lower() for w in raw]
        for i in range(len(words) - N + 1):
            if all(w[:1].isupper() or w.lower() in mod.NAME_GLUE for w in raw[i : i + N]):
                continue
            g = " ".join(words[i : i + N])
            df[g] = df.get(g, 0) + 1
            if copies > 1:
                shared_grams.add(g)
    grams = {g for g in shared_grams if df[g] == 1}
    hits = []
    for top in SCANNED:
        base = ROOT / top
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.suffix in SUFFIXES)
        for f in files:
            words = mod.WORD.findall(Path(f).read_text(encoding="utf-8", errors="replace").lower())
            hits += [f"{f}: {' '.join(words[i:i + N])}" for i in range(len(words) - N + 1)
                     if " ".join(words[i : i + N]) in grams]
    assert hits == [], "text of an evaluation sentence copied into the project:\n" + "\n".join(hits)
