"""The wide cue lexicon by frame (data/stances/frames.yaml, issue 9 fifth session): its loader,
the abstract-object restriction (WordNet physical nouns, nlp/stances/frames.py), phrase cues over
their first verb, and agent nouns after "one of". Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.errors import DataFileError
from stancemap.nlp.stances.lexicon import load_frames, load_lexicon

from .stance_checks import assert_stances

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # verbs of the wide lexicon with a proposition as object
    ("Kenya cheered the court ruling on land titles.", [("KEN", 1, "court ruling")]),
    ("Peru scoffed at the mining code.", [("PER", -1, "mining code")]),
    ("Chad rebutted the findings of the audit.", [("TCD", -1, "findings")]),
    ("Mali spearheaded the campaign for a regional grain reserve.", [("MLI", 1, "campaign")]),
    # idioms
    ("Austria threw out the proposal for a motorway toll.", [("AUT", -1, "proposal")]),
    ("Ghana took a swipe at the new cocoa levy.", [("GHA", -1, "cocoa levy")]),
    ("Nepal has little patience for the new visa rules.", [("NPL", -1, "visa rules")]),
    ("Oman showered praise on the shipping accord.", [("OMN", 1, "shipping accord")]),
    # a phrase cue wins over its first verb ("want" +1 on "no part in X")
    ("Iceland wants no part in the proposed whaling quota.", [("ISL", -1, "whaling quota")]),
    # label words and position nouns
    ("Belarus called the report a fabrication.", [("BLR", -1, "report")]),
    ("Georgia dismissed the inquiry as a whitewash.", [("GEO", -1, "inquiry")]),
    ("Qatar voiced its mistrust of the new agency.", [("QAT", -1, "new agency")]),
    ("The port deal won plaudits from Panama.", [("PAN", 1, "port deal")]),
    # agent nouns, also after "one of"
    ("Finland is a long-time detractor of the treaty.", [("FIN", -1, "treaty")]),
    ("Latvia has been one of the loudest champions of the gas cap.", [("LVA", 1, "gas cap")]),
    # a label stated as someone's view, with no reporting verb
    ("In Chile's view, the mining law is a mistake.", [("CHL", -1, "mining law")]),
    ("For Peru, the new tariff is a blunder.", [("PER", -1, "new tariff")]),
    ("According to Bolivia, the lithium deal is unfair.", [("BOL", -1, "lithium deal")]),
    ("The fishing ban is unacceptable to Peru, its foreign ministry said.", [("PER", -1, "fishing ban")]),
    # a demand that something be undone: +1 on the act (polarity follows the cue; reword13)
    ("Ecuador said the fishing ban must be scrapped.", [("ECU", 1, "scrapping the fishing ban")]),
    ("Ecuador said the fishing ban should be rejected.", [("ECU", 1, "rejecting the fishing ban")]),
    # a negator between the words of a phrase cue: no position either way
    ("Spain took issue with the new quota.", [("ESP", -1, "new quota")]),
]

# the same words in an everyday sense: a thing, a place, a person, one's own affairs, a time
NONE: list[str] = [
    "Kenya cheered the athletes at the stadium.",
    "Austria threw out the old chairs from the embassy.",
    "Germany celebrated its national holiday on Saturday.",
    "Norway cheered its team in the final.",
    "Peru rebutted nothing at the meeting.",
    "Mali spearheaded the march through the desert with its troops.",
    "Estonia is one of the countries of the region.",
    "Spain took no issue with the new quota.",
    "For the miners, the mining law is a disaster.",
    "The drought is harmful to Peru.",
]



@pytest.mark.model
@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_frame_cues(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.model
@pytest.mark.parametrize("text", NONE)
def test_everyday_senses_give_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert nlp(text)._.sm_stances == []


def test_frames_are_merged_beneath_the_hand_written_cues() -> None:
    lex = load_lexicon()
    cheer = lex.verbs["cheer"]
    assert cheer.polarity == 1 and cheer.needs_object and cheer.abstract_object
    assert lex.verbs["scoff"].preps == ("at",) and lex.verbs["scoff"].needs_prep
    assert ("take", "swipe", "at") in lex.phrases and lex.phrases[("take", "swipe", "at")].polarity == -1
    assert "fabrication" in lex.negative_labels and "watershed" in lex.positive_labels
    assert lex.agent_nouns["detractor"] == -1 and lex.nouns["mistrust"].polarity == -1
    assert not lex.verbs["reject"].abstract_object  # the hand-written entry wins
    # the physical nouns derived from WordNet: things, places, persons, times, money
    assert {"square", "suspect", "holiday", "dollar"} <= lex.physical_nouns
    assert not {"merger", "plan", "tariff", "ruling"} & lex.physical_nouns
    plain = load_lexicon(frames=False)
    assert "cheer" not in plain.verbs and "fabrication" not in plain.negative_labels


def test_frame_file_errors_name_the_line(tmp_path: Path) -> None:
    p = tmp_path / "frames.yaml"
    p.write_text("groups:\n- frame: x\n  polarity: 2\n  kind: evaluative\n  verbs: [cheer]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="polarity must be 1 or -1") as err:
        load_frames(p)
    assert f"{p}:2" in str(err.value)
    p.write_text("groups:\n- frame: x\n  polarity: 1\n  kind: evaluative\n  verb: [cheer]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown keys"):
        load_frames(p)
    p.write_text("nothing: here\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="list 'groups'"):
        load_frames(p)


def test_a_word_given_twice_keeps_its_first_entry(tmp_path: Path) -> None:
    p = tmp_path / "frames.yaml"
    p.write_text("groups:\n- frame: a\n  polarity: 1\n  kind: evaluative\n  verbs: [hail]\n"
                 "- frame: b\n  polarity: -1\n  kind: evaluative\n  verbs: {hail: [at]}\n"
                 "labels:\n  negative: [sham]\n  positive: [sham]\n", encoding="utf-8")
    f = load_frames(p)
    assert f.verbs["hail"].polarity == 1 and f.verbs["hail"].preps == ()
    assert f.labels == {"sham": -1}
