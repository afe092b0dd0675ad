"""Quotation-mark scanner and cue lexicon of the statements stage (no model needed)."""

from __future__ import annotations

import pytest

from stancemap.nlp.statements.content import QuoteIndex, kind_of, trim_span
from stancemap.nlp.statements.lexicon import CueLexiconError, load_cues, parse_cues
from stancemap.nlp.statements.marks import find_quotes


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_curly_and_straight_pairs() -> None:
    text = 'She said “we will go,” and he replied "no way" at once.'
    assert spans(text) == ["“we will go,”", '"no way"']


def test_apostrophes_are_not_quote_marks() -> None:
    text = "The voters’ anger and the analysts' view don’t match, it’s said."
    assert find_quotes(text) == []


def test_doubled_apostrophe_quotes() -> None:
    text = "''We are ready,'' the minister said of the talks."
    assert spans(text) == ["''We are ready,''"]


def test_nested_single_quotes_stay_inside() -> None:
    text = "“He keeps calling me ‘Little Bob.’ I laugh,” Bob said."
    assert spans(text) == ["“He keeps calling me ‘Little Bob.’ I laugh,”"]


def test_unclosed_quote_ends_at_paragraph_and_continues() -> None:
    text = "“First paragraph of a long quote.\n\n“Second paragraph ends here,” she said."
    qs = find_quotes(text)
    assert [text[q.start:q.end] for q in qs] == ["“First paragraph of a long quote.",
                                                  "“Second paragraph ends here,”"]
    assert qs[0].closed is False and qs[0].para_continues is True
    assert qs[1].closed is True


@pytest.mark.parametrize("text", [
    "”Backwards marks“ and a lone \" mark",
    "\"\"\"\"",
    "“",
    "”",
    "x ''",
    "",
    "a “b “c “d",
])
def test_odd_marks_never_raise(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)


def test_markup_attributes_are_ignored_by_extractor_mask() -> None:
    from stancemap.nlp.statements.component import _mask_tags

    text = '<post author="@someone">Hello</post> and "a real quote here"'
    masked = _mask_tags(text)
    assert len(masked) == len(text)
    assert [masked[q.start:q.end] for q in find_quotes(masked)] == ['"a real quote here"']


def test_trim_and_kind() -> None:
    text = 'He said that "we win" today, and more.'
    s, e = trim_span(text, 8, len(text))
    assert text[s:e] == 'that "we win" today, and more'
    qi = QuoteIndex(find_quotes(text))
    assert kind_of(text, [(s, e)], qi) == "mixed"
    assert kind_of(text, [(13, 21)], qi) == "direct"
    assert kind_of(text, [(0, 7)], qi) == "indirect"
    assert qi.snap(15, 30) == (13, 30)


def test_shipped_lexicon() -> None:
    lex = load_cues()
    assert lex.is_cue("say") and lex.is_speech("say")
    assert lex.is_cue("believe") and not lex.is_speech("believe")
    assert not lex.is_cue("eat")
    assert ("point", "out") in lex.phrasal


def test_lexicon_errors_name_file_and_line() -> None:
    with pytest.raises(CueLexiconError, match=r"cues\.yaml:3"):
        parse_cues("speech:\n  - say\nbogus:\n  - x\n", "cues.yaml")
    with pytest.raises(CueLexiconError, match="list of non-empty strings"):
        parse_cues("speech: say\n", "cues.yaml")
    with pytest.raises(CueLexiconError, match="not valid YAML"):
        parse_cues("speech: [\n", "cues.yaml")
    with pytest.raises(CueLexiconError, match="cannot read"):
        load_cues("/nonexistent/cues.yaml")
