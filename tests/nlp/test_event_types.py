"""The type decision of the event stage on wordings the lexicon lists by class (issue 15, evtype round;
own sentences, the full pipeline with the real model) and the type model's stance features."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from stancemap.errors import DataFileError
from stancemap.nlp.events.lexicon import default_lexicon
from stancemap.nlp.events.relations import relation_between
from stancemap.nlp.events.training import examples_path, read_examples
from stancemap.nlp.events.typefeatures import (
    _class_types,
    _deverbal_types,
    _phrase_words,
    load_verb_classes,
    type_features,
    verb_classes,
)
from stancemap.nlp.events.typemodel import TYPE_CODES


def _codes(nlp, text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(e.source_code, e.target_code, e.cameo, e.plover) for e in nlp(text)._.sm_events]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # police sent in numbers: a quantity head passes to its "of" noun
    ("Nigeria sent hundreds of police officers to the restive region.", ("NGA", "153", "MOBILIZE")),
    ("Thailand bolstered its military presence along the Cambodian border.", ("THA", "154", "MOBILIZE")),
    ("Kenya beefed up security along its border with Somalia.", ("KEN", "153", "MOBILIZE")),
    ("The Israeli army stepped up its deployment near the Lebanese border.", ("ISRMIL", "154", "MOBILIZE")),
])
def test_raising_forces_in_place_is_mobilisation(nlp, text, expected):
    evs = _codes(nlp, text)
    assert len(evs) == 1
    assert (evs[0][0], evs[0][2], evs[0][3]) == expected


@pytest.mark.model
def test_crowds_throwing_stones_riot_and_taking_to_the_streets_is_a_demonstration(nlp):
    assert [e[1:] for e in _codes(nlp, "Demonstrators threw stones at the Turkish consulate.")] == [
        ("TUR", "145", "PROTEST")]
    assert [e[2:] for e in _codes(nlp, "Students took to the streets against President Maduro.")] == [
        ("141", "PROTEST")]


@pytest.mark.model
def test_an_invasion_is_use_of_force(nlp):
    assert _codes(nlp, "Iraq invaded Kuwait in August 1990.") == [("IRQ", "KWT", "190", "ASSAULT")]


@pytest.mark.model
def test_stance_lexicon_gives_the_verb_and_object_a_polarity_class(nlp):
    lex = default_lexicon()
    text = "Kenya condemned Uganda over the border closure."
    doc = nlp(text)
    rel = relation_between(next(doc.sents), (0, 5), (text.index("Uganda"), text.index("Uganda") + 6))
    assert rel is not None and rel.verb.lemma_ == "condemn"
    assert "stance=-evaluative" in type_features(rel, lex)
    text = "Ghana voiced praise for Togo."
    doc = nlp(text)
    rel = relation_between(next(doc.sents), (0, 5), (text.index("Togo"), text.index("Togo") + 4))
    assert rel is not None
    assert "stanceobj=+evaluative" in type_features(rel, lex)


def test_training_labels_follow_the_plover_2021_conventions():
    exs = read_examples(examples_path())
    labels = Counter(e.label for e in exs)
    assert set(TYPE_CODES) <= set(labels)  # every root is trained
    sanctions = [e for e in exs if " imposed sanctions on " in e.text or " slapped fresh sanctions " in e.text]
    assert sanctions and {e.label for e in sanctions} == {"COERCE"}
    signed = [e for e in exs if " signed a deal with " in e.text or " signed an agreement with " in e.text]
    assert signed and {e.label for e in signed} == {"SUPPORT"}


def test_held_out_batches_share_no_sentence_with_the_training_file():
    train = {e.text for e in read_examples(examples_path())}
    batch2 = read_examples("tests/data/event_types_heldout2.tsv")
    assert len(batch2) == 159
    assert {e.label for e in batch2} == set(TYPE_CODES) | {"NONE"}
    assert not [e.text for e in batch2 if e.text in train]
    batch3 = read_examples("tests/data/event_types_heldout3.tsv")
    assert len(batch3) == 163
    assert {e.label for e in batch3} == set(TYPE_CODES) | {"NONE"}
    assert not [e.text for e in batch3 if e.text in train]
    batch4 = read_examples("tests/data/event_types_heldout4.tsv")
    assert len(batch4) == 160 and Counter(e.label for e in batch4) == {t: 10 for t in (*TYPE_CODES, "NONE")}
    assert not [e.text for e in batch4 if e.text in train]
    batch5 = read_examples("tests/data/event_types_heldout5.tsv")
    assert len(batch5) == 216 and {e.label for e in batch5} == set(TYPE_CODES) | {"NONE"}
    assert not [e.text for e in batch5 if e.text in train]


#: Held-out lines (file, line number; the held-out files are never edited) that near-copy a training
#: line older than the near-copy check (issue 15, evtrain2): known, kept so that no held-out file is
#: edited after it was measured; a new training line must not add to them.
KNOWN_NEAR_COPIES = {
    "event_comm_heldout.tsv": {45, 51},
    "event_pairs_heldout2.tsv": {22, 23},
    "event_pairs_heldout3.tsv": {165, 166},
    "event_types_heldout.tsv": {25, 41, 51, 58, 62},
    "event_types_heldout2.tsv": {19, 53, 55, 77, 98, 112, 119, 123, 129},
    "event_types_heldout3.tsv": {32, 47, 143, 152, 156, 160, 161},
    "event_types_heldout4.tsv": {39, 62, 86, 87, 125, 129, 144, 145, 146, 162},
    "event_types_heldout5.tsv": {42, 91, 108, 181, 185, 203, 204},
    "event_types_heldout6.tsv": {55, 90, 101, 102},
}


def _masked_rows(path) -> list[tuple[int, str]]:
    """(line number, sentence without its {{ }} / [[ ]] marks, lower case) of a TYPE<tab>sentence file."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#") and "\t" in line:
            out.append((n, re.sub(r"\{\{|\}\}|\[\[|\]\]", "", line.split("\t", 1)[1]).lower().strip()))
    return out


def near_copies(held: list[tuple[int, str]], train: list[str], threshold: float = 0.8) -> list[tuple[int, str]]:
    """Held-out rows whose sentence is a near copy of a training sentence (difflib ratio >= threshold;
    pairs sharing under 40% of their words are skipped first, as they cannot reach it)."""
    words = [(t, set(t.split())) for t in train]
    out = []
    for n, h in held:
        hw = set(h.split())
        sm = SequenceMatcher(None, "", h, autojunk=False)
        for t, tw in words:
            if 2 * len(hw & tw) < 0.4 * (len(hw) + len(tw)):
                continue
            sm.set_seq1(t)
            if sm.real_quick_ratio() >= threshold and sm.quick_ratio() >= threshold and sm.ratio() >= threshold:
                out.append((n, t))
                break
    return out


def test_near_copy_check_masks_the_marks_and_finds_rewordings(tmp_path):
    f = tmp_path / "held.tsv"
    f.write_text("# comment\nSANCTION\t{{Peru}} recalled its ambassador from [[Chile]] after the dispute.\n"
                 "SUPPORT\t{{Ghana}} praised [[Togo]] for its handling of the election.\n", encoding="utf-8")
    held = _masked_rows(f)
    assert held[0] == (2, "peru recalled its ambassador from chile after the dispute.")
    train = ["peru recalled its ambassador from chile after the row.", "ghana criticised togo over the vote."]
    assert near_copies(held, train) == [(2, train[0])]


def test_held_out_sentences_are_no_near_copies_of_training_sentences():
    train = [t for _, t in _masked_rows(examples_path())]
    found = {}
    for path in sorted(Path("tests/data").glob("event_*heldout*.tsv")):
        lines = {n for n, _ in near_copies(_masked_rows(path), train)}
        if lines:
            found[path.name] = lines
    # only the known ones (older training lines), and each of them still a near copy
    assert found == KNOWN_NEAR_COPIES
    assert sum(len(v) for v in found.values()) == 48


def _rel_feats(nlp, text: str, source: str, target: str) -> list[str]:
    doc = nlp(text)
    s, t = text.index(source), text.index(target)
    rel = relation_between(next(doc.sents), (s, s + len(source)), (t, t + len(target)))
    assert rel is not None
    return type_features(rel, default_lexicon())


@pytest.mark.model
def test_physical_harm_in_the_verbs_phrase_is_a_feature(nlp):
    with_harm = _rel_feats(nlp, "Police dispersed the marchers with batons and tear gas.", "Police", "the marchers")
    assert "harm" in with_harm
    killing = _rel_feats(nlp, "Soldiers raided the village, killing four people.", "Soldiers", "the village")
    assert "harm" in killing
    without = _rel_feats(nlp, "Police questioned the marchers for hours.", "Police", "the marchers")
    assert "harm" not in without
    reason = _rel_feats(nlp, "Police arrested the driver for killing a cyclist.", "Police", "the driver")
    assert "harm" not in reason  # the reason for an arrest is no harm done by it


@pytest.mark.model
def test_ending_what_the_lexicon_types_is_a_feature_whatever_the_verb(nlp):
    feats = _rel_feats(nlp, "Canada waived the sanctions on Cuba.", "Canada", "Cuba")
    assert "undo=COERCE" in feats
    assert not [f for f in _rel_feats(nlp, "Canada imposed sanctions on Cuba.", "Canada", "Cuba")
                if f.startswith("undo=")]


def test_harm_is_no_evidence_of_an_event_alone():
    from stancemap.nlp.events.typemodel import default_model
    model = default_model()
    assert model.predict(["path=obj", "subj=police", "harm", "tgt=group"])[0] == "NONE"


@pytest.mark.model
def test_demolished_homes_keep_their_cameo_code_and_are_coerce_burned_villages_assault(nlp):
    assert _codes(nlp, "Israeli forces demolished the homes of two Palestinian attackers in the West Bank.") == [
        ("ISRMIL", "PSE", "1712", "COERCE")]
    assert [e[2:] for e in _codes(nlp, "The junta's soldiers burned down villages in Sagaing.")] == [
        ("1712", "ASSAULT")]


@pytest.mark.model
def test_a_modifier_apart_from_its_head_still_names_the_event(nlp):
    from stancemap.nlp.events.match import phrase_keys

    doc = nlp("Indian and Chinese troops held a joint counter-terrorism exercise in Yunnan province.")
    head = next(t for t in doc if t.text == "exercise")
    keys = phrase_keys(head)
    assert keys.index("joint exercise") < keys.index("exercise")
    assert [e[2:] for e in _codes(nlp, doc.text)] == [("062", "COOPERATE"), ("062", "COOPERATE")]
    assert [e[2:] for e in _codes(nlp, "Armenia placed its armed forces on combat readiness.")] == [
        ("152", "MOBILIZE")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Armenia attacked Azerbaijani positions.", ("190", "ASSAULT")),
    ("The army attacked rebel positions near Goma.", ("190", "ASSAULT")),
    ("The senator attacked the president's position on abortion.", ("111", "ACCUSE")),
    ("Vietnam protested to China over the oil rig.", ("114", "ACCUSE")),
    ("Police dispersed the protesters with tear gas in Nairobi.", ("175", "ASSAULT")),
    ("Azerbaijan's president said his country was ready to use force against Armenia.", ("138", "THREATEN")),
])
def test_senses_the_arguments_decide(nlp, text, expected):
    assert [e[2:] for e in _codes(nlp, text)][:1] == [expected]


@pytest.mark.model
def test_an_exchange_of_fire_is_fighting_both_ways(nlp):
    assert _codes(nlp, "India and Pakistan exchanged fire across the border.") == [
        ("IND", "PAK", "190", "ASSAULT"), ("PAK", "IND", "190", "ASSAULT")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Rioters set fire to the parliament building in Nairobi.", ("145", "PROTEST")),
    ("Gunmen torched a police station in Kano.", ("1712", "ASSAULT")),
    ("UN peacekeepers protected civilians in South Sudan.", ("074", "AID")),
    ("China built a hospital in Cambodia.", ("071", "AID")),
])
def test_who_acts_and_on_what_decides_the_sense(nlp, text, expected):
    assert [e[2:] for e in _codes(nlp, text)][:1] == [expected]


def test_verb_classes_are_plover_types_and_bad_lines_are_named(tmp_path):
    classes = verb_classes()
    assert classes["vilify"] == ("ACCUSE",) and classes["implore"] == ("REQUEST",)
    assert classes["boycott"] == ("PROTEST", "REJECT", "SANCTION")  # a verb of several classes gives every hint
    assert classes["back_down"] == ("YIELD",) and classes["balk_at"] == ("REJECT",)  # phrasal and prepositional
    assert {t for ts in classes.values() for t in ts} == set(TYPE_CODES)
    bad = tmp_path / "classes.tsv"
    bad.write_text("# comment\nACCUSE\tvilify\nSCOLD\tberate\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="SCOLD") as err:
        load_verb_classes(bad)
    assert f"{bad}:3" in str(err.value)


@pytest.mark.model
def test_a_class_verb_outside_the_lexicon_gets_its_class_hint(nlp):
    feats = _rel_feats(nlp, "Serbia vilified Croatia over the border dispute.", "Serbia", "Croatia")
    assert "v=vilify" in feats and "vclass=ACCUSE" in feats
    # a lexicon verb keeps its lexicon hints only
    feats = _rel_feats(nlp, "Kenya condemned Uganda over the border closure.", "Kenya", "Uganda")
    assert not [f for f in feats if f.startswith("vclass=")]
    # end to end: typed by the model from the class (no training sentence has the verb)
    assert _codes(nlp, "Serbia vilified Croatia over the border dispute.") == [("SRB", "HRV", "110", "ACCUSE")]


@pytest.mark.model
def test_a_phrasal_or_prepositional_verb_of_the_classes_is_looked_up_first(nlp):
    # "shrug off" is in the classes as a phrase: the phrase decides, whatever the verb alone says
    feats = _rel_feats(nlp, "Hungary shrugged off Brussels' warnings over the budget.", "Hungary", "Brussels")
    assert "vclass=REJECT" in feats
    feats = _rel_feats(nlp, "The Malawian government turned to Zambia for emergency maize.", "Malawian", "Zambia")
    assert "vclass=REQUEST" in feats


@pytest.mark.model
def test_an_event_noun_the_lexicon_lacks_leans_like_its_verb(nlp):
    # "repudiation" is no lexicon noun; it is made from "repudiate" (REJECT in the verb classes)
    feats = _rel_feats(nlp, "Chile announced its repudiation of Bolivia's claim.", "Chile", "Bolivia")
    assert "objverb=REJECT" in feats
    # an object the lexicon types keeps its own hints only
    feats = _rel_feats(nlp, "Chile issued a warning to Bolivia over the water rights.", "Chile", "Bolivia")
    assert not [f for f in feats if f.startswith("objverb=")]


@pytest.mark.model
@pytest.mark.parametrize("text, source, target, wrong", [
    # a time or a place under the preposition is an adjunct, no prepositional verb
    ("Kenya set a date on Monday for talks with Somalia.", "Kenya", "Somalia", "ASSAULT"),
    ("The delegates sat in the chamber with Chinese officials.", "delegates", "Chinese", "PROTEST"),
    ("Ghana met on Friday in Accra with Togolese envoys.", "Ghana", "Togolese", "ASSAULT"),
    # a preposition away from the verb (after its object) is no particle of it
    ("Austria pressed its case in Brussels for weeks against Italy.", "Austria", "Italy", "REQUEST"),
])
def test_an_adjunct_of_time_or_place_builds_no_phrase_key(nlp, text, source, target, wrong):
    doc = nlp(text)
    verb = doc[[t.i for t in doc if t.dep_ == "ROOT"][0]]
    words = _phrase_words(verb)
    assert [w for w in words if w in ("on", "in", "for")] == []
    assert wrong not in _class_types(verb, default_lexicon())


@pytest.mark.model
def test_a_preposition_right_after_the_verb_or_its_pronoun_object_is_part_of_it(nlp):
    doc = nlp("The United States leaned on Israel to accept the truce.")
    verb = next(t for t in doc if t.lower_ == "leaned")
    assert "on" in _phrase_words(verb) and _class_types(verb, default_lexicon()) == ("REQUEST",)
    # an idiom with its noun (the noun is a place, so the preposition alone builds no key)
    doc = nlp("Farmers took to the streets of Lima against the tax.")
    verb = next(t for t in doc if t.lower_ == "took")
    assert "to_street" in _phrase_words(verb) and "to" not in _phrase_words(verb)
    assert _class_types(verb, default_lexicon()) == ("PROTEST",)
    doc = nlp("Norway pressed them for a ceasefire.")
    verb = next(t for t in doc if t.lower_ == "pressed")
    assert "for" in _phrase_words(verb)


def test_adjunct_prone_and_polysemous_keys_are_not_in_the_classes():
    classes = verb_classes()
    for key in ("set_on", "sit_in", "take_on", "take_to", "move_in", "march_on", "post", "draft", "position",
                "gather", "assemble", "dig", "hit", "level", "hammer", "gas", "mine", "club", "stone",
                "hang", "sink", "update", "apply", "house", "treat"):
        assert key not in classes, key
    assert classes["blast"] == ("ACCUSE",)  # "blasted" in news copy mostly criticises
    assert classes["arm"] == ("AID",)  # (main's AID class: arms supplies), no longer MOBILIZE


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Japan posted a trade surplus with China.", "Japan", "China"),
    ("Japan took on a larger role in talks with China.", "Japan", "China"),
])
def test_everyday_senses_of_class_verbs_get_no_class_hint(nlp, text, source, target):
    doc = nlp(text)
    verb = doc[[t.i for t in doc if t.dep_ == "ROOT"][0]]
    assert _class_types(verb, default_lexicon()) == ()
    assert [e.plover for e in doc._.sm_events if e.plover in ("MOBILIZE", "ACCUSE")] == []


def test_a_noun_sharing_its_form_with_a_verb_is_no_event_noun():
    lex = default_lexicon()
    # plain nouns: no derivational ending, or a stop-listed one
    for noun in ("gas", "mine", "club", "stone", "signal", "position", "station", "pressure", "material",
                 "measure", "capital", "settlement", "trial"):
        assert _deverbal_types(noun, lex) == (), noun
    # real nominalisations still lean like their verbs
    assert _deverbal_types("repudiation", lex) == ("REJECT",)
    assert _deverbal_types("refusal", lex) == ("REJECT",)
    assert "MOBILIZE" in _deverbal_types("deployment", lex)


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Russia sold gas to China.", "Russia", "China"),
    ("Turkey stated its position on Syria.", "Turkey", "Syria"),
    ("Egypt sent a signal to Israel over the border.", "Egypt", "Israel"),
    ("Brazil shipped building material to Bolivia.", "Brazil", "Bolivia"),
])
def test_an_ordinary_object_noun_gives_no_objverb_hint(nlp, text, source, target):
    assert not [f for f in _rel_feats(nlp, text, source, target) if f.startswith("objverb=")]


def test_the_backoff_copy_drops_the_verb_and_keeps_what_else_is_known():
    from stancemap.nlp.events.training import BACKOFF_WEIGHT, with_backoff

    data = [(["v=vilify", "v+path=vilify|obj", "path=obj", "vclass=ACCUSE", "lex=NONE"], "ACCUSE"),
            (["v=stroll", "v+path=stroll|prep", "path=prep", "lex=NONE"], "NONE")]
    out, weights = with_backoff(data)
    # the first keeps its class without the verb; the second has nothing lexical left: no copy
    assert out == [data[0], (["path=obj", "vclass=ACCUSE", "lex=NONE"], "ACCUSE"), data[1]]
    assert weights == [1.0, BACKOFF_WEIGHT, 1.0] and BACKOFF_WEIGHT == 0.5


@pytest.mark.model
def test_a_pronoun_that_speaks_for_the_source_gives_a_training_relation(nlp):
    text = "Bolivia said it would expel the Chilean consul."
    doc = nlp(text)
    rel = relation_between(next(doc.sents), (0, 7), (text.index("the Chilean"), len(text) - 1))
    assert rel is not None and rel.verb.lemma_ == "expel"
    # a pronoun reported by another speaker is not the source's
    text = "Bolivia said Peru would expel the Chilean consul."
    doc = nlp(text)
    assert relation_between(next(doc.sents), (0, 7), (text.index("the Chilean"), len(text) - 1)) is None
