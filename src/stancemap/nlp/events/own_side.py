"""Events that are no acts between two actors (issue 15, evfresh13).

- **Self-aimed events.** A party does not act on itself: a statement whose source and target are the
  same actor, or a state (or its government, or one of that government's people) and that same
  state, is no event between two actors ("the minister, agreeing with her colleague, said her
  country also wants the fighting to end": no agreement of the minister with her own country).
  A state named in the sentence by a demonym stands for its people ("called on Liberians to stay
  calm", "promised Peruvians new jobs", "Fijian fishermen urged the government"), as source or
  target: those events stay.
  A state's words aimed at its own government or one of its people (CAMEO 01-05: "X backed the
  plan", where the plan's backer is X's own minister) are dropped too.
  Only statements (CAMEO 01) aimed at the state itself are dropped this way (an intent or a meeting
  "in X" whose target fell back on the place it names keeps it, as the pair set codes it): a material act whose target fell back on the country it happened in ("the army
  shelled villages in X") keeps its event, and so does praise or criticism whose target is a body of the state the tables do not
  know ("thanked X's firefighters": the state's code, which a coder may give it too).

- **An appeal's place is in its own phrase.** An appeal with no addressee falls back on the place it
  names ("called for a truce in X": X), not on a place of another clause of its sentence.

- **What a gerund undoes is no thing acted on.** "opposed lifting the standards" rejects the lifting,
  not the standards: the undone object is no target of the rejection.

- **A time is no thing.** "issued a warrant on Monday": the weekday is no thing the act is aimed at.

- **Things acted on are not actors.** An event aimed at a thing that names no party ("rejected the
  referendum", "disagreed on trade") keeps the thing as its target in the records (the pair scorer,
  like the reference scorer, finds an event's target among the article's actors by its mention, and
  the pair set marks such things), but a reader's actor table lists actors only
  (`output/table.py`, `listed_actors`): things (ids ``thing:...``, type "other", no code) are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Actor

__all__ = ["APPEAL_ROOTS", "STATEMENT_ROOTS", "VERBAL_ROOTS", "is_thing_id", "is_time_word", "named_as_state", "self_aimed",
           "undoing_gerund"]

#: CAMEO roots of appeals: the last-resort place of one is a place in its own phrase ("called for a truce
#: in X"), not one of a sister clause ("said they saw the war in X alike, calling for a truce": no X)
APPEAL_ROOTS = frozenset({"02"})
#: CAMEO roots of a party's words, appeals, offers and meetings
VERBAL_ROOTS = frozenset({"01", "02", "03", "04"})
#: CAMEO roots of statements: the only acts whose target, the source's own state, is dropped (an
#: intent or a meeting "in X" has fallen back on its place, which the pair set keeps as the target)
STATEMENT_ROOTS = frozenset({"01"})


#: words of time that name no thing acted on ("issued the order on Monday", "rejected it last week")
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                         "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year", "day", "night",
                         "morning", "afternoon", "evening", "hour", "hours", "days", "weeks", "months", "years"})


def is_time_word(tok: Token) -> bool:
    """Whether a noun names a time (a weekday, "last week", a date entity): no thing an act is aimed at."""
    return tok.lower_ in _TIME_WORDS or tok.ent_type_ in ("DATE", "TIME")


#: verbs that undo or remove what they take ("lifting", "scrapping", "easing" a rule)
_UNDOING = frozenset({"lift", "scrap", "ease", "remove", "abolish", "repeal", "drop", "relax", "end", "cut",
                      "loosen", "axe", "withdraw", "waive", "suspend", "dismantle", "weaken", "roll"})


def undoing_gerund(v: Token) -> bool:
    """Whether a verb is a gerund that undoes its object ("opposed lifting the standards"): the object is
    not what the governing act aims at (rejecting the lifting is no rejection of the standards)."""
    return v.tag_ == "VBG" and v.lemma_.lower() in _UNDOING


def is_thing_id(aid: str | None) -> bool:
    """Whether an actor id is a thing acted on (the events' participants, ``thing:...``)."""
    return bool(aid) and str(aid).startswith("thing:")


def self_aimed(code: str, source: str | None, target: str | None,
               source_code: str | None, target_code: str | None, target_type: str | None) -> bool:
    """Whether a verbal event (``code``) is aimed at its own source: the same actor, or the source's own
    state when the source is that state, its government or one of the government's people (its code
    the state's bare code or the state's code + GOV) and the target is the state itself (type "state")."""
    if code[:2] not in VERBAL_ROOTS | {"05"} or source is None or target is None:
        return False
    if source == target:  # (an intent or praise between two bodies one actor merged stays: the pair set
        return code[:2] in STATEMENT_ROOTS  # finds each body's mention among the actor's)
    if not source_code or not target_code:
        return False
    if len(source_code) == 3 and target_code == source_code + "GOV":
        return True  # "X backed the plan" said by X's own minister: no support of X for its minister
    if code[:2] not in STATEMENT_ROOTS or target_type != "state" or len(target_code) != 3:
        return False
    return source_code in (target_code, target_code + "GOV")


def named_as_state(target: Actor | None, start: int, end: int) -> bool:
    """Whether the target is named in the sentence (``start``..``end``) only as the state or its seat,
    never by a demonym: "called on Liberians to stay calm" appeals to the state's people (an event),
    "said Peru also wants" names the state itself. True for a target that is no state (its own actor)."""
    if target is None:
        return False
    if target.type != "state":
        return True
    kinds = {m.kind for m in target.mentions if start <= m.start < end}
    return bool(kinds) and "demonym" not in kinds
