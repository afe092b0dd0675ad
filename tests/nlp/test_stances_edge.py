from __future__ import annotations

import spacy

from stancemap.nlp.stances.component import StanceExtractor  # noqa: F401  (registers the factory)
from stancemap.nlp.stances.extract import extract_stances


def test_no_parse_or_empty_doc_gives_nothing() -> None:
    nlp = spacy.blank("en")
    assert extract_stances(nlp("France rejected the plan.")) == ([], [])
    assert extract_stances(nlp("")) == ([], [])
    nlp.add_pipe("stancemap_stances")
    doc = nlp("Germany supports the plan.")
    assert doc._.sm_stances == [] and doc._.sm_alignments == []


def _hand_doc():  # type: ignore[no-untyped-def]
    """"France rejected Germany 's proposal for a tax ." parsed by hand, with two state actors."""
    from spacy.tokens import Doc

    from stancemap.nlp.common.extensions import register_extensions
    from stancemap.records import Actor, Mention

    register_extensions()
    words = ["France", "rejected", "Germany", "'s", "proposal", "for", "a", "tax", "."]
    heads = [1, 1, 4, 2, 1, 4, 7, 5, 1]
    deps = ["nsubj", "ROOT", "poss", "case", "dobj", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", "POS", "NN", "IN", "DT", "NN", "."]
    lemmas = ["France", "reject", "Germany", "'s", "proposal", "for", "a", "tax", "."]
    spaces = [True, True, False, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    doc._.sm_actors = [Actor(id="FRA", name="France", type="state", country="FRA", mentions=(Mention("France", 0, 6),)),
                       Actor(id="DEU", name="Germany", type="state", country="DEU",
                             mentions=(Mention("Germany", 16, 23),))]
    doc._.sm_mentions = [(0, 6, "FRA"), (16, 23, "DEU")]
    doc._.sm_statements = []
    return doc


def test_rules_on_a_hand_built_parse() -> None:
    stances, aligns = extract_stances(_hand_doc())
    got = {(s.actor, s.polarity, s.target) for s in stances}
    assert got == {("FRA", -1, "Germany's proposal for a tax"), ("DEU", 1, "a tax")}
    assert [(a.a, a.b, a.polarity) for a in aligns] == [("FRA", "DEU", -1)]
    st = next(s for s in stances if s.actor == "FRA")
    assert st.cue is not None and (st.cue.text, st.cue.start, st.cue.end) == ("rejected", 7, 15)
    assert st.evidence.text == "France rejected Germany's proposal for a tax."
