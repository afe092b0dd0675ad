"""Build a PolNeAR-style quotes JSONL file from inline markup (tests/data/quotes_fresh*.jsonl).

Markup: ``[sN speaker]``, ``[cN cue]``, ``[qN content]`` (content may repeat: discontinuous).
After ``---`` one line per attribution: ``N | type | resolved name [| s=M or s=literal] [| c=M]``.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

MARK = re.compile(r"\[([scq])(\w+) ([^\[\]]*)\]")
PRON = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}


def build(block: str) -> dict[str, Any]:
    head, rest = block.split("\n", 1)
    doc_id, date, title = (x.strip() for x in head.split("|"))
    body, meta = rest.split("\n---\n")
    body = body.strip("\n")
    text, spans, pos, last = [], {}, 0, 0
    for m in MARK.finditer(body):
        text.append(body[last:m.start()])
        pos += m.start() - last
        s = pos
        text.append(m.group(3))
        pos += len(m.group(3))
        spans.setdefault((m.group(1), m.group(2)), []).append([s, pos])
        last = m.end()
    text.append(body[last:])
    txt = "".join(text)
    quotes = []
    for line in meta.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        n, typ, resolved = parts[0], parts[1], parts[2] or None
        opts = dict(p.split("=", 1) for p in parts[3:])
        cid = opts.get("c", n)
        cue = spans[("c", cid)][0]
        content = spans[("q", n)]
        sv = opts.get("s", n)
        if ("s", sv) in spans:
            ss, se = spans[("s", sv)][0]
        else:
            ss = txt.rfind(sv, 0, cue[0])
            assert ss >= 0, (doc_id, n, sv)
            se = ss + len(sv)
        stext = txt[ss:se]
        pron = stext.lower() in PRON
        quotes.append({
            "cue": {"text": txt[cue[0]:cue[1]], "spans": [cue]},
            "content": {"text": " ".join(txt[a:b] for a, b in content), "spans": content},
            "type": typ, "is_speech_verb": opts.get("sv", "1") != "0",
            "speaker": {"text": stext, "start": ss, "end": se, "is_pronoun": pron,
                        "mention_name": None if pron else stext, "resolved": resolved,
                        "resolved_by": "hand" if resolved else None}})
    for q in quotes:
        for a, b in q["content"]["spans"] + q["cue"]["spans"]:
            assert 0 <= a < b <= len(txt)
        sp = q["speaker"]
        assert txt[sp["start"]:sp["end"]] == sp["text"]
        assert "[" not in txt and "]" not in txt
    return {"doc_id": doc_id, "publisher": "stancemap", "date": date, "title": title, "text": txt,
            "quotes": quotes}


def main(src: str, out: str) -> None:
    with open(src, encoding="utf-8") as fh:
        blocks = [b for b in fh.read().split("=== ") if b.strip()]
    recs = [build(b) for b in blocks]
    with open(out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    words = [len(r["text"].split()) for r in recs]
    print(len(recs), "articles", sum(len(r["quotes"]) for r in recs), "quotes", "words", words)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
