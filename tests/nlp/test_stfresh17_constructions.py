"""Stance constructions of the seventeenth fresh round (issue 9, branch stfresh17;
src/stancemap/nlp/stances/recall17.py), found missing on tests/data/stances_fresh17.jsonl or left
over from the round before (reports/r1/stfresh15.md, section 6):

* "the country's foreign minister" holds for the one state the text has just named;
* "The ministry" of a second sentence is the ministry named in the sentence before;
* "LIMA - The housing minister": the dateline the tagger read into the phrase is no owner;
* "a proposal by the labour minister to X": the unnamed minister, as the author, holds +1 on X;
* "said the tariff was illegal, calling the measure X": the speaker labels, not the tariff;
* "said the tender had been run in secret and asked that Y": the speaker asks;
* "rejected the draft as ignoring the needs of X": no -1 of the subject on "the needs of X";
* parse repairs: a label hung on the object noun ("calling the draft a step back") and the last
  word of a long object read as a verb taking "as" ("... the trade talks as premature").

Look-alikes that must NOT fire: "the country's minister" after two states; "The ministry" after two
ministries; an unnamed minister after two states, with no state at all, or a former one; "the envoy was mistaken,
calling X" (a party, who may be the labeller); "the contractor had run the tender ... and asked" (a
party); an object noun with no second noun after it; a clause verb right after its own subject.

Sentences written for these tests (no evaluation text, no fresh row). A row lists the exact stances
(holder key, polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact, stance_rows

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # "the country's X minister": the one state named before
    ("Botswana hosted a regional water conference on Monday, and the country's foreign minister urged Angola "
     "to speed up work on the shared weather radar network.", [("BWA", 1, "weather radar network")], []),
    ("Botswana and Zambia held a water conference on Monday, and the country's foreign minister urged Angola "
     "to speed up work on the shared weather radar network.", [], []),
    # "The ministry" of the sentence before
    # (the rules before read Russia there: the state of the adjective "Russian" named last)
    ("Norway's fisheries ministry met Russian officials in Tromso on Friday. The ministry urged Moscow to "
     "release the seized trawler.", [("NOR", 1, "release the seized trawler")], []),
    # an unnamed minister: the dateline is no owner; two states name no one
    # (the tagger takes "LIMA - The" for one organisation, seen with this dateline only: neither the place
    # nor "The" owns the minister; other datelines gave the minister his state before too)
    ("LIMA - The housing minister on Friday backed the new building code for earthquake zones.",
     [("PER", 1, "building code")], []),
    ("LIMA - The former economy minister criticised the plan to sell the state airline.", [], []),
    ("NAIROBI - Kenya and Ethiopia signed a power deal on Monday. The energy minister welcomed the plan to "
     "build a geothermal plant.", [], []),
    # the unnamed minister as the author of a speech-act noun
    ("Colombia's congress on Monday voted down a proposal by the labour minister to ban night shifts in mines.",
     [("COL", -1, "proposal by the labour minister"), ("labour minister", 1, "night shifts")],
     [("COLLEG", "COLGOV", -1)]),
    ("Parliament on Monday voted down a proposal by the labour minister to ban night shifts in mines.",
     [("parliament", -1, "proposal by the labour minister")], [("parliament", "labour-minister", -1)]),
    # a labelling participle hung on a reported judgement of a thing
    ("Peru's trade minister said the Chilean tariff was illegal, calling the measure an act of bad faith.",
     [("PER", -1, "chilean tariff"), ("PER", -1, "measure")], [("PERGOV", "CHL", -1)]),
    ("Peru's trade minister said the Chilean envoy was mistaken, calling the measure an act of bad faith.",
     [("envoy", -1, "measure")], []),
    # a cue verb coordinated with the reported clause of a thing
    ("Peru's transport ministry said the tender had been run in secret and asked that the contract be "
     "cancelled.", [("PER", 1, "canceling the contract")], []),  # +1 on the demanded act (the gold's demand convention)
    ("Peru's transport ministry said the contractor had run the tender in secret and asked that the contract "
     "be cancelled.", [], []),
    # "rejected X as ignoring Y": the gerund after "as" is what X does; a participle after a comma is the subject's
    ("Kenya's farmers' union rejected the draft as ignoring the needs of smallholders.",
     [("farmers", -1, "the draft")], []),
    ("Uruguay rejected the plan, ignoring appeals from Paraguay.",
     [("URY", -1, "the plan"), ("URY", -1, "appeals from paraguay")], [("URY", "PRY", -1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_stfresh17_construction(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def test_the_ministry_after_two_ministries_names_no_state(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Morocco's fisheries ministry and Spain's agriculture ministry met in Tangier on Sunday. The ministry "
              "urged the donors to release the extra funds.")
    rows = stance_rows(doc)
    assert not any({"mar", "esp"} & keys for keys, _p, _t in rows), rows


def test_label_on_the_object_becomes_the_second_object(nlp_base) -> None:  # type: ignore[no-untyped-def]
    """The parser's error ("called the draft a step": the label the object's own object) is simulated
    on a parse that has it right; the label becomes the naming verb's second object again. An object
    with nothing after it stays as it is."""
    from stancemap.nlp.stances.recall17 import repair_label_on_object

    doc = nlp_base("Uruguay's president on Friday called the Brazilian draft a step backwards.")
    called, draft, step = doc[5], doc[8], doc[10]
    assert (called.text, draft.text, step.text) == ("called", "draft", "step")
    step.head, step.dep_ = draft, "dobj"
    assert repair_label_on_object(doc) == 1
    assert (step.head.i, step.dep_) == (called.i, "oprd")
    doc = nlp_base("Uruguay's president on Friday called the Brazilian envoy.")
    assert repair_label_on_object(doc) == 0


def test_noun_read_as_verb_before_as_goes_back_into_the_object(nlp_base) -> None:  # type: ignore[no-untyped-def]
    """The parser's error ("described Malawi's proposal to reopen the trade talks as premature": "talks"
    the verb of a clause whose subject is "proposal", with "as" on it) is simulated; "talks" becomes the
    noun of the object phrase again, "proposal" the object of "described" and "as" its preposition."""
    from stancemap.nlp.stances.lexicon import lexicon
    from stancemap.nlp.stances.recall17 import repair_noun_read_as_verb_before_as

    doc = nlp_base("Zambia described Malawi's proposal to reopen the trade talks as premature.")
    described, proposal, reopen, trade, talks, as_ = doc[1], doc[4], doc[6], doc[8], doc[9], doc[10]
    assert (described.text, proposal.text, reopen.text, trade.text, talks.text, as_.text) == (
        "described", "proposal", "reopen", "trade", "talks", "as")
    for tok, head, dep in ((talks, described, "ccomp"), (proposal, talks, "nsubj"), (as_, talks, "prep"),
                           (trade, reopen, "dobj"), (doc[7], trade, "det")):
        tok.head, tok.dep_ = head, dep
    talks.tag_, talks.pos_ = "VBZ", "VERB"
    assert repair_noun_read_as_verb_before_as(doc, lexicon()) == 1
    assert (proposal.head.i, proposal.dep_) == (described.i, "dobj")
    assert (talks.head.i, talks.dep_, talks.pos_) == (reopen.i, "dobj", "NOUN")
    assert (trade.head.i, trade.dep_) == (talks.i, "compound")
    assert as_.head.i == described.i


def test_clause_verb_right_after_its_subject_is_left_alone(nlp_base) -> None:  # type: ignore[no-untyped-def]
    from stancemap.nlp.stances.lexicon import lexicon
    from stancemap.nlp.stances.recall17 import repair_noun_read_as_verb_before_as

    doc = nlp_base("Zambia described Malawi's proposal to reopen the trade talks as premature.")
    described, proposal, talks, as_ = doc[1], doc[4], doc[9], doc[10]
    for tok, head, dep in ((talks, described, "ccomp"), (as_, talks, "prep")):
        tok.head, tok.dep_ = head, dep
    talks.tag_, talks.pos_ = "VBZ", "VERB"
    # the subject right before the verb (no phrase between): rules._label_stances reads that shape
    doc[8].head, doc[8].dep_ = talks, "nsubj"
    proposal.head, proposal.dep_ = described, "dobj"
    assert repair_noun_read_as_verb_before_as(doc, lexicon()) == 0
