"""HTML rendering shared by the server and the static report: Jinja2 templates with autoescape.

Two modes: ``served`` pages load ``/static/app.css``, ``/static/app.js`` and the plotly.js of the
installed ``plotly`` package from the server; ``inline`` pages (the report) carry all three
inside the file, and a Content-Security-Policy meta tag that allows exactly those two scripts
by hash. Figures travel as JSON data blocks (``<script type="application/json">``, never
executed, ``<`` escaped), drawn by ``app.js``.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from ..errors import ConfigError

__all__ = ["render_page", "static_text", "plotly_js_path", "plotly_js", "SERVER_CSP", "inline_csp"]

#: the policy of every served response: scripts only from this server, nothing from elsewhere
SERVER_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
              "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
              "frame-ancestors 'none'")


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("stancemap.web", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["signed"] = lambda x: "—" if x is None else f"{x:+.2f}"
    env.filters["num"] = lambda x: "—" if x is None else f"{x:.2f}"
    return env


def static_text(name: str) -> str:
    """One of the package's own static files (app.js, app.css)."""
    return resources.files("stancemap.web").joinpath("static", name).read_text(encoding="utf-8")


def plotly_js_path() -> Path:
    """plotly.min.js as shipped inside the installed ``plotly`` package."""
    try:
        import plotly
    except ImportError as err:
        raise ConfigError("charts need the 'plotly' package: pip install 'stancemap[web]'") from err
    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise ConfigError(f"plotly.min.js not found in the installed plotly package ({path})")
    return path


@lru_cache(maxsize=1)
def plotly_js() -> str:
    return plotly_js_path().read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def inline_csp(*scripts: str) -> str:
    """A policy for a self-contained file: only the given inline scripts run; no request leaves it."""
    return (f"default-src 'none'; script-src {' '.join(_sha256(s) for s in scripts)}; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def render_page(template: str, *, inline: bool = False, **ctx: Any) -> str:
    """Render a page template; ``inline`` embeds the CSS and scripts for a self-contained file."""
    assets: dict[str, Any] = {"inline": inline}
    if inline:
        js, app_js = plotly_js(), static_text("app.js")
        # a literal "</script" inside a script would end it early; the bundled scripts carry none
        if "</script" in js.lower() or "</script" in app_js.lower():
            raise ConfigError("a bundled script contains '</script' and cannot be inlined")
        assets.update(css=static_text("app.css"), plotly_js=js, app_js=app_js, csp=inline_csp(js, app_js))
    return _env().get_template(template).render(assets=assets, **ctx)
