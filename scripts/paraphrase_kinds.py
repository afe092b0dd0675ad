"""Paraphrase families consistent per kind (``covers`` tag), study and held-out part apart.

Prints counts only: no wording of a held-out family is ever printed (they are measured, never
read). ``--json FILE`` also writes the counts and the names of the failing study families.

    PYTHONPATH=src python scripts/paraphrase_kinds.py [--gold tests/data/paraphrases.yaml] [--min 5] [--limit N]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from stancemap.eval.paraphrases import held_out, read_families, run

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "data" / "paraphrases.yaml"))
    ap.add_argument("--min", type=int, default=5, help="list kinds with at least this many families")
    ap.add_argument("--limit", type=int, default=None, help="only the first N families")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    fams = read_families(args.gold)[:args.limit] if args.limit else read_families(args.gold)
    res = run(args.gold, limit=args.limit)
    bad = set(res["inconsistent"]["study"]) | set(res["inconsistent"]["held_out"])
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: {"study": [0, 0], "held_out": [0, 0]})
    for f in fams:
        part = "held_out" if held_out(f.id) else "study"
        for tag in f.covers or ("(none)",):
            c = counts[str(tag)][part]
            c[0] += f.id not in bad
            c[1] += 1
    for k in ("study", "held_out", "all"):
        m = res[k]
        print(f"{k:9} families {m['consistent']}/{m['families']} = {m['share']:.3f}   "
              f"wordings {m['wordings_passed']}/{m['wordings']} = {m['wording_share']:.3f}")
    print(f"{'kind':20} {'study':>9} {'held out':>9}")
    for tag in sorted(counts, key=lambda t: -(counts[t]["study"][1] + counts[t]["held_out"][1])):
        s, h = counts[tag]["study"], counts[tag]["held_out"]
        if s[1] + h[1] >= args.min:
            print(f"{tag:20} {s[0]:4d}/{s[1]:<4d} {h[0]:4d}/{h[1]:<4d}")
    if args.json:
        Path(args.json).write_text(json.dumps({"shares": {k: res[k] for k in ("study", "held_out", "all")},
                                               "kinds": counts, "failing_study": res["inconsistent"]["study"]},
                                              indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
