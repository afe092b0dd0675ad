"""Constructions found missing on the ninth fresh hand-labelled set (issue 9,
tests/data/stances_fresh9.jsonl) and the studied eighth:

* an unnamed body of a state ("the government", "the agriculture ministry", "the interior
  ministry") that the events stage placed in a country from the article is the author of its
  proposal, plan or offer ("the government's plan to X", "a proposal by the agriculture ministry
  to X", "an offer from the interior ministry to X") and the partner of an alignment with whoever
  evaluates it, as a named state's body is; a body noun with no cue stays nothing;
* reciprocal accusations with their charge: "A and B traded accusations (on Tuesday) of X",
  "accused each other (on Wednesday) of X": each side -1 on X (README section 5: an accusation's
  target is the accused's act), besides the -1 alignment; a matter in dispute ("traded accusations
  over the border dispute") still gives the alignment only; "traded barbs with B" where the parser
  hangs "with B" on the object is B's alignment, and an absolute "with A's leader calling X Y" after
  "A and B traded barbs" names no partner;
* an unnamed spokesperson of a state's ministry the events stage placed ("..., and the foreign
  ministry spokesman condemned X") holds the position, for the state of the article;
* a sub-national government ("Catalonia's regional government", "the devolved government of
  Wales", "the regional government of Sicily", a region the tables do not know) is an actor of its
  own with the state's country (README section 4), never the state's government, so that it can
  align with the national government (README section 6: distinct domestic actors);
* a plural subject of a civil sector the events stage coded ("farmers", "teachers", "Indigenous
  communities"), also after a crowd's number ("Thousands of farmers drove tractors into X to
  protest against Y"), holds the position (README section 3: identifiable groups are accepted);
* "leaders", "elders", "chiefs" of a community ("Indigenous leaders", "Maori tribal leaders",
  "First Nations leaders in X") are the community's, not the state's government a demonym or a
  place would otherwise make them (README section 4);
* a one-word name after a company's description hung on it ("U.S. drugmaker Pfizer", "copper miner
  X" where X is also a town's name) is the company, not a person or the town, so no alignment
  takes it as B (README section 6), while its own request is still its stance;
* a dateline the tagger took into a name ("SEOUL - Samsung Electronics", "DUBLIN - Ryanair" as one
  ORG entity) or the parser into a phrase ("GENEVA - Amy Pope, the director ...") is cut off: the
  name is the company's or person's alone, and so is an alignment side's text.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # an unnamed state body as the author of a proposal, and the partner of its evaluator
    ("Kenya's main opposition coalition denounced the government's plan to raise fuel taxes.",
     [("KEN", -1, "fuel taxes"), ("KENGOV", 1, "raising fuel taxes")], [("KENOPP", "KENGOV", -1)]),
    ("Peru's opposition said on Monday it rejected a proposal by the interior ministry to pay police officers a bonus.",
     [("PEROPP", -1, "proposal"), ("PERGOV", 1, "paying police officers")], [("PEROPP", "PERGOV", -1)]),
    ("Peru's opposition said it rejected the interior ministry's offer to pay police officers a bonus.",
     [("PEROPP", -1, "offer"), ("PERGOV", 1, "paying police officers")], [("PEROPP", "PERGOV", -1)]),
    # ... no cue, no stance
    ("Peru's opposition met the interior ministry on Monday.", [], []),
    # reciprocal accusations with their charge
    ("Serbia and Kosovo traded accusations on Tuesday of stoking tensions in the north.",
     [("SRB", -1, "stoking tensions"), ("XKX", -1, "stoking tensions")], [("SRB", "XKX", -1)]),
    ("Ghana and Togo accused each other of smuggling fuel across the border.",
     [("GHA", -1, "smuggling fuel"), ("TGO", -1, "smuggling fuel")], [("GHA", "TGO", -1)]),
    ("Ghana and Togo accused each other on Wednesday of smuggling fuel across the border.",
     [("GHA", -1, "smuggling fuel"), ("TGO", -1, "smuggling fuel")], [("GHA", "TGO", -1)]),
    ("Chad and Sudan blamed each other for the attack on the border post.",
     [("TCD", -1, "attack"), ("SDN", -1, "attack")], [("TCD", "SDN", -1)]),
    # ... a matter in dispute: the alignment only
    ("Laos and Vietnam traded accusations over the border dispute.", [], [("LAO", "VNM", -1)]),
    # an unnamed state spokesperson as a holder
    ("Poland lodged a protest with Belarus over the arrest of a reporter, and the foreign ministry spokesman "
     "accused the Belarusian authorities of holding him as a hostage.",
     [("POL", -1, "arrest of a reporter"), ("POL", -1, "holding him")], [("POL", "BLR", -1)]),
    # sub-national governments
    ("Andalusia's regional government criticised Madrid's plan to cut water transfers.",
     [("andalusia", -1, "water transfers"), ("ESPGOV", 1, "cutting water transfers")],
     [("andalusia", "ESPGOV", -1)]),
    ("Wales's devolved government welcomed London's offer to fund the rail line.",
     [("wales", 1, "rail line"), ("GBRGOV", 1, "funding the rail line")], [("wales", "GBRGOV", 1)]),
    ("The regional government of Sicily rejected Rome's plan to close the airport.",
     [("sicily", -1, "close the airport"), ("ITAGOV", 1, "closing the airport")], [("sicily", "ITAGOV", -1)]),
    ("The municipal authorities in Lyon rejected the national government's housing plan.",
     [("lyon", -1, "housing plan"), ("FRAGOV", 1, "housing")], [("lyon", "FRAGOV", -1)]),
    # ... the state's own government stays the state's
    ("Kenya's government opposed the plan to close the airport.", [("KENGOV", -1, "close the airport")], []),
    # civil crowds and professions as holders
    ("Thousands of farmers drove tractors into Warsaw to protest against the government's plan to import grain.",
     [("farmers", -1, "import grain"), ("POLGOV", 1, "importing grain")], [("farmers", "POLGOV", -1)]),
    ("Indigenous communities in the Amazon rejected Brazil's plan to build a road.",
     [("indigenous communities", -1, "build a road"), ("BRA", 1, "building a road")],
     [("indigenous communities", "BRA", -1)]),
    # ... a crowd with no cue holds nothing
    ("Thousands of farmers drove tractors into Warsaw on Monday.", [], []),
    # community leaders are no state's
    ("Maori tribal leaders condemned the government's decision to scrap the health authority.",
     [("maori tribal leaders", -1, "health authority")], [("maori tribal leaders", "NZLGOV", -1)]),
    ("Indigenous leaders in Peru rejected the government's plan to build a road.",
     [("indigenous leaders", -1, "build a road"), ("PERGOV", 1, "building a road")],
     [("indigenous leaders", "PERGOV", -1)]),
    # ... a state's leaders stay the state's ("first" is no community, nor a party's traditional leader)
    ("Kenya's first female leader said she backed Uganda's plan to build a railway.",
     [("KEN", 1, "railway"), ("UGA", 1, "building a railway")], [("KEN", "UGA", 1)]),
    ("Peruvian leaders rejected Chile's plan to build a road.",
     [("PER", -1, "build a road"), ("CHL", 1, "building a road")], [("PER", "CHL", -1)]),
    # a company named after its description
    ("India's health ministry rejected a request by U.S. drugmaker Pfizer to waive trials.",
     [("IND", -1, "request"), ("pfizer", 1, "waiving trials")], []),
    ("Chile's environment ministry rejected a plan by copper miner Antofagasta to expand its mine.",
     [("CHL", -1, "expand its mine"), ("antofagasta", 1, "expanding its mine")], []),
    # ... a person named after a role stays a person
    ("The lawyer Smith rejected Chile's plan to expand the mine.",
     [("smith", -1, "expand the mine"), ("CHL", 1, "expanding the mine")], [("smith", "CHL", -1)]),
    # "traded barbs with B" on the object; an absolute "with" clause is no partner
    ("Spain traded barbs with Morocco over the fishing deal.", [], [("ESP", "MAR", -1)]),
    ("Poland's Civic Coalition and the Law and Justice party traded barbs on Monday over the new mining law, "
     "with Civic Coalition leader Ana Ruiz calling the measure a giveaway.", [],
     [("civic coalition", "law and justice", -1)]),
    # a dateline inside a company's name
    ("SEOUL - Samsung Electronics said on Tuesday it opposed a plan by Vietnam to limit chip exports.",
     [("samsung", -1, "plan by vietnam"), ("VNM", 1, "limiting chip exports")], [("samsung", "VNM", -1)]),
    ("DUBLIN - Ryanair criticised a decision by Italy to cap fares.",
     [("ryanair", -1, "cap fares")], [("ryanair", "ITA", -1)]),
    # ... a dateline taken in with a state's possessive: the state's body as without the dateline
    ("LUSAKA - Zambia's main opposition party on Wednesday rejected Malawi's plan to close the border.",
     [("ZMBOPP", -1, "close the border"), ("MWI", 1, "closing the border")], [("ZMBOPP", "MWI", -1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:60] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


#: (sentence, every alignment as (side a's text, side b's text, polarity))
SIDE_TEXTS = [
    ("DUBLIN - Ryanair criticised a decision by Italy to cap fares.", {("Ryanair", "Italy", -1)}),
    ("GENEVA - Amy Pope, the director general of the International Organization for Migration, criticised Chad.",
     {("Amy Pope", "Chad", -1)}),
]


@pytest.mark.parametrize(("text", "texts"), SIDE_TEXTS, ids=[c[0][:40] for c in SIDE_TEXTS])
def test_side_texts(nlp, text: str, texts: set[tuple[str, str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    got = {(al.actors[0].text, al.actors[1].text, al.polarity) for al in doc._.sm_alignments}
    assert got == texts, doc._.sm_alignments


def test_person_with_a_trade_is_no_company(nlp) -> None:  # type: ignore[no-untyped-def]
    """"veteran coal miner X" is a person's job: the company rule leaves the name alone."""
    doc = nlp("Veteran coal miner Davies said he opposed the closure of the pit.")
    assert not any(a.sector == "BUS" for a in doc._.sm_actors), doc._.sm_actors


def test_community_leaders_words(nlp_base) -> None:  # type: ignore[no-untyped-def]
    """"First Nations" as a pair of words, never "first" alone; no "of" complement."""
    from stancemap.nlp.common.bodies import community_leaders

    nlp = nlp_base
    heads = {}
    for text in ("First Nations leaders condemned the plan.", "The first leader of the republic spoke.",
                 "Tribal elders condemned the plan.", "The traditional leader of the party spoke."):
        doc = nlp(text)
        heads[text] = any(community_leaders(t) for t in doc)
    assert heads == {"First Nations leaders condemned the plan.": True, "The first leader of the republic spoke.": False,
                     "Tribal elders condemned the plan.": True, "The traditional leader of the party spoke.": False}
