"""Constructions found missing on the fifth fresh hand-labelled set and on a second look at the
third and fourth (issue 9, tests/data/stances_fresh5.jsonl, long wire sentences): a noun in
apposition that sums up the act of the clause before it ("..., a move / decision / step X
condemned") when the act is an infinitive, a reported clause or a later conjunct, with no
alignment to the one who acted; a relative clause without a relative pronoun whose subject the
parser reads as an apposition (", a charge the Taliban rejected", ", an account X's embassy in Y
dismissed").

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # an act noun summing up the clause before it: a seized object, an infinitive, a later conjunct
    ("The Nepalese army seized the airport, a move Delhi condemned as reckless.",
     [("IND", -1, "seized the airport")], []),
    ("Oslo and Stockholm agreed to close their embassies in Minsk, a decision Belarus denounced as hostile.",
     [("NOR", 1, "embassies"), ("SWE", 1, "embassies"), ("BLR", -1, "close their embassies")],
     [("NOR", "SWE", 1)]),
    ("Chile said Santiago would join the treaty and urged its neighbours to do the same, a step Lima "
     "condemned as premature.",
     [("CHL", 1, "treaty"), ("CHL", 1, "neighbours"), ("PER", -1, "join the treaty")], []),
    ("Bogota said it had expelled the envoy, a move Caracas condemned.", [("VEN", -1, "expelled the envoy")], []),
    # a bare relative whose subject the parser reads as an apposition
    ("Abuja accused Accra of arming rebels in the north, a charge the Ghanaian government has firmly rejected.",
     [("NGA", -1, "arming rebels"), ("GHA", -1, "charge")], [("NGA", "GHA", -1)]),
    ("Italy blamed the migrant surge on Libyan smugglers, a charge the government of Libya angrily rejected.",
     [("ITA", -1, "migrant surge"), ("LBY", -1, "charge")], []),
    ("Chad accused Sudan of sheltering rebels, an allegation the foreign ministry in Khartoum dismissed.",
     [("TCD", -1, "sheltering rebels"), ("SDN", -1, "allegation")], [("TCD", "SDN", -1)]),
    # ... and a reported clause the parser hangs on the relative's verb is no complement of it
    ("Poland said Belarusian guards had fired shots across the border, a claim officials in Minsk flatly rejected.",
     [("BLR", -1, "claim")], []),
    # a body of people or craft named by nationality adjectives: the states behind it
    ("Kenya endorsed a peace plan drafted by Ethiopian and Qatari mediators.",
     [("KEN", 1, "peace plan"), ("ETH", 1, "peace"), ("QAT", 1, "peace")], [("KEN", "ETH", 1), ("KEN", "QAT", 1)]),
    ("Hanoi condemned an attack by Chinese coast guard vessels on a Vietnamese trawler.",
     [("VNM", -1, "attack")], [("VNM", "CHN", -1)]),
    ("Peru accused Bolivian police of torturing migrants.", [("PER", -1, "torturing migrants")], [("PER", "BOL", -1)]),
    # ... not for goods or products
    ("Kenya welcomed the Chinese goods.", [("KEN", 1, "goods")], []),
    ("Tunisia condemned the seizure of migrants by Italian fishing boats.", [("TUN", -1, "seizure")], []),
    # objects coordinated under one cue, each a full phrase: one target, as worded
    ("The European Union demanded the reopening of the border crossings and the restoration of power to the capital.",
     [("European Union", 1, "crossings and the restoration")], []),
    # ... bare or modified nouns are still one position each
    ("Chile opposed sanctions and force.", [("CHL", -1, "sanctions"), ("CHL", -1, "force")], []),
    # a policy act in the reported future, announced by a reporter named with its title
    ("Chancellor Karl Weber told parliament that Vienna would join the new defence pact, a decision the Kremlin "
     "denounced.", [("AUT", 1, "defence pact"), ("RUS", -1, "join the new defence pact")], []),
    # ... not by someone without an office
    ("Economist Maria Lopez said Lisbon would lift the fuel tax.", [], []),
    # the possessor of a trial or conviction undergoes it: no alignment with the one who condemns it
    ("The journalist Omar Haddad, whose conviction was condemned by Amnesty International, was freed on Monday.",
     [("Amnesty", -1, "conviction")], []),
    ("Canada condemned Li Wen's conviction.", [("CAN", -1, "conviction")], []),
    ("Canada condemned China's prosecution of Li Wen.", [("CAN", -1, "prosecution")], [("CAN", "CHN", -1)]),
    # a fronted "while" clause whose last noun the parser takes the main subject as a conjunct of;
    # "the idea" takes up the outer object named before it
    ("Although Brazil supported a carbon levy on shipping, India and China rejected the idea during the talks.",
     [("BRA", 1, "carbon levy"), ("IND", -1, "carbon levy"), ("CHN", -1, "carbon levy")], []),
    ("Peru proposed a regional fund for flood victims, and Chile welcomed the idea.",
     [("PER", 1, "fund"), ("CHL", 1, "regional fund")], []),
    # a past cue verb coordinated by the parser with the reported clause's infinitive
    ("The chief of the U.N. nuclear watchdog, Rafael Costa, said inspectors could not verify the stockpile and "
     "urged Tehran to restore camera access.", [("Costa", 1, "tehran to restore camera access")], []),
    # an act done to protest something: the protest is a position of its own, "what it called Y" its object
    ("Teachers' unions will boycott the exams to protest what they called unfair pay cuts.",
     [("unions", -1, "exams"), ("unions", -1, "pay cuts")], []),
    # "what X described as <label> Y" under a verb that is no cue: X judges Y by the label
    ("Seoul said its chipmakers had lost orders because Tokyo kept what it described as illegal Japanese export "
     "curbs.", [("KOR", -1, "japanese export curbs")], []),
    # ... a label-less naming gives nothing
    ("Tehran said Washington had imposed what it called secondary sanctions.", [], []),
    # "would not allow Y to be V-ed": the permitted act in the passive
    ("Panama will not allow its ports to be used by sanctioned tankers.", [("PAN", -1, "ports to be used")], []),
    # members named "among those voting against / in favour" of the document the clause adopted
    ("The Human Rights Council backed an inquiry into abuses in Darfur, with China and Cuba among those voting "
     "against.", [("Human Rights Council", 1, "inquiry"), ("CHN", -1, "inquiry into abuses"),
                  ("CUB", -1, "inquiry into abuses")], []),
    ("Delegates approved a budget cutting aid to refugees, with eight states voting in favour and Norway among those "
     "against.", [("NOR", -1, "budget cutting aid")], []),
    ("Ten soldiers were among those killed in the attack.", [], []),
    # acting "alongside" others shares the act, but states no agreement between them (unlike "like B")
    ("Peru, alongside Chile and Bolivia, condemned the coup.",
     [("PER", -1, "coup"), ("CHL", -1, "coup"), ("BOL", -1, "coup")], []),
    ("Peru, like Chile, condemned the coup.", [("PER", -1, "coup"), ("CHL", -1, "coup")], [("PER", "CHL", 1)]),
    # an adopted text with a participle stating its content: one position, the content's
    ("The Arab League adopted a declaration on Sunday demanding the release of all political prisoners.",
     [("Arab League", 1, "release of all political prisoners")], []),
    # "voting against it": the text put to the vote, with its content
    ("The African Union approved a budget on Tuesday funding new peacekeepers in Somalia, with Egypt and Ghana "
     "voting against it.", [("African Union", 1, "budget"), ("EGY", -1, "budget on tuesday funding"),
                            ("GHA", -1, "budget on tuesday funding")], []),
    # a participial adjunct after a comma that the parser coordinates with an -ing complement
    ("Mexico's president assured farmers that the government had no intention of raising fuel prices, dismissing "
     "reports from the central bank as speculation.",
     [("MEX", -1, "raising fuel prices"), ("MEX", -1, "reports from the central bank")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)
