"""The city gazetteer: which country a city named in a text is in.

``data/actors/cities.tsv`` (derived from GeoNames by ``scripts/derive_cities.py``) lists about
44,000 populated places of at least 15,000 inhabitants by name, country (ISO 3166 alpha-3) and
population. The actor tables (countries' names and capitals, ``places.yaml``) always win; the
gazetteer is asked only about a place name they do not know, so that a party named by its city
("a missionary from Calgary", "troops in Kandahar", a dateline "KHANTY-MANSIYSK --") gets its
country.

A name several countries share ("Tripoli": Libya and Lebanon; "Hamilton") is decided by
:func:`city_country`: a country the same sentence names among the candidates wins (when its
place is a city of at least 100,000); else the
largest place, when it is at least a large town and much larger than every namesake; else
nothing (a wrong country is worse than none).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from .yamlio import ActorDataError

__all__ = ["CITIES_PATH", "city_candidates", "city_country", "load_cities", "MIN_POP", "DOMINANCE", "SUCCESSORS",
           "state_on"]

CITIES_PATH = Path(__file__).resolve().parent.parent / "data" / "actors" / "cities.tsv"
#: the least population of a place picked without help from the sentence
MIN_POP = 50_000
#: how many times larger than every namesake that place must be
DOMINANCE = 5
#: the least population of a namesake that a country of the sentence picks ("Tripoli" in a
#: sentence about Lebanon), so that a small town of a country the sentence names does not beat
#: a famous city ("talks in Geneva" in a sentence that names the United States)
CONTEXT_POP = 100_000


def _read(path: Path) -> dict[str, tuple[tuple[str, int], ...]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ActorDataError(f"cannot read the city gazetteer ({exc})", source=str(path)) from exc
    out: dict[str, tuple[tuple[str, int], ...]] = {}
    shared: list[str] = []  # names of more than one place
    for n, line in enumerate(lines, 1):
        if not line or line[0] == "#":
            continue
        parts = line.split("\t")
        if len(parts) != 3 or len(parts[1]) != 3 or not parts[2].isdigit():
            raise ActorDataError("expected name<TAB>ISO3<TAB>population", source=f"{path}:{n}")
        name = parts[0]
        prev = out.get(name)
        if prev is None:  # (tuples built as the rows come: no list per name, no sort of one place)
            out[name] = ((parts[1], int(parts[2])),)
        else:
            if len(prev) == 1:
                shared.append(name)
            out[name] = (*prev, (parts[1], int(parts[2])))
    for name in shared:  # largest first (the shipped file is in that order already)
        out[name] = tuple(sorted(out[name], key=lambda x: -x[1]))
    return out


@functools.lru_cache(maxsize=4)
def load_cities(path: str | Path | None = None) -> dict[str, tuple[tuple[str, int], ...]]:
    """name -> ((iso3, population), ...) largest first (cached)."""
    return _read(Path(path) if path is not None else CITIES_PATH)


def city_candidates(name: str) -> tuple[tuple[str, int], ...]:
    """The countries with a place of this name, largest place first (exact name, then title case
    for a dateline in capitals: "KHANTY-MANSIYSK")."""
    cities = load_cities()
    found = cities.get(name)
    if found is None and name.isupper():
        found = cities.get("-".join(w.capitalize() for w in name.title().split("-")))
    return found or ()


def city_country(name: str, context: Iterable[str] = ()) -> str | None:
    """The country (ISO3) of the city ``name``, or None when unknown or ambiguous.

    ``context``: countries the sentence names; one of them among the candidates decides.
    """
    cands = city_candidates(name)
    if not cands:
        return None
    seen = set(context)
    for iso3, pop in cands:
        if iso3 in seen and (pop >= CONTEXT_POP or iso3 == cands[0][0]):
            return iso3
    top = cands[0][1]
    if top >= MIN_POP and all(top >= DOMINANCE * p for _, p in cands[1:]):
        return cands[0][0]
    return None


#: states that became independent of another within the period news archives cover: before the
#: date, their places and names are the older state's ("rebels shelled Juba" in 1992: Sudan)
SUCCESSORS = {"SSD": ("2011-07-09", "SDN"), "ERI": ("1993-05-24", "ETH")}


def state_on(iso3: str, date: str | None) -> str:
    """The state a place of ``iso3`` belonged to on ``date`` (ISO; None: today's)."""
    was = SUCCESSORS.get(iso3)
    if was is None or not date or str(date)[:10] >= was[0]:
        return iso3
    return was[1]
