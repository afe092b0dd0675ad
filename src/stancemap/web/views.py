"""View models for the article page: plain dicts built from the JSON contract, no web framework.

:func:`article_view` turns one article dict (``stancemap.analyze(...).to_dict()`` or a stored
article) into what the article template and the report need: the text cut into segments at
every record boundary (each segment carries its CSS classes and a link to its record), the
record tables, the stance matrix (actors x propositions, grouped by issue) with the evidence
behind every cell, and the convergence rows with their sentences.

Nothing here escapes HTML: the templates autoescape every string (article text, titles, names).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..analytics.convergence import owner_of, state_name
from ..analytics.from_json import article_from_dict
from ..issues.catalogue import default_catalogue
from ..issues.propositions import signed_position
from ..records import Actor

__all__ = ["article_view", "stance_matrix", "build_matrix", "text_segments", "Span", "actor_label", "record_anchor"]

#: link priority when spans overlap: the most specific record wins the segment's link
_PRIORITY = {"stance": 0, "align": 1, "cue": 2, "mention": 3, "speaker": 4, "content": 5}


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of the article text that belongs to one record."""

    start: int
    end: int
    kind: str  # mention | speaker | cue | content | stance | align
    ref: str  # record anchor, e.g. "rec-st3"
    title: str = ""
    extra: str = ""  # an extra CSS class (stance polarity)


def record_anchor(kind: str, rid: str) -> str:
    """The id of a record's row on the page ("rec-stance-st3")."""
    return f"rec-{kind}-{rid}"


@dataclass
class _Seg:
    text: str
    cls: str = ""
    href: str = ""
    title: str = ""
    anchors: list[str] = field(default_factory=list)


def text_segments(text: str, spans: Sequence[Span]) -> list[dict[str, Any]]:
    """The text cut at every span boundary; each piece with the classes of the spans covering it,
    the link of the most specific one and the anchors of the spans starting there."""
    n = len(text)
    good = [s for s in spans if 0 <= s.start < s.end <= n]
    cuts = sorted({0, n, *(s.start for s in good), *(s.end for s in good)})
    starts: dict[int, list[Span]] = defaultdict(list)
    for s in good:
        starts[s.start].append(s)
    out: list[dict[str, Any]] = []
    active: list[Span] = []
    anchored: set[str] = set()
    for lo, hi in zip(cuts, cuts[1:]):
        active = [s for s in active if s.end > lo] + starts.get(lo, [])
        seg = _Seg(text[lo:hi])
        for s in starts.get(lo, []):
            anchor = "t-" + s.ref.removeprefix("rec-")
            if anchor not in anchored:
                anchored.add(anchor)
                seg.anchors.append(anchor)
        if active:
            classes = sorted({f"hl-{s.kind}" for s in active} | {s.extra for s in active if s.extra})
            best = min(active, key=lambda s: (_PRIORITY.get(s.kind, 9), s.end - s.start))
            seg.cls, seg.href, seg.title = " ".join(classes), "#" + best.ref, best.title
        out.append(seg.__dict__)
    return out


def actor_label(aid: str | None, actors: Mapping[str, Mapping[str, Any]]) -> str:
    """A readable name for an actor id (its name, else a state's name, else the id)."""
    if not aid:
        return "—"
    a = actors.get(aid)
    if a is not None:
        return str(a.get("name") or aid)
    return state_name(aid) if len(aid) == 3 and aid.isupper() else aid


def _spans(d: Mapping[str, Any], actors: Mapping[str, Mapping[str, Any]]) -> list[Span]:
    out: list[Span] = []
    for a in d.get("actors") or ():
        for m in a.get("mentions") or ():
            out.append(Span(int(m["start"]), int(m["end"]), "mention", record_anchor("actor", a["id"]),
                            f"actor: {a.get('name') or a['id']} ({m.get('kind') or 'mention'})"))
    for s in d.get("statements") or ():
        ref = record_anchor("statement", s["id"])
        who = actor_label((s.get("speaker") or {}).get("actor"), actors)
        sp = s.get("speaker") or {}
        if sp.get("end", 0) > sp.get("start", 0):
            out.append(Span(int(sp["start"]), int(sp["end"]), "speaker", ref, f"speaker of {s['id']}: {who}"))
        cue = s.get("cue") or {}
        if cue.get("end", 0) > cue.get("start", 0):
            out.append(Span(int(cue["start"]), int(cue["end"]), "cue", ref, f"cue of {s['id']} ({s.get('kind')})"))
        for lo, hi in (s.get("content") or {}).get("spans") or ():
            out.append(Span(int(lo), int(hi), "content", ref, f"{s.get('kind')} statement {s['id']} by {who}"))
    for st in d.get("stances") or ():
        cue = st.get("cue") or {}
        if cue.get("end", 0) > cue.get("start", 0):
            pol = "pos" if int(st.get("polarity") or 0) > 0 else "neg"
            out.append(Span(int(cue["start"]), int(cue["end"]), "stance", record_anchor("stance", st["id"]),
                            f"stance {st['id']}: {actor_label(st.get('actor'), actors)} "
                            f"{'for' if pol == 'pos' else 'against'} {st.get('proposition')}", f"pol-{pol}"))
    for al in d.get("alignments") or ():
        cue = al.get("cue") or {}
        if cue.get("end", 0) > cue.get("start", 0):
            pol = "pos" if int(al.get("polarity") or 0) > 0 else "neg"
            out.append(Span(int(cue["start"]), int(cue["end"]), "align", record_anchor("alignment", al["id"]),
                            f"alignment {al['id']}: {actor_label(al.get('a'), actors)} "
                            f"{'agrees' if pol == 'pos' else 'disagrees'} with {actor_label(al.get('b'), actors)}",
                            f"pol-{pol}"))
    return out


def safe_url(url: Any) -> str:
    """The URL when it is plain http(s) (a link may be made of it), else "" (shown as text only)."""
    u = str(url or "").strip()
    return u if u.lower().startswith(("http://", "https://")) and not any(c in u for c in "\"'<> \n\t") else ""


def _fmt(x: Any, signed: bool = False) -> str:
    if x is None:
        return "—"
    return f"{x:+.2f}" if signed else f"{x:.2f}"


def build_matrix(items: Sequence[Mapping[str, Any]], *, max_rows: int | None = None, max_cols: int | None = None,
                 by_count: bool = True) -> dict[str, Any]:
    """Actors x propositions from position items ``{row, row_label, col, issue_label, proposition, x, w,
    evidence_id?, payload?}``: each cell the w-weighted mean of x in [-1, 1] with its items' evidence.

    Rows and columns are the most frequent ones (``by_count``) or in order of appearance; columns
    are grouped by issue. ``cells`` is row-major, None where an actor took no position.
    """
    row_n: Counter[str] = Counter(i["row"] for i in items)
    col_n: Counter[str] = Counter(i["col"] for i in items)
    first_row: dict[str, int] = {}
    col_info: dict[str, tuple[str, str]] = {}
    row_label: dict[str, str] = {}
    for i in items:
        first_row.setdefault(i["row"], len(first_row))
        col_info.setdefault(i["col"], (str(i["issue_label"]), str(i["proposition"])))
        row_label.setdefault(i["row"], str(i["row_label"]))
    rows = [r for r, _ in row_n.most_common(max_rows)] if by_count else sorted(first_row, key=first_row.__getitem__)
    cols = [c for c, _ in col_n.most_common(max_cols)]
    cols.sort(key=lambda c: (col_info[c][0].casefold(), col_info[c][1].casefold()))
    acc: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for i in items:
        acc[(i["row"], i["col"])].append(i)
    cells: list[list[dict[str, Any] | None]] = []
    for ri, r in enumerate(rows):
        line: list[dict[str, Any] | None] = []
        for ci, c in enumerate(cols):
            its = acc.get((r, c))
            if not its:
                line.append(None)
                continue
            tw = sum(float(i["w"]) for i in its)
            x = max(-1.0, min(1.0, sum(float(i["x"]) * float(i["w"]) for i in its) / tw))
            line.append({"x": round(x, 3), "anchor": f"cell-{ri}-{ci}", "actor": r, "actor_label": row_label[r],
                         "issue_label": col_info[c][0], "proposition": col_info[c][1],
                         "evidence_ids": [i.get("evidence_id") for i in its],
                         "evidence": [i["payload"] for i in its if i.get("payload") is not None]})
        cells.append(line)
    return {"rows": [{"id": r, "label": row_label[r]} for r in rows],
            "cols": [{"key": c, "issue_label": col_info[c][0], "proposition": col_info[c][1]} for c in cols],
            "cells": cells}


def stance_matrix(d: Mapping[str, Any], *, article_link: str = "") -> dict[str, Any]:
    """One article's actors x propositions grouped by issue root; officials count for their state.

    Each cell: the strength-weighted mean signed position in [-1, 1] and the stances behind it
    (id, sentence, speaker, link to the stance's row).
    """
    art = article_from_dict(d)
    by_id: dict[str, Actor] = {a.id: a for a in art.actors}
    names = {a["id"]: a for a in d.get("actors") or ()}
    cat = default_catalogue()
    raw = {s["id"]: s for s in d.get("stances") or ()}
    items = []
    for st in art.stances:
        who = owner_of(st.actor, by_id)
        if who is None:
            continue
        root = cat.root(st.issue) if st.issue in cat else st.issue
        s = raw.get(st.id, {})
        _, pos = signed_position(st.proposition, st.polarity)
        items.append({
            "row": who, "row_label": actor_label(who, names) if who in names else state_name(who),
            "col": f"{root}|{st.proposition_id or st.proposition}",
            "issue_label": cat.label(root) if root in cat else (st.issue_label or root),
            "proposition": st.proposition, "x": float(pos), "w": max(0.05, float(st.strength)), "evidence_id": st.id,
            "payload": {"id": st.id, "sentence": (s.get("evidence") or {}).get("text", "").strip(),
                        "polarity": s.get("polarity"), "strength": s.get("strength"),
                        "speaker": actor_label(s.get("actor"), names),
                        "href": f"{article_link}#{record_anchor('stance', st.id)}", "title": None, "date": None}})
    m = build_matrix(items, by_count=False)
    for line in m["cells"]:
        for cell in line:
            if cell is not None:
                cell.pop("evidence_ids")
    return m


def _sentence(rec: Mapping[str, Any]) -> str:
    return str((rec.get("evidence") or {}).get("text", "")).strip()


def article_view(d: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the article page shows, from one article dict of the JSON contract."""
    actors = {a["id"]: a for a in d.get("actors") or ()}
    text = str(d.get("text") or "")
    stances = {s["id"]: s for s in d.get("stances") or ()}
    aligns = {a["id"]: a for a in d.get("alignments") or ()}

    def lbl(aid: str | None) -> str:
        return actor_label(aid, actors)

    statements = [{
        "id": s["id"], "anchor": record_anchor("statement", s["id"]), "kind": s.get("kind"),
        "speaker": (s.get("speaker") or {}).get("text") or "", "actor": lbl((s.get("speaker") or {}).get("actor")),
        "actor_anchor": record_anchor("actor", (s.get("speaker") or {}).get("actor") or ""),
        "cue": (s.get("cue") or {}).get("text") or "", "content": (s.get("content") or {}).get("text") or "",
        "speech": bool(s.get("is_speech", True)),
    } for s in d.get("statements") or ()]
    stance_rows = [{
        "id": s["id"], "anchor": record_anchor("stance", s["id"]), "actor": lbl(s.get("actor")),
        "actor_anchor": record_anchor("actor", s.get("actor") or ""),
        "issue": s.get("issue_label") or s.get("issue"), "proposition": s.get("proposition"),
        "polarity": int(s.get("polarity") or 0), "strength": s.get("strength"), "sentence": _sentence(s),
        "statement": s.get("statement"),
    } for s in stances.values()]
    align_rows = [{
        "id": a["id"], "anchor": record_anchor("alignment", a["id"]), "a": lbl(a.get("a")), "b": lbl(a.get("b")),
        "issue": a.get("issue"), "polarity": int(a.get("polarity") or 0), "claimed_by": lbl(a.get("claimed_by")),
        "cue": (a.get("cue") or {}).get("text") or "", "sentence": _sentence(a),
    } for a in aligns.values()]
    event_rows = [{
        "id": e["id"], "anchor": record_anchor("event", e["id"]), "source": lbl(e.get("source")),
        "target": lbl(e.get("target")), "cameo": e.get("cameo"), "plover": e.get("plover"),
        "goldstein": e.get("goldstein"), "sentence": _sentence(e),
        "flags": ", ".join(k for k in ("negated", "hypothetical", "reported") if e.get(k)),
    } for e in d.get("events") or ()]
    actor_rows = [{
        "id": a["id"], "anchor": record_anchor("actor", a["id"]), "name": a.get("name") or a["id"],
        "type": a.get("type"), "country": a.get("country"), "role": a.get("role"), "code": a.get("code"),
        "mentions": len(a.get("mentions") or ()),
        "first": f"t-actor-{a['id']}" if a.get("mentions") else "",
    } for a in d.get("actors") or ()]
    conv_rows = []
    for c in d.get("convergence") or ():
        ev = [{"id": sid, "href": "#" + record_anchor("stance", sid), "sentence": _sentence(stances.get(sid, {})),
               "who": lbl(stances.get(sid, {}).get("actor"))} for sid in c.get("stances") or ()]
        ev += [{"id": aid, "href": "#" + record_anchor("alignment", aid), "sentence": _sentence(aligns.get(aid, {})),
                "who": lbl(aligns.get(aid, {}).get("claimed_by"))} for aid in c.get("alignments") or ()]
        seen: set[str] = set()
        sentences = []
        for e in ev:  # one line per sentence, with every record id it carries
            if e["sentence"] in seen:
                continue
            seen.add(e["sentence"])
            sentences.append({**e, "ids": [{"id": x["id"], "href": x["href"]} for x in ev
                                            if x["sentence"] == e["sentence"]]})
        conv_rows.append({
            "a": lbl(c.get("a")), "b": lbl(c.get("b")), "issue": c.get("issue_label") or c.get("issue"),
            "s": _fmt(c.get("s_score")), "n_joint": c.get("n_joint"), "low_n": c.get("low_n"),
            "balance": _fmt(c.get("alignment_balance"), True), "n_alignments": c.get("n_alignments"),
            "verdict": c.get("verdict"), "summary": c.get("summary"), "sentences": sentences,
        })
    meta = d.get("meta") or {}
    if isinstance(meta, str):  # the store keeps meta as JSON text
        try:
            meta = json.loads(meta)
        except ValueError:
            meta = {}
    error = meta.get("error") if isinstance(meta, dict) else None
    return {
        "id": d.get("id"), "title": d.get("title") or "(untitled)", "date": d.get("date"),
        "source": d.get("source"), "url": d.get("url"), "safe_url": safe_url(d.get("url")),
        "segments": text_segments(text, _spans(d, actors)), "has_text": bool(text),
        "actors": actor_rows, "statements": statements, "stances": stance_rows, "alignments": align_rows,
        "events": event_rows, "convergence": conv_rows, "matrix": stance_matrix(d),
        "error": error.get("message") if isinstance(error, dict) else error,
        "counts": {k: len(d.get(k) or ()) for k in ("actors", "statements", "events", "stances", "alignments")},
    }
