"""Non-state holders and second sides on unseen text (issue 9 item 4, sideb3; found missing on
tests/data/stances_fresh16.jsonl):

* a government below the state's named by its place ("the Manitoba government", "Karnataka's
  state government"), a city acting as one ("the city of X" as a subject or an author) and a city
  council are their own actors (README section 4: the state's code), so that they hold their own
  positions and can disagree with the national government (``nlp/actors/local_bodies.py``);
* a "CITY, Country -" dateline is no part of the holder's phrase ("BILBAO, Spain - Shopkeepers");
* a lobby named only by its description ("Brazil's largest industry group", "the country's main
  coffee lobby", "the Italian farm lobby") is an organisation, not the state;
* a body's name with "and" inside its "of" tail, read by the tagger as one organisation, is one
  body ("the Association of Welders and Boilermakers"), and a "Confederation of Farmers Unions" is
  one body, not its "Farmers Unions";
* "A and B said they opposed X": both companies hold;
* an infinitive of aim ("to win the backing of X") gives X no stance.

Look-alikes: a city named as a place ("in the city of X") is no actor; a capital's government is the
state's ("the Moscow government"); "Trinidad and Tobago" stays one state; "bread-and-butter issues" hold
nothing; two bodies coordinated with their own determiners stay two; "managed to win the support of X"
is X's position.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder key,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from stancemap.nlp.actors.local_bodies import LOCAL_MARK

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # local governments against the national one
    ("The Manitoba government on Monday rejected Ottawa's plan to close three rural post offices.",
     [("manitoba government", -1, "ottawa's plan"), ("cangov", 1, "closing three rural post offices")],
     [("manitoba government", "cangov", -1)]),
    ("Karnataka's state government criticised the railway ministry for delaying a new line to Mysore.",
     [("karnataka", -1, "delaying a new line")], [("karnataka", "indgov", -1)]),
    ("The city of Bordeaux has opposed the airport operator's plan for a second runway.",
     [("city of bordeaux", -1, "second runway")], []),
    # a dateline's country is no part of the holder; a city council of the dateline's country
    ("BILBAO, Spain - Shopkeepers criticised the city council's plan to close the old town to cars.",
     [("shopkeepers", -1, "city council's plan"), ("city council", 1, "closing the old town")],
     [("shopkeepers", "city council", -1)]),
    ("CALLAO, Peru - Dock workers' unions on Tuesday condemned the port authority's new shift rules.",
     [("dock workers' unions", -1, "shift rules")], []),
    # lobbies named by their description
    ("Brazil's largest industry group welcomed the central bank's rate cut.",
     [("largest industry group", 1, "rate cut")], []),
    ("The Italian farm lobby criticised the EU's decision to cut the budget for rural roads.",
     [("italian farm lobby", -1, "rural roads")], [("italian farm lobby", "igo:eu", -1)]),
    ("Colombia's trade ministry rejected a request from the country's main coffee lobby to delay the export levy.",
     [("colgov", -1, "coffee lobby"), ("coffee lobby", 1, "delaying the export levy")],
     [("colgov", "coffee lobby", -1)]),
    # two companies, one "they"
    ("Ferrol Marine and Baltica Shipping Holdings said on Monday they opposed the new canal tolls.",
     [("ferrol marine", -1, "canal tolls"), ("baltica shipping holdings", -1, "canal tolls")], []),
    # look-alikes
    ("Firefighters in the city of Porto rescued two workers from a collapsed warehouse.", [], []),
    ("Russian officials said the Moscow government rejected the sanctions.", [("rusgov", -1, "sanctions")], []),
    ("Trinidad and Tobago rejected the new fishing quota.", [("tto", -1, "fishing quota")], []),
    ("Voters care most about bread-and-butter issues such as fuel and rents, pollsters said.", [], []),
    ("The prime minister cut fuel duty to win the backing of rural voters.", [], []),
    ("The Federation of Bakers and the Millers' Union rejected the flour tax.",
     [("federation of bakers", -1, "flour tax"), ("millers' union", -1, "flour tax")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_sideb3_construction(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def test_city_named_as_a_place_is_no_government(nlp) -> None:  # type: ignore[no-untyped-def]
    """"in the city of X", "the mayor of the city of X": the place, no local government actor."""
    for text in ("Firefighters in the city of Porto rescued two workers from a collapsed warehouse.",
                 "The mayor of the city of Nantes opened the new tram line on Sunday."):
        doc = nlp(text)
        assert not any(LOCAL_MARK in a.id for a in doc._.sm_actors), doc._.sm_actors


def test_capital_or_country_government_is_the_states(nlp) -> None:  # type: ignore[no-untyped-def]
    """A capital's government, and a country's whose name is also a town's somewhere ("Lebanon"), are
    the state's."""
    for text in ("Russian officials said the Moscow government rejected the sanctions.",
                 "Lebanon's government rejected the cuts to fuel subsidies."):
        doc = nlp(text)
        assert not any(LOCAL_MARK in a.id for a in doc._.sm_actors), (text, doc._.sm_actors)


def test_name_with_and_in_its_of_tail_is_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """The tagger's one organisation "the Association of Welders and Boilermakers" is one body (its
    name not cut at "and"), and "the Nigerian Confederation of Farmers Unions" is not its "Farmers Unions"."""
    doc = nlp("A shipyard blamed the Association of Welders and Boilermakers for the strike.")
    assert any(a.name == "Association of Welders and Boilermakers" for a in doc._.sm_actors), doc._.sm_actors
    doc = nlp("The Nigerian Confederation of Farmers Unions asked members to reject the seed levy.")
    names = [a.name for a in doc._.sm_actors]
    assert "Nigerian Confederation of Farmers Unions" in names and "Farmers Unions" not in names, names


def test_won_support_is_no_aim(nlp) -> None:  # type: ignore[no-untyped-def]
    """"cut taxes to win the backing of X" is an aim (X gives nothing); "managed to win the support of
    X" is X's support given."""
    from stancemap.nlp.stances.nouns import _sought

    aim = nlp("The prime minister cut fuel duty to win the backing of rural voters.")
    won = nlp("The finance minister managed to win the support of the opposition for the budget.")
    assert _sought(next(t for t in aim if t.lower_ == "win"))
    assert not _sought(next(t for t in won if t.lower_ == "win"))


PARTY_CASES: list[tuple[str, list[S], list[A]]] = [
    # a party named by the plural of its members, after a state's possessive or "the"
    ("Sweden's Social Democrats criticised the government's plan to cut unemployment benefits.",
     [("social democrats", -1, "unemployment benefits"), ("swegov", 1, "cutting unemployment benefits")],
     [("social democrats", "swegov", -1)]),
    ("Germany's Christian Democrats backed the proposal by the Free Democrats to cut taxes.",
     [("christian democrats", 1, "proposal by the free democrats"), ("free democrats", 1, "cutting taxes")],
     [("christian democrats", "free democrats", 1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), PARTY_CASES, ids=[c[0][:40] for c in PARTY_CASES])
def test_plural_party_names(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def test_plural_party_needs_a_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Greens and Liberals across Europe": no possessive or "the" before them, no one party."""
    doc = nlp("Greens and Liberals across Europe welcomed the vote.")
    assert not any(a.id.startswith("org:") for a in doc._.sm_actors), doc._.sm_actors


def test_place_phrases_and_leaders_make_no_local_government(nlp) -> None:  # type: ignore[no-untyped-def]
    """A city or town the action happens in or to ("withdrew from the town of X", "evacuated people from
    the city of X", "shelled / captured the city of X", "the city of X was hit") and a leader's administration ("the Obama administration")
    are no local government."""
    for text in ("The militia withdrew from the town of Kalemie on Sunday.",
                 "Helicopters evacuated civilians from the city of Kherson.",
                 "Artillery shelled the city of Sumy overnight.",
                 "Rebel forces captured the city of Kindu after two days of fighting.",
                 "The city of Odesa was hit by drones overnight.",
                 "The Obama administration said it would veto the bill."):
        doc = nlp(text)
        assert not any(LOCAL_MARK in a.id for a in doc._.sm_actors), (text, doc._.sm_actors)


def test_hyphenated_name_near_the_start_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    """A name with a hyphen inside it near the start of a text is no dateline ("Jean-Yves Le Drian")."""
    doc = nlp("Jean-Yves Le Drian criticised the decision to close the consulate.")
    assert any(a.type == "person" and "Drian" in a.name for a in doc._.sm_actors), doc._.sm_actors
