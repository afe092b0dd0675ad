"""The store's registry follows the JSON registry's interval rule, in O(log n) per observation."""

from __future__ import annotations

import random

from stancemap.actors import ActorRegistry
from stancemap.records import Actor
from stancemap.store import Store
from stancemap.store.registry import StoreRegistry, load_registry


def _person(role: str) -> Actor:
    return Actor(id="person:x", name="Ana X", type="person", country="CHL", role=role, code="CHLGOV")


def _roles(reg: ActorRegistry) -> list[tuple]:
    return [(iv.value, iv.start, iv.end, iv.count) for iv in reg.get("person:x").roles]


def test_same_intervals_as_the_json_registry_for_dated_observations_in_order():
    rng = random.Random(5)
    for _ in range(300):
        days = sorted(rng.sample(range(1, 3000), rng.randint(1, 15)))
        a, b = ActorRegistry(), StoreRegistry()
        for day in days:
            role = rng.choice(["foreign minister", "prime minister", "president"])
            date = f"{2010 + day // 300}-{1 + day % 300 // 30:02d}-{1 + day % 30:02d}"
            a.observe([_person(role)], date=date)
            b.observe([_person(role)], date=date)
        assert _roles(a) == _roles(b)


def test_an_out_of_order_date_never_stretches_an_interval_over_another_role():
    reg = StoreRegistry()
    for role, date in [("president", "2018-03-15"), ("president", "2017-02-19"), ("foreign minister", "2017-05-18"),
                       ("foreign minister", "2013-08-18")]:
        reg.observe([_person(role)], date=date)
    assert _roles(reg) == [("foreign minister", "2013-08-18", "2013-08-18", 1),
                           ("president", "2017-02-19", "2018-03-15", 2),
                           ("foreign minister", "2017-05-18", "2017-05-18", 1)]
    assert reg.role_on("person:x", "2014-01-01") == "foreign minister"


def test_incremental_interval_writes_match_a_full_rewrite(tmp_path):
    from tests.store.helpers import article

    from stancemap.store.registry import observe_articles, save_actors

    with Store(tmp_path / "r.duckdb") as st:
        for i, role in enumerate(["minister", "prime minister", "minister", "minister", "prime minister"]):
            art = article(f"a{i}", date=f"2020-0{i + 1}-01")
            acts = tuple(a if a.type != "person" else Actor(**{**{f: getattr(a, f) for f in a.__slots__}, "role": role})
                         for a in art.actors)
            st.con.execute("BEGIN")
            observe_articles(st.con, [type(art)(**{**{f: getattr(art, f) for f in art.__dataclass_fields__},
                                                   "actors": acts})])
            st.con.execute("COMMIT")
        incremental = sorted(st.con.execute("SELECT * FROM actor_intervals").fetchall(), key=str)
        reg = load_registry(st.con)
        st.con.execute("BEGIN")
        save_actors(st.con, reg, list(reg.actors))  # full rewrite
        st.con.execute("COMMIT")
        assert sorted(st.con.execute("SELECT * FROM actor_intervals").fetchall(), key=str) == incremental
        roles = [r for r in incremental if r[0] == "person:test-minister" and r[1] == "role"]
        assert [(r[2], r[3], r[4]) for r in sorted(roles, key=lambda r: r[3])] == [
            ("minister", "2020-01-01", "2020-01-01"), ("prime minister", "2020-02-01", "2020-02-01"),
            ("minister", "2020-03-01", "2020-04-01"), ("prime minister", "2020-05-01", "2020-05-01")]
