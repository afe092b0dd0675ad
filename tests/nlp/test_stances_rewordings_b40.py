"""Rewordings of sentences the stance tests pass (issue 9, eleventh session): degree adverbs that
make "is behind X" backing, negated demands to undo read as the pledge, prevention as undoing,
"take up" an offer, named parties judged in the passive for an act, blame hung on the thing
blamed, copula clauses under "insist", members of a class named by a participle, time phrases
before an infinitive, subjects set off by a relative clause, and the doers and authors of judged
acts as alignment partners; with the look-alikes of each that state no position.

Sentences written for these tests (no evaluation text). Each positive row asserts the exact
stances (holder, polarity, a word of the target) and the exact alignments.
"""

from __future__ import annotations

import pytest

from .stance_checks import assert_exactly, assert_no_position, holder_keys

pytestmark = pytest.mark.model

S = tuple[str, int, str]
A = tuple[str, str, int]

CASES: list[tuple[str, list[S], list[A]]] = [
    # a degree adverb makes "is behind X" backing (plain "is behind X" names a culprit)
    ("Austria is strongly behind the rail tunnel.", [("AUT", 1, "rail tunnel")], []),
    ("Slovenia is very much behind the river treaty.", [("SVN", 1, "river treaty")], []),
    # a demand that a measure not be undone reads as the pledge: -1 on undoing it
    ("Iceland said the whaling ban must not be lifted.", [("ISL", -1, "lifting the whaling ban")], []),
    # prevention is undoing before the fact
    ("Mongolia said a trade war must be averted.", [("MNG", 1, "averting a trade war")], []),
    # taking up an offer or invitation is accepting it, and aligns with its author
    ("Laos took up an invitation from Vietnam to join the river talks.",
     [("LAO", 1, "invitation"), ("VNM", 1, "joining the river talks")], [("LAO", "VNM", 1)]),
    ("Bhutan took up the offer.", [("BTN", 1, "offer")], []),
    # a named party judged in the passive for an act: "Y doing Z"
    ("Chile was criticised by Peru for closing the border.", [("PER", -1, "chile closing the border")],
     [("PER", "CHL", -1)]),
    ("Uruguay was praised by Brazil for cutting the tariffs.", [("BRA", 1, "uruguay cutting the tariffs")],
     [("BRA", "URY", 1)]),
    # blame hung on the thing blamed: "on Y" names the culprit, not the thing
    ("Armenia blamed the border shooting on Azerbaijan.", [("ARM", -1, "border shooting")], [("ARM", "AZE", -1)]),
    # a finite copula clause under "insist" is stated, not demanded
    ("Bolivia insists the lithium contract was illegal.", [("BOL", -1, "lithium contract")], []),
    # a member of a class named by a participle
    ("Estonia is among the countries calling for a tribunal.", [("EST", 1, "tribunal")], []),
    # a time phrase before the infinitive of an offer; a subject set off by a relative clause
    ("Ghana offered on Friday to host the cocoa summit.", [("GHA", 1, "hosting the cocoa summit")], []),
    ("Oman, which has good ties with both sides, offered to host the talks.", [("OMN", 1, "hosting the talks")], []),
    # the doer of a judged -ing act, the author of an act judged unacceptable
    ("Cyprus objects to Ankara drilling in the bay.", [("CYP", -1, "drilling in the bay")], [("CYP", "TUR", -1)]),
    ("The Turkish drilling in the bay is unacceptable to Cyprus.", [("CYP", -1, "drilling in the bay")],
     [("CYP", "TUR", -1)]),
    # the giver of an offered act is the offer's author; a person named by a pronoun is an object
    ("Nepal turned down an offer of Indian mediation.", [("NPL", -1, "offer of indian mediation")],
     [("NPL", "IND", -1)]),
    ("Macron met Scholz and faulted him for missing the summit.", [("Emmanuel Macron", -1, "scholz")],
     [("Emmanuel Macron", "Olaf Scholz", -1)]),
    # a named body's view; approval given in the passive; roles taken "as"; a defining relative clause
    ("For the Peruvian government, the fishing ban is a mistake.", [("PER", -1, "fishing ban")], []),
    ("The port plan was given the go-ahead by Ghana.", [("GHA", 1, "port plan")], []),
    ("Latvia signed on as a sponsor of the grain resolution.", [("LVA", 1, "grain resolution")], []),
    ("Greece ruled out any deal that would split the island.", [("GRC", -1, "split the island")], []),
    ("Kenya's government celebrated the land ruling as a victory.", [("KEN", 1, "land ruling")], []),
    ("Russia cast a veto against the draft resolution.", [("RUS", -1, "draft resolution")], []),
    ("Mongolia is deeply suspicious of the new agency.", [("MNG", -1, "new agency")], []),
]

# look-alikes: "behind" of a culprit, prevention that is no demand, "take up" of posts and arms,
# criticised "for years", a demand's subjunctive, one's own conduct
NONE = [
    "The Kenyan police said a gang was behind the robbery.",
    "The crash on the Lesotho road could have been avoided.",
    "The Ugandan minister took up the post in May.",
    "Villagers in Chad took up arms.",
    "The Malawian senator is ready to recast herself as a reformer.",
    "The Kenyan police were suspicious of the man.",
    "The Ugandan club celebrated its victory.",
    "The ministry described Peru as a critic of the plan.",
    "Had Chile praised him for the deal, the talks would have gone on.",
    "Had Chile backed the plan, it would have passed.",
]


@pytest.mark.parametrize(("text", "stances", "alignments"), CASES, ids=[c[0][:40] for c in CASES])
def test_positions(nlp, text: str, stances: list[S], alignments: list[A]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert_exactly(doc, stances)
    got = [(holder_keys(doc, al.a), holder_keys(doc, al.b), al.polarity) for al in doc._.sm_alignments]
    for a, b, pol in alignments:
        assert any(p == pol and ((a.lower() in x and b.lower() in y) or (b.lower() in x and a.lower() in y))
                   for x, y, p in got), (a, b, pol, got)
    assert len(got) == len(alignments), got


@pytest.mark.parametrize("text", NONE)
def test_lookalikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def test_a_demand_in_the_subjunctive_stays_a_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    # "insisted that the vote be free": the clause is what is demanded (+1), not a stated label
    doc = nlp("Zambia insisted that the vote be free.")
    assert_exactly(doc, [("ZMB", 1, "vote be free")])


def test_criticised_for_a_time_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # "for years" is how long, not what for: the target is the party alone
    doc = nlp("Chile was criticised by Peru for years.")
    assert_exactly(doc, [("PER", -1, "chile")])
    assert "years" not in (doc._.sm_stances[0].target or "").lower()


def test_blame_on_a_medium_names_no_culprit(nlp) -> None:  # type: ignore[no-untyped-def]
    # "blamed the county clerks on the radio": the clerks are blamed; "on the radio" is where
    doc = nlp("The Kenyan senator blamed the county clerks on Radio Jambo.")
    assert doc._.sm_alignments == [], doc._.sm_alignments
