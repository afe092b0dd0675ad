"""Latency of the HTTP API on loopback and the time to write reports.

Builds (or reuses) a store of synthetic analysed articles (tests/web/corpus_gen.py: sentence
templates written for the project, offsets computed, no model), starts ``stancemap serve`` in its
own process, and times real HTTP requests from this process with one keep-alive client:

- the dyad series endpoint ``/api/dyads/{a}/{b}`` for random dyads with evidence;
- the article endpoint ``/api/articles/{id}`` for random stored articles;
- the dyad list ``/api/dyads`` and the network ``/api/network`` (whole corpus).

Each endpoint gets at most ``--requests`` requests and ``--seconds`` seconds. The first request
that needs corpus analytics builds the in-memory index; its time is printed apart. Then it times
``stancemap report --db`` on the store and ``stancemap report`` on the bundled example article
(which loads the spaCy model), and prints the file sizes. No timing is asserted anywhere.

    python benchmarks/web.py                      # 10,000 articles
    python benchmarks/web.py --articles 2000 --requests 100
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the synthetic corpus generator lives with the web tests


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def _time_endpoint(client, paths: list[str], limit_n: int, limit_s: float) -> tuple[list[float], int]:
    out: list[float] = []
    errors = 0
    t_end = time.perf_counter() + limit_s
    for i in range(limit_n):
        if time.perf_counter() > t_end:
            break
        t0 = time.perf_counter()
        r = client.get(paths[i % len(paths)])
        out.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            errors += 1
    return out, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000, help="synthetic articles in the store (default 10000)")
    ap.add_argument("--db", help="use this existing store instead of building one")
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint at most (default 200)")
    ap.add_argument("--seconds", type=float, default=60.0, help="seconds per endpoint at most (default 60)")
    ap.add_argument("--no-model", action="store_true", help="skip the single-article report (needs the model)")
    args = ap.parse_args()

    import httpx

    tmp = Path(tempfile.mkdtemp(prefix="stancemap-web-bench-"))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    if args.db:
        db = Path(args.db)
    else:
        from tests.web.corpus_gen import synthetic_corpus, write_store

        db = tmp / "bench.duckdb"
        t0 = time.perf_counter()
        write_store(str(db), synthetic_corpus(args.articles), batch=1000)
        print(f"store: {args.articles:,} synthetic articles written in {time.perf_counter() - t0:.1f} s ({db})")
    from stancemap.store import open_readonly
    from stancemap.store.browse import corpus_stats

    with open_readonly(db) as st:
        stats = corpus_stats(st)
        ids = [r["id"] for r in st.query("SELECT id FROM articles")]
    print("store: " + ", ".join(f"{k} {v:,}" for k, v in stats.items() if isinstance(v, int)))

    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "stancemap", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=300) as client:
            deadline = time.time() + 60
            while True:
                try:
                    if client.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.time() > deadline:
                    raise SystemExit("server did not start")
                time.sleep(0.2)
            t0 = time.perf_counter()
            dyads = client.get("/api/dyads", params={"limit": 500}).json()["items"]
            print(f"first analytics request (waits for the corpus index the server starts building at launch): "
                  f"{time.perf_counter() - t0:.2f} s")
            t0 = time.perf_counter()
            client.get(f"/api/dyads/{dyads[0]['a']}/{dyads[0]['b']}")
            print(f"first dyad series (monthly convergence, also built at launch): {time.perf_counter() - t0:.2f} s")
            rng = random.Random(1)
            pairs = [(d["a"], d["b"]) for d in dyads]
            endpoints = {
                "dyad series  /api/dyads/{a}/{b}": [f"/api/dyads/{a}/{b}" for a, b in rng.choices(pairs, k=500)],
                "article      /api/articles/{id}": [f"/api/articles/{i}" for i in rng.choices(ids, k=500)],
                "dyad list    /api/dyads?limit=50": ["/api/dyads?limit=50"],
                "network      /api/network": ["/api/network"],
            }
            print(f"\nlatency on loopback, one keep-alive client (at most {args.requests} requests / "
                  f"{args.seconds:.0f} s per endpoint)")
            print(f"{'endpoint':<36} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>6}")
            for name, paths in endpoints.items():
                times, errors = _time_endpoint(client, paths, args.requests, args.seconds)
                print(f"{name:<36} {len(times):>5} {statistics.median(times):>8.1f} {_pct(times, 0.95):>8.1f} "
                      f"{max(times):>8.1f} {errors:>6}")
    finally:
        server.terminate()
        server.wait(timeout=30)

    print()
    out = tmp / "corpus-report.html"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "stancemap", "report", "--db", str(db), "-o", str(out)], env=env,
                   check=True, stderr=subprocess.DEVNULL)
    print(f"report --db ({stats['articles']:,} articles): {time.perf_counter() - t0:.1f} s, "
          f"{out.stat().st_size / 1e6:.2f} MB")
    if not args.no_model:
        example = subprocess.run([sys.executable, "-m", "stancemap", "example", "--path"], env=env, check=True,
                                 capture_output=True, text=True).stdout.strip()
        one = tmp / "article-report.html"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "stancemap", "report", example, "-o", str(one)], env=env, check=True,
                       stderr=subprocess.DEVNULL)
        print(f"report ARTICLE (bundled example, model load included): {time.perf_counter() - t0:.1f} s, "
              f"{one.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
