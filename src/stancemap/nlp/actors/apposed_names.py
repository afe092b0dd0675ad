"""A name the tagger misses in apposition to a noun for a person: "Her Latvian counterpart,
Edgars Ozols, said" (branch spk7).

``recognize._titled_names`` finds an untagged name right after a capitalised title; a name set off
by commas after a lower-case noun that names only a person ("counterpart", "spokeswoman",
"envoy", "deputy") is the same person. Two or three capitalised proper nouns (a hyphenated given name
counts as one), outside any entity or in one of the labels the tagger gives unknown names, after
a comma right behind such a noun, whose last word the parse hangs on that noun as an apposition,
and followed by a comma or the sentence's end, are a PERSON entity.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["apposed_person_names"]

#: Lower-case nouns that name only a person, after which an apposed name is that person.
_PERSON_NOUNS = frozenset({"counterpart", "counterparts", "spokesman", "spokeswoman", "spokesperson", "envoy",
                           "ambassador", "deputy", "successor", "predecessor", "rival", "challenger", "aide",
                           "adviser", "advisor", "lawyer", "attorney", "negotiator", "minister", "chief",
                           "director", "head", "leader", "chairman", "chairwoman", "secretary", "governor"})
_NO_NAME_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"})


def apposed_person_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the untagged names apposed to a person noun added as PERSON entities."""
    found: list[tuple[int, int]] = []
    n = len(doc)
    for i in range(1, n - 2):
        noun = doc[i - 1]
        if doc[i].text != "," or noun.lower_ not in _PERSON_NOUNS or not noun.is_lower or noun.pos_ != "NOUN":
            continue
        j = k = i + 1
        words = 0
        while k < n and words < 3 and doc[k].pos_ == "PROPN" and doc[k].is_title \
                and doc[k].ent_type_ in _NO_NAME_LABELS:
            k += 1
            words += 1
            if k + 1 < n and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                    and doc[k + 1].is_alpha and not doc[k + 1].ent_type_:
                k += 2
        if words < 2 or k >= n or doc[k].text not in (",", "."):
            continue
        last = doc[k - 1]
        if last.dep_ != "appos" or last.head.i != noun.i:
            continue
        if any(e.start < k and j < e.end and e.label_ not in _NO_NAME_LABELS for e in ents):
            continue
        found.append((j, k))
    if not found:
        return ents
    out = [e for e in ents if not any(e.start < k and j < e.end for j, k in found)]
    out += [Span(doc, j, k, label="PERSON") for j, k in found]
    return sorted(out, key=lambda e: e.start)
