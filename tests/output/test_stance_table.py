from __future__ import annotations

from rich.console import Console

from stancemap.analytics.convergence import convergence
from stancemap.output.stance_table import render_stances, summary_sentence
from stancemap.records import Actor, Alignment, Article, Stance, TextSpan

EV = TextSpan("x", 0, 1)
ACTORS = (Actor(id="AAA", name="Aland", type="state", country="AAA"),
          Actor(id="BBB", name="Borduria", type="state", country="BBB"))


def _article() -> Article:
    sts = tuple(
        Stance(id=f"st{i}", actor=a, issue="syria", issue_label="Syria crisis", proposition=p, polarity=pol,
               strength=1.0, cue=None, evidence=EV, proposition_id=f"syria/{p}")
        for i, (a, p, pol) in enumerate([("AAA", "a ceasefire", 1), ("BBB", "a ceasefire", 1),
                                          ("BBB", "use of force", -1)], 1))
    als = (Alignment(id="al1", a="AAA", b="BBB", issue="syria", polarity=1, claimed_by="AAA",
                     cue=TextSpan("share a similar stance", 0, 1), evidence=EV),)
    return Article(id="t", text="x", actors=ACTORS, stances=sts, alignments=als,
                   convergence=tuple(convergence(sts, als, ACTORS)))


def _text(parts: list[object]) -> str:
    console = Console(width=160, record=True)
    for p in parts:
        console.print(p)
    return console.export_text()


def test_matrix_alignments_and_dyads_render() -> None:
    art = _article()
    out = _text(render_stances(art))
    assert "Aland" in out and "Borduria" in out and "a ceasefire" in out
    assert "+ st1" in out and "− st3" in out
    assert "Aland and Borduria: converging on the Syria crisis (S = 1.00, 1 shared proposition (few)" in out
    assert art.convergence[0].summary.endswith("evidence: st1, st2, al1")
    assert summary_sentence(art.convergence[0], {a.id: a for a in ACTORS}).startswith("Aland and Borduria")


def test_nothing_to_render_for_an_empty_article() -> None:
    assert render_stances(Article(id="e", text="x")) == []
