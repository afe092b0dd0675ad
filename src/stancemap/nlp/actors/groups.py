"""Unnamed but identifiable groups: party caucuses ("Senate Republicans", "House Democrats"),
collectives located by a country ("rebels in Chad", "police units in Malawi") and
country-less collectives of a sector ("rebels", "a human rights group", "activists").

Used by the recogniser in :mod:`.actor_recognize`; each function writes drafts and mentions
into a :class:`~.actor_state.DocActors`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...actors.codes import compose_code, slug
from .gazetteer import Match
from .state import ActorDraft, DocActors

__all__ = ["party_groups", "located_collective", "sector_collective", "PARTY_SECTOR"]

#: US party members, by chamber word before them (None: no chamber word).
_PARTIES = frozenset({"Republicans", "Democrats"})
_CHAMBERS = {"Senate": "LEG", "House": "LEG", "Congressional": "LEG", "congressional": "LEG"}
PARTY_SECTOR = "PTY"
#: Prepositions that place a collective in a country: "rebels in Chad".
_IN = frozenset({"in", "throughout", "across", "inside"})
#: collectives that are often foreign in the capital they are placed in ("diplomats in Tokyo")
_ENVOYS = frozenset({"diplomats", "envoys", "emissaries", "delegation", "negotiators", "side"})
#: Sectors whose bare, indefinite collectives ("rebels", "a rights group") become actors
#: without a country; definite ones ("the rebels") are left to coreference.
_BARE_SECTORS = frozenset({"REB", "OPP", "NGO"})
_INDEFINITE = frozenset({"a", "an", "some", "several", "many", "two", "three", "dozens", "hundreds",
                         "thousands", "other", "armed", "suspected", "local"})


def party_groups(doc: Doc, acts: DocActors) -> None:
    """"Senate Republicans", "House Democrats", "Republicans": a US party group actor."""
    for i, tok in enumerate(doc):
        if tok.text not in _PARTIES or i in acts.taken:
            continue
        start = i
        prev = doc[i - 1] if i > 0 else None
        sector = PARTY_SECTOR
        if prev is not None and prev.text in _CHAMBERS:
            start = i - 1
            sector = _CHAMBERS[prev.text]
        elif prev is not None and prev.text[:1].isupper() and not prev.is_sent_start and prev.is_alpha:
            continue  # "Social Democrats", "Liberal Democrats": another party
        name = doc[start : i + 1].text
        d = acts.ensure(ActorDraft(id=f"group:{slug(name)}", name=name, type="group", country="USA",
                                   code=compose_code("USA", sector), sector=sector, plural=True, origin="group"))
        acts.add(start, i + 1, d.id, "name")


def located_collective(doc: Doc, r: Match, name_at: dict[int, Match]) -> tuple[str, int] | None:
    """(country, end token) of a collective placed in a country by a preposition ("rebels in
    Chad": the phrase up to the country name), else None. Not for armed forces other than
    security forces (troops and peacekeepers in a country are often foreign), nor for a
    collective with a possessor ("its troops in Mali")."""
    head = doc[r.end - 1]
    if r.key == "MIL" and doc[r.start : r.end].text.lower() != "security forces":
        return None  # "troops in Lebanon", "peacekeepers in Iraq" are often foreign
    if any(c.dep_ == "poss" or c.lower_ in ("its", "their", "his", "her", "our") for c in head.children):
        return None  # "Chad reinforced its troops in Mali": the possessor's
    envoy = doc[r.start : r.end].text.lower() in _ENVOYS
    for c in head.children:
        if c.dep_ == "prep" and (c.lower_ in _IN or (c.lower_ in ("on", "from") and r.key in ("GOV", "LEG"))):
            for p in c.children:
                m = name_at.get(p.i)
                if p.dep_ != "pobj" or m is None:
                    continue
                if m.kind == "COUNTRY" and c.lower_ != "on":
                    return m.key, m.end
                # "officials in Nairobi", "lawmakers on Capitol Hill": the government or
                # parliament of the capital's state (not envoys: those in a capital are often foreign)
                if m.kind in ("CAPITAL", "SEAT") and c.lower_ in ("in", "on", "from") and r.key in ("GOV", "LEG") \
                        and not envoy:
                    return m.key, m.end
    return None


def sector_collective(doc: Doc, acts: DocActors, r: Match) -> None:
    """A bare collective of a sector without a country: "rebels attacked", "a rights group said"."""
    if r.key not in _BARE_SECTORS:
        return
    head = doc[r.end - 1]
    if head.tag_ not in ("NNS", "NNPS") and not any(c.lower_ in ("a", "an") for c in head.children):
        return
    start = r.start
    while start > 0 and doc[start - 1].lower_ in _INDEFINITE and doc[start - 1].head.i == head.i:
        start -= 1
    if start > 0 and doc[start - 1].dep_ in ("det", "poss") and doc[start - 1].head.i == head.i \
            and doc[start - 1].lower_ not in _INDEFINITE:
        return  # "the rebels", "their activists": coreference decides
    if start > 0 and (doc[start - 1].pos_ in ("PROPN", "ADJ") and doc[start - 1].head.i == head.i):
        return  # an unknown modifier ("Darfur rebels", "Islamist militants") may name the group
    sector = r.key
    words = doc[r.start : r.end].text
    name = words if words.isupper() else words.lower()  # "rebels", "rights group", "NGOs"
    d = acts.ensure(ActorDraft(id=f"group:{slug(name)}", name=name, type="group", code=sector,
                               sector=None if sector == "NGO" else sector, plural=True, origin="sector"))
    acts.add(start, r.end, d.id, "nominal")
