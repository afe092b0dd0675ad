"""Doc extensions written by the stancemap components, registered in one place.

Every stage writes records (see :mod:`stancemap.records`) onto the Doc:

- ``doc._.sm_actors``: list[Actor]
- ``doc._.sm_mentions``: list[tuple[int, int, str]] -- (start_char, end_char, actor_id), sorted
- ``doc._.sm_statements``: list[Statement]
- ``doc._.sm_events``: list[Event]
- ``doc._.sm_stances``: list[Stance]
- ``doc._.sm_alignments``: list[Alignment]
- ``doc._.sm_meta``: dict (article metadata such as ``date``, given before the pipeline runs)
- ``doc._.sm_author``: str | None -- actor id of the document's author (speeches, statements)
- ``doc._.sm_warnings``: list[str] | None -- failures a stage isolated (see :mod:`.guard`)
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

__all__ = ["register_extensions", "EXTENSIONS", "actor_at", "actor_by_id", "entity_of"]

EXTENSIONS = (
    "sm_actors",
    "sm_mentions",
    "sm_statements",
    "sm_events",
    "sm_stances",
    "sm_alignments",
    "sm_meta",
    "sm_author",
    "sm_warnings",
)


def register_extensions() -> None:
    """Register the Doc extensions (idempotent)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def actor_at(doc: Doc, start: int, end: int, *, mentions: list[tuple[int, int, str]] | None = None,
             tightest: bool = False) -> str | None:
    """The actor id of the mention that best covers the character span [start, end).

    Prefers a mention that contains the span, then the one with the largest overlap.
    Returns None when no mention overlaps (no guessing). ``mentions``: the Doc's mentions, when
    the caller holds them already (else read from the Doc). ``tightest``: among mentions that
    cover the span equally, the shortest ("Kenyan" in "Kenyan, Ugandan and Rwandan troops": the
    Kenyan actor, not a group whose mention is the whole phrase).
    """
    if mentions is None:
        mentions = doc._.sm_mentions or []
    if not mentions:
        return None
    best: tuple[int, int, str] | None = None
    best_key = (-1, 0)
    i = bisect_right(mentions, (end, 1 << 60, "")) - 1
    while i >= 0:
        s, e, aid = mentions[i]
        if e <= start and s < start - 500:
            break
        ov = (e if e < end else end) - (s if s > start else start)  # (min/max without the calls)
        if ov > 0:
            contains = 1 if (s <= start and e >= end) else 0
            key = (contains, ov)
            if key > best_key or tightest and key == best_key and best is not None and e - s < best[1] - best[0]:
                best_key, best = key, mentions[i]
        i -= 1
    return best[2] if best else None


def entity_of(tok: Token) -> Span:
    """The named entity ``tok`` is part of (the token alone when it is in none), found from the token's
    IOB tags: O(entity length), where scanning ``doc.ents`` is O(document) for every call."""
    doc = tok.doc
    if not tok.ent_type:
        return doc[tok.i:tok.i + 1]
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type == tok.ent_type:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def actor_by_id(doc: Doc, actor_id: str | None):  # -> Actor | None
    if actor_id is None:
        return None
    for a in doc._.sm_actors or []:
        if a.id == actor_id:
            return a
    return None
