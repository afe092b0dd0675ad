"""Document authors: resolving an author value and detecting the author of official texts."""

from __future__ import annotations

import pytest

from stancemap.actors.author import author_of, detect_author, resolve_author


@pytest.mark.parametrize(("title", "expected"), [
    ("Norway: statement in the general debate of the assembly", "NOR"),
    ("Kenya - address to the annual summit", "KEN"),
    ("Statement by the Minister for Foreign Affairs of Japan on the missile launches", "JPN"),
    ("Press release of the Embassy of the Republic of Korea", "KOR"),
    ("Address by H.E. the Head of State of the United States at the opening session", "USA"),
    ("Turkish Foreign Ministry statement on the border crossings", "TUR"),
    ("Statement by the European Union at the Permanent Council", "IGO:EU"),
    ("Communiqué of the Government of Mali", "MLI"),
])
def test_detects_the_author_of_official_titles(title: str, expected: str) -> None:
    assert detect_author(title) == expected


@pytest.mark.parametrize("title", [
    "Russia issues statement on the grain deal",  # news about a statement
    "Joint statement of France and Germany on energy",  # several authors
    "Iran says the talks will go on",
    "Statement on the flooding in the north",  # no issuer named
    None,
])
def test_no_author_for_news_or_unnamed_issuers(title: str | None) -> None:
    assert detect_author(title) is None


def test_detects_the_author_from_the_first_line() -> None:
    text = "Statement by the delegation of Chile\n\nWe thank the chair for convening this meeting."
    assert detect_author(None, text) == "CHL"


@pytest.mark.parametrize(("value", "aid", "kind"), [
    ("NOR", "NOR", "state"), ("nor", "NOR", "state"), ("Norway", "NOR", "state"), ("United Kingdom", "GBR", "state"),
    ("IGO:EU", "IGO:EU", "igo"), ("European Union", "IGO:EU", "igo"),
])
def test_resolves_codes_and_names(value: str, aid: str, kind: str) -> None:
    a = resolve_author(value)
    assert a is not None and a.id == aid and a.type == kind
    if kind == "state":
        assert a.country == aid and a.code


def test_unknown_author_is_none_and_given_author_wins() -> None:
    assert resolve_author("Ruritania") is None
    assert resolve_author("  ") is None
    a = author_of("CHL", "Norway: statement in the general debate", None)
    assert a is not None and a.id == "CHL"
    b = author_of(None, "Norway: statement in the general debate", None)
    assert b is not None and b.id == "NOR"
