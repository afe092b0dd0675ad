"""Print the STUDY-part pair-protocol misses of a gold file (never the sealed part).

    PYTHONPATH=src python scripts/study_pair_misses.py GOLD.jsonl [--codes YIELD,AGREE] [--none-only]

For each study record whose gold pair has one of the codes and that the events stage gets wrong:
id, gold code, predicted code (NONE: no event covers the pair), source/target spans, the text and
the events found. The split rule is stancemap.eval.split.part_of, so sealed records are skipped.
"""

from __future__ import annotations

import argparse
import json

from stancemap.api import analyze_many
from stancemap.eval.events import _ptype, pair_type
from stancemap.eval.split import part_of


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--codes", default="YIELD,AGREE")
    ap.add_argument("--none-only", action="store_true")
    a = ap.parse_args()
    codes = set(a.codes.split(","))
    with open(a.gold, encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh if x.strip()]
    rows = [r for r in rows if part_of(r["id"]) == "study" and any(e["code"] in codes for e in r["events"])]
    arts = {a2.id: a2.to_dict(include_text=False) for a2 in analyze_many([{"id": r["id"], "text": r["text"]} for r in rows])}
    n = miss = 0
    for r in rows:
        art = arts.get(r["id"], {})
        acts = {x["id"]: x for x in art.get("actors", [])}
        for ge in r["events"]:
            if ge["code"] not in codes:
                continue
            n += 1
            got = pair_type(ge, art)
            if got == ge["code"] or (a.none_only and got is not None):
                continue
            miss += 1
            txt = r["text"]
            s0, s1 = ge["source_span"]
            t0, t1 = ge["target_span"]
            evs = "; ".join(f"{e.get('trigger', {}).get('text') if isinstance(e.get('trigger'), dict) else e.get('trigger')}:"
                            f"{_ptype(e)}:{(acts.get(e.get('source')) or {}).get('name')}->{(acts.get(e.get('target')) or {}).get('name')}"
                            for e in art.get("events", []))
            print(f"{r['id']}\t{ge['code']}->{got or 'NONE'}\tS={txt[s0:s1]!r} T={txt[t0:t1]!r}\n   {txt}\n   events: {evs}")
    print(f"study pairs with codes {sorted(codes)}: {n}, missed: {miss}")


if __name__ == "__main__":
    main()
