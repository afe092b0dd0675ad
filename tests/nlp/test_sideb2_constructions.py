"""Holders and second sides that are no states, named by common nouns (issue 9 item 4, sideb2;
found missing on tests/data/stances_fresh14.jsonl):

* a plural subject that the events stage codes as a body of people of a sector that holds
  positions ("consumer campaigners", "regional governors", "opposition senators", "rebel
  fighters", also a later conjunct) is the holder, not the state a phrase inside it names;
* a singular body noun of members ("the association representing X") the events stage coded is
  the holder;
* "lawmakers from X's opposition party" hold through the party;
* a common noun object of an accusation or the author after "by" that the events stage coded as a
  body of a state or a group ("accused the police of X", "a call by the bishops") is the second side.

Look-alikes: market words ("investors welcomed") hold no positions; a company accused is no second
side (README section 6); lawmakers "from the coastal provinces" are no party's; a lone media noun
stays a source.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder key,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import assert_exact

pytestmark = pytest.mark.model

S = tuple[str, int, str]
A = tuple[str, str, int]

CASES: list[tuple[str, list[S], list[A]]] = [
    # plural holders of a holding sector
    ("Consumer campaigners in Spain condemned the new parking charges at Madrid's main airport.",
     [("consumer campaigners", -1, "parking charges")], []),
    ("Regional governors in Peru opposed the transfer of mining revenues to the capital.",
     [("regional governors", -1, "transfer of mining revenues")], []),
    ("Opposition senators in Colombia rejected the pension reform on Tuesday.",
     [("opposition senators", -1, "pension reform")], []),
    # a singular body of members
    ("The association representing Greek olive growers condemned the export quota.",
     [("the association", -1, "export quota")], []),
    # lawmakers of a party
    ("Lawmakers from Kenya's opposition ODM party criticised the new housing levy.",
     [("kenopp", -1, "housing levy")], []),
    # common-noun second sides
    ("Rebel fighters in Mozambique accused the police of torturing prisoners in Pemba.",
     [("mozreb", -1, "police torturing prisoners")], [("mozreb", "mozcop", -1)]),
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
    ("The Environment Agency criticised the water company for under-reporting sewage spills.",
     [("environment agency", -1, "water company")], []),
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
