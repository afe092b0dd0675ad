"""The raw article: text plus metadata, before analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..errors import StancemapError

__all__ = ["RawArticle", "article_id"]


def article_id(text: str) -> str:
    """Stable content hash id: the same text always gets the same id."""
    norm = " ".join(text.split())
    return "a" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:15]


@dataclass
class RawArticle:
    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None  # who issued the text (actor code or name), for speeches and statements
    origin: str = "<input>"  # where it came from: path, path:line, "<stdin>"
    error: StancemapError | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: what was wrong with the input but did not stop its analysis (a date that cannot be read)
    warnings: list[str] = field(default_factory=list)
