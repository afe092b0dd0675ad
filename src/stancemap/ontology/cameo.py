"""The CAMEO code table (``data/cameo/codes.tsv``), loaded once, pure Python.

Each row carries the code, its Goldstein weight, its PLOVER event type (2021 conversion) and
PLOVER mode, and our own short name. Codes are strings of 2 (root), 3 or 4 digits.

PLOVER vocabularies: ``"2021"`` (default; the types of the 2021 conversion table, also used by
PLOVER 1.0: REQUEST, ACCUSE, ASSAULT ...) and ``"0.5"`` (the older draft used by the PLOVER
gold-standard records, which splits ACCUSE into INVESTIGATE (09) and DISAPPROVE (11), calls
REQUEST DEMAND, and follows the CAMEO roots more closely: reducing relations (16) is SANCTION,
coercion (17) COERCE, conventional force (19) FIGHT, easing restrictions (081x) CONCEDE).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import DataFileError

__all__ = [
    "CameoCode",
    "FORCE_ROOTS",
    "PLOVER_SCHEMES",
    "cameo_table",
    "cameo_root",
    "get_code",
    "goldstein",
    "is_code",
    "plover_type",
    "load_table",
]

PLOVER_SCHEMES = ("2021", "0.5")
#: CAMEO roots of force: assault (18), fight (19), mass violence (20).
FORCE_ROOTS = frozenset({"18", "19", "20"})
_COLUMNS = ("code", "goldstein", "plover", "plover_mode", "name")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code."""

    code: str
    goldstein: float
    plover: str | None
    plover_mode: str | None
    name: str

    @property
    def root(self) -> str:
        return self.code[:2]


def cameo_root(code: str) -> str:
    """The two-digit root of a CAMEO code ("0311" -> "03")."""
    return code[:2]


def _default_path() -> Path:
    return Path(str(resources.files("stancemap") / "data" / "cameo" / "codes.tsv"))


def load_table(path: str | Path) -> dict[str, CameoCode]:
    """Read and validate a codes TSV; errors name file:line."""
    path = Path(path)
    table: dict[str, CameoCode] = {}
    header_seen = False
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{path}:{n}"
            if not header_seen:
                if tuple(cols) != _COLUMNS:
                    raise DataFileError(f"header must be {'/'.join(_COLUMNS)}", source=where)
                header_seen = True
                continue
            if len(cols) != len(_COLUMNS):
                raise DataFileError(f"expected {len(_COLUMNS)} tab-separated columns, got {len(cols)}",
                                    source=where)
            code, gs, plover, mode, name = cols
            if not (code.isdigit() and 2 <= len(code) <= 4):
                raise DataFileError(f"bad CAMEO code {code!r}", source=where)
            if code in table:
                raise DataFileError(f"duplicate code {code}", source=where)
            try:
                g = float(gs)
            except ValueError:
                raise DataFileError(f"bad Goldstein value {gs!r}", source=where) from None
            if not -10.0 <= g <= 10.0:
                raise DataFileError(f"Goldstein value out of [-10, 10]: {g}", source=where)
            if len(code) > 2 and code[:2] not in table:
                raise DataFileError(f"code {code} comes before its root {code[:2]}", source=where)
            if not name.strip():
                raise DataFileError(f"code {code} has no name", source=where)
            table[code] = CameoCode(code, g, plover.strip() or None, mode.strip() or None, name.strip())
    if not header_seen:
        raise DataFileError("no header line", source=str(path))
    return table


@functools.cache
def cameo_table() -> dict[str, CameoCode]:
    """The shipped CAMEO table, code -> CameoCode (loaded once)."""
    return load_table(_default_path())


def is_code(code: str | None) -> bool:
    return bool(code) and code in cameo_table()


def get_code(code: str) -> CameoCode:
    """The CameoCode for ``code``; a 4-digit code missing from the table falls back to its parent."""
    table = cameo_table()
    c = code
    while c not in table and len(c) > 2:
        c = c[:-1]
    if c not in table:
        raise KeyError(code)
    return table[c]


def goldstein(code: str) -> float:
    return get_code(code).goldstein


def plover_type(code: str, scheme: str = "2021") -> str | None:
    """The PLOVER event type of a CAMEO code in the given vocabulary (see module doc)."""
    if scheme not in PLOVER_SCHEMES:
        raise ValueError(f"unknown PLOVER scheme {scheme!r}; use one of {PLOVER_SCHEMES}")
    p = get_code(code).plover
    if scheme == "2021" or p is None:
        return p
    root = code[:2]
    by_root = {"09": "INVESTIGATE", "11": "DISAPPROVE", "16": "SANCTION", "17": "COERCE", "19": "FIGHT"}
    if root in by_root:
        return by_root[root]
    if p == "REQUEST":
        return "DEMAND"
    if code[:3] == "081":
        return "CONCEDE"
    return p
