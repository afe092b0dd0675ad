"""Each side of an alignment is a true mention of its actor in the alignment's evidence sentence
(records.AlignedActor, nlp/stances/sides.py): ``text == article.text[start:end]``, inside the evidence,
and the phrase the rule read the side from (a seat of government, a holder phrase, a partner's name;
a resolved pronoun by its antecedent in the same sentence, else by itself).

Sentences written for these tests (no evaluation text). A row lists, for each alignment (sides in
record order), the actor ids with the expected mention texts."""

from __future__ import annotations

import json

import pytest

from stancemap.api import analyze
from stancemap.output.formats import validate_article
from stancemap.records import Article, article_from_dict

pytestmark = pytest.mark.model

Side = tuple[str, str]  # (actor id, mention text)

CASES: list[tuple[str, list[tuple[Side, Side, int]]]] = [
    # a capital names the state's government; the partner is the author of the plan
    ("Speaking after a cabinet meeting, Thailand's deputy prime minister said Bangkok firmly opposed Cambodia's bid "
     "to list the temple as a world heritage site.",
     [(("THAGOV", "Bangkok"), ("KHM", "Cambodia"), -1)]),
    # two capitals agreeing
    ("Officials said Hanoi and Manila had agreed to share data on fishing fleets in disputed waters.",
     [(("VNMGOV", "Hanoi"), ("PHLGOV", "Manila"), 1)]),
    # a pronoun holder resolved to the reporting subject: named by that subject
    ("Chile says it will not accept the fishing plan drafted by Argentina.",
     [(("CHL", "Chile"), ("ARG", "Argentina"), -1)]),
    # a pronoun whose antecedent is in the previous sentence: the pronoun itself
    ("Chile hosted the regional talks on Monday. It said it rejected Peru's proposal for a new fishing quota.",
     [(("CHL", "it"), ("PER", "Peru"), -1)]),
    # "the government in <capital>" and "officials in <seat>": the whole holder phrase
    ("Moldova accused the government in Moscow of funding protests.",
     [(("MDA", "Moldova"), ("RUS", "the government in Moscow"), -1)]),
    ("Officials in the Kremlin rejected Moldova's proposal to reopen the consulate in Tiraspol.",
     [(("RUSGOV", "Officials in the Kremlin"), ("MDA", "Moldova"), -1)]),
    # a group phrase naming its members: each member by its own name
    ("The two countries, Ghana and Togo, traded accusations over the border clashes.",
     [(("GHA", "Ghana"), ("TGO", "Togo"), -1)]),
    # a group anaphor: the anaphor, the same phrase for both members
    ("Ghana and Togo held talks in Accra. The two countries agreed to reopen the border.",
     [(("GHA", "The two countries"), ("TGO", "The two countries"), 1)]),
    # a role phrase holder; a possessive partner
    ("In a letter to parliament, Norway's prime minister voiced strong support for Denmark's move to double aid to "
     "Ukraine.",
     [(("NORGOV", "Norway's prime minister"), ("DNK", "Denmark"), 1)]),
    # "A, like B, condemned X": three pairs, each from its own name
    ("Estonia, like Latvia, condemned the decision by Belarus to expel the diplomats.",
     [(("EST", "Estonia"), ("BLR", "Belarus"), -1), (("LVA", "Latvia"), ("BLR", "Belarus"), -1),
      (("EST", "Estonia"), ("LVA", "Latvia"), 1)]),
]


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {text: analyze(text) for text, _ in CASES}


def _is_mention_of(art: Article, actor_id: str, start: int, end: int) -> bool:
    """The span is (or contains) a mention the actors stage gave this actor or a group it is in, or it
    is a single pronoun or noun phrase in the sentence (resolved by the stance stage)."""
    owners = {actor_id} | {a.id for a in art.actors if actor_id in a.members}
    return any(m.start >= start and m.end <= end for a in art.actors if a.id in owners for m in a.mentions)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_each_side_is_its_mention_in_the_evidence_sentence(articles, text, expected) -> None:
    art = articles[text]
    got = [((al.actors[0].id, al.actors[0].text), (al.actors[1].id, al.actors[1].text), al.polarity)
           for al in art.alignments]
    assert got == expected
    by_id = {a.id: a for a in art.actors}
    for al in art.alignments:
        assert (al.actors[0].id, al.actors[1].id) == (al.a, al.b)  # the ids stay as they were
        for side in al.actors:
            assert side.start is not None and side.end is not None
            assert art.text[side.start:side.end] == side.text
            assert al.evidence.start <= side.start < side.end <= al.evidence.end
            assert side.name == by_id[side.id].name and side.country == by_id[side.id].country
            if side.text and side.text.lower() not in ("it", "they", "we", "he", "she"):
                assert _is_mention_of(art, side.id, side.start, side.end), side


def test_the_field_is_in_the_json_contract_and_reads_back(articles) -> None:
    art = articles[CASES[0][0]]
    d = json.loads(json.dumps(art.to_dict()))
    assert validate_article(d) == []
    side = d["alignments"][0]["actors"][0]
    assert set(side) == {"id", "name", "country", "text", "start", "end"}
    assert side["text"] == d["text"][side["start"]:side["end"]] == "Bangkok"
    back = article_from_dict(d)
    assert back.alignments == art.alignments
    # output written before the field existed reads back with no sides
    for al in d["alignments"]:
        del al["actors"]
    assert article_from_dict(d).alignments[0].actors == ()
