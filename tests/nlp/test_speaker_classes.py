"""Speaker attribution by construction (issue 9, part 4): one sentence or short text per
construction, each written for these tests (no evaluation text). Each case gives the cue, a
phrase the statement's speaker span must contain, and the actor it must resolve to (None: no
actor).
"""

from __future__ import annotations

import pytest

from stancemap.api import analyze

pytestmark = pytest.mark.model

#: (case, text, cue, speaker text, actor name or None)
CASES = [
    # a participle hanging on the addressee of "sent a note to X saying": the sender speaks
    ("dative-participle", "The Falcons won the final on Sunday, and coach Rita Moss sent a message to fans "
                          "saying: \"With your help, we did it! Thank you all.\"", "saying", "Rita Moss", "Rita Moss"),
    # "when asked ..., X replied": the one asked replies; "asked" is no cue of its own
    ("when-asked", "Lorna Vik chairs the fund. When asked why, Vik replied in a short email: \"The numbers "
                   "speak for themselves.\"", "replied", "Vik", "Lorna Vik"),
    # two coordinated titles before the name: the name speaks, not the first title
    ("coordinated-titles", "\"The vote will hold,\" said former Iowa Sen. and party treasurer Walt Brenner.",
     "said", "Walt Brenner", "Walt Brenner"),
    ("coordinated-titles-conj", "\"It is settled,\" said former Maine Gov. and Green Party Chairman Ada Voss.",
     "said", "Green Party Chairman Ada Voss", "Ada Voss"),
    # a participle clause on a common-noun speaker names the outlet told, not the speaker
    # a surname that is also a place or a people's name, used as a person's (a courtesy title, a
    # relative "who"), when the article names the person in full
    ("surname-demonym-title", "Carl Welsh manages the team in Ohio. \"He is one of us,\" Mr. Welsh said of "
                              "the new coach.", "said", "Mr. Welsh", "Carl Welsh"),
    ("surname-capital-who", "Adam Paris joined the campaign in June. \"We are ready for a long fight,\" Paris, "
                            "who once worked for a senator, said on Monday.", "said", "Paris", "Adam Paris"),
    # a vocative inside the quotation taken for the subject: the apposition after the quote speaks
    ("vocative-subject", "\"That was a fine speech, Mr. Mayor,\" Councilman Ted Rowe, Democrat of Queens, "
                         "told the mayor at the dinner.", "told", "Ted Rowe", "Ted Rowe"),
    # a quoted show title inside the speaker's apposition is no quotation holding the subject
    ("show-title-apposition", "Dana Ives, host of Harbor Radio's \"Morning Tide,\" said the levy was too high.",
     "said", "Dana Ives", "Dana Ives"),
    # "X was booed by Y after telling ...": the one booed told them, not the crowd
    ("passive-after-participle", "The singer Lisa Sand was loudly booed and jeered by rival fans "
                                 "after telling them that they were \"being silly.\"", "telling", "Lisa Sand", "Lisa Sand"),
    # an inverted speaker opening with a participle adjective, then a participle clause of its own
    ("inverted-retired", "\"I am not going to call it a mistake,\" said retired surgeon Ben Lowe, asked about his "
                         "claim that he had been offered a post.", "said", "Ben Lowe", "Ben Lowe"),
    # an infinitive of purpose misparsed as a relative clause of the object
    ("purpose-infinitive", "Judge Pam Ortiz heard the case in May. The judge pointed to an earlier ruling to say "
                           "that courts must weigh \"whether the public has a stake.\"", "say", "The judge",
     "Pam Ortiz"),
    # a quotation opening the next paragraph is no content of a cue that ended the last one
    ("quote-after-paragraph", "Ortiz later wrote that the mayor had little to say on the floods in Dover, "
                              "Del.\n\n\"Is that all there is?\" Ortiz said. \"We need a new mayor -- NOW!\"",
     "said", "Ortiz", "Ortiz"),
    # a word of the quotation parsed as the subject of an inverted cue: the phrase after the cue
    ("quoted-word-inverted", "\"The dip we see now is directly due to the emails, the charity, all the old trust "
                             "issues,\" said a woman close to the mayor.", "said", "a woman close to the mayor", None),
    # a word of a quoted show title after the cue, parsed as its subject: the speaker before the cue
    ("show-title-subject", "Omar Diaz spoke on Friday. \"There's a real gap between the board and the staff and "
                           "our members,\" Diaz, a senior union organizer, said Monday morning on CBS's \"Harbor "
                           "and Friends.\"", "said", "Diaz", "Omar Diaz"),
    # a participle opening the sentence is its subject's, however the parse hangs it
    ("opening-participle", "Claiming the attacks on the host are meant to scare the moderators, Ortiz told the "
                           "Ledger that the panel was biased.", "Claiming", "Ortiz", "Ortiz"),
    # "stopped short of calling ...": the participle hangs on an adverb
    ("short-of-participle", "Mayor Ana Ortiz described the crash as a \"terrible event,\" but stopped short of "
                            "calling the driver's actions reckless.", "calling", "Ortiz", "Ana Ortiz"),
    ("speaking-to-outlet", "A senior diplomat speaking to the Harbor Times said, \"The talks are over for now.\"",
     "said", "A senior diplomat", None),
]


@pytest.mark.parametrize("case,text,cue,speaker,actor", CASES, ids=[c[0] for c in CASES])
def test_speaker_of_construction(nlp, case, text, cue, speaker, actor):
    doc = nlp(text)
    acts = {a.id: a for a in doc._.sm_actors}
    st = [s for s in doc._.sm_statements if s.cue is not None and s.cue.text == cue]
    assert len(st) == 1, [(s.cue.text if s.cue else None, s.speaker) for s in doc._.sm_statements]
    sp = st[0].speaker
    assert sp is not None and speaker in sp.text
    got = acts[sp.actor].name if sp.actor is not None else None
    assert got == actor


def test_asked_whether_keeps_its_question(nlp):
    # a question reported with "asked whether" is content; only an answer hung on "asked" is not
    doc = nlp("Asked whether the bridge would reopen, the engineer Tomas Bell said repairs would take a year.")
    cues = {s.cue.text: [doc.text[a:b] for a, b in s.content.spans] for s in doc._.sm_statements}
    assert cues["said"] == ["repairs would take a year"]
    assert cues["Asked"] == ["whether the bridge would reopen"]


def test_shouted_down_is_no_speech(nlp):
    # a particle can make a cue verb no speech: being shouted down says nothing
    doc = nlp("The comedian Lisa Sand was jeered and shouted down by rival fans after telling them that "
              "they were \"being silly.\"")
    assert "shouted" not in [s.cue.text for s in doc._.sm_statements]


def test_quotation_after_a_mixed_statement_continues_it(nlp):
    # a quotation with no cue of its own right after a mixed statement is more of that statement
    text = ("Mayor Ana Ortiz said the levy was \"a tax on working families.\" \"We will fight it in every court "
            "we can find.\"")
    doc = nlp(text)
    assert [(s.kind, s.speaker.text, [text[a:b] for a, b in s.content.spans]) for s in doc._.sm_statements] == [
        ("mixed", "Mayor Ana Ortiz", ["the levy was \"a tax on working families.\"",
                                      "\"We will fight it in every court we can find.\""])]


def test_quotation_with_its_own_cue_stays_apart(nlp):
    text = "Ortiz called the levy \"a tax on working families.\" Ted Rowe disagreed. \"It pays for the schools,\" he said."
    doc = nlp(text)
    assert [[text[a:b] for a, b in s.content.spans] for s in doc._.sm_statements] == [
        ["the levy \"a tax on working families.\""], ["\"It pays for the schools,\""]]


#: (case, text, nominal speaker phrase, actor name or None): body nouns as speakers
BODY_CASES = [
    # "the group" after an unnamed crowd is that crowd, not a body named earlier
    ("group-after-crowd", "Greenpeace staged a protest in May. On Friday, a crowd of farmers gathered outside the "
                          "ministry. The group said prices had collapsed.", "The group", None),
    ("group-after-count", "The Sierra Club sued the city last year. On Friday, dozens of residents marched on city "
                          "hall. The group said the new road would ruin the park.", "The group", None),
    ("group-named", "Greenpeace staged a protest in May. The group said the new mine would poison the river.",
     "The group", "Greenpeace"),
    # an unnamed committee, court or commission introduced after a named one
    ("committee-unnamed", "The Republican National Committee met in Ohio last week. On Tuesday, a Senate committee "
                          "held a hearing on the bill. The committee said it would vote in June.", "The committee",
     None),
    ("court-unnamed", "The Supreme Court ruled on the case in March. On Monday, a state court in Ohio heard a new "
                      "suit. The court said the law was void.", "The court", None),
    ("court-described", "The Supreme Court heard the case in March. Even a nine-member court can split, and a full "
                        "bench often does. The court said the law was valid.", "The court", "Supreme Court"),
    # "the <surname> administration" of a leader the tables do not know, and "the administration" after it
    ("administration-unknown-leader", "Barack Obama spoke on Monday. Governor Arvid Kessler took office in May. "
                                      "The Kessler administration proposed a new levy in June. The administration "
                                      "said it would raise $2 million.", "The administration",
     "Arvid Kessler administration"),
]


@pytest.mark.parametrize("case,text,phrase,actor", BODY_CASES, ids=[c[0] for c in BODY_CASES])
def test_body_noun_speaker(nlp, case, text, phrase, actor):
    doc = nlp(text)
    acts = {a.id: a for a in doc._.sm_actors}
    st = [s for s in doc._.sm_statements if s.speaker is not None and s.speaker.text == phrase]
    assert len(st) == 1, [(s.cue.text if s.cue else None, s.speaker) for s in doc._.sm_statements]
    sp = st[0].speaker
    assert (acts[sp.actor].name if sp.actor is not None else None) == actor


@pytest.mark.parametrize("text", [
    "The senator's daughter said the campaign would go on.",
    "Okafor's Widow Says The Inquiry Was A Sham\n\nThe widow spoke to reporters on Monday.",
    "The son of the former president said the family had been wronged.",
])
def test_a_relative_is_not_the_person_whose_relative_they_are(text):
    art = analyze(text)
    first = art.statements[0]
    assert first.speaker is not None and first.speaker.actor is None


def test_a_headline_name_ends_before_the_headline_verb():
    art = analyze("Halvard Osterberg Tells Farmers They Must Adapt\n\nThe economist spoke in Oslo on Friday.")
    names = {a.name for a in art.actors}
    assert "Halvard Osterberg" in names and "Halvard Osterberg Tells" not in names
