"""Coding conventions that depend on the target, mood for relation events, and the type model's
cross-validation (sentences written here)."""

from __future__ import annotations

import pytest

from stancemap.nlp.events.component import extract_events
from stancemap.nlp.events.training import cross_validate
from tests.nlp.test_events import _doc

pytestmark = pytest.mark.model


def _pairs(nlp_base, text: str, mentions: dict[str, str]) -> dict[tuple[str | None, str | None], str]:
    return {(e.source, e.target): e.cameo for e in extract_events(_doc(nlp_base, text, mentions))}


@pytest.mark.parametrize(("text", "mentions", "pair", "code"), [
    # an appeal for a hostile act: opposition towards the party it would hit ...
    ("Estonia called for sanctions against Belarus over the flights.", {"Estonia": "EST", "Belarus": "BLR"},
     ("EST", "BLR"), "113"),
    ("Denmark demanded an inquiry into Iceland over the whaling permits.", {"Denmark": "DNK", "Iceland": "ISL"},
     ("DNK", "ISL"), "113"),
    # ... but a request to the party asked to act
    ("Latvia urged Finland to impose sanctions on Belarus.",
     {"Latvia": "LVA", "Finland": "FIN", "Belarus": "BLR"}, ("LVA", "FIN"), "020"),
    ("Kenya called on Uganda to release the detained traders.", {"Kenya": "KEN", "Uganda": "UGA"},
     ("KEN", "UGA"), "0253"),
    # a telephone call, and a call to congratulate
    ("Ghana called Togo on Monday.", {"Ghana": "GHA", "Togo": "TGO"}, ("GHA", "TGO"), "041"),
    ("On Tuesday the Peruvian president called Bolivia's leader to congratulate him on his election.",
     {"the Peruvian president": "PERGOV", "Bolivia's leader": "BOLGOV"}, ("PERGOV", "BOLGOV"), "051"),
    # a concession not made is declined in any tense (124)
    ("Hungary did not grant permission to Slovakia for the rally.", {"Hungary": "HUN", "Slovakia": "SVK"},
     ("HUN", "SVK"), "124"),
    # senses the arguments decide: military strikes, a riot, an attack as the purpose of a deployment
    ("The Malian air force carried out strikes on Tuareg positions.", {"The Malian air force": "MLIMIL",
     "Tuareg": "TUAREB"}, ("MLIMIL", "TUAREB"), "190"),
    ("Thousands of students clashed with Chilean police in Santiago.", {"students": "CHLEDU",
     "Chilean police": "CHLCOP"}, ("CHLEDU", "CHLCOP"), "145"),
    ("The Rwandan government halted the work of Oxfam.", {"The Rwandan government": "RWAGOV", "Oxfam": "NGO"},
     ("RWAGOV", "NGO"), "172"),
    ("Militants detained two Chinese engineers.", {"Militants": "UAF", "Chinese engineers": "CHN"},
     ("UAF", "CHN"), "181"),
    ("Nigerian police detained two Chinese engineers.", {"Nigerian police": "NGACOP", "Chinese engineers": "CHN"},
     ("NGACOP", "CHN"), "173"),
    ("Serbia sent jets to bomb Kosovo's airfields.", {"Serbia": "SRB", "Kosovo": "XKX"}, ("SRB", "XKX"), "195"),
])
def test_target_conventions(nlp_base, text, mentions, pair, code):
    got = _pairs(nlp_base, text, mentions)
    assert got.get(pair) == code, got


def test_relation_events_take_mood(nlp_base):
    # "airlift" is no lexicon verb: the model types it (AID, 070); announced it is an intent (033),
    # announced as not done a rejection (122), not done in the past a negated act
    m = {"Kenya": "KEN", "Somalia": "SOM"}
    assert _pairs(nlp_base, "Kenya airlifted tents to Somalia.", m) == {("KEN", "SOM"): "070"}
    assert _pairs(nlp_base, "Kenya will airlift tents to Somalia.", m) == {("KEN", "SOM"): "033"}
    assert _pairs(nlp_base, "Kenya will not airlift tents to Somalia.", m) == {("KEN", "SOM"): "122"}
    (ev,) = extract_events(_doc(nlp_base, "Kenya did not airlift tents to Somalia.", m))
    assert ev.cameo == "070" and ev.negated


def test_cross_validation_on_a_separable_toy_set():
    data = [(["v=shell", "path=obj"], "ASSAULT"), (["v=praise", "path=obj"], "SUPPORT"),
            (["v=live", "path=prep:in"], "NONE")] * 5
    cv = cross_validate(data, folds=5)
    assert cv["examples"] == 15 and cv["accuracy"] == 1.0 and cv["macro_f1"] == 1.0
    assert cv["per_label"] == {"ASSAULT": 1.0, "NONE": 1.0, "SUPPORT": 1.0}
