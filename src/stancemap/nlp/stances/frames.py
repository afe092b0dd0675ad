"""The object restriction of the wide frame lexicon (``data/stances/frames.yaml``).

Many stance verbs and idioms of political reporting have an everyday sense that is no position:
"cleared the merger" approves, "cleared the square" empties a place; "attacked the plan" is
criticism, "attacked the convoy" is force; "threw out the bill" rejects, "threw out the old chairs"
does not. A cue marked ``abstract_object`` counts only when its object is a proposition, act,
rule or text: a common noun outside the lexicon's physical nouns (things, places and persons,
derived from WordNet by ``scripts/derive_cues.py``), or a verb ("threw out raising the tax").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Cue, Lexicon
from .raw import RawStance

__all__ = ["object_allowed", "prefer_phrases"]

_NEGATORS = frozenset({"no", "never", "not", "n't", "nothing"})


def object_allowed(cue: Cue, obj: Token, lex: Lexicon) -> bool:
    """May ``obj`` be the object of ``cue``? (always, unless the cue asks for an abstract object)"""
    if not cue.abstract_object:
        return True
    if obj.pos_ in ("VERB", "AUX"):
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return False  # "celebrated its national holiday": one's own affairs, not a position on another's
    return obj.pos_ == "NOUN" and obj.lemma_.lower() not in lex.physical_nouns and obj.lower_ not in lex.physical_nouns


def prefer_phrases(raws: list[RawStance]) -> list[RawStance]:
    """Drop a one-word verb reading where a phrase cue starts at the same verb: the phrase is the
    more specific reading ("wants no part in X" is -1 on X, not the verb "want" +1 on "no part in X")."""
    firsts = {r.cue[0].i for r in raws if r.source == "phrase" and len(r.cue) > 1}
    return [r for r in raws if not (r.source == "verb" and len(r.cue) == 1 and r.cue[0].i in firsts)
            and not _negated_inside(r)]


def _negated_inside(r: RawStance) -> bool:
    """A phrase cue with a negator between its words that is none of them ("took no issue with X",
    "has never had a quarrel with X"): no position either way."""
    if r.source != "phrase" or len(r.cue) < 2:
        return False
    mine = {t.i for t in r.cue}
    doc = r.cue[0].doc
    return any(doc[i].lower_ in _NEGATORS for i in range(r.cue[0].i + 1, r.cue[-1].i) if i not in mine)
