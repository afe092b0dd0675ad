"""Actor constructions found missing on the sixth fresh hand-labelled set and on a second look at
the third to fifth (issue 9, tests/data/stances_fresh6.jsonl): "the two countries" / "both
countries" after two officials of different states and no two named states (the officials'
states); a bare "parliament" or "the security cabinet" (the legislature or government of the state the
sentence speaks for); a state's
membership of a body is no act of the state to align with; a grouping of states named by a region
adjective ("African leaders", "Pacific island nations") or by its own name ("the Quad") is one actor
with no country, never the state of a place nearby; a body of a state named by the state's possessive
("Peru's electoral commission") is an actor of its own, of that state; a shared position "in
rejecting X" is a -1 on X; "they" in the clause reported by a subject that holds a coordination of
actors is the whole coordination.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # "the two countries" / "both countries": the states of the two officials named before
    ("Chilean Foreign Minister Ana Reyes, speaking after talks with her Peruvian counterpart Luis Vargas, "
     "said the two countries opposed any new tariffs on copper exports.",
     [("CHL", -1, "tariffs"), ("PER", -1, "tariffs")], []),
    ("Speaking alongside his Danish counterpart, Norway's prime minister said both countries backed a ban "
     "on deep-sea mining.",
     [("DNK", 1, "deep-sea mining"), ("NOR", 1, "deep-sea mining")], []),
    # ... a state named in the window is itself the member
    ("After meeting the Kenyan trade minister in Kampala, Uganda's president said the two countries "
     "supported a common tariff on imported sugar.",
     [("KEN", 1, "tariff"), ("UGA", 1, "tariff")], []),
    # ... three states for "the two countries": no guess
    ("Ghana's foreign minister, who met the Togolese president on Monday and the Beninese trade minister on "
     "Tuesday, said the two countries rejected the new levy.",
     [], []),
    # a bare "parliament": the legislature of the state of the sentence's subject
    ("Polish President Jan Kowalski said the gas deal would not be approved by parliament until Berlin "
     "paid compensation.",
     [("POL", -1, "gas deal")], []),
    ("Ghanaian Finance Minister Kofi Mensah signed the budget on Friday, two days after parliament approved it "
     "despite protests from the IMF.",
     [("GHA", 1, "budget")], []),
    # ... and a bare "the security cabinet" the government of that state
    ("Kenyan President William Ruto's office said the road plan, which was approved by the security cabinet "
     "on Monday, would be funded by bonds.",
     [("KEN", 1, "road plan")], []),
    ("The road plan, which was approved by the security cabinet, will be funded by bonds.", [], []),
    # ... the state of the nearest clause that says who acts: an infinitive's controlling object
    ("Germany urged Ukraine to let parliament vote on the deal.", [("DEU", 1, "ukraine")], []),
    # ... not when the sentence speaks for two states and its subject for none
    ("Protesters from Chile and Argentina said parliament had rejected the mining code.", [], []),
    # membership is no act of its possessor to align with (its bid is)
    ("The Hungarian government said it would not approve Finland's membership of the alliance.",
     [("HUN", -1, "membership")], []),
    ("The Hungarian government said it would not approve Finland's bid to join the alliance.",
     [("HUN", -1, "bid"), ("FIN", 1, "join")], [("HUN", "FIN", -1)]),
    # a grouping of states by a region adjective: one bloc, no country (not the host's)
    ("At a summit in Dakar, African leaders backed a plan by the World Bank to expand solar power.",
     [("african leaders", 1, "plan by the world bank"), ("World Bank", 1, "solar")],
     [("african leaders", "world bank", 1)]),
    ("Pacific island nations rejected the Japanese plan to dump waste at sea.",
     [("pacific island nations", -1, "japanese plan"), ("JPN", 1, "dump")],
     [("pacific island nations", "JPN", -1)]),
    ("Latin American leaders meeting in Lima urged Washington to lift its tariffs on coffee.",
     [("latin american leaders", 1, "lift")], []),
    # ... a state's own adjective is the state's ("South African", not "African")
    ("South African leaders condemned the raid.", [("ZAF", -1, "raid")], []),
    # ... never one state's ("Spain's regional governments"), nor religious leaders
    ("Spain's regional governments rejected the new tax on tourists.", [("ESP", -1, "tax")], []),
    ("Muslim countries condemned the burning of the flag.", [("muslim countries", -1, "burning")], []),
    # a grouping by its own name
    ("Nepal rejected a call by the Quad group of countries for new elections.",
     [("NPL", -1, "call by the quad"), ("quad", 1, "elections")], [("NPL", "quad", -1)]),
    # a body of a state named by the state's possessive: its own actor, of that state
    ("Uganda's electoral commission rejected a request by opposition leader Bobi Wine to postpone the vote.",
     [("electoral commission", -1, "request"), ("Bobi Wine", 1, "postponing")],
     [("electoral commission", "Bobi Wine", -1)]),
    # ... which speaks for its state: no alignment with it ("its" is the body's)
    ("Chad's central bank defended its decision to raise interest rates.",
     [("central bank", 1, "decision")], []),
    # a shared position whose content opens with an evaluative -ing verb: that verb's polarity on its object
    ("Kenya and Ethiopia share the same position in backing the new railway plan.",
     [("KEN", 1, "railway plan"), ("ETH", 1, "railway plan")], [("KEN", "ETH", 1)]),
    ("Speaking after talks with his Malian counterpart, Senegal's foreign minister said the two countries shared "
     "the same position in rejecting any foreign military bases in the Sahel.",
     [("MLI", -1, "military bases"), ("SEN", -1, "military bases")], [("MLI", "SEN", 1)]),
    # "they" reported by a subject that holds a coordination: all of it, not its tail, nor an actor after it
    ("The presidents of Chad, Sudan and Libya, whose armies have fought Islamist rebels, said in a statement "
     "that they supported Egypt's plan for a border force.",
     [("TCD", 1, "plan"), ("SDN", 1, "plan"), ("LBY", 1, "plan"), ("EGY", 1, "border force")],
     [("TCD", "EGY", 1), ("SDN", "EGY", 1), ("LBY", "EGY", 1)]),
    ("The leaders of Mali, Ghana and Togo, whose governments have expelled Russian advisers, said that they "
     "opposed the new levy.",
     [("MLI", -1, "levy"), ("GHA", -1, "levy"), ("TGO", -1, "levy")], []),
    # ... not without a word that says which body, nor a company ("largest commercial bank")
    ("Ghana's largest commercial bank rejected the levy on mobile payments.", [("GHA", -1, "levy")], []),
    ("Chile's commission said it opposed the plan.", [("CHL", -1, "plan")], []),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)
