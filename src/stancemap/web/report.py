"""Self-contained HTML reports: one file, no external request, the same charts and evidence as
the dashboard (plotly.js and the page script inlined, allowed by hash in a CSP meta tag).

:func:`article_report` renders one analysed article (a dict of the JSON contract);
:func:`corpus_report` renders a store (overview, network, stance matrix, dyad series).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from .. import __version__
from .figures import matrix_figure
from .render import render_page
from .views import article_view

__all__ = ["article_report"]


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def article_report(article: Mapping[str, Any]) -> str:
    """One article as a self-contained HTML page."""
    view = article_view(article)
    nav = [{"href": "#article-text", "label": "Text", "active": False},
           {"href": "#fig-matrix", "label": "Stance matrix", "active": False},
           {"href": "#records", "label": "Records", "active": False}]
    return render_page("article.html", inline=True, nav=nav, home="#top", version=__version__, generated=_now(),
                       page_title=view["title"], a=view, notice="", matrix_fig=matrix_figure(view["matrix"]))
