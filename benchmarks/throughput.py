"""Throughput and memory: plain spaCy against the full stancemap analysis, in one run.

Usage:  python benchmarks/throughput.py [--gold ../shared/eval/quotes/polnear_dev.jsonl] [--limit N]
                                       [--repeat R] [--json FILE]

Each configuration runs in its own subprocess so that peak memory (max RSS) is its own:

- ``spacy``      the English model alone (numpy matrix route), ``nlp.pipe``
- ``spacy-blis`` the same with thinc's default blis route, for the numpy/blis ratio
- ``stancemap``  ``stancemap.analyze_many`` (parse + every stage + records + convergence)

It also times each stancemap stage on the parsed Docs, as a share of the parse time (both in CPU
seconds of that process, which other load on the machine disturbs less than wall time).
Each configuration is run ``--repeat`` times and the fastest run counts (the least disturbed by
other load). Numbers vary with the machine: compare ratios measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"


def _texts(gold: Path, limit: int | None) -> list[dict]:
    rows = []
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows.append({"id": r.get("doc_id") or r.get("id"), "text": r["text"]})
            if limit and len(rows) >= limit:
                break
    return rows


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(mode: str, gold: Path, limit: int | None, repeat: int) -> dict:
    from stancemap.nlp.common.headlines import TITLE_CASE
    from stancemap.nlp.pipeline import STAGES, build_pipeline, load_model, use_numpy_ops

    rows = _texts(gold, limit)
    texts = [r["text"] for r in rows]
    out: dict = {"mode": mode, "articles": len(texts)}
    if mode in ("spacy", "spacy-blis"):
        use_numpy_ops(mode == "spacy")
        nlp = load_model()
        list(nlp.pipe(texts[:2]))  # warm up
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
            times.append(time.perf_counter() - t0)
        out["seconds"] = min(times)  # best of `repeat`: the least disturbed run
        out["words"] = words
    elif mode == "stancemap":
        from stancemap import Settings, analyze_many

        settings = Settings()
        list(analyze_many(rows[:2], settings=settings))
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            words = failed = 0
            for art in analyze_many(rows, settings=settings):
                words += int(art.meta.get("words", 0))
                failed += bool(art.meta.get("error"))
            times.append(time.perf_counter() - t0)
        out["seconds"] = min(times)
        out["words"] = words
        out["failed"] = failed
    elif mode == "stages":
        use_numpy_ops(True)
        full = build_pipeline()
        base = load_model()
        t0 = time.process_time()
        docs = list(base.pipe(texts, batch_size=16))
        out["parse_seconds"] = time.process_time() - t0
        out["words"] = sum(len(d) for d in docs)
        # re-run the stancemap components, in order, on the parsed docs
        stage_times = {}
        for name in [n for n in full.pipe_names if n == TITLE_CASE] + list(STAGES):  # (the headline re-parse too)
            comp = full.get_pipe(name)
            t0 = time.process_time()
            if name == TITLE_CASE:  # batched, as nlp.pipe runs it
                list(comp.pipe(docs, batch_size=16))
            else:
                for d in docs:
                    comp(d)
            stage_times[name] = time.process_time() - t0
        out["stage_seconds"] = stage_times
    out["peak_rss_mb"] = _peak_mb()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=3, help="runs per configuration; the fastest counts")
    ap.add_argument("--json", type=Path, help="also write the numbers as JSON")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"benchmark: gold file not found: {args.gold}", file=sys.stderr)
        return 2
    if args.worker:
        print(json.dumps(worker(args.worker, args.gold, args.limit, args.repeat)))
        return 0
    res = {}
    for mode in ("spacy", "spacy-blis", "stancemap", "stages"):
        cmd = [sys.executable, __file__, "--worker", mode, "--gold", str(args.gold), "--repeat", str(args.repeat)]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        res[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
    base = res["spacy"]
    print(f"corpus: {args.gold.name}, {base['articles']} articles, {base['words']:,} words (spaCy tokens)")
    print(f"{'configuration':<26}{'words/s':>10}{'articles/s':>12}{'peak RSS MB':>13}{'vs spaCy':>10}")
    for mode in ("spacy", "spacy-blis", "stancemap"):
        r = res[mode]
        wps = r["words"] / r["seconds"]
        ratio = wps / (base["words"] / base["seconds"])
        label = {"spacy": "spaCy (numpy route)", "spacy-blis": "spaCy (blis route)",
                 "stancemap": "stancemap analyze_many"}[mode]
        print(f"{label:<26}{wps:>10,.0f}{r['articles'] / r['seconds']:>12.2f}{r['peak_rss_mb']:>13,.0f}{ratio:>10.2f}")
    st = res["stages"]
    print(f"\nstage cost as a share of the parse time (CPU seconds; parse {st['parse_seconds']:.2f} s for "
          f"{st['words']:,} words):")
    for name, sec in st["stage_seconds"].items():
        print(f"  {name:<24}{sec:>8.3f} s {100 * sec / st['parse_seconds']:>7.1f} %")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
