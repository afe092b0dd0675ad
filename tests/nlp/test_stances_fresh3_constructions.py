"""Constructions found missing on the third fresh hand-labelled set (issue 9, tests/data/stances_fresh3.jsonl,
long wire sentences): a relative clause without a relative pronoun on an antecedent or an apposition
("..., a document X rejected", "..., a move X condemned"), "the organisation / the bloc('s leaders)" for
an intergovernmental body named before, a proposal whose "by B" the parser hangs on the verb, "B's
proposed X", "each side accusing the other" after a coordinated subject, "agreed with B to X", a
dateline in capitals read as the subject, a quoted fronted label, "protested what it described as
Y", an address verb coordinated with a reported judgement ("said the ban was unfair and urged Y"), a
bare document target whose participle states the content, absolute "with X V-ing" clauses cut from
targets, opposition leaders as holders, "thanked Y for X", a label hung on the object's infinitive;
with the look-alikes that must give nothing: courts and
judges (judicial decisions), punitive acts promised on a condition (threats), handing over one's own
power (a personal act like resigning), a summoned envoy ("called the ambassador for consultations"),
the name of a programme ("the Belt and Road Initiative"), relative clauses with no cue or with a
stranded preposition, "each side" doing something that is no accusation.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact, has_key, stance_rows

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # a relative clause without "which/that" on an apposition: the thing the apposition renames
    ("Chile signed the treaty, a document Bolivia rejected.", [("BOL", -1, "treaty")], []),
    # ... an apposition naming only an act ("a move") stands for the act of the clause before it
    ("Lima approved a trade deal, a move Quito condemned.",
     [("PER", 1, "trade deal"), ("ECU", -1, "approved a trade deal")], []),
    # ... "that" relative on an apposition; opposition leaders as holders
    ("Venezuela's National Assembly approved a law on Tuesday, a law that opposition leaders denounced as a "
     "tool of persecution.", [("VEN", 1, "law"), ("opposition leaders", -1, "law")], []),
    # "who" as the object of a relative clause: the antecedent
    ("The minister who Peru criticised resigned.", [("PER", -1, "minister")], []),
    # an intergovernmental body taken up by "the organisation" / "the bloc's leaders"
    ("The Arab League's chief said the organisation backed Jordan's plan for a regional water summit.",
     [("Arab League", 1, "plan"), ("JOR", 1, "water summit")], [("Arab League", "JOR", 1)]),
    ("Officials from the Economic Community of West African States said the bloc's leaders had rejected Mali's "
     "proposed transition.", [("ECOWAS", -1, "transition"), ("MLI", 1, "transition")], [("ECOWAS", "MLI", -1)]),
    # a proposal "by B for X" hung on the verb; "B's proposed X"
    ("Ghana rejected a proposal by Togo for a joint border force.",
     [("GHA", -1, "proposal"), ("TGO", 1, "border force")], [("GHA", "TGO", -1)]),
    ("Ghana rejected Togo's proposed border force.",
     [("GHA", -1, "border force"), ("TGO", 1, "border force")], [("GHA", "TGO", -1)]),
    # each side accusing the other, after a coordinated subject (each side -1 on what it charges the
    # other with, README section 5, as for "accused each other of X": tests/nlp/test_stances_fresh9_constructions.py)
    ("Chile and Peru failed to agree on a new border, with each side accusing the other of stalling.",
     [("CHL", -1, "stalling"), ("PER", -1, "stalling")], [("CHL", "PER", -1)]),
    # "agreed with B to X": the deal, not the partner
    ("Mexico agreed with Guatemala to reopen the border crossing.",
     [("MEX", 1, "reopening the border crossing"), ("GTM", 1, "reopening the border crossing")], [("MEX", "GTM", 1)]),
    # a dateline in capitals read as the subject
    ("ADDIS ABABA - The African Union Commission chairman, Mahmoud Ali Youssouf, welcomed the truce.",
     [("Youssouf", 1, "truce")], []),
    # a quoted fronted label
    ("Russian Foreign Minister Sergei Lavrov dismissed as 'nonsense' Western claims that Moscow was preparing an "
     "attack.", [("RUS", -1, "western claims")], []),
    # "protested what it described as Y"
    ("The Philippines summoned China's ambassador to protest what it described as dangerous manoeuvres.",
     [("PHL", -1, "dangerous manoeuvres")], []),
    # an address verb coordinated with a reported judgement: the reporter urges
    ("Peru said the ban was unfair and urged Lima's mayor to lift it.",
     [("PER", -1, "ban"), ("PER", 1, "mayor to lift")], []),
    # a bare document target gives way to its participle's content
    ("The Organization of American States passed a resolution on Friday calling on Nicaragua to free political "
     "prisoners.", [("Organization of American States", 1, "political prisoners")], []),
    # studied on fresh4 after its first measure: "thanked Y for X" as "praised Y for X"; a label whose
    # "as" the parser hangs on the infinitive inside the object (not part of the proposal's content)
    ("Kenya thanked Uganda for its support.", [("KEN", 1, "support")], [("KEN", "UGA", 1)]),
    ("Chile described Peru's plan to build a dam near the border as a provocation.",
     [("CHL", -1, "plan to build a dam"), ("PER", 1, "building a dam near the border")], [("CHL", "PER", -1)]),
    # "the agency" as a target: the body named before
    ("Argentina criticised the World Health Organization and said it would stop funding the agency.",
     [("ARG", -1, "world health organization")], [("ARG", "World Health Organization", -1)]),
]

# look-alikes: no position at all
NONE = [
    # courts and judges rule; judicial decisions are no positions
    "The Supreme Court rejected the government's appeal against the ruling.",
    "A judge in Nairobi condemned the police for the killings.",
    "The appeals chamber upheld the conviction, rejecting the defence's arguments.",
    # a punitive act promised on a condition is a threat
    "The EU said it was ready to impose new sanctions on Belarus if the crackdown continued.",
    "Japan said it was prepared to take countermeasures unless China lifted the ban.",
    # giving up one's own power is a personal act, like resigning
    "The general promised to cede power to an elected government.",
    "The junta pledged to hand over power to civilians after elections.",
    # an envoy called in is no "call for"
    "The ministry called the ambassador for consultations.",
    # a relative clause with no cue, or whose verb is no evaluation
    "Peru named a new envoy, a man Quito knows well.",
    "Chile signed the treaty, a document Bolivia drafted.",
    # the name of a programme: no proposal stated
    "Saudi Arabia hosted a summit on China's Belt and Road Initiative.",
    # thanks to people for a courtesy, or thanks with no "for X": no position
    "The minister thanked reporters for their questions.",
    "Paraguay thanked Brazil.",
    # "the alliance" introduced as a new one after the IGO: not the IGO (review round 2)
    "NATO met in Brussels on Monday. In Kenya, opposition parties formed an alliance. The alliance condemned the "
    "election results.",
    # each side doing something that is no accusation
    "Chile and Peru signed a new border deal, with each side presenting new maps.",
]

# ... while these keep their stance (holder, polarity, a word of the target), and only it
KEPT: list[tuple[str, S]] = [
    # a stranded preposition takes the antecedent: no stance of the relative clause's subject
    ("Ghana backed the plan Togo relies on.", ("GHA", 1, "plan")),
    # readiness without a punitive act, or without a condition
    ("Japan said it was ready to lift the ban if China resumed talks.", ("JPN", 1, "lifting the ban")),
    ("Japan said it was ready to impose sanctions on the junta.", ("JPN", 1, "sanctions")),
    # handing over something that is no power
    ("Chile pledged to hand over the suspects to Peru.", ("CHL", 1, "suspects")),
    # a legislative chamber votes (a position); only an appeals or trial chamber is a court (review round 2)
    ("The Chamber of Deputies approved the trade agreement with Chile.", ("Chamber of Deputies", 1, "trade agreement")),
    # a court's prosecutor and a justice minister are no courts
    ("The ICC prosecutor called for the arrest of the militia leader.", ("International Criminal Court", 1, "arrest")),
    ("Kenya's justice minister rejected the ruling.", ("KEN", -1, "ruling")),
    # a label with "call" stays a label
    ("Peru called the vote a step forward for democracy.", ("PER", 1, "vote")),
    # a name in capitals is no dateline
    ("NATO backed the deal.", ("NATO", 1, "deal")),
    ("LIMA - Peru backed the deal.", ("PER", 1, "deal")),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


@pytest.mark.parametrize("text", NONE)
def test_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert doc._.sm_stances == [] and doc._.sm_alignments == [], (doc._.sm_stances, doc._.sm_alignments)


@pytest.mark.parametrize(("text", "stance"), KEPT, ids=[c[0][:40] for c in KEPT])
def test_kept(nlp, text: str, stance: S) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    holder, pol, word = stance
    got = stance_rows(doc)
    assert len(got) == 1 and has_key(got[0][0], holder) and got[0][1] == pol and word in got[0][2], got


def test_thanks_for_x_exact(nlp) -> None:  # type: ignore[no-untyped-def]
    """"thanked Y for X": +1 on X exactly (no glued "Y X" text), aligned with Y (review round 2)."""
    doc = nlp("Paraguay thanked Brazil for its support.")
    assert [(s.actor, s.polarity, s.target) for s in doc._.sm_stances] == [("PRY", 1, "its support")]
    assert [(a.a, a.b, a.polarity) for a in doc._.sm_alignments] == [("PRY", "BRA", 1)]
    doc = nlp("Taiwan's presidential office thanked the United States for approving an arms sale.")
    assert [(s.polarity, s.target) for s in doc._.sm_stances] == [(1, "approving an arms sale")]
