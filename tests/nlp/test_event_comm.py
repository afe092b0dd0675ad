"""Communicative and cooperative constructions (issue 15, evcomm round; docs/events.md "Sixth round"):
appeal nouns with an addressee, presence for talks, receiving a visitor, ruling out, owned threats,
offers and refusals, owned meetings and visits, undone hostile acts, lists one is taken off,
claims of wrongdoing, conditional hostility, the speaker heading the government, aid to unnamed
people, "out of" as a particle. Own sentences, the full pipeline with the real model."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import event_rows as _events


def _named(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    """(source name, target name, CAMEO code) of each event of a text."""
    doc = nlp(text)
    acts = {a.id: a for a in doc._.sm_actors}
    return [((acts[e.source].name if e.source in acts else None),
             (acts[e.target].name if e.target in acts else None), e.cameo) for e in doc._.sm_events]


# --- appeal nouns with an addressee and an infinitive ----------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "his call for Y to ...": the subject of the verb that renewed it asks Y
    ("Pope Francis renewed his call for Russia to end the war in Ukraine.", ("VATREL", "Russia", "RUS", "020")),
    # a possessed appeal "to Y to ..." as the subject of another verb
    ("The Afghan government's appeal to Pakistan to close the militant camps went unanswered.",
     ("AFGGOV", "Pakistan", "PAK", "020")),
    # a deadline set for Y to act is an ultimatum to Y
    ("A Kenyan court set a 30-day deadline for the electoral commission to publish the results.",
     ("KENJUD", "the electoral commission", "KENGOV", "139")),
])
def test_an_appeal_noun_with_an_addressee_and_an_infinitive_asks_the_addressee(nlp, text, expected):
    assert expected in _events(nlp, text)


@pytest.mark.model
def test_a_call_for_calm_asks_no_party(nlp):
    assert _events(nlp, "The minister made a call for calm on Sunday.") == []


@pytest.mark.model
def test_pushing_for_y_to_act_is_a_request_to_y_not_opposition_to_it(nlp):
    # the "for" object of a for-to infinitive is the party asked (conventions.addressees)
    rows = _events(nlp, "Kenya is pushing for the East African Community to deploy a regional force.")
    assert rows == [("KEN", "the East African Community", None, "020")]


# --- consultations -----------------------------------------------------------------------------------

@pytest.mark.model
def test_being_in_a_place_for_talks_is_a_visit(nlp):
    assert _events(nlp, "The Turkish foreign minister is in Moscow for talks on the grain deal.") == [
        ("TURGOV", "Moscow", "RUS", "042")]
    assert _events(nlp, "The Turkish foreign minister is in Moscow for the third time this year.") == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt's president received the Jordanian king in Cairo, his office said.",
     ("EGYGOV", "Jordanian king", "JORGOV", "043")),
    # a named person welcomed is a guest, not praise
    ("The Kenyan president welcomed Macron to Nairobi on Monday.", ("KENGOV", "Macron", "FRAGOV", "043")),
])
def test_receiving_a_visitor_hosts_the_visitor(nlp, text, expected):
    assert _events(nlp, text) == [expected]


@pytest.mark.model
def test_welcoming_a_decision_stays_praise(nlp):
    assert ("AUSGOV", "Jakarta", "IDNGOV", "051") in _events(
        nlp, "Canberra welcomed Jakarta's decision to release the Australian pilot.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Putin's meeting with Kim Jong Un in Vladivostok lasted four hours.", ("Vladimir Putin", "Kim Jong Un", "040")),
    ("The Japanese prime minister's visit to Seoul was the first in twelve years.",
     ("Japanese government", "South Korea", "042")),
    ("The Qatari emir had a phone conversation with the Egyptian president.",
     ("Qatari government", "Egyptian government", "041")),
])
def test_owned_meetings_visits_and_calls_are_consultations(nlp, text, expected):
    assert expected in _named(nlp, text)


# --- rejections, threats and intents -----------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine ruled out any talks with Russia while its troops remain on Ukrainian soil.",
     ("UKR", "Russia", "RUS", "125")),
    ("Seoul ruled out Pyongyang's proposal for joint talks.", ("KORGOV", "Pyongyang", "PRKGOV", "127")),
])
def test_ruling_out_rejects(nlp, text, expected):
    assert _events(nlp, text) == [expected]


@pytest.mark.model
def test_a_court_ruling_is_no_rejection(nlp):
    assert _events(nlp, "The court ruled that the decree was unconstitutional.") == []


@pytest.mark.model
def test_disapproval_announced_with_a_condition_is_a_threat(nlp):
    cond = "China said it would take firm measures against the Philippines if it continued its provocations."
    assert _events(nlp, cond) == [("CHN", "Philippines", "PHL", "130")]
    plain = "China said it would take firm measures against the Philippines."
    assert [r[3] for r in _events(nlp, plain)] != ["130"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan's threat to expel Afghan refugees sparked alarm in Kabul.", ("PAK", "Afghan refugees", "AFGREF", "130")),
    ("Cuba's refusal to engage with the Colombian government angered Washington.",
     ("CUB", "Colombian government", "COLGOV", "125")),
    ("Turkey's offer to mediate between Russia and Ukraine was welcomed by the UN.", ("TUR", "Russia", "RUS", "036")),
])
def test_an_owned_threat_offer_or_refusal_is_the_owners_act(nlp, text, expected):
    assert expected in _events(nlp, text)


# --- concessions -------------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the ban decided on is given up, not imposed
    ("The Polish government reversed its decision to ban Ukrainian grain imports.", ("POLGOV", "Ukrainian", "UKR", "080")),
    ("Washington removed Cuba from its list of state sponsors of terrorism.", ("USAGOV", "Cuba", "CUB", "081")),
    ("Zimbabwe's president commuted the death sentences of all prisoners on death row.",
     ("ZWEGOV", "all prisoners", "ZWECVL", "080")),
    # "out of" parsed as two prepositions: "out" is the particle
    ("Hezbollah pulled its fighters out of Syria, the group's leader said.", ("LBNREBHEZ", "Syria", "SYR", "087")),
])
def test_concessions(nlp, text, expected):
    assert _events(nlp, text) == [expected]


@pytest.mark.model
def test_a_place_named_with_an_area_noun_is_the_place_of_a_concession(nlp):
    text = "Militants in the Kunar province announced they would disarm next month."
    assert _events(nlp, text) == [("AFGREB", "Kunar", "AFG", "0356")]


# --- accusations ---------------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The opposition said the ruling party rigged the election in the north.", ("OPP", "the ruling party", "PTY", "112")),
    ("Washington claimed that Moscow meddled in the vote.", ("USAGOV", "Moscow", "RUSGOV", "112")),
    ("Ethiopia's accusation that Egypt was arming the rebels drew a sharp reply from Cairo.", ("ETH", "Egypt", "EGY", "112")),
])
def test_claims_of_wrongdoing_about_another_party_accuse_it(nlp, text, expected):
    assert expected in _events(nlp, text)


@pytest.mark.model
def test_a_party_reporting_its_own_sides_wrongdoing_accuses_no_one(nlp):
    assert all(r[3] != "112" for r in _events(nlp, "The army said its soldiers had abused detainees."))


# --- sources and targets -----------------------------------------------------------------------------

@pytest.mark.model
def test_the_speaker_heading_the_government_announces_its_acts(nlp):
    text = "Prime Minister Fumio Kishida announced that the government will lift the entry ban on Chinese tourists."
    assert _named(nlp, text) == [("Fumio Kishida", "Chinese civilians", "0351")]


@pytest.mark.model
def test_aid_to_unnamed_people_goes_to_their_place(nlp):
    text = "The World Food Programme provided food to 200,000 people in the weeks after the floods in Pakistan."
    assert _events(nlp, text) == [("IGOUNO", "Pakistan", "PAK", "073")]


@pytest.mark.model
def test_a_warning_reported_before_its_unnamed_speaker_is_the_clause_subjects_threat(nlp):
    text = "Russia will retaliate against Finland, a Kremlin spokesman warned."
    assert _named(nlp, text) == [("Russia", "Finland", "138")]
    # a speaker of another side stays the one who warns
    other = "Iran will face consequences, the Israeli foreign minister warned."
    assert [(r[0], r[2]) for r in _named(nlp, other)] == [("Israeli government", "130")]


@pytest.mark.model
def test_a_visit_the_clause_subject_was_on_is_its_visit(nlp):
    text = "During a visit to Beijing, the Brazilian president signed 15 agreements."
    assert ("Brazilian government", "China", "042") in _named(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("French officials huddled with German ministers in Berlin.", ("French officials", "German government", "040")),
    ("The Greek government balked at Germany's demands for more cuts.", ("Greek government", "Germany", "120")),
    ("Japan furnished the Philippine coast guard with patrol boats.", ("Japan", "the Philippine coast guard", "070")),  # (PHLCOP: evfresh8)
])
def test_lexicon_senses_of_the_sixth_round(nlp, text, expected):
    assert expected in _named(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Scholz, center, and French President Emmanuel Macron, second right, held talks in Paris.",
    "Turkish President Recep Tayyip Erdogan, left, shakes hands with Azerbaijani President Ilham Aliyev, right, in Baku.",
])
def test_people_a_photo_caption_places_meet_each_other(nlp, text):
    rows = {(s, t) for s, t, c in _named(nlp, text) if c == "040"}
    names = [n for n in ("Olaf Scholz", "Emmanuel Macron", "Recep Tayyip Erdogan", "Ilham Aliyev") if n in text]
    assert {(names[0], names[1]), (names[1], names[0])} <= rows


@pytest.mark.model
def test_a_caption_without_a_meeting_is_no_event(nlp):
    text = "Turkish President Recep Tayyip Erdogan, left, and Azerbaijani President Ilham Aliyev, right, smile in Baku."
    assert all(c != "040" for _, _, c in _named(nlp, text))
