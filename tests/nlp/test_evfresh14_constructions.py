"""Event coverage on wire text (issue 15, evfresh14): loads named by what they carry, armed groups
and gang members as participants, the aim of a gift ("to help it fight X") that is no act, a bare
"the group" after an armed group, a bill sent to a legislature. Own sentences, with look-alikes."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a load named by what it carries is aid, whatever the preposition
    ("Turkey sent 40 lorries of blankets into Syria on Friday.", [("TUR", "Syria", "SYR", "073")]),
    ("Qatar sent three planeloads of rice and tents to Sudan.", [("QAT", "Sudan", "SDN", "073")]),
    # look-alike: a load of arms stays military aid; a convoy of tanks stays a deployment
    ("Poland sent two trucks of ammunition to Ukraine.", [("POL", "Ukraine", "UKR", "072")]),
])
def test_loads_named_by_what_they_carry(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
def test_empty_lorries_stay_a_deployment(nlp):
    assert [r[3] for r in _events(nlp, "Russia sent a convoy of tanks into the region.")] == ["154"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadist groups attacked two army posts in northern Benin on Sunday.",
     [("BENREB", "two army posts", "BENMIL", "190")]),
    ("Gang members set fire to a bus station in Port-au-Prince on Friday.",
     [("HTICRM", "Port-au-Prince", "HTI", "1712")]),
])
def test_armed_groups_and_gang_members(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
def test_an_aid_group_stays_a_non_governmental_organisation(nlp):
    rows = _events(nlp, "A Kenyan aid group delivered food to flood victims in Turkana.")
    assert rows and rows[0][0] == "KENNGO"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the gift is the event; the fight it is meant to help is the recipient's aim
    ("Japan gave Vietnam's coast guard six patrol boats on Monday to help it fight smugglers in the Gulf of Tonkin.",
     [("JPN", "Vietnam", "VNM", "070")]),
    ("France trained Benin's soldiers to help them fight jihadist groups in the north.",
     [("FRA", "Benin's soldiers", "BENMIL", "070")]),
    ("Ecuador's army said it had received rifles from Spain to help it fight drug gangs along the coast.",
     [("ESP", "Ecuador's army", "ECUMIL", "070")]),
])
def test_the_aim_of_a_gift_is_no_act(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
def test_help_as_the_main_verb_keeps_the_fight(nlp):
    rows = _events(nlp, "Rwanda helped Mozambique's army fight the insurgents in Cabo Delgado.")
    assert ("RWA", "Mozambique's army", "MOZMIL", "070") in rows
    assert [r[3] for r in rows if r[0] == "MOZMIL"] == ["190"]


@pytest.mark.model
def test_the_group_after_an_armed_group_is_that_group(nlp):
    text = "The 3R rebel group freed three nurses on Friday, and the group said it would free more next week."
    assert {r[0] for r in _events(nlp, text)} == {"REB"}


@pytest.mark.model
def test_the_group_after_fighters_of_a_rebel_group(nlp):
    text = "The government freed 25 fighters of the rebel group on Friday, and the group handed over 200 rifles."
    assert [r[0] for r in _events(nlp, text)] == ["GOV", "REB"]


@pytest.mark.model
def test_the_group_after_an_aid_group_stays_that_body(nlp):
    rows = _events(nlp, "A Kenyan aid group said on Monday that the group had delivered food to Turkana.")
    assert [r[0] for r in rows] == ["KENNGO"]


@pytest.mark.model
def test_a_bill_sent_to_a_legislature_is_no_aid(nlp):
    assert _events(nlp, "Chile's government said it would send the pension bill to the Senate next week.") == []
    # look-alike: food sent to a people is aid
    assert [r[3] for r in _events(nlp, "Chile said it would send food to Bolivia next week.")] == ["0333"]


@pytest.mark.model
def test_the_asian_development_bank_is_an_igo(nlp):
    rows = _events(nlp, "Mongolia asked the Asian Development Bank for a loan to build a power plant.")
    assert rows == [("MNG", "Asian Development Bank", "IGOBUSADB", "0231")]


@pytest.mark.model
def test_observers_received_are_let_in_not_aid(nlp):
    rows = _events(nlp, "Moldova received a team of election observers from the OSCE.")
    assert rows == [("MDA", "OSCE", "IGOEUROSC", "086")]
    # look-alikes: goods received from a state stay aid from it; a delegation received is a hosted visit
    assert _events(nlp, "Nepal received 40 tonnes of rice from India.") == [("IND", "Nepal", "NPL", "070")]
    assert _events(nlp, "Togo received a delegation from Benin.") == [("TGO", "Benin", "BEN", "043")]
