"""Noun cues of the statements stage: "his claim that …", "Trump's call to ban …".

A noun of the cue lexicon's ``nouns`` section heads an attribution when it governs a
that-clause (any cue noun) or a to-infinitive (nouns of intent: call, promise, pledge, …).
The speaker is its possessor ("her warning", "the senator's claim") or the object of a
"by"/"from" phrase ("the suggestion by the mayor that …"); without one it is no statement.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["noun_cue"]

_INTENT_NOUNS = frozenset({"call", "promise", "pledge", "vow", "demand", "threat", "warning", "plea",
                           "appeal", "offer", "refusal"})
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "appos", "relcl", "advcl"})


def _speaker(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON"):
                    return g
    return None


def noun_cue(tok: Token, nouns: frozenset[str]) -> tuple[Token, int, int] | None:
    """(speaker head, first token, last token of the content) when ``tok`` is a cue noun
    with a that-clause or an intent infinitive and a speaker, else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
        return None
    speaker = _speaker(tok)
    if speaker is None:
        return None
    lemma = tok.lemma_.lower()
    for c in tok.rights:
        if c.dep_ not in _CLAUSE_DEPS or c.pos_ not in ("VERB", "AUX"):
            continue
        first = c.left_edge
        if first.lower_ == "that" and first.dep_ == "mark":
            return speaker, first.i, c.right_edge.i
        if lemma in _INTENT_NOUNS and first.lower_ == "to" and first.tag_ == "TO":
            return speaker, first.i + 1, c.right_edge.i
    return None
