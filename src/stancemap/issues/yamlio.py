"""YAML loading that keeps line numbers, for data files validated with file:line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import DataFileError

__all__ = ["LineDict", "load_yaml", "line_of", "DataFileError"]


class LineDict(dict):  # type: ignore[type-arg]
    """A dict that remembers the (1-based) line where its mapping started."""

    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    d = LineDict(loader.construct_mapping(node, deep=True))
    d.line = node.start_mark.line + 1
    return d


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def line_of(obj: Any) -> int:
    """The line of a mapping loaded by :func:`load_yaml` (0 when unknown)."""
    return getattr(obj, "line", 0)


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file; syntax errors become :class:`DataFileError` with file:line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as err:
        raise DataFileError(f"cannot read data file ({err.strerror}); check the path", source=str(p)) from err
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 (SafeLoader subclass)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{p}:{mark.line + 1}" if mark is not None else str(p)
        raise DataFileError(f"invalid YAML: {getattr(err, 'problem', err)}", source=where) from err
