"""Constructions found missing on the eighth fresh hand-labelled set (issue 9,
tests/data/stances_fresh8.jsonl):

* plural civil-society nouns as holders ("environmental groups", "conservation groups",
  "environmentalists", "campaign groups", "civil society groups"), as the rights and aid groups
  already were; a mention that takes no position stays nothing;
* no alignment with a company (README section 6: "B is a media outlet or company"), while the
  company's own request is still its stance and an intergovernmental lender still aligns;
* a cue inside a "provided (that)" / "providing" condition of another stance is no stance of its
  own ("would back Y provided that Z paid W": no stance of Z), and the condition stays inside the
  target of the stance it conditions, wherever the parser hangs "provided";
* an evaluative position noun with its author's possessive ("A's rejection of B's plan", "A's
  support for B's bid") aligns A with the author of what it evaluates, as the verb does; not when
  the evaluated thing has no author or is a state's membership;
* "what it called Y by Z": the "by" phrase the parser hangs on the naming verb names Y's author;
  military craft named by a nationality adjective ("Russian helicopters") are the state's;
* an alignment side that is a state's unnamed body ("Russian military drones", "their governments")
  or the "his/her government" of a state's official carries the state's name (README section 6
  maps "French mediation" to France); the mention keeps the sentence's words;
* "by-election(s)" and "by-poll(s)" are one token each (the tokenizer split off "by", which the
  parser read as a preposition, so "would boycott next month's by-elections" had no object);
* ", a proposal that X opposed" after a policy phrase ("unveiled a plan to tax Y, a proposal that
  X opposed"): X's position is on that phrase (the parser reads the proposal as a second object);
* a relative on a practice or policy that a participle of ending takes from its main clause ("...
  stopped Y, ending a policy that X had criticised"): X's position is on Y.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # plural civil-society groups as holders
    ("Conservation groups condemned Bolivia's decision to open the national park to gold mining.",
     [("conservation groups", -1, "national park")], [("conservation groups", "BOL", -1)]),
    ("Peru's plan to dam the Maranon river drew criticism from environmentalists.",
     [("environmentalists", -1, "maranon"), ("PER", 1, "maranon")], [("environmentalists", "PER", -1)]),
    ("Campaign groups urged the European Commission to ban the pesticide.",
     [("campaign groups", 1, "ban the pesticide")], []),
    # ... a mention with no cue is no stance
    ("Environmental groups planted trees along the river on Sunday.", [], []),
    ("The ministry said civil society groups would be consulted on the draft.", [], []),
    # no alignment with a company; its request is still its own stance
    ("Ghana's energy ministry rejected a request by ExxonMobil to extend its offshore licence.",
     [("GHA", -1, "request"), ("exxonmobil", 1, "offshore licence")], []),
    # ... nor with a company whose decision is welcomed, nor one sided with (every alignment path)
    ("Nigeria welcomed a decision by ExxonMobil to cut gas flaring in the delta.",
     [("NGA", 1, "gas flaring")], []),
    ("Ghana sided with ExxonMobil in the dispute over the oil block.", [("GHA", 1, "exxonmobil")], []),
    ("Ghana sided with Togo in the dispute over the oil block.", [("GHA", 1, "togo")], [("GHA", "TGO", 1)]),
    # ... an intergovernmental lender is no company
    ("Ghana's energy ministry rejected a request by the World Bank to cut fuel subsidies.",
     [("GHA", -1, "request"), ("world bank", 1, "fuel subsidies")], [("GHA", "world bank", -1)]),
    # a cue inside a "provided (that)" condition is no stance of its own
    # ... and the condition stays inside the target of the stance it conditions (README section 5)
    ("Austria said it would back the rail project provided that Berlin paid half the cost.",
     [("AUT", 1, "rail project provided that berlin paid half the cost")], []),
    ("Austria would back the rail project, providing Rome agreed to extend the line.",
     [("AUT", 1, "rail project, providing rome agreed to extend the line")], []),
    ("Chile said it would back the treaty provided that Peru dropped its claim.",
     [("CHL", 1, "treaty provided that peru dropped its claim")], []),
    # ... a "provided" that is a verb of its own is no condition
    ("The lender provided that Kenya backed the loan.", [("KEN", 1, "loan")], []),
    # ... a coordinated offer is one
    ("Austria backed the rail project, and Germany offered to pay half the cost.",
     [("AUT", 1, "rail project"), ("DEU", 1, "half the cost")], []),
    # an evaluative position noun with its author's possessive aligns with the evaluated author
    ("Morocco's rejection of Algeria's offer to mediate was announced on Friday.",
     [("MAR", -1, "offer to mediate"), ("DZA", 1, "mediating")], [("MAR", "DZA", -1)]),
    ("Canada's support for Mexico's bid to host the summit was confirmed on Monday.",
     [("CAN", 1, "bid to host"), ("MEX", 1, "hosting the summit")], [("CAN", "MEX", 1)]),
    # ... not with nobody's bid, nor with a state whose membership is evaluated
    ("Canada's support for the bid to host the summit was confirmed on Monday.",
     [("CAN", 1, "bid to host")], []),
    ("Hungary's objection to Ukraine's membership in the European Union stalled the talks for a year.",
     [("HUN", -1, "membership")], []),
    # "ending a practice that X had condemned": the practice is what the main clause ends
    ("Norway scrapped the subsidy for diesel boats, ending a policy that green groups had criticised.",
     [("green groups", -1, "subsidy for diesel boats")], []),
    # ... not when the main verb does not end its object (the policy is no tariff)
    ("Morocco raised the water tariff, ending a policy that the IMF had criticised.",
     [("monetary fund", -1, "policy")], []),
    # ... a practice ended by the main verb itself is the practice
    ("The company ended a practice that unions had condemned.", [("unions", -1, "practice")], []),
    # "what it called Y by Z": the "by" phrase hung on the naming verb goes back to Y (its author)
    ("Ghana's fisheries minister condemned what he called the harassment of local canoes by Chinese navy ships "
     "off Takoradi.",
     [("GHA", -1, "harassment of local canoes by chinese navy ships")], [("GHA", "CHN", -1)]),
    # ... a "by" of no named agent stays where it is
    ("The union denounced what it called a breach of the wage deal by phone.",
     [("union", -1, "breach of the wage deal")], []),
    # military craft named by a nationality adjective are the state's (not a rescue craft)
    ("Chad condemned the bombing of its border posts by Sudanese helicopters.",
     [("TCD", -1, "bombing")], [("TCD", "SDN", -1)]),
    ("Chad mourned the crew and condemned the downing of a Sudanese rescue helicopter.",
     [("TCD", -1, "downing")], []),
    # "by-election(s)" is one word (not the preposition "by"): a boycotted by-election is the target
    ("Kenya's main opposition party said it would boycott next month's by-elections.",
     [("KEN", -1, "by-elections")], []),
    # ", a proposal that X opposed" renames the policy phrase that ends at the comma (no alignment)
    ("Chile unveiled a plan to tax copper exports, a proposal that Peru has also opposed.",
     [("PER", -1, "plan to tax copper exports"), ("CHL", 1, "taxing copper exports")], []),
    # ... a phrase that is no policy is not renamed
    ("Chile met Peru's envoy on Monday, a proposal that Bolivia had opposed.", [("BOL", -1, "proposal")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


#: (sentence, every alignment as (side a's name, side b's name, polarity))
SIDE_NAMES = [
    # a state's unnamed body named by its adjective: the state's name
    ("Kenya condemned the shelling of its border town by the Somali military.",
     {("Kenya", "Somalia", -1)}),
    # two states' governments named by "their governments": each state's name
    ("Norway's and Iceland's trade ministers said their governments would fight Britain's new fishing levy.",
     {("Norway", "United Kingdom", -1), ("Iceland", "United Kingdom", -1)}),
    # "his government" of a state's official: the state's name; a party stays the person's
    ("Malawi's finance minister Jonas Banda told reporters his government was grateful for Zambia's grain "
     "offer.", {("Malawi", "Zambia", 1)}),
    ("Opposition leader Ana Lopes said her party welcomed Brazil's offer to mediate.", {("Ana Lopes", "Brazil", 1)}),
]


@pytest.mark.parametrize(("text", "names"), SIDE_NAMES, ids=[c[0][:40] for c in SIDE_NAMES])
def test_side_names(nlp, text: str, names: set[tuple[str, str, int]]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    got = {(al.actors[0].name, al.actors[1].name, al.polarity) for al in doc._.sm_alignments}
    assert got == names, doc._.sm_alignments


def test_by_election_is_one_token(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The by-election was called after two by-polls. Voters stood by, electing nobody.")
    assert [t.text for t in doc if "-" in t.text] == ["by-election", "by-polls"]
