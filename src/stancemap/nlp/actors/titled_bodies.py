"""Organisations the tables do not know, named by a capitalised name that ends in a body's head
word ("the Lake Basin Boat Owners Association", "Peru's National Confederation of Alpaca Breeders",
"the Maize Growers Union of Kenya"), or by a one-word name after a body's description ("the
shipping employers' federation Portnor").

The tagger often misses such names, or the actors stage reads only a part of them (a demonym as
the state, "Union of Kenya" as the country's workers), so that the body's positions went to the
state. Here the whole name becomes one organisation of the country its name gives (possessor,
"of <country>" or demonym), coded by what its name says it gathers (workers, farmers, fishermen,
teachers; else a civil-society body), never a state body. "Union", "Council", "Movement" and the
like name such a body only with a word of whom it gathers: without one they are as often a party
("the Christian Social Union") or a state's organ, left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors.codes import compose_code, slug
from ...actors.tables import Tables
from .gazetteer import Match
from .state import ActorDraft, DocActors, Recognition

__all__ = ["BODY_NAME_HEADS", "described_bodies", "titled_bodies"]

#: Last words of the proper name of an association of people.
BODY_NAME_HEADS = frozenset({"Association", "Associations", "Collective", "Confederation", "Federation", "Syndicate",
                             "Guild", "Cooperative", "Co-operative", "Society"})
#: Last words that name such a body only with a word of whom it gathers ("the Maize Growers Union",
#: not "the Christian Social Union", a party; "the Dairy Farmers Council", not a state's council).
_GATHERING_HEADS = frozenset({"Union", "Unions", "Council", "Movement", "Front", "Alliance", "Coalition", "Network",
                              "Forum", "League", "Congress"})
#: Words of a name that say whom the body gathers, and the sector they give.
_SECTOR_WORDS = {
    "LAB": frozenset({"workers", "worker", "labour", "labor", "trade", "miners", "mineworkers", "dockers",
                      "employees", "nurses", "doctors", "drivers", "transport", "metalworkers", "textile"}),
    "AGR": frozenset({"farmers", "farmer", "herders", "herdsmen", "pastoralists", "fishermen", "fishers",
                      "fishing", "breeders", "growers", "milk", "dairy", "creamery", "cattle", "livestock",
                      "peasants", "agricultural", "farm", "farming", "cocoa", "coffee"}),
    "EDU": frozenset({"teachers", "teacher", "students", "student", "lecturers", "academic", "education"}),
}
#: Words that say the name is a state's body or a state's ("National Security Council", "State
#: Council", "Supreme Council"), an intergovernmental one ("African Union", "European Council"),
#: or a party or rebel front that other rules name: left alone.
_NOT_CIVIL = frozenset({"security", "state", "supreme", "military", "revolutionary", "constitutional",
                        "legislative", "executive", "judicial", "european", "african", "arab", "economic",
                        "liberation", "patriotic", "salvation", "islamic", "islamist", "people's", "popular",
                        "defence", "defense", "sovereign", "transitional", "presidential", "ministerial",
                        "municipal", "city", "provincial", "nations", "gulf"})
#: Leading words of a sentence or name that are no part of it.
_LEAD = frozenset({"the", "a", "an"})


def _country_of(acts: DocActors, t: Tables, lo: int, hi: int, name_at: dict[int, Match]) -> str | None:
    """The one country named inside [lo, hi) (a demonym or a country's name), else None."""
    keys = {m.key for i in range(lo, hi) if (m := name_at.get(i)) is not None and m.kind in ("COUNTRY", "DEMONYM")}
    return keys.pop() if len(keys) == 1 else None


def _sector(words: list[str]) -> str:
    low = {w.lower() for w in words}
    for sector, ws in _SECTOR_WORDS.items():
        if low & ws:
            return sector
    return "NGO"


def _name_span(doc: Doc, head: Token) -> tuple[int, int] | None:
    """[lo, hi) of the proper name ending in ``head`` with its "of <Name>" tail ("the Federation of
    Street Vendors"), or None when the head has neither a capitalised word of its own before it nor
    such a tail."""
    lo = head.i
    while lo > 0 and doc[lo - 1].is_alpha and doc[lo - 1].text[:1].isupper() \
            and doc[lo - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[lo - 1].dep_ in ("compound", "amod", "nmod") \
            and lo - 1 <= doc[lo - 1].head.i <= head.i:
        lo -= 1
    hi = head.i + 1
    if hi + 1 < len(doc) and doc[hi].lower_ == "of" and doc[hi + 1].text[:1].isupper() and doc[hi + 1].is_alpha:
        j = hi + 1
        while j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "ADJ"):
            j += 1
        j = _and_tail(doc, hi - 1, j)
        if j - hi - 1 <= 3 or (j - hi - 1 <= 6 and doc[j - 1].ent_iob_ == "I"):
            hi = j
    if lo == head.i and hi == head.i + 1:
        return None
    return lo, hi


def _and_tail(doc: Doc, head: int, j: int) -> int:
    """The end of an "of" tail from ``j`` on across "and <Name>" or ", <Name>" when the tagger reads
    the whole as one organisation's name ("the Association of Welders and Boilermakers",
    "the Federation of Bakers, Millers and Confectioners"): the entity of the head runs over it (not
    "the Federation of Bakers and the Millers' Union", two names)."""
    ent = doc[head].ent_iob_ in ("B", "I") and doc[head].ent_type_ == "ORG"
    while ent and j + 1 < len(doc) and doc[j].lower_ in ("and", ",") and doc[j + 1].text[:1].isupper() \
            and doc[j + 1].is_alpha and doc[j].ent_iob_ == "I" and doc[j + 1].ent_iob_ == "I":
        k = j + 1
        while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].ent_iob_ == "I" \
                and doc[k].pos_ in ("PROPN", "ADJ", "NOUN"):
            k += 1
        j = k
    return j


def titled_bodies(doc: Doc, acts: DocActors, rec: Recognition, t: Tables, name_at: dict[int, Match]) -> None:
    """Add the unknown bodies named by a capitalised name with a body's head word (see the module)."""
    for head in doc:
        if head.text not in BODY_NAME_HEADS | _GATHERING_HEADS or head.pos_ != "PROPN" or head.i == 0:
            continue
        span = _name_span(doc, head)
        if span is None:
            continue
        lo, hi = span
        words = [w.text for w in doc[lo:hi] if w.lower_ != "of"]
        if any(w.lower() in _NOT_CIVIL for w in words) or len(words) < 2:
            continue
        if any(w.text in BODY_NAME_HEADS | _GATHERING_HEADS for w in doc[lo:head.i]):
            continue  # "the Federation Council" (a legislature), "Trade Union Confederation": left alone
        if head.text in _GATHERING_HEADS and _sector(words) == "NGO":
            continue
        if lo == head.i and all((m := name_at.get(i)) is not None and m.kind in ("COUNTRY", "DEMONYM")
                                for i in range(head.i + 2, hi)):
            continue  # "Union of Zambia" alone: the country's workers, as the collectives read it
        inside = [m for m in acts.between(max(0, lo - 3), hi) if m.start < hi and m.end > lo]
        if any(m.start < lo or m.end > hi for m in inside if (d0 := acts.drafts.get(m.actor)) is not None
               and d0.type != "state" and d0.origin != "collective"):
            continue  # a longer name the tables know runs across it
        known = [m for m in inside if (d := acts.drafts.get(m.actor)) is not None and (
            d.origin != "collective" if d.type != "state" else m.start <= head.i < m.end)]
        if known:  # (or a state named with the head word: "the Union of Comoros")
            continue  # (a name the tables or the tagger gave: "the Karen National Union")
        country = _country_of(acts, t, lo, hi, name_at)
        if country is None and lo > 1 and doc[lo - 1].tag_ == "POS":
            country = _country_of(acts, t, lo - 2, lo - 1, name_at)  # "Senegal's National Collective"
        sector = _sector(words)
        name = doc[lo:hi].text
        cc = t.countries[country].cameo if country and country in t.countries else None
        d = acts.ensure(ActorDraft(id="org:" + slug(name), name=name, type="organisation", country=country,
                                   code=compose_code(cc, sector), sector=sector, origin="ner"))
        for tm in inside:
            other = acts.drafts.get(tm.actor)
            if other is not None and other.origin == "collective" and tm.actor != d.id and all(
                    lo - 2 <= x.start and x.end <= hi for x in acts.mentions_of(tm.actor)):
                # the country's people the collectives read in the name ("Senegal's National"), and
                # only there: they are the body
                rec.relink(acts.relink(tm.actor, d.id))
        if acts.free(lo, hi):
            acts.add(lo, hi, d.id, "name")
        else:
            acts.add_nested(lo, hi, d.id, "name")


#: Common nouns that describe a body before or around its name ("business group TUSIAD", "the
#: employers' federation Medef", "insurance association GDV", "environmental group Walhi").
_BODY_DESCRIPTIONS = frozenset({"group", "association", "federation", "union", "confederation", "lobby",
                                "organisation", "organization", "movement", "alliance", "coalition", "council",
                                "chamber", "body", "collective", "network"})
#: Descriptions of a state's own body before its one-word name ("the regulator Ofwat", "Britain's
#: water regulator Ofwat", "the competition watchdog Konkurrensverket"), by sector; a watchdog of
#: rights or of the press ("the rights watchdog X") is a civil-society body.
_STATE_DESCRIPTIONS = {"regulator": "GOV", "watchdog": "GOV"}
#: Words of such a description that say what kind of body it is (else a civil-society body).
_DESCRIPTION_SECTORS = {
    "BUS": frozenset({"business", "businesses", "employers", "employer", "industry", "industrial", "insurance",
                      "banking", "manufacturers", "exporters", "importers", "retailers", "lobby"}),
    "LAB": frozenset({"union", "unions", "workers", "labour", "labor", "trade"}),
    "REB": frozenset({"rebel", "armed", "militant", "insurgent", "guerrilla"}),
}


#: Words that make a "group" a body of members that takes positions ("rights group", "business
#: group", "environmental group"; not "pop group" or "hotel group").
_GROUP_KINDS = frozenset({"rights", "environmental", "aid", "advocacy", "campaign", "campaigning", "civic",
                          "opposition", "lobby", "pressure", "conservation", "humanitarian", "watchdog",
                          "activist", "indigenous", "community", "civil", "veterans", "consumer", "consumers"})
_ALL_SECTOR_WORDS = frozenset().union(*_DESCRIPTION_SECTORS.values(), *_SECTOR_WORDS.values())


def _lone_person(acts: DocActors, name: Token) -> str | None:
    """The id of a person the persons rules made of this one word alone ("teachers' federation
    Profed" read as a title and a surname), else None."""
    m = acts.mention_at(name.i)
    d = acts.drafts.get(m.actor) if m is not None else None
    if d is None or d.type != "person" or d.name != name.text:
        return None
    return d.id


def described_bodies(doc: Doc, acts: DocActors, t: Tables, name_at: dict[int, Match],
                     rec: Recognition | None = None) -> None:
    """A one-word name that a description of a body stands before ("Turkey's main business group
    TUSIAD", "the employers' federation Medef") is that body, when no other actor took it: of the
    description's country (its possessor or demonym), of the sector its words give. A company's
    description ("mining group X") is left to the company rules."""
    from .company_nouns import company_description, hung_description

    for name in doc:
        if name.pos_ != "PROPN" or not name.is_alpha or not name.text[:1].isupper() or name.i == 0 \
                or name.i in name_at:
            continue
        person = None if acts.free(name.i, name.i + 1) else _lone_person(acts, name)
        if person is None and not acts.free(name.i, name.i + 1):
            continue
        if name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN" and doc[name.i + 1].text[:1].isupper():
            continue  # (the first word of a longer name)
        desc = doc[name.i - 1]
        if (desc.lemma_.lower() not in _BODY_DESCRIPTIONS and desc.lemma_.lower() not in _STATE_DESCRIPTIONS) \
                or desc.pos_ != "NOUN" or not desc.is_lower:
            continue
        if not hung_description(desc, name):
            continue
        if company_description(desc, name):
            continue  # (a company's description: the company rules')
        mods = [x for x in doc[desc.left_edge.i:desc.i + 1]] if desc.head.i == name.i or desc.dep_ != "compound" \
            else [desc]
        if desc.dep_ == "compound":
            mods = [x for x in doc[name.left_edge.i:desc.i + 1]]
        words = {x.lower_ for x in mods}
        if desc.lemma_.lower() == "group" and not words & (_GROUP_KINDS | _ALL_SECTOR_WORDS):
            continue  # "the Swedish pop group X", "the hotel group X": no body of members
        sector = next((s for s, ws in _DESCRIPTION_SECTORS.items() if words & ws), None)
        if desc.lemma_.lower() in _STATE_DESCRIPTIONS:  # "the regulator Ofwat": the state's (sideb2)
            sector = "NGO" if words & _GROUP_KINDS else _STATE_DESCRIPTIONS[desc.lemma_.lower()]
        if sector == "BUS" and desc.lemma_.lower() != "group":
            sector = "NGO"  # an employers' federation, an industry association: a body, not a company
        if sector is None:
            sector = _sector([x.text for x in mods])
        keys = {m.key for x in mods if (m := name_at.get(x.i)) is not None and m.kind in ("COUNTRY", "DEMONYM")}
        country = keys.pop() if len(keys) == 1 else None
        cc = t.countries[country].cameo if country and country in t.countries else None
        d = acts.ensure(ActorDraft(id="org:" + slug(name.text), name=name.text, type="organisation",
                                   country=country, code=compose_code(cc, sector), sector=sector, origin="ner"))
        if person is not None and rec is not None:
            rec.relink(acts.relink(person, d.id))
        elif person is None:
            acts.add(name.i, name.i + 1, d.id, "name")
