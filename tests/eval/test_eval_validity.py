"""stancemap eval validity on a small session written for the test."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from stancemap.eval.validity import half_of, partial, render, run, spearman, tfidf_cosines
from stancemap.records import Actor, Article, Stance, TextSpan

EV = TextSpan("x", 0, 1)
COUNTRIES = ["NOR", "SWE", "DNK", "CUB", "VEN", "BOL"]
NORTH = {"NOR", "SWE", "DNK"}
SPEECH = {True: "Open markets and free trade bring growth; targeted sanctions keep the peace. ",
          False: "The embargo and the debt burden strangle our economies; unilateral measures must end. "}


def _write_session(tmp: Path) -> tuple[Path, Path, Path]:
    sp, vo, an = tmp / "speeches.jsonl", tmp / "votes.csv", tmp / "out.jsonl"
    with sp.open("w", encoding="utf-8") as f:
        for c in COUNTRIES:
            f.write(json.dumps({"id": f"{c}_2001", "country": c, "author": c, "title": f"{c}: statement",
                                "text": SPEECH[c in NORTH] * 3 + f"Greetings from {c}."}) + "\n")
    with vo.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["a", "b", "n_shared", "n_agree", "agreement", "s_votes", "both_speech"])
        for i, a in enumerate(COUNTRIES):
            for b in COUNTRIES[i + 1:]:
                same = (a in NORTH) == (b in NORTH)
                agree = 0.9 if same else 0.4
                w.writerow([min(a, b), max(a, b), 50, int(50 * agree), agree, 0.5, 1])
    with an.open("w", encoding="utf-8") as f:
        for c in COUNTRIES:
            north = c in NORTH
            props = (("trade", "free trade", 1), ("trade", "open markets", 1), ("sanctions", "targeted sanctions", 1)) \
                if north else (("sanctions", "the embargo", -1), ("debt", "the debt burden", -1),
                               ("debt", "unilateral measures", -1))
            sts = tuple(Stance(id=f"st{i}", actor=c, issue=iss, issue_label=iss, proposition=p, polarity=pol,
                               strength=1.0, cue=None, evidence=EV) for i, (iss, p, pol) in enumerate(props, 1))
            art = Article(id=f"{c}_2001", text="x", author=c, actors=(Actor(id=c, name=c, type="state", country=c),),
                          stances=sts)
            f.write(json.dumps(art.to_dict()) + "\n")
    return sp, vo, an


def test_statistics() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 2, 3], [3, 2, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 2], [1, 2]) is None
    assert partial(0.5, 0.0, 0.0) == pytest.approx(0.5)
    assert partial(0.5, 0.5, 0.5) == pytest.approx((0.5 - 0.25) / 0.75)
    assert half_of("NOR") in (0, 1) and half_of("NOR") == half_of("NOR")
    cos, impl = tfidf_cosines({"A": "free trade and open markets", "B": "free trade and growth",
                               "C": "the embargo must end now"})
    assert cos[("A", "B")] > cos[("A", "C")] == 0.0 and impl


def test_validity_on_a_small_session(tmp_path: Path) -> None:
    sp, vo, an = _write_session(tmp_path)
    res = run(speeches=sp, votes=vo, analyzed=an, perms=50)
    a = res["all"]
    assert a["eligible"] == 15 and a["covered"] == 15 and a["coverage"] == 1.0
    assert a["stancemap"]["spearman"] > 0.8  # blocs that vote together take the same positions
    assert 1 <= res["positions"]["dims"] <= 2 and res["positions"]["actors"] == 6  # two blocs: rank 1
    assert res["study_half"]["eligible"] + res["held_out_half"]["eligible"] <= 15
    text = render(res)
    assert "held-out half" in text and "all" in text


def test_validity_cli(tmp_path: Path) -> None:
    from io import StringIO

    from stancemap.cli import main

    sp, vo, an = _write_session(tmp_path)
    out = StringIO()
    assert main(["eval", "validity", "--speeches", str(sp), "--votes", str(vo), "--analyzed", str(an),
                 "--perms", "20", "--format", "json"], out=out) == 0
    assert json.loads(out.getvalue())["all"]["covered"] == 15
    assert main(["eval", "validity", "--speeches", str(sp)], out=StringIO()) == 2
    assert main(["eval", "stances"], out=StringIO()) == 2


@pytest.mark.slow
def test_numbers_match_the_reference_scorer(tmp_path: Path) -> None:
    """eval validity and ../shared/tools/validity_correlate.py give the same numbers on the
    same analysed file (the reference scorer reads the report written by the product)."""
    import subprocess
    import sys

    from stancemap.analytics.report import convergence_report
    from tests.conftest import shared_path

    script = shared_path("tools", "validity_correlate.py")
    sp, vo, an = _write_session(tmp_path)
    conv = tmp_path / "conv.json"
    conv.write_text(json.dumps(convergence_report(an, window="all")), encoding="utf-8")
    ref_json = tmp_path / "ref.json"
    subprocess.run([sys.executable, str(script), "--votes", str(vo), "--speeches", str(sp), "--analyzed", str(an),
                    "--convergence", str(conv), "--perms", "30", "--json", str(ref_json)],
                   capture_output=True, text=True, check=True)
    ref = json.loads(ref_json.read_text(encoding="utf-8"))
    ours = run(speeches=sp, votes=vo, analyzed=an, perms=30)["all"]
    assert ref["eligible_dyads"] == ours["eligible"]
    assert ref["coverage"]["n_s"] == ours["covered"]
    assert ref["stancemap"]["spearman"] == pytest.approx(ours["stancemap"]["spearman"], abs=1e-9)
    assert ref["stancemap"]["qap_p"] == pytest.approx(ours["stancemap"]["qap_p"], abs=1e-9)
    assert ref["baseline"]["spearman"] == pytest.approx(ours["baseline"]["spearman"], abs=1e-9)
    assert ref["baseline_on_covered"]["spearman"] == pytest.approx(ours["baseline_on_covered"]["spearman"], abs=1e-9)
    if ref["stancemap_partial_given_baseline"] is None:
        assert ours["partial_given_baseline"] is None
    else:
        assert ref["stancemap_partial_given_baseline"] == pytest.approx(ours["partial_given_baseline"], abs=1e-9)
