"""Self-contained HTML reports: one file, no external request, the same charts and evidence as
the dashboard (plotly.js and the page script inlined, allowed by hash in a CSP meta tag).

:func:`article_report` renders one analysed article (a dict of the JSON contract);
:func:`corpus_report` renders a store (overview, network, stance matrix, dyad series).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import __version__
from .figures import dyad_figure, matrix_figure, network_figure
from .render import render_page
from .views import article_view

__all__ = ["article_report", "corpus_report"]


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


def corpus_report(db: str | Path, *, max_dyads: int = 12, granularity: str = "month") -> str:
    """A store as one self-contained HTML page: counts, the actor network, the stance matrix of the
    most discussed issue and the series of the ``max_dyads`` dyads with the most evidence."""
    from ..store import open_readonly
    from ..store.browse import corpus_stats
    from .corpus import CorpusIndex

    with open_readonly(db) as st:
        stats = corpus_stats(st)
        idx = CorpusIndex(st)
        net = idx.network()
        top = sorted(net["edges"], key=lambda e: -e["evidence"])[:max_dyads]
        where = {(e["a"], e["b"]): i for i, e in enumerate(top)}
        for e in net["edges"]:
            i = where.get((e["a"], e["b"]))
            e["href"] = f"#dyad-{i}" if i is not None else ""
        for n in net["nodes"]:
            n["href"] = ""
        dyads = []
        for i, e in enumerate(top):
            d = idx.dyad_series(e["a"], e["b"], granularity=granularity)
            d["fig"] = dyad_figure(d["series"], anchor_prefix=f"d{i}-")
            dyads.append(d)
        m = idx.matrix()
    counts = [("articles", stats["articles"]), ("independent stories", stats["stories"]),
              ("actors", stats["actors"]), ("statements", stats["statements"]), ("stances", stats["stances"]),
              ("events", stats["events"])]
    nav = [{"href": "#network", "label": "Network", "active": False},
           {"href": "#matrix", "label": "Stance matrix", "active": False},
           *({"href": f"#dyad-{i}", "label": f"{d['a_label']} – {d['b_label']}", "active": False}
             for i, d in enumerate(dyads[:4]))]
    return render_page("report_corpus.html", inline=True, nav=nav, home="#top", version=__version__,
                       generated=_now(), page_title=f"Report on {Path(db).name}", source=Path(db).name,
                       stats=stats, counts=counts, net=net, net_fig=network_figure(net["nodes"], net["edges"]),
                       m=m, matrix_fig=matrix_figure(m), dyads=dyads)
