"""A UN body's description with its acronym in apposition is one mention of that body (branch spk7).

"..., according to the United Nations environment agency, UNEP": the actors stage makes "United
Nations" a mention of the UN and "UNEP" one of the agency, so the speaker phrase had the UN as its
largest mention. When "UN" / "U.N." / "United Nations" is followed by one to three lower-case
words ending in a body noun (agency, fund, programme, organization, office, body) and then, after
an optional comma, by a mention of another IGO, the UN mention (widened to the body noun) goes to
that IGO. "The United Nations said UNICEF would ..." (no body noun) and "the UN agency that
runs the camps" (no acronym after it) are left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..common.text import doc_text
from .speaker_names import move_mentions

__all__ = ["link_described_acronyms"]

_UN_FORMS = frozenset({"UN", "U.N.", "United Nations"})
_DESCRIPTION = re.compile(r"(?:'s|’s)?((?: [a-z][a-z'’-]*){0,3} (?:agency|fund|programme|program|organization|"
                          r"organisation|office|body))(?:,)? ")


def link_described_acronyms(doc: Doc) -> int:
    """Move "United Nations <...> agency" before an IGO's acronym to that IGO; returns the count."""
    actors = list(doc._.sm_actors or [])
    un = [a for a in actors if a.type == "igo" and a.id == "IGO:UN"]
    if not un:
        return 0
    text = doc_text(doc)
    starts = {m.start: a for a in actors if a.type == "igo" and a.id != "IGO:UN" for m in a.mentions}
    moves: list[tuple[int, int, str | None, str, str]] = []
    for m in un[0].mentions:
        if re.sub(r"^(?:the|The) ", "", m.text) not in _UN_FORMS:
            continue
        d = _DESCRIPTION.match(text, m.end)
        if d is None or d.end() not in starts:
            continue
        target = starts[d.end()]
        # the UN mention goes; the description widened to its body noun is the body's
        moves.append((m.start, m.end + len(d.group(1)), un[0].id, target.id, "name"))
    if not moves:
        return 0
    move_mentions(doc, moves)
    doc._.sm_actors = [a for a in doc._.sm_actors if a.mentions or a.id != "IGO:UN"]
    return len(moves)
