"""Importer for PETRARCH/TABARI/Phoenix actor dictionaries (``*.actors.txt``).

Format (one actor per block)::

    HOSNI_MUBARAK_  # comment            <- primary name (underscores between words)
    +MUBARAK_                             <- aliases
    +PRESIDENT_HOSNI_MUBARAK
        [EGYELI 460101-811007]            <- dated codes: YYMMDD or YYYYMMDD ranges,
        [EGYGOV >811007]                     ">date" from, "<date" until,
        [EGYELI]                             undated: the default when no dated code holds
    TURKEY_  [TUR]                        <- a code on the name line

Each (name, code, interval) becomes one :class:`DictEntry`; entries of one actor share an
``id``. Blocks with dated codes, or marked ``CountryInfo``, are persons; three-letter codes
are states; ``IGO...`` codes are IGOs; other codes are organisations. Agent lines (``[~GOV]``)
and substitution sets (``!X! = ...``) are skipped. Malformed lines raise ActorDataError with
``file:line``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from .codes import person_id, slug
from .entries import DictEntry
from .tables import SECTORS
from .yamlio import ActorDataError

__all__ = ["import_phoenix", "parse_phoenix_date"]

log = logging.getLogger(__name__)

_CODE_RE = re.compile(r"\[\s*([A-Z0-9]{3,})\s*((?:[<>]?\s*\d{6,10})?(?:\s*-\s*\d{6,10})?)\s*\]")
_NAME_RE = re.compile(r"^([^\s\[#]+)")


def parse_phoenix_date(s: str, *, end: bool = False) -> str:
    """``030101`` -> ``2003-01-01``; ``541114`` -> ``1954-11-14``; ``20070101`` -> ``2007-01-01``."""
    s = s.strip()
    if len(s) > 8:  # stray digits seen in the wild: keep the plausible 8-digit date
        s = s[:8] if s[:2] in ("19", "20") and s[:4] >= "1945" else s[-8:]
    if len(s) == 8:
        y, m, d = s[:4], s[4:6], s[6:8]
    elif len(s) == 6:
        yy = int(s[:2])
        y = f"{2000 + yy if yy <= 30 else 1900 + yy}"
        m, d = s[2:4], s[4:6]
    elif len(s) == 7:  # seen in the wild: YYYYMDD / YYYYMMD; keep year and month
        y, m, d = s[:4], s[4:6], "01"
    else:
        raise ValueError(s)
    m = m if "01" <= m <= "12" else ("12" if end else "01")
    d = d if "01" <= d <= "31" else ("28" if end else "01")
    return f"{y}-{m}-{d}"


def _name(raw: str) -> str:
    words = [w for w in raw.strip("_+ ").split("_") if w]
    out = []
    for w in words:
        if re.fullmatch(r"(?:[A-Z]\.)+", w) or (len(w) <= 3 and w.isupper() and not w.isalpha()):
            out.append(w)
        else:
            out.append("-".join(p.capitalize() for p in w.lower().split("-")))
    return " ".join(out)


def _interval(spec: str | None) -> tuple[str | None, str | None]:
    spec = re.sub(r"\s+", "", spec or "")
    if not spec:
        return None, None
    if spec.startswith(">"):
        return parse_phoenix_date(spec[1:]), None
    if spec.startswith("<"):
        return None, parse_phoenix_date(spec[1:], end=True)
    a, _, b = spec.partition("-")
    return parse_phoenix_date(a), (parse_phoenix_date(b, end=True) if b else None)


def _kind(code: str, person: bool) -> str:
    if person:
        return "person"
    if code.startswith("IGO"):
        return "igo"
    if len(code) == 3:
        return "state"
    return "organisation"


def import_phoenix(path: str | Path) -> list[DictEntry]:
    """Read a Phoenix/PETRARCH actor dictionary into dictionary entries (dated where given)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        raise ActorDataError("file not found", source=str(path)) from None
    out: list[DictEntry] = []
    block: dict | None = None

    def flush() -> None:
        if block is None or not block["codes"]:
            return
        first_code = block["codes"][0][0]
        person = (block["person"] or any(f or t for _, f, t in block["codes"])) and len(first_code) != 3
        name = block["name"]
        kind = _kind(first_code, person)
        aid = person_id(name) if kind == "person" else (
            f"IGO:{first_code[3:] or slug(name)}" if kind == "igo" else None)
        for code, vf, vt in block["codes"]:
            if vf and vt and vf > vt:  # e.g. a mistyped year in the source: skip, do not invent
                log.warning("%s: skipped %s: valid from %s is after valid to %s", block["where"], code, vf, vt)
                continue
            generic = code[:3] in SECTORS  # "[ELI]", "[GOV]": a sector without a country
            country = (code[:3] if kind in ("person", "state") and not generic
                       and not code.startswith(("IGO", "NGO", "IMG")) else None)
            chunks = [code[k : k + 3] for k in range(0 if generic else 3, len(code) - 2, 3)]
            sector = next((c for c in chunks if c in SECTORS), None)
            if kind == "state":
                aid_state = code[:3]
            out.append(
                DictEntry(
                    name=name,
                    aliases=tuple(block["aliases"]),
                    type=kind,
                    country=country,
                    code=code,
                    sector=sector,
                    valid_from=vf,
                    valid_to=vt,
                    id=aid if kind != "state" else aid_state,
                    source=block["where"],
                )
            )

    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        where = f"{path}:{n}"
        body = line.split("#", 1)[0].rstrip()
        if not body.strip() or "[~" in body or re.match(r"^\s*!", body) or "=" in body.split("[")[0]:
            if "#" in line and block is not None and not body.strip() and "CountryInfo" in line:
                block["person"] = True
            continue
        codes = []
        for br in re.findall(r"\[[^\]]*\]", body):
            if br.strip("[ ]") == "---":
                continue  # an explicit "no code"
            if not _CODE_RE.fullmatch(br):
                raise ActorDataError(f"malformed code {br!r} (expected [CODE] or [CODE dates])", source=where)
        for m in _CODE_RE.finditer(body):
            try:
                vf, vt = _interval(m.group(2))
            except ValueError:
                raise ActorDataError(f"bad date in {m.group(0)!r}", source=where) from None
            codes.append((m.group(1), vf, vt))
        body = re.sub(r"\[\s*---\s*\]", "", body)
        if body[:1].isspace() or body.startswith("["):
            if block is None:
                if codes:
                    raise ActorDataError("code line before any actor name", source=where)
                continue
            block["codes"].extend(codes)
            continue
        if body.startswith("+"):
            if block is None:
                raise ActorDataError("alias line before any actor name", source=where)
            nm = _NAME_RE.match(body[1:].strip())
            if nm:
                block["aliases"].append(_name(nm.group(1)))
            block["codes"].extend(codes)
            continue
        nm = _NAME_RE.match(body)
        if not nm:
            continue
        flush()
        block = {"name": _name(nm.group(1)), "aliases": [], "codes": codes, "where": where,
                 "person": "CountryInfo" in line}
    flush()
    return out
