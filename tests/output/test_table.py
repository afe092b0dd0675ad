"""The first screen a newcomer sees: `stancemap analyze` on the bundled example, as a table."""

from __future__ import annotations

import io
import re

import pytest

from stancemap.cli import example_path, main
from stancemap.output.table import PIPE_WIDTH, table_console


def _table(monkeypatch, columns=None):
    monkeypatch.delenv("COLUMNS", raising=False)
    if columns:
        monkeypatch.setenv("COLUMNS", str(columns))
    out = io.StringIO()
    assert main(["analyze", str(example_path()), "--no-progress"], out=out) == 0
    return out.getvalue()


def test_console_width_when_not_a_terminal(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    assert table_console(io.StringIO()).width == PIPE_WIDTH
    monkeypatch.setenv("COLUMNS", "100")
    assert table_console(io.StringIO()).width == 100


@pytest.mark.model
def test_first_screen_of_the_example(monkeypatch):
    text = _table(monkeypatch)
    lines = text.splitlines()
    assert lines[0] == "Norway and Indonesia back ceasefire in Myanmar, differ on palm oil tariffs"
    assert re.match(r"\d+ actors, \d+ statements, \d+ events, \d+ stances, \d+ alignments$", lines[1])
    assert "╭" not in text  # no empty box under the title
    assert max(len(x) for x in lines) > 100  # not squeezed to 80 columns in a pipe
    # events name their CAMEO code, e.g. "051 praise or endorsement"
    events = text[text.index("Events ("):text.index("Stances (")]
    assert re.search(r"│ 0\d\d\d? [a-z]+[a-z ]* ", events)
    # every stance id of the matrix leads to its sentence
    evidence = text[text.index("Stance evidence"):]
    for sid in set(re.findall(r"\bst\d+\b", text[text.index("Stances ("):text.index("Stance evidence")])):
        assert re.search(rf"│ {sid} +│", evidence)
    # no actor is listed with 0 mentions
    actors = text[text.index("Actors ("):text.index("Statements (")]
    assert not re.search(r"│ 0 +│\s*$", actors, re.M)


@pytest.mark.model
def test_columns_setting_is_honoured(monkeypatch):
    text = _table(monkeypatch, columns=90)
    assert max(len(x) for x in text.splitlines()) <= 90
