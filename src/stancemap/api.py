"""The Python API: ``analyze`` one text, ``analyze_many`` an iterable of articles."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from .errors import AnalysisError, InputError
from .ingest import RawArticle, check_text
from .ingest.raw import article_id
from .ingest.readers import raw_from_mapping
from .records import Article
from .settings import Settings

__all__ = ["analyze", "analyze_many", "analyze_raw", "pipeline_meta"]

log = logging.getLogger(__name__)


def pipeline_meta(nlp: Any) -> dict[str, Any]:
    from .version import __version__

    return {
        "stancemap_version": __version__,
        "spacy_version": __import__("spacy").__version__,
        "model": f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name')}",
        "model_version": nlp.meta.get("version"),
        "pipeline": list(nlp.pipe_names),
    }


def _failed(raw: RawArticle, meta: dict[str, Any] | None = None) -> Article:
    err = raw.error
    assert err is not None
    keep = {k: v for k, v in (meta or {}).items() if k in ("duplicate_id", "duplicate_of")}
    return Article(
        id=raw.id, text=raw.text, title=raw.title, date=raw.date, source=raw.source, url=raw.url,
        meta={"origin": raw.origin, "error": err.as_meta(), "skipped": True, **keep},
    )


def _coerce(item: Any, i: int, settings: Settings) -> RawArticle:
    kw: dict[str, Any] = {"max_bytes": settings.max_bytes, "min_english": settings.min_english,
                          "check_language": settings.check_language}
    if isinstance(item, RawArticle):
        return item
    if isinstance(item, str):
        raw = RawArticle(id=article_id(item), text=item, origin=f"<item {i}>")
        try:
            raw.text = check_text(item, source=raw.origin, **kw)
        except InputError as err:
            raw.error = err
        return raw
    return raw_from_mapping(item, origin=f"<item {i}>", **kw)


def _make_doc(nlp: Any, raw: RawArticle) -> Any:
    """A tokenised Doc carrying the article metadata (``doc._.sm_meta``) for the stages."""
    doc = nlp.make_doc(raw.text)
    doc._.sm_meta = {"id": raw.id, "title": raw.title, "date": raw.date, "source": raw.source,
                     "url": raw.url, "author": raw.author}
    return doc


class _UniqueIds:
    """Ids unique within one run: a repeated id becomes ``id~2``, ``id~3`` ... and is reported."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}  # id -> origin of the article that has it
        self.texts: dict[str, str] = {}  # content hash -> id of the first article with that text

    def assign(self, raw: RawArticle) -> dict[str, Any]:
        """Give ``raw`` a free id; the meta entries that say what happened."""
        meta: dict[str, Any] = {}
        given = raw.id
        if given in self.first:
            n = 2
            while f"{given}~{n}" in self.first:
                n += 1
            raw.id = f"{given}~{n}"
            meta["duplicate_id"] = {"id": given, "first": self.first[given]}
            log.info("%s: id %r is already used by %s; this article is %r", raw.origin, given,
                        self.first[given], raw.id)
        self.first[raw.id] = raw.origin
        if raw.error is None:
            first = self.texts.setdefault(article_id(raw.text), raw.id)
            if first != raw.id:
                meta["duplicate_of"] = first  # the same text seen earlier in this run (a syndicated copy)
        return meta


def _bug(raw: RawArticle, what: str, exc: BaseException) -> AnalysisError:
    log.debug("%s of %s failed", what, raw.origin, exc_info=exc)
    return AnalysisError(f"{what} failed ({type(exc).__name__}: {exc}); this is a bug, please report it "
                         "with the article", source=raw.origin)


def analyze_raw(raws: Iterable[RawArticle], *, settings: Settings | None = None,
                ids: _UniqueIds | None = None) -> Iterator[Article]:
    """Analyse checked raw articles in order; failed ones come back with ``meta.error``.

    Articles are parsed in batches of at most ``settings.batch_tokens`` tokens (longer ones in pieces
    of that size), so peak memory follows that setting; see :mod:`stancemap.nlp.runner`.
    ``ids`` gives each article its run-unique id and duplicate meta (default: a new ``_UniqueIds``;
    the scale-out client assigns them in input order and hands each worker the result).
    """
    from .analytics.convergence import convergence
    from .nlp.pipeline import get_pipeline
    from .nlp.runner import iter_token_batches, parse_batch, run_stages
    from .nlp.to_records import doc_to_article

    settings = settings or Settings()
    nlp = get_pipeline(settings)
    base = pipeline_meta(nlp)
    ids = _UniqueIds() if ids is None else ids

    def tokenised(items: Iterable[RawArticle]) -> Iterator[tuple[RawArticle, Any]]:
        for raw in items:
            if raw.error is not None:
                yield raw, None
                continue
            try:
                yield raw, _make_doc(nlp, raw)
            except Exception as exc:
                raw.error = _bug(raw, "tokenisation", exc)
                yield raw, None

    batches = iter_token_batches(tokenised(raws), lambda x: 0 if x[1] is None else len(x[1]),
                                 max_items=settings.batch_size, max_tokens=settings.batch_tokens)
    for batch in batches:
        parsed = parse_batch(nlp, [d for _, d in batch if d is not None], settings.batch_tokens)
        parsed.reverse()  # popped in order, so each Doc is released once its article is out
        for k, (raw, doc) in enumerate(batch):
            batch[k] = (raw, None)
            meta = ids.assign(raw)
            if doc is None:
                yield _failed(raw, meta)
                continue
            p = parsed.pop()
            del doc
            if p.doc is None:
                raw.error = _bug(raw, "analysis (spaCy model)", p.error or RuntimeError("no Doc"))
                yield _failed(raw, meta)
                continue
            try:
                done, stage_seconds = run_stages(nlp, p.doc)
            except Exception as exc:  # a bug in some stage: this article only
                raw.error = _bug(raw, "analysis", exc)
                yield _failed(raw, meta)
                continue
            meta = dict(base, origin=raw.origin, seconds=round(stage_seconds + p.model_seconds, 4),
                        words=len(done), **meta)
            if raw.extra:
                meta["extra"] = raw.extra
            failures = list(done._.sm_warnings or ())  # (a sentence or stage that failed: nlp.common.guard)
            if raw.warnings or failures:
                meta["warnings"] = [*raw.warnings, *failures]
            try:
                art = doc_to_article(done, id=raw.id, title=raw.title, date=raw.date,
                                     source=raw.source, url=raw.url, meta=meta)
                art = replace(art, convergence=tuple(convergence(art.stances, art.alignments, art.actors)))
            except Exception as exc:
                raw.error = _bug(raw, "building records", exc)
                yield _failed(raw, meta)
                continue
            del done, p
            yield art
    if settings.actor_registry and "stancemap_actors" in nlp.pipe_names:
        nlp.get_pipe("stancemap_actors").save_registry()  # type: ignore[attr-defined]


def analyze_many(items: Iterable[str | Mapping[str, Any] | RawArticle], *,
                 settings: Settings | None = None) -> Iterator[Article]:
    """Analyse many articles (texts, ``{id, text, ...}`` mappings or RawArticles), in order.

    A bad article does not stop the batch: it is returned with ``meta["error"]`` set.
    """
    settings = settings or Settings()
    return analyze_raw((_coerce(x, i, settings) for i, x in enumerate(items)), settings=settings)


def analyze(text: str, *, id: str | None = None, title: str | None = None, date: str | None = None,
            source: str | None = None, url: str | None = None, author: str | None = None,
            settings: Settings | None = None) -> Article:
    """Analyse one article text. Raises an InputError subclass on unusable text.

    ``author``: who issued the text (an ISO3 or CAMEO code, an organisation id or a name) for
    speeches, statements and press releases; first-person positions are then the author's.
    Without it, the author of an official text is detected from its title or first line.
    ``date`` is read into ISO form ("1 March 2021" -> "2021-03-01", "May 2021" -> "2021-05"); one
    that cannot be read leaves the article undated, the reason in ``meta["warnings"]``."""
    settings = settings or Settings()
    raw = _coerce({"id": id, "text": text, "title": title, "date": date, "source": source, "url": url,
                   "author": author}, 0, settings)
    raw.origin = "<text>" if id is None else id
    if raw.error is not None:
        raise raw.error
    return next(analyze_raw([raw], settings=settings))
