from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.analytics.from_json import article_from_dict, articles_from_jsonl, corpus_convergence_jsonl
from stancemap.errors import InputError
from stancemap.records import Actor, Article, Stance, TextSpan


def _art(aid: str, date: str, pol: int) -> Article:
    ev = TextSpan("x", 0, 1)
    return Article(id=aid, text="x", date=date,
                   actors=(Actor(id="AAA", name="Aland", type="state", country="AAA"),
                           Actor(id="BBB", name="Borduria", type="state", country="BBB")),
                   stances=(Stance(id="st1", actor="AAA", issue="syria", issue_label="Syria crisis",
                                   proposition="a ceasefire", polarity=1, strength=1.0, cue=None, evidence=ev,
                                   proposition_id="syria/ceasefire"),
                            Stance(id="st2", actor="BBB", issue="syria", issue_label="Syria crisis",
                                   proposition="a ceasefire", polarity=pol, strength=1.0, cue=ev, evidence=ev,
                                   proposition_id="syria/ceasefire")))


def test_round_trip_and_corpus_series(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    arts = [_art("a1", "2012-01-03", -1), _art("a2", "2012-03-09", 1)]
    out.write_text("\n".join(json.dumps(a.to_dict()) for a in arts) + "\n", encoding="utf-8")
    back = list(articles_from_jsonl(out))
    assert back[0].stances == arts[0].stances and back[1].actors == arts[1].actors
    series = corpus_convergence_jsonl([out])
    assert [(c.window, c.s_score) for c in series] == [("2012-01", -1.0), ("2012-03", 1.0)]
    assert article_from_dict({"id": "e"}).stances == ()


def test_bad_line_reports_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:2"):
        list(articles_from_jsonl(p))


def test_full_round_trip_of_an_analysed_article() -> None:
    """The JSON form read back gives the very same record, every field (the store and the web
    pages rebuild articles this way), and a stance strength of 0 stays 0 (absent means 1)."""
    from stancemap.api import analyze

    art = analyze("Norway's foreign minister said on Monday that Oslo firmly opposes new sanctions on Chad. "
                  "\"We will not support them,\" she told reporters in Oslo.", id="rt1",
                  title="Norway against sanctions", date="2024-05-06")
    assert art.statements and art.stances
    assert article_from_dict(json.loads(json.dumps(art.to_dict()))) == art
    weak = {"id": "w", "stances": [{"id": "s1", "polarity": 1, "strength": 0}, {"id": "s2", "polarity": -1}]}
    assert [s.strength for s in article_from_dict(weak).stances] == [0.0, 1.0]
    assert article_from_dict({"id": "m", "meta": '{"seconds": 0.5}'}).meta == {"seconds": 0.5}
    assert article_from_dict({"id": "m", "meta": "not json"}).meta == {}


def test_agenda_survives_the_round_trip(tmp_path: Path) -> None:
    agenda = [{"actor": "AAA", "proposition": "cuba_embargo", "issue": "cuba", "start": 0, "end": 40}]
    art = Article(id="sp1", text="x", author="AAA", meta={"agenda": agenda, "seconds": 1.5})
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps(art.to_dict()) + "\n", encoding="utf-8")
    (back,) = articles_from_jsonl(out)
    assert back.author == "AAA" and back.meta["agenda"] == agenda
