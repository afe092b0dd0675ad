"""Ingest: read → check hashes → analyse what is new or changed → write, one transaction per batch.

The analysis is pluggable: any callable that turns a list of raw articles into analysed
articles (Article records or their dicts, same order, failures with ``meta.error``). The
default one (in :mod:`stancemap.corpus`) runs the spaCy pipeline in this process; a scale-out
source can run workers elsewhere and hand back records. Reading and the hash check happen
before any analysis, so an unchanged corpus is re-ingested without parsing a word::

    with Store("corpus.duckdb") as st:
        summary = ingest(iter_inputs(["news/"]), st, analyze=my_analyzer, batch_size=32)

A crash (even ``kill -9``) loses at most the batch in flight: each batch commits whole, and a
rerun skips every content hash already stored.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..ingest.raw import RawArticle
from ..records import Article
from .db import Skip, Store
from .rows import content_hash

__all__ = ["ingest", "triage", "Triage", "IngestSummary", "Analyzer"]

#: turns raw articles into analysed ones (same order; failures carry meta.error)
Analyzer = Callable[[list[RawArticle]], Iterable[Article | Mapping[str, Any]]]


@dataclass
class IngestSummary:
    """What one ingest run did."""

    seen: int = 0
    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    duplicates: int = 0
    words: int = 0
    seconds: float = 0.0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    batches: int = 0

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    @property
    def exit_code(self) -> int:
        """0 when every input was stored or already there, 1 when anything was skipped."""
        return 1 if self.n_skipped else 0

    def as_dict(self) -> dict[str, Any]:
        return {"seen": self.seen, "ingested": self.ingested, "unchanged": self.unchanged,
                "replaced": self.replaced, "duplicates": self.duplicates, "skipped": self.n_skipped,
                "skipped_by_reason": dict(self.skipped), "words": self.words, "seconds": round(self.seconds, 3),
                "batches": self.batches}

    def render(self) -> str:
        rate = f", {self.words / self.seconds:,.0f} words/s" if self.seconds > 0 and self.words else ""
        line = (f"{self.seen} input(s): {self.ingested} ingested, {self.unchanged} unchanged, {self.replaced} replaced, "
                f"{self.duplicates} near-duplicate(s) grouped, {self.n_skipped} skipped "
                f"in {self.seconds:.1f} s{rate}")
        if self.skipped:
            line += "\nskipped by reason: " + ", ".join(f"{r} {n}" for r, n in self.skipped.most_common())
        return line


@dataclass
class Triage:
    """One batch of raw inputs sorted before analysis."""

    todo: list[RawArticle]       # new or changed: to analyse
    unchanged: list[RawArticle]  # stored with the same content hash (or repeated in this run)
    skips: list[Skip]            # unreadable or refused inputs
    superseded: list[RawArticle] = field(default_factory=list)  # an id repeated later in the batch


def _skip_of(raw: RawArticle) -> Skip:
    err = raw.error
    assert err is not None
    return Skip(input=raw.origin, code=err.code, reason=err.reason, message=str(err),
                article_id=None if raw.id == raw.origin else raw.id)


def triage(store: Store, raws: Sequence[RawArticle], seen: dict[str, str] | None = None) -> Triage:
    """Sort raw inputs by content hash against the store, without analysing anything.

    ``seen`` (id -> hash of this run) catches an input repeated within one run.
    """
    seen = {} if seen is None else seen
    good = [r for r in raws if r.error is None]
    known = store.known_hashes(r.id for r in good)
    out = Triage([], [], [_skip_of(r) for r in raws if r.error is not None])
    todo: dict[str, RawArticle] = {}
    for r in good:
        h = content_hash(r.text, r.title, r.date, r.source, r.url)
        if known.get(r.id) == h or seen.get(r.id) == h:
            out.unchanged.append(r)
        else:
            if r.id in todo:  # the same id twice in one batch with different content: the later one wins
                out.superseded.append(todo.pop(r.id))
            todo[r.id] = r
        seen[r.id] = h
    out.todo = list(todo.values())
    return out


def _chunks(items: Iterable[RawArticle], n: int) -> Iterator[list[RawArticle]]:
    buf: list[RawArticle] = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def ingest(items: Iterable[RawArticle], store: Store, *, analyze: Analyzer, batch_size: int = 32,
           run_id: int | None = None, on_progress: Callable[[int, IngestSummary], None] | None = None,
           on_commit: Callable[[int, IngestSummary], None] | None = None,
           on_skip: Callable[[Skip], None] | None = None) -> IngestSummary:
    """Ingest raw articles into ``store``; see the module docstring.

    Args:
        items: raw articles (``stancemap.ingest.iter_inputs``); failed reads carry ``error``.
        analyze: the analysis source (see :data:`Analyzer`).
        batch_size: articles per transaction.
        run_id: the run (``Store.begin_run``) the rows are recorded under.
        on_progress: called with (inputs done in this batch, summary) after each batch.
        on_commit: called with (batch number, summary) right after each commit.
        on_skip: called with each input that was not stored (its reason is in the ``skips`` table),
            right after the commit of its batch.
    """
    summary = IngestSummary()
    seen: dict[str, str] = {}
    t0 = time.perf_counter()
    for chunk in _chunks(items, max(1, batch_size)):
        tri = triage(store, chunk, seen)
        analysed = list(analyze(tri.todo)) if tri.todo else []
        if len(analysed) != len(tri.todo):
            raise RuntimeError(f"the analyzer returned {len(analysed)} results for {len(tri.todo)} articles")
        origins = {r.id: r.origin for r in tri.todo}
        res = store.write_batch(analysed, run_id=run_id, skips=tri.skips, origins=origins)
        summary.batches += 1
        summary.seen += len(chunk)
        summary.unchanged += len(tri.unchanged) + (len(tri.todo) - len(res.ingested) - len(res.replaced)
                                                   - (len(res.skipped) - len(tri.skips)))
        summary.ingested += len(res.ingested)
        summary.replaced += len(res.replaced) + len(tri.superseded)
        summary.duplicates += len(res.duplicates)
        summary.skipped.update(s.reason for s in res.skipped)
        stored = set(res.ingested) | set(res.replaced)
        for a in analysed:
            meta = a.meta if isinstance(a, Article) else (a.get("meta") or {})
            aid = a.id if isinstance(a, Article) else a.get("id")
            if aid in stored:
                summary.words += int(meta.get("words") or 0)
        summary.seconds = time.perf_counter() - t0
        if on_skip is not None:
            for skip in res.skipped:
                on_skip(skip)
        if on_commit is not None:
            on_commit(summary.batches, summary)
        if on_progress is not None:
            on_progress(len(chunk), summary)
    summary.seconds = time.perf_counter() - t0
    return summary
