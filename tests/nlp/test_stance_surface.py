"""Positions that survive a broken parse (issue 9, eighth session): label predicates read in word
order (nlp/stances/surface.py), labels the parser made the head of their clause, feeling
participles, passive accusations, norms broken in a reported clause, nominalisations with a late
agent or a carrier noun, possessors that never end a target, phrase cues under refusal. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .stance_checks import assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # label verbs whose small clause the parser breaks: object, then "as" or the label
    ("Malta labelled the new port levy misguided.", [("MLT", -1, "port levy")]),
    ("Valletta described the harbour treaty as credible.", [("MLT", 1, "harbour treaty")]),
    ("Iceland called the decision to cut the quota a serious blunder.", [("ISL", -1, "decision to cut the quota")]),
    ("Estonia called the ferry subsidy a relic of another era.", [("EST", -1, "ferry subsidy")]),
    ("Latvia greeted the grain deal as a step in the right direction.", [("LVA", 1, "grain deal")]),
    ("Oslo called the arbitration ruling a landmark.", [("NOR", 1, "arbitration ruling")]),
    ("Bern portrayed the tariffs as economic coercion.", [("CHE", -1, "tariffs")]),
    # a label heading its clause ("was" parsed as its auxiliary)
    ("The plan to close the crossing is misguided, Jordan said.", [("JOR", -1, "plan to close the crossing")]),
    # feelings parsed as passive participles: the one who feels holds it
    ("Fiji said it was appalled by the shelling of the port.", [("FJI", -1, "shelling of the port")]),
    ("Samoa was pleased by the outcome of the vote.", [("WSM", 1, "outcome of the vote")]),
    # a passive accusation keeps its charge
    ("Laos was accused by Thailand of diverting the river.", [("THA", -1, "diverting the river")]),
    # a thing that breaks a norm, reported
    ("The dam project violates the river treaty, Cambodia said.", [("KHM", -1, "dam project")]),
    # nominalisations: a late agent, "joined in", a carrier noun, a possessor inside the target
    ("The rejection of the salmon quota by Iceland surprised no one.", [("ISL", -1, "salmon quota")]),
    ("Peru joined in the condemnation of the missile test.", [("PER", -1, "missile test")]),
    ("Kenya gave its seal of approval to the ocean fund.", [("KEN", 1, "ocean fund")]),
    ("Chile made its rejection of the miners' offer public.", [("CHL", -1, "miners' offer")]),
    # the content of a rejected call
    ("Kuwait rebuffed calls to cut gas exports.", [("KWT", -1, "cut gas exports")]),
    # "The US said it ...": a name, not the pronoun "us"
    ("The US said it would vote against the fishing ban.", [("USA", -1, "fishing ban")]),
]

NONE: list[str] = [
    # no naming: a relative "what X called", seeing an act, an act in the passive
    "The fund paid for what officials called a pilot scheme.",
    "Tonga saw the council adopt the reform its leaders championed.",
    "The licence of the operator will be revoked.",
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_positions_through_broken_parses(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", NONE)
def test_lookalikes_give_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert nlp(text)._.sm_stances == []


def test_refusal_keeps_the_inner_phrase_from_its_own_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Slovenia refused to sign up to the ammunition plan.")
    assert [(s.polarity, s.target) for s in doc._.sm_stances] == [(-1, "signing up to the ammunition plan")]


GIVEN_AND_SEATED: list[tuple[str, list[S]]] = [
    # "give <thing> to X" said with two objects
    ("Peru gave the lithium plan the green light.", [("PER", 1, "lithium plan")]),
    ("Chile gave the fishing proposal short shrift.", [("CHL", -1, "fishing proposal")]),
    # the passive of a phrasal cue whose last preposition drops out
    ("The road budget was signed off by Lima.", [("PER", 1, "road budget")]),
    # a passive cue with no agent, held by the seat of government it names
    ("The ferry plan was welcomed in Oslo.", [("NOR", 1, "ferry plan")]),
    ("The border talks are frowned upon in Hanoi.", [("VNM", -1, "border talks")]),
    # idioms of the frame lexicon
    ("Chile would not put its name to the declaration.", [("CHL", -1, "declaration")]),
    ("Peru dissociated itself from the communique.", [("PER", -1, "communique")]),
    ("Ecuador found fault with the audit.", [("ECU", -1, "audit")]),
]


@pytest.mark.parametrize(("text", "stances"), GIVEN_AND_SEATED, ids=[c[0][:40] for c in GIVEN_AND_SEATED])
def test_given_phrases_and_seats(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", ["The envoy was welcomed in Oslo.", "The ferry plan was rejected in Bergen.",
                                  "The proposal was voted down in Parliament."])
def test_receptions_and_towns_give_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert nlp(text)._.sm_stances == []


NEEDS_AND_LABELS: list[tuple[str, list[S]]] = [
    ("A new audit is needed, Ecuador said.", [("ECU", 1, "new audit")]),
    ("Peru said a full recount was required.", [("PER", 1, "full recount")]),
    ("Chile called the claims unfounded.", [("CHL", -1, "claims")]),
    ("Bolivia is keen on the rail link.", [("BOL", 1, "rail link")]),
]


@pytest.mark.parametrize(("text", "stances"), NEEDS_AND_LABELS, ids=[c[0][:40] for c in NEEDS_AND_LABELS])
def test_needs_and_labels(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    "Visas are required for entry.",
    "More troops are needed to guard the border, the general said.",
    "The mayor gave an angry talk at the club.",
    "The plan would give farmers a large tax credit.",
    "The bank gave the firm a short loan.",
])
def test_facts_and_gifts_give_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert nlp(text)._.sm_stances == []


ROUND_FOUR: list[tuple[str, list[S]]] = [
    # a hyphenated label is one word: its parts carry no sign ("one-sided" is no "side with")
    ("Rabat described the audit as one-sided.", [("MAR", -1, "audit")]),
    ("Quito called the levy short-sighted.", [("ECU", -1, "levy")]),
    # an active verb's "by" the parser took for an agent
    ("Lima abided by the arbitration award.", [("PER", 1, "arbitration award")]),
    # joining an agreement or a call takes its side
    ("Fiji joined the ocean pact.", [("FJI", 1, "ocean pact")]),
    # a thing received with a feeling
    ("Peru greeted the fishing accord with satisfaction.", [("PER", 1, "fishing accord")]),
    ("Chile received the audit with scepticism.", [("CHL", -1, "audit")]),
    ("Bolivia said it was glad about the rail deal.", [("BOL", 1, "rail deal")]),
]


@pytest.mark.parametrize(("text", "stances"), ROUND_FOUR, ids=[c[0][:40] for c in ROUND_FOUR])
def test_round_four(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy near the border.",
    "The minister has not attacked the companies.",
    "The mayor is glad the storm has passed.",
    "He joined the army at eighteen.",
    "The envoy met the minister with a smile.",
])
def test_round_four_lookalikes_give_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert nlp(text)._.sm_stances == []


def test_alignments_by_joining_and_lining_up(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, a, b in [("Austria joined Hungary in its stance on quotas.", "AUT", "HUN"),
                       ("Vienna lined up with Budapest on quotas.", "AUT", "HUN")]:
        doc = nlp(text)
        pairs = {frozenset(x.lower() for x in (al.a, al.b)) for al in doc._.sm_alignments if al.polarity == 1}
        states = {a2.id: (a2.country or a2.id) for a2 in doc._.sm_actors}
        got = {frozenset(states.get(x, x) for x in (al.a, al.b)) for al in doc._.sm_alignments if al.polarity == 1}
        assert frozenset({a, b}) in got, (text, pairs, got)


def test_would_not_condemn_is_a_refusal_not_support(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Moldova would not condemn the blockade.")
    assert [(s.polarity, s.target) for s in doc._.sm_stances] == [(-1, "condemning the blockade")]


def test_taken_to_task_keeps_the_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp("Kenya took Uganda to task for closing the border."), [("KEN", -1, "uganda closing the border")])


ROUND_SIX: list[tuple[str, list[S]]] = [
    ("Chile pinned the blame for the oil spill on Peru.", [("CHL", -1, "oil spill")]),
    ("Quito voted no on the mining bill.", [("ECU", -1, "mining bill")]),
    ("Lima voted yes on the mining bill.", [("PER", 1, "mining bill")]),
    # "it" in a clause of reason is the main clause's subject
    ("Bolivia left the talks because it rejects the quota.", [("BOL", -1, "quota")]),
]


@pytest.mark.parametrize(("text", "stances"), ROUND_SIX, ids=[c[0][:40] for c in ROUND_SIX])
def test_round_six(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize(("text", "stances"), [
    ("Fiji takes a hard line against deep-sea mining.", [("FJI", -1, "deep-sea mining")]),
    ("Peru adopted a firm position against the quota.", [("PER", -1, "quota")]),
], ids=["hard line", "firm position"])
def test_stance_nouns_against(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_held_lines_are_no_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp("The army held the line against the rebels.")._.sm_stances == []


@pytest.mark.parametrize(("text", "stances"), [
    ("Quito gave the mining code a warm reception.", [("ECU", 1, "mining code")]),
    ("Lima warmly received the fishing accord.", [("PER", 1, "fishing accord")]),
    ("The fishing accord was coolly received in Lima.", [("PER", -1, "fishing accord")]),
    ("Chile gave the tax plan a frosty welcome.", [("CHL", -1, "tax plan")]),
    ("Bolivia waved the rail offer away.", [("BOL", -1, "rail offer")]),
], ids=["warm reception", "warmly received", "coolly received in", "frosty welcome", "waved away"])
def test_receptions_and_particles(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_guests_received_warmly_are_no_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp("The president warmly received the envoy.")._.sm_stances == []


@pytest.mark.parametrize(("text", "stances"), [
    ("Uganda has no problem with the border pact.", [("UGA", 1, "border pact")]),
    ("Uganda has a problem with the border pact.", [("UGA", -1, "border pact")]),
    ("Uganda finds the border pact acceptable.", [("UGA", 1, "border pact")]),
], ids=["no problem", "a problem", "finds acceptable"])
def test_problems_and_findings(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", ["Police found the body in the river.", "The problem with the pact is its cost."])
def test_findings_and_problems_that_are_no_stance(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert nlp(text)._.sm_stances == []


@pytest.mark.parametrize(("text", "stances"), [
    ("Uganda considers that the border pact is unfair.", [("UGA", -1, "border pact")]),
    ("Uganda is up in arms over the border pact.", [("UGA", -1, "border pact")]),
    ("Uganda railed at the border pact.", [("UGA", -1, "border pact")]),
], ids=["considers that", "up in arms", "railed at"])
def test_opinions_and_outrage(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_considering_an_act_is_no_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp("Uganda is considering joining the pact.")._.sm_stances == []


@pytest.mark.parametrize(("text", "stances"), [
    # a wish that a thing be undone is +1 on undoing it (the stance gold's convention; reword13)
    ("Uganda would like to see the tariffs lifted.", [("UGA", 1, "lifting the tariffs")]),
], ids=["like to see X done"])
def test_demands_with_small_clauses(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize(("text", "stances"), [
    ("Uganda is one of the border pact's strongest supporters.", [("UGA", 1, "border pact")]),
    ("The border pact's critics include Uganda.", [("UGA", -1, "border pact")]),
    ("Uganda counts itself among the border pact's backers.", [("UGA", 1, "border pact")]),
], ids=["one of Y's supporters", "Y's critics include X", "counts itself among"])
def test_agent_nouns_with_possessors(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


def test_an_actors_supporters_are_no_stance_of_the_included(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp("Peru's supporters include Chile.")._.sm_stances == []


@pytest.mark.parametrize(("text", "stances"), [
    ("There will be no lifting of the embargo, Uganda said.", [("UGA", -1, "lifting of the embargo")]),
    ("Uganda said there would be no concessions on the lake.", [("UGA", -1, "concessions on the lake")]),
], ids=["there will be no", "said there would be no"])
def test_there_will_be_no(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", ["There will be no rain tomorrow, Uganda said.",
                                  "There was no agreement, Uganda said.",
                                  "Uganda said there would be no end to the fighting."])
def test_there_is_no_fact_or_forecast(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert nlp(text)._.sm_stances == []


def test_label_words_sign_filters_by_keyword() -> None:
    from stancemap.nlp.stances.lexicon import lexicon
    from stancemap.nlp.stances.surface import label_words_sign

    lex = lexicon()
    assert label_words_sign({"absurd", "achievable"}, lex) == 0  # both label lists: they disagree
    assert label_words_sign({"absurd", "achievable"}, lex, mixed=-1) == -1  # the negative one first
    assert label_words_sign({"justify"}, lex) == 1 and label_words_sign({"justify"}, lex, not_verbs={"justify"}) == 0
    assert label_words_sign({"adversary"}, lex) == -1 and label_words_sign({"adversary"}, lex, people=False) == 0


@pytest.mark.parametrize(("text", "stances"), [
    # adjectives the "drew a ... response" rule now shares with the "gave Y a ... welcome" rule and back
    ("The levy on timber drew a sceptical response from Quito.", [("ECU", -1, "levy")]),
    ("The rail offer drew a lukewarm reaction from Lima.", [("PER", -1, "rail offer")]),
    ("Chile gave the tax plan a scathing reception.", [("CHL", -1, "tax plan")]),
    ("Bolivia gave the water treaty a rapturous reception.", [("BOL", 1, "water treaty")]),
], ids=["sceptical response", "lukewarm reaction", "scathing reception", "rapturous reception"])
def test_one_table_of_reception_adjectives(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)
