"""The whole validity run over one session, timed: analysis of every speech, corpus
convergence (S rows and scaled positions), correlation with roll-call agreement.

Usage:  python benchmarks/validity.py [--speeches ../shared/eval/validity/speeches_2006.jsonl]
                                      [--votes ../shared/eval/validity/votes_2006.csv] [--perms N]
                                      [--json FILE]

Prints the seconds of each part and the numbers of ``stancemap eval validity``. Slow: the
analysis of about 190 long speeches takes minutes on a CPU.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from stancemap.eval.validity import render, run

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "eval" / "validity"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--speeches", type=Path, default=DATA / "speeches_2006.jsonl")
    ap.add_argument("--votes", type=Path, default=DATA / "votes_2006.csv")
    ap.add_argument("--perms", type=int, default=200)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    t0 = time.perf_counter()
    res = run(speeches=args.speeches, votes=args.votes, perms=args.perms)
    total = time.perf_counter() - t0
    sec = res["seconds"]
    print(f"session: {res['articles']} speeches; analysis {sec['analysis']:.1f} s, convergence "
          f"{sec['convergence']:.1f} s, correlation {total - sec['analysis'] - sec['convergence']:.1f} s, "
          f"total {total:.1f} s")
    print(render(res), end="")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
