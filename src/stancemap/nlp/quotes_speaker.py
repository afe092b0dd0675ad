"""Speaker selection for the statements stage: who is the source of a cue verb."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

__all__ = ["speaker_token", "speaker_span"]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "parataxis"})
_REL_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Children that make a speaker phrase long without naming the speaker better.
_DROP_PROPN = frozenset({"appos", "relcl", "acl", "punct", "advmod", "prep", "cc", "conj", "npadvmod"})
_DROP_NOUN = frozenset({"appos", "relcl", "acl", "punct", "advmod", "cc", "conj", "npadvmod"})


def _subject(verb: Token) -> Token | None:
    passive = None
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "this", "that"):
            passive = c
    return passive


def speaker_token(verb: Token, *, max_climb: int = 4,
                  is_cue: Callable[[Token], bool] | None = None) -> Token | None:
    """The head token of the source of ``verb``: its subject, the agent of a passive, or
    (for participles, conjuncts and infinitives: "..., adding that", "went on to say") the
    subject of the governing verb. Relative pronouns resolve to the noun they modify.

    A participle cue inside the content of another cue ("X said A, adding that B", where the
    parse hangs "adding" on A's verb) takes the speaker of that cue (``is_cue`` tells cues).
    """
    v = verb
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "acl")
    for _ in range(max_climb + 1):
        if participle and is_cue is not None and v.i != verb.i:
            h = v
            while h.dep_ in ("ccomp", "conj", "advcl") and h.head.i != h.i and h.head.i < h.i:
                h = h.head
                if is_cue(h):
                    v = h
                    break
        subj = _subject(v)
        if subj is not None:
            if subj.lower_ in _REL_PRONOUNS and subj.head.dep_ == "relcl":
                return subj.head.head
            return subj
        if v.dep_ in _CLIMB and v.head.i != v.i:
            if v.dep_ == "ccomp" and v.i < v.head.i:
                return None  # a content clause before its cue: its subject is not the speaker
            v = v.head
            continue
        break
    return None


def speaker_span(tok: Token) -> Span:
    """A compact span for the speaker phrase headed by ``tok``.

    Names keep their compounds and titles but drop appositions, relative clauses and
    prepositional tails ("Matt Smith, a former aide, who ..." -> "Matt Smith"); common-noun
    heads keep their prepositional phrase ("a spokesman for the mayor").
    """
    doc = tok.doc
    drop = _DROP_PROPN if tok.pos_ == "PROPN" else _DROP_NOUN
    left, right = tok.i, tok.i
    for c in tok.lefts:
        if c.dep_ in drop:
            continue
        left = min(left, c.left_edge.i)
    for c in tok.rights:
        if c.dep_ in drop:
            break
        right = max(right, c.right_edge.i)
    # Never end on punctuation or a possessive-less dangling token.
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left : right + 1]
