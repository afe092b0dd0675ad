"""The cue lexicon of the statements stage, loaded once from ``data/statements/cues.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ...errors import DataFileError

__all__ = ["CueLexicon", "load_cues", "CueLexiconError"]

_SECTIONS = ("speech", "belief", "phrasal", "nouns")


class CueLexiconError(DataFileError):
    """The cue lexicon file is malformed."""


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Lemma sets for speech and belief cues."""

    speech: frozenset[str]
    belief: frozenset[str]
    phrasal: frozenset[tuple[str, str]]
    nouns: frozenset[str]

    def is_cue(self, lemma: str) -> bool:
        return lemma in self.speech or lemma in self.belief

    def is_speech(self, lemma: str) -> bool:
        return lemma not in self.belief or lemma in self.speech


def _line_of(text: str, key: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith(f"{key}:"):
            return n
    return 1


def parse_cues(text: str, source: str) -> CueLexicon:
    """Parse and validate the YAML text of a cue lexicon; errors name ``source:line``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise CueLexiconError(f"not valid YAML: {exc}", source=f"{source}:{line}") from None
    if not isinstance(data, dict):
        raise CueLexiconError("expected a mapping with speech/belief lists", source=f"{source}:1")
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        raise CueLexiconError(f"unknown section(s) {', '.join(unknown)}",
                              source=f"{source}:{_line_of(text, unknown[0])}")
    sets: dict[str, set[str]] = {}
    for key in _SECTIONS:
        items = data.get(key) or []
        if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
            raise CueLexiconError(f"section {key!r} must be a list of non-empty strings",
                                  source=f"{source}:{_line_of(text, key)}")
        sets[key] = {x.strip().lower() for x in items}
    phrasal = set()
    for item in sets["phrasal"]:
        parts = item.split()
        if len(parts) != 2:
            raise CueLexiconError(f"phrasal cue {item!r} must be 'lemma particle'",
                                  source=f"{source}:{_line_of(text, 'phrasal')}")
        phrasal.add((parts[0], parts[1]))
    return CueLexicon(frozenset(sets["speech"]), frozenset(sets["belief"]),
                      frozenset(phrasal), frozenset(sets["nouns"]))


@lru_cache(maxsize=8)
def load_cues(path: str | None = None) -> CueLexicon:
    """The cue lexicon from ``path``, or the shipped one; cached."""
    if path is None:
        ref = resources.files("stancemap.data").joinpath("statements/cues.yaml")
        return parse_cues(ref.read_text(encoding="utf-8"), "stancemap/data/statements/cues.yaml")
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise CueLexiconError(f"cannot read cue lexicon: {exc.strerror}", source=str(p)) from None
    return parse_cues(text, str(p))
