"""Which verb-tagged words can be event triggers (issue 15, speed; evspeed5).

:func:`~stancemap.nlp.events.match.match_token` returns a trigger for a word tagged as a verb only
through a branch that names its lemma: a lexicon verb pattern (``lexicon.verbs``), a light or
leading verb (``lexicon.light_verbs``, ``lexicon.leading_verbs``), "set up", or one of the lemmas its
own rules test (:data:`RULE_LEMMAS`: "come under", "hurl", "survive", "claim", "join", the copulas);
or, for a past participle, the stative adjective reading ("is committed to", ``lexicon.adjectives`` by
the word form). :func:`may_trigger_verb` is False only where none of these can hold, so the events
stage's trigger pass (``component._triggers``) makes no Token and asks ``match_token`` nothing for
the other half of the verbs (about 14,700 of 29,000 calls on 234 wire Docs), with the same triggers.

A rule author who adds a verb branch to ``match_token`` keyed on a new lemma (``lem == "x"`` or
``lem in _SOME_SET``) adds that lemma or set to :data:`RULE_LEMMAS`;
``tests/nlp/test_evspeed5.py`` reads ``match_token``'s source and fails until it is there.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.symbols import ADJ
from spacy.tokens import Doc

from .lexicon import Lexicon
from .match import _CLAIMING_VERBS, _COPULAS, _SURVIVING_VERBS, _THROWING_VERBS

__all__ = ["RULE_LEMMAS", "adjective_noun_candidates", "may_trigger_verb", "verb_keys"]

#: lemmas (:func:`~stancemap.nlp.events.match.lemma`) that ``match_token``'s verb branch tests by name,
#: besides the lexicon's tables ("provide" and "call" only ever return None there; kept all the same)
RULE_LEMMAS: frozenset[str] = frozenset({"operate", "provide", "call", "come", "join", "be", "set"}
                                        | _THROWING_VERBS | _SURVIVING_VERBS | _CLAIMING_VERBS | _COPULAS)

#: id of a lexicon's verb table -> (the table, its size, the light and leading verbs, the keys)
_KEYS: dict[int, tuple[object, int, frozenset[str], frozenset[str], frozenset[str]]] = {}


def verb_keys(lexicon: Lexicon) -> frozenset[str]:
    """Every lemma a verb trigger can have in ``lexicon``: made once per lexicon."""
    verbs = lexicon.verbs
    hit = _KEYS.get(id(verbs))
    if hit is not None and hit[0] is verbs and hit[1] == len(verbs) and hit[2] is lexicon.light_verbs \
            and hit[3] is lexicon.leading_verbs:
        return hit[4]
    keys = frozenset(verbs) | lexicon.light_verbs | lexicon.leading_verbs | RULE_LEMMAS
    if len(_KEYS) >= 64:  # lexicons are few; bounded all the same
        _KEYS.clear()
    _KEYS[id(verbs)] = (verbs, len(verbs), lexicon.light_verbs, lexicon.leading_verbs, keys)
    return keys


def may_trigger_verb(lem: str, spacy_lem: str, low: str, tag: str, lexicon: Lexicon) -> bool:
    """False only when ``match_token`` returns None for a verb-tagged word of lemma ``lem``
    (:func:`~stancemap.nlp.events.match.lemma`), spaCy lemma ``spacy_lem`` (lower case: "set up" is
    read from it), lower-case form ``low`` and tag ``tag``, whatever its parse around it."""
    if lem in verb_keys(lexicon) or spacy_lem == "set":
        return True
    return tag == "VBN" and low in lexicon.adjectives  # ("is committed to": the stative reading)


#: the HEAD array's value for a word whose head is the word right before it (offset -1, as uint64)
_HEAD_BEFORE = numpy.uint64(2 ** 64 - 1)


def adjective_noun_candidates(doc: Doc, nouns: Mapping[str, object]) -> list[int]:
    """The word indexes ``component.repair_adjective_events`` can mend, read from one array: tagged ADJ,
    labelled amod, right after their head (offset -1), with a lower-case form that is a key of
    ``nouns`` (the lexicon's event nouns). The repair checks each again on its Token; a repair at a
    word changes that word and the one before it only, so the array read first holds for the words
    after it (about 11,000 adjectives of 188,000 words asked before, a handful now)."""
    if not len(doc):
        return []
    table = doc.to_array([POS, DEP, HEAD, LOWER])
    amod = doc.vocab.strings["amod"]
    picked = numpy.flatnonzero((table[:, 0] == ADJ) & (table[:, 1] == amod) & (table[:, 2] == _HEAD_BEFORE))
    strings = doc.vocab.strings
    return [i for i, low in zip(picked.tolist(), table[picked, 3].tolist()) if strings[low] in nouns]
