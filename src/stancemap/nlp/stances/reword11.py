"""Two position forms of reporter rewordings (issue 9, twenty-second session).

- "X attacked Y" with a law, rule, plan or decision as Y is verbal criticism: X's -1 on Y. "attack" is
  no cue verb (it is force with most objects: "attacked the convoy / the police station"), so only
  the measure nouns below, never a physical thing, and never a crowd or armed subject ("rioters
  attacked the tax office" is force).
- "stood firmly behind the proposed rail line": a line planned or named as a route is a project, not a
  place one stands at ("stood behind the goal line" stays none).
- "X expressed its gratitude to Y for Z": Y is thanked, an alignment partner as in "X thanked Y for Z".
- "Y is a vote of confidence in Z" / "Y is the deal of the century", X said: X's +1 on Y (a thing, not a
  person or a state).
- "While parliament extended the curfew, X said the measure went too far": "the measure" (a noun that
  sums up an act) stands for the object of a fronted "while / after / as / when" clause of the sentence.
- "X will no longer be bound by Y" / "X will not be bound by Y" with an agreement or a ruling as Y:
  X's -1 on Y (a refusal to keep to it). Not "is bound by Y" (a fact), not hypothetical.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Token

from .backoff import POLICY_NOUNS
from .effects import THING_NOUNS
from .exits import PACT_NOUNS
from .frames import view_holder
from .lexicon import Lexicon
from .raw import RawStance, here, hypothetical
from .syntax import child, compact_span, is_negated, prep_object, reporting_subject, subjects

__all__ = ["fronted_clause_anaphor", "attacked_measure", "no_longer_bound", "planned_route", "thanked_party", "praised_as", "CRITICISED_MEASURES"]

#: measures that a person can attack only in words
CRITICISED_MEASURES = frozenset("""law laws bill bills rule rules regulation regulations legislation policy policies
    plan plans proposal proposals decision decisions ruling budget budgets reform reforms tax taxes levy levies
    tariff tariffs measure measures deal agreement scheme decree decrees ban quota quotas cap subsidy subsidies
    cut cuts austerity directive strategy amendment motion resolution verdict""".split())
#: subjects that attack with force
_FORCE_SUBJECTS = frozenset("""mob mobs crowd crowds rioter rioters protester protesters demonstrator demonstrators
    militant militants rebel rebels gunman gunmen troop troops soldier soldiers force forces army fighter fighters
    insurgent insurgents jet jets drone drones youth youths attacker attackers hacker hackers""".split())
#: conjunctions of a time clause that makes "no longer bound" a schedule
_SCHEDULE_MARKS = frozenset({"once", "when", "after", "until", "from", "as", "since"})
#: what one can refuse to be bound by
_BINDING = PACT_NOUNS | frozenset({"ruling", "rulings", "verdict", "decision", "decisions", "resolution",
                                   "resolutions", "rules", "terms", "commitment", "commitments", "obligations"})


def attacked_measure(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X attacked the proposed law": X's -1 on the measure."""
    obj = child(verb, "dobj")
    if verb.lemma_.lower() != "attack" or verb.pos_ != "VERB" or obj is None or is_negated(verb) \
            or hypothetical(verb, lex) or obj.lemma_.lower() not in CRITICISED_MEASURES \
            or obj.lemma_.lower() in lex.physical_nouns:
        return []
    holders = subjects(verb)
    if not holders or any(h.lemma_.lower() in _FORCE_SUBJECTS or h.lower_ in _FORCE_SUBJECTS for h in holders):
        return []
    return [RawStance(here(verb), holders, [verb], compact_span(obj), -1, "evaluative", 0.9)]


def no_longer_bound(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X will no longer be bound by the accord": X's -1 on the accord."""
    if verb.lower_ != "bound" or verb.tag_ != "VBN" or hypothetical(verb, lex):
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    longer = any(c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in verb.children)
    if not (longer or is_negated(verb)):
        return []  # ("X is bound by the accord": a fact)
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _SCHEDULE_MARKS for m in c.children)
           for c in verb.children) or any(c.dep_ == "prep" and c.lower_ in ("under", "from") for c in verb.children):
        return []  # ("once the transition ends, X will no longer be bound by Y": a schedule, no refusal)
    by = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
    obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if obj is None or (obj.lemma_.lower() not in _BINDING and obj.lower_ not in _BINDING):
        return []
    holders = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not holders:
        return []
    return [RawStance(here(verb), holders, [verb], compact_span(obj), -1, "evaluative", 0.9)]


#: modifiers that make a line a route or project ("the rail line", "the proposed power line")
_ROUTE_MODS = frozenset({"rail", "railway", "tram", "metro", "subway", "bus", "ferry", "power", "transmission",
                         "pipeline", "shipping", "proposed", "planned"})


def planned_route(obj: Token) -> bool:
    """Is a spatial noun a planned route or project ("the proposed Arctic rail line")?"""
    return obj.lemma_.lower() == "line" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _ROUTE_MODS for c in obj.children)


#: nouns of thanks whose "to Y" names the one thanked
_THANKS = frozenset({"gratitude", "thanks", "appreciation"})


def thanked_party(noun: Token, polarity: int) -> list[Token]:
    """The party a noun of thanks is addressed to ("its gratitude to Astana"), a name only."""
    if polarity <= 0 or noun.lemma_.lower() not in _THANKS:
        return []
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"]
    if noun.dep_ == "dobj":  # ("voiced his appreciation to India": the parser hangs "to" on the verb)
        preps += [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "to"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]


#: nouns a thing is praised as with an "of" phrase: "a vote of confidence", "the deal of the century"
_PRAISED_OF = {"vote": "confidence", "deal": "century", "project": "century", "agreement": "century",
               "plan": "century", "opportunity": "century", "investment": "century"}


def praised_as(be: Token, lex: Lexicon) -> list[RawStance]:
    """"Y is a vote of confidence in Z" / "Y is the project of the century," X said: X's +1 on Y."""
    attr = child(be, "attr")
    subj = child(be, "nsubj")
    if attr is None or subj is None or is_negated(be) or hypothetical(be, lex):
        return []
    want = _PRAISED_OF.get(attr.lemma_.lower())
    of = prep_object(attr, ("of",))
    if want is None or of is None or of[1].lemma_.lower() != want:
        return []
    if any(c.lower_ in ("no", "not", "little") for c in (*attr.children, *of[1].children)):
        return []  # ("a vote of no confidence", "no vote of confidence")
    low = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or subj.ent_type_ or not (low in POLICY_NOUNS or low in THING_NOUNS):
        return []  # ("he is the player of the century": a person)
    reporter = reporting_subject(be) or view_holder(be)
    if reporter is None or reporter.i == subj.i:
        return []
    return [RawStance(here(be), [reporter], [attr], compact_span(subj), 1, "evaluative", 0.9, [subj],
                      source="predicate-label")]


#: conjunctions of a fronted clause whose object a later "the measure" sums up
_FRONTED_MARKS = frozenset({"while", "after", "as", "when", "since", "though", "although"})
#: verbs that bring in the thing a later "the measure" names ("adopted the curfew": the curfew itself)
_INTRODUCING = frozenset({"adopt", "approve", "impose", "introduce", "pass", "announce", "unveil", "sign",
                          "enact", "decree", "declare", "order", "propose"})
#: nouns that name only the act, not the thing it produced
_ACT_ONLY = frozenset({"move", "step", "action"})


def fronted_clause_anaphor(raw: RawStance, anaphors: Collection[str]) -> RawStance:
    """A target that is only "the measure / the decision / the move" after a fronted clause ("While
    parliament extended the curfew, X said the measure went too far") stands for that clause's object
    (for "the move / step / action", the act: "extended the curfew"). Only an object before the
    target, no name of a state, place or person, and no holder."""
    lo, hi = raw.target
    doc = raw.sent.doc
    if hi - lo != 2 or doc[lo].lower_ not in ("the", "this", "that") or doc[lo + 1].lemma_.lower() not in anaphors \
            or any(c.i != lo for c in doc[lo + 1].children):
        return raw
    root = raw.sent.root
    clause = next((c for c in root.children if c.dep_ == "advcl" and c.i < lo and any(
        m.dep_ == "mark" and m.lower_ in _FRONTED_MARKS for m in c.children)), None)
    obj = child(clause, "dobj") if clause is not None else None
    if clause is None or obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in ("GPE", "NORP", "PERSON") or obj.i >= lo \
            or any(t.i == obj.i for t in raw.holders):
        return raw
    a, b = compact_span(obj, cut=frozenset({"advcl", "appos", "punct", "cc", "conj", "prep"}))
    if doc[lo + 1].lemma_.lower() in _ACT_ONLY or clause.lemma_.lower() not in _INTRODUCING:
        a = clause.i  # the act ("After Ghana raised fuel prices, Togo said the decision ...": the raising)
    return replace(raw, target=(a, b), gerund=False, skip=frozenset())
