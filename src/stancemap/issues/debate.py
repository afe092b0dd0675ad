"""Propositions of recurring multilateral debates, found in the sentences of a speech.

A General Debate speech goes from issue to issue; states rarely word the same claim alike,
but they keep raising the same questions of the Assembly's agenda: the occupation of
Palestinian territories, the embargo against Cuba, unilateral coercive measures, nuclear
disarmament, the Human Rights Council, the reform of the Security Council, debt and aid,
... The catalogue (``data/debate/propositions.yaml``, documented in its header) defines each
such proposition by groups of phrases; :meth:`DebateCatalogue.find` names the propositions a
sentence speaks of and :meth:`DebateCatalogue.side` reads the side the sentence takes from
its cues. Pure Python (no spaCy): the NLP stage (:mod:`stancemap.nlp.stances.speech`) calls
it on the author's sentences, and anything else may call it on text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from .yamlio import line_of, load_yaml

__all__ = ["DebateProposition", "DebateMatch", "DebateCatalogue", "default_debate_catalogue"]


@dataclass(frozen=True)
class DebateProposition:
    id: str
    issue: str
    issue_label: str
    label: str
    groups: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class DebateMatch:
    """A proposition named in a sentence: the character spans of its phrases (sentence offsets)."""

    proposition: DebateProposition
    spans: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)


def _phrase(p: str) -> str:
    """A catalogue phrase as a regex: case-insensitive words, "*" ends a stem, spaces and
    hyphens interchangeable, "." any character (an apostrophe of either kind)."""
    words = re.split(r"[\s\-]+", p.strip())
    return r"[\s\-]+".join(re.escape(w).replace(r"\*", r"\w*").replace(r"\.", ".") for w in words)


def _alternatives(items: object, what: str, where: str) -> re.Pattern[str]:
    if not isinstance(items, list) or not items or not all(isinstance(x, str) and x.strip() for x in items):
        raise DataFileError(f"{what} must be a non-empty list of phrases", source=where)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(_phrase(x) for x in items) + r")(?![\w\-])", re.IGNORECASE)


class DebateCatalogue:
    """The debate propositions and the cue lexicon of one catalogue file."""

    def __init__(self, path: str | Path) -> None:
        data = load_yaml(path)
        where = f"{path}:1"
        if not isinstance(data, dict) or not isinstance(data.get("propositions"), list):
            raise DataFileError("a debate catalogue is a mapping with a 'propositions' list", source=where)
        themes = data.get("themes") or {}
        if not isinstance(themes, dict):
            raise DataFileError("'themes' maps theme ids to labels", source=where)
        props: list[DebateProposition] = []
        seen: set[str] = set()
        for raw in data["propositions"]:
            at = f"{path}:{line_of(raw)}"
            if not isinstance(raw, dict):
                raise DataFileError("a proposition is a mapping (id, issue, label, all)", source=at)
            pid, issue, label, groups = raw.get("id"), raw.get("issue"), raw.get("label"), raw.get("all")
            if not (isinstance(pid, str) and isinstance(issue, str) and isinstance(label, str)):
                raise DataFileError("a proposition needs string 'id', 'issue' and 'label'", source=at)
            if pid in seen:
                raise DataFileError(f"duplicate proposition id {pid!r}", source=at)
            seen.add(pid)
            if not isinstance(groups, list) or not groups:
                raise DataFileError(f"proposition {pid!r}: 'all' must be a list of phrase lists", source=at)
            props.append(DebateProposition(pid, issue, str(themes.get(issue, "")), label,
                                           tuple(_alternatives(g, f"proposition {pid!r}: a group of 'all'", at)
                                                 for g in groups)))
        self.propositions: tuple[DebateProposition, ...] = tuple(props)
        cues = data.get("cues")
        if not isinstance(cues, dict):
            raise DataFileError("'cues' must map end/negative/positive/negation to phrase lists", source=where)
        end = _alternatives(cues.get("end"), "cues.end", where).pattern
        neg = _alternatives(cues.get("negative"), "cues.negative", where).pattern
        pos = _alternatives(cues.get("positive"), "cues.positive", where).pattern
        self._cue = re.compile(f"(?P<end>{end})|(?P<neg>{neg})|(?P<pos>{pos})", re.IGNORECASE)
        negation = _alternatives(cues.get("negation"), "cues.negation", where).pattern
        self._negation = re.compile(negation + r"(?:\W+\w+)?\W*$", re.IGNORECASE)

    def find(self, sentence: str) -> list[DebateMatch]:
        """The propositions a sentence names (one phrase of every group)."""
        out: list[DebateMatch] = []
        for p in self.propositions:
            spans: list[tuple[int, int]] = []
            for g in p.groups:
                hits = [(m.start(), m.end()) for m in g.finditer(sentence)]
                if not hits:
                    break
                spans.extend(hits)
            else:
                out.append(DebateMatch(p, tuple(sorted(spans))))
        return out

    def side(self, sentence: str, match: DebateMatch) -> tuple[int, tuple[int, int]] | None:
        """(+1 or -1, the cue's span) the sentence takes on a proposition it names, or None
        when no cue gives it a side. The cue nearest before the proposition's first phrase
        decides ("we condemn X", "the lifting of X"); with none before, the proposition leads
        its clause and what follows it decides, an end or negative cue over a positive one
        ("X must come to an end", "X should be abolished"). Words of the proposition itself
        are no cue; a negation just before the deciding cue reverses it."""
        first = match.start
        before: re.Match[str] | None = None
        after: list[re.Match[str]] = []
        for c in self._cue.finditer(sentence):
            if any(c.start() < e and s < c.end() for s, e in match.spans):
                continue
            if c.start() < first:
                before = c
            else:
                after.append(c)
        cue = before
        if cue is None and after:
            cue = next((x for x in after if x.group("end") or x.group("neg")), after[0])
        if cue is None:
            return None
        pol = 1 if cue.group("pos") else -1
        if self._negation.search(sentence[max(0, cue.start() - 30):cue.start()]):
            pol = -pol
        return pol, (cue.start(), cue.end())


def _shipped() -> Path:
    return Path(str(resources.files("stancemap") / "data" / "debate" / "propositions.yaml"))


@lru_cache(maxsize=4)
def default_debate_catalogue(path: str | None = None) -> DebateCatalogue:
    """The shipped debate catalogue (or the one at ``path``), loaded once."""
    return DebateCatalogue(path or _shipped())
