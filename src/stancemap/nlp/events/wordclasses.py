"""Word classes the events stage's argument rules and participants share (no spaCy parse
walking here: token tests and word lists only)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["RELATIONAL_NOUNS", "is_acronym"]


#: Nouns of people defined by whom they stand with or against ("X's critics", "its allies", "her
#: colleagues", "its owner"): the possessor is another party, never the one the noun names.
RELATIONAL_NOUNS = {"ally", "allies", "critic", "rival", "opponent", "donor", "owner", "colleague", "partner",
                    "supporter", "enemy", "foe", "adversary", "backer", "creditor", "successor", "predecessor",
                    "lawyer", "relative", "follower", "loyalist", "detractor", "challenger", "captor", "victim"}


def is_acronym(tok: Token) -> bool:
    """An all-capitals word of 2 to 8 letters in running text ("ICE", "USAID"), which the parser
    may tag as a common noun or an adjective; not in a headline or dateline in capitals."""
    if not (tok.is_alpha and tok.is_upper and 2 <= len(tok) <= 8):
        return False
    doc = tok.doc
    near = [doc[j] for j in range(max(0, tok.i - 3), min(len(doc), tok.i + 4)) if j != tok.i and doc[j].is_alpha]
    return any(not t.is_upper for t in near)
