"""Constructions of the rewordings of batch 51 (issue 9, sixteenth session): a promise whose
that-clause states the promiser's own future act with no cue of its own ("promised it would hand
over X", "X will be handed over, Y pledged"), "a step forward" read by the parser as a measure of the
adverb under "be / mark", "grateful to Y | for X" with "for" hung on the copula (Y is thanked),
"denied that X, as Y alleged" (a claim of Y's rejected), "does not want Y to Z" (against Y's act),
and "the WHO" as an actor; with look-alikes that must stay without a position or alignment.

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # a promised own act in a that-clause, as "pledged to X"
    ("Peru promised that it would return the seized paintings.", [("PER", 1, "returning the seized paintings")]),
    ("Egypt pledged that the detained reporters would be freed.", [("EGY", 1, "reporters")]),
    ("The seized paintings will be returned to Italy, the Peruvian government promised.", [("PER", 1, "paintings")]),
    ("Peru promised it would never extradite the former general.", [("PER", -1, "extraditing the former general")]),
    # (a cue inside the clause holds the position itself, as before)
    ("Peru promised that it would back the reef treaty.", [("PER", 1, "reef treaty")]),
    # "a step forward / back" under "be" and "mark"
    ("Fiji said the reef law was a step forward for conservation.", [("FJI", 1, "reef law")]),
    ("The new levy marks a step back for free trade, Sweden said.", [("SWE", -1, "levy")]),
    # "grateful / thankful to Y for X"
    ("Jordan said it was grateful to Japan for its help with the refugees.", [("JOR", 1, "help")]),
    ("Nepal is thankful to India for the emergency loan.", [("NPL", 1, "emergency loan")]),
    # a denial of a claim named by "as Y alleged"
    ("Serbia denied that its police had beaten the protesters, as Albania has claimed.", [("SRB", -1, "beaten")]),
    # a negated wish about another's act
    ("Chile does not want Argentina to join the fishing pact.", [("CHL", -1, "join the fishing pact")]),
    # "the WHO"
    ("The WHO urged Kenya to step up its vaccination campaign.", [("IGO:WHO", 1, "vaccination")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_b51_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize(("text", "pair", "pol"), [
    ("Jordan said it was grateful to Japan for its help with the refugees.", {"JOR", "JPN"}, 1),
    ("Serbia denied that its police had beaten the protesters, as Albania has claimed.", {"SRB", "ALB"}, -1),
    ("Chile does not want Argentina to join the fishing pact.", {"CHL", "ARG"}, -1),
])
def test_b51_alignments(nlp, text: str, pair: set[str], pol: int) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [({a.a, a.b}, a.polarity) for a in doc._.sm_alignments] == [(pair, pol)]


def test_a_wish_for_anothers_act_aligns_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile wants Argentina to join the fishing pact.")
    assert_stances(doc, [("CHL", 1, "join the fishing pact")])
    assert doc._.sm_alignments == []


@pytest.mark.parametrize("text", [
    # a promise about someone else's act, a threat, a conditional, a deferral: no promised act
    "Chile promised that prices would fall next year.",
    "Chile vowed that it would retaliate.",
    "Chile promised that it would respond if the border was closed.",
    # "a step forward" of a verb of motion
    "The talks moved a step forward on Monday.",
    # a bare denial of a fact, a denial with no claimant
    "Pakistan denied that it had received the letter.",
    # thanks without what for
    "The minister was grateful to the hosts.",
    # "WHO" in a headline in capitals
    "WHO WILL WIN THE VOTE?",
])
def test_b51_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


# --- constructions of the rewordings of batch 52 (studied after its first measure): a contest of a
# policy in the passive ("was challenged by X"), a negated future of a particle verb whose cue needs
# another preposition ("would not call off X"), a feeling adjective with no preposition as the label of
# a plan or act ("Y's decision was positive"), "lodged / filed a challenge against X", "stalled on X",
# a protest lodged with an addressee "over X", the thing named in "over what it called X", "grateful
# that Y had done X", a second object whose verb the parser left out ("drew praise from A and criticism
# from B"), and "the <noun>" repeating a noun named in full earlier in the sentence.
CASES_B52: list[tuple[str, list[S]]] = [
    ("The new port levy was challenged by Ecuador.", [("ECU", -1, "port levy")]),
    ("Turkey said it would not call off its offensive in the north.", [("TUR", -1, "calling off its offensive")]),
    ("Chile said Peru's decision to lower the tolls was positive.", [("CHL", 1, "decision to lower the tolls")]),
    ("Ghana filed a challenge against the new fishing quota.", [("GHA", -1, "fishing quota")]),
    ("Hungary has stalled on the asylum reform.", [("HUN", -1, "asylum reform")]),
    ("Vietnam lodged a protest with China's envoy over the new fishing ban.", [("VNM", -1, "fishing ban")]),
    ("Jordan said it was grateful that Japan had sent aid.", [("JOR", 1, "japan had sent aid")]),
    ("The new tariff drew praise from Chile and criticism from Peru.", [("CHL", 1, "tariff"), ("PER", -1, "tariff")]),
    ("Chile welcomed Peru's plan to lower the tolls, while Bolivia criticised the plan.",
     [("CHL", 1, "lower the tolls"), ("BOL", -1, "lower the tolls")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES_B52, ids=[c[0][:45] for c in CASES_B52])
def test_b52_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize(("text", "target"), [
    ("Vietnam protested over what it called illegal drilling.", "illegal drilling"),
    ("Vietnam lodged a protest with China's envoy over what it described as illegal drilling.", "illegal drilling"),
])
def test_the_thing_named_in_a_free_relative(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert [(s.actor, s.polarity, s.target) for s in nlp(text)._.sm_stances] == [("VNM", -1, target)]


@pytest.mark.parametrize(("text", "pairs"), [
    ("Jordan said it was grateful that Japan had sent aid.", [({"JOR", "JPN"}, 1)]),
    ("The new tariff drew praise from Chile and criticism from Peru.", []),
    ("Chile welcomed Peru's plan to lower the tolls, while Bolivia criticised the plan.",
     [({"CHL", "PER"}, 1), ({"BOL", "PER"}, -1)]),
])
def test_b52_alignments(nlp, text: str, pairs: list[tuple[set[str], int]]) -> None:  # type: ignore[no-untyped-def]
    assert [({a.a, a.b}, a.polarity) for a in nlp(text)._.sm_alignments] == pairs


@pytest.mark.parametrize("text", [
    "The champion was challenged by a young player.",  # a person challenged: no policy
    "Turkey called off the meeting.",  # an act reported, no intention stated
    "Chile said the test was positive.",  # a result, no plan or act judged
    "The minister said he was positive.",
    "The talks stalled on the question of borders.",  # no actor stalls
    "Kenya was glad that the rain came.",  # a feeling about an event
    "Chile held talks with Peru's ambassador about the fishing ban.",  # no protest
])
def test_b52_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


# --- constructions of the rewordings of batch 53 (studied after its first measure): a reported "there is
# a need for X" (a demand; "no need for X" -1), and a quality of a thing as the target ("insisted on the
# illegality of X" -1 on X, "questioned the legitimacy of X" -1, "defended the legality of X" +1; a
# negative quality under a negative cue is asserted and left as written).
CASES_B53: list[tuple[str, list[S]]] = [
    ("Ghana says there is a pressing need for a new census.", [("GHA", 1, "new census")]),
    ("Ghana said there was no need for a new census.", [("GHA", -1, "new census")]),
    ("Peru insisted on the illegality of the new mining levy.", [("PER", -1, "new mining levy")]),
    ("Chile questioned the legitimacy of the runoff vote.", [("CHL", -1, "runoff vote")]),
    ("Chile defended the legality of the new fishing quota.", [("CHL", 1, "new fishing quota")]),
    ("Chile denounced the unfairness of the new fishing quota.", [("CHL", -1, "unfairness of the new fishing quota")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES_B53, ids=[c[0][:45] for c in CASES_B53])
def test_b53_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    "There is a need for blankets in the camps, the UN said.",  # a shortage of things
    "There was a need for a new census.",  # no one's position
    "Peru stressed the importance of the harvest.",  # no cue
])
def test_b53_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


# --- batch 54 (studied after its first measure): a reception given "to Y" ("gave a positive response
# to the plan", "gave a frosty reception to Y": the preposition on the noun, the verb, or as the dative)
@pytest.mark.parametrize(("text", "stances"), [
    ("Fiji gave a positive response to the reef plan.", [("FJI", 1, "reef plan")]),
    ("Fiji gave a frosty reception to the new tuna quota.", [("FJI", -1, "tuna quota")]),
], ids=["response to", "reception to"])
def test_b54_reception_given_to(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_b54_a_reception_given_to_a_visitor_is_no_position(nlp) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp("Fiji gave a warm reception to the visiting delegation."))


# --- batch 55 (studied after its first measure): a capital the model takes for a facility as the seat of
# a passive ("was welcomed in La Paz"), "X's response / reaction to Y was <manner>", "critics / supporters
# of Y include X", and a hoped settlement struck or sealed ("hopes a deal can be struck")
CASES_B55: list[tuple[str, list[S]]] = [
    ("The grain accord was warmly welcomed in La Paz.", [("BOL", 1, "grain accord")]),
    ("Chile's reaction to the new tuna quota was angry.", [("CHL", -1, "tuna quota")]),
    ("Ghana's response to the debt plan was positive.", [("GHA", 1, "debt plan")]),
    ("Critics of the tuna quota include Fiji and Tonga.", [("FJI", -1, "tuna quota"), ("TON", -1, "tuna quota")]),
    ("Malta hopes a fishing deal can be struck before the summer.", [("MLT", 1, "fishing deal")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES_B55, ids=[c[0][:45] for c in CASES_B55])
def test_b55_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    "The crowd's reaction to the goal was enthusiastic.",  # no actor's position
    "Critics of Peru include Chile.",  # whom they criticise, only as an actor
    "The plan was criticised in Central Park.",  # a place that is no seat of government
    "Kenya hopes the ship will be secured.",  # a thing, no settlement
])
def test_b55_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text), alignments=False)


# --- batch 56 (studied after its first measure): a conviction without "that" ("is convinced Y is
# illegal"), "has no doubt that Y is illegal" (a view, no stance on the clause), a caused feeling in the
# passive ("X was angered by Y"), more adverbs of reaction ("reacted furiously"), and the reversed aim
# predicate ("X's top priority is (cutting) Y")
CASES_B56: list[tuple[str, list[S]]] = [
    ("Chile is convinced the new levy is illegal.", [("CHL", -1, "levy")]),
    ("Chile has no doubt that the new levy is illegal.", [("CHL", -1, "levy")]),
    ("Tonga was angered by the seizure of its fishing boats.", [("TON", -1, "seizure")]),
    ("Tonga reacted furiously to the seizure of its fishing boats.", [("TON", -1, "seizure")]),
    ("Ghana's top priority is cutting import duties, the minister said.", [("GHA", 1, "import duties")]),
    ("Chile's main demand is a new fishing treaty.", [("CHL", 1, "fishing treaty")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES_B56, ids=[c[0][:45] for c in CASES_B56])
def test_b56_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_b56_no_doubt_is_no_stance_on_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile has no doubt that the new levy is illegal.")
    assert [(s.actor, s.polarity) for s in doc._.sm_stances] == [("CHL", -1)]
    assert_stances(nlp("Chile has no doubts about the new levy."), [("CHL", 1, "levy")])  # (as before)


@pytest.mark.parametrize("text", [
    "The fans were angered by the referee.",  # no actor, and a person as the cause
    "Chile is convinced he will win.",  # a conviction with no label
    "The main goal of the talks is a ceasefire.",  # an aim of no actor
])
def test_b56_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text), alignments=False)
