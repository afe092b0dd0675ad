"""Issue 15 (speed), branch evspeed2: the events stage's per-Doc tables and pre-checks answer as
the per-Token reads they replace, and the shared company-description check reads both parses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from stancemap.nlp.actors.company_nouns import company_description, hung_description
from stancemap.nlp.common.parse_repair import MOVE_NOUNS, _has_move_compound
from stancemap.nlp.events import participants
from stancemap.nlp.events.lexicon import default_lexicon
from stancemap.nlp.events.match import lemma, noun_pattern
from stancemap.nlp.events.tables import mark_words, may_name_event_noun

_TEXT = ("If the dockers strike again, the port authority said it would hire crews from abroad unless the "
         "union signs the wage deal. The mayor said that the ferry talks had stalled, a step the unions "
         "welcomed, and that a sit-in at the harbour office was over.")


@pytest.mark.model
def test_mark_words_are_the_mark_children(nlp_base):
    doc = nlp_base(_TEXT)
    assert mark_words(doc) is None  # outside the events stage: no table
    with participants.use(doc):
        table = mark_words(doc)
        assert mark_words(doc) is table  # made once per Doc
    expected = {t.i: tuple(c.lower_ for c in t.children if c.dep_ == "mark") for t in doc}
    assert table == {i: m for i, m in expected.items() if m}
    assert {"if", "unless", "that"} <= {m for ms in table.values() for m in ms}


@pytest.mark.model
def test_a_noun_with_a_pattern_always_passes_the_pre_check(nlp_base):
    lexicon = default_lexicon()
    doc = nlp_base(_TEXT + " Rebels launched a car bombing and the army declared a state of emergency.")
    nouns = [t for t in doc if t.pos_ == "NOUN"]
    with_pattern = [t for t in nouns if noun_pattern(t, lexicon) is not None]
    assert {lemma(t) for t in with_pattern} >= {"talk", "bombing"}
    assert all(may_name_event_noun(lemma(t), lexicon) for t in with_pattern)
    assert may_name_event_noun("sit-in", lexicon) and may_name_event_noun("effort", lexicon)  # (a generic head)
    assert not may_name_event_noun("banana", lexicon) and not may_name_event_noun("ferry", lexicon)
    assert may_name_event_noun("two words", lexicon)  # (a lemma with a space is never ruled out)


@pytest.mark.model
def test_move_compound_pre_check_reads_as_the_tokens(nlp_base):
    for text in (_TEXT, "The council closed the market on Friday.", ""):
        doc = nlp_base(text)
        by_tokens = any(t.dep_ == "compound" and t.lemma_.lower() in MOVE_NOUNS for t in doc)
        assert _has_move_compound(doc) is by_tokens


@pytest.mark.model
def test_move_compound_pre_check_on_a_built_parse(nlp_base):
    words = ["Lima", "banned", "the", "march", ",", "a", "decision", "unions", "rejected", "."]
    heads = [1, 1, 3, 1, 1, 7, 7, 8, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "compound", "nsubj", "ccomp", "punct"]
    doc = Doc(nlp_base.vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    assert _has_move_compound(doc)
    doc = Doc(nlp_base.vocab, words=words, heads=heads, deps=[d if d != "compound" else "amod" for d in deps],
              lemmas=[w.lower() for w in words])
    assert not _has_move_compound(doc)


@pytest.mark.model
def test_company_description_reads_both_parses(nlp_base):
    vocab = nlp_base.vocab
    # the description hung on the name ("... drugmaker Zentalo ...")
    doc = Doc(vocab, words=["drugmaker", "Zentalo", "said"], heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"],
              pos=["NOUN", "PROPN", "VERB"], lemmas=["drugmaker", "Zentalo", "say"])
    assert company_description(doc[0], doc[1]) and hung_description(doc[0], doc[1])
    # the name hung on the description as its apposition, with the trade word a trade noun needs
    doc = Doc(vocab, words=["copper", "miner", "Quellar", "grew"], heads=[1, 3, 1, 3],
              deps=["compound", "nsubj", "appos", "ROOT"], pos=["NOUN", "NOUN", "PROPN", "VERB"],
              lemmas=["copper", "miner", "Quellar", "grow"])
    assert company_description(doc[1], doc[2]) and hung_description(doc[1], doc[2])
    assert not hung_description(doc[0], doc[2])  # (the word before the description is no description of the name)
    # not hung either way, or not a company noun
    doc = Doc(vocab, words=["drugmaker", "Zentalo", "said"], heads=[2, 2, 2], deps=["npadvmod", "nsubj", "ROOT"],
              pos=["NOUN", "PROPN", "VERB"], lemmas=["drugmaker", "Zentalo", "say"])
    assert not company_description(doc[0], doc[1]) and not hung_description(doc[0], doc[1])
    doc = Doc(vocab, words=["teacher", "Zentalo", "said"], heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"],
              pos=["NOUN", "PROPN", "VERB"], lemmas=["teacher", "Zentalo", "say"])
    assert not company_description(doc[0], doc[1]) and hung_description(doc[0], doc[1])  # (hung, no company noun)
