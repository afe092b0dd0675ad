"""Title-Case headlines parsed again in lower case (nlp/common/headlines.py): all-capitals text,
names in a Title-Case list, the line break after a headline, possessives, irregular verbs, the
components run again. Own sentences, the real model."""

from __future__ import annotations

import pytest

from stancemap.nlp.common import headlines as H


@pytest.fixture(scope="module")
def plain():
    """The model with the line-break and Title-Case components, no stancemap stage."""
    from stancemap.nlp.pipeline import build_pipeline
    from stancemap.settings import Settings

    return build_pipeline(Settings(), stages=())


def _both(nlp, text):
    on = nlp(text)
    with nlp.select_pipes(disable=[H.TITLE_CASE]):
        off = nlp(text)
    return on, off


def test_all_capitals_and_acronyms_are_no_title_case():
    wordnet = frozenset({"troop", "shell", "rebel", "position"})
    assert H.lowered_words(["TROOPS", "SHELL", "REBEL", "POSITIONS", "NEAR", "BUNIA"], wordnet) is None
    assert H.lowered_words(["Troops", "Shell", "Rebel", "Positions"], wordnet) == ["troops", "shell", "rebel",
                                                                                 "positions"]


@pytest.mark.model
def test_an_all_capitals_sentence_is_no_candidate(plain):
    text = "\n".join(["THE BOARD MET ON MONDAY AND VOTED TO RAISE THE FEES FOR NEXT YEAR."] * 20)
    with plain.select_pipes(disable=[H.TITLE_CASE]):
        doc = plain(text)
    assert len(list(doc.sents)) >= 20
    assert H._title_case_sentences(doc, H.wordnet_words(plain)) == []


def test_multi_word_names_are_indexed_by_first_word():
    single, multi = H._names()
    assert all(name[0] == first for first, names in multi.items() for name in names)
    assert all(len(a) >= len(b) for names in multi.values() for a, b in zip(names, names[1:], strict=False))


def test_kept_words_stay_as_written():
    wordnet = frozenset({"guest", "include", "bill", "gate", "mark", "rose"})
    words = ["Guests", "Included", "Bill", "Gates", ",", "Rose", "Byrne", "And", "Mark", "Cuban"]
    assert H.lowered_words(words, wordnet, keep=[2, 3, 5, 6, 8, 9]) == [
        "guests", "included", "Bill", "Gates", ",", "Rose", "Byrne", "and", "Mark", "Cuban"]


@pytest.mark.model
def test_names_in_a_title_case_list_stay_names(plain):
    doc, _ = _both(plain, "Guests Included Bill Gates, Rose Byrne And Mark Cuban.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Bill Gates", "PERSON"), ("Rose Byrne", "PERSON"), ("Mark Cuban", "PERSON")]
    assert doc[1].pos_ == "VERB" and {doc[5].pos_, doc[8].pos_} == {"PROPN"}


@pytest.mark.model
def test_a_headline_misread_as_names_is_still_parsed_again(plain):
    doc, off = _both(plain, "Militants Raid Police Post Near Bunia\nThe police said militants raided a post.")
    assert [(e.text, e.label_) for e in off.ents][0] == ("Militants Raid Police Post Near Bunia", "ORG")
    assert doc[1].pos_ == "VERB"


@pytest.mark.model
def test_the_line_break_after_a_headline_is_in_no_entity(plain):
    doc, off = _both(plain, "Militants Raid Police Post Near Bunia\nThe police said militants raided a post.")
    assert [(e.text, e.label_) for e in doc.ents][0] == ("Bunia", "GPE")
    assert all(not e.text[-1].isspace() for e in doc.ents)
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in off.sents]


@pytest.mark.model
def test_a_possessive_headline_is_left_as_parsed(plain):
    # re-parsing it makes the possessor a name mention of its own, which then takes the later
    # surname references of the relative the headline is about
    doc, off = _both(plain, "Ruto's Government Bans Rallies In Nairobi\n\nThe ban starts today.")
    assert [(t.pos_, t.lemma_, t.dep_) for t in doc] == [(t.pos_, t.lemma_, t.dep_) for t in off]
    assert not H.is_title_case(["Ruto", "'s", "Government", "Bans", "Rallies", "In", "Nairobi"],
                               H.wordnet_words(plain))


@pytest.mark.model
def test_irregular_verb_forms_are_ordinary_words(plain):
    wordnet = H.wordnet_words(plain)
    assert {"fought", "fled", "struck"} <= wordnet
    doc, off = _both(plain, "Villagers Fled As Troops Fought Rebels Near Bunia")
    assert off[4].pos_ != "VERB"
    assert doc[4].pos_ == "VERB" and doc[4].lemma_ == "fight"


@pytest.mark.model
def test_the_components_run_again_are_those_before_it(plain):
    names = plain.pipe_names
    assert H.components_before(plain) == tuple(names[:names.index(H.TITLE_CASE)])
    assert "ner" in H.components_before(plain) and H.TITLE_CASE not in H.components_before(plain)


def test_function_word_ids_are_those_of_every_string_store():
    from spacy.strings import StringStore
    from spacy.vocab import Vocab

    fresh = StringStore()
    assert sorted(H._FUNCTION_IDS.tolist()) == H._FUNCTION_IDS.tolist()
    assert H._FUNCTION_IDS.tolist() == sorted(fresh.add(w) for w in H._FUNCTION)
    assert H._FUNCTION_IDS.tolist() == sorted(Vocab().strings.add(w) for w in H._FUNCTION)
    assert len(set(H._FUNCTION_IDS.tolist())) == len(H._FUNCTION)


def test_candidates_in_a_blank_vocab_use_the_shared_ids():
    import spacy
    from spacy.tokens import Doc

    words = ["Council", "Rejects", "Plan", "For", "the", "New", "Harbour", ".",
             "The", "mayor", "said", "it", "was", "too", "costly", "."]
    vocab = spacy.blank("en").vocab  # a vocab of its own, not the model's
    doc = Doc(vocab, words=words, spaces=[w not in ("Harbour", "costly") for w in words],
              sent_starts=[i in (0, 8) for i in range(len(words))])
    before = len(vocab.strings)
    spans = H._candidates(doc, H._FUNCTION_IDS)
    assert [s.text for s in spans] == ["Council Rejects Plan For the New Harbour."]
    assert len(vocab.strings) == before
    doc[4].lex.lower = vocab.strings.add("thee")  # not a function word: a lower-case content word
    assert H._candidates(doc, H._FUNCTION_IDS) == []


@pytest.mark.model
def test_the_component_adds_no_strings_to_the_vocab(plain):
    text = "Rebels Raid Army Post Near Goma\nThe army said rebels raided a post."
    plain(text)  # the strings of this text and of its lower-cased headline are in the store now
    before = len(plain.vocab.strings)
    on, off = _both(plain, text)
    assert len(plain.vocab.strings) == before
    assert on[1].pos_ == "VERB" and on[1].lemma_ == "raid"  # the headline was parsed again
    assert [(t.pos_, t.dep_) for t in on] != [(t.pos_, t.dep_) for t in off]
