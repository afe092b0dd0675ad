"""Evaluation of the actors stage: actor codes (PLOVER gold) and speaker names (PolNeAR).

``run(gold)`` looks at the gold records and picks the task:

**Actor codes** (records with ``source_actors``/``target_actors``, e.g. ``plover_gsr.jsonl``).
For every gold actor ``{actorText, code, sector}`` of a record:

1. locate ``actorText`` in the record text (exact, else its first piece before an ellipsis
   "..."/".."); actors that cannot be located are counted in ``unlocated`` and left out;
2. take our mention that overlaps that span most (ties: the earlier mention); its actor is the
   prediction (no overlapping mention = a miss, still in the denominator). Nested ``phrase``
   mentions (a person's whole noun phrase) are used only when no other mention overlaps;
3. **country level**: the first three letters of the gold code against the first three of our
   actor's ``code`` (else its ``country``). Both sides are normalised with ``CODE_ALIASES``
   (CAMEO/KEDS spellings that differ from ISO3 in the gold: JAP->JPN, ITL->ITA, VTN->VNM, ...).
   IGO/NGO/IMG gold codes are compared the same way, so ``IGO`` matches ``IGOUNO``.
4. **country+sector**: country level correct and sectors equal, where the gold sector is
   its first three letters upper-cased (``CVLalb`` -> ``CVL``), missing means no sector, and
   PLOVER's sector names are mapped to CAMEO's (``SECTOR_ALIASES``: PLOVER JRN = CAMEO MED
   for media, PLOVER MED = CAMEO HLH for medical, CIV = CVL). Gold sector ``***`` (unknown) is
   left out of this measure only. Our sector is the actor's ``sector`` (None for states).

**Speaker names** (records with ``quotes``, e.g. ``polnear_dev.jsonl``): for every gold speech
attribution (``is_speech_verb``) with a speaker span and a ``resolved`` name, the actor at the
GOLD speaker span (``actor_at`` rule: a mention containing the span first, then the largest
overlap) gives the predicted name, else the span text. It is correct when, after dropping
leading titles and honorifics (Mr., Sen., President, Foreign Minister, former, the, ...), one
name contains the other, case-insensitively. Reported overall, for pronoun speakers
(``is_pronoun``) and for the rest. This isolates our resolution from statement extraction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..records import Actor
from ..settings import Settings
from .common import name_eq, read_jsonl
from .split import check_part, part_of, record_id, render_parts, scored_parts

__all__ = [
    "CODE_ALIASES",
    "SECTOR_ALIASES",
    "name_eq",
    "mention_index",
    "actor_at_chars",
    "score_codes",
    "score_speakers",
    "run",
    "render",
]

#: Country codes in the gold that differ from our (ISO3 / CAMEO) codes.
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "GER": "DEU", "UK": "GBR",
                "UKG": "GBR", "YUG": "SRB", "SER": "SRB", "XKX": "KSV", "KOS": "KSV", "PAL": "PSE",
                "ZAR": "COD", "TMP": "TLS", "BUR": "MMR"}  # fmt: skip
#: PLOVER gold sector names -> CAMEO sector codes.
SECTOR_ALIASES = {"JRN": "MED", "MED": "HLH", "CIV": "CVL"}

def mention_index(actors: Iterable[Actor]) -> list[tuple[int, int, str]]:
    return sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)


def actor_at_chars(mentions: Sequence[tuple[int, int, str]], start: int, end: int) -> str | None:
    """Same rule as ``nlp.common.extensions.actor_at``, on a plain mention list."""
    best, key = None, (-1, 0)
    for s, e, aid in mentions:
        ov = min(e, end) - max(s, start)
        if ov > 0:
            k = (1 if s <= start and e >= end else 0, ov)
            if k > key:
                key, best = k, aid
    return best


def _norm_country(code: str | None) -> str | None:
    if not code:
        return None
    c = code.strip().upper()[:3]
    return CODE_ALIASES.get(c, c)


def _locate(text: str, actor_text: str) -> tuple[int, int] | None:
    t = actor_text.strip()
    i = text.find(t)
    if i >= 0:
        return i, i + len(t)
    piece = re.split(r"\s*\.{2,}\s*", t)[0].strip(" (")
    if len(piece) >= 2:
        i = text.find(piece)
        if i >= 0:
            return i, i + len(piece)
    return None


def _gold_actors(rec: Mapping[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for key in ("source_actors", "target_actors"):
        v = rec.get(key)
        if isinstance(v, list):
            out.extend(a for a in v if isinstance(a, dict) and a.get("actorText"))
    return out


def score_codes(pairs: Iterable[tuple[Mapping[str, Any], Sequence[Actor]]]) -> dict[str, Any]:
    """Actor-code accuracy over (gold record, our actors) pairs (protocol in the module doc)."""
    n = located = unlocated = found = country_ok = cs_n = cs_ok = 0
    errors: Counter[str] = Counter()
    for rec, actors in pairs:
        by_id = {a.id: a for a in actors}
        mentions = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions if m.kind != "phrase")
        phrases = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions if m.kind == "phrase")
        for g in _gold_actors(rec):
            n += 1
            span = _locate(rec["text"], g["actorText"])
            if span is None:
                unlocated += 1
                continue
            located += 1
            s, e = span
            best, bkey = None, (0, 0)
            for pool in (mentions, phrases):
                for ms, me, aid in pool:
                    ov = min(me, e) - max(ms, s)
                    if ov > 0 and (ov, -ms) > bkey:
                        bkey, best = (ov, -ms), aid
                if best is not None:
                    break
            a = by_id.get(best) if best else None
            gold_c = _norm_country(g.get("code"))
            gsec_raw = (g.get("sector") or "").strip()
            gsec = gsec_raw[:3].upper() or None
            gsec = SECTOR_ALIASES.get(gsec, gsec) if gsec else None
            pred_c = _norm_country(a.code or a.country) if a else None
            if a is not None:
                found += 1
            ok = pred_c is not None and pred_c == gold_c
            country_ok += ok
            if gsec_raw != "***":
                cs_n += 1
                psec = a.sector if a else None
                cs_ok += ok and psec == gsec
            if not ok:
                errors[f"{gold_c} vs {pred_c}"] += 1
    return {
        "actors": n,
        "located": located,
        "unlocated": unlocated,
        "with_mention": found,
        "country_accuracy": round(country_ok / max(1, located), 4),
        "country_sector_n": cs_n,
        "country_sector_accuracy": round(cs_ok / max(1, cs_n), 4),
        "top_country_errors": dict(errors.most_common(10)),
    }


def score_speakers(pairs: Iterable[tuple[Mapping[str, Any], Sequence[Actor]]]) -> dict[str, Any]:
    """Speaker-name accuracy over (gold record, our actors) pairs (protocol in the module doc)."""
    tot = Counter()  # type: Counter[str]
    ok = Counter()  # type: Counter[str]
    resolved = Counter()  # type: Counter[str]
    for rec, actors in pairs:
        by_id = {a.id: a for a in actors}
        mentions = mention_index(actors)
        for q in rec.get("quotes", []):
            sp = q.get("speaker")
            if not q.get("is_speech_verb") or not sp or not sp.get("resolved"):
                continue
            aid = actor_at_chars(mentions, sp["start"], sp["end"])
            name = by_id[aid].name if aid in by_id else sp["text"]
            good = name_eq(sp["resolved"], name)
            for part in ("all", "pronoun" if sp.get("is_pronoun") else "name"):
                tot[part] += 1
                ok[part] += good
                resolved[part] += aid is not None
    out: dict[str, Any] = {}
    for part in ("all", "pronoun", "name"):
        out[part] = {
            "n": tot[part],
            "accuracy": round(ok[part] / max(1, tot[part]), 4),
            "resolved_share": round(resolved[part] / max(1, tot[part]), 4),
        }
    return out


def _read(path: str | Path, limit: int | None) -> list[dict[str, Any]]:
    return read_jsonl(path, required=("text",), limit=limit)


def run(gold: str | Path, *, settings: Settings | None = None, limit: int | None = None,
        part: str = "all") -> dict[str, Any]:
    """Analyse the gold texts and score actor codes (PLOVER-style gold) or speaker names (PolNeAR).

    ``part``: "all" (top level; the study and sealed parts under ``parts``), "study" or "sealed"
    (see :mod:`stancemap.eval.split`).
    """
    from ..api import analyze_many

    check_part(part)
    recs = _read(gold, limit)
    if not recs:
        raise EvalError("no gold records", source=str(gold))
    task = "speakers" if "quotes" in recs[0] else "codes" if ("source_actors" in recs[0]) else None
    if task is None:
        raise EvalError("gold records have neither 'quotes' nor 'source_actors'", source=str(gold))
    if part != "all":  # only the chosen part is analysed (the train file is large)
        recs = [r for r in recs if part_of(record_id(r)) == part]
    items = [{"id": r.get("doc_id") or r.get("id"), "text": r["text"], "date": r.get("date")} for r in recs]
    arts = list(analyze_many(items, settings=settings))
    pairs = [(r, list(a.actors)) for r, a in zip(recs, arts)]
    scorer = score_codes if task == "codes" else score_speakers

    def metrics(sub: Sequence[tuple[dict[str, Any], list[Actor]]]) -> dict[str, Any]:
        return {"records": len(sub), **scorer(sub)}

    return {"task": f"actors-{task}", "gold": str(gold),
            **scored_parts(pairs, metrics, part, key=lambda p: record_id(p[0]))}


def render(result: dict[str, Any]) -> str:
    """Plain-text tables of a ``run`` result: study part, sealed part, all."""
    return render_parts(result, _render_one)


def _render_one(result: dict[str, Any]) -> str:
    lines = [f"actors eval ({result.get('task')}) on {result.get('gold')} — {result.get('records')} records"]
    if result.get("task") == "actors-codes":
        lines += [
            f"  gold actors {result['actors']} (located {result['located']}, unlocated {result['unlocated']}, "
            f"with an overlapping mention {result['with_mention']})",
            f"  country-level accuracy   {result['country_accuracy']:.3f}",
            f"  country+sector accuracy  {result['country_sector_accuracy']:.3f} (n={result['country_sector_n']})",
            "  most frequent errors (gold vs ours): "
            + ", ".join(f"{k} ×{v}" for k, v in result.get("top_country_errors", {}).items()),
        ]
    else:
        lines.append(f"  {'subset':<10} {'n':>5} {'accuracy':>9} {'resolved':>9}")
        for part in ("all", "pronoun", "name"):
            r = result[part]
            lines.append(f"  {part:<10} {r['n']:>5} {r['accuracy']:>9.3f} {r['resolved_share']:>9.3f}")
    return "\n".join(lines)
