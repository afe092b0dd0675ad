"""Speakers the actors stage leaves to a place or to no one, relinked to a person of the article.

Runs after the statements stage (``stancemap_quote_speakers``), before the pronoun links:

- **a surname that is also a city**: in ``Paulo Lima, a farmer, said ... Lima said`` the
  tables make the bare "Lima" Peru's capital standing for its government; as the speaker of a
  statement, a one-word capitalised speaker whose mention is such a city (kind ``capital``, never
  a state's own name: "Jordan said it would close the border" stays the state) is the person
  named in full before it with that surname, when exactly one such person exists
  (``relink_namesakes``);
- **a role noun with no actor**: in ``Rosa Dias, the agency's regional director, said ... The
  director said`` the actors stage knows no "director" role; a speaker "the director" (a noun
  that names only a person) with no actor is the one person named before it whose own noun
  phrase (its ``phrase`` mention: the name with its apposition) holds that noun
  (``link_role_speakers``). Two such persons, or none, leave the speaker alone. Only speakers
  with no actor: "the spokesman" or "the minister" the actors stage already resolves keep its
  reading; plural and kin nouns ("spokesmen", "the wife") are never such roles.

The statement's speaker and an actor mention of the speaker span move to that person (kind
``surname`` or ``nominal``); records are rebuilt with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ...records import Actor, Mention
from ..actors.roles import PERSON_ONLY_NOUNS
from ..common.text import doc_text

__all__ = ["relink_namesakes", "link_role_speakers"]

#: Leading words of a role speaker: "the director", "The spokeswoman".
_ROLE_RE = re.compile(r"(?i)the ([a-z-]+)")
#: Kin nouns say whose relative speaks, not which role: never resolved by a phrase.
_NO_ROLE = frozenset({"mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow",
                      "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew",
                      "niece", "cousin", "mom", "dad", "man", "woman", "spokesmen"})


def _named_before(actor: Actor, pos: int) -> bool:
    """Whether the actor is named in full (a name or its phrase) before ``pos``."""
    return any(m.kind in ("name", "phrase") and m.start < pos for m in actor.mentions)


def relink_namesakes(doc: Doc) -> int:
    """Relink one-word speakers taken for a place to the person of that surname; returns the count."""
    statements = list(doc._.sm_statements or [])
    actors = {a.id: a for a in doc._.sm_actors or []}
    if not statements or not actors:
        return 0
    by_surname: dict[str, list[Actor]] = {}
    for a in actors.values():
        words = a.name.split()
        if a.type == "person" and len(words) >= 2:
            by_surname.setdefault(words[-1], []).append(a)
    if not by_surname:
        return 0
    moves: list[tuple[int, int, str | None, str, str]] = []
    for k, st in enumerate(statements):
        sp = st.speaker
        if sp is None or sp.actor is None or sp.actor not in actors or actors[sp.actor].type == "person":
            continue
        word = sp.text
        if not word.isalpha() or not word[:1].isupper() or word.isupper():
            continue
        place = actors[sp.actor]
        # only a city standing for a body ("Lima" for Peru's government): a state's own name
        # ("Jordan said it would close the border") is the state, whoever shares it as a surname
        if place.type == "state" or not any(m.kind == "capital" and m.start == sp.start and m.end == sp.end
                                            for m in place.mentions):
            continue
        persons = [p for p in by_surname.get(word, ()) if _named_before(p, sp.start)]
        if len(persons) != 1:
            continue
        statements[k] = replace(st, speaker=replace(sp, actor=persons[0].id))
        moves.append((sp.start, sp.end, sp.actor, persons[0].id, "surname"))
    if moves:
        doc._.sm_statements = statements
        move_mentions(doc, moves)
    return len(moves)


def link_role_speakers(doc: Doc) -> int:
    """Link "the director"-type speakers with no actor to the one person so described; returns the count."""
    statements = list(doc._.sm_statements or [])
    persons = [a for a in doc._.sm_actors or [] if a.type == "person"]
    if not statements or not persons:
        return 0
    text = doc_text(doc)
    moves: list[tuple[int, int, str | None, str, str]] = []
    for k, st in enumerate(statements):
        sp = st.speaker
        if sp is None or sp.actor is not None:
            continue
        m = _ROLE_RE.fullmatch(sp.text)
        if m is None:
            continue
        noun = m.group(1).lower()
        if noun not in PERSON_ONLY_NOUNS or noun in _NO_ROLE:
            continue
        pat = re.compile(rf"(?i)\b{re.escape(noun)}\b")
        found = []
        for p in persons:
            for pm in p.mentions:
                if pm.kind != "phrase" or pm.end > sp.start:
                    continue
                names = [n for n in p.mentions if n.kind == "name" and pm.start <= n.start and n.end <= pm.end]
                # the noun in the description, not in the name ("Dean Lind")
                rest = text[pm.start:pm.end] if not names else \
                    text[pm.start:names[0].start] + " " + text[names[0].end:pm.end]
                if pat.search(rest):
                    found.append(p.id)
                    break
        if len(found) != 1:
            continue
        statements[k] = replace(st, speaker=replace(sp, actor=found[0]))
        moves.append((sp.start, sp.end, None, found[0], "nominal"))
    if moves:
        doc._.sm_statements = statements
        move_mentions(doc, moves)
    return len(moves)


def move_mentions(doc: Doc, moves: list[tuple[int, int, str | None, str, str]]) -> None:
    """Move the mentions at (start, end) from their old actor to the new one, with the given kind."""
    drop = {(s, old) for s, _e, old, _new, _k in moves if old is not None}
    add: dict[str, list[Mention]] = {}
    text = doc_text(doc)
    for s, e, _old, new, kind in moves:
        add.setdefault(new, []).append(Mention(text[s:e], s, e, kind))
    out = []
    for a in doc._.sm_actors:
        ms = tuple(m for m in a.mentions if (m.start, a.id) not in drop) + tuple(add.get(a.id, ()))
        if ms != a.mentions:
            a = replace(a, mentions=tuple(sorted(ms, key=lambda m: (m.start, m.end))))
        out.append(a)
    doc._.sm_actors = out
    index = [x for x in doc._.sm_mentions or [] if (x[0], x[2]) not in drop]
    index += [(s, e, new) for s, e, _old, new, _k in moves]
    doc._.sm_mentions = sorted(index)
