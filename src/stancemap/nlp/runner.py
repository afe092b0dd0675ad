"""Running the pipeline over a stream of articles within a token budget.

Peak memory follows the number of tokens the spaCy model holds at once, not the number of
articles: a batch takes articles until it holds about ``batch_tokens`` tokens (or ``batch_size``
articles), and an article longer than that is parsed in pieces of at most ``batch_tokens`` tokens,
cut at paragraph or sentence breaks and joined back into one Doc before the stancemap stages run.
The tokenisation is the article's own (the pieces are slices of one tokenised Doc), so every
character offset is the same as for a Doc parsed whole.

The stancemap stages then run on each article alone, so a stage that fails fails one article and
its time is measured for that article.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["ParsedDoc", "split_points", "parse_batch", "run_stages", "is_stage"]

def is_stage(name: str) -> bool:
    """A stancemap stage (run on each article alone, after the model), not part of the model's parse."""
    from .pipeline import STAGES

    return name in STAGES


def _break_score(doc: Doc, i: int) -> int:
    """How good a place to cut before token ``i`` is: 2 after a line break, 1 after a sentence end."""
    prev = doc[i - 1]
    if "\n" in prev.text or "\n" in prev.whitespace_:
        return 2
    if prev.text in {".", "!", "?", "\u201d", '"'} and (doc[i].is_title or doc[i].is_quote):
        return 1
    return 0


def split_points(doc: Doc, size: int) -> list[int]:
    """Token indices at which to cut ``doc`` into pieces of at most ``size`` tokens.

    Each cut is the last line break in the second half of the window, else the last sentence end
    there, else the window's end. Linear in the length of the Doc.
    """
    cuts: list[int] = []
    start, n = 0, len(doc)
    while n - start > size:
        end = start + size
        best, best_score = end, -1
        for i in range(end, start + size // 2, -1):
            score = _break_score(doc, i)
            if score > best_score:
                best, best_score = i, score
                if score == 2:
                    break
        if best_score <= 0:
            best = end
        cuts.append(best)
        start = best
    return cuts


@dataclass
class ParsedDoc:
    doc: Doc | None
    model_seconds: float  # this article's share of its batch's model time (by tokens)
    error: BaseException | None = None


def _model_pipe(nlp: Language, docs: list[Doc]) -> list[Doc]:
    names = [n for n in nlp.pipe_names if is_stage(n)]
    return list(nlp.pipe(docs, batch_size=max(1, len(docs)), disable=names))


def _groups(pieces: Sequence[Doc], budget: int) -> Iterator[list[Doc]]:
    group: list[Doc] = []
    n = 0
    for p in pieces:
        if group and n + len(p) > budget:
            yield group
            group, n = [], 0
        group.append(p)
        n += len(p)
    if group:
        yield group


def parse_batch(nlp: Language, docs: Sequence[Doc], budget: int) -> list[ParsedDoc]:
    """Run the model components (tagger, parser, NER...) over tokenised Docs, ``budget`` tokens at a time."""
    pieces: list[Doc] = []
    owners: list[int] = []
    for k, doc in enumerate(docs):
        if len(doc) <= budget:
            parts = [doc]
        else:
            bounds = [0, *split_points(doc, budget), len(doc)]
            parts = [doc[a:b].as_doc() for a, b in zip(bounds, bounds[1:]) if b > a]
        pieces.extend(parts)
        owners.extend([k] * len(parts))
    parsed: list[Doc | None] = [None] * len(pieces)
    errors: dict[int, BaseException] = {}
    t0 = time.perf_counter()
    pos = 0
    for group in _groups(pieces, budget):
        try:
            out = _model_pipe(nlp, group)
        except Exception:  # find the piece(s) the model fails on; the others go on
            out = []
            for j, p in enumerate(group):
                try:
                    out.extend(_model_pipe(nlp, [p]))
                except Exception as exc:
                    errors[owners[pos + j]] = exc
                    out.append(None)  # type: ignore[arg-type]
        parsed[pos:pos + len(group)] = out
        pos += len(group)
    model_seconds = time.perf_counter() - t0
    total = sum(len(d) for d in docs) or 1
    result: list[ParsedDoc] = []
    for k, doc in enumerate(docs):
        share = model_seconds * len(doc) / total
        if k in errors:
            result.append(ParsedDoc(None, share, errors[k]))
            continue
        mine = [p for p, o in zip(parsed, owners) if o == k and p is not None]
        joined = mine[0] if len(mine) == 1 else Doc.from_docs(mine, ensure_whitespace=False)
        if joined is not doc:
            joined.user_data.update({k2: v for k2, v in doc.user_data.items() if k2 not in joined.user_data})
        result.append(ParsedDoc(joined, share))
    return result


#: what each stage writes, and the value it is left with when the stage fails on an article (every
#: name of ``pipeline.STAGES``: a new stage must be added, tests/nlp/test_stage_isolation.py checks)
_STAGE_OUTPUTS: dict[str, tuple[tuple[str, Any], ...]] = {
    "stancemap_actors": (("sm_actors", []), ("sm_mentions", []), ("sm_author", None)),
    "stancemap_statements": (("sm_statements", []),),
    "stancemap_quote_speakers": (),  # (relinks the statements' speakers in place: what it did stays)
    "stancemap_events": (("sm_events", []),),
    "stancemap_stances": (("sm_stances", []), ("sm_alignments", [])),
}


def run_stages(nlp: Language, doc: Doc) -> tuple[Doc, float]:
    """The stancemap components over one parsed Doc, in pipeline order; (doc, seconds).

    A stage that fails on the article (outside the sentences it isolates itself) loses its output
    for this article only: its extensions are emptied, one warning naming the article, the stage and
    the reason is kept in ``doc._.sm_warnings`` and the later stages run (``STANCEMAP_STRICT=1``
    re-raises; :mod:`stancemap.nlp.common.guard`)."""
    from .common.guard import isolated

    t0 = time.perf_counter()
    for name, proc in nlp.pipeline:
        if is_stage(name):
            kept = None if _STAGE_OUTPUTS.get(name) else "what this stage had written is kept as it was left"
            with isolated(doc, name, what=kept) as outcome:
                doc = proc(doc)
            if outcome.failed:
                for ext, empty in _STAGE_OUTPUTS.get(name, ()):
                    doc._.set(ext, list(empty) if isinstance(empty, list) else empty)
    return doc, time.perf_counter() - t0


def iter_token_batches(items: Iterable[Any], size_of: Any, *, max_items: int, max_tokens: int) -> Iterator[list[Any]]:
    """Consecutive groups of ``items`` holding at most ``max_items`` items and, unless one item alone is
    larger, at most ``max_tokens`` tokens (``size_of(item)`` each)."""
    batch: list[Any] = []
    n = 0
    for item in items:
        k = size_of(item)
        if batch and (len(batch) >= max_items or n + k > max_tokens):
            yield batch
            batch, n = [], 0
        batch.append(item)
        n += k
    if batch:
        yield batch
