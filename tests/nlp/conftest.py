from __future__ import annotations

import pytest

from stancemap.nlp.statements.component import extract_statements


@pytest.fixture(scope="module")
def parse(nlp_base):
    """Parse a text with the plain model and run only the statement rules (no actors)."""
    def _parse(text: str):
        doc = nlp_base(text)
        doc._.sm_mentions = []
        doc._.sm_actors = []
        return doc, extract_statements(doc)
    return _parse


def contents(doc, st) -> list[str]:
    """The content spans of a statement as text."""
    return [doc.text[s:e] for s, e in st.content.spans]
