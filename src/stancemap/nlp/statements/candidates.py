"""Statement candidates of the statements stage and the filters over the whole set.

A candidate is one cue with its speaker token and content spans; the filters drop exact
duplicates and attributions nested inside another statement's content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    out = []
    for c in cands:
        if not c.is_speech:
            if any(o is not c and any(a <= c.cue[0] < b for a, b in o.spans) for o in cands):
                continue
        elif any(o is not c and o.is_speech and _inside(c, o) for o in cands):
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
