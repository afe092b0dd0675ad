from __future__ import annotations

import importlib.util

import pytest

from stancemap.issues.embeddings import embedding_similarity


@pytest.mark.skipif(importlib.util.find_spec("sentence_transformers") is not None,
                    reason="sentence-transformers installed: the fallback is not exercised")
def test_missing_extra_falls_back_to_lexical_matching() -> None:
    assert embedding_similarity("some-local-model") is None


def test_component_accepts_the_embedding_key() -> None:
    import spacy

    from stancemap.nlp.stances import component as stances  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("stancemap_stances", config={"embedding_model": "not-installed", "catalogues": []})
    assert pipe.embed_similarity is None or callable(pipe.embed_similarity)
