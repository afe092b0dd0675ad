"""The issue catalogue: loading, validation (file:line errors) and detection in text.

An issue is what a position is about (the Syria crisis, Iran's nuclear programme,
sanctions). The shipped catalogue lives in ``stancemap/data/issues/*.yaml``; users add
their own files in the same format (see the header of ``regional.yaml``).

Detection is lexical: aliases on word boundaries, regular expressions, and anchor+keyword
pairs ("Iran" with "enrichment"). :meth:`IssueCatalogue.find` returns every match in a text;
:meth:`IssueCatalogue.best` picks one with the precedence regional > theme, more specific
(deeper) > broader, then earliest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DataFileError
from .yamlio import line_of, load_yaml

__all__ = ["Issue", "IssueMatch", "IssueCatalogue", "load_catalogue", "default_catalogue", "auto_issue_id"]

_ID_RE = re.compile(r"^[a-z0-9_]+(:[a-z0-9_]+)*$")
_KINDS = ("region", "theme")
_KEYS = {"id", "label", "kind", "parent", "aliases", "patterns", "anchors", "keywords", "scoped", "description"}


@dataclass(frozen=True)
class Issue:
    """One catalogue entry."""

    id: str
    label: str
    kind: str = "theme"
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    scoped: bool = False
    source: str = ""  # file:line it came from
    _regexes: tuple[re.Pattern[str], ...] = field(default=(), repr=False, compare=False)
    _anchor_re: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _keyword_re: re.Pattern[str] | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class IssueMatch:
    """An issue found in a text: where, and how."""

    issue: Issue
    start: int
    end: int
    how: str  # alias | pattern | anchor+keyword


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern[str] | None:
    alts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not alts:
        return None
    body = "|".join(re.escape(a).replace(r"\ ", r"[\s-]+") for a in alts)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


_WORDS = re.compile(r"[a-z0-9+]+")


def _str_list(value: object, key: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise DataFileError(f"'{key}' must be a list of strings", source=where)
    return tuple(str(v) for v in value)


def _parse_issue(raw: object, where: str) -> Issue:
    if not isinstance(raw, dict):
        raise DataFileError("each issue must be a mapping with at least 'id' and 'label'", source=where)
    where = f"{where.rsplit(':', 1)[0]}:{line_of(raw) or where.rsplit(':', 1)[-1]}"
    unknown = set(raw) - _KEYS
    if unknown:
        raise DataFileError(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(_KEYS)}", source=where)
    iid, label = raw.get("id"), raw.get("label")
    if not isinstance(iid, str) or not _ID_RE.match(iid):
        raise DataFileError(f"bad issue id {iid!r}: use lower-case letters, digits, '_' and ':'", source=where)
    if not isinstance(label, str) or not label.strip():
        raise DataFileError(f"issue {iid!r} needs a non-empty 'label'", source=where)
    kind = raw.get("kind", "theme")
    if kind not in _KINDS:
        raise DataFileError(f"issue {iid!r}: kind must be one of {_KINDS}, not {kind!r}", source=where)
    aliases = _str_list(raw.get("aliases"), "aliases", where)
    patterns = _str_list(raw.get("patterns"), "patterns", where)
    anchors = _str_list(raw.get("anchors"), "anchors", where)
    keywords = _str_list(raw.get("keywords"), "keywords", where)
    if bool(anchors) != bool(keywords):
        raise DataFileError(f"issue {iid!r}: 'anchors' and 'keywords' go together", source=where)
    if not (aliases or patterns or anchors):
        raise DataFileError(f"issue {iid!r} has no aliases, patterns or anchors+keywords", source=where)
    regexes = []
    for p in patterns:
        try:
            regexes.append(re.compile(p, re.IGNORECASE))
        except re.error as err:
            raise DataFileError(f"issue {iid!r}: bad pattern {p!r} ({err})", source=where) from err
    alias_re = _phrase_regex(aliases)
    if alias_re is not None:
        regexes.insert(0, alias_re)
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        raise DataFileError(f"issue {iid!r}: 'parent' must be an issue id", source=where)
    return Issue(
        id=iid, label=label.strip(), kind=kind, parent=parent, aliases=aliases, patterns=patterns,
        anchors=anchors, keywords=keywords, scoped=bool(raw.get("scoped", False)), source=where,
        _regexes=tuple(regexes), _anchor_re=_phrase_regex(anchors), _keyword_re=_phrase_regex(keywords),
    )


def _read_file(path: str | Path) -> list[Issue]:
    data = load_yaml(path)
    where = f"{path}:1"
    if not isinstance(data, dict) or not isinstance(data.get("issues"), list):
        raise DataFileError("an issue catalogue is a mapping with an 'issues' list", source=where)
    return [_parse_issue(raw, f"{path}:{line_of(data)}") for raw in data["issues"]]


class IssueCatalogue:
    """A validated set of issues with lexical detection."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        self.issues: dict[str, Issue] = {}
        for issue in issues:
            # a later file may override an earlier entry with the same id (user catalogues)
            self.issues[issue.id] = issue
        for issue in self.issues.values():
            if issue.parent is not None and issue.parent not in self.issues:
                raise DataFileError(f"issue {issue.id!r}: unknown parent {issue.parent!r}", source=issue.source)
        for issue in self.issues.values():  # cycles
            seen = {issue.id}
            cur = issue
            while cur.parent is not None:
                if cur.parent in seen:
                    raise DataFileError(f"issue {issue.id!r}: parent cycle", source=issue.source)
                seen.add(cur.parent)
                cur = self.issues[cur.parent]

    def __len__(self) -> int:
        return len(self.issues)

    def __contains__(self, issue_id: object) -> bool:
        return issue_id in self.issues

    def get(self, issue_id: str) -> Issue | None:
        return self.issues.get(issue_id.split("@", 1)[0])

    def depth(self, issue_id: str) -> int:
        d, cur = 0, self.issues.get(issue_id)
        while cur is not None and cur.parent is not None:
            d, cur = d + 1, self.issues.get(cur.parent)
        return d

    def root(self, issue_id: str) -> str:
        """The top ancestor of an issue (itself when it has no parent or is unknown)."""
        base = issue_id.split("@", 1)[0]
        cur = self.issues.get(base)
        if cur is None:
            return issue_id
        while cur.parent is not None and cur.parent in self.issues:
            cur = self.issues[cur.parent]
        if cur.id == base and "@" in issue_id:
            return issue_id  # a scoped theme ("sanctions@IRN") is its own family
        return cur.id

    def scope_words(self, issue_id: str) -> frozenset[str]:
        """Words that name a regional issue and its ancestors (label words, one-word aliases
        and anchors: "syria", "crisis", "damascus"): in a proposition on that issue they
        say where, not what. Empty for themes and unknown issues."""
        cache: dict[str, frozenset[str]] = self.__dict__.setdefault("_scope_cache", {})
        if issue_id in cache:
            return cache[issue_id]
        words: set[str] = set()
        cur = self.issues.get(issue_id.split("@", 1)[0])
        while cur is not None and cur.kind == "region":
            for text in (cur.label, *cur.aliases, *cur.anchors):
                ws = _WORDS.findall(text.lower())
                if text == cur.label or len(ws) == 1:
                    words.update(w.removesuffix("'s") for w in ws if len(w) > 2)
            cur = self.issues.get(cur.parent) if cur.parent else None
        cache[issue_id] = frozenset(words)
        return cache[issue_id]

    def label(self, issue_id: str) -> str:
        issue = self.issues.get(issue_id.split("@", 1)[0])
        return issue.label if issue else issue_id.split(":", 1)[-1].replace("-", " ")

    def _alias_index(self) -> tuple[dict[tuple[str, ...], list[str]], list[int]]:
        """Aliases as word tuples -> issue ids (one dictionary pass over a text instead of
        one regular expression per issue)."""
        if getattr(self, "_alias_cache", None) is None:
            owners: dict[tuple[str, ...], list[str]] = {}
            for issue in self.issues.values():
                for a in issue.aliases:
                    key = tuple(_WORDS.findall(a.lower()))
                    if key:
                        owners.setdefault(key, []).append(issue.id)
            lengths = sorted({len(k) for k in owners}, reverse=True)
            # per first word, the lengths of the aliases it starts (longest first)
            self._alias_starts = {w: [n for n in lengths if any(len(k) == n and k[0] == w for k in owners)]
                                  for w in {k[0] for k in owners}}
            self._alias_cache = (owners, lengths)
            self._special = [i for i in self.issues.values() if i.patterns or i.anchors]
        return self._alias_cache

    def find(self, text: str, *, kinds: Sequence[str] = _KINDS) -> list[IssueMatch]:
        """Every issue mentioned in ``text`` (at most one match per issue, the earliest).

        The stances of one sentence ask about the same sentence many times, for one kind of issue
        and then the other: the matches of every kind for the last texts are kept (a small cache,
        so memory stays bounded) and filtered by kind (each issue's match depends on the text alone)."""
        cache: dict[str, list[IssueMatch]] = self.__dict__.setdefault("_find_cache", {})
        hit = cache.get(text)
        if hit is None:
            hit = self._find(text)
            if len(cache) >= 512:
                cache.clear()
            cache[text] = hit
        return [m for m in hit if m.issue.kind in kinds]

    def _find(self, text: str) -> list[IssueMatch]:
        """The matches of every issue, of all kinds, in ``text``, in text order."""
        out: list[IssueMatch] = []
        owners, _ = self._alias_index()
        starts: dict[str, list[int]] = self._alias_starts
        toks = [(m.group(0), m.start(), m.end()) for m in _WORDS.finditer(text.lower())]
        words = [t[0] for t in toks]
        first_alias: dict[str, tuple[int, int]] = {}
        for i, w in enumerate(words):
            for n in starts.get(w, ()):  # only the lengths of aliases that start with this word
                if i + n > len(toks):
                    continue
                for iid in owners.get(tuple(words[i:i + n]), ()):
                    first_alias.setdefault(iid, (toks[i][1], toks[i + n - 1][2]))
        todo = [self.issues[iid] for iid in first_alias] + [i for i in self._special if i.id not in first_alias]
        for issue in todo:
            hit = first_alias.get(issue.id)
            pm = _first(issue._regexes[1:] if issue.aliases else issue._regexes, text) if issue.patterns else None
            if hit is not None and (pm is None or hit[0] <= pm[0]):
                out.append(IssueMatch(issue, hit[0], hit[1], "alias"))
                continue
            if pm is not None:
                out.append(IssueMatch(issue, pm[0], pm[1], "pattern"))
                continue
            if issue._anchor_re is not None and issue._keyword_re is not None:
                a = issue._anchor_re.search(text)
                k = issue._keyword_re.search(text) if a else None  # the keywords only when an anchor is there
                if a and k:
                    out.append(IssueMatch(issue, min(a.start(), k.start()), max(a.end(), k.end()), "anchor+keyword"))
        return sorted(out, key=lambda m: (m.start, m.end))

    def best(self, text: str, *, kinds: Sequence[str] = _KINDS) -> IssueMatch | None:
        """The single best issue for ``text``: regional first, most specific, earliest."""
        found = self.find(text, kinds=kinds)
        if not found:
            return None
        return min(found, key=lambda m: (m.issue.kind != "region", -self.depth(m.issue.id), m.start))


def _first(regexes: Sequence[re.Pattern[str]], text: str) -> tuple[int, int, int] | None:
    best: tuple[int, int, int] | None = None
    for i, rx in enumerate(regexes):
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), i)
    return best


def auto_issue_id(words: Sequence[str]) -> str:
    """The id of a discovered issue from its key words: ``auto:<slug>``."""
    slug = "-".join(w.lower() for w in words if w)[:60].strip("-")
    slug = re.sub(r"[^a-z0-9-]+", "-", slug).strip("-") or "misc"
    return f"auto:{slug}"


def _shipped_files() -> list[Path]:
    base = resources.files("stancemap") / "data" / "issues"
    return sorted(Path(str(p)) for p in base.iterdir() if str(p).endswith((".yaml", ".yml")))


def load_catalogue(extra: Sequence[str | Path] = (), *, include_default: bool = True) -> IssueCatalogue:
    """The shipped catalogue plus user files (later files override entries by id)."""
    issues: list[Issue] = []
    files = (_shipped_files() if include_default else []) + [Path(p) for p in extra]
    for f in files:
        issues.extend(_read_file(f))
    return IssueCatalogue(issues)


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> IssueCatalogue:
    return load_catalogue(extra)


def default_catalogue(extra: Sequence[str | Path] = ()) -> IssueCatalogue:
    """The catalogue for these extra files, loaded once per process."""
    return _cached(tuple(str(p) for p in extra))
