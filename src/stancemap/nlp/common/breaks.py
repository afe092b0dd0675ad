"""Line and paragraph breaks bound sentences.

A headline without a full stop, a dateline or a byline on a line of its own would otherwise run
into the next paragraph's first sentence ("Turkey and Russia converge on Syria" + blank line +
"Turkish Foreign Minister ... said ..."), and the stages would read the headline as part of the
lede. The component runs before the parser and marks the first token after every blank line, and
after every single line break that is not a hard wrap inside a sentence (the next line starts in
lower case: "who has\\nrepeatedly pledged"), as a sentence start; the parser keeps these
boundaries and finds the others itself. Linear in the length of the Doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .text import DASHES

__all__ = ["mark_line_breaks", "LINE_BREAKS"]

LINE_BREAKS = "stancemap_line_breaks"


_FINAL = frozenset({".", "!", "?", "\u2026", "..."})
_CLOSING = frozenset({'"', "'", "''", "\u201d", "\u2019", ")", "]"})


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` (with what closes after it) ends a sentence by its punctuation: 'said.', 'go."'."""
    while i >= 0 and doc[i].text in _CLOSING:
        i -= 1
    return i >= 0 and doc[i].text in _FINAL


#: No sentence is longer than this many tokens (news sentences have well under 100): a longer run
#: without a sentence end is cut at a comma or the like, else at MAX_SENTENCE + 50 tokens. Every
#: stage looks at sentences, and this keeps them linear in the article's length whatever the text.
MAX_SENTENCE = 200
_SOFT = DASHES | {",", ";", ":"}


def mark_line_breaks(doc: Doc, max_sentence: int = MAX_SENTENCE) -> Doc:
    """Mark sentence starts the parser must keep.

    - after a blank line, always;
    - after a single line break, unless the line before ends with a full stop of its own (the parser
      ends the sentence there anyway, and a constraint would only disturb its parse) or the next line
      starts in lower case (a hard wrap inside a sentence);
    - in a run of ``max_sentence`` tokens with no sentence end, at the next comma or dash (at the
      latest 50 tokens later).
    """
    n = len(doc)
    run = 0
    for t in doc:
        i = t.i
        if i > 0:
            prev = doc[i - 1]
            if prev.is_space and "\n" in prev.text and not t.is_space:
                blank = prev.text.count("\n") >= 2
                if blank or (not _ends_sentence(doc, i - 2) and not t.text[:1].islower()):
                    t.is_sent_start = True
            if t.is_sent_start or (prev.text in _FINAL and not t.text[:1].islower()):
                run = 0
            elif run >= max_sentence and (prev.text in _SOFT or run >= max_sentence + 50) and i < n:
                t.is_sent_start = True
                run = 0
        run += 1
    return doc


@Language.component(LINE_BREAKS)
def line_breaks_component(doc: Doc) -> Doc:
    return mark_line_breaks(doc)
