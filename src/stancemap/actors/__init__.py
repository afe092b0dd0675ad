"""Actor data outside spaCy: tables, user dictionaries, the Phoenix importer, the registry."""

from __future__ import annotations

from .dictionary import DictEntry, load_dictionaries, load_dictionary, write_dictionary
from .phoenix import import_phoenix
from .registry import ActorRegistry
from .yamlio import ActorDataError

__all__ = [
    "DictEntry",
    "load_dictionary",
    "load_dictionaries",
    "write_dictionary",
    "import_phoenix",
    "ActorRegistry",
    "ActorDataError",
]
