"""User actor dictionaries: YAML or CSV entries (names, aliases, code, type, role, country, dates).

YAML: a list of mappings (or a mapping with key ``actors``)::

    - name: Ahmet Davutoglu
      aliases: [Davutoglu]
      type: person
      country: TUR
      role: foreign minister
      code: TURGOV
      valid_from: 2009-05-01
      valid_to: 2014-08-28

CSV: a header row with the same column names; ``aliases`` separated by ``|`` or ``;``. Lines
starting with ``#`` are comments (before or after the header).
A file ending in ``.txt`` is read as a PETRARCH/Phoenix actor dictionary
(:func:`stancemap.actors.phoenix.import_phoenix`). Errors carry ``file:line``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from .entries import DictEntry, entry_valid_on
from .phoenix import import_phoenix
from .tables import SECTORS
from .yamlio import ActorDataError, load_yaml_items, read_text

__all__ = ["DictEntry", "load_dictionary", "load_dictionaries", "write_dictionary", "ENTRY_TYPES", "entry_valid_on"]

ENTRY_TYPES = frozenset({"state", "person", "igo", "organisation", "media", "group", "other"})
_COLUMNS = ("name", "aliases", "type", "country", "role", "code", "sector", "valid_from", "valid_to", "id")
_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


def _date(v: Any, field: str, where: str) -> str | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v).strip()
    try:
        if re.fullmatch(r"\d{4}", s):
            return f"{s}-01-01" if field == "valid_from" else f"{s}-12-31"
        return dt.date.fromisoformat(s).isoformat()
    except ValueError:
        raise ActorDataError(f"{field} {s!r} is not a date (YYYY-MM-DD)", source=where) from None


def _entry(item: dict[str, Any], where: str) -> DictEntry:
    unknown = sorted(set(item) - set(_COLUMNS) - {"__line__"})
    if unknown:
        raise ActorDataError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(_COLUMNS)}", source=where)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ActorDataError("missing or empty 'name'", source=where)
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in re.split(r"[|;]", aliases)]
    if not isinstance(aliases, list):
        raise ActorDataError("'aliases' must be a list", source=where)
    aliases = tuple(str(a).strip() for a in aliases if str(a).strip())
    typ = str(item.get("type") or "person").strip().lower()
    if typ not in ENTRY_TYPES:
        raise ActorDataError(f"type {typ!r} unknown; use one of {', '.join(sorted(ENTRY_TYPES))}", source=where)
    country = (str(item["country"]).strip().upper() or None) if item.get("country") else None
    if country and not _ISO3.match(country):
        raise ActorDataError(f"country {country!r} is not an ISO3 code", source=where)
    code = (str(item["code"]).strip().upper() or None) if item.get("code") else None
    if code and not _CODE.match(code):
        raise ActorDataError(f"code {code!r} is not a CAMEO-style code (groups of 3 letters)", source=where)
    sector = (str(item["sector"]).strip().upper() or None) if item.get("sector") else None
    if sector is None and code and len(code) >= 6:
        sector = next((code[k : k + 3] for k in range(3, len(code) - 2, 3) if code[k : k + 3] in SECTORS), None)
    if country is None and code and typ in ("person", "state") and not code.startswith(("IGO", "NGO", "IMG")):
        country = code[:3]
    vf = _date(item.get("valid_from"), "valid_from", where)
    vt = _date(item.get("valid_to"), "valid_to", where)
    if vf and vt and vf > vt:
        raise ActorDataError(f"valid_from {vf} is after valid_to {vt}", source=where)
    role = str(item["role"]).strip() if item.get("role") else None
    return DictEntry(
        name=name.strip(),
        aliases=aliases,
        type=typ,
        country=country,
        role=role,
        code=code,
        sector=sector,
        valid_from=vf,
        valid_to=vt,
        id=str(item["id"]).strip() if item.get("id") else None,
        source=where,
    )


def _load_csv(path: Path) -> list[DictEntry]:
    text = read_text(path)
    lines = text.splitlines()
    sample = "\n".join(ln for ln in lines[:60] if not ln.lstrip().startswith("#"))
    delim = "\t" if sample.count("\t") > sample.count(",") else ","
    header: list[str] | None = None
    out = []
    for n, row in enumerate(csv.reader(lines, delimiter=delim), 1):
        if not row or not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue  # blank line or comment
        if header is None:
            header = [c.strip() for c in row]
            if "name" not in header:
                raise ActorDataError("CSV needs a header row with at least a 'name' column", source=f"{path}:{n}")
            continue
        where = f"{path}:{n}"
        if len(row) > len(header):
            raise ActorDataError(f"{len(row)} fields for {len(header)} columns", source=where)
        item = {k: v.strip() for k, v in zip(header, row) if k and v.strip()}
        if item:
            out.append(_entry(item, where))
    if header is None:
        raise ActorDataError("CSV needs a header row with at least a 'name' column", source=f"{path}:1")
    return out


def load_dictionary(path: str | Path) -> list[DictEntry]:
    """Load one dictionary file (YAML, CSV/TSV, or Phoenix ``.txt``); raises ActorDataError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return [_entry(it, f"{path}:{it.get('__line__', '?')}") for it in load_yaml_items(path)]
    if suffix in (".csv", ".tsv"):
        return _load_csv(path)
    if suffix == ".txt":
        return import_phoenix(path)
    raise ActorDataError("unknown dictionary format (use .yaml, .yml, .csv, .tsv or Phoenix .txt)", source=str(path))


def load_dictionaries(paths: list[str] | tuple[str, ...]) -> tuple[DictEntry, ...]:
    out: list[DictEntry] = []
    for p in paths:
        out.extend(load_dictionary(p))
    return tuple(out)


def _row(e: DictEntry) -> dict[str, Any]:
    d: dict[str, Any] = {"name": e.name}
    if e.aliases:
        d["aliases"] = list(e.aliases)
    for k in ("type", "country", "role", "code", "sector", "valid_from", "valid_to", "id"):
        v = getattr(e, k)
        if v:
            d[k] = v
    return d


def write_dictionary(entries: list[DictEntry] | tuple[DictEntry, ...], path: str | Path) -> None:
    """Write entries as YAML (``.yaml``/``.yml``) or CSV (``.csv``); readable by load_dictionary."""
    path = Path(path)
    rows = [_row(e) for e in entries]
    if path.suffix.lower() in (".yaml", ".yml"):
        path.write_text(yaml.safe_dump(rows, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(_COLUMNS))
        w.writeheader()
        for r in rows:
            r = dict(r)
            if "aliases" in r:
                r["aliases"] = "|".join(r["aliases"])
            w.writerow(r)
