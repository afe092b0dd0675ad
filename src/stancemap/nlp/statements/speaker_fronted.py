"""Speakers the parse leaves without a subject after a fronted phrase (branch spk4).

"In an interview with the Tribune, the port director, Elena Ruiz, said ...": the parse hangs
"the port director" as an apposition of the outlet inside the opening prepositional phrase and
gives the cue no subject; the noun phrase just before the cue would then be the outlet, or the
noun after the cue ("said the cranes would be ...") would be read as an inverted subject. The
apposition that closes the fronted phrase right before the cue's comma is the speaker
(:func:`fronted_phrase_subject`); its own name apposition ("..., Elena Ruiz,") is then the name
(``speaker.speaker_span``).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["fronted_phrase_subject", "is_content_subject"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def fronted_phrase_subject(verb: Token) -> Token | None:
    """The apposition closing an opening prepositional phrase, right before a subjectless cue."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != "," or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    for p in verb.lefts:
        if p.dep_ != "prep" or p.i != verb.sent.start:
            continue
        for a in p.subtree:
            if a.dep_ != "appos" or a.head.dep_ == "appos" or a.pos_ not in ("NOUN", "PROPN"):
                continue
            if a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == "," and a.right_edge.i == verb.i - 2:
                return a
    return None


def is_content_subject(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` after the cue is the subject of a clause the cue governs ("said the
    cranes would be replaced"), not an inverted subject of the cue."""
    h = tok.head
    if tok.dep_ not in _SUBJECT_DEPS or h.i == verb.i or h.i <= verb.i:
        return False
    while h.head.i != h.i and h.i != verb.i:
        if h.dep_ not in ("ccomp", "conj", "xcomp"):
            return False
        h = h.head
    return h.i == verb.i
