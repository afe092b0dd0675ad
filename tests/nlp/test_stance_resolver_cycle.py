"""The holder lookups of the stance stage refer to one another: "my delegation" asks who "my" is,
and a "my" with no speaker found asks the subject that reports it, which is "my delegation" again.
A token met again while its own holder is being resolved names no one; before, the two lookups
recursed until Python's limit (a RecursionError the stage could only isolate as a failure).

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

from stancemap.nlp.stances import resolve
from stancemap.nlp.stances.resolve import Resolver

pytestmark = pytest.mark.model


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_first_person_possessive_of_its_own_reporting_subject_ends(nlp, monkeypatch):
    doc = nlp("My delegation welcomes the agreement reached on fishing rights.")
    subject = _token(doc, "delegation")
    # a parse in which the subject "My delegation" reports the clause its "My" stands in (as when a
    # reporting verb is coordinated with the main verb): the lookups can only turn to each other
    monkeypatch.setattr(resolve, "reporting_subject", lambda verb: subject)
    res = Resolver(doc)
    res.author = None
    res._speaker = lambda tok: None  # no statement and no author
    with monkeypatch.context() as m:
        m.setattr(Resolver, "holder", Resolver._holder)  # the lookups without the guard: the loop it ends
        with pytest.raises(RecursionError):
            res.holder(subject)
    assert res.holder(_token(doc, "delegation")) is None
    assert res.holder(_token(doc, "My")) is None
    assert res._resolving == set()  # nothing left marked once the lookups return


def test_a_named_holder_is_still_found(nlp):
    doc = nlp("Portugal welcomes the agreement reached on fishing rights.")
    res = Resolver(doc)
    assert res.holder(_token(doc, "Portugal")) == "PRT"
