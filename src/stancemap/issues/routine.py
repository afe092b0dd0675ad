"""Routine statements: courtesies and candidacies that are not positions on any issue.

Speeches and statements open with thanks and congratulations ("we congratulate you on your
election to the presidency", "our thanks to the Secretary-General for his leadership") and
announce candidacies ("we support the candidature of X for a non-permanent seat"). These are
stances in form but take no side on a question other states answer differently, so the
position measures leave them out (:func:`is_routine`). Matched on the proposition (or target)
and the cue; the patterns are below, one concern each.
"""

from __future__ import annotations

import re

__all__ = ["is_routine", "ROUTINE_CUES"]

#: cue word stems that are courtesies whatever their object ("congratulated", "our thanks")
ROUTINE_CUES = ("congratulat", "thank", "gratitude", "condolence", "felicitat", "pay tribute", "paid tribute")

_PATTERNS = [
    # the presidency of the meeting: "your election", "the President of the Assembly"
    r"\b(?:your|his|her)\s+(?:election|elevation|assumption|appointment)\b",
    r"\belect(?:ion|ed)\s+(?:as|to)\s+(?:the\s+)?presiden",
    r"\bpresiden(?:t|cy)\s+of\s+(?:the\s+|this\s+)?(?:general\s+)?assembly\b",
    r"\b(?:outgoing|incoming)\s+president\b",
    r"\b(?:sixty|fifty|seventy|eighty)[-\s]\w+\s+session\b",
    # good wishes for the meeting and its officers
    r"\bevery\s+success\b",
    r"\bsuccess\s+of\s+(?:this|the\s+present|our)\s+(?:session|meeting|debate)\b",
    # office holders praised for their work
    r"\bsecretary[-\s]general\b.{0,40}\b(?:leadership|service|tenure|work|dedication|efforts|stewardship|term)\b",
    r"\b(?:his|her|your)\s+(?:able\s+|wise\s+|skilful\s+|skillful\s+|outstanding\s+)?"
    r"(?:leadership|stewardship|guidance|tenure|presidency)\b",
    # candidacies for seats and offices
    r"\bcandida(?:cy|ture|te)\b",
    r"\b(?:non-permanent|nonpermanent)\s+(?:seat|member)",
    r"\bbid\s+for\s+(?:a\s+|the\s+)?seat\b",
]
_RX = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def is_routine(proposition: str | None, cue: str | None = None) -> bool:
    """True for courtesies (thanks, congratulations, praise of the presiding officers) and
    candidacies, which are not positions on an issue."""
    if cue and cue.strip().lower().startswith(ROUTINE_CUES):
        return True
    return bool(proposition) and _RX.search(proposition or "") is not None
