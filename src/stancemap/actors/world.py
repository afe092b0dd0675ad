"""The project's world-knowledge actor table, loaded by default with the actor stage.

``data/actors/world/*.csv`` holds dated entries in the user-dictionary CSV format (see
:mod:`.dictionary`): heads of state and government, foreign and defence ministers, heads of
international organisations and other prominent political figures (about 1975-2026), plus
well-known armed groups, movements and parties with CAMEO-style codes. Entries are written by
the project from general knowledge; each file states the date it was compiled. User dictionary
entries always take precedence over these (see :class:`~stancemap.nlp.actors.gazetteer.Gazetteer`).
"""

from __future__ import annotations

import functools

from .dictionary import DictEntry, load_dictionary
from .tables import DATA_DIR

__all__ = ["WORLD_DIR", "load_world"]

WORLD_DIR = DATA_DIR / "world"


@functools.lru_cache(maxsize=1)
def load_world() -> tuple[DictEntry, ...]:
    """Every entry of the world table (validated; errors carry file:line), cached."""
    out: list[DictEntry] = []
    for path in sorted(WORLD_DIR.glob("*.csv")):
        out.extend(load_dictionary(path))
    return tuple(out)
