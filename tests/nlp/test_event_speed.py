"""The events stage's per-Doc tables (issue 15, speed) give what the per-Token reads give."""

from __future__ import annotations

import pytest

from stancemap.nlp.events import participants
from stancemap.nlp.events.args import _actor_at, circumstance_tokens
from stancemap.nlp.events.component import repair_adjective_events
from stancemap.nlp.events.lexicon import default_lexicon
from stancemap.nlp.events.match import doc_words, lemma

_TEXT = ("The rebels staged raids on two villages after the storm. Officials said the army offensive on "
         "the town raped nothing. Despite warnings, police arrested six men in the capital.")


@pytest.mark.model
def test_doc_words_match_the_token_attributes(nlp_base):
    doc = nlp_base(_TEXT)
    with participants.use(doc):
        words = doc_words(doc)
        assert doc_words(doc) is words  # made once per Doc while the stage codes it
    assert words.spacy_lemma == [t.lemma_.lower() for t in doc]
    assert words.pos == [t.pos_ for t in doc]
    assert words.tag == [t.tag_ for t in doc]
    assert words.dep == [t.dep_ for t in doc]
    assert words.lower == [t.lower_ for t in doc]
    assert words.lemma == [lemma(t) for t in doc]
    staged = next(t for t in doc if t.lower_ == "staged")
    assert (words.spacy_lemma[staged.i], words.lemma[staged.i]) == ("stag", "stage")  # the model's slip mended
    raped = next(t for t in doc if t.lower_ == "raped")
    assert lemma(raped) == "rape"


@pytest.mark.model
def test_doc_words_of_an_empty_doc(nlp_base):
    doc = nlp_base("")
    with participants.use(doc):
        words = doc_words(doc)
    assert words.lemma == [] and words.pos == [] and words.dep == []


@pytest.mark.model
def test_circumstance_phrases_are_the_same_inside_the_stage(nlp_base):
    doc = nlp_base("The army imposed a curfew following the killing of two men despite protests in the city.")
    outside = {t.i: circumstance_tokens(t) for t in doc}
    with participants.use(doc):
        inside = {t.i: circumstance_tokens(t) for t in doc}
        again = {t.i: circumstance_tokens(t) for t in doc}
    assert inside == outside == again
    killing = next(t for t in doc if t.text == "killing")
    assert killing.i not in outside[killing.i] and killing.i in outside[4]  # not the phrase that holds it


@pytest.mark.model
def test_actor_lookups_kept_per_doc_answer_as_before(nlp):
    doc = nlp("Kenya and Uganda signed a trade deal in Nairobi on Monday.")
    spans = [(t.idx, t.idx + len(t.text)) for t in doc]
    from stancemap.nlp.common.extensions import actor_at

    expected = [actor_at(doc, s, e) for s, e in spans]
    with participants.use(doc):
        assert [_actor_at(doc, s, e) for s, e in spans] == expected
        assert [_actor_at(doc, s, e) for s, e in spans] == expected
    assert any(expected)


@pytest.mark.model
def test_adjective_repair_reads_only_adjectives(nlp_base):
    doc = nlp_base("A Syrian regime offensive on the rebel town forced thousands to flee.")
    offensive = next(t for t in doc if t.lower_ == "offensive")
    regime = doc[offensive.i - 1]
    assert (offensive.pos_, offensive.dep_, offensive.head.i) == ("ADJ", "amod", regime.i)  # the tagger's slip
    assert repair_adjective_events(doc, default_lexicon()) == 1
    assert (offensive.pos_, offensive.tag_, offensive.dep_) == ("NOUN", "NN", "nsubj")
    assert (regime.dep_, regime.head.i) == ("compound", offensive.i)
    assert repair_adjective_events(doc, default_lexicon()) == 0  # nothing left to mend


@pytest.mark.model
def test_home_code_is_asked_once_per_body_party_and_sentence(nlp, monkeypatch):
    # "the military-led government" acting on a group of Mali's own is Mali's government (home_code);
    # the lookup is memoised per (body, other party, sentence), with the same result
    calls = []
    real = participants.Participants._home_code

    def counting(self, aid, other, span):
        calls.append((aid, other, span))
        return real(self, aid, other, span)

    monkeypatch.setattr(participants.Participants, "_home_code", counting)
    text = ("Mali's Tuareg rebels claimed to have downed a drone over Kidal, while the military-led "
            "government charged the group with attacking a convoy from Algeria.")
    doc = nlp(text)
    assert any(e.source_code == "MLIGOV" and e.plover == "ACCUSE" for e in doc._.sm_events)
    assert calls and len(calls) == len(set(calls))  # never twice for the same key


@pytest.mark.model
def test_ing_words_of_the_parse_repairs_read_from_one_array(nlp_base):
    from stancemap.nlp.common.parse_repair import _ADVCL_ID, _vbg_tokens

    doc = nlp_base("Farmers blocking the motorway near the depot were fined, a court said, noting the damage. "
                   "Rescuers kept digging through the night, hoping to reach the trapped miners.")
    ing = [t.i for t in doc if t.tag_ == "VBG"]
    assert len(ing) >= 3  # (blocking, noting, digging, hoping: as tagged)
    assert [t.i for t in _vbg_tokens(doc)] == ing
    advcl = _vbg_tokens(doc, _ADVCL_ID)
    assert [t.i for t in advcl] == [t.i for t in doc if t.tag_ == "VBG" and t.dep_ == "advcl"]
    assert [t.text for t in advcl] == ["noting", "hoping"]  # (the speaker's and the rescuers' participles)
    assert _vbg_tokens(nlp_base("")) == []


@pytest.mark.model
def test_circumstance_phrases_from_the_stage_arrays(nlp_base):
    doc = nlp_base("Guards detained a reporter during a march in the port, despite an order from the court.")
    outside = {t.i: circumstance_tokens(t) for t in doc}
    with participants.use(doc):
        doc_words(doc)  # (the arrays the triggers make first: the prepositions are read from them)
        inside = {t.i: circumstance_tokens(t) for t in doc}
    assert inside == outside
    detained = next(t for t in doc if t.text == "detained")
    assert {t.text for t in doc if t.i in outside[detained.i]} >= {"during", "march", "despite", "order"}
