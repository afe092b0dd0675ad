"""Event coding on sentences written for these tests (real model parse, stage functions only)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from stancemap.nlp.common.extensions import register_extensions
from stancemap.nlp.events.component import EventOptions, extract_events

pytestmark = pytest.mark.model


def _doc(nlp_base, text: str, mentions: dict[str, str] | None = None, date: str | None = None) -> Doc:
    """Parse ``text`` and give it a hand-built actor index: surface string -> actor id."""
    from stancemap.records import Actor

    register_extensions()
    doc = nlp_base(text)
    mentions = mentions or {}
    index = []
    for surface, aid in mentions.items():
        start = 0
        while (i := text.find(surface, start)) >= 0:
            index.append((i, i + len(surface), aid))
            start = i + 1
    doc._.sm_mentions = sorted(index)
    doc._.sm_actors = [Actor(id=a, name=a, type="state", code=a) for a in sorted(set(mentions.values()))]
    doc._.sm_statements = []
    doc._.sm_meta = {"date": date} if date else {}
    return doc


def _codes(doc: Doc, **kw) -> list[str]:
    return [e.cameo for e in extract_events(doc, options=EventOptions(**kw))]


@pytest.mark.parametrize(("text", "root"), [
    ("The Peruvian president met his Chilean counterpart in Lima on Tuesday.", "04"),
    ("Norway offered to mediate between the government and the rebels.", "03"),
    ("The foreign minister urged both sides to halt the fighting.", "02"),
    ("The rebels rejected the proposal for new talks.", "12"),
    ("Kenya threatened to cut diplomatic ties with Somalia.", "13"),
    ("The opposition leader condemned the killing of protesters.", "11"),
    ("Police arrested twelve opposition activists in the capital.", "17"),
    ("Government troops shelled rebel positions near the border.", "19"),
    ("Japan will provide emergency food aid to the flood victims.", "03"),
    ("The two countries signed a trade agreement on Monday.", "05"),
    ("Thousands of students demonstrated outside the parliament.", "14"),
    ("The council imposed sanctions on the junta.", "16"),
])
def test_roots_of_simple_events(nlp_base, text, root):
    codes = _codes(_doc(nlp_base, text))
    assert codes, text
    assert codes[0][:2] == root


def test_topic_refines_framing_verbs(nlp_base):
    assert _codes(_doc(nlp_base, "The envoy called for an immediate ceasefire.")) == ["0256"]
    assert _codes(_doc(nlp_base, "Ankara threatened to impose economic sanctions on Damascus.")) == ["1312"]
    assert _codes(_doc(nlp_base, "The militia refused to free the captured journalists.")) == ["1243"]
    assert _codes(_doc(nlp_base, "Cairo said it was ready to host the negotiations.")) == ["036"]


def test_source_and_target_from_actor_mentions(nlp_base):
    doc = _doc(nlp_base, "Brazil criticized Argentina over the new tariffs.",
               {"Brazil": "BRA", "Argentina": "ARG"}, date="2020-05-01")
    (ev,) = extract_events(doc)
    assert (ev.source, ev.target, ev.source_code, ev.target_code) == ("BRA", "ARG", "BRA", "ARG")
    assert (ev.cameo, ev.cameo_root, ev.plover, ev.goldstein) == ("111", "11", "ACCUSE", -2.0)
    assert ev.date == "2020-05-01"
    assert ev.evidence.text == doc.text[ev.evidence.start:ev.evidence.end]


def test_no_actor_means_null_not_a_guess(nlp_base):
    (ev,) = extract_events(_doc(nlp_base, "The report criticized the decision."))
    assert ev.source is None and ev.source_code is None
    # the thing criticised is kept as the target, with no actor code (docs/events.md)
    assert (ev.target, ev.target_code) == ("thing:decision", None)


def test_unnamed_party_is_a_participant_with_its_sector_only(nlp_base):
    doc = _doc(nlp_base, "The minister criticized the decision.")
    (ev,) = extract_events(doc)
    assert (ev.source, ev.target, ev.source_code, ev.target_code) == ("person:minister", "thing:decision", "GOV", None)
    act, thing = doc._.sm_actors
    assert (act.type, act.sector, act.country, [m.text for m in act.mentions]) == (
        "person", "GOV", None, ["The minister"])
    assert (thing.type, thing.code, [m.text for m in thing.mentions]) == ("other", None, ["the decision"])


def test_symmetric_meeting_of_coordinated_subjects(nlp_base):
    doc = _doc(nlp_base, "Ghana and Togo met in Accra.", {"Ghana": "GHA", "Togo": "TGO", "Accra": "GHA"})
    pairs = {(e.source, e.target) for e in extract_events(doc)}
    assert pairs == {("GHA", "TGO"), ("TGO", "GHA")}


def test_passive_agent_is_the_source(nlp_base):
    doc = _doc(nlp_base, "Mali was attacked by the insurgents.", {"Mali": "MLI", "insurgents": "REB"})
    (ev,) = extract_events(doc)
    assert (ev.source, ev.target, ev.cameo_root) == ("REB", "MLI", "19")


def test_flags(nlp_base):
    (neg,) = extract_events(_doc(nlp_base, "Peru did not sign the treaty."))
    assert neg.negated and not neg.hypothetical
    evs = extract_events(_doc(nlp_base, "Chile could meet the rebels if they disarm.", {"Chile": "CHL"}))
    assert evs and all(e.hypothetical and e.cameo == "040" for e in evs)
    (rep,) = extract_events(_doc(nlp_base, "The spokesman said the army attacked the village."))
    assert rep.reported and rep.cameo == "190"
    assert _codes(_doc(nlp_base, "Peru did not sign the treaty."), include_negated=False) == []


def test_future_visit_is_an_intent_to_meet(nlp_base):
    assert _codes(_doc(nlp_base, "The Indian prime minister will visit Nepal next month.")) == ["036"]


def test_statements_only_when_asked_and_nothing_more_specific(nlp_base):
    doc = _doc(nlp_base, "The minister said the economy was growing.")
    assert _codes(doc) == []
    assert _codes(doc, emit_statements=True) == ["010"]
    doc = _doc(nlp_base, "The minister said the army had attacked the town.")
    assert _codes(doc, emit_statements=True) == ["190"]


def test_plover_scheme_option(nlp_base):
    doc = _doc(nlp_base, "The union demanded higher wages.")
    assert [e.plover for e in extract_events(doc)] == ["REQUEST"]
    assert [e.plover for e in extract_events(doc, options=EventOptions(plover_scheme="0.5"))] == ["DEMAND"]
    with pytest.raises(ValueError):
        EventOptions(plover_scheme="9")


def test_component_writes_doc(nlp):
    doc = nlp("Turkey and Russia held talks in Ankara on Friday.")
    assert doc._.sm_events is not None
    assert [e.cameo_root for e in doc._.sm_events][:1] == ["04"]


def test_mood_recodes_announced_acts(nlp_base):
    # a conditional hostile act is a threat, a refused future meeting a rejection
    (ev,) = extract_events(_doc(nlp_base, "Chile would impose sanctions if the talks fail."))
    assert (ev.cameo, ev.hypothetical) == ("1312", False)
    assert _codes(_doc(nlp_base, "The president will not meet the opposition leaders.")) == ["125"]
    assert _codes(_doc(nlp_base, "The rebels are not willing to release the hostages.")) == ["1243"]


def test_obligation_in_reported_speech_is_a_demand(nlp_base):
    doc = _doc(nlp_base, "The minister said Iraq must release the prisoners.", {"Iraq": "IRQ"})
    (ev,) = extract_events(doc)
    assert (ev.cameo, ev.target) == ("1053", "IRQ")


def test_background_clauses_yield_to_the_main_event(nlp_base):
    codes = _codes(_doc(nlp_base, "Rebels who had attacked the town last year signed a peace accord."))
    assert codes == ["057"]


def test_protest_purpose_refines_the_code(nlp_base):
    assert _codes(_doc(nlp_base, "Thousands of workers marched in the capital to demand higher wages.")) == ["1412"]
    assert _codes(_doc(nlp_base, "Students blocked the main highway to demand the mayor's resignation.")) \
        == ["1441"]


def test_place_is_a_fallback_target_but_not_for_joint_events(nlp_base):
    m = {"Ghana": "GHA", "Togo": "TGO", "Mali": "MLI"}
    pairs = {(e.source, e.target) for e in extract_events(_doc(nlp_base, "Ghana and Togo met in Mali.", m))}
    assert pairs == {("GHA", "TGO"), ("TGO", "GHA")}
    (ev,) = extract_events(_doc(nlp_base, "Ghana lifted the curfew in Togo.", m))
    assert (ev.source, ev.target, ev.cameo) == ("GHA", "TGO", "0813")


def test_pronoun_subject_under_speech_is_the_speaker(nlp_base):
    doc = _doc(nlp_base, "Peru said it would send peacekeepers to Haiti.", {"Peru": "PER", "Haiti": "HTI"})
    (ev,) = extract_events(doc)
    assert (ev.source, ev.target, ev.cameo, ev.reported) == ("PER", "HTI", "0334", True)


@pytest.mark.parametrize("text", [
    "The minister warned that inflation would rise next year.",
    "The spokesman offered no further details.",
    "The company met its sales target this year.",
    "The club fired its coach after the defeat.",
])
def test_non_event_uses_are_not_coded(nlp_base, text):
    assert _codes(_doc(nlp_base, text)) == []


def test_verbal_attack_and_deals(nlp_base):
    assert _codes(_doc(nlp_base, "The senator attacked the government's budget plan.")) == ["111"]
    assert _codes(_doc(nlp_base, "The two parties struck a deal on Monday.")) == ["057"]


def test_occurrence_nouns_and_settings(nlp_base):
    m = {"Armenian": "ARM", "Azerbaijani": "AZE"}
    doc = _doc(nlp_base, "Heavy clashes erupted between Armenian and Azerbaijani troops on Sunday.", m)
    assert [e.cameo_root for e in extract_events(doc)][:1] == ["19"]
    doc = _doc(nlp_base, "Oslo said at a joint press conference with Lima that trade was growing.",
               {"Oslo": "NOR", "Lima": "PER"})
    assert {(e.source, e.target, e.cameo) for e in extract_events(doc)} >= {("NOR", "PER", "040")}


def test_future_negative_acts_and_refusals(nlp_base):
    assert _codes(_doc(nlp_base, "The navy will tighten the blockade of the port.")) == ["1381"]
    assert _codes(_doc(nlp_base, "Jordan will not accept additional migrants from Syria.")) == ["1223"]
    assert _codes(_doc(nlp_base, "The rebels said they would lay down their weapons next month.")) == ["0356"]
