"""Recognition of named actors: states, capitals and seats, IGOs, media, organisations, persons
with roles, and country collectives ("the Turkish government", "Israeli troops").

Works on the parsed Doc with the gazetteer matches and spaCy NER, correcting known model
errors (a news agency tagged GPE, a minister's surname tagged ORG). Writes drafts and
token mentions into a :class:`DocActors`.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from ...actors.cities import CONTEXT_POP, city_candidates, state_on
from ...actors.codes import collective_id, compose_code, person_id, slug
from ...actors.dictionary import DictEntry
from ...actors.tables import Tables
from ..common.backers import hyphenated_backer
from ..common.bodies import SUBNATIONAL as _SUBNATIONAL
from ..common.bodies import community_leaders, other_body
from ..common.borders import border_modifier
from ..common.datelines import after_dateline_dash, dateline_before, dateline_country, dateline_places
from ..common.idioms import joined_forces as _joined_forces
from ..common.text import DASHES
from .agencies import adjective_national, state_agency
from .apposed_names import apposed_person_names
from .body_context import body_by_context, named_after_body_noun, untagged_bodies
from .company_nouns import _TRADE_WORDS, _company_appos, company_description
from .compound_bodies import compound_state_bodies
from .defined_acronyms import link_defined_acronyms
from .described_names import described_company_names
from .gazetteer import Gazetteer, Match
from .groups import (
    located_collective,
    named_parties,
    party_groups,
    regional_groupings,
    sector_collective,
    state_bodies,
)
from .languages import language_compound
from .local_bodies import described_lobbies, local_governments, plural_parties
from .office_fields import names_office_field
from .persons import CANDIDACY_NOUNS, PERSONAL_TITLES
from .region_demonyms import region_adjective_governments
from .roles import (
    _COUNTRYISH,
    _LOCATIVE,
    _ORG_MEDIA_WORDS,
    _SKIP_MODS,
    COMPANY_WORDS,
    SECTOR_LABELS,
    PersonRules,
    collective_name,
    company_like,
)
from .state import ActorDraft, DocActors, Recognition, is_acronym
from .titled_bodies import described_bodies, titled_bodies
from .trade_bodies import trade_bodies

__all__ = ["recognize", "Recognition", "SECTOR_LABELS"]

_PLACE_KINDS = {"PLACE": "COUNTRY", "PLACEDEM": "DEMONYM"}
_PLACE_MODS = frozenset({"central", "downtown", "northern", "southern", "eastern", "western", "north", "south",
                         "east", "west", "suburban", "greater", "old", "the"})
#: Names of a state that are also the name of a continent: after a region word they name a
#: region ("South American", "Latin America", "Pan-American"), not the state.
_CONTINENT_FORMS = frozenset({"America", "American", "Americans"})
_REGION_WORDS = frozenset({"North", "South", "Central", "Latin", "Middle", "Pan", "Meso"})
_JOINERS = frozenset({"and", "&"})
#: seats (countries.yaml) that are national parliaments: coded LEG, not GOV
_LEGISLATURES = frozenset({"Bundestag", "Bundesrat", "Duma", "State Duma", "Sejm", "Riksdag", "Storting", "Folketing",
                           "Eduskunta", "Verkhovna Rada", "Lok Sabha", "Rajya Sabha", "Majlis", "Saeima", "Seimas",
                           "Riigikogu", "Oireachtas", "Dáil", "Dail", "Althing", "Knesset", "Montecitorio",
                           "Westminster", "Holyrood", "Stormont"})
#: head words of an office's proper name: a collective noun before them is only a modifier
#: ("the Interior Ministry Migrant Screening Office" is an office, not migrants)
_OFFICE_HEADS = frozenset({"center", "centre", "office", "agency", "institute", "bureau", "unit", "service",
                           "program", "programme", "fund", "foundation", "project", "network", "coalition",
                           "association", "commission", "committee", "council", "board", "authority", "division",
                           "directorate", "administration", "department", "initiative", "alliance", "task"})


#: Words that make a named army with a people's or country's word inside an insurgent one, not
#: the state's forces ("Kachin Independence Army", "Karen National Liberation Army"). Not
#: "Revolutionary", "Free" or "Freedom" alone: "Cuban Revolutionary Armed Forces", "Iranian
#: Revolutionary Court", "Austrian Freedom Party" are the state's or a party.
_INSURGENT_WORDS = frozenset({"independence", "liberation", "resistance", "salvation", "insurgent", "rebel",
                              "rebels"})
#: Last words of an insurgent army's name. Not "front" or "movement": ruling parties keep such
#: names ("Mozambique Liberation Front"); not "forces": the state's ("Armed Forces").
_ARMY_HEADS = frozenset({"army", "brigade", "brigades", "militia", "militias", "guerrillas"})


#: Cities that seat international bodies, and the code prefix of those bodies: officials placed
#: there are the body's when the article named one before ("officials in Brussels").
_SEATS = {"Brussels": "IGOEEC", "Geneva": "IGOUNO"}


def _insurgent_name(e: Span) -> bool:
    """A multi-word name of an army with an insurgent word ("Liberation" not after "People's": the
    People's Liberation Army is China's)."""
    if e[-1].lower_ not in _ARMY_HEADS:
        return False
    for t in e:
        if t.lower_ in _INSURGENT_WORDS and t.text[:1].isupper():
            if t.lower_ == "liberation" and t.i > e.start and t.nbor(-1).lower_ in ("people", "'s", "people's"):
                continue
            return True
    return False


def _person_core(e: Span) -> int:
    """Length of a PERSON entity without a leading "the" and a trailing possessive ending."""
    n = len(e)
    if n > 1 and e[0].lower_ == "the":
        n -= 1
    if n > 1 and e[-1].tag_ == "POS":
        n -= 1
    return n


def _tails_of_longer_names(doc: Doc, names: list[Match]) -> list[Match]:
    """Drop name matches that are only the tail of a longer proper name the tables lack:
    a continent-like state name after a region word ("South American" is not the USA) and an
    organisation after "<Capitalised word> and" inside one entity ("Peace and Security
    Council" is not the UN's; "Fatah and Hamas" are two)."""
    covered = {i for m in names for i in range(m.start, m.end)}
    out = []
    for m in names:
        s = m.start
        if m.kind in ("COUNTRY", "DEMONYM") and doc[s : m.end].text in _CONTINENT_FORMS:
            p = s - 1 if s > 0 and doc[s - 1].text in ("-", "–") else s
            if p > 0 and doc[p - 1].text in _REGION_WORDS and p - 1 not in covered:
                continue
        if (m.kind == "ORG" and s >= 2 and doc[s - 1].lower_ in _JOINERS and doc[s - 2].is_title
                and doc[s - 2].is_alpha and s - 2 not in covered
                and any(e.start <= s - 2 and m.end <= e.end for e in doc.ents)):
            continue  # one entity runs over "<Word> and" into the match: a longer name
        out.append(m)
    return out


_POSSESSIVE = frozenset({"'s", "’s"})


def _possessed_names(doc: Doc, ents: list[Span], t: Tables) -> list[Span]:
    """"The Evening Ledger's Scott Brandt asked": the tagger often misses a person named after an
    outlet's or organisation's possessive, or tags the name ORG or runs one entity over both. A
    given name the tables know, then one or two capitalised words, whose head the possessive
    hangs on, is a PERSON entity (the entities it overlapped are cut before it or dropped)."""
    found: list[tuple[int, int]] = []
    for i in range(1, len(doc) - 2):
        if doc[i].text not in _POSSESSIVE:
            continue
        j = i + 1
        if doc[j].text not in t.male and doc[j].text not in t.female:
            continue
        k = j + 1
        while k < len(doc) and k - j < 3 and doc[k].pos_ == "PROPN" and doc[k].is_title:
            k += 1
        owner = doc[i - 1]
        if k - j < 2 or owner.dep_ != "poss" or not j <= owner.head.i < k or owner.ent_type_ == "PERSON":
            continue
        if any(e.label_ == "PERSON" and e.start == j and e.end == k for e in ents):
            continue
        found.append((j, k))
    if not found:
        return ents
    out: list[Span] = []
    for e in ents:
        cut = next(((j, k) for j, k in found if e.start < k and j < e.end), None)
        if cut is None:
            out.append(e)
        elif e.start < cut[0]:
            out.append(Span(doc, e.start, cut[0], label=e.label_))  # "The Evening Ledger's" keeps its own entity
    out += [Span(doc, j, k, label="PERSON") for j, k in found]
    return sorted(out, key=lambda e: e.start)


#: Capitalised titles right before a name ("Chief Executive Park Min-jun said").
_NAME_TITLES = frozenset({"minister", "president", "executive", "director", "chairman", "chairwoman", "chair",
                          "governor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
                          "secretary", "commissioner", "colonel", "general", "premier", "chancellor", "mayor",
                          "senator", "dr.", "ceo"})


#: Entity labels a titled name may carry and still be read as a person: none, or one the tagger
#: gives a name it does not know after a title ("Mayor Ana Ruiz" taken for a work of art).
_NO_NAME_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})




def _after_datelines(doc: Doc, ents: list[Span], acts: DocActors) -> list[Span]:
    """Entities that took a dateline's place in ("SEOUL - Samsung Electronics", "DUBLIN - Ryanair"
    as one ORG): the part after the dateline's dash (the place is no actor: ``acts.taken``)."""
    out: list[Span] = []
    for e in ents:
        taken = e.start in acts.taken
        if taken or (e.start < 8 and any(t.text in DASHES and t.whitespace_ for t in e)):
            # (also "KRAKOW, Poland - Tour": the country of a "CITY, Country -" dateline, which
            # stays the story's setting and so is not taken, with a name after its dash)
            s = after_dateline_dash(doc, e.start, e.end)
            if s == e.start and not taken:
                out.append(e)  # (a dash inside a name: "Zia-ul-Haq", "the Syrian - and feared - militia")
                continue
            if s == e.start or doc[e.end - 1].lower_ in ("'s", "’s", "'", "’"):
                continue  # ("LUSAKA - Zambia's" as one ORG: the possessor's name is read as any other)
            if not any(t.pos_ == "PROPN" for t in doc[s:e.end]):
                continue  # ("BRUSSELS - Thousands": no name after the dash)
            last = doc[e.end - 1]
            if e.end - s == 1 and last.dep_ == "compound" and last.head.i == e.end and last.head.is_lower:
                continue  # ("KRAKOW, Poland - Tour guides": the sentence's first word, capitalised, no name)
            e = Span(doc, s, e.end, label=e.label_)
        out.append(e)
    return out


def _titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Chief Executive Park Min-jun said": the tagger may miss a name it does not know after a
    capitalised title. Two or three capitalised proper nouns (a hyphenated given name counts as
    one: "Min-jun") outside any entity (or in a work of art, product, event or law the tagger made
    of the title and name), right after such a title and before a verb, a comma, the end of the
    sentence or "of" and a capitalised word (her town), are a PERSON entity."""
    found: list[tuple[int, int]] = []
    n = len(doc)
    for i in range(n - 2):
        tt = doc[i]
        if tt.lower_ not in _NAME_TITLES or not tt.text[:1].isupper() or tt.ent_type_ not in _NO_NAME_LABELS:
            continue
        j = k = i + 1
        words = 0
        while k < n and words < 3 and doc[k].pos_ == "PROPN" and doc[k].is_title \
                and doc[k].ent_type_ in _NO_NAME_LABELS and doc[k].lower_ not in _NAME_TITLES:
            k += 1
            words += 1
            if k + 1 < n and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                    and doc[k + 1].is_alpha and not doc[k + 1].ent_type_:
                k += 2  # "Min-jun"
        if words < 2 or k >= n:
            continue
        if not (doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (",", ".")
                or (doc[k].lower_ == "of" and k + 1 < n and doc[k + 1].text[:1].isupper())):
            continue  # ("Mayor Ana Ruiz of Cebu said": the name ends before her town)
        found.append((j, k))
    if not found:
        return ents
    out = [e for e in ents if not any(e.start < k and j < e.end for j, k in found)]
    out += [Span(doc, j, k, label="PERSON") for j, k in found]
    return sorted(out, key=lambda e: e.start)


def _longest(matches: list[Match], the: frozenset[int] | set[int] = frozenset()) -> list[Match]:
    """Non-overlapping matches, longest first; on ties a match not opening with "the", then DICT."""
    ranked = sorted(matches, key=lambda m: (-(m.end - m.start), m.start in the, m.kind != "DICT", m.start))
    taken: set[int] = set()
    out = []
    for m in ranked:
        if any(i in taken for i in range(m.start, m.end)):
            continue
        taken.update(range(m.start, m.end))
        out.append(m)
    return sorted(out, key=lambda m: m.start)



def _before_independence(names: list[Match], date: str | None) -> list[Match]:
    """Places and names of a state that did not exist yet on the article's date stand for the
    state they were part of (a capital then is only a city of it)."""
    if not date:
        return names
    out: list[Match] = []
    for m in names:
        if m.kind in ("CAPITAL", "PLACE", "COUNTRY", "DEMONYM", "PLACEDEM") and (then := state_on(m.key, date)) != m.key:
            m = Match(m.start, m.end, "PLACE" if m.kind == "CAPITAL" else m.kind, then)
        out.append(m)
    return out


def _namesakes(doc: Doc, names: list[Match]) -> list[Match]:
    """Capitals and places of the tables that share their name with a city of another country
    (the city gazetteer, :mod:`stancemap.actors.cities`) stand for that country when their
    sentence names it and not the table's ("Tripoli" with "Lebanese", "Hyderabad" with
    "Pakistan's"): a place, not the capital's government."""
    out: list[Match] = []
    for m in names:
        if m.kind in ("CAPITAL", "PLACE"):
            others = {cc for cc, pop in city_candidates(doc[m.start:m.end].text)
                      if cc != m.key and pop >= CONTEXT_POP}
            if others:
                sent = doc[m.start].sent
                named = {x.key for x in names if x.kind in ("COUNTRY", "DEMONYM")
                         and sent.start <= x.start < sent.end}
                hits = others & named
                if len(hits) == 1 and m.key not in named:
                    m = Match(m.start, m.end, "PLACE", hits.pop())
        out.append(m)
    return out


def _shared_country_words(doc: Doc, names: list[Match], t: Tables) -> list[Match]:
    """A short name of a country that is not its full name and is a word of another country's
    full name ("Congo": the Republic of the Congo's, and a word of the Democratic Republic of the
    Congo's; not "Montenegro", the country's full name) stands for that other
    country when the article places itself there only (its capital, places, demonym or full name, or its
    dateline's place; "KINSHASA - ... Congo's army said" is the Democratic Republic's) and never so the first one
    but by the shared word."""
    shared = [m for m in names if m.kind == "COUNTRY" and " " not in doc[m.start:m.end].text]
    if not shared:
        return names
    out = names
    for word in {doc[m.start:m.end].text for m in shared}:
        keys = {m.key for m in shared if doc[m.start:m.end].text == word}
        if len(keys) != 1:
            continue
        own = keys.pop()
        if own not in t.countries or t.countries[own].name == word:
            continue  # (the country's own full name: "Montenegro", whatever "Serbia and Montenegro" was)
        others = {c.iso3 for c in t.countries.values() if c.iso3 != own and word in c.name.split()}
        if not others:
            continue
        seen = {m.key for m in names if doc[m.start:m.end].text != word}
        home = dateline_country(doc)
        if home is not None and home != own:
            seen.add(home)  # ("KINSHASA, Sept 8 (Reuters) - Congo's ...": the capitals of a dateline are no name match)
        hits = others & seen
        if len(hits) != 1 or own in seen:
            continue
        other = hits.pop()
        out = [Match(m.start, m.end, m.kind, other) if m.kind == "COUNTRY" and m.key == own
               and doc[m.start:m.end].text == word else m for m in out]
    return out


#: the member states of the European Union (for a bare "Commission", see ``_bare_commission``)
_EU_MEMBERS = frozenset("""AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT
    ROU SVK SVN ESP SWE""".split())
_EU_WORDS = frozenset({"EU", "E.U.", "European", "Brussels", "Strasbourg"})


class _Recognizer(PersonRules):
    def __init__(self, doc: Doc, gaz: Gazetteer, acts: DocActors, date: str | None) -> None:
        self.doc = doc
        self.gaz = gaz
        self.t: Tables = gaz.tables
        self.acts = acts
        self.date = date
        self.rec = Recognition()
        ents = _titled_names(doc, _possessed_names(doc, _after_datelines(doc, list(doc.ents), acts), self.t))
        ents = apposed_person_names(doc, ents)
        self.person_tok: set[int] = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        self.ents = ents
        self.ent_at: dict[int, Span] = {i: e for e in ents for i in range(e.start, e.end)}  # entities never overlap
        names = gaz.match_names(doc)
        if gaz.entries:
            names = [m for m in names if m.kind != "DICT" or self._dict_entry(m) is not None]
        low = doc.to_array("LOWER")
        the_hash = doc.vocab.strings.add("the")
        names = _namesakes(doc, names)  # "Tripoli, the north Lebanese port": Lebanon's Tripoli
        names = _shared_country_words(doc, names, self.t)  # "Congo" in an article from Kinshasa
        names = _before_independence(names, date)  # "Juba" in 2005: Sudan
        # a region or city stands for its country, its inhabitants' adjective for the demonym
        names = [Match(m.start, m.end, _PLACE_KINDS[m.kind], m.key) if m.kind in _PLACE_KINDS else m for m in names]
        self.names = _tails_of_longer_names(doc, _longest(names, {i for i in range(len(doc)) if low[i] == the_hash}))
        self.name_end: dict[int, Match] = {m.end: m for m in self.names}
        acts.country_at = {i: m.key for m in self.names if m.kind == "COUNTRY" for i in range(m.start, m.end)}
        self.name_at: dict[int, Match] = {i: m for m in self.names for i in range(m.start, m.end)}
        # "Moscow's opposition to the plan": the act of opposing, not the political opposition
        opposition = doc.vocab.strings.add("opposition")
        roles = [r for r in _longest(gaz.match_roles(doc))
                 if not (r.end - r.start == 1 and low[r.start] == opposition
                         and r.end < len(doc) and doc[r.end].lower_ == "to")
                 and not _joined_forces(doc, r.start, r.end)
                 and not names_office_field(doc, r.start, r.end)  # ("the justice ministry": its field)
                 and not adjective_national(doc, r.start, r.end)]
        self.rec.roles = roles
        self.role_end: dict[int, Match] = {m.end: m for m in roles}
        self.role_starts = [r.start for r in roles]  # sorted: the roles never overlap

    # -- helpers ---------------------------------------------------------------------------
    def _dict_entry(self, m: Match) -> DictEntry | None:
        return self.gaz.pick(self.doc[m.start : m.end].text, self.date)

    def _country_draft(self, iso3: str) -> ActorDraft:
        c = self.t.countries[iso3]
        return self.acts.ensure(ActorDraft(id=iso3, name=c.name, type="state", country=iso3, code=c.cameo))

    def _collective(self, country: str, sector: str, org: ActorDraft | None = None,
                    name: str | None = None) -> ActorDraft:
        if org is not None:
            if (org.sector == sector or (org.type == "organisation" and sector in ("OPP", "REB", "PTY", "MIL"))
                    or (org.type == "igo" and sector == "GOV")
                    or (org.type == "organisation" and org.sector == "PTY" and sector == "GOV")):
                # "GOP lawmakers", "Hamas militants", "EU foreign ministers": the body itself; so are
                # a party's own officials and leaders ("Green Party officials"): a party has no government
                return org
            aid = f"{org.id}:{sector}"
            # another body's officials keep their sector for the code, named as people of the body
            # ("Interpol officials", not "Interpol government")
            label = "officials" if sector == "GOV" and org.type == "organisation" else SECTOR_LABELS.get(
                sector, sector.lower())
            return self.acts.ensure(
                ActorDraft(id=aid, name=f"{org.name} {label}", type="organisation",
                           country=org.country, code=org.code, sector=sector, plural=True, origin="collective")
            )
        c = self.t.countries[country]
        name = name or collective_name(c.name, c.demonyms, sector)
        return self.acts.ensure(
            ActorDraft(id=collective_id(c.cameo, sector), name=name, type="organisation",
                       country=country, code=compose_code(c.cameo, sector), sector=sector, plural=True,
                       origin="collective")
        )

    def _seat(self, m: Match) -> ActorDraft:
        """A seat of government ("the Kremlin", "the State Department"): its own actor, coded GOV
        (a national parliament named by its own name, "the Bundestag", is coded LEG)."""
        c = self.t.countries[m.key]
        name = self.doc[m.start : m.end].text
        sector = "LEG" if name in _LEGISLATURES else "GOV"
        return self.acts.ensure(
            ActorDraft(id=f"seat:{slug(name)}", name=name, type="organisation", country=m.key,
                       code=compose_code(c.cameo, sector), sector=sector, origin="seat")
        )

    def _org_draft(self, oid: str) -> ActorDraft:
        o = self.t.orgs[oid]
        return self.acts.ensure(
            ActorDraft(id=o.id, name=o.name, type=o.type, country=o.country, code=o.code, sector=o.sector,
                       is_source=o.is_source, members=o.members, plural=o.type == "group")
        )

    def _dict_draft(self, e: DictEntry) -> ActorDraft:
        aid = e.id or (person_id(e.name) if e.type == "person" else f"{e.type}:{slug(e.name)}")
        if e.type == "state" and e.country:
            aid = e.id or e.country
        g = None
        first = e.name.split()[0] if e.name.split() else ""
        if e.type == "person":
            g = "m" if first in self.t.male else "f" if first in self.t.female else None
        return self.acts.ensure(
            ActorDraft(id=aid, name=e.name, type=e.type, country=e.country, role=e.role, code=e.code,
                       sector=e.sector, is_source=e.type == "media", gender=g, origin="dict",
                       name_tokens=tuple(e.name.split()))
        )

    def _countryish(self, m: Match) -> tuple[str | None, ActorDraft | None]:
        """(country iso3, affiliation org draft) of a name match usable as a modifier."""
        if m.kind in ("COUNTRY", "DEMONYM", "CAPITAL", "SEAT"):
            return m.key, None
        if m.kind == "ORG":
            o = self.t.orgs[m.key]
            if o.type == "media":
                return None, None
            return o.country, self._org_draft(m.key)
        if m.kind == "DICT":
            e = self._dict_entry(m)
            if e is None or e.type == "person":
                return None, None
            d = self._dict_draft(e)
            return d.country, (d if d.type != "state" else None)
        return None, None

    def _modifier_before(self, j: int) -> tuple[Match | None, int]:
        """A country-ish name match ending at token j (allowing a possessive 's between)."""
        doc = self.doc
        k = j
        if k > 0 and doc[k - 1].text in ("'s", "’s", "'", "’"):
            k -= 1
        m = self.name_end.get(k)
        if m is not None and m.kind in _COUNTRYISH:
            return m, m.start
        return None, j

    # -- named non-person actors --------------------------------------------------------------
    def national_orgs(self) -> None:
        """ORG entities naming a country inside ("Rwandan Patriotic Front") -> one organisation."""
        doc = self.doc
        for e in self.ents:
            if e.label_ != "ORG" or e.end - e.start < 2 or not self.acts.free(e.start, e.end):
                continue
            inner = [self.name_at[i] for i in range(e.start, e.end) if i in self.name_at]
            if not inner or any(m.start < e.start or m.end > e.end for m in inner):
                continue
            s0 = e.start + 1 if doc[e.start].lower_ == "the" else e.start
            if any(m.start <= s0 and m.end == e.end for m in inner):
                continue  # the entity is itself a known name
            kinds = {m.kind for m in inner}
            if not kinds <= {"COUNTRY", "DEMONYM", "CAPITAL"}:
                continue
            lo, hi = bisect_left(self.role_starts, e.start), bisect_left(self.role_starts, e.end)
            rs = [r for r in self.rec.roles[lo:hi] if r.end <= e.end]
            insurgent = _insurgent_name(doc[e.start:e.end])
            if rs and rs[-1].end == e.end and not insurgent:
                continue  # "Turkish government", "US Congress": a collective
            last = self.name_at.get(e.end - 1)
            if last is not None and last.kind == "DEMONYM" and any(r.start == e.end for r in self.rec.roles):
                continue  # "Radical French" + "farmers": the demonym modifies the collective after it
            s = e.start + 1 if doc[e.start].lower_ == "the" else e.start
            name = doc[s : e.end].text
            iso3 = inner[0].key
            c = self.t.countries[iso3]
            sector = "REB" if insurgent else rs[0].key if rs else None
            d = self.acts.ensure(ActorDraft(id="org:" + slug(name), name=name, type="organisation", country=iso3,
                                            code=compose_code(c.cameo, sector), sector=sector, origin="ner"))
            self.acts.add(e.start, e.end, d.id, "name")

    def names_and_collectives(self) -> None:
        doc = self.doc
        self.national_orgs()
        self._communities()
        # collectives first: they take the country word with them
        for r in self.rec.roles:
            if r.start in self.rec.used_roles:
                continue
            self._collective_at(r)
        for m in self.names:
            if not self.acts.free(m.start, m.end):
                continue
            if m.kind not in ("DICT", "ORG") and m.start > 0 and doc[m.start - 1].lower_ in PERSONAL_TITLES:
                continue  # "Ms. Lyon said": a person's surname, not the place
            if m.kind == "DEMONYM" and language_compound(doc, m.end):
                continue  # "English-speaking regions": a language, no country (evfresh12, languages.py)
            if m.kind != "DICT" and any(i in self.person_tok for i in range(m.start, m.end)):
                ent_person = [e for e in (self.ent_at.get(m.start),) if e is not None and e.label_ == "PERSON"]
                # a PERSON entity that only adds a determiner or a possessive ending is no person
                # ("The Quai d'Orsay said", "Buenos Aires's criticism")
                if ent_person and _person_core(ent_person[0]) > (m.end - m.start):
                    continue  # "Jordan" inside "Jim Jordan"
            if m.kind == "DEMONYM" and m.end - m.start == 1 and doc[m.start].tag_ in ("NNPS", "NNS") \
                    and doc[m.start].dep_ not in ("amod", "compound"):
                ethnic = m.start > 0 and doc[m.start - 1].lower_ == "ethnic"
                home = self._residence(m, fallback=ethnic)  # "Kurds of eastern Turkey"
                first = m.start - 1
                if home is not None:  # "ethnic Albanians in Serbia": a community of the country of residence
                    c = self.t.countries[home]
                    d = self.acts.ensure(ActorDraft(
                        id=f"{c.cameo}CVL:{slug(doc[m.start].text)}", name=f"ethnic {doc[m.start].text} of {c.name}",
                        type="group", country=home, code=compose_code(c.cameo, "CVL"), sector="CVL", plural=True,
                        origin="collective"))
                    self.acts.add(first if ethnic else m.start, m.end, d.id, "nominal")
                    continue
                d = self._collective(m.key, "CVL", name=doc[m.start].text)  # "Palestinians": the people
                self.acts.add(m.start, m.end, d.id, "demonym")
            elif m.kind == "COUNTRY" or m.kind == "DEMONYM":
                d = self._country_draft(m.key)
                self.acts.add(m.start, m.end, d.id, "name" if m.kind == "COUNTRY" else "demonym")
            elif m.kind == "CAPITAL":
                p = m.start - 1
                while p > 0 and doc[p].lower_ in _PLACE_MODS:
                    p -= 1
                prev = doc[p].lower_ if p >= 0 else ""
                nxt = doc[m.end] if m.end < len(doc) else None
                seat_of = self.t.org_seat_of.get(doc[m.start:m.end].text)
                # "criticism / pressure from Brussels": the source of something, not a place
                source = prev == "from" and p > 0 and doc[p - 1].pos_ == "NOUN"
                if seat_of is not None and source:
                    d = self._org_draft(seat_of)
                elif prev in _LOCATIVE or (nxt is not None and nxt.lower_ in ("state", "county", "city")):
                    d = self._country_draft(m.key)
                elif seat_of is not None:
                    d = self._org_draft(seat_of)  # "Brussels criticised X": the EU, not Belgium
                else:
                    d = self._collective(m.key, "GOV")
                self.acts.add(m.start, m.end, d.id, "capital")
            elif m.kind == "ORGSEAT":
                # an organisation's city that is no capital: "Turtle Bay welcomed it" is the UN,
                # "talks in Frankfurt" only a place (no actor)
                p = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
                prev = doc[p - 1].lower_ if p > 0 else ""
                source = prev == "from" and p > 1 and doc[p - 2].pos_ == "NOUN"
                if prev in _LOCATIVE and not source:
                    continue
                d = self._org_draft(m.key)
                self.acts.add(m.start, m.end, d.id, "capital")
            elif m.kind == "SEAT":
                s = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
                d = self._seat(m)
                self.acts.add(s, m.end, d.id, "seat")
            elif m.kind == "ORG":
                d = self._org_draft(m.key)
                kind = "acronym" if doc[m.start : m.end].text.replace(".", "").isupper() else "name"
                self.acts.add(m.start, m.end, d.id, kind)
            elif m.kind == "DICT":
                e = self._dict_entry(m)
                longer = [x for x in (self.ent_at.get(m.start),) if x is not None and x.label_ == "ORG" and m.end <= x.end
                          and (x.end - x.start) > (m.end - m.start) + (doc[x.start].lower_ == "the")]
                if longer and e is not None and self.gaz.is_world(e):
                    continue  # "Democratic Party" inside "Democratic Party of Japan": another name
                if e is not None and e.type != "person":
                    d = self._dict_draft(e)
                    self.acts.add(m.start, m.end, d.id, "name")
        self._coordinations()

    def _inside_office_name(self, r: Match) -> bool:
        """The role word is a modifier inside a capitalised office name that goes on after it
        ("Migrant" in "the Interior Ministry Migrant Screening Office")."""
        doc = self.doc
        if not doc[r.end - 1].is_title:
            return False
        k = r.end
        while k < len(doc) and k - r.end < 4 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN"):
            k += 1
        return k > r.end and doc[k - 1].lower_ in _OFFICE_HEADS

    def _other_body(self, prep: Token, sector: str) -> bool:
        """Whether an "of" complement names a body of another sector than the role's ("officials of
        the Kenyan teachers' union": the union's officials, not the Kenyan government's; "leaders of
        the opposition alliance"), by :func:`other_body` with the actor tables' collectives."""
        coll = self.t.collectives
        return other_body(prep, lambda h: coll.get(h.lower_) or coll.get(h.lemma_.lower()), sector) is not None

    def _collective_at(self, r: Match) -> None:
        """A role/collective noun with a country modifier: "Turkish police", "Jordanian official"."""
        doc = self.doc
        if self._inside_office_name(r):
            return
        if r.key == "GOV" and community_leaders(doc[r.end - 1]):
            return  # "Maori tribal leaders", "First Nations leaders in X": a community's, not the state's
        j = r.start
        extra = 0
        while j > 0 and j - 1 not in self.acts.taken and j - 1 not in self.name_at:
            t = doc[j - 1]
            if t.lower_ in _SKIP_MODS:
                j -= 1
            elif hyphenated_backer(t):
                break  # "the UN-backed government", "Iran-backed militias": the backer is not the body's
                # (unhyphenated, "Turkish trained militias" are Turkish: the participle is a modifier)
            elif (extra < 2 and t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB") and t.dep_ in ("compound", "amod")
                  and r.start <= t.head.i < r.end + 1 and (t.is_lower or t.pos_ != "PROPN" or t.i > 0)):
                j -= 1  # "Nicaragua's Sandinista government", "Vietnamese-led forces"
                extra += 1
            elif t.text in ("-", "–") and extra < 3 and not (t.whitespace_ and dateline_before(doc, t.i)):
                j -= 1  # (not the dash of "BILBAO, Spain - Shopkeepers": a dateline's country is none of theirs)
            else:
                break
        mods: list[Match] = []
        mod, k = self._modifier_before(j)
        while mod is not None and self.acts.free(mod.start, mod.end):
            mods.append(mod)
            # coordination: "Czech and Slovak engineers"
            ci = k - 1
            if ci > 0 and doc[ci].lower_ in ("and", ",", "or"):
                mod, k = self._modifier_before(ci)
                continue
            break
        if not mods:
            # "the government of Turkey", "president of Armenia"
            head = doc[r.end - 1]
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of" and not self._other_body(c, r.key):
                    for p in (x for pc in c.children for x in pc.subtree if x.i <= pc.i):  # "of Sindh province"
                        m = self.name_at.get(p.i)
                        if m is not None and m.kind in ("COUNTRY", "DEMONYM") and self.acts.free(m.start, m.end):
                            lo = r.start
                            while lo > 0 and doc[lo - 1].lower_ in _SUBNATIONAL:
                                lo -= 1
                            if lo < r.start and self._local_government(r, lo, m.key, m.end):
                                return
                            d = self._collective(m.key, r.key)
                            start = r.start - 1 if r.start > 0 and doc[r.start - 1].lower_ == "the" else r.start
                            if self.acts.free(start, m.end):
                                self.acts.add(start, m.end, d.id, "nominal")
                                self.rec.used_roles.add(r.start)
            if r.start in self.rec.used_roles or r.kind != "COLL" or not self.acts.free(r.start, r.end):
                return
            pm = self.acts.mention_at(j - 1) if j > 0 and doc[j - 1].ent_type_ == "PERSON" else None
            if pm is not None and r.key == "GOV" and self.acts.drafts[pm.actor].country:
                # "the Bush administration", "the Putin government": the leader's government
                leader = self.acts.drafts[pm.actor]
                leader_state = self.t.countries.get(leader.country or "")
                code = compose_code(leader_state.cameo if leader_state else leader.country, "GOV")
                d = self.acts.ensure(ActorDraft(
                    id=f"{code}:{slug(leader.name)}", name=f"{leader.name} {doc[r.start:r.end].text.lower()}",
                    type="organisation", country=leader.country, code=code, sector="GOV", plural=True,
                    origin="collective"))
                self.acts.add(r.start, r.end, d.id, "nominal")
                self.rec.used_roles.add(r.start)
                return
            if pm is not None and r.key == "GOV" and self.acts.drafts[pm.actor].type == "person" \
                    and doc[r.end - 1].lower_ == "administration" and j - 1 == pm.end - 1:
                # "the Brandt administration" of a person the tables do not place: that leader's
                # administration, of no known state ("the administration" later refers to it)
                leader = self.acts.drafts[pm.actor]
                d = self.acts.ensure(ActorDraft(
                    id=f"GOV:{slug(leader.name)}", name=f"{leader.name} administration", type="organisation",
                    code="GOV", sector="GOV", plural=True, origin="collective"))
                self.acts.add(r.start, r.end, d.id, "nominal")
                self.rec.used_roles.add(r.start)
                return
            loc = located_collective(doc, r, self.name_at)
            if loc is not None:  # "the municipal authorities in Lyon": a local government of the place's state
                lo = r.start
                while lo > 0 and doc[lo - 1].lower_ in _SUBNATIONAL:
                    lo -= 1
                if lo < r.start and self._local_government(r, lo, loc[0], loc[1]):
                    return
            if loc is not None and self.acts.free(r.start, loc[1]):  # "rebels in Chad": one phrase
                body = self._seated_body(r, loc[1])
                d = body if body is not None else self._collective(loc[0], r.key)
                self.acts.add(r.start, loc[1], d.id, "nominal")
                self.rec.used_roles.add(r.start)
            else:
                sector_collective(doc, self.acts, r)
            return
        if (r.kind == "ROLE" and doc[r.end - 1].lower_ in CANDIDACY_NOUNS and r.end - r.start <= 2
                and all(self._countryish(m)[1] is not None for m in mods)):
            # "the Labour candidate", "the GOP nominee": one person standing for the body, not the body;
            # left to the person coreference of the role ("the nominee" -> the one nominee named)
            return
        former = any(doc[i].lower_ in self.t.former for i in range(mods[-1].start, r.start))
        sector = "ELI" if (former and r.kind == "ROLE") else r.key
        if self._local_government(r, mods[-1].start, self._countryish(mods[0])[0]):
            return
        for n, m in enumerate(mods):
            if m.kind == "DEMONYM" and language_compound(doc, m.end):
                continue  # "Russian-speaking separatists": a language, no country (evfresh12, languages.py)
            country, org = self._countryish(m)
            if country is None and org is None:
                continue
            if m.kind == "DEMONYM" and m.start > 0 and doc[m.start - 1].lower_ == "ethnic":
                # "ethnic Albanian guerrillas in Macedonia": coded by the country of residence
                country = self._residence(m, head_tok=r.end - 1) or country
            if r.kind == "ROLE" and n == 0:
                # a named person with this role and country: "the Russian foreign minister"
                pd = self._person_with(doc[r.start : r.end].text.lower(), country)
                if pd is not None:
                    self.acts.add(m.start, r.end, pd.id, "nominal")
                    self.rec.used_roles.add(r.start)
                    return
            d = self._collective(country, sector, org) if country else self._collective("", sector, org)
            end = r.end if n == 0 else m.end
            self.acts.add(m.start, end, d.id, "nominal" if n == 0 else "demonym")
        self.rec.used_roles.add(r.start)

    def _local_government(self, r: Match, start: int, country: str | None, end: int | None = None) -> bool:
        """"Catalonia's regional government", "the devolved administration of Wales", "the provincial
        government of Sindh": a government below the state's (a modifier of :data:`_SUBNATIONAL`
        before the role), its own actor of the state's country (README section 4: sub-national
        governments get the state's code), never the state's government. True when one was added."""
        doc = self.doc
        if r.key != "GOV" or country is None or country not in self.t.countries \
                or not any(doc[i].lower_ in _SUBNATIONAL for i in range(max(0, r.start - 3), r.start)):
            return False
        end = end if end is not None else r.end
        lo = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
        if not self.acts.free(lo, end):
            return False
        c = self.t.countries[country]
        name = doc[start:end].text
        d = self.acts.ensure(ActorDraft(id=f"{collective_id(c.cameo, 'GOV')}:{slug(name)}", name=name,
                                        type="organisation", country=country, code=compose_code(c.cameo, "GOV"),
                                        sector="GOV", plural=True, origin="collective"))
        self.acts.add(lo, end, d.id, "nominal")
        self.rec.used_roles.add(r.start)
        return True

    def _seated_body(self, r: Match, end: int) -> ActorDraft | None:
        """"officials in Brussels" after "the European Commission said": the international body
        seated in that city and named before in the article (the latest of them), not the host
        state's government (:data:`_SEATS`)."""
        if r.key != "GOV":
            return None
        prefix = _SEATS.get(self.doc[end - 1].text)
        if prefix is None:
            return None
        best: Match | None = None
        for m in self.names:
            if m.start >= r.start:
                break
            if m.kind == "ORG" and (self.t.orgs[m.key].code or "").startswith(prefix):
                best = m
        return self._org_draft(best.key) if best is not None else None

    def _communities(self) -> None:
        """"Bosnian Serbs", "Iraqi Turkmens": a people living in another country (its CVL group)."""
        doc = self.doc
        for m in self.names:
            adj = self.name_end.get(m.start)
            if (m.kind != "DEMONYM" or adj is None or adj.kind != "DEMONYM" or adj.key == m.key
                    or doc[m.end - 1].tag_ not in ("NNPS", "NNS") or not self.acts.free(adj.start, m.end)):
                continue
            if m.end < len(doc) and self.gaz.tables.collectives.get(doc[m.end].lower_):
                continue  # "Bosnian Serb forces": a collective of the people, left to the role rules
            c = self.t.countries[adj.key]
            d = self.acts.ensure(ActorDraft(
                id=f"{c.cameo}CVL:{slug(doc[m.start].text)}", name=doc[adj.start : m.end].text, type="group",
                country=adj.key, code=compose_code(c.cameo, "CVL"), sector="CVL", plural=True, origin="collective"))
            self.acts.add(adj.start, m.end, d.id, "nominal")

    def _residence(self, m: Match, head_tok: int | None = None, fallback: bool = True) -> str | None:
        """The country an ethnic group lives in: "ethnic Turks in Bulgaria", else (with
        ``fallback``) the one other country named in the sentence (None when none or several)."""
        doc = self.doc
        head = doc[m.start if head_tok is None else head_tok]
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
                for p in c.subtree:
                    k = self.name_at.get(p.i)
                    if k is not None and k.kind == "COUNTRY" and k.key != m.key:
                        return k.key
        if not fallback:
            return None
        sent = head.sent
        others = {k.key for k in self.names if sent.start <= k.start < sent.end and k.kind in ("COUNTRY", "DEMONYM")
                  and k.key != m.key and doc[k.start].tag_ not in ("NNPS", "NNS")
                  and not border_modifier(doc[k.end - 1])}  # ("a town near the Thai border": not Thailand)
        return others.pop() if len(others) == 1 else None

    def _person_with(self, role: str, country: str | None) -> ActorDraft | None:
        if role == "counterpart":
            found = [d for d in self.acts.drafts.values()
                     if d.type == "person" and d.origin == "counterpart" and d.country == country]
            return found[0] if len(found) == 1 else None
        found = [d for d in self.acts.drafts.values()
                 if d.type == "person" and d.role and (d.role == role or d.role.endswith(" " + role))
                 and (country is None or d.country == country)]
        return found[0] if len(found) == 1 else None

    def _coordinations(self) -> None:
        """Record coordinated actors ("Turkey and Russia", "Johnson and Weld") for groups and "they"."""
        doc = self.doc
        for tm in list(self.acts.mentions):
            d = self.acts.drafts[tm.actor]
            if d.type == "group":
                continue
            head = doc[tm.end - 1]
            members = [d.id]
            end = tm.end
            stack = [head]
            while stack:  # "A, B and C": the conj chain A -> B -> C
                h = stack.pop()
                for c in h.children:
                    if c.dep_ != "conj":
                        continue
                    om = self.acts.mention_at(c.i)
                    if om is not None and om.actor not in members and self.acts.drafts[om.actor].type != "group":
                        members.append(om.actor)
                        end = max(end, om.end)
                        stack.append(c)
            if len(members) >= 2 and any(self.acts.drafts[m].type == "media" for m in members):
                # outlets ("polls by CNN and The Ledger"): the coordination as a whole is the group's
                # phrase, but no antecedent of "they" or "both sides" (news copy rarely means them)
                self.rec.coord_spans.append((tm.start, end, tuple(members)))
            elif len(members) >= 2:
                self.rec.coords.append((tm.start, tuple(members)))
                self.rec.coord_spans.append((tm.start, end, tuple(members)))
                if all(self.acts.drafts[m].type == "state" for m in members):
                    self.rec.coord_states.append((tm.start, tuple(members)))

    # -- other organisations ------------------------------------------------------------------
    def other_orgs(self) -> None:
        doc = self.doc
        for e in self.ents:
            bc = body_by_context(e, self.t) if e.label_ == "PERSON" else None  # "X, which owns ...": a body
            if bc == "" and e.end + 1 < len(doc) and doc[e.end + 1].lower_ != "which":
                bc = None  # "X, a Spanish charity": _described_companies names it, with its country
            if (e.label_ != "ORG" and not company_like(e, self.t) and bc is None) or not self.acts.free(e.start, e.end):
                continue
            s = e.start + 1 if doc[e.start].lower_ == "the" else e.start
            while s == e.start and s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title \
                    and doc[s - 1].dep_ == "compound" and e.start <= doc[s - 1].head.i < e.end \
                    and doc[s - 1].ent_type_ in ("", "PRODUCT") and self.acts.free(s - 1, s):
                s -= 1  # "the Richards Bay Coal Terminal" with "Richards" left out of the entity
            end = e.end
            while end > s and doc[end - 1].text in ("'s", "’s", "'", "’"):
                end -= 1
            if end <= s:
                continue
            name = doc[s:end].text
            if len(name) < 2 or not name[:1].isupper():
                continue
            if end - s == 1 and doc[s].lower_ in _BODY_WORDS:
                continue  # "Bank officials said", "Agency staff": a common noun capitalised, no name
            is_media = any(t.lower_ in _ORG_MEDIA_WORDS for t in doc[s:end]) and not state_agency(doc[s:end])
            aid = ("media:" if is_media else "org:") + slug(name)
            # a name ending in a company word is a company ("First Quantum Minerals", "Barrick Gold")
            sector = "MED" if is_media else ("BUS" if doc[end - 1].text in COMPANY_WORDS or bc == "BUS" else None)
            d = self.acts.ensure(ActorDraft(id=aid, name=name, type="media" if is_media else "organisation",
                                            is_source=is_media, sector=sector, origin="ner"))
            self.acts.add(min(s, e.start), end, d.id, "name")
        self._described_companies()
        for lo, hi, sector in untagged_bodies(doc, self.t) + named_after_body_noun(doc, self.t):
            # "Kestrel Mills, which owns the dyeworks, said", "The carrier, Northwind Ferries, said"
            if self.acts.free(lo, hi) and not any(i in self.name_at for i in range(lo, hi)):
                name = doc[lo:hi].text
                d = self.acts.ensure(ActorDraft(id="org:" + slug(name), name=name, type="organisation",
                                                sector=sector or None, origin="ner"))
                self.acts.add(lo, hi, d.id, "name")
        for lo, hi in described_company_names(doc, self.t):
            # "the low-cost carrier Kestrel Wings": a name of several words after a company's description
            if self.acts.free(lo, hi) and not any(i in self.name_at for i in range(lo, hi)):
                name = doc[lo:hi].text
                d = self.acts.ensure(ActorDraft(id="org:" + slug(name), name=name, type="organisation",
                                                sector="BUS", origin="ner"))
                self.acts.add(lo, hi, d.id, "name")
        self._spokesman_bodies()
        self._officials_of_unknown_places()
        self._bare_commission()

    def _bare_commission(self) -> None:
        """"a Commission proposal", "the Commission said": a bare capitalised Commission (no name word
        before it, no "of / on / for <Name>" after it) in an article about the EU (the EU, Brussels or
        "European" named, or two member states) is the European Commission; not where the text names
        another commission (a later bare "the Commission" is that one)."""
        doc = self.doc
        if "IGO:EUCOM" not in self.t.orgs:
            return
        hits = [t for t in doc if t.text == "Commission" and self.acts.free(t.i, t.i + 1)
                and (t.i == 0 or not (doc[t.i - 1].is_title or doc[t.i - 1].is_upper) or doc[t.i - 1].is_sent_start
                     and doc[t.i - 1].lower_ in ("the", "a", "this"))
                and (t.i == 0 or doc[t.i - 1].lower_ in ("the", "a", "an", "this", "'s", "’s"))
                and not (t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("of", "on", "for", "in")
                         and doc[t.i + 2].is_title)]
        if not hits:
            return
        if any(t.text == "Commission" and t.i > 0 and t.i < hits[0].i and not self.acts.free(t.i, t.i + 1)
               for t in doc) or any(d.id != "IGO:EUCOM" and d.name.endswith("Commission")
                                    for d in self.acts.drafts.values()):
            return  # "Italy's National Energy Commission ...; the Commission later ...": that one
        members = {c for c in self.acts.country_at.values() if c in _EU_MEMBERS}
        if len(members) < 2 and not any(t.text in _EU_WORDS for t in doc):
            return
        d = self._org_draft("IGO:EUCOM")
        for t in hits:
            self.acts.add(t.i, t.i + 1, d.id, "name")

    def _officials_of_unknown_places(self) -> None:
        """"VAXJO, Sweden - ... Officials in Vaxjo said": officials or authorities placed by "in" in a
        town the tables do not know are that town's own, a local government of the article's state
        (the dateline's country; id ``<STATE>GOV:<town>`` as for other governments below the
        state's), named by the town. Only for a settlement: the dateline's own town repeated, or
        words the tagger calls a geopolitical entity that end in no region word ("Silicon Valley",
        "the Rift Valley" are no towns with officials); with no dateline country, no actor. A town
        the tables know goes to its state (:func:`.groups.located_collective`)."""
        doc = self.doc
        country: str | None | bool = False  # (looked up on first use)
        for tok in doc:
            if tok.lower_ not in ("officials", "authorities") or tok.tag_ != "NNS" or tok.i in self.acts.taken \
                    or any(c.dep_ == "poss" for c in tok.children):
                continue
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.i + 1), None)
            if prep is None:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.pos_ != "PROPN" or pobj.i != prep.i + 1 + sum(
                    1 for c in pobj.children if c.dep_ == "compound"):
                continue
            lo, hi = prep.i + 1, pobj.i + 1
            words = doc[lo:hi]
            # the dateline's town again in the body ("GENERAL SANTOS, Philippines - ... officials in
            # General Santos"), reserved from the actors as a place, is where these officials sit
            reserved = {i for i in range(lo, hi) if i in self.acts.taken and self.acts.mention_at(i) is None}
            town = len(reserved) == hi - lo or all(w.ent_type_ == "GPE" for w in words) \
                or words.text.lower() in {doc[a:b].text.lower() for a, b in dateline_places(doc)}
            if not town or not 1 <= len(words) <= 3 \
                    or not all(w.is_title and w.is_alpha and w.pos_ == "PROPN" for w in words) \
                    or words[-1].lower_ in _AREA_WORDS \
                    or any(i in self.acts.taken and i not in reserved for i in range(lo, hi)) \
                    or any(i in self.name_at for i in range(lo, hi)) \
                    or (hi < len(doc) and doc[hi].is_title and doc[hi].pos_ == "PROPN"):
                continue
            start = min([c.i for c in tok.children if c.i < tok.i and c.dep_ in ("det", "amod")] + [tok.i])
            if not self.acts.free(start, lo):
                continue
            if country is False:
                country = dateline_country(doc)
            if not isinstance(country, str) or country not in self.t.countries:
                continue
            self.acts.taken.difference_update(reserved)
            c = self.t.countries[country]
            name = words.text
            d = self.acts.ensure(ActorDraft(id=f"{collective_id(c.cameo, 'GOV')}:{slug(name)}", name=name,
                                            type="organisation", country=country, code=compose_code(c.cameo, "GOV"),
                                            sector="GOV", plural=True, origin="collective"))
            self.acts.add(start, hi, d.id, "nominal")

    def _spokesman_bodies(self) -> None:
        """"Tugela spokeswoman Thandi Zulu said": capitalised words the tagger left without an
        actor, as the modifier of a spokesman noun that a name follows, are the body that person
        speaks for (an organisation; a person's spokesman, "Clinton spokesman X", has its person)."""
        doc = self.doc
        for tok in doc:
            if tok.lower_ not in ("spokesman", "spokeswoman", "spokesperson") or tok.i + 1 >= len(doc) \
                    or doc[tok.i + 1].pos_ != "PROPN":
                continue
            lo = tok.i
            while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].is_title and doc[lo - 1].is_alpha \
                    and doc[lo - 1].dep_ == "compound" and tok.i - lo < 3:
                lo -= 1
            if lo == tok.i or not self.acts.free(lo, tok.i) or any(i in self.name_at for i in range(lo, tok.i)) \
                    or any(doc[i].ent_type_ not in ("", "ORG", "PRODUCT", "GPE") for i in range(lo, tok.i)):
                continue
            words = doc[lo:tok.i]
            if any(w.lower_ in _BODY_WORDS or w.lower_ in PERSONAL_TITLES for w in words) \
                    or (lo > 0 and doc[lo - 1].is_title and doc[lo - 1].is_alpha and not doc[lo - 1].is_sent_start):
                continue  # "Ministry spokesman X", or inside a longer capitalised run
            name = words.text
            d = self.acts.ensure(ActorDraft(id="org:" + slug(name), name=name, type="organisation", origin="ner"))
            self.acts.add(lo, tok.i, d.id, "name")

    def _claim_description(self, noun: Token, d: ActorDraft) -> None:
        """The description in apposition to a name ("an Italian charity") is the named body's: a
        country collective made of it alone (its every mention inside the description) moves to
        the body, so that "the charity" later is the body, not the country's charities."""
        lo, hi = noun.left_edge.i, noun.i + 1
        for m in self.acts.between(lo, hi):
            if m.end > hi or m.actor == d.id:
                continue
            other = self.acts.drafts[m.actor]
            if other.origin == "collective" and all(lo <= x.start and x.end <= hi for x in self.acts.mentions_of(m.actor)):
                self.rec.relink(self.acts.relink(m.actor, d.id))
        if self.acts.free(lo, hi):
            self.acts.add(lo, hi, d.id, "nominal")

    def _described_companies(self) -> None:
        """"Kerrow, the Australian mining company, said ...": a capitalised name the tagger missed,
        with an apposition headed by a company noun, is that company (of the apposition's country)."""
        doc = self.doc
        for c in (t for t in doc if t.dep_ == "appos" and (_company_appos(t) or _charity_appos(t))):
            tok = c.head
            if (tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG", "PERSON") or c.i < tok.i
                    or not any(x.dep_ == "det" and x.lower_ in ("the", "a", "an") for x in c.children)):
                continue
            lo = tok.i
            while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == tok.i \
                    and doc[lo - 1].pos_ == "PROPN":
                lo -= 1
            words = doc[lo : tok.i + 1]
            if not all(w.is_title and w.is_alpha for w in words) or not self.acts.free(lo, tok.i + 1):
                continue
            if any(w.lower_ in _BODY_WORDS or w.lower_ in PERSONAL_TITLES for w in words):
                continue
            if tok.ent_type_ == "PERSON" and _company_appos(c) and not any(w.lower_ in _TRADE_WORDS for w in words):
                continue  # a person's name stays a person's, unless the name says a trade ("Talbot Rail")
            countries = {m.key for x in c.subtree if (m := self.name_at.get(x.i)) is not None
                         and m.kind in ("COUNTRY", "DEMONYM")}
            country = countries.pop() if len(countries) == 1 else None
            name = words.text
            sector = "BUS" if _company_appos(c) else "NGO"  # "Mare Aperto, an Italian charity,"
            cc = self.t.countries[country].cameo if country else None
            d = self.acts.ensure(ActorDraft(id="org:" + slug(name), name=name, type="organisation", country=country,
                                            code=cc if sector == "BUS" else compose_code(cc, sector),
                                            sector=sector, origin="ner"))
            self.acts.add(lo, tok.i + 1, d.id, "name")
            if sector == "NGO":  # the description is the charity's own ("an Italian charity"), no collective
                self._claim_description(c, d)
        for tok in doc:  # "Chile's state copper company Codelco said": the name after its description
            # (also a name the tagger took for a person's or the gazetteer for a town's: "U.S. drugmaker
            # Pfizer", "copper miner Antofagasta": the description says what it is)
            if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG", "GPE", "PRODUCT", "PERSON") \
                    or (tok.i in self.name_at and self.name_at[tok.i].kind not in _TOWN_KINDS) \
                    or not tok.is_title or not tok.is_alpha or tok.i == 0:
                continue
            desc = doc[tok.i - 1]
            # the description hangs on the name, or the name on the description as its apposition
            # ("state logistics group Nyali" parsed either way)
            if not company_description(desc, tok):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" or not self.acts.free(tok.i, tok.i + 1):
                continue  # (one word only: "the mining company Rio Tinto" is a name the tables know)
            lefts = list(tok.lefts) if desc.head.i == tok.i else [desc]
            countries = {m.key for x in lefts for y in x.subtree if (m := self.name_at.get(y.i)) is not None
                         and m.kind in ("COUNTRY", "DEMONYM") and y.i < tok.i}
            country = countries.pop() if len(countries) == 1 else None
            d = self.acts.ensure(ActorDraft(id="org:" + slug(tok.text), name=tok.text, type="organisation",
                                            country=country,
                                            code=self.t.countries[country].cameo if country else None,
                                            sector="BUS", origin="ner"))
            self.acts.add(tok.i, tok.i + 1, d.id, "name")


#: gazetteer kinds of places a company may share its name with ("copper miner Antofagasta")
_TOWN_KINDS = frozenset({"PLACE"})
#: Last words of places that are regions, not towns with officials of their own ("Silicon Valley")
#: (not the continent words of _REGION_WORDS).
_AREA_WORDS = frozenset({"valley", "region", "district", "province", "county", "state", "coast", "delta",
                         "basin", "highlands", "mountains", "hills", "islands", "peninsula", "plateau", "desert",
                         "area", "belt", "corridor", "strip", "bank", "territory", "territories"})


#: Head nouns of an apposition that say a name is a non-governmental organisation's ("X, an
#: Italian charity that runs a rescue ship,", "X, a rights group based in Nairobi,").
_CHARITY_APPOS = frozenset({"charity", "nonprofit", "non-profit", "ngo"})
_CHARITY_GROUP_WORDS = frozenset({"aid", "rights", "relief", "humanitarian", "advocacy", "charity", "campaign",
                                  "environmental", "conservation", "medical"})


def _charity_appos(noun: Token) -> bool:
    """An apposition head that says its name is a charity: a charity noun, or "group" /
    "organisation" with a modifier of what it campaigns for ("a rights group", "an aid organisation")."""
    w = noun.lemma_.lower()
    if w in _CHARITY_APPOS:
        return True
    return w in ("group", "organisation", "organization", "agency") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _CHARITY_GROUP_WORDS for c in noun.children)


#: Common nouns of bodies that the tagger takes for a name when capitalised at the start of a
#: sentence ("Ministry officials said"): alone, they name no organisation.
_BODY_WORDS = frozenset({"bank", "agency", "ministry", "department", "company", "firm", "group", "committee",
                         "commission", "court", "council", "administration", "government", "authority", "office",
                         "bureau", "board", "union", "party", "campaign", "corporation", "organization",
                         "organisation", "institute", "foundation", "fund"})


class _GovernmentNames(dict[str, str]):
    """ISO3 -> "<adjective> government", looked up in the tables on first use."""

    def __init__(self, tables: Tables) -> None:
        super().__init__()
        self.tables = tables

    def __missing__(self, iso3: str) -> str:
        c = self.tables.countries.get(iso3)
        if c is None:
            raise KeyError(iso3)
        self[iso3] = name = collective_name(c.name, c.demonyms, "GOV")
        return name


def recognize(doc: Doc, gaz: Gazetteer, acts: DocActors, *, date: str | None = None) -> Recognition:
    """Run recognition; returns what coreference needs."""
    r = _Recognizer(doc, gaz, acts, date)
    r.rec.government_names = _GovernmentNames(gaz.tables)
    region_adjective_governments(doc, acts, r.t)  # ("the Tyrolean government": Tyrol's, sideb4)
    local_governments(doc, acts, r.t)  # ("the Manitoba government", "the city of Bordeaux": before the roles take them)
    trade_bodies(doc, acts, r.t, r.name_at)  # ("Peru's growers' federation", sideb4)
    described_lobbies(doc, acts, r.t, r.name_at)  # ("Italy's main farm lobby": not Italy)
    plural_parties(doc, acts, r.t)  # ("Sweden's Social Democrats": a party, not Sweden)
    party_groups(doc, acts)
    r.persons()
    r.names_and_collectives()
    regional_groupings(doc, acts)
    state_bodies(doc, acts)
    named_parties(doc, acts)
    titled_bodies(doc, acts, r.rec, r.t, r.name_at)
    described_bodies(doc, acts, r.t, r.name_at, r.rec)
    r.other_orgs()
    link_acronyms(doc, acts, r.rec)
    link_defined_acronyms(doc, acts, r.rec)
    compound_state_bodies(doc, acts, r.t)  # ("a government plan": the dateline state's government)
    return r.rec


#: Words an acronym skips in the name it abbreviates ("Federal Deposit Insurance Corporation" ->
#: FDIC, "Bureau of Labor Statistics" -> BLS).
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&", "to", "de", "du", "des", "la", "le"})


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _ACRONYM_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def link_acronyms(doc: Doc, acts: DocActors, rec: Recognition | None = None) -> None:
    """An organisation the article names only by an acronym ("the RNC said") is the one body named
    in full whose initials the acronym spells ("the Republican National Committee"): one actor,
    under the full name. Only acronyms of two to six capitals that no table knows (a table's
    acronym is already the body's), and only when exactly one named body fits. The ids
    recognition holds (``rec``: coordinations, person ids) follow the merged actor."""
    named = [d for d in acts.drafts.values() if d.type in ("organisation", "igo", "media") and not d.plural]
    initials = {d.id: _initials(d.name) for d in named}
    for d in list(acts.drafts.values()):
        if d.origin != "ner" or d.type not in ("organisation", "media") or acts.drafts.get(d.id) is not d:
            continue  # (or merged into another already)
        if not is_acronym(d.name):
            continue
        acro = d.name.replace(".", "")
        if any(doc[m.start:m.end].text.replace(".", "") != acro for m in acts.mentions_of(d.id)):
            continue
        fits = [o for o in named if o.id != d.id and acts.drafts.get(o.id) is o and initials[o.id] == acro]
        if len(fits) == 1:
            moved = acts.relink(d.id, fits[0].id)
            if rec is not None:
                rec.relink(moved)
