from __future__ import annotations

import pytest

from stancemap.analytics.convergence import (
    alignment_balance,
    convergence,
    corpus_convergence,
    s_score,
    scotts_pi,
    trend,
    verdict,
)
from stancemap.records import Actor, Alignment, Article, Stance, TextSpan

EV = TextSpan("x", 0, 1)


def st(sid: str, actor: str, prop: str, pol: int, issue: str = "syria", strength: float = 1.0,
       pid: str | None = None) -> Stance:
    return Stance(id=sid, actor=actor, issue=issue, issue_label=issue, proposition=prop, polarity=pol,
                  strength=strength, cue=None, evidence=EV, proposition_id=pid or f"{issue}/{prop}")


def al(aid: str, a: str, b: str, pol: int, issue: str = "syria") -> Alignment:
    return Alignment(id=aid, a=a, b=b, issue=issue, polarity=pol, claimed_by=a, cue=None, evidence=EV)


ACTORS = (
    Actor(id="AAA", name="Aland", type="state", country="AAA"),
    Actor(id="BBB", name="Borduria", type="state", country="BBB"),
    Actor(id="person:x", name="Minister X", type="person", country="AAA", sector="GOV"),
)


def test_s_score_formula() -> None:
    assert s_score([]) is None
    assert s_score([(1, 1, 1)]) == 1.0
    assert s_score([(1, -1, 1)]) == -1.0
    # 1 - 2 * (1*0 + 1*2 + 2*1) / (2 * 4) = 0.0
    assert s_score([(1, 1, 1), (1, -1, 1), (0, 1, 2)]) == 0.0
    assert s_score([(1, 1, 3), (1, -1, 1)]) == pytest.approx(0.5)


def test_balance_and_verdict() -> None:
    assert alignment_balance([]) is None
    assert alignment_balance([1, 1, -1]) == pytest.approx(1 / 3, abs=1e-4)
    assert verdict(None, None) == "insufficient evidence"
    assert verdict(0.9, 1.0) == "converging"
    assert verdict(-0.6, None) == "diverging"
    assert verdict(0.9, -1.0) == "mixed"
    assert verdict(None, 1.0) == "converging"


def test_convergence_per_dyad_and_issue_with_evidence() -> None:
    stances = [
        st("st1", "person:x", "ending the bloodshed", 1, pid="syria/violence"),  # counted for AAA
        st("st2", "BBB", "the bloodshed to end", 1, pid="syria/violence"),
        st("st3", "AAA", "use of force", -1),
        st("st4", "BBB", "use of force", -1),
        st("st5", "AAA", "sanctions", 1),
        st("st6", "BBB", "sanctions", -1),
        st("st7", "AAA", "tariffs", 1, issue="trade"),
    ]
    aligns = [al("al1", "AAA", "BBB", 1), al("al2", "person:x", "BBB", 1), al("al3", "AAA", "BBB", -1, issue="trade")]
    out = {c.issue: c for c in convergence(stances, aligns, ACTORS)}
    syr = out["syria"]
    assert (syr.a, syr.b) == ("AAA", "BBB")
    assert syr.n_joint == 3 and not syr.low_n
    assert syr.s_score == pytest.approx(1 - 2 * 2 / (2 * 3), abs=1e-3)
    assert syr.alignment_balance == 1.0 and syr.n_alignments == 2
    assert set(syr.stances) == {"st1", "st2", "st3", "st4", "st5", "st6"}
    assert set(syr.alignments) == {"al1", "al2"}
    assert "Aland and Borduria" in syr.summary and "3 shared propositions" in syr.summary
    trade = out["trade"]
    assert trade.s_score is None and trade.n_joint == 0 and trade.verdict == "diverging"


def test_issue_roll_up_to_catalogue_root() -> None:
    stances = [st("st1", "AAA", "enrichment", -1, issue="iran:nuclear", pid="iran/enrich"),
               st("st2", "BBB", "enrichment", -1, issue="iran", pid="iran/enrich")]
    (c,) = convergence(stances, [], ACTORS)
    assert c.issue == "iran" and c.s_score == 1.0 and c.low_n and c.verdict == "converging"


def _art(aid: str, date: str, pol_b: int) -> Article:
    return Article(id=aid, text="x", date=date, actors=ACTORS, stances=(
        st("st1", "AAA", "a ceasefire", 1), st("st2", "BBB", "a ceasefire", pol_b)))


def test_corpus_windows_and_trend() -> None:
    series = corpus_convergence([_art("a1", "2012-01-05", -1), _art("a2", "2012-02-07", 1), _art("a3", None, 1)])
    by_w = {c.window: c for c in series}
    assert set(by_w) == {"2012-01", "2012-02", "undated"}
    assert by_w["2012-01"].s_score == -1.0 and by_w["2012-02"].s_score == 1.0
    assert by_w["2012-02"].stances == ("a2#st1", "a2#st2")
    (t,) = trend(series)
    assert (t.window_from, t.window_to, t.delta, t.direction) == ("2012-01", "2012-02", 2.0, "converging")
    assert t.evidence == ("a2#st1", "a2#st2")
    assert corpus_convergence([_art("a1", "2012-05-01", 1)], granularity="quarter")[0].window == "2012-Q2"


def test_scotts_pi() -> None:
    assert scotts_pi([(1, 1)]) is None
    assert scotts_pi([(1, 1), (1, 1)]) is None  # one category only
    assert scotts_pi([(1, 1), (-1, -1)]) == 1.0
    assert scotts_pi([(1, -1), (-1, 1)]) == -1.0
    # 3 of 4 agree; pooled share of + = 5/8 -> pe = 0.53125 -> pi = 0.21875 / 0.46875
    assert scotts_pi([(1, 1), (-1, -1), (1, 1), (1, -1)]) == pytest.approx(0.4667, abs=1e-4)


def test_state_institutions_count_for_their_state_and_labels_read_well() -> None:
    actors = (*ACTORS, Actor(id="BBBGOV", name="Bordurian government", type="organisation", country="BBB",
                             sector="GOV"),
              Actor(id="BBBMED", name="Bordurian media", type="organisation", country="BBB", sector="MED"))
    stances = [st("st1", "AAA", "sanctions", 1, issue="iran"), st("st2", "BBBGOV", "sanctions", 1, issue="iran"),
               st("st3", "BBBMED", "sanctions", -1, issue="iran")]
    out = convergence(stances, [], actors)
    pairs = {(c.a, c.b): c for c in out}
    assert ("AAA", "BBB") in pairs and pairs[("AAA", "BBB")].s_score == 1.0  # the government is Borduria
    assert ("AAA", "BBBMED") in pairs  # media speak for themselves
    assert "on Iran (" in pairs[("AAA", "BBB")].summary
    syr = convergence([st("st1", "AAA", "talks", 1), st("st2", "BBB", "talks", 1)], [], ACTORS)[0]
    assert "on the Syria crisis (" in syr.summary
