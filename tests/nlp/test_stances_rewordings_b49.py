"""Constructions of the rewordings of batch 49 (issue 9, fifteenth session): a reported "have to / had
to" as "must", an aim predicate whose owner follows "of" ("a key demand of X"), a label inside "nothing
but / nothing more than", negative adverbials ("at no point / at no time / by no means"), and a
possessive pronoun continuing a pronoun reporter from the sentence before ("He said his country ..."),
an unwillingness before an infinitive cue ("is reluctant to back X"), "hopes" lemmatised as "hop", and
"asked for X" as a request, "led the opposition to X", "holds / is convinced that Y", and no view for a
negated report or belief ("did not say / is not convinced that Y"), "reacted angrily / favourably to
Y", "added its voice to Y's criticism of X"; with look-alikes that must stay without a position.
After review: a past "had to" only of a party that can be told to act and never of flight, no court's
or judge's "held that", "by no means" in an apposition negates nothing, and "asked Y for X" keeps X.

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # a reported "have to": a demand, as "must"
    ("Hungary said Serbian police had to leave the disputed village.", [("HUN", 1, "leaving the disputed village")]),
    ("Peru said Chilean trawlers have to respect the fishing limits.", [("PER", 1, "fishing limits")]),
    ("The Kremlin said Washington has to stop arming Ukraine.", [("RUS", 1, "arming ukraine")]),
    # a past "had to" of a party that can be told to act: a state, a named group, an armed force
    ("The Kremlin said Washington had to stop arming Ukraine.", [("RUS", 1, "arming ukraine")]),
    ("Israel said Hamas had to release the hostages.", [("ISR", 1, "releasing the hostages")]),
    ("Turkey said Kurdish fighters had to withdraw from the border area.", [("TUR", 1, "withdrawing")]),
    # an aim predicate with its owner after "of"
    ("The release of the hostages is a key demand of Qatar.", [("QAT", 1, "release of the hostages")]),
    ("Lower tariffs on rice are the main goal of Thailand.", [("THA", 1, "lower tariffs")]),
    # a label inside "nothing but", "nothing more than"
    ("Moscow said the report was nothing but Western propaganda.", [("RUS", -1, "report")]),
    ("Chile called the vote nothing but a farce.", [("CHL", -1, "vote")]),
    ("Cuba said the summit was nothing more than a farce.", [("CUB", -1, "summit")]),
    # negative adverbials of time and manner
    ("Paris has at no point backed the embargo.", [("FRA", -1, "embargo")]),
    ("At no time has Austria supported the pipeline.", [("AUT", -1, "pipeline")]),
    ("Lisbon by no means supports the new quota.", [("PRT", -1, "quota")]),
    ("Paris has at no point in the talks backed the embargo.", [("FRA", -1, "embargo")]),
    # "by no means" describing the subject in an apposition negates nothing
    ("Japan, by no means a friend of Beijing, backed the trade pact.", [("JPN", 1, "trade pact")]),
    ("Lisbon, by no means a friend of Madrid, supports the new quota.", [("PRT", 1, "quota")]),
    ("Paris backed the embargo at no cost to itself.", [("FRA", 1, "embargo")]),  # "at no cost": no negation
    # a possessive pronoun continuing a pronoun reporter of the sentence before
    ("Mongolia's foreign minister arrived in Seoul on Monday. He said his country opposed the new tariffs.",
     [("MNG", -1, "tariffs")]),
    ("Chile's foreign minister flew to Lima on Friday. She said her government supported the fishing accord.",
     [("CHL", 1, "fishing accord")]),
    # an unwillingness before an infinitive that is itself a cue: -1 on the act, as "is not willing to"
    ("Belgium is unwilling to accept the new levy.", [("BEL", -1, "accepting the new levy")]),
    ("Belgium is reluctant to back the fishing quota.", [("BEL", -1, "backing the fishing quota")]),
    ("Norway was hesitant to endorse the new treaty.", [("NOR", -1, "endorsing the new treaty")]),
    ("Belgium is willing to accept the new levy.", [("BEL", 1, "new levy")]),  # (the inner cue, as before)
    # "hopes", "hoped", "hoping": the model's lemma "hop" repaired
    ("Belgium hopes to see a ceasefire in Sudan.", [("BEL", 1, "ceasefire")]),
    ("Jordan hoped to see the border reopened.", [("JOR", 1, "border")]),
    # "asked for X": a request
    ("Belgium has repeatedly asked for a ceasefire in Sudan.", [("BEL", 1, "ceasefire")]),
    ("Haiti asked for international aid after the storm.", [("HTI", 1, "aid")]),
    # leading a position: the noun's sign is the leader's
    ("Chile led the opposition to the new fishing rules.", [("CHL", -1, "fishing rules")]),
    ("Chile spearheaded opposition to the new fishing rules.", [("CHL", -1, "fishing rules")]),
    ("Denmark headed the criticism of the Italian plan.", [("DNK", -1, "italian plan")]),
    ("Chile spearheaded the campaign for a new treaty.", [("CHL", 1, "new treaty")]),  # (the verb cue, as before)
    # views held and convictions
    ("Ghana holds that the embargo is illegal.", [("GHA", -1, "embargo")]),
    ("Ghana is convinced that the embargo is illegal.", [("GHA", -1, "embargo")]),
    ("Brazil's justice minister holds that the law is illegal.", [("BRA", -1, "law")]),  # (no judge)
    # "asked Y for X": the addressee is the object, the request is the "for" phrase
    ("Ukraine asked Germany for more tanks.", [("UKR", 1, "more tanks")]),
    ("Iran asked the UN for an investigation into the blast.", [("IRN", 1, "investigation into the blast")]),
    # a reaction in a manner with a sign
    ("Kenya reacted positively to the peace plan.", [("KEN", 1, "peace plan")]),
    ("Kenya responded favourably to the peace plan.", [("KEN", 1, "peace plan")]),
    ("Kenya reacted angrily to the arrest of its diplomat.", [("KEN", -1, "arrest")]),
    # "added its voice to" a position noun: the noun's sign, as "echoed"
    ("Latvia added its voice to Estonia's criticism of the gas deal.", [("LVA", -1, "gas deal"), ("EST", -1, "gas deal")]),
    ("Latvia added its voice to the condemnation of the coup.", [("LVA", -1, "coup")]),
    ("Latvia added its voice to calls for a ceasefire.", [("LVA", 1, "ceasefire")]),
]


def test_added_voice_aligns_with_the_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Latvia added its voice to Estonia's criticism of the gas deal.")
    assert [(a.a, a.b, a.polarity) for a in doc._.sm_alignments] == [("LVA", "EST", 1)]
    assert_no_position(nlp("Latvia added Estonia's criticism to the report."))


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_b49_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    # "have to" narrated, generic, a speaker's own, negated, predicted
    "Hungary said Serbian refugees had to wait for hours at the border.",
    "Greece said Turkish ships had to turn back after the storm.",
    "Hungary said it had to close the border crossing.",
    "Serbian police had to leave the village.",
    '"You have to look at the whole picture," the Hungarian minister said.',
    "Germany said Greece does not have to cut its pensions.",
    "Germany said Greece would have to cut its pensions.",
    "The minister said the delay has to do with the weather.",
    # a past "had to" of the people an event befalls, of flight, of one's own forces: narrated
    "The UN said Palestinian families had to flee their homes.",
    "Aid groups said Sudanese civilians had to cross the river to escape the fighting.",
    "Hungary said Serbian villagers had to leave their farms.",
    "The UN said the Rohingya had to leave their villages.",  # (NER makes "Rohingya" an ORG)
    "The UN says Yemeni families have to flee their homes.",
    "Russia said its troops had to retreat from the town.",
    "Chile said Peruvian troops had to flee across the border.",
    # "of" that owns no aim
    "A ceasefire was the stated aim of the talks.",
    "The release of the hostages is a precondition of the deal.",
    # "nothing but" that is no label
    "Kenya said there was nothing but sand in the crates.",
    "The minister said the talks were nothing more than a first step.",
    # "at no" and "in no" that negate nothing
    "The storm passed in no time.",
    # a hope of one's own success, a request about one's own process, no request, a passive participle
    "Belgium hopes to win the vote.",
    "Morocco asked for more time to study the offer.",
    "Chile asked for clarification on the new rules.",
    "Spain has never asked for Italy's support.",
    "Neither Spain nor Italy has ever asked for French support.",
    "The Belgian embassy did not respond when asked for comment.",
    "The Danish minister hopped on a plane to Oslo.",
    # leading what holds no position; a view not held, a report not made
    "Chile led the opposition in parliament.",
    "The court held that the embargo was illegal.",  # (a court's ruling names no actor here)
    # a court's or a judge's holding is a ruling: judicial decisions take no position
    "The Supreme Court held that the election law was unconstitutional.",
    "The International Court of Justice held that the occupation was illegal.",
    "Justice Maria Lopez held that the decree was unlawful.",
    "Ghana is not convinced that the embargo is illegal.",
    "Ghana does not believe that the embargo is illegal.",
    "Ghana did not say that the embargo was illegal.",
    "Ghana did not say that the embargo should be lifted.",
    # a reaction without a sign, or not to a position
    "Kenya responded quickly to the floods.",
    "Kenya's economy responded well to the reforms.",
    "Kenya did not react angrily to the peace plan.",
    # "his / her" with no reporter to continue
    "The storm hit the coast on Monday. He said his country opposed the new tariffs.",
])
def test_b49_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))
