"""Pronoun speakers continuing the previous quotation (sentences written for these tests)."""

from __future__ import annotations

import spacy

from stancemap.nlp.common.extensions import register_extensions
from stancemap.nlp.statements.chain import follow_previous_speaker
from stancemap.records import Actor, Content, Mention, Speaker, Statement

TEXT = ('"The levy is overdue," said Ruth Calder. "It will help farmers," she added. '
        'Maria Ostrova disagreed. "It is a waste," she said.')


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(word, i + 1)
    return i, i + len(word)


def _statement(sid: str, quote: str, speaker: str, nth: int, actor: str | None) -> Statement:
    qs, qe = _at(quote)
    ss, se = _at(speaker, nth)
    return Statement(id=sid, speaker=Speaker(speaker, ss, se, actor), cue=None,
                     content=Content(quote, ((qs, qe),)), kind="direct")


def _doc():
    register_extensions()
    doc = spacy.blank("en")(TEXT)
    calder = Actor(id="p:calder", name="Ruth Calder", type="person",
                   mentions=(Mention("Ruth Calder", *_at("Ruth Calder"), "name"),))
    ostrova = Actor(id="p:ostrova", name="Maria Ostrova", type="person",
                    mentions=(Mention("Maria Ostrova", *_at("Maria Ostrova"), "name"),
                              Mention("she", *_at("she", 0), "pronoun"),  # a wrong coreference link
                              Mention("she", *_at("she", 1), "pronoun")))
    doc._.sm_actors = [calder, ostrova]
    doc._.sm_mentions = sorted((m.start, m.end, a.id) for a in (calder, ostrova) for m in a.mentions)
    doc._.sm_statements = [
        _statement("s1", '"The levy is overdue,"', "Ruth Calder", 0, "p:calder"),
        _statement("s2", '"It will help farmers,"', "she", 0, "p:ostrova"),
        _statement("s3", '"It is a waste,"', "she", 1, "p:ostrova"),
    ]
    return doc


def test_she_continues_the_previous_quotes_speaker():
    doc = _doc()
    assert follow_previous_speaker(doc) == 1
    assert [s.speaker.actor for s in doc._.sm_statements] == ["p:calder", "p:calder", "p:ostrova"]
    acts = {a.id: a for a in doc._.sm_actors}
    first_she = _at("she", 0)
    assert any((m.start, m.end) == first_she for m in acts["p:calder"].mentions)
    assert all((m.start, m.end) != first_she for m in acts["p:ostrova"].mentions)
    assert (first_she[0], first_she[1], "p:calder") in doc._.sm_mentions
    assert (first_she[0], first_she[1], "p:ostrova") not in doc._.sm_mentions


def test_no_relink_across_another_named_person_or_gender():
    doc = _doc()
    follow_previous_speaker(doc)
    # s3 follows s2 (now Calder's) but Maria Ostrova is named in between
    assert doc._.sm_statements[2].speaker.actor == "p:ostrova"
    doc = _doc()
    calder = doc._.sm_actors[0]
    doc._.sm_actors = [Actor(id=calder.id, name=calder.name, type="person",
                             mentions=calder.mentions + (Mention("he", 0, 1, "pronoun"),)), doc._.sm_actors[1]]
    assert follow_previous_speaker(doc) == 0  # Calder is referred to as "he": not "she"
