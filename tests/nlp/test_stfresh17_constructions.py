"""Stance constructions of the seventeenth fresh round (issue 9, branch stfresh17;
src/stancemap/nlp/stances/recall17.py), found missing on tests/data/stances_fresh17.jsonl or left
over from the round before (reports/r1/stfresh15.md, section 6):

* "the country's foreign minister" holds for the one state the text has just named;
* "The ministry" of a second sentence is the ministry named in the sentence before;
* "LIMA - The energy minister": the dateline the tagger read into the phrase is no owner;
* "calls from the mining minister for X": the unnamed minister, as the author, holds +1 on X;
* "said the tariff was illegal, calling the measure X": the speaker labels, not the tariff;
* "said the licence had been issued without X and demanded Y": the speaker demands;
* "rejected the draft as ignoring the needs of X": no -1 of the subject on "the needs of X";
* parse repairs: a label hung on the object noun ("calling the draft a step back") and the last
  word of a long object read as a verb taking "as" ("... the Kapichira falls as reckless").

Look-alikes that must NOT fire: "the country's minister" after two states; "The ministry" after two
ministries; an unnamed minister after two states or with no state at all; "the envoy was mistaken,
calling X" (a party, who may be the labeller); "the company had ignored the rules and demanded" (a
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
    ("Kenya hosted the regional summit on Monday, and the country's foreign minister urged Somalia to reopen "
     "the border crossing at Mandera.", [("KEN", 1, "reopen the border crossing")], []),
    ("Kenya and Uganda held talks on Monday, and the country's foreign minister urged Somalia to reopen the "
     "border crossing at Mandera.", [], []),
    # "The ministry" of the sentence before
    # (the rules before read Russia there: the state of the adjective "Russian" named last)
    ("Norway's fisheries ministry met Russian officials in Tromso on Friday. The ministry urged Moscow to "
     "release the seized trawler.", [("NOR", 1, "release the seized trawler")], []),
    # an unnamed minister: the dateline is no owner; two states name no one
    # (the tagger takes "LIMA - The" for one organisation: neither the place nor "The" owns the minister)
    ("LIMA - The energy minister on Thursday welcomed a plan to build a gas pipeline to the southern regions.",
     [("PER", 1, "gas pipeline")], []),
    ("NAIROBI - Kenya and Ethiopia signed a power deal on Monday. The energy minister welcomed the plan to "
     "build a geothermal plant.", [], []),
    # the unnamed minister as the author of a speech-act noun
    ("Chile's senate on Wednesday turned down calls from the mining minister for a cap on lithium exports.",
     [("CHL", -1, "calls from the mining minister"), ("mining minister", 1, "cap on lithium exports")],
     [("CHLLEG", "CHLGOV", -1)]),
    ("The senate on Wednesday turned down calls from the mining minister for a cap on lithium exports.",
     [("senate", -1, "calls from the mining minister")], [("senate", "mining-minister", -1)]),
    # a labelling participle hung on a reported judgement of a thing
    ("Peru's trade minister said the Chilean tariff was illegal, calling the measure an act of bad faith.",
     [("PER", -1, "chilean tariff"), ("PER", -1, "measure")], [("PERGOV", "CHL", -1)]),
    ("Peru's trade minister said the Chilean envoy was mistaken, calling the measure an act of bad faith.",
     [("envoy", -1, "measure")], []),
    # a cue verb coordinated with the reported clause of a thing
    ("Ghana's mining ministry said the licence had been issued without a public hearing and demanded that "
     "the permit be withdrawn.", [("GHA", -1, "permit")], []),
    ("Ghana's mining ministry said the company had ignored the rules and demanded that the permit be withdrawn.",
     [], []),
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
    doc = nlp("Jordan's water ministry and Israel's energy ministry met in Aqaba on Sunday. The ministry urged "
              "the donors to release the extra funds.")
    rows = stance_rows(doc)
    assert not any({"jor", "isr"} & keys for keys, _p, _t in rows), rows


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
    """The parser's error ("described Malawi's plan ... the Kapichira falls as reckless": "falls" the
    verb of a clause whose subject is "plan", with "as" on it) is simulated; "falls" becomes the noun of
    the place phrase again, "plan" the object of "described" and "as" its preposition."""
    from stancemap.nlp.stances.lexicon import lexicon
    from stancemap.nlp.stances.recall17 import repair_noun_read_as_verb_before_as

    doc = nlp_base("Zambia described Malawi's plan to fish below the Kapichira falls as reckless.")
    described, plan, kapichira, falls, as_ = doc[1], doc[4], doc[9], doc[10], doc[11]
    assert (described.text, plan.text, kapichira.text, falls.text, as_.text) == (
        "described", "plan", "Kapichira", "falls", "as")
    below = doc[7]
    for tok, head, dep in ((falls, described, "ccomp"), (plan, falls, "nsubj"), (as_, falls, "prep"),
                           (kapichira, below, "pobj")):
        tok.head, tok.dep_ = head, dep
    falls.tag_, falls.pos_ = "VBZ", "VERB"
    assert repair_noun_read_as_verb_before_as(doc, lexicon()) == 1
    assert (plan.head.i, plan.dep_) == (described.i, "dobj")
    assert (falls.head.i, falls.dep_, falls.pos_) == (below.i, "pobj", "NOUN")
    assert (kapichira.head.i, kapichira.dep_) == (falls.i, "compound")
    assert as_.head.i == described.i


def test_clause_verb_right_after_its_subject_is_left_alone(nlp_base) -> None:  # type: ignore[no-untyped-def]
    from stancemap.nlp.stances.lexicon import lexicon
    from stancemap.nlp.stances.recall17 import repair_noun_read_as_verb_before_as

    doc = nlp_base("Zambia described Malawi's plan to fish below the Kapichira falls as reckless.")
    described, plan, falls, as_ = doc[1], doc[4], doc[10], doc[11]
    for tok, head, dep in ((falls, described, "ccomp"), (as_, falls, "prep")):
        tok.head, tok.dep_ = head, dep
    falls.tag_, falls.pos_ = "VBZ", "VERB"
    # the subject right before the verb (no phrase between): rules._label_stances reads that shape
    doc[9].head, doc[9].dep_ = falls, "nsubj"
    plan.head, plan.dep_ = described, "dobj"
    assert repair_noun_read_as_verb_before_as(doc, lexicon()) == 0
