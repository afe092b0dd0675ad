"""Event coverage on wire text (issue 15, evfresh14): loads named by what they carry, armed groups
and gang members as participants, the aim of a gift ("to help them arrest X") that is no act, a bare
"the group" after an armed group, a budget sent to parliament. Own sentences
(other stories than the branch's fresh file and the older files), with look-alikes."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a load is named by what it carries: relief goods make aid, whatever the preposition
    ("Algeria sent two truckloads of tents and blankets to Niger on Monday.", [("DZA", "Niger", "NER", "073")]),
    ("Qatar sent three planeloads of rice and tents to Sudan.", [("QAT", "Sudan", "SDN", "073")]),
    # look-alike: a load of arms stays military aid
    ("Poland sent two trucks of ammunition to Ukraine.", [("POL", "Ukraine", "UKR", "072")]),
])
def test_loads_named_by_what_they_carry(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
def test_a_convoy_of_tanks_stays_a_deployment(nlp):
    assert [r[3] for r in _events(nlp, "Russia sent a convoy of tanks into the region.")] == ["154"]


@pytest.mark.model
def test_jihadist_groups_are_rebels(nlp):
    rows = _events(nlp, "Jihadist groups attacked two army posts in northern Benin on Sunday.")
    assert rows == [("BENREB", "two army posts", "BENMIL", "190")]


@pytest.mark.model
def test_gang_members_are_criminals(nlp):
    rows = _events(nlp, "Gang members burned three buses outside Cap-Haitien on Sunday.")
    assert [r[0] for r in rows] == ["CRM"]


@pytest.mark.model
def test_an_aid_group_stays_a_non_governmental_organisation(nlp):
    rows = _events(nlp, "A Kenyan aid group delivered food to flood victims in Turkana.")
    assert rows and rows[0][0] == "KENNGO"


@pytest.mark.model
@pytest.mark.parametrize(("text", "giver", "receiver"), [
    # the gift is the event; what it is meant to help the receiver do is the receiver's aim
    ("Italy donated armoured vans to Tunisia's police to help them arrest people smugglers.", "ITA", "TUNCOP"),
    ("Peru's navy said it had received two patrol planes from South Korea to enable it to intercept drug boats.",
     "KOR", "PERMIL"),
])
def test_the_aim_of_a_gift_is_no_act(nlp, text, giver, receiver):
    rows = _events(nlp, text)
    assert [(r[0], r[2], r[3][:2]) for r in rows] == [(giver, receiver, "07")]


@pytest.mark.model
def test_an_act_done_beside_the_gift_stays(nlp):
    # look-alike: the same gift and an interception reported as done
    rows = _events(nlp, "Peru's navy said it had received two patrol planes from South Korea and intercepted drug boats.")
    assert [r[3] for r in rows] == ["070", "170"]


@pytest.mark.model
def test_help_as_the_main_verb_keeps_the_fight(nlp):
    rows = _events(nlp, "Rwanda helped Mozambique's army fight the insurgents in Cabo Delgado.")
    assert ("RWA", "Mozambique's army", "MOZMIL", "070") in rows
    assert [r[3] for r in rows if r[0] == "MOZMIL"] == ["190"]


@pytest.mark.model
def test_the_group_after_an_armed_group_is_that_group(nlp):
    text = ("The Kata rebel group ambushed an army convoy near Bossangoa, and the group later released "
            "two drivers.")
    assert [r[0] for r in _events(nlp, text)] == ["CAFREB", "CAFREB"]


@pytest.mark.model
def test_the_group_of_survivors_is_no_armed_group(nlp):
    text = ("Armed men of the Kata rebel group ambushed a bus near Bossangoa, and the group of survivors "
            "reached Bangui.")
    assert [r[3] for r in _events(nlp, text)] == ["190"]


@pytest.mark.model
def test_the_group_after_an_aid_group_stays_that_body(nlp):
    rows = _events(nlp, "A Malian aid group said on Monday that the group had delivered seed to farmers in Mopti.")
    assert [r[0] for r in rows] == ["MLINGO"]


@pytest.mark.model
def test_a_budget_sent_to_parliament_is_no_aid(nlp):
    assert _events(nlp, "The cabinet sent the draft budget to parliament on Tuesday.") == []
    # look-alike: food sent to a people is aid
    assert [r[3] for r in _events(nlp, "Chile said it would send food to Bolivia next week.")] == ["0333"]


@pytest.mark.model
def test_the_asian_development_bank_is_an_igo(nlp):
    rows = _events(nlp, "Mongolia asked the Asian Development Bank for a loan to build a power plant.")
    assert rows == [("MNG", "Asian Development Bank", "IGOBUSADB", "0231")]

