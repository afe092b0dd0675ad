"""Convergence report over analysed articles (JSONL output): per dyad x issue, the S-score
series by time window, the trend between windows, and the evidence ids behind every number.

:func:`convergence_report` is the library function behind
``stancemap convergence FILE.jsonl --window month``; :func:`render_report` prints it for a
terminal. The report is a plain JSON-able dict::

    {"source", "window", "articles", "undated", "filters": {"actors", "issue"},
     "windows": ["2012-01", ...],
     "dyads": [{"a", "b", "a_name", "b_name", "issue", "issue_label",
                "overall": {s_score, n_joint, low_n, alignment_balance, n_alignments, verdict,
                            stances, alignments, summary},
                "series": [{"window", ...same fields...}],
                "trend": [{"window_from", "window_to", "s_from", "s_to", "delta",
                           "direction", "evidence"}]}]}

Evidence ids are ``<article id>#<stance or alignment id>``.

With ``positions=True`` (the default, without an issue filter) the report also has one row
per pair of actors with scaled positions (:mod:`.positions`), issue ``"*"`` ("all issues,
scaled positions"): its ``overall.score`` in [-1, 1], ``score_se`` (bootstrap SD) and
``overall.weight`` (the evidence behind the less documented actor), ``distance``,
``n_a``/``n_b``; and a ``positions`` section with every scaled actor's coordinates (with
their bootstrap SD), issue profile and stance ids. The **dyad
score** of a pair over the whole report is the weighted mean of its rows' scores: the
scaled row's ``score`` by its ``weight`` and each issue's S by its ``n_joint``
(:func:`dyad_scores`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..actors.rollup import owner_of, state_name
from ..errors import ConfigError
from ..issues.catalogue import IssueCatalogue, default_catalogue
from ..records import Actor, Article, Convergence
from .convergence import GRANULARITIES, corpus_convergence, issue_phrase, trend, window_of
from .from_json import articles_from_jsonl
from .positions import (
    DIMS,
    DRAWS,
    MIN_STANCES,
    agenda_profiles,
    agenda_scores,
    issue_profiles,
    position_scores,
    scale_agenda,
    scale_profiles,
    with_agenda_uncertainty,
    with_uncertainty,
)

__all__ = ["convergence_report", "report_from_articles", "render_report", "dyad_scores", "ALL_ISSUES"]

#: issue id of the scaled-position rows
ALL_ISSUES = "*"
#: the most documented actors that get scaled positions (pairs grow with its square)
MAX_ACTORS = 400

_FIELDS = ("s_score", "n_joint", "low_n", "alignment_balance", "n_alignments", "verdict")


def _cell(c: Convergence) -> dict[str, Any]:
    d: dict[str, Any] = {k: getattr(c, k) for k in _FIELDS}
    d.update(propositions=list(c.propositions), stances=list(c.stances), alignments=list(c.alignments),
             summary=c.summary)
    return d


def _actor_index(articles: Sequence[Article]) -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    for art in articles:
        for a in art.actors:
            out.setdefault(a.id, a)
    return out


def _actor_matcher(actors: Sequence[str] | None, index: dict[str, Actor]) -> set[str] | None:
    """Actor ids (and their state codes) a filter names: ids, names or country codes."""
    if not actors:
        return None
    wanted = {x.strip().lower() for x in actors if x.strip()}
    ids: set[str] = set()
    for aid, a in index.items():
        keys = {aid.lower(), a.name.lower(), *((a.country or "").lower(),)} - {""}
        if keys & wanted:
            ids.add(aid)
            if a.country:
                ids.add(a.country)  # convergence counts persons and institutions for their state
    return ids | {x.upper() for x in wanted}


def _issue_ok(c: Convergence, issue: str | None, cat: IssueCatalogue) -> bool:
    if not issue:
        return True
    want = issue.strip().lower()
    return c.issue.lower() == want or cat.root(want) == c.issue or want in c.issue_label.lower()


def _verdict(score: float) -> str:
    return "converging" if score >= 0.5 else "diverging" if score <= -0.2 else "mixed"


def _position_rows(arts: Sequence[Article], index: dict[str, Actor], keep: set[str] | None, several: bool,
                   cat: IssueCatalogue, dims: int, min_stances: int,
                   max_actors: int = MAX_ACTORS) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The scaled-position rows (issue "*") and the ``positions`` section of the report."""
    from dataclasses import replace

    def stances() -> Iterable[Any]:
        for art in arts:
            by_id = {a.id: a for a in art.actors}
            for st in art.stances:
                yield replace(st, id=f"{art.id}#{st.id}", actor=owner_of(st.actor, by_id))

    def owner(aid: str | None, art: Article) -> str | None:
        return owner_of(aid, {a.id: a for a in art.actors})

    agenda = agenda_profiles(arts, owner, min_mentions=min_stances)
    profiles = issue_profiles(stances(), catalogue=cat, min_stances=min_stances)
    method = "agenda" if agenda else "issues"
    if agenda:  # authored texts (speeches): actors placed by the debate propositions they raise
        if len(agenda) > max_actors:
            top = sorted(agenda, key=lambda a: (-agenda[a].n, a))[:max_actors]
            agenda = {a: agenda[a] for a in top}
        scaled = scale_agenda(agenda, dims=dims)
        scores = agenda_scores(agenda, scaled, draws=DRAWS)
        scaled = with_agenda_uncertainty(agenda, scaled, draws=DRAWS)
    else:
        if len(profiles) > max_actors:  # a news corpus has thousands of actors: the best documented ones
            top = sorted(profiles, key=lambda a: (-profiles[a].n_stances, a))[:max_actors]
            profiles = {a: profiles[a] for a in top}
        scaled = with_uncertainty(profiles, scale_profiles(profiles, dims=dims), draws=DRAWS)
        scores = position_scores(profiles, scaled, draws=DRAWS)
    unit = "sentences raising debate propositions" if method == "agenda" else "stances"
    rows: list[dict[str, Any]] = []
    for ps in scores:
        if keep is not None and not ({ps.a, ps.b} <= keep if several else {ps.a, ps.b} & keep):
            continue
        an, bn = _name(ps.a, index), _name(ps.b, index)
        v = _verdict(ps.score)
        rows.append({"a": ps.a, "b": ps.b, "a_name": an, "b_name": bn, "issue": ALL_ISSUES,
                     "issue_label": "all issues (scaled positions)",
                     "overall": {"score": ps.score, "score_se": ps.se, "weight": ps.weight, "distance": ps.distance,
                                 "n_a": ps.n_a,
                                 "n_b": ps.n_b, "s_score": None, "n_joint": 0, "low_n": ps.weight < 5,
                                 "alignment_balance": None, "n_alignments": 0, "verdict": v,
                                 "propositions": [], "stances": [], "alignments": [],
                                 "summary": f"{an} and {bn}: {v} over all issues (scaled positions: score "
                                            f"{ps.score:+.2f} ± {ps.se or 0:.2f}, distance {ps.distance:.2f}; "
                                            f"{ps.n_a} and {ps.n_b} "
                                            f"{unit}; evidence: positions.actors)"},
                     "series": [], "trend": []})

    def actor_entry(a: str) -> dict[str, Any]:
        e: dict[str, Any] = {"name": _name(a, index), "coords": list(scaled.coords[a]),
                             "coord_se": list(scaled.coord_se.get(a, ()))}
        if method == "agenda":
            e.update(n_sentences=agenda[a].n, agenda=agenda[a].counts, evidence=list(agenda[a].evidence))
        p = profiles.get(a)
        if p is not None:
            e.update(n_stances=p.n_stances, salience=p.salience, position=p.position, stances=list(p.stances))
        return e

    section = {"method": method, "dims": scaled.dims, "explained": list(scaled.explained),
               "min_stances": min_stances,
               "max_actors": max_actors,
               "features": list(scaled.features),
               "bootstrap_draws": DRAWS,
               "actors": {a: actor_entry(a) for a in scaled.actors}}
    return rows, section


def dyad_scores(report: dict[str, Any]) -> dict[tuple[str, str], tuple[float, float]]:
    """(a, b) sorted -> (dyad score, weight): the weighted mean over a pair's rows of the
    scaled score (weight ``overall.weight``) and each issue's S (weight ``n_joint``)."""
    acc: dict[tuple[str, str], list[float]] = {}
    for d in report.get("dyads", []):
        o = d.get("overall") or {}
        if o.get("score") is not None:
            s, w = float(o["score"]), float(o.get("weight") or 1.0)
        elif o.get("s_score") is not None and o.get("n_joint"):
            s, w = float(o["s_score"]), float(o["n_joint"])
        else:
            continue
        key = (d["a"], d["b"]) if d["a"] < d["b"] else (d["b"], d["a"])
        cell = acc.setdefault(key, [0.0, 0.0])
        cell[0] += s * w
        cell[1] += w
    return {k: (round(sw / w, 4), w) for k, (sw, w) in acc.items() if w > 0}


def report_from_articles(articles: Iterable[Article], *, window: str = "month", actors: Sequence[str] | None = None,
                         issue: str | None = None, catalogue: IssueCatalogue | None = None,
                         source: str = "", positions: bool = True, dims: int = DIMS,
                         min_stances: int = MIN_STANCES) -> dict[str, Any]:
    """The convergence report of analysed articles (see the module docstring)."""
    if window not in GRANULARITIES:
        raise ConfigError(f"unknown window {window!r}: use one of {', '.join(GRANULARITIES)}", source="--window")
    cat = catalogue or default_catalogue()
    arts = list(articles)
    index = _actor_index(arts)
    keep = _actor_matcher(actors, index)
    series = corpus_convergence(arts, granularity=window, catalogue=cat)
    overall = {(c.a, c.b, c.issue): c for c in corpus_convergence(arts, granularity="all", catalogue=cat)}

    def wanted(c: Convergence) -> bool:
        if keep is not None and not ({c.a, c.b} <= keep if len(actors or ()) > 1 else {c.a, c.b} & keep):
            return False
        return _issue_ok(c, issue, cat)

    trends = trend([c for c in series if wanted(c)])
    dyads: dict[tuple[str, str, str], dict[str, Any]] = {}
    for c in series:
        if not wanted(c):
            continue
        key = tuple(sorted((c.a, c.b))) + (c.issue,)
        d = dyads.get(key)  # type: ignore[arg-type]
        if d is None:
            all_c = overall.get((c.a, c.b, c.issue)) or overall.get((c.b, c.a, c.issue))
            d = {"a": c.a, "b": c.b, "a_name": _name(c.a, index), "b_name": _name(c.b, index), "issue": c.issue,
                 "issue_label": c.issue_label, "overall": _cell(all_c) if all_c is not None else None,
                 "series": [], "trend": []}
            dyads[key] = d  # type: ignore[index]
        d["series"].append({"window": c.window, **_cell(c)})
    for t in trends:
        key = tuple(sorted((t.a, t.b))) + (t.issue,)
        if key in dyads:
            dyads[key]["trend"].append({  # type: ignore[index]
                "window_from": t.window_from, "window_to": t.window_to, "s_from": t.s_from, "s_to": t.s_to,
                "delta": t.delta, "direction": t.direction, "evidence": list(t.evidence)})
    ordered = sorted(dyads.values(), key=lambda d: (-(d["overall"] or {}).get("n_joint", 0), d["issue"], d["a"], d["b"]))
    section: dict[str, Any] | None = None
    if positions and not issue:
        rows, section = _position_rows(arts, index, keep, len(actors or ()) > 1, cat, dims, min_stances)
        ordered.extend(rows)
    return {
        "source": source,
        "window": window,
        "articles": len(arts),
        "undated": sum(1 for a in arts if not a.date),
        "filters": {"actors": list(actors or []), "issue": issue},
        "windows": sorted({window_of(a.date, window) for a in arts}),
        "dyads": ordered,
        **({"positions": section} if section is not None else {}),
    }


def convergence_report(jsonl_path: str | Path, *, window: str = "month", actors: Sequence[str] | None = None,
                       issue: str | None = None, positions: bool = True) -> dict[str, Any]:
    """Convergence report of a JSONL file written by ``stancemap analyze ... -f jsonl``.

    Args:
        jsonl_path: analysed articles, one JSON article per line (the output contract).
        window: "day", "month", "quarter", "year" or "all".
        actors: keep dyads of these actors (ids, names or ISO3 codes); with one actor, every
            dyad it is part of; with several, the dyads among them.
        issue: keep one issue (catalogue id such as "syria", a sub-issue id rolled up to its
            root, or words of the issue label).
        positions: add the scaled-position rows (issue "*") and the ``positions`` section.

    Raises:
        InputError: a line of the file is not an article record (message has file:line).
        ConfigError: an unknown window.
    """
    p = Path(jsonl_path)
    return report_from_articles(articles_from_jsonl(p), window=window, actors=actors, issue=issue, source=str(p),
                                positions=positions)


def _name(aid: str, index: dict[str, Actor]) -> str:
    a = index.get(aid)
    return a.name if a is not None else state_name(aid)


def _fmt(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "—"
    return f"{x:+.2f}" if signed else f"{x:.2f}"


def render_report(report: dict[str, Any], *, max_evidence: int = 6) -> str:
    """Plain-text rendering of :func:`convergence_report` for a terminal."""
    lines = [f"Convergence by {report['window']} — {report['articles']} articles"
             + (f" ({report['undated']} undated)" if report.get("undated") else "")
             + (f" — {report['source']}" if report.get("source") else "")]
    flt = report.get("filters") or {}
    if flt.get("actors") or flt.get("issue"):
        lines.append(f"filters: actors={', '.join(flt.get('actors') or []) or 'all'} issue={flt.get('issue') or 'all'}")
    if not report["dyads"]:
        lines.append("no dyad with joint positions or explicit alignments")
        return "\n".join(lines)
    scaled = [d for d in report["dyads"] if d["issue"] == ALL_ISSUES]
    for d in report["dyads"]:
        if d["issue"] == ALL_ISSUES:
            continue
        o = d.get("overall") or {}
        lines.append("")
        lines.append(f"{d['a_name']} – {d['b_name']} on {issue_phrase(d['issue_label'])}: {o.get('verdict', '?')} "
                     f"(S = {_fmt(o.get('s_score'))}, n_joint = {o.get('n_joint', 0)}"
                     + (" (few)" if o.get("low_n") else "")
                     + f", alignment balance {_fmt(o.get('alignment_balance'), True)} over {o.get('n_alignments', 0)})")
        lines.append(f"  {'window':10} {'S':>6} {'n':>3} {'bal':>6} {'al':>3}  verdict                evidence")
        for row in d["series"]:
            ev = [*row["stances"], *row["alignments"]]
            more = f" +{len(ev) - max_evidence}" if len(ev) > max_evidence else ""
            lines.append(f"  {row['window']:10} {_fmt(row['s_score']):>6} {row['n_joint']:>3} "
                         f"{_fmt(row['alignment_balance'], True):>6} {row['n_alignments']:>3}  {row['verdict']:22} "
                         f"{', '.join(ev[:max_evidence])}{more}")
        for t in d["trend"]:
            delta = "—" if t["delta"] is None else f"{t['delta']:+.2f}"
            ev = t["evidence"][:max_evidence]
            lines.append(f"  trend {t['window_from']} → {t['window_to']}: {t['direction']} (ΔS {delta})"
                         + (f" — moved by {', '.join(ev)}" if ev else ""))
    if scaled:
        pos = report.get("positions") or {}
        expl = ", ".join(f"{100 * x:.0f} %" for x in pos.get("explained", []))
        lines.append("")
        agenda = pos.get("method") == "agenda"
        lines.append(f"Scaled positions over all issues: {len(pos.get('actors', {}))} actors, "
                     f"{pos.get('dims', 0)} dimensions ({expl} of the variance), {len(scaled)} pairs"
                     + (" (by the debate propositions each raises)" if agenda else ""))
        ranked = sorted(scaled, key=lambda d: (-d["overall"]["score"], d["a"], d["b"]))
        shown = ranked if len(ranked) <= 2 * max_evidence else ranked[:max_evidence] + ranked[-max_evidence:]
        for d in shown:
            o = d["overall"]
            lines.append(f"  {d['a_name']} – {d['b_name']}: score {o['score']:+.2f} ± {o.get('score_se') or 0:.2f} "
                         f"(distance {o['distance']:.2f}, "
                         f"{o['n_a']} / {o['n_b']} {'sentences' if agenda else 'stances'})")
        if len(shown) < len(ranked):
            lines.append(f"  ({len(ranked) - len(shown)} more pairs in the JSON output)")
    return "\n".join(lines)
