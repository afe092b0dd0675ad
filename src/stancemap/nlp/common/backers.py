"""Participles that name a party's backer, not its owner, shared by the actor and event stages.

"the UN-backed government in X" is not the UN's government, "Iran-backed militias" are not Iran's
forces; "-led" names its leader and stays ("Vietnamese-led forces" are Vietnam's). Only the
hyphenated form says so: in "Turkish trained militias" the adjective is the militias' own
country (:func:`hyphenated_backer`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .text import WORD_HYPHENS

__all__ = ["BACKER_PARTICIPLES", "hyphenated_backer"]

BACKER_PARTICIPLES = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained",
                                "allied", "aligned", "recognised", "recognized", "installed", "brokered",
                                "mediated", "inspired"})

def hyphenated_backer(tok: Token) -> bool:
    """Whether a token is a backer participle joined by a hyphen to the word before it
    ("UN-backed", "Turkish-trained": the tokens "UN", "-", "backed")."""
    return (tok.lower_ in BACKER_PARTICIPLES and tok.i >= 2 and tok.doc[tok.i - 1].text in WORD_HYPHENS
            and not tok.doc[tok.i - 1].whitespace_ and not tok.doc[tok.i - 2].whitespace_)
