"""Over-firing found in review of the stance rules (issue 9): negative and emphatic inversions read
as conditions, "take up" of a proposal read as acceptance, a venue compounded on a gathering read
as its doer, a "nor" inversion read as stated, a pronoun target aligned with whatever actor the
pronoun could name, "the government in <city>" read as the city's government where the city is only
where a group acted, and a sentence-opening pronoun carried across a paragraph, a quote's edge or
past an object that fits it as well.

Sentences written for these tests (no evaluation text). Each row asserts the exact stances (holder,
polarity, a word of the target) and the exact alignments (actor ids and polarity).
"""

from __future__ import annotations

import pytest

from stancemap.nlp.stances.bodies import GOVERNING_BODIES, SEATED_HOLDERS

from .stance_checks import assert_exactly

pytestmark = pytest.mark.model

S = tuple[str, int, str]
A = tuple[str, str, int]

CASES: list[tuple[str, list[S], list[A]]] = [
    # a negative or emphatic inversion states a fact
    ("Not only had France backed the sanctions, it also sent weapons.", [("FRA", 1, "sanctions")], []),
    ("Not only had Chile rejected the tariff, it also recalled its envoy.", [("CHL", -1, "tariff")], []),
    ("Never had Brazil supported the treaty so firmly.", [("BRA", 1, "treaty")], []),
    ("No sooner had Egypt welcomed the truce than fighting resumed.", [("EGY", 1, "truce")], []),
    # ... an inverted condition of a modal main clause states none
    ("Had France backed the sanctions, the plan would have passed.", [], []),
    ("The plan would have passed had France backed the sanctions.", [], []),
    ("Should Chile reject the deal, talks would collapse.", [], []),
    ("Had Japan opposed the levy, the vote might have failed.", [], []),
    ("Were Peru to back the deal, it could pass.", [], []),
    ("Were Peru and Chile to back the deal, it could pass.", [], []),
    # "nor" opening an inverted clause negates it
    ("Nor did Ghana endorse the merger.", [("GHA", -1, "merger")], []),
    ("Chile did not back the plan, nor did Peru support the tariff.", [("CHL", -1, "plan"), ("PER", -1, "tariff")],
     []),
    ("Chile rejected the plan and Peru welcomed the tariff.", [("CHL", -1, "plan"), ("PER", 1, "tariff")], []),
    # a pronoun target standing for a thing: its partner is the thing's author, not a state "it" could name
    ("Chile rejected the plan, and Peru opposed it too.", [("CHL", -1, "plan"), ("PER", -1, "plan")], []),
    ("Peru welcomed Chile's proposal and Bolivia backed it.", [("PER", 1, "proposal"), ("BOL", 1, "proposal")],
     [("BOL", "CHL", 1), ("PER", "CHL", 1)]),
    # "take up" a proposal or suggestion is to consider it; an offer or invitation is accepted
    ("EU ministers will take up the Greek proposal on Monday.", [], []),
    ("The committee took up Spain's suggestion last week.", [], []),
    ("The council will take up the Irish proposal at its next session.", [], []),
    ("Fiji took up the invitation from Australia to the summit.", [("FJI", 1, "invitation")], [("FJI", "AUS", 1)]),
    # a place compounded on a gathering is its venue, not its doer; on an act it is the doer
    ("Turkey criticised the Brussels meeting on migration.", [("TUR", -1, "brussels meeting")], []),
    ("Greece condemned the Ankara hearing.", [("GRC", -1, "ankara hearing")], []),
    ("Iran welcomed the Geneva meeting on the nuclear file.", [("IRN", 1, "geneva meeting")], []),
    ("Cyprus condemned the Ankara drilling.", [("CYP", -1, "ankara drilling")], [("CYP", "TURGOV", -1)]),
    ("Cyprus condemned the Turkish drilling.", [("CYP", -1, "turkish drilling")], [("CYP", "TUR", -1)]),
    # "in <city>" hung on the verb after a group named by its country: where the group acted
    ("Kenyan exiles denounced the government in London on Saturday.", [("KEN", -1, "government")],
     [("KEN", "KENGOV", -1)]),
    # (the students' own government is side B, as the exiles' above: "criticised the government", README
    # section 6; it had been missed while a body noun with no author was read as content only)
    ("Ugandan students criticised the government in Paris on Friday.", [("UGA", -1, "government")],
     [("UGAEDU", "UGAGOV", -1)]),
    # ... a state, a state's official, or a group placed elsewhere: the city's government
    ("Kenya accused the government in Kampala of spying.", [("KEN", -1, "government")], [("KEN", "UGA", -1)]),
    ("Kenyan exiles in London praised the government in Kampala.", [("KEN", 1, "government")],
     [("KEN", "UGA", 1)]),
    ("The Kenyan minister denounced the government in Kampala on Monday.", [("KEN", -1, "government")],
     [("KENGOV", "UGA", -1)]),
    # a sentence-opening pronoun: not past an object that fits it too, a paragraph break or a quote's edge
    ("Mali accused Niger of hosting rebels. It rejected the charge.", [("MLI", -1, "hosting rebels")],
     [("MLI", "NER", -1)]),
    ("Brazil's minister met Argentina's envoy. He rejected the tariffs.", [], []),
    ("Chad hosted the talks.\n\nIt rejected the plan.", [], []),
    ('"Chad hosted the talks." It rejected the plan.', [], []),
    # ... and it still continues the previous subject, also after a quote inside that sentence
    ("Chad hosted the talks. It rejected the plan.", [("TCD", -1, "plan")], []),
    ('Chad\'s foreign minister said "we will not sign". He rejected the plan.', [("TCD", -1, "plan")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:48] for c in CASES])
def test_review_overfiring(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert_exactly(doc, stances)
    got = sorted((a.a, a.b, a.polarity) for a in doc._.sm_alignments)
    assert got == sorted(aligns)


def test_governing_bodies_are_seated_holders() -> None:
    # one definition: every governing body named by its seat is read through that seat
    assert GOVERNING_BODIES <= SEATED_HOLDERS
    assert {"government", "cabinet", "official"} <= SEATED_HOLDERS
