"""Names of two or three words hung on a company's description (branch spk6).

"Regulators grounded jets of the low-cost carrier Kestrel Wings": the tagger takes "Kestrel Wings"
for a person, and the one-word rule ("U.S. drugmaker Pfizer", :func:`.roles._described_company`)
does not reach a name of several words, so the name became a person's and a later "the airline"
found no company. A description that says company (:func:`.company_nouns.company_description`: a
company noun, or a trade noun with a modifier of what it trades in) right before a name of two
or three title-case words, hung on the name or with the name hung on it, makes the name a
company's, unless its first word is a given name the tables know ("coal miner Ana Ruiz" stays a
person's; "veteran", "retired" and the other person modifiers keep a person too). Only company
nouns and trade nouns no person is called by count ("cocoa trader X Y" stays a person: review 1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .appos_nouns import _COMPANY_APPOS
from .company_nouns import _PERSON_MODS, company_description

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...actors.tables import Tables


#: Description nouns that name only a company before a name of several words: the company nouns,
#: and the trade nouns a person is never called by (with a modifier of the trade: "budget carrier");
#: not "trader", "exporter", "producer", "grower", "farmer", "supplier": people are called so as often.
_FIRM_NOUNS = _COMPANY_APPOS | frozenset({"carrier", "lender", "refiner", "operator", "maker", "giant", "group",
                                          "miner"})


def described_company_names(doc: Doc, tables: Tables) -> list[tuple[int, int]]:
    """(start, end) token spans of names of two or three words after a company's description."""
    out = []
    for desc in doc:
        if desc.pos_ != "NOUN" or desc.i + 2 >= len(doc):
            continue
        lo = desc.i + 1
        hi = lo
        while hi < len(doc) and hi - lo < 4 and doc[hi].pos_ == "PROPN" and doc[hi].is_title and doc[hi].is_alpha:
            hi += 1
        if not 2 <= hi - lo <= 3:
            continue
        root = doc[hi - 1]
        if any(doc[k].head.i != root.i or doc[k].dep_ != "compound" for k in range(lo, hi - 1)):
            continue  # the words before the last hang on it ("Kestrel Wings")
        if not company_description(desc, root) or desc.lemma_.lower() not in _FIRM_NOUNS:
            continue  # ("cocoa trader Kwame Asante": a trade noun that names people as often)
        if doc[lo].text in tables.male or doc[lo].text in tables.female \
                or any(w.ent_type_ not in ("", "ORG", "PERSON") for w in doc[lo:hi]):
            continue
        if {c.lower_ for c in desc.children if c.dep_ in ("amod", "compound", "nmod")} & _PERSON_MODS:
            continue
        if desc.lemma_.lower() in ("miner", "producer", "developer", "operator") \
                and not any(c.dep_ in ("amod", "compound", "nmod") for c in desc.children):
            continue
        out.append((lo, hi))
    return out
