"""Evaluation of stances and alignments against the stance gold (``eval/stances``).

The protocol is the one of the reference scorer (``shared/tools/score_stances.py``):

- a predicted stance matches a gold stance when the polarity is equal (or opposite when the
  gold target is headed by a negating word such as "ending"/"lifting" that the prediction
  does not carry), the holder agrees (the predicted actor's name shares a capitalised or
  content word with the gold holder, titles aside, or its country equals the gold
  ``holder_country``), and the prediction's text (proposition, issue, issue label and target
  together) shares a content word with the gold target, at least a quarter of its own;
- an alignment matches on the unordered actor pair (names as above, no country) and the
  polarity; its sides are read from ``actors`` first (each side's actor name and its mention in
  the evidence sentence, :class:`stancemap.records.AlignedActor`), else from the ids ``a`` and
  ``b`` (the actor's name and its longest name in the article);
- greedy one-to-one per sentence, in gold order; predictions on negative sentences are
  false positives. P/R/F1 for both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..settings import Settings
from .common import read_jsonl
from .split import check_part, render_parts, scored_parts

__all__ = ["run", "render", "score", "score_record", "read_gold", "holder_matches", "target_matches"]

# words that only describe a role; they do not identify a holder
_ROLE_WORDS = frozenset(
    """president prime minister foreign defence defense secretary general senior official officials
    government spokesman spokeswoman spokesperson leader chief deputy ambassador envoy state ministry
    king queen premier chancellor vice mr mrs ms dr the""".split()
)
_FUNCTION = frozenset("the a an of to in on and or for with by at from its their his her that this be is are "
                      "was were as over into against about".split())
_NEGATORS = frozenset(
    """ending end lifting lift cancelling canceling cancel cancellation withdrawal withdrawing withdraw
    stopping stop halting halt removal removing abolishing suspension suspending easing ease dropping""".split()
)


def _content(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if len(w) > 2 and w not in _FUNCTION}


def _capitalised(text: str | None) -> set[str]:
    t = re.sub(r"\b([A-Z])\.(?=[A-Z]\.?)", r"\1", text or "")  # U.S. -> US
    t = t.replace(".", " ")
    return {w.lower() for w in re.findall(r"\b[A-Z][\w'-]+", t)}


def holder_matches(actor: Mapping[str, Any] | None, gold_holder: str, gold_country: str | None) -> bool:
    """Does a predicted actor stand for the gold holder (name word or country)?"""
    if not actor:
        return False
    if gold_country and actor.get("country") == gold_country:
        return True
    name = " ".join(x for x in (actor.get("name"), actor.get("text")) if x)
    wanted = (_capitalised(gold_holder) | _content(gold_holder)) - _ROLE_WORDS
    if not wanted:
        return bool(_content(name) & _content(gold_holder))
    return bool((_capitalised(name) | _content(name)) & wanted)


def _sign(value: Any) -> int:
    try:
        return 1 if float(value) > 0 else -1
    except (TypeError, ValueError):
        return {"support": 1, "agree": 1, "oppose": -1, "disagree": -1}.get(str(value).lower(), 0)


def _polarity_matches(pred: int, pred_text: str, gold: Mapping[str, Any]) -> bool:
    if pred == gold["polarity"]:
        return True
    first = re.findall(r"[a-z]+", str(gold["target"]).lower())[:1]
    head = first[0] if first else ""
    return head in _NEGATORS and head not in set(re.findall(r"[a-z]+", pred_text.lower()))


def _stance_text(st: Mapping[str, Any]) -> str:
    return " ".join(str(st.get(k) or "") for k in ("proposition", "issue", "issue_label", "target"))


def target_matches(pred_text: str, gold_target: str) -> bool:
    """Shared content word(s), at least a quarter of the prediction's own."""
    mine = _content(pred_text)
    shared = mine & _content(gold_target)
    return bool(shared) and len(shared) >= 0.25 * len(mine)


def _pair(al: Mapping[str, Any]) -> tuple[Any, Any]:
    if isinstance(al.get("actors"), list) and len(al["actors"]) >= 2:
        return al["actors"][0], al["actors"][1]
    for x, y in (("a", "b"), ("source", "target"), ("actor_a", "actor_b")):
        if x in al and y in al:
            return al[x], al[y]
    return None, None


def score_record(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, int]:
    """Counts for one sentence: stance and alignment tp/pred/gold."""
    actors = {a.get("id"): a for a in pred.get("actors", [])}

    def actor_of(x: Any) -> Mapping[str, Any] | None:
        return x if isinstance(x, dict) else actors.get(x)

    c = {"s_tp": 0, "s_pred": 0, "s_gold": 0, "a_tp": 0, "a_pred": 0, "a_gold": 0}
    stances = pred.get("stances", [])
    c["s_pred"], c["s_gold"] = len(stances), len(gold["stances"])
    taken: set[int] = set()
    for g in gold["stances"]:
        for j, st in enumerate(stances):
            if j in taken:
                continue
            text = _stance_text(st)
            if not _polarity_matches(_sign(st.get("polarity")), text, g):
                continue
            if holder_matches(actor_of(st.get("actor")), g["holder"], g.get("holder_country")) and \
                    target_matches(text, g["target"]):
                taken.add(j)
                c["s_tp"] += 1
                break
    aligns = pred.get("alignments", [])
    c["a_pred"], c["a_gold"] = len(aligns), len(gold["alignments"])
    taken = set()
    for g in gold["alignments"]:
        for j, al in enumerate(aligns):
            if j in taken or _sign(al.get("polarity")) != g["polarity"]:
                continue
            x, y = (actor_of(v) for v in _pair(al))
            if (holder_matches(x, g["a"], None) and holder_matches(y, g["b"], None)) or (
                    holder_matches(x, g["b"], None) and holder_matches(y, g["a"], None)):
                taken.add(j)
                c["a_tp"] += 1
                break
    return c


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float | int]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": npred, "gold": ngold}


def score(gold: Sequence[Mapping[str, Any]], preds: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Metrics over gold records and predicted article dicts keyed by id."""
    tot = {"s_tp": 0, "s_pred": 0, "s_gold": 0, "a_tp": 0, "a_pred": 0, "a_gold": 0}
    for g in gold:
        c = score_record(g, preds.get(g["id"], {}))
        for k, v in c.items():
            tot[k] += v
    return {
        "stances": _prf(tot["s_tp"], tot["s_pred"], tot["s_gold"]),
        "alignments": _prf(tot["a_tp"], tot["a_pred"], tot["a_gold"]),
        "sentences": len(gold),
    }


def read_gold(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold records of a stance JSONL file (validated: id, text, stances, alignments)."""
    return read_jsonl(path, required=("id", "text", "stances", "alignments"), limit=limit)


def run(gold: str | Path, *, settings: Settings | None = None, limit: int | None = None,
        predictions_out: str | Path | None = None, part: str = "all") -> dict[str, Any]:
    """Analyse the gold sentences with the full pipeline and score them (JSON-able dict).

    ``part``: "all" (top level; the study and sealed parts under ``parts``), "study" or "sealed"
    (see :mod:`stancemap.eval.split`). ``predictions_out`` writes the analysed articles as JSONL.
    """
    from ..api import analyze_many

    check_part(part)
    rows = read_gold(gold, limit)
    items = [{"id": r["id"], "text": r["text"], **({"date": r["date"]} if r.get("date") else {})} for r in rows]
    arts = list(analyze_many(items, settings=settings))
    preds = {a.id: a.to_dict(include_text=False) for a in arts}
    if predictions_out is not None:
        with Path(predictions_out).open("w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps(a.to_dict(include_text=False), ensure_ascii=False) + "\n")
    result = scored_parts(rows, lambda sub: score(sub, preds), part)
    result["gold"] = str(gold)
    return result


def render(result: Mapping[str, Any]) -> str:
    """Plain-text tables of the metrics: study part, sealed part, all."""
    return render_parts(result, _render_one)


def _render_one(result: Mapping[str, Any]) -> str:
    lines = [f"{'':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for k in ("stances", "alignments"):
        m = result[k]
        lines.append(f"{k:12} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f} {m['tp']:5d} {m['pred']:5d} {m['gold']:5d}")
    lines.append(f"sentences: {result.get('sentences', 0)}")
    return "\n".join(lines)
