"""Event participants: unnamed parties of an event become actors of their own (own sentences,
full pipeline with the real model)."""

from __future__ import annotations

import pytest

from stancemap.nlp.events.participants import participant_table

pytestmark = pytest.mark.model


def _events(nlp, text: str) -> tuple[list[tuple[str | None, str | None, str]], dict[str, object]]:
    doc = nlp(text)
    acts = {a.id: a for a in doc._.sm_actors}
    return [(e.source_code, e.target_code, e.plover) for e in doc._.sm_events], acts


def test_police_and_journalists_take_the_country_of_their_phrase(nlp):
    evs, acts = _events(nlp, "Police in Kenya arrested two journalists on Monday.")
    assert ("KENCOP", "KENMED", "COERCE") in evs
    police = acts["KENCOP"]
    assert (police.sector, police.country, [m.text for m in police.mentions]) == ("COP", "KEN", ["Police in Kenya"])


def test_unnamed_attackers_and_victims_take_the_country_of_the_place(nlp):
    evs, acts = _events(nlp, "Gunmen stormed a village in northern Mali, killing 12 people.")
    assert any(s == "MLIUAF" and e == "ASSAULT" for s, _, e in evs)
    assert acts["MLIUAF"].sector == "UAF"


def test_a_weapon_stands_for_an_unidentified_armed_party(nlp):
    evs, acts = _events(nlp, "Three Ghanaian soldiers were wounded by a roadside bomb.")
    assert evs == [("GHAUAF", "GHAMIL", "ASSAULT")]
    assert acts["GHAUAF"].type == "other"


def test_a_named_party_without_a_country_takes_the_events_in_its_code(nlp):
    doc = nlp("Judge Maria Ortiz ordered the arrest of two Peruvian officials.")
    (ev,) = doc._.sm_events
    judge = next(a for a in doc._.sm_actors if a.id == ev.source)
    assert judge.country is None  # the actor is left as the actor stage made it
    assert (ev.source_code, ev.target_code, ev.plover) == ("PERJUD", "PERGOV", "COERCE")


def test_participants_only_join_the_actors_when_an_event_uses_them(nlp):
    doc = nlp("Farmers in the valley said the harvest was good this year.")
    assert doc._.sm_events == []
    assert not any(a.sector == "AGR" for a in doc._.sm_actors)


def test_a_light_verb_carries_a_noun_of_support(nlp):
    evs, _ = _events(nlp, "The Chilean president voiced strong support for the Peruvian government.")
    assert ("CHLGOV", "PERGOV", "SUPPORT") in evs


def test_participant_table_sections():
    t = participant_table()
    assert t.people["gunmen"] == "UAF" and t.people["strikers"] == "LAB"
    assert "village" in t.places and "country" in t.states and "roadside bomb" in t.weapons


@pytest.mark.parametrize("text", [
    "QUITO, Ecuador -- Ecuador's army attacked rebels near the border.",
    "LIMA -- The Peruvian foreign minister criticized Chile on Tuesday.",
    "LIMA, Peru -- The Peruvian foreign minister criticized Chile on Tuesday.",
    "THE HAGUE, Netherlands -- A Peruvian prosecutor has charged a former Ecuadorian minister with fraud.",
])
def test_a_dateline_is_never_the_source(nlp, text):
    evs, _ = _events(nlp, text)
    assert evs and all(s is not None and s[:3] in ("ECU", "PER") and s not in ("ECU", "PER") for s, _, _ in evs)


def test_a_participant_reached_through_the_object(nlp):
    evs, _ = _events(nlp, "The court rejected the appeal of a jailed Kenyan activist.")
    assert ("KENJUD", "KENOPP", "REJECT") in evs


def test_a_bare_collective_takes_the_country_of_the_other_party_in_the_event_code(nlp):
    evs, _ = _events(nlp, "Egyptian police arrested three activists on Monday.")
    assert evs == [("EGYCOP", "EGYOPP", "COERCE")]


@pytest.mark.parametrize("text", [
    "Ghana has deployed two hundred soldiers to the African Union force in Mali.",
    "Kenya agreed to an expansion of the African Union mission in Mali.",
    "Senegal pledged soldiers for the African Union stabilisation mission rotation scheme in Mali.",
])
def test_an_international_force_stands_for_its_host_country(nlp, text):
    evs, _ = _events(nlp, text)
    assert evs and all(t == "MLI" for _, t, _ in evs)


def test_a_resolution_of_an_international_body_is_not_a_force(nlp):
    evs, _ = _events(nlp, "Russia vetoed a Security Council resolution on the fighting in Mali.")
    assert evs and all(t and t.startswith("IGO") for _, t, _ in evs)


def test_the_holder_of_a_pledged_support_is_no_target(nlp):
    evs, _ = _events(nlp, "The Kenyan ambassador pledged his government's support for Somalia.")
    assert evs and all(t == "SOM" for _, t, _ in evs)


def test_a_partitive_subject_stands_for_its_of_complement(nlp):
    doc = nlp("Hundreds of students occupied the ministry of education in Lima.")
    ev = doc._.sm_events[0]
    src = next(a for a in doc._.sm_actors if a.id == ev.source)
    assert src.sector == "EDU" and [m.text for m in src.mentions] == ["students"]


def test_the_topic_of_a_joint_act_is_no_party(nlp):
    evs, _ = _events(nlp, "Chilean President Boric and Peruvian President Castillo agreed to share information "
                          "on Bolivia.")
    assert {(s, t) for s, t, _ in evs} == {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")}


def test_the_one_told_what_they_must_do_is_the_target(nlp):
    evs, _ = _events(nlp, "The Chilean minister said that all armed groups in Peru must hand over their weapons "
                          "to the Peruvian authorities.")
    assert evs == [("CHLGOV", "PERREB", "REQUEST")]


def test_a_meeting_named_as_the_setting_yields_to_the_verbs_own_event(nlp):
    evs, _ = _events(nlp, "During the visit, the Chilean president will hold talks with President Castillo of Peru "
                          "at the palace.")
    assert evs == [("CHLGOV", "PER", "AGREE")]  # announced talks: an intent to meet


def test_an_acronym_parsed_as_a_modifier_is_the_subject_and_keeps_no_guessed_country(nlp):
    doc = nlp("In cooperation with its partners, ADRELIEF provided shelter materials to families in Haiti.")
    (ev,) = doc._.sm_events
    src = next(a for a in doc._.sm_actors if a.id == ev.source)
    assert src.name == "ADRELIEF" and (ev.target, ev.plover, ev.source_code) == ("HTI", "AID", None)


def test_an_acronym_in_brackets_stands_for_the_named_actor(nlp):
    doc = nlp("Doctors in Malawi said the World Health Organization (WHO) has sent urgent medicine to Zambia.")
    assert [(e.source, e.target, e.plover) for e in doc._.sm_events] == [("IGO:WHO", "ZMB", "AID")]
