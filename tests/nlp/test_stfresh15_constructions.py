"""Stance constructions of the fifteenth fresh round (issue 9, branch stfresh15;
src/stancemap/nlp/stances/recall15.py), found missing on tests/data/stances_fresh15.jsonl or left
over from the round before:

* a cue verb coordinated by the parser with a relative clause on a thing ("blamed X for a fire
  that destroyed Y and demanded Z") goes back to the clause's cue verb and its subject;
* a past cue after "and" read as an adjective of a noun conjunct ("..., and proposed joint
  surveillance of Z") is the verb again;
* a body that passes a bill, law or budget votes for it (active, passive, "a bill passed by X");
* a state's official defending its own government's act gives no alignment (README 6.3);
* a capital the parser read as an adverb ("Windhoek is squarely behind Y") is the subject;
* "what our coastline needs": "needs" is the verb of need;
* "He" after "met the companies' chiefs": the possessive apostrophe is no quotation mark;
* "The economy minister" of the article's one country holds its stance.

Look-alikes: a relative clause on a party keeps its parse; "proposed changes were discussed" stays an
adjective; "passed the border", "the deadline passed", a law "passed in 2010" (no voter) and a
negated "did not pass" and one minister who "passed the budget to parliament" give no vote; a state welcoming another state's government's plan, and a
government welcoming a region's decision (the region read as the state), keep their alignments; "Here is the plan" has no holder; "Nobody knows what our coastline needs" judges nothing;
"He" after a sentence whose object also fits "he" stays unresolved; an unnamed minister of a text with
two countries, or of none, holds nothing.

Sentences written for these tests (no evaluation text, no fresh row). A row lists the exact stances
(holder key, polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # a cue verb coordinated with a relative clause on a thing
    ("Chile on Friday blamed Bolivian smugglers for a fire that destroyed a customs post near Colchane "
     "and demanded that La Paz tighten controls on the border.",
     [("CHL", -1, "fire"), ("CHL", 1, "tighten controls")], []),
    # a past cue read as an adjective after "and" (the repair itself: test_cue_read_as_modifier below)
    ("Chile accepted the award and proposed changes were discussed later.", [("CHL", 1, "award")], []),
    # a body passes a legislative text
    ("Kenya's parliament passed a budget that raises spending on the army.", [("KEN", 1, "budget")], []),
    ("The law was passed by Kenya's parliament in March despite protests.", [("KEN", 1, "law")], []),
    ("The convoy passed the border at dawn, and the deadline passed without a deal.", [], []),
    ("The law, passed in 2010, bans the import of used tyres.", [], []),
    ("The Kenyan Senate did not pass the amendment.", [], []),
    ("Ghana's finance minister passed the budget to parliament on Thursday.", [], []),
    ("Ghana's parliament passed the budget on Thursday.", [("GHA", 1, "budget")], []),
    # a state's official and its own government
    ("Peru's water resources minister on Monday hailed the government's purchase of a colonial archive.",
     [("PER", 1, "government's purchase")], []),
    ("Chile on Tuesday welcomed the Peruvian government's plan to reopen the border.",
     [("CHL", 1, "peruvian government's plan"), ("PER", 1, "reopening the border")], [("CHL", "PERGOV", 1)]),
    ("Italy's government on Friday welcomed Sicily's decision to build a desalination plant near Trapani.",
     [("ITA", 1, "desalination plant")], [("ITAGOV", "ITA", 1)]),
    # parser repairs of the round before's leftovers
    ("Lusaka is firmly behind the proposal to build a new bridge over the Zambezi.", [("ZMB", 1, "bridge")], []),
    ("Here is the proposal to build a new bridge.", [], []),
    ("A fertiliser subsidy is just what our farmland needs, Malawi's agriculture minister said.",
     [("MWI", 1, "fertiliser subsidy")], []),
    ("Nobody knows what our farmland needs.", [], []),
    ("Ecuador's energy minister toured the two oil firms' terminals in Esmeraldas on Monday. She praised the "
     "plan to expand the port.", [("ECU", 1, "expand the port")], []),
    ("Ecuador's energy minister met Peru's trade minister on Monday. She praised the plan to expand the port.",
     [], []),
    ("SANTIAGO - Chile's senate began debating the pension reform on Monday. The economy minister backed the "
     "pension reform.", [("CHL", 1, "pension reform")], []),
    ("LIMA - Peru and Chile held talks on Monday. The economy minister backed the trade deal.", [], []),
    ("The minister backed the pension reform.", [], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_stfresh15_construction(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


def test_capital_read_as_adverb_becomes_the_subject(nlp_base) -> None:  # type: ignore[no-untyped-def]
    """The parser's error is simulated on a parse that has it right: a capital tagged as an adverb
    of the copula becomes its subject again; an ordinary adverb ("Here is ...") stays one."""
    from stancemap.nlp.stances.recall15 import repair_capital_read_as_adverb

    doc = nlp_base("Nairobi is firmly behind the bid to host the games.")
    doc[0].dep_, doc[0].tag_ = "advmod", "RB"
    assert repair_capital_read_as_adverb(doc) == 1
    assert (doc[0].dep_, doc[0].head.i, doc[0].tag_) == ("nsubj", 1, "NNP")
    doc = nlp_base("Here is the bid to host the games.")
    assert doc[0].dep_ == "advmod" and repair_capital_read_as_adverb(doc) == 0


def test_plural_possessive_is_no_quotation_mark(nlp_base) -> None:  # type: ignore[no-untyped-def]
    from stancemap.nlp.stances.recall15 import quote_mark

    doc = nlp_base("The two firms' chiefs said 'no' to the levy.")
    assert [t.i for t in doc if t.is_quote] == [3, 6, 8]
    assert [t.i for t in doc if quote_mark(t)] == [6, 8]


def test_cue_read_as_modifier_becomes_the_verb(nlp_base) -> None:  # type: ignore[no-untyped-def]
    """The parser's error ("and proposed joint policing": the cue an adjective of a noun that is the
    verb's conjunct) is simulated on a parse that has it right; the cue becomes the verb's conjunct
    again, the noun its object. A noun conjunct whose adjective is no cue ("and new patrols") stays."""
    from stancemap.nlp.stances.lexicon import lexicon
    from stancemap.nlp.stances.recall15 import repair_cue_read_as_modifier

    doc = nlp_base("Uganda accepted the findings, and proposed joint policing of the camps.")
    accepted, proposed, policing = doc[1], doc[6], doc[8]
    assert (proposed.text, policing.text) == ("proposed", "policing")
    proposed.head, proposed.dep_, proposed.tag_ = policing, "amod", "VBN"
    policing.head, policing.dep_, policing.pos_ = accepted, "conj", "NOUN"
    assert repair_cue_read_as_modifier(doc, lexicon()) == 1
    assert (proposed.head.i, proposed.dep_, policing.head.i, policing.dep_) == (1, "conj", 6, "dobj")
    doc = nlp_base("Uganda accepted the findings, and sent new patrols to the camps.")
    assert repair_cue_read_as_modifier(doc, lexicon()) == 0
