"""Person rules of actor recognition: names from NER (with model-error fixes), roles and
countries from titles, noun-phrase modifiers, appositions and "counterpart" phrases.

A mixin of the recogniser in :mod:`.actor_recognize` (split out to keep modules small).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...actors.codes import TITLE_WORDS, compose_code, person_id
from ...actors.dictionary import DictEntry
from ...actors.tables import Tables
from ..common.backers import BACKER_PARTICIPLES  # (re-exported: moved to nlp/common/backers.py)
from .appos_nouns import _PERSON_NOUNS
from .company_nouns import (  # (moved there: .described_names uses them and .roles calls it)
    _COMMODITIES,
    _PERSON_MODS,
    company_description,
)
from .gazetteer import Gazetteer, Match
from .persons import PERSONAL_TITLES, PersonMention, clean_name, cluster_persons, surname
from .place_objects import named_as_place
from .state import ActorDraft, DocActors, Recognition

__all__ = ["PersonRules", "SECTOR_LABELS", "BACKER_PARTICIPLES", "collective_name"]

SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "COP": "police", "LEG": "legislature", "JUD": "judiciary",
    "OPP": "opposition", "REB": "rebels", "PTY": "party", "MED": "media", "HLH": "health sector",
    "EDU": "education sector", "BUS": "business", "LAB": "labour", "AGR": "farmers", "REF": "refugees",
    "CVL": "civilians", "ELI": "elites", "SPY": "intelligence", "REL": "religious leaders",
}  # fmt: skip


def collective_name(country_name: str, demonyms: list[str] | tuple[str, ...], sector: str) -> str:
    """"Hungarian government", "Kenyan police": a country's collective of a sector, named by the
    country's adjective (its first demonym that is no plural), else by the country's name."""
    label = SECTOR_LABELS.get(sector, sector.lower())
    adj = next((d for d in demonyms if not d.endswith("s") or d.endswith("ss") or d in ("Swiss",)), None)
    return f"{adj or country_name} {label}"


_COUNTRYISH = frozenset({"COUNTRY", "DEMONYM", "CAPITAL", "SEAT", "ORG", "DICT"})
_LOCATIVE = frozenset({"in", "at", "from", "to", "into", "near", "outside", "around", "across", "inside",
                       "via", "toward", "towards", "through", "throughout", "within", "between", "of"})
_SKIP_MODS = frozenset({"senior", "top", "high", "high-ranking", "local", "new", "current", "official", "chief",
                        "leading", "main", "acting", "interim", "visiting", "then", "outgoing", "incoming",
                        "junior", "former", "ex", "retired", "two", "three", "several", "some", "many",
                        "other", "federal", "national", "regional", "central", "state", "provincial"})
_FEMALE_ROLE = ("woman", "wife", "queen", "princess")
_MALE_ROLE = ("man", "king", "prince", "husband")
#: Last words of institution and place names that start with a given name ("Sandy Hook").
_PLACE_WORDS = frozenset({"city", "county", "hook", "harbor", "harbour", "bay", "island", "valley", "creek", "falls",
                          "hill", "hills", "beach", "park", "square", "garden", "gardens", "bowl", "airport",
                          "university", "college", "school", "museum", "foundation", "institute", "center",
                          "centre", "corporation", "company", "group", "productions", "ministries", "capital",
                          "partners", "union", "party", "show", "hall", "street", "avenue", "road", "bridge",
                          "church", "hospital", "stadium", "arena", "club", "fund", "trust", "bank", "press",
                          "books", "records", "media", "news", "times", "post", "review", "day", "act", "doctrine",
                          "prize", "award", "awards", "memorial", "library", "river", "lake", "mountain", "point"})
#: Nouns of sites and places: a name modifying one ("the Grasberg mine", "Tahrir Square") names
#: the site, and the same bare name later in the article is the site too, not a person.
_SITE_WORDS = frozenset({"mine", "mines", "oilfield", "gasfield", "refinery", "smelter", "dam", "reservoir", "port",
                         "harbour", "harbor", "terminal", "pipeline", "deposit", "airbase", "airport", "prison",
                         "jail", "crossing", "checkpoint", "square", "district", "province", "county", "valley",
                         "river", "lake", "island", "desert", "basin", "township", "village", "quarry", "concession",
                         "reactor", "oasis", "plateau", "gorge", "strait", "peninsula"})
#: Prepositions of place: a one-word name as their object is a place ("protests in Soweto").
_AT_PLACE = frozenset({"in", "at", "near", "outside", "inside", "around"})
_ATTITUDE = frozenset({"confidence", "faith", "trust", "interest", "belief", "role", "stake", "share", "investment",
                       "hope", "hopes", "pride", "disappointment"})
_NOT_PERSON = frozenset({"republican", "democrat", "democratic", "gop", "independent", "libertarian",
                         "conservative", "liberal", "progressive"})
_ORG_MEDIA_WORDS = frozenset({"news", "times", "post", "journal", "agency", "tribune", "herald", "gazette",
                              "daily", "magazine", "television", "tv", "radio", "press", "newspaper"})



#: Last words of company names the tagger takes for persons ("Barrick Gold", "Lundin Mining")
COMPANY_WORDS = frozenset({"Gold", "Mining", "Minerals", "Resources", "Metals", "Energy", "Petroleum", "Oil", "Gas",
                           "Holdings", "Group", "Capital", "Partners", "Motors", "Airlines", "Airways", "Steel",
                           "Copper", "Coal", "Industries", "Technologies", "Pharmaceuticals", "Foods", "Ventures",
                           "Investments", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC",
                           "Plc", "AG", "SA", "NV", "Enterprises", "Logistics", "Shipping", "Telecom", "Insurance",
                           "Securities", "Exploration", "Diamonds", "Uranium", "Lithium", "Nickel", "Iron", "Cement",
                           "Chemicals", "Solar", "Power", "Utilities", "Bancorp", "Financial", "Brands", "Water",
                           "Motor"})


#: Last words that make any name an organisation's, even after a given name ("Christian Media
#: Service", "Grace Community Foundation"): no person's surname
ORG_HEAD_WORDS = frozenset({"Service", "Services", "Institute", "Foundation", "Association", "Agency", "Council",
                            "Committee", "Commission", "University", "College", "Network", "Coalition", "Alliance",
                            "Federation", "Society", "Center", "Centre", "Project", "Fund", "Trust", "Bureau"})


def company_like(e: Span, tables: Tables) -> bool:
    """A PERSON entity that is a company or organisation name: it ends in an organisation word, or
    in a company word without starting with a given name ("Barrick Gold" is a company, "Harriet
    Gold" a person)."""
    if e.label_ != "PERSON" or len(e) < 2:
        return False
    if e[-1].text in ORG_HEAD_WORDS:
        return True
    first = e[0].text
    if first in tables.male or first in tables.female:
        return False
    return e[-1].text in COMPANY_WORDS




def _described_company(e: Span) -> bool:
    """A one-word PERSON entity after a company's description hung on it ("U.S. drugmaker Pfizer",
    "copper miner Vale"): the company the description says it is, not a person."""
    if len(e) != 1 or e.start == 0:
        return False
    desc = e.doc[e.start - 1]
    if not company_description(desc, e[0]):
        return False
    mods = {c.lower_ for c in desc.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & _PERSON_MODS:
        return False  # ("veteran coal miner Davies": a person)
    # a trade noun that names people as often ("miner", "producer") names a company only with a
    # commodity a company trades in ("copper miner X"; a "coal miner" is as often a worker)
    return desc.lemma_.lower() not in ("miner", "producer", "developer", "operator") or bool(mods & _COMMODITIES)



#: Words of a role noun that an organisation or a place can also be in apposition to ("Acme Oil,
#: a leader in ...", "Verdant Party, a member of the coalition"): evidence only with a person word
#: beside them ("a party member", "a union leader" are read through the whole phrase)
_SHARED_NOUNS = frozenset({"leader", "head", "chief", "member", "supporter", "opponent", "critic", "observer",
                           "partner", "principal", "owner", "player", "speaker", "general", "fellow", "chair",
                           "producer", "investor", "expert", "specialist"})
#: Nouns that name only a person, even as an organisation's role ("its spokesman, X Y").
PERSON_ONLY_NOUNS = _PERSON_NOUNS - _SHARED_NOUNS

#: Nouns of places, bodies and things: a name in apposition to one ("X Y, a mining town",
#: "X Y, a tanker") is no person, whatever the tagger made of it.
_THING_NOUNS = frozenset({
    "town", "city", "village", "hamlet", "suburb", "neighborhood", "neighbourhood", "district", "province",
    "region", "state", "county", "country", "island", "river", "lake", "mountain", "valley", "port", "mine",
    "company", "firm", "group", "corporation", "bank", "fund", "agency", "organization", "organisation",
    "party", "union", "newspaper", "magazine", "network", "channel", "station", "website", "ship", "vessel",
    "tanker", "freighter", "carrier", "airline", "brand", "product", "drug", "vaccine", "app", "hotel",
    "restaurant", "school", "university", "hospital", "prison", "camp", "base", "facility", "plant", "factory",
    "refinery", "field", "oilfield", "project", "program", "programme", "initiative", "charity", "nonprofit",
    "maker", "manufacturer", "producer", "retailer", "chain", "operator", "insurer", "lender", "startup",
    "subsidiary", "venture", "club", "team", "band", "film", "movie", "book", "novel", "album", "show",
})
#: Titles that only a person bears, spelled as in running text before a name ("Dr. Ana Oduya").
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})
#: Last words of endowed posts named after their donors ("the Ana and Jon Ruiz Chair").
_ENDOWED_WORDS = frozenset({"Chair", "Professorship", "Fellowship", "Lectureship", "Scholarship"})
#: Titles used before a single name ("Prince Faisal", "Sheikh Hamad").
_ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "sheikh", "sheik", "emir", "sultan", "crown"})
#: Shared nouns that, after a person's name as modifier, name a person ("a Lindqvist supporter").
_FOLLOWER_NOUNS = frozenset({"supporter", "opponent", "critic", "backer", "ally", "fan", "loyalist", "voter",
                             "delegate", "donor", "volunteer"})
_NAME_TITLES = frozenset({"dr", "dr.", "prof", "prof.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.",
                          "lt", "lt.", "col", "col.", "maj", "maj.", "capt", "capt.", "adm", "adm.", "sgt", "sgt.",
                          "rev", "rev.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "president", "senator",
                          "governor", "judge", "justice", "ambassador", "minister", "secretary", "mayor",
                          "congressman", "congresswoman", "representative", "chancellor", "premier"})


class PersonRules:
    """Person recognition; expects the attributes set by ``_Recognizer.__init__``."""

    doc: Doc
    gaz: Gazetteer
    t: Tables
    acts: DocActors
    date: str | None
    rec: Recognition
    ents: list
    person_tok: set[int]
    names: list[Match]
    name_end: dict[int, Match]
    name_at: dict[int, Match]
    role_end: dict[int, Match]

    # provided by the recogniser
    def _dict_entry(self, m: Match) -> DictEntry | None:
        raise NotImplementedError

    def _dict_draft(self, e: DictEntry) -> ActorDraft:
        raise NotImplementedError

    def _modifier_before(self, j: int) -> tuple[Match | None, int]:
        raise NotImplementedError

    def _countryish(self, m: Match) -> tuple[str | None, ActorDraft | None]:
        raise NotImplementedError

    # -- persons -----------------------------------------------------------------------------
    def _given_name_entity(self, e) -> bool:
        """An ORG/FAC entity that reads as a person: a known given name, then a surname.

        Two or three title-case words, the first a given name of the tables, the last neither a
        given name ("Morgan Stanley"), a plural, nor an institution or place word ("Mason City"),
        no part of it a known country, organisation or dictionary name, and no capitalised word
        right after it.
        """
        t = self.t
        if e.label_ not in ("ORG", "FAC") or not 2 <= len(e) <= 3:
            return False
        first, last = e[0].text, e[-1].text
        if first not in t.male and first not in t.female:
            return False
        if (last in t.male or last in t.female or last.lower() in _PLACE_WORDS
                or not last.replace("’", "").replace("'", "").replace("-", "").isalpha()
                or e[-1].tag_ == "NNPS" or last in ORG_HEAD_WORDS or last in COMPANY_WORDS):
            # "Dallas Mavericks": a team; "Christian Media Service": an organisation
            return False
        if not all(x.text[:1].isupper() for x in e) or any(i in self.name_at for i in range(e.start, e.end)):
            return False
        return e.end >= len(self.doc) or not self.doc[e.end].text[:1].isupper()

    def _surname_after_given_name(self, e) -> bool:
        """A one-word ORG/GPE/NORP/FAC entity right after an untagged known given name that
        modifies it ("Reince Priebus" with only "Priebus" tagged ORG): the person's surname. Not
        a known country or organisation, not a given name itself, not a place or company word."""
        t, doc = self.t, self.doc
        if e.label_ not in ("ORG", "GPE", "NORP", "FAC") or len(e) != 1 or e.start == 0:
            return False
        prev, tok = doc[e.start - 1], e[0]
        if prev.ent_type_ or not prev.is_title or (prev.text not in t.male and prev.text not in t.female):
            return False
        if prev.dep_ != "compound" or prev.head.i != tok.i or prev.i in self.name_at or tok.i in self.name_at:
            return False
        w = tok.text
        if (w in t.male or w in t.female or not w.isalpha() or not w[:1].isupper() or not w[1:].islower()
                or w.lower() in _PLACE_WORDS or w in ORG_HEAD_WORDS or w in COMPANY_WORDS or tok.tag_ == "NNPS"):
            return False
        return e.end >= len(doc) or not doc[e.end].text[:1].isupper()

    def _unknown_given_name(self, prev: Token | None, tok: Token) -> bool:
        """``prev`` is a given name the tables lack, written before the surname ``tok`` of another
        person the article names in full ("Ivanka" in "Ivanka Lind" beside "Carl Lind"): an untagged
        capitalised proper noun that modifies the surname, no title, role, known name or place."""
        if prev is None or prev.ent_type_ or not prev.is_title or not prev.text.isalpha() or prev.pos_ != "PROPN":
            return False
        if prev.dep_ != "compound" or prev.head.i != tok.i or prev.i in self.name_at:
            return False
        low = prev.lower_
        words = self.gaz.ordinary_words
        if not words or low in words or (low.endswith("s") and low[:-1] in words):
            return False  # "Team Lind", "Chief Lind", "Professors Lind": ordinary words, no given name
        return not (low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS or low in _PLACE_WORDS
                    or prev.text in ORG_HEAD_WORDS or prev.text in COMPANY_WORDS
                    or any(r.start <= prev.i < r.end for r in self.rec.roles))

    def _structural_names(self) -> list[tuple[int, int]]:
        """Persons the tagger missed or took for something else, whose given name the tables lack,
        known by the structure around the name: two or three capitalised words (untagged, or a
        non-person entity of exactly those words) with a personal title right before them ("Dr.",
        "Sen.", "Judge"), or followed by an age ("X Y, 52,"), by ", who", or by an apposition whose
        head is a noun only a person can be ("X Y, a spokeswoman for", "X Y, the group's lawyer").
        Never a known country, organisation or dictionary name, never a name ending in a place,
        institution or company word, and never inside a longer capitalised run."""
        doc = self.doc
        out: list[tuple[int, int]] = []
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            if not self._name_word(tok) or tok.ent_type_ == "PERSON":
                i += 1
                continue
            j = i
            while j < n and j - i < 4 and self._name_word(doc[j]) and doc[j].ent_type_ != "PERSON":
                j += 1
            lo, hi = i, j
            i = j
            prev = doc[lo - 1] if lo > 0 else None
            royal = prev is not None and prev.lower_ in _ROYAL_TITLES and prev.text[:1].isupper()
            if not (2 <= hi - lo <= 3 or (hi - lo == 1 and royal)) or (
                    hi < n and doc[hi].text[:1].isupper() and doc[hi].is_alpha):
                continue
            if prev is not None and (prev.lower_ == "the" or (prev.is_title and prev.is_alpha and not prev.is_sent_start
                                                                and prev.lower_ not in _NAME_TITLES and not royal)):
                continue  # "the Acme Widget", or inside a longer capitalised run
            if len({doc[k].ent_type_ for k in range(lo, hi)}) > 1 or (doc[lo].ent_type_ and (
                    doc[lo].ent_iob_ != "B" or any(doc[k].ent_iob_ != "I" for k in range(lo + 1, hi))
                    or (hi < n and doc[hi].ent_iob_ == "I"))):
                continue  # the words are not one entity of their own
            span = doc[lo:hi]
            if span[0].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LAW"):
                continue
            last = span[-1]
            if (last.lower_ in _PLACE_WORDS or last.lower_ in _SITE_WORDS or last.text in ORG_HEAD_WORDS
                    or last.text in COMPANY_WORDS or last.tag_ == "NNPS" or any(self.t.collectives.get(w.lower_)
                                                                                 for w in span)):
                continue
            if self._person_evidence(lo, hi):
                out.append((lo, hi))
        return out

    def _name_word(self, tok: Token) -> bool:
        """A word that can be part of a person's name: title-case letters (an inner hyphen or
        apostrophe allowed: "Al-Tamimi", "O'Hara"), tagged a proper noun, no known country or
        organisation."""
        w = tok.text
        return (len(w) > 1 and w[:1].isupper() and w[1:2].islower() and w.replace("-", "").replace("'", "")
                .replace("’", "").isalpha() and tok.tag_ == "NNP" and tok.i not in self.name_at
                and tok.lower_ not in TITLE_WORDS)

    def _person_evidence(self, lo: int, hi: int) -> bool:
        doc = self.doc
        n = len(doc)
        if lo > 0 and (doc[lo - 1].lower_ in _NAME_TITLES or doc[lo - 1].lower_ in _ROYAL_TITLES) \
                and doc[lo - 1].text[:1].isupper():
            return True  # "Dr. Ana Oduya", "Sen. Tomas Quell", "Prince Faisal"
        root = doc[lo:hi].root
        if lo > 1 and doc[lo - 1].text == "," and root.dep_ == "appos" and root.head.i < lo - 1 \
                and root.head.lower_ in PERSON_ONLY_NOUNS:
            return True  # "a spokeswoman for the association, X Y, said": the name of a person's noun
        first, last = doc[lo].text, doc[hi - 1].text
        if (hi - lo >= 2 and not any(doc[k].ent_type_ for k in range(lo, hi)) and (first in self.t.male or first in self.t.female)
                and last not in self.t.male and last not in self.t.female):
            return True  # "Adel Nefzi" left untagged: a known given name, then a surname
        if hi + 1 >= n or doc[hi].text != ",":
            return False
        k = hi + 1
        if doc[k].like_num and k + 1 < n and doc[k + 1].text == "," and doc[k].text.isdigit() \
                and 14 <= int(doc[k].text) <= 110:
            return True  # "X Y, 52, said"
        if doc[k].lower_ == "who" and k + 1 < n and doc[k + 1].pos_ in ("VERB", "AUX"):
            return True  # "X Y, who heads the union"
        # an apposition: "X Y, a spokeswoman for ...", "X Y, the group's lawyer"
        head = self._apposition_head(hi)
        if head is None or head.lower_ not in _PERSON_NOUNS:
            return False
        if head.lower_ in _SHARED_NOUNS:
            # "Acme Oil, a leader in ...": only with a person word beside it ("a retired teacher and
            # leader"), or as a follower of someone named ("a Lindqvist supporter")
            if head.lower_ in _FOLLOWER_NOUNS and head.i > k and doc[head.i - 1].pos_ == "PROPN" \
                    and doc[head.i - 1].dep_ == "compound":
                return True
            return any(doc[m].lower_ in _PERSON_NOUNS and doc[m].lower_ not in _SHARED_NOUNS
                       for m in range(k, head.i))
        return True

    def _apposition_head(self, hi: int) -> Token | None:
        """The head noun of an apposition right after a name ending at ``hi``: the last noun of a
        determiner-led noun phrase before a preposition, a clause or a comma ("..., a mining town in
        the north", "..., the longtime county Board minority whip in ...", "..., the union's lawyer").
        None for a relative clause or a clause ("..., whose book ...", "..., left the firm")."""
        doc = self.doc
        n = len(doc)
        if hi + 1 >= n or doc[hi].text != ",":
            return None
        first = doc[hi + 1]
        if not (first.lower_ in ("a", "an", "the") or first.tag_ == "PRP$" or first.like_num):
            return None
        head = None
        for m in range(hi + 2, min(n, hi + 9)):
            w = doc[m]
            if w.text in ("'s", "’s") or w.pos_ in ("ADJ", "PROPN", "NUM", "ADV") or w.text in ("-", "–"):
                continue
            if w.pos_ == "VERB" and w.tag_ in ("VBN", "VBG") and w.dep_ in ("amod", "compound"):
                continue  # "a retired teacher", "a mining town"
            if w.pos_ == "NOUN":
                head = w
                continue
            break
        return head

    def _site_names(self, full_last: set[str]) -> set[str]:
        """Names the article uses for a site or place, not a person: a PERSON entity modifying a
        site noun ("the Grasberg mine"), or a one-word one as the object of a preposition of place
        ("rallies in Soweto") everywhere it occurs; never the surname of a person named in full."""
        doc = self.doc
        sites: set[str] = set()
        for tok in doc:
            if tok.lower_ in _SITE_WORDS and tok.pos_ == "NOUN":
                mods = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
                if mods and mods[-1].i == tok.i - 1:
                    name = doc[mods[0].i : tok.i].text
                    if name not in full_last and doc[tok.i - 1].text not in full_last:
                        sites.add(name)
        placed: dict[str, bool] = {}  # one-word name -> every occurrence is a place
        for e in self.ents:
            if e.label_ != "PERSON" or e.text in full_last:
                continue
            nxt = doc[e.end] if e.end < len(doc) else None
            if nxt is not None and nxt.lower_ in _SITE_WORDS and e.root.head.i == nxt.i \
                    and e.root.dep_ in ("compound", "amod", "nmod"):
                sites.add(e.text)
            elif len(e) == 1:
                prep = e.root.head
                at = (e.root.dep_ == "pobj" and prep.lower_ in _AT_PLACE and prep.head.lower_ not in _ATTITUDE
                      and (e.end >= len(doc) or doc[e.end].text not in ("'s", "’s"))) or named_as_place(e.root)
                placed[e.text] = placed.get(e.text, True) and at
            elif e[0].text not in self.t.male and e[0].text not in self.t.female and e.start > 0 \
                    and not doc[e.start - 1].is_title:
                # "production at Tenke Fungurume", "clashes near Wadi Halfa": a several-word name
                # with no given name, after a preposition of place on a noun, everywhere it occurs
                prep = e.root.head
                at = (e.root.dep_ == "pobj" and prep.lower_ in _AT_PLACE and prep.head.pos_ == "NOUN"
                      and prep.head.lower_ not in _ATTITUDE and (e.end >= len(doc) or doc[e.end].text not in ("'s", "’s")))
                placed[e.text] = placed.get(e.text, True) and at
        return sites | {w for w, ok in placed.items() if ok}

    def _surname_of_person(self, start: int, end: int, full_last: set[str]) -> bool:
        """A word the tables know as a place or a people ("Paris", "English") that is the surname
        of a person the article names in full, used as a person here: after a courtesy title
        ("Mr. English said") or with a relative "who" ("Paris, who once worked in the Senate,")."""
        doc = self.doc
        if end - start != 1 or doc[start].text not in full_last:
            return False
        if start > 0 and doc[start - 1].lower_ in PERSONAL_TITLES:
            return True
        return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whom")

    def _shared_surnames(self, pms: list[PersonMention]) -> None:
        """"Bill and Hillary Clinton": a given name alone, coordinated with a full name, shares its
        surname."""
        doc, t = self.doc, self.t
        by_start = {p.start: p for p in pms}
        for p in pms:
            if len(p.tokens) != 1 or (p.tokens[0] not in t.male and p.tokens[0] not in t.female):
                continue
            if p.end + 1 < len(doc) and doc[p.end].lower_ == "and":
                q = by_start.get(p.end + 1)
                if q is not None and len(q.tokens) >= 2 and (q.tokens[0] in t.male or q.tokens[0] in t.female):
                    p.tokens = (p.tokens[0], q.tokens[-1])

    def persons(self) -> None:
        from .body_context import (  # (it imports this module's noun sets)
            body_by_context,
            named_after_body_noun,
        )
        from .described_names import described_company_names  # (it imports this module too)

        doc, t = self.doc, self.t
        pms: list[PersonMention] = []
        full_last = {surname([t.text for t in e]) for e in self.ents if e.label_ == "PERSON" and len(e) > 1}
        sites = self._site_names(full_last)
        after_body = {lo for lo, _, _ in named_after_body_noun(doc, t)}  # "The operator, Vantor Ferries,"
        after_body |= {lo for lo, _ in described_company_names(doc, t)}  # "the low-cost carrier Kestrel Wings"
        for e in self.ents:
            if e.label_ != "PERSON":
                continue
            nm = self.name_at.get(e.start)
            if nm is not None and nm.start <= e.start and nm.end >= e.end and nm.kind != "DICT" \
                    and not self._surname_of_person(nm.start, nm.end, full_last):
                continue  # the whole entity is a known country/org name (model error)
            if nm is not None and nm.start <= e.start and nm.end >= e.end and nm.kind == "DICT" \
                    and (de := self.gaz.pick(doc[nm.start:nm.end].text, self.date)) is not None \
                    and de.type != "person":
                continue  # a group or organisation of the world table tagged PERSON ("Boko Haram")
            if (e.end - e.start == 1 and e.start > 0 and doc[e.start - 1].lower_ == "the" and not e.text.endswith("s")
                    and e.root.dep_ not in ("compound", "poss") and e.text not in full_last):
                continue  # "the Rhine": a place or thing, not a person ("the Obama administration" is)
            if e.text.lower().removesuffix("s") in _NOT_PERSON or e[-1].lower_.removesuffix("s") in _NOT_PERSON:
                continue  # "Republicans", "Democratic", "Ohio GOP" tagged PERSON
            if len(e) > 1 and len(e[-1].text) > 1 and e[-1].text.isupper() and e[-1].text.isalpha() \
                    and e[-1].text not in _ROMAN:
                continue  # "Ohio NAACP": a body named by an acronym, not a person ("Henry Ford II" is)
            if (len(e) == 1 and e.text.lower() in _PERSON_NOUNS and e.text not in full_last and e.end < len(doc)
                    and (doc[e.end].lower_ in ("and", "&") or (doc[e.end].pos_ in ("NOUN", "ADJ")
                                                                and doc[e.end].text.islower()))):
                continue  # "Filmmaker and author X ...": a capitalised role noun, not a name ("Dean" may be)
            if e[-1].text in _ENDOWED_WORDS:
                continue  # "the Ana and Jon Ruiz Chair in Economics": an endowed post, not a person
            if e.text.lower().startswith(("pro-", "anti-", "ex-", "non-", "post-", "pre-")):
                continue  # "pro-Clinton", "anti-Trump": an attitude, not a person
            # "The Quai d'Orsay", "Buenos Aires's" tagged PERSON: the determiner and "'s" aside
            lo_core = e.start + (1 if e[0].lower_ == "the" and len(e) > 1 else 0)
            hi_core = e.end - (1 if e[-1].tag_ == "POS" and e.end - lo_core > 1 else 0)
            if all(i in self.name_at and self.name_at[i].kind != "DICT" for i in range(lo_core, hi_core)) \
                    and not self._surname_of_person(lo_core, hi_core, full_last):
                continue  # "Bosnian Serbs": demonyms tagged PERSON
            if e.text in sites:
                continue  # "the Grasberg mine", "in Soweto": a site or place
            if company_like(e, t) or _described_company(e) or body_by_context(e, t) is not None \
                    or e.start in after_body:
                continue  # "Barrick Gold", "U.S. drugmaker Pfizer", "X, which owns ...": a body (see other_orgs)
            ah = self._apposition_head(e.end) if e.end < len(doc) and doc[e.end].text == "," else None
            if (ah is not None and ah.lower_ in _THING_NOUNS and ah.lower_ not in _PERSON_NOUNS
                    and (len(e) < 2 or (e[0].text not in t.male and e[0].text not in t.female))):
                continue  # "Kestrel Ridge, a mining town": a place, not a person
            lo = e.start
            prev = doc[lo - 1] if lo > 0 else None
            if (len(e) == 1 and prev is not None and prev.is_title and not prev.ent_type_ and prev.i not in self.name_at
                    and (prev.text in t.male or prev.text in t.female)):
                lo = prev.i  # "Ana [Garcia]": the given name the tagger left out
            elif len(e) == 1 and e[0].text in full_last and self._unknown_given_name(prev, e[0]):
                lo = e.start - 1  # "Ivanka [Lind]" beside "Carl Lind": another Lind, not the surname alone
            pm = clean_name(doc, lo, e.end, t)
            if pm is not None:
                pms.append(pm)
        # dictionary persons
        covered = {i for p in pms for i in range(p.start, p.end)}  # a set, not a scan per name
        for m in self.names:
            if m.kind == "DICT":
                de = self._dict_entry(m)
                if de is not None and de.type == "person" and m.start not in covered:
                    prev = doc[m.start - 1] if m.start > 0 else None
                    if (m.end - m.start == 1 and prev is not None and prev.i not in covered
                            and self._unknown_given_name(prev, doc[m.start])):
                        pm = clean_name(doc, prev.i, m.end, t)  # "Ivanka Trump": not the dictionary's Trump
                        if pm is not None:
                            pms.append(pm)
                            covered.update(range(prev.i, m.end))
                            continue
                    pms.append(PersonMention(m.start, m.end, tuple(x.text for x in doc[m.start : m.end]), m.start))
                    covered.update(range(m.start, m.end))
        for e in self.ents:
            if e.label_ in ("ORG", "GPE", "NORP", "FAC") and e.end - e.start <= 4 and e.start not in self.name_at:
                r = self.role_end.get(e.start)
                if r is not None and doc[r.start].is_title and all(t.is_title for t in e):
                    pm = clean_name(doc, e.start, e.end, t)
                    if pm is not None:
                        pms.append(pm)
        for e in self.ents:
            if self._surname_after_given_name(e):  # "Reince [Priebus]" with only the surname tagged ORG
                pm = clean_name(doc, e.start - 1, e.end, t)
                if pm is not None and not any(p.start < pm.end and pm.start < p.end for p in pms):
                    pms.append(pm)
        for e in self.ents:
            if self._given_name_entity(e):  # "Ann Lomax" tagged ORG: a given name and a surname
                pm = clean_name(doc, e.start, e.end, t)
                if pm is not None and not any(p.start < pm.end and pm.start < p.end for p in pms):
                    pms.append(pm)
        for lo, hi in self._structural_names():  # "Oyelaran Bakre, a pastor in ...": a person by apposition
            if not any(p.start < hi and lo < p.end for p in pms):
                pm = clean_name(doc, lo, hi, t)
                if pm is not None:
                    pms.append(pm)
        known_last = {surname(p.tokens) for p in pms if len(p.tokens) >= 2}
        # model errors: a known surname tagged ORG/GPE/NORP or left untagged
        covered = {i for p in pms for i in range(p.title_start, p.end)}
        hashes = {doc.vocab.strings.add(x) for x in known_last}
        orth = doc.to_array("ORTH")
        for i in (int(k) for k in range(len(doc)) if orth[k] in hashes):
            tok = doc[i]
            if tok.i in covered or not tok.text[:1].isupper():
                continue
            if tok.ent_type_ == "PERSON":
                continue
            nm = self.name_at.get(tok.i)
            if nm is not None and nm.kind != "DICT" and not self._surname_of_person(nm.start, nm.end, known_last):
                continue
            prev = doc[tok.i - 1] if tok.i > 0 else None
            # "Ivanka Brandt" tagged as a product: a given name the tables lack before a known surname
            named = (prev is not None and tok.ent_iob_ == "I" and prev.ent_iob_ == "B" and prev.is_title
                     and prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == tok.i
                     and prev.i not in covered and prev.i not in self.name_at and prev.text.isalpha()
                     and not (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"))
            if named and prev is not None:
                pm = clean_name(doc, prev.i, tok.i + 1, t)
                if pm is not None:
                    pms.append(pm)
                continue
            if tok.ent_type_ and (tok.ent_iob_ != "B" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")):
                continue  # part of a longer entity
            lo = tok.i
            if not tok.ent_type_ and self._unknown_given_name(prev, tok) and prev is not None and prev.i not in covered:
                lo = prev.i  # "Ivanka Lind" left untagged beside "Carl Lind": another member of the family
            if (prev is not None and prev.i not in covered and prev.i not in self.name_at and prev.is_title
                    and (prev.text in t.male or prev.text in t.female)):
                lo = prev.i  # "Ana Garcia" left untagged: a given name and the surname, not the surname alone
            pm = clean_name(doc, lo, tok.i + 1, t)
            if pm is not None:
                pms.append(pm)
        self._shared_surnames(pms)
        clusters = cluster_persons(pms)
        used_ids: dict[str, str] = {}  # person id -> gender of the cluster that took it
        for c in clusters:
            if c.gender is None and len(c.tokens) == 1 and c.tokens[0] not in known_last:
                # a person named by a given name only ("Melanie said"): the name's usual gender
                g = c.tokens[0]
                c.gender = "f" if g in t.female and g not in t.male else "m" if g in t.male and g not in t.female else None
            name = c.name
            de = self.gaz.pick(name, self.date)
            if de is not None and de.type != "person":
                de = None
            draft = ActorDraft(id=person_id(name), name=name, type="person", gender=c.gender,
                               name_tokens=c.tokens, origin="ner")
            if de is not None and c.title_gender and (de.name.split() or [""])[0] in (
                    t.female if c.title_gender == "m" else t.male):
                de = None  # "Mrs. Obama" is not the dictionary's Barack Obama
            if de is not None:
                draft = self._dict_draft(de)
                draft.gender = draft.gender or c.gender
                if len(c.tokens) >= 2 and self.gaz.is_world(de) and draft.origin == "dict":
                    draft.name = name  # the article's own full form ("Donald J. Trump")
            elif name.lower() in self.gaz.person_index:
                draft.country = self.gaz.country_hint(name)  # "Bush": ambiguous, but American
            first_gender = used_ids.get(draft.id)
            if first_gender is None:
                used_ids[draft.id] = c.title_gender or ""
            elif first_gender and c.title_gender and first_gender != c.title_gender:
                draft.id = f"{draft.id}-{c.title_gender}"  # "Mr. Varga" and "Mrs. Varga": two people
            draft = self.acts.ensure(draft)
            for pm in sorted(c.mentions, key=lambda x: x.start):
                start = self._role_prefix(pm, draft)
                self._apposition(pm, draft)
                kind = "name" if len(pm.tokens) >= 2 else "surname"
                # the prefix may reach a name already taken ("Ana Kell's campaign manager X", where
                # "Ana Kell" modifies the role): then the mention starts after it, at the title or name
                after = [k for k in range(start + 1, pm.title_start + 1) if k - 1 in self.acts.taken]
                for lo in dict.fromkeys((start, *after, pm.title_start, pm.start)):
                    while lo < pm.start and (self.doc[lo].tag_ == "POS" or self.doc[lo].is_punct):
                        lo += 1  # not from the possessive's "'s"
                    if lo <= pm.start and self.acts.add(lo, pm.end, draft.id, kind):
                        self.rec.person_ids[pm.start] = draft.id
                        break
        for d in self.acts.drafts.values():
            if d.type == "person":
                self._finish_person(d)

    def _set_role(self, draft: ActorDraft, role: Match | None, country: str | None, org: ActorDraft | None,
                  former: bool = False) -> None:
        if role is not None:
            phrase = self.doc[role.start : role.end].text.lower()
            if phrase == "counterpart":
                draft.origin = "counterpart"
                draft.role = draft.role or None
                if draft.sector is None:
                    draft.sector = "GOV"
            elif draft.role is None or not draft.text_role or len(phrase) > len(draft.role):
                draft.text_role = True  # what the article says beats the dictionary's role
                draft.role = ("former " if former else "") + phrase
                draft.sector = "ELI" if former else role.key
                draft.code = None  # the text's role decides the code (see _finish_person)
            if draft.gender is None:
                if phrase.endswith(_FEMALE_ROLE):
                    draft.gender = "f"
                elif phrase.endswith(_MALE_ROLE):
                    draft.gender = "m"
            self.rec.used_roles.add(role.start)
        if country and draft.country is None:
            draft.country = country
        if org is not None and draft.country is None and draft.code is None:
            draft.code = org.code
            if draft.sector is None:
                draft.sector = "GOV"

    def _role_prefix(self, pm: PersonMention, draft: ActorDraft) -> int:
        """Role and country words before the name, inside its noun phrase; returns the new start.

        "Turkish Foreign Minister X", "Lebanon's new President X", "former Socialist prime
        minister X", "Israeli right-winger X", "White House spokesman X", "his Russian counterpart X".
        """
        doc = self.doc
        root = doc[pm.start : pm.end].root
        lo = min(root.left_edge.i, pm.title_start)
        if root.dep_ == "appos" and root.head.i < pm.start:
            lo = min(lo, root.head.left_edge.i)  # "his Russian counterpart Sergei Lavrov"
        j = pm.title_start
        role = self.role_end.get(j)
        if role is None and pm.start != pm.title_start:
            role = self.role_end.get(pm.start)  # title inside the entity ("President Obama")
        if role is not None:
            j = min(j, role.start)
            lo = min(lo, j)
        start = j
        former = any(self._former(doc[i]) for i in range(lo, j))
        country = org = None
        k, steps = j, 0
        while k > lo and steps < 4:
            mod, mk = self._modifier_before(k)
            if mod is not None:
                if role is not None or mod.kind in ("DEMONYM", "SEAT", "CAPITAL") or steps > 0:
                    country, org = self._countryish(mod)
                    start = mk
                break
            t = doc[k - 1]
            if k - 1 in self.acts.taken or t.pos_ in ("DET", "PRON", "ADP", "CCONJ", "VERB", "NUM") or (
                t.is_punct and t.text != "-"
            ):
                break
            if t.lower_ in self.t.former or t.lower_ in _SKIP_MODS or t.is_punct:
                k -= 1
                continue
            r2 = self.role_end.get(k)
            if r2 is not None and role is None:
                role = r2
                k = r2.start
                start = k
                continue
            k -= 1
            steps += 1
        self._set_role(draft, role, country, org, former)
        if role is None and country is None:
            return pm.title_start
        while start > 0 and self._former(doc[start - 1]):
            start -= 1
        return start

    def _former(self, tok: Token) -> bool:
        """A word that makes a title a former one ("ex-", "ousted President X"), not the finite verb
        of the clause ("the army ousted President X": the president it ousts)."""
        return tok.lower_ in self.t.former and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"))

    def _apposition(self, pm: PersonMention, draft: ActorDraft) -> None:
        """Role and country from an apposition: "X, Turkey's foreign minister" or the reverse."""
        doc = self.doc
        head: Token = doc[pm.start : pm.end].root
        targets: list[Token] = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos" and head.head.i < pm.start:
            targets.append(head.head)
        if draft.country is None and draft.role is not None:
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        m = self.name_at.get(p.i)
                        if m is not None and m.kind in ("COUNTRY", "DEMONYM"):
                            draft.country = m.key
        for a in targets:
            role = self.role_end.get(a.i + 1)
            if role is None:
                continue
            lo = a.left_edge.i
            country = org = None
            for i in range(role.start - 1, lo - 1, -1):
                m = self.name_end.get(i + 1)
                if m is not None and m.kind in _COUNTRYISH and m.start >= lo:
                    country, org = self._countryish(m)
                    break
            if country is None:
                for c in a.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "for", "to"):
                        for p in c.children:
                            m = self.name_at.get(p.i)
                            if m is not None and m.kind in _COUNTRYISH:
                                country, org = self._countryish(m)
            former = any(doc[i].lower_ in self.t.former for i in range(lo, role.start))
            self._set_role(draft, role, country, org, former)
            return

    def _finish_person(self, d: ActorDraft) -> None:
        if d.code is None and d.country:
            d.code = compose_code(self.t.code_of(d.country), d.sector)
        elif d.code is not None and d.sector and len(d.code) == 3 and d.country:
            d.code = compose_code(d.code, d.sector)
