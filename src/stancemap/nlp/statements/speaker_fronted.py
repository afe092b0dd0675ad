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

__all__ = ["fronted_phrase_subject", "is_content_subject", "relative_split_subject"]

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
    """Whether ``tok`` after a cue that follows a plain comma is the subject of the cue's own
    content clause ("..., Elena Ruiz, said the cranes would be replaced"), not an inverted
    subject of the cue. After a quotation ('"...," said Ann Roe, asked about ...') the noun
    after the cue is always left to the inverted reading."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != ",":
        return False
    h = tok.head
    return tok.dep_ in _SUBJECT_DEPS and h.i > tok.i and h.dep_ == "ccomp" and h.head.i == verb.i


def relative_split_subject(verb: Token) -> Token | None:
    """"Nadia Holt, meanwhile, who sits on three boards, said ...": with an adverb between the
    name and its relative clause the parse makes the relative clause a clause of the cue and
    gives it two subjects, the name and "who"; the cue has none. The name speaks."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    for c in verb.lefts:
        if c.dep_ not in ("advcl", "ccomp", "parataxis") or c.pos_ not in ("VERB", "AUX"):
            continue
        subs = [s for s in c.children if s.dep_ == "nsubj"]
        rel = [s for s in subs if s.lower_ in ("who", "which")]
        names = [s for s in subs if s.pos_ in ("PROPN", "NOUN") and s.i < c.i]
        if len(subs) == 2 and len(rel) == 1 and len(names) == 1 and names[0].i < rel[0].i:
            return names[0]
    return None
