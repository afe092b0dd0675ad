"""Ingest: read text, HTML and JSONL inputs into checked raw articles.

Nothing here imports spaCy. Every reader yields :class:`RawArticle` objects in input order;
an input that cannot be used yields a RawArticle whose ``error`` says why, so a batch can
report it and go on.
"""

from __future__ import annotations

from .checks import check_text, normalise_text
from .raw import RawArticle, article_id
from .readers import iter_inputs, raw_from_mapping, read_path

__all__ = [
    "RawArticle",
    "article_id",
    "check_text",
    "normalise_text",
    "iter_inputs",
    "read_path",
    "raw_from_mapping",
]
