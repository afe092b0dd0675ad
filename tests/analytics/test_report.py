"""Corpus convergence by time window, trends and the convergence report (JSONL in)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from stancemap.analytics.convergence import corpus_convergence, trend, window_of
from stancemap.analytics.report import convergence_report, render_report, report_from_articles
from stancemap.errors import ConfigError
from stancemap.records import Actor, Alignment, Article, Stance, TextSpan

EV = TextSpan("x", 0, 1)
_LOCAL = itertools.count(1)
ACTORS = (
    Actor(id="AAA", name="Aland", type="state", country="AAA"),
    Actor(id="BBB", name="Borduria", type="state", country="BBB"),
    Actor(id="CCC", name="Carpania", type="state", country="CCC"),
    Actor(id="person:m", name="Minister M", type="person", country="AAA", sector="GOV"),
)


def _st(sid: str, actor: str, prop: str, pol: int, issue: str = "syria") -> Stance:
    # proposition ids as one article would give them: only shared inside that article
    return Stance(id=sid, actor=actor, issue=issue, issue_label="Syria crisis", proposition=prop, polarity=pol,
                  strength=1.0, cue=None, evidence=EV, proposition_id=f"{issue}/local-{next(_LOCAL)}")


def _art(aid: str, date: str | None, stances: tuple[Stance, ...], aligns: tuple[Alignment, ...] = ()) -> Article:
    return Article(id=aid, text="x", date=date, actors=ACTORS, stances=stances, alignments=aligns)


def _corpus() -> list[Article]:
    al = Alignment(id="al1", a="BBB", b="AAA", issue="syria", polarity=1, claimed_by="BBB", cue=None, evidence=EV)
    return [
        # January: Aland and Borduria disagree on talks (different wording in each article)
        _art("a1", "2012-01-05", (_st("st1", "AAA", "negotiations with the rebels", 1),)),
        _art("a2", "2012-01-20", (_st("st1", "BBB", "dialogue with the rebels", -1),)),
        # February: they agree on talks and on ending the bloodshed; Borduria says so
        _art("a3", "2012-02-02", (_st("st1", "person:m", "talks with the rebels", 1),
                                  _st("st2", "AAA", "an end to the bloodshed", 1)), (al,)),
        _art("a4", "2012-02-10", (_st("st1", "BBB", "negotiations with the rebels", 1),
                                  _st("st2", "BBB", "the killings", -1))),
        # May: Carpania on sanctions, alone
        _art("a5", "2012-05-01", (_st("st1", "CCC", "sanctions on Syria", 1),)),
        _art("a6", "2012-05-20", (_st("st1", "AAA", "sanctions on Syria", -1),)),
        _art("a7", None, (_st("st1", "CCC", "a ceasefire", 1),)),
    ]


def test_windows() -> None:
    assert window_of("2012-02-10", "month") == "2012-02"
    assert window_of("2012-02-10", "quarter") == "2012-Q1"
    assert window_of("2012-11-10", "quarter") == "2012-Q4"
    assert window_of("2012-02-10", "year") == "2012"
    assert window_of("2012-02-10", "day") == "2012-02-10"
    assert window_of(None, "month") == "undated"
    assert window_of("2012-02-10", "all") == "all"
    with pytest.raises(ValueError, match="unknown window"):
        window_of("2012-02-10", "week")


def test_corpus_series_matches_propositions_across_articles() -> None:
    series = [c for c in corpus_convergence(_corpus()) if {c.a, c.b} == {"AAA", "BBB"}]
    by_w = {c.window: c for c in series}
    assert set(by_w) == {"2012-01", "2012-02"}
    jan, feb = by_w["2012-01"], by_w["2012-02"]
    # "negotiations" ~ "dialogue" ~ "talks": one proposition across articles
    assert jan.n_joint == 1 and jan.s_score == -1.0 and jan.verdict == "diverging"
    assert set(jan.stances) == {"a1#st1", "a2#st1"}
    assert feb.n_joint == 2 and feb.s_score == 1.0 and feb.alignment_balance == 1.0
    assert set(feb.stances) == {"a3#st1", "a3#st2", "a4#st1", "a4#st2"} and feb.alignments == ("a3#al1",)
    (t,) = trend(series)
    assert (t.window_from, t.window_to, t.s_from, t.s_to, t.delta, t.direction) == (
        "2012-01", "2012-02", -1.0, 1.0, 2.0, "converging")
    assert set(t.evidence) == set(feb.stances)


def test_quarter_and_year_pool_the_months() -> None:
    for gran, label in (("quarter", "2012-Q1"), ("year", "2012")):
        rows = [c for c in corpus_convergence(_corpus(), granularity=gran) if {c.a, c.b} == {"AAA", "BBB"}]
        (c,) = rows
        assert c.window == label and c.n_joint == 2
        # talks: Aland +1 twice, Borduria -1 and +1 -> x = 1 and 0, weight (2 + 2) / 2 = 2;
        # violence: both -1, weight 1 -> S = 1 - 2 * (2 * 1 + 1 * 0) / (2 * 3) = 1/3
        assert c.s_score == pytest.approx(1 / 3, abs=1e-4)
        assert len(c.stances) == 6 and "a2#st1" in c.stances


def test_without_rematch_article_ids_do_not_meet() -> None:
    rows = corpus_convergence(_corpus(), rematch=False)
    assert all(c.n_joint == 0 for c in rows)


def _write(tmp_path: Path, arts: list[Article]) -> Path:
    p = tmp_path / "out.jsonl"
    p.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in arts), encoding="utf-8")
    return p


def test_convergence_report_from_jsonl(tmp_path: Path) -> None:
    path = _write(tmp_path, _corpus())
    rep = convergence_report(path, window="month")
    assert rep["articles"] == 7 and rep["undated"] == 1 and rep["window"] == "month"
    assert rep["windows"] == ["2012-01", "2012-02", "2012-05", "undated"]
    (d,) = [d for d in rep["dyads"] if {d["a"], d["b"]} == {"AAA", "BBB"} and d["issue"] != "*"]
    assert {d["a_name"], d["b_name"]} == {"Aland", "Borduria"} and d["issue"] == "syria"
    assert [r["window"] for r in d["series"]] == ["2012-01", "2012-02"]
    assert d["series"][1]["s_score"] == 1.0 and d["series"][1]["alignments"] == ["a3#al1"]
    assert d["trend"][0]["direction"] == "converging" and d["trend"][0]["delta"] == 2.0
    assert d["overall"]["n_joint"] == 2 and d["overall"]["s_score"] == pytest.approx(1 / 3, abs=1e-4)
    json.dumps(rep)  # JSON-able
    text = render_report(rep)
    assert "Aland – Borduria on the Syria crisis" in text and "2012-01 → 2012-02: converging (ΔS +2.00)" in text
    assert "a3#al1" in text


def test_report_filters(tmp_path: Path) -> None:
    path = _write(tmp_path, _corpus())
    only_c = convergence_report(path, window="year", actors=["Carpania"])
    assert [(d["a"], d["b"]) for d in only_c["dyads"]] in ([("AAA", "CCC")], [("CCC", "AAA")])
    (row,) = only_c["dyads"][0]["series"]
    assert row["window"] == "2012" and row["s_score"] == -1.0 and set(row["stances"]) == {"a5#st1", "a6#st1"}
    assert convergence_report(path, actors=["AAA", "BBB"])["dyads"][0]["issue"] == "syria"
    assert convergence_report(path, issue="iran")["dyads"] == []
    assert convergence_report(path, issue="syria:chemical_weapons")["dyads"]  # rolled up to its root
    assert "no dyad" in render_report(convergence_report(path, issue="iran"))
    with pytest.raises(ConfigError, match="unknown window"):
        report_from_articles([], window="week")


def test_trend_pairs_named_in_either_order() -> None:
    arts = [
        _art("b1", "2013-01-02", (_st("st1", "AAA", "a ceasefire", 1), _st("st2", "BBB", "a ceasefire", -1))),
        _art("b2", "2013-02-02", (_st("st1", "BBB", "a truce", 1), _st("st2", "AAA", "a truce", 1))),
    ]
    series = corpus_convergence(arts)
    assert {(c.a, c.b) for c in series} == {("AAA", "BBB"), ("BBB", "AAA")}
    (t,) = trend(series)
    assert (t.s_from, t.s_to, t.direction) == (-1.0, 1.0, "converging") and set(t.evidence) == {"b2#st1", "b2#st2"}


def test_report_scaled_position_rows() -> None:
    from stancemap.analytics.report import ALL_ISSUES, dyad_scores

    arts = [_art("b1", "2012-01-01", (_st("st1", "AAA", "talks with the rebels", 1),
                                      _st("st2", "AAA", "sanctions on Syria", -1, issue="sanctions"),
                                      _st("st3", "person:m", "the bloodshed", -1))),
            _art("b2", "2012-01-02", (_st("st1", "BBB", "negotiations with the rebels", 1),
                                      _st("st2", "BBB", "an arms embargo", -1, issue="sanctions"),
                                      _st("st3", "BBB", "the ceasefire", 1))),
            _art("b3", "2012-01-03", (_st("st1", "CCC", "sanctions on Syria", 1, issue="sanctions"),
                                      _st("st2", "CCC", "the embargo", 1, issue="sanctions"),
                                      _st("st3", "CCC", "more sanctions", 1, issue="sanctions")))]
    rep = report_from_articles(arts, window="all")
    scaled = {(d["a"], d["b"]): d for d in rep["dyads"] if d["issue"] == ALL_ISSUES}
    assert set(scaled) == {("AAA", "BBB"), ("AAA", "CCC"), ("BBB", "CCC")}
    ab, ac = scaled[("AAA", "BBB")]["overall"], scaled[("AAA", "CCC")]["overall"]
    assert ab["score"] > ac["score"] and ab["weight"] == 3.0 and ab["n_joint"] == 0 and ab["s_score"] is None
    assert ab["score_se"] is not None and ab["score_se"] >= 0
    pos = rep["positions"]
    assert pos["dims"] == 2 and set(pos["actors"]) == {"AAA", "BBB", "CCC"}
    assert pos["actors"]["AAA"]["stances"] == ["b1#st1", "b1#st2", "b1#st3"]  # the minister counts for Aland
    # the pooled dyad score: the scaled row by its weight, each issue's S by n_joint
    rows = [d for d in rep["dyads"] if {d["a"], d["b"]} == {"AAA", "BBB"}]
    s_rows = [d["overall"] for d in rows if d["issue"] != ALL_ISSUES and d["overall"]["s_score"] is not None]
    want = (ab["score"] * ab["weight"] + sum(o["s_score"] * o["n_joint"] for o in s_rows)) / (
        ab["weight"] + sum(o["n_joint"] for o in s_rows))
    assert dyad_scores(rep)[("AAA", "BBB")][0] == pytest.approx(want, abs=1e-4)
    assert "Scaled positions over all issues: 3 actors" in render_report(rep)
    assert not [d for d in report_from_articles(arts, window="all", issue="syria")["dyads"]
                if d["issue"] == ALL_ISSUES]
    assert "positions" not in report_from_articles(arts, window="all", positions=False)


def test_scaled_rows_keep_the_best_documented_actors() -> None:
    from stancemap.analytics.report import _position_rows
    from stancemap.issues.catalogue import default_catalogue

    arts = [_art("c1", "2012-01-01", tuple(_st(f"st{i}", "AAA", f"talks round {i}", 1) for i in range(5))),
            _art("c2", "2012-01-02", tuple(_st(f"st{i}", "BBB", f"sanctions step {i}", -1, issue="sanctions")
                                           for i in range(4))),
            _art("c3", "2012-01-03", tuple(_st(f"st{i}", "CCC", f"a ceasefire {i}", 1) for i in range(3)))]
    index = {a.id: a for a in ACTORS}
    rows, section = _position_rows(arts, index, None, False, default_catalogue(), 2, 3, max_actors=2)
    assert [(r["a"], r["b"]) for r in rows] == [("AAA", "BBB")] and section["max_actors"] == 2
    assert set(section["actors"]) == {"AAA", "BBB"}


def test_report_scales_speeches_by_their_agenda() -> None:
    from stancemap.analytics.report import ALL_ISSUES

    def speech(aid: str, actor: str, props: list[str]) -> Article:
        agenda = [{"actor": actor, "proposition": p, "issue": "i", "start": k, "end": k + 1}
                  for k, p in enumerate(props)]
        return Article(id=aid, text="x", date="2012-09-20", author=actor, actors=ACTORS, meta={"agenda": agenda})

    arts = [speech("s1", "AAA", ["court", "court", "council"]),
            speech("s2", "BBB", ["court", "council", "council"]),
            speech("s3", "CCC", ["embargo", "embargo", "debt"]),
            speech("s4", "person:m", ["court"])]  # the minister speaks for Aland
    rep = report_from_articles(arts, window="all")
    pos = rep["positions"]
    assert pos["method"] == "agenda" and pos["features"] == ["agenda:council", "agenda:court", "agenda:debt",
                                                             "agenda:embargo"]
    assert pos["actors"]["AAA"]["n_sentences"] == 4 and pos["actors"]["AAA"]["agenda"] == {"council": 1, "court": 3}
    assert pos["actors"]["AAA"]["evidence"][-1] == "s4#0-1"
    scaled = {(d["a"], d["b"]): d["overall"] for d in rep["dyads"] if d["issue"] == ALL_ISSUES}
    assert scaled[("AAA", "BBB")]["score"] > scaled[("AAA", "CCC")]["score"]
    assert min(o["score"] for o in scaled.values()) == -1.0
    assert scaled[("AAA", "CCC")]["weight"] == 3.0 and "sentences raising debate propositions" in \
        scaled[("AAA", "CCC")]["summary"]
    text = render_report(rep)
    assert "3 actors, 2 dimensions" in text and "(by the debate propositions each raises)" in text
    assert "Aland – Borduria: score" in text and "4 / 3 sentences)" in text
    # without agenda the stance issue profiles are scaled, as before
    plain = report_from_articles(_corpus(), window="all")["positions"]
    assert plain["method"] == "issues" and plain["features"] == ["salience:syria", "position:syria"]
