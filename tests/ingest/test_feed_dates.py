"""Feed dates through the real pipeline, real files and a real DuckDB file: the common forms a feed
writes ("Mon, 01 Mar 2021 09:30:00 GMT", "May 2021") are stored as ISO dates of the precision given;
a date that cannot be read leaves its article undated and analysed, with one stderr line naming the
input and the reason, the reason kept in the article's meta (in the store too); quarter windows
never see an impossible quarter; a manifest.json beside the articles of a folder is passed over."""

from __future__ import annotations

import json

import duckdb
import pytest

import stancemap
from stancemap.cli import main

pytestmark = pytest.mark.model

TEXTS = [
    "Chile and Peru signed a fisheries agreement in Lima on Monday. The Chilean foreign minister praised Peru "
    "for its cooperation on the maritime boundary.",
    "Peru criticised Chile on Tuesday over new port fees. The Peruvian government said the fees broke the "
    "trade agreement between the two countries.",
    "Kenya welcomed the decision by Tanzania to reopen the border crossing at Namanga after talks between "
    "the two governments.",
    "Chile condemned the naval exercise held by Peru near the maritime boundary, the Chilean defence "
    "ministry said in a statement.",
]
DATES = ["Mon, 01 Mar 2021 09:30:00 GMT", "May 2021", "not-a-date", "2021-13-45"]
WHY = {"not-a-date": "is not a date stancemap can read (use YYYY, YYYY-MM or YYYY-MM-DD)",
       "2021-13-45": "is not a calendar date (month must be in 1..12)"}


def _feed(tmp_path):
    d = tmp_path / "feed"
    d.mkdir()
    lines = [json.dumps({"id": f"d{i}", "text": t, "date": day}) for i, (t, day) in enumerate(zip(TEXTS, DATES))]
    (d / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "manifest.json").write_text(json.dumps({"feed": "test wire", "items": 4}), encoding="utf-8")
    return d


def _warnings(d):
    return [f"stancemap: warning: {d / 'items.jsonl'}:{n}: field 'date' {DATES[n - 1]!r} {WHY[DATES[n - 1]]}; "
            "the article is undated" for n in (3, 4)]


def test_analyze_keeps_every_article_and_says_which_date_it_could_not_read(tmp_path, capsys):
    d = _feed(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(d), "--format", "jsonl", "-o", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == _warnings(d)  # nothing about manifest.json
    arts = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(a["id"], a["date"]) for a in arts] == [("d0", "2021-03-01"), ("d1", "2021-05"), ("d2", None),
                                                    ("d3", None)]
    assert [a["meta"].get("warnings") for a in arts] == [None, None, [_warnings(d)[0].split(": ", 3)[3]],
                                                         [_warnings(d)[1].split(": ", 3)[3]]]

    assert main(["convergence", str(out), "--window", "quarter", "--format", "json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["articles"] == 4 and rep["windows"] == ["2021-Q1", "2021-Q2", "undated"]
    windows = {s["window"] for dy in rep["dyads"] for s in dy["series"]}
    assert windows and windows <= {"2021-Q1", "2021-Q2", "undated"}


def test_ingest_stores_the_iso_date_and_the_reason_and_windows_stay_real(tmp_path, capsys):
    d = _feed(tmp_path)
    db = tmp_path / "c.duckdb"
    assert main(["ingest", str(d), "--db", str(db), "--no-progress", "--format", "json"]) == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert (summary["seen"], summary["ingested"], summary["skipped"]) == (4, 4, 0)
    assert captured.err.splitlines() == _warnings(d)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT id, date, meta FROM articles ORDER BY id").fetchall()
        n_skips = con.execute("SELECT count(*) FROM skips").fetchone()[0]
    finally:
        con.close()
    assert n_skips == 0
    assert [(i, day) for i, day, _ in rows] == [("d0", "2021-03-01"), ("d1", "2021-05"), ("d2", None), ("d3", None)]
    assert [json.loads(m).get("warnings") for _, _, m in rows] == [
        None, None, [w.split(": ", 3)[3] for w in _warnings(d)][0:1], [w.split(": ", 3)[3] for w in _warnings(d)][1:]]

    assert main(["convergence", str(db), "--window", "quarter", "--format", "json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["articles"] == 4 and rep["windows"] == ["2021-Q1", "2021-Q2", "undated"]
    windows = {s["window"] for dy in rep["dyads"] for s in dy["series"]}
    assert windows and windows <= {"2021-Q1", "2021-Q2", "undated"}
    # the store's SQL windows: one row per article here (d2 and d3 undated)
    assert main(["dyad", "CHL", "PER", "--by", "quarter", "--db", str(db), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["window"], r["articles"]) for r in rows] == [("2021-Q1", 1), ("2021-Q2", 1), ("undated", 2)]


def test_the_python_api_reads_a_month_and_keeps_an_unreadable_date_as_a_warning():
    art = stancemap.analyze(TEXTS[0], date="May 2021")
    assert (art.date, art.meta.get("warnings")) == ("2021-05", None)
    art = stancemap.analyze(TEXTS[0], date="1 March 2021")
    assert art.date == "2021-03-01"
    art = stancemap.analyze(TEXTS[0], date="not-a-date")
    assert art.date is None and art.meta["warnings"] == [
        "field 'date' 'not-a-date' is not a date stancemap can read (use YYYY, YYYY-MM or YYYY-MM-DD); "
        "the article is undated"]
