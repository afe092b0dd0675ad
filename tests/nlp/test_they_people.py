"""A speaking "they" with no actor to take is the plural people noun that is a subject just before
it (sentences written for these tests, not taken from any evaluation file): "Lindqvist supporters
... They have promised" are the supporters, a group named by its own phrase, not Lindqvist and not
nobody; "his advisers ... they said" are that person's advisers.
"""

from __future__ import annotations

import pytest

import stancemap

pytestmark = pytest.mark.model

Q1, Q2 = "\u201c", "\u201d"

#: (case, text, the name of the group the last "they" must be; None: no actor)
CASES = [
    ("followers", "Lindqvist supporters are crying foul over the count. They have promised to take the fight to "
                  "the convention.", "Lindqvist supporters"),
    ("commanders", "Rebel commanders in the north rejected the truce. They said the army had broken it twice.",
     "Rebel commanders"),
    ("possessive-pronoun", "Omar Haddad lost the vote on Monday. His advisers blamed the weather. They said turnout "
                           "was low.", "Omar Haddad's advisers"),
    ("quantified", "Several Kell associates have named Ohio as a place where she could help. She could lift "
                   "turnout there, they have suggested.", "Kell associates"),
    ("workers-quoted", f"The Norvik Mining Company reported a loss. Workers said they would strike. {Q1}We are not "
                       f"paid,{Q2} they said.", "Workers"),
    ("residents", "Residents of the valley said the river had flooded twice. They said the dam was to blame.",
     "Residents"),
    # not a speaking "they": no group is made for it
    ("not-speaking", "Lindqvist supporters filled the hall. They waved flags for an hour.", None),
]


@pytest.fixture(scope="module")
def articles():
    items = [{"id": c[0], "text": c[1]} for c in CASES]
    return {c[0]: a for c, a in zip(CASES, stancemap.analyze_many(items))}


@pytest.mark.parametrize("case,text,want", CASES, ids=[c[0] for c in CASES])
def test_speaking_they_is_the_people_named_before(articles, case, text, want):
    art = articles[case]
    last = max(i for i in range(len(text)) if text.lower().startswith("they", i)
               and (i == 0 or not text[i - 1].isalpha()) and not text[i + 4 : i + 5].isalpha())
    holder = next((a for a in art.actors for m in a.mentions if m.start == last and m.kind == "pronoun"), None)
    if want is None:
        assert holder is None, holder
    else:
        assert holder is not None and holder.name == want and holder.type == "group", holder
