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

from ...actors.codes import slug
from ...records import Actor, Mention, Statement
from ..actors.roles import PERSON_ONLY_NOUNS
from ..common.text import doc_text

__all__ = ["relink_namesakes", "link_role_speakers", "link_member_speakers", "split_named_bodies"]

#: A role speaker: "the director", "The spokeswoman", with words before the noun ("the bank's
#: governor", "the interior minister"); the role noun is the last word.
_ROLE_RE = re.compile(r"(?i)the (?:[a-z-]+(?:'s|’s)? ){0,2}([a-z-]+)")
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
                if pm.kind not in ("phrase", "name") or pm.end > sp.start:
                    continue
                # the noun in the description or in a title the name mention carries ("Deputy
                # Economy Minister Ana Vaz": the name mention may hold the title), never in the
                # name itself ("Dean Lind")
                rest = _without_name(text[pm.start:pm.end], p.name)
                if pat.search(rest) and _has_words(rest, m.group(0)):
                    # (with the role's other words: "the Texas senator" is not "Senator X of Ohio")
                    found.append(p.id)
                    break
        if len(found) > 1:
            found = _by_modifiers(found, persons, m.group(0), noun, sp.start, text)
        if not found:
            found = _named_next(persons, sp.end, noun, text)
        if len(found) != 1:
            continue
        statements[k] = replace(st, speaker=replace(sp, actor=found[0]))
        moves.append((sp.start, sp.end, None, found[0], "nominal"))
    if moves:
        doc._.sm_statements = statements
        move_mentions(doc, moves)
    return len(moves)


def _without_name(phrase: str, name: str) -> str:
    """The phrase with the person's own name (and its words, "Vaz" alone) blanked."""
    out = phrase.replace(name, " ")
    for w in name.split():
        out = re.sub(rf"\b{re.escape(w)}\b", " ", out)
    return out


def _has_words(naming: str, role: str) -> bool:
    """Whether the naming holds every word of the role but its article, possessives and noun."""
    words = [w for w in role.lower().split()[1:-1] if not w.endswith(("'s", "’s"))]
    low = naming.lower()
    return all(re.search(rf"\b{re.escape(w)}\b", low) for w in words)


def _by_modifiers(found: list[str], persons: list[Actor], role: str, noun: str, pos: int, text: str) -> list[str]:
    """Of several persons whose naming holds the role noun, those whose naming also holds the
    role's other words ("the deputy minister": "Deputy Economy Minister Ana Vaz", not "Minister
    Rui Sal"); all of them when the role has no other words or none or all fit."""
    words = [w for w in role.lower().split()[1:-1] if not w.endswith(("'s", "’s"))]
    if not words:
        return found
    keep = []
    for pid in found:
        p = next(a for a in persons if a.id == pid)
        named = " ".join(_without_name(text[pm.start:pm.end], p.name).lower() for pm in p.mentions
                         if pm.kind in ("phrase", "name") and pm.end <= pos)
        if all(re.search(rf"\b{re.escape(w)}\b", named) for w in words):
            keep.append(pid)
    return keep or found


def _named_next(persons: list[Actor], pos: int, noun: str, text: str) -> list[str]:
    """The person named in full next after ``pos`` when the role noun is in that naming ("The
    bank's governor said ... Governor Ana Reis, who took office in May, said"; "the interior
    minister told ... The minister, Hugo Vela, said"): a title said before the name, in the
    same sentence run. Only the first person named after the speaker counts, within
    ``_NEXT_REACH`` characters: a role named before its holder is named at once."""
    first: tuple[int, str, str] | None = None
    for p in persons:
        for pm in p.mentions:
            if pm.kind not in ("name", "phrase") or pm.start < pos:
                continue
            if first is None or pm.start < first[0]:
                first = (pm.start, p.id, p.name)
            break
    if first is None or first[0] - pos > _NEXT_REACH:
        return []
    start, pid, name = first
    person = next(p for p in persons if p.id == pid)
    pat = re.compile(rf"(?i)\b{re.escape(noun)}\b")
    for pm in person.mentions:
        if pm.kind in ("name", "phrase") and pm.start == start:
            words = text[pm.start:pm.end].replace(name, " ")
            if pat.search(words):
                return [pid]
    return []


#: How far after a role speaker its holder may be named (characters): the next two sentences or so.
_NEXT_REACH = 400


#: Plural nouns of a body's people: "officials", "executives" speak for their body.
_MEMBERS = frozenset({"officials", "executives", "leaders", "representatives", "spokesmen", "negotiators",
                      "managers", "lawmakers", "members", "staff"})
#: A plural speaker with no actor: "They", "Party officials", "Executives", "Union leaders".
_MEMBER_RE = re.compile(r"(?i)(?:(?:the )?([a-z]+) )?([a-z]+)")
#: Body words before a members noun, and what the previous body must be for them: a word of its
#: name or a sector of its code ("party officials" after a party, "company executives" after a firm).
_BODY_FITS = {"party": ("party", "PTY"), "company": ("", "BUS"), "union": ("union", "LAB"),
              "bank": ("bank", ""), "government": ("government", "GOV"), "ministry": ("ministry", "GOV")}
#: How far back (characters) the previous statement may end.
_MEMBER_GAP = 400


def link_member_speakers(doc: Doc) -> int:
    """Plural speakers with no actor that continue a body's statement go to that body; returns the count.

    "The Liberal Party said ... Party officials said ... They said": a speaker "they", or a
    plural noun of a body's people ("officials", "executives", "leaders", with at most one
    body word before it that must fit: "party officials" after a party), that the actors stage
    left with no actor, speaks for the body (an organisation, a state or a group: no person)
    that spoke in the statement just before it, when that one ends at most ``_MEMBER_GAP``
    characters before; after a group of people ("Republicans said ... Lawmakers asked") only
    "they" follows it. A person's statement in between, or a body word that does not fit,
    leaves it alone ("Residents said ... They said": nobody is named, no actor).
    """
    statements = list(doc._.sm_statements or [])
    actors = {a.id: a for a in doc._.sm_actors or []}
    if len(statements) < 2 or not actors:
        return 0
    order = sorted(range(len(statements)), key=lambda i: min(s for s, _ in statements[i].content.spans))
    moves: list[tuple[int, int, str | None, str, str]] = []
    for prev_i, cur_i in zip(order, order[1:]):
        cur, prev = statements[cur_i], statements[prev_i]
        sp, pp = cur.speaker, prev.speaker
        if sp is None or pp is None or pp.actor not in actors:
            continue
        if sp.actor is not None and not (sp.text.lower() == "they" and sp.actor != pp.actor
                                         and _only_in_content(actors.get(sp.actor), prev, sp.start)):
            continue
        body = actors[pp.actor]
        if body.type == "person":
            continue
        m = _MEMBER_RE.fullmatch(sp.text)
        if m is None:
            continue
        word, noun = (m.group(1) or "").lower(), m.group(2).lower()
        if noun == "they" and word:
            continue
        if noun != "they":
            if noun not in _MEMBERS or body.type == "group" or not _named_body(doc, body, pp.start, pp.end):
                continue  # ("Republicans said ... Lawmakers asked": people of a group are no body's)
            if word:
                fit = _BODY_FITS.get(word)
                if fit is None or not ((fit[0] and fit[0] in body.name.lower())
                                       or (fit[1] and fit[1] in (body.code or "") + (body.sector or ""))):
                    continue
        pend = max(e for _, e in list(prev.content.spans) + [(pp.start, pp.end)])
        if not 0 <= sp.start - pend <= _MEMBER_GAP:
            continue
        statements[cur_i] = replace(cur, speaker=replace(sp, actor=body.id))
        moves.append((sp.start, sp.end, None, body.id, "pronoun" if noun == "they" else "nominal"))
    if moves:
        doc._.sm_statements = statements
        move_mentions(doc, moves)
    return len(moves)


def _only_in_content(actor: Actor | None, prev: Statement, pos: int) -> bool:
    """Whether every mention of ``actor`` before ``pos`` lies inside the content of the statement
    ``prev`` (branch spk6): "Members of the exporters' group said buyers in Germany and Japan had
    agreed to smaller shipments. They said ...": coreference gave "They" to the states named
    inside what was said; the speaker who said it goes on speaking. A group of people named there
    ("the company said workers would strike. 'We are angry,' they said") keeps it."""
    if actor is None or not (actor.type == "state" or (actor.type == "group" and actor.members)):
        return False  # only states named in what was said ("workers" named there may speak next)
    before = [m for m in actor.mentions if m.end <= pos]
    return bool(before) and all(any(a <= m.start and m.end <= b for a, b in prev.content.spans) for m in before)


#: A state's body named by its kind: "Ghana's finance ministry", "the Ministry of Health", "Peru's
#: ombudsman's office" (a possessive state or an "of" phrase names it; "the ministry" alone does not).
_BODY_RE = re.compile(r"(?:(?:the|The) )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?(?:'s|’s) )"
                      r"(?:[\w-]+(?:'s|’s)? ){0,3}((?i:ministry|department|office|treasury|bureau|commission|agency))"
                      r"(?: of(?: [\w-]+){1,4})?"
                      r"|(?:(?:the|The) )?(ministry|department|office|bureau|commission|agency|Ministry|Department|"
                      r"Office|Bureau|Commission|Agency) of(?: [\w-]+){1,4}")
#: An "of" phrase right after a body's name: " of Fisheries", " of humanitarian affairs".
_OF_TAIL = re.compile(r" of(?: (?:the|and|[A-Za-z][\w-]*)){1,4}?(?=[,.;:]| (?:said|told|announced|says|added|"
                      r"warned|stated|confirmed|reported|denied|called|urged|accused|on|in|that)\b)")
#: Speakers that continue a body's statement: its people, "it", "they", "the ministry".
_BODY_FOLLOW_RE = re.compile(r"(?i)(?:(?:the )?(?:\w+ )?(?:officials|spokesmen|staff|it|they)"
                             r"(?: (?:at|of|from|in) the (\w+))?|the (\w+))")


def _named_body(doc: Doc, body: Actor, start: int, end: int) -> bool:
    """A body with a code, or one the speaker names by a proper name (not "Farmers" that the
    tagger took for an organisation at the head of a sentence)."""
    if body.code:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span[-1].pos_ == "PROPN" and (len(span) > 1 or span[-1].tag_ != "NNPS")


#: The place of a body's people the speaker span may stop before: " at the ministry".
_MEMBERS_TAIL = re.compile(r" (?:at|of|from|in) the \w+(?=[ ,])")


def _members_tail(text: str, end: int) -> str:
    """" at the ministry" right after a speaker span "Officials" that stops before it (branch
    spk6: the statement's speaker is the plural noun, the phrase says whose people they are)."""
    m = _MEMBERS_TAIL.match(text, end)
    return m.group(0) if m else ""


def split_named_bodies(doc: Doc) -> int:
    """A state's ministry that speaks is its own actor; returns the count of new actors.

    The actors stage makes "Ghana's finance ministry" a mention of the state's government
    collective ("Ghanaian government"), which is right for its country and sector but not for
    who spoke: a speaker phrase that names a state body by its kind (ministry, department,
    office, treasury, bureau, commission, agency) with the state's possessive or an "of" phrase
    becomes an actor of its own, named by the phrase (no leading "the"), with the collective's
    code, country and sector. Later mentions of the collective that name the same kind ("the
    ministry", "officials at the ministry"), and plural or pronoun speakers ("officials", "it",
    "they") of statements that follow one of the body's own, go to it.
    """
    statements = list(doc._.sm_statements or [])
    actors = {a.id: a for a in doc._.sm_actors or []}
    if not statements or not actors:
        return 0
    order = sorted(range(len(statements)), key=lambda i: min(s for s, _ in statements[i].content.spans))
    text = doc_text(doc)
    new: dict[str, Actor] = {}
    moves: list[tuple[int, int, str | None, str, str]] = []
    body_of: dict[str, tuple[str, str]] = {}  # collective id -> (body id, kind word) named last
    prev_body: str | None = None
    for i in order:
        st = statements[i]
        sp = st.speaker
        here = None
        if sp is not None and sp.actor in actors:
            coll = actors[sp.actor]
            if coll.country and coll.sector and coll.code and coll.type == "organisation" \
                    and coll.id == coll.code:
                m = _BODY_RE.fullmatch(sp.text)
                f = _BODY_FOLLOW_RE.fullmatch(sp.text + _members_tail(text, sp.end)) if m is None else None
                if m is not None:
                    # the name with its "of" phrase when the speaker span stops before it ("Norway's
                    # Ministry of Fisheries", "Somalia's ministry of humanitarian affairs")
                    tail = _OF_TAIL.match(text, sp.end) if " of " not in sp.text else None
                    name = re.sub(r"^(?:the|The) ", "", sp.text + (tail.group(0) if tail else ""))
                    bid = f"{coll.id}:{slug(name)}"
                    if bid not in new:
                        new[bid] = Actor(id=bid, name=name, type="organisation", country=coll.country,
                                         code=coll.code, sector=coll.sector, text=name)
                    body_of[coll.id] = (bid, (m.group(1) or m.group(2)).lower())
                    here = bid
                elif f is not None and coll.id in body_of:
                    bid, kind = body_of[coll.id]
                    word = (f.group(1) or f.group(2) or "").lower()
                    if word == kind or (not word and prev_body == bid):
                        here = bid
                if here is not None:
                    statements[i] = replace(st, speaker=replace(sp, actor=here))
                    moves.append((sp.start, sp.end, coll.id, here, "nominal"))
        prev_body = here
    if not new:
        return 0
    # other mentions of the collective after the naming that name the body's kind: "the ministry"
    firsts = {bid: min(s for s, _e, _o, b, _k in moves if b == bid) for bid in new}
    for a in actors.values():
        if a.id not in body_of:
            continue
        bid, kind = body_of[a.id]
        pat = re.compile(rf"(?i)\b{kind}\b")
        for mm in a.mentions:
            if mm.start > firsts[bid] and mm.kind in ("nominal", "phrase") and pat.search(mm.text) \
                    and not any(s == mm.start for s, *_ in moves) and _same_portfolio(mm.text, kind, new[bid].name):
                moves.append((mm.start, mm.end, a.id, bid, mm.kind))
    doc._.sm_actors = list(doc._.sm_actors) + list(new.values())
    doc._.sm_statements = statements
    move_mentions(doc, moves)
    # a collective all of whose mentions named the body is gone (no statement speaks for it now)
    spoken = {st.speaker.actor for st in statements if st.speaker is not None}
    doc._.sm_actors = [a for a in doc._.sm_actors if a.mentions or a.id not in body_of or a.id in spoken]
    return len(new)


def _same_portfolio(text: str, kind: str, name: str) -> bool:
    """"the ministry" or "the health ministry" may be "Chad's health ministry"; "the interior
    ministry" is another body (branch spk7)."""
    m = re.search(rf"(?i)\bthe ((?:[a-z-]+ ){{0,2}}){kind}\b", text)
    words = m.group(1).split() if m else []
    return all(w in name.lower().split() for w in words)


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
