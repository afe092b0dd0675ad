"""Re-read of the events merge: the orderer's own forces ordered out or to withdraw stay an order,
a name of praise given by "call" is no criticism, a reported pronoun subject is not forced onto the
speaker when an earlier clause has an agreeing subject, a negated denial is no denial. Own sentences,
the real model."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("The governor ordered the army to withdraw its soldiers from two eastern provinces on Monday.", "100"),
    ("The colonel ordered his soldiers out of the village after the rebels advanced.", "100"),
    ("The navy ordered its sailors out of the harbour before the storm.", "100"),
    # another state's or foreign forces are expelled
    ("Kenya ordered Somalia to withdraw its soldiers stationed along the border.", "166"),
    ("The junta ordered foreign troops out of the country by December.", "166"),
])
def test_own_forces_ordered_out_stay_an_order(nlp, text, code):
    assert [r[3] for r in _events(nlp, text)] == [code]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("The mayor called the regime a friend of the city.", "051"),
    ("The senator called the dictator a trusted ally of the nation.", "051"),
    ("The minister called the blockade illegal.", "111"),
    ("The minister called the referendum a sham.", "111"),
    ("The president called the rebels terrorists.", "111"),
])
def test_a_name_of_praise_given_is_no_criticism(nlp, text, code):
    assert [r[3] for r in _events(nlp, text)] == [code]


@pytest.mark.model
def test_a_reported_pronoun_is_not_the_speaker_when_an_earlier_subject_agrees(nlp):
    rows = _events(nlp, "Militants attacked a police station in Borno, and police said they had killed "
                        "three officers.")
    assert ("NGAREB", "three officers", "NGAMIL", "190") in rows
    assert not any(r[0] == "NGACOP" for r in rows)


@pytest.mark.model
def test_a_negated_denial_is_no_denial(nlp):
    assert _events(nlp, "Moscow never denied that its troops shelled the town.") == [
        ("RUSMIL", "the town", "RUS", "194")]
    assert _events(nlp, "Moscow denied that its troops shelled the town.") == []
