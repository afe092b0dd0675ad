"""Type decisions of the evlex round (issue 15): lexicon and convention entries brought to the CAMEO / PLOVER
codebook where a wording's type was fitted to a few sentences. Own sentences, the full pipeline with the
real model."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


def _codes(nlp, text: str) -> list[str]:
    return [c for _, _, _, c in _events(nlp, text)]


# --- suspects handed over to another state's authorities: extradition (063), no release ----------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Moldovan border police handed two car-theft suspects over to Romanian prosecutors.",
    "Thailand handed over a wanted arms dealer to the United States.",
    "Panama handed over a cocaine smuggler sought by Argentina on Tuesday.",
])
def test_suspects_handed_over_are_extradited(nlp, text):
    assert _codes(nlp, text) == ["063"]


@pytest.mark.model
def test_captives_handed_over_are_still_released(nlp):
    assert _codes(nlp, "The militia handed over the kidnapped surveyors to tribal elders.") == ["0841"]


# --- money released by a donor or lender is aid; people and frozen funds stay releases -----------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kuwait released $15 million for the reconstruction of schools in Mosul.",
    "The Asian Development Bank released a third tranche of its credit line to Sri Lanka.",
])
def test_sums_released_for_a_party_are_aid(nlp, text):
    assert _codes(nlp, text) == ["070"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("The insurgents released two aid workers after a month in captivity.", "0841"),
    ("Gunmen released a relief worker kidnapped in March.", "0841"),
    ("Washington released $6 billion in frozen funds to Iran.", "0842"),
])
def test_people_and_frozen_funds_released_are_no_aid(nlp, text, code):
    assert _codes(nlp, text) == [code]


# --- leaving an agreement with a party reduces relations (160); forces leaving retreat (087) ------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Italy pulled out of the investment agreement with China.",
    "Argentina withdrew from the trade pact with Chile.",
])
def test_leaving_an_agreement_reduces_relations(nlp, text):
    assert _codes(nlp, text) == ["160"]


@pytest.mark.model
def test_troops_withdrawing_still_retreat(nlp):
    assert _codes(nlp, "The troops withdrew from the town.") == ["087"]


# --- "attacked X for <conduct>": words of blame (111), not force ---------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The opposition leader attacked the government for raising fuel prices.",
    "The Czech president attacked Brussels for its handling of the migration crisis.",
])
def test_attacked_for_conduct_is_criticism(nlp, text):
    assert _codes(nlp, text) == ["111"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rebels attacked the army post for three hours before withdrawing.",  # time, no conduct
    "Militants attacked the convoy for failing to pay a toll.",  # armed attackers use force
    "Villagers attacked the mining camp for polluting their river.",  # a crowd on a site (review round 1)
])
def test_attacks_by_armed_parties_or_for_a_time_stay_force(nlp, text):
    assert _codes(nlp, text) == ["190"]


@pytest.mark.model
def test_a_mob_attacking_a_building_for_a_grievance_is_a_violent_protest(nlp):
    assert _codes(nlp, "An angry mob attacked the police station for its role in the killings.") == ["145"]


# --- roads held by civilians: passage obstructed in protest (144), not occupation (192) ------------------

@pytest.mark.model
def test_civilians_occupying_a_road_obstruct_it(nlp):
    assert _codes(nlp, "Striking dockers occupied the coast road outside the port for two days.") == ["144"]


@pytest.mark.model
def test_troops_occupying_a_road_still_occupy(nlp):
    assert "144" not in _codes(nlp, "Rebel fighters occupied the main highway to the capital.")


# --- defence and security ties deepened: military cooperation (062, PLOVER COOPERATE), not verbal support ---

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hanoi and Canberra deepened their defence ties with a maritime pact.",
    "Poland strengthened security ties with South Korea by buying more tanks.",
])
def test_defence_ties_strengthened_are_military_cooperation(nlp, text):
    assert set(_codes(nlp, text)) == {"062"}


@pytest.mark.model
def test_plain_ties_deepened_stay_diplomatic(nlp):
    assert _codes(nlp, "Brazil deepened ties with India during the summit.") == ["050"]


# --- a court's order to stand trial or to return to prison is that act (112, 173), no appeal ------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Judges in Quito ordered the ousted mayor to stand trial for embezzlement.", "112"),
    ("A judge in Madrid ordered the football executive to face trial over the payments.", "112"),
    ("The constitutional court ordered the ex-governor to return to prison within five days.", "173"),
])
def test_a_courts_order_to_stand_trial_or_return_to_prison_is_the_act(nlp, text, code):
    assert _codes(nlp, text) == [code]


@pytest.mark.model
def test_an_order_by_a_government_to_return_land_stays_a_demand(nlp):
    assert _codes(nlp, "The government ordered the ministry to return the land to the villagers.")[0][:2] == "10"
