"""The store: one DuckDB file holding articles, their records, the actor registry, skips and runs.

::

    with Store("corpus.duckdb") as st:                  # created and migrated on first use
        run = st.begin_run(inputs=["news/"])
        known = st.known_hashes(["a1", "a2"])           # id -> content hash, before any parsing
        st.write_batch(articles, run_id=run)            # one transaction: all of it or nothing
        st.end_run(run, counts)

    st = open_readonly("corpus.duckdb")                 # for queries (web, CLI)

Only one process may write a DuckDB file at a time; a read-only connection can be opened
while nobody writes. A file that is not a stancemap store, or was written by a newer schema,
is refused with a one-line :class:`~stancemap.errors.StoreError` and left untouched (it is
checked through a read-only connection before anything is opened for writing).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ..errors import NotAStore, StoreError, StoreLocked, StoreTooNew
from ..records import Article
from .migrations import FORMAT, LATEST, MIGRATIONS, apply_migrations, schema_version
from .near_dup import group_new
from .registry import load_registry, observe_articles
from .rows import TABLE_COLUMNS, article_from_dict, article_rows, content_hash

__all__ = ["Store", "open_store", "open_readonly", "BatchResult", "Skip", "RECORD_TABLES", "DEFAULT_DB"]

log = logging.getLogger(__name__)

DEFAULT_DB = "stancemap.duckdb"
#: tables holding one article's records (all keyed by article_id)
RECORD_TABLES = ("article_actors", "mentions", "statements", "events", "stances", "alignments")
_DUCKDB_MAGIC = b"DUCK"


@dataclass(frozen=True)
class Skip:
    """An input that was not stored, and why."""

    input: str
    code: str
    reason: str
    message: str
    article_id: str | None = None


@dataclass
class BatchResult:
    ingested: list[str] = field(default_factory=list)   # new ids
    replaced: list[str] = field(default_factory=list)   # ids whose older version was replaced
    duplicates: list[str] = field(default_factory=list)  # ids grouped with an earlier copy of the story
    skipped: list[Skip] = field(default_factory=list)


def _is_duckdb_file(p: Path) -> bool:
    with p.open("rb") as fh:
        head = fh.read(16)
    return len(head) >= 12 and head[8:12] == _DUCKDB_MAGIC


def _connect(path: str, read_only: bool, sandbox: bool = False) -> Any:
    try:
        if sandbox:  # no file system access from SQL: no COPY TO, read_csv, ATTACH
            return duckdb.connect(path, read_only=True, config={"enable_external_access": False})
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreLocked("the database is open for writing in another process; wait for it to finish",
                              source=path) from None
        raise StoreError(f"cannot open the database ({msg.splitlines()[0]})", source=path) from None
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the database ({str(exc).splitlines()[0]})", source=path) from None


def _check(path: str) -> int:
    """Refuse a file that is not a stancemap store or is too new; return its schema version.

    Looks through a read-only connection only, so a refused file is never modified.
    """
    p = Path(path)
    if not p.exists():
        return 0
    if not p.is_file():
        raise NotAStore("not a file", source=path)
    if p.stat().st_size == 0:
        raise NotAStore("empty file, not a stancemap database (remove it or choose another --db)", source=path)
    if not _is_duckdb_file(p):
        raise NotAStore("not a DuckDB database file, so not a stancemap database", source=path)
    con = _connect(path, read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if not tables:
            return 0  # an empty DuckDB database: ours to initialise
        if "stancemap_meta" not in tables:
            raise NotAStore(f"a DuckDB database without stancemap tables ({len(tables)} other table(s))",
                            source=path)
        fmt = con.execute("SELECT value FROM stancemap_meta WHERE key = 'format'").fetchone()
        if not fmt or fmt[0] != FORMAT:
            raise NotAStore(f"not a stancemap database (format {fmt[0] if fmt else None!r})", source=path)
        version = schema_version(con)
    finally:
        con.close()
    if version > LATEST:
        raise StoreTooNew(f"database schema version {version} is newer than this stancemap supports ({LATEST}); "
                          "upgrade stancemap", source=path)
    return version


def _bulk_insert(con: Any, table: str, rows: Sequence[Sequence[Any]], types: Sequence[str]) -> None:
    """Insert rows column-wise (one statement, list parameters): much faster than executemany."""
    if not rows:
        return
    cols = [list(c) for c in zip(*rows)]
    sel = ", ".join(f"unnest(?::{t}[])" for t in types)
    con.execute(f"INSERT INTO {table} SELECT {sel}", cols)


class Store:
    """A stancemap DuckDB store (see the module docstring)."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, migrate: bool = True,
                 sandbox: bool = False) -> None:
        self.path = str(path)
        version = _check(self.path)
        if read_only and not Path(self.path).exists():
            raise StoreError("no such database (create it with 'stancemap ingest')", source=self.path)
        if read_only and version < LATEST:
            raise StoreError(f"database schema version {version} is older than {LATEST}; open it once for writing "
                             "(e.g. 'stancemap db info') to migrate it", source=self.path)
        self.read_only = read_only
        self.con = _connect(self.path, read_only=read_only, sandbox=sandbox and read_only)
        self._types: dict[str, list[str]] = {}
        if not read_only and migrate:
            applied = apply_migrations(self.con)
            for m in applied:
                log.info("%s: applied migration %d (%s)", self.path, m.version, m.name)

    # -- lifecycle --------------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a query as dicts (column name -> value)."""
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def _col_types(self, table: str) -> list[str]:
        if table not in self._types:
            self._types[table] = [r[0] for r in self.con.execute(
                "SELECT data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall()]
        return self._types[table]

    # -- reading before analysis ------------------------------------------------------------------
    def known_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """Stored content hash of each id that is stored."""
        id_list = list(dict.fromkeys(ids))
        if not id_list:
            return {}
        rows = self.con.execute("SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                [id_list]).fetchall()
        return dict(rows)

    def has_hash(self, content_hash_: str, article_id: str | None = None) -> bool:
        """Whether an article with this content hash (and this id, when given) is stored."""
        if article_id is None:
            row = self.con.execute("SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", [content_hash_]).fetchone()
        else:
            row = self.con.execute("SELECT 1 FROM articles WHERE content_hash = ? AND id = ? LIMIT 1",
                                   [content_hash_, article_id]).fetchone()
        return row is not None

    # -- runs -------------------------------------------------------------------------------------
    def begin_run(self, *, inputs: Sequence[str] = (), settings: Mapping[str, Any] | None = None,
                  versions: Mapping[str, Any] | None = None) -> int:
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        row = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()
        run_id = int(row[0])
        self.con.execute("INSERT INTO runs VALUES (?, now(), NULL, 'running', ?, ?, ?, NULL)",
                         [run_id, json.dumps(list(inputs)), json.dumps(dict(settings or {}), default=str),
                          json.dumps(dict(versions or {}), default=str)])
        return run_id

    def end_run(self, run_id: int, counts: Mapping[str, Any], *, status: str = "complete") -> None:
        self.con.execute("UPDATE runs SET finished_at = now(), status = ?, counts = ? WHERE id = ?",
                         [status, json.dumps(dict(counts), default=str), run_id])

    # -- writing ----------------------------------------------------------------------------------
    def write_batch(self, articles: Iterable[Article | Mapping[str, Any]], *, run_id: int | None = None,
                    skips: Iterable[Skip] = (), origins: Mapping[str, str] | None = None) -> BatchResult:
        """Store analysed articles and skips in ONE transaction.

        ``articles`` are Article records or their dicts (``Article.to_dict()``), e.g. from worker
        processes. An article that comes back with ``meta.error`` is stored as a skip. An article
        whose id is stored with another content hash replaces that version whole (every record
        of the old version is deleted in the same transaction); one with the same hash is left
        alone. Returns what happened to each id. A crash before the commit leaves the store as it
        was before the batch.
        """
        arts: list[Article] = []
        result = BatchResult(skipped=list(skips))
        for a in articles:
            art = a if isinstance(a, Article) else article_from_dict(a)
            err = art.meta.get("error")
            if err:
                result.skipped.append(Skip(input=str(art.meta.get("origin") or art.id), code=str(err.get("code")),
                                           reason=str(err.get("reason")), message=str(err.get("message")),
                                           article_id=art.id))
                continue
            arts.append(art)
        # the last version of an id within one batch wins
        by_id: dict[str, Article] = {}
        for art in arts:
            by_id.pop(art.id, None)
            by_id[art.id] = art
        hashes = {aid: content_hash(a.text, a.title, a.date, a.source, a.url) for aid, a in by_id.items()}
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            stored = self.known_hashes(by_id)
            todo = [a for aid, a in by_id.items() if stored.get(aid) != hashes[aid]]
            old_versions = dict(con.execute(
                "SELECT id, version FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [[a.id for a in todo]]).fetchall()) if todo else {}
            replace_ids = [a.id for a in todo if a.id in stored]
            if replace_ids:
                self._delete_articles(replace_ids)
            self._insert_articles(todo, hashes, old_versions, run_id, origins or {})
            observe_articles(con, todo)
            groups = group_new(con, [(a.id, a.text) for a in todo])
            self._record_skips(result.skipped, run_id)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        for a in todo:
            (result.replaced if a.id in stored else result.ingested).append(a.id)
            if groups.get(a.id, (a.id,))[0] != a.id:
                result.duplicates.append(a.id)
        return result

    def record_skips(self, skips: Iterable[Skip], run_id: int | None = None) -> None:
        """Store skips alone (one transaction)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._record_skips(list(skips), run_id)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _record_skips(self, skips: list[Skip], run_id: int | None) -> None:
        if not skips:
            return
        inputs = [s.input for s in skips]
        # one row per input: a re-run replaces the reason it gave before
        self.con.execute("DELETE FROM skips WHERE input IN (SELECT unnest(?::VARCHAR[]))", [inputs])
        rows = [[s.input, s.article_id, s.code, s.reason, s.message, run_id] for s in skips]
        cols = [list(c) for c in zip(*rows)]
        self.con.execute("INSERT INTO skips SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                         "unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[]), now()", cols)

    def _delete_articles(self, ids: list[str]) -> None:
        for table in RECORD_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self.con.execute("DELETE FROM near_dup_signatures WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self.con.execute("DELETE FROM near_dup_bands WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])

    def _insert_articles(self, arts: list[Article], hashes: Mapping[str, str], old_versions: Mapping[str, int],
                         run_id: int | None, origins: Mapping[str, str]) -> None:
        if not arts:
            return
        rows = []
        for a in arts:
            meta = {k: v for k, v in a.meta.items() if k != "error"}
            origin = origins.get(a.id) or meta.get("origin")
            rows.append([a.id, hashes[a.id], a.title, a.date, a.source, a.url, a.text, meta.get("words"), origin,
                         old_versions.get(a.id, 0) + 1, run_id, json.dumps(meta, ensure_ascii=False, default=str)])
        cols = [list(c) for c in zip(*rows)]
        self.con.execute(
            "INSERT INTO articles (id, seq, content_hash, title, date, source, url, text, words, origin, version, "
            "run_id, ingested_at, meta, dup_group) "
            "SELECT id, nextval('article_seq'), h, ti, da, so, ur, tx, wo, og, ve, ru, now(), me, id FROM ("
            "SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS h, unnest(?::VARCHAR[]) AS ti, "
            "unnest(?::VARCHAR[]) AS da, unnest(?::VARCHAR[]) AS so, unnest(?::VARCHAR[]) AS ur, "
            "unnest(?::VARCHAR[]) AS tx, unnest(?::INTEGER[]) AS wo, unnest(?::VARCHAR[]) AS og, "
            "unnest(?::INTEGER[]) AS ve, unnest(?::INTEGER[]) AS ru, unnest(?::VARCHAR[]) AS me)", cols)
        per_table: dict[str, list[list[Any]]] = {t: [] for t in TABLE_COLUMNS}
        for a in arts:
            for t, rs in article_rows(a).items():
                per_table[t].extend(rs)
        for t, rs in per_table.items():
            _bulk_insert(self.con, t, rs, self._col_types(t))

    # -- registry ---------------------------------------------------------------------------------
    def registry(self) -> Any:
        """A snapshot of the stored actor registry as an :class:`~stancemap.actors.ActorRegistry`."""
        return load_registry(self.con)

    # -- information ------------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """Schema version, migrations, and row counts of every table."""
        con = self.con
        counts = {}
        for t in ("articles", *RECORD_TABLES, "actors", "actor_intervals", "skips", "runs"):
            counts[t] = int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        groups = con.execute("SELECT count(DISTINCT dup_group) FROM articles").fetchone()[0]
        migrations = [{"version": v, "name": n, "applied_at": str(at)} for v, n, at in con.execute(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()]
        last = con.execute("SELECT id, status, started_at, finished_at, counts FROM runs ORDER BY id DESC LIMIT 1"
                           ).fetchone()
        skips = dict(con.execute("SELECT reason, count(*) FROM skips GROUP BY reason ORDER BY 2 DESC").fetchall())
        return {
            "path": self.path, "format": FORMAT, "schema_version": schema_version(con), "latest_version": LATEST,
            "migrations": migrations, "counts": counts, "independent_stories": int(groups),
            "skips_by_reason": skips,
            "last_run": None if last is None else {
                "id": last[0], "status": last[1], "started_at": str(last[2]),
                "finished_at": None if last[3] is None else str(last[3]), "counts": json.loads(last[4] or "null")},
        }


def open_store(path: str | Path = DEFAULT_DB) -> Store:
    """Open (create, migrate) a store for writing."""
    return Store(path)


def open_readonly(path: str | Path = DEFAULT_DB, *, sandbox: bool = True) -> Store:
    """Open an existing store read-only (DuckDB refuses every write). With ``sandbox`` (the
    default) SQL cannot touch the file system either (no COPY TO, read_csv, ATTACH)."""
    return Store(path, read_only=True, sandbox=sandbox)


assert [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1))
