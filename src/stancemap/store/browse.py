"""Read queries for browsing a store (the HTTP API and the dashboard): record pages with filters
and totals, the rows corpus analytics needs and corpus counts.

Every value from a user travels as a bound parameter; table and column names come from the
fixed tables below, never from user text. Open the store with :func:`stancemap.store.open_readonly`.
"""

from __future__ import annotations

from typing import Any

from .db import Store

__all__ = ["RECORD_KINDS", "page_records", "corpus_rows", "corpus_stats"]

#: record kinds: (table, columns returned, columns an ``actor`` filter matches, column a ``q`` filter matches)
RECORD_KINDS: dict[str, tuple[str, str, tuple[str, ...], str | None]] = {
    "statements": ("statements",
                   "r.id, r.speaker_text, r.speaker_actor, r.cue_text, r.kind, r.is_speech, r.content_text, "
                   "r.content_spans, r.speaker_start, r.speaker_end",
                   ("speaker_actor",), "content_text"),
    "events": ("events",
               "r.id, r.source, r.target, r.source_owner, r.target_owner, r.cameo, r.cameo_root, r.plover, "
               "r.goldstein, r.evidence_text, r.evidence_start, r.negated, r.hypothetical, r.reported",
               ("source", "target", "source_owner", "target_owner"), "evidence_text"),
    "stances": ("stances",
                "r.id, r.actor, r.owner, r.issue, r.issue_root, r.issue_label, r.proposition, r.polarity, "
                "r.strength, r.cue_text, r.evidence_text, r.evidence_start",
                ("actor", "owner"), "evidence_text"),
    "alignments": ("alignments",
                   "r.id, r.a, r.b, r.a_owner, r.b_owner, r.issue, r.issue_root, r.polarity, r.claimed_by, "
                   "r.cue_text, r.evidence_text, r.evidence_start",
                   ("a", "b", "a_owner", "b_owner"), "evidence_text"),
}


def _src(independent: bool) -> str:
    return "independent_articles" if independent else "articles"


def page_records(st: Store, kind: str, *, article_id: str | None = None, actor: str | None = None,
                 issue: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0,
                 independent: bool = False) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page) of statements, events, stances or alignments, newest article first.

    ``actor`` matches the actor columns of the kind (ids, or the state an actor counts for);
    ``issue`` matches an issue id or its root (stances, alignments); ``q`` a substring of the
    content or evidence (case-insensitive). Each row carries ``article_id``, ``evidence_id``
    (``<article>#<record>``), the article's ``date`` and ``title``.
    """
    if kind not in RECORD_KINDS:
        raise ValueError(f"unknown record kind {kind!r}")
    table, cols, actor_cols, q_col = RECORD_KINDS[kind]
    conds: list[str] = []
    params: list[Any] = []
    if article_id:
        conds.append("r.article_id = ?")
        params.append(article_id)
    if actor:
        conds.append("(" + " OR ".join(f"r.{c} = ?" for c in actor_cols) + ")")
        params += [actor] * len(actor_cols)
    if issue and kind in ("stances", "alignments"):
        conds.append("(r.issue = ? OR r.issue_root = ?)")
        params += [issue, issue]
    if q and q_col:
        conds.append(f"r.{q_col} ILIKE ?")
        params.append(f"%{q}%")
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    base = f"FROM {table} r JOIN {_src(independent)} a ON a.id = r.article_id{where}"
    total = int(st.con.execute(f"SELECT count(*) {base}", params).fetchone()[0])
    order = "r.evidence_start" if kind != "statements" else "r.speaker_start"
    rows = st.query(f"SELECT r.article_id, r.article_id || '#' || r.id AS evidence_id, a.date, a.title, {cols} "
                    f"{base} ORDER BY a.date DESC NULLS LAST, r.article_id, {order} NULLS LAST, r.id "
                    f"LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    return total, rows


def corpus_rows(st: Store, *, independent: bool = True) -> dict[str, list[dict[str, Any]]]:
    """What corpus analytics needs, per table: ``articles`` (id, date, title), ``actors``
    (as each article saw them), ``stances``, ``alignments`` and ``events`` (oldest first), for
    every stored article or only one copy of each story (``independent``)."""
    src = _src(independent)
    return {
        "articles": st.query(f"SELECT id, date, title, source FROM {src} ORDER BY date NULLS LAST, id"),
        "actors": st.query(
            f"""SELECT r.article_id, r.actor_id AS id, r.name, r.type, r.country, r.role, r.code, r.sector,
                       r.members, r.is_source, r.owner
                FROM article_actors r JOIN {src} a ON a.id = r.article_id"""),
        "stances": st.query(
            f"""SELECT r.article_id, r.id, r.actor, r.owner, r.issue, r.issue_root, r.issue_label, r.proposition,
                       r.proposition_id, r.polarity, r.strength, r.cue_text, r.cue_start, r.cue_end,
                       r.evidence_text, r.evidence_start, r.evidence_end, r.statement, r.target
                FROM stances r JOIN {src} a ON a.id = r.article_id"""),
        "alignments": st.query(
            f"""SELECT r.article_id, r.id, r.a, r.b, r.a_owner, r.b_owner, r.issue, r.issue_root, r.polarity,
                       r.claimed_by, r.cue_text, r.cue_start, r.cue_end, r.evidence_text, r.evidence_start,
                       r.evidence_end, r.statement
                FROM alignments r JOIN {src} a ON a.id = r.article_id"""),
        "events": st.query(
            f"""SELECT r.article_id, r.article_id || '#' || r.id AS evidence_id, a.date, a.title, r.source,
                       r.target, r.source_owner, r.target_owner, r.cameo, r.plover, r.goldstein, r.evidence_text,
                       r.negated, r.hypothetical
                FROM events r JOIN {src} a ON a.id = r.article_id
                ORDER BY a.date NULLS LAST, r.article_id, r.evidence_start"""),
    }


def corpus_stats(st: Store) -> dict[str, Any]:
    """Counts of articles (all and independent stories), actors and records, and the date range."""
    one = st.con.execute(
        """SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM independent_articles),
                  (SELECT count(*) FROM actors), (SELECT count(*) FROM statements), (SELECT count(*) FROM events),
                  (SELECT count(*) FROM stances), (SELECT count(*) FROM alignments),
                  (SELECT min(date) FROM articles), (SELECT max(date) FROM articles)""").fetchone()
    keys = ("articles", "stories", "actors", "statements", "events", "stances", "alignments", "first_date",
            "last_date")
    return dict(zip(keys, one))
