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

from .stance_asserts import assert_exact

pytestmark = pytest.mark.model

S = tuple[str, int, str]
A = tuple[str, str, int]

CASES: list[tuple[str, list[S], list[A]]] = [
    # a label in a participle: "the measure" / "the move" is what the main clause named
    ("Chad's parliament approved a law that bans opposition rallies, with the African Union calling the measure "
     "an assault on democracy.",
     [("TCD", 1, "bans opposition rallies"), ("african union", -1, "bans opposition rallies")], []),
    ("Brazil condemned Peru's decision to close the border, with President Silva calling the move a serious "
     "mistake.",
     [("BRA", -1, "close the border"), ("silva", -1, "close the border")], [("BRA", "PER", -1)]),
    # ... the act itself after a verb that is no cue
    ("Laos opened a new dam on the Mekong, with Cambodia calling the move reckless.",
     [("KHM", -1, "opened a new dam")], []),
    # ... not a pronoun ("it" is evaluated by the main clause)
    ("Spain criticised the tariff, calling it unfair.", [("ESP", -1, "tariff")], []),
    # critical nouns authored by "from X"
    ("Peru's trade ministry dismissed criticism of the tariff from Brazil and Chile.",
     [("PER", -1, "criticism"), ("BRA", -1, "tariff"), ("CHL", -1, "tariff")],
     [("PER", "BRA", -1), ("PER", "CHL", -1)]),
    ("Ghana's government rejected criticism from Amnesty International over the arrests of journalists.",
     [("GHA", -1, "criticism"), ("amnesty", -1, "arrests of journalists")], [("GHA", "amnesty", -1)]),
    ("Norway's parliament approved the whaling quota despite objections from Greenpeace.",
     [("NOR", 1, "whaling quota"), ("greenpeace", -1, "whaling quota")], []),
    ("Japan's fisheries agency defended the catch limits, rejecting objections from Australia over the new quota.",
     [("JPN", 1, "catch limits"), ("JPN", -1, "objections"), ("AUS", -1, "new quota")], [("JPN", "AUS", -1)]),
    # ... no critic named ("from all sides"); a place things come from is no critic
    ("The plan drew criticism from all sides.", [], []),
    ("Peru dismissed criticism of the ban on imports from China.", [("PER", -1, "criticism")], []),
    # a summing-up noun with a relative pronoun, a reported relative, a joined relative
    ("Peru's congress voted to leave the regional fisheries pact, a decision that Ecuador said it deeply "
     "regretted.",
     [("ECU", -1, "leave the regional fisheries pact")], []),
    ("Bolivia raised its export tax, a move Peru said it opposed.", [("PER", -1, "raised its export tax")], []),
    ("Peru left the regional fisheries pact, a decision that Ecuador said it regretted and that Chile called a "
     "mistake.",
     [("ECU", -1, "left the regional"), ("CHL", -1, "left the regional")], []),
    ("Ghana signed the loan deal, which Togo welcomed and which Benin called a betrayal.",
     [("TGO", 1, "loan deal"), ("BEN", -1, "loan deal")], []),
    ("Chile rejected the plan that Peru said it supported.", [("CHL", -1, "plan"), ("PER", 1, "plan")], []),
    # ... a reported relative with no cue gives nothing
    ("Peru left the fisheries pact, a decision that Ecuador said was expected.", [], []),
    # ... a cue preposition stranded at the end of a joined relative
    ("Ghana's president said Accra would not allow foreign trawlers to fish in its waters for two years, a ban "
     "that Togo described as unfair and that Benin had lobbied for.",
     [("GHA", -1, "allowing foreign trawlers"), ("TGO", -1, "ban"), ("BEN", 1, "ban")], []),
    # a told clause read as the addressee's relative: both positions of the told clause
    ("Mongolia's president told visiting German officials that Ulaanbaatar supported closer cooperation with "
     "Berlin on copper mining but would not sign any agreement that limited its exports to China.",
     [("MNG", 1, "closer cooperation"), ("MNG", -1, "signing any agreement")], []),
    ("The minister told the officials that he met in Paris about the plan.", [], []),
    # ", a claim that X rejected": a relative read as the summary noun's content clause
    ("Niger's army accused Benin of sheltering rebels near the border town of Malanville, a claim that Cotonou "
     "rejected, saying its troops had found no camps.",
     [("NER", -1, "sheltering rebels"), ("BEN", -1, "claim")], [("NER", "BEN", -1)]),
    # ... a real content clause keeps its own reading
    ("Chile rejected the claim that Peru supported the rebels.",
     [("CHL", -1, "claim that peru"), ("PER", 1, "rebels")], []),
    # an overriding participle read as an adjective on a noun joined to the clause's participle
    ("Denmark's parliament approved a bill on Tuesday letting police scan private messages, overriding objections "
     "from Greenpeace.",
     [("DNK", 1, "bill"), ("greenpeace", -1, "bill")], []),
    # a rule or regulation named by its author's adjective is the author's act (an alignment)
    ("Peru pushed back against a new European Union rule on fishing nets.",
     [("PER", -1, "rule on fishing nets")], [("PER", "european union", -1)]),
    ("Peru criticised a new U.S. regulation on fishing nets.",
     [("PER", -1, "regulation on fishing nets")], [("PER", "USA", -1)]),
    # a label read in word order is on the phrase's head, not on its last noun
    ("Croat leader Dragan Covic described the international envoy's decision to annul a law passed by the Croat "
     "assembly as an act of colonial rule.",
     [("covic", -1, "envoy's decision")], []),
    # "each accusing the other's X of Y": each side -1 on the other's act
    ("Armenia and Azerbaijan traded accusations over a shootout on their border, each accusing the other's "
     "soldiers of firing first.",
     [("ARM", -1, "soldiers of firing"), ("AZE", -1, "soldiers of firing")], [("ARM", "AZE", -1)]),
    ("Talks between Ghana and Togo collapsed, with each side accusing the other's negotiators of bad faith.",
     [("GHA", -1, "negotiators of bad faith"), ("TGO", -1, "negotiators of bad faith")], [("GHA", "TGO", -1)]),
    # ... "each blaming the other" names no act: the alignment only
    ("Armenia and Azerbaijan traded accusations over the border, each blaming the other.", [], [("ARM", "AZE", -1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)
