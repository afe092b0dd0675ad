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
    # the clause keeps its own event, coded by its own verb now that clause events are kept ("fight": 190)
    assert ("PERCOP", "Shining Path rebels", "PERREBSHP", "190") in rows


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
    assert _events(nlp, "Yesterday the UN-backed government in Yemen suspended its talks with the rebels.") == [
        ("YEMGOV", "the rebels", "YEMREB", "164")]


@pytest.mark.model
def test_a_backers_country_places_no_participant(nlp):
    rows = _events(nlp, "A Russia-backed Syrian army offensive on the rebel town has displaced thousands of people.")
    assert ("SYRMIL", "the rebel town", "SYRREB", "190") in rows


@pytest.mark.model
def test_led_forces_stay_their_leaders(nlp):
    assert _events(nlp, "Vietnamese-led forces have retaken a village in western Cambodia.") == [
        ("VNMMIL", "a village", "KHM", "190")]


# --- an attack aimed at X that killed Y is both ------------------------------------------------------

@pytest.mark.model
def test_an_aimed_attack_that_killed_is_an_event_of_its_own(nlp):
    rows = _events(nlp, "A Taliban attack on a police compound in northern Kunduz province has killed 20 officers.")
    assert rows == [("AFGREBTAL", "a police compound", "AFGCOP", "190"), ("AFGREBTAL", "20 officers", "AFGMIL", "190")]


@pytest.mark.model
def test_air_strikes_aimed_at_positions_that_killed_are_two_events(nlp):
    # (the state's air strikes: its military, test_event_actor_conventions)
    assert _events(nlp, "Russian air strikes on rebel positions in Idlib killed 12 fighters.") == [
        ("RUSMIL", "rebel positions", "SYRREB", "195"), ("RUSMIL", "fighters", "SYRREB", "195")]


@pytest.mark.model
def test_aimed_attack_noun_needs_its_own_object(nlp_base):
    from stancemap.nlp.events.material import aimed_attack_noun

    doc = nlp_base("A rebel attack on an army post killed five soldiers.")
    assert aimed_attack_noun(doc[2])
    doc = nlp_base("A rebel attack killed five soldiers.")
    assert not aimed_attack_noun(doc[2])


# --- a named site is where an act happened ----------------------------------------------------------

@pytest.mark.model
def test_a_named_site_comes_before_its_province(nlp):
    text = "About 2,000 miners stopped work on Monday at the Kolwezi mine in the southern province of Lualaba."
    assert _events(nlp, text) == [("LAB", "the Kolwezi mine", None, "143")]


# --- a world-table group that the recogniser tagged as a person ---------------------------------------

@pytest.mark.model
def test_a_world_table_group_tagged_person_is_the_group(nlp):
    assert _events(nlp, "Boko Haram militants abducted 20 girls from a school.") == [
        ("NGAREBBKH", "20 girls", "NGACVL", "181")]


# --- force survived, rape, grenades ---------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Iraqi opposition leader survived an assassination attempt in Basra.",
     (None, "Iraqi opposition leader", "IRQOPP", "185")),
    ("The Somali president escaped an ambush by al-Shabaab fighters near Mogadishu.",
     ("SOMREBSHB", "Somali president", "SOMGOV", "190")),
    ("Burmese soldiers raped Rohingya women during the army crackdown.", ("MMRMIL", "Rohingya women", "MMRCVL", "1821")),
    ("Unknown assailants hurled a grenade at a police patrol in Srinagar.",
     ("INDUAF", "a police patrol", "INDMIL", "183")),
])
def test_assaults_on_wire_copy(nlp, text, expected):
    assert _events(nlp, text) == [expected]


# --- weapons and mutual fighting ------------------------------------------------------------------------

@pytest.mark.model
def test_a_weapon_fired_is_never_the_target(nlp):
    assert _events(nlp, "Hamas fired rockets.") == [("PSEREBHMS", None, None, "194")]


@pytest.mark.model
def test_coordinated_parties_firing_do_not_fight_each_other(nlp):
    assert _events(nlp, "Hamas and Islamic Jihad fired rockets at Israel.") == [
        ("PSEREBHMS", "Israel", "ISR", "194"), ("PSEREBPIJ", "Israel", "ISR", "194")]


@pytest.mark.model
def test_coordinated_parties_that_clash_fight_each_other(nlp):
    assert _events(nlp, "Indian and Pakistani troops clashed along the border.") == [
        ("INDMIL", "Pakistani troops", "PAKMIL", "190"), ("PAKMIL", "Indian", "INDMIL", "190")]


# --- second mentions of a named armed group -------------------------------------------------------------

@pytest.mark.model
def test_the_militants_after_a_named_group_are_that_group(nlp):
    rows = _events(nlp, "Hamas fighters abducted an Israeli soldier; the militants are holding him in Gaza.")
    assert [r[0] for r in rows] == ["PSEREBHMS", "PSEREBHMS"]


# --- Title-Case headlines ---------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Police Arrest Dozens Of Protesters In Nairobi", ("KENCOP", "Protesters", "KENOPP", "173")),
    ("Kenya Expels Two Somali Diplomats", ("KEN", "Somali Diplomats", "SOMGOV", "161")),
])
def test_a_title_case_headline_is_parsed_in_lower_case(nlp, text, expected):
    assert _events(nlp, text) == [expected]


@pytest.mark.model
def test_title_case_keeps_text_and_offsets(nlp):
    from stancemap.nlp.common.headlines import TITLE_CASE

    text = "Police Arrest Dozens Of Protesters In Nairobi\n\nPolice in Nairobi held dozens of people on Friday."
    doc = nlp(text)
    with nlp.select_pipes(disable=[TITLE_CASE]):
        off = nlp(text)
    assert doc.text == off.text == text
    assert [(t.idx, t.text, t.whitespace_) for t in doc] == [(t.idx, t.text, t.whitespace_) for t in off]
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in off.sents]
    assert doc[1].pos_ == "VERB" and doc[1].lemma_ == "arrest"
    assert off[1].pos_ != "VERB"  # (the first parse reads the verb as a name: what the re-parse is for)
    # the body sentence is the first parse's, token for token
    body = next(s for s in doc.sents if s.text.startswith("Police in"))
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in body] == [
        (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in off[body.start:body.end]]


@pytest.mark.model
def test_title_case_leaves_a_plain_text_byte_identical(nlp_base):
    from stancemap.nlp.common.headlines import TITLE_CASE
    from stancemap.nlp.pipeline import build_pipeline
    from stancemap.settings import Settings

    plain = build_pipeline(Settings(), stages=())
    assert TITLE_CASE in plain.pipe_names
    text = "Police in Nairobi held dozens of people on Friday.\nThe Interior Ministry said nothing, Reuters reported."
    on = plain(text)
    with plain.select_pipes(disable=[TITLE_CASE]):
        off = plain(text)
    assert on.to_bytes() == off.to_bytes()


def test_lowered_words_only_for_title_case():
    from stancemap.nlp.common.headlines import lowered_words

    wordnet = frozenset({"police", "arrest", "dozen", "protester", "meet"})
    assert lowered_words(["Police", "Arrest", "Dozens", "Of", "Protesters", "In", "Nairobi"], wordnet) == [
        "Police".lower(), "arrest", "dozens", "of", "protesters", "in", "Nairobi"]
    # ordinary prose (a lower-case content word) is left alone
    assert lowered_words(["Peruvian", "Minister", "Ana", "Soto", "meets", "Chilean", "Envoy"], wordnet) is None
    # known names stay as written ("Kenya" is a country of the tables)
    assert lowered_words(["Kenya", "Police", "Arrest", "Protesters"], wordnet) == ["Kenya", "police", "arrest",
                                                                                 "protesters"]
