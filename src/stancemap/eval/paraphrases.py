"""Robustness of stances and alignments to rewording: paraphrase families.

A family states one position (or one explicit alignment) in several wordings (see
``tests/data/paraphrases.yaml`` for the file format). A wording passes when the full pipeline
finds every expected stance (holder, polarity, target word) and alignment (unordered pair,
polarity) and no stance of an expected holder on an expected target with the opposite sign;
a family of ``none: true`` passes when a wording gives nothing at all. A family is
*consistent* when all its wordings pass.

A fixed part of the families is **held out** (:func:`held_out`: chosen by a hash of the family
id, about 35 %): the rules are studied on the failures of the other families only, and the
report lists failures of the study part alone unless asked (``show_held_out``).

``stancemap eval paraphrases --gold tests/data/paraphrases.yaml`` prints the shares.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError, EvalError
from ..issues.yamlio import line_of, load_yaml
from ..records import Article
from ..settings import Settings

__all__ = ["Family", "read_families", "held_out", "check_article", "run", "render", "HELD_OUT_SHARE"]

#: share of families held out (by hash of the id, fixed before any result is seen)
HELD_OUT_SHARE = 0.35


@dataclass(frozen=True)
class Family:
    id: str
    wordings: tuple[str, ...]
    stances: tuple[tuple[tuple[str, ...], int, tuple[str, ...]], ...] = ()  # holders, polarity, target words
    alignments: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = ()
    none: bool = False
    covers: tuple[str, ...] = field(default=())
    line: int = 0


def held_out(family_id: str) -> bool:
    """Is the family in the held-out part? (a hash of its id, independent of any result)"""
    h = int(hashlib.sha256(family_id.encode("utf-8")).hexdigest()[:8], 16)
    return h % 1000 < HELD_OUT_SHARE * 1000


def _words(value: Any, what: str, where: str) -> tuple[str, ...]:
    vals = value if isinstance(value, list) else [value]
    if not vals or not all(isinstance(v, str) and v.strip() for v in vals):
        raise EvalError(f"{what} must be a word or a list of words", source=where)
    return tuple(v.strip().lower() for v in vals)


def _polarity(value: Any, where: str) -> int:
    if value not in (1, -1):
        raise EvalError(f"polarity must be 1 or -1, not {value!r}", source=where)
    return int(value)


def read_families(path: str | Path) -> list[Family]:
    """The families of a paraphrase file, validated (errors name file:line)."""
    p = Path(path)
    if not p.is_file():
        raise EvalError("paraphrase file not found", source=str(p))
    try:
        data = load_yaml(p)
    except DataFileError as exc:
        raise EvalError(str(exc), source=str(p)) from None
    items = data.get("families") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise EvalError("expected a mapping with a list 'families'", source=f"{p}:1")
    out: list[Family] = []
    seen: set[str] = set()
    for item in items:
        where = f"{p}:{line_of(item) or 1}"
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise EvalError("a family is a mapping with an id", source=where)
        fid = item["id"]
        if fid in seen:
            raise EvalError(f"family {fid!r} given twice", source=where)
        seen.add(fid)
        wordings = item.get("wordings")
        if not isinstance(wordings, list) or len(wordings) < 2 or not all(isinstance(w, str) for w in wordings):
            raise EvalError(f"family {fid!r}: wordings must be a list of at least two sentences", source=where)
        stances = tuple((_words(s.get("holder"), "holder", where), _polarity(s.get("polarity"), where),
                         _words(s.get("target"), "target", where))
                        for s in item.get("stances") or [] if isinstance(s, dict))
        aligns = tuple((_words(a.get("a"), "a", where), _words(a.get("b"), "b", where),
                        _polarity(a.get("polarity"), where))
                       for a in item.get("alignments") or [] if isinstance(a, dict))
        none = bool(item.get("none", False))
        if none == bool(stances or aligns):
            raise EvalError(f"family {fid!r}: give expected stances/alignments, or none: true", source=where)
        out.append(Family(fid, tuple(wordings), stances, aligns, none, tuple(item.get("covers") or ()),
                          line_of(item)))
    return out


def _keys(art: Article, actor_id: str | None) -> set[str]:
    a = next((x for x in art.actors if x.id == actor_id), None)
    if a is None:
        return {(actor_id or "?").lower()}
    return {x.lower() for x in (a.id, a.country, a.name, a.text) if x}


def check_article(fam: Family, art: Article) -> list[str]:
    """What a wording's analysis lacks or gets wrong (empty: it passes)."""
    problems: list[str] = []
    if art.meta.get("error"):
        return [f"error: {art.meta['error']}"]
    got = [(_keys(art, s.actor), s.polarity, f"{s.target or ''} || {s.proposition or ''}".lower())
           for s in art.stances]
    pairs = [(_keys(art, al.a), _keys(art, al.b), al.polarity) for al in art.alignments]
    if fam.none:
        if got or pairs:
            problems.append(f"expected nothing, got {len(got)} stance(s), {len(pairs)} alignment(s)")
        return problems
    for holders, pol, words in fam.stances:
        mine = [(p, t) for k, p, t in got if k & set(holders) and any(w in t for w in words)]
        if not any(p == pol for p, _ in mine):
            problems.append(f"missing stance {holders[0]} {pol:+d} {words[0]!r}")
        if any(p == -pol for p, _ in mine):
            problems.append(f"opposite stance {holders[0]} {-pol:+d} {words[0]!r}")
    for a, b, pol in fam.alignments:
        if not any(p == pol and ((x & set(a) and y & set(b)) or (x & set(b) and y & set(a))) for x, y, p in pairs):
            problems.append(f"missing alignment {a[0]}~{b[0]} {pol:+d}")
    return problems


def _describe(art: Article) -> str:
    names = {a.id: a.name for a in art.actors}

    def name(aid: str | None) -> str:
        return names.get(aid or "", aid or "?")

    st = "; ".join(f"{name(s.actor)} {s.polarity:+d} {s.target!r}" for s in art.stances)
    al = "; ".join(f"{name(x.a)}~{name(x.b)} {x.polarity:+d}" for x in art.alignments)
    return f"stances [{st}] alignments [{al}]"


def _share(fams: Sequence[Family], ok: Mapping[str, bool], passed: Mapping[str, int]) -> dict[str, Any]:
    n = len(fams)
    k = sum(1 for f in fams if ok[f.id])
    w = sum(len(f.wordings) for f in fams)
    wp = sum(passed[f.id] for f in fams)
    return {"families": n, "consistent": k, "share": round(k / n, 4) if n else 0.0,
            "wordings": w, "wordings_passed": wp, "wording_share": round(wp / w, 4) if w else 0.0}


def run(gold: str | Path, *, settings: Settings | None = None, limit: int | None = None,
        show_held_out: bool = False, part: str | None = None) -> dict[str, Any]:
    """Analyse every wording with the full pipeline; the consistent share overall, on the study
    part and on the held-out part (JSON-able dict). ``part`` (the CLI's ``--part``) is accepted
    for uniformity: the report always has both parts, and shows the failures of the study part
    (and of the held-out part only with ``show_held_out``)."""
    from ..api import analyze_many

    fams = read_families(gold)[:limit] if limit else read_families(gold)
    items = [{"id": f"{f.id}#{i}", "text": w} for f in fams for i, w in enumerate(f.wordings)]
    arts = {a.id: a for a in analyze_many(items, settings=settings)}
    ok: dict[str, bool] = {}
    passed: dict[str, int] = {}
    failures: list[dict[str, Any]] = []
    for f in fams:
        n_ok = 0
        for i, w in enumerate(f.wordings):
            art = arts[f"{f.id}#{i}"]
            problems = check_article(f, art)
            if not problems:
                n_ok += 1
            elif show_held_out or not held_out(f.id):
                failures.append({"family": f.id, "held_out": held_out(f.id), "wording": w, "problems": problems,
                                 "got": _describe(art)})
        ok[f.id], passed[f.id] = n_ok == len(f.wordings), n_ok
    study = [f for f in fams if not held_out(f.id)]
    held = [f for f in fams if held_out(f.id)]
    return {
        "all": _share(fams, ok, passed),
        "study": _share(study, ok, passed),
        "held_out": _share(held, ok, passed),
        "inconsistent": {"study": [f.id for f in study if not ok[f.id]],
                         "held_out": [f.id for f in held if not ok[f.id]]},
        "failures": failures,
        "gold": str(gold),
    }


def render(result: Mapping[str, Any]) -> str:
    """A plain-text report: shares per part, then the study part's failing wordings."""
    lines = [f"{'':10} {'families':>8} {'consistent':>10} {'share':>6} {'wordings':>8} {'passed':>6} {'share':>6}"]
    for k in ("study", "held_out", "all"):
        m = result[k]
        lines.append(f"{k:10} {m['families']:8d} {m['consistent']:10d} {m['share']:6.3f} {m['wordings']:8d} "
                     f"{m['wordings_passed']:6d} {m['wording_share']:6.3f}")
    for fail in result.get("failures", []):
        tag = " (held out)" if fail["held_out"] else ""
        lines.append(f"- {fail['family']}{tag}: {fail['wording']}\n    {'; '.join(fail['problems'])}\n    "
                     f"{fail['got']}")
    return "\n".join(lines)
