"""Passives of every cue shape, campaigning against a policy, -ing clauses under negative cues,
and the look-alikes of those cue words that state no position (issue 9, ninth session).

Sentences written for these tests (no evaluation text). Each positive row asserts the exact
stances: holder, polarity and a word of the target, and nothing else.
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_exactly, assert_no_position

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # passive demands: the agent asks, the subject is the addressee
    ("The rebels were pressed by Qatar to free the hostages.", [("QAT", 1, "hostages")]),
    ("Both parties were called on by Sweden to resume the negotiations.", [("SWE", 1, "negotiations")]),
    ("Serbia was urged by Austria to join the inquiry.", [("AUT", 1, "inquiry")]),
    # passives of labels with the agent hung on the label, relative passives, received nouns,
    # position nouns as passive subjects of light verbs
    ("The port deal was called a betrayal by Bolivia.", [("BOL", -1, "port deal")]),
    ("The tax treaty, which was rejected by Panama, will be renegotiated.", [("PAN", -1, "tax treaty")]),
    ("The border fence was met with criticism from Hungary.", [("HUN", -1, "border fence")]),
    ("The border fence has come in for criticism from Slovakia.", [("SVK", -1, "border fence")]),
    ("The trade pact was greeted with scepticism by Paraguay.", [("PRY", -1, "trade pact")]),
    ("Support for the trade pact was expressed by Jamaica.", [("JAM", 1, "trade pact")]),
    # a participle passive under a verb of state
    ("The pipeline deal remains opposed by Lithuania.", [("LTU", -1, "pipeline deal")]),
    # passives of cues that need a noun object
    ("The court ruling was disputed by Guatemala.", [("GTM", -1, "court ruling")]),
    # an agentless negated future passive, held by whoever reports it
    ("The annexation will never be recognised, Moldova said.", [("MDA", -1, "annexation")]),
    ("Estonia said the blockade would not be tolerated.", [("EST", -1, "blockade")]),
    # acts of force or contest against a policy are campaigning
    ("Ecuador fought against the mining licences.", [("ECU", -1, "mining licences")]),
    ("Uruguay challenged the tariff ruling.", [("URY", -1, "tariff ruling")]),
    # an -ing clause under a negative cue states no position of its own
    ("Iceland ruled out joining the fishing pact.", [("ISL", -1, "joining the fishing pact")]),
    # nouns under more light verbs, and withdrawn support
    ("Lebanon lodged a protest about the border wall.", [("LBN", -1, "border wall")]),
    ("Tunisia filed a complaint over the seized cargo.", [("TUN", -1, "seized cargo")]),
    ("Portugal has ended its support for the fishing quota.", [("PRT", -1, "fishing quota")]),
    # reports by more verbs: the pronoun is the reporter
    ("Latvia restated that it opposes the gas levy.", [("LVA", -1, "gas levy")]),
    # "ought to" is a demand modal like "must"; a demand that a thing be undone is +1 on the act, however
    # the demand is built ("Y must be scrapped", "called for Y to be dropped": +1 on dropping Y; the stance
    # gold's convention, polarity follows the cue: reword13)
    ("Croatia called for the visa rules to be dropped.", [("HRV", 1, "dropping the visa rules")]),
    ("Bulgaria said the gas tax ought to be scrapped.", [("BGR", 1, "scrapping the gas tax")]),
    # a negated future passive of a policy act, held by the reporter
    ("The embargo on Cuba will not be lifted, Mexico said.", [("MEX", -1, "lifting embargo")]),
    # a verb with a particle is no personal action; an owned noun carries "against"
    ("Libya refused to give up the disputed oil field.", [("LBY", -1, "giving up")]),
    ("Malta dug in its heels against the shipping levy.", [("MLT", -1, "shipping levy")]),
    # the member of a class that holds a position, pseudo-clefts, "amount to" read as a noun
    ("Chile is among the countries that back the mining treaty.", [("CHL", 1, "mining treaty")]),
    ("Oman is one of the states that oppose the oil cap.", [("OMN", -1, "oil cap")]),
    ("Nepal said the dam project was something it would never accept.", [("NPL", -1, "dam project")]),
    ("The fishing ban is something Iceland supports.", [("ISL", 1, "fishing ban")]),
    ("The tariffs amount to economic blackmail, Vietnam said.", [("VNM", -1, "tariffs")]),
]

# look-alikes of the cue words: motion, place, sport, force, threats; no position
NONE = [
    "The Dutch ambassador backed the van out of the embassy garage.",
    "The Austrian minister backed up the truck to the loading bay.",
    "Norwegian players stood behind the goal line.",
    "The Belgian delegation stood by the door during the anthem.",
    "The Danish minister objected that the room was cold.",
    "Greek firefighters fought the fire for three days.",
    "Spanish troops fought against the rebels near the border.",
    "The Irish party fought the election on housing.",
    "The referendum was called by the Swiss party to force a vote on the treaty.",
    "Syrian rebels attacked the supply convoy.",
    "The treaty was rejected on Monday.",
    "Portugal threatened to veto the fishing quota.",  # a threat is no stance in the labelling scheme
    "The Kenyan runner pushed back against the wind.",
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_positions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_exactly(nlp(text), stances)


@pytest.mark.parametrize("text", NONE)
def test_lookalikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))
