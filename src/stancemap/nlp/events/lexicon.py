"""The event lexicon: verb and noun patterns (``data/cameo/verbs.yaml``) and the topics of
framing events (``data/cameo/topics.yaml``), loaded once and validated with file:line errors.

Pure Python (no spaCy): the matcher in :mod:`stancemap.nlp.events.match` applies it to parses.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ...errors import DataFileError
from ...ontology import cameo_table

__all__ = ["Pattern", "Topic", "Lexicon", "load_lexicon", "default_lexicon", "extend_lexicon", "lexicon_with"]

_PATTERN_KEYS = {"code", "frame", "particle", "prep", "obj", "subj", "target", "symmetric", "noclause", "needs",
                 "skip", "plover"}
_NEEDS = {"topic", "clause"}
_TARGETS = {"obj", "none"}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One verb or noun pattern (see the header of verbs.yaml)."""

    lemma: str
    code: str | None = None
    frame: str | None = None
    particle: str | None = None
    prep: str | None = None
    obj: frozenset[str] = frozenset()
    target: str = "obj"
    symmetric: bool = False
    where: str = ""
    subj: frozenset[str] = frozenset()
    noclause: bool = False
    needs: str | None = None  # frames: "topic" or "clause" (topic or infinitive/that-clause) required
    skip: bool = False  # a known non-event use ("met the target", "fired the coach")
    #: the PLOVER 2021 type of the pattern's code where the news sets' convention differs from the CAMEO->PLOVER
    #: table for this wording ("demolished homes": CAMEO 1712, PLOVER COERCE); None: the table's type
    plover: str | None = None

    @property
    def is_default(self) -> bool:
        return not (self.particle or self.prep or self.obj or self.subj or self.noclause)


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    cues: tuple[tuple[str, ...], ...]  # each cue: its lemmas
    codes: dict[str, str]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    adjectives: dict[str, tuple[Pattern, ...]]
    light_verbs: frozenset[str]
    statement_verbs: frozenset[str]
    families: dict[str, str]
    topics: tuple[Topic, ...]
    #: verbs of leading what an event noun names, which carry it like a light verb ("led the attack on X")
    leading_verbs: frozenset[str] = frozenset()

    def frame_code(self, family: str, topic: Topic | None) -> str:
        """The CAMEO code of a framing family with a topic (the family default without one)."""
        if topic is not None and family in topic.codes:
            return topic.codes[family]
        return self.families[family]


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and remembers the line of each mapping."""


class _LineDict(dict):  # type: ignore[type-arg]
    line = 0


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> _LineDict:
    out = _LineDict()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise DataFileError(f"duplicate key {key!r}",
                                source=f"{node.start_mark.name}:{key_node.start_mark.line + 1}")
        out[key] = loader.construct_object(value_node, deep=True)
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)  # noqa: S506 - safe loader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise DataFileError(f"invalid YAML: {getattr(exc, 'problem', exc)}", source=where) from None


def _str_list(value: Any, what: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{what} must be a string or a list of strings", source=where)
    return [v.strip().lower() for v in value]


def _patterns(section: Any, path: Path, families: dict[str, str], what: str) -> dict[str, tuple[Pattern, ...]]:
    table = cameo_table()
    if not isinstance(section, dict):
        raise DataFileError(f"'{what}' must be a mapping of lemma -> list of patterns", source=str(path))
    out: dict[str, tuple[Pattern, ...]] = {}
    for lemma, pats in section.items():
        where = f"{path}:{getattr(section, 'line', 0)}"
        if not isinstance(lemma, str) or not lemma.strip():
            raise DataFileError(f"bad {what} lemma {lemma!r}", source=where)
        if not isinstance(pats, list):
            raise DataFileError(f"{what} {lemma!r}: patterns must be a list", source=where)
        items = []
        for p in pats:
            pw = f"{path}:{getattr(p, 'line', 0)}"
            if not isinstance(p, dict):
                raise DataFileError(f"{what} {lemma!r}: a pattern must be a mapping", source=pw)
            unknown = set(p) - _PATTERN_KEYS
            if unknown:
                raise DataFileError(f"{what} {lemma!r}: unknown keys {sorted(unknown)}", source=pw)
            code, frame, skip = p.get("code"), p.get("frame"), p.get("skip", False)
            if skip is not True and skip is not False:
                raise DataFileError(f"{what} {lemma!r}: skip must be true/false", source=pw)
            if skip and (code is not None or frame is not None):
                raise DataFileError(f"{what} {lemma!r}: a skip pattern has no code / frame", source=pw)
            if not skip and (code is None) == (frame is None):
                raise DataFileError(f"{what} {lemma!r}: give exactly one of code / frame", source=pw)
            needs = p.get("needs")
            if needs is not None and (frame is None or needs not in _NEEDS):
                raise DataFileError(f"{what} {lemma!r}: needs is 'topic' or 'clause', on frames only", source=pw)
            if code is not None and (not isinstance(code, str) or code not in table):
                raise DataFileError(f"{what} {lemma!r}: unknown CAMEO code {code!r} (quote codes)", source=pw)
            if frame is not None and frame not in families:
                raise DataFileError(f"{what} {lemma!r}: unknown frame {frame!r}", source=pw)
            target = p.get("target", "obj")
            if target not in _TARGETS:
                raise DataFileError(f"{what} {lemma!r}: target must be one of {sorted(_TARGETS)}", source=pw)
            sym = p.get("symmetric", False)
            noclause = p.get("noclause", False)
            if not isinstance(sym, bool) or not isinstance(noclause, bool):
                raise DataFileError(f"{what} {lemma!r}: symmetric / noclause must be true/false", source=pw)
            for k in ("particle", "prep"):
                if k in p and not isinstance(p[k], str):
                    raise DataFileError(f"{what} {lemma!r}: {k} must be a string", source=pw)
            plover = p.get("plover")
            if plover is not None and (code is None or plover not in {c.plover for c in table.values()}):
                raise DataFileError(f"{what} {lemma!r}: plover must be a PLOVER type, on a pattern with a code",
                                    source=pw)
            obj = frozenset(_str_list(p["obj"], "obj", pw)) if "obj" in p else frozenset()
            subj = frozenset(_str_list(p["subj"], "subj", pw)) if "subj" in p else frozenset()
            items.append(Pattern(lemma.strip().lower(), code, frame, p.get("particle"), p.get("prep"), obj,
                                 target, sym, pw, subj, noclause, needs, bool(skip), plover))
        out[lemma.strip().lower()] = tuple(items)
    return out


def load_lexicon(verbs_path: str | Path, topics_path: str | Path) -> Lexicon:
    """Load and validate the verb/noun patterns and the topics."""
    verbs_path, topics_path = Path(verbs_path), Path(topics_path)
    tdoc = _read_yaml(topics_path)
    if not isinstance(tdoc, dict) or set(tdoc) != {"families", "topics"}:
        raise DataFileError("expected exactly the keys 'families' and 'topics'", source=str(topics_path))
    table = cameo_table()
    families: dict[str, str] = {}
    for fam, code in tdoc["families"].items():
        if not isinstance(code, str) or code not in table:
            raise DataFileError(f"family {fam!r}: unknown CAMEO code {code!r}",
                                source=f"{topics_path}:{tdoc['families'].line}")
        families[str(fam)] = code
    topics = []
    for name, spec in tdoc["topics"].items():
        where = f"{topics_path}:{getattr(spec, 'line', 0)}"
        if not isinstance(spec, dict) or set(spec) != {"cues", "codes"}:
            raise DataFileError(f"topic {name!r}: needs exactly 'cues' and 'codes'", source=where)
        cues = tuple(tuple(c.split()) for c in _str_list(spec["cues"], "cues", where))
        codes = {}
        for fam, code in (spec["codes"] or {}).items():
            if fam not in families:
                raise DataFileError(f"topic {name!r}: unknown family {fam!r}", source=where)
            if not isinstance(code, str) or code not in table:
                raise DataFileError(f"topic {name!r}: unknown CAMEO code {code!r}", source=where)
            codes[fam] = code
        topics.append(Topic(str(name), cues, codes))

    vdoc = _read_yaml(verbs_path)
    keys = {"verbs", "nouns", "adjectives", "light_verbs", "statement_verbs"}
    if not isinstance(vdoc, dict) or not keys <= set(vdoc) <= keys | {"leading_verbs"}:
        raise DataFileError(f"expected the keys {sorted(keys)} (and optionally 'leading_verbs')",
                            source=str(verbs_path))
    return Lexicon(
        verbs=_patterns(vdoc["verbs"], verbs_path, families, "verb"),
        nouns=_patterns(vdoc["nouns"], verbs_path, families, "noun"),
        adjectives=_patterns(vdoc["adjectives"], verbs_path, families, "adjective"),
        light_verbs=frozenset(_str_list(vdoc["light_verbs"], "light_verbs", str(verbs_path))),
        statement_verbs=frozenset(_str_list(vdoc["statement_verbs"], "statement_verbs", str(verbs_path))),
        families=families,
        topics=tuple(topics),
        leading_verbs=frozenset(_str_list(vdoc.get("leading_verbs", []), "leading_verbs", str(verbs_path))),
    )


def _data(name: str) -> Path:
    return Path(str(resources.files("stancemap") / "data" / "cameo" / name))


@functools.cache
def default_lexicon() -> Lexicon:
    """The shipped lexicon (loaded once)."""
    return load_lexicon(_data("verbs.yaml"), _data("topics.yaml"))


def extend_lexicon(base: Lexicon, paths: tuple[str, ...] | list[str]) -> Lexicon:
    """``base`` with the verb (and noun) patterns of user files (YAML with ``verbs`` and/or ``nouns``,
    e.g. written by ``stancemap events import-verbs``); a user pattern is tried before the shipped
    ones of the same word."""
    verbs = dict(base.verbs)
    nouns = dict(base.nouns)
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise DataFileError("verb dictionary not found", source=str(path))
        doc = _read_yaml(path)
        if not isinstance(doc, dict) or not doc or set(doc) - {"verbs", "nouns"}:
            raise DataFileError("expected a mapping with 'verbs' and/or 'nouns'", source=str(path))
        for key, table in (("verbs", verbs), ("nouns", nouns)):
            if key in doc:
                for lem, pats in _patterns(doc[key], path, base.families, key[:-1]).items():
                    table[lem] = pats + tuple(q for q in table.get(lem, ()) if q not in pats)
    return Lexicon(verbs, nouns, base.adjectives, base.light_verbs, base.statement_verbs, base.families,
                   base.topics, base.leading_verbs)


@functools.cache
def lexicon_with(paths: tuple[str, ...]) -> Lexicon:
    """The shipped lexicon extended with user verb files (cached per tuple of paths)."""
    return extend_lexicon(default_lexicon(), paths) if paths else default_lexicon()
