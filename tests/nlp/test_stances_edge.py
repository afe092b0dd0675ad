from __future__ import annotations

import spacy

from stancemap.nlp.stance_extract import extract_stances
from stancemap.nlp.stances import StanceExtractor  # noqa: F401  (registers the factory)


def test_no_parse_or_empty_doc_gives_nothing() -> None:
    nlp = spacy.blank("en")
    assert extract_stances(nlp("France rejected the plan.")) == ([], [])
    assert extract_stances(nlp("")) == ([], [])
    nlp.add_pipe("stancemap_stances")
    doc = nlp("Germany supports the plan.")
    assert doc._.sm_stances == [] and doc._.sm_alignments == []
