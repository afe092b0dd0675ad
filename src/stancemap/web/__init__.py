"""The web face: HTTP JSON API, offline dashboard and self-contained HTML reports.

The only package that imports fastapi, starlette and uvicorn (``app``); ``views``, ``figures``,
``render`` and ``report`` need only Jinja2 and, for the charts, the plotly.js file shipped in the
``plotly`` package. Install with ``pip install 'stancemap[web]'``.
"""

from __future__ import annotations

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["create_app", "article_report", "corpus_report"]


def __getattr__(name: str) -> object:  # lazy: importing stancemap.web does not import fastapi
    if name == "create_app":
        from .app import create_app

        return create_app
    if name in ("article_report", "corpus_report"):
        from . import report

        return getattr(report, name)
    raise AttributeError(name)
