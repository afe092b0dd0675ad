"""Stances and alignments (stage 4). Placeholder: none yet."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Alignment, Stance
from .extensions import register_extensions

__all__ = ["extract_stances", "StanceExtractor"]


def extract_stances(doc: Doc) -> tuple[list[Stance], list[Alignment]]:
    return [], []


class StanceExtractor:
    def __init__(self, nlp: Language, name: str, catalogues: list[str] | None = None) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        stances, alignments = extract_stances(doc)
        doc._.sm_stances = stances
        doc._.sm_alignments = alignments
        return doc


@Language.factory("stancemap_stances", default_config={"catalogues": []})
def make_stance_extractor(nlp: Language, name: str, catalogues: list[str]) -> StanceExtractor:
    return StanceExtractor(nlp, name, catalogues)
