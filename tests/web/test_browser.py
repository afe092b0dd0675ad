"""Pages in a real headless Chromium: no console errors, charts drawn, evidence one click away,
untrusted article text never executed."""

from __future__ import annotations

import pytest

from stancemap.web.app import WebConfig, create_app
from stancemap.web.report import article_report

from .conftest import TEXT, XSS_TEXT, XSS_TITLE, live

pytestmark = pytest.mark.browser


def _no_xss(page) -> None:
    assert page.page.evaluate("typeof window.__xss") == "undefined"


def _click_cell(page, fig_id: str, row: int, col: int, nrows: int, ncols: int) -> None:
    """A real mouse click in the middle of a heatmap cell (category axes span the plot area evenly)."""
    box = page.page.locator(f"#{fig_id} .nsewdrag").first.bounding_box()
    x = box["x"] + (col + 0.5) * box["width"] / ncols
    y = box["y"] + (row + 0.5) * box["height"] / nrows
    page.page.mouse.click(x, y)


def _report_file(tmp_path, d, name):
    path = tmp_path / f"{name}.html"
    path.write_text(article_report(d), encoding="utf-8")
    return path


def test_article_report_renders_and_cells_lead_to_their_sentences(page, article, tmp_path):
    path = _report_file(tmp_path, article, "article")
    page.page.goto(path.as_uri())
    page.wait_charts(1)
    assert page.page.locator("#fig-matrix svg.main-svg").count() >= 1
    assert page.page.locator("#fig-matrix .hm image, #fig-matrix .heatmaplayer image").count() >= 1
    assert page.page.locator("h1.article-title").inner_text() == "Kalmar and Vessland agree on river talks"
    # every request stayed inside the file: no network at all
    assert all(u.startswith(("file:", "data:", "blob:")) for u in page.requests), page.requests
    # the text is whole and its highlights link to records
    assert page.page.locator("#article-text").inner_text().replace("\u00a0", " ") == TEXT
    assert not page.page.locator("#cell-0-1").is_visible()
    _click_cell(page, "fig-matrix", 0, 1, 2, 2)  # Kalmar x "grain tariffs"
    page.page.wait_for_function("location.hash === '#cell-0-1'")
    cell = page.page.locator("#cell-0-1")
    assert cell.is_visible()
    assert "Kalmar opposes the grain tariffs as well" in cell.inner_text()
    # an evidence link of the convergence card: its row comes into view with the sentence
    page.page.locator(".conv-card a.ev-link", has_text="st2").first.click()
    row = page.page.locator("#rec-stance-st2")
    assert page.page.evaluate("location.hash") == "#rec-stance-st2"
    assert row.is_visible() and "Vessland also backs a ceasefire" in row.inner_text()
    # a highlight in the text leads to its record
    page.page.locator("#article-text a.hl-stance", has_text="opposes").click()
    assert page.page.evaluate("location.hash") == "#rec-stance-st4"
    page.shot("report-article")
    assert page.problems() == []


def test_xss_article_never_executes_in_the_report(page, xss_article, tmp_path):
    path = _report_file(tmp_path, xss_article, "xss")
    page.page.on("dialog", lambda d: (_ for _ in ()).throw(AssertionError("dialog opened")))
    page.page.goto(path.as_uri())
    page.wait_charts(1)
    _no_xss(page)
    assert page.page.locator("h1.article-title").inner_text() == XSS_TITLE
    assert page.page.title().startswith(XSS_TITLE)
    text = page.page.locator("#article-text")
    assert text.inner_text() == XSS_TEXT
    assert text.locator("img, script, svg, b").count() == 0
    assert page.page.locator("a[href^='javascript']").count() == 0
    for a in text.locator("a").all()[:20]:  # hover every highlight: no handler hides in an attribute
        a.hover()
    _no_xss(page)
    page.shot("report-xss")
    assert page.problems() == []


@pytest.fixture(scope="module")
def server():
    with live(create_app(config=WebConfig(max_chars=5000, per_minute=30, burst=10))) as srv:
        yield srv


def test_analyse_form_page(page, server):
    page.page.goto(server.url + "/analyse")
    assert page.page.locator("textarea[name=text]").get_attribute("maxlength") == "5000"
    assert page.page.locator("nav a.active").inner_text() == "Analyse"
    page.shot("analyse-form")
    assert page.problems() == []


def test_analyse_refuses_oversize_text_in_the_page(page, server):
    page.page.goto(server.url + "/analyse")
    page.page.evaluate("document.querySelector('textarea').removeAttribute('maxlength')")
    page.page.fill("textarea[name=text]", "word " * 1200)
    page.page.click("button[type=submit]")
    page.page.wait_for_selector(".error-box")
    assert "too large" in page.page.locator(".error-box").inner_text()


@pytest.mark.model
def test_analyse_page_shows_the_analysed_xss_article(page, server):
    page.page.goto(server.url + "/analyse")
    page.page.fill("input[name=title]", XSS_TITLE[:200])
    page.page.fill("input[name=date]", "2024-05-06")
    page.page.fill("textarea[name=text]", XSS_TEXT)
    page.page.click("button[type=submit]")
    page.page.wait_for_selector("h1.article-title", timeout=120_000)
    page.wait_charts(1)
    _no_xss(page)
    assert page.page.locator("h1.article-title").inner_text() == XSS_TITLE[:200]
    assert page.page.locator("#article-text").inner_text() == XSS_TEXT
    assert page.page.locator("#article-text img, #article-text script, #article-text svg").count() == 0
    assert "not stored" in page.page.locator(".notice").inner_text()
    assert page.page.locator("#article-text a.hl-mention").count() >= 2  # Kalmar, Vessland at least
    page.shot("analyse-result-xss")
    assert page.problems() == []
