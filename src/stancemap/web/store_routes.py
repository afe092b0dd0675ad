"""Store-backed routes: the read-only JSON API (``/api/...``) and the dashboard pages over it.

Each handler parses its (validated) parameters, calls one query function of
:mod:`stancemap.store.queries` / :mod:`stancemap.store.browse` or one method of
:class:`~stancemap.web.corpus.CorpusIndex`, and formats the result. The store is opened read-only
and sandboxed; one connection is shared under a lock.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse, JSONResponse

from ..analytics.convergence import convergence
from ..analytics.from_json import article_from_dict
from ..dates import ISO_DATE_PATTERN
from ..store import open_readonly
from ..store import queries as q
from ..store.browse import corpus_stats, page_records
from .corpus import WINDOW_RE, CorpusIndex
from .figures import dyad_figure, matrix_figure, network_figure
from .frame import page_context
from .render import render_page
from .views import article_view

__all__ = ["add_store_routes", "StoreAccess"]

log = logging.getLogger(__name__)

T = TypeVar("T")
ID_MAX = 300
Limit = Query(50, ge=1, le=500, description="page size (1-500)")
Offset = Query(0, ge=0, le=10_000_000, description="rows to skip")


class StoreAccess:
    """The read-only store, its corpus index (built on first use) and a lock around both."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.store = open_readonly(path)
        self.lock = threading.RLock()
        self._index: CorpusIndex | None = None

    def run(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        with self.lock:
            return fn(self.store, *args, **kw)

    @property
    def index(self) -> CorpusIndex:
        with self.lock:
            if self._index is None:
                self._index = CorpusIndex(self.store)
            return self._index

    def warm(self) -> None:
        """Compute the corpus index and the whole-corpus and monthly convergence (logged on failure)."""
        try:
            self.index.convergence("all")
            self.index.convergence("month")
        except Exception:  # noqa: BLE001 - a request will meet the same error and answer it
            log.exception("warming the corpus index of %s failed", self.path)

    def article(self, article_id: str) -> dict[str, Any]:
        """One stored article with its records and its own convergence rows; 404 when unknown."""
        with self.lock:
            d = q.get_article(self.store, article_id)
        if d is None:
            raise HTTPException(404, f"no article {article_id!r} in the store")
        art = article_from_dict(d)
        d["convergence"] = [asdict(c) for c in convergence(art.stances, art.alignments, art.actors)]
        d.pop("ingested_at", None)
        return d


def _json(obj: dict[str, Any]) -> Any:
    """Plain JSON of records that are JSON already (skips the framework's slower re-encoding)."""
    return JSONResponse(obj)


def _page(total: int, items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items,
            "next_offset": offset + limit if offset + limit < total else None}


def add_store_routes(app: FastAPI, db: str | Path, *, warm: bool = True) -> StoreAccess:
    acc = StoreAccess(db)
    app.state.store = acc
    if warm:  # build the corpus index now, not on the first visitor's request
        threading.Thread(target=acc.warm, name="stancemap-warm", daemon=True).start()

    # ---------------------------------------------------------------- JSON API
    @app.get("/api/stats", tags=["corpus"])
    def stats() -> dict[str, Any]:
        """Counts of articles, stories (one per group of syndicated copies), actors and records."""
        return acc.run(corpus_stats)

    @app.get("/api/articles", tags=["articles"])
    def articles(q_: str | None = Query(None, alias="q", max_length=200, description="substring of title or text"),
                 source: str | None = Query(None, max_length=200),
                 date_from: str | None = Query(None, pattern=ISO_DATE_PATTERN),
                 date_to: str | None = Query(None, pattern=ISO_DATE_PATTERN),
                 limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        """Articles, newest first, with record counts."""
        kw = {"q": q_, "source": source, "date_from": date_from, "date_to": date_to}
        total = acc.run(q.count_articles, **kw)
        return _page(total, acc.run(q.list_articles, **kw, limit=limit, offset=offset), limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def article(article_id: str) -> dict[str, Any]:
        """One article with its actors, statements, events, stances, alignments and convergence."""
        if len(article_id) > ID_MAX:
            raise HTTPException(422, "invalid request: article id too long")
        return _json(acc.article(article_id))

    @app.get("/api/actors", tags=["actors"])
    def actors(q_: str | None = Query(None, alias="q", max_length=200),
               type: str | None = Query(None, max_length=40), limit: int = Limit,
               offset: int = Offset) -> dict[str, Any]:
        """The actor registry with counts of articles, statements, events and stances."""
        total = len(acc.run(q.list_actors, q=q_, type=type))
        return _page(total, acc.run(q.list_actors, q=q_, type=type, limit=limit, offset=offset), limit, offset)

    @app.get("/api/actors/{actor_id}", tags=["actors"])
    def actor(actor_id: str) -> dict[str, Any]:
        """One actor with the validity intervals of its roles, countries and codes."""
        a = acc.run(q.get_actor, actor_id[:ID_MAX])
        if a is None:
            raise HTTPException(404, f"no actor {actor_id!r} in the store")
        return a

    def records(kind: str) -> Callable[..., dict[str, Any]]:
        def handler(article_id: str | None = Query(None, max_length=ID_MAX),
                    actor: str | None = Query(None, max_length=ID_MAX, description="actor id or the state it counts for"),
                    issue: str | None = Query(None, max_length=200), q_: str | None = Query(None, alias="q", max_length=200),
                    limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
            total, rows = acc.run(page_records, kind, article_id=article_id, actor=actor, issue=issue, q=q_,
                                  limit=limit, offset=offset)
            return _page(total, rows, limit, offset)
        handler.__doc__ = f"{kind.capitalize()}, newest article first; filters combine."
        handler.__name__ = f"list_{kind}"
        return handler

    for kind in ("statements", "events", "stances", "alignments"):
        app.get(f"/api/{kind}", tags=["records"])(records(kind))

    @app.get("/api/search", tags=["articles"])
    def search(q_: str = Query(..., alias="q", min_length=1, max_length=200),
               limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        """Full-text search (case-insensitive) over article titles, texts and statement contents."""
        items = acc.run(q.search, q_, limit=limit)
        return {"q": q_, "items": items}

    @app.get("/api/dyads", tags=["convergence"])
    def dyads(window: str = Query("all", pattern=WINDOW_RE, description="all, YYYY, YYYY-Qn or YYYY-MM"),
              actor: str | None = Query(None, max_length=ID_MAX), issue: str | None = Query(None, max_length=200),
              limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        """Convergence per dyad x issue in one window (S, n_joint, balance, verdict, evidence ids)."""
        total, rows = acc.index.dyads(window=window, actor=actor, issue=issue, limit=limit, offset=offset)
        return _json(_page(total, rows, limit, offset))

    @app.get("/api/dyads/{a}/{b}", tags=["convergence"])
    def dyad(a: str, b: str, issue: str | None = Query(None, max_length=200),
             window: Literal["year", "quarter", "month"] = "month") -> dict[str, Any]:
        """A dyad's series: S, alignment balance and the Goldstein index per window, with the sentences."""
        if a == b:
            raise HTTPException(422, "invalid request: a dyad needs two different actors")
        out = acc.index.dyad_series(a[:ID_MAX], b[:ID_MAX], issue=issue, granularity=window)
        if not out["series"]:
            raise HTTPException(404, f"no stances, alignments or events between {a!r} and {b!r}")
        return _json(out)

    @app.get("/api/convergence", tags=["convergence"])
    def convergence_series(window: Literal["year", "quarter", "month"] = "month",
                           actor: str | None = Query(None, max_length=ID_MAX),
                           issue: str | None = Query(None, max_length=200),
                           limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        """Convergence time series: every dyad x issue x window row of the corpus."""
        rows = [c for c in acc.index.convergence(window)
                if (actor is None or actor in (c.a, c.b)) and (issue is None or c.issue == issue)]
        return _json(_page(len(rows), [acc.index.dyad_row(c) for c in rows[offset: offset + limit]], limit, offset))

    @app.get("/api/network", tags=["convergence"])
    def network(window: str = Query("all", pattern=WINDOW_RE), issue: str | None = Query(None, max_length=200),
                measure: Literal["s_score", "alignment_balance"] = "s_score",
                max_nodes: int = Query(40, ge=2, le=200)) -> dict[str, Any]:
        """Actors and the dyads between them, with S or the alignment balance on each edge."""
        return _json(acc.index.network(window=window, issue=issue, measure=measure, max_nodes=max_nodes))

    @app.get("/api/matrix", tags=["convergence"])
    def matrix(issue: str | None = Query(None, max_length=200), window: str = Query("all", pattern=WINDOW_RE),
               max_rows: int = Query(25, ge=1, le=100), max_cols: int = Query(30, ge=1, le=100)) -> dict[str, Any]:
        """Stance matrix of one issue: actors x propositions with the evidence of each cell."""
        return _json(acc.index.matrix(issue=issue, window=window, max_rows=max_rows, max_cols=max_cols))

    # ---------------------------------------------------------------- pages
    def page(template: str, active: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(render_page(template, **page_context(active, has_store=True, **ctx)))

    def window_options() -> list[str]:
        w = acc.index.windows
        return ["all", *w["year"], *w["quarter"], *w["month"]]

    @app.get("/", include_in_schema=False)
    def index_page() -> HTMLResponse:
        s = acc.run(corpus_stats)
        top = acc.index.dyads(limit=12)[1]
        latest = acc.run(q.list_articles, limit=10)
        for r in latest:
            r["href"] = f"/articles/{quote(r['id'], safe='')}"
            r["title"] = r["title"] or r["id"]
        counts = [("articles", s["articles"]), ("independent stories", s["stories"]), ("actors", s["actors"]),
                  ("statements", s["statements"]), ("stances", s["stances"]), ("events", s["events"])]
        return page("index.html", "/", page_title="Overview",
                    stats={"counts": counts, "dyads": top, "articles": latest,
                           "range": (s["first_date"], s["last_date"])})

    @app.get("/articles", include_in_schema=False)
    def articles_page(q_: str | None = Query(None, alias="q", max_length=200),
                      offset: int = Query(0, ge=0, le=10_000_000)) -> HTMLResponse:
        limit = 30
        hits = acc.run(q.search, q_, limit=50) if q_ else []
        total = acc.run(q.count_articles)
        rows = [] if q_ else acc.run(q.list_articles, limit=limit, offset=offset)
        for r in rows:
            r["href"] = f"/articles/{quote(r['id'], safe='')}"
        for h in hits:
            rec = h["id"].split("#")[1] if "#" in h["id"] else ""
            h["href"] = f"/articles/{quote(h['article_id'], safe='')}" + (f"#rec-statement-{rec}" if rec else "")
        pager = {"prev": f"/articles?offset={max(0, offset - limit)}" if offset else "",
                 "next": f"/articles?offset={offset + limit}" if offset + limit < total else "",
                 "info": f"{offset + 1}–{min(total, offset + limit)} of {total}"}
        return page("articles.html", "/articles", page_title="Articles", q=q_ or "", hits=hits, rows=rows,
                    pager=pager)

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        d = acc.article(article_id[:ID_MAX])
        view = article_view(d)
        return page("article.html", "/articles", page_title=view["title"], a=view, notice="",
                    matrix_fig=matrix_figure(view["matrix"]))

    @app.get("/network", include_in_schema=False)
    def network_page(window: str = Query("all", pattern=WINDOW_RE), issue: str | None = Query(None, max_length=200),
                     measure: Literal["s_score", "alignment_balance"] = "s_score") -> HTMLResponse:
        net = acc.index.network(window=window, issue=issue or None, measure=measure)
        fig = network_figure(net["nodes"], net["edges"], measure=measure)
        return page("network.html", "/network", page_title="Actor network", net=net, fig=fig,
                    issues=acc.index.top_issues(), windows=window_options(),
                    form={"window": window, "issue": issue or "", "measure": measure})

    @app.get("/matrix", include_in_schema=False)
    def matrix_page(issue: str | None = Query(None, max_length=200),
                    window: str = Query("all", pattern=WINDOW_RE)) -> HTMLResponse:
        m = acc.index.matrix(issue=issue or None, window=window)
        return page("matrix.html", "/matrix", page_title="Stance matrix", m=m, fig=matrix_figure(m),
                    issues=acc.index.top_issues(), windows=window_options(),
                    form={"window": window, "issue": m["issue"] or ""})

    @app.get("/dyad", include_in_schema=False)
    def dyad_page(a: str | None = Query(None, max_length=ID_MAX), b: str | None = Query(None, max_length=ID_MAX),
                  issue: str | None = Query(None, max_length=200),
                  window: Literal["year", "quarter", "month"] = "month") -> HTMLResponse:
        idx = acc.index
        if a and b and a != b:
            series = idx.dyad_series(a, b, issue=issue or None, granularity=window)
            links = {w: urlencode({"a": a, "b": b, "issue": issue or "", "window": w})
                     for w in ("year", "quarter", "month")}
            return page("dyad.html", "/dyad", page_title=f"{series['a_label']} – {series['b_label']}",
                        d=series, fig=dyad_figure(series["series"]) if series["series"] else None, partners=None,
                        links=links, form={"window": window, "issue": issue or ""},
                        issue_options=[(i, idx.issue_labels.get(i, i)) for i in series["issues"]])
        partners = idx.partners(a) if a else None
        top = [] if a else idx.dyads(limit=40)[1]
        return page("dyad.html", "/dyad", page_title="Dyads", d=None, fig=None, partners=partners, top=top,
                    a_label=idx.label(a) if a else "", links={}, form={"window": window, "issue": ""},
                    issue_options=[])

    return acc
