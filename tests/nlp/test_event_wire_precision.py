"""Which events wire copy states, and the codes of their parties (issue 15, gsrprec round): a
conjunct after a passive, restated acts, citations and conditions,
passive gerunds, complaints made to an addressee, shared objects and object control (own
sentences, full pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source_code, e.target_code, e.cameo) for e in nlp(text)._.sm_events]


def test_an_active_conjunct_after_a_passive_is_the_passive_subjects_act(nlp):
    rows = _rows(nlp, "Kenya's finance minister has been charged by an anti-graft court and will resign next week.")
    assert ("KENJUD", "KENGOV", "110") in rows
    assert [s for s, _, c in rows if c != "110"] == ["KENGOV"]  # the minister resigns, not the court


def test_a_purpose_infinitive_that_restates_the_act_is_no_second_event(nlp):
    assert _rows(nlp, "Kenya's foreign minister summoned Uganda's envoy to complain about raids by cattle "
                      "rustlers.") == [("KENGOV", "UGAGOV", "110")]
    assert _rows(nlp, "The Thai foreign ministry summoned the Cambodian ambassador to protest against the "
                      "shelling of border villages.") == [("THAGOV", "KHMGOV", "110")]


def test_coordinated_verbs_of_one_act_give_one_event(nlp):
    assert _rows(nlp, "Britain donated and delivered medicine to hospitals in Basra.") == [("GBR", "IRQ", "071")]


def test_coordinated_verbs_share_the_object_after_them(nlp):
    assert _rows(nlp, "Police in Lagos arrested and beat three students.") == [
        ("NGACOP", "NGAEDU", "173"), ("NGACOP", "NGAEDU", "182")]


def test_a_citation_and_a_passive_gerund(nlp):
    # the doctor sent by the NGO is the report's source, no aid; the prisoner is the one beaten, by
    # the keeper of the custody
    assert _rows(nlp, "A Kenyan prisoner died after being beaten in a Ugandan police cell, according to a "
                      "doctor sent to Uganda by Amnesty International.") == [("UGACOP", "KENCVL", "182")]
    assert _rows(nlp, "The activist was hospitalised after being tortured by soldiers.") == [("MIL", "OPP", "1822")]


def test_the_condition_of_a_threat_is_no_act(nlp):
    assert _rows(nlp, "Kenyan traders threatened a strike unless Uganda reopened its border with Kenya.") == [
        ("KENBUS", "UGA", "133")]
    rows = _rows(nlp, "The Tatar assembly threatened to secede from the federation unless Moscow pulled back "
                      "the troops it sent to the republic.")
    assert [c for _, _, c in rows] == ["1313"]


def test_a_complaint_to_an_addressee_aims_at_the_party_complained_of(nlp):
    assert _rows(nlp, "Syria complained to the United Nations on Monday over Turkish air strikes near its "
                      "border.") == [("SYR", "TUR", "114")]
    # a victim inside the topic is no party complained of: the addressee stays
    assert _rows(nlp, "Kenya complained to Britain about the treatment of Kenyan students.") == [("KEN", "GBR", "114")]


def test_the_object_of_a_verb_of_letting_does_the_infinitives_act(nlp):
    rows = _rows(nlp, "The Zambian minister allowed the union to hold a rally after talks on a peaceful protest "
                      "march.")
    assert ("ZMBLAB", None, "141") in rows
    assert not any(s == "ZMBGOV" and c[:2] == "14" for s, _, c in rows)
    assert ("ISR", "PSE", "085") in _rows(nlp, "The United States persuaded Israel to lift the blockade on Gaza.")


def test_a_planned_attack_is_a_force_posture(nlp):
    assert _rows(nlp, "The Kenyan army was preparing a new offensive on the rebels near Lamu.") == [
        ("KENMIL", "KENREB", "150")]
    assert _rows(nlp, "The Serbian army prepared to resume shelling the rebel-held villages.")[0][2] == "150"
    assert _rows(nlp, "The army resumed shelling the villages.")[0][2] == "194"  # (done: the act itself)


def test_role_nouns_of_a_body_take_the_bodys_sector(nlp):
    assert _rows(nlp, "Leaders of the opposition alliance in Kenya agreed to call off the protests.")[0][0] == "KENOPP"
    assert _rows(nlp, "Officials of the Kenyan teachers union demanded higher pay from the government.") == [
        ("KENLAB", "KENGOV", "1042")]
    assert _rows(nlp, "A member of the Kenyan parliament, John Otieno, began a hunger strike over the arrest "
                      "of two journalists.")[0][:2] == ("KENLEG", "KENMED")
    # a state in the complement stays the role's country ("the government of Turkey")
    assert _rows(nlp, "Members of the Ugandan parliament criticized the government over the arrests.") == [
        ("UGALEG", "UGAGOV", "111")]
