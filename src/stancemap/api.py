"""The Python API: ``analyze`` one text, ``analyze_many`` an iterable of articles."""

from __future__ import annotations

import logging
import time
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


def _failed(raw: RawArticle) -> Article:
    err = raw.error
    assert err is not None
    return Article(
        id=raw.id, text=raw.text, title=raw.title, date=raw.date, source=raw.source, url=raw.url,
        meta={"origin": raw.origin, "error": err.as_meta(), "skipped": True},
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
                     "url": raw.url}
    return doc


def analyze_raw(raws: Iterable[RawArticle], *, settings: Settings | None = None) -> Iterator[Article]:
    """Analyse checked raw articles in order; failed ones come back with ``meta.error``."""
    from .analytics.convergence import convergence
    from .nlp.pipeline import get_pipeline
    from .nlp.to_records import doc_to_article

    settings = settings or Settings()
    nlp = get_pipeline(settings)
    base = pipeline_meta(nlp)
    buf: list[RawArticle] = []
    seen: dict[str, str] = {}  # content hash -> id of the first article with that text

    def run_batch(good: list[RawArticle]) -> list[Any]:
        """Docs for the batch; when a stage raises, each article alone, its failure kept."""
        try:
            return list(nlp.pipe((_make_doc(nlp, r) for r in good), batch_size=settings.batch_size))
        except Exception:  # a bug in some stage: find the article(s) it concerns
            out: list[Any] = []
            for r in good:
                try:
                    out.append(nlp(_make_doc(nlp, r)))
                except Exception as exc:
                    log.debug("analysis of %s failed", r.origin, exc_info=True)
                    out.append(AnalysisError(f"analysis failed ({type(exc).__name__}: {exc}); this is a "
                                             "bug, please report it with the article", source=r.origin))
            return out

    def flush() -> Iterator[Article]:
        good = [r for r in buf if r.error is None]
        t0 = time.perf_counter()
        docs = iter(run_batch(good))
        for raw in buf:
            if raw.error is not None:
                yield _failed(raw)
                continue
            doc = next(docs)
            if isinstance(doc, AnalysisError):
                raw.error = doc
                yield _failed(raw)
                continue
            t1 = time.perf_counter()
            meta = dict(base, origin=raw.origin, seconds=round(t1 - t0, 4), words=len(doc))
            first = seen.setdefault(article_id(raw.text), raw.id)
            if first != raw.id:
                meta["duplicate_of"] = first  # same text seen earlier in this batch (syndicated copy)
            if raw.extra:
                meta["extra"] = raw.extra
            t0 = t1
            try:
                art = doc_to_article(doc, id=raw.id, title=raw.title, date=raw.date,
                                     source=raw.source, url=raw.url, meta=meta)
                yield replace(art, convergence=tuple(convergence(art.stances, art.alignments, art.actors)))
            except Exception as exc:
                raw.error = AnalysisError(f"building records failed ({type(exc).__name__}: {exc}); this is "
                                          "a bug, please report it with the article", source=raw.origin)
                yield _failed(raw)
        buf.clear()

    for raw in raws:
        buf.append(raw)
        if len(buf) >= settings.batch_size:
            yield from flush()
    yield from flush()
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
            source: str | None = None, url: str | None = None,
            settings: Settings | None = None) -> Article:
    """Analyse one article text. Raises an InputError subclass on unusable text."""
    settings = settings or Settings()
    raw = _coerce({"id": id, "text": text, "title": title, "date": date, "source": source, "url": url},
                  0, settings)
    raw.origin = "<text>" if id is None else id
    if raw.error is not None:
        raise raw.error
    return next(analyze_raw([raw], settings=settings))
