"""Floors on the own wire-style event files in the GSR format (issue 15): sentences written for the
project with datelines, attributions, sub-state actors and background clauses, labelled by
docs/events.md before any measure. ``event_gsr_heldout1.jsonl`` (gsrprec round),
``event_gsr_heldout2.jsonl`` (evfresh round, written before its fixes: first measured root F1
0.737, dyad3+root 0.561; one label corrected to a written convention afterwards, 0.744 / 0.570 on
the code of that first measure) and ``event_gsr_heldout3.jsonl`` (written after those fixes and measured
once: root 0.709, dyad3+root 0.527). The floors sit just under the values measured when they
were added (whole files, PLOVER 2021 types); see docs/events.md. heldout2's floor moved from 0.76 /
0.61 to 0.75 / 0.60 when the speaker round (spfresh) resolved more unnamed bodies ("authorities" to
their government): two acts that a text only permits ("a law allowing the government to shut down
X", "a bill that would let authorities hold Y") then found a source and became events (0.765 / 0.612
-> 0.756 / 0.605), a known gap of the events stage (permitted acts are coded as done).
``event_gsr_heldout4.jsonl`` (evclause round: 40 sentences written before its fixes, weighted to
acts in relative, participle and adverbial clauses, coordinated verbs, and acts only permitted,
proposed, planned, threatened or denied): first measured root F1 0.782, dyad3+root 0.647, then studied
(0.875 / 0.750 after the round). Not fully independent: one item extends a heldout1 sentence and
several stories recur in heldout5 (docs/events.md).
After both rounds were merged (clause-level acts and modality, party codes), whole files:
heldout1 0.871 / 0.822, heldout2 0.828 / 0.747, heldout3 0.734 / 0.624, heldout4 0.875 / 0.750,
heldout5 0.776 / 0.627 (all studied by then); the floors sit just under.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"

# (file, records, gold events, root F1 floor, dyad3+root F1 floor)
FRESH = [
    ("event_gsr_heldout1.jsonl", 67, 78, 0.86, 0.81),
    ("event_gsr_heldout2.jsonl", 60, 86, 0.82, 0.74),
    ("event_gsr_heldout3.jsonl", 40, 52, 0.72, 0.61),
    ("event_gsr_heldout4.jsonl", 40, 62, 0.86, 0.74),
]

# event_gsr_heldout5.jsonl (evparty round): 40 sentences rich in actors named by role, nationality,
# party, court, company, IGO organ and place, written before any measure; first measure (whole file,
# PLOVER 2021): root F1 0.761, dyad3+root 0.492. Studied afterwards for party codes (0.761 / 0.597 after
# that round's rules and its review, docs/events.md "Party codes on wire copy, second round"; one label,
# a junta as GOV, corrected to the written convention without changing its dyad).
FRESH += [("event_gsr_heldout5.jsonl", 40, 67, 0.77, 0.61)]

# event_gsr_heldout6.jsonl (evfresh6 round): 40 sentences on stories and countries not in heldout1-5
# (expulsions, deportations, charges, releases, bans, visits, agreements, election disputes, two with
# no event), written and committed before any run; first measure (whole file, PLOVER 2021, the merged
# code of the evclause/evparty rounds): root F1 0.789, dyad3+root 0.667 (0.684 once one label's Kosovo code,
# KOS, was corrected to the project's KSV, a separate commit). Studied afterwards: 0.852 / 0.748 after the
# round's rules (docs/events.md "Own wire file 6").
FRESH += [("event_gsr_heldout6.jsonl", 40, 57, 0.84, 0.73)]

# event_gsr_heldout7.jsonl (evfresh7 round): 40 sentences on stories not in heldout1-6 (sub-state actors,
# IGOs, passives, nominal events, reported acts, clauses, two with no event), written and committed before
# any run; first measure (whole file, PLOVER 2021, main after the evfresh6 round): root F1 0.778, dyad3+root
# 0.667. Studied afterwards: 0.826 / 0.761 after the round's rules (docs/events.md "Own wire file 7"); 0.839 /
# 0.774 on the merged tree after the evfresh8 round.
FRESH += [("event_gsr_heldout7.jsonl", 40, 48, 0.83, 0.76)]

# event_gsr_heldout8.jsonl (evfresh8 round): 40 sentences on stories not in heldout1-7 (sub-state actors,
# IGOs, passives, nominal events, reported acts, clauses, multi-event sentences, two with no event), written
# and committed before any run; first measure (whole file, PLOVER 2021, main 20af6d7): root F1 0.841,
# dyad3+root 0.785. Studied afterwards: 0.897 / 0.860 after the round's rules (docs/events.md "Own wire
# file 8").
FRESH += [("event_gsr_heldout8.jsonl", 40, 55, 0.87, 0.83)]

# event_gsr_heldout9.jsonl (evfresh9 round): 40 sentences (sub-state actors, IGOs, passives, clauses, participle
# asides after an act, visits, crowds, two with no event), written and committed before any run; first measure
# (whole file, PLOVER 2021, main fb2ae02): root F1 0.774, dyad3+root 0.717 (dyad+root 0.547). Two rows retell
# stories of studied files (030, the Venezuelan expulsion of Latin American diplomats, heldout3; 031, the
# abduction of a Ugandan opposition figure, heldout5); without them the first measure is 0.772 / 0.713 (38
# records). Studied afterwards: 0.954 / 0.917 after the round's rules (docs/events.md "Own wire file 9").
FRESH += [("event_gsr_heldout9.jsonl", 40, 55, 0.94, 0.90)]

# event_gsr_heldout10.jsonl (evfresh10 round): 40 sentences on new stories (visits, protests and repression,
# sentences and arrests, outlets banned, sanctions, aid and loans, joint drills, expulsions, one with no event),
# written and committed before any run; first measure (whole file, PLOVER 2021, main 7b02f9e): root F1 0.827,
# dyad3+root 0.808 (dyad+root 0.654). Four rows retell stories of older files (018 a Guards' tanker seizure,
# heldout8-009; 021 EU sanctions on Russia extended, heldout8-006; 032 German police raids on far-right suspects,
# heldout2; 034 Philippine joint naval drills, pairs heldout4): without them the first measure is 0.808 / 0.787
# (36 records, same code). One label corrected afterwards as a plain coding mistake (a lifted curfew is 0813
# RETREAT, not 081). Studied afterwards: 0.951 / 0.951 after the round's rules (docs/events.md "Own wire
# file 10 and pair file 8").
FRESH += [("event_gsr_heldout10.jsonl", 40, 52, 0.93, 0.93)]

# event_gsr_heldout11.jsonl (evfresh11 round): 40 sentences on new stories (summons, arrests after protests, strikes,
# sentences, deportations, asylum, aid, a treaty, a regulator's ban, parties dissolved, tariffs, an ambush, an air
# strike, visits hosted; two with no event), committed before any run (8717d6d); first measure (whole file, PLOVER
# 2021, main bb2bcec): root F1 0.835, dyad3+root 0.777 (dyad+root 0.583); study part 0.787 / 0.787, sealed
# 0.905 / 0.762. Review round 1 found two rows that were no new stories (003 retold heldout5-005, an SBU detention;
# 038 the story of evlex's pairs heldout9 row 16): both replaced by new stories in a separate commit after the
# measure; on the replaced file main bb2bcec gives 0.838 / 0.781. Studied afterwards (study part only): 0.891 /
# 0.832 after the round's rules (docs/events.md "Own wire file 11").
FRESH += [("event_gsr_heldout11.jsonl", 40, 52, 0.87, 0.81)]

# event_gsr_heldout12.jsonl (evfresh12 round): 40 sentences on new stories, an ordinary mix from Africa, Asia, Latin
# America, the Middle East and Europe (two with no event), committed before any run (b82abfb). First measure (whole
# file, PLOVER 2021, base d91fb0b): root F1 0.784, dyad3+root 0.706 (dyad+root 0.529); study part 0.846 / 0.731,
# sealed 0.720 / 0.680. One label then fixed as a plain mistake under docs/events.md in its own commit (row 003: the
# alleged act of an accusation and the rejection of the charge): same code 0.808 / 0.731 (47 gold events). Review
# round 2 found four rows that were no new stories (011 retold heldout10-036, 031 heldout1-061, 005 followed
# heldout7-001, 017 told stances_fresh11-06's story): replaced by new stories in a separate commit (f80ad9a); on the
# replaced file the base code gives 0.808 / 0.731 (dyad+root 0.577). Studied afterwards (study part only): 0.835 /
# 0.777 (dyad+root 0.621) after the round's rules (docs/events.md "Own wire file 12 and pair file 10").
FRESH += [("event_gsr_heldout12.jsonl", 40, 47, 0.82, 0.76)]
# event_gsr_heldout13.jsonl (evfresh13 round): 40 sentences on new stories, an ordinary mix from Africa, Asia, Latin
# America, the Middle East and the Pacific (one with no event), committed before any run (7e228fa). First measure
# (whole file, PLOVER 2021, base a9c9109): root F1 0.897, dyad3+root 0.707 (dyad+root 0.483); study part 0.864 /
# 0.716, sealed 0.971 / 0.686. One label then fixed as a plain mistake under the written conventions in its own
# commit (d623212, row 003: the rally's protest): same base code 0.906 / 0.718 (59 gold events). Row 037 (an army
# retaking a town) shares a stock skeleton with an older row (review round 1). Studied afterwards (study part only):
# 0.906 / 0.752 (dyad+root 0.513) after the round's rules (docs/events.md "Own wire file 13 and the bundled example").
FRESH += [("event_gsr_heldout13.jsonl", 40, 59, 0.89, 0.73)]
# event_gsr_heldout14.jsonl (evfresh14 round): 40 sentences on new stories, an ordinary mix from Africa, Asia, Latin
# America, the Middle East, Europe and the Pacific (one with no event, 27 with two or more events), committed before
# any run (f5a32d1). First measure (whole file, PLOVER 2021, base 84e621f): root F1 0.759, dyad3+root 0.683
# (dyad+root 0.392); study part 0.817 / 0.731, sealed 0.677 / 0.615. Studied afterwards (study part only): 0.782 /
# 0.731 (dyad+root 0.436) after the round's rules (docs/events.md "Own wire file 14").
FRESH += [("event_gsr_heldout14.jsonl", 40, 79, 0.77, 0.72)]


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize(("name", "n", "n_ev", "root_floor", "dyad3_floor"), FRESH, ids=[f[0] for f in FRESH])
def test_own_wire_event_files_floors(name: str, n: int, n_ev: int, root_floor: float, dyad3_floor: float) -> None:
    from stancemap.eval.events import run

    res = run(DATA / name)
    scores = res["scores"]
    assert res["records"] == n
    assert scores["root"]["gold"] == n_ev
    assert scores["root"]["f1"] >= root_floor, scores["root"]
    assert scores["dyad3+root"]["f1"] >= dyad3_floor, scores["dyad3+root"]


# event_pairs_heldout6.tsv (evpair round): 40 own wire-style sentences in the pair format (marked source and
# target, PLOVER root type), weighted to the types weakest on the pair set's study part (COOPERATE, PROTEST,
# AGREE, AID, MOBILIZE, ...), committed before any run. First measure (the honest estimate, base code of the
# round): pair recall 0.800, type accuracy on covered pairs 0.875, macro-F1 0.825. Studied afterwards (its
# misses printed at that first run): 0.900 / 1.000 / 0.949 after the round's rules (docs/events.md, "Pair
# types, evpair round"). Scored like scripts/eval_event_types.py and the pair protocol of the shared set.
PAIR_FILES = [("event_pairs_heldout6.tsv", 40, 0.875, 0.90)]
# event_pairs_heldout7.tsv (evpair3 round): 40 own pair sentences on new stories, weighted to the weakest study-part
# types (COOPERATE, PROTEST, AGREE, AID, MOBILIZE, THREATEN, SUPPORT, YIELD, REQUEST), committed before any run.
# First measure (the honest estimate, main fb2ae02): pair recall 0.800, type accuracy on covered pairs 0.969,
# macro-F1 0.790. Studied afterwards (its misses printed at that first run): 0.800 / 1.000 / 0.829 after the
# round's rules (docs/events.md, "Pair types, evpair3 round"); its other misses are uncovered pairs.
PAIR_FILES += [("event_pairs_heldout7.tsv", 40, 0.775, 0.80)]
# event_pairs_heldout8.tsv (evfresh10 round): 40 own pair sentences on new stories, an ordinary (unweighted) mix of
# types with one NONE row, committed before any run. First measure (the honest estimate, main 7b02f9e): pair
# recall 0.897, type accuracy on covered pairs 1.000, macro-F1 0.905 (39 typed pairs). That measure included a row
# copied from event_types_heldout2 with a number changed (Saudi deposit in Pakistan's central bank; replaced after
# the measure by a new AID story) and two retold stories (Rwanda accuses Burundi, pairs heldout2; Thai charges
# dropped, event_types_heldout2): without those three the first measure is 0.889 / 1.000 / 0.901 (36 pairs, same
# code). Studied afterwards; its four
# uncovered pairs are argument gaps left open (docs/events.md "Own wire file 10 and pair file 8").
PAIR_FILES += [("event_pairs_heldout8.tsv", 39, 0.87, 0.88)]
# event_pairs_heldout9.tsv (evlex round): 40 own pair sentences on new stories (checked against every tests/data
# file), an ordinary mix of types with one NONE row, committed before any run. First measure (the honest estimate,
# main bb2bcec): pair recall 0.949, type accuracy on covered pairs 0.973, macro-F1 0.942 (39 typed pairs). Studied
# afterwards (its misses printed at that first run): 0.949 / 1.000 / 0.964 after the round's lexicon changes (sums
# released as aid); its two uncovered pairs (a demand on a provincial government, a rally against a prime minister)
# are argument gaps left open.
PAIR_FILES += [("event_pairs_heldout9.tsv", 39, 0.92, 0.92)]
# event_pairs_heldout11.tsv (evlex2 round): 40 own pair sentences on new stories (checked against every tests/data
# file), weighted to the ASSAULT / COERCE / THREATEN / PROTEST / SANCTION boundaries and to relations stated in
# nominal, participle, relative, passive or light-verb form, one NONE row; committed before any run. First measure
# (the honest estimate, branch evlex2 at bef8888 = main d91fb0b + the file; the run started after the commit): pair
# recall 0.641, type accuracy on covered pairs 0.920, macro-F1 0.714 (39 typed pairs; the NONE row got an event).
# Without the eight rows later found retelling older tests/data stories (same code): 0.581 / 0.889 / 0.688 (31 pairs).
# Those rows were replaced by new stories in two separate commits (37d2100, 65e907e); the file as it stands measures
# 0.641 / 0.920 / 0.720 on the round's final code (its misses were studied; most are victims or objects the actor
# stage does not make parties, left open).
# evpairs12 round: 0.744 / 0.966 / 0.810 (victims and sites as targets: "the kidnapping of X by Y", herders and
# conductors as people acted on, a light verb's "on" object of force); floor raised.
PAIR_FILES += [("event_pairs_heldout11.tsv", 39, 0.72, 0.75)]
# event_pairs_heldout10.tsv (evfresh12 round): 40 own pair sentences on new stories (checked against every
# tests/data file), an ordinary mix of types with one NONE row, committed before any run (b82abfb). First measure (the
# honest estimate, base d91fb0b): pair recall 0.872, type accuracy on covered pairs 0.971, macro-F1 0.906 (39 typed
# pairs). Row 6 told the story of a row of evlex2's pair file 11 (committed first) and was replaced by a new story
# after review round 2 (f80ad9a): the base code then gives 0.897 / 0.971 / 0.919. Studied afterwards (its misses
# printed after that first run); unchanged by the round's rules: its four uncovered pairs (a convoy whose country is
# taken as the target, citizens stripped of nationality, a concession to strikers, a joint search by a light verb)
# are left open.
PAIR_FILES += [("event_pairs_heldout10.tsv", 39, 0.87, 0.90)]
# event_pairs_heldout12.tsv (evpairs12 round): 40 own pair sentences on new stories (checked against every
# tests/data file by place, actor and key words), an ordinary mix of types with one NONE row, about a third of the
# rows in recall-hard forms (nominal, passive, relative, light verb, "from" source, victims as targets); committed
# before any run (42b792c). First measure (the honest estimate, base a9c9109): pair recall 0.872, type accuracy on
# covered pairs 0.941, macro-F1 0.838 (39 typed pairs); the NONE row got an event. Studied since (its misses were
# printed): 0.897 / 0.943 / 0.847 after the evpairs12 rules (a light verb's "on" object of force). Two labels fixed
# after the first measure, plain mistakes under docs/events.md (sanctions imposed are COERCE, agreements signed
# SUPPORT): on the base code 0.872 / 1.000 / 0.930, after the round's rules 0.897 / 1.000 / 0.940.
PAIR_FILES += [("event_pairs_heldout12.tsv", 39, 0.87, 0.92)]
# event_pairs_heldout13.tsv (evpairs13 round): 40 own pair sentences on new stories (checked against every
# tests/data file by place, actor and key words; near-repeats replaced before the commit), an ordinary mix of
# types with one NONE row, about a third in recall-hard forms; committed before any run (9f7dc603). First measure
# (the honest estimate, on that commit): pair recall 0.795, type accuracy on covered pairs 1.000, macro-F1 0.842
# (39 typed pairs); the NONE row got no event. Studied since (its misses were printed): 0.897 / 1.000 / 0.951
# after the evpairs13 rules (alongside, scrambles, the other side of a show of force, a strike to press X).
PAIR_FILES += [("event_pairs_heldout13.tsv", 39, 0.87, 0.92)]


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize(("name", "n", "recall_floor", "macro_floor"), PAIR_FILES, ids=[f[0] for f in PAIR_FILES])
def test_own_pair_files_floors(name: str, n: int, recall_floor: float, macro_floor: float) -> None:
    from stancemap.api import analyze_many
    from stancemap.eval.events import score_pairs
    from stancemap.nlp.events.training import read_examples

    exs = [e for e in read_examples(DATA / name) if e.label != "NONE"]
    gold = [{"id": f"x{i}", "text": e.text,
             "events": [{"source_span": list(e.source), "target_span": list(e.target), "code": e.label}]}
            for i, e in enumerate(exs)]
    arts = {str(a.id): a.to_dict(include_text=False)
            for a in analyze_many([{"id": g["id"], "text": g["text"]} for g in gold])}
    s = score_pairs(gold, arts)
    assert s["pairs"] == n
    assert s["pair_recall"] >= recall_floor, s
    assert s["macro_f1"] >= macro_floor, s
