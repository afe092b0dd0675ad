"""Issue 15 (speed), branch evspeed4: the events stage's cheap dateline prechecks (datelinemarks.py) are
never False where the dateline tests are True, and the word-index tree built with numpy (tree.py) is
the Token parse, leaves included."""

from __future__ import annotations

import pytest

from stancemap.nlp.common.datelines import agency_credit, is_dateline
from stancemap.nlp.events import participants
from stancemap.nlp.events.args import subject_of
from stancemap.nlp.events.datelinemarks import may_be_agency_credit, may_be_dateline
from stancemap.nlp.events.tree import tree_of

# my own sentences: an agency's credit, a capitalised city before a dash, a city and its country
# before a dash, and plain sentences with commas and parentheses elsewhere
_TEXT = ("MOMBASA (Coastwire) - Port workers walked out on Tuesday over unpaid overtime. "
         "KISUMU -- The lake transport authority suspended two ferry operators. "
         "ELDORET, Kenya -- Farmers blocked a highway near the grain depot. "
         "The union, which represents about 4,000 dockers, said the stoppage (its third this year) "
         "would continue until the port authority paid the arrears.")


@pytest.mark.model
def test_the_prechecks_cover_every_dateline(nlp_base):
    doc = nlp_base(_TEXT)
    credits = [t.i for t in doc if agency_credit(t)]
    datelines = [t.i for t in doc if is_dateline(t)]
    assert [doc[i].text for i in datelines] == ["MOMBASA", "KISUMU", "ELDORET", "Kenya"]
    assert all(may_be_dateline(t) and may_be_agency_credit(t) for t in doc)  # (outside the stage: always True)
    with participants.use(doc):
        maybe = [t.i for t in doc if may_be_dateline(t)]
        maybe_credit = [t.i for t in doc if may_be_agency_credit(t)]
        assert set(datelines) <= set(maybe) and set(credits) <= set(maybe_credit)
        assert [doc[i].text for i in maybe_credit] == ["Coastwire", ")", "its", "third"]  # "(" one or two before
        assert len(maybe) < len(doc) // 2  # most words are skipped
        assert not may_be_dateline(doc[[t.text for t in doc].index("walked")])
        assert participants.current(doc).memo["dateline_marks"] is not None  # made once per Doc
        # the subjects the stage resolves are the same with the prechecks as without them
        inside = [(t.i, s.i if (s := subject_of(t)) is not None else None) for t in doc if t.pos_ == "VERB"]
    outside = [(t.i, s.i if (s := subject_of(t)) is not None else None) for t in doc if t.pos_ == "VERB"]
    assert inside == outside
    walked = [t.text for t in doc].index("walked")
    assert dict(outside)[walked] is not None and doc[dict(outside)[walked]].text == "workers"


@pytest.mark.model
def test_the_numpy_tree_keeps_leaves_and_order(nlp_base):
    doc = nlp_base("Farmers and traders from three districts, angry at the new levy, marched to the county offices.")
    with participants.use(doc):
        tree = tree_of(doc)
    assert tree.children == [[c.i for c in t.children] for t in doc]  # left to right, leaves empty
    leaves = [i for i, kids in enumerate(tree.children) if not kids]
    assert leaves and all(tree.children[i] == [] for i in leaves)
    marched = [t.text for t in doc].index("marched")
    assert [doc[k].text for k in tree.children[marched]] == ["Farmers", "to", "."]
    assert all(kids == sorted(kids) for kids in tree.children)
    assert tree.heads[marched] == marched  # the root is its own head


@pytest.mark.model
def test_the_index_shortcuts_answer_as_the_tokens(nlp_base):
    from stancemap.nlp.events.args import _PREMODIFIERS, _coordinated_modifiers, _np_span
    from stancemap.nlp.events.component import _CONDITIONS, _under_condition
    from stancemap.nlp.events.tables import condition_by_index
    from stancemap.nlp.events.tree import no_left_child

    def no_premodifier(tok):
        return no_left_child(tok, _PREMODIFIERS)

    doc = nlp_base("Czech and Slovak engineers will repair the bridge if the ministry pays them, and "
                   "the Kenya-Uganda rail talks resume unless the contractors walk out. Officials agreed.")
    words = [t.text for t in doc]
    cases = [((), {}), ((("if",),), {}), ((_CONDITIONS,), {}), ((("if", "unless", "until"),), {"proviso": False})]

    def answers():
        return [([_under_condition(t, *a, **k) for a, k in cases], [c.text for c in _coordinated_modifiers(t)],
                 _np_span(t), _np_span(t, poss=False)) for t in doc]

    outside = answers()
    assert condition_by_index(doc[0], ("if",), True) is None and not no_premodifier(doc[0])  # (outside: no shortcut)
    with participants.use(doc):
        inside = answers()
        pays = doc[words.index("pays")]
        assert condition_by_index(pays, ("if", "unless"), True) is True
        assert condition_by_index(doc[words.index("repair")], ("if", "unless"), True) is False
        assert no_premodifier(doc[words.index("Officials")]) and not no_premodifier(doc[words.index("engineers")])
    assert inside == outside
    assert outside[words.index("pays")][0][0] and not outside[words.index("repair")][0][0]
    assert outside[words.index("engineers")][1] == ["Czech", "Slovak"]
    s, e = outside[words.index("bridge")][2]
    assert doc.text[s:e] == "the bridge" and doc.text.__getitem__(slice(*outside[words.index("Officials")][2])) == "Officials"


@pytest.mark.model
def test_a_proviso_keeps_the_token_walk(nlp_base):
    from stancemap.nlp.events.component import _under_condition
    from stancemap.nlp.events.tables import condition_by_index

    doc = nlp_base("The council will reopen the market provided that traders clear the road.")
    clear = doc[[t.text for t in doc].index("clear")]
    outside = _under_condition(clear)
    assert outside is True  # (the proviso: "clear" hangs under "provided"; no "if" mark on the way)
    with participants.use(doc):
        assert condition_by_index(clear, ("if", "unless"), True) is None  # ("provided" in the Doc: the Tokens)
        assert condition_by_index(clear, ("if", "unless"), False) is False  # (the marks alone say no)
        assert _under_condition(clear) == outside
