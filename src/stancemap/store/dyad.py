"""Dyad time series and corpus convergence computed from the store.

:func:`dyad_series` answers "how have A and B moved (on issue X) since 2011?": per time window,
the Signorino-Ritter S over the propositions both took a position on (the measures of
:mod:`stancemap.analytics.convergence`, propositions re-matched across the window's articles),
n_joint, the explicit-alignment balance, the events between them in each direction with a
Goldstein cooperation/conflict index normalised by coverage volume (the sum of the dyad's
Goldstein scores divided by the number of stories in the window), the trend of S, and the
evidence ids behind every number.

Counts are taken over **independent stories** by default: one article per near-duplicate group
(the story's first stored copy), so a wire story syndicated to ten sites counts once. Pass
``independent=False`` to count every copy. Every result says which it used.

:func:`articles_from_store` rebuilds the records analytics needs, so
``stancemap convergence corpus.duckdb`` gives the same report as over JSONL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..analytics.convergence import convergence, trend, window_of
from ..dates import DATED_PATTERN
from ..errors import StoreError
from ..issues.catalogue import default_catalogue
from ..issues.propositions import PropositionMatcher
from ..records import Actor, Alignment, Article, Stance, TextSpan
from .db import Store
from .queries import resolve_actor

__all__ = ["dyad_series", "articles_from_store", "counted_over", "resolve_owner", "BY"]

BY = ("month", "quarter", "year")


def _base(independent: bool) -> str:
    return "independent_articles" if independent else "articles"


def counted_over(st: Store, independent: bool, date_from: str | None = None, date_to: str | None = None) -> str:
    """A sentence saying what the counts are over."""
    cond, params = _date_cond(date_from, date_to, "date")
    n_all = st.con.execute(f"SELECT count(*) FROM articles WHERE TRUE{cond}", params).fetchone()[0]
    if not independent:
        return f"every article, copies included ({n_all} articles)"
    n_ind = st.con.execute(f"SELECT count(*) FROM independent_articles WHERE TRUE{cond}", params).fetchone()[0]
    return f"independent stories: one article per near-duplicate group ({n_ind} stories from {n_all} articles)"


def _date_cond(date_from: str | None, date_to: str | None, col: str) -> tuple[str, list[Any]]:
    cond, params = "", []
    if date_from:
        cond += f" AND {col} >= ?"
        params.append(date_from)
    if date_to:
        cond += f" AND {col} <= ?"
        params.append(date_to + "\uffff" if len(date_to) < 10 else date_to)
    return cond, params


def _window_sql(by: str) -> str:
    """The window label of ``a.date`` in SQL, as :func:`stancemap.analytics.convergence.window_of` gives it."""
    # (a date that does not begin with an ISO year or year-month is undated, as window_of has it)
    d = f"CASE WHEN regexp_matches(a.date, '{DATED_PATTERN}') THEN a.date END"
    if by == "year":
        return f"coalesce(substr({d}, 1, 4), 'undated')"
    if by == "quarter":
        return (f"CASE WHEN {d} IS NULL THEN 'undated' WHEN length(a.date) >= 7 AND TRY_CAST(substr(a.date, 6, 2) AS "
                "INTEGER) IS NOT NULL THEN substr(a.date, 1, 4) || '-Q' || CAST((CAST(substr(a.date, 6, 2) AS INTEGER)"
                " - 1) // 3 + 1 AS VARCHAR) ELSE substr(a.date, 1, 7) END")
    return f"coalesce(substr({d}, 1, 7), 'undated')"


def resolve_owner(st: Store, name: str) -> str:
    """The id positions and events are counted under for a user's actor name: a state's ISO3 code
    for its officials and institutions, else the actor id."""
    ids = resolve_actor(st, name)
    if not ids:
        raise StoreError(f"no actor {name!r} in the store (see 'stancemap actors')", source=st.path)
    row = st.con.execute("SELECT owner, count(*) FROM article_actors WHERE actor_id = ? AND owner IS NOT NULL "
                         "GROUP BY owner ORDER BY 2 DESC LIMIT 1", [ids[0]]).fetchone()
    return str(row[0]) if row else ids[0]


def _span(text: Any, start: Any, end: Any) -> TextSpan | None:
    return None if start is None else TextSpan(text or "", int(start), int(end or start))


def dyad_series(st: Store, a: str, b: str, *, issue: str | None = None, by: str = "month",
                date_from: str | None = None, date_to: str | None = None, independent: bool = True) -> dict[str, Any]:
    """The dyad's series per window (see the module docstring).

    Returns ``{"a", "b", "issue", "by", "counted_over", "rows": [...]}``; each row has
    ``window, articles, s_score, n_joint, low_n, alignment_balance, n_alignments, verdict, delta_s,
    events_ab, events_ba, cooperative, conflictual, goldstein_sum, goldstein_index, stances,
    alignments, events``. Without ``issue``, propositions of every issue are pooled (each keeps
    its issue, so propositions of different issues never match).
    """
    if by not in BY:
        raise StoreError(f"unknown window {by!r}: use one of {', '.join(BY)}")
    A, B = resolve_owner(st, a), resolve_owner(st, b)
    if A == B:
        raise StoreError(f"{a!r} and {b!r} are the same actor ({A})")
    cat = default_catalogue()
    base = _base(independent)
    cond, dparams = _date_cond(date_from, date_to, "a.date")
    iss_root = cat.root(issue) if issue and issue in cat else issue
    iss_cond, iss_params = "", []
    if issue:
        iss_cond = " AND (lower(s.issue_root) = lower(?) OR lower(s.issue) = lower(?) OR s.issue_label ILIKE ?)"
        iss_params = [iss_root, issue, f"%{issue}%"]
    # coverage volume per window
    volume: dict[str, int] = defaultdict(int)
    for date, n in st.con.execute(f"SELECT substr(date, 1, 10), count(*) FROM {base} a WHERE TRUE{cond} GROUP BY 1",
                                  dparams).fetchall():
        volume[window_of(date, by)] += int(n)
    # stances of both, by window
    stances: dict[str, list[Stance]] = defaultdict(list)
    # only windows x issues where both took positions can hold a joint proposition
    for (aid, sid, owner, iss, _root, label, prop, pol, strength, ev_text, ev_s, ev_e, date) in st.con.execute(
            f"""WITH s AS (
                    SELECT s.article_id, s.id, s.owner, s.issue, s.issue_root, s.issue_label, s.proposition,
                           s.polarity, s.strength, s.evidence_text, s.evidence_start, s.evidence_end, a.date, a.seq,
                           {_window_sql(by)} AS win
                    FROM stances s JOIN {base} a ON a.id = s.article_id
                    WHERE s.owner IN (?, ?){cond}{iss_cond}),
                keep AS (SELECT win, issue_root FROM s GROUP BY 1, 2 HAVING count(DISTINCT owner) = 2)
                SELECT s.article_id, s.id, s.owner, s.issue, s.issue_root, s.issue_label, s.proposition, s.polarity,
                       s.strength, s.evidence_text, s.evidence_start, s.evidence_end, s.date
                FROM s JOIN keep ON keep.win = s.win AND keep.issue_root IS NOT DISTINCT FROM s.issue_root
                ORDER BY s.seq, s.evidence_start""",
            [A, B, *dparams, *iss_params]).fetchall():
        stances[window_of(date, by)].append(Stance(
            id=f"{aid}#{sid}", actor=owner, issue=iss or "unspecified", issue_label=label or "", proposition=prop or "",
            polarity=int(pol or 0), strength=float(strength or 0.0), cue=None,
            evidence=_span(ev_text, ev_s, ev_e) or TextSpan("", 0, 0)))
    al_cond = (" AND (lower(al.issue_root) = lower(?) OR lower(al.issue) = lower(?) OR al.issue ILIKE ?)"
               if issue else "")
    aligns: dict[str, list[Alignment]] = defaultdict(list)
    for aid, alid, ao, bo, iss, pol, claimed, date in st.con.execute(
            f"""SELECT al.article_id, al.id, al.a_owner, al.b_owner, al.issue, al.polarity, al.claimed_by, a.date
                FROM alignments al JOIN {base} a ON a.id = al.article_id
                WHERE ((al.a_owner = ? AND al.b_owner = ?) OR (al.a_owner = ? AND al.b_owner = ?)){cond}{al_cond}
                ORDER BY a.seq""", [A, B, B, A, *dparams, *iss_params]).fetchall():
        aligns[window_of(date, by)].append(Alignment(id=f"{aid}#{alid}", a=ao, b=bo, issue=iss, polarity=int(pol or 0),
                                                     claimed_by=claimed, cue=None, evidence=TextSpan("", 0, 0)))
    events: dict[str, list[tuple[str, str, float | None]]] = defaultdict(list)
    for aid, eid, so, gold, date in st.con.execute(
            f"""SELECT e.article_id, e.id, e.source_owner, e.goldstein, a.date
                FROM events e JOIN {base} a ON a.id = e.article_id
                WHERE ((e.source_owner = ? AND e.target_owner = ?) OR (e.source_owner = ? AND e.target_owner = ?))
                  AND NOT coalesce(e.negated, FALSE) AND NOT coalesce(e.hypothetical, FALSE){cond}
                ORDER BY a.seq, e.evidence_start""", [A, B, B, A, *dparams]).fetchall():
        events[window_of(date, by)].append((f"{aid}#{eid}", so, gold))
    # convergence per window, with the measures of analytics.convergence
    conv = {}
    for w in sorted(set(stances) | set(aligns)):
        matcher = PropositionMatcher()
        assigned: dict[tuple[str, str, str, int], str] = {}  # copies repeat propositions: match each text once
        sts = []
        for s_ in stances.get(w, []):
            root = cat.root(s_.issue)
            key = (root, s_.issue, s_.proposition, s_.polarity)
            pid = assigned.get(key)
            if pid is None:
                pid = assigned[key] = matcher.assign(root, s_.proposition, s_.polarity,
                                                     ignore=cat.scope_words(s_.issue))[0]
            sts.append(replace(s_, issue=root if issue else "*", proposition_id=f"{root}|{pid}"))
        als = [replace(x, issue=(cat.root(x.issue) if x.issue else None) if issue else "*") for x in aligns.get(w, [])]
        rows = [c for c in convergence(sts, als, (), catalogue=cat, window=w) if {c.a, c.b} == {A, B}]
        if rows:
            conv[w] = rows[0]
    deltas = {t.window_to: t.delta for t in trend(list(conv.values()))}
    out_rows = []
    windows = sorted(set(volume) | set(conv) | set(events), key=lambda w: (w == "undated", w))
    for w in windows:
        c = conv.get(w)
        evs = events.get(w, [])
        gold = [g for _, _, g in evs if g is not None]
        n = volume.get(w, 0)
        out_rows.append({
            "window": w, "articles": n,
            "s_score": c.s_score if c else None, "n_joint": c.n_joint if c else 0, "low_n": c.low_n if c else True,
            "alignment_balance": c.alignment_balance if c else None, "n_alignments": c.n_alignments if c else 0,
            "verdict": c.verdict if c else "insufficient evidence", "delta_s": deltas.get(w),
            "events_ab": sum(1 for _, so, _ in evs if so == A), "events_ba": sum(1 for _, so, _ in evs if so == B),
            "cooperative": sum(1 for g in gold if g > 0), "conflictual": sum(1 for g in gold if g < 0),
            "goldstein_sum": round(sum(gold), 3), "goldstein_index": round(sum(gold) / n, 4) if n else None,
            "stances": list(c.stances) if c else [], "alignments": list(c.alignments) if c else [],
            "events": [eid for eid, _, _ in evs],
        })
    return {"a": A, "b": B, "issue": iss_root or None, "by": by, "from": date_from, "to": date_to,
            "counted_over": counted_over(st, independent, date_from, date_to), "independent": independent,
            "rows": out_rows}


def _agenda(meta: str | None) -> dict[str, Any]:
    """The agenda of an authored text (``meta.agenda``: the debate propositions its author raised),
    which the scaled positions of speeches use; the rest of the stored meta is not needed here."""
    try:
        agenda = json.loads(meta).get("agenda") if meta else None
    except (ValueError, AttributeError):
        return {}
    return {"agenda": agenda} if isinstance(agenda, list) and agenda else {}


def articles_from_store(st: Store, *, independent: bool = True, date_from: str | None = None,
                        date_to: str | None = None) -> Iterator[Article]:
    """Articles with the records convergence needs (actors, stances, alignments, date, the agenda of
    an authored text), in ingest order."""
    base = _base(independent)
    cond, params = _date_cond(date_from, date_to, "a.date")
    ids = [r[0] for r in st.con.execute(
        f"SELECT a.id FROM {base} a WHERE (EXISTS (SELECT 1 FROM stances s WHERE s.article_id = a.id) OR "
        f"EXISTS (SELECT 1 FROM alignments x WHERE x.article_id = a.id)){cond} ORDER BY a.seq", params).fetchall()]
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        arts = {aid: {"date": date, "actors": [], "stances": [], "alignments": [], "meta": _agenda(meta)}
                for aid, date, meta in st.con.execute(
                    "SELECT id, date, meta FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [chunk]).fetchall()}
        for row in st.con.execute(
                "SELECT article_id, actor_id, name, type, country, role, code, sector, members, is_source "
                "FROM article_actors WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [chunk]).fetchall():
            arts[row[0]]["actors"].append(Actor(id=row[1], name=row[2] or row[1], type=row[3] or "other",
                                                country=row[4], role=row[5], code=row[6], sector=row[7],
                                                members=tuple(row[8] or ()), is_source=bool(row[9])))
        for row in st.con.execute(
                "SELECT article_id, id, actor, issue, issue_label, proposition, proposition_id, polarity, strength, "
                "evidence_text, evidence_start, evidence_end, statement, target FROM stances "
                "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY evidence_start", [chunk]).fetchall():
            arts[row[0]]["stances"].append(Stance(
                id=row[1], actor=row[2], issue=row[3] or "unspecified", issue_label=row[4] or "",
                proposition=row[5] or "", proposition_id=row[6], polarity=int(row[7] or 0),
                strength=float(row[8] or 0.0), cue=None, evidence=_span(row[9], row[10], row[11]) or TextSpan("", 0, 0),
                statement=row[12], target=row[13]))
        for row in st.con.execute(
                "SELECT article_id, id, a, b, issue, polarity, claimed_by, evidence_text, evidence_start, evidence_end, "
                "statement FROM alignments WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY evidence_start",
                [chunk]).fetchall():
            arts[row[0]]["alignments"].append(Alignment(
                id=row[1], a=row[2], b=row[3], issue=row[4], polarity=int(row[5] or 0), claimed_by=row[6], cue=None,
                evidence=_span(row[7], row[8], row[9]) or TextSpan("", 0, 0), statement=row[10]))
        for aid in chunk:
            d = arts[aid]
            yield Article(id=aid, text="", date=d["date"], actors=tuple(d["actors"]), stances=tuple(d["stances"]),
                          alignments=tuple(d["alignments"]), meta=d["meta"])
