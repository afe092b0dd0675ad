"""The store-backed JSON API over real HTTP on loopback, on a real DuckDB file."""

from __future__ import annotations

import os

import httpx
import pytest


@pytest.fixture(scope="module")
def api(store_server):
    with httpx.Client(base_url=store_server.url, timeout=60) as c:
        yield c


def test_articles_paginate_and_filter(api):
    first = api.get("/api/articles", params={"limit": 20}).json()
    assert first["total"] == 152 and len(first["items"]) == 20 and first["next_offset"] == 20
    last = api.get("/api/articles", params={"limit": 20, "offset": 140}).json()
    assert len(last["items"]) == 12 and last["next_offset"] is None
    ids = {a["id"] for a in first["items"]} | {a["id"] for a in last["items"]}
    assert len(ids) == 32  # pages do not overlap
    dated = api.get("/api/articles", params={"date_from": "2024-05", "date_to": "2024-05", "limit": 500}).json()
    assert dated["items"] and all(a["date"].startswith("2024-05") for a in dated["items"])
    assert dated["total"] == len(dated["items"])


def test_article_has_its_records_and_convergence(api):
    d = api.get("/api/articles/art-1").json()
    assert d["title"] == "Kalmar and Vessland agree on river talks"
    assert {s["id"] for s in d["stances"]} == {"st1", "st2", "st3", "st4"}
    conv = {(c["a"], c["b"], c["issue"]): c for c in d["convergence"]}
    river = conv[("KAL", "VES", "river_conflict")]
    assert river["s_score"] == 1.0 and river["n_joint"] == 1 and river["alignment_balance"] == 1.0
    assert api.get("/api/articles/no-such-id").status_code == 404


def test_records_search_and_sql_injection_is_inert(api):
    ev = api.get("/api/events", params={"actor": "NOR", "limit": 5}).json()
    assert ev["total"] > 0 and all("NOR" in (e["source"], e["target"]) for e in ev["items"])
    st = api.get("/api/stances", params={"article_id": "art-1"}).json()
    assert st["total"] == 4 and {s["evidence_id"] for s in st["items"]} == {f"art-1#st{i}" for i in range(1, 5)}
    hits = api.get("/api/search", params={"q": "grain tariffs as well"}).json()["items"]
    assert [h["article_id"] for h in hits if h["kind"] == "article"] == ["art-1"]
    evil = "'; DROP TABLE articles; --"
    r = api.get("/api/search", params={"q": evil})
    assert r.status_code == 200 and r.json()["items"] == []
    assert api.get("/api/articles", params={"q": evil}).json()["total"] == 0
    assert api.get("/api/stats").json()["articles"] == 152


def test_dyads_series_network_and_matrix(api):
    dy = api.get("/api/dyads", params={"limit": 5}).json()
    assert dy["total"] > 10 and len(dy["items"]) == 5
    top = dy["items"][0]
    assert top["n_joint"] + top["n_alignments"] >= dy["items"][-1]["n_joint"] + dy["items"][-1]["n_alignments"]
    s = api.get(f"/api/dyads/{top['a']}/{top['b']}").json()
    assert s["series"] and all(p["window"] >= "2023-01" for p in s["series"])
    with_ev = [p for p in s["series"] if p["evidence"]]
    assert with_ev and all(e["sentence"] and e["href"].startswith("/articles/") for p in with_ev for e in p["evidence"])
    by_window = api.get("/api/dyads", params={"window": "2024"}).json()
    assert by_window["items"] and all(r["window"] == "2024" for r in by_window["items"])
    net = api.get("/api/network", params={"issue": "auto:grain-trade"}).json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["a"] in ids and e["b"] in ids for e in net["edges"])
    assert all(e["issues"] == ["auto:grain-trade"] for e in net["edges"])
    m = api.get("/api/matrix", params={"issue": "auto:fishing-quotas"}).json()
    assert m["issue_label"] == "fishing quotas" and m["rows"] and m["cols"]
    cells = [c for line in m["cells"] for c in line if c]
    assert all(-1 <= c["x"] <= 1 and c["evidence"] for c in cells)
    series = api.get("/api/convergence", params={"window": "year", "limit": 500}).json()
    assert {r["window"] for r in series["items"]} <= {"2023", "2024", "2025"}


def test_validation_errors_and_no_writes(api, store_path):
    before = os.stat(store_path).st_mtime_ns
    for path, params in [("/api/articles", {"limit": 0}), ("/api/articles", {"limit": 501}),
                         ("/api/articles", {"date_from": "yesterday"}), ("/api/dyads", {"window": "2024-13-01"}),
                         ("/api/network", {"measure": "votes"}), ("/api/search", {})]:
        r = api.get(path, params=params)
        assert r.status_code == 422, (path, params)
        assert r.json()["error"]["status"] == 422 and "Traceback" not in r.text
    assert api.get("/api/dyads/NOR/NOR").status_code == 422
    for method in ("POST", "PUT", "DELETE"):
        assert api.request(method, "/api/articles/art-1").status_code == 405
    assert os.stat(store_path).st_mtime_ns == before


def test_goldstein_index_is_the_dyad_event_sum_per_story(api):
    dy = api.get("/api/dyads", params={"limit": 100}).json()["items"]
    checked = 0
    for d in dy:
        s = api.get(f"/api/dyads/{d['a']}/{d['b']}", params={"window": "year"}).json()
        for p in s["series"]:
            if not p["events"]:
                assert p["goldstein"] is None
                continue
            evs = api.get("/api/events", params={"actor": d["a"], "limit": 500}).json()["items"]
            mine = [e for e in evs if {e["source"], e["target"]} == {d["a"], d["b"]} and e["date"][:4] == p["window"]]
            stories = api.get("/api/articles", params={"date_from": p["window"], "date_to": p["window"],
                                                       "limit": 1}).json()["total"]
            assert p["events"] == len(mine) and p["stories"] == stories
            assert p["goldstein"] == round(sum(e["goldstein"] for e in mine) / stories, 4)
            checked += 1
        if checked >= 3:
            break
    assert checked >= 3


def test_stancemap_serve_command_answers_on_loopback(store_path, tmp_path):
    import shutil
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    db = tmp_path / "copy.duckdb"  # this process's server holds the original open
    shutil.copy(store_path, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "stancemap", "serve", "--db", str(db), "--port", str(port)],
                            env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert r.json() == {"status": "ok", "version": r.json()["version"], "store": True}
        assert httpx.get(f"http://127.0.0.1:{port}/api/stats").json()["articles"] == 152
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert f"serving on http://127.0.0.1:{port}/" in proc.stderr.read()


BAD_QUERIES = [  # (path, params): each answer is a 4xx JSON error, never a 500 or a page
    ("/api/articles", {"limit": "abc"}), ("/api/articles", {"limit": "9" * 30}), ("/api/articles", {"offset": "1e3"}),
    ("/api/articles", {"offset": -1}), ("/api/articles", {"date_from": "2024-13-01"}),
    ("/api/articles", {"date_to": "2024-00"}), ("/api/articles", {"date_from": "2024-05-32"}),
    ("/api/articles", {"q": "x" * 300}), ("/api/articles/" + "a" * 400, {}),
    ("/api/actors", {"limit": 0}), ("/api/statements", {"limit": 501}), ("/api/events", {"offset": "x"}),
    ("/api/search", {"q": ""}), ("/api/search", {"q": "a", "limit": 0}),
    ("/api/dyads", {"window": "2024-13"}), ("/api/dyads", {"window": "2024-00"}), ("/api/dyads", {"window": "2024-Q5"}),
    ("/api/dyads", {"window": "month"}), ("/api/dyads/NOR/VES", {"window": "week"}),
    ("/api/convergence", {"window": "decade"}), ("/api/network", {"window": "2024-13"}),
    ("/api/network", {"max_nodes": 1}), ("/api/matrix", {"window": "2024-13"}), ("/api/matrix", {"max_rows": 0}),
    ("/api/nothing-here", {}), ("/api/articles/no-such-article", {}), ("/api/actors/no-such-actor", {}),
]


def test_bad_query_parameters_are_4xx_json_errors(api):
    for path, params in BAD_QUERIES:
        r = api.get(path, params=params)
        assert 400 <= r.status_code < 500, (path, params, r.status_code)
        assert r.headers["content-type"].startswith("application/json"), (path, params)
        err = r.json()["error"]
        assert err["status"] == r.status_code and err["message"] and "Traceback" not in r.text
    # odd but valid values are answered, not refused
    for path, params in [("/api/articles", {"q": "\x00"}), ("/api/search", {"q": "%'\";--"}),
                         ("/api/matrix", {"issue": "no-such-issue"}), ("/api/dyads", {"window": "1999"})]:
        assert api.get(path, params=params).status_code == 200, (path, params)


def test_a_stored_date_that_is_no_iso_date_is_undated_not_a_500(tmp_path):
    # a store written by other code or an older stancemap, with dates ingest now refuses
    from stancemap.web.app import create_app

    from .conftest import TEXT, build_article, live
    from .corpus_gen import write_store

    db = tmp_path / "odd.duckdb"
    write_store(str(db), [build_article(TEXT, "Odd dates", aid="odd-1", date="May 2024"),
                          build_article(TEXT, "Odd dates", aid="odd-2", date="2024-13-45")])
    with live(create_app(db)) as srv, httpx.Client(base_url=srv.url, timeout=60) as c:
        for path, params in [("/api/convergence", {"window": "quarter"}), ("/api/dyads", {"window": "2024-Q2"}),
                             ("/api/network", {"window": "2024-Q2"}), ("/api/dyads/NOR/VES", {"window": "quarter"}),
                             ("/network", {"window": "2024-Q2"}), ("/dyad", {"a": "NOR", "b": "VES", "window": "year"})]:
            r = c.get(path, params=params)
            assert r.status_code in (200, 404), (path, params, r.status_code, r.text[:200])
        rows = c.get("/api/convergence", params={"window": "quarter"}).json()["items"]
        assert rows and {row["window"] for row in rows} == {"undated"}
