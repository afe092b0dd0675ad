"""The project's own actor tables (countries, IGOs, media, roles, given names), loaded once.

Files live in ``stancemap/data/actors/`` and are validated on load; a bad entry raises
:class:`ActorDataError` with ``file:line``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .yamlio import ActorDataError, load_yaml_items, load_yaml_mapping

__all__ = ["Country", "Org", "Tables", "load_tables", "DATA_DIR", "SECTORS", "dotted_variants"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

#: CAMEO sector (agent) codes accepted in tables and dictionaries.
SECTORS = frozenset(
    "GOV MIL COP LEG JUD OPP REB PTY MED HLH EDU BUS LAB AGR REF CVL ELI SPY REL NGO IGO UAF CRM "
    "DEV ENV HRI MNC RAD SET IMG".split()
)
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    cameo: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Org:
    """An IGO, NGO, armed group or media outlet from the tables."""

    id: str
    name: str
    type: str
    code: str | None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    parent: str | None = None
    is_source: bool = False
    members: tuple[str, ...] = ()  # groups: member actor ids
    seats: tuple[str, ...] = ()  # cities that stand for the organisation when they act ("Brussels")


@dataclass(frozen=True)
class Tables:
    countries: dict[str, Country]
    orgs: dict[str, Org]
    person_roles: dict[str, str]  # role phrase (lower) -> sector
    collectives: dict[str, str]  # collective noun phrase (lower) -> sector
    former: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    demonym_of: dict[str, str] = field(default_factory=dict)  # surface -> iso3
    name_of: dict[str, str] = field(default_factory=dict)  # surface -> iso3
    capital_of: dict[str, str] = field(default_factory=dict)
    seat_of: dict[str, str] = field(default_factory=dict)
    org_of: dict[str, str] = field(default_factory=dict)  # surface -> org id
    org_seat_of: dict[str, str] = field(default_factory=dict)  # seat city ("Brussels") -> org id
    place_of: dict[str, str] = field(default_factory=dict)  # region/city surface -> iso3 (places.yaml)
    place_demonym_of: dict[str, str] = field(default_factory=dict)  # "Chechen" -> RUS

    def code_of(self, iso3: str | None) -> str | None:
        if iso3 is None:
            return None
        c = self.countries.get(iso3)
        return c.cameo if c else iso3


def dotted_variants(form: str) -> list[str]:
    """``UN`` -> ``[UN, U.N.]``; ``U.S.`` -> ``[U.S., US]``; other forms unchanged."""
    out = [form]
    if re.fullmatch(r"[A-Z]{2,4}", form):
        out.append(".".join(form) + ".")
    elif re.fullmatch(r"(?:[A-Z]\.){2,4}", form):
        out.append(form.replace(".", ""))
    return out


def _strs(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    v = item.get(key) or []
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise ActorDataError(f"'{key}' must be a list of non-empty strings", source=where)
    return tuple(x.strip() for x in v)


def _req(item: dict[str, Any], key: str, where: str) -> str:
    v = item.get(key)
    if not isinstance(v, str) or not v.strip():
        raise ActorDataError(f"missing or empty '{key}'", source=where)
    return v.strip()


def _load_countries(path: Path) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for item in load_yaml_items(path):
        where = f"{path}:{item.get('__line__', '?')}"
        iso3 = _req(item, "iso3", where)
        if not _ISO3.match(iso3):
            raise ActorDataError(f"iso3 {iso3!r} is not three capital letters", source=where)
        if iso3 in out:
            raise ActorDataError(f"duplicate country {iso3}", source=where)
        out[iso3] = Country(
            iso3=iso3,
            name=_req(item, "name", where),
            cameo=str(item.get("cameo") or iso3),
            aliases=_strs(item, "aliases", where),
            demonyms=_strs(item, "demonyms", where),
            capitals=_strs(item, "capitals", where),
            seats=_strs(item, "seats", where),
        )
    return out


def _spelled_un(name: str, aliases: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The aliases with the "United Nations" spelling of a table name written "UN ..." / "U.N. ..."
    when the table lacks it ("UN refugee agency" -> "United Nations refugee agency"; branch spk6:
    the spelled-out form was read as "United Nations" plus a sector noun). Only the table's own
    name: an alias such as "UN peacekeeping mission" is as often the start of one mission's own
    name ("... mission in <country>"), which an article's spelled-out form keeps unresolved."""
    have = {a.lower() for a in aliases} | {name.lower()}
    extra = []
    for a in (name,):
        for short in ("UN ", "U.N. "):
            if a.startswith(short):
                long = "United Nations " + a[len(short):]
                if long.lower() not in have:
                    have.add(long.lower())
                    extra.append(long)
    return tuple(aliases) + tuple(extra)


def _load_orgs(igo_path: Path, media_path: Path, countries: dict[str, Country]) -> dict[str, Org]:
    out: dict[str, Org] = {}
    for item in load_yaml_items(igo_path):
        where = f"{igo_path}:{item.get('__line__', '?')}"
        key = _req(item, "id", where)
        typ = str(item.get("type") or "igo")
        country = item.get("country")
        if country is not None and country not in countries:
            raise ActorDataError(f"unknown country {country!r}", source=where)
        aid = f"IGO:{key}" if typ == "igo" else f"group:{key.lower()}" if typ == "group" else f"org:{key.lower()}"
        members = _strs(item, "members", where)
        bad = [m for m in members if m not in countries]
        if bad:
            raise ActorDataError(f"unknown member country {bad[0]!r}", source=where)
        out[aid] = Org(
            id=aid,
            name=_req(item, "name", where),
            type=typ,
            code=item.get("code"),
            aliases=_spelled_un(_req(item, "name", where), _strs(item, "aliases", where))
            + _strs(item, "acronyms", where),
            country=country,
            sector=item.get("sector"),
            parent=f"IGO:{item['parent']}" if item.get("parent") else None,
            members=members,
            seats=_strs(item, "seats", where),
        )
    for item in load_yaml_items(media_path):
        where = f"{media_path}:{item.get('__line__', '?')}"
        name = _req(item, "name", where)
        country = item.get("country")
        if country is not None and country not in countries:
            raise ActorDataError(f"unknown country {country!r}", source=where)
        from .codes import slug

        aid = f"media:{slug(name)}"
        out[aid] = Org(
            id=aid,
            name=name,
            type="media",
            code=(countries[country].cameo if country else "") + "MED",
            aliases=_strs(item, "aliases", where),
            country=country,
            sector="MED",
            is_source=True,
        )
    return out


def _load_roles(path: Path) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    data = load_yaml_mapping(path)
    person: dict[str, str] = {}
    coll: dict[str, str] = {}
    for section, target in (("person_roles", person), ("collective", coll)):
        sec = data.get(section)
        if not isinstance(sec, dict):
            raise ActorDataError(f"missing mapping '{section}'", source=f"{path}:{data.get('__line__', 1)}")
        for sector, phrases in sec.items():
            if sector == "__line__":
                continue
            if sector not in SECTORS:
                raise ActorDataError(f"unknown sector {sector!r} in {section}", source=f"{path}:{sec['__line__']}")
            if not isinstance(phrases, list):
                raise ActorDataError(f"{section}.{sector} must be a list", source=f"{path}:{sec['__line__']}")
            for p in phrases:
                target.setdefault(str(p).lower(), sector)
    former = frozenset(str(x).lower() for x in data.get("former") or [])
    return person, coll, former


def _load_places(path: Path, tables: Tables) -> None:
    """Regions and cities (optional file): surface -> iso3, validated against the countries."""
    if not path.is_file():
        return
    for item in load_yaml_items(path):
        where = f"{path}:{item.get('__line__', '?')}"
        iso3 = _req(item, "iso3", where)
        if iso3 not in tables.countries:
            raise ActorDataError(f"unknown country {iso3!r}", source=where)
        for form in _strs(item, "places", where):
            if form in tables.name_of or form in tables.capital_of:
                raise ActorDataError(f"place {form!r} is a country name or capital (countries.yaml)", source=where)
            if form in tables.place_of and tables.place_of[form] != iso3:
                raise ActorDataError(f"place {form!r} already belongs to {tables.place_of[form]}", source=where)
            tables.place_of[form] = iso3
        for form in _strs(item, "demonyms", where):
            tables.place_demonym_of[form] = iso3


def _build_index(tables: Tables) -> None:
    for iso3, c in tables.countries.items():
        for form in (c.name, *c.aliases):
            for v in dotted_variants(form):
                tables.name_of.setdefault(v, iso3)
        for form in c.demonyms:
            tables.demonym_of.setdefault(form, iso3)
        for form in c.capitals:
            tables.capital_of.setdefault(form, iso3)
        for form in c.seats:
            tables.seat_of.setdefault(form, iso3)
    for oid, o in tables.orgs.items():
        for form in o.seats:
            tables.org_seat_of.setdefault(form, oid)
        for form in (o.name, *o.aliases):
            forms = [form, "The " + form[4:]] if form.startswith("the ") else [form]
            for f in forms:
                for v in dotted_variants(f):
                    tables.org_of.setdefault(v, oid)


def load_tables(data_dir: str | Path | None = None) -> Tables:
    """Load and validate every actor table (cached for the default directory)."""
    if data_dir is None:
        return _default_tables()
    return _load(Path(data_dir))


@functools.lru_cache(maxsize=1)
def _default_tables() -> Tables:
    return _load(DATA_DIR)


def _load(d: Path) -> Tables:
    countries = _load_countries(d / "countries.yaml")
    orgs = _load_orgs(d / "igos.yaml", d / "media.yaml", countries)
    person, coll, former = _load_roles(d / "roles.yaml")
    names = load_yaml_mapping(d / "names.yaml")
    t = Tables(
        countries=countries,
        orgs=orgs,
        person_roles=person,
        collectives=coll,
        former=former,
        male=frozenset(names.get("male") or []),
        female=frozenset(names.get("female") or []),
    )
    _build_index(t)
    _load_places(d / "places.yaml", t)
    return t
