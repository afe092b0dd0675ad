"""Memory of a Dask worker over many partitions: a cheap probe of flat memory per worker.

Usage:  python benchmarks/worker_memory.py [--partitions 600] [--size 16] [--chars 300]
                                           [--workers 1] [--every 100] [--dask-profiler]
                                           [--gold ../shared/eval/quotes/polnear_dev.jsonl]

A full 10,000-article run takes half an hour on two shared cores. This probe sends the same
number of partitions (``--partitions`` of ``--size`` articles: 630 x 16 is 10,080 articles)
through a real ``LocalCluster`` as ``stancemap analyze`` does (bounded in-flight partitions,
results gathered in order), but each article is only the first ``--chars`` characters of a
PolNeAR dev article (read at run time, not stored here), each with its own id. Every
``--every`` partitions it prints, for each worker, its current RSS, its peak RSS, its CPU
seconds, the objects tracked by its garbage collector and the strings in its spaCy vocabulary;
at the end the growth of the current RSS from the first sample to the last. ``--dask-profiler`` turns Dask's statistical profiler
back on in the workers (stancemap turns it off), to show the growth it causes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"


def _sample() -> dict:
    """Runs on each worker."""
    import gc
    import os
    import resource

    with open("/proc/self/statm", encoding="ascii") as fh:
        rss = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    from stancemap import Settings
    from stancemap.nlp.pipeline import get_pipeline

    use = resource.getrusage(resource.RUSAGE_SELF)
    return {"rss": rss, "peak": use.ru_maxrss / 1024, "cpu": use.ru_utime + use.ru_stime,
            "objects": len(gc.get_objects()), "strings": len(get_pipeline(Settings()).vocab.strings)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--partitions", type=int, default=600)
    ap.add_argument("--size", type=int, default=16, help="articles per partition (default 16 = batch_size)")
    ap.add_argument("--chars", type=int, default=300, help="characters of each article (default 300)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--every", type=int, default=100, help="sample the workers every N partitions")
    ap.add_argument("--dask-profiler", action="store_true", help="leave Dask's statistical profiler on")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"worker_memory: gold file not found: {args.gold}", file=sys.stderr)
        return 2
    from stancemap import Settings, scaleout
    from stancemap.api import _coerce

    with args.gold.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"][: args.chars] for line in fh]
    if args.dask_profiler:
        scaleout.WORKER_CONFIG = {"distributed.worker.profile.enabled": True}
    settings = Settings()
    total = args.partitions * args.size
    raws = (_coerce({"id": f"probe-{i}", "text": texts[i % len(texts)]}, i, settings) for i in range(total))
    stats: dict = {"partitions": 0, "split": 0, "lost": 0}
    print(f"{args.partitions} partitions of {args.size} articles ({args.chars} characters each), "
          f"{args.workers} worker(s), Dask profiler {'on' if args.dask_profiler else 'off'}")
    print(f"{'partitions':>10}{'seconds':>9}   per worker: RSS MB / peak MB / cpu s / gc objects / spaCy strings",
          flush=True)
    first: dict | None = None
    last: dict = {}
    t0 = time.perf_counter()
    with scaleout.local_cluster(args.workers) as addr, scaleout._client(addr) as client:
        scaleout._check_cluster(client, addr, settings)
        run = scaleout._Run(client, settings, args.size, 3 * args.workers, stats)
        for done, _ in enumerate(run(raws), 1):
            if done % (args.every * args.size) == 0 or done == total:
                last = client.run(_sample)
                first = first or last
                cells = "   ".join(f"{s['rss']:6.1f} / {s['peak']:6.1f} / {s['cpu']:6.1f} / {s['objects']:>7,} / "
                                   f"{s['strings']:,}" for s in last.values())
                print(f"{done // args.size:>10}{time.perf_counter() - t0:>9.0f}   {cells}", flush=True)
    assert first is not None
    growth = [100 * (last[w]["rss"] / first[w]["rss"] - 1) for w in last if w in first]
    print("current RSS growth per worker, first sample to last: " + " ".join(f"{g:+.1f} %" for g in growth))
    return 0


if __name__ == "__main__":
    sys.exit(main())
