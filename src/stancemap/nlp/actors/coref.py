"""Within-document coreference for actors: pronouns, nominal mentions and plural groups.

Rules, no model:

- **he/she/him/her/his/himself/herself** -> a person of compatible gender (weights in
  ``PRONOUN_WEIGHTS``, tuned on two disjoint fifths of PolNeAR train). Candidates are the
  persons mentioned before the pronoun in the current or the previous ``max_back`` sentences;
  every mention of a candidate in that window competes (its best one counts); the score
  prefers recent mentions, subjects (a name in apposition to a subject is one, and so is a
  name whose "who" clause it heads: "X, who said ..."), the subject
  of the clause that governs the pronoun's clause ("X said he ..."), and the speaker of the
  previous sentence. A pronoun
  cannot take a co-argument of its own verb (``X praised him`` is not X; ``he told X``, ``he
  replied to X``: not X either, see ``nlp.common.binding``). When the best two candidates tie,
  the pronoun stays unresolved.
- **they/them/their** -> a plural actor: a group named by coordination ("Turkey and Russia ...
  they") or a collective ("Russian officials"), in the same or previous sentence; with none, a
  "they" that speaks is the one organisation that is the subject of the same or previous
  sentence ("Norvik Mining reported a loss. ... they said").
- **it/its** -> a state, IGO or organisation that is the subject of the same or previous
  sentence (by any of its mentions there, judged by the mention's head: "the Foreign Ministry
  of Chile" is a subject by "Ministry"), only when exactly one such candidate exists.
- **relatives**: an unnamed relative of a person ("Olsen's son", "the daughter of the senator",
  "his widow") is a person actor of its own, its mention the whole phrase, of the kinship noun's
  gender; he/she can take it, and no look-up of the phrase finds the possessor.
- **nominals**: "the minister", "the senator", "the president" -> the one person with that
  role; "the regime", "the army" -> the one country body of that sector named in the last
  sentences ("Syrian troops ... the army"); "the two countries", "both countries" -> the latest coordinated pair of states (else the
  two most recent states); "both sides", "the two sides" -> the latest coordinated pair of any
  actors; "the two leaders/ministers" -> the two most recent persons.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort

from spacy.tokens import Doc, Token

from ...actors.codes import collective_id, compose_code, group_id, slug
from ..common.binding import later_in_own_clause, own_quotation
from ..common.bodies import SUBNATIONAL as _SUBNATIONAL
from .apposed import apposed_body
from .local_bodies import LOCAL_MARK
from .persons import KIN_GENDER, KIN_NOUNS
from .phrases import QUOTE_CHARS as _QUOTE_CHARS
from .regulators import REGULATOR_NOUNS, regulator_fits
from .roles import collective_name
from .state import ActorDraft, DocActors, Recognition, TokMention

__all__ = ["resolve_coreference"]

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_NEUTER = frozenset({"it", "its", "itself"})
_SPEECH = frozenset({"say", "tell", "add", "state", "announce", "declare", "note", "insist", "argue", "claim",
                     "explain", "warn", "reply", "respond", "write", "ask", "confirm", "deny", "suggest",
                     "acknowledge", "admit", "stress", "emphasize", "tweet", "recall", "continue"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
#: Verbs of commitment and complaint by which people speak ("they have promised to ...").
_COMMIT = frozenset({"promise", "vow", "pledge", "threaten", "complain", "predict", "contend", "maintain",
                     "charge", "counter", "agree", "demand", "urge"})
#: Plural nouns of people who speak as a group ("Lindqvist supporters ... they said").
_PEOPLE_PLURALS = frozenset({"supporters", "allies", "associates", "aides", "advisers", "advisors", "critics",
                             "opponents", "backers", "loyalists", "protesters", "protestors", "demonstrators",
                             "activists", "residents", "voters", "workers", "delegates", "organizers", "organisers",
                             "rebels", "militants", "fighters", "students", "farmers", "villagers", "witnesses",
                             "parents", "families", "staffers", "employees", "campaigners", "donors", "fans",
                             "volunteers", "strikers", "miners", "teachers", "doctors", "nurses", "veterans",
                             "insiders", "strategists", "operatives", "commanders", "lawyers", "attorneys"})
_QUANTIFIERS = frozenset({"several", "some", "many", "most", "few", "other", "all", "both", "dozens", "hundreds",
                          "thousands", "of"})
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
_STATE_NOUNS = frozenset({"countries", "nations", "states", "governments", "neighbours", "neighbors", "capitals",
                          "allies"})
_SIDE_NOUNS = frozenset({"sides", "parties"})
#: A state's legislature or cabinet named with no name or country ("parliament approved it", "the
#: security cabinet"), with the sector it is coded by, and the modifiers that leave it so.
_BARE_BODIES = {"parliament": "LEG", "legislature": "LEG", "cabinet": "GOV"}
_BARE_BODY_MODS = frozenset({"security", "war", "inner", "federal", "national"})
_PERSON_NOUNS = frozenset({"leaders", "ministers", "men", "presidents", "diplomats", "officials", "candidates",
                           "women", "counterparts", "foreign ministers", "nominees"})
#: Plural nouns for a government's people: bare ("Officials said") they speak for the
#: government, organisation or state the article has just named.
_GOV_PLURALS = frozenset({"officials", "authorities", "diplomats", "negotiators"})
#: Modifiers that leave such a noun bare ("senior officials"); others ("local officials") do not.
_BARE_MODS = frozenset({"senior", "top", "other", "two", "three", "several", "some", "many", "government", "high",
                        "ranking", "high-ranking", "administration"})
#: Nouns of organisations: "the bank" is the bank the article named ("the Central Bank of Kenya").
_ORG_NOUNS = frozenset({"bank", "company", "firm", "agency", "organisation", "organization", "group", "council",
                        "committee", "commission", "court", "fund", "union", "alliance", "bloc", "coalition",
                        "party", "campaign", "board", "institute", "foundation", "corporation", "network",
                        "newspaper", "broadcaster", "tribunal", "assembly", "parliament", "movement", "front"})
#: Nouns that head names of offices ("the Veterans Health Administration", "the Interior Ministry"):
#: "the administration" is that office when one was named in the last sentences.
_OFFICE_NOUNS = frozenset({"administration", "ministry", "department", "office", "service", "authority",
                           "directorate", "bureau", "university", "hospital", "association", "federation"})
#: Documents that speak for their author ("the report says", "according to the poll").
_DOC_NOUNS = frozenset({"report", "poll", "survey", "study", "analysis", "audit", "review", "memo", "letter",
                        "filing", "lawsuit", "complaint", "assessment", "investigation", "brief", "paper"})
#: Verbs by which a subject authors a document ("X published a report").
_AUTHOR_VERBS = frozenset({"publish", "release", "issue", "conduct", "commission", "file", "write", "produce", "send",
                           "circulate", "unveil", "present", "submit", "compile", "launch"})
#: Nouns for a company: "the company" is the one company the last sentences name.
_COMPANY_NOUNS = frozenset({"company", "firm", "bank", "group", "corporation", "miner", "lender", "carrier",
                            "airline", "insurer", "retailer", "manufacturer", "maker", "producer", "operator",
                            "developer", "conglomerate", "utility", "startup", "giant"})
#: Body nouns that stand for a named body whose name lacks the noun, by what the body is: "the
#: agency" for a national agency, police force or service ("the FBI") or a UN agency; "the bank"
#: for a bank or reserve ("the Federal Reserve"); "the group" for a non-governmental organisation,
#: armed or political group. The nearest such body named before the noun wins (see
#: :meth:`_Coref._kind_nominal`).
_KIND_NOUNS = frozenset({"agency", "bank", "group", "newspaper", "magazine", "tabloid", "broadcaster", "charity",
                         "nonprofit"}) | REGULATOR_NOUNS
#: Body nouns for a non-governmental organisation ("Oxfam ... the charity said").
_NGO_NOUNS = frozenset({"charity", "nonprofit"})
#: Nouns for a news outlet ("the newspaper said", "the magazine reported"), and the last words of
#: newspapers' names that tell one the tables do not type as media ("the Boston Globe").
_PRESS_NOUNS = frozenset({"newspaper", "magazine", "tabloid", "broadcaster"})
_PAPER_NAME_WORDS = frozenset({"globe", "chronicle", "inquirer", "telegraph", "courier", "sentinel", "examiner",
                               "ledger", "times", "post", "journal", "tribune", "herald", "gazette", "daily",
                               "magazine", "newspaper", "observer", "guardian", "star-ledger", "register"})
#: Sectors of a country's bodies that are agencies of its state (not companies, parties or rebels).
_AGENCY_SECTORS = frozenset({"GOV", "COP", "SPY", "MIL", "JUD", "HLH", "ENV", "REF", "AGR", "EDU", "LAB", "DEV",
                             "HRI", "ENR"})
#: Sectors of bodies that are no "group": the state's own.
_STATE_SECTORS = frozenset({"GOV", "COP", "SPY", "MIL", "JUD", "LEG"})
#: Body nouns that make "X officials" the officials of the body "the X" would be.
_BODY_OFFICIALS = frozenset({"agency", "bank", "ministry", "department", "company", "firm", "court", "committee",
                             "commission", "council", "board", "union", "corporation", "bureau", "office"})
#: Last words of names of offices and public bodies, which "the group" does not stand for.
_NO_GROUP_HEADS = frozenset({"commission", "committee", "council", "court", "tribunal", "assembly", "parliament",
                             "board", "administration", "ministry", "department", "office", "service", "authority",
                             "directorate", "bureau", "agency", "university", "hospital", "bank", "reserve"})
_POSTMODS = frozenset({"prep", "acl", "relcl", "appos", "amod"})
_SUBJECTS_OF = frozenset({"according", "by"})  # "according to officials", "said by officials"
MAX_BACK = 3  # sentences searched back for plural, neuter and group antecedents
#: Nouns of unnamed crowds ("a crowd of farmers", "a group of parents") and counts of people
#: ("dozens of residents") that "the group" can refer back to.
_CROWD_NOUNS = frozenset({"crowd", "group", "band", "throng", "mob", "gathering", "handful", "busload"})
_CROWD_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "dozen", "hundred", "thousand"})
#: Kinds of the people in a crowd and of a named group's members ("Hamas fighters", "fighters of
#: Hamas"): an unnamed crowd of the same kind may be that group's own people ("dozens of gunmen").
_MEMBER_KINDS = {
    **dict.fromkeys(("fighter", "gunman", "militant", "insurgent", "rebel", "attacker", "assailant", "guerrilla",
                     "militiaman", "commando", "soldier", "troop", "jihadist", "raider"), "armed"),
    **dict.fromkeys(("activist", "protester", "protestor", "demonstrator", "campaigner", "supporter",
                     "volunteer", "marcher", "picketer", "striker"), "civil"),
}
#: Modifiers that describe a body rather than tell another one ("an eight-member court").
_NOT_ANOTHER_BODY = frozenset({"member", "judge", "justice", "person", "new", "full", "whole", "same", "divided",
                               "unanimous", "powerful", "bipartisan", "special"})
#: Body nouns that "the ..." may use for a body the article never names.
_UNNAMED_BODY_NOUNS = frozenset({"group", "committee", "commission", "court", "panel", "council", "board",
                                 "tribunal", "agency"})
#: Weights of the he/she antecedent score (tuned on PolNeAR train, see module doc).
PRONOUN_WEIGHTS = {
    "max_back": 6,  # sentences searched back
    "dist": 0.7,  # cost per sentence of distance
    "subject": 0.6,  # antecedent mention is a subject
    "speaker": 0.3,  # ... of a speech verb
    "governs": 0.8,  # "X said he ...": subject of the clause governing the pronoun's clause
    "unknown_gender": 0.35,  # the person's gender is unknown
    "quoted": 2.0,  # antecedent inside a quotation, pronoun outside
    "floor": -5.0,  # below this, leave unresolved
    "salience": 0.2,  # per log(1 + earlier mentions of the person)
    "chain": 0.0,  # speaker of a speech verb, pronoun too
    "main": 0.1,  # antecedent is the subject of a main clause ("X said that Y ...": X)
    "every_mention": 1.0,  # 1: a person's best-scoring mention in the window counts, 0: its last one
    "relcl": 1.0,  # 1: "X, who said ...": X is the subject (speaker) of the relative clause
}
#: Singular nouns of an unnamed official who can be the "he"/"she" of the same sentence.
_OFFICIAL_NOUNS = frozenset({"envoy", "spokesman", "spokeswoman", "spokesperson", "official", "diplomat",
                             "negotiator", "aide", "ambassador", "representative", "emissary", "mediator"})
#: AP-style abbreviations of US states, as party labels write them ("R-Fla.", "D-Calif."): a role
#: nominal's place word ("the Florida senator") matches them.
_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "alabama": ("-ala.",), "arizona": ("-ariz.",), "arkansas": ("-ark.",), "california": ("-calif.",),
    "colorado": ("-colo.",), "connecticut": ("-conn.",), "delaware": ("-del.",), "florida": ("-fla.",),
    "georgia": ("-ga.",), "illinois": ("-ill.",), "indiana": ("-ind.",), "kansas": ("-kan.",),
    "kentucky": ("-ky.",), "louisiana": ("-la.",), "maryland": ("-md.",), "massachusetts": ("-mass.",),
    "michigan": ("-mich.",), "minnesota": ("-minn.",), "mississippi": ("-miss.",), "missouri": ("-mo.",),
    "montana": ("-mont.",), "nebraska": ("-neb.",), "nevada": ("-nev.",), "oklahoma": ("-okla.",),
    "oregon": ("-ore.",), "pennsylvania": ("-pa.",), "tennessee": ("-tenn.",), "texas": ("-texas", "-tex."),
    "vermont": ("-vt.",), "virginia": ("-va.",), "washington": ("-wash.",), "wisconsin": ("-wis.",),
    "wyoming": ("-wyo.",), "carolina": ("-n.c.", "-s.c."), "dakota": ("-n.d.", "-s.d."),
    "hampshire": ("-n.h.",), "jersey": ("-n.j.",), "mexico": ("-n.m.",), "york": ("-n.y.",),
}
_OPEN_Q = frozenset({"“", "``", "‘‘"})
_CLOSE_Q = frozenset({"”", "''", "’’"})


def _is_subject(tok: Token) -> bool:
    """A subject, a conjunct of one, or a name in apposition to one ("One delegate, Ann Lee, said")."""
    if tok.dep_ in ("conj", "appos"):
        tok = tok.head
    return tok.dep_ in _SUBJ


def _role_fits(role: str, phrase: str) -> bool:
    """"the minister" fits "foreign minister"; "the secretary" fits "secretary of state"."""
    base = role.removeprefix("former ").split(" of ")[0]
    return base == phrase or base.endswith(" " + phrase)


def _kind_fits(noun: str, d: ActorDraft) -> bool:
    """Whether a body noun ("agency", "bank", "group") can stand for the actor ``d`` by what it is,
    whatever its name says ("the agency" for the FBI, "the bank" for the Federal Reserve)."""
    if d.type not in ("organisation", "igo", "media") or d.origin in ("collective", "seat"):
        return False
    name = d.name.lower()
    if noun in _PRESS_NOUNS:  # "the newspaper": a news outlet the article named
        return d.type == "media" or (d.type == "organisation" and name.split()[-1] in _PAPER_NAME_WORDS)
    if noun == "agency" and d.type == "media":
        return True  # a news outlet named in the text ("Xinhua reported ... the agency said")
    if d.is_source:
        return False
    if noun in REGULATOR_NOUNS:  # "the regulator": an oversight body named before (branch spk6)
        return regulator_fits(d)
    if noun == "agency":
        if d.type == "igo":  # a UN body ("the World Health Organization": a UN agency), not the UN itself
            return bool(d.code and d.code.startswith("IGOUNO")) and d.id != "IGO:UN" and d.sector != "GOV"
        return d.country is not None and d.sector in _AGENCY_SECTORS
    if noun == "bank":
        return d.type != "media" and any(w in name for w in ("bank", "reserve"))
    if noun in _NGO_NOUNS:  # "the charity": a body coded as a non-governmental organisation
        return (d.code or "").startswith("NGO") or d.sector == "NGO"
    if noun == "group":  # (not an office the tables do not know: "the Election Commission" is no group)
        return d.type == "organisation" and d.sector not in _STATE_SECTORS \
            and name.split()[-1] not in _NO_GROUP_HEADS
    return False


def _named_armed_group(d: ActorDraft, sector: str) -> bool:
    """A named armed group ("Hamas", "Boko Haram", "the Taliban"): "the militants", "the rebels",
    "the insurgents" after it are its fighters (evmat round)."""
    return sector == "REB" and d.type in ("organisation", "group") and d.sector == "REB"


def _clause_verb(tok: Token) -> Token:
    h = tok
    while h.dep_ not in ("ROOT",) and h.pos_ not in ("VERB", "AUX"):
        h = h.head
    return h


#: Kinship nouns of an unnamed relative ("his widow"); not "partner", as often a business or
#: coalition partner as a spouse.
_RELATIVE_NOUNS = KIN_NOUNS - {"partner"}
#: Noun modifiers that keep a kinship noun kinship ("his foster mother", "her step sister").
_KIN_COMPOUNDS = frozenset({"foster", "step", "half", "god", "birth"})
#: Adjectives that make a kinship noun a figure of speech, not a relative ("a junior sibling", "the
#: senior partner", "a trading parent").
_NOT_KIN_MODIFIERS = frozenset({"junior", "senior", "trading", "business", "coalition", "strategic", "major",
                                "key", "minor", "founding", "managing", "silent", "sparring", "negotiating",
                                "corporate", "commercial", "political", "spiritual"})


class _Coref:
    def __init__(self, doc: Doc, acts: DocActors, rec: Recognition) -> None:
        self.doc = doc
        self.acts = acts
        self.rec = rec
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for k, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = k
        self.quoted = self._quoted()
        self.roles_ending: dict[int, list] = {}  # end token -> the role matches ending there, in order
        for r in rec.roles:
            self.roles_ending.setdefault(r.end, []).append(r)
        # the coordinations by start token (of two at one token, the first found first)
        self.coord_order = sorted(range(len(rec.coords)), key=lambda j: (rec.coords[j][0], j))
        self.coord_starts = [rec.coords[j][0] for j in self.coord_order]
        # word -> (start, order added) of the mentions of organisations named with that word
        # ("the bank" looks up "bank"); indexed as mentions are added
        self.org_words: dict[str, list[tuple[int, int]]] = {}
        self.org_indexed = 0
        self.role_cache: dict[str, list[ActorDraft]] = {}
        self.role_cache_size = -1
        self.pool_starts: dict[int, list[int]] = {}
        self.pool_items: dict[int, list[tuple[int, tuple[str, ...]]]] = {}

    def _quoted(self) -> list[bool]:
        """Per token: inside a quotation (straight quotes toggle; curly quotes open/close)."""
        doc = self.doc
        strings = doc.vocab.strings
        opens = {strings.add(q) for q in _OPEN_Q}
        closes = {strings.add(q) for q in _CLOSE_Q}
        straight = strings.add('"')
        orth = doc.to_array("ORTH")
        out = [False] * len(doc)
        inside = False
        for i in range(len(doc)):
            o = orth[i]
            if o in opens:
                inside = True
            elif o in closes:
                out[i] = inside
                inside = False
                continue
            elif o == straight:
                inside = not inside
            out[i] = inside
        return out

    def _tokens_with_lower(self, words: frozenset[str] | set[str]) -> list[Token]:
        """Tokens whose lower-case form is in ``words`` (without walking every Token object)."""
        doc = self.doc
        strings = doc.vocab.strings
        hashes = {strings.add(w) for w in words}
        low = doc.to_array("LOWER")
        return [doc[i] for i in range(len(doc)) if low[i] in hashes]

    # -- pronouns ----------------------------------------------------------------------------
    def _candidates(self, i: int, pred, back: int = MAX_BACK, every: bool = False
                    ) -> list[tuple[int, ActorDraft, int]]:
        """(sentence distance, draft, token of its last mention) for actors before token i.

        With ``every``, one triple per mention instead of only each actor's last one.
        """
        k = self.sent_of[i]
        lo = self.sents[max(0, k - back)].start
        window = self.acts.between(lo, i)  # not every mention of the article: linear in its length
        if every:
            out = []
            for m in window:
                if lo <= m.start < i and m.end <= i:
                    d = self.acts.drafts[m.actor]
                    if pred(d):
                        t = self._head_token(m, d)
                        out.append((k - self.sent_of[t], d, t))
            return out
        last: dict[str, int] = {}
        for m in window:
            if lo <= m.start < i and m.end <= i:
                d = self.acts.drafts[m.actor]
                if pred(d):
                    last[m.actor] = max(last.get(m.actor, -1), self._head_token(m, d))
        return [(k - self.sent_of[t], self.acts.drafts[a], t) for a, t in last.items()]

    def _head_token(self, m: TokMention, d: ActorDraft) -> int:
        """The token that stands for a mention in the pronoun score: its last one, but the
        kinship noun of a relative's phrase ("the son of Olsen": "son", the subject)."""
        if d.origin == "relative":
            return self.doc[m.start:m.end].root.i
        return m.end - 1

    def _score(self, pron: Token, dist: int, tok: int) -> float:
        doc = self.doc
        w = PRONOUN_WEIGHTS
        t = doc[tok]
        score = -w["dist"] * dist
        if self.quoted[tok] and not self.quoted[pron.i]:
            score -= w["quoted"]
        if _is_subject(t):
            score += w["subject"]
            v = t.head if t.dep_ in _SUBJ else t.head.head
            if v.lemma_ in _SPEECH:
                score += w["speaker"]
                if pron.dep_ in _SUBJ and pron.head.lemma_ in _SPEECH:
                    score += w["chain"]  # "X said ... . “...,” he said": the same speaker
            if v.dep_ == "ROOT" or (v.dep_ == "conj" and v.head.dep_ == "ROOT"):
                score += w["main"]
        elif w["relcl"] and any(c.dep_ == "relcl" and any(g.dep_ in _SUBJ and g.lower_ == "who" for g in c.children)
                                for c in t.children):
            v = next(c for c in t.children if c.dep_ == "relcl")
            score += w["subject"] + (w["speaker"] if v.lemma_ in _SPEECH else 0.0)
        elif t.dep_ == "poss":
            score += 0.1
        elif t.dep_ in ("pobj", "dobj", "appos", "compound"):
            score -= 0.1
        if dist == 0:
            pv = _clause_verb(pron)
            tv = _clause_verb(t)
            if pv == tv and pron.dep_ != "poss" and not pron.lower_.endswith("self"):
                return -99.0  # co-argument of the same verb
            # "X said (that) he ..." : pronoun's clause hangs under X's verb
            h = pv
            while h.head.i != h.i and h != tv:
                h = h.head
            if h == tv and _is_subject(t):
                score += w["governs"]
        score += 0.00001 * tok  # later mention breaks exact ties
        return score

    def pronouns(self) -> None:
        for tok in self._tokens_with_lower(_MALE | _FEMALE | _PLURAL | _NEUTER):
            low = tok.lower_
            if tok.i in self.acts.taken or tok.pos_ not in ("PRON", "DET"):
                continue
            if low in _MALE or low in _FEMALE:
                owner = self._unnamed_official(tok)
                if owner is not False:
                    if isinstance(owner, str):
                        self.acts.add(tok.i, tok.i + 1, owner, "pronoun")
                    continue
                g = "m" if low in _MALE else "f"
                other = "f" if g == "m" else "m"
                topic = self._topic_person(tok, other)
                if topic is not None:  # "As for Lee, he said ...": the topic is the pronoun
                    self.acts.add(tok.i, tok.i + 1, topic, "pronoun")
                    continue
                w = PRONOUN_WEIGHTS
                cands = self._candidates(tok.i, lambda d, o=other: d.type == "person" and d.gender != o,
                                         back=int(w["max_back"]), every=bool(w["every_mention"]))
                best_of: dict[str, tuple[float, ActorDraft]] = {}
                named_later = self._named_in_own_clause(tok)
                for dist, d, t in cands:
                    if d.id in named_later:
                        continue
                    s = self._score(tok, dist, t)
                    if d.gender is None:
                        s -= w["unknown_gender"]
                    if w["salience"]:
                        s += w["salience"] * math.log1p(self._count_before(d.id, tok.i))
                    if d.id not in best_of or s > best_of[d.id][0]:
                        best_of[d.id] = (s, d)
                scored = sorted(best_of.values(), key=lambda x: -x[0])
                if not scored and not [c for c in cands if c[1].id not in named_later]:
                    only = self._only_person_before(tok, other, named_later)
                    if only is not None:
                        self.acts.add(tok.i, tok.i + 1, only.id, "pronoun")
                    continue
                if not scored or scored[0][0] < w["floor"]:
                    continue
                if len(scored) > 1 and abs(scored[0][0] - scored[1][0]) < 1e-3:
                    continue
                best = scored[0][1]
                if best.gender is None and tok.dep_ != "poss":
                    best.gender = g  # a subject or object pronoun tells the gender; a possessive is weaker evidence
                self.acts.add(tok.i, tok.i + 1, best.id, "pronoun")
            elif low in _PLURAL:
                self._plural_pronoun(tok)
            elif low in ("its", "itself") or (low == "it" and tok.dep_ in _SUBJ and tok.head.lemma_ in _SPEECH):
                ids = self._subject_bodies(tok)
                if len(ids) == 1:
                    self.acts.add(tok.i, tok.i + 1, ids.pop(), "pronoun")

    def relatives(self) -> None:
        """An unnamed relative of a person ("Olsen's son", "the daughter of the senator", "his
        widow") is a person of its own: one actor whose mention covers the whole phrase, so that
        every stage that looks up the phrase (a speaker, a stance holder, an event participant)
        finds the relative, not the person whose relative it is, and a later he/she can take it.
        The kinship noun tells the gender. A relative named in the phrase ("his daughter Lena",
        "Lena, his daughter", "her father, Carl Lind") is that named person's, not made here."""
        doc = self.doc
        for tok in self._tokens_with_lower(_RELATIVE_NOUNS):
            if tok.tag_ != "NN" or tok.pos_ != "NOUN" or tok.i in self.acts.taken or self.quoted[tok.i]:
                continue
            if any((c.dep_ == "compound" and c.lower_ not in _KIN_COMPOUNDS) or c.lower_ in _NOT_KIN_MODIFIERS
                   for c in tok.children if c.dep_ in ("compound", "amod")):
                continue  # "his coalition partner", "her business partner", "a junior sibling company"
            if tok.dep_ in ("appos", "compound", "attr") or any(
                    c.dep_ in ("appos", "compound", "flat", "nmod") and c.pos_ == "PROPN" for c in tok.children):
                continue  # named, or the description of a named person ("X is his son")
            poss = [c for c in tok.children if c.dep_ == "poss"]
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i]
            owner = poss[0] if poss else (of[0] if of else None)
            if owner is None or not self._person_phrase(owner):
                continue
            start = tok.left_edge.i
            end = (of[0].right_edge.i + 1) if of and not poss else tok.i + 1
            while start < tok.i and doc[start].is_punct:
                start += 1
            own = {t.i for t in owner.subtree}
            if any(m.start not in own and (m.kind in ("name", "surname") or self.acts.drafts[m.actor].type == "person")
                   for m in self.acts.between(start, tok.i)):
                continue  # "Ana Reyes - his sister and aide": the description of a named person
            b = start - 1
            while b >= 0 and (doc[b].is_punct or doc[b].is_quote) and doc[b].text not in (".", ";", ":"):
                b -= 1
            if b >= 0 and b < start - 1 and (m := self.acts.mention_at(b)) is not None \
                    and self.acts.drafts[m.actor].type == "person" and m.kind in ("name", "surname"):
                continue  # "Ana Reyes, his mother,": an apposition the parse missed
            words = [t.text for t in doc[start:end]]
            if words and words[0].lower() in ("the", "a", "an"):
                words = words[1:]
            name = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")
            d = self.acts.ensure(ActorDraft(id=f"relative:{slug(name)}", name=name, type="person",
                                            gender=KIN_GENDER.get(tok.lower_), origin="relative"))
            self.acts.add_nested(start, end, d.id, "nominal")
            self.acts.taken.add(tok.i)

    def _person_phrase(self, owner: Token) -> bool:
        """Whether a possessor or an of-phrase names a person: a personal pronoun ("his", "her",
        "their"), or a person's mention inside it."""
        if owner.lower_ in ("his", "her", "their", "my", "our", "your"):
            return True
        for t in owner.subtree:
            m = self.acts.mention_at(t.i)
            if m is not None and self.acts.drafts[m.actor].type == "person":
                return True
        return False

    def _topic_person(self, tok: Token, other_gender: str) -> str | None:
        """"As for Lee, he said he was not worried": a he/she subject right after a topic phrase
        ("as for X,", "as to X,") naming a person of a compatible gender is that person."""
        doc = self.doc
        if tok.dep_ not in _SUBJ or tok.i < 4 or doc[tok.i - 1].text != "," or self.quoted[tok.i]:
            return None
        m = self.acts.mention_at(tok.i - 2)
        if m is None or m.end != tok.i - 1 or m.start < 2:
            return None
        d = self.acts.drafts[m.actor]
        if d.type != "person" or d.gender == other_gender:
            return None
        if doc[m.start - 2].lower_ != "as" or doc[m.start - 1].lower_ not in ("for", "to"):
            return None
        return d.id

    def _subject_bodies(self, tok: Token) -> set[str]:
        """The states, IGOs and organisations (singular) that are a subject of the same or previous
        sentence before ``tok``: any of their mentions counts (not only the last, which may be an
        "its"), judged by the head of the mention ("the Foreign Ministry of Chile": Ministry)."""
        doc = self.doc
        k = self.sent_of[tok.i]
        lo = self.sents[max(0, k - 1)].start
        out: set[str] = set()
        for m in self.acts.between(lo, tok.i):
            if not (lo <= m.start < tok.i and m.end <= tok.i):
                continue
            d = self.acts.drafts[m.actor]
            if d.type in ("state", "igo", "organisation", "media") and not d.plural \
                    and _is_subject(doc[m.start:m.end].root):
                out.add(d.id)
        return out

    def _only_person_before(self, tok: Token, other_gender: str, not_these: frozenset[str] | set[str] = frozenset()
                            ) -> ActorDraft | None:
        """A he/she outside quotations with no person in the last ``max_back`` sentences: the one
        person of a compatible gender the article has named before it, if there is exactly one
        ("Senator X opened the hearing. <seven sentences on the bill> “...,” he said")."""
        if self.quoted[tok.i]:
            return None
        found = {d.id: d for _, d, _ in self._candidates(
            tok.i, lambda d: d.type == "person" and d.gender != other_gender and d.id not in not_these,
            back=len(self.sents))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_in_own_clause(self, pron: Token) -> set[str]:
        """The persons a subject pronoun cannot be: those named later in its own clause outside
        quotations (``nlp.common.binding``), whatever came before. Names before the pronoun are
        left to the co-argument rule of ``_score``."""
        out: set[str] = set()
        for t in later_in_own_clause(pron, self.quoted.__getitem__):
            m = self.acts.mention_at(t.i)
            if m is not None and self.acts.drafts[m.actor].type == "person":
                out.add(m.actor)
        # nor a person its own quotation names ("“Lee has no plan,” he said": not Lee)
        for i in own_quotation(pron, lambda v: v.lemma_ in _SPEECH, self.quoted.__getitem__):
            m = self.acts.mention_at(i)
            if m is not None and m.kind in ("name", "surname") and self.acts.drafts[m.actor].type == "person":
                out.add(m.actor)
        return out

    def _unnamed_official(self, tok: Token) -> str | None | bool:
        """"The UN special envoy ... welcomed the meeting, according to her office": when the last
        subject before a he/she in its sentence is an unnamed official ("envoy", "spokeswoman"), the
        pronoun is that official, not a named person further back. It then stands for the body named
        in the official's noun phrase (the UN), else it stays unresolved (None). False: the rule does
        not apply (no such subject, or the official is named or resolved to a person)."""
        doc = self.doc
        if self.quoted[tok.i]:
            return False
        sent = self.sents[self.sent_of[tok.i]]
        subj = None
        for t in doc[sent.start:tok.i]:
            if t.dep_ in ("nsubj", "nsubjpass"):
                subj = t
        if subj is None or subj.lower_ not in _OFFICIAL_NOUNS:
            return False
        owner: str | None = None
        for t in subj.subtree:
            m = self.acts.mention_at(t.i)
            if m is None:
                continue
            kind = self.acts.drafts[m.actor].type
            if kind == "person":
                return False
            if kind in ("igo", "state", "organisation") and owner is None:
                owner = m.actor
        return owner

    def _count_before(self, aid: str, i: int) -> int:
        return self.acts.count_before(aid, i)

    def _plural_pronoun(self, tok: Token) -> None:
        k = self.sent_of[tok.i]
        # a coordination of actors in the same or previous sentence, nearest first
        best: tuple[int, tuple[str, ...]] | None = None
        j = bisect_left(self.coord_starts, tok.i)  # the latest one before the pronoun (of two there, the first)
        if j:
            start, members = self.rec.coords[self.coord_order[bisect_left(self.coord_starts, self.coord_starts[j - 1])]]
            if k - self.sent_of[start] <= 1:
                best = self._whole_coordination(start, members)
        cands = self._candidates(tok.i, lambda d: d.plural or d.type == "group")
        near = [(dist, d, t) for dist, d, t in cands if dist <= 1]
        near.sort(key=lambda x: (x[0], -x[2]))
        # the coordination wins over an actor named before it, and over its own last conjunct
        # ("Czech and Slovak diplomats said they ...": both, not only the Slovak ones), and over
        # anything named after it when it is in the subject of the verb that reports the pronoun's
        # clause ("The leaders of A, B and C, whose armies fought X, said they ...": A, B and C)
        if best is not None and (not near or near[0][2] < best[0]
                                 or (near[0][1].id in best[1] and near[0][2] - best[0] <= 8)
                                 or self._in_reporting_subject(tok, best[0])):
            g = self._group(best[1])
            self.acts.add(tok.i, tok.i + 1, g.id, "pronoun")
        elif near:
            self.acts.add(tok.i, tok.i + 1, near[0][1].id, "pronoun")
        else:
            self._they_organisation(tok)
            if tok.i not in self.acts.taken:
                self._they_people(tok)

    def _they_people(self, tok: Token) -> None:
        """"Lindqvist supporters cried foul. They have promised to fight on.": a "they" that speaks
        (subject of a speech or commitment verb, outside quotations) with no actor to take is the
        nearest plural people noun that is a subject in the same or the previous sentence
        ("supporters", "allies", "protesters", "residents"), a group named by its own phrase
        ("Lindqvist supporters", "Kell's allies"): the people, not the person they follow."""
        doc = self.doc
        if tok.lower_ != "they" or tok.dep_ not in _SUBJ or self.quoted[tok.i] \
                or tok.head.lemma_ not in _SPEECH | _COMMIT:
            return
        k = self.sent_of[tok.i]
        lo = self.sents[max(0, k - 1)].start
        for t in reversed(doc[lo : tok.i]):
            if t.dep_ not in _SUBJ or self.quoted[t.i] or t.tag_ != "NNS" or t.lower_ not in _PEOPLE_PLURALS:
                continue
            m = self.acts.mention_at(t.i)
            if m is not None:
                d = self.acts.drafts[m.actor]
                if d.plural or d.type == "group":
                    self.acts.add(tok.i, tok.i + 1, d.id, "pronoun")
                return
            start = t.left_edge.i
            while start < t.i and (doc[start].pos_ in ("DET", "NUM", "PUNCT") or doc[start].lower_ in _QUANTIFIERS):
                start += 1
            if any(i in self.acts.taken and (mm := self.acts.mention_at(i)) is not None
                   and mm.kind not in ("name", "surname", "acronym", "pronoun", "demonym") for i in range(start, t.i)):
                return  # the phrase is another actor's ("the agency's staff")
            name = doc[start : t.i + 1].text
            own = self.acts.mention_at(start) if doc[start].tag_ == "PRP$" else None
            if own is not None:  # "his advisers": the advisers of the person "his" is
                name = f"{self.acts.drafts[own.actor].name}'s {doc[start + 1 : t.i + 1].text}"
            g = self.acts.ensure(ActorDraft(id=f"group:{slug(name)}", name=name, type="group", plural=True,
                                            origin="people"))
            self.acts.add_nested(start, t.i + 1, g.id, "phrase")
            if not any(i in self.acts.taken for i in range(start, t.i + 1)):
                self.acts.add(start, t.i + 1, g.id, "nominal")
            self.acts.add(tok.i, tok.i + 1, g.id, "pronoun")
            return

    def _whole_coordination(self, start: int, members: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
        """The largest coordination of the same sentence that holds every member of this one and
        starts before it ("Chad, Sudan and Libya" over its tail "Sudan and Libya"), else this one."""
        k = self.sent_of[start]
        best = (start, members)
        for s0, ms in self.rec.coords:
            if s0 < best[0] and self.sent_of[s0] == k and set(best[1]) < set(ms):
                best = (s0, ms)
        return best

    def _in_reporting_subject(self, tok: Token, i: int) -> bool:
        """Is token ``i`` inside the subject of the speech verb whose reported clause has ``tok``
        as its subject ("The heads of A and B ... said that they ...")?"""
        if tok.dep_ not in _SUBJ or tok.head.dep_ != "ccomp":
            return False
        verb = tok.head.head
        if verb.lemma_ not in _SPEECH:
            return False
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        return subj is not None and subj.i < tok.i and subj.left_edge.i <= i <= subj.right_edge.i

    def _they_organisation(self, tok: Token) -> None:
        """"Norvik Mining reported a loss. “Demand has collapsed,” they said.": a "they" that speaks
        (subject of a speech verb, outside quotations) with no plural actor to take is the one
        organisation (company, IGO, outlet) that is the subject of the same or the previous
        sentence. Not when a plural noun that names no actor is a subject in between ("the union
        said workers would strike ... they said": the workers), nor when two organisations compete."""
        doc = self.doc
        if tok.lower_ != "they" or tok.dep_ not in _SUBJ or tok.head.lemma_ not in _SPEECH or self.quoted[tok.i]:
            return
        cands = self._candidates(tok.i, lambda d: d.type in ("organisation", "igo", "media") and not d.plural,
                                 every=True)
        near = [(d, t) for dist, d, t in cands if dist <= 1 and _is_subject(doc[t]) and not self.quoted[t]]
        if len({d.id for d, _ in near}) != 1:
            return
        last = max(t for _, t in near)
        for t in doc[last + 1 : tok.i]:
            if (t.tag_ in ("NNS", "NNPS") and (t.dep_ in _SUBJ or (t.dep_ == "conj" and t.head.dep_ in _SUBJ))
                    and self.acts.mention_at(t.i) is None):
                return
        self.acts.add(tok.i, tok.i + 1, near[0][0].id, "pronoun")

    # -- groups and nominals -----------------------------------------------------------------
    def _group(self, members: tuple[str, ...]) -> ActorDraft:
        names = [self.acts.drafts[m].name for m in members]
        name = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
        countries = {self.acts.drafts[m].country for m in members}
        return self.acts.ensure(
            ActorDraft(id=group_id(members), name=name, type="group", members=tuple(members), plural=True,
                       country=countries.pop() if len(countries) == 1 else None, origin="group")
        )

    def nominals(self) -> None:
        heads = (_STATE_NOUNS | _SIDE_NOUNS | _PERSON_NOUNS | _ORG_NOUNS | _GOV_PLURALS | _OFFICE_NOUNS | _COMPANY_NOUNS
                 | _DOC_NOUNS | REGULATOR_NOUNS
                 | {self.doc[r.end - 1].lower_ for r in self.rec.roles})
        for tok in self._tokens_with_lower(heads):
            if tok.i in self.acts.taken or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            hit = apposed_body(tok, self.acts)
            if hit is not None:  # "The carrier, Northwind Ferries,": the body its apposition names
                self.acts.add(hit[0], tok.i + 1, hit[1], "nominal")
                continue
            if tok.lower_ in _GOV_PLURALS and tok.tag_ == "NNS" and self._body_officials(tok):
                continue
            if tok.lower_ in _GOV_PLURALS and self._bare(tok):
                # "administration officials": the government's, never another organisation's
                gov = any(c.lower_ in ("administration", "government") for c in tok.children)
                self._government_nominal(tok, tok.i, tok.i + 1, orgs=not gov)
                continue
            low = tok.lower_
            if low in _UNNAMED_BODY_NOUNS and tok.tag_ == "NN" and self._unnamed_antecedent(tok):
                continue  # "a crowd of farmers gathered ... the group said": no named body is meant
            num = None
            det = None
            for c in tok.children:
                if c.i < tok.i and c.lower_ in _NUMBERS:
                    num = _NUMBERS[c.lower_]
                if c.i < tok.i and c.dep_ == "det":
                    det = c
            start = min([c.i for c in tok.children if c.i < tok.i and c.dep_ in ("det", "nummod", "predet", "amod")]
                        + [tok.i])
            if num and tok.tag_ in ("NNS", "NNPS") and (low in _STATE_NOUNS or low in _SIDE_NOUNS or low in _PERSON_NOUNS):
                if not self.acts.free(start, tok.i + 1):
                    continue
                members = self._members(tok.i, low, num)
                if members:
                    g = self._group(members)
                    self.acts.add(start, tok.i + 1, g.id, "nominal")
            elif det is not None and det.lower_ == "the" and tok.tag_ == "NNS" and (
                    low in _STATE_NOUNS or low in _SIDE_NOUNS) and self.acts.free(start, tok.i + 1) \
                    and self._pair_before(tok.i, low) is not None:
                # "the neighbours", "the sides" without a number: only a pair coordinated just before
                g = self._group(self._pair_before(tok.i, low))  # type: ignore[arg-type]
                self.acts.add(start, tok.i + 1, g.id, "nominal")
            elif det is not None and det.lower_ == "the" and tok.tag_ == "NN" and tok.lower_ in _DOC_NOUNS:
                if start == det.i:
                    self._document_nominal(tok, start)  # "the report says": its author
            elif det is not None and det.lower_ == "the" and tok.tag_ in ("NN", "NNS"):
                if tok.lower_ in _OFFICE_NOUNS and tok.tag_ == "NN" and start == det.i:
                    self._org_nominal(tok, start, recent=True)  # "the Veterans Health Administration ... the administration"
                    if tok.i in self.acts.taken:
                        continue
                self._role_nominal(tok, start)
                if tok.i not in self.acts.taken and tok.lower_ == "board" and tok.tag_ == "NN" and start == det.i \
                        and any(c.lower_ == "editorial" for c in tok.children):
                    self._kind_nominal(tok, start, noun="newspaper")  # "the editorial board": the paper's
                if tok.i not in self.acts.taken and tok.lower_ in _KIND_NOUNS and tok.tag_ == "NN" \
                        and start == det.i:
                    self._kind_nominal(tok, start)
                if tok.i not in self.acts.taken and tok.lower_ in _ORG_NOUNS and tok.tag_ == "NN" \
                        and start == det.i:
                    self._org_nominal(tok, start)
                if tok.i not in self.acts.taken and tok.lower_ in _COMPANY_NOUNS and tok.tag_ == "NN" \
                        and start == det.i:
                    self._only_org(tok, start)
            if tok.i not in self.acts.taken and det is not None and det.lower_ == "the" and start == det.i \
                    and tok.tag_ == "NNP" and tok.is_title and low in _ORG_NOUNS | _OFFICE_NOUNS \
                    and not any(c.dep_ == "compound" for c in tok.children) and tok.ent_type_ in ("", "ORG"):
                # "the European Commission said ... a spokeswoman for the Commission": a body's last
                # name word capitalised alone is that body, as "the commission" is
                self._org_nominal(tok, start, recent=low in _OFFICE_NOUNS)
            if tok.i not in self.acts.taken and low in _BARE_BODIES and tok.tag_ == "NN" \
                    and all((c.dep_ == "det" and c.lower_ == "the") or (
                        c.dep_ in ("amod", "compound") and c.lower_ in _BARE_BODY_MODS)
                            for c in tok.children if c.i < tok.i):
                start = min([c.i for c in tok.children if c.i < tok.i] + [tok.i])
                self._bare_body(tok, start)

    def _bare_body(self, tok: Token, start: int) -> None:
        """"parliament approved it", "the legislature", "the security cabinet": with no such body
        named before, the legislature (the government, for a cabinet) of the one state the sentence
        speaks for: the state of its main subject (a state, a state official or body: "President X
        signed the bill, a week after parliament approved it"), else the one state of every state
        actor of the sentence."""
        if not self.acts.free(start, tok.i + 1):
            return
        self._org_nominal(tok, start, recent=True)
        if tok.i in self.acts.taken:
            return
        tables = getattr(self.rec.government_names, "tables", None)
        if tables is None:
            return
        sent = self.sents[self.sent_of[tok.i]]

        def state_of(d: ActorDraft) -> str | None:
            if d.is_source or d.type == "group":
                return None
            if d.type == "state":
                return d.id
            return d.country if d.country and ((d.type == "person" and d.role) or d.sector in _STATE_SECTORS) \
                else None

        # the nearest clause above the body that names who acts: its subject (not a passive one,
        # which undergoes the act), or for an infinitive the object that controls it ("Germany urged
        # Ukraine to let parliament vote": Ukraine's)
        iso = None
        decided = False
        t = tok
        while t.head.i != t.i and not decided:
            parent = t.head
            if parent.pos_ in ("VERB", "AUX"):
                who = next((c for c in parent.children if c.dep_ == "dobj"), None) if t.dep_ == "xcomp" else None
                who = who or next((c for c in parent.children if c.dep_ == "nsubj" and c.i != tok.i), None)
                m = self.acts.mention_at(who.i) if who is not None else None
                if m is not None:
                    iso, decided = state_of(self.acts.drafts[m.actor]), True
            t = parent
        if not decided:
            states = {state_of(self.acts.drafts[m.actor]) for m in self.acts.between(sent.start, sent.end)
                      if m.end <= sent.end}
            states.discard(None)
            iso = states.pop() if len(states) == 1 else None
        if iso is None or iso not in tables.countries:
            return
        c = tables.countries[iso]
        sector = _BARE_BODIES[tok.lower_]
        d = self.acts.ensure(ActorDraft(id=collective_id(c.cameo, sector), name=collective_name(c.name, c.demonyms, sector),
                                        type="organisation", country=iso, code=compose_code(c.cameo, sector),
                                        sector=sector, plural=True, origin="collective"))
        self.acts.add(start, tok.i + 1, d.id, "nominal")

    def _unnamed_antecedent(self, tok: Token) -> bool:
        """A definite body noun ("the group", "the committee", "the court") whose latest possible
        antecedent is one the article does not name: an indefinite phrase with the same noun ("a
        Senate committee held a hearing ... the committee said", "a state court ... the court")
        or, for "the group", an unnamed crowd as a subject ("a crowd of farmers", "dozens of
        residents"), more recent than any body the article names that the noun could be."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        k = self.sent_of[tok.i]
        lo = self.sents[max(0, k - 2 * MAX_BACK)].start
        low = tok.lower_
        group = low == "group"
        last = max((m.end for m in self.acts.between(lo, tok.i) if m.end <= tok.i
                    and (low in self.acts.drafts[m.actor].name.lower().split()
                         or (group and self.acts.drafts[m.actor].type in ("organisation", "group")))), default=lo)
        for t in self.doc[last:tok.i]:
            if t.pos_ != "NOUN" or t.i in self.acts.taken:
                continue
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
            if t.lower_ == low and indefinite and any(
                    c.dep_ in ("compound", "amod", "nmod") and c.i < t.i and c.pos_ in ("PROPN", "NOUN", "ADJ")
                    and not c.like_num and c.lower_ not in _NOT_ANOTHER_BODY for c in t.children):
                return True  # "a Senate committee", "a state court": another body ("a nine-member court" is none)
            if group and t.dep_ in ("nsubj", "nsubjpass") and (
                    (t.lower_ in _CROWD_NOUNS and indefinite)
                    or (t.lower_ in _CROWD_COUNTS and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))) \
                    and not self._named_members(t, lo):
                return True
        return False

    def _named_members(self, crowd: Token, lo: int) -> bool:
        """Could an unnamed crowd ("dozens of gunmen") be the people of a group the article named
        before it as their own ("Hamas fighters", "activists of Greenpeace")? Only a crowd of the same kind
        of people (armed, civil): then it does not hide that group from "the group"."""
        of = next((c for c in crowd.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        kind = _MEMBER_KINDS.get(people.lemma_.lower()) if people is not None else None
        if kind is None:
            return False
        for m in self.acts.between(lo, crowd.i):
            if m.end > crowd.i or self.acts.drafts[m.actor].type not in ("organisation", "group"):
                continue
            last = self.doc[m.end - 1]  # the mention may hold its members ("Hamas fighters")
            head = last.head if last.dep_ == "compound" else (
                last.head.head if last.dep_ == "pobj" and last.head.lower_ == "of" else last)
            if head.pos_ == "NOUN" and _MEMBER_KINDS.get(head.lemma_.lower()) == kind:
                return True
        return False

    def _pair_before(self, i: int, noun: str) -> tuple[str, ...] | None:
        """The coordinated pair ("A and B") that a bare definite plural ("the neighbours") names:
        the latest one within MAX_BACK sentences, else nothing."""
        pool = self.rec.coord_states if noun in _STATE_NOUNS else self.rec.coords
        coords = self._coords_before(pool, i, self.sent_of[i], 2)
        return max(coords)[1] if coords else None

    def _members(self, i: int, noun: str, n: int) -> tuple[str, ...] | None:
        k = self.sent_of[i]
        if noun in _STATE_NOUNS or noun in _SIDE_NOUNS:
            pool = self.rec.coord_states if noun in _STATE_NOUNS else self.rec.coords
            coords = self._coords_before(pool, i, k, n)
            if coords:
                return max(coords)[1]
            types = ("state",) if noun in _STATE_NOUNS else ("state", "person", "igo", "organisation")
        else:
            types = ("person",)
        seen: list[str] = []
        lo = self.sents[max(0, k - MAX_BACK)].start
        for m in sorted(self.acts.between(lo, i), key=lambda x: -x.start):
            if m.start >= i or k - self.sent_of[m.start] > MAX_BACK:
                continue
            d = self.acts.drafts[m.actor]
            if d.type in types and d.id not in seen:
                seen.append(d.id)
            if len(seen) == n:
                return tuple(reversed(seen))
        if noun in _STATE_NOUNS:
            return self._states_of_officials(i, k, n)
        return None

    def _states_of_officials(self, i: int, k: int, n: int) -> tuple[str, ...] | None:
        """"the two countries" after no two named states: the states of the officials named before
        it ("Chile's foreign minister, after talks with her Peruvian counterpart, said the two
        countries ..."), when exactly ``n`` states are among the states and the state officials and
        bodies of the last sentences. Each state is its own actor where the window names it, else its
        latest official or body there (an actor not mentioned would be no actor of the article)."""
        seen: list[str] = []
        by_state: dict[str, str] = {}
        lo = self.sents[max(0, k - MAX_BACK)].start
        for m in sorted(self.acts.between(lo, i), key=lambda x: -x.start):
            if m.start >= i or k - self.sent_of[m.start] > MAX_BACK:
                continue
            d = self.acts.drafts[m.actor]
            if d.is_source or d.type == "group":
                continue
            iso = d.id if d.type == "state" else d.country if d.country and (
                (d.type == "person" and d.role) or d.sector in _STATE_SECTORS) else None
            if not iso:
                continue
            if iso not in seen:
                seen.append(iso)
            if d.type == "state" or iso not in by_state:
                by_state[iso] = d.id  # the state itself wins over its officials
        if len(seen) != n:
            return None
        return tuple(by_state[iso] for iso in reversed(seen))

    def _coords_before(self, pool: list[tuple[int, tuple[str, ...]]], i: int, k: int, n: int
                       ) -> list[tuple[int, tuple[str, ...]]]:
        """The coordinations of ``n`` actors in ``pool`` that start before token ``i`` (in sentence
        ``k``) within MAX_BACK sentences, at the latest start that has any (max() picks the same)."""
        starts = self.pool_starts.get(id(pool))
        if starts is None:
            starts = self.pool_starts[id(pool)] = sorted(s for s, _ in pool)
            self.pool_items[id(pool)] = sorted(pool, key=lambda x: x[0])
        items = self.pool_items[id(pool)]
        j = bisect_left(starts, i)
        while j > 0 and k - self.sent_of[starts[j - 1]] <= MAX_BACK:
            s0 = starts[j - 1]
            found = [(s, m) for s, m in items[bisect_left(starts, s0):j] if len(m) == n]
            if found:
                return found
            j = bisect_left(starts, s0)
        return []

    def _role_nominal(self, tok: Token, start: int) -> None:
        """"the minister", "the senator", "the foreign minister" -> the one person with that role."""
        doc = self.doc
        roles = [r for r in self.roles_ending.get(tok.i + 1, ()) if r.start >= start]
        if not roles:
            return
        phrase = doc[roles[0].start : roles[0].end].text.lower()
        if roles[0].kind == "COLL":
            self._collective_nominal(tok, start, roles[0].key)
            return
        if phrase in ("official", "leader", "side", "counterpart"):
            return
        named = self._apposition_person(tok)
        if named is not None:  # "the party chairman, Greg Tolle, said": Tolle, whoever held the role before
            if self.acts.free(start, tok.i + 1):
                self.acts.add(start, tok.i + 1, named, "nominal")
            return
        found = [d for d in self._persons_in_role(phrase) if self._mentioned_before(d.id, tok.i)]
        places = [t for t in doc[start : roles[0].start] if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "LOC")]
        if places:  # "the Texas senator" is not the senator the article placed in Ohio
            found = [d for d in found if self._placed(d.id, places)]
        if len(found) == 1 and self.acts.free(start, tok.i + 1):
            self.acts.add(start, tok.i + 1, found[0].id, "nominal")

    def _placed(self, aid: str, places: list[Token]) -> bool:
        """Every place word of a role nominal ("the Texas senator") is written next to one of the
        person's names somewhere in the article ("Texas Sen. X", "X of Texas", "X (R-Tex.)", "X,
        R-Texas")."""
        doc = self.doc
        near = []
        for m in self.acts.mentions_of(aid):
            if m.kind in ("name", "surname"):
                sent = self.sents[self.sent_of[m.start]]
                near.append(doc[max(sent.start, m.start - 4) : min(sent.end, m.end + 6)].text.lower())
        return all(any(p.lower_ in t or any(a in t for a in _STATE_ABBREVIATIONS.get(p.lower_, ()))
                       for t in near) for p in places)

    def _apposition_person(self, tok: Token) -> str | None:
        """The person named in apposition to a role noun ("the chairman, Greg Tolle"; also when the
        parser hangs the name on a body inside the role's phrase: "the director of the Institute,
        Maria Lenz")."""
        for t in tok.subtree:
            if t.dep_ == "appos" and t.i > tok.i and (t.head.i == tok.i or t.head.pos_ == "PROPN"):
                m = self.acts.mention_at(t.i)
                if m is not None and self.acts.drafts[m.actor].type == "person":
                    return m.actor
        return None

    def _persons_in_role(self, phrase: str) -> list[ActorDraft]:
        """The persons whose role fits ``phrase``, in the order of the drafts (kept per phrase
        until an actor is added: not a scan of every actor for each nominal)."""
        if self.role_cache_size != len(self.acts.drafts):
            self.role_cache = {}
            self.role_cache_size = len(self.acts.drafts)
        found = self.role_cache.get(phrase)
        if found is None:
            found = [d for d in self.acts.drafts.values() if d.type == "person" and d.role
                     and _role_fits(d.role, phrase)]
            self.role_cache[phrase] = found
        return found

    def _collective_nominal(self, tok: Token, start: int, sector: str) -> None:
        """"the regime", "the army": the one country body of that sector named in the last sentences;
        "the government", "the administration", "the officials" with none: the government of the
        state, organisation or official named last."""
        k = self.sent_of[tok.i]
        lo = self.sents[max(0, k - MAX_BACK)].start
        found = {m.actor for m in self.acts.between(lo, tok.i)
                 if m.start < tok.i and k - self.sent_of[m.start] <= MAX_BACK
                 and (self.acts.drafts[m.actor].origin in ("collective", "seat") or _named_armed_group(
                     self.acts.drafts[m.actor], sector))
                 and self.acts.drafts[m.actor].sector == sector
                 and not (sector == "GOV" and m.actor.startswith("body:")) and not _local(self.acts.drafts[m.actor])}
        # (a state's named body, "Peru's electoral commission", is never "the government")
        local = _subnational(tok) if sector == "GOV" else None
        if local is not None:
            # "Catalonia's regional government", "the devolved government in Cardiff": a government of
            # its own, of the state named in the last sentences, never the state's government
            self._government_nominal(tok, start, tok.i + 1, local=self.doc[local:tok.i + 1].text)
            return
        if len(found) == 1 and self.acts.free(start, tok.i + 1):
            self.acts.add(start, tok.i + 1, found.pop(), "nominal")
        elif (not found and sector == "GOV" and tok.lower_ in _GOV_PLURALS | {"government", "administration", "ministry"}
              and not any(c.i > tok.i and c.dep_ in _POSTMODS for c in tok.children)):
            # "the government in Riyadh" names its own place
            # ("the ministry" with no ministry named: the government of the state, minister or
            # government body named last)
            self._government_nominal(tok, start, tok.i + 1, orgs=tok.lower_ in _GOV_PLURALS,
                                     states=tok.lower_ != "administration")

    def _bare(self, tok: Token) -> bool:
        """A plural noun with no determiner or modifier of its own ("Officials said", "senior
        officials said"), as a subject or after "according to" / "by"."""
        if tok.tag_ != "NNS":
            return False
        if any(c.lower_ not in _BARE_MODS and c.dep_ != "punct" and (c.i < tok.i or c.dep_ in _POSTMODS)
               for c in tok.children):
            return False  # "local officials", "authorities in Bavaria": named by their modifier
        if tok.dep_ in _SUBJ or (tok.dep_ == "conj" and tok.head.dep_ in _SUBJ):
            return True
        prep = tok.head
        return tok.dep_ == "pobj" and (prep.lower_ == "by" or (prep.lower_ == "to" and prep.head.lower_ == "according"))

    def _government_nominal(self, tok: Token, start: int, end: int, orgs: bool = True,
                            states: bool = True, local: str | None = None) -> None:
        """The government (with ``orgs``, or organisation) a bare "officials" speaks for: the last
        government body, state (not for "the administration": a leader's), government official (or
        national organisation or IGO) mentioned in the last sentences."""
        if not self.acts.free(start, end):
            return
        k = self.sent_of[tok.i]
        lo = self.sents[max(0, k - MAX_BACK)].start
        best = None
        fits: list[TokMention] = []
        for m in self.acts.between(lo, tok.i):  # the mentions of the last sentences, in order added
            if m.start >= tok.i or k - self.sent_of[m.start] > MAX_BACK:
                continue
            d = self.acts.drafts[m.actor]
            if d.is_source or d.type in ("group", "media") or _local(d):
                continue  # (nor a city's or region's government: "the municipal authorities in X")
            if ((states and d.type == "state") or (d.origin in ("collective", "seat") and d.sector == "GOV")
                    or (states and d.origin in ("collective", "seat") and d.sector in _STATE_SECTORS and d.country)
                    or (d.type == "person" and d.sector == "GOV" and d.country)
                    or (orgs and (d.type == "igo" or (d.type == "organisation" and (
                        d.country is None or d.sector in (None, "GOV")))))):
                # (an organisation with no country is the one the article has just named: "Northgate
                # Minerals ... Officials said" are its officials)
                fits.append(m)
                if best is None or m.start >= best.start:
                    best = m
        if best is None:
            return
        if not _is_subject(self.doc[best.start:best.end].root):
            # the latest fit is no subject ("Kenya closed its border with Somalia. Officials said"):
            # the subject of that sentence that fits, if any, is whose officials they are
            subj = [m for m in fits if self.sent_of[m.start] == self.sent_of[best.start] and m.start < best.start
                    and _is_subject(self.doc[m.start:m.end].root)]
            if subj:
                best = max(subj, key=lambda m: m.start)
        d = self.acts.drafts[best.actor]
        if local is not None:  # a sub-national government ("Catalonia's regional government"): the state's code
            state = self.acts.drafts.get(d.country or "") if d.type != "state" else d
            iso = d.id if d.type == "state" else d.country
            if not iso or d.type == "igo":
                return
            lcode = state.code if state is not None and state.code else iso
            d = self.acts.ensure(ActorDraft(id=f"{collective_id(lcode, 'GOV')}:{slug(local)}", name=local,
                                            type="organisation", country=iso, code=compose_code(lcode, "GOV"),
                                            sector="GOV", plural=True, origin="collective"))
            self.acts.add(start, end, d.id, "nominal")
            return
        if d.type in ("state", "person") or (d.origin in ("collective", "seat") and d.sector != "GOV") \
                or d.id.startswith("body:"):
            # (a state's other body, "Chad's army ... the government said": that state's government;
            # so for a named body of it, "Peru's electoral commission ... the government said")
            state = self.acts.drafts.get(d.country or "")
            code = state.code if state is not None and state.code else d.country
            if not code:
                return
            try:
                name = self.rec.government_names[d.country or ""]  # "Hungarian government", as recognition says
            except KeyError:
                name = f"{state.name if state is not None else d.country} government"
            d = self.acts.ensure(ActorDraft(id=collective_id(code, "GOV"), name=name, type="organisation",
                                            country=d.country, code=compose_code(code, "GOV"), sector="GOV",
                                            plural=True, origin="collective"))
        self.acts.add(start, end, d.id, "nominal")

    def _document_nominal(self, tok: Token, start: int) -> None:
        """"The report says ...": the author of the latest same document named in the last
        sentences ("a report by X", "X's poll", "a Bloomberg poll", "X published a report")."""
        if not self.acts.free(start, tok.i + 1):
            return
        k = self.sent_of[tok.i]
        lo = self.sents[max(0, k - MAX_BACK)].start
        for j in range(tok.i - 1, lo - 1, -1):
            t = self.doc[j]
            if t.lemma_ != tok.lemma_ or t.pos_ != "NOUN":
                continue
            cands = [c for c in t.children if c.dep_ in ("poss", "compound") and c.i < t.i]
            cands += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                      for g in c.children if g.dep_ == "pobj"]
            if t.dep_ == "dobj" and t.head.lemma_ in _AUTHOR_VERBS:
                cands += [c for c in t.head.children if c.dep_ == "nsubj"]
            for c in cands:
                m = self.acts.mention_at(c.i)
                if m is not None:  # (a news medium too: "a Bloomberg poll")
                    self.acts.add(start, tok.i + 1, m.actor, "nominal")
                    return
            return  # the latest such document has no author named: which one is a guess

    def _only_org(self, tok: Token, start: int, end: int | None = None) -> None:
        """"Barrick Gold said ... the company said": a company noun whose name match failed is the
        one organisation (no IGO, media or government body) the last sentences name, if only one."""
        end = tok.i + 1 if end is None else end
        if not self.acts.free(start, end):
            return
        k = self.sent_of[tok.i]
        lo = self.sents[max(0, k - MAX_BACK)].start
        by_sent: dict[int, set[str]] = {}
        for m in self.acts.between(lo, tok.i):
            if m.start < tok.i and k - self.sent_of[m.start] <= MAX_BACK \
                    and self.acts.drafts[m.actor].type == "organisation" and not self.acts.drafts[m.actor].is_source \
                    and self.acts.drafts[m.actor].sector in (None, "BUS") \
                    and self.acts.drafts[m.actor].origin not in ("collective", "seat"):
                by_sent.setdefault(self.sent_of[m.start], set()).add(m.actor)
        found = set().union(*by_sent.values()) if by_sent else set()
        if len(found) > 1:
            # "Acme said ... Tugela spokeswoman X said that the company ...": of several, the one
            # organisation of the nearest sentence that names any (its own, else the one before)
            found = by_sent[max(by_sent)]
        if len(found) == 1:
            self.acts.add(start, end, found.pop(), "nominal")

    def _org_nominal(self, tok: Token, start: int, recent: bool = False, end: int | None = None) -> None:
        """"the bank", "the court": the latest named organisation whose name has that noun (a
        company named without "company" in its name stays unresolved: which one is a guess; see
        :meth:`_only_org`). With ``recent``, only one named in the last sentences ("the
        administration" is otherwise a government's)."""
        mentions = self.acts.mentions
        for seq in range(self.org_indexed, len(mentions)):
            m = mentions[seq]
            d = self.acts.drafts[m.actor]
            if (m.kind in ("name", "acronym", "nominal", "seat") and d.type in ("igo", "organisation", "media")
                    and len(d.name.split()) > 1):  # "Bank" alone names nothing
                for w in set(d.name.lower().split()):
                    insort(self.org_words.setdefault(w, []), (m.start, seq))
        self.org_indexed = len(mentions)
        named = self.org_words.get(tok.lower_, [])
        j = bisect_left(named, (tok.i, -1))  # the latest mention before the noun; of two there, the first added
        if j:
            while j > 1 and named[j - 2][0] == named[j - 1][0]:
                j -= 1
            if recent and self.sent_of[tok.i] - self.sent_of[named[j - 1][0]] > MAX_BACK:
                return
            self.acts.add(start, tok.i + 1 if end is None else end, mentions[named[j - 1][1]].actor, "nominal")

    def _body_officials(self, tok: Token) -> bool:
        """"Ministry officials said", "bank officials said": officials whose only modifier (besides
        a determiner or "senior") is a body noun are that body's, the one "the ministry", "the
        bank" would be (:meth:`_body_of`), over the whole phrase. True when the rule applies (the
        phrase then stays unresolved if no body fits)."""
        body = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1
                     and c.lower_ in _BODY_OFFICIALS), None)
        if body is None or any(c.i < body.i and c.dep_ not in ("det", "amod", "nummod") for c in tok.children) \
                or any(c.dep_ == "compound" for c in body.children):
            return False
        start = min([c.i for c in tok.children if c.i < tok.i] + [body.i])
        if not self.acts.free(start, tok.i + 1):
            return True
        low = body.lower_
        if low in _KIND_NOUNS:
            self._kind_nominal(body, start, tok.i + 1)
        if start not in self.acts.taken and low in _ORG_NOUNS | _OFFICE_NOUNS:
            self._org_nominal(body, start, recent=low in _OFFICE_NOUNS, end=tok.i + 1)
        if start not in self.acts.taken and low in _COMPANY_NOUNS:
            self._only_org(body, start, end=tok.i + 1)
        if start not in self.acts.taken and low == "ministry":
            self._government_nominal(body, start, tok.i + 1, orgs=False)
        return True

    def _kind_nominal(self, tok: Token, start: int, end: int | None = None, noun: str | None = None) -> None:
        """"The FBI opened an inquiry ... the agency said": a body noun of :data:`_KIND_NOUNS` is
        the nearest body named before it that the noun fits, by its name ("the World Bank") or by
        what it is (:func:`_kind_fits`: the FBI is an agency, the Federal Reserve a bank, Hamas a
        group), within the last ``2 * MAX_BACK`` sentences. Nothing that fits: left to the
        name and company rules (and else unresolved)."""
        end = tok.i + 1 if end is None else end
        if not self.acts.free(start, end):
            return
        k = self.sent_of[tok.i]
        best = self._kind_antecedent(tok, self.sents[max(0, k - 2 * MAX_BACK)].start, noun)
        if best is None and k > 2 * MAX_BACK:
            # a long article: "the agency" in its last paragraphs is the one body the whole text
            # before names that the noun fits, when there is only one
            best = self._kind_antecedent(tok, 0, noun, only_one=True)
        if best is not None:
            self.acts.add(start, end, best.actor, "nominal")

    def _kind_antecedent(self, tok: Token, lo: int, noun: str | None, only_one: bool = False) -> TokMention | None:
        """The latest mention in [lo, tok) of a body that the noun fits (:meth:`_kind_nominal`);
        with ``only_one``, None when mentions of two bodies fit."""
        best = None
        fit: set[str] = set()
        for m in self.acts.between(lo, tok.i):
            if m.start >= tok.i or m.end > tok.i or m.kind not in ("name", "acronym", "nominal", "seat", "phrase"):
                continue
            d = self.acts.drafts[m.actor]
            if d.type == "media" and not _is_subject(self.doc[m.start:m.end].root):
                continue  # an outlet counts when it reports ("Xinhua said"), not in a dateline or credit
            if _kind_fits(noun or tok.lower_, d) or (d.type in ("organisation", "igo", "media") and not d.is_source
                                             and len(d.name.split()) > 1 and tok.lower_ in d.name.lower().split()):
                fit.add(m.actor)
                if best is None or m.start > best.start:
                    best = m
        return None if only_one and len(fit) > 1 else best

    def _mentioned_before(self, aid: str, i: int) -> bool:
        return self.acts.count_before(aid, i) > 0

    def coordination_groups(self) -> None:
        """"Obama and Clinton": a nested ``phrase`` mention of the group over the conjuncts, which
        keep their own mentions (a span of the whole coordination maps to the group)."""
        for start, end, members in self.rec.coord_spans:
            if end - start > 30 or any(self.doc[i].text in _QUOTE_CHARS for i in range(start, end)):
                continue
            g = self._group(members)
            self.acts.add_nested(start, end, g.id, "phrase")
            wide = self._coordination_phrase(start, end)
            if wide is not None:
                self.acts.add_nested(wide[0], wide[1], g.id, "phrase")

    def _coordination_phrase(self, start: int, end: int) -> tuple[int, int] | None:
        """"Senators X and Y, who both sit on the panel," / "analysts X and Y of the Z Institute":
        a subject coordination with titles before it and modifiers after its last conjunct, which
        the parser hangs on that conjunct but which describe the group: the whole phrase is the
        group's. None when nothing lies beyond the coordination itself."""
        doc = self.doc
        head = doc[start:end].root
        if head.dep_ == "appos" and head.head.dep_ in _SUBJ and head.head.tag_ == "NNS" and head.head.i < start:
            head = head.head  # "analysts X and Y of the Z Institute": the names in apposition to the role noun
        if head.dep_ not in _SUBJ:
            return None
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        while lo < start and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        while hi > end and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        if (lo, hi) == (start, end) or lo > start or hi < end or hi - lo > 60:
            return None
        if any(doc[i].text in _QUOTE_CHARS for i in range(lo, hi)):
            return None
        return lo, hi

    def counterparts(self) -> None:
        """"his Russian counterpart X": X's role is the role of the person "his" refers to."""
        for d in self.acts.drafts.values():
            if d.type != "person" or d.role is not None or d.origin != "counterpart":
                continue
            first = self.acts.first_start(d.id)
            if first is None:
                continue
            k = self.sent_of[first]
            lo = self.sents[max(0, k - 1)].start
            prior = [self.acts.drafts[m.actor] for m in self.acts.between(lo, first)
                     if m.start < first and k - self.sent_of[m.start] <= 1
                     and self.acts.drafts[m.actor].type == "person" and self.acts.drafts[m.actor].role]
            if prior:
                src = prior[-1]
                d.role, d.sector = src.role, src.sector


def resolve_coreference(doc: Doc, acts: DocActors, rec: Recognition) -> None:
    """Add pronoun, nominal and group mentions to ``acts`` (in place)."""
    c = _Coref(doc, acts, rec)
    c.counterparts()
    c.relatives()
    c.nominals()
    c.pronouns()
    c.coordination_groups()




def _subnational(tok: Token) -> int | None:
    """The first token of a sub-national government's phrase ("Catalonia's regional government",
    "the devolved government"), from its possessor or modifier, else None."""
    if tok.lower_ not in ("government", "administration", "authorities", "executive"):
        return None
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound") and c.lower_ in _SUBNATIONAL]
    if not mods:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return poss.left_edge.i if poss is not None else min(m.i for m in mods)


def _local(d: ActorDraft) -> bool:
    """A sub-national government the recognition made ("the municipal authorities in Lyon")."""
    return d.sector == "GOV" and d.origin == "collective" and (
        bool(_SUBNATIONAL & set(d.name.lower().split())) or LOCAL_MARK in d.id)
