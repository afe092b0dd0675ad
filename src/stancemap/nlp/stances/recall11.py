"""Recall constructions of the eleventh fresh round (issue 9, branch stfresh11).

Small helpers used by the stance rules:

- :func:`said_clause_object`: "defended X, saying Y came first, despite objections from Z": the
  parser hangs "despite" on the verb of the said clause; the objection is against the main
  clause's object (X).
- :func:`hoped_act`: "X said it hoped Beijing would end Y": X +1 on Beijing ending Y (the hope
  that another actor will take a step, as "X called on Beijing to end Y"; README: hopes of
  outcomes are positions of the hoper, hopes about oneself are none).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .raw import RawStance, here, hypothetical
from .syntax import REPORT_VERBS, child, compact_span, is_negated, subjects

__all__ = ["hoped_act", "said_clause_object"]

#: steps another actor may be hoped to take ("hoped Seoul would drop X", "would ratify Y")
_HOPED_STEPS = frozenset("""end lift drop scrap ease lower cut remove withdraw release free reopen open resume
    restore ratify sign approve adopt implement join accept reconsider reverse halt stop allow extend renew
    honour honor respect back support endorse""".split())
_SELF = frozenset({"i", "we", "he", "she", "it", "they", "you", "this", "that", "these", "those"})


def said_clause_object(verb: Token) -> Token | None:
    """The object of the clause a said clause hangs on: from "came" in "defended its decision,
    saying price stability came first, despite ..." up through the participle of saying
    ("saying", an adverbial clause or conjunct of the main verb) to the main verb's object.
    None when the verb is not the content of such a participle or the main verb has no object."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS or verb.head.tag_ != "VBG":
        return None
    said = verb.head
    if said.dep_ not in ("advcl", "conj", "xcomp") or said.head.pos_ != "VERB":
        return None
    obj = child(said.head, "dobj")
    return obj if obj is not None and obj.i < said.i else None


def hoped_act(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X hoped (that) Y would end / ratify / drop Z": X +1 on Y doing it. Only an active clause
    with "would" or "will", a named or described subject other than the hoper (not a pronoun:
    "hoped it would be invited", "hoped they would win" are hopes about oneself or a forecast),
    and a step of policy (:data:`_HOPED_STEPS`) with an object."""
    clause = child(verb, "ccomp")
    if clause is None or clause.lemma_.lower() not in _HOPED_STEPS or clause.pos_ != "VERB" \
            or child(clause, "auxpass") is not None or child(clause, "dobj") is None \
            or not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in clause.children) \
            or is_negated(verb) or hypothetical(verb, lex):
        return []
    subj = child(clause, "nsubj")
    holders = subjects(verb)
    if subj is None or subj.lower_ in _SELF or subj.pos_ not in ("PROPN", "NOUN") or not holders \
            or any(h.i == subj.i for h in holders):
        return []
    lo, hi = compact_span(clause, cut=frozenset({"mark", "punct", "advcl", "relcl", "cc", "conj"}))
    return [RawStance(here(verb), holders, [verb], (lo, hi), -1 if is_negated(clause) else 1, "demand", 0.8,
                      [], source="hope")]
