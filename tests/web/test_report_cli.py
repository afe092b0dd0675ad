"""``stancemap report``: one self-contained file (no external request), under 5 MB for one article."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from stancemap.cli import main


def test_report_from_an_analysed_json_file(tmp_path, article, capsys):
    src = tmp_path / "a.json"
    src.write_text(json.dumps(article), encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(src), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    size = out.stat().st_size
    assert size < 5_000_000
    assert f"({size / 1e6:.2f} MB" in capsys.readouterr().err
    csp = unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1))
    assert csp.startswith("default-src 'none'; script-src 'sha256-") and "unsafe" not in csp.split("style-src")[0]
    assert len(re.findall(r"<script>", html)) == 2  # plotly.js and the page script, both allowed by hash
    assert not re.search(r'src="(https?:)?//', html)  # nothing is fetched from elsewhere
    assert re.findall(r'href="(https?://[^"]*)"', html.split("<script>")[0]) == [article["url"]]  # only the article's own link
    assert "Kalmar opposes the grain tariffs as well" in html


def test_report_refuses_what_is_not_one_article(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"no": "article"}', encoding="utf-8")
    assert main(["report", str(bad), "-o", str(tmp_path / "r.html")]) == 2
    assert "not one analysed article" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


@pytest.mark.model
def test_report_from_a_text_file(tmp_path):
    src = tmp_path / "talks.txt"
    src.write_text("Norway backs a ceasefire\n\nThe foreign minister of Norway, Erik Lund, said on Monday that "
                   "Norway supports an immediate ceasefire in the region.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(src), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<h1 class=\"article-title\">Norway backs a ceasefire</h1>" in html
    assert 'id="rec-actor-NOR"' in html
