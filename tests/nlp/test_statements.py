"""Statement extraction on model-parsed sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.conftest import contents

pytestmark = pytest.mark.model

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def test_direct_quote_before_attribution(parse) -> None:
    doc, sts = parse("“The border must stay open for trade,” the minister said on Monday.")
    assert len(sts) == 1
    st = sts[0]
    assert st.kind == "direct" and st.is_speech and st.cue_lemma == "say"
    assert contents(doc, st) == ["“The border must stay open for trade,”"]
    assert st.speaker is not None and st.speaker.text == "the minister"
    assert st.id == "s1"


def test_colon_introduction(parse) -> None:
    doc, sts = parse('The mayor told reporters: "We will rebuild the bridge by spring."')
    assert [(s.kind, s.speaker.text if s.speaker else None) for s in sts] == [("direct", "The mayor")]
    assert contents(doc, sts[0]) == ['"We will rebuild the bridge by spring."']


def test_interrupted_quote_is_one_statement_with_two_spans(parse) -> None:
    doc, sts = parse('"We cannot accept this deal," Smith said, "and we will vote against it."')
    assert len(sts) == 1
    assert contents(doc, sts[0]) == ['"We cannot accept this deal,"', '"and we will vote against it."']
    assert sts[0].speaker.text == "Smith"


def test_quote_after_attribution_sentence_continues(parse) -> None:
    text = ('"The plan is dead," Jones said. "Nobody in the party supports it any more. '
            'We should start again."')
    doc, sts = parse(text)
    assert len(sts) == 1
    assert contents(doc, sts[0])[1].startswith('"Nobody in the party')


def test_multi_sentence_quote_is_whole(parse) -> None:
    text = "“The talks went well. We agreed on most points,” Garcia said after the meeting."
    doc, sts = parse(text)
    assert contents(doc, sts[0]) == ["“The talks went well. We agreed on most points,”"]


def test_indirect_speech_with_that(parse) -> None:
    doc, sts = parse("The senator said that the budget would be approved next week.")
    assert len(sts) == 1
    st = sts[0]
    assert st.kind == "indirect"
    assert contents(doc, st) == ["that the budget would be approved next week"]
    assert st.speaker.text == "The senator"


def test_participle_cue_takes_main_subject(parse) -> None:
    doc, sts = parse("Mr. Brown said prices were rising, adding that wages had not kept up.")
    by_cue = {s.cue.text: s for s in sts}
    assert contents(doc, by_cue["said"]) == ["prices were rising"]
    assert contents(doc, by_cue["adding"]) == ["that wages had not kept up"]
    assert by_cue["adding"].speaker.text == "Mr. Brown"


def test_inverted_attribution(parse) -> None:
    doc, sts = parse("The vote was a disaster for the party, said Maria Lopez, a former adviser.")
    assert len(sts) == 1
    assert contents(doc, sts[0]) == ["The vote was a disaster for the party"]
    assert sts[0].speaker.text == "Maria Lopez"


def test_according_to(parse) -> None:
    doc, sts = parse("The factory will close in June, according to the company.")
    assert len(sts) == 1
    st = sts[0]
    assert st.cue.text == "according to"
    assert contents(doc, st) == ["The factory will close in June"]
    assert st.speaker.text == "the company"


def test_mixed_quote(parse) -> None:
    doc, sts = parse('The governor said the new law was "a disgrace to the state" and should be repealed.')
    assert len(sts) == 1 and sts[0].kind == "mixed"
    assert contents(doc, sts[0]) == ['the new law was "a disgrace to the state" and should be repealed']


def test_belief_is_not_speech(parse) -> None:
    doc, sts = parse("Many farmers believe that the new tariffs will hurt their exports.")
    assert len(sts) == 1
    assert sts[0].is_speech is False and sts[0].cue_lemma == "believe"


def test_scare_quotes_are_not_statements(parse) -> None:
    doc, sts = parse('The so-called "reform package" was debated in the chamber for hours.')
    assert sts == []


def test_odd_quote_marks_never_raise(parse) -> None:
    for text in ['He said "we go. And then” ” “ more', '"""', "“Unclosed quote, she said.\n\nNext."]:
        doc, sts = parse(text)
        for st in sts:
            for s, e in st.content.spans:
                assert 0 <= s < e <= len(text)


def test_statements_in_text_order_with_ids(parse) -> None:
    text = ("The minister said the army would withdraw. "
            "“We want peace,” the general said. Officials believe the deal will hold.")
    doc, sts = parse(text)
    assert [s.id for s in sts] == [f"s{i + 1}" for i in range(len(sts))]
    starts = [s.content.spans[0][0] for s in sts]
    assert starts == sorted(starts)
    assert len(sts) == 3


@pytest.mark.slow
def test_example_article(nlp) -> None:
    path = SHARED / "examples" / "turkey-russia-syria-iran-2012.txt"
    if not path.exists():
        pytest.skip("shared example not available")
    doc = nlp(path.read_text(encoding="utf-8"))
    sts = doc._.sm_statements
    direct = [s for s in sts if s.kind == "direct"]
    assert len(direct) == 3
    assert [s.speaker.text for s in direct] == ["Davutoglu", "Davutoglu", "Lavrov"]
    # the first two run over two sentences and are kept whole
    for s in direct[:2]:
        (a, b), = s.content.spans
        assert doc.text[a:b].count(". ") >= 1
    indirect_speakers = {s.speaker.text.split()[-1] for s in sts if s.kind != "direct" and s.speaker}
    assert {"Davutoglu", "Lavrov"} <= indirect_speakers
    # "constructive proposals" alone is not a statement, but makes Lavrov's statement mixed
    assert all(doc.text[s.content.spans[0][0]:s.content.spans[-1][1]] != "“constructive proposals”"
               for s in sts)
    assert any(s.kind == "mixed" and "constructive proposals" in s.content.text for s in sts)
