"""Pronoun coreference on model-parsed sentences written for these tests (not from any eval file)."""

from __future__ import annotations

import pytest

from stancemap.nlp.actors.component import extract_actors
from stancemap.nlp.actors.coref import _is_subject

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pronouns(nlp_base):
    def _run(text: str) -> dict[str, list[str]]:
        actors, _ = extract_actors(nlp_base(text))
        return {a.name: [m.text for m in a.mentions if m.kind == "pronoun"] for a in actors if a.type == "person"}

    return _run


def test_name_in_apposition_to_a_subject_counts_as_subject(nlp_base):
    doc = nlp_base("One delegate, the chairwoman Karen Doyle, endorsed the plan.")
    doyle = next(t for t in doc if t.text == "Doyle")
    assert _is_subject(doyle)


def test_appositive_speaker_takes_the_next_quote_pronoun(pronouns):
    out = pronouns("One local delegate, the county chairwoman Karen Doyle, endorsed Laura Finch on Monday. "
                   "\"We need a fresh start,\" she said.")
    assert out == {"Karen Doyle": ["she"], "Laura Finch": []}


def test_subject_of_previous_sentence_beats_a_later_object(pronouns):
    out = pronouns("Peter Walsh, who worked for Mark Dorsey for a decade, left the company in May. "
                   "He said the decision was painful.")
    assert out == {"Peter Walsh": ["He"], "Mark Dorsey": []}


def test_who_clause_makes_the_name_its_speaker(pronouns):
    out = pronouns("The bill was backed on Monday by Senator Ruth Calder, who said that Diane Morrow had misread it. "
                   "\"It protects small farms,\" she said.")
    assert out["Ruth Calder"] == ["she"]


@pytest.mark.parametrize("text, members", [
    ("Czech and Slovak diplomats said on Friday that they opposed the new pipeline tariff.", {"CZEGOV", "SVKGOV"}),
    ("Brazilian and Chilean officials met in Lima. They agreed to extend the fishing accord.", {"BRAGOV", "CHLGOV"}),
])
def test_they_after_coordinated_nationalities_is_the_group_not_the_last_conjunct(nlp_base, text, members):
    actors, _ = extract_actors(nlp_base(text))
    they = [a for a in actors if any(m.kind == "pronoun" and m.text.lower() == "they" for m in a.mentions)]
    assert len(they) == 1 and they[0].type == "group" and set(they[0].members) == members
