"""Second-round statement rules: nesting, paragraph limits, speakers, boundaries."""

from __future__ import annotations

import pytest

from stancemap.nlp.statements.component import extract_statements
from tests.nlp.conftest import contents

pytestmark = pytest.mark.model


def test_belief_inside_reported_speech_is_not_separate(parse) -> None:
    doc, sts = parse("The mayor said that the governor believes the bridge is safe.")
    assert [s.cue.text for s in sts] == ["said"]
    assert contents(doc, sts[0])[0].endswith("the bridge is safe")


def test_speech_inside_reported_speech_is_not_separate(parse) -> None:
    doc, sts = parse("The coach said the captain had urged the players to stay calm.")
    assert [s.cue.text for s in sts] == ["said"]


def test_top_level_belief_is_kept(parse) -> None:
    doc, sts = parse("Farmers fear that the drought will last. The minister said rain is coming.")
    assert {s.cue.text for s in sts} == {"fear", "said"}


def test_content_never_hangs_on_a_cue_in_another_paragraph(parse) -> None:
    text = ("“The harbour must reopen,” Olsen said. “It is our lifeline.”\n\n"
            "While the unions agreed, they said the plan came too late.")
    doc, sts = parse(text)
    olsen = [s for s in sts if s.speaker is not None and s.speaker.text == "Olsen"]
    assert len(olsen) == 1
    assert contents(doc, olsen[0]) == ["“The harbour must reopen,”", "“It is our lifeline.”"]
    for s in sts:
        if s.cue.text == "said" and s.speaker is not None and s.speaker.text == "they":
            assert all(a > text.index("\n") for a, _ in s.content.spans)


def test_speaker_is_the_subject_nearest_the_cue(parse) -> None:
    text = ("The vote was close.\n\n"
            '"The people who met him liked him and the plans he is pushing," Okafor said.')
    doc, sts = parse(text)
    quoted = [s for s in sts if s.kind == "direct"]
    assert len(quoted) == 1
    assert quoted[0].speaker is not None and quoted[0].speaker.text == "Okafor"


def test_common_noun_speaker_takes_the_named_actor_inside(nlp_base) -> None:
    text = "A survey by the Harbor Institute found that most residents oppose the tower."
    doc = nlp_base(text)
    s = text.index("the Harbor Institute")
    doc._.sm_mentions = [(s + 4, s + len("the Harbor Institute"), "org:harbor-institute")]
    doc._.sm_actors = []
    sts = extract_statements(doc)
    assert len(sts) == 1
    sp = sts[0].speaker
    assert sp is not None and sp.actor == "org:harbor-institute"
    assert sp.text == "A survey by the Harbor Institute"


def test_prepositional_cue_content_is_the_object(parse) -> None:
    doc, sts = parse("The union called for a new round of wage talks.")
    assert len(sts) == 1
    assert contents(doc, sts[0]) == ["a new round of wage talks"]


def test_pronoun_object_of_a_predicate_is_content(parse) -> None:
    doc, sts = parse("Several council members urged him to resign before the vote.")
    assert len(sts) == 1
    assert contents(doc, sts[0])[0].startswith("him to resign")


def test_coordinated_clause_hung_on_the_cue_is_content(parse) -> None:
    doc, sts = parse("She said the era of cheap loans is gone, and the bank must adapt.")
    assert len(sts) == 1
    assert contents(doc, sts[0]) == ["the era of cheap loans is gone, and the bank must adapt"]


def test_relativized_noun_is_content(parse) -> None:
    doc, sts = parse("Officials pointed to a review the ministry said was still under way.")
    said = [s for s in sts if s.cue.text == "said"]
    assert said and contents(doc, said[0])[0] == "a review"


def test_dateline_is_not_the_speaker(parse) -> None:
    doc, sts = parse("OSLO, Norway - The fishing union on Monday predicted a hard winter for the fleet.")
    assert len(sts) == 1
    assert sts[0].speaker is not None and "union" in sts[0].speaker.text


def test_time_stamp_paragraph_is_not_the_speaker(parse) -> None:
    doc, sts = parse("Live updates.\n\n3:40 p.m.\n\nThe harbour master said the port would reopen at dawn.")
    said = [s for s in sts if s.cue.text == "said"]
    assert said and said[0].speaker is not None
    assert said[0].speaker.text == "The harbour master"


def test_short_quote_whose_words_hang_on_the_cue(parse) -> None:
    doc, sts = parse('"Certainly not," she said of the merger.')
    assert len(sts) == 1 and sts[0].kind == "direct"
    assert contents(doc, sts[0]) == ['"Certainly not,"']


def test_one_word_quote_after_colon_attribution(parse) -> None:
    doc, sts = parse('Asked whether he would resign, Moreau said, "Never."')
    direct = [s for s in sts if s.kind == "direct"]
    assert len(direct) == 1
    assert contents(doc, direct[0]) == ['"Never."'] and direct[0].speaker.text == "Moreau"


def test_post_quote_cue_the_tagger_read_as_a_noun(parse) -> None:
    doc, sts = parse("“You appear to have invented a rule on the spot,” the two write. "
                     "“We cannot see the reason.”")
    assert len(sts) == 1 and sts[0].cue.text == "write"
    assert len(sts[0].content.spans) == 2
    assert sts[0].speaker is not None and "two" in sts[0].speaker.text


def test_quote_paragraph_continues_the_statement_before_it(parse) -> None:
    text = ("“We will not close the clinic,” Alvarez said.\n\n"
            "“The families here have nowhere else to go, and we owe them that much.”\n\n"
            "The council meets again next week.")
    doc, sts = parse(text)
    assert len(sts) == 1
    assert contents(doc, sts[0]) == ["“We will not close the clinic,”",
                                     "“The families here have nowhere else to go, and we owe them that much.”"]
    assert sts[0].speaker.text == "Alvarez"


def test_quote_paragraph_after_narration_is_not_attached(parse) -> None:
    text = ("“We will not close the clinic,” Alvarez said. The council disagreed with her "
            "on almost every point raised during the long and tense evening meeting.\n\n"
            "“The families here have nowhere else to go.”")
    doc, sts = parse(text)
    alvarez = [s for s in sts if s.speaker is not None and s.speaker.text == "Alvarez"]
    assert alvarez and len(alvarez[0].content.spans) == 1


def test_that_clause_preferred_over_a_participle_clause(parse) -> None:
    doc, sts = parse("Sitting down with the host on Thursday, the senator remarked that she was "
                     '"rather puzzled" by the question.')
    st = next(s for s in sts if s.cue.text == "remarked")
    assert contents(doc, st)[0].startswith("that she was")


def test_that_clause_after_a_modifier_of_the_cue(parse) -> None:
    doc, sts = parse("The governor predicted at the last debate that his party would win every state.")
    assert len(sts) == 1
    assert contents(doc, sts[0]) == ["that his party would win every state"]


def test_trailing_attribution_reports_the_clause_before(parse) -> None:
    doc, sts = parse('The flats were small.\n\nFamilies who rent pay more, even with a "fair" '
                     "landlord, he said.")
    assert len(sts) == 1 and sts[0].kind == "mixed"
    assert contents(doc, sts[0]) == ['Families who rent pay more, even with a "fair" landlord']


def test_parenthesised_party_tag_is_not_the_speaker(parse) -> None:
    doc, sts = parse("At the convention Sen. Mary Holt (D-VT) said the rival plan was a failure.")
    said = [s for s in sts if s.cue.text == "said"]
    assert said and said[0].speaker is not None and "Holt" in said[0].speaker.text


def test_noun_cue_with_that_clause_and_possessor(parse) -> None:
    doc, sts = parse("The mayor's claim that the budget was balanced drew criticism from the council.")
    assert len(sts) == 1
    st = sts[0]
    assert st.cue.text == "claim" and st.speaker.text == "The mayor"
    assert contents(doc, st) == ["that the budget was balanced"]


def test_noun_cue_of_intent_with_infinitive(parse) -> None:
    doc, sts = parse("Shop owners rejected her call to ban plastic bags.")
    assert len(sts) == 1
    assert contents(doc, sts[0]) == ["ban plastic bags"] and sts[0].speaker.text == "her"


def test_noun_cue_without_speaker_is_not_a_statement(parse) -> None:
    doc, sts = parse("The claim that the budget was balanced drew criticism.")
    assert sts == []


def test_trailing_attribution_does_not_swallow_an_attributed_quote(parse) -> None:
    text = ("“We are ready to help,” Novak said, adding that talks would resume, the news agency reported.")
    doc, sts = parse(text)
    direct = [s for s in sts if s.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker.text == "Novak"


def test_speaker_actor_is_the_one_covering_the_head_word(nlp_base) -> None:
    text = "Harbor City Council Chair Ana Ruiz said the vote would go ahead."
    doc = nlp_base(text)
    a = text.index("Harbor City Council")
    b = text.index("Ana Ruiz")
    doc._.sm_mentions = sorted([(a, a + len("Harbor City Council Chair"), "org:council"),
                                (b, b + len("Ana Ruiz"), "person:ana-ruiz")])
    doc._.sm_actors = []
    sts = extract_statements(doc)
    assert len(sts) == 1 and sts[0].speaker.actor == "person:ana-ruiz"


def test_inverted_speaker_with_relative_clause(parse) -> None:
    doc, sts = parse('"The plan is ready," said Robert Lane, who led the talks for a decade.')
    assert len(sts) == 1 and sts[0].speaker.text == "Robert Lane"


def test_inverted_common_noun_speaker(parse) -> None:
    doc, sts = parse('"Nobody saw it coming," added another Republican from the state.')
    assert len(sts) == 1 and sts[0].speaker is not None
    assert "Republican" in sts[0].speaker.text


def test_inverted_cue_tagged_as_modifier(parse) -> None:
    doc, sts = parse('"The plan is ready," tweeted campaign spokesman Alex Cole.')
    assert len(sts) == 1 and sts[0].cue.text == "tweeted"
    assert sts[0].speaker.text.endswith("Alex Cole") and "tweeted" not in sts[0].speaker.text


def test_markup_tags_hold_no_cues_and_are_trimmed_from_content(parse) -> None:
    doc, sts = parse('He wrote: <tweet author="x" pic="">We will win the vote</tweet>')
    assert [s.cue.text for s in sts] == ["wrote"]
    assert contents(doc, sts[0]) == ["We will win the vote"]


def test_clause_hung_on_a_cue_across_a_paragraph_is_cut_to_the_cues_paragraph(parse) -> None:
    text = ("“Nobody has answers,” said Jon Barr, a delegate. “They lack a strategy. They admit things "
            "are bad, but they offer no fix.”\n\nHolm, by contrast, said he was optimistic.")
    doc, sts = parse(text)
    barr = [s for s in sts if s.speaker is not None and s.speaker.text == "Jon Barr"]
    assert barr and len(barr[0].content.spans) == 2
    for s in sts:
        if s.speaker is None or s.speaker.text != "Jon Barr":
            assert all(a > text.index("\n") for a, _ in s.content.spans)


def test_according_to_content_stays_in_its_paragraph(parse) -> None:
    text = ('"We have a path," he said. "But it is narrow."\n\n'
            "Even under the best assumptions the plan would fail, according to a study from the bank.")
    doc, sts = parse(text)
    acc = [s for s in sts if s.cue.text == "according to"]
    assert acc and all(a > text.index("\n") for a, _ in acc[0].content.spans)


def test_relative_that_said_is_not_the_idiom(parse) -> None:
    doc, sts = parse('The door had a banner that said, "Closed for repairs."')
    assert len(sts) == 1 and sts[0].kind == "direct"
    assert sts[0].speaker is not None and "banner" in sts[0].speaker.text


def test_that_said_idiom_is_no_statement(parse) -> None:
    doc, sts = parse("That said, the council will meet again in May.")
    assert sts == []


def test_object_control_speaker(parse) -> None:
    doc, sts = parse("The decisive win led the party chairman to declare him the nominee.")
    assert len(sts) == 1 and sts[0].speaker.text == "the party chairman"


def test_a_second_name_before_the_cue_is_the_speaker(parse) -> None:
    doc, sts = parse("Before meeting Anna Kell, Judge Omar Hale said, he had never heard of the case.")
    said = [s for s in sts if s.cue.text == "said"]
    assert said and said[0].speaker is not None and "Hale" in said[0].speaker.text
    # a descriptive apposition is no second speaker
    doc, sts = parse("Rita Moss, an adviser to Senator Paul Grant, said the bill would fail.")
    said = [s for s in sts if s.cue.text == "said"]
    assert said and said[0].speaker is not None and said[0].speaker.text == "Rita Moss"
