#!/usr/bin/env python3
"""Score the whole event stage on marked sentences written for the project, with the pair protocol.

The sentences use the training format of ``data/cameo/relation_examples.tsv`` (``TYPE<tab>sentence``
with the source in ``{{...}}`` and the target in ``[[...]]``); ``tests/data/event_types_heldout.tsv``
holds sentences that are never trained on. Each sentence is analysed as an article and scored like
the real-news pair set (``stancemap eval events --pairs``): pair recall, type accuracy on covered
pairs, end-to-end macro-F1 (uncovered pairs count as NONE). Sentences labelled NONE are not pairs;
the number of them that still get an event between the marked parties is printed.

    PYTHONPATH=src python scripts/eval_event_types.py tests/data/event_types_heldout.tsv
"""

from __future__ import annotations

import argparse
import sys

from stancemap.api import analyze_many
from stancemap.eval.events import _hits, _spans_of, pair_type, score_pairs
from stancemap.nlp.events.training import read_examples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("examples", help="TSV of TYPE<tab>sentence with {{source}} and [[target]]")
    ap.add_argument("--per-type", action="store_true", help="also print F1 per type (with tp/gold and fp)")
    ap.add_argument("--misses", action="store_true",
                    help="also print each sentence whose pair is missed or mistyped, with the events found")
    args = ap.parse_args(argv)
    exs = read_examples(args.examples)
    gold = [{"id": f"x{i}", "text": e.text,
             "events": [{"source_span": list(e.source), "target_span": list(e.target), "code": e.label}]}
            for i, e in enumerate(exs) if e.label != "NONE"]
    nones = [(f"n{i}", e) for i, e in enumerate(exs) if e.label == "NONE"]
    items = [{"id": g["id"], "text": g["text"]} for g in gold] + [{"id": k, "text": e.text} for k, e in nones]
    arts = {str(a.id): a.to_dict(include_text=False) for a in analyze_many(items)}
    s = score_pairs(gold, arts)
    false_events = 0
    for k, e in nones:
        acts = {a["id"]: a for a in arts[k].get("actors", [])}
        if any(acts.get(ev.get("source")) and acts.get(ev.get("target"))
               and _hits(_spans_of(acts[ev["source"]], acts), list(e.source))
               and _hits(_spans_of(acts[ev["target"]], acts), list(e.target)) for ev in arts[k].get("events", [])):
            false_events += 1
    print(f"{args.examples}: pairs={s['pairs']} covered={s['covered']} pair-recall={s['pair_recall']:.3f} "
          f"type-acc-on-covered={s['type_acc_on_covered']:.3f} end-to-end accuracy={s['accuracy']:.3f} "
          f"macro-F1={s['macro_f1']:.3f} (types={s['types']})")
    print(f"NONE sentences with an event between the marked parties: {false_events} of {len(nones)}")
    if args.misses:
        for g in gold:
            _print_miss(g, arts[g["id"]])
    if args.per_type:
        print("per type F1: " + "  ".join(f"{t}:{v['f1']:.2f}({v['tp']}/{v['gold']},fp{v['fp']})"
                                          for t, v in sorted(s["per_type"].items())))
    return 0


def _print_miss(g: dict, art: dict) -> None:
    acts = {a["id"]: a for a in art.get("actors", [])}
    ge = g["events"][0]
    got = pair_type(ge, art)
    if got == ge["code"]:
        return
    evs = "; ".join(f"{ev.get('cameo')}:{(acts.get(ev.get('source')) or {}).get('name')}->"
                    f"{(acts.get(ev.get('target')) or {}).get('name')}" for ev in art.get("events", []))
    print(f"{ge['code']}->{got or 'NONE'}\t{g['text']}\n   events: {evs}")


if __name__ == "__main__":
    sys.exit(main())
