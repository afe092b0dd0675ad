"""A speech's author on the propositions of recurring debates (real model; a speech written for
the project)."""

from __future__ import annotations

import json

import pytest

import stancemap

pytestmark = pytest.mark.model

SPEECH = ("We thank the President for her guidance. My delegation calls for the lifting of the embargo against "
          "Cuba, which has lasted far too long. The Human Rights Council opened its second session in June. "
          "We firmly support the International Criminal Court. "
          "The Foreign Minister of Borduria said: \"Our people reject the Rome Statute.\" "
          "Will the Security Council ever be reformed? "
          "Ruritania condemns the occupation of the Palestinian territories.")


def _debate(art: stancemap.Article) -> dict[str, tuple[str | None, int]]:
    return {s.proposition_id: (s.actor, s.polarity) for s in art.stances
            if (s.proposition_id or "").startswith("debate:")}


def test_author_positions_on_debate_propositions() -> None:
    art = stancemap.analyze(SPEECH, author="NZL")
    assert art.author == "NZL"
    got = _debate(art)
    # "Ruritania condemns ..." is Ruritania's position, not the speaker's
    assert got == {"debate:cuba_embargo": ("NZL", -1), "debate:international_criminal_court": ("NZL", 1)}
    by_id = {s.proposition_id: s for s in art.stances}
    st = by_id["debate:cuba_embargo"]
    assert st.issue == "cuba" and st.proposition == "the embargo against Cuba" and st.cue is not None
    assert art.text[st.cue.start:st.cue.end] == st.cue.text == "lifting"
    assert art.text[st.evidence.start:st.evidence.end] == st.evidence.text and "embargo" in st.evidence.text
    # the agenda keeps every proposition the author raised, a side or not; not the quotation
    # of another speaker, not the question, not another state's position
    agenda = art.meta["agenda"]
    assert [(e["actor"], e["proposition"]) for e in agenda] == [
        ("NZL", "cuba_embargo"), ("NZL", "human_rights_council"), ("NZL", "international_criminal_court")]
    assert all(art.text[e["start"]:e["end"]].strip() for e in agenda)
    ids = [s.id for s in art.stances]
    assert len(ids) == len(set(ids))  # debate stances continue the article's numbering


def test_no_author_no_debate_positions() -> None:
    news = stancemap.analyze(SPEECH, title="Ministers meet in New York")
    assert news.author is None and not _debate(news) and "agenda" not in news.meta


def test_jsonl_output_carries_the_agenda(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from stancemap.cli import main

    src = tmp_path / "speeches.jsonl"
    src.write_text(json.dumps({"id": "NZL_2030", "title": "New Zealand: statement in the general debate",
                               "text": SPEECH}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(src), "-f", "jsonl", "-o", str(out), "--no-progress"]) == 0
    art = json.loads(out.read_text(encoding="utf-8"))
    assert art["author"] == "NZL" and len(art["meta"]["agenda"]) == 3
    assert {s["proposition_id"] for s in art["stances"] if s["actor"] == "NZL"} >= {"debate:cuba_embargo"}
