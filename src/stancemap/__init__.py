"""stancemap: who said what, who did what to whom, and where actors stand, from news text."""

from __future__ import annotations

import logging

from .api import analyze, analyze_many  # noqa: E402
from .errors import InputError, StancemapError  # noqa: E402
from .records import (  # noqa: E402
    Actor,
    Alignment,
    Article,
    Convergence,
    Event,
    Mention,
    Stance,
    Statement,
)
from .settings import Settings, resolve_settings  # noqa: E402
from .version import __version__  # noqa: E402

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "__version__",
    "analyze",
    "analyze_many",
    "Settings",
    "resolve_settings",
    "StancemapError",
    "InputError",
    "Article",
    "Actor",
    "Mention",
    "Statement",
    "Event",
    "Stance",
    "Alignment",
    "Convergence",
]
