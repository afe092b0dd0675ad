"""Issue 15 (speed), branch evspeed3: the events stage's word-index tree (heads and children read
once per Doc) answers as the Tokens do, and the helpers rewritten on it give the same words inside
the stage (tables) and outside it (Token reads)."""

from __future__ import annotations

import pytest

from stancemap.nlp.events import participants
from stancemap.nlp.events.args import _own_subject, companions, conjuncts
from stancemap.nlp.events.match import phrase_keys
from stancemap.nlp.events.tree import child_indexes, children_of, children_table, head_of, heads_table

_TEXT = ("Fishermen from the northern coast, along with their cooperative, staged a sit-in at the port office "
         "on Monday. The harbour master and two deputies met the strikers together with a mediator, and "
         "the suspended cargo inspections resumed after a joint safety review by the coast guard. "
         "Dock workers backing the fishermen said a state of emergency was not needed.")


@pytest.mark.model
def test_tree_tables_are_the_parse(nlp_base):
    doc = nlp_base(_TEXT)
    assert heads_table(doc) is None and children_table(doc) is None  # outside the stage: no table
    outside = [list(child_indexes(t)) for t in doc]
    with participants.use(doc):
        heads = heads_table(doc)
        table = children_table(doc)
        assert heads_table(doc) is heads and children_table(doc) is table  # made once per Doc
        assert [head_of(doc, t.i) for t in doc] == [t.head.i for t in doc]
        assert [list(children_of(doc, t.i)) for t in doc] == outside
    assert heads == [t.head.i for t in doc]
    assert table == [[c.i for c in t.children] for t in doc] == outside
    assert sum(len(k) for k in table) == len(doc) - len(list(doc.sents))  # every word but the roots


def _answers(doc):
    return ([phrase_keys(t, modifiers=True) for t in doc if t.pos_ == "NOUN"],
            [[c.i for c in conjuncts(t)] for t in doc],
            [[c.i for c in companions(t)] for t in doc],
            [None if (s := _own_subject(t)) is None else s.i for t in doc if t.pos_ in ("VERB", "AUX")])


@pytest.mark.model
def test_helpers_answer_the_same_in_and_out_of_the_stage(nlp_base):
    doc = nlp_base(_TEXT)
    outside = _answers(doc)
    with participants.use(doc):
        inside = _answers(doc)
    assert inside == outside
    keys, conj, comp, subj = outside
    assert ["sit-in", "in"] in keys  # the word split at its hyphen
    assert ["state of emergency", "state"] in keys  # the noun, its preposition and object
    assert ["suspend cargo inspection", "suspended cargo inspection", "cargo inspection", "suspend inspection",
            "suspended inspection", "inspection", "cargo"] in keys  # the participle as written, the compound last
    assert ["joint safety review", "safety review", "joint review", "review", "safety"] in keys

    def words(i):
        return [doc[j].lower_ for j in i]

    by_word = {doc[i].lower_: words(x) for i, x in enumerate(conj) if len(x) > 1}
    assert by_word == {"master": ["master", "deputies"], "met": ["met", "resumed"]}
    assert {doc[i].lower_: words(x) for i, x in enumerate(comp) if x} == {"staged": ["cooperative"],
                                                                          "met": ["mediator"]}
    verbs = [t.lower_ for t in doc if t.pos_ in ("VERB", "AUX")]
    assert {v: doc[x].lower_ for v, x in zip(verbs, subj) if x is not None} == {
        "staged": "fishermen", "met": "master", "resumed": "inspections", "said": "workers"}
