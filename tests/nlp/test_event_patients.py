"""The party acted on (issue 15): which arguments are patients, made things and own forces, on
hand-built parses (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from stancemap.nlp.events.component import _creates, _patients
from stancemap.nlp.events.lexicon import Pattern
from stancemap.nlp.events.match import Trigger

_LEMMAS = {"sent": "send", "opened": "open", "built": "build", "agreed": "agree", "borders": "border"}


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    lemmas = [_LEMMAS.get(w, w.lower()) for w in words]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def _trigger(doc: Doc, i: int) -> Trigger:
    return Trigger(doc[i], Pattern(doc[i].text, code="173"), "173", doc[i])


def test_objects_of_the_verb_and_its_complement_are_patients():
    # "Rebels agreed to free four guards in Gao"
    doc = _parsed(["Rebels", "agreed", "to", "free", "four", "guards", "in", "Gao"],
                  [1, 1, 3, 1, 5, 3, 3, 6], ["nsubj", "ROOT", "aux", "xcomp", "nummod", "dobj", "prep", "pobj"],
                  ["NOUN", "VERB", "PART", "VERB", "NUM", "NOUN", "ADP", "PROPN"])
    assert _patients(_trigger(doc, 1)) == {5}  # the guards, not the place


def test_what_is_given_or_the_sources_own_is_no_patient():
    # "Donors sent tents", "Ministers opened their borders"
    sent = _parsed(["Donors", "sent", "tents"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "NOUN"])
    assert _patients(_trigger(sent, 1)) == set()
    own = _parsed(["Ministers", "opened", "their", "borders"], [1, 1, 3, 1], ["nsubj", "ROOT", "poss", "dobj"],
                  ["NOUN", "VERB", "PRON", "NOUN"])
    assert _patients(_trigger(own, 1)) == set()


def test_the_on_object_of_an_event_noun_is_a_patient():
    # "an attack on a base"
    doc = _parsed(["an", "attack", "on", "a", "base"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "det", "pobj"],
                  ["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert _patients(_trigger(doc, 1)) == {4}


def test_verbs_of_making():
    doc = _parsed(["They", "set", "up", "a", "centre", "and", "built", "roads", "and", "set", "rules"],
                  [1, 1, 1, 4, 1, 1, 1, 6, 6, 6, 9],
                  ["nsubj", "ROOT", "prt", "det", "dobj", "cc", "conj", "dobj", "cc", "conj", "dobj"],
                  ["PRON", "VERB", "ADP", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "CCONJ", "VERB", "NOUN"])
    assert _creates(doc[1]) and _creates(doc[6]) and not _creates(doc[9])  # "set rules" makes nothing
