#!/usr/bin/env python3
"""Compare two stancemap JSONL outputs record by record, ignoring versions and timings.

Used to show that a refactoring changes nothing:

    git stash; stancemap analyze ../shared/eval/quotes/polnear_dev.jsonl -f jsonl -o before.jsonl
    git stash pop; stancemap analyze ../shared/eval/quotes/polnear_dev.jsonl -f jsonl -o after.jsonl
    python scripts/compare_outputs.py before.jsonl after.jsonl

Exit 0 when identical, 1 otherwise (the first differing fields of each article are printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

VOLATILE_META = ("seconds", "stancemap_version", "spacy_version", "model_version")


def _clean(rec: dict[str, Any]) -> dict[str, Any]:
    meta = dict(rec.get("meta") or {})
    for k in VOLATILE_META:
        meta.pop(k, None)
    return {**rec, "meta": meta}


def _diff(a: Any, b: Any, path: str = "") -> list[str]:
    if type(a) is not type(b):
        return [f"{path or '.'}: {a!r:.60} != {b!r:.60}"]
    if isinstance(a, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            out += _diff(a.get(k), b.get(k), f"{path}.{k}")
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)} items"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _diff(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r:.60} != {b!r:.60}"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before")
    ap.add_argument("after")
    args = ap.parse_args(argv)
    with open(args.before, encoding="utf-8") as f:
        before = [_clean(json.loads(line)) for line in f if line.strip()]
    with open(args.after, encoding="utf-8") as f:
        after = [_clean(json.loads(line)) for line in f if line.strip()]
    if len(before) != len(after):
        print(f"{len(before)} articles before, {len(after)} after")
        return 1
    changed = 0
    for x, y in zip(before, after):
        d = _diff(x, y)
        if d:
            changed += 1
            print(f"{x.get('id')}: {len(d)} difference(s); first: {'; '.join(d[:3])}")
    print(f"{len(before)} articles, {changed} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
