"""Person names: cleaning NER spans, gender evidence, and clustering full names with surnames."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ...actors.codes import TITLE_WORDS
from ...actors.tables import Tables

__all__ = ["PersonMention", "PersonCluster", "clean_name", "cluster_persons", "gender_of_title", "surname",
           "GENERATIONAL"]

#: Generational suffixes after a surname ("Carl Moss IV", "Tom Reed Jr."): the surname is the word
#: before them.
GENERATIONAL = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "2nd", "3rd"})


def surname(tokens: tuple[str, ...] | list[str]) -> str:
    """The surname of a name's tokens: the last one, generational suffixes and commas aside."""
    k = len(tokens)
    while k > 1 and (tokens[k - 1].lower() in GENERATIONAL or tokens[k - 1] == ","):
        k -= 1
    return tokens[k - 1] if k else ""

_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir", "sultan"})
_FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess"})
_POSS = frozenset({"'s", "’s", "'", "’"})
_VERB_WORDS = frozenset({"said", "says", "told", "asked", "added", "stated", "noted", "wrote", "tweeted"})
_PARTICLES = frozenset({"al", "al-", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "la", "le", "del", "der"})


@dataclass
class PersonMention:
    start: int  # token span of the name (titles excluded)
    end: int
    tokens: tuple[str, ...]
    title_start: int  # first token of leading titles (== start when none)
    gender: str | None = None
    cluster: int = -1
    titled: bool = False  # the gender comes from a title ("Mrs."), not from the given name
    #: genders of kinship nouns close by in the sentence ("Ms. Lind, his wife,": {"f"}; "" for
    #: nouns of either sex): the person may be a relative of another of the surname
    kin_near: frozenset[str] = frozenset()
    #: lower-case role words that are also titles (:data:`TITLE_OR_GIVEN`) in the name's own phrase
    #: ("Ellen Moritz, a dean at ...": {"dean"}; "law school dean Ellen Moritz": {"dean"})
    roles: frozenset[str] = frozenset()
    appos: bool = False  # the name has an apposition of its own ("Dean Baker, an economist, ...")
    given: bool = False  # the first token is a given name in the name tables ("Dean")


@dataclass
class PersonCluster:
    tokens: tuple[str, ...]  # fullest name seen
    gender: str | None = None
    title_gender: str | None = None  # gender a title gave one of its mentions
    mentions: list[PersonMention] = field(default_factory=list)
    last_full: int = -1  # token index of the latest full-name mention
    kin_near: frozenset[str] = frozenset()  # of its full-name mentions ("Carl Lind came with his wife")
    roles: frozenset[str] = frozenset()  # of its full-name mentions (see PersonMention.roles)

    @property
    def last(self) -> str:
        return surname(self.tokens)

    @property
    def name(self) -> str:
        return _join(self.tokens)


def _join(tokens: tuple[str, ...]) -> str:
    out = ""
    for t in tokens:
        if out and not out.endswith("-") and not t.startswith("-"):
            out += " "
        out += t
    return out


def gender_of_title(word: str) -> str | None:
    w = word.lower()
    if w in _MALE_TITLES:
        return "m"
    if w in _FEMALE_TITLES:
        return "f"
    return None


#: Last words of a place's name that may look like a person's ("Richards Bay", "Victoria Falls",
#: "Palm Springs"): a PERSON span ending in one (capitalised) is no person.
_PLACE_TAILS = frozenset({"Bay", "Falls", "Harbour", "Harbor", "Springs", "Beach", "Island", "Islands", "Heights",
                          "Creek", "Valley", "Hills", "Lake", "Peninsula", "Canyon"})


#: Prepositions before a place: "in Victoria Falls" is the town even with a given name in it.
_PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "around", "outside", "between", "via"})


#: Possessive determiners a PERSON entity may start with.
_POSS_DETS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


_NICK_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})


def drop_nickname(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A name without the quoted nickname inside it: 'John "Hawk" Tilden' -> John Tilden (branch
    spk4). Only a quoted part of one to three words between the first and the last word."""
    marks = [k for k, t in enumerate(toks) if t in _NICK_MARKS]
    if len(marks) != 2 or marks[0] < 1 or marks[1] > len(toks) - 2 or not 1 < marks[1] - marks[0] <= 4:
        return toks
    return toks[:marks[0]] + toks[marks[1] + 1:]


def clean_name(doc: Doc, start: int, end: int, tables: Tables) -> PersonMention | None:
    """Strip leading titles and role words, and trailing possessives, from a PERSON span."""
    s, e = start, end
    for i in range(e - 1, s, -1):
        if doc[i].text.count("\n") >= 2 and not doc[i].text.strip():
            s = i + 1  # a name never runs across a paragraph break ("X.\n\nLee")
            break
    while e > s and (doc[e - 1].text in _POSS or doc[e - 1].is_punct):
        e -= 1
    gender = None
    if s < e - 1 and doc[s].lower_ in _POSS_DETS:
        s += 1  # "his Rossi": a possessive the tagger glued to the name (branch spk7)
    if e - s == 1 and doc[s].text in tables.demonym_of and e < len(doc) and doc[e].is_lower \
            and doc[e].pos_ == "NOUN":
        # "Her Latvian counterpart": a demonym before a noun the tagger took for a name (spk7);
        # "Mr. Welsh said" stays a person
        return None
    title_start = s
    while s < e - 1:
        w = doc[s].lower_
        if w in TITLE_WORDS or w.rstrip(".") in TITLE_WORDS or w in tables.person_roles:
            gender = gender or gender_of_title(w)
            s += 1
            continue
        break
    if s < e - 1 and _leading_verb(doc[s], tables):
        s += 1  # "Said Lee", "Asserting Lee": a verb the tagger glued to the name
        title_start = s
    if s >= e:
        return None
    # a title just outside the entity ("Mr. Obama" with only "Obama" tagged)
    if s == start and s > 0:
        g = gender_of_title(doc[s - 1].text)
        if g:
            gender = g
            title_start = s - 1
    toks = drop_nickname(tuple(t.text for t in doc[s:e] if not t.is_space))
    if not toks or not any(t[:1].isupper() for t in toks):
        return None
    if len(toks) > 1 and toks[-1] in _PLACE_TAILS and (
            not (toks[0] in tables.male or toks[0] in tables.female)
            or (title_start > 0 and doc[title_start - 1].lower_ in _PLACE_PREPS)):
        # "Richards Bay", "in Victoria Falls": a place named after someone, no person; a given name
        # not after a place's preposition stays a person ("Carla Hills said", "Anthony Lake, the adviser")
        return None
    titled = gender is not None
    first = toks[0]
    if gender is None and len(toks) > 1:
        if first in tables.male and first not in tables.female:
            gender = "m"
        elif first in tables.female and first not in tables.male:
            gender = "f"
    if gender is None:
        gender = _kin_gender(doc, s, e, title_start)
    root = doc[s:e].root
    return PersonMention(s, e, toks, title_start, gender, titled=titled, kin_near=_kin_near(doc, title_start, e),
                         roles=_title_roles(root, s, e),
                         appos=any(c.dep_ == "appos" and c.i >= e for c in root.children),
                         given=first in tables.male or first in tables.female)


def _title_roles(root, s: int, e: int) -> frozenset[str]:
    """Lower-case role words of :data:`TITLE_OR_GIVEN` in a name's own phrase: its subtree
    outside the name ("Ellen Moritz, a dean at ...", "Ellen Moritz, who coaches ...", "law
    school dean Ellen Moritz") and the noun it is in apposition to ("the dean, Ellen Moritz,")."""
    toks = [t for t in root.subtree if not s <= t.i < e]
    if root.dep_ == "appos":
        toks.append(root.head)
    return frozenset(t.lower_ for t in toks if t.lower_ in TITLE_OR_GIVEN and t.text.islower())


#: How many tokens from a name a kinship noun may stand to make the name maybe a relative.
_KIN_WINDOW = 8


def _kin_near(doc: Doc, s: int, e: int) -> frozenset[str]:
    """A kinship noun (not "partner": a business or coalition one as often) within a few tokens
    of a name in its sentence: "Ms. Lind, his wife,", "Carl Lind arrived with his wife",
    "the widow of Carl Lind"."""
    sents = doc.has_annotation("SENT_START")
    found: set[str] = set()
    for i in range(s - 1, max(-1, s - _KIN_WINDOW - 1), -1):
        if doc[i].text in _SENT_ENDS:
            break
        if doc[i].lower_ in SPOUSE_OR_KIN:
            found.add(SPOUSE_OR_KIN[doc[i].lower_])
        if sents and doc[i].is_sent_start:
            break
    for i in range(e, min(len(doc), e + _KIN_WINDOW)):
        if doc[i].text in _SENT_ENDS or (sents and doc[i].is_sent_start):
            break
        if doc[i].lower_ in SPOUSE_OR_KIN:
            found.add(SPOUSE_OR_KIN[doc[i].lower_])
    return frozenset(found)


_SENT_ENDS = frozenset({".", "!", "?", ";"})


#: Kinship nouns that tell the gender of the person they name ("her husband, Samir Basri").
_KIN_GENDER = {"husband": "m", "son": "m", "father": "m", "brother": "m", "nephew": "m", "uncle": "m",
               "grandson": "m", "grandfather": "m", "boyfriend": "m", "stepson": "m", "stepfather": "m",
               "wife": "f", "daughter": "f", "mother": "f", "sister": "f", "niece": "f", "aunt": "f",
               "granddaughter": "f", "grandmother": "f", "girlfriend": "f", "stepdaughter": "f",
               "stepmother": "f", "widow": "f", "widower": "m"}
KIN_GENDER = _KIN_GENDER
#: Kinship nouns, also those that tell no gender: "X's son" is another person than X.
KIN_NOUNS = frozenset(_KIN_GENDER) | {"child", "parent", "sibling", "spouse", "partner", "cousin",
                                      "grandchild", "relative", "in-law"}
#: Singular roles of one person who stands for a party or body, never the body itself ("the
#: Labour candidate", "the party's nominee", "a Green Party strategist").
CANDIDACY_NOUNS = frozenset({"candidate", "nominee", "hopeful", "contender", "front-runner", "frontrunner",
                             "challenger", "speechwriter", "strategist", "pollster", "consultant"})
#: Kinship nouns that make a person named close by maybe another person's relative (see
#: ``cluster_persons``); "partner" is as often a business or coalition partner.
SPOUSE_OR_KIN = {w: _KIN_GENDER.get(w, "") for w in KIN_NOUNS - {"partner"}} | {
    "wives": "f", "husbands": "m", "widows": "f", "sons": "m", "daughters": "f", "brothers": "m", "sisters": "f",
    "parents": "", "children": "", "in-laws": ""}
#: Personal (courtesy) titles: the word after one is a person's name, whatever else the word can
#: name ("Ms. Lyon said": no place).
PERSONAL_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "mx", "mx."})


#: Titles the tagger leaves inside a person's name ("Dean", "Coach"; "judge" and "bishop" are
#: stripped as roles before, see ``clean_name``). Before the surname of a person named in full
#: before with another given name, one is that person's title only when that person's phrase
#: says the role in lower case ("Ellen Moritz, a dean at ..." -> "Dean Moritz"), or when the word
#: is no given name ("Coach"); never when the two-token name has an apposition of its own ("Dean
#: Baker, an economist, ..." after "James Baker" is another person).
TITLE_OR_GIVEN = frozenset({"dean", "coach", "provost", "chief", "deacon", "bishop", "judge"})


def _kin_gender(doc: Doc, s: int, e: int, title_start: int) -> str | None:
    """The gender a kinship noun gives the name it introduces: "her husband, Samir Basri",
    "his daughter Lena", or the name in apposition to one ("Samir Basri, her husband")."""
    k = title_start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].lower_ in _KIN_GENDER:
        return _KIN_GENDER[doc[k].lower_]
    root = doc[s:e].root
    for c in root.children:
        if c.dep_ == "appos" and c.lower_ in _KIN_GENDER and c.i >= e:
            return _KIN_GENDER[c.lower_]
    return None


def _leading_verb(tok, tables: Tables) -> bool:
    """A capitalised verb form before a name ("Said", "Asserting"), not a given name."""
    w = tok.text.lower()
    if not tok.tag_.startswith("VB") or tok.text in tables.male or tok.text in tables.female:
        return False
    return w in _VERB_WORDS or (len(w) > 4 and w.endswith(("ing", "ed")))


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two multi-token names of one person: same surname and compatible given names."""
    if surname(a).lower() != surname(b).lower():
        return False
    fa, fb = a[0].rstrip(".").lower(), b[0].rstrip(".").lower()
    if fa == fb:
        return True
    # initials: "J. Smith" vs "John Smith"
    return (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def cluster_persons(mentions: list[PersonMention]) -> list[PersonCluster]:
    """Group person mentions: full names by compatibility, then one-word names by surname.

    A one-word name joins the cluster whose surname (else given name) it equals; when several
    clusters share it, gender decides (a title never joins a cluster of the other gender:
    "Mrs. Lee" beside "Mr. Lee" is another person), then the cluster named in full most
    recently before the mention (tried: the one named first, the article's principal; worse on
    the PolNeAR dev study part, where unrelated namesakes are common). Otherwise it starts a new (surname-only) cluster.
    """
    clusters: list[PersonCluster] = []
    order = sorted(mentions, key=lambda m: m.start)
    # clusters by surname, given name and one-word name (lists in cluster order): look-ups, not scans
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    by_word: dict[str, list[int]] = {}
    prefer: dict[int, int] = {}  # id of a titled surname ("Dean Lind") -> the cluster said to hold the role
    for m in order:
        if len(m.tokens) < 2:
            continue
        if len(m.tokens) == 2 and m.tokens[0].lower() in TITLE_OR_GIVEN and not m.appos:
            # "Dean Lind" after "Maria Lind, the law school's dean": a title before the surname of
            # a person named in full before, not a namesake called Dean (unless one is: "Dean Lind"),
            # and only when that person is said to hold the role or the word is no given name
            role = m.tokens[0].lower()
            known = by_last.get(m.tokens[1].lower(), [])
            holders = [i for i in known if role in clusters[i].roles]
            if known and not any(_compatible(clusters[i].tokens, m.tokens) for i in known) \
                    and (holders or not m.given):
                m.tokens, m.gender, m.titled = m.tokens[1:], None, False
                if holders:
                    prefer[id(m)] = holders[-1]
                continue
        for i in by_last.get(surname(m.tokens).lower(), ()):
            c = clusters[i]
            if len(c.tokens) >= 2 and _compatible(c.tokens, m.tokens):
                m.cluster = i
                if len(m.tokens) > len(c.tokens):
                    c.tokens = m.tokens
                break
        else:
            clusters.append(PersonCluster(tokens=m.tokens))
            m.cluster = len(clusters) - 1
            by_last.setdefault(surname(m.tokens).lower(), []).append(m.cluster)
        c = clusters[m.cluster]
        c.last_full = m.start
        c.gender = m.gender if m.titled else (c.gender or m.gender)
        c.title_gender = c.title_gender or (m.gender if m.titled else None)
        c.kin_near = c.kin_near | m.kin_near
        c.roles = c.roles | m.roles
    # full-name positions for recency
    full_pos: dict[int, list[int]] = {}
    for m in order:
        if m.cluster >= 0:
            full_pos.setdefault(m.cluster, []).append(m.start)
    for i, c in enumerate(clusters):
        by_first.setdefault(c.tokens[0].lower(), []).append(i)
    bare_used: dict[int, int] = {}  # cluster -> untitled one-word mentions given to it so far
    titled_used: dict[int, int] = {}  # cluster -> titled one-word mentions ("Mr. Lee") given to it so far
    for m in order:
        if m.cluster >= 0:
            continue
        w = m.tokens[0].lower()
        cands = [i for i in by_last.get(w, ()) if len(clusters[i].tokens) >= 2 and clusters[i].last.lower() == w]
        if not cands and w not in _PARTICLES:
            cands = [i for i in by_first.get(w, ()) if len(clusters[i].tokens) >= 2 and clusters[i].tokens[0].lower() == w]
        if not cands:
            cands = list(by_word.get(w, ()))
        if prefer.get(id(m)) in cands:
            cands = [prefer[id(m)]]
        if cands and m.gender:
            # gender decides; a title ("Ms. Lee") never joins a person of the other gender ("Mr.
            # Lee", "Peter Lee"): that is another person of the surname (spouses, relatives). It
            # joins one whose gender nothing told (a given name the tables do not know or give
            # both sexes: "Lee Brandt ... Ms. Brandt") unless a kinship noun of the title's gender
            # (or of either) by either mention hints at a relative ("Ms. Brandt, his wife,", "Lee
            # Brandt came with his daughter"; not "Lee Brandt, whose husband ...")
            same = [i for i in cands if clusters[i].gender == m.gender]
            if same:
                cands = same
            elif m.titled:
                cands = [i for i in cands if clusters[i].gender is None
                         and not {m.gender, ""} & (m.kin_near | clusters[i].kin_near)]
        if len(cands) > 1:

            def recency(i: int, pos: int = m.start, titled: bool = m.titled) -> tuple[int, int, int]:
                # the person the article already calls by the bare surname (by "Mr. Lee", for a
                # titled one: news call a relative of the same gender by the given name), then the
                # one named in full most recently ("Mr. and Mrs. Lee" aside, news call one of them "Lee")
                bare = int((titled_used if titled else bare_used).get(i, 0) > 0)
                before = [p for p in full_pos.get(i, []) if p < pos]
                return (bare, 1, max(before)) if before else (bare, 0, -min(full_pos.get(i, [1 << 30])))

            cands.sort(key=recency, reverse=True)
        if cands:
            m.cluster = cands[0]
            if len(m.tokens) == 1:
                used = titled_used if m.titled else bare_used
                used[m.cluster] = used.get(m.cluster, 0) + 1
        else:
            clusters.append(PersonCluster(tokens=m.tokens, gender=m.gender,
                                          title_gender=m.gender if m.titled else None))
            m.cluster = len(clusters) - 1
            if len(m.tokens) == 1:
                by_word.setdefault(w, []).append(m.cluster)
        c = clusters[m.cluster]
        c.gender = c.gender or m.gender
        c.title_gender = c.title_gender or (m.gender if m.titled else None)
    for m in order:
        clusters[m.cluster].mentions.append(m)
    return clusters
