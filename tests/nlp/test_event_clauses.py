"""Events of participle and relative clauses, datelines with an agency credit, possessed event
nouns with their partner, struck vessels and a finite "ousted" (issue 15, evcover round; own
sentences, the full pipeline with the real model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source_code, e.target_code, e.plover) for e in nlp(text)._.sm_events]


def _named(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = nlp(text)
    names = {a.id: a.name for a in doc._.sm_actors}
    return [(names.get(e.source), names.get(e.target), e.plover) for e in doc._.sm_events]


# --- clauses beside the main event ----------------------------------------------------------------

def test_a_passive_participle_with_an_agent_acts_on_the_noun_it_modifies(nlp):
    rows = _rows(nlp, "Two students arrested by Iranian police were released on bail.")
    assert ("IRNCOP", "IRNEDU", "COERCE") in rows  # the clause's own event
    assert (None, "IRNEDU", "RETREAT") in rows  # and the main one


def test_a_participle_beside_the_main_clause_has_the_main_subject_as_its_doer(nlp):
    rows = _rows(nlp, "Colombia, accusing Venezuela of sheltering guerrillas, recalled its ambassador.")
    assert ("COL", "VEN", "ACCUSE") in rows


def test_an_active_participle_has_the_noun_it_modifies_as_its_doer(nlp):
    rows = _named(nlp, "Militants attacking a police post in Niger were repelled.")
    assert rows == [("militants", "a police post", "ASSAULT")]


def test_a_relative_clause_keeps_its_own_event(nlp):
    rows = _rows(nlp, "Burundi, which expelled two Rwandan diplomats in May, denied the charge.")
    assert ("BDI", "RWAGOV", "SANCTION") in rows


def test_a_meeting_in_a_participle_clause_is_coded_both_ways(nlp):
    rows = _rows(nlp, "The Malaysian prime minister, meeting his Thai counterpart in Bangkok, pledged closer "
                      "trade ties.")
    assert ("MYSGOV", "THAGOV", "CONSULT") in rows and ("THAGOV", "MYSGOV", "CONSULT") in rows


def test_a_passive_participle_without_an_agent_gives_its_noun_no_act(nlp):
    # "migrants ordered out of X": the migrants are ordered, they order nobody
    rows = _named(nlp, "Migrants ordered out of Libya arrived in Niger on Sunday.")
    assert all(plover != "REQUEST" and plover != "COERCE" for _, _, plover in rows)


def test_the_toll_of_an_attack_is_no_second_event(nlp):
    rows = _named(nlp, "Rebels shelled the town of Kidal, killing 12 people.")
    assert len(rows) == 1 and rows[0][2] == "ASSAULT"


# --- datelines with an agency's credit ----------------------------------------------------------

@pytest.mark.parametrize("text, row", [
    ("NAIROBI (Reuters) - Somalia expelled a Kenyan diplomat on Monday.", ("SOM", "KENGOV", "SANCTION")),
    ("KYIV (Reuters) - Russia fired drones at Ukraine overnight, officials said.", ("RUS", "UKR", "ASSAULT")),
])
def test_the_agency_credit_of_a_dateline_is_not_the_subject(nlp, text, row):
    assert _rows(nlp, text) == [row]


# --- possessed event nouns with their partner -----------------------------------------------------

def test_possessed_cooperation_with_a_partner(nlp):
    rows = _rows(nlp, "Japan's cooperation with Australia has deepened since 2020.")
    assert ("JPN", "AUS", "COOPERATE") in rows


def test_possessed_aid_to_a_recipient(nlp):
    assert _rows(nlp, "Qatar's aid to Lebanon arrived on Tuesday.") == [("QAT", "LBN", "AID")]


@pytest.mark.parametrize("text, row", [
    ("Belarus's support for Russia has alarmed Lithuania.", ("BLR", "RUS", "SUPPORT")),
    ("China's backing for Pakistan has worried India.", ("CHN", "PAK", "SUPPORT")),  # (backing is support)
])
def test_the_possessor_of_support_is_its_source(nlp, text, row):
    # an attitude noun's possessor is no actor of the noun itself ("X's support"), yet it is the doer
    rows = _rows(nlp, text)
    assert row in rows and all(s is not None for s, _, _ in rows)


def test_a_possessed_event_noun_without_a_named_doer_is_no_event(nlp):
    # "its" with nothing before it to stand for: no event with an empty source
    assert _rows(nlp, "Its support for the rebels has alarmed Kenya.") == []


def test_possessed_seizure_of_ships(nlp):
    assert _rows(nlp, "Russia's seizure of Ukrainian ships angered Kyiv.") == [("RUS", "UKR", "COERCE")]


# --- struck vessels, a finite "ousted" -------------------------------------------------------------

def test_a_struck_ship_is_the_target(nlp):
    rows = _named(nlp, "The Houthis attacked a cargo ship in the Gulf of Aden.")
    assert rows == [("Houthis", "a cargo ship", "ASSAULT")]


def test_a_finite_ousted_is_the_verb_not_a_former_title(nlp):
    assert _rows(nlp, "The army ousted President Alpha Conde in September.") == [("GINMIL", "GINGOV", "COERCE")]


# --- weapons struck, licences suspended -------------------------------------------------------------

def test_a_downed_drone_stands_for_its_owner(nlp):
    # what is shot down or intercepted is struck, not the means ("fired rockets at X" keeps X)
    assert _rows(nlp, "Polish jets shot down a Belarusian drone near the border.") == [("POLMIL", "BLR", "ASSAULT")]
    assert _named(nlp, "The army fired rockets at rebel positions.") == [("The army", "rebel positions", "ASSAULT")]


def test_a_suspended_licence_is_a_penalty_on_its_holder(nlp):
    rows = _named(nlp, "The Nepali government suspended the licence of a television channel.")
    assert rows == [("Nepalese government", "a television channel", "COERCE")]


# --- compound parties -----------------------------------------------------------------------------

def test_each_coordinated_nationality_of_a_subject_is_a_source(nlp):
    rows = _rows(nlp, "Kenyan, Ugandan and Rwandan troops attacked the rebels.")
    assert {s for s, _, _ in rows} == {"KENMIL", "UGAMIL", "RWAMIL"}


# --- limits of a clause's event -------------------------------------------------------------------

def test_no_clause_event_inside_a_condition(nlp):
    rows = _named(nlp, "Nigeria said it will withdraw its troops from Chad unless President Goukouni Oueddei "
                       "arranged a truce with rebels fighting to topple his government.")
    assert all(s != "rebels" for s, _, _ in rows)


def test_a_clause_event_of_another_kind_than_the_main_one_is_kept(nlp):
    # the meeting (main, CONSULT) and the accusation (clause, ACCUSE) join the same parties
    rows = _named(nlp, "The Kenyan president met Rwandan President Paul Kagame in Nairobi, accusing Kagame of "
                       "backing the rebels.")
    assert ("Kenyan government", "Paul Kagame", "CONSULT") in rows
    assert ("Kenyan government", "Paul Kagame", "ACCUSE") in rows


def test_a_noun_the_parser_split_at_its_hyphen_is_looked_up_whole(nlp):
    rows = _named(nlp, "Opposition supporters staged a sit-in outside the electoral commission.")
    assert rows == [("Opposition supporters", "the electoral commission", "PROTEST")]


# --- relative pronouns, denied clause acts, channels ------------------------------------------------

@pytest.mark.parametrize("text, row", [
    # the relative pronoun is the object: the noun the clause modifies is acted on, not a party
    # named later inside the clause
    ("Ethiopia, which Eritrea accuses of shelling its border towns, denied the report on Sunday.",
     ("ERI", "ETH", "ACCUSE")),
    ("Somalia, which Kenyan jets bombed on Monday, recalled its envoy.", ("KENMIL", "SOM", "ASSAULT")),
    ("Georgia, to which Turkey sent troops, held elections.", ("TUR", "GEO", "MOBILIZE")),
])
def test_a_relative_pronoun_object_stands_for_the_noun_it_modifies(nlp, text, row):
    rows = _rows(nlp, text)
    assert row in rows
    assert [r for r in rows if r[0] == row[0]] == [row]  # no second target for the clause's doer


def test_a_relative_pronoun_object_is_looked_up_as_its_noun(nlp):
    # the pattern's object condition ("fired rockets") and the weapon as means, not target
    rows = _rows(nlp, "The rockets that Hamas fired hit Ashkelon.")
    assert ("PSEREBHMS", None, "ASSAULT") in rows
    assert all(t is None or not t.endswith("UAF") for _, t, _ in rows)  # (the rockets are no party)


@pytest.mark.parametrize("text, plover", [
    ("Vietnam, which has never invaded Cambodia, rejected the charge.", "ASSAULT"),
    ("Morocco, which did not expel the Algerian envoy, criticised the decision.", "SANCTION"),
])
def test_a_denied_act_in_a_clause_is_no_event(nlp, text, plover):
    rows = _rows(nlp, text)
    assert rows and all(p != plover for _, _, p in rows)  # the main event only


def test_a_channel_is_media_only_with_a_media_modifier(nlp):
    assert ("NGAUAF", "NGAMED", "ASSAULT") in _rows(nlp, "Gunmen stormed a cable channel in Lagos.")
    rows = _rows(nlp, "Militias attacked supply channels in Darfur.")
    assert rows and all(t is None or not t.endswith("MED") for _, t, _ in rows)
