"""Who a he/she/they/it speaker of a quotation is, end to end (real model; sentences written for
these tests, not taken from any evaluation file).

Each case names the actor the last he/she/they/it speaker must resolve to (``None``: unresolved or
nobody named). They cover the salience rules of ``nlp.actors.coref`` and the quotation chain of
``nlp.statements.chain``: subjects over objects, the previous speaker, titles and pronouns that
tell the gender, paragraphs and quotations in between, "they" and "it" for one organisation,
and the binding rule of ``nlp.common.binding`` (the addressee of "he told X" is never the
"he").
"""

from __future__ import annotations

import pytest

import stancemap

pytestmark = pytest.mark.model

Q1, Q2 = "\u201c", "\u201d"

CASES = [
    # binding: a name among the pronoun's own verb's objects is not the pronoun
    ("addressee", f"Radio host Tom Reyes interviewed Senator Alan Booth on Tuesday. {Q1}We cannot wait any "
                  f"longer,{Q2} he told Reyes.", "Alan Booth"),
    ("addressee-named-first", f"Reporter Sam Kerr questioned Minister Paulo Reis about the dam. {Q1}The dam is "
                              f"safe,{Q2} he told Kerr on Tuesday.", "Paulo Reis"),
    ("replied-to", f"Jack Moran challenged Victor Hale on the debate stage. {Q1}You are wrong about trade,{Q2} "
                   "he replied to Moran.", "Victor Hale"),
    ("chain-addressee", f"Senator Dan Ruiz joined the show on Sunday. {Q1}Will you run again?{Q2} asked host Sam "
                        f"Kerr. {Q1}I have not decided yet,{Q2} he told Kerr.", "Dan Ruiz"),
    ("chain-replied-to", f"{Q1}Your numbers are wrong,{Q2} said Paul Grey. {Q1}They come from your own office,{Q2} "
                         "he replied to Grey.", None),
    ("said-of", f"{Q1}He has no idea what he is doing,{Q2} Senator Greg Alton said of Governor Mike Perel. "
                f"{Q1}None at all,{Q2} he added.", "Greg Alton"),
    # the speaker named again inside the reported clause is still the speaker
    ("renamed-in-clause", "Governor Ben Farrow spoke on Friday about the storm. He noted that the agency had "
                          "praised Farrow's emergency team.", "Ben Farrow"),
    # a person the pronoun's own quotation names is not the pronoun: speakers say "I"
    ("named-in-own-quote", f"Gary Holm runs the county party. Mayor Rick Dunne spoke first. {Q1}Rick Dunne has no "
                           f"idea what he is doing,{Q2} he said.", "Gary Holm"),
    ("named-in-own-quote-chain", f"{Q1}The vote was close,{Q2} said Ken Boyd, a county official. Mayor Ray Dunne "
                                 f"lost by nine votes. {Q1}Dunne lost the farm towns,{Q2} he said.", "Ken Boyd"),
    ("named-in-quote-after", f"Ken Boyd met voters in Akron on Monday with Senator Ray Dunne. He said: {Q1}Dunne will "
                             f"win this state easily.{Q2}", "Ken Boyd"),
    # a topic phrase names the pronoun
    ("as-for", f"{Q1}A contested vote would hurt us,{Q2} Senator Ray Dunne said. As for Governor Ken Boyd, he told "
               "reporters the polls did not trouble him.", "Ken Boyd"),
    # salience: subjects, previous speakers, gender
    ("subject-over-object", f"Governor Tim Hollis criticized Senator Ray Dunn on Monday over the budget. "
                            f"{Q1}This plan is reckless,{Q2} he said.", "Tim Hollis"),
    ("title-gender-f", f"Ms. Okafor met Mr. Lindqvist at the ministry on Friday. {Q1}The talks were useful,{Q2} "
                       "she said.", "Okafor"),
    ("title-gender-m", f"Mrs. Abara greeted Mr. Hollander at the airport. {Q1}We expect a deal soon,{Q2} he said.",
     "Hollander"),
    ("spouses", f"Carl Benning and his wife, Mary Benning, attended the rally. Mrs. Benning spoke first. "
                f"{Q1}Our town needs jobs,{Q2} she said.", "Mary Benning"),
    ("intervening-quote", f"{Q1}The vote is fair,{Q2} said John Reed, the party chairman.\n\nPeter Lang, a rival "
                          f"candidate, disagreed. {Q1}It was rigged from the start,{Q2} he said.", "Peter Lang"),
    ("name-inside-quote", f"{Q1}I spoke with Tom Baker yesterday,{Q2} said Jim Ross. {Q1}We agree on most "
                          f"things,{Q2} he added.", "Jim Ross"),
    ("she-skips-recent-males", f"Senator Ngozi Adeyemi spoke after the meeting with Governor Paul Stone and his "
                               f"deputy, Mark Ruiz. {Q1}The roads come first,{Q2} she said.", "Ngozi Adeyemi"),
    ("paragraphs", f"Mayor Dana Whitfield defended the new tax on Monday.\n\nCritics, including council member "
                   f"Rob Keane, say it hurts small shops.\n\n{Q1}We have no other choice,{Q2} she said.",
     "Dana Whitfield"),
    ("asked-by", f"Asked by reporter Jane Holm about the deal, Prime Minister Erik Dahl shrugged. {Q1}We will "
                 f"see,{Q2} he said.", "Erik Dahl"),
    ("pressed-by", f"When pressed by Kevin Marsh about taxes, Senator Luis Ortega changed the subject. {Q1}Let "
                   f"us talk about schools,{Q2} he said.", "Luis Ortega"),
    ("two-speakers", f"{Q1}We will win,{Q2} said Anna Lutz. {Q1}They will lose,{Q2} said Brian Cole. {Q1}No "
                     f"doubt about it,{Q2} he added.", "Brian Cole"),
    # "they" for one organisation named as a subject just before
    ("they-union", f"The Harbor Workers Union rejected the offer on Monday. {Q1}It is an insult,{Q2} they said.",
     "Harbor Workers Union"),
    ("they-company", f"Norvik Mining reported a loss in the third quarter. {Q1}Demand has collapsed,{Q2} they "
                     "said in a statement.", "Norvik Mining"),
    # not the company across a plural people noun in between: the workers (a group of their own)
    ("they-unnamed-plural-between", f"The Orland Steel Company said workers would strike. {Q1}We are angry,{Q2} "
                                    "they said.", "workers"),
    ("they-coordinated-persons", f"Anna Lutz and Brian Cole wrote to the council. {Q1}The park must stay "
                                 f"open,{Q2} they said.", "Anna Lutz and Brian Cole"),
    # the subject of the main clause ranks above a subject inside a subordinate or relative clause
    # "it": the one organisation that is a subject of this or the previous sentence, by any mention
    ("it-after-its", f"Norvik Mining cut its forecast on Monday. {Q1}Demand has collapsed,{Q2} it said.",
     "Norvik Mining"),
    ("it-of-phrase", f"{Q1}We reject the claim,{Q2} the Foreign Ministry of Chile said. {Q1}It has no basis,{Q2} it "
                     "added.", "Foreign Ministry of Chile"),
    ("it-two-bodies", f"Norvik Mining and the Castel Oil Company cut their forecasts. {Q1}Demand has collapsed,{Q2} "
                      "it said.", None),
    ("who-clause-object", f"Tom Gill met Bill Hardy, who runs the port. {Q1}The port will close,{Q2} he said.",
     "Tom Gill"),
    ("main-over-subordinate", f"Kate Molina spoke after Ann Dorsey left the room. {Q1}I was surprised,{Q2} she "
                              "said.", "Kate Molina"),
    # no person in the last sentences: the only one of that gender the article named
    ("far-back", f"Senator Mark Elwood opened the hearing on Monday.\n\nThe bill would cut farm subsidies by 10 "
                 "percent.\n\nIt passed the House in May.\n\nIt faces a tough vote in the Senate.\n\nFarm groups "
                 "oppose it.\n\nThe White House supports it.\n\nThe vote is due next week.\n\n"
                 f"{Q1}We will pass it,{Q2} he said.", "Mark Elwood"),
    ("far-back-two-men", f"Senator Mark Elwood met Senator Dan Price on Monday.\n\nThe bill would cut farm "
                         "subsidies.\n\nIt passed the House in May.\n\nIt faces a tough vote in the Senate.\n\n"
                         "Farm groups oppose it.\n\nThe White House supports it.\n\nThe vote is due next week."
                         f"\n\nMost analysts expect it to pass.\n\n{Q1}We will pass it,{Q2} he said.", None),
]


@pytest.fixture(scope="module")
def speakers() -> dict[str, list[str | None]]:
    arts = stancemap.analyze_many([{"id": name, "text": text} for name, text, _ in CASES])
    out = {}
    for (name, _, _), art in zip(CASES, arts):
        by_id = {a.id: a.name for a in art.actors}
        out[name] = [by_id.get(s.speaker.actor) if s.speaker.actor else None for s in art.statements
                     if s.speaker is not None and s.speaker.text.lower() in ("he", "she", "they", "it")]
    return out


@pytest.mark.parametrize("name, want", [(c[0], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_speaker(speakers, name, want):
    got = speakers[name]
    assert got, f"{name}: no pronoun speaker found"
    assert got[-1] == want or (want is not None and got[-1] is not None and want in got[-1]), got


def test_binding_keeps_reported_clauses_and_possessives(nlp_base):
    from stancemap.nlp.common.binding import later_in_own_clause

    doc = nlp_base(f"{Q1}It is over,{Q2} he told Kerr. She said that Lee's plan failed. His aide praised Lee.")
    he, she, his = (next(t for t in doc if t.text == w) for w in ("he", "She", "His"))
    assert [t.text for t in later_in_own_clause(he)] == ["told", "Kerr", "."]  # the quotation is left out
    assert "Lee" not in [t.text for t in later_in_own_clause(she)]  # a reported clause is its own domain
    assert later_in_own_clause(his) == []  # a possessive binds nothing
