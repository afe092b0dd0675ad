"""Look-alikes of the material-act rules that went wrong (issue 15, review of the evmat round):
thrown weapons by their whole phrase, a survived act needs a party that can be attacked, clash
words shared, plural place kinds, hyphenated backers only. Own sentences, the real model."""

from __future__ import annotations

import pytest

from stancemap.nlp.common.backers import BACKER_PARTICIPLES, hyphenated_backer
from stancemap.nlp.events.conventions import CLASH_WORDS as CONVENTION_CLASHES
from stancemap.nlp.events.material import (
    CLASH_WORDS,
    MUTUAL_FORCE_WORDS,
    mutual_force,
    named_place,
    of_object,
)
from stancemap.nlp.events.participants import longest_weapon_keys
from tests.nlp.conftest import event_rows as _events

# --- thrown weapons: the whole phrase, not its head ------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # petrol bombs and stones thrown by a crowd are a riot, no bombing
    # (both parties are of the place of the act: Lagos, evparty round)
    ("Demonstrators hurled petrol bombs at riot police in Lagos on Sunday.", [("NGAOPP", "riot police", "NGACOP", "145")]),
    ("Students threw stones and bottles at police in Dhaka.", [("BGDEDU", "Dhaka", "BGD", "145")]),
    # smoke bombs at a football match are no event at all
    ("Supporters threw smoke bombs onto the field during the derby in Istanbul.", []),
    # a grenade or an explosive device thrown is a bombing
    ("Gunmen hurled a hand grenade at a checkpoint in Kandahar.", [("AFGUAF", "Kandahar", "AFG", "183")]),
    ("Insurgents threw an improvised explosive device at a patrol in Kandahar.", [("AFGREB", "Kandahar", "AFG", "183")]),
])
def test_a_thrown_weapon_is_a_bombing_only_by_its_whole_phrase(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.model
def test_longest_weapon_keys_keep_noun_modifiers(nlp_base):
    doc = nlp_base("They threw petrol bombs, a homemade bomb and a grenade.")
    assert longest_weapon_keys(doc[3]) == ["petrol bombs", "petrol bomb"]
    assert longest_weapon_keys(doc[7]) == ["bomb", "homemade bomb"]
    assert longest_weapon_keys(doc[10]) == ["grenade"]


# --- "survived": the subject must be a party one can attack ----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Uganda's currency survived the turmoil in Sudan.",
    "Uganda's currency survived the fighting in Sudan.",
])
def test_a_thing_that_survived_fighting_is_no_target(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Somali president survived an ambush by militants near Mogadishu.",
     [("SOMREB", "Somali president", "SOMGOV", "190")]),
    ("He survived an assassination attempt in Kabul.", [(None, "Kabul", "AFG", "185")]),
])
def test_a_person_survived_an_attack(nlp, text, expected):
    assert _events(nlp, text) == expected


# --- one list of clash words; plural place kinds; one "of" helper -----------------------------------


def test_clash_words_are_shared_and_mutual():
    assert CONVENTION_CLASHES is CLASH_WORDS
    assert {"scuffle", "brawl", "clash"} <= CLASH_WORDS <= MUTUAL_FORCE_WORDS


@pytest.mark.model
def test_scuffles_and_brawls_are_mutual_force(nlp_base):
    doc = nlp_base("Strikers and police scuffled and brawled outside the factory.")
    assert [t.text for t in doc if mutual_force(t)] == ["scuffled", "brawled"]


@pytest.mark.model
def test_a_plural_place_kind_with_names_is_a_named_place(nlp_base):
    doc = nlp_base("The governor imposed a curfew in Ayacucho and Junin provinces.")
    provinces = next(t for t in doc if t.text == "provinces")
    assert named_place(provinces) is provinces


@pytest.mark.model
def test_of_object(nlp_base):
    doc = nlp_base("Troops entered the town of Kasese and the heart of the city.")
    assert of_object(doc[3]).text == "Kasese"
    assert of_object(doc[0]) is None


# --- backers: only the hyphenated participle ---------------------------------------------------------


@pytest.mark.model
def test_only_a_hyphenated_participle_names_a_backer(nlp_base):
    doc = nlp_base("Iranian-trained fighters met Iranian trained fighters.")
    assert [t.i for t in doc if hyphenated_backer(t)] == [2]
    assert "trained" in BACKER_PARTICIPLES


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Iranian trained militias shelled a base in eastern Iraq.", "IRNREB"),  # the militias are Iranian
    ("Iranian-trained militias shelled a base in eastern Iraq.", "IRQREB"),  # Iran trained them: not Iran's
])
def test_a_backer_is_hyphenated(nlp, text, source):
    assert [r[0] for r in _events(nlp, text)] == [source]
