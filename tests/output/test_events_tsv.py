"""events-tsv must read back cell for cell with csv, DuckDB and pandas-style readers."""

from __future__ import annotations

import csv
import io

import pytest

from stancemap.output.events_tsv import EVENT_COLUMNS, TsvWriter, event_rows, events_tsv_header
from stancemap.records import Actor, Article, Event, TextSpan

TRICKY = ['"We will not attack," the minister said of\tKenya.', 'He said "no"', '""', "plain"]


def _article():
    events = tuple(
        Event(id=f"e{i}", source="CHL", target="KEN", source_code="CHL", target_code="KEN", cameo="190",
              cameo_root="19", plover="ASSAULT", goldstein=-10.0, evidence=TextSpan(text, 10 * i, 10 * i + len(text)))
        for i, text in enumerate(TRICKY)
    )
    actors = (Actor(id="CHL", name='Chile "the state"', type="state"), Actor(id="KEN", name="Kenya", type="state"))
    return Article(id="a1", text="x", date="2024-01-02", actors=actors, events=events)


def _expected():
    return [" ".join(t.split()) for t in TRICKY]


def _write(tmp_path):
    buf = io.StringIO()
    TsvWriter(buf).write_article(_article())
    p = tmp_path / "events.tsv"
    p.write_text(buf.getvalue(), encoding="utf-8")
    return p, buf.getvalue()


def test_python_csv_reads_every_cell_back(tmp_path):
    p, text = _write(tmp_path)
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert rows[0] == list(EVENT_COLUMNS)
    assert [r[-1] for r in rows[1:]] == _expected()
    assert all(len(r) == len(EVENT_COLUMNS) for r in rows)
    assert rows[1][EVENT_COLUMNS.index("source_name")] == 'Chile "the state"'
    assert text.splitlines()[0] == events_tsv_header()
    assert text.splitlines()[1:] == list(event_rows(_article()))


def test_duckdb_read_csv_reads_every_cell_back(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    p, _ = _write(tmp_path)
    rel = duckdb.sql(f"SELECT evidence, source_name, goldstein FROM read_csv('{p}', delim='\t', header=true, "
                     "quote='\"', escape='\"')")
    rows = rel.fetchall()
    assert [r[0] for r in rows] == _expected()
    assert {r[1] for r in rows} == {'Chile "the state"'} and {r[2] for r in rows} == {-10.0}


def test_duckdb_sniffer_reads_it_without_options(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    p, _ = _write(tmp_path)
    rows = duckdb.sql(f"SELECT evidence FROM read_csv_auto('{p}')").fetchall()
    assert [r[0] for r in rows] == _expected()
