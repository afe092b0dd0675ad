"""Statement (quotation and reported speech) extraction (stage 2). Placeholder: none yet."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Statement
from .extensions import register_extensions

__all__ = ["extract_statements", "StatementExtractor"]


def extract_statements(doc: Doc) -> list[Statement]:
    return []


class StatementExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.sm_statements = extract_statements(doc)
        return doc


@Language.factory("stancemap_statements", default_config={})
def make_statement_extractor(nlp: Language, name: str) -> StatementExtractor:
    return StatementExtractor(nlp, name)
