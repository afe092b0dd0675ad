"""Governments below the state's, named by their place (issue 9 item 4, sideb3).

"The Manitoba government", "Karnataka's state government", "the city of Bordeaux" (as the one who
acts: a subject, or an author after "by" / "from"), "the city council", "Nantes's municipal
council": a city's, province's or state's government is its own actor, of the state's country
(README section 4: sub-national governments get the state's code), never the state's government,
so that its positions and its disagreements with the national government are its own.

Left alone: "the city of X" as a place ("fires in the city of X", "the mayor of the city of X"), a
country's or capital's government ("the Moscow government" is the state's: capitals are no entry
of the places table), a place the tables do not know.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Token

from ...actors.cities import city_country
from ...actors.codes import collective_id, compose_code, slug
from ...actors.tables import Tables
from ..common.datelines import after_dateline_dash, dateline_country
from .gazetteer import Match
from .state import ActorDraft, DocActors

__all__ = ["LOCAL_MARK", "described_lobbies", "local_governments", "plural_parties"]

#: the segment of a local government's id (coreference never takes it for "the government")
LOCAL_MARK = ":local:"
_GOV_HEADS = frozenset({"government", "administration", "executive"})
#: modifiers that make a government or council local ("state" only with a place named before it)
_LOCAL_MODS = frozenset({"state", "provincial", "regional", "city", "municipal", "local", "territorial", "town",
                         "county", "cantonal"})
_COUNCIL_MODS = frozenset({"city", "municipal", "town", "county", "borough"})
_NATIONAL_MODS = frozenset({"federal", "national", "central"})
_CITY_WORDS = frozenset({"city", "municipality"})
#: what "the city of X" does when it is a government: it acts (not "the town of X was shelled",
#: "shelled the city of X", "withdrew from the city of X": a place), or it authors
_ACTOR_DEPS = frozenset({"nsubj"})
#: nouns whose author "from" names ("a request from the city of X")
_AUTHORED = frozenset({"request", "proposal", "offer", "plan", "call", "demand", "bill", "decision", "letter",
                       "complaint", "objection", "appeal", "application", "bid", "invitation", "statement"})


def _place_country(t: Tables, name: str, context: Iterable[str], tok: Token, city: bool = False) -> str | None:
    """The country of a region or city the tables know (not a country, not a capital); a city of the
    city gazetteer only when the tagger reads the name as a place, or after "the city of" (``city``):
    "the Bush administration" is no town's."""
    if tok.ent_type_ in ("PERSON", "NORP") or (tok.ent_type_ == "ORG" and not city) or any(
            name in c.capitals or name == c.name or name in c.aliases for c in t.countries.values()):
        return None  # ("the Moscow government", "Georgia's government": the state's)
    if name in t.place_of:
        return t.place_of[name]
    placed = city or tok.ent_type_ in ("GPE", "LOC")
    return city_country(name, context) if name[:1].isupper() and placed else None


def _place_before(tok: Token) -> Token | None:
    """The proper-noun possessor or compound before ``tok`` that names a place ("Manitoba",
    "Karnataka's"): the head token of that name."""
    return next((c for c in tok.children if c.i < tok.i and c.dep_ in ("poss", "compound", "nmod")
                 and c.pos_ == "PROPN"), None)


def _name_span(tok: Token) -> tuple[int, int]:
    """The proper name ending at ``tok`` (its compounds before it), without a possessive 's."""
    lo = tok.i
    while lo > 0 and tok.doc[lo - 1].pos_ == "PROPN" and tok.doc[lo - 1].dep_ in ("compound", "flat") \
            and tok.doc[lo - 1].head.i in range(lo, tok.i + 1):
        lo -= 1
    return lo, tok.i + 1


def _add(doc: Doc, acts: DocActors, t: Tables, lo: int, hi: int, country: str) -> None:
    if country not in t.countries or not acts.free(lo, hi):
        return
    start = lo + 1 if doc[lo].lower_ == "the" else lo
    name = doc[start:hi].text
    cameo = t.countries[country].cameo
    d = acts.ensure(ActorDraft(id=f"{collective_id(cameo, 'GOV')}{LOCAL_MARK}{slug(name)}", name=name,
                               type="organisation", country=country, code=compose_code(cameo, "GOV"), sector="GOV",
                               plural=True, origin="collective"))
    acts.add(lo, hi, d.id, "nominal")


def local_governments(doc: Doc, acts: DocActors, t: Tables) -> None:
    """Add the local governments of ``doc`` (see the module's doc) as actors with their mentions."""
    home = dateline_country(doc)
    ctx = [home] if home else []
    for tok in doc:
        low = tok.lower_
        if low in _GOV_HEADS or low == "council":
            mods = {c.lower_ for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")}
            place = _place_before(tok)
            if low not in _GOV_HEADS and not mods & _COUNCIL_MODS:
                continue  # ("the security council", "the council of elders")
            country = None
            lo = after_dateline_dash(doc, tok.left_edge.i, tok.i)  # (not "CHENNAI, India - ")
            if place is not None:
                plo, phi = _name_span(place)
                country = _place_country(t, doc[plo:phi].text, ctx, place)
                if country is None and mods & _LOCAL_MODS and place.i not in acts.country_at and home:
                    country = home  # "Murcia's regional government" in a story filed in Spain
            if country is None and low in _GOV_HEADS:
                continue  # ("the Turkish government", "Spain's state government": the state's own)
            if country is None and (place is not None or not home):
                continue  # (a council of a place no table knows, or with no dateline)
            if low in _GOV_HEADS and place is None:
                continue
            if mods & _NATIONAL_MODS:
                continue  # ("the federal government": the state's)
            _add(doc, acts, t, lo, tok.i + 1, country or home or "")
        elif low in _CITY_WORDS and tok.pos_ == "NOUN":
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of else None
            if obj is None:
                continue
            acting = tok.dep_ in _ACTOR_DEPS or (tok.dep_ == "conj" and tok.head.dep_ in _ACTOR_DEPS) or (
                tok.dep_ == "pobj" and (tok.head.lower_ == "by" or (
                    tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in _AUTHORED))) or (
                tok.dep_ == "appos" and after_dateline_dash(doc, 0, tok.i) > 0)  # ("NANTES, France - The city of Nantes")
            if not acting:
                continue  # "fires in the city of X", "the mayor of the city of X": a place
            plo, phi = _name_span(obj)
            country = _place_country(t, doc[plo:phi].text, ctx, obj, city=True) or home
            lo = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "the" else tok.i
            if country:
                _add(doc, acts, t, lo, phi, country)


#: head nouns of a lobby named only by its description ("Italy's main farm lobby"), and the
#: words that make a group, body or association one ("Australia's biggest industry group")
_LOBBY_HEADS = frozenset({"lobby"})
_LOBBY_GROUP_HEADS = frozenset({"group", "body", "association", "organisation", "organization"})
_LOBBY_MODS = frozenset({"lobby", "industry", "trade", "business", "employers", "employer"})


def described_lobbies(doc: Doc, acts: DocActors, t: Tables, name_at: Mapping[int, Match]) -> None:
    """"Italy's main farm lobby", "the country's main coffee lobby", "the Japanese industry
    group": a lobby the text names only by its description is an organisation of its own (a civil
    body: it can be an alignment's second side), not the state its possessor or demonym names."""
    home = dateline_country(doc)
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.is_lower:
            continue
        low = tok.lemma_.lower()
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")]
        if low not in _LOBBY_HEADS and not (low in _LOBBY_GROUP_HEADS and any(
                c.lower_.rstrip("'") in _LOBBY_MODS for c in mods)):
            continue
        if tok.dep_ == "compound" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # ("the lobby group Vekst" is named; "the industry body of the region": left to the others)
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        country: str | None = None
        lo = tok.i
        if poss is not None:
            m = name_at.get(poss.i)
            if m is not None and m.kind in ("COUNTRY", "DEMONYM"):
                country, lo = m.key, m.start
            elif poss.lower_ == "country" and poss.i > 0 and doc[poss.i - 1].lower_ == "the":
                country, lo = home, poss.i - 1
            else:
                continue  # ("Hungary's ruling party's lobby", a person's lobby: left alone)
        else:
            dem = next((name_at[c.i] for c in mods if c.i in name_at and name_at[c.i].kind == "DEMONYM"), None)
            if dem is None:
                continue  # ("the lobby said": no description to name it by)
            country = dem.key
            lo = dem.start - 1 if dem.start > 0 and doc[dem.start - 1].lower_ == "the" else dem.start
        if country is not None and country not in t.countries:
            country = None
        if not acts.free(lo, tok.i + 1):
            continue
        start = lo + 1 if doc[lo].lower_ == "the" and (poss is None or poss.lower_ != "country") else lo
        name = doc[start:tok.i + 1].text
        code = compose_code(t.countries[country].cameo, "NGO") if country else "NGO"
        d = acts.ensure(ActorDraft(id="org:" + slug(name), name=name, type="organisation", country=country,
                                   code=code, sector="NGO", origin="ner"))
        acts.add(lo, tok.i + 1, d.id, "nominal")


#: parties named by the plural of their members ("the Socialists", "Sweden's Social Democrats"), last
#: word and the word before it when the name has two
_PARTY_PLURALS = frozenset({"Socialists", "Greens", "Liberals", "Conservatives", "Communists"})
_PARTY_PLURAL_PAIRS = frozenset({("Social", "Democrats"), ("Christian", "Democrats"), ("Free", "Democrats"),
                                 ("Liberal", "Democrats"), ("Sweden", "Democrats")})
#: lower-case words between the possessive (or "the") and such a name ("the ruling Socialists")
_PARTY_LEAD = frozenset({"ruling", "governing", "opposition", "main", "junior", "senior", "francophone",
                         "flemish", "dutch-speaking", "french-speaking", "centre-left", "center-left", "centre-right",
                         "center-right", "left-wing", "right-wing", "moderate", "traditional", "former"})


def plural_parties(doc: Doc, acts: DocActors, t: Tables) -> None:
    """"Sweden's Social Democrats", "the opposition Social Democrats", "the ruling Greens": a
    party named by the plural of its members, after a state's possessive or "the" (with lower-case
    words of :data:`_PARTY_LEAD` between), is a party (PTY) of that state (README section 4 keeps its
    holder_country null), not the state. A capitalised plural with no such lead is left alone ("Greens
    and Liberals across Europe": no one party)."""
    home = dateline_country(doc)
    for tok in doc:
        if tok.text in _PARTY_PLURALS:
            j = tok.i
        elif tok.text == "Democrats" and tok.i > 0 and (doc[tok.i - 1].text, tok.text) in _PARTY_PLURAL_PAIRS:
            j = tok.i - 1
        else:
            continue
        k = j
        while k > 0 and doc[k - 1].lower_ in _PARTY_LEAD and doc[k - 1].is_lower:
            k -= 1
        country: str | None = None
        if k > 1 and doc[k - 1].text in ("'s", "’s") and (k - 2) in acts.country_at:
            country = acts.country_at[k - 2]
            lo = k - 2
            while lo > 0 and acts.country_at.get(lo - 1) == country:
                lo -= 1
        elif k > 0 and doc[k - 1].lower_ == "the":
            country, lo = home, k - 1
        else:
            continue
        if not acts.free(lo, tok.i + 1) or any(i in acts.taken for i in range(j, tok.i + 1)):
            continue
        name = doc[k:tok.i + 1].text
        cc = t.countries[country].cameo if country and country in t.countries else None
        d = acts.ensure(ActorDraft(id=f"org:{slug(name)}", name=name, type="organisation", country=country,
                                   code=compose_code(cc, "PTY"), sector="PTY", origin="party"))
        acts.add(lo, tok.i + 1, d.id, "name")
