"""The cross-article actor registry kept in the store (``actors`` + ``actor_intervals``).

The DuckDB equivalent of the JSON registry file (:class:`stancemap.actors.ActorRegistry`):
the same observation rules (names, aliases, validity intervals of role, country and code
dated by the article date), kept in two tables and updated inside each ingest batch's
transaction, so the registry never disagrees with the articles stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..actors.registry import ActorRegistry, Interval, RegistryActor
from ..records import Article

__all__ = ["StoreRegistry", "load_registry", "observe_articles", "save_actors"]


class StoreRegistry(ActorRegistry):
    """The registry as the store loads and saves it (kept as a name for callers; the observation
    rules, O(log n) per interval update, live in :class:`ActorRegistry`)."""


_ATTRS = (("role", "roles"), ("country", "countries"), ("code", "codes"))


def load_registry(con: Any, ids: Iterable[str] | None = None) -> StoreRegistry:
    """The registry (or only the actors ``ids``) as an in-memory (Store)Registry."""
    reg = StoreRegistry()
    where, params = "", []
    if ids is not None:
        id_list = sorted(set(ids))
        if not id_list:
            return reg
        where, params = " WHERE id IN (SELECT unnest(?::VARCHAR[]))", [id_list]
    for (aid, name, typ, aliases, members, is_source, n, first, last) in con.execute(
            "SELECT id, name, type, aliases, members, is_source, articles, first_seen, last_seen FROM actors" + where,
            params).fetchall():
        reg.actors[aid] = RegistryActor(id=aid, name=name, type=typ, aliases=list(aliases or []),
                                        members=list(members or []), is_source=bool(is_source), articles=int(n),
                                        first_seen=first, last_seen=last)
    iv_where = where.replace("id IN", "actor_id IN")
    for aid, attr, value, start, end, count in con.execute(
            "SELECT actor_id, attribute, value, valid_from, valid_to, observations FROM actor_intervals" + iv_where
            + " ORDER BY actor_id, attribute, valid_from NULLS FIRST, valid_to NULLS FIRST", params).fetchall():
        r = reg.actors.get(aid)
        if r is None:
            continue
        getattr(r, dict(_ATTRS)[attr]).append(Interval(value, start, end, int(count)))
    return reg


def _interval_rows(reg: ActorRegistry, ids: Iterable[str]) -> Counter[tuple[Any, ...]]:
    rows: Counter[tuple[Any, ...]] = Counter()
    for aid in ids:
        r = reg.actors.get(aid)
        if r is None:
            continue
        for attr, field in _ATTRS:
            for iv in getattr(r, field):
                rows[(r.id, attr, iv.value, iv.start, iv.end, iv.count)] += 1
    return rows


def save_actors(con: Any, reg: ActorRegistry, ids: Iterable[str],
                before: Counter[tuple[Any, ...]] | None = None) -> None:
    """Write the registry's records of ``ids`` (caller's transaction).

    Actor rows are replaced; interval rows are replaced whole, or, given the interval rows as they
    were loaded (``before``), only the ones that changed are deleted and inserted.
    """
    id_list = sorted(set(ids))
    if not id_list:
        return
    con.execute("DELETE FROM actors WHERE id IN (SELECT unnest(?::VARCHAR[]))", [id_list])
    rows = []
    for aid in id_list:
        r = reg.actors[aid]
        latest = {attr: (max(getattr(r, field), key=lambda iv: (iv.end or "", iv.count)).value
                         if getattr(r, field) else None) for attr, field in _ATTRS}
        rows.append([r.id, r.name, r.type, latest["country"], latest["role"], latest["code"], r.aliases, r.members,
                     r.is_source, r.articles, r.first_seen, r.last_seen])
    cols = [list(c) for c in zip(*rows)]
    con.execute("INSERT INTO actors SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                "unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[][]), "
                "unnest(?::VARCHAR[][]), unnest(?::BOOLEAN[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]), "
                "unnest(?::VARCHAR[])", cols)
    after = _interval_rows(reg, id_list)
    if before is None:
        con.execute("DELETE FROM actor_intervals WHERE actor_id IN (SELECT unnest(?::VARCHAR[]))", [id_list])
        removed, added = Counter[tuple[Any, ...]](), after
    else:
        removed, added = before - after, after - before
    if removed:
        cols = [list(c) for c in zip(*removed)]
        con.execute("""DELETE FROM actor_intervals USING (
                           SELECT unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS t, unnest(?::VARCHAR[]) AS v,
                                  unnest(?::VARCHAR[]) AS f, unnest(?::VARCHAR[]) AS u, unnest(?::INTEGER[]) AS n) d
                       WHERE actor_id = d.a AND attribute = d.t AND value = d.v AND valid_from IS NOT DISTINCT FROM d.f
                         AND valid_to IS NOT DISTINCT FROM d.u AND observations = d.n""", cols)
    if added:
        cols = [list(c) for c in zip(*added.elements())]
        con.execute("INSERT INTO actor_intervals SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                    "unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[])", cols)


def observe_articles(con: Any, articles: Iterable[Article]) -> int:
    """Update the stored registry with the actors of ``articles`` (caller's transaction).

    Loads only the actors these articles name, observes them with the registry's rules and
    writes them back. Returns the number of actor records written.
    """
    arts = list(articles)
    ids = {a.id for art in arts for a in art.actors}
    if not ids:
        return 0
    reg = load_registry(con, ids)
    before = _interval_rows(reg, ids)
    for art in arts:
        reg.observe(art.actors, date=art.date, article_id=art.id)
    save_actors(con, reg, ids, before)
    return len(ids)
