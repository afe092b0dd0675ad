"""Which events wire copy states, and the codes of their parties (issue 15, gsrprec rounds): a
conjunct after a passive, restated acts, citations and conditions, passive gerunds, complaints made
to an addressee, shared objects and object control, role nouns of a body. Own sentences, full
pipeline with the real model; each rule has look-alikes where it must not fire."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source_code, e.target_code, e.cameo) for e in nlp(text)._.sm_events]


def test_an_active_conjunct_after_a_passive_is_the_passive_subjects_act(nlp):
    assert _rows(nlp, "The Zambian opposition leader was arrested by police and then called for nationwide "
                      "protests.") == [("ZMBCOP", "ZMBOPP", "173"), ("ZMBOPP", None, "020")]
    assert _rows(nlp, "Two Ugandan reporters were detained by soldiers in Kampala and later accused the army "
                      "of torture.") == [("UGAMIL", "UGAMED", "173"), ("UGAMED", "UGAMIL", "1122")]


def test_look_alikes_of_the_passive_conjunct_keep_the_doer(nlp):
    # both verbs active: one doer
    assert _rows(nlp, "Police arrested the opposition leader and later released him.") == [
        ("COP", "OPP", "173"), ("COP", "OPP", "0841")]
    # a bare participle shares the passive: the agent is still its doer
    assert [s for s, _, _ in _rows(nlp, "The opposition leader was arrested by police and charged with "
                                        "treason.")] == ["COP", "COP"]


def test_a_purpose_infinitive_that_restates_the_act_is_no_second_event(nlp):
    assert _rows(nlp, "The Indian government summoned a senior Pakistani diplomat to lodge a protest over the "
                      "killing of a fisherman.") == [("INDGOV", "PAKGOV", "110")]
    assert _rows(nlp, "Nigeria summoned Ghana's high commissioner to express its displeasure over attacks on "
                      "Nigerian traders.") == [("NGA", "GHAGOV", "110")]


def test_coordinated_steps_of_one_aid_transfer_give_one_event(nlp):
    assert _rows(nlp, "The European Union financed and supplied generators for hospitals in Lebanon.") == [
        ("IGOEEC", "LBN", "071")]


def test_coordinated_verbs_share_the_object_after_them(nlp):
    assert _rows(nlp, "Rebels ambushed and killed four soldiers near Beni.") == [("CODREB", "CODMIL", "190")]


def test_a_verb_with_no_object_shares_none_and_keeps_its_own_act(nlp):
    # surrendering takes no object: the captives are released, not surrendered, and the two acts of
    # one root (0874, 0841) are two events
    rows = _rows(nlp, "The militants capitulated and released forty captives near Goma.")
    assert [c for _, _, c in rows] == ["0874", "0841"]
    assert rows[0][1] != "CODCVL" and rows[1] == ("CODREB", "CODCVL", "0841")


def test_a_citation_is_no_act_and_a_passive_gerund_has_its_patient(nlp):
    # the monitor deployed by the UN is where the report comes from, no deployment
    assert _rows(nlp, "Three Yemeni fishermen were killed by Saudi coastguards, according to a monitor deployed "
                      "in the port by the United Nations.") == [("SAU", "YEM", "190")]
    # the trader is the one beaten; in custody the keeper of the prison acts
    assert _rows(nlp, "A Tanzanian trader died after being beaten by Malawian border guards.") == [
        ("MWIMIL", "TZABUS", "182")]  # (a trader: BUS, evfresh8)
    assert _rows(nlp, "A Sudanese activist died after being tortured in an Egyptian prison.") == [
        ("EGY", "SDNOPP", "1822")]


def test_the_condition_of_a_threat_is_no_act(nlp):
    assert _rows(nlp, "The rebels threatened to quit the negotiations unless Sudan freed the fighters it "
                      "captured in Darfur.") == [("SDNREB", "SDN", "130")]
    assert [c for _, _, c in _rows(nlp, "Fishermen threatened to block the port unless Tanzania ended its "
                                        "fishing deal with Kenya.")] == ["130"]


def test_a_complaint_to_an_addressee_aims_at_the_party_of_the_act_complained_of(nlp):
    assert _rows(nlp, "Greece protested to the European Union about Turkish incursions into its "
                      "airspace.") == [("GRC", "TUR", "114")]
    assert _rows(nlp, "Armenia complained to Russia over Azerbaijani shelling of border villages.") == [
        ("ARM", "AZE", "114")]


def test_a_complaint_about_people_keeps_the_addressee(nlp):
    # people, not an act: their nationality names no party complained of
    assert _rows(nlp, "Chad protested to Niger about Nigerian smugglers carrying fuel across the desert.") == [
        ("TCD", "NER", "114")]
    # a victim inside the topic is no party complained of either
    assert _rows(nlp, "Senegal complained to France about the treatment of Senegalese students at French "
                      "universities.") == [("SEN", "FRA", "114")]


def test_the_object_of_a_verb_of_letting_does_the_infinitives_act(nlp):
    assert _rows(nlp, "The court permitted the opposition to hold a demonstration outside the electoral "
                      "commission.") == [("OPP", None, "141")]


def test_verbs_of_forcing_and_appeals_keep_their_reading(nlp):
    assert _rows(nlp, "The governor urged the nurses' union to call off its sit-in.") == [("GOV", "LAB", "020")]
    assert not any(s == "LAB" for s, _, _ in _rows(
        nlp, "The police forced the nurses' union to cancel its sit-in outside the health ministry."))


def test_a_planned_attack_is_a_force_posture(nlp):
    assert _rows(nlp, "The Ethiopian army is preparing a ground assault against rebel positions in the "
                      "north.") == [("ETHMIL", "ETHREB", "150")]
    assert _rows(nlp, "Government forces prepared to bomb militant hideouts in the hills.") == [("MIL", None, "150")]


def test_look_alikes_of_a_planned_attack(nlp):
    assert _rows(nlp, "Government forces bombed militant hideouts in the hills.") == [("MIL", None, "195")]
    assert _rows(nlp, "The ministry prepared a report on the bombing of the hideouts.") == []


def test_role_nouns_of_a_body_take_the_bodys_sector(nlp):
    assert _rows(nlp, "Leaders of the Zimbabwean farmers union rejected the land reform bill.") == [
        ("ZWEAGR", None, "123")]
    assert _rows(nlp, "Spokesmen for the Ugandan opposition coalition condemned the arrests.") == [
        ("UGAOPP", None, "111")]


def test_a_person_of_an_organisation_takes_its_code_only_for_roles_of_membership(nlp):
    assert _rows(nlp, "Police detained Peter Mwangi, a member of the Tanzanian parliament, at a rally in "
                      "Arusha.") == [("TZACOP", "TZALEG", "173")]
    assert _rows(nlp, "Police detained Peter Mwangi, a spokesman for the Tanzanian parliament, at a rally in "
                      "Arusha.") == [("TZACOP", "TZALEG", "173")]
    # a critic of a body is none of its members (organisations and international bodies alike)
    assert _rows(nlp, "Police detained Peter Mwangi, a vocal critic of the Tanzanian parliament, at a rally in "
                      "Arusha.") == [("TZACOP", "TZA", "173")]
    assert _rows(nlp, "Soldiers arrested Amina Yusuf, an outspoken opponent of the United Nations, in Juba.") == [
        ("SSDMIL", "SSD", "173")]
    assert _rows(nlp, "Soldiers arrested Amina Yusuf, a senior official of the United Nations mission, in "
                      "Juba.") == [("SSDMIL", "IGOUNO", "173")]
