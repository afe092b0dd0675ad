"""A persistent cross-document actor registry (a JSON file here; the corpus store keeps the same records in DuckDB).

The registry keeps one record per actor id across articles, so that "Ahmet Davutoglu" in many
articles is one actor, and learns from each article what the text says about the actor:
names and aliases seen, and **validity intervals** of role, country and code, dated by the
article date. When an article of 2015 calls him "prime minister" after articles of 2012 called
him "foreign minister", the registry keeps both, each with the dates it was observed::

    reg = ActorRegistry()
    reg.observe(article.actors, date=article.date, article_id=article.id)
    reg.role_on("person:ahmet-davutoglu", "2012-03-01")   # -> "foreign minister"
    reg.save("actors.json"); reg = ActorRegistry.load("actors.json")

Intervals: an observation extends the current interval of the same value (first/last seen);
a different value opens a new interval. ``*_on(date)`` answers with the interval that
contains the date, else the latest one that started before it.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..records import Actor
from .yamlio import ActorDataError

__all__ = ["ActorRegistry", "RegistryActor", "Interval"]

_FORMAT = "stancemap-actor-registry/1"


@dataclass
class Interval:
    """A value observed from ``start`` to ``end`` (article dates, ISO); ``count`` observations."""

    value: str
    start: str | None
    end: str | None
    count: int = 1


@dataclass
class RegistryActor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Interval] = field(default_factory=list)
    countries: list[Interval] = field(default_factory=list)
    codes: list[Interval] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    is_source: bool = False
    articles: int = 0
    first_seen: str | None = None
    last_seen: str | None = None


def _observe(intervals: list[Interval], value: str | None, date: str | None) -> None:
    """The registry's interval rule in O(log n): extend the interval of this value next to the date
    when no other value starts between them, count it when the date lies inside one, else open one.

    ``intervals`` stay sorted by start (undated ones first).
    """
    if not value:
        return
    if date is None:
        for iv in reversed(intervals):
            if iv.value == value:
                iv.count += 1
                return
        intervals.insert(0, Interval(value, None, None))
        return
    starts = [iv.start or "" for iv in intervals]
    i = bisect_right(starts, date)  # intervals[:i] start on or before the date
    if i > 0 and intervals[i - 1].value == value and intervals[i - 1].start is not None:
        iv = intervals[i - 1]  # the last interval to start before the date is this value's: extend it
        iv.end = max(iv.end or date, date)
        iv.count += 1
        return
    for iv in reversed(intervals[max(0, i - 64):i]):  # inside a longer interval of this value
        if iv.value == value and iv.start is not None and (iv.end or "") >= date:
            iv.count += 1
            return
    if i < len(intervals) and intervals[i].value == value:  # the next to start is this value's: extend back
        intervals[i].start = date
        intervals[i].count += 1
        return
    intervals.insert(i, Interval(value, date, date))


def _on(intervals: list[Interval], date: str | None) -> str | None:
    if not intervals:
        return None
    if date is None:
        return max(intervals, key=lambda iv: (iv.end or "", iv.count)).value
    inside = [iv for iv in intervals if iv.start and iv.end and iv.start <= date <= iv.end]
    if inside:
        return max(inside, key=lambda iv: iv.count).value
    before = [iv for iv in intervals if iv.start and iv.start <= date]
    if before:
        return max(before, key=lambda iv: iv.start or "").value
    return min(intervals, key=lambda iv: iv.start or "").value


class ActorRegistry:
    """Actors across documents, with role/country/code intervals learned from dated articles."""

    def __init__(self) -> None:
        self.actors: dict[str, RegistryActor] = {}

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def get(self, actor_id: str) -> RegistryActor | None:
        return self.actors.get(actor_id)

    def observe(self, actors: Iterable[Actor], *, date: str | None = None, article_id: str | None = None) -> None:
        """Learn from one article's actors (``date`` = article date, ISO)."""
        d = date[:10] if date else None
        for a in actors:
            r = self.actors.get(a.id)
            if r is None:
                r = self.actors[a.id] = RegistryActor(id=a.id, name=a.name, type=a.type, is_source=a.is_source)
            if len(a.name) > len(r.name) and a.type == "person":
                if r.name not in r.aliases:
                    r.aliases.append(r.name)
                r.name = a.name
            for m in a.mentions:
                if (m.kind in ("name", "surname", "acronym") and m.text != r.name and m.text not in r.aliases
                        and len(r.aliases) < 50):
                    r.aliases.append(m.text)
            _observe(r.roles, a.role, d)
            _observe(r.countries, a.country, d)
            _observe(r.codes, a.code, d)
            for mem in a.members:
                if mem not in r.members:
                    r.members.append(mem)
            r.articles += 1
            if d:
                r.first_seen = min(r.first_seen or d, d)
                r.last_seen = max(r.last_seen or d, d)

    def role_on(self, actor_id: str, date: str | None = None) -> str | None:
        r = self.actors.get(actor_id)
        return _on(r.roles, date) if r else None

    def country_on(self, actor_id: str, date: str | None = None) -> str | None:
        r = self.actors.get(actor_id)
        return _on(r.countries, date) if r else None

    def code_on(self, actor_id: str, date: str | None = None) -> str | None:
        r = self.actors.get(actor_id)
        return _on(r.codes, date) if r else None

    def find(self, name: str) -> list[RegistryActor]:
        """Actors whose name or an alias equals ``name`` (case-insensitive)."""
        n = name.lower()
        return [r for r in self.actors.values() if r.name.lower() == n or n in (x.lower() for x in r.aliases)]

    # -- persistence -----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {"format": _FORMAT, "actors": [asdict(r) for r in sorted(self.actors.values(), key=lambda r: r.id)]}

    def save(self, path: str | Path) -> None:
        p = Path(path)
        tmp = p.with_suffix(p.suffix + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(p)

    @classmethod
    def load(cls, path: str | Path) -> ActorRegistry:
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ActorDataError("registry file not found", source=str(p)) from None
        except json.JSONDecodeError as exc:
            raise ActorDataError(f"not valid JSON: {exc.msg}", source=f"{p}:{exc.lineno}") from None
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ActorDataError(f"not an actor registry (expected format {_FORMAT!r})", source=str(p))
        reg = cls()
        for raw in data.get("actors", []):
            try:
                r = RegistryActor(**{k: v for k, v in raw.items() if k not in ("roles", "countries", "codes")})
                r.roles = [Interval(**iv) for iv in raw.get("roles", [])]
                r.countries = [Interval(**iv) for iv in raw.get("countries", [])]
                r.codes = [Interval(**iv) for iv in raw.get("codes", [])]
            except TypeError as exc:
                raise ActorDataError(f"bad actor record {raw.get('id')!r}: {exc}", source=str(p)) from None
            reg.actors[r.id] = r
        return reg
