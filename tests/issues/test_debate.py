"""Debate propositions: which ones a sentence names and the side its cues give (sentences
written for the project)."""

from __future__ import annotations

import pytest

from stancemap.errors import DataFileError
from stancemap.issues.debate import DebateCatalogue, default_debate_catalogue

CAT = default_debate_catalogue()


def _sides(sentence: str) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for m in CAT.find(sentence):
        side = CAT.side(sentence, m)
        out[m.proposition.id] = None if side is None else side[0]
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    # END cues fold into the side: an end to / lifting X is a position against X
    ("Ruritania calls for an end to the occupation of the Palestinian territories.", {"palestine_occupation": -1}),
    ("We demand the immediate lifting of the economic blockade imposed on Cuba.", {"cuba_embargo": -1}),
    ("My delegation firmly rejects unilateral coercive measures against developing countries.",
     {"unilateral_measures": -1, "unilateralism": -1}),
    # a cue word that is part of the proposition is no cue: elimination is what is called for
    ("We call for the complete elimination of nuclear weapons within a fixed timeframe.", {"nuclear_disarmament": 1}),
    ("Our country supports the work of the new Human Rights Council.", {"human_rights_council": 1}),
    ("The Security Council must be enlarged in both categories of membership.", {"security_council_reform": 1}),
    # negation reverses the cue
    ("We do not support any expansion of the veto to new members.", {"veto": -1}),
    ("We cannot accept selectivity and double standards in the treatment of human rights.",
     {"human_rights_selectivity": -1}),
    # hyphen and space are one; a hyphenated compound is not its last word
    ("The principle of non-interference in the internal affairs of States must be respected.",
     {"non_interference": 1}),
    ("Poverty in sub-Saharan Africa remains high.", {}),
    # condemning terrorism and fighting impunity are positions against them
    ("Ruritania condemns terrorism in all its forms and manifestations.", {"counter_terrorism": -1}),
    ("We must step up the fight against impunity for war crimes.", {"impunity": -1}),
    ("Our nations must combat terrorism together.", {"counter_terrorism": -1}),
    ("We must do more to tackle climate change.", {"climate_action": -1}),
    # named, but no side taken
    ("The Human Rights Council met in Geneva in June.", {"human_rights_council": None}),
])
def test_propositions_and_sides(sentence: str, expected: dict[str, int | None]) -> None:
    assert _sides(sentence) == expected


def test_every_group_must_match() -> None:
    # "occupation" without any Israeli / Palestinian / Arab-territory phrase is not the proposition
    assert "palestine_occupation" not in _sides("We condemn the occupation of the neighbouring island.")
    # the debate on Iran's programme needs Iran and a nuclear word
    assert "iran_nuclear" in _sides("We urge Iran to cooperate fully with the IAEA.")
    assert "iran_nuclear" not in _sides("We welcome the visit of the Iranian minister.")


def test_match_spans_are_sentence_offsets() -> None:
    s = "Ruritania welcomes the adoption of the Rome Statute by more States."
    (m,) = CAT.find(s)
    assert m.proposition.id == "international_criminal_court" and s[m.start:m.end] == "Rome Statute"
    side = CAT.side(s, m)
    # the cue nearest before the proposition decides
    assert side is not None and side[0] == 1 and s[side[1][0]:side[1][1]] == "adoption"
    s2 = "The Rome Statute has many friends, and Ruritania opposes it."
    (m2,) = CAT.find(s2)
    side2 = CAT.side(s2, m2)  # none before: the nearest after
    assert side2 is not None and side2[0] == -1 and s2[side2[1][0]:side2[1][1]] == "opposes"


def test_catalogue_labels_and_themes() -> None:
    ids = [p.id for p in CAT.propositions]
    assert len(ids) == len(set(ids)) >= 30
    dev = next(p for p in CAT.propositions if p.id == "development_aid_debt")
    assert dev.issue == "development" and dev.issue_label == "Development and the international economic order"


@pytest.mark.parametrize(("text", "message"), [
    ("propositions: 3\n", "'propositions' list"),
    ("propositions:\n  - id: a\n    issue: x\n    label: y\n    all: []\ncues: {}\n", "list of phrase lists"),
    ("propositions:\n  - id: a\n    issue: x\n    label: y\n    all: [[foo]]\ncues:\n  end: [x]\n", "cues.negative"),
])
def test_bad_catalogue_names_file_and_reason(tmp_path, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "bad.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        DebateCatalogue(p)
    assert message in str(err.value) and "bad.yaml:" in str(err.value)
