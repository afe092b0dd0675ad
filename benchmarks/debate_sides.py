"""Debate propositions and their sides on sentences written for the project.

Usage:  python benchmarks/debate_sides.py [--gold tests/data/debate_sentences.yaml] [--errors]

Prints, over the labelled sentences: proposition precision and recall (a proposition found in
a sentence that names it), and side accuracy over the found propositions that the gold gives a
side (+1/-1), counting "no side found" as wrong; --errors lists the misses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from stancemap.issues.debate import default_debate_catalogue

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "debate_sentences.yaml")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    cat = default_debate_catalogue()
    rows = yaml.safe_load(args.gold.read_text(encoding="utf-8"))["sentences"]
    tp = fp = fn = sided = right = none = 0
    errors: list[str] = []
    for r in rows:
        text, want = r["text"], dict(r.get("expect") or {})
        got: dict[str, int | None] = {}
        for m in cat.find(text):
            side = cat.side(text, m)
            got[m.proposition.id] = None if side is None else side[0]
        for p in got.keys() - want.keys():
            fp += 1
            errors.append(f"extra {p}: {text}")
        for p in want.keys() - got.keys():
            fn += 1
            errors.append(f"missed {p}: {text}")
        for p in got.keys() & want.keys():
            tp += 1
            if want[p] is None:
                continue
            sided += 1
            if got[p] == want[p]:
                right += 1
            else:
                none += got[p] is None
                errors.append(f"side {p}: got {got[p]}, want {want[p]}: {text}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    print(f"{len(rows)} sentences; propositions: found {tp + fp}, gold {tp + fn}, precision {prec:.3f}, "
          f"recall {rec:.3f}; sides: {right}/{sided} right ({right / sided if sided else 0:.3f}; "
          f"{none} with no side found)")
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
