"""Corpus ingest as a library function: inputs → readers → hash check → analysis → store.

:func:`ingest_paths` is what ``stancemap ingest`` runs. :func:`pipeline_analyzer` is the
default analysis source (the spaCy pipeline in this process, fed the store's actor registry);
pass another :data:`stancemap.store.Analyzer` to analyse elsewhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .ingest import iter_inputs
from .ingest.raw import RawArticle
from .ingest.readers import HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from .records import Article
from .settings import Settings

__all__ = ["ingest_paths", "pipeline_analyzer", "PipelineAnalyzer", "count_inputs"]


class PipelineAnalyzer:
    """Analyse raw articles with the spaCy pipeline of this process (the default analysis source).

    ``registry`` (an ActorRegistry, e.g. ``Store.registry()``) lets persons the text leaves
    without a country get the one the corpus learned for the article date. The pipeline is
    loaded on the first call only (an unchanged corpus never loads it); :meth:`close` gives the
    shared pipeline its own registry back.
    """

    def __init__(self, settings: Settings, registry: Any = None) -> None:
        self.settings = settings
        self.registry = registry
        self._pipe: Any = None
        self._saved: Any = None

    def __call__(self, raws: list[RawArticle]) -> list[Article]:
        from .api import analyze_raw

        if self._pipe is None and self.registry is not None:
            from .nlp.pipeline import get_pipeline

            nlp = get_pipeline(self.settings)
            if "stancemap_actors" in nlp.pipe_names:
                self._pipe = nlp.get_pipe("stancemap_actors")
                self._saved = self._pipe.registry
                self._pipe.registry = self.registry
        return list(analyze_raw(raws, settings=self.settings))

    def close(self) -> None:
        if self._pipe is not None:
            self._pipe.registry = self._saved
            self._pipe = None


def pipeline_analyzer(settings: Settings, registry: Any = None) -> PipelineAnalyzer:
    """The default analysis source (see :class:`PipelineAnalyzer`)."""
    return PipelineAnalyzer(settings, registry)


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many articles the inputs hold (files, JSONL lines), for a progress bar; None for stdin."""
    n = 0
    for path in paths:
        if str(path) == "-":
            return None
        p = Path(path)
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            suffix = f.suffix.lower()
            if not f.is_file() or suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES:
                if f == p:
                    n += 1  # a named file is read whatever its suffix
                continue
            if suffix in JSONL_SUFFIXES:
                try:
                    with f.open("rb") as fh:
                        n += max(1, sum(1 for line in fh if line.strip()))
                except OSError:
                    n += 1
            elif suffix in JSON_SUFFIXES and f != p:
                try:  # (a folder's .json file without a "text" field, a manifest, is not read)
                    n += b'"text"' in f.read_bytes()
                except OSError:
                    n += 1
            else:
                n += 1
    return n


def ingest_paths(paths: Sequence[str | Path], db: str | Path, *, settings: Settings | None = None,
                 analyze: Callable[[list[RawArticle]], Iterable[Any]] | None = None,
                 analyzer_for: Callable[[Any], Callable[[list[RawArticle]], Iterable[Any]]] | None = None,
                 batch_size: int = 32,
                 on_progress: Callable[[int, Any], None] | None = None,
                 on_commit: Callable[[int, Any], None] | None = None,
                 on_skip: Callable[[Any], None] | None = None,
                 on_warning: Callable[[RawArticle, str], None] | None = None) -> Any:
    """Ingest files, directories or JSONL into the store at ``db``; returns the IngestSummary.

    The run is recorded in ``runs`` (settings, versions, counts); an interrupted run is marked so.
    ``analyzer_for(registry)`` builds the analysis source from the store's actor registry snapshot
    (the scale-out pool uses it to hand the registry to its workers). ``on_skip`` is called with each
    input that was not stored (a ``stancemap.store.Skip``: input, reason, message); ``on_warning``
    with each input read and each warning about it (``RawArticle.warnings``: a date that cannot be
    read leaves the article undated), as it is read.
    """
    from . import __version__
    from .store import Store, ingest

    settings = settings or Settings()
    with Store(db) as store:
        if analyze is None and analyzer_for is not None:  # e.g. scale-out workers given the registry
            analyze = analyzer_for(store.registry())
        own = analyze is None
        if analyze is None:
            analyze = pipeline_analyzer(settings, registry=store.registry())
        versions = {"stancemap": __version__, "duckdb": __import__("duckdb").__version__,
                    "schema": store.info()["schema_version"]}
        run = store.begin_run(inputs=[str(p) for p in paths], settings=dataclasses.asdict(settings),
                              versions=versions)
        raws = iter_inputs(paths, max_bytes=settings.max_bytes, min_english=settings.min_english,
                           check_language=settings.check_language)
        if on_warning is not None:
            raws = _warned(raws, on_warning)
        try:
            summary = ingest(raws, store, analyze=analyze, batch_size=batch_size, run_id=run,
                             on_progress=on_progress, on_commit=on_commit, on_skip=on_skip)
        except BaseException:
            store.end_run(run, {}, status="interrupted")
            raise
        finally:
            if own:
                analyze.close()  # type: ignore[union-attr]
        store.end_run(run, summary.as_dict())
    return summary


def _warned(raws: Iterable[RawArticle], on_warning: Callable[[RawArticle, str], None]) -> Iterator[RawArticle]:
    for raw in raws:
        for warning in raw.warnings:
            on_warning(raw, warning)
        yield raw
