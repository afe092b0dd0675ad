"""Two look-alikes of an accusation (CAMEO 112): "charged X with" a weapon is a rush on X (180, as
"charged at X"), not a crime charged; and "said Y was responsible for" a duty named by a gerund
("guarding the coast", "running the port") lays no blame, as the stance rules already read it
(``stances.rules.blamed_gerund``); a hostile gerund ("shelling", "burning villages") still does.

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source_code, e.target_code, e.plover) for e in nlp(text)._.sm_events]


@pytest.mark.parametrize("text", [
    "Riot police charged the strikers with truncheons outside the mine.",
    "Mounted officers charged the crowd with batons and tear gas on Saturday.",
])
def test_a_charge_with_a_weapon_is_force_not_an_accusation(nlp, text):
    rows = _rows(nlp, text)
    assert all(p != "ACCUSE" for _, _, p in rows), rows
    assert any(p == "ASSAULT" for _, _, p in rows), rows


@pytest.mark.parametrize("text", [
    "Prosecutors charged the strikers with arson.",
    "Police charged three students with rioting.",
])
def test_a_charge_with_a_crime_stays_an_accusation(nlp, text):
    assert any(p == "ACCUSE" for _, _, p in _rows(nlp, text))


@pytest.mark.parametrize("text", [
    "Kenya said the Somali navy was responsible for guarding the coast.",
    "Ghana said the port authority was responsible for running the terminal.",
])
def test_a_duty_after_responsible_for_is_no_blame(nlp, text):
    assert all(p != "ACCUSE" for _, _, p in _rows(nlp, text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Kenya said the Somali navy was responsible for shelling the fishing villages.", ("KEN", "SOMMIL")),
    ("Niger said the militia was responsible for burning villages near the border.", ("NER", "NERREB")),
    ("Kenya said the Somali navy was responsible for the raid.", ("KEN", "SOMMIL")),
])
def test_a_hostile_act_after_responsible_for_is_still_blame(nlp, text, pair):
    rows = _rows(nlp, text)
    assert any(s == pair[0] and p == "ACCUSE" and (pair[1] is None or t == pair[1]) for s, t, p in rows), rows
