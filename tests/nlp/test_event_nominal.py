"""Nominal events in subject-like phrases and lexicon gaps (issue 15, evnom round): "the arrest
of X by Y" as a subject, "X came under attack from Y", a ban lifted by its owner, deaths after
torture, coups, troops serving abroad, verbs of leading. Own sentences, the full pipeline with the
real model."""

from __future__ import annotations

import pytest

from stancemap.nlp.events.lexicon import default_lexicon, load_lexicon
from tests.nlp.conftest import event_rows as _events

# --- an event noun with a "by" agent as the subject of another verb --------------------------------

@pytest.mark.model
def test_the_arrest_of_x_by_y_as_a_subject_is_an_arrest_by_y(nlp):
    text = "The arrest of two Kenyan journalists by Ugandan police sparked protests in Nairobi."
    assert ("UGACOP", "Kenyan journalists", "KENMED", "173") in _events(nlp, text)


@pytest.mark.model
def test_the_expulsion_of_xs_envoy_by_y_is_an_expulsion_by_y(nlp):
    text = "The expulsion of Sweden's envoy by Iran angered Stockholm."
    assert _events(nlp, text)[0] == ("IRN", "Sweden's envoy", "SWEGOV", "166")


@pytest.mark.model
def test_a_possessed_ban_lifted_in_the_passive_is_lifted_by_its_owner(nlp):
    # no agent: the one whose ban it is lifts it
    assert _events(nlp, "Brazil's ban on Argentine beef was lifted on Monday.") == [("BRA", "Argentine", "ARG", "081")]


# --- "came under attack / fire from Y" ------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Chilean embassy came under attack from Peruvian protesters.", ("PEROPP", "Chilean", "CHL", "190")),
    ("Malian army posts came under fire from Algerian militants overnight.",
     ("DZAREB", "Malian army", "MLIMIL", "193")),
])
def test_coming_under_attack_from_y_is_an_attack_by_y(nlp, text, expected):
    assert _events(nlp, text) == [expected]


@pytest.mark.model
def test_coming_under_pressure_is_no_attack(nlp):
    # only event nouns of force (CAMEO 18-20) are suffered this way
    codes = [e[3] for e in _events(nlp, "The Chilean cabinet came under pressure from Peruvian lawmakers.")]
    assert not any(c[:2] in ("18", "19", "20") for c in codes)


# --- deaths after torture --------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the custodian (the prison of a country) tortured the one who died
    ("A Kurdish activist died after torture in a Syrian prison.", ("SYR", "A Kurdish activist", "SYROPP", "1822")),
    # "as a result of", the custody's modifier
    ("A Palestinian detainee died in Israeli custody as a result of torture.",
     ("ISR", "Palestinian detainee", "PSECVL", "1822")),
])
def test_a_death_after_torture_is_torture_of_the_dead(nlp, text, expected):
    assert _events(nlp, text) == [expected]


# --- lexicon: coups, troops serving abroad, verbs of leading -----------------------------------------

@pytest.mark.model
def test_troops_serving_abroad_protect_the_country(nlp):
    assert _events(nlp, "Nepalese troops serving in Lebanon will stay another year.") == [
        ("NPLMIL", "Lebanon", "LBN", "074")]
    assert _events(nlp, "Some 2,000 Fijian soldiers served in Sinai over a decade.") == [
        ("FJIMIL", "Sinai", "EGY", "074")]


@pytest.mark.model
def test_a_leader_of_an_attack_attacks(nlp):
    assert _events(nlp, "A Sudanese general led the attack on the Chadian garrison.") == [
        ("SDNMIL", "Chadian garrison", "TCDMIL", "190")]


def test_coup_verbs_are_coercion_and_their_other_senses_no_event():
    lex = default_lexicon()
    for verb in ("overthrow", "topple", "depose", "oust"):
        default = next(p for p in lex.verbs[verb] if p.is_default)
        assert default.code == "170", verb
    skips = {o for p in lex.verbs["oust"] if p.skip for o in p.obj}
    assert {"coach", "manager"} <= skips  # "ousted the coach": no event


def test_leading_verbs_come_from_the_lexicon_file(tmp_path):
    lex = default_lexicon()
    assert {"lead", "spearhead", "mastermind"} <= lex.leading_verbs
    assert "lead" not in lex.light_verbs
    # a verbs file without the optional key still loads (no leading verbs)
    import yaml

    from stancemap.nlp.events import lexicon as mod

    base = yaml.safe_load(mod._data("verbs.yaml").read_text(encoding="utf-8"))
    del base["leading_verbs"]
    path = tmp_path / "verbs.yaml"
    path.write_text(yaml.safe_dump(base), encoding="utf-8")
    assert load_lexicon(path, mod._data("topics.yaml")).leading_verbs == frozenset()
