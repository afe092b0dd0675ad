"""Plotly figure specifications as plain dicts (``{"data": [...], "layout": {...}}``).

The browser draws them with the plotly.js bundled in the installed ``plotly`` package; this
module needs no plotly import. Each clickable mark carries its link in ``customdata`` (a page
anchor ``#...`` or a site path ``/...``); ``static/app.js`` follows it on click.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["matrix_figure", "network_figure", "dyad_figure", "VERDICT_COLOURS", "s_colour"]

FONT = {"family": "Inter, 'Segoe UI', Helvetica, Arial, sans-serif", "size": 12, "color": "#1f2933"}
#: diverging scale: red (against / opposed) - light grey - teal (for / identical)
SCALE = [[0.0, "#b2182b"], [0.25, "#ef8a62"], [0.5, "#f2f2f2"], [0.75, "#67a9cf"], [1.0, "#1b6f8f"]]
VERDICT_COLOURS = {"converging": "#1b6f8f", "diverging": "#b2182b", "mixed": "#d9822b",
                   "insufficient evidence": "#9aa5b1"}


def _layout(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"font": FONT, "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
                            "margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "hoverlabel": {"align": "left"}}
    base.update(kw)
    return base


def _short(text: str, n: int = 38) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def s_colour(s: float | None) -> str:
    """A colour for an S-score (or a balance) in [-1, 1] on the diverging scale; grey for None."""
    if s is None:
        return "#9aa5b1"
    t = (max(-1.0, min(1.0, s)) + 1) / 2
    stops = [(0.0, (178, 24, 43)), (0.5, (190, 190, 190)), (1.0, (27, 111, 143))]
    for (t0, c0), (t1, c1) in zip(stops, stops[1:]):
        if t <= t1:
            f = (t - t0) / (t1 - t0) if t1 > t0 else 0
            r, g, b = (round(a + (z - a) * f) for a, z in zip(c0, c1))
            return f"rgb({r},{g},{b})"
    return "rgb(27,111,143)"


def matrix_figure(matrix: Mapping[str, Any], *, link_prefix: str = "") -> dict[str, Any]:
    """Heatmap of actors x propositions (columns grouped by issue); a click opens the cell's evidence."""
    rows, cols, cells = matrix["rows"], matrix["cols"], matrix["cells"]
    z = [[None if c is None else c["x"] for c in line] for line in cells]
    links = [[None if c is None else f"{link_prefix}#{c['anchor']}" for c in line] for line in cells]
    text = [[None if c is None else f"{len(c['evidence'])} stance{'s' if len(c['evidence']) != 1 else ''}"
             for c in line] for line in cells]
    x = [[_short(c["issue_label"], 24) for c in cols], [_short(c["proposition"]) for c in cols]]
    y = [r["label"] for r in rows]
    height = max(260, 90 + 34 * len(rows) + 8 * max((len(_short(c["proposition"])) for c in cols), default=0))
    return {
        "data": [{
            "type": "heatmap", "z": z, "x": x, "y": y, "customdata": links, "text": text,
            "zmin": -1, "zmax": 1, "colorscale": SCALE, "xgap": 3, "ygap": 3, "hoverongaps": False,
            "colorbar": {"title": {"text": "position"}, "tickvals": [-1, 0, 1],
                         "ticktext": ["against", "0", "for"], "thickness": 12, "len": 0.8},
            "hovertemplate": "<b>%{y}</b><br>%{x}<br>position %{z:+.2f} (%{text})<br>click for the evidence"
                             "<extra></extra>",
        }],
        "layout": _layout(height=height, xaxis={"type": "multicategory", "tickangle": -30, "automargin": True},
                          yaxis={"automargin": True, "autorange": "reversed"}),
    }


def _circle(n: int) -> list[tuple[float, float]]:
    if n == 1:
        return [(0.0, 0.0)]
    return [(math.cos(2 * math.pi * i / n + math.pi / 2), math.sin(2 * math.pi * i / n + math.pi / 2))
            for i in range(n)]


def network_figure(nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]], *,
                   measure: str = "s_score") -> dict[str, Any]:
    """Actors on a circle (ordered by weight), one line per dyad coloured by S or alignment balance.

    nodes: ``{id, label, weight, href}``; edges: ``{a, b, s_score, alignment_balance, n_joint,
    n_alignments, label, href}``; a click on a node or an edge midpoint follows its ``href``.
    """
    order = sorted(nodes, key=lambda n: (-float(n.get("weight") or 0), str(n["label"])))
    pos = {n["id"]: p for n, p in zip(order, _circle(len(order)))}
    data: list[dict[str, Any]] = []
    mids_x, mids_y, mids_text, mids_link, mids_colour = [], [], [], [], []
    most = max((float(e.get("n_joint") or 0) + float(e.get("n_alignments") or 0) for e in edges), default=1.0) or 1.0
    for e in edges:
        if e["a"] not in pos or e["b"] not in pos:
            continue
        value = e.get(measure)
        (x0, y0), (x1, y1) = pos[e["a"]], pos[e["b"]]
        width = 1.0 + 5.0 * (float(e.get("n_joint") or 0) + float(e.get("n_alignments") or 0)) / most
        data.append({"type": "scatter", "mode": "lines", "x": [x0, x1], "y": [y0, y1], "hoverinfo": "skip",
                     "line": {"color": s_colour(value), "width": round(width, 2)}, "showlegend": False,
                     "opacity": 0.85})
        mids_x.append((x0 + x1) / 2)
        mids_y.append((y0 + y1) / 2)
        mids_text.append(str(e.get("label") or ""))
        mids_link.append(e.get("href") or "")
        mids_colour.append(s_colour(value))
    if mids_x:
        data.append({"type": "scatter", "mode": "markers", "x": mids_x, "y": mids_y, "text": mids_text,
                     "customdata": mids_link, "name": "dyads", "showlegend": False,
                     "marker": {"size": 11, "color": mids_colour, "symbol": "diamond",
                                "line": {"color": "#ffffff", "width": 1}},
                     "hovertemplate": "%{text}<br>click for the dyad<extra></extra>"})
    if order:
        weights = [float(n.get("weight") or 1) for n in order]
        top = max(weights) or 1.0
        data.append({
            "type": "scatter", "mode": "markers+text", "name": "actors", "showlegend": False,
            "x": [pos[n["id"]][0] for n in order], "y": [pos[n["id"]][1] for n in order],
            "text": [_short(n["label"], 22) for n in order], "textposition": "top center",
            "customdata": [n.get("href") or "" for n in order],
            "hovertext": [f"{n['label']}: {n.get('weight') or 0} stances" for n in order],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "marker": {"size": [14 + 22 * math.sqrt(w / top) for w in weights], "color": "#3e4c59",
                       "line": {"color": "#ffffff", "width": 2}},
            "textfont": {"size": 13, "color": "#1f2933"},
        })
    axis = {"visible": False, "range": [-1.35, 1.35], "fixedrange": True}
    return {"data": data, "layout": _layout(height=640, xaxis=axis, yaxis={**axis, "scaleanchor": "x"},
                                            margin={"l": 10, "r": 10, "t": 20, "b": 10})}


def dyad_figure(series: Sequence[Mapping[str, Any]], *, anchor_prefix: str = "") -> dict[str, Any]:
    """S, alignment balance (left axis, -1..1) and the Goldstein index (bars, right axis) per window;
    a click on a point opens that window's sentences."""
    xs = [p["window"] for p in series]
    links = [f"#{anchor_prefix}w-{p['window']}" for p in series]
    top = max((abs(p["goldstein"]) for p in series if p.get("goldstein") is not None), default=1.0) or 1.0
    g_range = [-top * 1.1, top * 1.1]  # symmetric, so that its zero meets the left axis' zero
    def line(key: str, name: str, colour: str, dash: str = "solid") -> dict[str, Any]:
        return {"type": "scatter", "mode": "lines+markers", "name": name, "x": xs, "y": [p.get(key) for p in series],
                "customdata": links, "connectgaps": True,
                "line": {"color": colour, "width": 2.5, "dash": dash}, "marker": {"size": 9},
                "hovertemplate": f"{name} %{{y:+.2f}} (%{{x}})<br>click for the sentences<extra></extra>"}
    return {
        "data": [
            {"type": "bar", "name": "Goldstein index (sum per story)", "x": xs,
             "y": [p.get("goldstein") for p in series], "yaxis": "y2", "customdata": links,
             "marker": {"color": "rgba(217,130,43,0.35)", "line": {"color": "#d9822b", "width": 1}},
             "hovertemplate": "Goldstein index %{y:+.3f} (%{x})<extra></extra>"},
            line("s_score", "convergence S", "#1b6f8f"),
            line("alignment_balance", "alignment balance", "#7b5ea7", "dot"),
        ],
        "layout": _layout(
            height=380, margin={"l": 50, "r": 60, "t": 30, "b": 40},
            legend={"orientation": "h", "y": 1.12, "x": 0},
            xaxis={"type": "category", "title": {"text": "window"}},
            yaxis={"range": [-1.1, 1.1], "tickvals": [-1, -0.5, 0, 0.5, 1], "zeroline": True, "zerolinecolor": "#cbd2d9", "gridcolor": "#eef0f2",
                   "title": {"text": "S / balance"}},
            yaxis2={"overlaying": "y", "side": "right", "range": g_range, "showgrid": False, "zeroline": False,
                    "title": {"text": "Goldstein"}},
        ),
    }
