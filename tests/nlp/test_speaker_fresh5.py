"""Speaker constructions found missing on tests/data/quotes_fresh5.jsonl (issue 9), each fixed
generally and tested on sentences written for this test (never taken from an evaluation file),
with look-alikes that must keep their old reading:

- a name the tagger misses, with an apposition that says it is a charity ("X, a Spanish charity
  that ...,"), is that charity (a non-governmental organisation of the apposition's country), and
  the description is its own: "the charity" later is it, not the country's charities;
- a name in apposition to a noun that names only a person ("a spokesman for the federation, X Y,")
  is a person whatever the tagger made of it, so a he/she after it follows;
- a body's last name word capitalised alone ("the Commission" after "the African Union
  Commission") is that body, as the lower-case noun is;
- "the agency" late in a long article is the one body named before that the noun fits, when the
  whole text before names only one;
- a state's collective first written with the state's possessive ("Ghana's government", "Kenya's
  army") is named so, not by the table's adjective form;
- a that-clause the parse hangs on an adverb right after the cue ("said later that") is the
  cue's content.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(speaker_codes):
    """text -> [(speaker text, speaker actor name or None, speaker actor code or None)] (conftest)."""
    return speaker_codes


def test_charity_named_by_its_apposition(run, nlp):
    text = ("The order was condemned by Vela Libre, a Spanish charity that flies spotter planes over the central "
            "Mediterranean. The charity said in a statement that the ban would cost lives.")
    rows = run(text)
    assert [r[1] for r in rows] == ["Vela Libre"] and rows[0][2] == "ESPNGO"
    act = next(a for a in nlp(text)._.sm_actors if a.name == "Vela Libre")
    assert act.sector == "NGO" and act.country == "ESP"


def test_company_apposition_and_unnamed_charity_keep_their_reading(run):
    rows = run("Costa Verde Shipping, a Spanish company, said on Friday that two of its vessels were held.")
    assert rows[0][1] == "Costa Verde Shipping" and rows[0][2] == "ESP"
    # a charity with no name before it stays the country's charities
    rows = run("A Spanish charity said on Friday that its aircraft had been grounded.")
    assert rows[0][1] == "Spanish ngo"


def test_name_in_apposition_to_a_person_noun_is_a_person(nlp):
    # (the tagger takes this name for an organisation)
    doc = nlp("The growers' cooperative will close its depot in Nyeri next month, a spokeswoman for the "
              "cooperative, Nyokabi Maina, told a local radio station. She blamed the late rains for the losses.")
    act = next(a for a in doc._.sm_actors if a.name == "Nyokabi Maina")
    assert act.type == "person" and act.role == "spokeswoman"
    assert "She" in [m.text for m in act.mentions if m.kind == "pronoun"]
    sts = doc._.sm_statements
    assert sts[0].speaker is not None and sts[0].speaker.actor == act.id


def test_body_in_apposition_to_a_shared_noun_stays_a_body(run):
    # "member" is a noun a body can be too: no person made of the name after it
    rows = run("The alliance's largest member, Tandem Logistics Group, said that it would leave in June.")
    assert rows[0][1] == "Tandem Logistics Group"


def test_capitalised_last_word_of_a_body(run):
    text = ("The African Union Commission said on Monday that it would send observers to the vote. Its observers "
            "will arrive within a week, a spokesman for the Commission told reporters.")
    assert [r[1] for r in run(text)] == ["African Union Commission", "African Union Commission"]
    # no commission named before: nothing to stand for
    rows = run("Its observers will arrive within a week, a spokesman for the Commission told reporters.")
    assert rows[0][1] is None


_LONG = ("GENEVA, Sept 4 - The International Organization for Migration said on Friday that 30 people had died "
         "when a lorry overturned in the desert. The lorry was carrying about 90 people towards the coast. "
         "Survivors were taken to a clinic in the nearest town. Smugglers often drive at night to avoid "
         "patrols. The route has grown busier since the spring. Several towns along it have no hospital. "
         "Local officials said that the driver had fled. Police in the region said that they were searching "
         "for him. Two of the injured were in a serious condition. In some months more migrants now die in the "
         "desert than at sea, the agency said.")


def test_the_agency_late_in_a_long_article(run):
    rows = run(_LONG)
    assert rows[0][1] == "International Organization for Migration" and rows[0][2] == "IGOUNO"
    assert rows[-1][0] == "the agency" and rows[-1][1] == "International Organization for Migration"


def test_the_agency_far_after_two_fitting_bodies_stays_alone(run):
    text = _LONG.replace("The International Organization for Migration said on Friday",
                         "The World Health Organization and the International Organization for Migration "
                         "said on Friday")
    rows = run(text)
    assert rows[-1][0] == "the agency" and rows[-1][1] is None


def test_state_collective_named_as_written_with_its_possessive(run):
    rows = run("Ghana's government said on Monday that it would raise fuel taxes. The government said that "
               "the money would go to roads.")
    assert [r[1] for r in rows] == ["Ghana's government", "Ghana's government"]
    assert rows[0][2] == "GHAGOV"
    rows = run("Kenya's army said on Monday that it had closed the road.")
    assert rows[0][1] == "Kenya's army" and rows[0][2] == "KENMIL"


def test_state_collective_written_otherwise_keeps_the_table_name(run):
    rows = run("The Ghanaian government said on Monday that it would raise fuel taxes.")
    assert rows[0][1] == "Ghanaian government"
    rows = run("The government of Ghana said on Monday that it would raise fuel taxes.")
    assert rows[0][1] == "Ghanaian government"


def test_that_clause_hung_on_an_adverb_after_the_cue(nlp):
    # (the parse hangs the that-clause on "later")
    doc = nlp("The regulator said later that every stall that burned in the fire would be rebuilt or replaced "
              "by the city.")
    sts = doc._.sm_statements
    assert len(sts) == 1 and sts[0].speaker is not None and sts[0].speaker.text == "The regulator"
    assert sts[0].content.text == "that every stall that burned in the fire would be rebuilt or replaced by the city"


def test_body_before_a_spokesman_noun_and_the_company_after_it(run):
    text = ("Nurses at the Westbrook Clinic stopped work on Tuesday over night shifts. Talks with the nurses would "
            "resume in June, Harbourline spokesman Piet Venter told a radio station. The company said that no "
            "patients had been turned away.")
    rows = run(text)
    assert rows[0][1] == "Piet Venter"
    assert rows[-1][0] == "The company" and rows[-1][1] == "Harbourline"


def test_the_company_with_two_bodies_in_one_sentence_stays_alone(run):
    # two organisations in the nearest sentence that names any: which one is a guess
    text = ("Kestrel Air and Tandem Freight said on Monday that they would merge. The company said that no jobs "
            "would go.")
    assert run(text)[-1][1] is None


def test_officials_in_a_town_the_tables_do_not_know(run):
    # a town the tagger calls a place, in an article whose dateline names the state
    rows = run("BODO, Norway, Nov 3 - A storm cut power to the port on Sunday. Officials in Narvik said that "
               "the schools would reopen.")
    assert rows[-1][1] == "Narvik" and rows[-1][2] == "NORGOV"
    # the dateline's town repeated in the body
    rows = run("PORT KELANI, Sri Lanka, Nov 3 - Officials in Port Kelani said that the bridge had held.")
    assert rows[0][1] == "Port Kelani" and rows[0][2] == "LKAGOV"
    # a town the tables know: its state's government, as before
    rows = run("Officials in Mombasa said on Sunday that the schools would reopen.")
    assert rows[0][1] == "Kenyan government"


def test_officials_in_a_region_or_without_a_state_get_no_town(run):
    assert run("Officials in Silicon Valley said that the new rules would hurt startups.")[0][1] is None
    # no dateline: the article's state is unknown
    assert run("Officials in Narvik said that the schools would reopen.")[0][1] is None


def test_parenthetical_cue_inside_a_clause(nlp):
    # (studied on PolNeAR train: "X, said Y, an expert at Z, would ...")
    doc = nlp("Any honest count of the ballots, said Ines Moreau, a lawyer for the Green Party, would show "
              "that the mayor lost.")
    sts = doc._.sm_statements
    assert len(sts) == 1 and sts[0].speaker is not None and sts[0].speaker.text == "Ines Moreau"
    assert [doc.text[a:b] for a, b in sts[0].content.spans] == ["Any honest count of the ballots",
                                                                  "would show that the mayor lost"]


def test_parenthetical_look_alikes_keep_their_reading(nlp):
    # nothing of the clause after the speaker: an inverted attribution, as before
    doc = nlp("The count was honest, said Ines Moreau, a lawyer for the Green Party.")
    sts = doc._.sm_statements
    assert len(sts) == 1 and sts[0].speaker.text.startswith("Ines Moreau")
    assert sts[0].content.text == "The count was honest"
    # a quotation interrupted by its cue stays one direct statement
    doc = nlp('"The count," said Ines Moreau, "was honest from start to finish."')
    sts = doc._.sm_statements
    assert len(sts) == 1 and sts[0].kind == "direct" and len(sts[0].content.spans) == 2
