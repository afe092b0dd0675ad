"""Scale-out with a real dask.distributed LocalCluster: same records as one process, in the same
order; a killed worker loses nothing; an article that kills every worker is the only one skipped;
a wrong scheduler address fails fast; Ctrl-C leaves no process behind."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stancemap import Settings, analyze_many
from stancemap.cli import main
from stancemap.cli_scaleout import count_articles
from stancemap.errors import ConfigError, SchedulerUnreachable
from stancemap.scaleout import (
    SMALL_INPUT,
    _partitions,
    analyze_stream,
    choose_workers,
    local_cluster,
    machine_cores,
)

ROOT = Path(__file__).resolve().parents[1]

# Articles written for these tests: invented officials, real states, varied sentence shapes.
_PEOPLE = [("Foreign Minister", "Marta Ilves", "Estonia", "Estonian", "She"),
           ("Prime Minister", "Tomas Reyes", "Chile", "Chilean", "He"),
           ("Defence Minister", "Anil Perera", "Sri Lanka", "Sri Lankan", "He"),
           ("President", "Nadia Karim", "Tunisia", "Tunisian", "She"),
           ("Trade Minister", "Jonas Berg", "Sweden", "Swedish", "He"),
           ("Foreign Minister", "Kwame Asante", "Ghana", "Ghanaian", "He")]
_TOPICS = ["a ceasefire in Sudan", "new sanctions on Myanmar", "the fishing agreement",
           "talks on the disputed border", "a tariff on imported steel"]


def _article(i: int) -> str:
    role, name, country, adj, pron = _PEOPLE[i % len(_PEOPLE)]
    other = _PEOPLE[(i + 2) % len(_PEOPLE)]
    topic = _TOPICS[i % len(_TOPICS)]
    return (f"{role} {name} of {country} said on Tuesday that {country} supports {topic}. "
            f"{pron} told reporters in the capital that the {adj} government would not accept delays. "
            f"\"We expect {other[2]} to keep its word,\" {name.split()[1]} said. "
            f"{other[0]} {other[1]} of {other[2]} rejected the proposal and accused {country} of "
            f"breaking earlier promises. " * (1 + i % 3)).strip()


def corpus(n: int = 26) -> list[dict | str]:
    items: list[dict | str] = [{"id": f"t{i:03d}", "text": _article(i), "date": f"2024-03-{1 + i % 28:02d}"}
                               for i in range(n)]
    items.insert(5, {"id": "empty", "text": "   "})  # input errors keep their place
    items.insert(9, {"id": "no-text"})
    items.insert(13, {"id": "copy", "text": _article(2)})  # a syndicated copy: duplicate_of across partitions
    items.insert(17, {"id": "t004", "text": _article(7) + " Talks resume next week."})  # a repeated id
    items.append("Le ministre a déclaré que le gouvernement refusera les sanctions imposées contre le pays.")
    return items


def _records(arts) -> list[dict]:
    out = []
    for a in arts:
        d = a.to_dict()
        d["meta"] = {k: v for k, v in d["meta"].items() if k != "seconds"}  # wall time is per run
        out.append(d)
    return out


@pytest.fixture(scope="module")
def reference():
    """The single-process records of the test corpus."""
    return _records(analyze_many(corpus(), settings=Settings()))


def test_choose_workers():
    s = Settings()
    assert choose_workers(3, s) == 3
    assert choose_workers(None, s.replace(workers=2)) == 2
    assert choose_workers(None, s, n_items=SMALL_INPUT - 1) == 1  # start-up would dominate
    assert choose_workers(None, s, n_items=None) == machine_cores()
    assert choose_workers(None, s.replace(actor_registry="reg.json")) == 1
    with pytest.raises(ConfigError, match="needs one worker"):
        choose_workers(2, s.replace(actor_registry="reg.json"))
    with pytest.raises(ConfigError):
        choose_workers(-1, s)


def test_partitions_get_small_at_the_end_and_keep_the_order():
    sizes = lambda n, tail: [len(p) for p in _partitions(range(n), 16, tail)]  # noqa: E731
    assert sizes(100, 2) == [16, 16, 16, 16] + [4] * 9  # the last 36 (< 3 x 16) in quarters
    assert sizes(48, 2) == [16] + [4] * 8
    assert sizes(5, 2) == [4, 1]
    assert sizes(100, 0) == [16] * 6 + [4]  # one worker: whole partitions to the end
    assert sizes(0, 2) == []
    assert [x for p in _partitions(iter(range(57)), 5, 3) for x in p] == list(range(57))


def test_count_articles(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    (tmp_path / "d" / "b.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    (tmp_path / "d" / "skip.bin").write_text("x")
    assert count_articles([str(tmp_path / "d"), str(tmp_path / "d" / "a.txt")]) == 5
    assert count_articles(["-"]) is None


@pytest.mark.model
def test_small_automatic_input_runs_in_this_process(reference):
    stats: dict = {}
    pairs = list(analyze_stream(corpus(), Settings(), stats=stats))
    assert stats["workers"] == 1 and list(stats["peak_rss_mb"]) == ["local"]
    assert _records(a for _, a in pairs) == reference


@pytest.mark.model
def test_two_local_workers_give_the_single_process_records_in_order(reference):
    stats: dict = {}
    pairs = list(analyze_stream(corpus(), Settings(), workers=2, partition_size=3, stats=stats))
    got = _records(a for _, a in pairs)
    assert [r["id"] for r in got] == [r["id"] for r in reference]
    assert got == reference
    assert [raw.id for raw, _ in pairs] == [r["id"] for r in reference]
    # 31 articles: eight partitions of 3, then the last 7 (less than two partitions' worth plus
    # one, the look-ahead of two workers) one by one, so that the two workers finish together
    assert stats["workers"] == 2 and stats["partitions"] == 8 + 7 and stats["lost"] == 0
    assert len(stats["peak_rss_mb"]) == 2 and all(v > 100 for v in stats["peak_rss_mb"].values())
    copy = next(r for r in got if r["id"] == "copy")
    assert copy["meta"]["duplicate_of"] == "t002"
    renamed = next(r for r in got if r["id"] == "t004~2")
    assert renamed["meta"]["duplicate_id"] == {"id": "t004", "first": "<item 4>"}
    reasons = {r["id"]: r["meta"]["error"]["reason"] for r in got if r["meta"].get("error")}
    assert reasons == {"empty": "empty", "no-text": "missing_field", got[-1]["id"]: "not_english"}
    assert sum(len(r["statements"]) for r in got) >= 26  # every article says something


def _worker_processes() -> list:
    import psutil

    return [p for p in psutil.Process().children(recursive=True) if "multiprocessing-fork" in " ".join(p.cmdline())]


@pytest.mark.model
def test_a_killed_worker_loses_no_article(reference):
    with local_cluster(2) as address:
        got = []
        killed = None
        for _raw, art in analyze_stream(corpus(), Settings(), scheduler=address, partition_size=2, in_flight=4):
            got.append(art)
            if killed is None:
                victim = _worker_processes()[0]
                killed = victim.pid
                victim.send_signal(signal.SIGKILL)
        assert killed is not None
        assert len(_worker_processes()) == 2 and killed not in [p.pid for p in _worker_processes()]  # restarted
        from distributed import Client

        # the restarted worker too: Dask's profiler (its history grows a worker) is off, and glibc keeps
        # its adaptive mmap threshold (Dask's MALLOC_TRIM_THRESHOLD_ turns it off)
        with Client(address) as client:
            client.wait_for_workers(2, timeout=120)  # the restarted one registers once it has started (slow under load)
            seen = client.run(lambda dask_worker: (sorted(dask_worker.periodic_callbacks),
                                                   os.environ.get("MALLOC_TRIM_THRESHOLD_"),
                                                   dask_worker.periodic_callbacks["monitor"].callback_time,
                                                   dask_worker.periodic_callbacks["tick"].callback_time))
        assert len(seen) == 2
        assert all("heartbeat" in names and "profile" not in names and "profile-cycle" not in names and trim is None
                   for names, trim, _, _ in seen.values())
        # and quiet timers: system monitor every 5 s, loop-health tick every second (Dask: 0.5 s, 20 ms)
        assert all((monitor, tick) == (5000, 1000) for _, _, monitor, tick in seen.values())
    assert _records(got) == reference


@pytest.mark.model
def test_an_article_that_kills_every_worker_is_skipped_alone(reference):
    from distributed import Client, WorkerPlugin

    class Poison(WorkerPlugin):
        """On every worker (restarted ones too): analysing article t003 kills the process."""

        def setup(self, worker):
            import stancemap.scaleout as so

            real = so.analyze_raw

            def dying(raws, **kw):
                raws = list(raws)
                if any(r.id == "t003" for r in raws):
                    os._exit(3)
                return real(raws, **kw)

            so.analyze_raw = dying

    with local_cluster(2) as address, Client(address) as client:
        client.register_plugin(Poison())
        stats: dict = {}
        got = _records(a for _, a in analyze_stream(corpus(), Settings(), scheduler=address, partition_size=4,
                                                       stats=stats))
    bad = got.pop(3)
    assert bad["id"] == "t003" and bad["meta"]["skipped"] is True and bad["actors"] == []
    assert bad["meta"]["error"]["reason"] == "worker_lost"
    assert bad["meta"]["error"]["message"].startswith("<item 3>: the worker analysing it died on every try")
    assert got == reference[:3] + reference[4:]  # its partition's other articles were retried one by one
    assert stats["split"] >= 1 and stats["lost"] == 1  # other partitions on a dying worker may be split too


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_scheduler_that_does_not_answer_is_one_line_fast(capsys):
    address = f"tcp://127.0.0.1:{_closed_port()}"
    t0 = time.monotonic()
    with pytest.raises(SchedulerUnreachable, match="no Dask scheduler there"):
        list(analyze_stream(["A text."], Settings(), scheduler=address))
    assert time.monotonic() - t0 < 10  # not a hang (the connect timeout is 3 s)
    rc = main(["analyze", "-", "--scheduler", "nonsense", "--no-progress"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1
    assert err[0].startswith("stancemap: error: nonsense: no Dask scheduler there")


@pytest.mark.model
def test_ctrl_c_stops_the_run_and_its_worker_processes(tmp_path):
    import psutil

    inp = tmp_path / "many.jsonl"
    inp.write_text("".join(json.dumps({"id": f"c{i}", "text": _article(i)}) + "\n" for i in range(4000)))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-m", "stancemap", "analyze", str(inp), "--workers", "2",
                             "-f", "jsonl", "-o", str(tmp_path / "out.jsonl"), "--no-progress"],
                            env=env, start_new_session=True, stderr=subprocess.PIPE, text=True,
                            # a shell running CI in the background starts us with SIGINT ignored, and an
                            # ignored signal stays ignored across exec: give the child a terminal's default
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        kids: list = []
        def written() -> int:  # lines in the output (a hidden temporary file until the end)
            return max((f.read_text().count("\n") for f in tmp_path.iterdir() if f.name != inp.name), default=0)

        while time.monotonic() < deadline and written() < 2:
            time.sleep(0.5)  # the workers are analysing
        kids = psutil.Process(proc.pid).children(recursive=True)
        assert len(kids) >= 2  # the two workers are running
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
        rc = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    err = proc.stderr.read() if proc.stderr else ""
    assert rc == 130, err
    assert "stancemap: interrupted" in err and "Traceback" not in err
    time.sleep(1)
    alive = [k for k in kids if k.is_running() and k.status() != psutil.STATUS_ZOMBIE]
    assert alive == []
    lines = (tmp_path / "out.jsonl").read_text().splitlines()  # what was complete is kept
    assert len(lines) >= 2 and [json.loads(x)["id"] for x in lines] == [f"c{i}" for i in range(len(lines))]


def _store_rows(db: Path) -> dict[str, list]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in ("articles", "article_actors", "mentions", "statements", "events", "stances", "alignments",
                      "actors", "skips"):
            cols = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()
                    if c[0] not in ("run_id", "ingested_at", "skipped_at", "meta", "first_seen", "last_seen")]
            out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
        return out
    finally:
        con.close()


@pytest.mark.model
def test_ingest_with_two_workers_stores_what_one_process_stores(tmp_path, capsys):
    items = [x for x in corpus() if isinstance(x, dict) and x.get("text", "").strip()]
    items = list({x["id"]: x for x in reversed(items)}.values())[::-1]  # one article per id (first kept)
    inp = tmp_path / "news.jsonl"
    inp.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    runs = {}
    for n in (1, 2):
        db = tmp_path / f"w{n}.duckdb"
        assert main(["ingest", str(inp), "--db", str(db), "--workers", str(n), "--no-progress",
                     "--format", "json", "--batch", "8"]) == 0
        runs[n] = json.loads(capsys.readouterr().out)
        assert runs[n]["ingested"] == len(items) and runs[n]["skipped"] == 0
    assert {k: v for k, v in runs[1].items() if k != "seconds"} == {k: v for k, v in runs[2].items() if k != "seconds"}
    one, two = _store_rows(tmp_path / "w1.duckdb"), _store_rows(tmp_path / "w2.duckdb")
    assert one == two and len(one["statements"]) >= 26
    # a second run with workers finds everything stored and analyses nothing
    assert main(["ingest", str(inp), "--db", str(tmp_path / "w2.duckdb"), "--workers", "2", "--no-progress",
                 "--format", "json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["ingested"], again["replaced"], again["unchanged"]) == (0, 0, runs[2]["ingested"])
