"""Line and paragraph breaks bound sentences: a headline without a full stop stays out of the lede."""

from __future__ import annotations

import pytest

from stancemap.nlp.common.breaks import mark_line_breaks

HEADLINE = "Chile and Kenya agree on climate finance"
LEDE = ("Kenyan Foreign Minister Grace Wanjiru said on Monday that Kenya would back the Chilean plan "
        "for a regional fund.")


@pytest.mark.model
def test_headline_without_full_stop_is_its_own_sentence(nlp):
    doc = nlp(f"{HEADLINE}\n\n{LEDE}")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == HEADLINE and sents[1] == LEDE
    (st,) = [s for s in doc._.sm_statements if s.cue and s.cue.text == "said"]
    assert HEADLINE not in st.content.text and st.content.text.startswith("that Kenya would back")
    assert st.speaker is not None and "Wanjiru" in st.speaker.text


@pytest.mark.model
def test_every_blank_line_bounds_a_sentence(nlp):
    text = "\n\n".join([HEADLINE, "OSLO, May 2 (wire) -", LEDE, "\u201cWe are ready,\u201d she said.",
                        "Chile welcomed the offer."])
    doc = nlp(text)
    for s in doc.sents:
        assert "\n\n" not in s.text.strip()


def test_line_break_rules(nlp_base):
    doc = nlp_base.make_doc("A dateline\nThe next line. It ends.\nNext one\nand a wrapped line here.")
    mark_line_breaks(doc)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "The" in starts  # after a line without a full stop
    assert "Next" not in starts  # after 'ends.' the parser decides
    assert "and" not in starts  # a hard wrap inside a sentence


def test_long_runs_are_cut(nlp_base):
    doc = nlp_base.make_doc(" ".join(["word"] * 1000))
    mark_line_breaks(doc, max_sentence=200)
    cuts = [t.i for t in doc if t.is_sent_start and t.i > 0]
    assert cuts and all(b - a <= 250 for a, b in zip([0, *cuts], [*cuts, len(doc)]))
