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

Gold whose events mark a ``source_span`` and ``target_span`` (the plover_zsp sets) is scored with
the pair protocol instead (:func:`score_pairs`, as ``shared/tools/score_event_pairs.py``): pair
recall, type accuracy on covered pairs, end-to-end accuracy and macro-F1 with uncovered pairs as
NONE, reported for the whole file and for its study and sealed parts (:func:`split_part`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..ontology import plover_type
from ..settings import Settings
from .common import read_jsonl
from .split import PAIR_SEALED_SHARE as SEALED_SHARE
from .split import check_part, render_parts, scored_parts
from .split import pair_part as split_part

__all__ = ["LEVELS", "keyset", "match", "score", "predictions", "load_gold", "run", "render", "score_pairs",
           "split_part", "is_pair_gold", "PARTS"]

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


PARTS = ("all", "study", "sealed")
_PAIR_MAP = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def is_pair_gold(rows: list[dict[str, Any]]) -> bool:
    """Whether gold records mark source and target spans (the pair protocol)."""
    evs = [e for r in rows for e in r.get("events", [])]
    return bool(evs) and all(isinstance(e, dict) and "source_span" in e and "target_span" in e for e in evs)


def _ptype(e: Mapping[str, Any]) -> str | None:
    v = e.get("plover")
    if isinstance(v, dict):
        v = v.get("type") or v.get("event_type")
    v = str(v or "").upper()
    return _PAIR_MAP.get(v, v) or None


def _spans_of(actor: Mapping[str, Any], acts: Mapping[Any, Mapping[str, Any]]) -> list[tuple[int, int]]:
    out = [(m["start"], m["end"]) for m in actor.get("mentions", []) if m.get("start") is not None]
    for mid in actor.get("members") or []:
        if mid in acts:
            out += [(m["start"], m["end"]) for m in acts[mid].get("mentions", []) if m.get("start") is not None]
    return out


def _hits(sp: list[tuple[int, int]], span: list[int]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in sp)


def pair_type(ge: Mapping[str, Any], article: Mapping[str, Any]) -> str | None:
    """The PLOVER type our events give the gold pair ``ge`` (``source_span``, ``target_span``,
    ``code``) of ``article`` (the JSON contract): the gold code when one covering event has it,
    else the last covering event's type ("NONE" for an untyped one), None when no event covers it."""
    acts = {a["id"]: a for a in article.get("actors", [])}
    got = None
    for e in article.get("events", []):
        s, t = acts.get(e.get("source")), acts.get(e.get("target"))
        if s and t and _hits(_spans_of(s, acts), ge["source_span"]) \
                and _hits(_spans_of(t, acts), ge["target_span"]):
            got = _ptype(e) or "NONE"
            if got == ge["code"]:
                break
    return got


def score_pairs(gold_rows: Iterable[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The pair protocol of ``score_event_pairs.py``, computed the same way.

    Args:
        gold_rows: gold records ``{id, events: [{source_span, target_span, code}]}``.
        pred: record id -> article dict (the JSON contract: ``actors``, ``events``).
    """
    n = covered = right = 0
    pairs: list[tuple[str, str]] = []
    for g in gold_rows:
        r = pred.get(g["id"], {})
        for ge in g["events"]:
            n += 1
            got = pair_type(ge, r)
            if got is not None:
                covered += 1
                right += got == ge["code"]
            pairs.append((ge["code"], got or "NONE"))
    types = sorted({g for g, _ in pairs})
    f1s = []
    per_type = {}
    for ty in types:
        tp = sum(1 for g, p in pairs if g == ty and p == ty)
        fp = sum(1 for g, p in pairs if g != ty and p == ty)
        fn = sum(1 for g, p in pairs if g == ty and p != ty)
        pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * pr * rc / max(1e-9, pr + rc)
        f1s.append(f1)
        per_type[ty] = {"gold": tp + fn, "tp": tp, "fp": fp, "f1": round(f1, 4)}
    conf = Counter((g, p) for g, p in pairs if g != p)
    return {
        "pairs": n, "covered": covered,
        "pair_recall": covered / max(1, n),  # unrounded: printed as the reference scorer prints them
        "type_acc_on_covered": right / max(1, covered),
        "accuracy": right / max(1, n),
        "macro_f1": sum(f1s) / max(1, len(f1s)),
        "types": len(types),
        "per_type": per_type,
        "confusions": [[g, p, c] for (g, p), c in conf.most_common(8)],
    }


def _run_pairs(rows: list[dict[str, Any]], articles: list[dict[str, Any]], part: str = "all") -> dict[str, Any]:
    """Pair-protocol scores of each part ("all": study, sealed and all; else the one part)."""
    pred = {str(a.get("id")): a for a in articles}
    out = {}
    for name in (PARTS if part == "all" else (part,)):
        sel = [r for r in rows if name == "all" or split_part(r["id"]) == name]
        out[name] = {"records": len(sel), **score_pairs(sel, pred)}
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
        articles: list[dict[str, Any]] | None = None, pairs: bool | None = None,
        part: str = "all") -> dict[str, Any]:
    """Analyse the gold texts and score the events (``articles``: precomputed article dicts).

    ``pairs``: use the pair protocol (None: when the gold marks source and target spans; it
    reports every part). ``part``: "all" (top level; the study and sealed parts under
    ``parts``), "study" or "sealed" (see :mod:`stancemap.eval.split`).
    """
    import time

    check_part(part)
    rows = load_gold(gold, limit)
    if pairs is None:
        pairs = is_pair_gold(rows)
    kind = "pairs" if pairs else _kind(rows)
    t0 = time.perf_counter()
    if articles is None:
        from ..api import analyze_many

        todo = rows if not pairs or part == "all" else [r for r in rows if split_part(r["id"]) == part]
        items = [{"id": r["id"], "text": r["text"], **({"date": str(r["date"])} if r.get("date") else {})}
                 for r in todo]  # (the pair protocol scores only the chosen part: analyse only it)
        articles = [a.to_dict(include_text=False) for a in analyze_many(items, settings=settings)]
    seconds = time.perf_counter() - t0
    if pairs:
        if not is_pair_gold(rows):
            from ..errors import EvalError

            raise EvalError(f"{gold}: --pairs needs events with source_span and target_span")
        return {"task": "events", "gold": str(gold), "kind": "pairs", "part": part, "records": len(rows),
                "seconds": round(seconds, 2), "split": {"method": "sha256(id) < 0.3 of 2^32 -> sealed",
                                                         "sealed_share": SEALED_SHARE},
                "pairs": _run_pairs(rows, articles, part),
                "anchors": {"ZSP NLI tree query (roberta-large-mnli, gold pair given)": {"macro_f1": 0.8}}}
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


def render_pairs(result: dict[str, Any]) -> str:
    """The pair-protocol result in the reference scorer's words, per part."""
    lines = [f"events (pair protocol): {result['gold']} ({result['records']} records, {result['seconds']} s)"]
    for part, s in result["pairs"].items():  # (only the chosen part, for --part study / sealed)
        lines.append(f"[{part}: {s['records']} records]")
        lines.append(f"pairs={s['pairs']} covered={s['covered']} pair-recall={s['pair_recall']:.3f} "
                     f"type-acc-on-covered={s['type_acc_on_covered']:.3f}")
        lines.append(f"end-to-end accuracy={s['accuracy']:.3f} macro-F1={s['macro_f1']:.3f} "
                     f"(types={s['types']}; uncovered pairs count as NONE)")
        lines.append("most frequent confusions (gold -> predicted): "
                     + ", ".join(f"{g}->{p} x{c}" for g, p, c in s["confusions"]))
    lines.append("anchor: ZSP NLI tree query (given the gold pair) macro-F1 about 0.8 on its test split")
    return "\n".join(lines)


def render(result: dict[str, Any]) -> str:
    """Plain-text tables of a :func:`run` result: study part, sealed part, all."""
    if result.get("kind") == "pairs":
        return render_pairs(result)
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
