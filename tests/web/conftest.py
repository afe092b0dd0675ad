"""Fixtures for the web tests: hand-built articles of the JSON contract (text written for the
project, offsets computed from it), a live uvicorn server on loopback and a real headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: screenshots of every page the browser tests open (gitignored; CI keeps them as artefacts)
SHOTS = ROOT / "artifacts" / "screenshots"

TEXT = (
    "Kalmar and Vessland agree on river talks\n\n"
    "The foreign minister of Kalmar, Anna Berg, said on Monday that Kalmar supports a ceasefire along the river. "
    "\"We want the fighting to stop,\" Berg told reporters.\n\n"
    "Vessland also backs a ceasefire, its president Olav Dunn said, but Dunn rejected the proposed grain tariffs.\n\n"
    "Kalmar opposes the grain tariffs as well, Berg added, and she said both capitals share the same view."
)

XSS_TITLE = "<script>window.__xss='title'</script>\"><img src=x onerror=\"window.__xss='img'\">"
XSS_TEXT = (
    "Kalmar supports a ceasefire along the river. <script>window.__xss='text'</script> Anna Berg said.\n\n"
    "\"<img src=x onerror=window.__xss='onerror'>\" Vessland backs it, Olav Dunn said, but he rejected "
    "'\" onmouseover='window.__xss=1' the grain tariffs.\n\n"
    "<svg onload=\"window.__xss='svg'\"></svg> Kalmar opposes them and the two share the same view '\"><b>bold</b>."
)


def span(text: str, needle: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"text": needle, "start": start, "end": start + len(needle)}


def _sentence(text: str, needle: str) -> dict[str, Any]:
    at = text.index(needle)
    lo = max(text.rfind("\n", 0, at) + 1, 0)
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    return {"text": text[lo:hi], "start": lo, "end": hi}


def build_article(text: str, title: str, *, aid: str = "art-1", date: str = "2024-05-06",
                  url: str | None = "https://example.org/news/1") -> dict[str, Any]:
    """An analysed article as the JSON contract has it, built by hand on ``text``."""
    def mentions(*needles: str) -> list[dict[str, Any]]:
        out = []
        for n in needles:
            s = span(text, n)
            out.append({**s, "kind": "name"})
        return out

    actors = [
        {"id": "KAL", "name": "Kalmar", "type": "state", "country": "KAL", "role": None, "code": "KAL",
         "mentions": mentions("Kalmar"), "members": [], "is_source": False, "sector": None},
        {"id": "VES", "name": "Vessland", "type": "state", "country": "VES", "role": None, "code": "VES",
         "mentions": mentions("Vessland"), "members": [], "is_source": False, "sector": None},
        {"id": "person:anna-berg", "name": "Anna Berg", "type": "person", "country": "KAL", "role": "foreign minister",
         "code": "KALGOV", "mentions": mentions("Anna Berg"), "members": [], "is_source": False, "sector": "GOV"},
        {"id": "person:olav-dunn", "name": "Olav Dunn", "type": "person", "country": "VES", "role": "president",
         "code": "VESGOV", "mentions": mentions("Olav Dunn"), "members": [], "is_source": False, "sector": "GOV"},
    ]
    def stance(sid: str, actor: str, cue: str, prop: str, pid: str, pol: int, issue: str = "river_conflict",
               label: str = "the river conflict") -> dict[str, Any]:
        return {"id": sid, "actor": actor, "issue": issue, "issue_label": label, "proposition": prop,
                "polarity": pol, "strength": 1.0, "cue": span(text, cue), "evidence": _sentence(text, cue),
                "statement": None, "target": prop, "proposition_id": pid}
    stances = [
        stance("st1", "person:anna-berg", "supports", "ceasefire", "river_conflict/ceasefire", 1),
        stance("st2", "VES", "backs", "ceasefire", "river_conflict/ceasefire", 1),
        stance("st3", "person:olav-dunn", "rejected", "grain tariffs", "trade/grain-tariffs", -1, "trade", "Trade"),
        stance("st4", "KAL", "opposes", "grain tariffs", "trade/grain-tariffs", -1, "trade", "Trade"),
    ]
    statements = [{
        "id": "s1", "speaker": {**span(text, "Anna Berg"), "actor": "person:anna-berg"}, "cue": span(text, "said"),
        "content": {"text": "Kalmar supports a ceasefire along the river",
                    "spans": [[span(text, "Kalmar supports")["start"], span(text, "the river.")["end"] - 1]]},
        "kind": "indirect", "is_speech": True, "cue_lemma": "say"}]
    alignments = [{"id": "al1", "a": "KAL", "b": "VES", "issue": "river_conflict", "polarity": 1,
                   "claimed_by": "KAL", "cue": span(text, "share the same view"),
                   "evidence": _sentence(text, "share the same view"), "statement": None}]
    events = [{"id": "e1", "source": "VES", "target": None, "source_code": "VES", "target_code": None,
               "cameo": "051", "cameo_root": "05", "plover": "SUPPORT", "goldstein": 3.4,
               "evidence": _sentence(text, "backs"), "negated": False, "hypothetical": False, "reported": True}]
    convergence = [{"a": "KAL", "b": "VES", "issue": "river_conflict", "issue_label": "the river conflict",
                    "s_score": 1.0, "n_joint": 1, "propositions": ["river_conflict/ceasefire"],
                    "alignment_balance": 1.0, "n_alignments": 1, "verdict": "converging", "summary": "Kalmar and "
                    "Vessland: converging", "stances": ["st1", "st2"], "alignments": ["al1"], "window": None,
                    "low_n": True}]
    return {"schema_version": "1.0", "id": aid, "title": title, "date": date, "source": "project wire", "url": url,
            "text": text, "actors": actors, "statements": statements, "events": events, "stances": stances,
            "alignments": alignments, "convergence": convergence, "meta": {}}


@pytest.fixture()
def article() -> dict[str, Any]:
    return build_article(TEXT, "Kalmar and Vessland agree on river talks")


@pytest.fixture()
def xss_article() -> dict[str, Any]:
    return build_article(XSS_TEXT, XSS_TITLE, aid="xss-1", url="javascript:window.__xss='url'")


def chromium_path() -> str | None:
    return os.environ.get("STANCEMAP_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A real headless Chromium (the system's, driven by Playwright). In CI a missing browser fails."""
    exe = chromium_path()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed (.ci/run installs the Debian package 'chromium')")
        pytest.skip("Chromium not installed: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Page:
    """A Chromium page that records console messages, page errors and requests."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": 1360, "height": 900})
        self.console: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def problems(self) -> list[str]:
        return [m for m in self.console if m.startswith(("error", "warning"))] + self.errors

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.evaluate("window.scrollTo(0, 0)")  # the sticky header stays at the top of the picture
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def wait_charts(self, n: int = 1) -> None:
        self.page.wait_for_function(f"document.querySelectorAll('[data-rendered]').length >= {n}", timeout=15000)


@pytest.fixture()
def page(browser: Any) -> Iterator[Page]:
    p = Page(browser)
    yield p
    p.page.close()


class LiveServer:
    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


def live(app: Any) -> LiveServer:
    return LiveServer(app)


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: Any) -> Path:
    """A real DuckDB store: 150 synthetic articles, the Kalmar article and the XSS article."""
    from .corpus_gen import synthetic_corpus, write_store

    path = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    arts = [*synthetic_corpus(150), build_article(TEXT, "Kalmar and Vessland agree on river talks"),
            build_article(XSS_TEXT, XSS_TITLE, aid="xss-1", url="javascript:window.__xss='url'")]
    write_store(str(path), arts)
    return path


@pytest.fixture(scope="session")
def store_server(store_path: Path) -> Iterator[LiveServer]:
    from stancemap.web.app import create_app

    with live(create_app(store_path)) as srv:
        yield srv
