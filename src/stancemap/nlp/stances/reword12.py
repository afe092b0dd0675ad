"""Forms of ordinary reporter rewordings (issue 9, reword12 session): small predicates that effects.py,
rules.py and align.py call, kept here so that those shared modules change by one line each.

- A route and the land it crosses: "backs the new highway through the Andes" names where the highway
  runs, not a motion of the highway (rules._moved reads "backed the van through the gate" as moving a
  thing). Only a route noun (highway, railway, pipeline ...) with a named place after the preposition.
- "the proposed / planned X" is a plan someone decides, so its stated effects judge it like those of a
  deal or a project ("the proposed marina would hurt local fishermen": the marina is a plan).
  Never a person, a body or nature.
- Idioms of harm in statements of effect: "put X out of work / business", "leave X at the mercy of Y",
  "leave X short of Y", "foul / poison the air (water) over X". X must be something valued (effects).
- A joint pledge made with the idioms "join forces / join hands" (align._joint_pledge).
- "A and B will work together / hand in hand (against X)": a stated joint plan, as a joint pledge
  (align._joint_pledge); only with "will" and two parties, not a past fact ("worked together in 1990").
- "lashed out at / hit out at Y over (for) Z" with a named party Y: the target is "Y Z", the party's act,
  as for a verb cue ("criticised Y over Z", rules._verb_stance); phrase cues kept only Y.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .syntax import child, is_time, prep_object

__all__ = ["route_course", "planned_thing", "harm_idioms", "joint_idiom", "party_act_span", "joint_work", "EXTRA_EFFECT_VERBS"]

#: nouns of a route that runs through places
_ROUTES = frozenset({"highway", "motorway", "road", "railway", "railroad", "rail", "line", "pipeline", "canal",
                     "tunnel", "corridor", "bridge", "cable", "link", "expressway", "route", "waterway"})
#: prepositions that say where a route runs
_COURSE_PREPS = frozenset({"through", "across", "along", "over", "under", "via", "between", "to", "from"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def route_course(verb: Token, obj: Token) -> bool:
    """Is the verb's direction phrase the course of a route object ("backs the railway across the
    Altiplano"): a route noun, and a named place after the preposition?"""
    if obj.lemma_.lower() not in _ROUTES and obj.lower_ not in _ROUTES:
        return False
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in _COURSE_PREPS and p.i > obj.i:
            for o in p.children:
                if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in _PLACE_TYPES):
                    return True
    return False


#: participles that make a noun a plan ("the proposed surcharge", "the planned quarry")
_PLANNED = frozenset({"proposed", "planned", "envisaged", "mooted", "projected", "intended"})
#: nouns that stay people, bodies or nature even when planned ("the proposed candidate", "a planned visit"
#: is an event, but a visit has no effects reported as a judgement)
_NOT_PLANS = frozenset({"candidate", "nominee", "successor", "visit", "trip", "meeting", "summit", "talks",
                        "government", "council", "committee", "body", "storm", "strike", "protest", "march", "rally"})


def planned_thing(subj: Token) -> bool:
    """Is the subject a noun named as planned or proposed ("the proposed surcharge on cork exports")?"""
    if subj.pos_ != "NOUN" or subj.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or subj.lemma_.lower() in _NOT_PLANS:
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _PLANNED for c in subj.children)


#: effect verbs added by the idioms below
EXTRA_EFFECT_VERBS = frozenset({"put", "foul"})
#: what one is put out of ("put farmers out of work")
_OUT_OF = frozenset({"work", "business", "job", "jobs", "market", "markets", "livelihood", "livelihoods"})
#: media that a polluter fouls over / around a valued place ("foul the air over our farms")
_MEDIA = frozenset({"air", "water", "waters", "soil", "sky", "skies", "well", "wells"})
_FOULING = frozenset({"foul", "poison", "pollute", "contaminate"})


def _out_of(verb: Token) -> bool:
    for p in verb.children:
        if p.dep_ in ("prep", "prt", "advmod") and p.lower_ == "out":
            of = prep_object(p, ("of",))
            if of is not None and of[1].lemma_.lower() in _OUT_OF:
                return True
    return False


def harm_idioms(verb: Token, low: str, objs: list[Token], valued: Callable[[Token], bool]) -> int:
    """-1 for the idioms of harm named in the module docstring, with a valued object; 0 otherwise."""
    if not objs:
        return 0
    if low == "put" and any(valued(o) for o in objs) and _out_of(verb):
        return -1  # "would put our miners out of work"
    if low == "leave" and any(valued(o) for o in objs):
        at = prep_object(verb, ("at",))
        if at is not None and at[1].lemma_.lower() == "mercy":
            return -1  # "will leave truckers at the mercy of border officials"
        for c in verb.children:
            if c.dep_ in ("oprd", "acomp", "advmod", "xcomp") and c.lower_ == "short" and prep_object(c, ("of",)):
                return -1  # "will leave bakeries short of gas"
    if low in _FOULING:
        for o in objs:
            if o.lemma_.lower() in _MEDIA:
                for p in o.children:
                    if p.dep_ == "prep" and p.lower_ in ("over", "of", "around", "in", "near", "for") and any(
                            x.dep_ == "pobj" and valued(x) for x in p.children):
                        return -1  # "would foul the air over our villages"
    return 0


def joint_idiom(tok: Token) -> bool:
    """"join forces / join hands": a joint pledge's word of acting together."""
    return tok.lower_ in ("forces", "hands") and tok.head.lemma_.lower() == "join" and tok.dep_ == "dobj"


_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "while", "time", "ages"})


def party_act_span(verb: Token, obj: Token, span: tuple[int, int]) -> tuple[tuple[int, int], frozenset[int]]:
    """The target span of a judging phrase whose object is a named party, widened to the act a
    following "over / for" phrase names ("lashed out at Y over its decision to X": "Y its decision to
    X"), and the preposition to leave out of the target text; the span unchanged otherwise."""
    if obj.pos_ != "PROPN":
        return span, frozenset()
    why = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("over", "for") and c.i > obj.i
                and not is_time(c)), None)
    inner = child(why, "pcomp", "pobj") if why is not None else None
    if why is None or inner is None or inner.lemma_.lower() in _DURATIONS:
        return span, frozenset()  # ("lashed out at Y for weeks": a duration)
    return (span[0], max(span[1], inner.right_edge.i + 1)), frozenset({why.i})


def joint_work(verb: Token) -> bool:
    """"will work together / hand in hand / closely", "will cooperate": a joint plan (see the module
    docstring); the parties and the third-party test are align._joint_pledge's."""
    low = verb.lemma_.lower()
    if low not in ("work", "cooperate", "co-operate") or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return False
    if low != "work":
        return True
    words = [t.lower_ for t in verb.subtree]
    return any(c.dep_ == "advmod" and c.lower_ in ("together", "closely") for c in verb.children) or any(
        words[i:i + 3] == ["hand", "in", "hand"] for i in range(len(words)))
