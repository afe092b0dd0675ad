"""Constructions of loose reporter-style rewordings and mixed rewordings (issue 9, twentieth session,
batches 68-69): statements of effect whose object is the reporter's own state's under another name
("Iceland's towns" said by the Icelandic ministry), "leave X without Y", "keep fares down", "free
money for X", acts of hostility and zones, purchases as things with effects; refusals under an
"unless" condition by a refusing verb ("would refuse to ratify X unless Y", "would stay out of X
unless Y"); "X has our full backing," the minister said; joint pledges of two sides ("A and B pledged
closer cooperation") and reciprocal phrase cues ("promised to stand by one another") as alignments.
Each with look-alikes that must stay without a position (or without an alignment).

Sentences written for these tests (no evaluation text, no paraphrase wording).
"""

from __future__ import annotations

import pytest

from .stance_asserts import actor_keys, has_key
from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # effects on the reporter's own state's things, named by the state's name and not its demonym
    ("The planned closure of the rail workshops would ruin Norway's northern towns, the Norwegian transport "
     "ministry said.", [("NOR", -1, "closure of the rail workshops")]),
    ("The new fishing licence scheme will hurt Portugal's coastal villages, the Portuguese fisheries ministry said.",
     [("PRT", -1, "fishing licence scheme")]),
    ("The free trade zone would boost Morocco's exports, the Moroccan trade ministry said.",
     [("MAR", 1, "free trade zone")]),
    ("The joint purchase of fighter jets will cut costs for Slovenia's air force, the Slovenian defence "
     "ministry said.", [("SVN", 1, "joint purchase of fighter jets")]),
    # leaving without, keeping prices down, freeing means for someone
    ("The pipeline project would leave thousands of Hungarian households without heating, the Hungarian "
     "energy ministry said.", [("HUN", -1, "pipeline project")]),
    ("The ferry subsidy will keep fares down for island families, the Danish transport ministry said.",
     [("DNK", 1, "ferry subsidy")]),
    ("The tax reform will free money for Latvian hospitals, the Latvian finance ministry said.",
     [("LVA", 1, "tax reform")]),
    # a hostile act whose effect is stated
    ("The blockade of the port endangers commercial shipping, the Finnish foreign ministry said.",
     [("FIN", -1, "blockade of the port")]),
    # refusals under "unless"
    ("The Bhutanese foreign ministry said Thimphu would refuse to sign the hydropower accord unless it "
     "protected the rivers.", [("BTN", -1, "hydropower accord")]),
    ("Cyprus would reject the maritime deal unless it recognised its fishing rights.", [("CYP", -1, "maritime deal")]),
    ("The Moldovan energy ministry said the country would stay out of the regional power market unless it "
     "lowered its fees.", [("MDA", -1, "regional power market")]),
    # the speaker's own backing, and a gift
    ('"The new harbour tax has our full support," Latvia\'s finance minister said.', [("LVA", 1, "harbour tax")]),
    ('"The new metro line is a gift to our children," the Bolivian transport minister said.',
     [("BOL", 1, "metro line")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_reword9_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    # another state's harm may be the point; nature, armed groups and markets do deeds, not effects
    "The sanctions will leave Russian banks without access to dollars, the Polish finance ministry said.",
    "The new rail tariff will hurt Austria's hauliers, the German transport ministry said.",
    "The storm will leave thousands of families without power, the Irish energy ministry said.",
    "The rebels will leave the villages without food, the Malian army said.",
    "Rising demand will keep prices down for consumers, the bank said.",
    # past effects are facts reported; possibilities state no view
    "The drought left thousands of farmers without water, the Kenyan agriculture ministry said.",
    "The pipeline project left thousands of households without heating, the Hungarian energy ministry said.",
    "The tax reform could free money for hospitals, the Latvian finance ministry said.",
    # conditions that are no refusals; refusals of no policy; no speaker for "our"
    "Cyprus would support the maritime deal if it recognised its fishing rights.",
    "Cyprus would sign the maritime deal unless talks collapsed.",
    "The troops stayed out of the old city during the festival.",
    "The chess champion refused to play unless the hall was quiet.",
    "The coastal railway has our full backing.",
    "The canal project had his full support.",
    "The minister said the envoy had his full support.",  # "his" may be the envoy's own
])
def test_reword9_lookalikes_hold_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def _pairs(doc) -> list[tuple[set[str], set[str], int]]:  # type: ignore[no-untyped-def]
    return [(actor_keys(doc, al.a), actor_keys(doc, al.b), al.polarity) for al in doc._.sm_alignments]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Chile and Peru pledged closer cooperation on fisheries.", "CHL", "PER"),
    ("Ghana and Togo vowed mutual support in the fight against piracy.", "GHA", "TGO"),
    ("Fiji and Tonga committed themselves to stronger ties with each other.", "FJI", "TON"),
    ("Lima and Quito promised to stand by one another.", "PER", "ECU"),
])
def test_joint_pledges_align_the_two_sides(nlp, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(nlp(text))
    assert [p for x, y, p in pairs if (has_key(x, a) and has_key(y, b)) or (has_key(x, b) and has_key(y, a))] == [1], \
        pairs


@pytest.mark.parametrize("text", [
    "Chile and Peru pledged closer cooperation with Japan.",  # a pledge to a third party
    "Chile pledged closer cooperation with Peru.",  # one side's pledge (a stance only)
    "Chile and Peru could promise closer ties.",  # a possibility
    "Chile and Peru did not promise closer cooperation.",
    "Chile and Peru promised more money for schools.",  # no tie between them
])
def test_pledges_that_are_not_joint_align_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(nlp(text)) == []


@pytest.mark.parametrize(("text", "stances"), [
    # keeping one's own position is that position ("will not drop its support for X": +1 on X only)
    ("Latvia will not drop its support for the bridge toll.", [("LVA", 1, "bridge toll")]),
    ("Latvia will not withdraw its objection to the bridge toll.", [("LVA", -1, "bridge toll")]),
    # "the country" of an office's report is its state
    ("Belgium's environment minister said the country would sign the plastic waste treaty.",
     [("BEL", 1, "plastic waste treaty")]),
    # an act ruled out: "there is no question of X doing Y"
    ("There is no question of Malta joining the border force, the Maltese interior minister said.",
     [("MLT", -1, "joining the border force")]),
    ('"There can be no question of lifting the fishing ban," the Maltese minister said.',
     [("MLT", -1, "lifting the fishing ban")]),
    # doors opened for one's own people; a supply made reliable; a two-word state and its demonym
    ("The new university fund will open doors for thousands of Bhutanese students, the Bhutanese education "
     "ministry said.", [("BTN", 1, "university fund")]),
    ("The undersea cable would make Malta's internet supply more reliable, the Maltese communications ministry "
     "said.", [("MLT", 1, "undersea cable")]),
    ("The ban on drift nets will protect Sri Lanka's fishermen, the Sri Lankan fisheries ministry said.",
     [("LKA", 1, "ban on drift nets")]),
    # the backing of the speaker named by a pronoun
    ("Albania's prime minister visited the dam on Thursday. He said the canal project had his full support.",
     [("ALB", 1, "canal project")]),
    ("The Maltese president said the canal project had her backing.", [("MLT", 1, "canal project")]),
    # a negated hesitation is no refusal
    ("Accra did not hesitate to back the new grain levy.", [("GHA", 1, "grain levy")]),
    # "Y is (not) what we need": a label by the speaker
    ('"The new ferry subsidy is exactly what our islands need," the Greek shipping minister said.',
     [("GRC", 1, "ferry subsidy")]),
    ('"The new ferry subsidy is not what our islands need," the Greek shipping minister said.',
     [("GRC", -1, "ferry subsidy")]),
])
def test_reword9_more_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert_stances(doc, stances)
    assert all(s.polarity == stances[0][1] for s in doc._.sm_stances), doc._.sm_stances


@pytest.mark.parametrize("text", [
    "Analysts said the country would sign the plastic waste treaty.",  # no office speaks for it
    "A UN envoy said the country would sign the plastic waste treaty.",
    # another state's fishermen; a storm opens no doors as a plan would
    "The ban on drift nets will protect Sri Lanka's fishermen, the Indian fisheries ministry said.",
    "The storm will open doors for looters, the police said.",
    # what nature gives, or others need, is no label; no speaker, no holder
    '"Rain is exactly what our farmers need," the Greek farming minister said.',
    '"The new ferry subsidy is exactly what the rebels need," the Greek shipping minister said.',
    "The new ferry subsidy is exactly what we need.",
    # no doubt is no refusal
    "There is no question about the result of the vote, the Maltese election board said.",
    "There is no question that the border force is needed, the Maltese minister said.",
])
def test_the_country_of_no_office_holds_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def test_pronoun_for_a_plan_keeps_what_it_is_for(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Peru unveiled its plan for a coastal highway on Monday. Chile rejected it the next day.")
    assert_stances(doc, [("CHL", -1, "plan for a coastal highway")])
    assert [p for x, y, p in _pairs(doc) if has_key(x, "CHL") and has_key(y, "PER")] == [-1], _pairs(doc)


def test_pronoun_for_an_offer_made_aligns_with_its_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Peru made an offer of joint naval drills on Monday. Chile welcomed it the same day.")
    assert_stances(doc, [("CHL", 1, "offer of joint naval drills")])
    assert [p for x, y, p in _pairs(doc) if has_key(x, "CHL") and has_key(y, "PER")] == [1], _pairs(doc)


def test_what_we_need_aligns_with_the_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('"Chile\'s offer of naval drills is exactly what we need," the Peruvian defence minister said.')
    assert_stances(doc, [("PER", 1, "offer of naval drills")])
    assert [p for x, y, p in _pairs(doc) if has_key(x, "PER") and has_key(y, "CHL")] == [1], _pairs(doc)
