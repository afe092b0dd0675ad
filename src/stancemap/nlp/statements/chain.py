"""Pronoun speakers that continue the previous quotation's speaker.

Runs after the statements stage. In ``“We will win,” said Ann Lee. “The polls are wrong,” she
added.`` the "she" is Lee: a he/she speaker of a statement that starts shortly after the
previous statement (at most ``MAX_GAP`` characters) takes that statement's speaker when it is a
person of a compatible gender (none of its pronoun mentions, titles or its given name is of the
other gender: relatives share surnames) and no
other person is named in between. The statement's speaker and the pronoun's actor mention are
moved to that person; records are rebuilt with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc

from ...actors.tables import load_tables
from ...records import Actor, Statement
from ..common.binding import later_in_own_clause
from .speaker_names import move_mentions

__all__ = ["follow_previous_speaker", "MAX_GAP"]

MAX_GAP = 200  # characters between the previous statement's end and this one's start
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})


def _bounds(st: Statement) -> tuple[int, int]:
    spans = list(st.content.spans)
    if st.speaker is not None:
        spans.append((st.speaker.start, st.speaker.end))
    return min(s for s, _ in spans), max(e for _, e in spans)


_MALE_TITLES = ("mr.", "mr ", "sir ", "king ", "prince ")
_FEMALE_TITLES = ("mrs.", "mrs ", "ms.", "ms ", "miss ", "madam ", "dame ", "queen ", "princess ")


def _genders(actor: Actor) -> set[str]:
    """The genders the article gives a person: its he/she mentions, a title ("Mrs. Lee") and its
    given name ("Susan Lee": f), so that "he" never continues his wife's quotation."""
    out = set()
    for m in actor.mentions:
        low = m.text.lower()
        if m.kind == "pronoun" and (low in _MALE or low in _FEMALE):
            out.add("m" if low in _MALE else "f")
        elif m.kind != "pronoun" and low.startswith(_MALE_TITLES):
            out.add("m")
        elif m.kind != "pronoun" and low.startswith(_FEMALE_TITLES):
            out.add("f")
    words = actor.name.split()
    if len(words) >= 2:
        t = load_tables()
        if words[0] in t.female and words[0] not in t.male:
            out.add("f")
        elif words[0] in t.male and words[0] not in t.female:
            out.add("m")
    return out


def follow_previous_speaker(doc: Doc, *, max_gap: int = MAX_GAP) -> int:
    """Relink he/she statement speakers to the previous statement's person (in place); returns the count."""
    statements = list(doc._.sm_statements or [])
    actors = {a.id: a for a in doc._.sm_actors or []}
    if len(statements) < 2 or not actors:
        return 0
    order = sorted(range(len(statements)), key=lambda i: _bounds(statements[i])[0])
    named = sorted((m.start, a.id) for a in actors.values() if a.type == "person" for m in a.mentions
                   if m.kind != "pronoun")
    named_starts = [s for s, _ in named]
    named_at = dict(named)
    moves: list[tuple[int, int, str | None, str]] = []  # pronoun start, end, old actor, new actor
    genders: dict[str, set[str]] = {}
    for prev_i, cur_i in zip(order, order[1:]):
        cur, prev = statements[cur_i], statements[prev_i]
        sp, pp = cur.speaker, prev.speaker
        if sp is None or pp is None or pp.actor is None or sp.text.lower() not in ("he", "she"):
            continue
        person = actors.get(pp.actor)
        if person is None or person.type != "person" or person.id == sp.actor:
            continue
        g = "m" if sp.text.lower() == "he" else "f"
        if person.id not in genders:  # once per person: a scan of its mentions for every statement is quadratic
            genders[person.id] = _genders(person)
        if ({"m", "f"} - {g}) & genders[person.id]:
            continue
        pend, cstart = _bounds(prev)[1], _bounds(cur)[0]
        if not 0 <= cstart - pend <= max_gap:
            continue
        lo, hi = bisect_left(named_starts, pend), bisect_left(named_starts, sp.start)
        if any(aid != person.id for _, aid in named[lo:hi]):  # another person named in between
            continue
        if _addressed(doc, sp.start, sp.end, person.id, named_at):  # "he told Kerr": not Kerr
            continue
        if _named_in(cur, person.id, named, named_starts):  # "“Lee has no plan,” he said": not Lee
            continue
        statements[cur_i] = replace(cur, speaker=replace(sp, actor=person.id))
        moves.append((sp.start, sp.end, sp.actor, person.id))
    if not moves:
        return 0
    doc._.sm_statements = statements
    move_mentions(doc, [(s, e, old, new, "pronoun") for s, e, old, new in moves])
    return len(moves)


def _named_in(st: Statement, person: str, named: list[tuple[int, str]], starts: list[int]) -> bool:
    """The person is named (not by a pronoun) inside the statement's own content: speakers call
    themselves "I", so the "he" of ``“Lee has no plan,” he said`` is not Lee (``nlp.common.binding``)."""
    for s, e in st.content.spans:
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        if any(aid == person for _, aid in named[lo:hi]):
            return True
    return False


def _addressed(doc: Doc, start: int, end: int, person: str, named_at: dict[int, str]) -> bool:
    """The person is named later in the pronoun speaker's own clause (``he told Kerr``, ``he
    replied to Grey``): a clause never names its own subject pronoun (``nlp.common.binding``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    return any(named_at.get(t.idx) == person for t in later_in_own_clause(span[0]))

