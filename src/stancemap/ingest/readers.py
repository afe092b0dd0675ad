"""Readers for .txt, .html, .jsonl files, directories and stdin."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import (
    BadHTML,
    BadJSONL,
    EmptyInput,
    InputError,
    MissingField,
    StancemapError,
)
from .checks import check_text, decode_bytes
from .raw import RawArticle, article_id

__all__ = ["iter_inputs", "read_path", "raw_from_mapping", "TEXT_SUFFIXES", "HTML_SUFFIXES"]

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_FIELDS = {"id", "text", "title", "date", "source", "url", "author"}


def _fail(origin: str, err: StancemapError, rid: str | None = None) -> RawArticle:
    return RawArticle(id=rid or origin, text="", origin=origin, error=err)


def _checked(raw: RawArticle, *, max_bytes: int, min_english: float = 0.5,
             check_language: bool = True) -> RawArticle:
    try:
        raw.text = check_text(
            raw.text, source=raw.origin, max_bytes=max_bytes, min_english=min_english,
            check_language=check_language,
        )
    except InputError as err:
        raw.error = err
    return raw


def raw_from_mapping(
    rec: Any, *, origin: str, max_bytes: int = 1_000_000, min_english: float = 0.5,
    check_language: bool = True,
) -> RawArticle:
    """One article from a JSON object with ``text`` and optional id/title/date/source/url."""
    if not isinstance(rec, Mapping):
        return _fail(origin, BadJSONL(f"expected a JSON object, got {type(rec).__name__}", source=origin))
    rid = rec.get("id")
    rid = str(rid) if rid is not None and rid != "" else None
    text = rec.get("text")
    if text is None:
        return _fail(origin, MissingField("missing required field 'text'", source=origin), rid)
    if not isinstance(text, str):
        return _fail(origin, MissingField(f"field 'text' must be a string, got {type(text).__name__}", source=origin), rid)
    unknown = sorted(set(rec) - KNOWN_FIELDS)
    if unknown:
        log.debug("%s: unknown fields kept in meta: %s", origin, ", ".join(unknown))

    def opt(k: str) -> str | None:
        v = rec.get(k)
        return None if v is None or v == "" else str(v)

    raw = RawArticle(
        id=rid or article_id(text), text=text, title=opt("title"), date=opt("date"),
        source=opt("source"), url=opt("url"), author=opt("author"), origin=origin,
        extra={k: rec[k] for k in unknown},
    )
    return _checked(raw, max_bytes=max_bytes, min_english=min_english, check_language=check_language)


def _from_jsonl(stream: Iterable[bytes], origin: str, **kw: Any) -> Iterator[RawArticle]:
    n_rows = 0
    for lineno, line in enumerate(stream, 1):
        where = f"{origin}:{lineno}"
        if not line.strip():
            continue
        n_rows += 1
        try:
            s = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield _fail(where, BadJSONL(f"line is not valid UTF-8 (offset {exc.start})", source=where))
            continue
        try:
            rec = json.loads(s)
        except json.JSONDecodeError as exc:
            yield _fail(where, BadJSONL(f"broken JSON line ({exc.msg} at column {exc.colno})", source=where))
            continue
        yield raw_from_mapping(rec, origin=where, **kw)
    if n_rows == 0:
        yield _fail(origin, EmptyInput("empty JSONL file: no articles", source=origin))


def _from_html(data: bytes, origin: str, *, max_bytes: int, **kw: Any) -> RawArticle:
    try:
        html = decode_bytes(data, source=origin, max_bytes=max_bytes)
    except InputError as err:
        return _fail(origin, err)
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return _fail(origin, BadHTML(f"could not parse HTML ({type(exc).__name__}: {exc})", source=origin))
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not text.strip():
        return _fail(origin, BadHTML("no main text found in the HTML page", source=origin))
    raw = RawArticle(
        id=article_id(text), text=text, title=getattr(doc, "title", None) or None,
        date=getattr(doc, "date", None) or None, source=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or None, origin=origin,
    )
    return _checked(raw, max_bytes=max_bytes, **kw)


def _from_text(data: bytes, origin: str, *, max_bytes: int, **kw: Any) -> RawArticle:
    try:
        text = decode_bytes(data, source=origin, max_bytes=max_bytes)
    except InputError as err:
        return _fail(origin, err)
    raw = RawArticle(id=article_id(text), text=text, title=_headline(text), origin=origin)
    return _checked(raw, max_bytes=max_bytes, **kw)


def _headline(text: str) -> str | None:
    """The first line of a plain-text article when it reads as a headline.

    A headline is short, does not end like a sentence, and is followed by a blank line.
    The text itself is kept whole so that offsets stay valid.
    """
    head, sep, rest = text.lstrip("\ufeff").partition("\n")
    head = head.strip()
    if sep and rest.startswith(("\n", "\r\n")) and 0 < len(head) <= 200 and head[-1] not in ".:;,\"”'":
        return head
    return None


def _read_limited(fh: BinaryIO, max_bytes: int) -> bytes:
    # Read one byte over the limit so oversize input is detected without reading it all.
    return fh.read(max_bytes + 1)


def read_path(path: str | Path, **kw: Any) -> Iterator[RawArticle]:
    """Articles from one path: a file (.txt, .html, .jsonl), a directory, or '-' for stdin.

    Keyword options: ``max_bytes``, ``min_english``, ``check_language`` (see Settings).
    """
    kw.setdefault("max_bytes", 1_000_000)
    max_bytes = kw["max_bytes"]
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        if data.lstrip()[:1] == b"{":
            yield from _from_jsonl(data.splitlines(), "<stdin>", **kw)
        elif data.lstrip()[:1] == b"<":
            yield _from_html(data, "<stdin>", **kw)
        else:
            yield _from_text(data, "<stdin>", **kw)
        return
    p = Path(path)
    origin = str(p)
    if p.is_dir():
        files = sorted(
            f for f in p.rglob("*")
            if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
        )
        if not files:
            yield _fail(origin, EmptyInput("directory holds no .txt, .html or .jsonl files", source=origin))
        for f in files:
            yield from read_path(f, **kw)
        return
    if not p.exists():
        yield _fail(origin, InputError("no such file or directory", source=origin))
        return
    suffix = p.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with p.open("rb") as fh:
                yield from _from_jsonl(fh, origin, **kw)
            return
        with p.open("rb") as fh:
            data = _read_limited(fh, max_bytes)
    except OSError as exc:
        yield _fail(origin, InputError(f"cannot read: {exc.strerror}", source=origin))
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))):
        yield _from_html(data, origin, **kw)
    else:
        yield _from_text(data, origin, **kw)


def iter_inputs(paths: Iterable[str | Path], *, author: str | None = None, **kw: Any) -> Iterator[RawArticle]:
    """Articles from many paths, in order; ``author`` is the author of those that name none."""
    for path in paths:
        for raw in read_path(path, **kw):
            if author and not raw.author:
                raw.author = author
            yield raw
