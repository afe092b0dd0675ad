"""Structural relations, the event type model and PETRARCH verb imports (sentences written here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.errors import DataFileError
from stancemap.nlp.events.component import EventOptions, extract_events
from stancemap.nlp.events.lexicon import default_lexicon, extend_lexicon
from stancemap.nlp.events.petrarch import import_petrarch_verbs, write_verbs
from stancemap.nlp.events.typemodel import NONE, TYPE_CODES, default_model, load_model, train
from tests.nlp.test_events import _doc

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "petrarch_verbs_sample.txt"


# --- the PETRARCH verb importer ----------------------------------------------------------------

def test_import_petrarch_verbs_sample():
    verbs, report = import_petrarch_verbs(SAMPLE)
    assert report.verbs == 10 and report.skipped == {"multi-word verb": 1, "words before the verb": 1}
    assert verbs["fault"][-1] == {"code": "110"}  # the block's code is the verb's default
    assert verbs["refute"][-1] == {"code": "111"}  # a verb's own code wins
    assert {"code": "111", "prep": "for", "obj": ["failure"]} in verbs["dispute"]
    assert {"code": "115", "obj": ["complaint", "lawsuit", "legal case", "suit"]} in verbs["litigate"]
    assert verbs["hand"][-1] == {"code": "080", "particle": "over"}  # HAND_OVER, null block code
    assert {"code": "0841", "obj": ["hostages"], "particle": "over"} in verbs["hand"]
    assert "drop" not in verbs
    # specific patterns come before the default, as the matcher expects
    for pats in verbs.values():
        defaults = [i for i, p in enumerate(pats) if set(p) <= {"code", "particle"}]
        assert defaults == list(range(len(pats) - len(defaults), len(pats)))


def test_imported_verbs_extend_the_lexicon(tmp_path):
    verbs, _ = import_petrarch_verbs(SAMPLE)
    dest = tmp_path / "verbs.yaml"
    write_verbs(verbs, dest, "sample")
    base = default_lexicon()
    lex = extend_lexicon(base, [str(dest)])
    assert "fault" not in base.verbs and lex.verbs["fault"][-1].code == "110"
    assert lex.verbs["summon"][0].prep == "to"
    assert len(lex.verbs) == len(base.verbs) + len(set(verbs) - set(base.verbs))
    bad = tmp_path / "bad.yaml"
    bad.write_text("verbs:\n  fault:\n    - {code: '999'}\n")
    with pytest.raises(DataFileError, match="bad.yaml"):
        extend_lexicon(base, [str(bad)])
    with pytest.raises(DataFileError, match="not found"):
        extend_lexicon(base, [str(tmp_path / "missing.yaml")])


def test_import_verbs_cli(tmp_path):
    from io import StringIO

    from stancemap.cli import main

    out = StringIO()
    assert main(["events", "import-verbs", str(SAMPLE), str(tmp_path / "v.yaml")], out=out) == 0
    assert out.getvalue().startswith("10 verbs, ") and (tmp_path / "v.yaml").is_file()
    assert main(["events", "import-verbs", str(tmp_path / "none.txt"), str(tmp_path / "w.yaml")], out=out) == 2


# --- the type model --------------------------------------------------------------------------

def test_train_is_deterministic_and_learns_a_separable_toy_set():
    data = [(["v=shell", "path=obj"], "ASSAULT"), (["v=praise", "path=obj"], "SUPPORT"),
            (["v=live", "path=prep:in"], NONE)] * 5
    a, b = train(data, epochs=20), train(data, epochs=20)
    assert a.to_json() == b.to_json()
    assert a.predict(["v=shell", "path=obj"])[0] == "ASSAULT"
    assert a.predict(["v=praise", "path=obj"])[0] == "SUPPORT"
    assert a.predict(["v=unseen", "path=obj"]) == (NONE, 1.0)  # nothing lexical known: no event


def test_shipped_model_loads_and_knows_every_type(tmp_path):
    m = default_model()
    assert set(m.labels) == set(TYPE_CODES) | {NONE}
    assert m.predict(["v=bomb", "path=obj", "lex=ASSAULT"])[0] == "ASSAULT"
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({"labels": ["FLY"], "bias": {}, "weights": {}}))
    with pytest.raises(DataFileError, match="FLY"):
        load_model(bad)


# --- relations in sentences ------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "mentions", "pair", "kind"), [
    # a verb outside the lexicon, typed by the model
    ("Lithuania faulted Latvia for the delay.", {"Lithuania": "LTU", "Latvia": "LVA"}, ("LTU", "LVA"), "ACCUSE"),
    # the target as the possessor of the object
    ("Chile refuted Peru's version of events.", {"Chile": "CHL", "Peru": "PER"}, ("CHL", "PER"), "ACCUSE"),
    # a passive agent is the source
    ("The convoy from Niger was shelled by Chad on Monday.", {"Niger": "NER", "Chad": "TCD"},
     ("TCD", "NER"), "ASSAULT"),
])
def test_relations_between_two_actors(nlp_base, text, mentions, pair, kind):
    evs = extract_events(_doc(nlp_base, text, mentions))
    got = {(e.source, e.target): e.plover for e in evs}
    assert got.get(pair) == kind, got


@pytest.mark.model
def test_relations_off_and_no_event_for_non_events(nlp_base):
    m = {"Laos": "LAO", "Vientiane": "LAO:CAP", "Thailand": "THA"}
    doc = _doc(nlp_base, "Lithuania faulted Latvia for the delay.", {"Lithuania": "LTU", "Latvia": "LVA"})
    assert not extract_events(doc, options=EventOptions(relations="off"))
    assert not extract_events(_doc(nlp_base, "The envoy from Laos lives in Thailand.", m))
    with pytest.raises(ValueError, match="relations"):
        EventOptions(relations="maybe")


@pytest.mark.model
def test_imported_verbs_code_a_new_verb(nlp_base, tmp_path):
    verbs, _ = import_petrarch_verbs(SAMPLE)
    dest = tmp_path / "verbs.yaml"
    write_verbs(verbs, dest)
    lex = extend_lexicon(default_lexicon(), [str(dest)])
    doc = _doc(nlp_base, "Kenya airlifted tents to Somalia.", {"Kenya": "KEN", "Somalia": "SOM"})
    (ev,) = extract_events(doc, options=EventOptions(lexicon=lex, relations="off"))
    assert (ev.source, ev.target, ev.cameo) == ("KEN", "SOM", "073")


@pytest.mark.model
def test_shipped_model_is_reproduced_by_training_on_the_shipped_examples(nlp_base):
    from stancemap.nlp.events.training import train_from_file

    model, used, missed = train_from_file(nlp_base)
    assert used >= 800 and len(missed) < 0.1 * (used + len(missed))  # nearly every example has its relation
    assert model.to_json() == default_model().to_json()


@pytest.mark.model
@pytest.mark.parametrize(("text", "mentions", "pair", "kind"), [
    # the giver of what the subject received acts on the subject
    ("Lesotho received food aid from Botswana.", {"Lesotho": "LSO", "Botswana": "BWA"}, ("BWA", "LSO"), "AID"),
    ("Gabon faced sharp criticism from Cameroon over the arrests.", {"Gabon": "GAB", "Cameroon": "CMR"},
     ("CMR", "GAB"), "ACCUSE"),
    # the party behind a weapon or an attack is the source
    ("Rockets fired by Armenia hit Azerbaijan's border posts.", {"Armenia": "ARM", "Azerbaijan": "AZE"},
     ("ARM", "AZE"), "ASSAULT"),
])
def test_receivers_and_weapons(nlp_base, text, mentions, pair, kind):
    got = {(e.source, e.target): e.plover for e in extract_events(_doc(nlp_base, text, mentions))}
    assert got.get(pair) == kind, got
