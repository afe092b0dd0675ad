"""Event participants: unnamed people, groups and places that an event is about.

The actor stage makes actors of names, roles and country collectives ("Kenyan troops"); a bare
noun ("police", "a local man", "the strikers", "a village") is no actor there, because most such
nouns are not what a text is about. When one is the subject, object or targeted prepositional
object of an event, though, it is a party to that event, and event data codes it: "police
arrested a man", "gunmen stormed a village". The events stage then makes it an actor of its
own, a *participant*, and adds it to the article's actors only when an event uses it.

What counts (``data/cameo/participants.yaml`` and the actor tables' roles and collectives):
nouns of people and groups (sector from the tables: police COP, court JUD, strikers LAB,
gunmen UAF, a man CVL ...), nouns of bodies (the agency, the committee), places (a village, the
capital, a base: type "other"), nouns that stand for a state (the country), and names the actor
stage left unresolved (an organisation, person or place entity of the parser). Its country comes
from the noun phrase ("police in X", "X's capital", "a town near X"); without one the participant's
code is its sector alone.

A participant is keyed by its head token, so every event of the sentence that reaches the same
noun gets the same actor; participants with the same country and sector share one id (the code,
e.g. ``COLCOP``, as the actor stage names country collectives), and an actor of the article with
that id gets the mention instead.
"""

from __future__ import annotations

import contextvars
import functools
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

import numpy
import yaml
from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token

from ...actors.cities import city_candidates, city_country, state_on
from ...actors.codes import slug
from ...actors.tables import SECTORS, load_tables
from ...errors import DataFileError
from ...ontology.cameo import FORCE_ROOTS
from ...records import Actor, Mention
from ..common.backers import BACKER_PARTICIPLES, hyphenated_backer
from ..common.bodies import SUBNATIONAL as _SUBNATIONAL
from ..common.bodies import community_leaders, other_body
from ..common.borders import BORDER_NOUNS, border_modifier, near_border
from ..common.datelines import after_dateline_dash, dateline_country
from ..common.extensions import actor_at, entity_of
from ..common.idioms import joined_forces
from .investigations import investigated_matter, matter_spans
from .own_side import is_time_word
from .wordclasses import RELATIONAL_NOUNS, is_acronym

__all__ = ["Participants", "ParticipantTable", "participant_table", "current", "use", "is_participant",
           "misspelt_country", "misspelt_person", "is_ngo_name", "border_modifier", "near_border", "PARTITIVE_HEADS"]

#: Prepositions of a noun whose object places it in a country ("police in X", "a town near X").
_WHERE_PREPS = ("in", "of", "from", "at", "near", "outside", "inside", "across", "on")
#: Named-entity types the parser gives to names that can be parties.
_NAMED = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "other", "LOC": "other",
          "FAC": "other"}
#: Generic role nouns that stand for the body of their "of / from / for" complement when it has a
#: sector of its own ("leaders of the opposition": OPP, "officials of the union": LAB).
_SPEAKING_FOR = {"leader", "leaders", "official", "officials", "representative", "representatives",
                 "spokesman", "spokeswoman", "spokesperson", "head", "chief", "delegate", "delegates",
                 "delegation"}
#: Roles of membership: their "of / for" complement is the body the person belongs to or speaks for
#: ("a member of the Kenyan parliament", "the deputy head of the UN mission").
_MEMBERSHIP = {"member", "official", "head", "chief", "leader", "spokesman", "spokeswoman", "spokesperson",
               "chairman", "chairwoman", "chairperson", "chair", "deputy", "representative", "delegate"}
#: Heads of partitive phrases whose "of" complement is the party ("dozens of students").
_PARTITIVE = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "scores",
              "number", "group", "contingent", "unit", "band", "team", "majority", "handful", "some", "many",
              "most", "all", "several", "couple", "crowd", "batch", "member", "members"}
#: (the same, for the argument and pronoun lookups of the events stage)
PARTITIVE_HEADS = _PARTITIVE
#: Nouns of a settlement or area: one "near the X border" is as often on the other side of it.
_SETTLEMENTS = frozenset({"town", "towns", "village", "villages", "city", "cities", "hamlet", "settlement",
                          "settlements", "camp", "camps", "region", "regions", "area", "areas", "district",
                          "province", "county", "municipality", "enclave", "locality", "countryside"})
#: Settlements and the posts of forces, which a border they are near does not place ("an army base near the X
#: border" is as often on this side of it; evfresh9).
_BORDER_SITES = _SETTLEMENTS | {"base", "bases", "post", "posts", "outpost", "outposts", "checkpoint", "checkpoints",
                                "barracks", "garrison", "position", "positions", "station", "stations"}
#: Prepositions of what an act is aimed at ("passed secrets to X", "fought against X"): a country
#: they name inside a party's phrase is not the party's.
_AIMED_PREPS = frozenset({"to", "against", "toward", "towards", "into"})
#: Role nouns whose "to" complement is whom they serve ("advisers to X", "the ambassador to X").
_SERVING_ROLES = frozenset({"adviser", "advisor", "aide", "envoy", "ambassador", "spokesman", "spokeswoman",
                            "spokesperson", "member", "representative", "delegate", "delegation", "consul",
                            "attache", "counsellor", "counselor", "secretary", "assistant", "deputy", "minister"})
#: CAMEO roots of acts on the ground, which happen where they are reported to (protest, force posture,
#: coercion, force): the place of such an act places its parties; a meeting's or a deal's does not
#: (a venue is often neutral ground).
_MATERIAL_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
#: The narrower set the event's context skips: no "at", "on", "with" or "into", which also name places
#: and partners.
_CONTEXT_AIMED = frozenset({"to", "against", "toward", "towards"})
#: Nouns of a place that an act happens in, named by its modifier or complement ("in X's Zamfara state",
#: "in the Somali capital", "in the town of X").
_PLACE_NOUNS = _SETTLEMENTS | {"state", "capital", "governorate", "oblast", "prefecture", "territory", "valley",
                               "port", "island", "coast", "suburb", "suburbs", "neighbourhood", "neighborhood"}
#: Sectors of a state's own bodies: "the government", "the army", "the police", "the courts" with
#: nothing that places them are the state of the story (:attr:`_Draft.definite`).
_STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _local(text: str) -> bool:
    """A government phrase of a sub-national government ("Andalusia's regional government")."""
    return bool(_SUBNATIONAL & set(text.lower().split()))
#: Determiners and other words left out of a participant's id.
_ID_SKIP = {"a", "an", "the", "some", "several", "many", "few", "two", "three", "its", "their", "his", "her"}


@dataclass(frozen=True)
class ParticipantTable:
    """Nouns of ``participants.yaml``: people (noun -> sector), places, states, weapons."""

    people: dict[str, str]
    places: frozenset[str]
    states: frozenset[str]
    weapons: frozenset[str] = frozenset()
    #: names of world regions (lower case, no article) -> CAMEO region code ("west africa" -> WAF)
    regions: dict[str, str] = field(default_factory=dict)


def _load_table() -> ParticipantTable:
    path = resources.files("stancemap").joinpath("data/cameo/participants.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML ({exc})") from exc
    people: dict[str, str] = {}
    for sector, nouns in (data.get("people") or {}).items():
        if not isinstance(nouns, list):
            raise DataFileError(f"{path}: people.{sector} must be a list")
        for n in nouns:
            people.setdefault(str(n).lower(), str(sector))
    for n in data.get("parties") or ():  # parties of no sector ("its allies", "her rivals")
        people.setdefault(str(n).lower(), "")
    def words(key: str) -> frozenset[str]:
        return frozenset(str(x).lower() for x in data.get(key) or ())

    regions: dict[str, str] = {}
    for code, names in (data.get("regions") or {}).items():
        if not isinstance(names, list):
            raise DataFileError(f"{path}: regions.{code} must be a list")
        for n in names:
            regions.setdefault(str(n).lower(), str(code))
    return ParticipantTable(people, words("places"), words("states"), words("weapons"), regions)


def region_code(table: ParticipantTable, text: str) -> str | None:
    """The CAMEO region code of a region's name ("the Middle East" -> MEA), or None."""
    words = text.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return table.regions.get(" ".join(words))


@functools.lru_cache(maxsize=1)
def participant_table() -> ParticipantTable:
    """The shipped participant nouns (loaded once)."""
    return _load_table()


def phrase_keys_of(tok: Token) -> list[str]:
    """The participant table's lookup keys of a noun (see :func:`_phrase`)."""
    return _phrase(tok)


def longest_weapon_keys(tok: Token) -> list[str]:
    """The keys of a weapon noun with all its noun modifiers ("petrol bombs" -> ["petrol bombs",
    "petrol bomb"], "a grenade" -> ["grenade"]): the one lookup of weapon nouns, for the weapons a
    verb throws (match) and fires (:func:`material.weapon_objects` uses all keys). Adjectives may
    come before the whole ("a homemade bomb" -> [..., "bomb"], "an improvised explosive device" ->
    [..., "explosive device", "device"]); noun modifiers are never dropped ("smoke bomb" is no bomb)."""
    keys = _phrase(tok, ("compound",))
    n = len(keys[0].split())
    base = [k for k in keys if len(k.split()) == n]
    return base + [k for k in _phrase(tok) if k not in base and any(k.endswith(" " + b) for b in base)]


def _phrase(tok: Token, deps: tuple[str, ...] = ("compound", "amod")) -> list[str]:
    """Lookup keys of a noun, longest first: "riot police" -> ["riot police", "police"], in the
    written and the lemma form of the head (modifiers of the dependencies ``deps``)."""
    mods: list[Token] = []
    for c in reversed(list(tok.lefts)):
        if c.dep_ in deps and c.i == (mods[0].i if mods else tok.i) - 1:
            mods.insert(0, c)
        else:
            break
    heads = [tok.lower_] + ([tok.lemma_.lower()] if tok.lemma_.lower() != tok.lower_ else [])
    out = []
    for k in range(len(mods)):
        pre = " ".join(m.lower_ for m in mods[k:])
        out += [f"{pre} {h}" for h in heads]
    return out + heads


def _facility_sector(tok: Token, collectives: dict[str, str]) -> str | None:
    """The sector of the body a site belongs to, named by its modifier: "an army base" MIL, "a police
    station" COP, "a government compound" GOV (event data code an act on a site as one on its
    owner). None for a site of no body ("a village", "the market")."""
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            sector = collectives.get(c.lower_) or collectives.get(c.lemma_.lower())
            if sector and sector not in ("CVL", "REF"):
                return sector
    return None


@dataclass
class _Draft:
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    code: str | None
    role: str | None
    start: int
    end: int
    text: str
    #: whether the event's context may give it a country (not an acronym of an agency nobody
    #: resolved: "ICE returned X to Germany" says nothing of where ICE is from)
    placeable: bool = True
    #: a state or a body of one named by its noun with "the" and nothing that places it ("the
    #: government", "the army", "the country"): the one of the story, not one named in passing
    definite: bool = False


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter left out, added, changed, or two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])


def _deletes(word: str) -> list[str]:
    """``word`` itself and every string made by leaving one of its letters out."""
    return [word, *(word[:i] + word[i + 1:] for i in range(len(word)))]


class _NearIndex:
    """Names indexed by their one-letter deletions (SymSpell-style), so that finding the names one
    edit away from a word (:func:`_one_edit`) compares only the few names that share a deletion
    with it, not every name: a name one letter changed, left out, added or two neighbours
    swapped away from the word always shares one (changed at i: both without letter i; added:
    the longer without it is the shorter; swapped at i, i+1: one without i, the other without
    i+1)."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self._keys: dict[str, list[int]] = {}
        for k, name in enumerate(names):
            for d in set(_deletes(name)):
                self._keys.setdefault(d, []).append(k)

    def near(self, word: str) -> list[int]:
        """Positions (ascending) of the names exactly one edit away from ``word``."""
        cands: set[int] = set()
        for d in _deletes(word):
            found = self._keys.get(d)
            if found:
                cands.update(found)
        return [k for k in sorted(cands) if _one_edit(word, self.names[k])]


@functools.lru_cache(maxsize=1)
def _long_country_names() -> tuple[tuple[str, str], ...]:
    tables = load_tables()
    return tuple((name, iso3) for name, iso3 in tables.name_of.items() if len(name) >= 6 and name.isalpha())


@functools.lru_cache(maxsize=1)
def _country_index() -> _NearIndex:
    return _NearIndex([name for name, _ in _long_country_names()])


def misspelt_country(word: str) -> str | None:
    """The country a misspelt name stands for ("Ethopia", "Afganistan"): one edit away from the
    name of exactly one country of at least six letters; None for a name the tables or the city
    gazetteer know and for a word near two countries' names."""
    if len(word) < 6 or not word.isalpha() or not word[0].isupper():
        return None
    tables = load_tables()
    if word in tables.name_of or word in tables.demonym_of or word in tables.capital_of or word in tables.place_of \
            or city_candidates(word):  # a real place of that name ("Columbia")
        return None
    names = _long_country_names()
    found = {names[k][1] for k in _country_index().near(word)}
    return found.pop() if len(found) == 1 else None


#: words of the names of rights and relief groups, and words that make a name a state body
_NGO_CUES = ("Human Rights", "Civil Liberties", "Without Borders", "Rights Watch", "Sans Frontières",
             "Sans Frontieres")
_STATE_BODY_WORDS = frozenset({"Ministry", "Ministries", "Commission", "Council", "Court", "Tribunal", "Parliament",
                               "Department", "Office", "Secretariat", "Agency", "Authority", "Bureau", "Minister"})


def is_ngo_name(name: str) -> bool:
    """Whether an organisation's name is a rights or relief group's ("the Arab Organization for
    Human Rights", "Lawyers Without Borders"), not a state body's ("the National Human Rights
    Commission", "the Ministry of Human Rights")."""
    return any(c in name for c in _NGO_CUES) and not any(w in _STATE_BODY_WORDS for w in name.split())


@functools.lru_cache(maxsize=1)
def _world_people() -> tuple[tuple[str, Any], ...]:
    """(name or alias, entry) of every person of the world table whose name is long enough to
    tell a misspelling from another name (at least eight letters)."""
    from ...actors.world import load_world

    return tuple((n, e) for e in load_world() if e.type == "person"
                 for n in (e.name, *e.aliases) if len(n) >= 8)


@functools.lru_cache(maxsize=1)
def _people_index() -> _NearIndex:
    return _NearIndex([n for n, _ in _world_people()])


def misspelt_person(name: str, date: str | None = None) -> tuple[str, str | None] | None:
    """(country, code) of a person of the world table whose name or alias ``name`` misspells by
    one letter ("Francois Mitterand", "Mitterand"): only when every such entry is of one country;
    the code (country + sector) only when one entry holds on ``date`` (or all share it)."""
    from ...actors.entries import entry_valid_on

    if len(name) < 8 or not name[:1].isupper():
        return None
    people = _world_people()
    hits = [people[k][1] for k in _people_index().near(name)]
    countries = {e.country or (e.code or "")[:3] for e in hits}
    if not hits or len(countries) != 1 or not next(iter(countries)):
        return None
    codes = {e.code for e in hits if entry_valid_on(e, date)}
    return next(iter(countries)), (codes.pop() if len(codes) == 1 else None)


def titled_name_end(tok: Token) -> Token | None:
    """The last word of an organisation's name the parser and the actor stage left untyped, made
    of a capitalised head and a capitalised complement ("Rescue Without Borders", "Tribunal for
    Truth", "Doctors Without Borders"), when ``tok`` is an argument that heads one; else None."""
    if tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1), None)
    if prep is None or not prep.is_alpha:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ or obj.left_edge.i != prep.i + 1:
        return None
    words = [prep, *obj.doc[prep.i + 1:obj.i + 1]]
    if not all(w.is_title and w.is_alpha for w in words[1:]):
        return None
    return obj


#: The hashes of the backer participles (spaCy's ``LOWER`` attribute): a prefilter of :func:`hyphenated_backer`.
_BACKER_HASHES = frozenset(hash_string(w) for w in BACKER_PARTICIPLES)
_BACKER_ARRAY = numpy.array(sorted(_BACKER_HASHES), dtype=numpy.uint64)


@dataclass
class Participants:
    """The participants of one Doc, made on demand and added to its actors by :meth:`commit`."""

    doc: Doc
    table: ParticipantTable = field(default_factory=participant_table)
    #: the actor a noun phrase names (the events stage's ``actor_of_np``); its head alone when None
    resolve: Callable[[Token], str | None] | None = None
    _by_token: dict[int, _Draft | None] = field(default_factory=dict)
    _ids: dict[str, _Draft] = field(default_factory=dict)
    _countries: dict[str, str | None] = field(default_factory=dict)
    _dateline: str | None = None
    _things: dict[int, _Draft] = field(default_factory=dict)
    #: a bare "the group" taken for the armed group named before it (:meth:`_armed_group_before`)
    _same_group: dict[int, str] = field(default_factory=dict)
    _identified: bool = False
    #: results of the events stage's argument lookups (``args.actors_of``) for this Doc, by token
    #: and kind; emptied when the participants are committed (the actors change then)
    memo: dict[Any, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._countries = {a.id: a.country for a in self.doc._.sm_actors or ()}
        self._codes = {a.id: a.code for a in self.doc._.sm_actors or ()}
        self._types = {a.id: a.type for a in self.doc._.sm_actors or ()}
        self._actors = {a.id: a for a in self.doc._.sm_actors or ()}
        self._sectors = {a.id: a.sector for a in self.doc._.sm_actors or ()}
        # sources named after what they report (", a spokesman for the French embassy said",
        # "according to Thai police"): wire copy cites foreign diplomats, agencies and
        # neighbours' officials, so a country named there says nothing of where the act was
        # news agencies and outlets report from everywhere ("PARIS (Reuters) -"): their country
        # places nobody either
        self._media = frozenset(a.id for a in self.doc._.sm_actors or () if a.type == "media")
        # backers ("a Russia-backed offensive on the town"): their country is not where the act was
        # (the words found by their hashes in one array, not by a Token made for every word)
        backers = numpy.isin(self.doc.to_array(LOWER), _BACKER_ARRAY).nonzero()[0].tolist() if len(self.doc) else []
        self._backer_ends = frozenset(
            self.doc[i - 2].idx + len(self.doc[i - 2].text) for i in backers if hyphenated_backer(self.doc[i]))
        self._trailing_sources = tuple(
            (st.speaker.start, st.speaker.end) for st in self.doc._.sm_statements or ()
            if st.speaker is not None and st.content.spans
            and st.speaker.start >= max(e for _, e in st.content.spans))

    def _body_of(self, tok: Token) -> Token | None:
        """The head of the "of / from / for" complement of a generic role noun when it names a body
        of a sector of its own, another than the role's ("leaders of the opposition", "officials
        of the union", "a spokesman for the strikers"), by :func:`other_body` with the participant
        nouns' sectors; None for a state, a place or a named actor (the actor stage and
        :func:`actor_of_np` read those)."""
        own = self.kind_of(tok)

        def sector_of(h: Token) -> str | None:
            kind = self.kind_of(h)
            return kind[1] if kind is not None and kind[0] in ("group", "person") else None

        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "for"):
                body = other_body(c, sector_of, own[1] if own is not None else None)
                if body is not None:
                    return body
        return None

    def kind_of(self, tok: Token) -> tuple[str, str | None, str | None] | None:
        """(type, sector, role) of a noun that can be a participant, or None."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            if is_acronym(tok) and tok.dep_ in ("advmod", "npadvmod", "dep", "nsubj"):
                return "organisation", None, None  # "..., USAID provided": a name parsed as a modifier
            return None
        if joined_forces(tok.doc, tok.i, tok.i + 1):
            return None  # "joined forces with X": the idiom
        tables = load_tables()
        for key in _phrase(tok):
            if key in tables.person_roles:
                return "person", tables.person_roles[key], key
            if key in tables.collectives:
                return "group", tables.collectives[key], None
            if key in self.table.people:
                sector = self.table.people[key]
                singular = tok.tag_ in ("NN", "NNP")
                return ("person" if singular and sector not in ("GOV", "BUS", "NGO") else "group"), sector or None, None
            if key in self.table.weapons:
                return "other", "UAF", None
            if key in self.table.states:
                return "state", None, None
            if key in self.table.places:
                return "other", _facility_sector(tok, tables.collectives), None
        if tok.pos_ == "PROPN" and tok.ent_type_ in _NAMED:
            return _NAMED[tok.ent_type_], None, None
        if titled_name_end(tok) is not None:
            return "organisation", None, None
        if not tok.ent_type_ and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") and (
                tok.pos_ == "PROPN" and tok.is_alpha and (tok.is_title or tok.is_upper and len(tok) > 1)
                or is_acronym(tok)):  # (an acronym the parser took for a common noun: "ICE")
            # a name the parser gave no type: an acronym is an organisation, a capitalised word a name
            return ("organisation" if tok.is_upper else "person"), None, None
        return None

    def _country(self, tok: Token, depth: int = 0) -> str | None:
        """The country a participant's noun phrase names: an actor among its modifiers or in
        its place complement ("police in X", "a town near X's border")."""
        settlement = tok.lower_ in _BORDER_SITES or tok.lemma_.lower() in _BORDER_SITES
        for c in tok.children:
            if c.dep_ == "prep" and c.lemma_.lower() in _WHERE_PREPS:
                for o in c.children:
                    if o.dep_ != "pobj" or settlement and o.lower_ in BORDER_NOUNS:
                        continue  # ("a town near the Thai border" is as often not in Thailand)
                    aid = self.resolve(o) if self.resolve is not None else actor_at(
                        self.doc, o.idx, o.idx + len(o.text))
                    if aid is not None and self._countries.get(aid):
                        return self._countries[aid]
                    if aid is None and (city := self._city(o)):  # "a missionary from Calgary"
                        return city
                    if depth < 1:
                        found = self._country(o, depth + 1)
                        if found:
                            return found
        return None

    def _city(self, tok: Token) -> str | None:
        """The country of a place name no actor table knows, from the city gazetteer
        (:mod:`stancemap.actors.cities`; a namesake in a country of the sentence wins)."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "LOC", "FAC"):
            return None

        name = entity_of(tok).text
        if name.startswith("the "):
            name = name[4:]
        sent = tok.sent
        found = city_country(name, self._sentence_countries(sent.start_char, sent.end_char))
        meta = self.doc._.sm_meta
        return state_on(found, meta.get("date") if isinstance(meta, dict) else None) if found else None

    def _region(self, tok: Token) -> str | None:
        """The region a participant's place complement names ("refugees in the Middle East": MEA)."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lemma_.lower() in _WHERE_PREPS:
                for o in c.children:
                    if o.dep_ == "pobj" and o.pos_ == "PROPN":
                        lo = min((t.i for t in o.lefts if t.dep_ in ("compound", "amod", "det")), default=o.i)
                        found = region_code(self.table, self.doc[lo:o.i + 1].text)
                        if found:
                            return found
        return None

    def _inner_country(self, tok: Token, s: int, e: int) -> str | None:
        """The first country named inside the participant's whole phrase ("refugees fleeing
        the war in X")."""
        lo = self.doc[after_dateline_dash(self.doc, tok.left_edge.i, tok.i)].idx
        hi = tok.right_edge.idx + len(tok.right_edge.text)
        if hi - lo > 200:
            return None
        mentions = self.doc._.sm_mentions or []
        k = bisect_left(mentions, (lo, -1, ""))
        matters = matter_spans(tok)  # "an ex-official about commissions from a Y builder": not Y (evfresh12)
        while k < len(mentions) and mentions[k][0] < hi:
            ms, me, aid = mentions[k]
            k += 1
            c = self._countries.get(aid)
            if not c or self._on_border(ms, me) or self._aimed_at(ms, me) or any(a <= ms < b for a, b in matters):
                continue
            return c
        return None

    def _apposed_country(self, tok: Token) -> str | None:
        """The country of the actor a participant's noun is in apposition to ("refused entry to
        Malians, by far the largest group affected": the group is the Malians)."""
        if tok.dep_ != "appos" or tok.head.pos_ not in ("NOUN", "PROPN"):
            return None
        h = tok.head
        aid = self.resolve(h) if self.resolve is not None else actor_at(self.doc, h.idx, h.idx + len(h.text))
        return self._countries.get(aid) if aid is not None else None

    def _aimed_at(self, start: int, end: int, preps: frozenset[str] | None = None) -> bool:
        """Whether the mention at characters [start, end) is what a party's act inside its phrase is
        aimed at ("an engineer accused of selling blueprints to X", "activists who campaigned against
        X"), not where the party is from ("refugees fleeing the war in X")."""
        root = self._root_at(start, end)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in (_AIMED_PREPS if preps is None else preps):
            return False
        # "advisers to X", "the envoy to X": whom a role serves, not what an act is aimed at
        return root.head.head.lemma_.lower() not in _SERVING_ROLES

    def of(self, tok: Token) -> str | None:
        """The participant id of the noun phrase headed by ``tok`` (made on first use), or None."""
        if tok.i in self._by_token:
            d = self._by_token[tok.i]
            return d.id if d else None
        if tok.i in self._same_group:
            return self._same_group[tok.i]
        armed = self._armed_group_before(tok)
        if armed is not None:
            self._same_group[tok.i] = armed
            return armed
        d = self._make(tok)
        self._by_token[tok.i] = d
        if d is not None:
            self._ids.setdefault(d.id, d)
        return d.id if d else None

    def _armed_group_before(self, tok: Token) -> str | None:
        """"The Kata rebel group ambushed a convoy ..., and the group later released ...": a bare "the group" is the armed
        group (sector REB) that an actor or a participant of this or the previous sentence named, the
        nearest before it, not a new non-governmental organisation (evfresh14). Looks only at the
        participants already made and at the REB actors' mentions (a few per Doc)."""
        if tok.lower_ != "group" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts) \
                or any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.lefts) \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):  # "the group of survivors"
            return None
        sent = tok.sent
        first = self.doc[sent.start - 1].sent[0] if sent.start > 0 else sent[0]
        lo, hi = first.idx, tok.idx
        earlier = [(d.start, d.id) for i, d in self._by_token.items()
                   if d is not None and d.sector == "REB" and lo <= d.start < hi]
        earlier += [(m.start, aid) for aid, a in self._actors.items() if self._sectors.get(aid) == "REB"
                    for m in a.mentions if lo <= m.start and m.end <= hi]
        return max(earlier)[1] if earlier else None

    def made(self, i: int) -> str | None:
        """The participant already made of the noun phrase headed by token ``i``, else None (makes none)."""
        if i in self._same_group:
            return self._same_group[i]
        d = self._by_token.get(i)
        return d.id if d else None

    def _make(self, tok: Token) -> _Draft | None:
        if tok.lemma_.lower() in _PARTITIVE:  # "dozens of protesters", "a contingent of troops"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                            return self._make(o)
        if tok.lemma_.lower() in _SPEAKING_FOR:  # "leaders of the opposition alliance", "officials
            body = self._body_of(tok)  # of the teachers' union": the body they lead or speak for
            if body is not None:
                return self._make(body)
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "ORG") and actor_at(
                self.doc, tok.idx, tok.idx + len(tok.text)) is None and (
                miss := misspelt_country(tok.text)) is not None:  # "Ethopia has agreed to ..."
            mcode = load_tables().code_of(miss) or miss
            return _Draft(mcode, tok.text, "state", miss, None, mcode, None, tok.idx, tok.idx + len(tok.text),
                          tok.text, False)
        kind = self.kind_of(tok)
        if kind is None:
            return None
        typ, sector, role = kind
        if sector == "GOV" and community_leaders(tok):  # "First Nations leaders", "tribal elders": a community's
            typ, sector, role = "group", "CVL", None
        end = titled_name_end(tok)
        if end is not None:  # "Rescue Without Borders": the whole name
            span = self.doc[tok.left_edge.i:end.i + 1]
        elif tok.pos_ == "PROPN" and tok.ent_type_:  # a name: the whole entity

            span = entity_of(tok)
        else:
            left = tok
            for c in tok.lefts:
                if c.dep_ in ("compound", "amod", "nmod", "det", "nummod", "quantmod", "poss") and c.i < left.i:
                    left = c
            span = self.doc[after_dateline_dash(self.doc, left.left_edge.i, tok.i):tok.i + 1]
        s, e = span.start_char, span.end_char
        if actor_at(self.doc, s, e) is not None and tok.pos_ == "PROPN":
            return None  # a name of an actor after all (the caller found none at its head)
        text = span.text  # (not doc.text[s:e]: spaCy joins the whole document for doc.text)
        relational = tok.lemma_.lower() in RELATIONAL_NOUNS and any(c.dep_ == "poss" for c in tok.children)
        if relational:  # "its Iraqi allies": the modifiers' country, never the possessor's
            country = self._country(tok) or next((self._countries.get(a) for a in (
                actor_at(self.doc, c.idx, c.idx + len(c.text)) for c in tok.lefts if c.dep_ in ("amod", "compound"))
                if a and self._countries.get(a)), None)
        else:
            country = self._country(tok) or self._inner_country(tok, s, e) or self._apposed_country(tok)
        if country is None and typ == "other":  # a city of no table: "rebels shelled Juba"
            country = self._city(tok)
        elif country is None:  # a city or state as modifier: "Ohio police", "a Kansas woman"
            country = next((x for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                            and (x := self._city(c)) is not None), None)
        tables = load_tables()
        ccode = tables.code_of(country) if country else None
        code = (ccode or "") + (sector or "") or None
        words = [t.lower_ for t in span
                 if t.dep_ not in ("det", "nummod", "quantmod", "poss", "case", "punct", "predet")
                 and not t.like_num and t.lower_ not in _ID_SKIP]
        if ccode and sector == "GOV" and _local(text):
            # "Andalusia's regional government": a government of its own, not the state's (README
            # section 4: sub-national governments keep the state's code)
            pid = f"{ccode}{sector}:{slug(' '.join(words))}"
        elif ccode and sector:
            pid = ccode + sector
        elif typ == "state" and ccode:
            pid = ccode
        else:
            prefix = {"person": "person", "organisation": "org", "group": "group", "state": "state"}.get(typ, "place")
            pid = f"{prefix}:{slug(' '.join(words) or tok.lower_)}"
            if ccode:
                pid += f":{ccode}"
        region = region_code(self.table, text) if typ == "other" and tok.pos_ == "PROPN" else None
        if region is not None:  # "aid to West Africa": the region's code, no country
            country, code, pid = None, region, region
        elif country is None and (where := self._region(tok)) is not None:  # "refugees in the Middle East"
            code = where + (sector or "")
            pid = code if sector else f"{pid}:{where}"
            region = where
        # a named place keeps the country it is in or none: the event's context says nothing of it ("talks
        # in Geneva" are not the other party's), nor of an acronym or a capitalised name nobody resolved,
        # nor of a party defined by another ("its allies", "X's critics")
        placeable = not (typ == "organisation" and sector is None and (is_acronym(tok) or end is not None)) \
            and not relational and region is None \
            and not (typ == "other" and tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC", "FAC"))
        definite = country is None and (typ == "state" or sector in _STATE_BODY_SECTORS | {"PTY", "OPP"}) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts) and not any(c.dep_ == "poss" for c in tok.lefts)
        return _Draft(pid, text, typ, country, sector, code, role, s, e, text, placeable, definite)

    def thing(self, tok: Token) -> str | None:
        """The id of a thing an act is aimed at when it names no party ("rejected the referendum",
        "will boycott the meeting"): type "other", no country and no code (an event with it keeps
        an empty target code); the participant of ``tok`` when there is one. None for a pronoun."""
        pid = self.of(tok)
        if pid is not None:
            return pid
        if is_time_word(tok):  # "issued a warrant on Monday": a date is no thing acted on (own_side.py)
            return None
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self._things:
            known = self._things.get(tok.i)
            return known.id if known else None
        left = tok
        for c in tok.lefts:
            if c.dep_ in ("compound", "amod", "nmod", "det", "nummod", "quantmod", "poss") and c.i < left.i:
                left = c
        span = self.doc[left.left_edge.i:tok.i + 1]
        words = [t.lower_ for t in span if t.dep_ not in ("det", "poss", "case", "punct", "predet")
                 and t.lower_ not in _ID_SKIP]
        d = _Draft(f"thing:{slug(' '.join(words) or tok.lower_)}", span.text, "other", None, None, None, None,
                   span.start_char, span.end_char, span.text, placeable=False)
        self._ids.setdefault(d.id, d)
        self._things[tok.i] = d
        return d.id

    def country_of(self, aid: str | None) -> str | None:
        """The country of an actor or participant id."""
        if aid is None:
            return None
        if aid in self._countries:
            return self._countries[aid]
        d = self._ids.get(aid)
        return d.country if d else None

    def code_of(self, aid: str | None) -> str | None:
        if aid is None:
            return None
        if aid in self._codes:
            return self._codes[aid]
        d = self._ids.get(aid)
        return d.code if d else None

    def type_of(self, aid: str | None) -> str | None:
        """The type of a participant ("person", "group", "other" ...), None for other ids."""
        d = self._ids.get(aid or "")
        return d.type if d else None

    def known_code(self, aid: str | None, date: str | None = None) -> str | None:
        """The code of a named person the actor stage left without a country: the one
        organisation or state their descriptive phrase names; None otherwise (a misspelt
        leader's name was already resolved at :meth:`commit`)."""
        a = next((x for x in self.doc._.sm_actors or () if x.id == aid), None)
        if a is None or a.type != "person" or a.country:
            return None
        return self._apposed_code(a)

    def _apposed_code(self, person: Actor) -> str | None:
        """The code of the one organisation or state named inside a person's descriptive phrase
        ("X, the United Nations food aid coordinator," IGOUNO), when the role word says no more."""
        acts = {x.id: x for x in self.doc._.sm_actors or ()}
        found: set[str] = set()
        mentions = self.doc._.sm_mentions or []
        for m in person.mentions:
            if m.kind != "phrase":
                continue
            k = bisect_left(mentions, (m.start, -1, ""))  # (sorted: only those that start inside the phrase)
            while k < len(mentions) and mentions[k][0] <= m.end:
                s, e, aid = mentions[k]
                k += 1
                other = acts.get(aid)
                if aid == person.id or other is None or not (m.start <= s and e <= m.end):
                    continue
                if other.type in ("igo", "organisation") and other.code and self._speaks_for(
                        s, e, organisation=other.type == "organisation"):
                    found.add(other.code)  # ("X, a member of the Kenyan parliament": KENLEG)
                elif other.type == "state" and other.country:
                    found.add(load_tables().code_of(other.country) or other.country)
        return found.pop() if len(found) == 1 else None

    def _speaks_for(self, start: int, end: int, *, organisation: bool) -> bool:
        """Whether the organisation named at ``start:end`` inside a person's descriptive phrase is the
        person's own: the "of / for" complement of a role of membership ("a member of the Kenyan
        parliament", "a spokesman for X"), not of any other noun ("a fierce critic of the Kenyan
        parliament", "an adviser to the UN's critics"). An international body that only modifies the
        role ("the United Nations food aid coordinator") counts too; another organisation does not."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "for"):
            return root.head.head.lemma_.lower() in _MEMBERSHIP
        return not organisation

    def placeable(self, aid: str | None) -> bool:
        """Whether an event's context may give this party its country (see ``_Draft.placeable``)."""
        d = self._ids.get(aid or "")
        return d is None or d.placeable

    def is_participant(self, aid: str | None) -> bool:
        return aid is not None and aid not in self._countries and aid in self._ids

    def _sentence_countries(self, start: int, end: int, reported: bool = True,
                            borders: bool | None = None, media: bool | None = None,
                            aimed: bool = True, skip: tuple[int, int] | None = None) -> list[str]:
        """Countries of the actors mentioned in characters [start, end), in text order
        (``reported=False``: not those named only in a source cited after its report, nor news
        outlets'; nor, unless ``borders``, those that only say whose border a border noun is:
        "a town near the Thai border"; nor, unless ``media``, news outlets'; nor, unless ``aimed``,
        those an act is aimed at by "to / against / toward": "accused of selling blueprints to X")."""
        mentions = self.doc._.sm_mentions or []
        k = bisect_left(mentions, (start, -1, ""))
        out: list[str] = []
        if borders is None:
            borders = reported
        if media is None:
            media = reported
        while k < len(mentions) and mentions[k][0] < end:
            c = self._countries.get(mentions[k][2])
            if skip is not None and skip[0] <= mentions[k][0] < skip[1]:
                c = None  # (an investigation's matter: investigations.py)
            if c and c not in out and (media or mentions[k][2] not in self._media) and (reported or not any(
                    a <= mentions[k][0] < b for a, b in self._trailing_sources)
                    and mentions[k][1] not in self._backer_ends) and (borders or not self._on_border(*mentions[k][:2])) \
                    and (aimed or not self._aimed_at(mentions[k][0], mentions[k][1], _CONTEXT_AIMED)):
                out.append(c)
            k += 1
        return out

    def _root_at(self, start: int, end: int) -> Token | None:
        """The root token of the mention at characters [start, end) (kept per mention)."""
        key = ("root", start, end)
        if key not in self.memo:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            self.memo[key] = span.root if span is not None and len(span) > 0 else None
        root: Token | None = self.memo[key]
        return root

    def _on_border(self, start: int, end: int) -> bool:
        """Whether the mention at characters [start, end) only names whose border a border noun is."""
        root = self._root_at(start, end)
        return root is not None and border_modifier(root)

    def _outlet_before(self, start: int, end: int) -> str | None:
        """The country of the last news outlet named in characters [start, end) that is no cited source nor
        a dateline's agency credit ("ALGIERS (Reuters) -"): a definite "the broadcaster / the channel / the
        newspaper" after it is that outlet."""
        mentions = self.doc._.sm_mentions or []
        text = self.doc.text
        k = bisect_left(mentions, (start, -1, ""))
        found: str | None = None
        while k < len(mentions) and mentions[k][0] < end:
            s0, aid = mentions[k][0], mentions[k][2]
            if aid in self._media and not any(a <= s0 < b for a, b in self._trailing_sources) \
                    and text[:s0].rstrip()[-1:] != "(":
                found = self._countries.get(aid) or found
            k += 1
        return found

    def context_country(self, other: str | None, span: tuple[int, int],
                        others: tuple[str | None, ...] = (), skip: tuple[int, int] | None = None) -> str | None:
        """The country an event's context gives a party without one: the one country of the
        sentence besides the other party's (not counting a source cited after its report, nor a
        country named only as a border's: "a town near the Thai border"), else the other party's
        (a domestic event), else the cited source's, else the dateline's. ``others``: more parties
        the party acts with or on in the sentence, whose countries are theirs too ("X's army and
        Russian mercenaries killed civilians": neither's country is the civilians' "other" one)."""
        theirs = self.country_of(other)
        mates = {theirs, *(self.country_of(o) for o in others)}
        rest = [c for c in self._sentence_countries(*span, reported=False, aimed=False, skip=skip) if c not in mates]
        if not rest and theirs is None:  # only the cited source's country, else where the story was filed
            rest = self._sentence_countries(*span, borders=False, media=False)  # (never a news outlet's)
            if not rest:
                return self.dateline_country()
        return rest[0] if len(rest) == 1 else (theirs if not rest else None)

    def dateline_country(self) -> str | None:
        """The country of the article's dateline ("NAIROBI --", "ADDIS ABABA, Ethiopia (Agency) -",
        "Lima --"): its capital, city or country name as the actor tables know it (case aside);
        None without a dateline or for a place no table knows ("UNITED NATIONS --")."""
        if self._dateline is not None:
            return self._dateline or None
        self._dateline = dateline_country(self.doc) or ""
        return self._dateline or None

    def place_country(self, trigger: int | None) -> str | None:
        """The country of the place an act happened in: the "in / at" object of its trigger (or of
        the verb whose object the trigger noun is: "carried out raids in X") when it is a country or
        a place in one ("raided a village in X's Y state", "at an airport in X", "in the town of
        X"), or the place that a "where" clause holding the trigger is about ("crossed into X, where
        police arrested him"). None when no such place names a country."""
        if trigger is None or not 0 <= trigger < len(self.doc):
            return None
        tok = self.doc[trigger]
        heads = [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else [tok]
        if tok.pos_ == "VERB":  # (the parser hangs the place on the object: "killed 26 tourists in X")
            heads += [c for c in tok.children if c.dep_ == "dobj"]
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside"):
                    for o in c.children:
                        if o.dep_ == "pobj" and (found := self._place_name_country(o)):
                            return found
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB" and tok.head is not tok \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            found = self.place_country(tok.head.i)  # "raided a village in X and abducted 40 people": in X too
            if found:
                return found
        v = tok
        for _ in range(4):
            if v.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in v.children):
                return self._place_name_country(v.head)
            if v.dep_ not in ("conj", "xcomp", "advcl") or v.head is v:
                break
            v = v.head
        return None

    def _place_name_country(self, tok: Token) -> str | None:
        """The country of a noun that names a place: a country or a place in one ("Kampala", "a
        village in X", "Indian-run X", "the town of X"); None for anything else (a building of
        a named body, "the Israeli embassy", says nothing of where it is)."""
        if tok.pos_ == "PROPN":
            aid = self.resolve(tok) if self.resolve is not None else actor_at(self.doc, tok.idx, tok.idx + len(tok.text))
            if aid is not None and self._countries.get(aid) and (
                    tok.ent_type_ in ("GPE", "LOC", "FAC") or self._types.get(aid) == "state"):
                return self._countries[aid]  # (a state the parser took for an organisation: "into Niger")
            if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
                return None
            if aid is None and (city := self._city(tok)):
                return city
            for c in tok.lefts:  # "in Indian-run X", "in X's Y province"
                if c.dep_ in ("amod", "compound", "poss", "nmod"):
                    a = actor_at(self.doc, c.idx, c.idx + len(c.text))
                    if a is not None and self._countries.get(a) and self._types.get(a) == "state":
                        return self._countries[a]
            return None
        if tok.lower_ in _PLACE_NOUNS or tok.lemma_.lower() in _PLACE_NOUNS:
            return self._country(tok) or next((self._countries[a] for c in tok.lefts
                                               if c.dep_ in ("amod", "compound", "poss", "nmod")
                                               and (a := actor_at(self.doc, c.idx, c.idx + len(c.text)))
                                               and self._countries.get(a) and self._types.get(a) == "state"), None)
        return None

    def _home_of(self, other: str | None) -> str | None:
        """The country of a party of no state body, when it is one of a country's own: a person,
        group or organisation that is no state, government, IGO or news outlet (a farmers' union, a
        party leader, a rebel group), whose act on "the government" is
        on its own government."""
        if other is None:
            return None
        d = self._ids.get(other)
        typ, sector = (d.type, d.sector) if d is not None else (self._types.get(other), self._sectors.get(other))
        if typ not in ("person", "group", "organisation") or other in self._media or sector in ("GOV", "IGO", "MED"):
            return None
        code = self.code_of(other) or ""
        if code.startswith(("IGO", "NGO")):
            return None
        return self.country_of(other)

    def home_code(self, aid: str | None, other: str | None, span: tuple[int, int], *, source: bool = True,
                  code: str | None = None) -> str | None:
        """The code of "the government", "the army" or "the authorities" that the actor stage gave
        the country named last before it, when in this event it acts on a country's own party of
        another country (:meth:`_home_of`): that party's country's body ("Mali's Tuareg rebels said
        they downed a drone over Kidal, as the military-led government accused the group of ...":
        MLIGOV, whatever country was named in between). Only for the body as the event's source, not
        for an act of force (roots 18-20: "X's fighters attacked the army" may well attack another
        country's), and not when the sentence cites the body's own country as a speaker ("Israel's
        military said ... the army"). None when that does not apply."""
        if not source or code is not None and code[:2] in FORCE_ROOTS:
            return None
        if aid is None or aid in self._ids or self._sectors.get(aid) not in _STATE_BODY_SECTORS:
            return None
        # asked once per (body, other party, sentence): the events of a sentence repeat their parties
        # (the memo is emptied at :meth:`commit`, before the events stage asks)
        key = ("home_code", aid, other, span)
        if key not in self.memo:
            self.memo[key] = self._home_code(aid, other, span)
        return self.memo[key]  # type: ignore[no-any-return]

    def _home_code(self, aid: str, other: str | None, span: tuple[int, int]) -> str | None:
        """:meth:`home_code` for a state body as a source, not memoised."""
        home = self._home_of(other)
        mine = self._countries.get(aid)
        if home is None or home == mine or mine in self._speaker_countries(span):
            return None
        a = self._actors.get(aid)
        if a is None or not any(
                m.kind == "nominal" and span[0] <= m.start < span[1] and m.text.startswith("the ")
                and m.text.lower() == m.text for m in a.mentions):
            return None
        return (load_tables().code_of(home) or home) + (a.sector or "")

    def _speaker_countries(self, span: tuple[int, int]) -> set[str]:
        """Countries of the speakers of the statements that start in a sentence (memoised by sentence)."""
        key = ("speaker_countries", span)
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = self._speaker_countries_of(span)
        return hit  # type: ignore[no-any-return]

    def _speaker_countries_of(self, span: tuple[int, int]) -> set[str]:
        out: set[str] = set()
        for st in self.doc._.sm_statements or ():
            sp = st.speaker
            if sp is None or not span[0] <= sp.start < span[1]:
                continue
            c = self._countries.get(sp.actor or "")
            if c:
                out.add(c)
        return out

    def _matter_span(self, trigger: int | None, code: str | None) -> tuple[int, int] | None:
        """The characters of an investigation's matter ("into X over payments from a Saudi firm"), whose
        countries do not place X (investigations.py), else None."""
        if trigger is None or code is None or code[:2] != "09":
            return None
        tok = self.doc[trigger]
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        matter = investigated_matter(*heads)
        if not matter:
            return None
        return self.doc[min(matter)].idx, self.doc[max(matter)].idx + len(self.doc[max(matter)])

    def _place(self, d: _Draft, other: str | None, span: tuple[int, int], trigger: int | None = None,
               others: tuple[str | None, ...] = (), code: str | None = None) -> None:
        """Give a participant without a country the one its event's context names: for "the
        government", "the army" or "the country" acted on or with by a country's own party, that
        party's country (for "the party" or "the opposition", any other party's country; neither for
        an act of force, roots 18-20); else, for an act on the ground (:func:`material_act`) or any act
        of a court or police (which act where they sit: "into X, where police arrested him"), the
        country of the place the act happened in (:meth:`place_country`); else the one country of the
        sentence besides the other party's, else the other party's (a domestic event: "police
        arrested X's opposition leader")."""
        country = None
        force = code is not None and code[:2] in FORCE_ROOTS
        if d.definite and not force and d.sector in ("PTY", "OPP"):  # "the party": the other party's country's
            country = self.country_of(other) if other not in self._media and not (
                self.code_of(other) or "").startswith(("IGO", "NGO")) else None
        elif d.definite and not force:
            country = self._home_of(other)
        if country is None and d.sector == "MED" and d.text.lower().startswith("the "):
            country = self._outlet_before(span[0], d.start)  # "suspended France 24, accusing the broadcaster"
        if country is None and material_act(code, d.sector):
            country = self.place_country(trigger)
        if country is None:
            country = self.context_country(other, span, others, skip=self._matter_span(trigger, code))
        if country is None and d.definite and d.type == "state" and (home := self.dateline_country()) is not None \
                and home != self.country_of(other) and home in self._sentence_countries(*span):
            country = home  # "RABAT - ... a visit to the kingdom", with two other countries named: the dateline's
        if country is None:
            return
        ccode = load_tables().code_of(country) or country
        d.country = country
        d.code = ccode + (d.sector or "")
        if d.sector == "GOV" and _local(d.text):
            d.id = f"{ccode}{d.sector}:{slug(d.text.lower())}"  # "the regional government": not the state's
        elif d.sector:
            d.id = ccode + d.sector
        elif d.type == "state":
            d.id = ccode
        else:
            d.id = f"{d.id}:{ccode}"

    def _identify_misspelt(self) -> None:
        """Named persons the actor stage left without a country whose name misspells a person of
        the world table by one letter (:func:`misspelt_person`) become that person: country,
        code and sector on the actor record ("President Francois Mitterand": FRAGOV); and
        organisations of no sector named as rights groups (:func:`is_ngo_name`) are NGOs (with
        their country when the name gives one: "the Bahrain Center for Human Rights" BHRNGO)."""
        if self._identified:
            return
        self._identified = True
        meta = self.doc._.sm_meta
        date = meta.get("date") if isinstance(meta, dict) else None
        actors = list(self.doc._.sm_actors or ())
        changed = False
        for k, a in enumerate(actors):
            if a.type == "organisation" and a.sector is None and (a.code is None or a.code == a.country) \
                    and is_ngo_name(a.name):  # "the Arab Organization for Human Rights": NGO
                ccode = load_tables().code_of(a.country) if a.country else None
                ngo = (ccode or "") + "NGO" + ("" if ccode else "HRI")
                actors[k] = replace(a, code=ngo, sector="NGO")
                self._codes[a.id] = ngo
                changed = True
                continue
            if a.type != "person" or a.country or (a.code and a.code[:3] not in _BARE_SECTORS):
                continue
            found = misspelt_person(a.name, str(date) if date else None)
            if found is None:
                continue
            country, held = found
            code = held or load_tables().code_of(country) or country
            sector = code[3:6] if len(code) >= 6 else a.sector
            actors[k] = replace(a, country=country, code=code, sector=sector)
            self._countries[a.id], self._codes[a.id] = country, code
            changed = True
        if changed:
            self.doc._.sm_actors = actors

    def _identify_organisations(self) -> None:
        """Organisations whose name the tables do not place, or place in the wrong country, placed by
        their own phrase (on the actor record, as :meth:`_identify_misspelt` does):

        - a name with a bracketed acronym that is a known actor ("the National Liberation Army
          (ELN)") is that actor's (country, code and sector);
        - a name that says what it is ("... Liberation Front", "... Party") has that sector (REB,
          PTY), so that its events' context gives it a country like any bare collective's;
        - a party of the tables named, every time, after another country's possessive or
          adjective ("South Korea's main opposition Democratic Party") is that country's party (the
          code of that country's body the modifier names, e.g. KOROPP, else the country's PTY):
          parties of different countries share names."""
        actors = list(self.doc._.sm_actors or ())
        if not actors:
            return
        by_id = {a.id: a for a in actors}
        changed = False
        for k, a in enumerate(actors):
            if a.type != "organisation" or a.is_source:
                continue
            names = [m for m in a.mentions if m.kind in ("name", "acronym")]
            if not names:
                continue
            found: tuple[str | None, str | None, str | None] | None = None
            if a.country is None and a.code is None:
                known = self._bracketed(names, a.id, by_id)
                if known is not None:
                    found = (known.country, known.code, known.sector)
                elif a.sector is None and (sector := _name_sector(a.name)) is not None:
                    found = (None, sector, sector)
            elif a.country and a.code and "PTY" in a.code and not a.code.startswith(("IGO", "NGO")):
                home = self._foreign_owner(names, a, by_id)
                if home is not None:
                    found = home
            if found is None:
                continue
            country, code, sector = found
            actors[k] = replace(a, country=country, code=code, sector=sector or a.sector)
            self._countries[a.id], self._codes[a.id], self._sectors[a.id] = country, code, sector or a.sector
            changed = True
        if changed:
            self.doc._.sm_actors = actors

    def _bracketed(self, names: list[Mention], aid: str, by_id: dict[str, Actor]) -> Actor | None:
        """The known actor of a bracketed acronym right after one of the name mentions, or of the
        name a bracketed mention follows ("X (ELN)", "ELN (X)"); None when none has a code."""
        doc = self.doc
        for m in names:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end + 2 >= len(doc) or doc[span.end].text != "(":
                continue
            inner = doc[span.end + 1]
            close = next((t for t in doc[span.end + 1:span.end + 8] if t.text == ")"), None)
            other = actor_at(doc, inner.idx, close.idx) if close is not None else None
            known = by_id.get(other or "")
            if other != aid and known is not None and known.code and known.type in ("organisation", "igo"):
                return known
        return None

    def _foreign_owner(self, names: list[Mention], a: Actor,
                       by_id: dict[str, Actor]) -> tuple[str | None, str | None, str | None] | None:
        """(country, code, sector) of the one other country whose possessive or adjective comes
        before every name mention of a party in its noun phrase ("South Korea's main opposition
        Democratic Party": KOR, KOROPP, OPP); None when any mention has none."""
        mentions = self.doc._.sm_mentions or []
        owner: Actor | None = None
        for m in names:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                return None
            lo = span.root.left_edge.idx
            if lo >= m.start:
                return None
            k = bisect_left(mentions, (lo, -1, ""))
            mine: Actor | None = None
            while k < len(mentions) and mentions[k][0] < m.start:
                other = by_id.get(mentions[k][2])
                k += 1
                if other is not None and other.country and other.country != a.country \
                        and (other.type == "state" or other.sector in ("OPP", "PTY", "GOV")) and not other.is_source:
                    mine = other if mine is None or other.type != "state" else mine
            if mine is None or owner is not None and owner.country != mine.country:
                return None
            owner = mine if owner is None or owner.type == "state" else owner
        if owner is None:
            return None
        if owner.type != "state" and owner.code and owner.sector:
            return owner.country, owner.code, owner.sector
        ccode = load_tables().code_of(owner.country) or owner.country
        return owner.country, f"{ccode}PTY", "PTY"

    def commit(self, uses: Sequence[tuple[Any, ...]]) -> dict[str, str]:
        """Add the participants that events use to the Doc's actors (mentions to an actor of the
        same id when there is one). ``uses``: (source, target, sentence characters) of each event,
        with the index of its trigger token as a fourth item when known.
        Returns the new id of each participant whose id changed when its country was found."""
        self.memo.clear()
        self._identify_misspelt()
        self._identify_organisations()
        used = {x for u in uses for x in u[:2] if x}
        drafts = [d for d in [*self._by_token.values(), *self._things.values()] if d is not None and d.id in used]
        if not drafts:
            return {}
        renamed: dict[str, str] = {}
        # the parties each party acts with or on alike in a sentence ("X's army and Y's mercenaries killed them")
        alike: dict[tuple[Any, int, str | None], list[str | None]] = {}
        for u in uses:
            for k in (0, 1):
                if u[k] in self._ids:
                    alike.setdefault((u[2], k, u[k]), []).append(u[1 - k])
        for u in uses:
            s, t, span = u[:3]
            trigger = u[3] if len(u) > 3 else None
            code = u[4] if len(u) > 4 else None
            for k, (mine, other) in enumerate(((s, t), (t, s))):
                d = self._ids.get(mine or "")
                if d is not None and d.country is None and d.placeable and mine not in renamed:
                    old = d.id
                    mates = tuple(o for o in alike.get((span, k, mine), ()) if o != other)
                    self._place(d, other, span, trigger, mates, code)
                    renamed[old] = d.id
        actors: list[Actor] = list(self.doc._.sm_actors or ())
        pos = {a.id: k for k, a in enumerate(actors)}
        for d in sorted(drafts, key=lambda x: x.start):
            m = Mention(d.text, d.start, d.end, "nominal" if d.type != "other" or d.sector
                        or d.id.startswith("thing:") else "name")
            if d.id in pos:
                a = actors[pos[d.id]]
                if any(x.start == m.start and x.end == m.end for x in a.mentions):
                    continue
                actors[pos[d.id]] = replace(a, mentions=tuple(sorted((*a.mentions, m), key=lambda x: x.start)))
                continue
            pos[d.id] = len(actors)
            actors.append(Actor(id=d.id, name=d.name, type=d.type, country=d.country, role=d.role, code=d.code,
                                mentions=(m,), sector=d.sector))
        self.doc._.sm_actors = actors
        return {k: v for k, v in renamed.items() if k != v}


#: sector codes that say nothing of a party's country (a code made of one of them alone)
_BARE_SECTORS = frozenset(SECTORS - {"IGO", "NGO", "IMG", "MNC"})


#: Sectors of bodies that act only where they sit (courts, police): the place of any act of theirs is theirs.
_LOCAL_SECTORS = frozenset({"JUD", "COP"})


def material_act(code: str | None, sector: str | None = None) -> bool:
    """Whether a CAMEO code is of an act on the ground (:data:`_MATERIAL_ROOTS`; True when unknown), or
    ``sector`` is of a body that acts only where it sits (courts, police): whether the place of the act
    places its parties."""
    return code is None or code[:2] in _MATERIAL_ROOTS or sector in _LOCAL_SECTORS


#: Words of an organisation's name that say what it is: an armed group or a party.
_NAME_SECTORS = (("liberation front", "REB"), ("liberation army", "REB"), ("liberation movement", "REB"),
                 ("liberation tigers", "REB"), ("rebel", "REB"), ("rebels", "REB"), ("militia", "REB"),
                 ("militias", "REB"), ("guerrillas", "REB"), ("mujahideen", "REB"), ("brigades", "REB"),
                 ("insurgents", "REB"), ("party", "PTY"))


def _name_sector(name: str) -> str | None:
    """The sector an organisation's name gives it ("Tigray People's Liberation Front" REB, "the
    Umma Party" PTY: the last word), or None."""
    low = " ".join(name.lower().replace("(", " ").replace(")", " ").split())
    for words, sector in _NAME_SECTORS:
        if sector == "PTY":
            if low.endswith(" party"):
                return sector
        elif f" {words} " in f" {low} ":
            return sector
    return None


_CURRENT: contextvars.ContextVar[Participants | None] = contextvars.ContextVar("sm_participants", default=None)


def current(doc: Doc) -> Participants | None:
    """The participants being collected for ``doc`` (None outside the events stage)."""
    p = _CURRENT.get()
    return p if p is not None and p.doc is doc else None


def is_participant(doc: Doc, aid: str | None) -> bool:
    """Whether ``aid`` is a participant made while coding ``doc``'s events."""
    p = current(doc)
    return p is not None and p.is_participant(aid)


class use:
    """Context manager: collect participants for one Doc while its events are coded."""

    def __init__(self, doc: Doc, resolve: Callable[[Token], str | None] | None = None) -> None:
        self.p = Participants(doc, resolve=resolve)
        self._token: Any = None

    def __enter__(self) -> Participants:
        self._token = _CURRENT.set(self.p)
        return self.p

    def __exit__(self, *exc: object) -> None:
        _CURRENT.reset(self._token)
