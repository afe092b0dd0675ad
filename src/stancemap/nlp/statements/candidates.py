"""Statement candidates of the statements stage and the filters over the whole set.

A candidate is one cue with its speaker token and content spans; the filters drop exact
duplicates and attributions nested inside another statement's content.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from spacy.tokens import Token

__all__ = ["Cand", "dedupe", "drop_nested"]


@dataclass
class Cand:
    """One attribution: cue, speaker head token and content spans (chars)."""

    verb: Token | None
    cue: tuple[int, int]
    lemma: str
    is_speech: bool
    speaker: Token | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    quote_ids: list[int] = field(default_factory=list)
    direct: bool = False


def _inside(c: Cand, o: Cand) -> bool:
    """True when the cue and every content span of ``c`` lie inside one content span of ``o``."""
    for a, b in o.spans:
        if a <= c.cue[0] < b and all(a <= s and e <= b for s, e in c.spans) and (a, b) not in c.spans:
            return True
    return False


def drop_nested(cands: list[Cand]) -> list[Cand]:
    """Attributions reported inside another statement's content are part of that statement,
    not attributions of their own: beliefs ("she said he thinks ...") whenever their cue is in
    the content of another statement; speech when its cue and content both are
    ("he said she had told them to wait")."""
    # every content span, by start, with the furthest end reached so far: the spans that hold a
    # cue are found by walking back from it, not by testing every candidate against every other
    spans = sorted((a, b, k) for k, o in enumerate(cands) for a, b in o.spans)
    starts = [a for a, _, _ in spans]
    reach = list(accumulate((b for _, b, _ in spans), max))

    def holders(pos: int) -> Iterator[int]:
        k = bisect_right(starts, pos) - 1
        while k >= 0 and reach[k] > pos:
            a, b, owner = spans[k]
            if a <= pos < b:
                yield owner
            k -= 1

    out = []
    for i, c in enumerate(cands):
        if not c.is_speech:
            if any(o != i for o in holders(c.cue[0])):
                continue
        elif any(o != i and cands[o].is_speech and _inside(c, cands[o]) for o in holders(c.cue[0])):
            continue
        out.append(c)
    return out


def dedupe(cands: list[Cand]) -> list[Cand]:
    seen: dict[tuple[tuple[int, int], ...], int] = {}
    out: list[Cand] = []
    for c in cands:
        key = tuple(sorted(c.spans))
        if key in seen:
            continue
        seen[key] = len(out)
        out.append(c)
    return out
