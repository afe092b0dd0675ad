"""Readers for .txt, .html, .jsonl and .json files, directories and stdin."""

from __future__ import annotations

import errno
import io
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from ..dates import normalise_date
from ..errors import (
    BadField,
    BadHTML,
    BadJSONL,
    EmptyInput,
    InputError,
    MissingField,
    StancemapError,
    TooLarge,
)
from .checks import check_text, decode_bytes, decode_html, normalise_text
from .raw import RawArticle, article_id

__all__ = ["iter_inputs", "read_path", "raw_from_mapping", "display_path", "TEXT_SUFFIXES", "HTML_SUFFIXES",
           "JSONL_SUFFIXES", "JSON_SUFFIXES"]

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}  # one article object, or a list of them (what `analyze -f json` writes)
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
KNOWN_FIELDS = {"id", "text", "title", "date", "source", "url", "author"}


#: A raw HTML page may be this many times ``max_bytes``: the limit is on the article text that is
#: extracted from it, and pages carry much markup around little text.
HTML_PAGE_FACTOR = 20
#: A JSONL line may be this many times ``max_bytes`` (JSON escapes such as \\u00e9 take 6 bytes a character).
JSONL_LINE_FACTOR = 8
#: A .json file (read whole, unlike JSONL) may be this many times ``max_bytes``.
JSON_FILE_FACTOR = 64
_SURROGATE = re.compile("[\ud800-\udfff]")


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as printable, encodable text: bytes that are not UTF-8 in a file name (which Python
    keeps as lone surrogates) are shown as ``\\xNN`` escapes."""
    s = os.fspath(path)
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        try:
            raw = s.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raw = s.encode("utf-8", "surrogatepass")
        return raw.decode("utf-8", "backslashreplace")


def _clean(value: Any) -> Any:
    """JSON data with every lone surrogate (``"\\ud800"``, not Unicode text) replaced by U+FFFD,
    one character for one, so that it can be written out again as UTF-8."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def _fail(origin: str, err: StancemapError, rid: str | None = None) -> RawArticle:
    return RawArticle(id=rid or origin, text="", origin=origin, error=err)


def _dated(raw: RawArticle) -> None:
    """Give ``raw`` its date in ISO form (:func:`stancemap.dates.normalise_date`); a date that cannot
    be read leaves the article undated, with a warning in ``raw.warnings`` and one log line."""
    if raw.date is None:
        return
    given = raw.date
    raw.date, why = normalise_date(given)
    if why is not None and given.strip():
        shown = given if len(given) <= 40 else given[:40] + "..."
        warning = f"field 'date' {shown!r} {why}; the article is undated"
        raw.warnings.append(warning)
        log.info("%s: %s", raw.origin, warning)  # (the command line prints it: stancemap: warning: ...)


def _checked(raw: RawArticle, *, max_bytes: int, min_english: float = 0.5,
             check_language: bool = True, given_id: bool = False) -> RawArticle:
    try:
        raw.text = check_text(
            raw.text, source=raw.origin, max_bytes=max_bytes, min_english=min_english,
            check_language=check_language,
        )
    except InputError as err:
        raw.error = err
        if not given_id:
            raw.id = raw.origin  # a content hash of unusable text (all empty files share one) names nothing
        return raw
    _dated(raw)  # (an article that is skipped anyway gets no date warning)
    return raw


def raw_from_mapping(
    rec: Any, *, origin: str, max_bytes: int = 1_000_000, min_english: float = 0.5,
    check_language: bool = True,
) -> RawArticle:
    """One article from a JSON object with ``text`` and optional id/title/date/source/url."""
    if not isinstance(rec, Mapping):
        return _fail(origin, BadJSONL(f"expected a JSON object, got {type(rec).__name__}", source=origin))
    rec = _clean(dict(rec))
    rid = rec.get("id")
    if rid is not None and not _scalar(rid):
        return _fail(origin, BadField(f"field 'id' must be a string or a number, got {_kind_of(rid)}", source=origin))
    try:
        rid = str(rid) if rid is not None and rid != "" else None
    except ValueError as exc:  # e.g. an integer too long to convert
        return _fail(origin, BadJSONL(f"field 'id' cannot be used ({exc})", source=origin))
    text = rec.get("text")
    if text is None:
        return _fail(origin, MissingField("missing required field 'text'", source=origin), rid)
    if not isinstance(text, str):
        return _fail(origin, MissingField(f"field 'text' must be a string, got {type(text).__name__}", source=origin), rid)
    unknown = sorted(set(rec) - KNOWN_FIELDS, key=str)
    if unknown:
        log.debug("%s: unknown fields kept in meta: %s", origin, ", ".join(map(str, unknown)))
    extra = {str(k): rec[k] for k in unknown}
    try:
        json.dumps(extra)
    except (TypeError, ValueError) as exc:
        return _fail(origin, BadJSONL(f"extra fields cannot be written as JSON ({exc})", source=origin), rid)

    for k in ("title", "date", "source", "url", "author"):
        if rec.get(k) is not None and not _scalar(rec[k]):
            return _fail(origin, BadField(f"field {k!r} must be a string, got {_kind_of(rec[k])}", source=origin), rid)

    def opt(k: str) -> str | None:
        v = rec.get(k)
        return None if v is None or v == "" else str(v)

    try:
        fields = {k: opt(k) for k in ("title", "date", "source", "url", "author")}
    except ValueError as exc:
        return _fail(origin, BadJSONL(f"a metadata field cannot be used ({exc})", source=origin), rid)
    raw = RawArticle(id=rid or article_id(text), text=text, title=fields["title"], date=fields["date"],
                     source=fields["source"], url=fields["url"], author=fields["author"], origin=origin,
                     extra=extra)
    return _checked(raw, max_bytes=max_bytes, min_english=min_english, check_language=check_language,
                    given_id=rid is not None)


def _scalar(v: Any) -> bool:
    """A JSON string or number (not true/false, a list or an object)."""
    return isinstance(v, str | int | float) and not isinstance(v, bool)


def _kind_of(v: Any) -> str:
    return {bool: "true/false", list: "a list", dict: "an object"}.get(type(v), type(v).__name__)


def _json_problem(exc: Exception, what: str = "JSON line") -> str:
    if isinstance(exc, RecursionError):
        return f"broken {what} (nested too deeply)"
    if isinstance(exc, json.JSONDecodeError):
        msg = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg  # "Unterminated string starting at"
        where = f"column {exc.colno}" if what == "JSON line" else f"line {exc.lineno} column {exc.colno}"
        return f"broken {what} ({msg} at {where})"
    return f"broken {what} ({exc})"  # e.g. an integer of more than 4300 digits


def _limited_lines(fh: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """Lines of a binary stream; a line longer than ``limit`` bytes is skipped whole and given as its length."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            n = len(line)
            while True:  # read on to the end of the overlong line, in pieces
                piece = fh.readline(1 << 20)
                n += len(piece)
                if not piece or piece.endswith(b"\n"):
                    break
            yield n
            continue
        yield line


def _from_jsonl(stream: Iterable[bytes | int], origin: str, **kw: Any) -> Iterator[RawArticle]:
    n_rows = 0
    limit = JSONL_LINE_FACTOR * kw.get("max_bytes", 1_000_000) + 4096
    for lineno, line in enumerate(stream, 1):
        where = f"{origin}:{lineno}"
        if isinstance(line, int):
            n_rows += 1
            yield _fail(where, TooLarge(f"JSONL line is {line:,} bytes, over the limit of {limit:,} "
                                        "(raise it with --max-bytes)", source=where))
            continue
        if not line.strip():
            continue
        n_rows += 1
        try:
            s = line.decode("utf-8-sig").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield _fail(where, BadJSONL(f"line is not valid UTF-8 (offset {exc.start})", source=where))
            continue
        try:
            rec = json.loads(s)
        except (ValueError, RecursionError) as exc:
            yield _fail(where, BadJSONL(_json_problem(exc), source=where))
            continue
        yield raw_from_mapping(rec, origin=where, **kw)
    if n_rows == 0:
        yield _fail(origin, EmptyInput("empty JSONL file: no articles", source=origin))


def _holds_articles(doc: Any) -> bool:
    """A JSON document that is an article (an object with a ``text`` field) or a list with one."""
    if isinstance(doc, list):
        return any(isinstance(x, Mapping) and "text" in x for x in doc)
    return isinstance(doc, Mapping) and "text" in doc


def _from_json(data: bytes, origin: str, *, size: int | None = None, walked: bool = False,
               **kw: Any) -> Iterator[RawArticle]:
    """A .json file: one article object, or a list of them (each item named ``FILE[i]``).

    ``walked``: the file was found in a directory walk, where a .json file that holds no article
    (a manifest, a settings file) is passed over quietly as files of other types are; one that
    cannot be read is reported only when it mentions a ``"text"`` field."""
    if walked:
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except (ValueError, RecursionError):  # (UnicodeDecodeError is a ValueError)
            doc = None
            if b'"text"' in data:
                walked = False  # a broken article file: said below
        if walked and not _holds_articles(doc):
            log.info("%s: JSON file holds no article (no 'text' field); not read", origin)
            return
    limit = JSON_FILE_FACTOR * kw.get("max_bytes", 1_000_000)
    n = max(len(data), size or 0)
    if n > limit:
        yield _fail(origin, TooLarge(f"JSON file is {n:,} bytes, over the limit of {limit:,} for a file read whole; "
                                     "write one article per line as .jsonl (read line by line, any size)",
                                     source=origin))
        return
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield _fail(origin, BadJSONL(f"not valid UTF-8 (offset {exc.start})", source=origin))
        return
    except (ValueError, RecursionError) as exc:
        yield _fail(origin, BadJSONL(_json_problem(exc, "JSON file"), source=origin))
        return
    if isinstance(doc, list):
        if not doc:
            yield _fail(origin, EmptyInput("empty JSON list: no articles", source=origin))
        for i, rec in enumerate(doc):
            yield raw_from_mapping(rec, origin=f"{origin}[{i}]", **kw)
    elif isinstance(doc, Mapping):
        yield raw_from_mapping(doc, origin=origin, **kw)
    else:
        yield _fail(origin, BadJSONL(f"expected a JSON object or a list of objects, got {type(doc).__name__}",
                                     source=origin))


def _from_html(data: bytes, origin: str, *, max_bytes: int, size: int | None = None, **kw: Any) -> RawArticle:
    try:
        html = decode_html(data, source=origin, max_bytes=HTML_PAGE_FACTOR * max_bytes, size=size)
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

    def meta(name: str) -> str | None:
        v = getattr(doc, name, None)
        return _clean(v) if isinstance(v, str) and v else None

    raw = RawArticle(
        id=article_id(text), text=text, title=meta("title"), date=meta("date"), source=meta("sitename"),
        url=meta("url"), origin=origin,
    )
    return _checked(raw, max_bytes=max_bytes, **kw)


def _from_text(data: bytes, origin: str, *, max_bytes: int, size: int | None = None, **kw: Any) -> RawArticle:
    try:
        text = decode_bytes(data, source=origin, max_bytes=max_bytes, size=size)
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
        return normalise_text(head)
    return None


def _kind(data: bytes, suffix: str) -> str:
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data.lstrip()[:15].lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


def _read_limit(kind: str, max_bytes: int) -> int:
    # One byte over the limit, so that oversize input is detected without reading all of it; UTF-16
    # and UTF-32 text takes up to 4 bytes a character; HTML pages have their own, larger limit.
    return (HTML_PAGE_FACTOR if kind == "html" else 4) * max_bytes + 4


def _from_bytes(data: bytes, origin: str, kind: str, **kw: Any) -> Iterator[RawArticle]:
    if kind == "html":
        yield _from_html(data, origin, **kw)
    else:
        yield _from_text(data, origin, **kw)


def _read_stdin(**kw: Any) -> Iterator[RawArticle]:
    fh = sys.stdin.buffer
    max_bytes = kw["max_bytes"]
    first = fh.read(1 << 16)
    lead = first.lstrip()[:1]
    if lead == b"{":
        stream = io.BufferedReader(_Chain(first, fh))
        yield from _from_jsonl(_limited_lines(stream, JSONL_LINE_FACTOR * max_bytes + 4096), "<stdin>", **kw)
        return
    kind = "html" if lead == b"<" else "text"
    limit = _read_limit(kind, max_bytes)
    data = first + fh.read(max(0, limit + 1 - len(first)))
    yield from _from_bytes(data, "<stdin>", kind, **kw)


class _Chain(io.RawIOBase):
    """A readable stream of some bytes already read followed by the rest of a stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def _stat_problem(p: Path) -> tuple[os.stat_result | None, str | None]:
    """The path's stat, or why it cannot be read (a one-line reason)."""
    try:
        return p.stat(), None
    except FileNotFoundError:
        if p.is_symlink():
            try:
                target = display_path(os.readlink(p))
            except OSError:
                target = "?"
            return None, f"broken symbolic link (its target {target} does not exist)"
        return None, "no such file or directory"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "symbolic link loop (the link points back to itself)"
        return None, f"cannot read: {exc.strerror or exc}"
    except ValueError as exc:  # e.g. a NUL character in the name
        return None, f"not a usable path ({exc})"


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def _walk(d: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[Path, str | None]]:
    """Files to read under a directory, in sorted order, with the reason for each entry that is skipped:
    broken links, link loops, special files, unreadable folders. Links to folders are followed once."""
    try:
        entries = sorted(os.scandir(d), key=lambda e: e.name)
    except OSError as exc:
        yield d, f"cannot read the directory: {exc.strerror or exc}"
        return
    ignored: list[str] = []
    for e in entries:
        p = Path(e.path)
        st, problem = _stat_problem(p)
        if problem is not None or st is None:
            yield p, problem
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in seen:
                if e.is_symlink():
                    yield p, "symbolic link to a directory already read (a loop); not read again"
                continue
            seen.add(key)
            yield from _walk(p, seen)
        elif p.suffix.lower() not in ALL_SUFFIXES:
            ignored.append(e.name)
        elif not stat.S_ISREG(st.st_mode):
            yield p, f"not a regular file ({_file_type(st.st_mode)})"
        else:
            yield p, None
    if ignored:
        log.info("%s: %d file(s) of other types not read (%s)", display_path(d), len(ignored),
                 ", ".join(display_path(n) for n in ignored[:5]) + (" ..." if len(ignored) > 5 else ""))


def read_path(path: str | Path, **kw: Any) -> Iterator[RawArticle]:
    """Articles from one path: a file (.txt, .html, .jsonl, .json), a directory, or '-' for stdin.

    Keyword options: ``max_bytes``, ``min_english``, ``check_language`` (see Settings).
    """
    walked = kw.pop("_walked", False)  # (a file found in a directory walk)
    kw.setdefault("max_bytes", 1_000_000)
    max_bytes = kw["max_bytes"]
    if str(path) == "-":
        yield from _read_stdin(**kw)
        return
    p = Path(path)
    origin = display_path(p)
    st, problem = _stat_problem(p)
    if problem is not None or st is None:
        yield _fail(origin, InputError(problem or "cannot read", source=origin))
        return
    if stat.S_ISDIR(st.st_mode):
        n_read = 0
        for f, why in _walk(p, {(st.st_dev, st.st_ino)}):
            if why is not None:
                where = display_path(f)
                yield _fail(where, InputError(why, source=where))
                continue
            for raw in read_path(f, _walked=True, **kw):  # (a .json file that holds no article yields none)
                n_read += 1
                yield raw
        if n_read == 0:
            yield _fail(origin, EmptyInput("directory holds no articles (.txt, .html, .jsonl files, .json files "
                                           "with a 'text' field)", source=origin))
        return
    if not stat.S_ISREG(st.st_mode):
        yield _fail(origin, InputError(f"not a regular file ({_file_type(st.st_mode)}); to read a stream, "
                                       "pipe it in and name '-'", source=origin))
        return
    suffix = p.suffix.lower()
    try:
        with p.open("rb") as fh:
            if suffix in JSONL_SUFFIXES:
                yield from _from_jsonl(_limited_lines(fh, JSONL_LINE_FACTOR * max_bytes + 4096), origin, **kw)
                return
            if suffix in JSON_SUFFIXES:
                data = fh.read(JSON_FILE_FACTOR * max_bytes + 1)
                yield from _from_json(data, origin, size=st.st_size or None, walked=walked, **kw)
                return
            head = fh.read(64)
            kind = _kind(head, suffix)
            data = head + fh.read(_read_limit(kind, max_bytes) + 1 - len(head))
    except OSError as exc:
        yield _fail(origin, InputError(f"cannot read: {exc.strerror or exc}", source=origin))
        return
    yield from _from_bytes(data, origin, kind, size=st.st_size or None, **kw)


def iter_inputs(paths: Iterable[str | Path], *, author: str | None = None, **kw: Any) -> Iterator[RawArticle]:
    """Articles from many paths, in order; ``author`` is the author of those that name none."""
    for path in paths:
        for raw in read_path(path, **kw):
            if author and not raw.author:
                raw.author = author
            yield raw
