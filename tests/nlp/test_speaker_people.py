"""Who a speaker is, when the article's people and bodies are easy to mix up (issue 9, part 4):
relatives who share a surname, a candidate of a party, a party's or agency's own officials, a
titled surname that is also a place, an unnamed relative who speaks. Every sentence is written for
these tests (no evaluation text); each case names the exact speaker actor, or None for none.
"""

from __future__ import annotations

import pytest

from stancemap.api import analyze
from stancemap.nlp.common.extensions import actor_at

pytestmark = pytest.mark.model


def _speakers(text: str) -> list[tuple[str, str | None]]:
    """(speaker text, actor name or None) of every statement, in order."""
    art = analyze(text)
    names = {a.id: a.name for a in art.actors}
    return [(s.speaker.text, names.get(s.speaker.actor) if s.speaker.actor else None)
            for s in art.statements if s.speaker is not None]


def _actor_names(text: str) -> dict[str, str]:
    """Mention text -> actor name, for every mention of the article."""
    art = analyze(text)
    return {text[m.start:m.end]: a.name for a in art.actors for m in a.mentions}


# -- two people of one surname -----------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,actor", [
    # a given name the tagger does not know, before the surname of a father named in full
    ("Donald Trump spoke in Ohio. Ivanka Trump said that work and family mattered to her.",
     "Ivanka Trump", "Ivanka Trump"),
    ("Carl Lindqvist runs the shipyard. Ingrid Lindqvist told the Herald that she would leave the board.",
     "Ingrid Lindqvist", "Ingrid Lindqvist"),
    ("Hillary Clinton spoke first. Chelsea Clinton said she was proud of the campaign.",
     "Chelsea Clinton", "Chelsea Clinton"),
])
def test_a_relative_named_in_full_is_a_person_of_their_own(text, speaker, actor):
    assert _speakers(text) == [(speaker, actor)]


def test_the_daughter_keeps_her_own_pronouns():
    text = ("Donald Trump spoke in Ohio. Ivanka Trump, 34, could help him with women. "
            "She has defended her father.")
    names = _actor_names(text)
    assert names["Donald Trump"] == "Donald Trump"
    assert names["Ivanka Trump"] == "Ivanka Trump"
    assert names["She"] == "Ivanka Trump"
    assert names["him"] == "Donald Trump"


# -- an unnamed relative who speaks ------------------------------------------------------------

@pytest.mark.parametrize("text,relative,pronoun", [
    ("Mark Olsen spoke on Monday. The son of Olsen said later that he regretted the vote.", "son of Olsen", "he"),
    ("Mark Olsen spoke on Monday. Olsen's daughter said she was proud of the result.", "Olsen's daughter", "she"),
])
def test_an_unnamed_relative_is_a_person_of_their_own(text, relative, pronoun):
    art = analyze(text)
    by_name = {a.name: a for a in art.actors}
    olsen, kin = by_name["Mark Olsen"], by_name[relative]
    assert kin.type == "person"
    # the relative's own pronoun, never the possessor's
    assert [text[m.start:m.end] for m in olsen.mentions if m.kind == "pronoun"] == []
    assert [text[m.start:m.end] for m in kin.mentions if m.kind == "pronoun"] == [pronoun]
    assert [(s.speaker.text, s.speaker.actor) for s in art.statements] == [
        (text.split(". ")[1].split(" said")[0], kin.id)]


def test_a_relative_phrase_looked_up_by_any_stage_is_the_relative(nlp):
    text = "Mark Olsen spoke on Monday. The son of Olsen said later that he regretted the vote."
    doc = nlp(text)
    start = text.index("The son of Olsen")
    aid = actor_at(doc, start, start + len("The son of Olsen"))
    names = {a.id: a.name for a in doc._.sm_actors}
    assert names[aid] == "son of Olsen"


@pytest.mark.parametrize("text", [
    "The prime minister said his coalition partner had rejected the tax increase.",
    "The senator said her business partner had opposed the deal.",
    "The chancellor said its junior sibling had rejected the merger.",
])
def test_a_partner_or_a_figurative_relative_is_no_relative(text):
    art = analyze(text)
    assert [a.id for a in art.actors if a.id.startswith("relative:")] == []
    assert [st.actor for st in art.stances if st.actor and st.actor.startswith("relative:")] == []


def test_a_foster_mother_is_a_relative():
    text = "Mark Olsen spoke on Monday. His foster mother said she was proud of him."
    assert _speakers(text) == [("His foster mother", "His foster mother")]


def test_a_named_relative_is_the_named_person():
    text = "Carl Lind runs the firm. Lena, his daughter, said the firm would grow."
    assert _speakers(text) == [("Lena", "Lena")]
    assert not any(a.id.startswith("relative:") for a in analyze(text).actors)


def test_a_pronoun_after_the_person_himself_still_resolves():
    text = "Mark Olsen spoke on Monday. He said his daughter was proud. He added that the plan would work."
    assert _speakers(text) == [("He", "Mark Olsen"), ("He", "Mark Olsen")]


# -- a party's candidate and a party's officials -----------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("The GOP nominee said on Monday that taxes would fall.", "The GOP nominee"),
    ("A Likud strategist said the coalition would hold until spring.", "A Likud strategist"),
    ("The Republican presidential candidate told voters that taxes would fall.",
     "The Republican presidential candidate"),
])
def test_a_party_candidate_is_not_the_party(text, speaker):
    assert _speakers(text) == [(speaker, None)]


def test_a_party_candidate_named_before_is_that_person():
    text = ("Dana Whitfield, the Green Party nominee, toured Ohio. On Monday the Green Party nominee said she "
            "would not debate.")
    assert _speakers(text) == [("the Green Party nominee", "Dana Whitfield")]


def test_a_named_candidate_is_the_person():
    text = "The Labour candidate, Ruth Ellery, said she would win. The candidate added that polls were wrong."
    assert _speakers(text) == [("Ruth Ellery", "Ruth Ellery"), ("The candidate", "Ruth Ellery")]


@pytest.mark.parametrize("text,speaker,actor", [
    ("Several local GOP leaders said the vote had been rigged.", "Several local GOP leaders", "Republican Party"),
    # another body's officials keep their own actor (coded with the government sector), named as its people
    ("FBI officials said the inquiry was closed.", "FBI officials", "FBI officials"),  # as written: no full name
    ("A Democratic Party official said the count would resume on Friday.", "A Democratic Party official",
     "Democratic Party"),
    # a spokesman of a body that is no party: one of its people
    ("A Hamas spokesman said the talks had failed.", "A Hamas spokesman", "Hamas officials"),
])
def test_a_party_official_is_the_party_and_another_body_s_officials_its_people(text, speaker, actor):
    assert _speakers(text) == [(speaker, actor)]


# -- a titled surname that is also a place -----------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("Ms. Gao, a teacher in a small town, said the new rules were unfair.", "Ms. Gao"),
    ("Mr. Lyon said the school would stay closed until March.", "Mr. Lyon"),
])
def test_a_place_word_after_a_personal_title_is_no_place(text, speaker):
    got = _speakers(text)
    assert got == [(speaker, None)]
    art = analyze(text)
    assert [a.type for a in art.actors if a.type == "state"] == []


@pytest.mark.parametrize("text,speaker,actor", [
    # an ordinary word before the surname is no given name: the person named in full speaks
    ("Calvin Wexford leads the police. Chief Wexford said the streets were calm.", "Chief Wexford",
     "Calvin Wexford"),
    ("Donald Trump spoke in Ohio. Team Trump said the rally had been the largest yet.", "Team Trump",
     "Donald Trump"),
    ("Nora Foyle and Ian Brack teach history. Professors Foyle and Brack said the archive was lost.",
     "Professors Foyle", "Nora Foyle and Ian Brack"),
])
def test_an_ordinary_word_before_a_surname_keeps_the_person(text, speaker, actor):
    assert _speakers(text) == [(speaker, actor)]


# -- "Ms." beside a full name whose given name tells no sex, or a man's --------------------------

@pytest.mark.parametrize("text,speakers", [
    ("Jordan Ames leads the union. Ms. Ames said the strike would go on. She said the vote was close.",
     [("Ms. Ames", "Jordan Ames"), ("She", "Jordan Ames")]),
    ("Lee Varga chairs the board. Ms. Varga said the merger would go ahead. She said the vote was close.",
     [("Ms. Varga", "Lee Varga"), ("She", "Lee Varga")]),
    # a husband by the name: she is the one who has him, no relative of hers
    ("Lee Varga came to the meeting with her husband. Ms. Varga said the merger would go ahead.",
     [("Ms. Varga", "Lee Varga")]),
])
def test_ms_joins_the_one_person_named_in_full_whose_given_name_tells_no_sex(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text,speaker", [
    # a given name the tables know as a man's: "Ms." is another person of the surname
    ("Tomas Halvik runs the bakery. Ms. Halvik said the bread prices would rise.", "Ms. Halvik"),
    # a given name of either sex, but a kinship noun by either mention, or "Mrs.": a relative
    ("Lee Varga chairs the board. Ms. Varga, his sister, said the merger would go ahead.", "Ms. Varga"),
    ("Lee Varga came to the meeting with his daughter. Ms. Varga said the merger would go ahead.", "Ms. Varga"),
])
def test_ms_beside_a_man_or_a_relative_named_in_full_is_another_person(text, speaker):
    assert _speakers(text) == [(speaker, "Varga" if "Varga" in speaker else "Halvik")]


@pytest.mark.parametrize("text,surname,full,polarity", [
    ("Peter Brandt spoke first. Ms. Brandt, his wife, later told reporters she supported the strike.",
     "Brandt", "Peter Brandt", 1),
    ("Carl Lind arrived at the hall with his wife. Ms. Lind said she opposed the new tax.",
     "Lind", "Carl Lind", -1),
])
def test_the_wife_holds_her_own_stance(text, surname, full, polarity):
    art = analyze(text)
    by_id = {a.id: a for a in art.actors}
    assert [(s.speaker.text, by_id[s.speaker.actor].name) for s in art.statements] == [
        (f"Ms. {surname}", surname)]
    assert [(by_id[st.actor].name, st.polarity) for st in art.stances] == [(surname, polarity)]
    assert [text[m.start:m.end] for m in next(a for a in art.actors if a.name == full).mentions] == [full, "his"]


def test_mrs_beside_a_man_named_in_full_is_another_person():
    text = "Peter Lindahl spoke on Monday. Mrs. Lindahl said the house had been sold."
    assert _speakers(text) == [("Mrs. Lindahl", "Lindahl")]


# -- a company named beside its description ----------------------------------------------------

@pytest.mark.parametrize("text,speaker,actor", [
    # a description right before the name: the name speaks, not the country that owns it
    ("Brazil's state-owned oil giant Petrolar said output would rise.", "Petrolar", "Petrolar"),
    ("Norway's biggest lender Fjordbank said profits fell in the third quarter.", "Fjordbank", "Fjordbank"),
    # a name the tagger misses, with an apposition that says it is a company
    ("Kerrow, the Australian mining company, said the mine would close.", "Kerrow", "Kerrow"),
    ("Talbot Rail, a British rail operator, said fares would rise.", "Talbot Rail", "Talbot Rail"),
    ("Fenwick, the national carrier, said flights would resume.", "Fenwick", "Fenwick"),
    # a person described by a company noun stays a person
    ("Anna Vester, a Danish company director, said sales fell.", "Anna Vester", "Anna Vester"),
    ("Hugo Marsh, a record producer, said the album was late.", "Hugo Marsh", "Hugo Marsh"),
    # a noun of people and companies alike, with nothing that says a trade: no company
    ("Weller, the producer of the documentary, said the film would be shown in May.", "Weller", None),
])
def test_a_company_beside_its_description_speaks(text, speaker, actor):
    assert _speakers(text) == [(speaker, actor)]


def test_a_trade_noun_with_its_trade_is_a_company_of_the_description_s_country():
    art = analyze("Dunmore, the Scottish oil producer, said output would fall.")
    dunmore = next(a for a in art.actors if a.name == "Dunmore")
    assert (dunmore.type, dunmore.country) == ("organisation", "GBR")
    assert [(s.speaker.text, s.speaker.actor) for s in art.statements] == [("Dunmore", dunmore.id)]


def test_a_described_company_is_of_the_description_s_country():
    art = analyze("Kerrow, the Australian mining company, said the mine would close.")
    kerrow = next(a for a in art.actors if a.name == "Kerrow")
    assert (kerrow.type, kerrow.country) == ("organisation", "AUS")


def test_the_company_after_a_described_company_is_that_company():
    text = "Talbot Rail, a British rail operator, said fares would rise. The company said strikes were over."
    assert _speakers(text) == [("Talbot Rail", "Talbot Rail"), ("The company", "Talbot Rail")]


# -- government collectives named one way ------------------------------------------------------

def test_a_government_that_coreference_finds_is_named_by_the_adjective():
    text = "Hungarian Prime Minister Viktor Orban spoke on Friday. The government said the fence would stay."
    assert _speakers(text) == [("The government", "Hungarian government")]


def test_a_relative_in_apposition_to_a_quoted_name_is_that_name():
    # the parse misses the apposition after a closing quote: the name before the comma is the relative
    text = "He feels the presence of \"Ada Lowe,\" his boast-averse mother. \"I was taught to listen,\" he said."
    art = analyze(text)
    assert not any(a.id.startswith("relative:") for a in art.actors)


# -- a newspaper referred to by what it is -----------------------------------------------------

@pytest.mark.parametrize("text,speaker,actor", [
    ("The Boston Globe ran an editorial on Sunday. The editorial board said the tax was unfair.",
     "The editorial board", "Boston Globe"),
    ("The Boston Globe endorsed the mayor on Sunday. The newspaper said she had earned a second term.",
     "The newspaper", "Boston Globe"),
    ("The Harbor Times published the memo. Officials denied it. The newspaper said the memo was real.",
     "The newspaper", "Harbor Times"),
    # a paper someone wrote is a document, whose author speaks
    ("Ruth Dale wrote a paper on tax. The paper said rates were too high.", "The paper", "Ruth Dale"),
])
def test_the_newspaper_is_the_outlet_named_before(text, speaker, actor):
    assert [x for x in _speakers(text) if x[0] == speaker] == [(speaker, actor)]
