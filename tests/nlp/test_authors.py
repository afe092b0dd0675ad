"""Document authors: first-person positions of a speech or statement are its author's (real model)."""

from __future__ import annotations

import json

import pytest

import stancemap

pytestmark = pytest.mark.model

SPEECH = ("We congratulate you on your election to the presidency. My Government firmly supports the reform of "
          "the Security Council. Our delegation rejects the blockade of the island. The occupying forces must "
          "withdraw from the valley. The minister of Ruritania said that we should all buy more tea.")


def _holders(art: stancemap.Article) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for s in art.stances:
        out.setdefault(s.proposition, set()).add(s.actor)
    return out


def test_given_author_holds_first_person_positions() -> None:
    art = stancemap.analyze(SPEECH, author="CHL")
    assert art.author == "CHL"
    chl = next(a for a in art.actors if a.id == "CHL")
    assert chl.type == "state" and chl.country == "CHL" and chl.mentions == ()  # never named in the text
    held = _holders(art)
    assert held.get("reform of the Security Council") == {"CHL"}
    assert held.get("blockade of the island") == {"CHL"}
    assert any(p.startswith("occupying forces") and h == {"CHL"} for p, h in held.items())  # the speech's voice
    for s in art.stances:
        assert s.evidence.text in art.text  # same evidence links as any stance
    assert art.to_dict()["author"] == "CHL"


def test_author_detected_from_the_title_and_absent_for_news() -> None:
    art = stancemap.analyze(SPEECH, title="Chile: statement in the general debate")
    assert art.author == "CHL"
    assert _holders(art).get("reform of the Security Council") == {"CHL"}
    news = stancemap.analyze(SPEECH, title="Leaders gather for the annual debate")
    assert news.author is None
    assert "CHL" not in {s.actor for s in news.stances}


def test_cli_author_flag(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from stancemap.cli import main

    src = tmp_path / "speech.txt"
    src.write_text(SPEECH, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(src), "-f", "jsonl", "-o", str(out), "--author", "Peru", "--no-progress"]) == 0
    art = json.loads(out.read_text(encoding="utf-8"))
    assert art["author"] == "PER"
    assert "PER" in {s["actor"] for s in art["stances"]}
