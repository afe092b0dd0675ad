"""Article records to table rows and back; content hashes.

:func:`article_from_dict` (from :mod:`stancemap.records`, re-exported here) rebuilds a full
:class:`~stancemap.records.Article` from its JSON form, so workers in other processes can hand the
store plain dicts.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..actors.rollup import owner_of
from ..issues.catalogue import default_catalogue
from ..records import AlignedActor, Article, TextSpan, article_from_dict

__all__ = ["content_hash", "article_from_dict", "article_rows", "TABLE_COLUMNS"]


def content_hash(text: str, title: str | None = None, date: str | None = None, source: str | None = None,
                 url: str | None = None) -> str:
    """sha256 over the text and its metadata: any change to them is a changed article."""
    blob = json.dumps([text, title, date, source, url], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _sp(s: TextSpan | None) -> list[Any]:
    return [s.text, s.start, s.end] if s is not None else [None, None, None]


def _side(sides: tuple[AlignedActor, ...], k: int) -> list[Any]:
    """Text and offsets of an alignment side's mention (its name and country are the article actor's)."""
    return [sides[k].text, sides[k].start, sides[k].end] if len(sides) > k else [None, None, None]


#: column order of the record tables, as inserted
TABLE_COLUMNS = {
    "article_actors": 12, "mentions": 6, "statements": 15, "events": 21, "stances": 19, "alignments": 23,
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
            *_sp(al.cue), *_sp(al.evidence), al.statement, *_side(al.actors, 0), *_side(al.actors, 1)])
    for table, n in TABLE_COLUMNS.items():
        assert all(len(r) == n for r in out[table]), table
    return out
