"""Output writers: the JSON/JSONL contract and the terminal table."""

from __future__ import annotations

from .formats import article_json, load_schema, schema_path, validate_article

__all__ = ["article_json", "load_schema", "schema_path", "validate_article"]
