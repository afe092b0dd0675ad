"""Holders and second sides that are no states, named by common nouns (issue 9 item 4, sideb2;
found missing on tests/data/stances_fresh14.jsonl):

* a plural subject that the events stage codes as a body of people of a sector that holds
  positions ("consumer campaigners", "state governors", "minority senators", "rebels", also a
  later conjunct) is the holder, not the state a phrase inside it names;
* a singular body noun of members ("the bakers' association") the events stage coded is the holder;
* "MPs of X's opposition party" hold through the party;
* a common noun object of an accusation or blame that the events stage coded as a body of a state
  or a group ("blamed the navy for X") is the second side;
* a state agency named by its field is no news agency; "the regulator X" is that regulator;
  "national" before a noun is an adjective; a company named after its description holds its plan
  but is no second side.

Look-alikes: market words ("investors welcomed") hold no positions; a company accused is no second
side (README section 6); lawmakers "from the coastal provinces" are no party's; a news agency stays a
source; a dateline's place is no holder; a state's own soldiers are no second side of the state;
officials placed only by a place inside the object hold nothing.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder key,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # plural holders of a holding sector
    ("Consumer campaigners in Spain condemned the new parking charges at Madrid's main airport.",
     [("consumer campaigners", -1, "parking charges")], []),
    ("State governors in Mexico have opposed the cuts to federal transfers.",
     [("state governors", -1, "federal transfers")], []),
    ("The pension reform was voted down after minority senators in Colombia rejected it on Tuesday.",
     [("minority senators", -1, "pension reform")], []),
    # a singular body of members
    ("The bakers' association in Athens has denounced the flour levy.",
     [("bakers' association", -1, "flour levy")], []),
    # lawmakers of a party
    ("Several MPs of Kenya's opposition ODM party have spoken out against the housing levy.",
     [("kenopp", -1, "housing levy")], []),
    # common-noun second sides
    ("Rebels in northern Mozambique blamed the navy for sinking a fishing boat.",
     [("mozreb", -1, "sinking a fishing boat")], [("mozreb", "mozmil", -1)]),
    ("Human rights groups accused the army of executing prisoners in Darfur.",
     [("human rights groups", -1, "army executing prisoners")], [("human rights groups", "the army", -1)]),
    # look-alikes
    ("Investors welcomed the central bank's rate cut.", [], []),
    ("Fishermen in Ghana accused the shipping company of dumping oil near Tema.",
     [("fishermen", -1, "shipping company dumping oil")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_sideb2_construction(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def test_lawmakers_of_no_party_keep_their_own_group(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Lawmakers from the coastal provinces": no party, so no party holds their position."""
    doc = nlp("Lawmakers from the coastal provinces criticised the new housing levy.")
    assert all(a.sector not in ("OPP", "PTY") for a in doc._.sm_actors if any(s.actor == a.id for s in doc._.sm_stances))


def test_plural_group_before_the_state_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Consumer campaigners in Spain": the campaigners hold, not Spain."""
    doc = nlp("Consumer campaigners in Spain condemned the new parking charges at Madrid's main airport.")
    assert [s.actor for s in doc._.sm_stances] and all(s.actor != "ESP" for s in doc._.sm_stances)


AGENCY_CASES: list[tuple[str, list[S], list[A]]] = [
    # a state's agency named by its field: a holder and a second side, no news agency
    ("The Food Standards Agency criticised the supermarket chain for its late recall of baby formula.",
     [("food standards agency", -1, "supermarket chain")], []),
    ("Flood victims in Leeds rejected a plan by the Environment Agency to build a new barrier upstream.",
     [("flood victims", -1, "plan by the environment agency"), ("environment agency", 1, "building a new barrier")],
     [("flood victims", "environment agency", -1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), AGENCY_CASES, ids=[c[0][:40] for c in AGENCY_CASES])
def test_state_agency_is_no_news_agency(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def test_news_agency_stays_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Anadolu Agency reported that Ankara condemned the raid.")
    a = next((x for x in doc._.sm_actors if "agency" in x.name.lower()), None)
    assert a is not None and a.is_source and a.type == "media", doc._.sm_actors


BODY_CASES: list[tuple[str, list[S], list[A]]] = [
    # a regulator named after its description
    ("The regulator Ofwat rejected a request by the utility to raise bills.",
     [("ofwat", -1, "request by the utility")], []),
    ("Water companies in England rejected the regulator Ofwat's cap on bills.",
     [("gbrbus", -1, "cap on bills")], [("gbrbus", "ofwat", -1)]),
    # "national" as an adjective: the police, not the country's nationals
    ("Haiti's national police rejected the gang's offer of a truce.",
     [("hticop", -1, "offer of a truce")], []),
    # look-alike: a national of a country is still one
    ("A Nigerian national condemned the raid.", [("ngacvl", -1, "raid")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), BODY_CASES, ids=[c[0][:40] for c in BODY_CASES])
def test_state_bodies_named_after_a_description(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def test_company_author_holds_but_is_no_second_side(nlp) -> None:  # type: ignore[no-untyped-def]
    """"plans by the state-owned miner Nordmalm": the company holds its plan (+1), and the residents'
    rejection is no alignment with it (README section 6: no company as the second side)."""
    assert_exact(nlp("Residents rejected plans by the state-owned miner Nordmalm to open a pit near the lake."),
                 [("residents", -1, "plans by the state-owned miner"), ("nordmalm", 1, "opening a pit")], [])


def test_dateline_place_is_no_unindexed_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    """"BODO, Norway - ...": the dateline's place, read as the subject, holds nothing."""
    doc = nlp("BODO, Norway - Consumer campaigners and tour operators on Friday condemned the new ferry fares.")
    names = {a.id: a.name for a in doc._.sm_actors}
    assert doc._.sm_stances and all(names.get(s.actor) != "BODO" for s in doc._.sm_stances), \
        [(names.get(s.actor), s.target) for s in doc._.sm_stances]


def test_no_alignment_of_a_state_with_its_own_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Chile praised the soldiers ...": the state's own army is no second side (README section 6.3)."""
    doc = nlp("Chile praised the soldiers who died guarding the mountain pass.")
    assert not doc._.sm_alignments, doc._.sm_alignments


def test_officials_of_a_place_in_the_object_hold_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """"The negotiators welcomed the mild weather in Oslo": the place names the weather's, not the
    negotiators' state; no holder (a GOV group needs its country in its own phrase)."""
    doc = nlp("The negotiators welcomed the mild weather in Oslo.")
    assert not doc._.sm_stances, doc._.sm_stances


def test_possessor_of_a_boycotted_event_is_no_second_side(nlp) -> None:  # type: ignore[no-untyped-def]
    """"boycott parliament's session": the session's place, no alignment with parliament."""
    doc = nlp("Malawi's opposition said it would boycott parliament's closing session.")
    assert not any("LEG" in (a.sector or "") for al in doc._.sm_alignments
                   for a in doc._.sm_actors if a.id in (al.a, al.b)), doc._.sm_alignments


def test_lowercase_national_is_an_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    """Lower-case "national" before a noun is an adjective: the police are a police body (a capitalised
    "National" is left to the name rules)."""
    doc = nlp("Haiti's national police rejected the gang's offer of a truce.")
    assert any(a.sector == "COP" for a in doc._.sm_actors), doc._.sm_actors
