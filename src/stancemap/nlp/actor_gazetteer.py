"""Phrase matchers over the actor tables and user dictionaries, built once per vocab.

Two matchers:

- ``names`` (case-sensitive, ORTH): country names and aliases, demonyms, capitals, seats of
  government, IGOs/organisations/media, and user dictionary entries. Labels are
  ``"<KIND>|<key>"`` with KIND in COUNTRY, DEMONYM, CAPITAL, SEAT, ORG, DICT.
- ``roles`` (LOWER): person role phrases (``ROLE|<sector>``) and collective nouns
  (``COLL|<sector>``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..actors.dictionary import DictEntry, entry_valid_on
from ..actors.tables import Tables, dotted_variants, load_tables

__all__ = ["Gazetteer", "get_gazetteer", "Match"]


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index
    end: int
    kind: str  # COUNTRY, DEMONYM, CAPITAL, SEAT, ORG, DICT, ROLE, COLL
    key: str  # iso3, org id, dictionary entry index, or sector


class Gazetteer:
    """Matchers for one vocab, the tables and a fixed set of dictionary entries."""

    def __init__(self, vocab: Vocab, tables: Tables, entries: tuple[DictEntry, ...] = ()) -> None:
        self.tables = tables
        self.entries = entries
        self._tok = spacy.blank("en", vocab=vocab).tokenizer
        self.names = PhraseMatcher(vocab, attr="ORTH")
        self.roles = PhraseMatcher(vocab, attr="LOWER")
        groups: dict[str, set[str]] = {}

        def add(label: str, form: str) -> None:
            groups.setdefault(label, set()).add(form)

        for form, iso3 in tables.name_of.items():
            add(f"COUNTRY|{iso3}", form)
        for form, iso3 in tables.demonym_of.items():
            add(f"DEMONYM|{iso3}", form)
        for form, iso3 in tables.capital_of.items():
            add(f"CAPITAL|{iso3}", form)
        for form, iso3 in tables.seat_of.items():
            add(f"SEAT|{iso3}", form)
        for form, oid in tables.org_of.items():
            add(f"ORG|{oid}", form)
        covered = tables.name_of.keys() | tables.demonym_of.keys() | tables.capital_of.keys() | tables.seat_of.keys()
        self.by_id: dict[str, list[int]] = {}
        self.person_index: dict[str, int] = {}  # lower-cased person name/alias -> entry index
        first: dict[str, int] = {}
        for i, e in enumerate(entries):
            key = e.id or f"{e.type}:{e.name}"
            self.by_id.setdefault(key, []).append(i)
            if key in first:
                continue  # one pattern set per actor; dates are chosen at match time
            first[key] = i
            if e.type == "person":
                for form in (e.name, *e.aliases):
                    self.person_index.setdefault(form.lower(), i)
            for form in (e.name, *e.aliases):
                for v in dotted_variants(form):
                    if v in covered:
                        continue  # the project tables already know this form (and its use)
                    add(f"DICT|{i}", v)
        for label, forms in groups.items():
            self.names.add(label, [self._tok(f) for f in sorted(forms)])
        rgroups: dict[str, set[str]] = {}
        for phrase, sector in tables.person_roles.items():
            rgroups.setdefault(f"ROLE|{sector}", set()).add(phrase)
        for phrase, sector in tables.collectives.items():
            rgroups.setdefault(f"COLL|{sector}", set()).add(phrase)
        for label, forms in rgroups.items():
            self.roles.add(label, [self._tok(f) for f in sorted(forms)])

    def select(self, index: int, date: str | None) -> DictEntry | None:
        """The entry of this actor that holds on ``date``.

        Dated entries valid on the date win (latest start first), then undated ones; with no
        article date, the undated entry, else the most recent one. When the date falls outside
        every interval the actor is still known, but without its dated code (country only).
        """
        e = self.entries[index]
        group = [self.entries[k] for k in self.by_id.get(e.id or f"{e.type}:{e.name}", [index])]
        dated = [x for x in group if x.valid_from or x.valid_to]
        undated = [x for x in group if not (x.valid_from or x.valid_to)]
        if date:
            ok = [x for x in dated if entry_valid_on(x, date)]
            if ok:
                return max(ok, key=lambda x: x.valid_from or "")
        if undated:
            return undated[-1]
        if not date:
            return max(dated, key=lambda x: x.valid_from or "")
        last = max(dated, key=lambda x: x.valid_from or "")
        return replace(last, code=last.country, sector=None, role=None, valid_from=None, valid_to=None)

    def _run(self, matcher: PhraseMatcher, doc: Doc) -> list[Match]:
        out = []
        strings = doc.vocab.strings
        for mid, s, e in matcher(doc):
            kind, _, key = strings[mid].partition("|")
            out.append(Match(s, e, kind, key))
        return out

    def match_names(self, doc: Doc) -> list[Match]:
        return self._run(self.names, doc)

    def match_roles(self, doc: Doc) -> list[Match]:
        return self._run(self.roles, doc)

    def span(self, doc: Doc, m: Match) -> Span:
        return doc[m.start : m.end]


_CACHE: dict[tuple[int, tuple[DictEntry, ...]], Gazetteer] = {}
_LOCK = threading.Lock()


def get_gazetteer(vocab: Vocab, entries: tuple[DictEntry, ...] = (), tables: Tables | None = None) -> Gazetteer:
    """The gazetteer for this vocab and dictionary entries, built on first use."""
    key = (id(vocab), entries)
    with _LOCK:
        g = _CACHE.get(key)
        if g is None or (tables is not None and g.tables is not tables):
            g = Gazetteer(vocab, tables or load_tables(), entries)
            _CACHE[key] = g
        return g
