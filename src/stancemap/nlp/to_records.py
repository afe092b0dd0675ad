"""Turn an analysed Doc into an Article record (actors, statements, events, stances, alignments).

Convergence is not computed here: it is analytics over the records, added by the caller
(:func:`stancemap.api.analyze_many`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from ..records import Actor, Article
from .common.text import doc_text
from .stances.speech import debate_positions

__all__ = ["doc_to_article"]

_NOT_NAMES = {"pronoun", "phrase"}


def _with_text(actor: Actor) -> Actor:
    """Fill ``Actor.text``, the actor's longest naming mention as written in this article."""
    if actor.text is not None:
        return actor
    names = [m.text for m in actor.mentions if m.kind not in _NOT_NAMES]
    return replace(actor, text=max(names, key=len)) if names else actor


def doc_to_article(doc: Doc, *, id: str, title: str | None = None, date: str | None = None,
                   source: str | None = None, url: str | None = None,
                   meta: dict[str, Any] | None = None) -> Article:
    actors = tuple(_with_text(a) for a in doc._.sm_actors or ())
    stances = tuple(doc._.sm_stances or ())
    statements = tuple(doc._.sm_statements or ())
    meta = dict(meta or {})
    # a speech's author on the propositions of recurring debates (stances/speech.py)
    extra, agenda = debate_positions(doc, stances, statements, doc._.sm_author, actors)
    stances += tuple(extra)
    if agenda:
        meta["agenda"] = agenda
    alignments = tuple(doc._.sm_alignments or ())
    return Article(
        id=id, text=doc_text(doc), title=title, date=date, source=source, url=url, author=doc._.sm_author,
        actors=actors,
        statements=statements,
        events=tuple(doc._.sm_events or ()),
        stances=stances,
        alignments=alignments,
        meta=meta,
    )
