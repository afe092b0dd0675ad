"""The seed article: Turkey and Russia converge on Syria and Iran, with the evidence."""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.conftest import shared_path

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def article():  # type: ignore[no-untyped-def]
    from stancemap.api import analyze

    text = shared_path("examples", "turkey-russia-syria-iran-2012.txt").read_text(encoding="utf-8")
    return analyze(text, id="example", date="2012-01-18")


def _state(article, actor_id):  # type: ignore[no-untyped-def]
    a = next((x for x in article.actors if x.id == actor_id), None)
    return a.country if a is not None and a.country else actor_id


def test_positions_of_both_states(article) -> None:  # type: ignore[no-untyped-def]
    pos: dict[tuple[str, int], set[str]] = defaultdict(set)
    for st in article.stances:
        pos[(_state(article, st.actor), st.polarity)].add(st.proposition.lower())

    def has(state: str, pol: int, *words: str) -> bool:
        return any(all(w in p for w in words) for p in pos[(state, pol)])

    for state in ("TUR", "RUS"):
        assert has(state, 1, "bloodshed"), state
        assert has(state, 1, "talks"), state
    assert has("TUR", 1, "reform process")
    assert has("RUS", 1, "peaceful solution")
    assert has("RUS", -1, "force")
    assert has("RUS", -1, "sanctions")
    issues = {st.issue.split(":")[0] for st in article.stances}
    assert {"syria", "iran"} <= issues


def test_alignments_on_syria_and_iran(article) -> None:  # type: ignore[no-untyped-def]
    pairs = {(frozenset((_state(article, a.a), _state(article, a.b))), a.issue.split(":")[0], a.polarity)
             for a in article.alignments if a.issue}
    assert (frozenset({"TUR", "RUS"}), "syria", 1) in pairs
    assert (frozenset({"TUR", "RUS"}), "iran", 1) in pairs


def test_convergence_with_traceable_evidence(article) -> None:  # type: ignore[no-untyped-def]
    ids = {s.id for s in article.stances} | {a.id for a in article.alignments}
    found = {}
    for c in article.convergence:
        if {c.a, c.b} == {"TUR", "RUS"}:
            found[c.issue] = c
    for issue in ("syria", "iran"):
        c = found[issue]
        assert c.verdict == "converging"
        assert c.s_score is not None and c.s_score > 0.5 and c.n_joint >= 2
        assert c.alignment_balance == 1.0
        assert c.stances and c.alignments and set(c.stances) | set(c.alignments) <= ids
        assert "converging" in c.summary and c.alignments[0] in c.summary


def test_paraphrased_positions_share_propositions(article) -> None:  # type: ignore[no-untyped-def]
    """Russia's "solved through diplomatic means" and Turkey's "talks ... should resume" are one
    proposition; so are "ready to host the talks" and "the talks being held in Turkey"."""
    by_pid: dict[str, set[str]] = defaultdict(set)
    for st in article.stances:
        if st.issue.startswith("iran") and st.proposition_id:
            by_pid[st.proposition_id].add(_state(article, st.actor))
    shared = [pid for pid, states in by_pid.items() if {"TUR", "RUS"} <= states]
    assert len(shared) >= 2
    host = [st for st in article.stances if "host" in (st.proposition_id or "")]
    assert {_state(article, st.actor) for st in host} == {"TUR", "RUS"}


def test_convergence_report_over_jsonl(article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from stancemap.analytics.report import convergence_report, render_report

    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(article.to_dict()) + "\n", encoding="utf-8")
    rep = convergence_report(path, window="month", actors=["TUR", "RUS"])
    by_issue = {d["issue"]: d for d in rep["dyads"] if d["issue"] != "*"}
    assert {"syria", "iran"} <= set(by_issue)
    for d in by_issue.values():
        (row,) = d["series"]
        assert row["window"] == "2012-01" and row["verdict"] == "converging" and row["n_joint"] >= 2
        assert all(x.startswith("example#") for x in row["stances"] + row["alignments"])
    assert "Turkey – Russia on the Syria crisis: converging" in render_report(rep)
