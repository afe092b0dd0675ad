"""The frame every dashboard page shares: the navigation and the common template context."""

from __future__ import annotations

from typing import Any

from .. import __version__

__all__ = ["NAV", "page_context"]

#: dashboard pages: (path, label, needs a store)
NAV = [("/", "Overview", True), ("/articles", "Articles", True), ("/network", "Network", True),
       ("/matrix", "Stance matrix", True), ("/dyad", "Dyads", True), ("/analyse", "Analyse", False),
       ("/openapi.json", "API", False)]


def page_context(active: str, *, has_store: bool, **ctx: Any) -> dict[str, Any]:
    nav = [{"href": p, "label": label, "active": p == active} for p, label, needs in NAV if has_store or not needs]
    return {"nav": nav, "home": "/" if has_store else "/analyse", "version": __version__, **ctx}
