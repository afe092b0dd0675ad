"""The corpus store: an embedded DuckDB file with articles, records, the actor registry, skips and runs.

The only package that imports duckdb; it knows no spaCy. Write with :class:`Store` and
:func:`ingest` (the analysis is a pluggable callable); read with :func:`open_readonly` and the
query functions of :mod:`stancemap.store.queries`. Tables and columns: ``docs/store.md``.
"""

from __future__ import annotations

import logging

from .db import DEFAULT_DB, RECORD_TABLES, BatchResult, Skip, Store, open_readonly, open_store
from .ingest import Analyzer, IngestSummary, Triage, ingest, triage
from .migrations import LATEST, MIGRATIONS
from .rows import article_from_dict, content_hash

__all__ = [
    "Store", "open_store", "open_readonly", "DEFAULT_DB", "RECORD_TABLES", "BatchResult", "Skip",
    "ingest", "triage", "Triage", "IngestSummary", "Analyzer", "LATEST", "MIGRATIONS",
    "article_from_dict", "content_hash",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
