"""Constructions found missing on the seventh fresh hand-labelled set (issue 9,
tests/data/stances_fresh7.jsonl) and four misses left from the sixth round:

* a label predicate in a participle after a main clause, whose object only sums up what that
  clause named ("..., with B calling the measure a betrayal", "..., calling the move a mistake"):
  the main verb's object (or the act, for "the move" after a verb that is no cue);
* critical position nouns authored by "from X" ("criticism from X over Y", "objections from A and
  from B", "criticism of Y from X" with the "from" hung on Y, "over Y" hung on the verb, and an
  objection the clause goes ahead over: "approved Y despite objections from X");
* a relative clause on a summing-up noun with a relative pronoun (", a decision that X condemned"),
  a reported one (", a decision (that) X said it regretted"), one joined as a conjunct ("and that Y
  called a mistake", "which A welcomed and which B called a betrayal") and one whose cue preposition
  is stranded ("and that B had lobbied for");
* a clause told to an addressee that the parser reads as the addressee's relative clause ("told
  visiting officials that X supported Y but would not sign Z");
* "each accusing the other's X of Y" after "A and B traded accusations": each side -1 on the other's act.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # a label in a participle: "the measure" / "the move" is what the main clause named
    ("Hungary's parliament adopted a media law on Monday, with the OSCE describing the measure as a threat to "
     "press freedom.",
     [("HUN", 1, "media law"), ("osce", -1, "media law")], []),
    ("Brazil condemned Peru's decision to close the border, with President Silva calling the move a serious "
     "mistake.",
     [("BRA", -1, "close the border"), ("silva", -1, "close the border")], [("BRA", "PER", -1)]),
    # ... the act itself after a verb that is no cue
    ("Laos opened a new dam on the Mekong, with Cambodia calling the move reckless.",
     [("KHM", -1, "opened a new dam")], []),
    # ... not a pronoun ("it" is evaluated by the main clause)
    ("Spain criticised the tariff, calling it unfair.", [("ESP", -1, "tariff")], []),
    # critical nouns authored by "from X"
    ("Mexico's economy ministry waved away criticism of the steel quota from Canada and Japan.",
     [("MEX", -1, "criticism"), ("CAN", -1, "steel quota"), ("JPN", -1, "steel quota")],
     [("MEX", "CAN", -1), ("MEX", "JPN", -1)]),
    ("Chile's labour minister brushed aside complaints from the ILO over the new strike rules.",
     [("CHL", -1, "complaints"), ("labour organization", -1, "strike rules")], [("CHL", "labour organization", -1)]),
    ("Norway's parliament approved the whaling quota despite objections from Greenpeace.",
     [("NOR", 1, "whaling quota"), ("greenpeace", -1, "whaling quota")], []),
    ("Japan's fisheries agency defended the catch limits, rejecting objections from Australia over the new quota.",
     [("JPN", 1, "catch limits"), ("JPN", -1, "objections"), ("AUS", -1, "new quota")], [("JPN", "AUS", -1)]),
    # ... no critic named ("from all sides"); a place things come from is no critic
    ("The plan drew criticism from all sides.", [], []),
    ("Peru dismissed criticism of the ban on imports from China.", [("PER", -1, "criticism")], []),
    # a summing-up noun with a relative pronoun, a reported relative, a joined relative
    ("Togo closed its border with Ghana, a step that Accra said it deplored.",
     [("GHA", -1, "closed its border")], []),
    ("Bolivia raised its export tax, a move Peru said it opposed.", [("PER", -1, "raised its export tax")], []),
    ("Peru left the regional fisheries pact, a decision that Ecuador said it regretted and that Chile called a "
     "mistake.",
     [("ECU", -1, "left the regional"), ("CHL", -1, "left the regional"),
      ("PER", -1, "regional fisheries pact")], []),  # (Peru's own exit: exits.py, twenty-first session)
    ("Ghana signed the loan deal, which Togo welcomed and which Benin called a betrayal.",
     [("TGO", 1, "loan deal"), ("BEN", -1, "loan deal")], []),
    ("Chile rejected the plan that Peru said it supported.", [("CHL", -1, "plan"), ("PER", 1, "plan")], []),
    # ... a reported relative with no cue gives nothing
    ("Peru left the fisheries pact, a decision that Ecuador said was expected.", [], []),
    # ... a cue preposition stranded at the end of a joined relative
    ("Chile scrapped its fuel subsidy, a step that Bolivia criticised and that Peru had pressed for.",
     [("BOL", -1, "scrapped its fuel subsidy"), ("PER", 1, "scrapped its fuel subsidy")], []),
    # a told clause read as the addressee's relative: both positions of the told clause
    ("The Fijian leader told visiting Australian ministers that Suva favoured a regional police force but would "
     "not join any pact aimed at China.",
     [("FJI", 1, "regional police force"), ("FJI", -1, "pact aimed at china")], []),
    ("The minister told the officials that he met in Paris about the plan.", [], []),
    # ", a claim that X rejected": a relative read as the summary noun's content clause
    ("Russia said Estonian jets had entered its airspace, an accusation that Tallinn rejected.",
     [("EST", -1, "accusation")], []),
    # ... a real content clause keeps its own reading
    ("Chile rejected the claim that Peru supported the rebels.",
     [("CHL", -1, "claim that peru"), ("PER", 1, "rebels")], []),
    # an overriding participle read as an adjective on a noun joined to the clause's participle
    ("Kenya's senate approved a forestry bill on Thursday allowing logging in the Mau forest, overriding "
     "objections from the World Bank.",
     [("KEN", 1, "forestry bill"), ("world bank", -1, "forestry bill")], []),
    # a rule or regulation named by its author's adjective is the author's act (an alignment)
    ("Peru pushed back against a new European Union rule on fishing nets.",
     [("PER", -1, "rule on fishing nets")], [("PER", "european union", -1)]),
    ("Peru criticised a new U.S. regulation on fishing nets.",
     [("PER", -1, "regulation on fishing nets")], [("PER", "USA", -1)]),
    # a label read in word order is on the phrase's head, not on its last noun
    ("Peru's foreign minister described the mayor's plan to rename a square built by the Chilean embassy as a "
     "provocation.",
     [("PER", -1, "mayor's plan")], []),
    # "each accusing the other's X of Y": each side -1 on the other's act
    ("Ghana and Togo exchanged charges over the closure of a market, each accusing the other's police of stoking "
     "the unrest.",
     [("GHA", -1, "police of stoking"), ("TGO", -1, "police of stoking")], [("GHA", "TGO", -1)]),
    ("Talks between Ghana and Togo collapsed, with each side accusing the other's negotiators of bad faith.",
     [("GHA", -1, "negotiators of bad faith"), ("TGO", -1, "negotiators of bad faith")], [("GHA", "TGO", -1)]),
    # ... "each blaming the other" names no act: the alignment only
    ("Ghana and Togo exchanged charges over the market, each blaming the other.", [], [("GHA", "TGO", -1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)
