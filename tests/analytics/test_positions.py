"""Scaled positions: issue profiles, their scaling and the dyad score."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from stancemap.analytics.positions import counted, issue_profiles, position_scores, scale_profiles
from stancemap.records import Stance, TextSpan

EV = TextSpan("x", 0, 1)
_IDS = itertools.count(1)


def _st(actor: str, issue: str, prop: str, pol: int, cue: str | None = None, strength: float = 1.0) -> Stance:
    return Stance(id=f"st{next(_IDS)}", actor=actor, issue=issue, issue_label=issue, proposition=prop,
                  polarity=pol, strength=strength, cue=TextSpan(cue, 0, len(cue)) if cue else None, evidence=EV)


def _bloc_corpus() -> list[Stance]:
    """Two blocs that never state the same proposition: north (N1, N2) speaks of trade and
    sanctions and backs them; south (S1, S2) speaks of the embargo and of debt and opposes
    them; M speaks of both sides."""
    out = []
    for a, words in (("N1", ("free trade", "open markets", "targeted sanctions")),
                     ("N2", ("trade liberalisation", "sanctions on the regime", "tariff cuts"))):
        out += [_st(a, "trade", words[0], 1), _st(a, "trade", words[1], 1), _st(a, "sanctions", words[2], 1)]
    for a, words in (("S1", ("the embargo", "the debt burden", "unilateral measures")),
                     ("S2", ("coercive measures", "debt conditions", "the blockade"))):
        out += [_st(a, "sanctions", words[0], -1), _st(a, "debt", words[1], -1), _st(a, "debt", words[2], -1)]
    out += [_st("M", "trade", "market access", 1), _st("M", "debt", "debt relief", 1),
            _st("M", "sanctions", "the embargo", -1)]
    return out


def test_profiles_count_positions_only() -> None:
    sts = _bloc_corpus() + [
        _st("N1", "trade", "you on your election to the presidency", 1, cue="congratulate"),
        _st("N1", "auto:anniversary", "the anniversary", 1),
        _st("X", "trade", "free trade", 1),  # one stance: below min_stances
    ]
    assert not counted(sts[-3]) and not counted(sts[-2]) and counted(sts[0])
    prof = issue_profiles(sts, min_stances=3)
    assert set(prof) == {"N1", "N2", "S1", "S2", "M"}
    n1 = prof["N1"]
    assert n1.n_stances == 3 and n1.salience == pytest.approx({"trade": 2 / 3, "sanctions": 1 / 3}, abs=1e-5)
    assert n1.position == {"trade": 1.0, "sanctions": 1.0}
    assert prof["S1"].position == {"sanctions": -1.0, "debt": -1.0}


def test_owner_folds_actors() -> None:
    sts = [_st("person:a", "trade", "free trade", 1), _st("AAA", "trade", "tariffs", -1),
           _st("person:a", "debt", "debt relief", 1)]
    prof = issue_profiles(sts, lambda a: "AAA" if a in ("person:a", "AAA") else a, min_stances=3)
    assert set(prof) == {"AAA"} and prof["AAA"].position == {"trade": 0.0, "debt": 1.0}


def test_scaled_scores_separate_blocs_without_shared_propositions() -> None:
    prof = issue_profiles(_bloc_corpus(), min_stances=3)
    sc = scale_profiles(prof, dims=2)
    assert sc.dims == 2 and len(sc.explained) == 2 and sum(sc.explained) <= 1.0 + 1e-9
    assert all(len(sc.coords[a]) == 2 for a in prof)
    scores = {(p.a, p.b): p for p in position_scores(prof, sc)}
    assert len(scores) == 10  # every pair of the five actors
    assert scores[("N1", "N2")].score > 0.9 and scores[("S1", "S2")].score > 0.9
    assert scores[("N1", "S1")].score < -0.5 and scores[("N2", "S2")].score < -0.5
    assert scores[("N1", "S1")].distance > scores[("N1", "N2")].distance
    assert all(-1.0 <= p.score <= 1.0 for p in scores.values())
    assert scores[("M", "N1")].weight == 3.0 and scores[("M", "N1")].n_a == 3


def test_empty_corpus_scales_to_nothing() -> None:
    sc = scale_profiles({})
    assert sc.dims == 0 and position_scores({}, sc) == []


def test_uncertainty_shrinks_with_consistent_evidence() -> None:
    from stancemap.analytics.positions import with_uncertainty

    sts = _bloc_corpus()
    # N3 says the same as N1 many times over; M stays mixed with few stances
    sts += [_st("N3", "trade", f"free trade {i}", 1) for i in range(8)] + \
        [_st("N3", "sanctions", f"targeted sanctions {i}", 1) for i in range(4)]
    prof = issue_profiles(sts, min_stances=3)
    sc = with_uncertainty(prof, scale_profiles(prof, dims=2), draws=40, seed=3)
    assert set(sc.coord_se) == set(prof) and all(len(v) == 2 for v in sc.coord_se.values())
    assert sum(sc.coord_se["N3"]) < sum(sc.coord_se["M"])
    again = with_uncertainty(prof, scale_profiles(prof, dims=2), draws=40, seed=3)
    assert again.coord_se == sc.coord_se  # fixed seed: the same numbers every run
    scores = {(p.a, p.b): p for p in position_scores(prof, sc, draws=40)}
    assert all(p.se is not None and p.se >= 0 for p in scores.values())
    assert scores[("N1", "N3")].se < scores[("M", "S1")].se
    assert position_scores(prof, sc)[0].se is None  # no draws, no se


# ------------------------------------------------------------------ agenda scaling

def _agenda_art(aid: str, actor: str, props: list[str]) -> object:
    from stancemap.records import Article

    return Article(id=aid, text="x", author=actor,
                   meta={"agenda": [{"actor": actor, "proposition": p, "issue": "i", "start": 10 * k,
                                     "end": 10 * k + 9} for k, p in enumerate(props)]})


def _agenda_corpus() -> list[object]:
    """Two blocs that raise different propositions of the debate, and a member in between."""
    return [
        _agenda_art("n1", "N1", ["court", "court", "council", "democracy", "democracy"]),
        _agenda_art("n2", "N2", ["court", "council", "council", "democracy"]),
        _agenda_art("s1", "S1", ["embargo", "embargo", "debt", "order", "order"]),
        _agenda_art("s2", "S2", ["embargo", "debt", "debt", "order", "council"]),
        _agenda_art("m", "M", ["court", "embargo", "council"]),
        _agenda_art("x", "X", ["court", "debt"]),  # two sentences: below min_mentions
    ]


def test_agenda_profiles_count_sentences_per_actor() -> None:
    from stancemap.analytics.positions import agenda_profiles

    prof = agenda_profiles(_agenda_corpus(), min_mentions=3)
    assert set(prof) == {"N1", "N2", "S1", "S2", "M"}
    assert prof["N1"].counts == {"council": 1, "court": 2, "democracy": 2} and prof["N1"].n == 5
    assert prof["N1"].evidence[:2] == ("n1#0-9", "n1#10-19")  # the sentences behind the counts
    folded = agenda_profiles(_agenda_corpus(), lambda a, art: "N1" if a in ("N1", "N2") else a, min_mentions=3)
    assert folded["N1"].n == 9 and folded["N1"].counts["council"] == 3


def test_agenda_scaling_separates_blocs() -> None:
    from stancemap.analytics.positions import agenda_profiles, agenda_scores, scale_agenda

    prof = agenda_profiles(_agenda_corpus(), min_mentions=3)
    sc = scale_agenda(prof, dims=2)
    assert sc.dims == 2 and sc.features == ("agenda:council", "agenda:court", "agenda:debt", "agenda:democracy",
                                            "agenda:embargo", "agenda:order")
    assert len(sc.scale) == 6 and all(v > 0 for v in sc.scale)
    scores = {(p.a, p.b): p for p in agenda_scores(prof, sc)}
    assert len(scores) == 10
    assert min(p.score for p in scores.values()) == -1.0  # the two farthest apart
    assert scores[("N1", "N2")].score > scores[("N1", "S1")].score
    assert scores[("S1", "S2")].score > scores[("N2", "S2")].score
    assert scores[("M", "N1")].weight == 3.0 and scores[("N1", "S1")].weight == 5.0
    d = scores[("N1", "S1")].distance
    assert d == pytest.approx(float(np.linalg.norm(np.array(sc.coords["N1"]) - np.array(sc.coords["S1"]))), abs=1e-3)


def test_agenda_uncertainty_and_degenerate_inputs() -> None:
    from stancemap.analytics.positions import (
        agenda_profiles,
        agenda_scores,
        scale_agenda,
        with_agenda_uncertainty,
    )

    prof = agenda_profiles(_agenda_corpus(), min_mentions=3)
    sc = with_agenda_uncertainty(prof, scale_agenda(prof), draws=30, seed=2)
    assert set(sc.coord_se) == set(prof) and all(len(v) == 2 and min(v) >= 0 for v in sc.coord_se.values())
    again = with_agenda_uncertainty(prof, scale_agenda(prof), draws=30, seed=2)
    assert again.coord_se == sc.coord_se
    scored = agenda_scores(prof, sc, draws=30)
    assert all(p.se is not None and p.se >= 0 for p in scored)
    assert agenda_scores({}, scale_agenda({})) == []
    one = agenda_profiles(_agenda_corpus()[:1], min_mentions=3)
    assert scale_agenda(one).dims == 0 and agenda_scores(one, scale_agenda(one)) == []
