"""List the speaker-name errors of the STUDY part of a PolNeAR-style gold file, for error analysis.

    PYTHONPATH=src python scripts/speaker_errors.py --gold ../shared/eval/quotes/polnear_train.jsonl \
        --out /tmp/train_study_speakers.jsonl [--every 3] [--limit 100]

Only records of the study part (``stancemap.eval.split``) are read past their id: the sealed part
is never analysed, printed or written. For every gold speech attribution with a speaker span and a
``resolved`` name, the row holds the gold speaker text, the resolved name, the actor we have at the
span (``eval.actors`` rule), its mention kind there, whether the name matches, and the sentence
around the span. The summary printed at the end counts errors by a rough first class (pronoun
speaker, no actor at the span, a person against an organisation, ...); the classes of the report
are assigned by reading the rows.

``--every K`` keeps every K-th study record (a spread over the publishers, whose articles the file
keeps together); ``--limit N`` stops after N study records.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from stancemap.api import analyze_many
from stancemap.eval.actors import actor_at_chars, mention_index
from stancemap.eval.common import name_eq, read_jsonl
from stancemap.eval.split import part_of, record_id
from stancemap.settings import Settings


def _sentence(text: str, start: int, end: int, width: int = 220) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace("\n", " ")


def first_class(row: dict[str, Any]) -> str:
    if row["ok"]:
        return "ok"
    if row["is_pronoun"]:
        return "pronoun:" + ("unresolved" if row["actor"] is None else "other actor")
    if row["actor"] is None:
        return "name:no actor at span"
    return f"name:{row['kind']}:{row['type']}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True, help="JSONL of every scored speaker (study part only)")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)
    recs = [r for r in read_jsonl(args.gold, required=("text",)) if part_of(record_id(r)) == "study"]
    recs = recs[:: max(1, args.every)][: args.limit]
    items = [{"id": record_id(r), "text": r["text"], "date": r.get("date")} for r in recs]
    settings = Settings(progress=False)
    rows: list[dict[str, Any]] = []
    for rec, art in zip(recs, analyze_many(items, settings=settings)):
        actors = list(art.actors)
        by_id = {a.id: a for a in actors}
        mentions = mention_index(actors)
        kinds = {(m.start, m.end, a.id): m.kind for a in actors for m in a.mentions}
        for q in rec.get("quotes", []):
            sp = q.get("speaker")
            if not q.get("is_speech_verb") or not sp or not sp.get("resolved"):
                continue
            aid = actor_at_chars(mentions, sp["start"], sp["end"])
            act = by_id.get(aid) if aid else None
            kind = None
            if act is not None:
                kind = next((k for (s, e, i), k in kinds.items() if i == aid and s < sp["end"] and e > sp["start"]),
                            None)
            name = act.name if act else sp["text"]
            rows.append({
                "doc": record_id(rec), "start": sp["start"], "end": sp["end"], "text": sp["text"],
                "resolved": sp["resolved"], "is_pronoun": bool(sp.get("is_pronoun")),
                "actor": aid, "name": name, "type": act.type if act else None, "kind": kind,
                "cue": (q.get("cue") or {}).get("text"), "qtype": q.get("type"),
                "ok": name_eq(sp["resolved"], name), "context": _sentence(rec["text"], sp["start"], sp["end"]),
                "content": (q.get("content") or {}).get("spans"),
                "actor_spans": [(m.start, m.end, m.kind) for m in act.mentions] if act else [],
                "gold_named": any(name_eq(sp["resolved"], a.name) for a in actors),
            })
    with Path(args.out).open("w", encoding="utf-8") as fh:
        for r in rows:
            r["class"] = first_class(r)
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(rows)
    good = sum(r["ok"] for r in rows)
    pron = [r for r in rows if r["is_pronoun"]]
    print(f"study records {len(recs)}, speakers {n}, accuracy {good / max(1, n):.3f}; "
          f"pronouns {len(pron)} {sum(r['ok'] for r in pron) / max(1, len(pron)):.3f}")
    for cls, c in Counter(r["class"] for r in rows if not r["ok"]).most_common():
        print(f"  {c:5d}  {cls}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
