"""Peak memory of analysing one long article: it follows ``batch_tokens``, not the article's length.

Usage:  python benchmarks/memory.py [--chars 1000000] [--batch-tokens 20000]
                                    [--gold ../shared/eval/quotes/polnear_dev.jsonl] [--passes N]

The article is the PolNeAR dev articles joined at run time (not stored here), cut to ``--chars``
characters, analysed with ``stancemap.analyze_many``; the script prints its tokens, the time, the
process's peak RSS before and after, and how many records came out.

With ``--passes N`` it instead analyses the dev articles N times over in one process (no worker
processes) and prints the peak RSS after each pass: flat memory over a long run.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--batch-tokens", type=int, default=20_000)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--passes", type=int, default=0, help="analyse the articles this many times over instead")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"memory: gold file not found: {args.gold}", file=sys.stderr)
        return 2
    import stancemap

    if args.passes > 0:
        return _passes(args.gold, args.passes)
    with args.gold.open(encoding="utf-8") as fh:
        text = "\n\n".join(json.loads(line)["text"] for line in fh)
    while len(text) < args.chars:
        text += "\n\n" + text
    text = text[: args.chars]
    settings = stancemap.Settings(max_bytes=4 * args.chars + 1, batch_tokens=args.batch_tokens, check_language=False)
    list(stancemap.analyze_many(["A short text in which the minister said that talks would go on."], settings=settings))
    before = _peak_mb()
    t0 = time.perf_counter()
    art = next(iter(stancemap.analyze_many([text], settings=settings)))
    seconds = time.perf_counter() - t0
    print(f"article: {args.chars:,} characters, {art.meta.get('words', 0):,} tokens, batch_tokens {args.batch_tokens:,}")
    print(f"time: {seconds:.1f} s; peak RSS before the article {before:,.0f} MB, after {_peak_mb():,.0f} MB")
    print(f"records: {len(art.actors)} actors, {len(art.statements)} statements, {len(art.events)} events, "
          f"{len(art.stances)} stances; error: {art.meta.get('error')}")
    return 0


def _passes(gold: Path, passes: int) -> int:
    import stancemap

    with gold.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows = [{"id": r.get("doc_id") or r.get("id"), "text": r["text"]} for r in rows]
    settings = stancemap.Settings()
    done = 0
    for k in range(passes):
        t0 = time.perf_counter()
        done += sum(1 for _ in stancemap.analyze_many(rows, settings=settings))
        print(f"pass {k + 1}: {done:,} articles analysed, peak RSS {_peak_mb():,.0f} MB "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
