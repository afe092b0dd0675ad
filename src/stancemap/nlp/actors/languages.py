"""Demonyms that name a language, not a country (issue 15, evfresh12 round).

"the English-speaking provinces", "a French-language daily", "Arabic-speaking migrants":
the adjective before "-speaking / -language / -medium" names the language spoken or written
there, not the country of the people or places it describes, so it is no mention of that
country ("English" is no GBR in "English-speaking provinces").
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Second parts of a hyphenated compound whose first part is a language.
LANGUAGE_HEADS = frozenset({"speaking", "language", "medium", "speaker", "speakers"})


def language_compound(doc: Doc, end: int) -> bool:
    """Whether the name that ends before token ``end`` is the language of a hyphenated compound
    ("English" + "-" + "speaking"; also one token "English-speaking" split after it)."""
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in LANGUAGE_HEADS:
        return not doc[end - 1].whitespace_
    return False
