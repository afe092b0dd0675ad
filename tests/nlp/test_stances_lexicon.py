from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from stancemap.errors import DataFileError
from stancemap.nlp.stances.lexicon import align_lexicon, cue_verb, lexicon, load_lexicon, verb_lemma


def test_shipped_lexicons_load() -> None:
    lex = lexicon()
    assert lex.verbs["reject"].polarity == -1 and lex.verbs["call"].preps == ("for", "on")
    assert lex.adjectives["ready"].kind == "commit"
    assert ("in", "favour", "of") in lex.phrases
    assert lex.speech_act_nouns["proposal"] == 1 and lex.hedges["reportedly"] < 1
    assert "call" in lex.label_verbs and "null" in lex.negative_labels and "historic" in lex.positive_labels
    al = align_lexicon()
    assert al.similarity["similar"] == 1 and "position" in al.position_nouns


BASE = "verbs:\n  back: {polarity: 1, kind: evaluative}\nnouns: {}\nadjectives: {}\nphrases: {}\n" \
       "modals: {}\nhedges: {}\nspeech_act_nouns: {}\nauthored_nouns: []\nintensifiers: []\n"


@pytest.mark.parametrize(("replace", "message"), [
    ("{polarity: 1, kind: evaluative}", "{polarity: 2, kind: evaluative}"),
    ("{polarity: 1, kind: evaluative}", "{polarity: 1, kind: vague}"),
    ("{polarity: 1, kind: evaluative}", "{polarity: 1, kind: evaluative, preps: [on]}"),
])
def test_bad_cues_report_file_and_line(tmp_path: Path, replace: str, message: str) -> None:
    p = tmp_path / "cues.yaml"
    p.write_text(BASE.replace(replace, message), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_lexicon(p)
    assert f"{p}:" in str(err.value) and "back" in str(err.value)


def test_good_custom_lexicon(tmp_path: Path) -> None:
    p = tmp_path / "cues.yaml"
    p.write_text(BASE, encoding="utf-8")
    assert set(load_lexicon(p).verbs) == {"back"}


@pytest.mark.parametrize(("form", "lemma", "cue"), [
    ("hopes", "hop", "hope"),  # the lemmatizer's miss: "-s"
    ("pushes", "pushe", "push"),  # "-es"
    ("backed", "backed", "back"),  # "-ed"
    ("opposed", "opposed", "oppose"),  # "-d"
    ("opposing", "opposing", "oppose"),  # "-ing" for "-e"
    ("rejects", "reject", "reject"),  # the lemma itself
    ("strolls", "stroll", None),  # no cue
])
def test_the_cue_verb_of_a_form_the_lemmatizer_missed(form: str, lemma: str, cue: str | None) -> None:
    tok = SimpleNamespace(lower_=form, lemma_=lemma)
    assert cue_verb(tok, lexicon()) == cue  # type: ignore[arg-type]
    assert verb_lemma(tok, lexicon()) == (cue or lemma)  # type: ignore[arg-type]


def test_a_skipped_verb_is_no_cue_and_a_label_verb_keeps_its_lemma() -> None:
    lex = lexicon()
    assert cue_verb(SimpleNamespace(lower_="rejects", lemma_="reject"), lex, skip={"reject"}) is None  # type: ignore[arg-type]
    assert "dismiss" in lex.label_verbs
    assert verb_lemma(SimpleNamespace(lower_="dismisses", lemma_="dismiss"), lex) == "dismiss"  # type: ignore[arg-type]
