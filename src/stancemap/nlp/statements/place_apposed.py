"""A person's name that closes a speaker phrase after a place (branch spk5).

"A spokesman for the agency in Juba, Peter Lado, said ...": the parse hangs the name as an
apposition of the place ("Juba, Peter Lado"), not of "spokesman"; the speaker phrase is then the
spokesman's, which coreference gives to the agency, and the person named goes unused. A place
has no person's name in apposition: when the subject of a cue is a noun that names only a person
(spokesman, official, representative, ...) and its phrase ends in a person's name hung on a
place, right before the comma that closes the phrase, that name is the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.roles import PERSON_ONLY_NOUNS

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def place_apposed_name(subj: Token) -> Token | None:
    """The name token (module doc) standing for the cue's subject ``subj``, or None."""
    if subj.ent_type_ in _PLACE_TYPES:
        return _name_on_place(subj)
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in PERSON_ONLY_NOUNS:
        return None
    doc = subj.doc
    for t in subj.subtree:
        if t.dep_ != "appos" or t.ent_type_ != "PERSON" or t.head.ent_type_ not in _PLACE_TYPES \
                or t.i <= t.head.i or doc[t.left_edge.i - 1].text != ",":
            continue
        end = t.right_edge.i + 1
        if end < len(doc) and doc[end].text == "," and end >= subj.right_edge.i:
            return t
    return None


def _name_on_place(place: Token) -> Token | None:
    """'"...," a relief agency's spokeswoman in Goma, Ana Ruiz, said': where the parse left the
    cue without a subject (the phrase hung inside the quotation), the fallback speaker is the
    place that closes the phrase before the cue; a person's name in apposition to that place,
    whose phrase is "<person noun> in/for <place>", is the speaker (branch spk6)."""
    prep = place.head
    if place.dep_ != "pobj" or prep.pos_ != "ADP" or prep.head.pos_ != "NOUN" \
            or prep.head.lemma_.lower() not in PERSON_ONLY_NOUNS:
        return None
    doc = place.doc
    for t in place.children:
        if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > place.i and doc[t.left_edge.i - 1].text == ",":
            end = t.right_edge.i + 1
            if end < len(doc) and doc[end].text == ",":
                return t
    return None
