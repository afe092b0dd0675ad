"""First-person pronouns in direct quotations linked to the speaker (hand-built statements)."""

from __future__ import annotations

import pytest

from stancemap.nlp.actors.component import extract_actors
from stancemap.nlp.statements.speaker_links import link_quote_pronouns
from stancemap.records import Content, Speaker, Statement

pytestmark = pytest.mark.model


def _statement(text: str, quote: str, speaker: str, actor: str | None, kind: str = "direct") -> Statement:
    qs = text.index(quote)
    ss = text.index(speaker)
    return Statement(id="s1", speaker=Speaker(speaker, ss, ss + len(speaker), actor), cue=None,
                     content=Content(quote, ((qs, qs + len(quote)),)), kind=kind)


def _run(nlp_base, text: str, quote: str, speaker: str, kind: str = "direct"):
    doc = nlp_base(text)
    doc._.sm_meta = {"date": None}
    actors, mentions = extract_actors(doc)
    doc._.sm_actors, doc._.sm_mentions = actors, mentions
    ss = text.index(speaker)
    aid = next((a for s, e, a in mentions if s <= ss < e), None)
    doc._.sm_statements = [_statement(text, quote, speaker, aid, kind)]
    link_quote_pronouns(doc)
    return doc, {a.id: a for a in doc._.sm_actors}


def _pron(actor):
    return [m.text for m in actor.mentions if m.kind == "pronoun"]


def test_we_of_an_official_is_the_country_and_i_is_the_speaker(nlp_base):
    text = "“We will defend our borders, and I will not resign,” said Norwegian Defence Minister Ola Hansen."
    doc, a = _run(nlp_base, text, "“We will defend our borders, and I will not resign,”", "Ola Hansen")
    assert _pron(a["NOR"]) == ["We", "our"]  # the state, added although the text only says "Norwegian"
    assert _pron(a["person:ola-hansen"]) == ["I"]
    assert doc._.sm_mentions == sorted(doc._.sm_mentions)
    for x in a.values():
        assert [m.start for m in x.mentions] == sorted(m.start for m in x.mentions)


def test_we_of_a_private_person_is_the_person_and_only_quoted_parts_count(nlp_base):
    text = "Mary Lund said she thought “we were lucky” after my neighbour called."
    _, a = _run(nlp_base, text, "she thought “we were lucky” after my neighbour called", "Mary Lund", "mixed")
    assert _pron(a["person:mary-lund"]) == ["she", "we"]  # "my" is outside the quotation marks


def test_no_speaker_actor_no_links(nlp_base):
    text = "“We are ready,” a source said."
    doc, a = _run(nlp_base, text, "“We are ready,”", "a source")
    assert all(m.text != "We" for x in a.values() for m in x.mentions)
