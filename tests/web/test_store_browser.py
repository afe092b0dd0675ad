"""Dashboard pages over a real store, in a real headless Chromium."""

from __future__ import annotations

import shutil

import pytest

from stancemap.cli import main

from .conftest import XSS_TEXT, XSS_TITLE

pytestmark = pytest.mark.browser


def _open(page, url: str, charts: int = 0) -> None:
    page.page.goto(url)
    if charts:
        page.wait_charts(charts)


def _click_point(page, selector: str) -> None:
    box = page.page.locator(selector).first.bounding_box()
    page.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_overview_and_articles_pages(page, store_server):
    _open(page, store_server.url + "/")
    assert page.page.locator(".card .big").first.inner_text() == "152"
    assert page.page.locator("table tbody tr").count() == 12
    page.shot("store-overview")
    _open(page, store_server.url + "/articles")
    assert page.page.locator("table tbody tr").count() == 30
    page.page.fill("input[name=q]", "grain tariffs as well")
    page.page.click("button[type=submit]")
    page.page.wait_for_selector(".search-hit")
    assert "Kalmar and Vessland agree" in page.page.locator(".search-hit").first.inner_text()
    page.shot("store-search")
    assert page.problems() == []


def test_stored_article_page_links_evidence(page, store_server):
    _open(page, store_server.url + "/articles/art-1", charts=1)
    assert page.page.locator("#fig-matrix svg.main-svg").count() >= 1
    page.page.locator(".conv-card a.ev-link", has_text="st1").first.click()
    assert page.page.locator("#rec-stance-st1").is_visible()
    assert "Kalmar supports a ceasefire" in page.page.locator("#rec-stance-st1").inner_text()
    page.shot("store-article")
    assert page.problems() == []


def test_xss_article_from_the_store_never_executes(page, store_server):
    _open(page, store_server.url + "/articles/xss-1", charts=1)
    assert page.page.evaluate("typeof window.__xss") == "undefined"
    assert page.page.locator("h1.article-title").inner_text() == XSS_TITLE
    assert page.page.locator("#article-text").inner_text() == XSS_TEXT
    assert page.page.locator("#article-text img, #article-text svg, #article-text script, .article-head img, .records img, "
                             ".records svg, .side-panel img, .cells img").count() == 0
    _open(page, store_server.url + "/articles?q=" + "%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E")
    assert page.page.locator("input[name=q]").input_value() == "<script>window.__xss=1</script>"
    assert page.page.evaluate("typeof window.__xss") == "undefined"
    assert page.problems() == []


def test_matrix_cell_click_shows_its_sentences(page, store_server):
    _open(page, store_server.url + "/matrix?issue=auto:fishing-quotas", charts=1)
    fig = page.page.evaluate("JSON.parse(document.getElementById('figdata-matrix').textContent)")
    z = fig["data"][0]["z"]
    row, col = next((i, j) for i, line in enumerate(z) for j, v in enumerate(line) if v is not None)
    box = page.page.locator("#fig-matrix .nsewdrag").first.bounding_box()
    page.page.mouse.click(box["x"] + (col + 0.5) * box["width"] / len(z[0]),
                          box["y"] + (row + 0.5) * box["height"] / len(z))
    page.page.wait_for_function(f"location.hash === '#cell-{row}-{col}'")
    cell = page.page.locator(f"#cell-{row}-{col}")
    assert cell.is_visible() and cell.locator("q.sentence").count() >= 1
    page.shot("store-matrix")
    assert page.problems() == []


def test_network_edge_click_opens_the_dyad_and_a_point_its_sentences(page, store_server):
    _open(page, store_server.url + "/network", charts=1)
    assert page.page.locator("#fig-network .scatterlayer .point").count() > 5
    page.shot("store-network")
    _click_point(page, "#fig-network .scatterlayer .trace:nth-last-child(2) .point")  # a dyad diamond
    page.page.wait_for_url("**/dyad?*", timeout=10_000)
    page.wait_charts(1)
    assert page.page.locator("#fig-dyad .scatterlayer .point").count() >= 1
    _click_point(page, "#fig-dyad .scatterlayer .trace:first-child .point")
    page.page.wait_for_function("location.hash.startsWith('#w-')")
    target = page.page.evaluate("location.hash").lstrip("#")
    box = page.page.locator(f"[id='{target}']")
    assert box.is_visible() and box.locator("q.sentence").count() >= 1
    page.shot("store-dyad")
    assert page.problems() == []


def test_network_filters(page, store_server):
    _open(page, store_server.url + "/network", charts=1)
    page.page.select_option("select[name=issue]", "auto:grain-trade")
    page.page.select_option("select[name=window]", "2024")
    page.page.select_option("select[name=measure]", "alignment_balance")
    page.page.click("button[type=submit]")
    page.page.wait_for_url("**/network?issue=auto%3Agrain-trade&window=2024&measure=alignment_balance")
    assert page.page.locator("select[name=window]").input_value() == "2024"
    assert page.problems() == []


def test_corpus_report_is_one_offline_file(page, store_path, tmp_path):
    out = tmp_path / "corpus.html"
    db = tmp_path / "copy.duckdb"  # the CLI runs in its own process; here the server holds the original open
    shutil.copy(store_path, db)
    assert main(["report", "--db", str(db), "-o", str(out), "--dyads", "4"]) == 0
    page.page.goto(out.as_uri())
    page.wait_charts(6)  # network, matrix and four dyads
    assert all(u.startswith(("file:", "data:", "blob:")) for u in page.requests), page.requests
    assert page.page.evaluate("typeof window.__xss") == "undefined"
    _click_point(page, "#fig-network .scatterlayer .trace:nth-last-child(2) .point")
    page.page.wait_for_function("location.hash.startsWith('#dyad-') || location.hash === ''")
    page.shot("report-corpus")
    assert page.problems() == []


@pytest.mark.parametrize("path,name,charts", [
    ("/dyad", "store-dyad-list", 0), ("/dyad?a=NOR", "store-partners", 0), ("/articles?offset=30", "store-articles-2", 0),
    ("/network?window=2024-Q2&measure=alignment_balance", "store-network-quarter", 1),
    ("/matrix?issue=auto:grain-trade&window=2024", "store-matrix-2024", 1),
])
def test_other_pages_load_cleanly(page, store_server, path, name, charts):
    _open(page, store_server.url + path, charts=charts)
    assert page.page.locator("h1").count() == 1
    assert page.page.locator("table tbody tr, .chart[data-rendered]").count() >= 1
    page.shot(name)
    assert page.problems() == []
