"""Parse repairs never loop, and a failure in one sentence of a stage costs that sentence only.

All sentences are written for these tests."""

from __future__ import annotations

import json

import pytest

import stancemap
from stancemap.nlp.common import guard
from stancemap.nlp.common.guard import SKIPPED_REPAIRS, isolated, set_heads, strict, would_loop

pytestmark = pytest.mark.model

#: three sentences, one position, one event and one speaker each; the middle one is made to fail
THREE = ("Chile strongly supports the new fishing treaty. Peru firmly rejected the proposed tariffs on copper. "
         "Bolivia welcomed the plan to build a railway.")
SAID = ("Chile's foreign minister said on Monday that talks would resume. Peru's president said the border "
        "was closed. Bolivia's envoy said the deal was dead.")
#: ", a charge N N rejected": the construction whose stance repair once made a head cycle (E039)
CHARGE = "The ministry accused the rebels of shelling the market, a charge rebel commanders rejected."


def _boom(*_a: object, **_k: object) -> None:
    raise RuntimeError("boom\nsecond line")


@pytest.fixture
def lenient(monkeypatch):
    monkeypatch.setenv("STANCEMAP_STRICT", "0")


# -- the cycle check -----------------------------------------------------------------------------

def test_set_heads_refuses_a_cycle_and_changes_nothing(nlp_base):
    doc = nlp_base("Norway rejected the plan on Monday.")
    root = doc[1]
    obj = doc[3]
    assert (root.dep_, obj.head.i) == ("ROOT", 1)
    before = [(t.head.i, t.dep_) for t in doc]
    assert would_loop([(root, obj)])
    n = SKIPPED_REPAIRS["loop"]
    assert set_heads([(root, obj, "relcl")]) is False
    assert SKIPPED_REPAIRS["loop"] == n + 1
    assert [(t.head.i, t.dep_) for t in doc] == before
    assert [s.root.i for s in doc.sents] == [1]  # (no E039)


def test_set_heads_applies_a_swap_in_an_order_with_no_cycle_on_the_way(nlp_base):
    doc = nlp_base("Norway rejected the plan on Monday.")
    root, obj = doc[1], doc[3]
    # given in the looping order (the verb under its object first): applied the other way round
    assert set_heads([(root, obj, "relcl"), (obj, obj, "ROOT")]) is True
    assert (obj.head.i, obj.dep_, root.head.i, root.dep_) == (3, "ROOT", 3, "relcl")
    assert [s.root.i for s in doc.sents] == [3]
    assert sorted(t.i for t in obj.subtree) == list(range(len(doc)))


def test_a_repair_that_would_loop_is_skipped_and_the_stages_still_give_output():
    n = SKIPPED_REPAIRS["loop"]
    art = stancemap.analyze(CHARGE, id="charge")  # (strict in tests: an E039 would raise here)
    assert art.ok and "warnings" not in art.meta
    assert SKIPPED_REPAIRS["loop"] > n
    # (the ministry's own accusation too, README section 2: an unnamed state body the events stage
    # added is a holder since tests/nlp/test_stances_fresh9_constructions.py)
    assert [(s.polarity, s.target) for s in art.stances] == [
        (-1, "The ministry accused the rebels of shelling the market"), (-1, "the rebels shelling the market")]
    assert [e.cameo for e in art.events] == ["120"]
    assert [s.cue.text for s in art.statements] == ["accused"]


# -- failures isolated per sentence ----------------------------------------------------------------

def test_strict_mode_is_on_in_tests_and_reraises(nlp_base):
    assert strict()
    doc = nlp_base("Norway rejected the plan.")
    with pytest.raises(RuntimeError), isolated(doc, "stancemap_stances", sentence=0):
        _boom()


def test_a_stance_sentence_that_fails_loses_its_stances_only(monkeypatch, lenient):
    from stancemap.nlp.stances import extract

    real = extract.find_raw_stances
    monkeypatch.setattr(extract, "find_raw_stances",
                        lambda sent, lex: _boom() if "Peru" in sent.text else real(sent, lex))
    art = stancemap.analyze(THREE, id="three")
    assert art.ok
    assert [(s.actor, s.polarity) for s in art.stances] == [("CHL", 1), ("BOL", 1)]
    assert [e.source for e in art.events] == ["CHL", "PER", "BOL"]  # (the other stages are untouched)
    (warning,) = art.meta["warnings"]
    assert warning == ("stage stancemap_stances failed on sentence 1 (characters 48-100: 'Peru firmly rejected "
                       "the proposed tariffs on copper.') of article 'three' (RuntimeError: boom second line); "
                       "its output from this stage is dropped")


def test_an_event_sentence_that_fails_loses_its_events_only(monkeypatch, lenient):
    from stancemap.nlp.events import component

    real = component.sentence_events
    monkeypatch.setattr(component, "sentence_events",
                        lambda doc, sent, *a: _boom() if "Peru" in sent.text else real(doc, sent, *a))
    art = stancemap.analyze(THREE, id="three")
    assert [e.source for e in art.events] == ["CHL", "BOL"]
    assert [s.actor for s in art.stances] == ["CHL", "PER", "BOL"]
    (warning,) = art.meta["warnings"]
    assert warning.startswith("stage stancemap_events failed on sentence 1 (characters 48-100: 'Peru firmly")


def test_a_statement_that_fails_is_dropped_alone(monkeypatch, lenient):
    from stancemap.nlp.statements import component

    real = component._statement

    def failing(doc, ex, text, c, n):
        return _boom() if text[c.cue[0] - 20:c.cue[0]].find("Peru") >= 0 else real(doc, ex, text, c, n)

    monkeypatch.setattr(component, "_statement", failing)
    art = stancemap.analyze(SAID, id="said")
    assert [(s.id, s.speaker.text if s.speaker else None) for s in art.statements] == [
        ("s1", "Chile's foreign minister"), ("s2", "Bolivia's envoy")]
    (warning,) = art.meta["warnings"]
    assert warning.startswith("stage stancemap_statements failed on sentence 1 (characters 65-109: \"Peru's "
                              "president said the border was closed.\") of article 'said' (RuntimeError: boom")


def test_a_stage_that_fails_outside_its_sentences_loses_its_output_for_the_article(monkeypatch, lenient):
    from stancemap.nlp.events import component

    monkeypatch.setattr(component, "extract_events", _boom)
    arts = list(stancemap.analyze_many([{"id": "a", "text": THREE}, {"id": "b", "text": SAID}]))
    assert [a.ok for a in arts] == [True, True]
    assert [len(a.events) for a in arts] == [0, 0]
    assert [len(a.stances) for a in arts] == [3, 0] and len(arts[1].statements) == 3
    assert arts[0].meta["warnings"] == ["stage stancemap_events failed on article 'a' "
                                        "(RuntimeError: boom second line); this stage's output is dropped"]


def test_the_command_line_batch_carries_on_with_one_warning_line(monkeypatch, lenient, tmp_path, capsys):
    from stancemap.cli import main
    from stancemap.nlp.stances import extract

    real = extract.find_raw_stances
    monkeypatch.setattr(extract, "find_raw_stances",
                        lambda sent, lex: _boom() if "copper" in sent.text else real(sent, lex))
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                           for i, t in (("one", SAID), ("two", THREE), ("three", CHARGE))), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(inp), "-f", "jsonl", "-o", str(out), "--no-progress"]) == 0
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["one", "two", "three"]
    assert [len(r["stances"]) for r in recs] == [0, 2, 2]  # (CHARGE: the ministry's accusation and the commanders' rejection)
    assert all("error" not in r["meta"] for r in recs)
    assert recs[1]["meta"]["warnings"][0].startswith("stage stancemap_stances failed on sentence 1")
    lines = [x for x in capsys.readouterr().err.splitlines() if "failed" in x]
    assert lines == [f"stancemap: warning: {inp}:2: {recs[1]['meta']['warnings'][0]}"]


def test_guard_module_warnings_are_one_line(nlp_base):
    doc = nlp_base("Norway rejected the plan.")
    n = guard.FAILURES["stancemap_events"]
    msg = guard.record_failure(doc, "stancemap_events", ValueError("a\n\nb"), sentence=0, span=(0, 25))
    assert msg == ("stage stancemap_events failed on sentence 0 (characters 0-25: 'Norway rejected the plan.') "
                   "of article '<text>' (ValueError: a b); its output from this stage is dropped")
    assert guard.FAILURES["stancemap_events"] == n + 1
    assert guard.warnings_of(doc) == [msg]


def test_an_actor_pass_that_fails_costs_that_pass_only(monkeypatch, lenient):
    from stancemap.nlp.actors import component

    monkeypatch.setattr(component, "resolve_coreference", _boom)
    art = stancemap.analyze(THREE, id="three")
    assert {a.id for a in art.actors} >= {"CHL", "PER", "BOL"}
    assert [(s.actor, s.polarity) for s in art.stances] == [("CHL", 1), ("PER", -1), ("BOL", 1)]
    (warning,) = art.meta["warnings"]
    assert warning == ("stage stancemap_actors failed on article 'three' (RuntimeError: boom second line); "
                       "the rest of this pass (coreference or phrases) is skipped")


def test_a_real_head_cycle_becomes_one_warning_and_the_other_sentences_keep_their_output(monkeypatch, lenient):
    """Without the cycle check, the ", a charge N N rejected" repair loops: spaCy's E039 (the article used
    to fail) is now one warning, and the sentence after it and the other stages keep their output."""
    from stancemap.nlp.stances import repair

    def unguarded(changes):  # (the head assignments as they were before common.guard)
        for tok, head, dep in changes:
            tok.head = head
            if dep is not None:
                tok.dep_ = dep
        return True

    monkeypatch.setattr(repair, "set_heads", unguarded)
    art = stancemap.analyze(f"Chile strongly supports the new fishing treaty. {CHARGE} Bolivia welcomed the plan "
                            "to build a railway.", id="cycle")
    assert art.ok
    # (the cycle also broke the sentence start between the first two sentences: both are one "sentence 0")
    assert [(s.actor, s.polarity) for s in art.stances] == [("BOL", 1)]
    assert [e.source for e in art.events] == ["CHL", "CHLREB", "BOL"]
    (warning,) = art.meta["warnings"]
    assert warning.startswith("stage stancemap_stances failed on sentence 0 (characters 0-139: ")
    assert "of article 'cycle' (RuntimeError: [E039] Array bounds exceeded" in warning


def test_every_stage_says_what_it_loses_on_a_failure():
    from stancemap.nlp.pipeline import STAGES
    from stancemap.nlp.runner import _STAGE_OUTPUTS

    assert set(_STAGE_OUTPUTS) == set(STAGES)


def test_a_failed_stance_sentence_leaves_no_dedupe_keys_behind(nlp):
    from stancemap.issues.catalogue import default_catalogue
    from stancemap.nlp.stances.extract import _Builder, _undo_sentence

    doc = nlp("Chile strongly supports the new fishing treaty. Peru firmly rejected the proposed tariffs on copper.")
    first, second = doc.sents
    b = _Builder(doc, default_catalogue(), None)
    b._seen_st = {("CHL", 3, 6, 1), ("PER", second.start + 5, second.start + 9, -1)}
    b._seen_al = {(first.start, frozenset(("CHL", "PER")), 1), (second.start, frozenset(("PER", "BOL")), -1)}
    b._auto = [("auto:a", "a", frozenset({"a"})), ("auto:b", "b", frozenset({"b"}))]
    _undo_sentence(b, second, 0, 0, 1)
    assert b._seen_st == {("CHL", 3, 6, 1)}
    assert b._seen_al == {(first.start, frozenset(("CHL", "PER")), 1)}
    assert [a[0] for a in b._auto] == ["auto:a"]


def test_eval_reports_isolated_failures_on_stderr(monkeypatch, capsys):
    from stancemap import cli
    from stancemap.nlp.common import guard

    monkeypatch.setattr(guard, "FAILURES", guard.Counter({"stancemap_stances": 2, "stancemap_events": 1}))
    cli._report_stage_failures()
    assert capsys.readouterr().err == (
        "stancemap: warning: 3 stage failure(s) isolated (stancemap_events 1, stancemap_stances 2): the scores "
        "miss those sentences; run with STANCEMAP_STRICT=1 to see them raise\n")
    monkeypatch.setattr(guard, "FAILURES", guard.Counter())
    cli._report_stage_failures()
    assert capsys.readouterr().err == ""
