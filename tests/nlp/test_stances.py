"""Stance and alignment rules on sentences written for these tests (real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _run(nlp, text: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    stances = [(s.actor, s.polarity, s.target) for s in doc._.sm_stances]
    aligns = [(frozenset((a.a, a.b)), a.polarity) for a in doc._.sm_alignments]
    return doc, stances, aligns


def test_rejected_proposal_gives_two_stances_and_an_alignment(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, stances, aligns = _run(nlp, "France rejected Germany's proposal for a new carbon tax.")
    assert ("FRA", -1, "Germany's proposal for a new carbon tax") in stances
    assert ("DEU", 1, "a new carbon tax") in stances
    assert aligns == [(frozenset({"FRA", "DEU"}), -1)]
    st = doc._.sm_stances[0]
    assert st.cue is not None and st.cue.text == "rejected"
    assert st.evidence.text == doc.text and st.issue == "climate"
    assert st.id == "st1" and doc._.sm_alignments[0].id == "al1"


def test_holder_is_the_subject_not_the_reporter(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, _ = _run(nlp, "Spain will back the reform plan, its prime minister said on Monday.")
    assert [(a, p) for a, p, _ in stances] == [("ESP", 1)]


@pytest.mark.parametrize("text", [
    "Italy may support the plan.",
    "Norway sent troops to Mali last year.",
    "Peru and Chile held talks on Tuesday.",
    "Ghana imposed sanctions on Togo to force out its leader.",
    "Portugal threatened sanctions against Angola.",
    "An advocacy group said border guards beat the migrants.",
    "The president of Chile agreed to resign.",
    "Austria would consider sending more troops.",
    "Poland asked whether the plan would work.",
    "Kenya's president denied that he had rejected the deal.",
])
def test_no_stance_without_an_asserted_cue(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, stances, aligns = _run(nlp, text)
    assert stances == [] and aligns == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt said Israel must withdraw its troops from Gaza.", ("EGY", 1, "Israel withdrawing its troops from Gaza")),
    ("Canada will not lift the sanctions on Iran.", ("CAN", -1, "lifting the sanctions on Iran")),
    ("Norway refused to send troops to Mali.", ("NOR", -1, "sending troops to Mali")),
    ("Greece is opposed to sanctions on Turkey.", ("GRC", -1, "sanctions on Turkey")),
    ("The minister said Kenya was ready to host the talks.", ("KEN", 1, "hosting the talks")),
    ("Japan pledged to cut emissions by half.", ("JPN", 1, "cutting emissions by half")),
    ("North Korea vowed not to give up its nuclear weapons.", ("PRK", -1, "giving up its nuclear weapons")),
    ("Serbia said it would never recognise Kosovo's independence.", ("SRB", -1, "recognising Kosovo's independence")),
    ("Lebanon appealed to the international community for aid.", ("LBN", 1, "aid")),
])
def test_demands_refusals_and_readiness(nlp, text: str, expected: tuple[str, int, str]) -> None:  # type: ignore[no-untyped-def]
    _, stances, _ = _run(nlp, text)
    assert expected in stances


def test_joint_agreement_splits_holders_and_aligns_them(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, aligns = _run(nlp, "Brazil and Argentina agreed to cut tariffs on steel.")
    assert {(a, p) for a, p, _ in stances} == {("BRA", 1), ("ARG", 1)}
    assert aligns == [(frozenset({"BRA", "ARG"}), 1)]


def test_explicit_similarity_and_disagreement(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, stances, aligns = _run(nlp, "The Netherlands and Belgium share a similar position on migration.")
    assert aligns == [(frozenset({"NLD", "BEL"}), 1)] and stances == []
    assert doc._.sm_alignments[0].issue == "migration"
    _, stances, aligns = _run(nlp, "India and Pakistan disagreed on Kashmir.")
    assert aligns == [(frozenset({"IND", "PAK"}), -1)] and stances == []


def test_accusation_target_and_alignment(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, aligns = _run(nlp, "Poland accused Belarus of pushing migrants across the border.")
    assert stances == [("POL", -1, "Belarus pushing migrants across the border")]
    assert aligns == [(frozenset({"POL", "BLR"}), -1)]


def test_hedging_lowers_strength(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Sweden has reportedly accepted the offer.")
    (st,) = doc._.sm_stances
    assert st.actor == "SWE" and st.polarity == 1 and st.strength < 1.0
    doc = nlp("Britain is reportedly opposed to the plan.")
    (st,) = doc._.sm_stances
    assert (st.actor, st.polarity, st.target) == ("GBR", -1, "the plan") and st.strength < 1.0


def test_negation_flips_polarity(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, _ = _run(nlp, "Nigeria said it did not support the coup.")
    assert stances == [("NGA", -1, "the coup")]
    _, stances, _ = _run(nlp, "Neither France nor Germany supports the plan.")
    assert {(a, p) for a, p, _ in stances} == {("FRA", -1), ("DEU", -1)}


def test_consensus_complaint_and_criticism_for(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, aligns = _run(nlp, "Portugal and Spain have reached a consensus on water sharing.")
    assert aligns == [(frozenset({"PRT", "ESP"}), 1)]
    _, stances, aligns = _run(nlp, "Argentina lodged a formal complaint against Britain over the Falklands.")
    assert ("ARG", -1, "Britain") in stances and aligns == [(frozenset({"ARG", "GBR"}), -1)]
    _, stances, _ = _run(nlp, "Denmark criticised Norway for allowing the drilling.")
    assert ("DNK", -1, "Norway allowing the drilling") in stances


def test_discovered_issues_group_related_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile welcomed the new lithium royalties, but Bolivia rejected the lithium royalties.")
    issues = {s.actor: s.issue for s in doc._.sm_stances}
    assert issues["CHL"] == issues["BOL"] and issues["CHL"].startswith("auto:")
    pids = {s.proposition_id for s in doc._.sm_stances}
    assert len(pids) == 1


def test_author_of_a_call_and_purpose_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, aligns = _run(nlp, "Chile dismissed appeals by Bolivia's leaders for a share of the river.")
    assert ("CHL", -1, "appeals by Bolivia's leaders for a share of the river") in stances
    assert any(p == 1 and t == "a share of the river" for _, p, t in stances)
    assert len(aligns) == 1 and aligns[0][1] == -1
    _, stances, _ = _run(nlp, "Ghana summoned the Dutch consul to complain about his tweets.")
    assert ("GHA", -1, "his tweets") in stances
    _, stances, _ = _run(nlp, "Washington urged Beijing to condemn the attack.")
    assert all(p == 1 for _, p, _ in stances) and len(stances) == 1


def test_support_for_an_actor_and_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, _ = _run(nlp, "Russia's support for Assad has angered the West.")
    assert [s for s in stances if s[0] == "RUS"] == [("RUS", 1, "Assad")]
    assert {(p, t) for a, p, t in stances if a != "RUS"} == {(-1, "Russia's support for Assad")}  # the West's anger
    _, stances, _ = _run(nlp, "According to the Kenyan foreign ministry, Somalia must withdraw its claim.")
    assert [(p, t) for _, p, t in stances] == [(1, "Somalia withdrawing its claim")]
    _, stances, aligns = _run(nlp, "Sweden supports Ukraine's territorial integrity.")
    assert stances == [("SWE", 1, "Ukraine's territorial integrity")]
    assert aligns == [(frozenset({"SWE", "UKR"}), 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow described the sanctions as economic warfare.", ("RUSGOV", -1, "the sanctions")),
    ("Tehran called the attack a cowardly act.", ("IRNGOV", -1, "the attack")),
    ("Cairo called the agreement a historic step.", ("EGYGOV", 1, "the agreement")),
])
def test_characterisations(nlp, text: str, expected: tuple[str, int, str]) -> None:  # type: ignore[no-untyped-def]
    _, stances, _ = _run(nlp, text)
    assert [(p, t) for _, p, t in stances] == [expected[1:]]


def test_holders_and_partners_named_by_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile's President, Gabriel Boric, opposed a fishing accord endorsed by his predecessor Sebastian Pinera.")
    persons = {a.id: a for a in doc._.sm_actors if a.type == "person"}
    by_actor = {s.actor: s.polarity for s in doc._.sm_stances}
    if len(persons) < 2:
        pytest.skip("the actors stage does not recognise both persons")
    boric = next(a for a in persons if "boric" in a)
    pinera = next(a for a in persons if "pinera" in a)
    assert by_actor.get(boric) == -1 and by_actor.get(pinera) == 1
    assert any({al.a, al.b} == {boric, pinera} and al.polarity == -1 for al in doc._.sm_alignments)


def test_received_support_and_poll_shares(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, aligns = _run(nlp, "The Turkish proposal won the support of Germany.")
    assert [(a, p) for a, p, _ in stances] == [("DEU", 1)]
    _, stances, _ = _run(nlp, "Five percent support the Green Party's candidate in Germany.")
    assert stances == []
    _, stances, _ = _run(nlp, "Austria called its vote in favour of the Greek plan a mistake.")
    assert all(p == -1 for _, p, _ in stances)


def test_more_alignment_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, pair, pol in [
        ("Poland stands in solidarity with Lithuania.", {"POL", "LTU"}, 1),
        ("Hungary refused to comply with the European Commission's demands.", None, -1),
        ("Israel agreed to Egypt's proposal for a truce.", {"ISR", "EGY"}, 1),
        ("Estonia echoed Latvia's concerns about Russian troop movements.", {"EST", "LVA"}, 1),
        ("Ireland disagreed with Britain over the border.", {"IRL", "GBR"}, -1),
    ]:
        _, _, aligns = _run(nlp, text)
        assert len(aligns) == 1 and aligns[0][1] == pol, text
        if pair is not None:
            assert aligns[0][0] == frozenset(pair), text


def test_scoped_theme_uses_the_place_not_the_author(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Israel agreed to Egypt's proposal for a truce.")
    assert all("@EGY" not in s.issue for s in doc._.sm_stances)


def test_user_issue_catalogue_through_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from stancemap.api import analyze
    from stancemap.settings import Settings

    cat = tmp_path / "mine.yaml"
    cat.write_text("issues:\n  - id: lithium\n    label: Lithium royalties\n    kind: region\n"
                   "    aliases: [lithium]\n", encoding="utf-8")
    art = analyze("Chile welcomed the new lithium royalties.", settings=Settings(issue_catalogues=(str(cat),)))
    assert [s.issue for s in art.stances] == ["lithium"]
    assert art.stances[0].issue_label == "Lithium royalties"


def test_inverted_accusation_after_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Serbian police beat protesters in Belgrade, Amnesty International charged on Monday.")
    (st,) = doc._.sm_stances
    assert st.polarity == -1 and st.target == "Serbian police beat protesters in Belgrade"
    assert st.cue is not None and st.cue.text == "charged"
    (al,) = doc._.sm_alignments
    assert al.a == st.actor and al.polarity == -1


def test_relational_possessor_is_not_the_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Brazil's former president Jair Bolsonaro said he would never endorse his successor, Luiz Inacio Lula.")
    persons = [a.id for a in doc._.sm_actors if a.type == "person"]
    if len(persons) < 2:
        pytest.skip("the actors stage does not recognise both persons")
    assert all(al.a != al.b for al in doc._.sm_alignments)
    assert any(al.polarity == -1 for al in doc._.sm_alignments)


def test_reported_predicate_labels(nlp) -> None:  # type: ignore[no-untyped-def]
    _, stances, _ = _run(nlp, "Kenya said the election was a sham.")
    assert stances == [("KEN", -1, "the election")]
    _, stances, _ = _run(nlp, "The talks were constructive, the Chinese foreign minister said.")
    assert [(p, t) for _, p, t in stances] == [(1, "The talks")]
    _, stances, _ = _run(nlp, "The weather in Chile was nasty on Monday.")
    assert stances == []
