"""Material acts on wire copy (issue 15, evmat round): named places the tables do not know, clauses
that describe a place, object pronouns of coordinated verbs, backers, Title-Case headlines.
Own sentences, the full pipeline with the real model."""

from __future__ import annotations

import pytest

from stancemap.nlp.events.material import named_place, place_clause_tokens, shared_object
from tests.nlp.conftest import event_rows as _events

# --- places the tables do not know, written with their kind ---------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "head"), [
    ("The governor imposed a curfew in Cusco province.", "province"),
    ("The governor imposed a curfew in parts of Cusco province.", "province"),
    ("Troops entered the town of Kasese.", "Kasese"),
])
def test_named_place_finds_the_name_with_its_kind(nlp_base, text, head):
    doc = nlp_base(text)
    pobj = next(t for t in doc if t.dep_ in ("pobj", "dobj") and t.head.lower_ in ("in", "entered"))
    found = named_place(pobj)
    assert found is not None and found.text == head


@pytest.mark.model
def test_a_common_place_noun_without_a_name_is_no_named_place(nlp_base):
    doc = nlp_base("The governor imposed a curfew in the province.")
    assert named_place(doc[7]) is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The government lifted the state of emergency in Cusco province.", ("GOV", "Cusco province", None, "0814")),
    ("The army declared a curfew in the town of Kasese.", ("MIL", "the town", None, "1723")),
])
def test_an_unknown_named_place_is_the_place_of_an_act(nlp, text, expected):
    assert _events(nlp, text) == [expected]


# --- a clause that describes a place names no party of the act -------------------------------------

@pytest.mark.model
def test_place_clause_tokens_cover_a_where_clause(nlp_base):
    doc = nlp_base("Peru imposed a curfew in Cusco province, where police are fighting rebels.")
    inside = place_clause_tokens(doc, doc[1])
    assert {doc[i].text for i in inside} >= {"where", "police", "fighting", "rebels"}
    assert doc[1].i not in inside


@pytest.mark.model
def test_the_parties_of_a_where_clause_are_not_the_target(nlp):
    text = ("Authorities in Peru imposed a curfew in parts of Cusco province, where police are fighting the "
            "Shining Path rebels.")
    rows = _events(nlp, text)
    assert ("PERGOV", "Cusco province", "PER", "1723") in rows
    # the clause keeps its own event
    assert ("PERCOP", "Shining Path rebels", "PERREBSHP", "180") in rows


# --- the object pronoun of a second coordinated verb -----------------------------------------------

@pytest.mark.model
def test_shared_object_is_the_first_verbs_object(nlp_base):
    doc = nlp_base("Police arrested two students and beat them with batons.")
    assert shared_object(doc[6]).text == "students"
    doc = nlp_base("Police arrested two students and beat him with batons.")
    assert shared_object(doc[6]) is None  # the number does not agree


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A Turkish court convicted a Syrian journalist of spying and sentenced him to ten years in prison.",
     ("TURJUD", "Syrian journalist", "SYRMED", "173")),
    ("A Kenyan court found an opposition activist guilty of incitement and jailed her for three years.",
     ("KENJUD", "an opposition activist", "KENOPP", "173")),
    ("Police arrested two students and beat them with batons.", ("COP", "two students", "EDU", "182")),
])
def test_a_sentence_or_beating_is_done_to_the_person_not_the_prison(nlp, text, expected):
    assert expected in _events(nlp, text)


# --- backers -------------------------------------------------------------------------------------

@pytest.mark.model
def test_a_backed_government_is_not_its_backers(nlp):
    assert _events(nlp, "The UN-backed government in Libya has suspended talks with the rebels.") == [
        ("LBYGOV", "the rebels", "LBYREB", "164")]


@pytest.mark.model
def test_a_backers_country_places_no_participant(nlp):
    rows = _events(nlp, "A Russia-backed Syrian army offensive on the rebel town has displaced thousands of people.")
    assert ("SYRMIL", "the rebel town", "SYRREB", "190") in rows


@pytest.mark.model
def test_led_forces_stay_their_leaders(nlp):
    assert _events(nlp, "Vietnamese-led forces have retaken a village in western Cambodia.") == [
        ("VNMMIL", "a village", "KHM", "190")]
