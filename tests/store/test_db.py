"""The store on a real DuckDB file: migrations, refusals, batches, replace-on-change, registry."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest
from tests.store.helpers import OTHER, WIRE, article

from stancemap.errors import NotAStore, StoreLocked, StoreTooNew
from stancemap.store import LATEST, MIGRATIONS, Skip, Store, open_readonly
from stancemap.store.migrations import apply_migrations, schema_version
from stancemap.store.queries import get_actor, get_article, list_actors, list_articles, search


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_fresh_file_gets_every_migration_recorded(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as st:
        info = st.info()
        assert info["schema_version"] == LATEST == len(MIGRATIONS)
        assert [m["version"] for m in info["migrations"]] == list(range(1, LATEST + 1))
        assert info["migrations"][0]["name"].startswith("core")
        assert info["counts"]["articles"] == 0
    with Store(db) as st:  # reopening applies nothing again
        assert len(st.info()["migrations"]) == LATEST


def test_migration_from_before_near_duplicates_keeps_and_groups_articles(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    apply_migrations(con, upto=2)
    assert schema_version(con) == 2
    for i, (aid, text) in enumerate([("x1", WIRE), ("x2", "Via the wire service. " + WIRE), ("x3", OTHER)]):
        con.execute("INSERT INTO articles VALUES (?, nextval('article_seq'), ?, NULL, '2021-01-01', NULL, NULL, ?, "
                    "10, NULL, 1, NULL, now(), '{}')", [aid, f"h{i}", text])
    con.close()
    with Store(db) as st:
        assert st.info()["schema_version"] == LATEST
        rows = st.con.execute("SELECT id, dup_group FROM articles ORDER BY id").fetchall()
        assert rows == [("x1", "x1"), ("x2", "x1"), ("x3", "x3")]
        assert st.con.execute("SELECT count(*) FROM near_dup_signatures").fetchone()[0] == 3


@pytest.mark.parametrize("content", [b"just some text, not a database\n", b"", b"\x00\x01binary\xff" * 50])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path, content):
    p = tmp_path / "notes.duckdb"
    p.write_bytes(content)
    before = _digest(p)
    with pytest.raises(NotAStore) as exc:
        Store(p)
    assert str(p) in str(exc.value) and "\n" not in str(exc.value)
    assert _digest(p) == before


def test_a_foreign_duckdb_database_is_refused_and_untouched(tmp_path):
    p = tmp_path / "other.duckdb"
    con = duckdb.connect(str(p))
    con.execute("CREATE TABLE sales (n INTEGER)")
    con.close()
    before = _digest(p)
    with pytest.raises(NotAStore, match="without stancemap tables"):
        Store(p)
    assert _digest(p) == before
    assert not (tmp_path / "other.duckdb.wal").exists()


def test_a_newer_schema_is_refused_and_untouched(tmp_path):
    p = tmp_path / "new.duckdb"
    with Store(p):
        pass
    con = duckdb.connect(str(p))
    con.execute("UPDATE stancemap_meta SET value = ? WHERE key = 'schema_version'", [str(LATEST + 1)])
    con.close()
    before = _digest(p)
    with pytest.raises(StoreTooNew, match=f"version {LATEST + 1} is newer"):
        Store(p)
    assert _digest(p) == before


def test_write_batch_stores_records_and_is_idempotent(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        r1 = st.write_batch([article("a1"), article("b1", OTHER, source="paper")])
        assert sorted(r1.ingested) == ["a1", "b1"] and r1.replaced == []
        counts = st.info()["counts"]
        assert (counts["articles"], counts["events"], counts["stances"], counts["alignments"]) == (2, 2, 4, 2)
        r2 = st.write_batch([article("a1"), article("b1", OTHER, source="paper")])
        assert r2.ingested == [] and r2.replaced == []
        assert st.info()["counts"] == counts
        # owners: the minister's stance counts for Chile
        owners = st.con.execute("SELECT actor, owner FROM stances WHERE article_id = 'a1' ORDER BY id").fetchall()
        assert owners == [("person:test-minister", "CHL"), ("PER", "PER")]


def test_a_changed_article_replaces_every_record_of_its_old_version(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write_batch([article("a1")])
        changed = article("a1", WIRE + " The talks ended without a date for the next round.", stance_polarity=-1)
        res = st.write_batch([changed])
        assert res.replaced == ["a1"] and res.ingested == []
        assert st.con.execute("SELECT version, count(*) OVER () FROM articles").fetchall() == [(2, 1)]
        assert st.con.execute("SELECT polarity FROM stances WHERE actor = 'person:test-minister'").fetchall() == [(-1,)]
        for table in ("stances", "events", "alignments", "article_actors"):
            n = st.con.execute(f"SELECT count(*) FROM {table} WHERE article_id = 'a1'").fetchone()[0]
            assert n == len(getattr(changed, {"article_actors": "actors"}.get(table, table)))


def test_copies_of_one_story_are_grouped(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        res = st.write_batch([article("w1"), article("w2", "By a staff reporter. " + WIRE + " Follow us for more news."),
                              article("n1", OTHER)])
        assert res.duplicates == ["w2"]
        st.write_batch([article("w3", WIRE[: len(WIRE) * 2 // 3])])  # a truncated teaser, in a later batch
        groups = dict(st.con.execute("SELECT id, dup_group FROM articles").fetchall())
        assert groups == {"w1": "w1", "w2": "w1", "w3": "w1", "n1": "n1"}
        assert st.info()["independent_stories"] == 2


def test_registry_keeps_role_validity_dates(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write_batch([article("a1", date="2020-01-05"), article("a2", OTHER + " Chile.", date="2020-06-01")])
        a3 = article("a3", OTHER + " Peru and Chile.", date="2022-02-01")
        promoted = tuple(a if a.type != "person" else type(a)(**{**{f: getattr(a, f) for f in a.__slots__},
                                                                 "role": "prime minister"}) for a in a3.actors)
        st.write_batch([type(a3)(**{**{f: getattr(a3, f) for f in a3.__dataclass_fields__}, "actors": promoted})])
        reg = st.registry()
        assert reg.role_on("person:test-minister", "2020-03-01") == "minister"
        assert reg.role_on("person:test-minister", "2022-02-01") == "prime minister"
        actor = get_actor(st, "person:test-minister")
        roles = [(iv["value"], iv["valid_from"], iv["valid_to"]) for iv in actor["intervals"] if iv["attribute"] == "role"]
        assert roles == [("minister", "2020-01-05", "2020-06-01"), ("prime minister", "2022-02-01", "2022-02-01")]
        assert actor["articles"] == 3 and actor["role"] == "prime minister"


def test_skips_keep_one_row_per_input_with_its_reason(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.record_skips([Skip("in/empty.txt", "E101", "empty", "in/empty.txt: empty article")], run_id=1)
        st.record_skips([Skip("in/empty.txt", "E101", "empty", "in/empty.txt: empty article")], run_id=2)
        assert st.con.execute("SELECT input, reason, run_id FROM skips").fetchall() == [("in/empty.txt", "empty", 2)]


def test_read_api_returns_rows_as_dicts(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as st:
        st.write_batch([article("a1"), article("b1", OTHER, date="2021-04-01")])
    with open_readonly(db) as ro:
        arts = list_articles(ro)
        assert [a["id"] for a in arts] == ["b1", "a1"] and arts[1]["events"] == 1 and arts[1]["stances"] == 2
        full = get_article(ro, "a1")
        assert full["stances"][0]["evidence"]["text"] == WIRE.split(".")[0]
        assert {a["id"] for a in full["actors"]} == {"CHL", "PER", "person:test-minister"}
        assert next(a for a in full["actors"] if a["id"] == "CHL")["mentions"][0]["text"] == "Chile"
        assert get_article(ro, "nope") is None
        hits = search(ro, "ferry")
        assert [(h["kind"], h["article_id"]) for h in hits] == [("article", "b1")]
        acts = {a["id"]: a for a in list_actors(ro)}
        assert acts["CHL"]["events"] == 2 and acts["CHL"]["articles"] == 2
        with pytest.raises(duckdb.Error):
            ro.con.execute("DELETE FROM articles")


def test_a_store_held_by_a_writing_process_gives_a_one_line_error(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "busy.duckdb"
    code = ("import sys, time; from stancemap.store import Store; st = Store(sys.argv[1]); print('open', flush=True); "
            "time.sleep(60)")
    src = str(Path(__file__).resolve().parents[2] / "src")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True,
                            env={**__import__("os").environ, "PYTHONPATH": src})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        with pytest.raises(StoreLocked) as exc:
            open_readonly(db)
        assert "another process" in str(exc.value) and "\n" not in str(exc.value)
    finally:
        proc.kill()
        proc.wait()
    with open_readonly(db) as st:  # free again once the writer is gone
        assert st.info()["schema_version"] == LATEST


def test_alignment_sides_are_stored_and_read_back_with_their_mentions(tmp_path):
    from dataclasses import replace

    from stancemap.records import AlignedActor

    art = article("a1")
    chl, peru = WIRE.index("Chile"), WIRE.index("Peru's")
    sides = (AlignedActor("CHL", "Chile", "CHL", "Chile", chl, chl + 5),
             AlignedActor("PER", "Peru", "PER", "Peru", peru, peru + 4))
    art = replace(art, alignments=(replace(art.alignments[0], actors=sides),))
    db = tmp_path / "s.duckdb"
    with Store(db) as st:
        st.write_batch([art])
    with open_readonly(db) as ro:
        al = get_article(ro, "a1")["alignments"][0]
        assert al["actors"] == [{"id": "CHL", "name": "Chile", "country": "CHL", "text": "Chile", "start": chl,
                                 "end": chl + 5},
                                {"id": "PER", "name": "Peru", "country": "PER", "text": "Peru", "start": peru,
                                 "end": peru + 4}]
        assert all(WIRE[s["start"]:s["end"]] == s["text"] for s in al["actors"])


def test_alignments_stored_before_the_sides_migration_read_back_without_sides(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    apply_migrations(con, upto=3)
    con.execute("INSERT INTO articles VALUES (?, nextval('article_seq'), 'h', NULL, '2021-01-01', NULL, NULL, ?, "
                "10, NULL, 1, NULL, now(), '{}', 'x1', NULL, NULL)", ["x1", WIRE])
    con.execute("INSERT INTO alignments VALUES ('x1', 'al1', 'CHL', 'PER', 'CHL', 'PER', NULL, NULL, 1, 'CHL', "
                "NULL, NULL, NULL, 'e', 0, 1, NULL)")
    con.close()
    with Store(db) as st:
        assert st.info()["schema_version"] == LATEST == 4
        assert get_article(st, "x1")["alignments"][0]["actors"] == []
