"""Acronyms an article defines in parentheses: "the Coastal Fisheries Council (CFC) said ...".

:func:`~.recognize.link_acronyms` joins an acronym to the one body named in full whose initials
it spells. An article may also define an acronym that does not spell the name as the tables
write it ("the Kenya Red Cross (KRC)", named "Red Cross" from the tables) or that the tagger
never tags as a body ("the CFC said", no entity). The definition says which body it is: a
body's mention followed by ``(ACRONYM)`` makes every later bare use of that acronym a mention of
that body, and a separate actor named only by it is merged into that body.

Only acronyms of two to six capitals (:func:`~.state.is_acronym`), only bodies (organisations,
international bodies, outlets; not persons, states or plural groups), only when the article
defines the acronym once, or always for the same body, and never over an actor the tables know
("the Party of Kurdistan Workers (PKK)" stays the tables' PKK).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .state import ActorDraft, DocActors, Recognition, is_acronym

__all__ = ["link_defined_acronyms"]

_BODY_TYPES = frozenset({"organisation", "igo", "media"})


def _from_tables(d: ActorDraft) -> bool:
    """An actor the tables know (coded, or not found by the tagger alone): never merged away."""
    return d.origin != "ner" or d.code is not None


def _definitions(doc: Doc, acts: DocActors) -> dict[str, str]:
    """ACRONYM -> the body whose mention the parenthesised acronym follows (one body only)."""
    found: dict[str, set[str]] = {}
    for m in acts.mentions:
        if m.kind not in ("name", "acronym", "nominal") or m.end + 2 >= len(doc):
            continue
        d = acts.drafts.get(m.actor)
        if d is None or d.type not in _BODY_TYPES or d.plural:
            continue
        if doc[m.end].text != "(" or doc[m.end + 2].text != ")":
            continue
        acro = doc[m.end + 1].text
        if not is_acronym(acro) or acro.replace(".", "") == d.name.replace(".", ""):
            continue
        known = acts.mention_at(m.end + 1)
        if known is not None and known.actor in acts.drafts and _from_tables(acts.drafts[known.actor]):
            continue  # "the Party of Kurdistan Workers (PKK)": the tables' actor is the body already
        found.setdefault(acro.replace(".", ""), set()).add(m.actor)
    return {a: next(iter(ids)) for a, ids in found.items() if len(ids) == 1}


def link_defined_acronyms(doc: Doc, acts: DocActors, rec: Recognition | None = None) -> int:
    """Give the uses of acronyms defined in parentheses to the defined body; returns how many
    actors were merged plus mentions added."""
    defs = _definitions(doc, acts)
    if not defs:
        return 0
    n = 0
    for d in list(acts.drafts.values()):
        if acts.drafts.get(d.id) is not d or d.type not in _BODY_TYPES | {"person"} or d.members \
                or _from_tables(d):
            continue
        acro = d.name.replace(".", "")
        target = defs.get(acro)
        if target is None or target == d.id or target not in acts.drafts:
            continue
        if any(doc[m.start:m.end].text.replace(".", "").removeprefix("the ").removeprefix("The ") != acro
               for m in acts.mentions_of(d.id)):
            continue  # named otherwise too: another body that shares the letters
        moved = acts.relink(d.id, target)
        if rec is not None:
            rec.relink(moved)
        n += 1
    for t in doc:
        target = defs.get(t.text.replace(".", ""))
        if target is not None and target in acts.drafts and acts.add(t.i, t.i + 1, target, "acronym"):
            n += 1
    return n
