"""Store queries through the CLI: dyad, stances, actors, sql, export, convergence over a database."""

from __future__ import annotations

import json

import duckdb
import pytest
from tests.store.helpers import OTHER, WIRE, article

from stancemap.cli import main
from stancemap.store import Store

SECOND = ("Chile and Peru disagreed on Thursday about the new quotas for anchovy catches, trade officials in both "
          "capitals said. Peru wants to keep the quotas for another season while the Chilean side asked for a review "
          "before the summer. Both governments said they would meet again in June.")
THIRD = ("Officials from Peru travelled to Santiago for a second day of talks with Chile about fishing licences, "
         "port fees and a shared patrol of the coast. The meeting ended with a joint statement on patrols.")


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "q.duckdb"
    with Store(path) as st:
        st.write_batch([
            article("jan", WIRE, date="2021-01-10"),
            article("jan-copy", "By our correspondent. " + WIRE + " Copyright the wire service.", date="2021-01-11",
                    source="reposter"),
            article("feb", SECOND, date="2021-02-03", stance_polarity=-1),
            article("apr", THIRD, date="2021-04-20"),
            article("rain", OTHER, date="2021-04-21", source="weather"),
        ])
    return path


def _json(capsys, argv):
    rc = main(argv)
    out = capsys.readouterr().out
    return rc, json.loads(out)


def test_dyad_series_by_month_over_independent_stories(db, capsys):
    rc, res = _json(capsys, ["dyad", "Chile", "PER", "--db", str(db), "--format", "json"])
    assert rc == 0 and (res["a"], res["b"]) == ("CHL", "PER")
    assert res["counted_over"].startswith("independent stories") and "4 stories from 5 articles" in res["counted_over"]
    rows = {r["window"]: r for r in res["rows"]}
    assert list(rows) == ["2021-01", "2021-02", "2021-04"]
    assert (rows["2021-01"]["s_score"], rows["2021-01"]["n_joint"], rows["2021-01"]["articles"]) == (1.0, 1, 1)
    assert rows["2021-02"]["s_score"] == -1.0 and rows["2021-02"]["verdict"] == "mixed"  # positions opposed, yet "we agree"
    assert rows["2021-02"]["delta_s"] == -2.0
    assert rows["2021-01"]["events"] == ["jan#ev1"] and rows["2021-01"]["events_ab"] == 1
    apr = rows["2021-04"]  # two stories, each with a +1.0 event of the dyad
    assert (apr["articles"], apr["goldstein_sum"], apr["goldstein_index"], apr["cooperative"]) == (2, 2.0, 1.0, 2)
    assert rows["2021-01"]["stances"] == ["jan#st1", "jan#st2"] and rows["2021-01"]["alignments"] == ["jan#al1"]
    rc, every = _json(capsys, ["dyad", "CHL", "PER", "--db", str(db), "--format", "json", "--all-copies"])
    jan = every["rows"][0]
    assert every["counted_over"].startswith("every article") and jan["articles"] == 2 and jan["events_ab"] == 2
    assert jan["goldstein_index"] == 1.0


def test_dyad_filters_dates_and_windows(db, capsys):
    rc, res = _json(capsys, ["dyad", "CHL", "PER", "--db", str(db), "--format", "json", "--by", "quarter",
                             "--from", "2021-02", "--to", "2021-04"])
    assert [(r["window"], r["articles"]) for r in res["rows"]] == [("2021-Q1", 1), ("2021-Q2", 2)]
    main(["dyad", "CHL", "PER", "--db", str(db), "--format", "csv", "--by", "year"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("window,articles,s_score") and lines[1].startswith("2021,4,")
    main(["dyad", "CHL", "PER", "--db", str(db), "--by", "year"])
    table = capsys.readouterr().out
    assert "counted over independent stories" in table and "jan#st1" in table
    assert main(["dyad", "CHL", "Atlantis", "--db", str(db)]) == 2
    assert "no actor 'Atlantis'" in capsys.readouterr().err


def test_stances_of_a_state_include_its_officials(db, capsys):
    rc, rows = _json(capsys, ["stances", "--actor", "Chile", "--db", str(db), "--format", "json"])
    assert rc == 0
    assert {r["evidence_id"] for r in rows} == {"jan#st1", "feb#st1", "apr#st1", "rain#st1"}  # not the copy
    assert {r["actor"] for r in rows} == {"person:test-minister"} and {r["owner"] for r in rows} == {"CHL"}
    rc, rows = _json(capsys, ["stances", "--actor", "PER", "--issue", "fishing", "--all-copies", "--db", str(db),
                              "--format", "json"])
    assert len(rows) == 5 and "jan-copy#st2" in {r["evidence_id"] for r in rows}


def test_actors_registry_with_counts(db, capsys):
    rc, rows = _json(capsys, ["actors", "--db", str(db), "--format", "json"])
    by = {r["id"]: r for r in rows}
    assert by["CHL"]["articles"] == 5 and by["CHL"]["events"] == 5
    assert by["person:test-minister"]["first_seen"] == "2021-01-10" and by["person:test-minister"]["stances"] == 5


def test_sql_is_read_only_and_sandboxed(db, capsys, tmp_path):
    rc, rows = _json(capsys, ["sql", "SELECT id, dup_group FROM articles ORDER BY id", "--db", str(db), "--format",
                              "json"])
    assert rows[:2] == [{"id": "apr", "dup_group": "apr"}, {"id": "feb", "dup_group": "feb"}]
    assert {"id": "jan-copy", "dup_group": "jan"} in rows
    assert main(["sql", "DELETE FROM articles", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("stancemap: error: ") and err.count("\n") == 1
    assert main(["sql", f"COPY articles TO '{tmp_path / 'leak.csv'}'", "--db", str(db)]) == 2
    assert not (tmp_path / "leak.csv").exists()
    main(["sql", "SELECT count(*) AS n FROM articles", "--db", str(db), "--format", "csv"])
    assert capsys.readouterr().out == "n\n5\n"


def test_export_parquet_and_plover(db, capsys, tmp_path):
    assert main(["export", "--to", "parquet", str(tmp_path / "pq"), "--db", str(db)]) == 0
    assert "articles.parquet: 5 rows" in capsys.readouterr().out
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'pq' / 'stances.parquet'}')").fetchone()[0]
    assert n == 10
    assert main(["export", "--to", "jsonl", str(tmp_path / "js"), "--db", str(db)]) == 0
    first = json.loads((tmp_path / "js" / "events.jsonl").read_text().splitlines()[0])
    assert first["cameo"] == "040"
    assert main(["export", "--to", "plover", str(tmp_path / "pl"), "--db", str(db)]) == 0
    recs = [json.loads(x) for x in (tmp_path / "pl" / "events.plover.jsonl").read_text().splitlines()]
    assert len(recs) == 5
    jan = next(r for r in recs if r["event_id"] == "jan#ev1")
    assert (jan["event_type"], jan["actor"]["actor_id"], jan["recipient"]["country"], jan["story_group"]) == \
        ("CONSULT", "CHL", "PER", "jan")
    copy = next(r for r in recs if r["story_id"] == "jan-copy")
    assert copy["story_group"] == "jan" and copy["event_date"] == "2021-01-11"


def test_convergence_reads_a_database(db, capsys):
    rc, rep = _json(capsys, ["convergence", str(db), "--window", "month", "--format", "json"])
    assert rc == 0 and rep["counted_over"].startswith("independent stories")
    assert rep["articles"] == 4 and rep["windows"] == ["2021-01", "2021-02", "2021-04"]
    dy = rep["dyads"][0]
    assert {dy["a"], dy["b"]} == {"CHL", "PER"}
    assert [(s["window"], s["s_score"]) for s in dy["series"]] == [("2021-01", 1.0), ("2021-02", -1.0), ("2021-04", 1.0)]
    assert dy["trend"][0]["direction"] == "diverging"
    main(["convergence", str(db), "--window", "year"])
    assert "counted over independent stories" in capsys.readouterr().out


def test_convergence_over_a_database_scales_speeches_by_their_agenda(tmp_path, capsys):
    from dataclasses import replace

    path = tmp_path / "speeches.duckdb"
    said = {"CHL": ["court", "court", "council"], "PER": ["court", "council", "council"],
            "person:test-minister": ["embargo", "embargo", "debt"]}
    arts = []
    texts = (WIRE, OTHER, THIRD)  # three different speeches (copies would count once)
    for k, (who, props) in enumerate(said.items()):
        a = article(f"sp{k}", texts[k], date="2021-09-20")
        agenda = [{"actor": who, "proposition": p, "issue": "i", "start": i, "end": i + 1} for i, p in enumerate(props)]
        arts.append(replace(a, author=who, meta={**a.meta, "agenda": agenda}))
    with Store(path) as st:
        st.write_batch(arts)
    rc, rep = _json(capsys, ["convergence", str(path), "--window", "all", "--format", "json"])
    pos = rep["positions"]
    # the minister's speech counts for Chile: Chile raised court, council and the embargo and debt
    assert rc == 0 and pos["method"] == "agenda"
    assert pos["actors"]["CHL"]["agenda"] == {"council": 1, "court": 2, "debt": 1, "embargo": 2}
    assert pos["actors"]["PER"]["agenda"] == {"council": 2, "court": 1}
    scaled = [d for d in rep["dyads"] if d["issue"] == "*"]
    assert [(d["a"], d["b"]) for d in scaled] == [("CHL", "PER")] and scaled[0]["overall"]["weight"] == 3.0
