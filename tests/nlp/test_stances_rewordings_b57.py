"""Constructions of the rewordings of batch 57 (issue 9, seventeenth session): money given to a cause
in the reported future with a light verb ("would put money into X", "would chip in funds for X",
"would help pay for X"); a negative adverbial of condition ("would under no circumstances X"); a
party in a class named after the copula ("X is the only country still opposing Y") or joined ("X
joined the chorus / the ranks of countries calling for Y"); "cast one's vote / ballot for / against";
the reciprocal spelled out ("A blamed B for X, and B blamed A"); a side of a thing put forward ("X
stressed the benefits of Y", "warned of the dangers of Y"); a cue verb whose doubled last consonant
the lemmatizer keeps ("extolled"); and, for batch 58, a negated infinitive on a noun of intention
("renewed its pledge not to X": -1 on X), "fed up / impatient with X", "withheld its signature from
X", a protest or complaint "to Y about X" with the preposition hung on the addressee; and, for batch 59,
a passive greeting with a feeling whose seat of government holds it ("X was greeted with delight in
Nairobi"), a caused horror ("X appalled Fiji"), a culprit named by the possessor of a label ("X was
Peru's fault, Chile said"), "associate itself with X"; with look-alikes that must stay without a
position.

Sentences written for these tests (no evaluation text, no paraphrase wording).
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # money given to a cause, announced by its own speaker
    ("Norway said it would put money into the new vaccine alliance.", [("NOR", 1, "vaccine alliance")]),
    ("Canada will pour money into the flood relief fund, the prime minister said.", [("CAN", 1, "flood relief fund")]),
    ("Ireland said it would chip in funds for the refugee programme.", [("IRL", 1, "refugee programme")]),
    ("The Dutch finance minister said his country would help pay for the dyke repairs.",
     [("NLD", 1, "dyke repairs")]),
    # a negative adverbial of condition on a reported future act, and on a plain one
    ("Chile said it would under no circumstances recognise the breakaway region.",
     [("CHL", -1, "breakaway region")]),
    ("Under no circumstances will Norway accept the whaling moratorium.", [("NOR", -1, "whaling moratorium")]),
    # a party in a class after the copula, or one it joins
    ("Hungary is the only member still resisting the aid package.", [("HUN", -1, "aid package")]),
    ("Malta is the last country that still opposes the migration pact.", [("MLT", -1, "migration pact")]),
    ("Ireland joined the chorus of nations calling for a humanitarian corridor.",
     [("IRL", 1, "humanitarian corridor")]),
    ("Slovakia joined the ranks of governments that oppose the gas price cap.", [("SVK", -1, "gas price cap")]),
    ("Croatia joined the countries backing the maritime code.", [("HRV", 1, "maritime code")]),
    # a vote cast
    ("Iceland cast its vote against the whaling ban.", [("ISL", -1, "whaling ban")]),
    ("Lithuania cast its ballot in favour of the energy charter.", [("LTU", 1, "energy charter")]),
    # the reciprocal spelled out: the second clause leaves the matter to the first
    ("Sudan blamed Chad for the cattle raid, and Chad blamed Sudan.",
     [("SDN", -1, "cattle raid"), ("TCD", -1, "cattle raid")]),
    # a side of a thing put forward
    ("Vietnam stressed the benefits of the new shipping code.", [("VNM", 1, "shipping code")]),
    ("Thailand played up the advantages of the rice pact.", [("THA", 1, "rice pact")]),
    ("Cambodia warned of the dangers of the dam cascade.", [("KHM", -1, "dam cascade")]),
    ("Laos pointed to the flaws of the river agreement.", [("LAO", -1, "river agreement")]),
    # ... the need for it (batch 60)
    ("The Thai envoy underlined the need for a regional rice reserve.", [("THA", 1, "rice reserve")]),
    # a doubled consonant the lemmatizer keeps
    ("Senegal extolled the fishing accord with Mauritania.", [("SEN", 1, "fishing accord")]),
    # batch 58: a negated infinitive on a noun of intention, and the plain one
    ("Egypt renewed its pledge not to dam the canal.", [("EGY", -1, "damming the canal")]),
    ("Jordan repeated its vow never to recognise the new council.", [("JOR", -1, "new council")]),
    ("Egypt renewed its pledge to dredge the canal.", [("EGY", 1, "dredging the canal")]),
    # ... restated by its own author
    ("Ghana reaffirmed its pledge to repay the bondholders.", [("GHA", 1, "repaying the bondholders")]),
    ("Ghana confirmed its promise not to devalue the cedi.", [("GHA", -1, "devaluing the cedi")]),
    # weariness with a policy
    ("Morocco is fed up with the import quotas.", [("MAR", -1, "import quotas")]),
    ("Tunisia has become impatient with the loan conditions.", [("TUN", -1, "loan conditions")]),
    # a signature withheld
    ("Nepal has so far withheld support from the water-sharing charter.", [("NPL", -1, "water-sharing charter")]),
    # a protest or complaint addressed to someone, about the matter
    ("Seoul complained to the Chinese envoy about the fishing raids.", [("KOR", -1, "fishing raids")]),
    ("Manila protested to Beijing about the new coast guard law.", [("PHL", -1, "coast guard law")]),
    # batch 59: a greeting in a seat of government, a caused horror, "associate itself with"
    ("The new mining code was greeted with dismay in Lima.", [("PER", -1, "mining code")]),
    ("The fisheries pact was greeted with delight in Suva.", [("FJI", 1, "fisheries pact")]),
    ("The looting of the museum horrified Italy.", [("ITA", -1, "looting")]),
    ("The torching of the consulate appalled Cyprus, a government spokesman said.", [("CYP", -1, "torching")]),
    ("Slovenia will not associate itself with any summit text on arms sales, a diplomat said.",
     [("SVN", -1, "summit text")]),
    ("Norway associated itself with the joint declaration.", [("NOR", 1, "joint declaration")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_b57_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_spelled_out_reciprocal_aligns_once(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Sudan blamed Chad for the cattle raid, and Chad blamed Sudan.")
    assert [({a.a, a.b}, a.polarity) for a in doc._.sm_alignments] == [({"SDN", "TCD"}, -1)]


@pytest.mark.parametrize("text", [
    # money spent as a reported act, or by a party that is not the speaker
    "Norway put money into the new vaccine alliance last year.",
    "Investors will pour money into the port, analysts said.",
    # a class noun that is no party, a participle that is no cue
    "The winner is the team that scores the most goals.",
    "Croatia is the only country hosting the games this year.",
    "Slovakia joined the ranks of countries hosting the summit.",
    # a side of a thing not put forward: negated, hypothetical, a verb that stresses nothing, a physical thing
    "Vietnam did not stress the benefits of the new shipping code.",
    "Analysts said Vietnam could stress the benefits of the new shipping code.",
    "Vietnam stressed the dangers of the river.",
    "Thailand played the advantages of the rice pact.",
    "Cambodia studied the dangers of the dam cascade.",
    "Laos pointed to the need for more teachers.",
    "Mexico warned of the need for painful spending cuts.",
    "Myanmar stressed the importance of the monsoon.",
    # batch 58: a vow that is no position's noun, weariness of no party or with a person, a talk about a thing
    "The vow was taken in a small chapel.",
    "Ghana confirmed the proposal to sell the refinery.",
    "The players were fed up with the rain.",
    "The refugees were fed by volunteers.",
    "Chile spoke to the ambassador about the weather.",
    # batch 59: a person greeted, a greeting in no seat of government, a self-association with no party
    "The envoy was greeted with cheers in Nairobi.",
    "The new levy was received with dismay in the market.",
    "The singer associated himself with the brand.",
])
def test_b57_lookalikes_hold_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def test_negative_adverbial_in_a_description_negates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """An apposition set off by commas describes the subject ("under no illusions") and negates no cue."""
    assert_stances(nlp("Chile, under no illusions about the cost, said it would sign the treaty."),
                   [("CHL", 1, "treaty")])


def test_culprit_of_a_label_is_aligned(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The flooding of the valley was Uganda's fault, Kenya said.")
    assert_stances(doc, [("KEN", -1, "flooding")])
    assert [({a.a, a.b}, a.polarity) for a in doc._.sm_alignments] == [({"KEN", "UGA"}, -1)]


def test_need_cited_as_a_reason_is_no_position(nlp) -> None:  # type: ignore[no-untyped-def]
    """"cited the need for X as the reason for Y": X is the reason given for Y, and README section 2
    counts no reason or motive clause as a position (reword8: "cite" is no verb of stressing a need)."""
    doc = nlp("Uruguay cited the need for stricter port checks as the reason for the new fees.")
    assert [(s.polarity, s.target) for s in doc._.sm_stances if s.actor == "URY"] == []


@pytest.mark.parametrize(("word", "stem"), [("extolled", "extol"), ("extolling", "extol")])
def test_doubled_consonant_stem(nlp, word: str, stem: str) -> None:  # type: ignore[no-untyped-def]
    from stancemap.nlp.stances.lexicon import cue_verb, lexicon

    doc = nlp(f"Senegal {word} the accord.")
    assert cue_verb(doc[1], lexicon()) == stem
