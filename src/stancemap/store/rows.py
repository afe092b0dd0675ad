"""Article records to table rows and back; content hashes.

:func:`article_from_dict` rebuilds a full :class:`~stancemap.records.Article` from its JSON form
(``Article.to_dict()``), so workers in other processes can hand the store plain dicts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from ..analytics.convergence import owner_of
from ..issues.catalogue import default_catalogue
from ..records import (
    Actor,
    Alignment,
    Article,
    Content,
    Event,
    Mention,
    Speaker,
    Stance,
    Statement,
    TextSpan,
)

__all__ = ["content_hash", "article_from_dict", "article_rows", "TABLE_COLUMNS"]


def content_hash(text: str, title: str | None = None, date: str | None = None, source: str | None = None,
                 url: str | None = None) -> str:
    """sha256 over the text and its metadata: any change to them is a changed article."""
    blob = json.dumps([text, title, date, source, url], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _span(d: Any) -> TextSpan | None:
    if not d:
        return None
    return TextSpan(str(d.get("text") or ""), int(d.get("start") or 0), int(d.get("end") or 0))


def article_from_dict(d: Mapping[str, Any]) -> Article:
    """A full Article from the JSON contract (``Article.to_dict()``)."""
    actors = tuple(
        Actor(id=a["id"], name=a.get("name") or a["id"], type=a.get("type") or "other", country=a.get("country"),
              role=a.get("role"), code=a.get("code"),
              mentions=tuple(Mention(m.get("text") or "", int(m.get("start") or 0), int(m.get("end") or 0),
                                     m.get("kind") or "name") for m in a.get("mentions") or ()),
              members=tuple(a.get("members") or ()), is_source=bool(a.get("is_source")), sector=a.get("sector"),
              text=a.get("text"))
        for a in d.get("actors") or ())
    statements = []
    for s in d.get("statements") or ():
        sp = s.get("speaker")
        content = s.get("content") or {}
        statements.append(Statement(
            id=s["id"],
            speaker=Speaker(sp.get("text") or "", int(sp.get("start") or 0), int(sp.get("end") or 0), sp.get("actor"))
            if sp else None,
            cue=_span(s.get("cue")),
            content=Content(content.get("text") or "", tuple((int(a), int(b)) for a, b in content.get("spans") or ())),
            kind=s.get("kind") or "direct", is_speech=bool(s.get("is_speech", True)), cue_lemma=s.get("cue_lemma"),
            confidence=float(s.get("confidence", 1.0))))
    events = tuple(
        Event(id=e["id"], source=e.get("source"), target=e.get("target"), source_code=e.get("source_code"),
              target_code=e.get("target_code"), cameo=e.get("cameo") or "", cameo_root=e.get("cameo_root") or "",
              plover=e.get("plover"), goldstein=e.get("goldstein"), evidence=_span(e.get("evidence")) or TextSpan("", 0, 0),
              date=e.get("date"), place=e.get("place"), negated=bool(e.get("negated")),
              hypothetical=bool(e.get("hypothetical")), reported=bool(e.get("reported")), statement=e.get("statement"))
        for e in d.get("events") or ())
    stances = tuple(
        Stance(id=s["id"], actor=s.get("actor"), issue=s.get("issue") or "unspecified",
               issue_label=s.get("issue_label") or "", proposition=s.get("proposition") or "",
               polarity=int(s.get("polarity") or 0), strength=float(s.get("strength") or 0.0),
               cue=_span(s.get("cue")), evidence=_span(s.get("evidence")) or TextSpan("", 0, 0),
               statement=s.get("statement"), target=s.get("target"), proposition_id=s.get("proposition_id"))
        for s in d.get("stances") or ())
    aligns = tuple(
        Alignment(id=a["id"], a=a.get("a"), b=a.get("b"), issue=a.get("issue"), polarity=int(a.get("polarity") or 0),
                  claimed_by=a.get("claimed_by"), cue=_span(a.get("cue")),
                  evidence=_span(a.get("evidence")) or TextSpan("", 0, 0), statement=a.get("statement"))
        for a in d.get("alignments") or ())
    return Article(id=str(d["id"]), text=d.get("text") or "", title=d.get("title"), date=d.get("date"),
                   source=d.get("source"), url=d.get("url"), actors=actors, statements=tuple(statements),
                   events=events, stances=stances, alignments=aligns, meta=dict(d.get("meta") or {}))


def _sp(s: TextSpan | None) -> list[Any]:
    return [s.text, s.start, s.end] if s is not None else [None, None, None]


#: column order of the record tables, as inserted
TABLE_COLUMNS = {
    "article_actors": 12, "mentions": 6, "statements": 15, "events": 21, "stances": 19, "alignments": 17,
}


def article_rows(art: Article) -> dict[str, list[list[Any]]]:
    """Rows of every record table for one article (article id first in each row)."""
    cat = default_catalogue()
    by_id = {a.id: a for a in art.actors}
    aid = art.id

    def own(x: str | None) -> str | None:
        return owner_of(x, by_id)

    def root(issue: str | None) -> str | None:
        return cat.root(issue) if issue else None

    out: dict[str, list[list[Any]]] = {k: [] for k in TABLE_COLUMNS}
    for a in art.actors:
        out["article_actors"].append([aid, a.id, a.name, a.type, a.country, a.role, a.code, a.sector,
                                      list(a.members), a.is_source, a.text, own(a.id)])
        for m in a.mentions:
            out["mentions"].append([aid, a.id, m.text, m.start, m.end, m.kind])
    for s in art.statements:
        sp = s.speaker
        out["statements"].append([
            aid, s.id, sp.text if sp else None, sp.start if sp else None, sp.end if sp else None,
            sp.actor if sp else None, *_sp(s.cue), s.cue_lemma, s.content.text,
            [list(x) for x in s.content.spans], s.kind, s.is_speech, s.confidence])
    for e in art.events:
        out["events"].append([
            aid, e.id, e.source, e.target, own(e.source), own(e.target), e.source_code, e.target_code, e.cameo,
            e.cameo_root, e.plover, e.goldstein, *_sp(e.evidence), e.date, e.place, e.negated, e.hypothetical,
            e.reported, e.statement])
    for st in art.stances:
        out["stances"].append([
            aid, st.id, st.actor, own(st.actor), st.issue, root(st.issue), st.issue_label, st.proposition,
            st.proposition_id, st.polarity, st.strength, *_sp(st.cue), *_sp(st.evidence), st.statement, st.target])
    for al in art.alignments:
        out["alignments"].append([
            aid, al.id, al.a, al.b, own(al.a), own(al.b), al.issue, root(al.issue), al.polarity, al.claimed_by,
            *_sp(al.cue), *_sp(al.evidence), al.statement])
    for table, n in TABLE_COLUMNS.items():
        assert all(len(r) == n for r in out[table]), table
    return out
