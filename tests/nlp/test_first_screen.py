"""What the bundled example shows first: speakers resolved, issues kept apart (issue 10, item 12)."""

from __future__ import annotations

import pytest

import stancemap
from stancemap.cli import example_path


@pytest.fixture(scope="module")
def example():
    return stancemap.analyze(example_path().read_text(encoding="utf-8"))


def _names(art):
    return {a.id: a for a in art.actors}


@pytest.mark.model
def test_no_speaker_is_left_as_a_bare_pronoun(example):
    names = _names(example)
    for s in example.statements:
        if s.speaker is not None and s.speaker.text.lower() in ("he", "she"):
            assert s.speaker.actor is not None and names[s.speaker.actor].type == "person"


@pytest.mark.model
def test_an_unnamed_officials_office_speaks_for_her_body_not_for_a_minister(example):
    names = _names(example)
    (st,) = [s for s in example.statements if s.cue and s.cue.text == "according to"]
    assert names[st.speaker.actor].type == "igo"


@pytest.mark.model
def test_agreement_and_disagreement_are_filed_under_their_own_issues(example):
    verdicts = {(c.issue, c.verdict) for c in example.convergence if {c.a, c.b} == {"NOR", "IDN"}}
    assert ("myanmar_rohingya", "converging") in verdicts and ("trade", "diverging") in verdicts


@pytest.mark.model
def test_unnamed_envoy_pronoun_rule_on_a_new_text():
    text = ("Foreign Minister Carla Mendes of Chile met officials in Khartoum on Monday. "
            "The African Union envoy for Sudan praised the talks, according to a statement from her office.")
    art = stancemap.analyze(text)
    names = _names(art)
    (st,) = [s for s in art.statements if s.cue and s.cue.text == "according to"]
    assert st.speaker.actor is None or names[st.speaker.actor].type != "person"


def test_explicit_topic_of_a_disagreement_decides_its_issue():
    from stancemap.issues.catalogue import default_catalogue
    from stancemap.issues.detect import choose_issue

    cat = default_catalogue()
    sentence = "Chile and Peru back a ceasefire in Sudan, differ on copper tariffs"
    assert choose_issue(cat, "copper tariffs", sentence, explicit_topic=True).id == "trade"
    assert choose_issue(cat, "copper tariffs", sentence).how == "sentence"  # a stance's target: the region
    assert choose_issue(cat, "the ceasefire in Sudan", sentence, explicit_topic=True).how == "target"


@pytest.mark.model
def test_a_position_in_the_trade_paragraph_is_filed_under_trade(example):
    """The example's trade paragraph names trade once; its later positions stay under trade."""
    by_id = _names(example)
    trade = [s for s in example.stances if s.issue == "trade"]
    holders = {by_id[s.actor].country or s.actor for s in trade if s.actor in by_id}
    assert {"NOR", "IDN"} <= holders
