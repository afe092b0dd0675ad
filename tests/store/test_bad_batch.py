"""A demanding user's bad batch through ``stancemap ingest`` into a real DuckDB file, and bad
arguments to the store commands: one stderr line per bad input naming it and the reason, the rest
of the batch is stored, every reason is kept in ``skips``, and what was stored before is untouched
(the file re-opened and every row compared)."""

from __future__ import annotations

import contextlib
import json

import duckdb
import pytest
from tests.store.helpers import WIRE, article

from stancemap.cli import main
from stancemap.store import Store

TABLES = ("articles", "article_actors", "mentions", "statements", "events", "stances", "alignments", "actors",
          "actor_intervals")
VOLATILE = {"ingested_at", "run_id", "first_seen", "last_seen"}

GOOD = ("Norway pledged emergency aid to Pakistan on Friday after floods destroyed thousands of homes. The "
        "Norwegian foreign minister said the money would go to the World Food Programme and to local clinics.")
HTML_GOOD = ("The president of Tunisia said on Friday that Tunisia would not accept delays to the fishing agreement "
             "with its neighbours, and that talks would resume in the capital next month.")


def _rows(db) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in TABLES:
            cols = [c[0] for c in con.execute(f"DESCRIBE {t}").fetchall() if c[0] not in VOLATILE]
            out[t] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()))
        return out
    finally:
        con.close()


def _bad_batch(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a_empty.txt").write_bytes(b"")
    (d / "b_binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "c_latin1.txt").write_bytes("Le ministre fran\xe7ais a d\xe9clar\xe9 mardi que".encode("latin-1"))
    (d / "d_huge.txt").write_text("The talks went on for another day. " * 200, encoding="utf-8")
    (d / "e_french.txt").write_text("Le gouvernement a annoncé mardi qu'il soutiendrait le plan de paix proposé par "
                                    "les Nations unies et que les négociations reprendraient la semaine prochaine.",
                                    encoding="utf-8")
    lines = [json.dumps({"id": "ok1", "text": GOOD, "colour": "blue", "rating": 5}),
             '{"id": "broken", "text": "unterminated',
             "not json at all",
             json.dumps({"id": "notext", "title": "A title only"}),
             json.dumps([1, 2]),
             json.dumps({"id": "baddate", "text": GOOD.replace("Friday", "Monday"), "date": "2021-13-45"}),
             json.dumps({"id": "badsource", "text": GOOD.replace("Friday", "Sunday"), "source": ["a", "b"]})]
    (d / "f_feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "g_broken.html").write_text(f"<html><head><title>Broken</title><body><div><p>{HTML_GOOD}<b>unclosed <i>tags"
                                     "</p></div><table><tr><td>cell", encoding="utf-8")
    (d / "h_no_text.html").write_text("<html><body><div></div></body></html>", encoding="utf-8")
    (d / "manifest.json").write_text(json.dumps({"feed": "test wire", "count": 12}), encoding="utf-8")  # no article
    (d / "i_list.json").write_text(json.dumps([{"id": "j1", "text": GOOD.replace("Friday", "Tuesday"),
                                                "date": "2022-08-30"}, {"id": "j2"}]), encoding="utf-8")
    return d


EXPECTED_SKIPS = {  # input (relative to the batch folder) -> reason
    "a_empty.txt": "empty", "b_binary.txt": "binary", "c_latin1.txt": "encoding", "d_huge.txt": "too_large",
    "e_french.txt": "not_english", "f_feed.jsonl:2": "bad_json", "f_feed.jsonl:3": "bad_json",
    "f_feed.jsonl:4": "missing_field", "f_feed.jsonl:5": "bad_json",
    "f_feed.jsonl:7": "bad_field", "h_no_text.html": "bad_html", "i_list.json[1]": "missing_field",
}


@pytest.mark.model
def test_a_bad_batch_stores_the_good_inputs_and_a_reason_for_each_bad_one(tmp_path, capsys):
    db = tmp_path / "c.duckdb"
    with Store(db) as st:  # what was stored before the bad batch
        st.write_batch([article("before-1", WIRE, date="2021-01-10"), article("before-2", GOOD, date="2021-02-01")])
    before = _rows(db)

    d = _bad_batch(tmp_path)
    rc = main(["ingest", str(d), "--db", str(db), "--no-progress", "--max-bytes", "4000", "--format", "json"])
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert rc == 1
    # ok1, baddate (undated), the HTML page, j1
    assert summary["skipped"] == len(EXPECTED_SKIPS) and summary["ingested"] == 4
    # one line per bad input, naming it and the reason, and one for the date that cannot be read;
    # nothing else on stderr (nothing about manifest.json)
    err = captured.err.splitlines()
    assert len(err) == len(EXPECTED_SKIPS) + 1, captured.err
    for name in EXPECTED_SKIPS:
        assert sum(line.startswith(f"stancemap: skipped {d / name}: ") for line in err) == 1, name
    assert f"stancemap: warning: {d / 'f_feed.jsonl:6'}: field 'date' '2021-13-45' is not a calendar date" \
           " (month must be in 1..12); the article is undated" in err
    assert f"stancemap: skipped {d / 'f_feed.jsonl:7'}: field 'source' must be a string, got a list" in err

    after = _rows(db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        skips = dict(con.execute("SELECT input, reason FROM skips").fetchall())
        messages = dict(con.execute("SELECT input, message FROM skips").fetchall())
        stored = {i: (origin, meta) for i, origin, meta in con.execute("SELECT id, origin, meta FROM articles").fetchall()}
    finally:
        con.close()
    assert skips == {str(d / k): v for k, v in EXPECTED_SKIPS.items()}
    assert messages[str(d / "e_french.txt")].endswith("stancemap analyses English news only")
    assert len(stored) == 6 and {"before-1", "before-2", "ok1", "baddate", "j1"} <= set(stored)
    assert json.loads(stored["baddate"][1])["warnings"] == [
        "field 'date' '2021-13-45' is not a calendar date (month must be in 1..12); the article is undated"]
    assert [o for o, _ in stored.values() if o and o.endswith(".html")] == [str(d / "g_broken.html")]  # its text kept
    assert json.loads(stored["ok1"][1])["extra"] == {"colour": "blue", "rating": 5}  # unknown fields kept
    for t in TABLES:  # nothing stored before was lost or changed
        assert set(before[t]) <= set(after[t]), t

    # the same batch again: nothing new is stored, the reasons stay one row per input
    assert main(["ingest", str(d), "--db", str(db), "--no-progress", "--max-bytes", "4000", "--format", "json"]) == 1
    again = json.loads(capsys.readouterr().out)
    assert (again["ingested"], again["unchanged"], again["skipped"]) == (0, 4, len(EXPECTED_SKIPS))
    assert _rows(db) == after


def test_store_commands_refuse_bad_arguments_in_one_line(tmp_path, capsys):
    db = tmp_path / "q.duckdb"
    with Store(db) as st:
        st.write_batch([article("jan", WIRE, date="2021-01-10")])
    before = _rows(db)
    missing = tmp_path / "typo.duckdb"
    cases = [
        (["db", "info", "--db", str(missing)], f"stancemap: error: {missing}: no such database"),
        (["stances", "--actor", "Narnia", "--db", str(db)], f"stancemap: error: {db}: no actor 'Narnia' in the store"),
        (["dyad", "CHL", "PER", "--from", "May 2021", "--db", str(db)],
         "stancemap dyad: error: argument --from: 'May 2021' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        (["stances", "--to", "2021-02-30", "--db", str(db)],
         "stancemap stances: error: argument --to: '2021-02-30' is not a calendar date"),
        (["ingest", str(tmp_path), "--db", str(db), "--batch", "0"],
         "stancemap ingest: error: argument --batch: must be 1 or more, not 0"),
    ]
    for argv, first in cases:
        with pytest.raises(SystemExit) if "argument" in first else contextlib.nullcontext():
            rc = main(argv)
            assert rc == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(first), (argv, err)
    assert not missing.exists()  # `db info` on a wrong path creates nothing
    assert _rows(db) == before
    assert main(["stances", "--actor", "CHL", "--from", "2021", "--to", "2021-12", "--db", str(db),
                 "--format", "json"]) == 0
    assert [r["evidence_id"] for r in json.loads(capsys.readouterr().out)] == ["jan#st1"]
