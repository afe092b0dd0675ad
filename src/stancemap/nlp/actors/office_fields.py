"""A role word that only names the field of an office ("the Irish justice ministry").

"justice" is a judge's role (sector JUD) in ``data/actors/roles.yaml``, so "the Irish justice
ministry" used to become the Irish judiciary, and courts are never holders. Before a noun of a
government office the word names the office's field, as "trade" does in "the trade ministry": the
role is dropped and the office noun gives the government ("the Slovenian justice ministry said").
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["OFFICE_HEADS", "names_office_field"]

#: nouns of government offices named by their field ("justice ministry", "labour department")
OFFICE_HEADS = frozenset({"ministry", "ministries", "department", "departments"})


def names_office_field(doc: Doc, start: int, end: int) -> bool:
    """Is the role match ``doc[start:end]`` the modifier of an office noun right after it?"""
    if end >= len(doc) or doc[end].lower_ not in OFFICE_HEADS:
        return False
    last = doc[end - 1]
    return last.head.i == end or (last.dep_ == "compound" and last.head.i >= end)
