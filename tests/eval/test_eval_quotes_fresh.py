"""Floors on the hand-labelled fresh quotes sets (issue 9): invented wire articles in PolNeAR's
format, labelled by hand (tests/data/quotes_fresh1.jsonl, written before the speaker fixes of
that round; tests/data/quotes_fresh2.jsonl, written after them and measured once before the
last fix). Built from inline markup by scripts/make_quotes_gold.py (the .src.txt files). The
floors sit just under the values measured when they were added (whole files, all speech rows at
overlap 0.3): fresh1 content F1 0.977, speaker name accuracy 0.882 (76 matched speakers with a
name), actors-from-gold-spans accuracy 0.886 (79); fresh2 0.966, 0.872 (39), 0.857 (42; its
first, unseen measure was 0.872 and 0.833; its name floor is 0.84 since "accused X of Y" is found:
one more matched speaker whose gold name the scorer does not match, 34 right of 40 instead of 39);
fresh3 (tests/data/quotes_fresh3.jsonl, 7 articles, 51 speech attributions, committed before its
first run) 1.000, 0.896 (48), 0.896 (48), direct+mixed 0.875 (16): its first, unseen measure was
0.959, 0.841, 0.854 and direct+mixed 0.929 (14); fresh4 (tests/data/quotes_fresh4.jsonl, 7
articles, 55 speech attributions, committed before its first run) 1.000, 0.904 (52), 0.846 (52),
direct+mixed 1.000 (16): its first, unseen measure was 1.000, 0.692, 0.615 and direct+mixed 0.750
(16). The fresh4 round (speaker_names: role named after its holder, members and "they" of a
body, named ministries) raised fresh1 to 0.922 / 0.924, fresh2 to 0.875 / 0.881 and fresh3 to
0.917 / 0.917 (name / actors); the floors sit just under. fresh5 (tests/data/quotes_fresh5.jsonl, 7
articles, 59 speech attributions, committed before its first run: pronoun speakers across
paragraphs, two Nowaks, spokespeople of bodies, governments by adjective and by possessive) measured
first 0.975, 0.833 (54), 0.836 (55) and direct+mixed 1.000 (9); after the fresh5 round (a charity by
its apposition, a person's name in apposition, "the Commission", "the agency" late, possessive
collectives, officials of an unknown town, a body before "spokeswoman") 0.983, 1.000 (55), 1.000
(55), 1.000 (9), and that round raised fresh1 to 0.948 / 0.949, fresh2 to 0.900 / 0.905 and fresh4
to 0.981 / 0.904 (name / actors). fresh6 (tests/data/quotes_fresh6.jsonl, 6 articles, 45 speech
attributions, written after the spk4 rules: report tags, defined acronyms; committed before its
first run, its sixth article replaced after review by a new story, itself committed before its run)
measured first 0.989, 0.902 (41), 0.929 (42) and direct+mixed 1.000 (7). In the same session's
evfresh11 round regulators became state bodies (sector GOV, as the events conventions code them):
fresh2's "<country>'s cocoa regulator", named as a board only in the next sentence, is now the
country's government instead of the country, and the scorer's containment match no longer takes
the country's name for the board's, so fresh2 is at 0.875 / 0.881 (name / actors) and its floors
sit at 0.87 (a regulator named before the body it is: left undone). See docs/speakers.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"

# (file, articles, gold speech attributions, content F1 floor, speaker-name floor, actors floor,
#  direct+mixed speaker-name floor)
FRESH = [
    ("quotes_fresh1.jsonl", 11, 88, 0.96, 0.93, 0.93, 0.95),
    ("quotes_fresh2.jsonl", 6, 45, 0.95, 0.87, 0.87, 0.95),
    ("quotes_fresh3.jsonl", 7, 51, 0.97, 0.90, 0.90, 0.85),
    ("quotes_fresh4.jsonl", 7, 55, 0.98, 0.96, 0.88, 0.93),
    ("quotes_fresh5.jsonl", 7, 59, 0.97, 0.97, 0.97, 0.95),
    # fresh6 after the spk5 round: 0.989, 0.976 (41), 0.976 (42), direct+mixed 1.000 (7).
    ("quotes_fresh6.jsonl", 6, 45, 0.97, 0.95, 0.95, 0.95),
    # fresh7 (7 articles, 48 speech attributions: companies the tagger takes for persons, "The
    # operator, X,", a UN agency's spokesman named in apposition, interrupted quotations, an anonymous
    # source, a report tag; committed before its first run): first measure 0.990, 0.909 (44), 0.909
    # (44), direct+mixed 1.000 (7); after the spk5 round 1.000, 0.977, 0.977, 1.000.
    ("quotes_fresh7.jsonl", 7, 48, 0.98, 0.95, 0.95, 0.95),
    # fresh8 (6 articles, 60 speech attributions, longer articles: two people of one surname in two
    # of them, spokespeople of a company, an airline and a UN agency, "officials at the ministry",
    # "they" and "the ministry" after a body, interrupted, multi-paragraph and colon quotations,
    # "according to"; committed before its first run): first measure 1.000, 0.842 (57), 0.860 (57),
    # direct+mixed 0.923 (13); after the spk6 round 1.000, 0.947, 0.912, 1.000; after spk7 1.000,
    # 1.000, 0.965, 1.000.
    ("quotes_fresh8.jsonl", 6, 60, 0.98, 0.97, 0.94, 0.95),
    # fresh9 (7 articles, 60 speech attributions: a court then "the court", "the ministry" after a
    # finance minister, "officials at the interior ministry" named nowhere else, a UN agency with its
    # acronym in apposition, a State Department spokeswoman, "his ... counterpart, NAME", "the
    # watchdog" after a central bank and a fraud commission, anonymous sources; committed before
    # its first run): first measure 0.960, 0.906 (53), 0.887 (53), direct+mixed 1.000 (14); after
    # the spk7 round 0.960, 1.000, 1.000, 1.000 (the spk7 round also raised fresh8 to 1.000 / 0.965).
    ("quotes_fresh9.jsonl", 7, 60, 0.95, 0.97, 0.97, 0.95),
]


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize(("name", "n", "n_gold", "f1_floor", "name_floor", "act_floor", "dm_floor"), FRESH,
                         ids=[f[0] for f in FRESH])
def test_fresh_quotes_floors(name: str, n: int, n_gold: int, f1_floor: float, name_floor: float,
                             act_floor: float, dm_floor: float) -> None:
    from stancemap.eval import actors, statements

    res = statements.run(DATA / name)
    row = res["rows"]["all"][0]
    assert res["articles"] == n and row["tp"] + row["fn"] == n_gold
    assert row["f1"] >= f1_floor, row
    assert row["speaker_name_acc"] >= name_floor, row
    dm = res["rows"]["direct+mixed"][0]
    assert dm["speaker_name_acc"] >= dm_floor, dm
    act = actors.run(DATA / name)
    assert act["all"]["accuracy"] >= act_floor, act["all"]


def test_fresh_quotes_spans_are_exact() -> None:
    import json

    for name, n, *_ in FRESH:
        recs = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]
        assert len(recs) == n
        for r in recs:
            t = r["text"]
            for q in r["quotes"]:
                assert q["cue"]["text"] == " ".join(t[a:b] for a, b in q["cue"]["spans"])
                assert q["content"]["text"] == " ".join(t[a:b] for a, b in q["content"]["spans"])
                sp = q["speaker"]
                assert sp["text"] == t[sp["start"]:sp["end"]]
