"""Actor ids, name slugs and code helpers shared by the actor stage and the registry."""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "slug",
    "person_id",
    "collective_id",
    "group_id",
    "igo_id",
    "compose_code",
    "TITLE_WORDS",
    "strip_titles",
]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII slug: "Ahmet Davutoğlu" -> "ahmet-davutoglu"."""
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub("-", ascii_text).strip("-")


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


def collective_id(country: str, sector: str) -> str:
    """Id of a country's body of one sector ("the Turkish government" -> ``TURGOV``)."""
    return f"{country}{sector}"


def group_id(members: list[str] | tuple[str, ...]) -> str:
    return "group:" + "+".join(sorted(slug(m) for m in members))


def igo_id(key: str) -> str:
    return f"IGO:{key}"


def compose_code(country_code: str | None, sector: str | None) -> str | None:
    """CAMEO-style code: country code + sector (``TUR`` + ``GOV`` -> ``TURGOV``)."""
    if not country_code:
        return sector
    return country_code + (sector or "")


#: Honorifics and titles dropped when comparing or keying person names.
TITLE_WORDS = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady sen sen. rep rep. gov gov.
    gen gen. lt lt. col col. maj maj. capt capt. adm adm. sgt sgt. gov. pres pres. rev rev. sheikh
    president senator governor congressman congresswoman representative secretary minister premier
    chancellor ambassador judge justice king queen prince princess emir ayatollah imam pope""".split()
)


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading honorifics/titles from a list of name tokens (keeps at least one)."""
    i = 0
    while i < len(tokens) - 1 and tokens[i].lower() in TITLE_WORDS:
        i += 1
    return tokens[i:]
