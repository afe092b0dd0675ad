"""Propositions: normalising short claims and matching them across actors (pure Python).

A proposition is normalised to a *concept set*: content words, lower-cased, lightly stemmed
and mapped through the concept groups of ``data/stances/concepts.yaml`` (bloodshed ~ violence,
talks ~ negotiations ~ diplomatic means ~ political solution). Words that negate their
object ("end", "halt", "lifting") become the ``END`` operator, which is folded into the sign
of the position: "an immediate halt to the bloodshed" (+1) and "the bloodshed to end" (+1)
and "the bloodshed" (-1) all give the position -1 on {violence}. ``LIGHT`` words ("use of",
"implementation of", "means", "crisis") are dropped unless nothing else is left, and so are
the words naming the issue itself (``ignore``: "Syria" in a proposition on the Syria crisis).

:class:`PropositionMatcher` clusters propositions of one issue across actors: two
propositions match when the weighted Dice overlap of their concept sets reaches a threshold
(or one set of two or more concepts contains the other and the larger adds only names);
names (capitalised words: "working with Russia") weigh half as much as other concepts. A
proposition joins a cluster only when it matches every distinct member (complete linkage),
so that claims do not chain into one catch-all proposition. An optional ``embed_similarity(a, b) -> float`` hook (for example a
sentence-embedding model installed as an extra) can raise the similarity; the lexical
default needs nothing beyond this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from .yamlio import load_yaml

__all__ = [
    "STOPWORDS",
    "WORD_RE",
    "Concepts",
    "concepts",
    "normalise_proposition",
    "proposition_key",
    "signed_position",
    "similarity",
    "name_concepts",
    "PropositionMatcher",
]

END = "END"
LIGHT = "LIGHT"
_NAME_WEIGHT = 0.5

_STOP = frozenset(
    """a an the of to in on at for with by from into onto over under about against between among
    and or but nor as that this these those its his her their our your my it they them he she we
    be is are was were been being has have had do does did will would shall should must can could may
    might very more most much many some any all such so than then there here also only just which who
    whom whose what when where while if until unless because through via per s immediate immediately
    rapid rapidly quick quickly swift swiftly urgent urgently full fully further new own same similar
    possible an also still already again""".split()
)


def _stem(word: str) -> str:
    """A light English stemmer: enough to equate plural/gerund/past forms."""
    w = word
    if len(w) > 5 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "ls":
            w = w[:-1]
        return w
    if len(w) > 4 and w.endswith("ed"):
        return w[:-2] if not w.endswith("eed") else w
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@dataclass(frozen=True)
class Concepts:
    """Word -> concept table, loaded from a concept file."""

    table: dict[str, str] = field(default_factory=dict)

    def concept(self, word: str) -> str:
        w = word.lower()
        st = _stem(w)
        return self.table.get(w) or self.table.get(st) or self.table.get(st + "e") or st


def _load_concepts(path: Path) -> Concepts:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError("a concept file maps concept names to lists of words", source=f"{path}:1")
    table: dict[str, str] = {}
    for name, words in data.items():
        if not isinstance(words, list):
            raise DataFileError(f"concept {name!r}: expected a list of words", source=f"{path}:1")
        for w in ([] if str(name).isupper() else [name]) + list(words):  # END/LIGHT are operators, not words
            w = str(w).lower()
            table.setdefault(w, str(name))
            table.setdefault(_stem(w), str(name))
    return Concepts(table)


@lru_cache(maxsize=4)
def concepts(path: str | None = None) -> Concepts:
    """The concept table (shipped file unless ``path`` is given), loaded once."""
    p = Path(path) if path else Path(str(resources.files("stancemap") / "data" / "stances" / "concepts.yaml"))
    return _load_concepts(p)


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: public names for other modules
STOPWORDS = _STOP
WORD_RE = _WORD


def _words(text: str | Iterable[str]) -> list[str]:
    if isinstance(text, str):
        toks = _WORD.findall(text)
    else:
        toks = [t for t in text if t and _WORD.fullmatch(t)]
    out = []
    for t in toks:
        t = t.lower()
        if t.endswith("'s"):
            t = t[:-2]
        t = t.strip("'-")
        if t and t not in _STOP and len(t) > 1:
            out.append(t)
    return out


def normalise_proposition(text: str | Iterable[str], *, table: Concepts | None = None,
                          ignore: Iterable[str] = ()) -> tuple[str, ...]:
    """The ordered concept sequence of a proposition (duplicates removed).

    ``text`` is a string or a sequence of words/lemmas (lemmas give better matches).
    ``ignore``: words naming the issue itself, dropped. Light words are dropped unless
    nothing else is left.
    """
    table = table or concepts()
    drop = {table.concept(w) for w in ignore} - {END, LIGHT}
    seen: dict[str, None] = {}
    for w in _words(text):
        c = table.concept(w)
        if c not in drop:
            seen.setdefault(c, None)
    content = tuple(c for c in seen if c != LIGHT)
    if not [c for c in content if c != END]:
        # nothing but light words ("the crisis", "ending the conflict"): keep them as words
        return tuple(dict.fromkeys(_stem(w) if table.concept(w) == LIGHT else table.concept(w)
                                   for w in _words(text)))
    return content


def name_concepts(text: str, *, table: Concepts | None = None) -> frozenset[str]:
    """Concepts of the capitalised words of a proposition ("working with Russia",
    "Washington easing sanctions"): names weigh less in matching than what is proposed."""
    table = table or concepts()
    toks = _WORD.findall(text)
    return frozenset(table.concept(w.lower().removesuffix("'s")) for i, w in enumerate(toks)
                     if w[:1].isupper() and not (i == 0 and w.lower() in _STOP))


def signed_position(text: str | Iterable[str], polarity: int, *,
                    table: Concepts | None = None, ignore: Iterable[str] = ()) -> tuple[frozenset[str], int]:
    """(concept set without END, position) with END folded into the sign."""
    seq = normalise_proposition(text, table=table, ignore=ignore)
    flip = END in seq
    key = frozenset(c for c in seq if c != END)
    return key, (-polarity if flip else polarity)


def proposition_key(text: str | Iterable[str], *, table: Concepts | None = None) -> str:
    """A readable key for a proposition: its sorted concepts without END."""
    key, _ = signed_position(text, 1, table=table)
    return "+".join(sorted(key)) or "misc"


def similarity(a: frozenset[str], b: frozenset[str], minor: frozenset[str] = frozenset()) -> float:
    """Weighted Dice overlap of two concept sets (concepts in ``minor`` weigh half), 1.0
    when one set of 2+ concepts contains the other and adds nothing but names ("a ceasefire
    in Gaza" ~ "a ceasefire in Gaza brokered by Egypt"); a larger set that adds a claim of its
    own ("international law" vs "losing trust in international law") is scored by Dice."""
    if not a or not b:
        return 0.0
    inter = a & b
    if len(inter) == min(len(a), len(b)) and len(inter) >= 2 and (a ^ b) <= minor:
        return 1.0

    def weight(xs: frozenset[str]) -> float:
        return sum(_NAME_WEIGHT if x in minor else 1.0 for x in xs)

    return round(2 * weight(inter) / (weight(a) + weight(b)), 4)


@dataclass
class _Cluster:
    pid: str
    key: frozenset[str]
    text: str
    members: list[int] = field(default_factory=list)
    keys: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)  # (concepts, names)
    index: int = 0  # position among its issue's clusters


class PropositionMatcher:
    """Assign proposition ids so that the same claim by different actors shares one id.

    Args:
        threshold: minimal similarity to join an existing proposition.
        embed_similarity: optional ``f(text_a, text_b) -> float in [0, 1]``; when given, the
            similarity is the larger of the lexical and the embedding one.
        table: concept table (the shipped one by default).
    """

    def __init__(self, *, threshold: float = 0.7,
                 embed_similarity: Callable[[str, str], float] | None = None,
                 table: Concepts | None = None) -> None:
        self.threshold = threshold
        self.embed_similarity = embed_similarity
        self.table = table or concepts()
        self._clusters: dict[str, list[_Cluster]] = {}
        # per issue: concept -> the clusters (by position) with a member holding it, and the ids
        # taken; a proposition is only compared with clusters that share a concept with it (with
        # no concept in common the similarity is 0), so matching stays near linear in the stances
        self._by_concept: dict[str, dict[str, set[int]]] = {}
        self._pids: dict[str, set[str]] = {}

    def assign(self, issue: str, text: str | Sequence[str], polarity: int,
               *, display: str | None = None, ignore: Iterable[str] = ()) -> tuple[str, int]:
        """(proposition id, position on it) for one stance on ``issue``.

        The position is the polarity with END folded in: "ending X" +1 is X -1. ``ignore``:
        words naming the issue itself (see :func:`normalise_proposition`). A proposition
        joins the cluster it is most similar to, its similarity to a cluster being the lowest
        over the cluster's distinct members (complete linkage): claims never chain into one
        catch-all proposition through intermediate members that share a word with each.
        """
        key, pos = signed_position(text, polarity, table=self.table, ignore=ignore)
        shown = display if display is not None else (text if isinstance(text, str) else " ".join(text))
        names = name_concepts(shown, table=self.table)
        clusters = self._clusters.setdefault(issue, [])
        by_concept = self._by_concept.setdefault(issue, {})
        if self.embed_similarity is None:
            near: set[int] = set()
            for x in key:
                near |= by_concept.get(x, set())
            candidates = [clusters[i] for i in sorted(near)]
        else:
            candidates = clusters  # an embedding can match claims without a word in common
        best, best_sim = None, 0.0
        for c in candidates:
            sim = min(similarity(key, k, names | n) for k, n in c.keys)
            if self.embed_similarity is not None and sim < self.threshold:
                sim = max(sim, float(self.embed_similarity(shown, c.text)))
            if sim > best_sim:
                best, best_sim = c, sim
        if best is not None and best_sim >= self.threshold:
            best.members.append(len(best.members))
            if (key, names) not in best.keys:
                best.keys.append((key, names))
                for x in key:
                    by_concept.setdefault(x, set()).add(best.index)
            return best.pid, pos
        slug = "-".join(sorted(key))[:48] or f"p{len(clusters) + 1}"
        pid = f"{issue}/{slug}"
        pids = self._pids.setdefault(issue, set())
        if pid in pids:
            pid = f"{pid}-{len(clusters) + 1}"
        pids.add(pid)
        for x in key:
            by_concept.setdefault(x, set()).add(len(clusters))
        clusters.append(_Cluster(pid, key, shown, [0], [(key, names)], index=len(clusters)))
        return pid, pos
