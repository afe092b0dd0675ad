"""Read API over a store: plain functions returning lists of dicts (JSON-ready).

For the CLI, the HTTP API and anyone else; every query uses bound parameters, never SQL built
from user text. Open the store with :func:`stancemap.store.open_readonly` and pass it in::

    st = open_readonly("corpus.duckdb")
    list_articles(st, q="ceasefire", limit=20)
    get_article(st, "a1b2...")          # the article with its actors, statements, events, stances
    list_actors(st); list_stances(st, actor="TUR", issue="syria"); search(st, "no-fly zone")

Evidence ids are ``<article id>#<record id>``, as in the convergence report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

from ..errors import StoreError
from .db import Store, open_readonly

__all__ = ["run_sql", "list_articles", "get_article", "list_actors", "get_actor", "list_stances", "search",
           "resolve_actor", "list_skips", "list_runs", "count_articles"]


def run_sql(path: str, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
    """Run one query on a read-only, sandboxed connection (no writes, no file access)."""
    with open_readonly(path) as st:
        try:
            return st.query(sql, params)
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}", source=path) from None


def _independent_from(independent: bool) -> str:
    return "independent_articles" if independent else "articles"


def _article_filters(q: str | None, source: str | None, date_from: str | None, date_to: str | None,
                     alias: str = "a") -> tuple[str, list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    if q:
        conds.append(f"({alias}.title ILIKE ? OR {alias}.text ILIKE ?)")
        params += [f"%{q}%", f"%{q}%"]
    if source:
        conds.append(f"{alias}.source = ?")
        params.append(source)
    if date_from:
        conds.append(f"{alias}.date >= ?")
        params.append(date_from)
    if date_to:
        conds.append(f"{alias}.date <= ?")
        params.append(_date_upper(date_to))
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def _date_upper(d: str) -> str:
    """An inclusive upper bound: "2012" and "2012-03" include all of that year or month."""
    return d + "\uffff" if len(d) < 10 else d


def count_articles(st: Store, *, q: str | None = None, source: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, independent: bool = False) -> int:
    where, params = _article_filters(q, source, date_from, date_to)
    row = st.con.execute(f"SELECT count(*) FROM {_independent_from(independent)} a{where}", params).fetchone()
    return int(row[0])


def list_articles(st: Store, *, q: str | None = None, source: str | None = None, date_from: str | None = None,
                  date_to: str | None = None, independent: bool = False, limit: int = 50,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Articles (newest date first) with record counts; ``q`` matches title or text (case-insensitive)."""
    where, params = _article_filters(q, source, date_from, date_to)
    return st.query(
        f"""SELECT a.id, a.title, a.date, a.source, a.url, a.words, a.version, a.dup_group, a.dup_of,
                   a.dup_similarity, a.ingested_at,
                   (SELECT count(*) FROM articles c WHERE c.dup_group = a.dup_group) AS copies,
                   (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements,
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
                   (SELECT count(*) FROM stances t WHERE t.article_id = a.id) AS stances
            FROM {_independent_from(independent)} a{where}
            ORDER BY a.date DESC NULLS LAST, a.seq LIMIT ? OFFSET ?""", [*params, int(limit), int(offset)])


def _span(text: Any, start: Any, end: Any) -> dict[str, Any] | None:
    return None if start is None else {"text": text, "start": start, "end": end}


def _sides(row: dict[str, Any], actors: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """An alignment's two sides (records.AlignedActor): the actors' names and countries with the stored
    mentions; none for rows stored before the mentions were (every offset NULL)."""
    if row.get("a_start") is None and row.get("b_start") is None:
        return []
    out = []
    for k in ("a", "b"):
        act = actors.get(row[k]) or {}
        out.append({"id": row[k], "name": act.get("name") or row[k], "country": act.get("country"),
                    "text": row[f"{k}_text"], "start": row[f"{k}_start"], "end": row[f"{k}_end"]})
    return out


def get_article(st: Store, article_id: str) -> dict[str, Any] | None:
    """One article with all its records, in the shape of the JSON contract (plus store fields)."""
    rows = st.query("SELECT * EXCLUDE (seq) FROM articles WHERE id = ?", [article_id])
    if not rows:
        return None
    art = rows[0]
    mentions: dict[str, list[dict[str, Any]]] = {}
    for m in st.query("SELECT actor_id, text, start_char, end_char, kind FROM mentions WHERE article_id = ? "
                      "ORDER BY start_char", [article_id]):
        mentions.setdefault(m["actor_id"], []).append(
            {"text": m["text"], "start": m["start_char"], "end": m["end_char"], "kind": m["kind"]})
    art["actors"] = [
        {"id": a["actor_id"], "name": a["name"], "type": a["type"], "country": a["country"], "role": a["role"],
         "code": a["code"], "sector": a["sector"], "members": a["members"] or [], "is_source": a["is_source"],
         "text": a["text"], "owner": a["owner"], "mentions": mentions.get(a["actor_id"], [])}
        for a in st.query("SELECT * FROM article_actors WHERE article_id = ?", [article_id])]
    art["statements"] = [
        {"id": s["id"], "speaker": None if s["speaker_start"] is None else
            {"text": s["speaker_text"], "start": s["speaker_start"], "end": s["speaker_end"], "actor": s["speaker_actor"]},
         "cue": _span(s["cue_text"], s["cue_start"], s["cue_end"]),
         "content": {"text": s["content_text"], "spans": s["content_spans"] or []}, "kind": s["kind"],
         "is_speech": s["is_speech"], "cue_lemma": s["cue_lemma"], "confidence": s["confidence"]}
        for s in st.query("SELECT * FROM statements WHERE article_id = ? ORDER BY speaker_start NULLS LAST, id",
                          [article_id])]
    art["events"] = [
        {k: e[k] for k in ("id", "source", "target", "source_owner", "target_owner", "source_code", "target_code",
                           "cameo", "cameo_root", "plover", "goldstein", "date", "place", "negated", "hypothetical",
                           "reported", "statement")}
        | {"evidence": _span(e["evidence_text"], e["evidence_start"], e["evidence_end"])}
        for e in st.query("SELECT * FROM events WHERE article_id = ? ORDER BY evidence_start", [article_id])]
    art["stances"] = [
        {k: s[k] for k in ("id", "actor", "owner", "issue", "issue_root", "issue_label", "proposition",
                           "proposition_id", "polarity", "strength", "statement", "target")}
        | {"cue": _span(s["cue_text"], s["cue_start"], s["cue_end"]),
           "evidence": _span(s["evidence_text"], s["evidence_start"], s["evidence_end"])}
        for s in st.query("SELECT * FROM stances WHERE article_id = ? ORDER BY evidence_start", [article_id])]
    by_id = {a["id"]: a for a in art["actors"]}
    art["alignments"] = [
        {k: a[k] for k in ("id", "a", "b", "a_owner", "b_owner", "issue", "issue_root", "polarity", "claimed_by",
                           "statement")}
        | {"cue": _span(a["cue_text"], a["cue_start"], a["cue_end"]),
           "evidence": _span(a["evidence_text"], a["evidence_start"], a["evidence_end"]),
           "actors": _sides(a, by_id)}
        for a in st.query("SELECT * FROM alignments WHERE article_id = ? ORDER BY evidence_start", [article_id])]
    art["copies"] = [r["id"] for r in st.query(
        "SELECT id FROM articles WHERE dup_group = ? AND id <> ? ORDER BY seq", [art["dup_group"], article_id])]
    return art


def list_actors(st: Store, *, q: str | None = None, type: str | None = None, limit: int | None = None,
                offset: int = 0) -> list[dict[str, Any]]:
    """The registry with counts: articles naming the actor, statements it made, events, stances."""
    conds: list[str] = []
    params: list[Any] = []
    if q:
        conds.append("(r.id ILIKE ? OR r.name ILIKE ? OR list_contains(list_transform(r.aliases, lambda x: lower(x)), lower(?)))")
        params += [f"%{q}%", f"%{q}%", q]
    if type:
        conds.append("r.type = ?")
        params.append(type)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    lim = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
    return st.query(
        f"""WITH sp AS (SELECT speaker_actor AS id, count(*) AS n FROM statements GROUP BY 1),
                 ev AS (SELECT id, count(*) AS n FROM (SELECT source AS id FROM events UNION ALL
                                                       SELECT target FROM events) GROUP BY 1),
                 stc AS (SELECT actor AS id, count(*) AS n FROM stances GROUP BY 1)
            SELECT r.id, r.name, r.type, r.country, r.role, r.code, r.articles, r.first_seen, r.last_seen,
                   coalesce(sp.n, 0) AS statements, coalesce(ev.n, 0) AS events, coalesce(stc.n, 0) AS stances,
                   r.aliases
            FROM actors r LEFT JOIN sp ON sp.id = r.id LEFT JOIN ev ON ev.id = r.id LEFT JOIN stc ON stc.id = r.id
            {where} ORDER BY r.articles DESC, r.id{lim}""", params)


def get_actor(st: Store, actor_id: str) -> dict[str, Any] | None:
    """One registry actor with the validity intervals of its roles, countries and codes."""
    rows = st.query("SELECT * FROM actors WHERE id = ?", [actor_id])
    if not rows:
        return None
    a = rows[0]
    a["intervals"] = st.query("SELECT attribute, value, valid_from, valid_to, observations FROM actor_intervals "
                              "WHERE actor_id = ? ORDER BY attribute, valid_from NULLS FIRST", [actor_id])
    return a


def resolve_actor(st: Store, name: str) -> list[str]:
    """Actor ids a user's name stands for: an id, a registry name or alias, or an ISO3 code."""
    n = name.strip()
    if not n:
        return []
    rows = st.con.execute("SELECT id FROM actors WHERE lower(id) = lower(?)", [n]).fetchall()
    if rows:
        return [rows[0][0]]
    rows = st.con.execute(
        "SELECT id FROM actors WHERE lower(name) = lower(?) OR list_contains(list_transform(aliases, lambda x: lower(x)), "
        "lower(?)) ORDER BY articles DESC", [n, n]).fetchall()
    if rows:
        return [r[0] for r in rows]
    rows = st.con.execute("SELECT DISTINCT owner FROM stances WHERE lower(owner) = lower(?) UNION "
                          "SELECT DISTINCT source_owner FROM events WHERE lower(source_owner) = lower(?)",
                          [n, n]).fetchall()
    return [r[0] for r in rows if r[0]]


def list_stances(st: Store, *, actor: str | None = None, issue: str | None = None, independent: bool = True,
                 date_from: str | None = None, date_to: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Stances, newest first; ``actor`` matches the speaker or the state it counts for; ``issue``
    matches an issue id, its root, or words of its label."""
    conds: list[str] = []
    params: list[Any] = []
    if actor:
        ids = resolve_actor(st, actor) or [actor]
        conds.append("(s.actor IN (SELECT unnest(?::VARCHAR[])) OR s.owner IN (SELECT unnest(?::VARCHAR[])))")
        params += [ids, ids]
    if issue:
        conds.append("(lower(s.issue) = lower(?) OR lower(s.issue_root) = lower(?) OR s.issue_label ILIKE ?)")
        params += [issue, issue, f"%{issue}%"]
    if date_from:
        conds.append("a.date >= ?")
        params.append(date_from)
    if date_to:
        conds.append("a.date <= ?")
        params.append(_date_upper(date_to))
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    lim = f" LIMIT {int(limit)}" if limit else ""
    return st.query(
        f"""SELECT s.article_id || '#' || s.id AS evidence_id, a.date, s.actor, s.owner, s.issue_root AS issue,
                   s.issue_label, s.proposition, s.polarity, round(s.strength, 3) AS strength, s.evidence_text AS evidence,
                   a.source, a.title
            FROM stances s JOIN {_independent_from(independent)} a ON a.id = s.article_id
            {where} ORDER BY a.date DESC NULLS LAST, s.article_id, s.evidence_start{lim}""", params)


def search(st: Store, text: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Case-insensitive search over article titles and texts and statement contents.

    Returns rows ``{kind: article|statement, article_id, id, title, date, snippet}``; article hits
    first (title hits before text hits), then statements.
    """
    t = text.strip()
    if not t:
        return []
    pat = f"%{t}%"
    arts = st.query(
        """SELECT 'article' AS kind, id AS article_id, id, title, date,
                  substr(text, greatest(1, strpos(lower(text), lower(?)) - 80), 200) AS snippet
           FROM articles WHERE title ILIKE ? OR text ILIKE ?
           ORDER BY (title ILIKE ?) DESC, date DESC NULLS LAST LIMIT ?""", [t, pat, pat, pat, int(limit)])
    sts = st.query(
        """SELECT 'statement' AS kind, s.article_id, s.article_id || '#' || s.id AS id, a.title, a.date,
                  s.content_text AS snippet
           FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.content_text ILIKE ?
           ORDER BY a.date DESC NULLS LAST LIMIT ?""", [pat, int(limit)])
    return (arts + sts)[: int(limit) * 2]


def list_skips(st: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    lim = f" LIMIT {int(limit)}" if limit else ""
    return st.query(f"SELECT input, article_id, code, reason, message, run_id, skipped_at FROM skips ORDER BY skipped_at DESC{lim}")


def list_runs(st: Store) -> list[dict[str, Any]]:
    return st.query("SELECT * FROM runs ORDER BY id")
