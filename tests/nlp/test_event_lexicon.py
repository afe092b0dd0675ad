from __future__ import annotations

import pytest

from stancemap.errors import DataFileError
from stancemap.nlp.events.lexicon import default_lexicon, load_lexicon

TOPICS = """\
families:
  appeal: "020"
topics:
  talks:
    cues: [talk, "peace talk"]
    codes: {appeal: "026"}
"""


def _verbs(body: str) -> str:
    return f"light_verbs: [hold]\nstatement_verbs: [say]\nverbs:\n{body}\nnouns: {{}}\nadjectives: {{}}\n"


def _load(tmp_path, verbs: str, topics: str = TOPICS):
    v, t = tmp_path / "verbs.yaml", tmp_path / "topics.yaml"
    v.write_text(verbs)
    t.write_text(topics)
    return load_lexicon(v, t)


def test_shipped_lexicon_loads_and_codes_exist():
    lex = default_lexicon()
    assert "meet" in lex.verbs and "talk" in lex.nouns and "ready" in lex.adjectives
    assert lex.families["reject"] == "120"
    call = lex.verbs["call"]
    assert any(p.particle == "off" for p in call)  # quoted in YAML, not read as False
    assert any(p.prep == "on" for p in call)


def test_frame_code_uses_topic_or_family_default(tmp_path):
    lex = _load(tmp_path, _verbs('  urge: [{frame: appeal}]'))
    assert lex.frame_code("appeal", lex.topics[0]) == "026"
    assert lex.frame_code("appeal", None) == "020"
    assert lex.topics[0].cues == (("talk",), ("peace", "talk"))


@pytest.mark.parametrize(("body", "message"), [
    ('  urge: [{code: "999"}]', "unknown CAMEO code"),
    ('  urge: [{frame: plead}]', "unknown frame"),
    ('  urge: [{code: "020", frame: appeal}]', "exactly one of code / frame"),
    ('  urge: [{code: "020", objekt: [x]}]', "unknown keys"),
    ('  call: [{particle: off, code: "020"}]', "particle must be a string"),
    ('  urge: [{code: "020"}]\n  urge: [{code: "021"}]', "duplicate key"),
    ('  raze: [{code: "1712", plover: FLATTEN}]', "plover must be a PLOVER type"),
    ('  urge: [{frame: appeal, plover: REQUEST}]', "plover must be a PLOVER type, on a pattern with a code"),
])
def test_bad_verb_patterns_report_file_and_line(tmp_path, body, message):
    with pytest.raises(DataFileError, match=message) as err:
        _load(tmp_path, _verbs(body))
    assert "verbs.yaml:" in str(err.value)


def test_bad_topic_reports_file_and_line(tmp_path):
    bad = TOPICS.replace('appeal: "026"', 'plead: "026"')
    with pytest.raises(DataFileError, match=r"topics.yaml:\d+: topic 'talks': unknown family"):
        _load(tmp_path, _verbs('  urge: [{frame: appeal}]'), bad)


@pytest.mark.parametrize(("body", "message"), [
    ('  warn: [{code: "130", needs: topic}]', "needs is"),
    ('  warn: [{frame: appeal, needs: always}]', "needs is"),
    ('  meet: [{obj: [target], skip: true, code: "040"}]', "skip pattern has no code"),
])
def test_needs_and_skip_are_validated(tmp_path, body, message):
    with pytest.raises(DataFileError, match=message):
        _load(tmp_path, _verbs(body))


def test_a_pattern_may_give_the_plover_type_of_its_wording(tmp_path):
    lex = _load(tmp_path, _verbs('  demolish: [{code: "1712", plover: COERCE}]\n  raze: [{code: "1712"}]'))
    assert lex.verbs["demolish"][0].plover == "COERCE"
    assert lex.verbs["raze"][0].plover is None
