"""Issue 15 (speed), branch evspeed3: the events stage's word-index tree (heads and children read
once per Doc) answers as the Tokens do, and the helpers rewritten on it give the same words inside
the stage (tables) and outside it (Token reads)."""

from __future__ import annotations

import pytest

from stancemap.nlp.events import participants
from stancemap.nlp.events.args import _own_subject, companions, conjuncts, has_future, irrealis_noun
from stancemap.nlp.events.component import _in_citation, _under_speech
from stancemap.nlp.events.lexicon import default_lexicon
from stancemap.nlp.events.match import _out_of, direct_object, phrase_keys
from stancemap.nlp.events.tree import tree_of

_TEXT = ("Fishermen from the northern coast, along with their cooperative, staged a sit-in at the port office "
         "on Monday. The harbour master and two deputies met the strikers together with a mediator, and "
         "the suspended cargo inspections resumed after a joint safety review by the coast guard. "
         "Dock workers backing the fishermen said a state of emergency was not needed. "
         "According to a union leader quoted by a local radio station, the guard will move its patrol boats "
         "out of the bay, and the ministry assured fishermen that it would drop the planned licence fees.")


@pytest.mark.model
def test_the_tree_is_the_parse(nlp_base):
    doc = nlp_base(_TEXT)
    outside = tree_of(doc)  # (outside the stage: read afresh at each call)
    assert tree_of(doc) is not outside and tree_of(doc) == outside
    with participants.use(doc):
        inside = tree_of(doc)
        assert tree_of(doc) is inside  # made once per Doc
    assert inside == outside
    assert inside.heads == [t.head.i for t in doc]
    assert inside.children == [[c.i for c in t.children] for t in doc]
    assert inside.deps == [t.dep_ for t in doc]
    assert sum(len(k) for k in inside.children) == len(doc) - len(list(doc.sents))  # every word but the roots


def _answers(doc):
    lexicon = default_lexicon()

    def at(tok):
        return None if tok is None else tok.i

    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    return ([phrase_keys(t, modifiers=True) for t in doc if t.pos_ == "NOUN"],
            [[c.i for c in conjuncts(t)] for t in doc],
            [[c.i for c in companions(t)] for t in doc],
            [at(_own_subject(t)) for t in verbs],
            [at(direct_object(t)) for t in verbs],
            [at(_out_of(t)) for t in verbs],
            [t.i for t in doc if has_future(t)],
            [t.i for t in doc if irrealis_noun(t)],
            [at(_under_speech(t, lexicon)) for t in doc],
            [t.i for t in doc if _in_citation(t)])


@pytest.mark.model
def test_helpers_answer_the_same_in_and_out_of_the_stage(nlp_base):
    doc = nlp_base(_TEXT)
    outside = _answers(doc)
    with participants.use(doc):
        inside = _answers(doc)
    assert inside == outside
    keys, conj, comp, subj, obj, out_of, future, irrealis, speech, cited = outside
    assert ["sit-in", "in"] in keys  # the word split at its hyphen
    assert ["state of emergency", "state"] in keys  # the noun, its preposition and object
    assert ["suspend cargo inspection", "suspended cargo inspection", "cargo inspection", "suspend inspection",
            "suspended inspection", "inspection", "cargo"] in keys  # the participle as written, the compound last
    assert ["joint safety review", "safety review", "joint review", "review", "safety"] in keys

    def words(i):
        return [doc[j].lower_ for j in i]

    by_word = {doc[i].lower_: words(x) for i, x in enumerate(conj) if len(x) > 1}
    assert by_word["master"] == ["master", "deputies"]
    assert {doc[i].lower_: words(x) for i, x in enumerate(comp) if x} == {"staged": ["cooperative"],
                                                                          "met": ["mediator"]}
    verbs = [t.lower_ for t in doc if t.pos_ in ("VERB", "AUX")]
    subjects = {v: doc[x].lower_ for v, x in zip(verbs, subj) if x is not None}
    assert {"staged": "fishermen", "met": "master", "resumed": "inspections", "said": "workers"}.items() \
        <= subjects.items()
    objects = {v: doc[x].lower_ for v, x in zip(verbs, obj) if x is not None}
    assert {"staged": "in", "met": "strikers", "move": "boats", "drop": "fees"}.items() <= objects.items()
    assert {v: doc[x].lower_ for v, x in zip(verbs, out_of) if x is not None} == {"move": "of"}  # "out of the bay"
    assert "move" in words(future)
    assert words(irrealis) == ["fees"]  # "the planned licence fees"
    assert {doc[x].lower_ for x in speech if x is not None} == {"said"}  # (the clause under "said")
    assert {"according", "leader"} <= set(words(cited))


@pytest.mark.model
def test_the_stage_reads_the_tree_of_the_repaired_parse(nlp_base, monkeypatch):
    """Review round 2 (evspeed3.2): every tree the events stage reads is the parse as it stands (the
    repairs run before the memo is made), and a head changed inside the stage is read afresh once
    :func:`forget_tree` is called."""
    from stancemap.nlp.common.guard import set_heads
    from stancemap.nlp.events import component
    from stancemap.nlp.events.tree import forget_tree

    doc = nlp_base(_TEXT)
    seen = []
    inner = component.sentence_events

    def checked(doc, sent, *args, **kwargs):
        seen.append(tree_of(doc).heads == [t.head.i for t in doc])
        return inner(doc, sent, *args, **kwargs)

    monkeypatch.setattr(component, "sentence_events", checked)
    component.extract_events(doc)
    assert seen and all(seen)

    doc = nlp_base("The port guards searched the cargo boats at dawn.")
    with participants.use(doc):
        before = tree_of(doc)
        boats = next(t for t in doc if t.lower_ == "boats")
        cargo = next(t for t in doc if t.lower_ == "cargo")
        assert before.heads[cargo.i] == boats.i
        root = next(t for t in doc if t.dep_ == "ROOT")
        assert set_heads([(cargo, root, "dobj")])  # (a repair: "cargo" made the object of the root)
        assert tree_of(doc) is before  # (still the memo: a repair must say so)
        forget_tree(doc)
        after = tree_of(doc)
    assert after.heads == [t.head.i for t in doc] != before.heads
    assert after.children == [[c.i for c in t.children] for t in doc]
