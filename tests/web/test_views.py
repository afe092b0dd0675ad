from __future__ import annotations

from stancemap.web.figures import dyad_figure, matrix_figure, network_figure, s_colour
from stancemap.web.render import render_page
from stancemap.web.views import Span, article_view, safe_url, stance_matrix, text_segments

from .conftest import TEXT, XSS_TEXT, XSS_TITLE


def test_segments_cover_the_text_and_link_the_most_specific_record():
    text = "Ann said Bob agrees."
    spans = [Span(0, 3, "speaker", "rec-statement-s1"), Span(9, 19, "content", "rec-statement-s1"),
             Span(9, 12, "mention", "rec-actor-B"), Span(13, 19, "stance", "rec-stance-st1", extra="pol-pos")]
    segs = text_segments(text, spans)
    assert "".join(s["text"] for s in segs) == text
    by_text = {s["text"]: s for s in segs}
    assert by_text["Ann"]["href"] == "#rec-statement-s1" and by_text["Ann"]["anchors"] == ["t-statement-s1"]
    assert by_text["Bob"]["href"] == "#rec-actor-B"  # the mention wins over the content around it
    assert by_text["Bob"]["cls"] == "hl-content hl-mention"
    assert by_text["agrees"]["href"] == "#rec-stance-st1" and "pol-pos" in by_text["agrees"]["cls"]
    assert by_text[" said "]["cls"] == ""


def test_segments_ignore_spans_outside_the_text():
    segs = text_segments("short", [Span(3, 40, "mention", "rec-actor-x"), Span(-1, 2, "cue", "rec-statement-s1")])
    assert [s["text"] for s in segs] == ["short"] and segs[0]["href"] == ""


def test_matrix_counts_officials_for_their_state(article):
    m = stance_matrix(article)
    assert [r["id"] for r in m["rows"]] == ["KAL", "VES"]
    assert [c["proposition"] for c in m["cols"]] == ["ceasefire", "grain tariffs"]
    kal, ves = m["cells"]
    assert kal[0]["x"] == 1.0 and [e["id"] for e in kal[0]["evidence"]] == ["st1"]
    assert kal[1]["x"] == -1.0 and ves[1]["x"] == -1.0
    assert kal[0]["evidence"][0]["sentence"].startswith("The foreign minister of Kalmar")
    fig = matrix_figure(m)
    assert fig["data"][0]["z"] == [[1.0, -1.0], [1.0, -1.0]]
    assert fig["data"][0]["customdata"][0][1] == "#cell-0-1"


def test_article_view_rows_and_convergence_sentences(article):
    v = article_view(article)
    assert v["counts"] == {"actors": 4, "statements": 1, "events": 1, "stances": 4, "alignments": 1}
    conv = v["convergence"][0]
    assert (conv["a"], conv["b"], conv["s"], conv["balance"]) == ("Kalmar", "Vessland", "1.00", "+1.00")
    assert [i["id"] for s in conv["sentences"] for i in s["ids"]] == ["st1", "st2", "al1"]
    assert "".join(s["text"] for s in v["segments"]) == TEXT
    assert v["safe_url"] == "https://example.org/news/1"


def test_only_http_urls_become_links():
    assert safe_url("https://a.example/x") == "https://a.example/x"
    assert safe_url("javascript:alert(1)") == ""
    assert safe_url('https://a.example/"onmouseover=x') == ""


def test_rendered_page_escapes_title_and_text(xss_article):
    html = render_page("article.html", nav=[], home="/", version="t", page_title=XSS_TITLE, notice="",
                       a=article_view(xss_article), matrix_fig=matrix_figure(stance_matrix(xss_article)))
    assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;window.__xss=&#39;text&#39;&lt;/script&gt;" in html
    assert "javascript:" not in html.split("<main>")[1].split("</main>")[0].replace(
        "javascript:window.__xss=&#39;url&#39;", "")  # the URL is shown as text only, never as a link
    assert 'href="javascript' not in html
    # the figure data block cannot be closed by article text
    assert XSS_TEXT not in html and "</script>\"" not in html


def test_network_and_dyad_figures_carry_links():
    nodes = [{"id": "A", "label": "A", "weight": 3, "href": "/actors/A"}, {"id": "B", "label": "B", "weight": 1}]
    edges = [{"a": "A", "b": "B", "s_score": -1.0, "n_joint": 2, "label": "A-B", "href": "/dyad?a=A&b=B"}]
    fig = network_figure(nodes, edges)
    assert fig["data"][0]["line"]["color"] == s_colour(-1.0) == "rgb(178,24,43)"
    assert fig["data"][1]["customdata"] == ["/dyad?a=A&b=B"]
    assert fig["data"][2]["customdata"] == ["/actors/A", ""]
    d = dyad_figure([{"window": "2024-01", "s_score": 0.5, "alignment_balance": None, "goldstein": 2.0}])
    assert d["data"][1]["y"] == [0.5] and d["data"][0]["customdata"] == ["#w-2024-01"]
