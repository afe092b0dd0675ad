"""The HTTP face: a FastAPI app with a JSON API and the offline dashboard.

``create_app(db=...)`` builds it; ``stancemap serve`` runs it with uvicorn. The store is opened
read-only and nothing writes through the API. Every response carries a Content-Security-Policy
that allows scripts from this server only (the page's data travels as JSON, never as code), and
every error is a JSON body (``{"error": {"status", "message"}}``) or, on pages, an HTML page:
never a traceback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..dates import ISO_DATE_PATTERN, ISO_DATE_RE
from ..errors import StancemapError
from ..settings import Settings
from .figures import matrix_figure
from .frame import NAV, page_context
from .limits import BodyTooLarge, RateLimiter, read_limited
from .render import SERVER_CSP, plotly_js_path, render_page, static_text
from .views import article_view

__all__ = ["create_app", "run_server", "WebConfig", "page_context", "NAV"]

log = logging.getLogger(__name__)


class WebConfig:
    """Limits of the analyse endpoints (characters per article, requests per minute and burst)."""

    def __init__(self, *, max_chars: int = 100_000, per_minute: float = 10.0, burst: int = 5,
                 settings: Settings | None = None) -> None:
        self.max_chars = max_chars
        self.limiter = RateLimiter(per_minute, burst)
        self.settings = settings or Settings()
        self.lock = threading.Lock()  # one analysis at a time: the spaCy pipeline is shared


class AnalyseIn(BaseModel):
    text: str = Field(..., min_length=1, description="article text (at most the server's max_chars characters)")
    title: str | None = Field(None, max_length=500)
    date: str | None = Field(None, pattern=ISO_DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")


class _SecurityHeaders:
    """Pure ASGI middleware: CSP and friends on every response."""

    HEADERS = [(b"content-security-policy", SERVER_CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
               (b"cross-origin-opener-policy", b"same-origin")]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.HEADERS
            await send(message)

        await self.app(scope, receive, wrapped)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/openapi")) and request.url.path != "/static"


def _error_page(status: int, message: str, *, has_store: bool) -> HTMLResponse:
    html = render_page("error.html", **page_context("", has_store=has_store, page_title=f"Error {status}",
                                                    status=status, message=message))
    return HTMLResponse(html, status_code=status)


def _json_error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message, **extra}}, status_code=status)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def create_app(db: str | Path | None = None, *, config: WebConfig | None = None,
               extra_routes: Sequence[Callable[[FastAPI], None]] = ()) -> FastAPI:
    """The app; with ``db`` the store-backed API and pages are added (opened read-only)."""
    cfg = config or WebConfig()
    app = FastAPI(title="stancemap", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only JSON API over a stancemap store, and single-article analysis. "
                              "Every list is paginated (limit, offset); errors are JSON bodies "
                              "{error: {status, message}}.")
    app.state.config = cfg
    app.state.store = None
    app.add_middleware(_SecurityHeaders)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        msg = str(exc.detail) if exc.detail else "error"
        headers = dict(exc.headers or {})
        if _wants_html(request):
            resp: Response = _error_page(exc.status_code, msg, has_store=app.state.store is not None)
        else:
            resp = _json_error(exc.status_code, msg)
        resp.headers.update(headers)
        return resp

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"where": ".".join(str(x) for x in e.get("loc", ()) if x != "body"), "problem": e.get("msg", "")}
                    for e in exc.errors()]
        text = "; ".join(f"{p['where']}: {p['problem']}" for p in problems) or "invalid request"
        if _wants_html(request):
            return _error_page(422, f"invalid request: {text}", has_store=app.state.store is not None)
        return _json_error(422, f"invalid request: {text}", problems=problems)

    @app.exception_handler(StancemapError)
    async def stancemap_error(request: Request, exc: StancemapError) -> Response:
        if _wants_html(request):
            return _error_page(422, str(exc), has_store=app.state.store is not None)
        return _json_error(422, str(exc), code=exc.code, reason=exc.reason)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _json_error(500, "internal error; the server log has the details")

    _static_routes(app)
    _analyse_routes(app, cfg)
    if db is not None:
        from .store_routes import add_store_routes

        add_store_routes(app, db)
    else:
        @app.get("/", include_in_schema=False)
        def index() -> HTMLResponse:
            return HTMLResponse(render_page("index.html", **page_context(
                "/", has_store=False, page_title="stancemap", stats=None)))
    for add in extra_routes:
        add(app)
    return app


_STATIC = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}


def _static_routes(app: FastAPI) -> None:
    cache = {"cache-control": "public, max-age=3600"}

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(plotly_js_path(), media_type="text/javascript; charset=utf-8", headers=cache)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in _STATIC:
            raise HTTPException(404, f"no static file {name!r}")
        return Response(static_text(name), media_type=_STATIC[name], headers=cache)

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Liveness and what this server serves."""
        return {"status": "ok", "version": __version__, "store": app.state.store is not None}


def _article_page(d: dict[str, Any], *, has_store: bool, notice: str = "", active: str = "") -> str:
    view = article_view(d)
    return render_page("article.html", **page_context(
        active, has_store=has_store, page_title=view["title"], a=view, notice=notice,
        matrix_fig=matrix_figure(view["matrix"])))


def _analyse_routes(app: FastAPI, cfg: WebConfig) -> None:
    body_limit = cfg.max_chars * 12 + 8192  # url-encoding may take up to 9 bytes per character

    def run(text: str, title: str | None, date: str | None) -> dict[str, Any]:
        import stancemap

        with cfg.lock:
            return stancemap.analyze(text, title=title or None, date=date or None, settings=cfg.settings).to_dict()

    def check_limits(request: Request) -> None:
        wait = cfg.limiter.check(_client(request))
        if wait > 0:
            raise HTTPException(429, f"too many analyses from this client; try again in {wait:.0f} s",
                                headers={"Retry-After": str(max(1, round(wait)))})
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > body_limit:
            raise HTTPException(413, f"article too large: at most {cfg.max_chars} characters")

    def check_text(text: str) -> None:
        if len(text) > cfg.max_chars:
            raise HTTPException(413, f"article too large: {len(text)} characters, at most {cfg.max_chars}")
        if not text.strip():
            raise HTTPException(422, "invalid request: text is empty")

    @app.get("/analyse", include_in_schema=False)
    def analyse_form() -> HTMLResponse:
        return HTMLResponse(render_page("analyse.html", **page_context(
            "/analyse", has_store=app.state.store is not None, page_title="Analyse",
            max_chars=cfg.max_chars, error="", form={"title": "", "date": "", "text": ""})))

    @app.post("/analyse", include_in_schema=False)
    async def analyse_page(request: Request) -> Response:
        has_store = app.state.store is not None
        check_limits(request)
        try:
            body = await read_limited(request.stream(), body_limit)
        except BodyTooLarge as err:
            raise HTTPException(413, f"article too large: at most {cfg.max_chars} characters") from err
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), max_num_fields=10).items()}
        text = form.get("text", "").replace("\r\n", "\n")  # browsers send textarea lines with CRLF
        title, date = form.get("title", "")[:500], form.get("date", "").strip()

        def again(status: int, message: str) -> HTMLResponse:
            return HTMLResponse(render_page("analyse.html", **page_context(
                "/analyse", has_store=has_store, page_title="Analyse", max_chars=cfg.max_chars, error=message,
                form={"title": title, "date": date, "text": text[: cfg.max_chars]})), status_code=status)

        if len(text) > cfg.max_chars:
            return again(413, f"The article is too large: {len(text)} characters, at most {cfg.max_chars}.")
        if not text.strip():
            return again(422, "Paste the text of an article first.")
        if date and not ISO_DATE_RE.match(date):
            return again(422, f"The date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD.")
        try:
            d = await run_in_threadpool(run, text, title, date)
        except StancemapError as err:
            return again(422, f"The text could not be analysed: {err.message}")
        if form.get("download"):
            return JSONResponse(d, headers={"content-disposition": 'attachment; filename="stancemap-article.json"'})
        return HTMLResponse(_article_page(d, has_store=has_store, active="/analyse",
                                          notice="Analysed on this machine and not stored."))

    @app.post("/api/analyse", tags=["analyse"], openapi_extra={"requestBody": {
        "required": True, "content": {"application/json": {"schema": AnalyseIn.model_json_schema()}}}},
        responses={413: {"description": "text too large"}, 422: {"description": "invalid or unusable text"},
                   429: {"description": "too many requests from this client"}})
    async def analyse_api(request: Request) -> dict[str, Any]:
        """Analyse one article (size- and rate-limited); the result is returned, never stored."""
        check_limits(request)
        try:
            body = await read_limited(request.stream(), body_limit)
        except BodyTooLarge as err:
            raise HTTPException(413, f"article too large: at most {cfg.max_chars} characters") from err
        try:
            item = AnalyseIn.model_validate_json(body)
        except ValidationError as err:
            raise RequestValidationError(err.errors()) from None
        check_text(item.text)
        return await run_in_threadpool(run, item.text, item.title, item.date)


def run_server(app: FastAPI, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
