"""Token-budget batching: long articles are parsed in pieces and joined back without moving an offset."""

from __future__ import annotations

import pytest

import stancemap
from stancemap.nlp.runner import iter_token_batches, parse_batch, split_points

PARAGRAPH = (
    "Foreign Minister Laila Haddad of Jordan said on Monday that Jordan supports a ceasefire in Gaza. "
    "She told reporters in Amman that the two sides should return to talks. \"We will keep working "
    "for peace,\" Haddad said. Kenya's president, William Otieno, said his country agreed."
)


def _text(n_paragraphs: int) -> str:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    return "\n\n".join(PARAGRAPH.replace("Monday", days[i % 5]) for i in range(n_paragraphs))


def test_token_batches_respect_both_limits():
    sizes = [5, 5, 5, 30, 1, 1, 1, 1]
    got = list(iter_token_batches(sizes, lambda x: x, max_items=3, max_tokens=12))
    assert got == [[5, 5], [5], [30], [1, 1, 1], [1]]


@pytest.mark.model
def test_split_points_cut_at_paragraph_breaks(nlp):
    doc = nlp.make_doc(_text(12))
    cuts = split_points(doc, 150)
    bounds = [0, *cuts, len(doc)]
    assert all(0 < b - a <= 150 for a, b in zip(bounds, bounds[1:]))
    assert all("\n" in doc[c - 1].text for c in cuts)  # every cut follows a blank line


@pytest.mark.model
def test_pieces_join_back_into_the_same_doc(nlp):
    text = _text(12)
    whole = nlp.make_doc(text)
    (parsed,) = parse_batch(nlp, [nlp.make_doc(text)], budget=150)
    doc = parsed.doc
    assert doc.text == text and len(doc) == len(whole)
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]
    assert all(t.dep_ for t in doc if not t.is_space)  # parsed everywhere, not only in the first piece
    assert any(e.text == "Laila Haddad" for e in doc.ents)
    for s in doc.sents:  # no sentence runs over a cut
        assert "\n\n" not in s.text.strip()


@pytest.mark.model
def test_a_long_article_in_pieces_gives_records_at_valid_offsets():
    text = _text(40)
    small = stancemap.Settings(batch_tokens=300)
    art = next(stancemap.analyze_many([text], settings=small))
    assert art.ok and art.meta["words"] > 1500
    assert len(art.statements) >= 40
    for s in art.statements:
        for a, b in s.content.spans:
            assert 0 <= a < b <= len(text)
        assert text[s.cue.start:s.cue.end] == s.cue.text
    whole = next(stancemap.analyze_many([text], settings=stancemap.Settings(batch_tokens=100_000)))
    assert len(art.statements) == len(whole.statements)
