"""The seed article: the events the general rules find between Turkey and Russia."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def article():  # type: ignore[no-untyped-def]
    from stancemap.api import analyze

    text = shared_path("examples", "turkey-russia-syria-iran-2012.txt").read_text(encoding="utf-8")
    return analyze(text, id="example", date="2012-01-18")


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def _events(article, root: str):  # type: ignore[no-untyped-def]
    return [e for e in article.events if e.cameo_root == root]


def test_meeting_between_turkey_and_russia(article) -> None:  # type: ignore[no-untyped-def]
    dyads = {(_country(e.source_code), _country(e.target_code)) for e in _events(article, "04")}
    assert ("TUR", "RUS") in dyads and ("RUS", "TUR") in dyads


def test_turkish_offer_and_russian_rejection(article) -> None:  # type: ignore[no-untyped-def]
    intents = _events(article, "03")
    assert any(_country(e.source_code) == "TUR" and _country(e.target_code) == "RUS" for e in intents)
    assert any(e.cameo == "036" and _country(e.source_code) == "TUR" for e in intents)  # host talks
    rejects = _events(article, "12")
    assert any(_country(e.source_code) == "RUS" for e in rejects)


def test_event_records_are_complete(article) -> None:  # type: ignore[no-untyped-def]
    assert article.events
    for e in article.events:
        assert e.evidence.text == article.text[e.evidence.start:e.evidence.end]
        assert e.date in ("2012-01-18", "2012-01-17")  # the article date, or "yesterday"
        assert e.cameo_root == e.cameo[:2] and e.goldstein is not None
        assert e.id.startswith("e")
    assert any(e.reported and e.statement for e in article.events)
    assert any(e.date == "2012-01-17" and e.cameo_root == "04" for e in article.events)  # "held ... yesterday"
    assert all(e.plover in (None, "AGREE", "CONSULT", "SUPPORT", "REJECT", "REQUEST", "ACCUSE")
               for e in article.events)
