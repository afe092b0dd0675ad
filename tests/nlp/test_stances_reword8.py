"""Constructions of loose reporter-style rewordings (issue 9, nineteenth session, batches 65-67):
statements of effect reported or quoted ("Y will wreck the economy, X said"; "Y would bring new trade
to the region"; "Y would do nothing to stop Z"); refusals under an "unless" condition ("would not
agree to Y unless Z"); declining another actor's plan ("would not join / take part in / sign up to
B's plan": an alignment with B); "it" for an offer, report or suspension put forward in the sentence
before, with its author; a plural noun fits no "she" / "it"; "Sudan needs a ceasefire," X said;
"fight for" a policy; the speaker read as an apposition before a trailing "said"; gerund objects and
subjects a cue verb lost to the parser; a cited reason is no position (README section 2). Each with
look-alikes that must stay without a position.

Sentences written for these tests (no evaluation text, no paraphrase wording).
"""

from __future__ import annotations

import pytest

from .stance_asserts import actor_keys, has_key
from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # statements of effect: harm or gain to something everyone values, an end to or a cause of
    # something everyone deplores; reported before or after, quoted, by a spokesperson
    ("The new port fee will cripple our shipping industry, the Latvian transport ministry said.",
     [("LVA", -1, "port fee")]),
    ("Kenya's trade ministry said the import ban would hurt small traders across the country.",
     [("KEN", -1, "import ban")]),
    ('"This treaty will bring calm and trade to our border towns," the Angolan president said.',
     [("AGO", 1, "treaty")]),
    ("Ending the bread subsidy would push hundreds of bakeries to the brink, a Tunisian government "
     "spokeswoman said.", [("TUN", -1, "bread subsidy")]),
    ("The Finnish finance ministry said the new levy would drive investors out of the country.",
     [("FIN", -1, "levy")]),
    ("Belgium's foreign minister said the arms sales would only fuel the conflict.", [("BEL", -1, "arms sales")]),
    ("The new canal will cut emissions from shipping, the Egyptian government said.", [("EGY", 1, "canal")]),
    ("The wind farm would make the country self-sufficient in power, the Irish energy minister said.",
     [("IRL", 1, "wind farm")]),
    ("The border wall would do nothing to stop traffickers, the Chilean interior minister said.",
     [("CHL", -1, "border wall")]),
    ("The loan scheme will let us rebuild the harbour, a spokesman for the Maltese government said.",
     [("MLT", 1, "loan scheme")]),
    ("The grain reserve will shield poor households from famine, the Malagasy agriculture ministry said.",
     [("MDG", 1, "grain reserve")]),
    ("The fuel levy would plunge thousands of fishermen into debt, the Sri Lankan fisheries minister said.",
     [("LKA", -1, "fuel levy")]),
    ("The tram line will ease congestion and curb pollution, the Croatian transport ministry said.",
     [("HRV", 1, "tram line")]),
    ('"These steel quotas are naked protectionism," the Turkish trade minister said.', [("TUR", -1, "steel quotas")]),
    ('"The new ferry link is a dream come true for the islanders," the Estonian transport minister said.',
     [("EST", 1, "ferry link")]),
    # refusals under "unless": the condition stays in the target (README section 5)
    ("Peru would not sign the fisheries accord unless the quotas were raised.", [("PER", -1, "fisheries accord")]),
    ("Ghana said it would not agree to the mining code unless royalties were lowered.",
     [("GHA", -1, "mining code")]),
    # "fight for" a policy is campaigning for it
    ("Brazil is fighting for the new forest protection rules.", [("BRA", 1, "forest protection rules")]),
    # a state's need, quoted: the speaker's demand
    ('"Haiti needs a peacekeeping mission," the Kenyan foreign minister said.', [("KEN", 1, "peacekeeping mission")]),
    ('"We do not need a new investigation," Serbia\'s justice minister said.', [("SRB", -1, "investigation")]),
    # the speaker read as an apposition of the clause's last noun
    ("The quota cut would ruin fishing villages, a spokesman for the Norwegian government said.",
     [("NOR", -1, "quota cut")]),
    # a gerund object and a subject the parser hung elsewhere
    ("Uruguay supports revising the port concession.", [("URY", 1, "port concession")]),
    ("Slovenia backs building a new rail tunnel under the Alps.", [("SVN", 1, "rail tunnel")]),
    # a plural object of the sentence before is no "she": the pronoun takes the subject
    ("Estonia's prime minister hosted Baltic ministers on Monday. She backed the joint air defence plan.",
     [("EST", 1, "air defence plan")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_reword8_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    # someone else's harm may be the point; people, nature and bodies do deeds, not effects
    "The sanctions will hurt Russia's economy, Ukraine's foreign minister said.",
    "The rebels will destroy the towns, the Malian army said.",
    "The storm will ruin the harvest, the Cuban weather service said.",
    # possibilities, reassurances and unreported effects state no view
    "The reform could hurt farmers, Brazil's agriculture minister said.",
    "The reform will not hurt farmers, Brazil's agriculture minister said.",
    "The new dam will flood three valleys.",
    # events, accidents, wars and economic forces are no plans; past effects are facts reported
    "The explosion killed twelve people in the market, Kenya's interior ministry said.",
    "The eruption will destroy dozens of homes, the Indonesian government said.",
    "Rising inflation will hurt households, Brazil's finance ministry said.",
    "The election will raise tensions in the region, the Indian foreign ministry said.",
    "The war has killed thousands of people, Sudan's health ministry said.",
    "The border closure destroyed hundreds of jobs, Lesotho's trade minister said.",
    "The new bridge could ease congestion and curb pollution, the Serbian transport minister said.",
    # a conditional acceptance is no position; a non-policy "need" is a description
    "Peru would sign the fisheries accord if the quotas were raised.",
    "Libya needs more rain this winter, the Egyptian weather office said.",
    # fighting for a place is an act of war
    "The rebels fought for the town.",
    # a cited reason is the motive of another act, no position (README section 2)
    "Uruguay raised its port fees, saying the move would protect local jobs.",
    "Uruguay raised its port fees, citing the need for stricter checks.",
])
def test_reword8_lookalikes_hold_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def _pairs(doc) -> list[tuple[set[str], set[str], int]]:  # type: ignore[no-untyped-def]
    return [(actor_keys(doc, al.a), actor_keys(doc, al.b), al.polarity) for al in doc._.sm_alignments]


@pytest.mark.parametrize("text", [
    "Chile said it would not join Peru's plan for a joint naval force.",
    "Chile will not take part in the Peruvian plan for a joint naval force.",
    "Chile has declined to sign up to Peru's plan for a joint naval force.",
    "Chile will not go along with the Peruvian proposal for a joint naval force.",
    "Chile will not be part of Peru's plan for a joint naval force, the defence minister said.",
])
def test_declining_another_states_plan_aligns(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert_stances(doc, [("CHL", -1, "naval force")])
    assert [(p) for x, y, p in _pairs(doc) if has_key(x, "CHL") and has_key(y, "PER")] == [-1], _pairs(doc)


def test_declining_an_unauthored_plan_aligns_with_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile said it would not join the coalition against piracy.")
    assert_stances(doc, [("CHL", -1, "coalition")])
    assert doc._.sm_alignments == []


def test_pronoun_for_an_offer_of_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Bondholders tabled a new swap offer on Friday. Accra turned it down on Sunday.")
    assert_stances(doc, [("GHA", -1, "swap offer")])


def test_pronoun_for_a_measure_put_forward_aligns_with_its_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Turkey announced the closure of the straits on Tuesday. Greece condemned it.")
    assert_stances(doc, [("GRC", -1, "closure")])
    assert [p for x, y, p in _pairs(doc) if has_key(x, "GRC") and has_key(y, "TUR")] == [-1], _pairs(doc)


def test_effect_on_a_plan_of_another_aligns_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Danish foreign ministry said Sweden's plan for a bridge toll would hurt commuters.")
    assert_stances(doc, [("DNK", -1, "bridge toll")])
    assert [p for x, y, p in _pairs(doc) if has_key(x, "DNK") and has_key(y, "SWE")] == [-1], _pairs(doc)


def test_being_part_of_a_plan_is_no_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile is part of Peru's plan for a joint naval force.")
    assert [(s.actor, s.polarity) for s in doc._.sm_stances if s.actor == "CHL"] == []
    assert doc._.sm_alignments == []
