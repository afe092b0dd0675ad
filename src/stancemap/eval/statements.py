"""Evaluation of the statements stage against PolNeAR-style quote gold (``eval/quotes``).

The protocol is the one of the reference scorer (``shared/tools/score_quotes.py``): a
prediction matches a gold attribution when the share of the gold content characters it
covers reaches the threshold (0.3, 0.8, or exact equality); matches are one-to-one, best
overlap first; predictions overlapping a gold attribution outside the filter are ignored;
speaker accuracy is counted among matches, by span overlap and by name (titles dropped,
one name containing the other). Predicted speaker names are the resolved actor's name,
else the speaker text, as in ``shared/tools/to_scorer.py``.

Rows: ``direct+mixed`` (speech cues, direct and mixed gold) and ``all`` (speech cues, all
kinds), plus ``all_incl_beliefs`` (every gold attribution).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..settings import Settings
from .common import name_eq, read_jsonl
from .split import check_part, render_parts, scored_parts

__all__ = ["run", "render", "score", "predictions", "analyze_gold", "read_gold", "name_eq", "ROWS",
           "THRESHOLDS"]

THRESHOLDS = (0.3, 0.8, 1.0)

#: name -> (gold types, speech verbs only)
ROWS: dict[str, tuple[frozenset[str], bool]] = {
    "direct+mixed": (frozenset({"direct", "mixed"}), True),
    "all": (frozenset({"direct", "mixed", "indirect"}), True),
    "all_incl_beliefs": (frozenset({"direct", "mixed", "indirect"}), False),
}

def _chars(spans: Iterable[Sequence[int]]) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        out.update(range(a, b))
    return out


def read_gold(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold records of a quotes JSONL file."""
    out = read_jsonl(path, required=("text", "quotes"), limit=limit)
    for rec in out:
        rec.setdefault("doc_id", rec.get("id") or f"doc{rec['_line']}")
    return out


def predictions(article: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Scorer quotes from one article dict (``Article.to_dict()``), as to_scorer.py makes them."""
    acts = {a.get("id"): a for a in article.get("actors", [])}
    out = []
    for s in article.get("statements", []):
        sp = s.get("speaker") or {}
        actor = acts.get(sp.get("actor")) if sp.get("actor") is not None else None
        name = (actor or {}).get("name") or sp.get("text")
        spans = (s.get("content") or {}).get("spans") or []
        out.append({"content": {"spans": [list(x) for x in spans]}, "type": s.get("kind"),
                    "speaker": {"start": sp.get("start"), "end": sp.get("end"), "resolved": name}
                    if sp else None})
    return out


def _score_threshold(gold: Sequence[Mapping[str, Any]], preds: Mapping[str, list[dict[str, Any]]],
                     types: frozenset[str], speech_only: bool, thr: float) -> dict[str, Any]:
    tp = fp = fn = 0
    sp_span = sp_name = sp_total = sp_name_total = 0
    pr_name = pr_total = 0
    for g in gold:
        quotes = g["quotes"]
        keep = [q["type"] in types and (q["is_speech_verb"] or not speech_only) for q in quotes]
        gq = [q for q, k in zip(quotes, keep) if k]
        excl = [_chars(q["content"]["spans"]) for q, k in zip(quotes, keep) if not k]
        pq = preds.get(g["doc_id"], [])
        pcs = [_chars(p["content"]["spans"]) for p in pq]
        pairs = []
        for i, G in enumerate(gq):
            gc = _chars(G["content"]["spans"])
            for j, pc in enumerate(pcs):
                ov = len(gc & pc) / max(1, len(gc))
                ok = (gc == pc) if thr == 1.0 else ov >= thr
                if ok:
                    pairs.append((ov, i, j))
        pairs.sort(reverse=True)
        ug: set[int] = set()
        up: set[int] = set()
        for _ov, i, j in pairs:
            if i in ug or j in up:
                continue
            ug.add(i)
            up.add(j)
            tp += 1
            gs, ps = gq[i]["speaker"], pq[j].get("speaker")
            if gs:
                sp_total += 1
                if gs.get("resolved"):
                    sp_name_total += 1
                    pron = bool(gs.get("is_pronoun"))
                    pr_total += pron
                if ps:
                    if ps.get("start") is not None and ps["start"] < gs["end"] and gs["start"] < ps["end"]:
                        sp_span += 1
                    if gs.get("resolved"):
                        hit = name_eq(gs["resolved"], ps.get("resolved"))
                        sp_name += hit
                        pr_name += hit and pron
        fn += len(gq) - len(ug)
        for j, pc in enumerate(pcs):
            if j in up:
                continue
            if any(pc & e for e in excl):
                continue
            fp += 1
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f = 2 * p * r / max(1e-9, p + r)
    return {"threshold": "exact" if thr == 1.0 else thr,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "tp": tp, "fp": fp, "fn": fn,
            "speaker_span_acc": round(sp_span / max(1, sp_total), 3), "speaker_n": sp_total,
            "speaker_name_acc": round(sp_name / max(1, sp_name_total), 3), "speaker_name_n": sp_name_total,
            "pronoun_name_acc": round(pr_name / max(1, pr_total), 3), "pronoun_name_n": pr_total}


def score(gold: Sequence[Mapping[str, Any]], preds: Mapping[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """All rows and thresholds for gold records and scorer predictions keyed by doc_id."""
    return {name: [_score_threshold(gold, preds, types, speech, thr) for thr in THRESHOLDS]
            for name, (types, speech) in ROWS.items()}


def analyze_gold(recs: Sequence[Mapping[str, Any]], *, settings: Settings | None = None
                 ) -> dict[str, dict[str, Any]]:
    """Analyse gold records' texts with the full pipeline: article dicts keyed by doc_id."""
    from ..api import analyze_many

    settings = (settings or Settings()).replace(progress=False)
    items = [{"id": r["doc_id"], "text": r["text"], "date": _date(r.get("date"))} for r in recs]
    return {art.id: art.to_dict(include_text=False) for art in analyze_many(items, settings=settings)}


def run(gold: str | Path, *, settings: Settings | None = None, limit: int | None = None,
        part: str = "all") -> dict[str, Any]:
    """Analyse the gold texts with the full pipeline and score the statements.

    ``part``: "all" (top level; the study and sealed parts under ``parts``), "study" or "sealed"
    (see :mod:`stancemap.eval.split`).
    """
    check_part(part)
    recs = read_gold(gold, limit)
    arts = analyze_gold(recs, settings=settings)
    preds = {doc_id: predictions(d) for doc_id, d in arts.items()}

    def metrics(sub: Sequence[dict[str, Any]]) -> dict[str, Any]:
        return {"articles": len(sub), "statements": sum(len(preds.get(r["doc_id"], [])) for r in sub),
                "rows": score(sub, preds)}

    return {"task": "statements", "gold": str(gold), **scored_parts(recs, metrics, part)}


def _date(d: Any) -> str | None:
    if not d:
        return None
    s = str(d)
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}" if len(s) == 8 and s.isdigit() else s


def render(result: dict[str, Any]) -> str:
    """Plain-text tables of a ``run`` result: study part, sealed part, all."""
    return render_parts(result, _render_one)


def _render_one(result: dict[str, Any]) -> str:
    lines = [f"statements: {result.get('articles')} articles, {result.get('statements')} predicted statements",
             f"{'row':<17} {'thr':>5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
             f" {'spk-span':>8} {'spk-name':>8} {'pron-name':>9}"]
    for name, rows in result["rows"].items():
        for r in rows:
            thr = r["threshold"]
            lines.append(f"{name:<17} {thr!s:>5} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}"
                         f" {r['tp']:>5} {r['fp']:>5} {r['fn']:>5} {r['speaker_span_acc']:>8.3f}"
                         f" {r['speaker_name_acc']:>8.3f} {r['pronoun_name_acc']:>9.3f}")
    return "\n".join(lines)
