"""Evaluation of event coding against gold JSONL (``{id, text, events: [{source, target, code}]}``).

Scoring reproduces the reference scorer (``shared/tools/score_events.py``): per record, the
multisets of (code), (root), (source, target, root) and (source[:3], target[:3], root) of gold
and predicted events are matched, empty gold actors (and "---" countries at the dyad3 level)
matching anything; precision, recall and F1 are micro-averaged over records.

The code compared is the CAMEO code for CAMEO gold, and the PLOVER type for PLOVER gold (the
``plover`` field of our events, as ``to_scorer.py plover`` does). Gold from the PLOVER 0.5
draft (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) is also scored with our CAMEO codes mapped to
that vocabulary (``plover_0.5`` block), since our ``plover`` field follows the 2021 types.
Extra numbers: root macro-F1 (over gold roots), and the UniversalPetrarch-style shares of
gold events found (correct) and of predictions without a gold match (extra), at root level.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..ontology import plover_type
from ..settings import Settings
from .common import read_jsonl
from .split import check_part, render_parts, scored_parts

__all__ = ["LEVELS", "keyset", "match", "score", "predictions", "load_gold", "run", "render"]

LEVELS = ("code", "root", "dyad+root", "dyad3+root")


def _root(c: str | None) -> str | None:
    return c[:2] if c and c[:2].isdigit() else c


def _cc(a: str | None) -> str:
    return "*" if not a or a.startswith("---") else a[:3]


def keyset(events: Iterable[Mapping[str, Any]], level: str) -> Counter[tuple[str | None, ...]]:
    """The multiset of match keys of events at one level."""
    out: Counter[tuple[str | None, ...]] = Counter()
    for e in events:
        c = e.get("code")
        if level == "code":
            out[(c,)] += 1
        elif level == "root":
            out[(_root(c),)] += 1
        elif level == "dyad3+root":
            out[(_cc(e.get("source")), _cc(e.get("target")), _root(c))] += 1
        else:
            out[(e.get("source") or "*", e.get("target") or "*", _root(c))] += 1
    return out


def match(gold: Counter[tuple[str | None, ...]], pred: Counter[tuple[str | None, ...]]) -> int:
    """Greedy matching count; "*" in a gold key matches anything (as the reference scorer)."""
    tp, p = 0, pred.copy()
    for k, n in gold.items():
        for _ in range(n):
            hit = next((q for q in p if p[q] > 0 and all(a == "*" or a == b for a, b in zip(k, q))), None)
            if hit:
                p[hit] -= 1
                tp += 1
    return tp


def _prf(tp: int, ng: int, npred: int) -> dict[str, float | int]:
    pr = tp / npred if npred else 0.0
    rc = tp / ng if ng else 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return {"gold": ng, "pred": npred, "tp": tp, "precision": round(pr, 4), "recall": round(rc, 4),
            "f1": round(f1, 4)}


def score(gold: Mapping[str, Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """P/R/F1 per level plus root macro-F1 and correct/extra shares.

    Args:
        gold: record id -> {"events": [{source, target, code}]}.
        pred: record id -> {"events": [...]} (missing ids count as no predictions).
    """
    out: dict[str, Any] = {}
    for level in LEVELS:
        tp = ng = npred = 0
        for rid, g in gold.items():
            gs = keyset(g["events"], level)
            ps = keyset(pred.get(rid, {}).get("events", []), level)
            tp += match(gs, ps)
            ng += sum(gs.values())
            npred += sum(ps.values())
        out[level] = _prf(tp, ng, npred)
    # per-root scores for the macro average
    per: dict[str, list[int]] = {}
    for rid, g in gold.items():
        gs = keyset(g["events"], "root")
        ps = keyset(pred.get(rid, {}).get("events", []), "root")
        for (r,), n in gs.items():
            row = per.setdefault(str(r), [0, 0, 0])
            row[0] += min(n, ps.get((r,), 0))
            row[1] += n
        for (r,), n in ps.items():
            per.setdefault(str(r), [0, 0, 0])[2] += n
    gold_roots = {r: v for r, v in per.items() if v[1]}
    f1s = [_prf(*v)["f1"] for v in gold_roots.values()]
    out["root_macro_f1"] = round(sum(f1s) / len(f1s), 4) if f1s else 0.0
    out["per_root"] = {r: _prf(*per[r]) for r in sorted(per)}
    root = out["root"]
    out["correct_share"] = root["recall"]
    out["extra_share"] = round((root["pred"] - root["tp"]) / root["pred"], 4) if root["pred"] else 0.0
    return out


def predictions(articles: Iterable[Mapping[str, Any]], field: str = "cameo") -> dict[str, dict[str, Any]]:
    """Scorer predictions from article dicts (the JSON contract), as ``to_scorer.py`` makes them.

    ``field`` is "cameo", "plover", or "plover_0.5" (CAMEO codes mapped to the 0.5 vocabulary).
    """
    out: dict[str, dict[str, Any]] = {}
    for r in articles:
        acts = {a.get("id"): a for a in r.get("actors", [])}
        evs = []
        for e in r.get("events", []):
            def code(key: str, ref: str, e: Mapping[str, Any] = e,
                     acts: Mapping[Any, Any] = acts) -> str | None:
                if e.get(key):
                    return str(e[key])
                a = acts.get(e.get(ref))
                return (a or {}).get("code")
            if field == "plover_0.5":
                value = plover_type(e["cameo"], "0.5") if e.get("cameo") else None
            else:
                value = e.get(field) or (e.get("code") if field == "cameo" else None)
            if isinstance(value, dict):
                value = value.get("type") or value.get("event_type")
            if field.startswith("plover") and value:
                value = str(value).upper()
            evs.append({"source": code("source_code", "source"), "target": code("target_code", "target"),
                        "code": value})
        out[str(r.get("id"))] = {"events": evs}
    return out


def load_gold(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold records of an events JSONL file (validated: id, text, events)."""
    return read_jsonl(path, required=("id", "text", "events"), limit=limit)


def _kind(rows: list[dict[str, Any]]) -> str:
    onto = str(rows[0].get("ontology") or "") if rows else ""
    if onto.upper().startswith("PLOVER"):
        return "plover"
    codes = [e.get("code") for r in rows for e in r["events"]]
    return "cameo" if all(c is None or str(c)[:2].isdigit() for c in codes) else "plover"


def run(gold: str | Path, *, settings: Settings | None = None, limit: int | None = None,
        articles: list[dict[str, Any]] | None = None, part: str = "all") -> dict[str, Any]:
    """Analyse the gold texts and score the events (``articles``: precomputed article dicts).

    ``part``: "all" (top level; the study and sealed parts under ``parts``), "study" or "sealed"
    (see :mod:`stancemap.eval.split`).
    """
    import time

    check_part(part)
    rows = load_gold(gold, limit)
    kind = _kind(rows)
    t0 = time.perf_counter()
    if articles is None:
        from ..api import analyze_many

        items = [{"id": r["id"], "text": r["text"], **({"date": str(r["date"])} if r.get("date") else {})}
                 for r in rows]
        articles = [a.to_dict(include_text=False) for a in analyze_many(items, settings=settings)]
    seconds = time.perf_counter() - t0
    onto = str(rows[0].get("ontology") or "") if rows else ""
    preds = predictions(articles, kind)
    preds05 = predictions(articles, "plover_0.5") if kind == "plover" and onto.startswith("PLOVER-0.") else None

    def metrics(sub: Sequence[dict[str, Any]]) -> dict[str, Any]:
        gold_map = {r["id"]: r for r in sub}
        out: dict[str, Any] = {"records": len(sub), "scores": score(gold_map, preds)}
        if preds05 is not None:
            out["scores_plover_0.5"] = score(gold_map, preds05)
        return out

    result: dict[str, Any] = {"task": "events", "gold": str(gold), "kind": kind, "seconds": round(seconds, 2),
                              **scored_parts(rows, metrics, part)}
    result["anchors"] = {"UniversalPetrarch": {"correct": 0.681, "extra": 0.231},
                         "NLI zero-shot PLOVER coder": {"root_macro_f1": 0.82}}
    return result


def _table(scores: dict[str, Any]) -> list[str]:
    lines = [f"{'level':11s} {'gold':>5s} {'pred':>5s} {'tp':>5s}  {'P':>6s} {'R':>6s} {'F1':>6s}"]
    for level in LEVELS:
        s = scores[level]
        lines.append(f"{level:11s} {s['gold']:5d} {s['pred']:5d} {s['tp']:5d}  "
                     f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}")
    lines.append(f"root macro-F1 {scores['root_macro_f1']:.3f}   correct {scores['correct_share']:.1%}"
                 f"   extra {scores['extra_share']:.1%}")
    return lines


def render(result: dict[str, Any]) -> str:
    """Plain-text tables of a :func:`run` result: study part, sealed part, all."""
    return render_parts(result, _render_one)


def _render_one(result: dict[str, Any]) -> str:
    lines = [f"events: {result['gold']} ({result['kind']}, {result['records']} records, "
             f"{result['seconds']} s)"]
    lines += _table(result["scores"])
    if "scores_plover_0.5" in result:
        lines.append("with our CAMEO codes in the PLOVER 0.5 vocabulary of the gold:")
        lines += _table(result["scores_plover_0.5"])
    lines.append("anchors: UniversalPetrarch 68.1% correct / 23.1% extra; NLI zero-shot root macro-F1 0.82")
    return "\n".join(lines)
