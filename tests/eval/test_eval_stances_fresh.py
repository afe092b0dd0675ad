"""Floors on the hand-labelled fresh stance sets (issue 9): sentences written for the project in
wire style and labelled by the stance gold's rules (tests/data/stances_fresh1.jsonl, written
before the fixes of that round; tests/data/stances_fresh2.jsonl, written after them and measured
once before any further change). The floors sit just under the values measured when they were
added (whole files): fresh1 stances F1 0.930, alignments 0.854; fresh2 stances 0.923,
alignments 0.872 (its first, unseen measure was 0.913 / 0.829). A second round added longer wire
sentences: tests/data/stances_fresh3.jsonl (first measure 0.701 / 0.600, then studied: 0.861 / 0.667)
and tests/data/stances_fresh4.jsonl (written after those fixes, first and only measure 0.842 / 0.429;
most of its alignment misses are actor names, see docs/positions.md). Alignment records then got
their sides as mentions of the evidence sentence (``actors``: "Tehran", not the first name of the
actor Tehran was merged into), which the scorers read first: alignments fresh1 0.854 -> 0.902,
fresh2 0.872 -> 0.923, fresh3 0.667 -> 0.730, fresh4 0.512 -> 0.837 (same detections, another
representation of the pair). tests/data/stances_fresh_sides1.jsonl (26 wire sentences, 24
alignments, written after that change by the helper who made it) measured 0.909 / 0.933 on its first
run (the rules before the change: 0.895 / 0.636; the same output without the sides: alignments 0.667).
After review, sides1-24 lost its alignment for ", a move X called a betrayal" (the written rule asks
for an explicit marker of B's act; the system gave none): 0.909 / 0.955 on 23 alignments.
Named groupings of states as one holder (the West, the Baltic states) then gave fresh1 alignments
0.916, fresh2 0.935 / 0.950, fresh3 stances 0.868. See docs/positions.md. A third round (tests/data/stances_fresh5.jsonl, 50 long wire sentences written before that round's fixes) measured
0.826 / 0.641 first; after studying fresh3, fresh4 and fresh5 the three files give 0.894 / 0.688,
0.889 / 0.512 and 0.878 / 0.744 (fresh5 with 41 alignments after two rewordings). See docs/positions.md.
All merged (sides, groupings, round-3 rules): fresh1 0.936 / 0.916, fresh2 0.935 / 0.950, fresh3
0.901 / 0.750, fresh4 0.889 / 0.837, fresh5 0.909 / 0.769, sides1 0.909 / 0.978.
tests/data/stances_fresh6.jsonl (40 long wire sentences on new stories, written after all of those
fixes and committed before its first run) measured 0.885 / 0.963 on that first run (0.894 / 0.963 after
one label fix: fresh6-08's "the government's plan", README section 3). Then studied, with fresh3-5:
actors of groupings ("the two countries" of two officials, "African leaders", the Quad), state bodies
("Peru's electoral commission"), bare "parliament"/"the security cabinet", "they" of a reported
coordination: fresh3 0.940 / 0.806, fresh4 0.908 / 0.889, fresh5 0.921 / 0.785, fresh6 0.912 / 0.982.
tests/data/stances_fresh7.jsonl (40 long wire sentences on new stories, committed before its first run)
measured 0.861 / 0.786 on that first run; then studied (the whole file): labels inside participles
("with B calling the measure Y"), critical nouns authored by "from X", relatives on summing-up nouns
("a decision that X said it regretted"), told clauses read as relatives, "each accusing the other's X
of Y", authored rules and regulations: 0.961 / 0.881 (fresh6 0.912 -> 0.938 stances); 0.968 / 0.949 on
the merged tree after the fresh8 round.
tests/data/stances_fresh8.jsonl (40 long wire sentences on new stories, committed before its first run)
measured 0.871 / 0.654 on that first run (the honest, unseen number); then studied (the whole file):
plural civil-society holders, no alignment with a company, "provided that" conditions, possessive
position nouns that align, "what it called Y by Z", state names for a state's unnamed bodies and for
"his government", "by-elections", ", a proposal that X opposed": 0.90 / 0.75 (see docs/positions.md).
tests/data/stances_fresh9.jsonl (40 long wire sentences on new stories weighted to the second sides of
alignments, committed before its first run) measured 0.687 / 0.645 on that first run (the honest,
unseen number); then studied with fresh8: unnamed state bodies the events stage placed as authors and
partners ("the government's plan", "an offer from the interior ministry") and their spokespeople as
holders, reciprocal accusations with their charge, datelines taken into names, sub-national
governments, civil crowds and community leaders as holders, companies named after their description,
"traded barbs with B": fresh9 0.803 / 0.901, fresh8 0.939 / 0.848.
tests/data/stances_fresh10.jsonl (40 long wire sentences on new stories, an ordinary mix of wire copy,
committed before its first run) measured 0.784 / 0.632 on that first run (the honest, unseen number;
0.784 / 0.684 with one side's name corrected afterwards, fresh10-28: "Washington" as the text names
it; fresh10-12 was later rewritten as a new story because it retold fresh5-33's, and the base rules
score the rewritten file the same); then studied (the whole file) with fresh9: named authors of plans
whose infinitive is a cue ("a plan by X to ban Y"), ", each accusing the other of X", "its chairman"
of an organisation, "they" of a coordinated clause, plural state office-holders, a bare "Commission"
in an EU article, protests called against X, unknown party names before "party", a person object
with a state's possessive: fresh10 0.824 / 0.762, fresh9 0.846 / 0.917.
tests/data/stances_fresh11.jsonl (40 long wire sentences on new stories, an ordinary mix, 69 stances and
22 alignments, committed before its first run) measured 0.774 / 0.703 on that first run (stances P 0.873
R 0.696, alignments P 0.867 R 0.591: the honest, unseen number; rows 28 and 37 were later replaced by new
stories because they retold older files' stories, and the base rules score the replaced file the same);
then studied (the whole file): "despite
objections from A and B" hung on a said clause, "hoped Y would end Z", ", a ruling A welcomed and B
criticised" (a garden path), ", a decision welcomed by A and criticised by B", a summing noun's comma
read on its own words, "a domestic legal matter" as no label, "over what it called illegal X by Y"
(src/stancemap/nlp/stances/recall11.py): fresh11 0.868 / 0.757, fresh10 stances 0.824 -> 0.831.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"

# (file, sentences, gold stances, gold alignments, stance F1 floor, alignment F1 floor)
FRESH = [
    ("stances_fresh1.jsonl", 60, 74, 43, 0.92, 0.90),
    ("stances_fresh2.jsonl", 40, 45, 21, 0.92, 0.93),
    # fresh3 0.952 -> 0.929 on 2026-12-06 (fourth session): a body the tables name by acronym keeps the
    # full name the article introduces it by (spk5, nlp/actors/state.py spelled_out_form, the project's one-canonical-
    # name convention); one fresh3 label names such a body only by its acronym, and the scorer matches
    # holders by name words, so two of its stances no longer match. The label is left as written.
    ("stances_fresh3.jsonl", 60, 86, 37, 0.92, 0.80),
    ("stances_fresh4.jsonl", 40, 62, 25, 0.90, 0.88),
    ("stances_fresh5.jsonl", 50, 96, 41, 0.91, 0.78),
    ("stances_fresh6.jsonl", 40, 64, 28, 0.90, 0.97),
    ("stances_fresh7.jsonl", 40, 78, 30, 0.95, 0.93),
    ("stances_fresh8.jsonl", 40, 74, 32, 0.93, 0.84),
    ("stances_fresh9.jsonl", 40, 79, 38, 0.84, 0.91),
    ("stances_fresh10.jsonl", 40, 83, 23, 0.82, 0.75),
    ("stances_fresh11.jsonl", 40, 69, 22, 0.85, 0.74),
    ("stances_fresh_sides1.jsonl", 26, 40, 23, 0.90, 0.96),
]


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize(("name", "n", "n_st", "n_al", "st_floor", "al_floor"), FRESH, ids=[f[0] for f in FRESH])
def test_fresh_sets_floors(name: str, n: int, n_st: int, n_al: int, st_floor: float, al_floor: float) -> None:
    from stancemap.eval.stances import run

    res = run(DATA / name)
    assert res["sentences"] == n
    assert res["stances"]["gold"] == n_st and res["alignments"]["gold"] == n_al
    assert res["stances"]["f1"] >= st_floor, res["stances"]
    assert res["alignments"]["f1"] >= al_floor, res["alignments"]
