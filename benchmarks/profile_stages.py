"""Where the stancemap stages spend their time: cProfile over the stages and the records, on parsed Docs.

Usage:  python benchmarks/profile_stages.py [--gold ../shared/eval/quotes/polnear_dev.jsonl] [--limit N]
                                            [--top 40] [--repeat 3] [--sort tottime|cumulative]
                                            [--stats FILE]

The articles are parsed first (the model's components only, outside the profile); then every
stancemap stage, ``doc_to_article`` and the convergence run on each Doc under cProfile, as in
``stancemap.api.analyze_raw``. Prints the CPU seconds of the parse and of each stage (without
the profiler; the fastest of ``--repeat`` passes over copies of the parsed Docs, each stage
timed on its own) and the profiler's top functions. ``--stats FILE`` keeps the raw profile (pstats).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--top", type=int, default=40, help="functions to print (0: shares only, no profile)")
    ap.add_argument("--repeat", type=int, default=3, help="unprofiled passes; the fastest counts")
    ap.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    ap.add_argument("--stats", type=Path, help="write the raw profile here (pstats format)")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"benchmark: gold file not found: {args.gold}", file=sys.stderr)
        return 2

    from stancemap import Settings
    from stancemap.analytics.convergence import convergence
    from stancemap.nlp.pipeline import STAGES, get_pipeline
    from stancemap.nlp.to_records import doc_to_article

    texts = []
    with args.gold.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if args.limit and len(texts) >= args.limit:
                break
    nlp = get_pipeline(Settings())
    t0 = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=16, disable=list(STAGES)))
    parse = time.process_time() - t0
    words = sum(len(d) for d in docs)

    def stages_of(doc: object) -> None:
        for name, proc in nlp.pipeline:
            if name in STAGES:
                doc = proc(doc)
        art = doc_to_article(doc, id="x")  # type: ignore[arg-type]
        list(convergence(art.stances, art.alignments, art.actors))

    # unprofiled passes over copies of the parsed Docs, for the shares (as benchmarks/throughput.py);
    # the fastest of --repeat passes counts (the least disturbed by other load on the machine)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        per_stage = {name: 0.0 for name in (*STAGES, "records")}
        for original in docs:
            doc = original.copy()
            for name, proc in nlp.pipeline:
                if name in STAGES:
                    t0 = time.process_time()
                    doc = proc(doc)
                    per_stage[name] += time.process_time() - t0
            t0 = time.process_time()
            art = doc_to_article(doc, id="x")
            list(convergence(art.stances, art.alignments, art.actors))
            per_stage["records"] += time.process_time() - t0
        best = {k: min(v, best.get(k, v)) for k, v in per_stage.items()}
    records = best.pop("records")
    per_stage = best
    print(f"{len(docs)} articles, {words:,} words; parse {parse:.2f} CPU s")
    for name, sec in per_stage.items():
        print(f"  {name:<26}{sec:>7.3f} s {100 * sec / parse:>6.1f} %")
    total = sum(per_stage.values())
    print(f"  {'all stages':<26}{total:>7.3f} s {100 * total / parse:>6.1f} %")
    print(f"  {'records + convergence':<26}{records:>7.3f} s {100 * records / parse:>6.1f} %")

    if args.top <= 0 and not args.stats:
        return 0
    prof = cProfile.Profile()
    prof.enable()
    for doc in docs:
        stages_of(doc)
    prof.disable()
    if args.stats:
        prof.dump_stats(str(args.stats))
    if args.top > 0:
        pstats.Stats(prof).strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
