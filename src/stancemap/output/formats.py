"""JSON and JSONL forms of Article records, and the JSON Schema they follow."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..records import Article

__all__ = ["article_json", "schema_path", "load_schema", "validate_article"]


def article_json(article: Article, *, include_text: bool = True, indent: int | None = None) -> str:
    return json.dumps(article.to_dict(include_text=include_text), ensure_ascii=False, indent=indent)


def schema_path() -> Path:
    return Path(str(resources.files("stancemap").joinpath("schema/article.schema.json")))


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    return json.loads(schema_path().read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def validate_article(data: dict[str, Any]) -> list[str]:
    """Schema violations of one article's JSON form (empty when valid)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema())
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator.iter_errors(data)]
