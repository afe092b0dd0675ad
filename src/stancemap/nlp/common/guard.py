"""Failure isolation for the stancemap stages, and parse repairs that cannot loop.

A rule that meets a parse it was not written for (a head cycle left by a repair, an index past a
sentence's end) must not cost the article, let alone the batch: each per-sentence rule stage runs a
sentence inside :func:`isolated`, which on an unexpected exception drops that sentence's output
from the stage, records one warning naming the article id, the stage, the sentence and the reason
(``doc._.sm_warnings``; the API copies it into ``meta["warnings"]`` and the command line prints
each as one ``stancemap: warning: ...`` line), and lets the rest of the article go on. A stage that
fails outside its sentence loop loses its output for that article only (:mod:`stancemap.nlp.runner`).

Set ``STANCEMAP_STRICT=1`` to re-raise instead (the test suite does, so that no bug is hidden).

Repairs of the parse change heads through :func:`set_heads`, which applies a repair's changes
all together or not at all: never when they would make a head cycle (spaCy accepts one silently and
fails later, E039, on the sentence's root).
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Sequence
from types import TracebackType

from spacy.tokens import Doc, Token

from .extensions import register_extensions

__all__ = ["STRICT_ENV", "FAILURES", "SKIPPED_REPAIRS", "failure_summary", "strict", "isolated", "record_failure", "warnings_of", "set_heads", "would_loop"]

log = logging.getLogger(__name__)

#: failures isolated in this process, by stage (``stancemap eval`` and ``gate`` report them)
FAILURES: Counter[str] = Counter()

#: parse repairs skipped in this process, by reason ("loop": the new heads would have made a cycle)
SKIPPED_REPAIRS: Counter[str] = Counter()

#: the environment variable that makes stage failures raise (tests, debugging)
STRICT_ENV = "STANCEMAP_STRICT"

register_extensions()  # (``doc._.sm_warnings`` among them)


def strict() -> bool:
    """Whether failures re-raise (``STANCEMAP_STRICT`` set to anything but ``""``, ``0``, ``false``, ``no``, ``off``)."""
    return os.environ.get(STRICT_ENV, "").strip().lower() not in ("", "0", "false", "no", "off")


def _doc_id(doc: Doc) -> str:
    meta = doc._.sm_meta
    if isinstance(meta, dict) and meta.get("id"):
        return str(meta["id"])
    return "<text>"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())  # one line: spaCy's messages run over several
    if len(text) > 200:
        text = text[:197] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _excerpt(doc: Doc, span: tuple[int, int], size: int = 60) -> str:
    """The start of the text at ``span``, on one line and quoted (``"Peru firmly rejected the..."``)."""
    try:
        text = " ".join(doc.text[span[0]:span[1]].split())
    except Exception:  # (a Doc broken enough not to give its text still gets its warning)
        return "?"
    return repr(text if len(text) <= size else text[:size - 3] + "...")


def failure_summary() -> str | None:
    """One line counting the failures isolated in this process by stage; None when there were none."""
    if not FAILURES:
        return None
    by_stage = ", ".join(f"{k} {v}" for k, v in sorted(FAILURES.items()))
    return (f"{sum(FAILURES.values())} stage failure(s) isolated ({by_stage}): the scores miss those sentences; "
            f"run with {STRICT_ENV}=1 to see them raise")


def record_failure(doc: Doc, stage: str, exc: BaseException, *, sentence: int | None = None,
                   span: tuple[int, int] | None = None, what: str | None = None) -> str:
    """Record (and log) one failure of ``stage`` on ``doc``; returns the warning's text.

    ``sentence``: the sentence's index in the Doc (from 0), ``span`` its character offsets; ``what``
    says what was dropped when it was not a sentence's output."""
    where = ""
    if sentence is not None:
        where = f"sentence {sentence} "
    if span is not None:
        where += f"(characters {span[0]}-{span[1]}: {_excerpt(doc, span)}) "
    if where:
        where += "of "
    dropped = what or ("its output from this stage is dropped" if sentence is not None
                       else "this stage's output is dropped")
    msg = f"stage {stage} failed on {where}article {_doc_id(doc)!r} ({_reason(exc)}); {dropped}"
    FAILURES[stage] += 1
    if doc._.sm_warnings is None:
        doc._.sm_warnings = []
    doc._.sm_warnings.append(msg)
    log.info("%s", msg)  # (the command line prints the article's warnings: stancemap: warning: ...)
    log.debug("%s", msg, exc_info=exc)
    return msg


def warnings_of(doc: Doc) -> list[str]:
    """The failures recorded on ``doc`` (empty when none)."""
    return list(doc._.sm_warnings or ())


class isolated:  # noqa: N801  (used as a function: ``with isolated(doc, stage, ...) as outcome:``)
    """Run the block; an exception in it is recorded (:func:`record_failure`) and goes no further,
    unless :func:`strict`. The caller drops whatever the block had added: build the sentence's
    output first and add it at the end, or undo it when the yielded outcome is ``failed``.

    ``sentence``/``span``: the sentence's index and character offsets; ``token``: a token of the
    sentence, when these are found only on a failure (a per-token loop)."""

    __slots__ = ("doc", "stage", "sentence", "span", "token", "what", "failed", "warning")

    def __init__(self, doc: Doc, stage: str, *, sentence: int | None = None, span: tuple[int, int] | None = None,
                 token: Token | None = None, what: str | None = None) -> None:
        self.doc, self.stage, self.sentence, self.span, self.token, self.what = doc, stage, sentence, span, token, what
        self.failed = False
        self.warning: str | None = None

    def __enter__(self) -> isolated:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> bool:
        if exc is None or not isinstance(exc, Exception) or strict():
            return False
        sentence, span = self.sentence, self.span
        if self.token is not None and sentence is None:
            try:
                sentence, span = _sentence_of(self.token)
            except Exception:  # (a parse broken enough to fail here still gets its warning)
                span = (self.token.idx, self.token.idx + len(self.token))
        self.failed = True
        self.warning = record_failure(self.doc, self.stage, exc, sentence=sentence, span=span, what=self.what)
        return True


def _sentence_of(tok: Token) -> tuple[int, tuple[int, int]]:
    """The index of the token's sentence in its Doc and the sentence's character offsets."""
    sent = tok.sent
    k = sum(1 for s in tok.doc.sents if s.start < sent.start)
    return k, (sent.start_char, sent.end_char)


def _root_of(i: int, new: dict[int, int], doc: Doc) -> int | None:
    """The root reached from token ``i`` with the heads ``new`` put in; None on a cycle."""
    seen = {i}
    for _ in range(len(doc) + 1):
        h = new[i] if i in new else doc[i].head.i
        if h == i:
            return i
        if h in seen:
            return None
        seen.add(h)
        i = h
    return None


def would_loop(changes: Sequence[tuple[Token, Token]]) -> bool:
    """Whether giving each token its new head would make a head cycle (what spaCy takes silently and
    fails on later: E039 on the sentence's root, or a sentence that never ends). A head in another
    sentence is no cycle: spaCy joins the two sentences, as a repair of a split sentence wants."""
    if not changes:
        return False
    doc = changes[0][0].doc
    new = {tok.i: head.i for tok, head in changes}
    return any(_root_of(tok.i, new, doc) is None for tok, _ in changes)


def _order(changes: Sequence[tuple[Token, Token, str | None]]) -> list[tuple[Token, Token, str | None]] | None:
    """The changes in an order in which no step makes a cycle (spaCy recounts a word's children and
    edges at each step, and a cycle on the way would leave them wrong); None when there is none."""
    doc = changes[0][0].doc
    cur: dict[int, int] = {}
    pending = list(changes)
    out: list[tuple[Token, Token, str | None]] = []
    while pending:
        for k, (tok, head, _dep) in enumerate(pending):
            cur[tok.i] = head.i
            if _root_of(tok.i, cur, doc) is not None:
                out.append(pending.pop(k))
                break
            del cur[tok.i]
        else:
            return None
    return out


def set_heads(changes: Sequence[tuple[Token, Token, str | None]]) -> bool:
    """Give each token its new head (and dependency label, when not None), all or none: nothing is
    changed, and False is returned, when the new heads would loop (:func:`would_loop`).

    A token may appear once only. The changes are made in an order with no cycle on the way."""
    if not changes:
        return True
    order = None if would_loop([(tok, head) for tok, head, _ in changes]) else _order(changes)
    if order is None:
        SKIPPED_REPAIRS["loop"] += 1
        log.debug("parse repair skipped: it would make a head cycle (%s)",
                  ", ".join(f"{t.text}->{h.text}" for t, h, _ in changes))
        return False
    for tok, head, dep in order:
        tok.head = head
        if dep is not None:
            tok.dep_ = dep
    return True
