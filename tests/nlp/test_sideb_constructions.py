"""Actors on the second side of alignments and as holders (issue 9, side B; found missing on
tests/data/stances_fresh12.jsonl):

* an unknown body named by a capitalised name ending in a body's head word ("the Lake Basin Boat
  Owners Association", "Peru's National Confederation of Alpaca Breeders") is one organisation, the
  holder, not the state its demonym, possessor or "of <country>" names, nor the country's workers
  or farmers the collectives read in a part of it;
* a dateline "CITY, Country -" that the parser takes for the subject gives way to the apposition
  after the dash (the body that speaks, not the dateline's country);
* a one-word name after a body's description ("the shipping employers' federation Portnor",
  "Norway's main business group Vekst") is that body, of the description's country; an employers'
  federation or an industry association is no company, so it can be the second side of an
  alignment;
* a name the tagger gives as an organisation ending in a company word ("Kavango Minerals") is a
  company: no alignment with it as the second side (README section 6);
* "accused the government of X" aligns with the government when the body noun has no author of
  its own; "criticised a government plan" aligns with the one state the text names (none when it
  names several).

Look-alikes: a state's "Sovereign Council" or "Federation Council" stays the state's; a "Union",
"Council" or "Movement" without a word of whom it gathers (a party: "the Christian Social Union")
is left to the other rules; a street party is no party; a town named "Council Bluffs" is no council;
"American Airlines" is the company, not the United States; a "pop group" or "rock group" is no body
of members.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder key,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # unknown titled bodies as holders, after a "CITY, Country -" dateline
    ("KISUMU, Kenya - The Lake Basin Boat Owners Association on Wednesday condemned a new fuel levy on outboard engines.",
     [("boat owners association", -1, "fuel levy")], []),
    ("Peru's National Confederation of Alpaca Breeders rejected the agriculture ministry's plan to import cheaper wool.",
     [("alpaca breeders", -1, "plan to import"), ("agriculture ministry", 1, "importing cheaper wool")],
     [("alpaca breeders", "agriculture ministry", -1)]),
    # a body after its description, as the second side
    ("The dockworkers' union rejected a proposal by the shipping employers' federation Portnor to lengthen night shifts.",
     [("dockworkers", -1, "proposal"), ("portnor", 1, "lengthening night shifts")],
     [("dockworkers", "portnor", -1)]),
    # a company as the second side: no alignment
    ("The Namibian Farmers Union welcomed a decision by Kavango Minerals to share water from its dam.",
     [("farmers union", 1, "share water")], []),
    # an unknown party's accusation of the government
    ("Malawi's opposition Freedom Front accused the government of delaying the census.",
     [("freedom front", -1, "delaying the census")], [("freedom front", "government", -1)]),
    # "a government plan" in a text of one state: that state is the partner; of two states, none
    ("KERICHO, Kenya - The Smallholder Tea Pickers Association on Monday criticised a government plan to scrap "
     "export levies.",
     [("tea pickers", -1, "government plan")], [("tea pickers", "KEN", -1)]),
    ("Ghana and Togo criticised a government plan to close the border.",
     [("GHA", -1, "government plan"), ("TGO", -1, "government plan")], []),
    # look-alikes
    ("Neighbours threw a birthday party for the village's oldest resident, who turned 104 on Sunday.", [], []),
    ("American Airlines criticised the Transport Department's new refund rule.",
     [("american airlines", -1, "refund rule")], [("american airlines", "transport department", -1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_sideb_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def _actor(doc, word: str):  # type: ignore[no-untyped-def]
    return next((a for a in doc._.sm_actors if word.lower() in a.name.lower()), None)


def test_titled_body_is_one_organisation_of_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """The whole name is one body of the country it names, coded by whom it gathers."""
    doc = nlp("KITALE, Kenya - The Maize Growers Union of Kenya on Monday backed the import ban.")
    a = _actor(doc, "Maize Growers Union of Kenya")
    assert a is not None and a.type == "organisation" and a.country == "KEN" and a.sector == "AGR", doc._.sm_actors
    assert not any(a.id == "KENLAB" for a in doc._.sm_actors)  # no "Union of Kenya" workers besides it


def test_body_description_gives_country_and_sector(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Norway's main business group Vekst said on Monday it backed the central bank's rate rise.")
    a = _actor(doc, "Vekst")
    assert a is not None and a.country == "NOR" and a.sector == "BUS", doc._.sm_actors
    doc = nlp("Chile's teachers' federation Profed rejected the education ministry's offer.")
    a = _actor(doc, "Profed")
    assert a is not None and a.country == "CHL" and a.sector == "EDU", doc._.sm_actors


LOOKALIKES = [
    "Officials in Council Bluffs backed a new flood levy.",  # a town, no council
    "Sudan's Sovereign Council rejected the plan for elections next year.",  # a state's body
    "Russia's Federation Council approved the border treaty on Friday.",  # a legislature
    "The Christian Social Union backed the coalition's migration bill.",  # a party
    "Lebanon's Higher Shia Council condemned the overnight raid.",  # a religious council, no gathering word
    "The European Council approved the budget on Friday.",  # an EU institution
]


@pytest.mark.parametrize("text", LOOKALIKES, ids=[t[:40] for t in LOOKALIKES])
def test_no_titled_body_for_lookalikes(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not any(a.id.startswith("org:") and a.sector in ("NGO", "LAB", "AGR", "EDU") for a in doc._.sm_actors), \
        doc._.sm_actors


def test_group_of_no_members_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """"the Swedish rock group Vanta": a band, no body of members; "consumer group" is one."""
    doc = nlp("The Swedish rock group Vanta cancelled its autumn tour on Monday.")
    assert not any(a.name == "Vanta" and a.sector in ("NGO", "BUS", "LAB") for a in doc._.sm_actors), \
        doc._.sm_actors
    doc = nlp("Chile's main consumer group Odecu condemned the fare rise on Monday.")
    a = _actor(doc, "Odecu")
    assert a is not None and a.country == "CHL" and a.sector == "NGO", doc._.sm_actors


def test_company_word_names_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Namibian Farmers Union welcomed a decision by Kavango Minerals to share water from its dam.")
    a = _actor(doc, "Kavango Minerals")
    assert a is not None and a.sector == "BUS", doc._.sm_actors
