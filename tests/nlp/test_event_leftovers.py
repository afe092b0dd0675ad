"""Left-over wire constructions of issue 15 (evleft round): offensives the tagger reads as an
adjective, attacks named by the subject of a killing, fights named by scuffle / skirmish / firefight
nouns, hand-overs (own sentences; the full pipeline with the real model unless a hand-built parse
is enough)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from stancemap.nlp.events.component import repair_adjective_events
from stancemap.nlp.events.lexicon import default_lexicon
from stancemap.nlp.events.match import fight_sides


def _codes(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return sorted((e.source_code, e.target_code, e.cameo) for e in nlp(text)._.sm_events)


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


def test_an_event_noun_tagged_as_an_adjective_after_its_noun_becomes_the_head():
    # "the regime offensive on Hama forced ...": the parser made "offensive" an adjective of "regime"
    doc = _parsed(["the", "regime", "offensive", "on", "Hama", "forced", "families", "out"],
                  [1, 5, 1, 2, 3, 5, 5, 5], ["det", "nsubj", "amod", "prep", "pobj", "ROOT", "dobj", "prt"],
                  ["DET", "NOUN", "ADJ", "ADP", "PROPN", "VERB", "NOUN", "ADP"])
    assert repair_adjective_events(doc, default_lexicon()) == 1
    off, regime = doc[2], doc[1]
    assert (off.pos_, off.dep_, off.head.i) == ("NOUN", "nsubj", 5)
    assert (regime.dep_, regime.head.i) == ("compound", 2)


def test_an_adjective_before_its_noun_or_without_an_object_is_left_alone():
    # "the offensive line coach", "remarks offensive to farmers"
    line = _parsed(["the", "offensive", "line", "coach"], [3, 2, 3, 3], ["det", "amod", "compound", "ROOT"],
                   ["DET", "ADJ", "NOUN", "NOUN"])
    rude = _parsed(["remarks", "offensive", "to", "farmers"], [0, 0, 1, 2], ["ROOT", "amod", "prep", "pobj"],
                   ["NOUN", "ADJ", "ADP", "NOUN"])
    assert repair_adjective_events(line, default_lexicon()) == 0
    assert repair_adjective_events(rude, default_lexicon()) == 0
    assert rude[1].pos_ == "ADJ"


def test_the_sides_of_a_fight_named_with_between():
    doc = _parsed(["a", "skirmish", "between", "troops", "and", "militias", "left", "two", "dead"],
                  [1, 6, 1, 2, 3, 3, 6, 8, 6], ["det", "nsubj", "prep", "pobj", "cc", "conj", "ROOT", "nummod", "oprd"],
                  ["DET", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "VERB", "NUM", "ADJ"])
    assert [t.text for t in fight_sides(doc[1])] == ["troops", "militias"]
    talks = _parsed(["talks", "between", "troops", "and", "militias"], [0, 0, 1, 2, 2],
                    ["ROOT", "prep", "pobj", "cc", "conj"], ["NOUN", "ADP", "NOUN", "CCONJ", "NOUN"])
    assert fight_sides(talks[0]) == []  # not a word of fighting


@pytest.mark.model
def test_a_regime_offensive_on_a_place(nlp):
    # (herders are people acted on since evpairs12, as villagers and farmers were: the displacement is coded too)
    assert _codes(nlp, "A Malian regime offensive on Kidal has displaced thousands of herders.") == [
        ("MLIGOV", "MLI", "190"), ("MLIGOV", "MLIAGR", "170")]


@pytest.mark.model
def test_fights_named_by_a_noun_between_two_parties(nlp):
    assert _codes(nlp, "A firefight between Mexican soldiers and Sinaloa cartel gunmen left three dead.") == [
        ("MEX", "MEXMIL", "190"), ("MEXMIL", "MEX", "190")]


@pytest.mark.model
def test_scuffle_is_a_fight_like_clash(nlp):
    assert _codes(nlp, "Georgian and Russian border guards scuffled near the boundary line.") == [
        ("GEOMIL", "RUSMIL", "190"), ("RUSMIL", "GEOMIL", "190")]


@pytest.mark.model
def test_captives_handed_over_go_to_the_receiver(nlp):
    assert _codes(nlp, "The rebels handed the two kidnapped engineers over to Chinese diplomats.") == [
        ("CHNREB", "CHNGOV", "0841")]


@pytest.mark.model
def test_sports_results_and_offices_passed_on_are_no_events(nlp):
    assert _codes(nlp, "Italy handed France a heavy defeat in the rugby final.") == []
    assert _codes(nlp, "Hungary handed over the rotating presidency of the council to Poland.") == []
    assert _codes(nlp, "Critics called the minister's remarks offensive to farmers in Kenya.") == []


@pytest.mark.model
def test_the_place_an_attack_struck_before_its_anonymous_victims(nlp):
    # the subject's "on" object, not "nine people"
    # (the state's missile strikes: its military, test_event_actor_conventions)
    assert _codes(nlp, "Russian missile strikes on Odesa killed nine people overnight.") == [("RUSMIL", "UKR", "195")]
