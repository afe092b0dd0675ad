"""Constructions of the rewordings of batch 61 (issue 9, eighteenth session): a noun compound the
parser splits into a noun and a gerund clause ("the river dredging contract was approved by X": the
target keeps the whole compound), and a reported responsibility for a hostile act named by a gerund
("X said Y was responsible for looting Z": X's accusation, as "X blamed Y for the looting"); and, for
batch 63, "in favour of" whose "of" the parser hangs on the copula ("X is in favour of extending Y"),
"made clear" with "that" left out, whose adjective the parser hangs on the clause ("X made clear it was
opposed to Y"), and a thing said to make everyone safer or less safe ("Y makes us safer, X said"); and,
for batch 64, "it" / "them" standing for a plan or proposal put forward in the sentence before ("A
tabled a plan. B rejected it."), a quoted "we need Y" with a policy or settlement as Y, and a thing said
to save or cost lives; with
look-alikes that must stay without a position (a duty named by a gerund, a determiner that makes the
gerund a clause of its own, the safety of one party or of roads, a storm's doing, negated or possible
results).

Sentences written for these tests (no evaluation text, no paraphrase wording).
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # a compound split by the parser keeps its head noun in the target
    ("Fiji applauded the coral mapping survey that donors paid for.", [("FJI", 1, "mapping survey")]),
    ("The forests monitoring office was criticised by Brazil.", [("BRA", -1, "monitoring office")]),
    # a hostile act named by a gerund, in a reported responsibility
    ("Peru said Bolivian smugglers were responsible for looting the customs post.", [("PER", -1, "looting")]),
    ("Georgia said separatist fighters were responsible for sabotaging the power line.",
     [("GEO", -1, "sabotaging the power line")]),
    ("Bandit gangs were responsible for burning crops near Tahoua, Niger's interior minister said.",
     [("NER", -1, "burning crops")]),
    # "in favour of" + gerund, with "of" hung on the copula (here inside a relative clause)
    ("Norway, which is in favour of widening the cod quota, abstained.", [("NOR", 1, "widening the cod quota")]),
    # "made clear / plain" without "that"
    ("Chile made clear it was opposed to the copper levy.", [("CHL", -1, "copper levy")]),
    ("Canberra made plain on Monday it would vote against the coal royalty.", [("AUS", -1, "coal royalty")]),
    ("Kenya made clear it was in favour of the tea auction reform.", [("KEN", 1, "tea auction reform")]),
    # a thing that makes everyone safer or less safe, reported or quoted
    ('"Shared coastguard patrols make everyone safer," Finland\'s interior minister said on Tuesday.',
     [("FIN", 1, "coastguard patrols")]),
    ("Peru said the new border wall would make the region less safe.", [("PER", -1, "border wall")]),
    ("Ghana said the arms treaty had made the continent more stable.", [("GHA", 1, "arms treaty")]),
    ("Chile said the missile shield made everyone more secure.", [("CHL", 1, "missile shield")]),
    # a pronoun standing for a plan put forward in the sentence before
    ("Creditors tabled a grain swap plan on Friday. Ghana backed it.", [("GHA", 1, "grain swap plan")]),
    ("Brazil drafted two river treaties in May. Peru backed them, but Bolivia opposed them.",
     [("PER", 1, "river treaties"), ("BOL", -1, "river treaties")]),
    # "we need Y", quoted or reported
    ('"We need a truce before the winter," the Serbian defence minister said.', [("SRB", 1, "truce")]),
    ("Kenya's president said: \"We need new port tariffs.\"", [("KEN", 1, "port tariffs")]),
    ('"We do not need another fuel levy," the Hungarian finance minister said.', [("HUN", -1, "fuel levy")]),
    # a thing said to save or cost lives
    ('"The early warning system will save lives," the Fijian disaster minister said.',
     [("FJI", 1, "early warning system")]),
    ("Peru said the new mining code would cost lives.", [("PER", -1, "mining code")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_b61_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_responsibility_for_a_hostile_gerund_aligns(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Armenia said Azerbaijan was responsible for shelling the border posts.")
    assert_stances(doc, [("ARM", -1, "shelling the border posts")])
    assert [({a.a, a.b}, a.polarity) for a in doc._.sm_alignments] == [({"ARM", "AZE"}, -1)]


def test_gerund_clause_with_a_determiner_is_still_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the inspectors | monitoring the scheme": a clause of its own, not a compound
    doc = nlp("The inspectors monitoring the scheme were praised by Senegal.")
    targets = [(s.target or "").lower() for s in doc._.sm_stances]
    assert any("inspectors" in t for t in targets) and not any("scheme" in t for t in targets), targets


@pytest.mark.parametrize("text", [
    # a duty named by a gerund, no blame (arming, burning waste, striking a deal)
    "Ghana said the harbour authority was responsible for running the port.",
    "Denmark said the navy was responsible for arming the patrol boats.",
    "Ghana said the contractor was responsible for burning the garden waste.",
    "Chile said the mining company was responsible for striking the deal.",
    "Chile said Argentina was responsible for managing the glacier park.",
    # a finding, no one's accusation
    "According to the inquiry, the militia was responsible for looting the warehouse.",
    # negated
    "Peru said the smugglers were not responsible for looting the customs post.",
    # a result for one party, for things, from nature; negated or possible; nobody's report
    "Norway said the sanctions made Russia weaker.",
    "Norway said the sanctions made Moscow less secure.",
    "Chile said the roadworks made the highway more dangerous.",
    "Norway said the floods made the region more dangerous.",
    "Chile said the missile shield did not make anyone safer.",
    "Chile said the missile shield could make everyone safer.",
    "The new border wall makes the region less safe.",
    # "made clear" that states a fact, "made" with another adjective
    "Chile made clear it was hosting the talks on Monday.",
    "The delay made it harder for the farmers to sell the crop.",
    # an event or a place before "it", a number that does not agree, nothing before it
    "The army shelled the village on Sunday. Chile condemned it.",
    "The council adopted new fishing quotas. Peru rejected it.",
    "Peru rejected it on Monday.",
    # "need" with another subject or object, hypothetical; lives saved by people, or by nobody's report
    '"We need rain," the Kenyan farmers said.',
    '"We need more votes," the Chilean senator said.',
    '"Ghana needs tougher tariffs," the economist wrote.',
    '"The rescuers saved lives," Chile\'s president said.',
    '"The flood barrier could save lives," the Ghanaian minister said.',
    "The new radar will save lives.",
])
def test_b61_lookalikes_hold_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))
