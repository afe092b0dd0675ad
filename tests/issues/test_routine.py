"""Routine statements (courtesies, candidacies) are not positions."""

from __future__ import annotations

import pytest

from stancemap.issues.routine import is_routine


@pytest.mark.parametrize(("prop", "cue"), [
    ("you on your election to the presidency", "congratulate"),
    ("the outgoing President for his work", "thanked"),
    ("the Secretary-General for his tireless leadership", "commend"),
    ("the candidature of Ruritania for a non-permanent seat", "support"),
    ("our candidacy for the Human Rights Council", "announce"),
    ("the President of the General Assembly", "welcome"),
    ("every success in her work", "wish"),
    ("the success of this session", "wish"),
])
def test_courtesies_and_candidacies_are_routine(prop: str, cue: str) -> None:
    assert is_routine(prop, cue)


@pytest.mark.parametrize(("prop", "cue"), [
    ("the lifting of the embargo", "call for"),
    ("reform of the Security Council", "support"),
    ("the election results in the north", "reject"),
    ("the deployment of peacekeepers to the border", "welcome"),
    ("the success of the peace talks", "welcome"),
])
def test_positions_are_not_routine(prop: str, cue: str) -> None:
    assert not is_routine(prop, cue)
