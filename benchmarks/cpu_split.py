"""CPU seconds of ``stancemap analyze`` by process: where a multi-worker run spends more than one worker.

Usage:  python benchmarks/cpu_split.py [--articles 168] [--workers 1,2] [--gold ../shared/eval/quotes/polnear_dev.jsonl]
                                       [--json FILE]
        python benchmarks/cpu_split.py --idle 15 [--dask-defaults]
        python benchmarks/cpu_split.py --tasks [--articles 336] [--workers 2]

The gold articles are repeated (each copy with its own id) to at least ``--articles`` articles.
For each worker count, one ``stancemap analyze ... -f jsonl`` process runs while this script
samples its process tree every 0.1 s (psutil) and keeps each process's last user and system
CPU seconds, grouped by role: the client (which also runs a local cluster's scheduler and
nannies) and the worker processes. ``total`` is the process and all its children as the kernel counts them
(``RUSAGE_CHILDREN``: exact); the roles can miss the last 0.1 s of each process.

CPU seconds are much less disturbed by other load on a shared machine than wall time, so this
is the measure to compare between code versions while others run: an ideal N-worker run costs
the CPU of one worker plus N-1 extra model loads. Wall seconds are printed too.

``--idle SECONDS`` measures instead what an idle local cluster of the last ``--workers`` count
costs a second (Dask's timers: the client process holds the scheduler and the nannies), with
stancemap's settings or, with ``--dask-defaults``, Dask's own intervals. ``--tasks`` runs the
articles once through a local cluster and prints Dask's task stream per worker: partitions, busy
seconds, the longest wait between partitions and the tail (how long one worker waited at the end).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"
sys.path.insert(0, str(ROOT / "benchmarks"))

from scaleout import analyze_cmd, write_corpus  # noqa: E402


def _role(proc: object, root_pid: int) -> str:
    import psutil

    assert isinstance(proc, psutil.Process)
    if proc.pid == root_pid:
        return "client"
    try:
        parent = proc.ppid()
        cmd = " ".join(proc.cmdline())
    except psutil.Error:
        return "other"
    if "resource_tracker" in cmd:
        return "other"
    if "spawn_main" in cmd:  # a local cluster's nannies run in the client; its workers are spawned
        return "worker" if parent == root_pid else "worker child"
    return "other"


def run(cmd: list[str]) -> dict:
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w"))  # noqa: SIM115
    last: dict[int, tuple[str, float, float]] = {}
    roles: dict[int, str] = {}
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            tree = []
        for p in tree:
            try:
                ct = p.cpu_times()
            except psutil.Error:
                continue
            if p.pid not in roles:
                roles[p.pid] = _role(p, proc.pid)
            last[p.pid] = (roles[p.pid], ct.user, ct.system)
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out: dict = {"wall": wall, "total": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
                 "rc": proc.returncode, "roles": {}}
    for role, user, system in last.values():
        r = out["roles"].setdefault(role, {"user": 0.0, "system": 0.0, "processes": 0})
        r["user"] += user
        r["system"] += system
        r["processes"] += 1
    return out


def _cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def idle(seconds: float, workers: int, dask_defaults: bool) -> None:
    """CPU a second of an idle local cluster (timers only): the client process and each worker."""
    from stancemap import Settings, scaleout

    if dask_defaults:  # Dask's own timer intervals, for comparison
        scaleout.QUIET_TIMERS = {}
        scaleout.WORKER_CONFIG = {k: v for k, v in scaleout.WORKER_CONFIG.items() if "profile" in k}
    with scaleout.Pool(Settings(), workers=workers) as pool:
        time.sleep(1)  # past start-up
        w0, c0 = pool.client.run(_cpu), _cpu()
        time.sleep(seconds)
        w1, c1 = pool.client.run(_cpu), _cpu()
    each = " ".join(f"{1000 * (w1[k] - w0[k]) / seconds:.1f}" for k in sorted(w0))
    print(f"idle local cluster of {workers} workers ({'Dask defaults' if dask_defaults else 'stancemap settings'}), "
          f"CPU ms a second: client {1000 * (c1 - c0) / seconds:.1f} (scheduler, nannies); workers {each}")


def tasks(gold: Path, articles: int, workers: int) -> None:
    """Dask's task stream of one run through a local cluster (``scaleout.Pool``): per worker the
    partitions it analysed, its busy seconds, its longest wait between two partitions, and when it
    finished (from the first submission): the gap between the workers' ends is the run's tail."""
    from distributed import get_task_stream

    from stancemap import Settings
    from stancemap.api import _coerce
    from stancemap.scaleout import Pool

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(gold, articles, corpus)
        rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    settings = Settings()
    raws = [_coerce(x, i, settings) for i, x in enumerate(rows)]
    with Pool(settings, workers=workers) as pool, get_task_stream(pool.client) as ts:
        t0 = time.time()
        pool.analyze(raws)
        wall = time.time() - t0
    print(f"{len(raws)} articles on {workers} workers: {wall:.1f} s")
    ends = []
    for w in sorted({d["worker"] for d in ts.data}):
        spans = sorted((ss["start"] - t0, ss["stop"] - t0) for d in ts.data if d["worker"] == w
                       for ss in d["startstops"] if ss["action"] == "compute")
        gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:])]
        ends.append(spans[-1][1])
        print(f"  worker {w}: {len(spans)} partitions, busy {sum(b - a for a, b in spans):.1f} s, "
              f"longest wait {max(gaps, default=0.0):.2f} s, finished at {spans[-1][1]:.2f} s")
    print(f"tail (last worker's end - first worker's end): {max(ends) - min(ends):.2f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--articles", type=int, default=168)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--idle", type=float, metavar="SECONDS",
                    help="instead: the CPU of an idle local cluster over SECONDS (Dask's timers)")
    ap.add_argument("--dask-defaults", action="store_true", help="with --idle: Dask's own timer intervals")
    ap.add_argument("--tasks", action="store_true",
                    help="instead: Dask's task stream of one run on the last --workers count (the tail)")
    ap.add_argument("extra", nargs="*", help="more arguments for stancemap analyze (after --)")
    args = ap.parse_args(argv)
    if args.idle:
        idle(args.idle, int(args.workers.split(",")[-1]), args.dask_defaults)
        return 0
    if not args.gold.exists():
        print(f"benchmark: gold file not found: {args.gold}", file=sys.stderr)
        return 2
    if args.tasks:
        tasks(args.gold, args.articles, int(args.workers.split(",")[-1]))
        return 0
    res = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n = write_corpus(args.gold, args.articles, corpus)
        print(f"{n} articles; load average {os.getloadavg()[0]:.1f}")
        print(f"{'workers':<8}{'wall s':>8}{'total cpu':>10}   by role: user+system s (processes)")
        for w in [int(x) for x in args.workers.split(",")]:
            r = res[w] = run(analyze_cmd(corpus, Path(tmp) / "out.jsonl", "--workers", str(w), *args.extra))
            roles = "  ".join(f"{k} {v['user']:.1f}+{v['system']:.1f} ({v['processes']})"
                              for k, v in sorted(r["roles"].items()))
            print(f"{w:<8}{r['wall']:>8.1f}{r['total']:>10.1f}   {roles}   load {os.getloadavg()[0]:.1f}",
                  flush=True)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
