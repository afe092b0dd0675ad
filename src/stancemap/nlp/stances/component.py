"""Stances and alignments (stage 4): the ``stancemap_stances`` spaCy component.

The logic lives in :mod:`.stance_extract` (plain functions on a parsed Doc); this module
only registers the factory. Config: ``catalogues`` = extra issue-catalogue YAML files;
``embedding_model`` = optional local sentence-embedding model for proposition matching.
"""

from __future__ import annotations

from spacy.language import Language

from .extract import StanceExtractor, extract_stances

__all__ = ["extract_stances", "StanceExtractor", "make_stance_extractor"]


@Language.factory("stancemap_stances", default_config={"catalogues": [], "embedding_model": ""})
def make_stance_extractor(nlp: Language, name: str, catalogues: list[str], embedding_model: str) -> StanceExtractor:
    """Build the stance component.

    ``catalogues`` adds user issue catalogues (YAML); ``embedding_model`` (optional, a local
    sentence-transformers model) adds embedding similarity to proposition matching.
    """
    return StanceExtractor(nlp, name, catalogues, embedding_model)
