"""Phrase matchers over the actor tables and user dictionaries, built once per vocab.

Two matchers:

- ``names`` (case-sensitive, ORTH): country names and aliases, demonyms, capitals, seats of
  government, IGOs/organisations/media, and user dictionary entries. Labels are
  ``"<KIND>|<key>"`` with KIND in COUNTRY, DEMONYM, CAPITAL, SEAT, ORG, DICT, PLACE (a region
  or city of a country) and PLACEDEM (its inhabitants' adjective: "Chechen").
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

from ...actors.dictionary import DictEntry, entry_valid_on
from ...actors.tables import Tables, dotted_variants, load_tables
from ...actors.world import WORLD_DIR, load_world

__all__ = ["Gazetteer", "get_gazetteer", "Match"]


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index
    end: int
    kind: str  # COUNTRY, DEMONYM, CAPITAL, SEAT, ORG, DICT, ROLE, COLL
    key: str  # iso3, org id, dictionary entry index, or sector


class Gazetteer:
    """Matchers for one vocab, the tables and a fixed set of dictionary entries."""

    def __init__(self, vocab: Vocab, tables: Tables, entries: tuple[DictEntry, ...] = (),
                 world: tuple[DictEntry, ...] = ()) -> None:
        self.tables = tables
        #: ordinary English words (lower case) of the pipeline's lemmatizer, set by the actors
        #: component (empty without one): a capitalised word among them is no unknown given name
        self.ordinary_words: frozenset[str] = frozenset()
        #: user entries first, then the project's world table (user entries win on a shared form)
        self.entries = entries + world
        self.n_user = len(entries)
        self._world_prefix = str(WORLD_DIR)
        entries = self.entries
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
        for form, oid in tables.org_seat_of.items():
            if form not in tables.capital_of:  # a capital that is a seat is handled as a capital
                add(f"ORGSEAT|{oid}", form)  # "Turtle Bay" (the UN), "Frankfurt" (the ECB)
        for form, iso3 in tables.place_of.items():
            add(f"PLACE|{iso3}", form)
        for form, iso3 in tables.place_demonym_of.items():
            add(f"PLACEDEM|{iso3}", form)
        covered = (tables.name_of.keys() | tables.demonym_of.keys() | tables.capital_of.keys() | tables.seat_of.keys()
                   | tables.place_of.keys())
        self.by_id: dict[str, list[int]] = {}
        #: lower-cased name/alias (dotted variants included) -> keys of the actors using it
        self.form_keys: dict[str, list[str]] = {}
        self.first: dict[str, int] = {}
        person_forms: set[str] = set()
        for i, e in enumerate(entries):
            key = e.id or f"{e.type}:{e.name}"
            if i >= self.n_user and key in self.first and self.first[key] < self.n_user:
                continue  # a user entry for this actor replaces the world table's entries
            self.by_id.setdefault(key, []).append(i)
            if key in self.first:
                continue  # one pattern set per actor; dates are chosen at match time
            self.first[key] = i
            for form in (e.name, *e.aliases):
                for v in dotted_variants(form):
                    keys = self.form_keys.setdefault(v.lower(), [])
                    if key not in keys:
                        keys.append(key)
                    if e.type == "person":
                        person_forms.add(v.lower())
                    if v in covered:
                        continue  # the project tables already know this form (and its use)
                    add(f"DICT|{i}", v)
        #: lower-cased person name/alias -> an entry index of (one of) its actors
        self.person_index: dict[str, int] = {f: self.first[self.form_keys[f][0]] for f in person_forms}
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

    def pick(self, form: str, date: str | None) -> DictEntry | None:
        """The entry a surface form refers to on ``date``, or None when ambiguous.

        User entries win over world-table ones. When several actors share the form ("Bush"),
        the one holding a dated entry valid on the date is taken; with no date, or when none
        or several are valid, the form stays unresolved.
        """
        keys = self.form_keys.get(form.lower())
        if not keys:
            return None
        user = [k for k in keys if self.first[k] < self.n_user]
        keys = user or keys
        valid = [k for k in keys if date and any(
            (self.entries[i].valid_from or self.entries[i].valid_to) and entry_valid_on(self.entries[i], date)
            for i in self.by_id[k])]
        if len(keys) > 1:
            if len(valid) != 1:
                return None
            keys = valid
        elif (date and not valid and " " not in form.strip() and self.first[keys[0]] >= self.n_user
              and form.strip().lower() != self.entries[self.first[keys[0]]].name.lower()  # "Suharto"
              and any(self.entries[i].valid_from or self.entries[i].valid_to for i in self.by_id[keys[0]])):
            # a bare surname of a world-table person out of office on the date: another
            # person of that name is as likely ("Clinton" in 2016)
            return None
        return self.select(self.first[keys[0]], date)

    def is_world(self, e: DictEntry) -> bool:
        """True for an entry of the project's world table (not a user dictionary)."""
        return e.source.startswith(self._world_prefix)

    def country_hint(self, form: str) -> str | None:
        """The country every actor using this form belongs to (None when they differ or none)."""
        keys = self.form_keys.get(form.lower()) or []
        countries = {self.entries[i].country for k in keys for i in self.by_id[k]}
        return countries.pop() if len(countries) == 1 else None

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


_CACHE: dict[tuple[int, tuple[DictEntry, ...], bool], Gazetteer] = {}
_LOCK = threading.Lock()


def get_gazetteer(vocab: Vocab, entries: tuple[DictEntry, ...] = (), tables: Tables | None = None,
                  world: bool = True) -> Gazetteer:
    """The gazetteer for this vocab and dictionary entries, built on first use.

    With ``world`` the project's world-knowledge table (:func:`stancemap.actors.world.load_world`)
    is added after the user entries.
    """
    key = (id(vocab), entries, world)
    with _LOCK:
        g = _CACHE.get(key)
        if g is None or (tables is not None and g.tables is not tables):
            g = Gazetteer(vocab, tables or load_tables(), entries, load_world() if world else ())
            _CACHE[key] = g
        return g
