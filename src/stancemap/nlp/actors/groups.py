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
from .regions import REGION_CODES
from .state import ActorDraft, DocActors

__all__ = ["party_groups", "named_parties", "regional_groupings", "state_bodies", "located_collective", "sector_collective", "PARTY_SECTOR"]

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


#: words between a state's possessive and a party's name ("Mexico's ruling Morena party")
_PARTY_MODS = frozenset({"ruling", "governing", "main", "opposition", "largest", "biggest", "junior", "senior",
                         "nationalist", "conservative", "leftist", "left-wing", "right-wing", "far-right",
                         "far-left", "centrist", "populist", "liberal", "socialist", "islamist", "coalition"})


def named_parties(doc: Doc, acts: DocActors) -> None:
    """"Mexico's ruling Morena party", "the opposition Pheu Thai party": a name no table knows before a
    lower-case "party" is that party (an organisation of the PTY sector, placed in the state whose
    possessive opens the phrase; README section 4 keeps parties' holder_country null, but the actor's
    country is only where it acts)."""
    for tok in doc:
        if tok.text != "party" or tok.i == 0 or tok.dep_ == "compound":
            continue
        j = tok.i
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title and doc[j - 1].ent_type_ not in (
                "DATE", "EVENT") and (j - 1) not in acts.country_at and not doc[j - 1].is_sent_start:
            j -= 1
        if j == tok.i or not acts.free(j, tok.i + 1):
            continue
        k = j
        while k > 0 and doc[k - 1].lower_ in _PARTY_MODS:
            k -= 1
        country = None
        if k > 1 and doc[k - 1].text in ("'s", "’s"):
            country = acts.country_at.get(k - 2)
        name = doc[j:tok.i].text
        d = acts.ensure(ActorDraft(id=f"org:{slug(name)}", name=name, type="organisation", country=country,
                                   code=compose_code(country, PARTY_SECTOR),
                                   sector=PARTY_SECTOR, origin="party"))
        acts.add(j, tok.i + 1, d.id, "name")


#: Adjectives of a region or a kind of state that name a grouping of states with the plural nouns
#: of :data:`_GROUPING_HEADS` ("African leaders", "Pacific island nations", "Latin American
#: governments"): a bloc of no one state ("regional leaders" is not: in domestic news they are
#: a state's own provinces'). Never a state's own adjective
#: ("South African", "Central African" are states'; "American" alone is the USA).
_REGION_FORMS = frozenset({
    "african", "arab", "asian", "european", "caribbean", "pacific", "balkan", "scandinavian", "world",
    "muslim", "islamic", "mediterranean", "andean", "nordic", "gulf", "sahel", "sahelian", "gulf arab",
    "west african", "east african", "north african", "southern african", "latin american", "south american",
    "central american", "southeast asian", "south asian", "central asian", "east asian", "middle eastern",
    "eastern european", "western european", "central european", "pacific island", "small island",
    "african and arab", "arab and african", "asian and african", "african and european", "european and african"})
#: Plural nouns of states or of the people who speak for them, as one bloc.
_GROUPING_HEADS = frozenset({"leaders", "governments", "countries", "nations", "states", "ministers", "presidents",
                             "diplomats", "capitals", "neighbours", "neighbors"})
#: Region words that name a bloc of states only with a noun of states ("Muslim countries"; "Muslim
#: leaders" are religious leaders).
_STATES_ONLY = frozenset({"muslim", "islamic"})
_STATE_HEADS = frozenset({"governments", "countries", "nations", "states", "capitals"})
#: Modifiers of such a noun that are no region word ("African foreign ministers", "fellow Arab states").
_GROUPING_EXTRA = frozenset({"foreign", "finance", "defence", "defense", "trade", "energy", "health", "fellow",
                             "other", "senior", "top", "several", "many", "some", "the", "key"})


def regional_groupings(doc: Doc, acts: DocActors) -> None:
    """"African leaders", "Pacific island nations", "Latin American governments": a grouping of
    states named by a region adjective (:data:`_REGION_FORMS`), one actor of its own with no
    country (a multi-state grouping), when no word of it names anything else (a state's own adjective,
    "South African", or a grouping the tables name, "Nordic countries", is read first)."""
    for tok in doc:
        if tok.lower_ not in _GROUPING_HEADS or tok.tag_ not in ("NNS", "NNPS") or tok.i in acts.taken:
            continue
        j = tok.i
        while j > 0 and doc[j - 1].dep_ in ("amod", "compound", "nmod", "det", "cc") \
                and tok.i >= doc[j - 1].head.i >= j - 1 and (j - 1) not in acts.taken:
            j -= 1
        words = [t.lower_ for t in doc[j : tok.i]]
        while words and words[0] in _GROUPING_EXTRA:
            words.pop(0)
            j += 1
        region = [w for w in words if w not in _GROUPING_EXTRA]
        if not region or " ".join(region) not in _REGION_FORMS or words[: len(region)] != region:
            continue
        if doc[j].lower_ in ("and", "or") or (set(region) & _STATES_ONLY and tok.lower_ not in _STATE_HEADS):
            continue
        # (a region's own grouping may meet somewhere: "European diplomats in Cairo" are no Egyptians)
        owned_by = ("of",) if " ".join(region) in REGION_CODES else ("of", "in")
        if any(c.dep_ == "poss" for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ in owned_by and any(
                    g.dep_ == "pobj" and g.i in acts.taken for g in c.children) for c in tok.children):
            continue  # "Spain's regional governments", "regional leaders of Peru": one state's
        name = doc[j : tok.i + 1].text
        region_code = REGION_CODES.get(" ".join(region))  # "European diplomats": EUR (evfresh12, regions.py)
        d = acts.ensure(ActorDraft(id=f"group:{slug(name.lower())}", name=name, type="group", plural=True,
                                   origin="grouping", code=region_code))
        acts.add(j, tok.i + 1, d.id, "name")


#: Nouns of a state's own bodies that no role names ("Peru's electoral commission", "Chad's
#: central bank", "Kenya's Supreme Court"), with the sector they are coded by.
_BODY_SECTORS = {"commission": "GOV", "council": "GOV", "board": "GOV", "agency": "GOV", "authority": "GOV",
                 "committee": "GOV", "bank": "GOV", "tribunal": "JUD",
                 "court": "JUD"}


#: Modifiers that make such a noun no body of the state ("its largest commercial bank").
_NOT_STATE_BODY = frozenset({"commercial", "private", "biggest", "largest", "leading", "main", "top", "oldest",
                             "first", "second", "third", "investment", "retail", "islamic", "cooperative",
                             "football", "olympic", "film", "tourism", "student"})
#: The banks that are a state's own.
_STATE_BANKS = frozenset({"central", "reserve", "national", "development", "state", "federal"})


def state_bodies(doc: Doc, acts: DocActors) -> None:
    """"Peru's electoral commission", "Chad's central bank": a body of a state named by the state's
    possessive and a body noun with a modifier of its own (:data:`_BODY_SECTORS`) is an actor of its
    own, of that state (not the state: "the commission rejected X" is no position of Peru's
    government), its mention the body's words (and the whole phrase), named by the state's name and those words."""
    for tok in doc:
        sector = _BODY_SECTORS.get(tok.lower_)
        if sector is None or tok.tag_ not in ("NN", "NNP") or tok.i in acts.taken:
            continue
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        m = acts.mention_at(poss.i)
        d = acts.drafts.get(m.actor) if m is not None else None
        if d is None or d.type != "state" or m is None or m.end != poss.i + 1:
            continue
        start = poss.i + 1
        while start < tok.i and doc[start].text in ("'s", "’s", "'", "’"):
            start += 1
        mods = doc[start : tok.i]
        if not len(mods) or any(t.dep_ not in ("amod", "compound") or t.i in acts.taken for t in mods):
            continue  # "Peru's commission", "Peru's own commission": which body is unsaid
        if any(t.tag_ in ("JJS", "JJR", "CD") or t.lower_ in _NOT_STATE_BODY for t in mods) or (
                tok.lower_ == "bank" and not any(t.lower_ in _STATE_BANKS for t in mods)):
            continue  # "Nigeria's largest commercial bank": a company, no body of the state
        name = f"{d.name} {mods.text} {tok.text}"  # "Peru electoral commission" (the text keeps "Peru's")
        body = acts.ensure(ActorDraft(id=f"body:{d.id}:{slug(mods.text + ' ' + tok.text)}", name=name,
                                      type="organisation", country=d.country, code=compose_code(d.code, sector),
                                      sector=sector, origin="collective"))
        if acts.add(start, tok.i + 1, body.id, "name"):
            acts.add_nested(m.start, tok.i + 1, body.id, "phrase")


def located_collective(doc: Doc, r: Match, name_at: dict[int, Match]) -> tuple[str, int] | None:
    """(country, end token) of a collective placed in a country by a preposition ("rebels in
    Chad", "security forces in Mali": the phrase up to the country name), else None. Not for
    armed forces (troops and peacekeepers in a country are often foreign), nor for a
    collective with a possessor ("its troops in Mali")."""
    head = doc[r.end - 1]
    if r.key == "MIL":
        return None  # "troops in Lebanon", "peacekeepers in Iraq" are often foreign
    if any(c.dep_ == "poss" or c.lower_ in ("its", "their", "his", "her", "our") for c in head.children):
        return None  # "Chad reinforced its troops in Mali": the possessor's
    envoy = doc[r.start : r.end].text.lower() in _ENVOYS
    mods = [t.lower_ for t in doc[head.left_edge.i : head.i] if t.head.i == head.i and t.dep_ in ("amod", "compound")
            and t.lower_ not in _GROUPING_EXTRA] or [t.lower_ for t in doc[head.left_edge.i : head.i]
                                                     if t.dep_ in ("amod", "compound")]
    if " ".join(mods) in REGION_CODES:
        return None  # "African leaders in Addis Ababa": a region's grouping that meets there (evfresh12)
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
