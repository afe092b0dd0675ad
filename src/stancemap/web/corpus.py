"""Corpus analytics for the dashboard, computed once per server over a read-only store.

:class:`CorpusIndex` reads the stances, alignments and actors of every stored story (one copy
of each syndicated story) once, then answers from memory: convergence per dyad x issue x window
(:func:`stancemap.analytics.convergence.corpus_convergence`, cached per window size), the actor
network, the corpus stance matrix and a dyad's series with the sentences behind every point.
The evidence of every number is the ``<article>#<record>`` ids it was computed from.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any
from urllib.parse import quote, urlencode

from ..analytics.convergence import corpus_convergence, owner_of, state_name, window_of
from ..issues.catalogue import default_catalogue
from ..issues.propositions import PropositionMatcher, signed_position
from ..records import Actor, Alignment, Article, Convergence, Stance, TextSpan
from ..store.browse import corpus_rows
from ..store.db import Store
from .views import build_matrix

__all__ = ["CorpusIndex", "granularity_of", "WINDOW_RE"]

#: a window label: "all", a year, a quarter or a month
WINDOW_RE = r"^(all|\d{4}|\d{4}-Q[1-4]|\d{4}-(0[1-9]|1[0-2]))$"


def granularity_of(window: str | None) -> str:
    """The window size a label belongs to ("2012" year, "2012-Q1" quarter, "2012-03" month)."""
    if not window or window == "all":
        return "all"
    if re.fullmatch(r"\d{4}", window):
        return "year"
    if re.fullmatch(r"\d{4}-Q[1-4]", window):
        return "quarter"
    return "month"


def _span(text: Any, start: Any, end: Any) -> TextSpan | None:
    return None if start is None else TextSpan(str(text or ""), int(start), int(end))


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


class CorpusIndex:
    """In-memory corpus analytics over one read-only store (thread-safe caches)."""

    def __init__(self, store: Store, *, independent: bool = True) -> None:
        rows = corpus_rows(store, independent=independent)
        self.store = store
        self.independent = independent
        self.dates = {r["id"]: r["date"] for r in rows["articles"]}
        self.titles = {r["id"]: r["title"] for r in rows["articles"]}
        actors: dict[str, dict[str, Actor]] = defaultdict(dict)
        self.names: dict[str, str] = {}
        for r in rows["actors"]:
            actors[r["article_id"]][r["id"]] = Actor(
                id=r["id"], name=r["name"] or r["id"], type=r["type"] or "other", country=r["country"],
                role=r["role"], code=r["code"], members=tuple(r["members"] or ()), is_source=bool(r["is_source"]),
                sector=r["sector"])
            self.names.setdefault(r["id"], r["name"] or r["id"])
        stances: dict[str, list[Stance]] = defaultdict(list)
        self.evidence: dict[str, dict[str, Any]] = {}
        for r in rows["stances"]:
            st = Stance(id=r["id"], actor=r["actor"], issue=r["issue"] or "unspecified",
                        issue_label=r["issue_label"] or "", proposition=r["proposition"] or "",
                        polarity=int(r["polarity"] or 0), strength=float(r["strength"] or 1.0),
                        cue=_span(r["cue_text"], r["cue_start"], r["cue_end"]),
                        evidence=_span(r["evidence_text"], r["evidence_start"], r["evidence_end"]) or TextSpan("", 0, 0),
                        statement=r["statement"], target=r["target"], proposition_id=r["proposition_id"])
            stances[r["article_id"]].append(st)
            self.evidence[f"{r['article_id']}#{r['id']}"] = {
                "kind": "stance", "article_id": r["article_id"], "record": r["id"], "who": r["actor"],
                "sentence": (r["evidence_text"] or "").strip(), "polarity": r["polarity"],
                "detail": r["proposition"], "issue": r["issue_root"] or r["issue"]}
        aligns: dict[str, list[Alignment]] = defaultdict(list)
        for r in rows["alignments"]:
            aligns[r["article_id"]].append(Alignment(
                id=r["id"], a=r["a"], b=r["b"], issue=r["issue"], polarity=int(r["polarity"] or 0),
                claimed_by=r["claimed_by"], cue=_span(r["cue_text"], r["cue_start"], r["cue_end"]),
                evidence=_span(r["evidence_text"], r["evidence_start"], r["evidence_end"]) or TextSpan("", 0, 0),
                statement=r["statement"]))
            self.evidence[f"{r['article_id']}#{r['id']}"] = {
                "kind": "alignment", "article_id": r["article_id"], "record": r["id"], "who": r["claimed_by"],
                "sentence": (r["evidence_text"] or "").strip(), "polarity": r["polarity"],
                "detail": "agrees" if (r["polarity"] or 0) > 0 else "disagrees", "issue": r["issue_root"] or r["issue"]}
        self.articles = [
            Article(id=aid, text="", date=self.dates.get(aid), actors=tuple(actors[aid].values()),
                    stances=tuple(stances.get(aid, ())), alignments=tuple(aligns.get(aid, ())))
            for aid in self.dates if stances.get(aid) or aligns.get(aid)]
        self._actors_by_article = actors
        self._lock = threading.Lock()
        self._conv: dict[str, list[Convergence]] = {}
        self._by_window: dict[str, dict[str, list[Convergence]]] = {}
        self._volume: dict[str, Counter[str]] = {}
        self._by_pair: dict[str, dict[tuple[str, str], list[Convergence]]] = {}
        self._events: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for e in rows["events"]:
            a, b = e["source_owner"] or e["source"], e["target_owner"] or e["target"]
            if a and b and a != b:
                self._events[_pair(a, b)].append(e)
        self.stance_count: Counter[str] = Counter()
        cat = default_catalogue()
        self.issue_labels: dict[str, str] = {}
        for art in self.articles:
            by_id = self._actors_by_article[art.id]
            for st in art.stances:
                who = owner_of(st.actor, by_id)
                if who:
                    self.stance_count[who] += 1
                root = cat.root(st.issue) if st.issue in cat else st.issue
                self.issue_labels.setdefault(root, cat.label(root) if root in cat else (st.issue_label or root))
        self.windows = {g: sorted({window_of(d, g) for d in self.dates.values()} - {"undated"})
                        for g in ("year", "quarter", "month")}

    # -- names and links ----------------------------------------------------------------------------
    def label(self, aid: str | None) -> str:
        if not aid:
            return "—"
        if aid in self.names:
            return self.names[aid]
        return state_name(aid) if len(aid) == 3 and aid.isupper() else aid

    def evidence_items(self, ids: Iterable[str], *, limit: int | None = None) -> list[dict[str, Any]]:
        out = []
        for eid in ids:
            e = self.evidence.get(eid)
            if e is None:
                continue
            out.append({**e, "id": eid, "who_label": self.label(e["who"]), "date": self.dates.get(e["article_id"]),
                        "title": self.titles.get(e["article_id"]) or e["article_id"],
                        "href": f"/articles/{quote(e['article_id'], safe='')}#rec-{e['kind']}-{e['record']}"})
            if limit is not None and len(out) >= limit:
                break
        return out

    # -- convergence --------------------------------------------------------------------------------
    def convergence(self, granularity: str = "all") -> list[Convergence]:
        """Convergence rows per dyad x issue x window (computed once per window size)."""
        with self._lock:
            if granularity not in self._conv:
                rows = corpus_convergence(self.articles, granularity=granularity)
                by_window: dict[str, list[Convergence]] = defaultdict(list)
                by_pair: dict[tuple[str, str], list[Convergence]] = defaultdict(list)
                for c in rows:
                    by_window[c.window or "all"].append(c)
                    by_pair[_pair(c.a, c.b)].append(c)
                for lst in by_window.values():
                    lst.sort(key=lambda c: (-(c.n_joint + c.n_alignments), c.a, c.b, c.issue))
                self._by_window[granularity], self._by_pair[granularity] = dict(by_window), dict(by_pair)
                self._conv[granularity] = rows
            return self._conv[granularity]

    def dyads(self, *, window: str = "all", actor: str | None = None, issue: str | None = None,
              limit: int | None = None, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """(total, one page of) convergence rows of one window ("all" pools the corpus), most evidence first."""
        g = granularity_of(window)
        self.convergence(g)
        rows = self._by_window[g].get(window, [])
        if actor is not None or issue is not None:
            rows = [c for c in rows if (actor is None or actor in (c.a, c.b)) and (issue is None or c.issue == issue)]
        page = rows[offset:] if limit is None else rows[offset: offset + limit]
        return len(rows), [self.dyad_row(c) for c in page]

    def dyad_row(self, c: Convergence) -> dict[str, Any]:
        d = {f.name: getattr(c, f.name) for f in fields(c)}  # shallow: asdict would deep-copy every id
        d.update(stances=list(c.stances), alignments=list(c.alignments), propositions=list(c.propositions),
                 a_label=self.label(c.a), b_label=self.label(c.b),
                 href="/dyad?" + urlencode({"a": c.a, "b": c.b, "issue": c.issue}))
        return d

    @staticmethod
    def _pool(rows: Sequence[Convergence]) -> dict[str, Any]:
        """Several issues of one dyad as one number: S weighted by n_joint, the balance over all alignments."""
        with_s = [(float(r.s_score), r.n_joint) for r in rows if r.s_score is not None and r.n_joint]
        n_joint = sum(n for _, n in with_s)
        s = round(sum(x * n for x, n in with_s) / n_joint, 4) if n_joint else None
        n_al = sum(r.n_alignments for r in rows)
        net = sum((r.alignment_balance or 0.0) * r.n_alignments for r in rows)
        return {"s_score": s, "n_joint": n_joint, "alignment_balance": round(net / n_al, 4) if n_al else None,
                "n_alignments": n_al, "stances": [x for r in rows for x in r.stances],
                "alignments": [x for r in rows for x in r.alignments]}

    # -- network ------------------------------------------------------------------------------------
    def network(self, *, window: str = "all", issue: str | None = None, measure: str = "s_score",
                max_nodes: int = 40) -> dict[str, Any]:
        g = granularity_of(window)
        by_pair: dict[tuple[str, str], list[Convergence]] = defaultdict(list)
        for c in self.convergence(g):
            if (g == "all" or c.window == window) and (issue is None or c.issue == issue):
                by_pair[_pair(c.a, c.b)].append(c)
        edges = []
        for (a, b), rows in by_pair.items():
            pooled = self._pool(rows)
            if pooled[measure] is None:
                continue
            issues = sorted({r.issue for r in rows})
            edges.append({"a": a, "b": b, **pooled, "issues": issues,
                          "issue_labels": [self.issue_labels.get(i, i) for i in issues],
                          "href": "/dyad?" + urlencode({"a": a, "b": b, **({"issue": issue} if issue else {})}),
                          "label": f"{self.label(a)} – {self.label(b)}: S {_f(pooled['s_score'])} over "
                                   f"{pooled['n_joint']} shared, balance {_f(pooled['alignment_balance'], True)} "
                                   f"over {pooled['n_alignments']}"})
        degree: Counter[str] = Counter()
        for e in edges:
            degree[e["a"]] += e["n_joint"] + e["n_alignments"]
            degree[e["b"]] += e["n_joint"] + e["n_alignments"]
        keep = {a for a, _ in degree.most_common(max_nodes)}
        edges = [e for e in edges if e["a"] in keep and e["b"] in keep]
        nodes = [{"id": a, "label": self.label(a), "weight": self.stance_count.get(a, 0), "href": "/dyad?" + urlencode({"a": a})}
                 for a in sorted(keep)]
        return {"window": window, "issue": issue, "measure": measure, "nodes": nodes,
                "edges": [{k: v for k, v in e.items() if k not in ("stances", "alignments")} |
                          {"evidence": len(e["stances"]) + len(e["alignments"])} for e in edges]}

    # -- dyad series --------------------------------------------------------------------------------
    def dyad_series(self, a: str, b: str, *, issue: str | None = None, granularity: str = "month",
                    max_evidence: int = 12) -> dict[str, Any]:
        """S, alignment balance and the Goldstein index per window for one dyad, with the sentences.

        The Goldstein index of a window is the sum of the Goldstein scores of the dyad's events
        (either direction, negated ones left out) divided by the number of stories in the window
        (coverage volume), as in :mod:`stancemap.store.dyad`; ``goldstein_mean`` is the mean per event."""
        by_window: dict[str, list[Convergence]] = defaultdict(list)
        self.convergence(granularity)
        for c in self._by_pair[granularity].get(_pair(a, b), []):
            if issue is None or c.issue == issue:
                by_window[c.window or "undated"].append(c)
        events: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in self._events.get(_pair(a, b), []):
            events[window_of(e["date"], granularity)].append(e)
        points = []
        for w in sorted(set(by_window) | set(events)):
            pooled = self._pool(by_window.get(w, []))
            evs = [e for e in events.get(w, []) if e["goldstein"] is not None and not e["negated"]]
            stories = self._stories(granularity).get(w, 0)
            gold = round(sum(e["goldstein"] for e in evs) / stories, 4) if evs and stories else None
            points.append({
                "window": w, **{k: pooled[k] for k in ("s_score", "n_joint", "alignment_balance", "n_alignments")},
                "goldstein": gold, "events": len(evs), "stories": stories,
                "goldstein_mean": round(sum(e["goldstein"] for e in evs) / len(evs), 3) if evs else None,
                "evidence": self.evidence_items([*pooled["stances"], *pooled["alignments"]], limit=max_evidence),
                "n_evidence": len(pooled["stances"]) + len(pooled["alignments"]),
                "event_evidence": [{"id": e["evidence_id"], "sentence": (e["evidence_text"] or "").strip(),
                                    "cameo": e["cameo"], "goldstein": e["goldstein"], "date": e["date"],
                                    "title": e["title"] or e["article_id"],
                                    "href": f"/articles/{quote(e['article_id'], safe='')}#rec-event-{e['evidence_id'].split('#')[1]}"}
                                   for e in evs[:max_evidence]],
            })
        issues = sorted({c.issue for rows in by_window.values() for c in rows})
        return {"a": a, "b": b, "a_label": self.label(a), "b_label": self.label(b), "issue": issue,
                "issue_label": self.issue_labels.get(issue, issue) if issue else None, "granularity": granularity,
                "issues": issues, "series": points}

    def _stories(self, granularity: str) -> Counter[str]:
        """Stored stories per window: the volume the Goldstein index is normalised by."""
        with self._lock:
            if granularity not in self._volume:
                self._volume[granularity] = Counter(window_of(d, granularity) for d in self.dates.values())
            return self._volume[granularity]

    def partners(self, a: str) -> list[dict[str, Any]]:
        """Everyone a shares convergence rows with (pooled over issues and the whole corpus)."""
        by_other: dict[str, list[Convergence]] = defaultdict(list)
        for c in self.convergence("all"):
            if a in (c.a, c.b):
                by_other[c.b if c.a == a else c.a].append(c)
        out = [{"id": o, "label": self.label(o), **{k: v for k, v in self._pool(rows).items()
                                                     if k not in ("stances", "alignments")},
                "issues": sorted({self.issue_labels.get(r.issue, r.issue) for r in rows}), "href": "/dyad?" + urlencode({"a": a, "b": o})}
               for o, rows in by_other.items()]
        return sorted(out, key=lambda r: -(r["n_joint"] + r["n_alignments"]))

    # -- stance matrix ------------------------------------------------------------------------------
    def top_issues(self, n: int = 30) -> list[tuple[str, str, int]]:
        cat = default_catalogue()
        count: Counter[str] = Counter()
        for art in self.articles:
            for st in art.stances:
                count[cat.root(st.issue) if st.issue in cat else st.issue] += 1
        return [(i, self.issue_labels.get(i, i), k) for i, k in count.most_common(n)]

    def matrix(self, *, issue: str | None = None, window: str = "all", max_rows: int = 25,
               max_cols: int = 30, max_evidence: int = 6) -> dict[str, Any]:
        """Actors x propositions of one issue (the most discussed one by default) over a window."""
        cat = default_catalogue()
        if issue is None:
            top = self.top_issues(1)
            issue = top[0][0] if top else None
        g = granularity_of(window)
        matcher = PropositionMatcher()
        items = []
        for art in self.articles:
            if g != "all" and window_of(art.date, g) != window:
                continue
            by_id = self._actors_by_article[art.id]
            for st in art.stances:
                root = cat.root(st.issue) if st.issue in cat else st.issue
                if root != issue or not st.proposition:
                    continue
                who = owner_of(st.actor, by_id)
                if who is None:
                    continue
                pid, _ = matcher.assign(root, st.proposition, st.polarity, ignore=cat.scope_words(st.issue))
                _, pos = signed_position(st.proposition, st.polarity)
                items.append({"row": who, "row_label": self.label(who), "col": pid, "issue_label":
                              self.issue_labels.get(root, root), "proposition": st.proposition, "x": float(pos),
                              "w": max(0.05, float(st.strength)), "evidence_id": f"{art.id}#{st.id}"})
        m = build_matrix(items, max_rows=max_rows, max_cols=max_cols)
        for line in m["cells"]:
            for cell in line:
                if cell is not None:
                    ids = cell.pop("evidence_ids")
                    cell["n_evidence"] = len(ids)
                    cell["evidence"] = [{"id": e["id"], "sentence": e["sentence"], "polarity": e["polarity"],
                                         "strength": None, "speaker": e["who_label"], "href": e["href"],
                                         "title": e["title"], "date": e["date"]}
                                        for e in self.evidence_items(ids, limit=max_evidence)]
        return {"issue": issue, "issue_label": self.issue_labels.get(issue or "", issue), "window": window, **m}


def _f(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "—"
    return f"{x:+.2f}" if signed else f"{x:.2f}"

