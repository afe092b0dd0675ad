"""Named groupings of states ("the Baltic states", "Nordic countries", "EU members", "the West",
"Gulf states") are one actor each (data/actors/igos.yaml, type group): the grouping holds its
positions and is aligned as a bloc, as the stance gold labels it, where a coordination or an anaphor
of named states ("Kenya and Uganda", "the two countries") still gives each member its own. A
grouping is never taken for one of the states named near it.

Sentences written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from stancemap.api import analyze

pytestmark = pytest.mark.model


def _rows(text: str) -> tuple[dict[str, list[str]], set[tuple[str, int]], set[tuple[str, str, int]]]:
    art = analyze(text)
    actors = {a.id: [m.text for m in a.mentions] for a in art.actors}
    stances = {(s.actor or "", s.polarity) for s in art.stances}
    aligns = {(al.a or "", al.b or "", al.polarity) for al in art.alignments}
    return actors, stances, aligns


@pytest.mark.parametrize(("text", "group", "mention", "stance", "align"), [
    ("The Baltic states have rejected Minsk's offer to reopen two border crossings.",
     "group:baltic", "Baltic states", ("group:baltic", -1), ("group:baltic", "BLRGOV", -1)),
    ("Nordic countries criticised Poland's plan to cut the aid budget.",
     "group:nordic", "Nordic countries", ("group:nordic", -1), ("group:nordic", "POL", -1)),
    ("European Union members backed the proposal by Greece to cap ferry fares.",
     "group:eu-members", "European Union members", ("group:eu-members", 1), ("group:eu-members", "GRC", 1)),
    ("The West rejected Tehran's offer to resume the talks.",
     "group:west", "The West", ("group:west", -1), ("group:west", "IRNGOV", -1)),
])
def test_a_named_grouping_holds_and_aligns_as_one_actor(text, group, mention, stance, align) -> None:
    actors, stances, aligns = _rows(text)
    assert actors[group] == [mention]
    assert stance in stances
    assert align in aligns
    members = {"group:baltic": {"EST", "LVA", "LTU"}, "group:nordic": {"DNK", "FIN", "ISL", "NOR", "SWE"},
               "group:west": {"USA", "GBR", "FRA", "DEU"}}.get(group, set())
    assert not {a for a, _ in stances} & members  # no stance split over the members


def test_a_grouping_is_not_taken_for_a_state_named_after_it() -> None:
    actors, _, _ = _rows("Baltic republics denounced the closure of the last open crossing by Belarus.")
    assert actors["BLR"] == ["Belarus"]  # (before: "Baltic republics" was a mention of Belarus)
    assert actors["group:baltic"] == ["Baltic republics"]


def test_named_states_coordinated_still_hold_each_their_own() -> None:
    _, stances, aligns = _rows("Kenya and Uganda backed the truce proposed by Ethiopia.")
    assert {("KEN", 1), ("UGA", 1)} <= stances
    assert aligns == {("KEN", "ETH", 1), ("UGA", "ETH", 1)}
