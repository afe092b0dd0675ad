"""Issue 15 (speed), branch evspeed5: the trigger pass asks ``match_token`` only about verbs that some
branch of it names (verbkeys.py), ``_match_pattern`` reads a verb's prepositions and particle only for
a pattern that names one, and the events of a text are the same as without these shortcuts."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from stancemap.nlp.events import component, match, participants
from stancemap.nlp.events.lexicon import default_lexicon
from stancemap.nlp.events.verbkeys import RULE_LEMMAS, may_trigger_verb, verb_keys

# my own sentences: a grain cartel, a hurled flare, a survived ambush, a port blockade, a stative
# participle, a light verb with an event noun, an aid pledge and a verb no rule names
_TEXT = ("Grain traders in Rosario accused the export board of rigging the quotas. "
         "A fan hurled a flare at the visiting team's bus before the derby. "
         "The district governor survived an ambush on the mountain road last week. "
         "Fishermen blockaded the harbour of Puerto Lindo to protest the new licence fees. "
         "The provincial council is committed to the ferry subsidy, its chairman said. "
         "Teachers held talks with the education ministry on Monday. "
         "Norway pledged 40 million crowns in flood aid to Malawi. "
         "Commuters yawned and shuffled along the platform while the signals flickered.")


def _verb_branch(tree: ast.FunctionDef) -> ast.If:
    """The ``if pos in ("VERB", "AUX") or tok.tag_.startswith("VB"):`` branch of ``match_token``."""
    return next(n for n in tree.body if isinstance(n, ast.If)
                and ast.unparse(n.test) == "pos in ('VERB', 'AUX') or tok.tag_.startswith('VB')")


def _key_conjunct(node: ast.expr) -> bool:
    """A test that holds only for a named lemma: ``lem == "x"``, ``lem in NAME``, ``lem in lexicon.x``,
    ``_set_up(tok)`` ("set" by spaCy's lemma), or an ``or`` of these."""
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        return all(_key_conjunct(v) for v in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_set_up":
        return True
    return isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "lem" \
        and isinstance(node.ops[0], (ast.Eq, ast.In))


def _returns_something(node: ast.If) -> bool:
    return any(isinstance(r, ast.Return) and not (isinstance(r.value, ast.Constant) and r.value.value is None)
               for b in node.body for r in ast.walk(b))


def test_every_verb_branch_of_match_token_is_keyed_on_a_listed_lemma():
    src = textwrap.dedent(inspect.getsource(match.match_token))
    fn = ast.parse(src).body[0]
    assert isinstance(fn, ast.FunctionDef)
    branch = _verb_branch(fn)
    lexicon = default_lexicon()
    named: set[str] = set()
    checked = 0
    for stmt in branch.body:
        if not isinstance(stmt, ast.If) or not _returns_something(stmt):
            continue
        test = stmt.test
        conjuncts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
        keys = [c for c in conjuncts if _key_conjunct(c)]
        if not keys:  # (only the last branch, the default pattern, reads ``p`` from the verb's own patterns)
            assert ast.unparse(test) in ("p.frame",), ast.unparse(test)
            continue
        checked += 1
        for k in keys:
            for cmp in ast.walk(k):
                if not isinstance(cmp, ast.Compare):
                    continue
                right = cmp.comparators[0]
                if isinstance(right, ast.Constant):
                    named.add(right.value)
                elif isinstance(right, ast.Name):
                    named |= set(getattr(match, right.id))
                else:
                    assert isinstance(right, ast.Attribute) and right.attr in ("light_verbs", "leading_verbs")
    assert checked >= 9  # operate, come, the throwing, surviving and claiming verbs, join, light verbs, be, copulas
    assert named <= RULE_LEMMAS | lexicon.light_verbs | lexicon.leading_verbs, named - RULE_LEMMAS
    assert {"hurl", "survive", "claim", "join", "be", "remain"} <= named
    keys = verb_keys(lexicon)
    assert keys is verb_keys(lexicon)  # made once per lexicon
    assert keys >= RULE_LEMMAS and set(lexicon.verbs) <= keys and lexicon.light_verbs <= keys


@pytest.mark.model
def test_verbs_the_precheck_skips_never_trigger(nlp_base):
    doc = nlp_base(_TEXT)
    lexicon = default_lexicon()
    skipped, kept, triggered = [], [], []
    with participants.use(doc):
        words = match.doc_words(doc)
        for t in doc:
            if not (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")):
                continue
            i = t.i
            may = may_trigger_verb(words.lemma[i], words.spacy_lemma[i], words.lower[i], words.tag[i], lexicon)
            (kept if may else skipped).append(t.text)
            trig = match.match_token(t, lexicon)
            if trig is not None:
                triggered.append(t.text)
                assert may, t.text
    assert {"yawned", "shuffled", "flickered"} <= set(skipped)
    assert {"blockaded", "held", "pledged", "accused"} <= set(triggered)
    assert {"hurled", "survived", "committed"} <= set(kept)  # (rule lemmas; the stative "is committed to")
    assert not may_trigger_verb("yawn", "yawn", "yawned", "VBD", lexicon)
    assert may_trigger_verb("set", "set", "set", "VBD", lexicon)  # ("set up" is read from spaCy's lemma)


@pytest.mark.model
def test_events_are_the_same_without_the_shortcuts(nlp, monkeypatch):
    def rows(doc):
        return [repr(e) for e in doc._.sm_events]  # (every field of every event)

    fast = rows(nlp(_TEXT))
    calls = {"preps": 0, "patterns": 0}
    eager, matcher = match._preps, match._match_pattern

    def counted(verb):
        calls["preps"] += 1
        return eager(verb)

    def counted_patterns(*a, **k):
        calls["patterns"] += 1
        return matcher(*a, **k)

    monkeypatch.setattr(match, "_preps", counted)
    monkeypatch.setattr(match, "_match_pattern", counted_patterns)
    assert rows(nlp(_TEXT)) == fast
    assert 0 < calls["preps"] < calls["patterns"]  # (only verbs with a pattern that names a preposition read them)
    monkeypatch.setattr(component, "may_trigger_verb", lambda *a: True)  # every verb asked, as before
    slow = rows(nlp(_TEXT))
    assert slow == fast
    events = [(e.cameo, e.source, e.target) for e in nlp(_TEXT)._.sm_events]
    assert ("112", "group:grain-traders", "thing:export-board") in events  # accused
    assert ("040", "group:teachers", "group:education-ministry") in events  # held talks (a light verb)
    assert ("033", "NOR", "MWI") in events  # pledged aid
    assert len(fast) == len(events) >= 5


@pytest.mark.model
def test_adjective_candidates_are_the_repairs_own_words(nlp_base):
    from stancemap.nlp.events.verbkeys import adjective_noun_candidates

    doc = nlp_base("The militia offensive against the border villages stalled in the rain. "
                   "A brutal winter and a costly siege wore the garrison down, its commander admitted.")
    lexicon = default_lexicon()
    own = [t.i for t in doc if t.pos_ == "ADJ" and t.dep_ == "amod" and t.i == t.head.i + 1
           and t.lower_ in lexicon.nouns]
    assert adjective_noun_candidates(doc, lexicon.nouns) == own
    adjectives = [t.text for t in doc if t.pos_ == "ADJ"]
    assert {"brutal", "costly"} <= set(adjectives)  # (adjectives that name no event are never asked)
    assert not {"brutal", "costly"} & {doc[i].text for i in own}
    assert adjective_noun_candidates(nlp_base(""), lexicon.nouns) == []
