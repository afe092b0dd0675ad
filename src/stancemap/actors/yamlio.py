"""YAML reading with line numbers, for validated data files (errors say file:line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import DataFileError

__all__ = ["ActorDataError", "load_yaml_items", "load_yaml_mapping"]


class ActorDataError(DataFileError):
    """An actor table or dictionary that does not validate (message carries file:line)."""

    code = "E301"
    reason = "actor_data"


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records the 1-based line of every mapping as key ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = {str(k): v for k, v in loader.construct_mapping(node, deep=True).items()}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_text(path: Path) -> str:
    """A data file's text, or an ActorDataError naming the file (missing, not UTF-8)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ActorDataError("file not found", source=str(path)) from None
    except UnicodeDecodeError as exc:
        raise ActorDataError(f"not UTF-8: {exc}", source=str(path)) from None


def _read(path: Path) -> Any:
    text = read_text(path)
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ActorDataError(f"not valid YAML: {getattr(exc, 'problem', exc)}", source=where) from None
    except ValueError as exc:  # e.g. an impossible date such as 2020-13-01
        raise ActorDataError(f"bad value: {exc}", source=str(path)) from None


def load_yaml_items(path: str | Path) -> list[dict[str, Any]]:
    """A YAML file holding a list of mappings; each mapping gets ``__line__``."""
    path = Path(path)
    data = _read(path)
    if data is None:
        return []
    if isinstance(data, dict) and isinstance(data.get("actors"), list):
        data = data["actors"]
    if not isinstance(data, list):
        raise ActorDataError("expected a list of entries (or a mapping with key 'actors')", source=f"{path}:1")
    out = []
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            raise ActorDataError(f"entry {i + 1} is not a mapping", source=str(path))
        out.append(item)
    return out


def load_yaml_mapping(path: str | Path) -> dict[str, Any]:
    """A YAML file holding one mapping (line numbers kept on nested mappings)."""
    path = Path(path)
    data = _read(path)
    if not isinstance(data, dict):
        raise ActorDataError("expected a mapping at the top level", source=f"{path}:1")
    return data
