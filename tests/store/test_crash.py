"""kill -9 a real ingest process mid-run, resume, and compare with a clean run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from tests.store.test_ingest import ARTICLES

pytestmark = pytest.mark.model

SRC = Path(__file__).resolve().parents[2] / "src"


def _corpus(path: Path, n: int = 14) -> None:
    texts = [t.split("\n\n", 1)[1] for t in ARTICLES.values()]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)] + f" Officials said meeting number {i + 1} would follow in {2010 + i}."
            fh.write(json.dumps({"id": f"c{i:02d}", "text": text, "date": f"{2010 + i % 4}-0{1 + i % 9}-15",
                                 "source": f"site{i % 3}"}) + "\n")


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "stancemap", "ingest", str(corpus), "--db", str(db), "--batch", "2",
            "--no-progress", "--log-commits", "--format", "json"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _kill_after_commits(corpus: Path, db: Path, commits: int, delay: float) -> int:
    """Start an ingest, wait for ``commits`` committed batches, sleep ``delay``, kill -9; commits seen."""
    proc = subprocess.Popen(_ingest_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=_env(), text=True)
    seen = 0
    assert proc.stderr is not None
    deadline = time.monotonic() + 240
    for line in proc.stderr:
        if line.startswith("committed batch"):
            seen += 1
            if seen >= commits:
                break
        assert time.monotonic() < deadline
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    return seen


def _snapshot(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute("SELECT id, content_hash, version, dup_group, title, date, source, words "
                                    "FROM articles ORDER BY id").fetchall(),
            "stances": con.execute("SELECT article_id, id, actor, owner, issue, proposition, polarity, strength "
                                   "FROM stances ORDER BY 1, 2").fetchall(),
            "statements": con.execute("SELECT article_id, id, speaker_actor, content_text FROM statements "
                                      "ORDER BY 1, 2").fetchall(),
            "events": con.execute("SELECT article_id, id, source, target, cameo FROM events ORDER BY 1, 2").fetchall(),
            "mentions": con.execute("SELECT article_id, actor_id, start_char, end_char FROM mentions "
                                    "ORDER BY 1, 2, 3").fetchall(),
            "actors": con.execute("SELECT id, name, country, role, articles, first_seen, last_seen FROM actors "
                                  "ORDER BY id").fetchall(),
            "intervals": con.execute("SELECT * FROM actor_intervals ORDER BY ALL").fetchall(),
            "bands": con.execute("SELECT count(*), count(DISTINCT article_id) FROM near_dup_bands").fetchall(),
        }
    finally:
        con.close()


def test_kill_9_mid_ingest_then_resume_equals_a_clean_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus)
    crashed, clean = tmp_path / "crashed.duckdb", tmp_path / "clean.duckdb"
    rng = random.Random(12)
    # two crashes at different moments: right after a commit, and somewhere inside a later batch
    _kill_after_commits(corpus, crashed, commits=1, delay=0.0)
    mid = _snapshot(crashed)
    assert 2 <= len(mid["articles"]) < 14 and len(mid["articles"]) % 2 == 0  # whole batches only
    _kill_after_commits(corpus, crashed, commits=2, delay=rng.uniform(0.05, 0.4))
    resumed = subprocess.run(_ingest_cmd(corpus, crashed), capture_output=True, text=True, env=_env(), timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["ingested"] + summary["unchanged"] == 14 and summary["unchanged"] >= 4
    done = subprocess.run(_ingest_cmd(corpus, clean), capture_output=True, text=True, env=_env(), timeout=300)
    assert done.returncode == 0, done.stderr
    a, b = _snapshot(crashed), _snapshot(clean)
    assert len(b["articles"]) == 14 and len(b["stances"]) > 0
    for key in b:
        assert a[key] == b[key], key
    con = duckdb.connect(str(crashed), read_only=True)
    statuses = [r[0] for r in con.execute("SELECT status FROM runs ORDER BY id").fetchall()]
    # the second kill lands inside a batch, or, on a fast machine, after the run has finished
    assert statuses[0] == "interrupted" and statuses[-1] == "complete" and len(statuses) == 3
    assert set(statuses) == {"interrupted", "complete"}
    con.close()
