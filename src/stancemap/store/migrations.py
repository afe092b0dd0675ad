"""Named, ordered, recorded schema migrations of the stancemap store.

Each migration has a number (its position, from 1), a name, and either SQL statements or a
Python step (a function of the open connection). ``schema_migrations`` records every migration
applied (version, name, time); ``stancemap_meta`` holds the format marker and the schema
version. A database whose version is higher than :data:`LATEST` was written by a newer
stancemap and is refused without being touched (see :mod:`stancemap.store.db`).

Never edit a migration that has shipped: add a new one at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Migration", "MIGRATIONS", "LATEST", "FORMAT", "apply_migrations", "schema_version"]

FORMAT = "stancemap-store"

_CORE = [
    """CREATE TABLE stancemap_meta (key VARCHAR NOT NULL, value VARCHAR)""",
    """CREATE TABLE schema_migrations (
        version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)""",
    """CREATE SEQUENCE article_seq START 1""",
    """CREATE TABLE articles (
        id VARCHAR NOT NULL,
        seq BIGINT NOT NULL,              -- ingest order (a replaced article gets a new one)
        content_hash VARCHAR NOT NULL,    -- sha256 of text + title + date + source + url
        title VARCHAR, date VARCHAR, source VARCHAR, url VARCHAR,
        text VARCHAR NOT NULL,
        words INTEGER,                    -- spaCy tokens
        origin VARCHAR,                   -- input path[:line] it came from
        version INTEGER NOT NULL,         -- 1, then +1 each time a changed text replaces it
        run_id INTEGER,
        ingested_at TIMESTAMP NOT NULL,
        meta VARCHAR                      -- the article's meta as JSON (versions, pipeline, seconds)
    )""",
    """CREATE TABLE skips (
        input VARCHAR NOT NULL, article_id VARCHAR, code VARCHAR NOT NULL, reason VARCHAR NOT NULL,
        message VARCHAR, run_id INTEGER, skipped_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE runs (
        id INTEGER NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
        status VARCHAR NOT NULL,          -- running | complete | interrupted (never finished)
        inputs VARCHAR, settings VARCHAR, versions VARCHAR, counts VARCHAR)""",
]

_RECORDS = [
    """CREATE TABLE actors (           -- the cross-article registry
        id VARCHAR NOT NULL, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
        country VARCHAR, role VARCHAR, code VARCHAR,   -- latest observed values
        aliases VARCHAR[], members VARCHAR[], is_source BOOLEAN,
        articles INTEGER NOT NULL, first_seen VARCHAR, last_seen VARCHAR)""",
    """CREATE TABLE actor_intervals (  -- validity dates of roles, countries and codes
        actor_id VARCHAR NOT NULL, attribute VARCHAR NOT NULL,  -- role | country | code
        value VARCHAR NOT NULL, valid_from VARCHAR, valid_to VARCHAR, observations INTEGER NOT NULL)""",
    """CREATE TABLE article_actors (   -- each actor as one article saw it
        article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, name VARCHAR, type VARCHAR,
        country VARCHAR, role VARCHAR, code VARCHAR, sector VARCHAR, members VARCHAR[],
        is_source BOOLEAN, text VARCHAR, owner VARCHAR)""",
    """CREATE TABLE mentions (
        article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, text VARCHAR,
        start_char INTEGER, end_char INTEGER, kind VARCHAR)""",
    """CREATE TABLE statements (
        article_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
        speaker_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER, speaker_actor VARCHAR,
        cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER, cue_lemma VARCHAR,
        content_text VARCHAR, content_spans INTEGER[][], kind VARCHAR, is_speech BOOLEAN, confidence DOUBLE)""",
    """CREATE TABLE events (
        article_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
        source VARCHAR, target VARCHAR, source_owner VARCHAR, target_owner VARCHAR,
        source_code VARCHAR, target_code VARCHAR, cameo VARCHAR, cameo_root VARCHAR, plover VARCHAR,
        goldstein DOUBLE, evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
        date VARCHAR, place VARCHAR, negated BOOLEAN, hypothetical BOOLEAN, reported BOOLEAN,
        statement VARCHAR)""",
    """CREATE TABLE stances (
        article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, actor VARCHAR, owner VARCHAR,
        issue VARCHAR, issue_root VARCHAR, issue_label VARCHAR, proposition VARCHAR, proposition_id VARCHAR,
        polarity INTEGER, strength DOUBLE, cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
        evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER, statement VARCHAR, target VARCHAR)""",
    """CREATE TABLE alignments (
        article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, a VARCHAR, b VARCHAR, a_owner VARCHAR, b_owner VARCHAR,
        issue VARCHAR, issue_root VARCHAR, polarity INTEGER, claimed_by VARCHAR,
        cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
        evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER, statement VARCHAR)""",
]

_NEAR_DUP = [
    """ALTER TABLE articles ADD COLUMN dup_group VARCHAR""",       # id of the story's first copy
    """ALTER TABLE articles ADD COLUMN dup_of VARCHAR""",          # the stored copy it matched
    """ALTER TABLE articles ADD COLUMN dup_similarity DOUBLE""",   # estimated similarity to it
    """UPDATE articles SET dup_group = id""",
    """CREATE TABLE near_dup_signatures (
        article_id VARCHAR NOT NULL, n_shingles INTEGER NOT NULL, signature UBIGINT[] NOT NULL)""",
    """CREATE TABLE near_dup_bands (article_id VARCHAR NOT NULL, band SMALLINT NOT NULL, key BIGINT NOT NULL)""",
    # one article per story: the group's first copy (or its earliest stored member), with the number of copies
    """CREATE VIEW independent_articles AS
        SELECT * EXCLUDE (rn) FROM (
            SELECT *, row_number() OVER (PARTITION BY dup_group ORDER BY (id = dup_group) DESC, seq) AS rn,
                   count(*) OVER (PARTITION BY dup_group) AS copies
            FROM articles) WHERE rn = 1""",
]


_ALIGNMENT_MENTIONS = [  # each side's mention in the evidence sentence (records.AlignedActor); NULL before
    """ALTER TABLE alignments ADD COLUMN a_text VARCHAR""",
    """ALTER TABLE alignments ADD COLUMN a_start INTEGER""",
    """ALTER TABLE alignments ADD COLUMN a_end INTEGER""",
    """ALTER TABLE alignments ADD COLUMN b_text VARCHAR""",
    """ALTER TABLE alignments ADD COLUMN b_start INTEGER""",
    """ALTER TABLE alignments ADD COLUMN b_end INTEGER""",
]


def _backfill_signatures(con: Any) -> None:
    """Signatures and LSH bands for articles stored before near-duplicate detection existed,
    grouped in ingest order as if they had been ingested with it."""
    from .near_dup import group_new  # noqa: PLC0415 - only when an old database is upgraded

    rows = con.execute("SELECT id, text FROM articles ORDER BY seq").fetchall()
    for aid, text in rows:
        group_new(con, [(aid, text)])


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: Sequence[str] = ()
    step: Callable[[Any], None] | None = None


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core: meta, articles, skips, runs", _CORE),
    Migration(2, "records: actor registry with validity intervals, mentions, statements, events, stances, "
                 "alignments", _RECORDS),
    Migration(3, "near duplicates: MinHash signatures, LSH bands, story groups", _NEAR_DUP, _backfill_signatures),
    Migration(4, "alignment mentions: the text and offsets of each side in the evidence sentence",
              _ALIGNMENT_MENTIONS),
)
LATEST = MIGRATIONS[-1].version


def schema_version(con: Any) -> int:
    """The recorded schema version (0 for a fresh database)."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "stancemap_meta" not in tables:
        return 0
    row = con.execute("SELECT value FROM stancemap_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def apply_migrations(con: Any, *, upto: int = LATEST) -> list[Migration]:
    """Apply the migrations after the recorded version, each in its own transaction."""
    done = []
    for m in MIGRATIONS:
        if m.version > upto or m.version <= schema_version(con):
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in m.sql:
                con.execute(stmt)
            if m.step is not None:
                m.step(con)
            if m.version == 1:
                con.execute("INSERT INTO stancemap_meta VALUES ('format', ?), ('schema_version', '0')", [FORMAT])
            con.execute("UPDATE stancemap_meta SET value = ? WHERE key = 'schema_version'", [str(m.version)])
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [m.version, m.name])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        done.append(m)
    return done
