"""Speaker phrases that hold other actors, and persons the tagger misses (sentences written for
these tests, not taken from any evaluation file).

- A subject followed by a comma-enclosed aside ("X, at a firm called Y, argues", "X, the party
  chairman, last week unveiled") is X's phrase, also when
  the parser hangs the aside on the verb; an aside that adds a co-speaker ("X, along with Y,") is not.
- Coordinated speakers with a modifier after the last one ("Senators X and Y, who both ...,")
  are the group, not the last conjunct.
- A "which" clause the parser hangs on a person's name speaks of a thing: it is not the person's
  phrase ("a note to X, which was leaked by The Ledger's Y": Y's phrase stays Y's).
- A person whose role prefix reaches a person already named ("X's campaign manager Y") keeps a
  mention of their own.
- A description whose head is a role word the tagger takes for a proper noun ("The firm's CEO,
  X,") is X's.
- Persons the tagger missed: an untagged known given name and surname ("Adel Nefzi"), a surname
  tagged as an organisation after an untagged given name, a single name after a royal title
  ("Prince Faisal"), a name in apposition to "a <Name> supporter"; and no person named "Filmmaker"
  or "the Ana and Jon Ruiz Chair" (but "Dean" may be a surname).
"""

from __future__ import annotations

import pytest

import stancemap
from stancemap.eval.actors import actor_at_chars, mention_index

pytestmark = pytest.mark.model

Q1, Q2 = "\u201c", "\u201d"

#: (case, text, speaker phrase as written, the person it must resolve to)
CASES = [
    # subject asides the parser hangs on the verb
    ("aside-at-firm", "But Tomas Riedl, at a research outfit called Halvard Metrics, argues that the ties will "
                      "deepen as trade grows.", "Tomas Riedl, at a research outfit called Halvard Metrics,", "Tomas Riedl"),
    ("aside-at-consultancy", "But Nora Lindgren, at a consultancy called Pelham Dragonfly, argues that Beijing's "
                             "sway will grow.", "Nora Lindgren, at a consultancy called Pelham Dragonfly,", "Nora Lindgren"),
    ("aside-chairman-last-week", "Reince Mulvane, the party chairman, last week unveiled a website on the rules.",
     "Reince Mulvane, the party chairman,", "Reince Mulvane"),
    ("aside-co-speaker", "Fiona Marsh, along with Ledger reporter Ben Toller, said the guard grabbed her arm.",
     "Ben Toller", "Ben Toller"),
    ("aside-whose", "Emma Kestrel, whose group backs the bills in both houses, said the vote was close.",
     "Emma Kestrel, whose group backs the bills in both houses,", "Emma Kestrel"),
    # which-clauses hung on a person's name
    ("which-clause", "Forty members signed a note to Obama, which was leaked on Tuesday by The Ledger's Greg "
                     "Sorensen and drafted by three aides.", "The Ledger's Greg Sorensen", "Greg Sorensen"),
    ("which-clause-2", "The memo went to Senator Ruth Keller, which was revealed on Friday by the Harbor Times' "
                       "Paul Ingram in a long report.", "the Harbor Times' Paul Ingram", "Paul Ingram"),
    # role words taken for proper nouns
    ("ceo-head", "The Harlan Group's CEO, Anna Prell, said the two firms had agreed on the plan.",
     "The Harlan Group's CEO, Anna Prell,", "Anna Prell"),
    ("ceo-head-2", "The Varga Group's CEO, Leona Pitt, said the firms had coordinated.",
     "The Varga Group's CEO, Leona Pitt,", "Leona Pitt"),
    # a role prefix that reaches a known person ("X's campaign manager Y"): Y keeps a mention
    ("role-after-known-person", "Hillary Clinton's campaign manager Robby Tran said the count was wrong.",
     "Hillary Clinton's campaign manager Robby Tran", "Robby Tran"),
    ("role-after-known-person-2", "On Friday Barack Obama's chief of staff Dina Varga told reporters the bill was dead.",
     "Barack Obama's chief of staff Dina Varga", "Dina Varga"),
    # persons the tagger misses
    ("given-name-untagged", "In the old cinema - now a prayer hall with no screen - Adel Bouzid said he and others "
                            "are raising money for the families. Bouzid, a physics lecturer who sits on the hall's "
                            "board, said he never met the gunman.",
     "Bouzid, a physics lecturer who sits on the hall's board,", "Adel Bouzid"),
    ("given-name-untagged-pronoun", "In the old cinema - now a prayer hall with no screen - Adel Bouzid said he and "
                                    "others are raising money for the families. He said he never met the gunman.",
     "He", "Adel Bouzid"),
    ("given-name-after-other", "One deacon backing Mr. Lindqvist, Errol Pennyworth of Hope Chapel in Albion, said "
                               "he had made calls.", "Errol Pennyworth of Hope Chapel in Albion", "Errol Pennyworth"),
    ("apostrophe-surname", "Brett O\u2019Connell said the tour was costly.", "Brett O\u2019Connell",
     "Brett O\u2019Connell"),
    ("royal-title", f"{Q1}Your photos are doctored,{Q2} tweeted Prince Alwaleed, the grandson of a former king and "
                    "a hotel investor, on Monday.",
     "Prince Alwaleed, the grandson of a former king and a hotel investor,", "Alwaleed"),
    ("royal-title-sheikh", f"{Q1}Your photos are doctored,{Q2} wrote Sheikh Nahyar, a cousin of the ruler and a "
                           "hotel investor, on Monday.", "Sheikh Nahyar, a cousin of the ruler and a hotel investor,",
     "Nahyar"),
    ("follower-noun", "Shirin Adjani, a Lindqvist supporter from Visalia, said she would not vote.",
     "Shirin Adjani, a Lindqvist supporter from Visalia,", "Shirin Adjani"),
    ("endowed-chair", f"{Q1}The tax can raise enough,{Q2} said Mark Tiller, the Jonas and Ruth Kemp Chair in Public "
                      "Finance at the Harlow Institute.",
     "Mark Tiller, the Jonas and Ruth Kemp Chair in Public Finance at the Harlow Institute", "Mark Tiller"),
    ("misparsed-follower", f"{Q1}The plan helps families,{Q2} said Ida Brand, a nurse and Trump supporter in "
                           "East Ridge.", "Ida Brand, a nurse and Trump supporter in East Ridge", "Ida Brand"),
    ("role-noun-surname", "Howard Dean spoke first. Dean, a former party chairman and presidential candidate, said "
                          "the race was over.", "Dean, a former party chairman and presidential candidate,",
     "Howard Dean"),
]

#: (case, text, a capitalised word that must not be a person's name)
NOT_PERSONS = [
    ("role-noun-first", "Filmmaker and bestselling novelist Omar Blakely predicted a narrow win.", "Filmmaker"),
    ("endowed-chair-name", "She holds the Jonas and Ruth Kemp Chair in Public Finance.", "Chair"),
    ("party-acronym", "Anti-tax feeling runs high among party leaders in Kansas, and Kansas GOP insiders are "
                      "drafting a plan. Ohio NAACP officers met on Monday.", "GOP"),
    ("party-acronym-2", "Anti-tax feeling runs high among party leaders in Kansas, and Kansas GOP insiders are "
                        "drafting a plan. Ohio NAACP officers met on Monday.", "NAACP"),
]


#: (case, text, speaker phrase, the members of the group it must resolve to)
GROUPS = [
    ("coordination-who-both", "Senators Ana Kell and Tom Weller, who both sit on the panel, said the bill was dead.",
     "Senators Ana Kell and Tom Weller, who both sit on the panel,", {"Ana Kell", "Tom Weller"}),
    ("coordination-of-body", "Analysts Rosa Lind and Omar Haddad of the Harlow Institute wrote that the site was "
                             "active again.", "Analysts Rosa Lind and Omar Haddad of the Harlow Institute",
     {"Rosa Lind", "Omar Haddad"}),
]


@pytest.fixture(scope="module")
def articles():
    items = [{"id": c[0], "text": c[1]} for c in CASES + NOT_PERSONS + GROUPS]
    return {c["id"]: a for c, a in zip(items, stancemap.analyze_many(items))}


@pytest.mark.parametrize("case,text,phrase,want", CASES, ids=[c[0] for c in CASES])
def test_speaker_phrase_resolves_to_its_person(articles, case, text, phrase, want):
    art = articles[case]
    start = text.rindex(phrase)
    aid = actor_at_chars(mention_index(art.actors), start, start + len(phrase))
    actor = next((a for a in art.actors if a.id == aid), None)
    assert actor is not None and actor.name == want and actor.type == "person", (phrase, actor)


@pytest.mark.parametrize("case,text,word", NOT_PERSONS, ids=[c[0] for c in NOT_PERSONS])
def test_no_person_named_by_a_common_word(articles, case, text, word):
    persons = [a.name for a in articles[case].actors if a.type == "person"]
    assert not any(word in p for p in persons), persons


@pytest.mark.parametrize("case,text,phrase,members", GROUPS, ids=[c[0] for c in GROUPS])
def test_coordinated_speakers_with_shared_modifiers_are_the_group(articles, case, text, phrase, members):
    art = articles[case]
    start = text.index(phrase)
    aid = actor_at_chars(mention_index(art.actors), start, start + len(phrase))
    group = next(a for a in art.actors if a.id == aid)
    by_id = {a.id: a.name for a in art.actors}
    assert group.type == "group" and {by_id[m] for m in group.members} == members, (group.name, group.members)
