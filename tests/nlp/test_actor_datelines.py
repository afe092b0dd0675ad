"""A dateline's place in capitals ("CARACAS, March 4 (Agency) -", "JERUSALEM (AP) —", "KABUL,
Afghanistan, Sept. 8 -") says where the story was filed: no actor of the actors stage
(nlp/common/datelines.py). The country after the city stays (the story's setting); a place in
title case at the head of a paragraph, or a dash after a subject, is no dateline.

Sentences written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from stancemap.nlp.common.datelines import dateline_places

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "places"), [
    ("CARACAS, March 4 (Reuters) - Venezuela rejected the report.", ["CARACAS"]),
    ("JERUSALEM (AP) — Israel's cabinet approved the plan.", ["JERUSALEM"]),
    ("KABUL, Afghanistan, Sept. 8 (Reuters) - The council met.", ["KABUL"]),
    ("MEXICO CITY — Mexico rejected the demand.", ["MEXICO CITY"]),
    ("The talks ended.\n\nNAIROBI, Kenya — Kenya backed the plan.", ["NAIROBI"]),
    # no dateline: title case, a subject before an aside, capitals inside a sentence, no closing dash
    ("Tehran, May 3 - Iran rejected the report.", []),
    ("Iran - which denies the charge - rejected the report.", []),
    ("The talks ended. NATO said nothing.", []),
    ("NATO ALLIES MEET IN OSLO", []),
    ("NATO - The alliance rejected the plan.", []),
    ("IAEA: Iran has enriched more uranium.", []),
    ("NATO: Russia must withdraw its troops from the border.", []),
    ("IAEA: Iran must allow inspectors back, Grossi says", []),
    ("BRUSSELS: Ministers met on Monday.", []),
    ("LIMA, May 3 (Reuters): Peru backed the plan.", ["LIMA"]),
])
def test_dateline_places(nlp_base, text, places) -> None:
    doc = nlp_base(text)
    assert [doc[s:e].text for s, e in dateline_places(doc)] == places


def test_a_headline_speaker_in_capitals_stays_an_actor(nlp) -> None:
    for text, aid in (("NATO: Russia must withdraw its troops from the border.", "IGO:NATO"),
                      ("IAEA: Iran must allow inspectors back, Grossi says", "IGO:IAEA")):
        assert aid in {a.id for a in nlp(text)._.sm_actors}


def test_a_dateline_city_is_no_actor_and_its_country_stays(nlp) -> None:
    doc = nlp("KABUL, Afghanistan, Sept. 8 (Reuters) - The Taliban rejected the demand by Pakistan to close the camps.")
    names = {a.id: [m.text for m in a.mentions] for a in doc._.sm_actors}
    assert not any("KABUL" in ms for ms in names.values())
    assert names["AFG"] == ["Afghanistan"]
    doc = nlp("JERUSALEM (AP) — Israel's prime minister said the government rejected the proposal by Egypt.")
    assert not any(m.text == "JERUSALEM" for a in doc._.sm_actors for m in a.mentions)
