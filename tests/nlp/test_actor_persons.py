"""Person-name cleaning on hand-built Docs (sentences written for these tests)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from stancemap.actors.tables import load_tables
from stancemap.nlp.actors.persons import clean_name


def _doc(words: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, tags=tags)


def test_a_verb_glued_to_the_front_of_a_name_is_dropped():
    doc = _doc(["Insisting", "Marlow", "was", "wrong", "."], ["VBG", "NNP", "VBD", "JJ", "."])
    pm = clean_name(doc, 0, 2, load_tables())
    assert pm is not None and pm.tokens == ("Marlow",) and pm.start == 1


def test_a_given_name_that_looks_like_a_verb_form_stays():
    doc = _doc(["Jared", "Lomax", "spoke", "."], ["VBD", "NNP", "VBD", "."])
    pm = clean_name(doc, 0, 2, load_tables())
    assert pm is not None and pm.tokens == ("Jared", "Lomax")


def test_a_one_word_name_is_never_emptied():
    doc = _doc(["Said", "the", "mayor", "."], ["VBD", "DT", "NN", "."])
    pm = clean_name(doc, 0, 1, load_tables())
    assert pm is not None and pm.tokens == ("Said",)


def test_a_name_does_not_run_across_a_paragraph_break():
    doc = _doc(["Q.", "\n\n", "Marlow", "spoke", "."], ["NNP", "_SP", "NNP", "VBD", "."])
    pm = clean_name(doc, 0, 3, load_tables())
    assert pm is not None and pm.tokens == ("Marlow",) and pm.start == 2
