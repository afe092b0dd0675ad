"""Non-state holders and second sides on unseen text (issue 9 item 4, sideb4; found missing on
tests/data/stances_fresh18.jsonl):

* a state's body named by a bare compound before the noun it authors ("a transport ministry plan",
  "a government proposal", "a cabinet offer") is the dateline state's government: it holds the
  plan's content, and whoever rejects or welcomes the plan aligns with it
  (``nlp/actors/compound_bodies.py``); the compound is the author, never the content;
* a region's government named by the region's adjective ("the Tyrolean government", "the Flemish
  government") is its own actor of the state's country (``nlp/actors/region_demonyms.py``);
* a nationality with a trade plural ("Portuguese hoteliers", "Argentine wine growers") is that
  country's sector collective, not the state;
* "X's labour department" is X's government;
* a trade's body named only by what it gathers ("the country's main association of salmon exporters",
  "Peru's growers' federation") is an organisation of its own (``nlp/actors/trade_bodies.py``).

Look-alikes: with no dateline and no state named, a "government plan" has no author; a trade compound
("a wage offer") and a body compound before a noun no one authors ("government bonds") make no state
author; a country's own adjective is the state's government ("the Ecuadorian government"); a region's
adjective before people ("Scottish salmon farmers") makes no regional government.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder key,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from stancemap.nlp.actors.local_bodies import LOCAL_MARK

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # a bare body compound authors the plan: the dateline state's government
    ("NAIROBI - Matatu owners criticised a transport ministry plan to move the main bus terminal out of the city centre.",
     [("matatu owners", -1, "transport ministry plan"), ("kengov", 1, "moving the main bus terminal")],
     [("matatu owners", "kengov", -1)]),
    ("OSLO - The Norwegian Seafood Federation opposed a government proposal to raise the salmon tax.",
     [("seafood federation", -1, "government proposal"), ("norgov", 1, "raising the salmon tax")],
     [("seafood federation", "norgov", -1)]),
    ("LIMA - The Lima Chamber of Commerce welcomed a cabinet offer to speed up permits for copper projects.",
     [("chamber of commerce", 1, "cabinet offer"), ("pergov", 1, "speeding up permits")],
     [("chamber of commerce", "pergov", 1)]),
    # a region's government by its adjective, against or with the state's
    ("The Tyrolean government praised Vienna's decision to ban lorries from the Brenner motorway at night.",
     [("tyrol government", 1, "ban lorries")], [("tyrol government", "autgov", 1)]),
    ("The Flemish government welcomed the federal government's plan to cut payroll taxes.",
     [("flanders government", 1, "payroll taxes"), ("belgov", 1, "cutting payroll taxes")],
     [("flanders government", "belgov", 1)]),
    # a "department" of a named state
    ("Mexico criticised a decision by Canada's labour department to cap seasonal work permits.",
     [("mex", -1, "seasonal work permits")], [("mex", "cangov", -1)]),
    # trade plurals are the country's sector, not the state
    ("Indian steelmakers welcomed the end of the port levy on coking coal.",
     [("indbus", 1, "port levy")], []),
    ("Argentine wine growers criticised the export tax on malbec.",
     [("argagr", -1, "export tax")], []),
    # a trade's body named by what it gathers: its own organisation, not the state
    ("Peru's growers' federation welcomed the new export rules.",
     [("growers' federation", 1, "export rules")], []),
    ("SANTIAGO - The country's main association of salmon exporters criticised the new quota for Chinese buyers.",
     [("association of salmon exporters", -1, "new quota")], []),
    # look-alikes
    ("Taxi drivers rejected a government plan to license ride-hailing apps.",
     [("taxi drivers", -1, "government plan")], []),
    ("The Ecuadorian government criticised the tariff on bananas.",
     [("ecugov", -1, "tariff on bananas")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_sideb4_construction(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def test_trade_and_unauthored_compounds_make_no_state_author(nlp) -> None:  # type: ignore[no-untyped-def]
    """"a wage offer from the port operator" and "government bonds" name no state body as an author."""
    doc = nlp("WARSAW - The dockers' union rejected a wage offer from the port operator.")
    assert not any(a.id.endswith("GOV") for a in doc._.sm_actors), doc._.sm_actors
    assert [(s.actor, s.polarity) for s in doc._.sm_stances] == [("POLLAB", -1)], doc._.sm_stances
    doc = nlp("ACCRA - Investors bought government bonds after the central bank cut rates.")
    assert not doc._.sm_stances and not any(a.id == "GHAGOV" for a in doc._.sm_actors), doc._.sm_actors


def test_local_services_and_policy_makers_are_no_state_bodies(nlp) -> None:  # type: ignore[no-untyped-def]
    """A city's police department authoring a plan is no state government, and "policy makers" are no
    business collective."""
    doc = nlp("CHICAGO - Residents criticised a police department plan to clear the camp.")
    assert not any(a.id == "USAGOV" for a in doc._.sm_actors), doc._.sm_actors
    doc = nlp("NAIROBI - Kenyan policy makers rejected the proposal to raise fuel levies.")
    assert not any(a.id == "KENBUS" for a in doc._.sm_actors), doc._.sm_actors


def test_country_adjective_and_people_make_no_regional_government(nlp) -> None:  # type: ignore[no-untyped-def]
    """A state's own adjective is its government; a region's adjective before people is no government."""
    for text in ("The German government rejected the request.",
                 "The Victorian government of the 1860s passed few laws on factories.",
                 "Scottish salmon farmers criticised the new levy on fish exports."):
        doc = nlp(text)
        assert not any(LOCAL_MARK in a.id for a in doc._.sm_actors), (text, doc._.sm_actors)
    doc = nlp("Scottish salmon farmers criticised the new levy on fish exports.")
    holders = {s.actor for s in doc._.sm_stances}
    assert holders and not holders & {"GBR", "GBRGOV"}, holders
