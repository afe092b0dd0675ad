"""Wire-copy constructions found on the own held-out file ``event_gsr_heldout2.jsonl`` (issue 15,
evfresh round): a dated dateline before an agency's credit, deaths in accidents, one act of force
for an attack and the harm it did, a text a party rejects, a refusal to recognise, fractions of a
force. Own sentences (none from the held-out file), full pipeline with the real model; each rule
has look-alikes where it must not fire."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source_code, e.target_code, e.cameo) for e in nlp(text)._.sm_events]


def test_a_dated_dateline_lends_no_country_to_the_subject(nlp):
    # the agency's credit, parsed under the subject, gave the bandits its country (GBR)
    assert _rows(nlp, "JOS, June 3 (Reuters) - Bandits abducted at least 12 worshippers from a church in central "
                      "Nigeria on Sunday.") == [("NGACRM", "NGACVL", "181")]


def test_look_alikes_of_the_dated_dateline_keep_the_outlet(nlp):
    # an outlet named in the sentence, not in a credit, is still a party
    assert _rows(nlp, "Bandits abducted a reporter for Reuters near the church on Sunday.") == [
        ("GBRCRM", "GBRMED", "181")]
    # a dash inside a phrase, not after a dateline, keeps the phrase whole
    assert _rows(nlp, "Opposition leader - and former minister - John Doe was arrested by Kenyan police.") == [
        ("KENCOP", "KENELI", "173")]
    assert _rows(nlp, "Syrian - and much feared - militia commanders were detained by Turkish police.") == [
        ("TURCOP", "SYRMIL", "181")]  # (as before the rule: the country kept)


def test_a_death_in_an_accident_is_no_attack(nlp):
    assert _rows(nlp, "Chile's interior minister was killed in a helicopter crash on Tuesday, officials said.") == []
    assert _rows(nlp, "Eleven pilgrims were injured in a stampede at the shrine on Friday.") == []
    assert _rows(nlp, "The cabinet named a new defence minister after his predecessor was killed in a road "
                      "accident.") == []


def test_look_alikes_of_the_accident_keep_the_attack(nlp):
    # force named in the "in" phrase
    assert _rows(nlp, "Three Iraqi soldiers were killed in a drone strike near the border.") == [
        (None, "IRQMIL", "190")]
    assert _rows(nlp, "A Malian soldier was killed in an exchange of fire with militants.") == [
        (None, "MLIMIL", "193")]
    # an agent
    # (193 since the evlex2 round: a pattern restricted by its subject reads a passive's "by" doer, so the
    #  passive codes as the active "Gunmen killed two guards ..." does: gunmen fight with small arms)
    assert _rows(nlp, "Two guards were killed by gunmen in a crash on the highway.") == [("UAF", "COP", "193")]
    # an accident noun with an "of" complement names what struck (review round 2)
    assert _rows(nlp, "Four police officers were killed in a storm of gunfire outside the station.") == [
        (None, "COP", "190")]


def test_an_attack_and_the_harm_it_did_are_one_act(nlp):
    # the main act names a place of the harmed party's country: the party harmed is the target
    assert _rows(nlp, "Israeli warplanes hit Khan Younis, killing a senior Hamas commander.") == [
        ("ISRMIL", "PSEREBHMS", "190")]
    # the participle and its conjunct restate one ambush
    assert _rows(nlp, "Militants ambushed an army convoy, killing five soldiers and wounding nine.") == [
        ("REB", "MIL", "190")]


def test_look_alikes_of_one_act_keep_their_acts(nlp):
    # two clauses with two sources are two acts
    assert _rows(nlp, "The army shelled the village, and rebels killed two soldiers.") == [
        ("MIL", None, "194"), ("REB", "MIL", "190")]
    # an arrest (no force) beside a killing stays two acts
    assert _rows(nlp, "Soldiers detained three protesters and shot dead a fourth.") == [
        ("MIL", "OPP", "173"), ("MIL", None, "193")]
    # the main act's target is a party of its own: kept
    assert _rows(nlp, "Rebels attacked a police convoy, killing two civilians.") == [("REB", "MIL", "190")]


def test_a_text_a_party_rejects_does_not_speak_for_it(nlp):
    assert _rows(nlp, "China vetoed a draft resolution condemning the military takeover in Myanmar.") == [
        ("CHN", "MMR", "129")]


def test_look_alikes_of_the_rejected_text_keep_its_act(nlp):
    # a text a party backs: its demand is kept beside the support
    assert _rows(nlp, "France backed a draft resolution demanding a ceasefire in Gaza.") == [
        ("FRA", "PSE", "051"), ("FRA", "PSE", "1056")]


def test_a_refusal_to_recognise_is_a_rejection(nlp):
    assert _rows(nlp, "Argentina's foreign minister said his government would not recognise the outcome of "
                      "Bolivia's vote.") == [("ARGGOV", "BOL", "120")]


def test_look_alikes_of_the_refusal_stay_as_they_are(nlp):
    # recognition in the past, negated: a negated act (flagged), not a refusal
    events = nlp("Argentina had not recognised the outcome of Bolivia's vote.")._.sm_events
    assert [(e.cameo, e.negated) for e in events] == [("050", True)]
    # announced recognition: an intent
    assert _rows(nlp, "Argentina will recognise the outcome of Bolivia's vote.") == [("ARG", "BOL", "032")]


def test_a_fraction_of_a_force_is_the_force(nlp):
    assert _rows(nlp, "Armenia has sent a quarter of its police force to the border with Azerbaijan.") == [
        ("ARM", "AZE", "154")]
    assert _rows(nlp, "India moved a fraction of its troops to the border with China.") == [("IND", "CHN", "154")]
