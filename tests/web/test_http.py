"""The JSON API over real HTTP on loopback (uvicorn in a thread, httpx as the client)."""

from __future__ import annotations

import httpx
import pytest

from stancemap.web.app import WebConfig, create_app

from .conftest import live


def _boom(app):
    @app.get("/api/boom")
    def boom() -> dict:
        raise RuntimeError("secret internal detail /etc/passwd")


@pytest.fixture(scope="module")
def server():
    app = create_app(config=WebConfig(max_chars=2000, per_minute=6, burst=20), extra_routes=[_boom])
    with live(app) as srv:
        yield srv


def test_health_openapi_and_security_headers(server):
    r = httpx.get(server.url + "/api/health")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["store"] is False
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    spec = httpx.get(server.url + "/openapi.json").json()
    assert spec["info"]["title"] == "stancemap" and "/api/analyse" in spec["paths"]
    body = spec["paths"]["/api/analyse"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["text"]
    assert httpx.get(server.url + "/docs").status_code == 404  # no CDN-loading docs page


def test_errors_are_json_without_tracebacks(server):
    r = httpx.get(server.url + "/api/nothing-here")
    assert r.status_code == 404 and r.json()["error"]["status"] == 404
    r = httpx.get(server.url + "/api/boom")
    assert r.status_code == 500
    assert r.json() == {"error": {"status": 500, "message": "internal error; the server log has the details"}}
    assert "secret" not in r.text and "Traceback" not in r.text
    r = httpx.get(server.url + "/static/../../etc/passwd")
    assert r.status_code == 404


def test_validation_and_size_limits(server):
    r = httpx.post(server.url + "/api/analyse", json={"title": "no text"})
    assert r.status_code == 422 and "text" in r.json()["error"]["message"]
    r = httpx.post(server.url + "/api/analyse", json={"text": "Kalmar spoke.", "date": "May 2024"})
    assert r.status_code == 422 and r.json()["error"]["problems"][0]["where"] == "date"
    r = httpx.post(server.url + "/api/analyse", json={"text": "word " * 1000})
    assert r.status_code == 413 and "at most 2000" in r.json()["error"]["message"]
    r = httpx.post(server.url + "/api/analyse", content=b"x" * 100_000, headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_rate_limit_answers_429_with_retry_after():
    app = create_app(config=WebConfig(max_chars=50, per_minute=1, burst=2))
    with live(app) as srv:
        codes = [httpx.post(srv.url + "/api/analyse", json={"text": "x" * 60}).status_code for _ in range(3)]
        assert codes == [413, 413, 429]
        r = httpx.post(srv.url + "/api/analyse", json={"text": "x"})
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert "too many" in r.json()["error"]["message"]


def test_no_writes_through_the_api(server):
    for method in ("PUT", "DELETE", "PATCH"):
        r = httpx.request(method, server.url + "/api/health")
        assert r.status_code == 405 and r.json()["error"]["status"] == 405


def test_html_pages_answer_html_errors(server):
    r = httpx.get(server.url + "/no-such-page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "<h1>404</h1>" in r.text
    r = httpx.get(server.url + "/static/plotly.min.js")
    assert r.status_code == 200 and len(r.content) > 1_000_000 and "javascript" in r.headers["content-type"]


@pytest.mark.model
def test_analyse_api_returns_the_article_and_keeps_nothing(server):
    text = ("Kalmar and Vessland back a ceasefire.\n\nThe foreign minister of Norway, Erik Lund, said on Monday "
            "that Norway supports an immediate ceasefire in the region.")
    r = httpx.post(server.url + "/api/analyse", json={"text": text, "title": "Talks", "date": "2024-05-06"},
                   timeout=120)
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["title"] == "Talks" and d["date"] == "2024-05-06" and d["text"] == text
    assert any(a["id"] == "NOR" for a in d["actors"])
    assert any(s["polarity"] == 1 and "ceasefire" in s["proposition"] for s in d["stances"])


@pytest.mark.model
def test_analyse_form_can_hand_back_json_instead_of_storing(server):
    r = httpx.post(server.url + "/analyse", data={"text": "Norway supports an immediate ceasefire in the region.",
                                                  "title": "T", "date": "2024", "download": "1"}, timeout=120)
    assert r.status_code == 200 and r.headers["content-disposition"].startswith("attachment")
    d = r.json()
    assert d["title"] == "T" and d["date"] == "2024" and any(a["id"] == "NOR" for a in d["actors"])
