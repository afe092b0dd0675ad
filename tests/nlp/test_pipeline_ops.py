from __future__ import annotations

import pytest

from stancemap.nlp.pipeline import STAGES, load_model, use_numpy_ops

TEXTS = [
    "Turkish Foreign Minister Ahmet Davutoglu met his Russian counterpart in Moscow on Tuesday.",
    "The United Nations Security Council rejected a draft resolution proposed by France, diplomats said.",
    "\u201cWe will not accept sanctions,\u201d the spokesman told reporters in Beijing.",
]


def _analyses(nlp):
    return [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in nlp(x)] for x in TEXTS]


@pytest.mark.model
def test_numpy_route_gives_identical_tags_parses_and_entities():
    from thinc.api import get_current_ops

    use_numpy_ops(False)
    assert get_current_ops().use_blis is True
    with_blis = _analyses(load_model())
    use_numpy_ops(True)
    assert get_current_ops().use_blis is False
    with_numpy = _analyses(load_model())
    assert with_blis == with_numpy
    assert any(ent == "PERSON" for *_, ent in with_numpy[0])


def test_numpy_route_runs_one_blas_thread():
    from threadpoolctl import threadpool_info, threadpool_limits

    from stancemap.nlp.pipeline import one_blas_thread

    with threadpool_limits(limits=2, user_api="blas"):  # as a machine with cores to spare starts
        use_numpy_ops(True)
        one_blas_thread(again=True)  # (the first call in this process may have come earlier)
        blas = [i for i in threadpool_info() if i["user_api"] == "blas"]
        assert blas and all(i["num_threads"] == 1 for i in blas)


def test_doc_text_is_built_once_and_equals_the_text():
    import spacy

    from stancemap.nlp.common.text import doc_text

    doc = spacy.blank("en")("One line.\n\nAnother,  with  spaces. ")
    first = doc_text(doc)
    assert first == doc.text == "One line.\n\nAnother,  with  spaces. "
    assert doc_text(doc) is first  # the same string object: not rebuilt


@pytest.mark.model
def test_doc_words_are_the_tokens_lemmas_and_forms_built_once(nlp):
    from stancemap.nlp.common.text import doc_words

    docs = [nlp.make_doc(""), *nlp.pipe(["The Ministers HOPED talks would resume; \u00c9tienne disagreed.", *TEXTS])]
    for doc in docs:
        words = doc_words(doc)
        assert words.lemmas == [t.lemma_.lower() for t in doc] and words.forms == [t.lower_ for t in doc]
        assert doc_words(doc) is words  # read once per Doc
    assert doc_words(docs[1]).forms[:3] == ["the", "ministers", "hoped"] and doc_words(docs[1]).lemmas[-2] == "disagree"
    assert doc_words(docs[0]) == ([], [])


def test_phrases_starting_keeps_the_lexicon_order():
    from stancemap.nlp.common.text import phrases_starting

    lex = {("rule", "out"): 1, ("throw", "weight", "behind"): 2, ("stand", "by"): 3, ("rule", "on"): 4, ("out",): 5}
    assert phrases_starting(lex, {"out", "rule", "vote"}) == [(("rule", "out"), 1), (("rule", "on"), 4), (("out",), 5)]
    assert phrases_starting(lex, ["stand"]) == [(("stand", "by"), 3)]
    assert phrases_starting(lex, set()) == [] and phrases_starting({}, {"rule"}) == []
    other = dict(lex)
    del other[("rule", "on")]  # another lexicon object is indexed on its own
    assert phrases_starting(other, {"rule"}) == [(("rule", "out"), 1)]


@pytest.mark.model
def test_full_pipeline_has_all_stages_in_order(nlp):
    assert list(nlp.pipe_names[-len(STAGES):]) == list(STAGES)
    doc = nlp(TEXTS[0])
    for ext in ("sm_actors", "sm_statements", "sm_events", "sm_stances", "sm_alignments"):
        assert isinstance(getattr(doc._, ext), list)


def test_unknown_model_is_a_clean_error():
    from stancemap.errors import ModelNotFound

    with pytest.raises(ModelNotFound, match="no spaCy English pipeline found"):
        load_model("xx_no_such_model")


@pytest.mark.model
def test_title_abbreviations_stay_in_the_sentence_of_the_name(nlp):
    text = "Navy Capt. Ada Moss said the ship would sail. Sgt. Maj. Tom Reed agreed."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == ["Navy Capt. Ada Moss said the ship would sail.",
                                           "Sgt. Maj. Tom Reed agreed."]
    assert "Capt." in [t.text for t in doc]
    assert doc.text == text  # offsets unchanged
