"""Constructions of the rewordings of batch 51 (issue 9, sixteenth session): a promise whose
that-clause states the promiser's own future act with no cue of its own ("promised it would hand
over X", "X will be handed over, Y pledged"), "a step forward" read by the parser as a measure of the
adverb under "be / mark", "grateful to Y | for X" with "for" hung on the copula (Y is thanked),
"denied that X, as Y alleged" (an accusation of Y's rejected), and "the WHO" as an actor; with look-alikes that must stay without a position or alignment.

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
    ("Egypt pledged on Sunday that all detained reporters would be freed.", [("EGY", 1, "reporters")]),
    ("Frozen assets belonging to the charity will be released within a month, Norway's finance minister promised.",
     [("NOR", 1, "frozen assets")]),
    ("Peru promised it would never extradite the former general.", [("PER", -1, "extraditing the former general")]),
    # (a cue inside the clause holds the position itself, as before)
    ("Peru promised that it would back the reef treaty.", [("PER", 1, "reef treaty")]),
    # "a step forward / back" under "be" and "mark"
    ("Fiji said the reef law was a step forward for conservation.", [("FJI", 1, "reef law")]),
    ("Sweden said the new border levy marked a step backwards.", [("SWE", -1, "border levy")]),
    # "grateful / thankful to Y for X"
    ("Jordan remains deeply grateful to Japan for the refugee aid, its king said.", [("JOR", 1, "refugee aid")]),
    ("Nepal is thankful to India for the emergency loan.", [("NPL", 1, "emergency loan")]),
    # a denial of a claim named by "as Y alleged"
    ("Serbia flatly denied that its border police had mistreated migrants, as Hungary had charged in a letter.",
     [("SRB", -1, "mistreated migrants")]),
    # "the WHO"
    ("The WHO urged Kenya to step up its vaccination campaign.", [("IGO:WHO", 1, "vaccination")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_b51_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize(("text", "pair", "pol"), [
    ("Jordan remains deeply grateful to Japan for the refugee aid, its king said.", {"JOR", "JPN"}, 1),
    ("Serbia flatly denied that its border police had mistreated migrants, as Hungary had charged in a letter.",
     {"SRB", "HUN"}, -1),
])
def test_b51_alignments(nlp, text: str, pair: set[str], pol: int) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [({a.a, a.b}, a.polarity) for a in doc._.sm_alignments] == [(pair, pol)]


@pytest.mark.parametrize(("text", "pol"), [
    ("Chile wants Argentina to join the fishing pact.", 1),
    ("Chile does not want Argentina to join the fishing pact.", -1),
    ("Peru does not want Bolivia to lose the match.", -1),
])
def test_a_wish_about_anothers_act_aligns_nothing(nlp, text: str, pol: int) -> None:  # type: ignore[no-untyped-def]
    """A wish is a demand-type cue: no alignment with the one whose act is wished for or against (README
    6.3), negated or not (review round 1)."""
    doc = nlp(text)
    assert all(s.polarity == pol for s in doc._.sm_stances)
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
    # a fact denied, not an accusation; a claimant that is no actor (review round 1)
    "Ghana denied that prices had risen, as Togo claimed.",
    "Ghana denied that its exports had fallen, as traders claimed.",
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
    ("The fishing licence scheme has been challenged in court by Ecuador.", [("ECU", -1, "fishing licence scheme")]),
    ("Kosovo will not call off its ban on Serbian imports, the trade ministry said.",
     [("XKX", -1, "calling off its ban")]),
    ("Chile's foreign minister said the Peruvian decision to scrap visa fees was positive.",
     [("CHL", 1, "decision to scrap visa fees")]),
    ("Ghana has launched a challenge to the cocoa export rules.", [("GHA", -1, "cocoa export rules")]),
    ("For months the Hungarian government stalled on the asylum pact.", [("HUN", -1, "asylum pact")]),
    ("Japan registered a strong protest with the Russian ambassador about the military drills near the islands.",
     [("JPN", -1, "military drills")]),
    ("Jordan's king is grateful that Japan sent tents and blankets to the camps.", [("JOR", 1, "japan sent tents")]),
    ("The carbon levy drew support from Norway and criticism from Poland.", [("NOR", 1, "carbon levy"), ("POL", -1, "carbon levy")]),
    ("After Peru unveiled a plan to lower the road tolls, Bolivia dismissed the plan as reckless.",
     [("BOL", -1, "lower the road tolls")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES_B52, ids=[c[0][:45] for c in CASES_B52])
def test_b52_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize(("text", "target"), [
    ("Vietnam protested over what it called illegal drilling.", "illegal drilling"),
    ("Malaysia lodged a complaint with the Chinese embassy over what it called illegal drilling.", "illegal drilling"),
])
def test_the_thing_named_in_a_free_relative(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert [(s.polarity, s.target) for s in nlp(text)._.sm_stances] == [(-1, target)]


@pytest.mark.parametrize(("text", "pairs"), [
    ("Jordan's king is grateful that Japan sent tents and blankets to the camps.", [({"JORGOV", "JPN"}, 1)]),
    ("The carbon levy drew support from Norway and criticism from Poland.", []),
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
    ("In Ghana's view there is now a pressing need for fresh elections in the district.", [("GHA", 1, "fresh elections")]),
    ("There is no need for further sanctions, the Swedish foreign minister told parliament.",
     [("SWE", -1, "further sanctions")]),
    ("Peru has long insisted on the illegality of foreign trawling in its waters.", [("PER", -1, "foreign trawling")]),
    ("Chile questioned the legitimacy of the runoff vote.", [("CHL", -1, "runoff vote")]),
    ("Chile defended the legality of the new fishing quota.", [("CHL", 1, "new fishing quota")]),
    ("Chile denounced the unfairness of the new fishing quota.", [("CHL", -1, "unfairness of the new fishing quota")]),
    ("Chile questioned the importance of the border talks.", [("CHL", -1, "border talks")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES_B53, ids=[c[0][:45] for c in CASES_B53])
def test_b53_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    "There is a need for blankets in the camps, the UN said.",  # a shortage of things
    "Last winter there was a need for extra snow ploughs.",  # no one's position, and a thing
    "Peru stressed the importance of the harvest.",  # no cue
])
def test_b53_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


# --- batch 54 (studied after its first measure): a reception given "to Y" ("gave a positive response
# to the plan", "gave a frosty reception to Y": the preposition on the noun, the verb, or as the dative)
@pytest.mark.parametrize(("text", "stances"), [
    ("Norway's government gave an enthusiastic response to the Arctic shipping code.", [("NOR", 1, "arctic shipping code")]),
    ("Samoa's cabinet gave a chilly reception to the proposed airport tax.", [("WSM", -1, "airport tax")]),
], ids=["response to", "reception to"])
def test_b54_reception_given_to(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_b54_a_reception_given_to_a_visitor_is_no_position(nlp) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp("Fiji gave a warm reception to the visiting delegation."))


# --- batch 55 (studied after its first measure): a capital the model takes for a facility as the seat of
# a passive (a place tagged LOC, a region, can now be a seat too, as a GPE could), "X's response / reaction to Y was <manner>", "critics / supporters
# of Y include X", and a hoped settlement struck or sealed ("hopes a deal can be struck")
CASES_B55: list[tuple[str, list[S]]] = [
    ("The deep-sea mining moratorium has been applauded in Port Moresby.", [("PNG", 1, "mining moratorium")]),
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
    "Chile's reaction to the news was positive.",  # news is no policy or plan (review round 1)
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
    ("Mongolia is convinced the coal export ban is illegal.", [("MNG", -1, "coal export ban")]),
    ("Estonia has no doubt the pipeline deal is dangerous for the region.", [("EST", -1, "pipeline deal")]),
    ("Tonga's government was angered by the closure of the tuna cannery.", [("TON", -1, "closure")]),
    ("Fiji's prime minister reacted furiously to the new tariff on kava exports.", [("FJI", -1, "tariff on kava")]),
    ("Ghana's first priority this year is lower import duties, according to its finance minister.",
     [("GHA", 1, "import duties")]),
    ("Chile's main demand is a new fishing treaty.", [("CHL", 1, "fishing treaty")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES_B56, ids=[c[0][:45] for c in CASES_B56])
def test_b56_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_b56_no_doubt_is_no_stance_on_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Estonia has no doubt the pipeline deal is dangerous for the region.")
    assert [(s.actor, s.polarity) for s in doc._.sm_stances] == [("EST", -1)]
    assert_stances(nlp("Estonia has no doubts about the new rail link."), [("EST", 1, "rail link")])  # (as before)


@pytest.mark.parametrize("text", [
    "The fans were angered by the referee.",  # no actor, and a person as the cause
    "Chile is convinced he will win.",  # a conviction with no label
    "The main goal of the talks is a ceasefire.",  # an aim of no actor
])
def test_b56_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text), alignments=False)
