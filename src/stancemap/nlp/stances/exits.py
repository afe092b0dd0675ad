"""Leaving a pact as a done act: "X pulled out of / withdrew from / quit the accord" is X's -1 on the
accord (README section 2: an act of rejection), not only as an intention.

The cue lexicon reads "withdraw from", "pull out of" and "quit" only as intentions ("said it would
pull out of X", data/stances/cues.yaml: intent_only), because done, they mostly report moves:
"withdrew from the talks / the region / the race", "pulled out of the town". With an agreement
as the object (an accord, pact, treaty, convention, deal), leaving it is a stated rejection of it.
Not when negated ("has not withdrawn from the treaty": no act) nor hypothetical (the caller checks).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .raw import RawStance, here, hypothetical
from .syntax import child, compact_span, is_negated, subjects

__all__ = ["left_pact", "left_pact_stances", "PACT_NOUNS"]

#: agreements one can be party to; leaving one rejects it
PACT_NOUNS = frozenset({"accord", "accords", "pact", "pacts", "treaty", "treaties", "agreement", "agreements",
                        "convention", "deal", "protocol", "compact", "arrangement"})
_LEAVING = frozenset({"withdraw", "pull", "quit"})


def left_pact(verb: Token, obj: Token | None) -> bool:
    """Is ``verb`` a done (or ongoing) act of leaving the agreement ``obj`` ("pulled out of the
    accord", "has withdrawn from the treaty", "quit the pact", "is pulling out of the deal")?"""
    if obj is None or verb.lemma_.lower() not in _LEAVING or is_negated(verb):
        return False
    return obj.lemma_.lower() in PACT_NOUNS or obj.lower_ in PACT_NOUNS


def left_pact_stances(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X has left / left the accord": X's -1 on the agreement it left. "leave" is no cue verb (it
    states no position with most objects: "left the meeting / the country", b39-rw-accord-quit), so
    only an agreement as its object makes it one; not negated, not hypothetical."""
    obj = child(verb, "dobj")
    if verb.lemma_.lower() != "leave" or verb.pos_ != "VERB" or obj is None or is_negated(verb) \
            or hypothetical(verb, lex) or (obj.lemma_.lower() not in PACT_NOUNS and obj.lower_ not in PACT_NOUNS):
        return []
    if any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") for c in verb.children) or any(
            c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
            for c in (*verb.children, *obj.children)):
        return []  # ("left the accord intact / in limbo / in tatters": a result, not an exit; "in March" is time)
    holders = subjects(verb)
    if not holders or not all(_party(h) for h in holders):
        return []  # ("Washington's silence left the deal ...": no party leaves)
    return [RawStance(here(verb), holders, [verb], compact_span(obj), -1, "evaluative", 0.9)]


#: common nouns that name a party to an agreement
_PARTY_NOUNS = frozenset({"country", "government", "state", "nation", "administration", "cabinet", "ministry", "side",
                          "kingdom", "republic", "union", "bloc", "alliance", "party", "coalition"})


def _party(tok: Token) -> bool:
    """Can the subject be a party to an agreement (a name, a pronoun, "the country", "the government")?"""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("GPE", "NORP", "ORG") \
        or tok.lemma_.lower() in _PARTY_NOUNS
