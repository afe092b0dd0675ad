"""Resolving stance holders and partners to actors, and statements to stances.

Holders are resolved through the actors stage (``actor_at``), never invented: a token with
no actor mention gives no holder. Pronouns fall back on the statement speaker (first
person: "we" of a state official is his state) or on the subject of the reporting verb
("Norway says it will not ..."). Groups ("the two countries") are distributed to members.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...records import Actor, Statement
from ..common.bodies import community_leaders
from ..common.datelines import after_dateline_dash
from ..common.extensions import actor_at
from ..common.text import doc_text
from .bodies import SEATED_HOLDERS
from .plural_holders import (
    PARTNER_SECTORS,
    partner_sector,
    party_members_of,
    plural_sector,
    subject_like,
    unindexed_body,
)
from .recall13 import plural_before
from .recall15 import quote_mark
from .recall17 import anaphoric_body, bare_officer, country_office
from .syntax import child, clause_verb, compact_span, expand_conj, is_negated, reporting_subject

__all__ = ["Resolver", "RELATIONAL"]

_SELF_NOUNS = frozenset({"country", "nation", "government", "state", "people", "administration", "republic",
                         "delegation"})
# "the country / the kingdom would ...": the state of the reporter
#: a possessive and the subject pronoun of the same person ("He said his country ...")
_POSSESSIVE_OF = {"his": "he", "her": "she", "its": "it", "their": "they"}
_THE_SELF = frozenset({"country", "nation", "government", "kingdom", "emirate", "republic", "sultanate"})
_FIRST = frozenset({"we", "i", "our", "my", "us", "me"})
# role nouns naming a person ("Peru's foreign minister ... He ..."): he / she continues them
_PERSON_ROLES = frozenset({"minister", "president", "leader", "chancellor", "king", "queen", "premier", "secretary",
                           "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "chief", "head", "prince",
                           "governor", "senator", "general", "commander", "diplomat", "official", "mayor", "emir"})
_THIRD = frozenset({"it", "he", "she", "they", "its", "his", "her", "their", "them", "him"})
# nouns whose possessor is another person ("his predecessor", "their rivals")
RELATIONAL = frozenset("""predecessor successor rival opponent counterpart critic enemy ally wife husband son
    daughter brother sister father mother adviser advisor aide deputy challenger""".split())
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "SPY"})
#: heads of a party's or movement's name ("the ruling Fidesz party")
_PARTY_HEADS = frozenset({"party", "movement", "alliance", "coalition", "bloc"})
#: officers an organisation speaks through ("its chairman", "their general secretary")
_OFFICE_NOUNS = frozenset("""chairman chairwoman chair chairperson leader head president secretary spokesman
    spokeswoman spokesperson chief director boss""".split())
_MEDIA_NOUNS = frozenset("""media medium press newspaper newspapers outlet outlets daily tabloid broadcaster television
    tv radio""".split())
_NAME_CUT = frozenset({"relcl", "appos", "acl", "punct", "advcl", "cc", "conj", "prep", "det"})


@dataclass
class _StmtIndex:
    starts: list[int]
    items: list[tuple[int, int, Statement]]


#: nouns of political groups that hold positions of their own when unnamed ("the ruling party",
#: "the rebels", "protesters")
_POLITICAL_GROUPS = frozenset("""party parties opposition rebel rebels insurgent insurgents militant militants
    protester protesters demonstrator demonstrators activist activists separatist separatists militia militias
    faction factions movement coalition junta union unions lawmaker lawmakers legislator legislators
    guerrilla guerrillas dissident dissidents""".split())


#: unnamed bodies of a state ("the government", "the agriculture ministry", "the electoral
#: commission") the events stage placed in a country from the article: holders, authors of a
#: proposal ("a plan by the energy ministry", "the government's offer") and alignment partners
_STATE_BODY_NOUNS = frozenset("government ministry department commission authorities regulator cabinet administration".split())
#: an unnamed spokesperson of such a body ("the foreign ministry spokesman condemned X"), as a holder
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
#: plural office-holders of a state the events stage groups when no state names them ("several
#: state agriculture ministers"), as holders
_STATE_OFFICERS = frozenset("minister official governor".split())


#: nouns that take up an intergovernmental body named before ("the organisation", "the bloc")
_IGO_NOUNS = frozenset("organisation organization bloc alliance agency league grouping".split())
#: the people who speak for such a body ("the bloc's leaders")
_IGO_MEMBERS = frozenset("leader member minister official".split())


#: heads of such a group named by a compound ("opposition leaders", "rebel commanders")
_GROUP_HEADS = frozenset({"leader", "figure", "politician", "commander", "member", "lawmaker", "official"})
#: sectors of the groups of people the events stage codes by country that hold positions as a
#: crowd or a profession ("farmers" AGR, "teachers" EDU, "workers" LAB, "Indigenous communities" CVL)
_CIVIL_SECTORS = frozenset({"AGR", "EDU", "LAB", "HLH", "CVL", "ENV"})
#: the number of a crowd ("thousands of farmers")
_CROWD_NUMBERS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozens", "tens", "millions", "scores"})
#: sectors of the group actors the actors stage codes by country ("VENOPP": the opposition)
_GROUP_SECTORS = frozenset({"OPP", "REB", "INS", "PTY"})


def _first_clause_subject(tok: Token) -> Token | None:
    """The subject of the clause that ``tok``'s clause is coordinated after ("X called strikes, and its
    chairman accused Y": "X"), when ``tok`` is the subject of the later clause; None otherwise."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.dep_ != "conj" or verb.head.i >= tok.i:
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _first_conjunct_subject(tok: Token) -> Token | None:
    """The plural noun subject of the clause a "they" clause is coordinated with ("Herders blocked the
    road on Monday, and they demanded X": "Herders"); None for a pronoun, a singular, a coordinated or
    no subject."""
    first = _first_clause_subject(tok)
    if first is None or first.pos_ == "PRON" or first.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ == "conj" for c in first.children):
        return None  # (coordinated subjects are the actors stage's group: "A and B ..., and they ...")
    return first


class Resolver:
    """Maps tokens of one Doc to actor ids, using the actors and statements stages."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._text: str | None = None
        #: tokens whose holder is being resolved: a token met again while resolving itself names no one
        self._resolving: set[int] = set()
        self.actors: dict[str, Actor] = {a.id: a for a in (doc._.sm_actors or [])}
        #: the author of a speech, statement or press release: the speaker outside quotations
        self.author: str | None = doc._.sm_author if Doc.has_extension("sm_author") else None
        self._mentions: list[tuple[int, int, str]] = sorted(doc._.sm_mentions or [])
        self._mention_starts = [m[0] for m in self._mentions]
        self._participants: list[tuple[int, int, str]] | None = None  # (see _participant)
        spans: list[tuple[int, int, Statement]] = []
        for st in doc._.sm_statements or []:
            for s, e in st.content.spans:
                spans.append((s, e, st))
        spans.sort(key=lambda x: (x[0], x[1]))
        self._stmts = _StmtIndex([s for s, _, _ in spans], spans)

    def statement_at(self, char: int) -> Statement | None:
        """The statement whose content covers the character offset, if any."""
        i = bisect_right(self._stmts.starts, char) - 1
        while i >= 0:
            s, e, st = self._stmts.items[i]
            if s <= char < e:
                return st
            if e < char - 2000:
                break
            i -= 1
        return None

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def smallest_at(self, start: int, end: int) -> str | None:
        """The actor of the shortest mention containing [start, end) (a name inside a longer
        coordinated mention belongs to its own actor), else ``actor_at``'s choice."""
        i = bisect_right(self._mention_starts, start)
        best: tuple[int, str] | None = None
        for s, e, aid in self._mentions[max(0, i - 50):i]:
            if s <= start and e >= end and (best is None or e - s < best[0]):
                best = (e - s, aid)
        return best[1] if best is not None else actor_at(self.doc, start, end)

    def mentions_starting(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The actors stage's mentions (start, end, actor id) that start in [start, end), in order."""
        i = bisect_left(self._mention_starts, start)
        j = bisect_left(self._mention_starts, end)
        return self._mentions[i:j]

    def mentions_covering(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions that contain the span [start, end) (as :meth:`smallest_at` looks for them)."""
        i = bisect_right(self._mention_starts, start)
        return [m for m in self._mentions[max(0, i - 50):i] if m[0] <= start and m[1] >= end]

    def named(self, tok: Token) -> str | None:
        """The actor a token names: its own mention, an appositive or following name ("U.S.
        President, Donald Trump", "her predecessor Ana Lopes"); no possessors, no wider span."""
        aid = self.smallest_at(tok.idx, tok.idx + len(tok.text))
        if aid is not None:
            return aid
        if tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.children:
                if c.pos_ == "PROPN" and c.i > tok.i and (c.dep_ == "appos" or (
                        tok.pos_ == "NOUN" and c.dep_ in ("compound", "flat", "nmod"))):
                    aid = self.smallest_at(c.idx, c.idx + len(c.text))
                    if aid is not None:
                        return aid
        if tok.lemma_.lower() in _PARTY_HEADS and tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i:
                    aid = self.smallest_at(c.idx, c.idx + len(c.text))
                    a = self.actor(aid)
                    if a is not None and a.type in ("organisation", "group") and a.sector in _GROUP_SECTORS:
                        return aid  # "Hungary's ruling Fidesz party": the party, not the possessor state
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.pos_ == "NOUN" and nxt is not None and (nxt.pos_ == "PROPN" or nxt.is_title):
            aid = self.smallest_at(nxt.idx, nxt.idx + len(nxt.text))
            a = self.actor(aid)
            if a is not None and a.type == "person":
                return aid
        return None

    def _at_token(self, tok: Token) -> str | None:
        aid = self.named(tok)
        if aid is not None:
            return aid
        cut = _NAME_CUT | {"poss"} if tok.lemma_.lower() in RELATIONAL else _NAME_CUT
        lo, hi = compact_span(tok, cut=cut)
        lo = after_dateline_dash(self.doc, lo, tok.i)  # ("CALLAO, Peru - Dock workers": not Peru)
        span = self.doc[lo:hi]
        if len(span) > 1:
            aid = actor_at(self.doc, span.start_char, span.end_char)
            if aid is not None:
                return aid
        if tok.pos_ in ("PRON", "DET"):
            return None
        # "Mia Holt, the UN aid chief" / "the head of the WTO": the
        # organisation the person acts for, when the person is not an actor
        for c in tok.children:
            if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN"):
                sub = self.doc[c.left_edge.i:c.right_edge.i + 1]
                aid = actor_at(self.doc, sub.start_char, sub.end_char)
                if aid is not None:
                    a = self.actor(aid)
                    if a is not None and a.type in ("igo", "organisation", "state") and not a.is_source:
                        return aid
        return None

    def _speaker(self, tok: Token) -> str | None:
        st = self.statement_at(tok.idx)
        if st is not None and st.speaker is not None and st.speaker.actor:
            return st.speaker.actor
        return None

    def _state_code(self, actor_id: str | None) -> str | None:
        """The state an actor speaks for: itself, its state actor, or the actor itself when it
        is a state institution or official whose state is not an actor here."""
        a = self.actor(actor_id)
        if a is None or (a.type != "state" and not a.country and a.sector not in _STATE_SECTORS):
            return None  # (an IGO, NGO or party official speaks of some other country)
        return self.state_of(actor_id) or actor_id

    def state_of(self, actor_id: str | None) -> str | None:
        """The actor id of the state an actor belongs to, when that state is an actor here."""
        a = self.actor(actor_id)
        if a is None:
            return None
        if a.type == "state":
            return a.id
        if a.country and a.country in self.actors:
            return a.country
        return None

    def seated(self, tok: Token) -> str | None:
        """"the government / authorities / officials in <city>": the actor the city names, when it
        names a state or its government (a capital), not any town."""
        if tok.lemma_.lower() not in SEATED_HOLDERS:
            return None
        preps = [(c, False) for c in tok.children if c.dep_ == "prep"]
        nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.head.i and tok.head.i != tok.i:
            preps.append((nxt, True))  # "accused the government | in Taipei of ...": the parser hangs "in X" on the verb
        for c, on_verb in preps:
            pobj = child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "in" else None
            aid = self._at_token(pobj) if pobj is not None else None
            a = self.actor(aid)
            if a is None or not (a.type == "state" or (a.country and a.sector == "GOV")):
                continue
            if on_verb and self._own_government_meant(tok, self._country_code(aid)):
                continue  # "Kenyan exiles denounced the government in London": a venue, the government Kenya's
            return aid
        return None

    def _country_code(self, actor_id: str | None) -> str | None:
        """The country an actor is or belongs to (a state's own id, else its country code)."""
        a = self.actor(actor_id)
        if a is None:
            return None
        return a.id if a.type == "state" else a.country

    def _own_government_meant(self, body: Token, state: str | None) -> bool:
        """"Kenyan exiles denounced the government in London": the verb's subject is a group of
        people named by another country ("Kenyan exiles", "students from Uganda", "Chad's
        opposition") with no place of its own, so "in <city>" says where they acted and the
        government is more likely their own. Not for a named state or a state's own body or
        official ("Kenya / the Kenyan minister accused the government in Kampala of X")."""
        subj = next((c for c in body.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() in SEATED_HOLDERS | _PERSON_ROLES:
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in subj.children):
            return False  # ("Kenyan exiles in London praised the government in Kampala": a seat)
        mods = [c for c in subj.children if c.dep_ in ("amod", "compound", "poss")]
        mods += [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                 if g.dep_ == "pobj"]
        for m in mods:
            other = self._country_code(actor_at(self.doc, m.idx, m.idx + len(m)))
            if other is not None and other != state:
                return True
        return False

    def holder(self, tok: Token) -> str | None:
        """The actor id for a holder token (None when the text names no known actor).

        The lookups refer to one another ("my delegation" asks who "my" is, and "my", with no
        speaker found, asks the subject that reports it, which is "my delegation" again): a token
        met again while its own holder is being resolved gives None instead of recursing forever.
        """
        if tok.i in self._resolving:
            return None
        self._resolving.add(tok.i)
        try:
            return self._holder(tok)
        finally:
            self._resolving.discard(tok.i)

    def _holder(self, tok: Token) -> str | None:
        low = tok.lower_
        if community_leaders(tok) and (civil := self._civil_participant(tok)) is not None:
            return civil  # "Maori tribal leaders": the community's, not the state a demonym names
        if low == "they" and (first := _first_conjunct_subject(tok)) is not None:
            owner = self.holder(first)
            if owner is not None:
                return owner  # "Herders blocked the road, and they demanded X": the herders
        seat = self.seated(tok)
        if seat is not None:
            return seat  # "the government in Pretoria", "officials in Brasilia": the capital's actor
            # (before any coreference of "the government" to another state named earlier)
        own = tok.lemma_.lower() in _SELF_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in ("our", "my", "his", "her", "its", "their") for c in tok.children)
        group = None if own else (self.plural_group(tok) or self.unindexed_name(tok))
        if group is not None:
            return group  # "privacy campaigners", "state governors" (plural_holders.py)
            # (never "my government", "our country": the possessor's state, below)
        near = plural_before(tok)  # "the mayor met taxi drivers about their call for X"
        near_group = (self.holder(near) or self._participant_at(near)) if near is not None else None
        if near_group is not None and (g := self.actor(near_group)) is not None and g.type in ("group", "organisation"):
            return near_group
        if near is not None and near_group is None:
            return None  # (a plural the actors stage did not take: not the singular subject either)
        if (body := self.body_anaphor(tok)) is not None:
            return body  # "Chile's mining ministry fined X. The ministry demanded Y": Chile's (recall17)
        aid = self._at_token(tok)
        if aid is not None:
            a = self.actor(aid)
            if tok.lemma_.lower() in _MEDIA_NOUNS and a is not None and a.type == "state":
                return None  # "German media", "state television": reporters, not the state
            return aid
        if (country := country_office(tok)) is not None and (state := self._state_named_before(country)) is not None:
            return state  # "Kenya hosted X, and the country's minister urged Y": that state (recall17)
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
        if poss is not None and tok.lemma_.lower() in _SELF_NOUNS:
            return self.holder(poss)  # "our country", "my government": the speaker's state
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")), None)
        if poss is not None and tok.lemma_.lower() in _SELF_NOUNS:
            # "X said his country would ...": the state of the possessor
            owner = self.smallest_at(poss.idx, poss.idx + len(poss.text)) or self.holder(poss)
            return self.state_of(owner) or owner
        if poss is not None and poss.lower_ in ("its", "their") and tok.lemma_.lower() in _OFFICE_NOUNS \
                and tok.dep_.startswith("nsubj") and (owner := self._clause_owner(tok)) is not None:
            return owner  # "the union called a strike, and its chairman accused X": the union's
        if tok.lemma_.lower() in _THE_SELF and tok.dep_.startswith("nsubj") and \
                [c.lower_ for c in tok.children] == ["the"]:
            # "X's minister said the country supported Y": the reporter's state
            rep = reporting_subject(clause_verb(tok))
            owner = self.holder(rep) if rep is not None and rep.i != tok.i else None
            state = self._state_code(owner)
            if state is not None:
                return state  # (a UN envoy's "the country" is the country he speaks of: nobody here)
        if low in _FIRST:
            sp = self._speaker(tok)
            if low in ("our", "my"):
                low = "we" if low == "our" else "i"
            if sp is None:
                rep = reporting_subject(clause_verb(tok))
                sp = self.holder(rep) if rep is not None and rep.lower_ not in _FIRST else None
                if sp is None and (rep is None or rep.lower_ in _FIRST):
                    sp = self._authored(tok)  # "we" of a speech or statement outside quotations
            if sp is not None and low in ("we", "our", "us"):
                return self.state_of(sp) or sp
            return sp
        if low in _THIRD:
            main = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "advcl" else None
            subj = child(main, "nsubj") if main is not None and main.i != tok.head.i else None
            if subj is not None and subj.i < tok.i and subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in _THIRD:
                return self.holder(subj)  # "X boycotted Y because it opposes Z": the main clause's subject
            rep = reporting_subject(clause_verb(tok))
            if rep is not None and (rep.lower_ not in _THIRD | _FIRST or rep.pos_ == "PROPN" or rep.text == "US"):
                return self.holder(rep)  # ("The US said it would ...": a name, not "us")
            if rep is not None and rep.i != tok.i and rep.lower_ == low:
                prev = self.previous_subject(rep)  # "X hosted Y. It said it opposed Z."
                if prev is not None:
                    return prev
            if rep is not None and rep.i != tok.i and _POSSESSIVE_OF.get(low) == rep.lower_:
                return self.holder(rep)  # "He said his country ...": the reporter the pronoun continues
            if tok.dep_ == "poss":
                # "its demand": the subject of the governing verb
                return None
            return self.previous_subject(tok)
        return self._participant(tok) or self.igo_anaphor(tok)

    def _clause_owner(self, tok: Token) -> str | None:
        """The organisation an "its / their" officer of a coordinated clause belongs to: the subject of
        the clause before, in the same sentence ("The union called a strike, and its chairman said
        ..."), when that subject is an actor that is no state, person or pronoun (a state's "its
        president" is left to the other rules)."""
        first = _first_clause_subject(tok)
        if first is None or first.pos_ == "PRON":
            return None
        aid = self.holder(first)
        a = self.actor(aid)
        if a is None or a.type in ("state", "person"):
            return None
        return aid

    def igo_anaphor(self, tok: Token) -> str | None:
        """"the organisation", "the bloc", "the agency" (or "the bloc's leaders") with no other
        modifier: the intergovernmental body named last before it ("The Arab League's chief said the
        organisation backed Y")."""
        t = tok
        if t.lemma_.lower() in _IGO_MEMBERS and t.tag_ == "NNS":
            t = next((c for c in t.children if c.dep_ == "poss"), t)  # "the bloc's leaders"
        if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in _IGO_NOUNS \
                or [c.lower_ for c in t.children if c.dep_ not in ("case", "punct")] != ["the"]:
            return None
        sents = list(t.doc.sents) if t.doc.has_annotation("SENT_START") else [t.doc[:]]
        k = next((i for i, sn in enumerate(sents) if sn.start <= t.i < sn.end), 0)
        start = sents[max(0, k - 1)].start_char  # the same or the previous sentence only
        for s, e, aid in reversed(self._mentions):
            if start <= s < t.idx:
                a = self.actor(aid)
                if a is None or a.type != "igo":
                    continue
                if any(x.lemma_.lower() == t.lemma_.lower() and e <= x.idx < t.idx
                       and any(d.lower_ in ("a", "an", "another") for d in x.children) for x in t.doc[:t.i]):
                    return None  # "..., opposition parties formed an alliance. The alliance ...": that one
                return aid
        return None

    def _participant(self, tok: Token) -> str | None:
        """A party the events stage added as an actor without indexing its mention ("the ruling
        party", "the rebels"): a holder (or the object of an accusation) named by a noun of a
        political group (:data:`_POLITICAL_GROUPS`; not "soldiers" or "the delegation", who act
        for someone else), when it is a group, organisation or person (never a thing or a place);
        also an unnamed state body (:data:`_STATE_BODY_NOUNS`) as the author of a proposal or the
        partner of an alignment ("the government's plan", "an offer from the interior ministry"),
        and its unnamed spokesperson as a holder; a plural subject of a civil sector the events
        stage coded ("farmers", "teachers", "Indigenous communities", also after a crowd's number:
        "thousands of farmers protested against X") as a holder."""
        if tok.lemma_.lower() in _CROWD_NUMBERS and tok.dep_.startswith("nsubj"):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = child(of, "pobj") if of is not None else None
            if inner is None or inner.tag_ != "NNS":
                return None
            return self._civil_participant(inner)
        civil = self._civil_participant(tok) if tok.tag_ == "NNS" and (tok.dep_.startswith("nsubj") or (tok.dep_ == "appos" and subject_like(tok))) else None
        if civil is not None:
            return civil
        if tok.tag_ == "NNS" and tok.lemma_.lower() in _STATE_OFFICERS:
            # "several state agriculture ministers (who said ...)": the events stage's group of them
            aid = self._participant_at(tok)
            a = self.actor(aid)
            if a is not None and a.type == "group" and a.sector in _STATE_SECTORS:
                return aid
        low = tok.lemma_.lower()
        if not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and low in _STATE_BODY_NOUNS and tok.is_lower)) \
                or not (tok.dep_.startswith("nsubj") or tok.dep_ == "dobj" or bare_officer(tok) or (
                low in _STATE_BODY_NOUNS and (tok.dep_ == "poss" or (tok.dep_ == "pobj" and tok.head.lower_ in (
                    "by", "from"))))) \
                or not (low in _POLITICAL_GROUPS | _STATE_BODY_NOUNS | _SPOKESPEOPLE or bare_officer(tok) or (
                    low in _GROUP_HEADS and any(
                    c.dep_ == "compound" and c.lemma_.lower() in _POLITICAL_GROUPS for c in tok.children))):
            return None  # ("opposition leaders": the heads of a political group)
        if bare_officer(tok):  # "The economy minister urged X": the events stage's officer (recall15)
            aid = self._participant_at(tok)
            a = self.actor(aid)
            if a is None or a.type != "person" or a.sector != "GOV" or not a.country:
                return None
            # (only the article's one country: "Peru and Chile held talks. The economy minister ...": no one)
            return aid if all(x.country in (None, a.country) for x in self.actors.values()) else None
        aid = self._participant_at(tok)
        a = self.actor(aid)
        if a is not None and not a.country and tok.dep_ in ("poss", "pobj") and low not in _POLITICAL_GROUPS:
            return None  # ("approved by the security cabinet" of no country: an agent that names no one)
        return aid

    def plural_group(self, tok: Token) -> str | None:
        """A plural subject with no mention of its own that the events stage added as a body of
        people of a holding sector ("privacy campaigners", "minority senators", also a later
        conjunct: "... and ski instructors"): that actor (:mod:`.plural_holders`), before a state
        the phrase names ("Danish campaigners" are not Denmark)."""
        party = party_members_of(tok)
        if party is not None:
            for t in (party, *reversed(list(party.lefts))):  # the party's name, else "X's opposition"
                aid = self.named(t)
                a = self.actor(aid)
                if a is not None and a.type in ("organisation", "group") and a.sector in _GROUP_SECTORS:
                    return aid  # "lawmakers from X's opposition party": the party's (plural_holders.py)
        if tok.pos_ != "NOUN" or self.smallest_at(tok.idx, tok.idx + len(tok.text)) is not None:
            return None
        aid = self._participant_at(tok)
        a = self.actor(aid)
        if not plural_sector(tok, a):
            return None
        if a is not None and a.sector in ("GOV", "LEG") and not self._own_country_phrase(tok, a.country):
            return None  # ("the negotiators welcomed the mild weather in Oslo": a place of the object)
        return aid

    def _own_country_phrase(self, tok: Token, country: str | None) -> bool:
        """Whether the holder's own phrase (its modifiers and "in/of/from X") names ``country``."""
        for t in tok.subtree:
            if t.i == tok.i:
                continue
            a = self.actor(self.smallest_at(t.idx, t.idx + len(t.text)))
            if a is not None and country is not None and (a.id == country or a.country == country):
                return True
        return False

    def unindexed_name(self, tok: Token) -> str | None:
        """A name the actors stage left without a mention that the events stage added as an
        organisation ("plans by the state-owned miner Nordmalm", "Wexford Dairies rejected X"): the
        head of a subject, or of the author after "by"/"from", when the events stage's actor
        over it carries the name (:func:`.plural_holders.unindexed_body`)."""
        if tok.pos_ != "PROPN" or self.smallest_at(tok.idx, tok.idx + len(tok.text)) is not None:
            return None
        if not (subject_like(tok) or (tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from"))):
            return None
        aid = self._participant_at(tok)
        return aid if unindexed_body(tok, self.actor(aid)) else None

    def group_partner(self, tok: Token) -> str | None:
        """A common noun object or author ("accused the army", "a call by Anglican clergy") that
        the events stage added as a body of a partner sector: that actor (:mod:`.plural_holders`)."""
        if self.smallest_at(tok.idx, tok.idx + len(tok.text)) is not None or tok.dep_ not in ("dobj", "pobj"):
            return None  # (a possessor, "boycott parliament's debate": the debate's place, no side B)
        aid = self._participant_at(tok)
        return aid if partner_sector(tok, self.actor(aid)) else None

    def body_anaphor(self, tok: Token) -> str | None:
        """"the ministry" (only "the" before it) as a holder: the state body of the same noun the
        text named last in the sentence before or in its own ("Chile's mining ministry fined X. The
        ministry demanded Y": Chile's), when that mention's actor has a state; None when
        two bodies of that noun were named ("Jordan's and Israel's ministries")."""
        if not anaphoric_body(tok):
            return None
        sents = list(tok.doc.sents)
        k = next((j for j, sn in enumerate(sents) if sn.start <= tok.i < sn.end), 0)
        start = sents[max(0, k - 1)].start_char
        found: set[str] = set()
        for s, e, aid in self._mentions:
            if not start <= s < tok.idx or e > tok.idx:
                continue
            words = tok.doc.text[s:e].lower().split()
            a = self.actor(aid)
            if words and words[-1] == tok.lower_ and len(words) > 2 and a is not None and a.country \
                    and a.type in ("organisation", "group") and a.sector in _STATE_SECTORS:
                found.add(aid)
        return next(iter(found)) if len(found) == 1 else None

    def _state_named_before(self, tok: Token) -> str | None:
        """The one state the text names before ``tok`` in its sentence or the one before it ("Kenya
        hosted X, and the country's minister urged Y": KEN); None when it names none, or two."""
        sents = list(tok.doc.sents)
        k = next((j for j, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
        start = sents[max(0, k - 1)].start_char
        states = {aid for s, _e, aid in self._mentions if start <= s < tok.idx
                  and (a := self.actor(aid)) is not None and a.type == "state"}
        return next(iter(states)) if len(states) == 1 else None

    def _participant_at(self, tok: Token) -> str | None:
        if self._participants is None:
            indexed = {(s, aid) for s, _e, aid in self._mentions}
            self._participants = [(m.start, m.end, a.id) for a in self.actors.values()
                                  if a.type in ("group", "organisation", "person")
                                  and (":" in a.id or a.sector in _GROUP_SECTORS | _STATE_SECTORS | _CIVIL_SECTORS | PARTNER_SECTORS)
                                  and not a.id.startswith(("thing:", "place:")) and not a.is_source
                                  for m in a.mentions if (m.start, a.id) not in indexed]
        return next((aid for s, e, aid in self._participants if s <= tok.idx and tok.idx + len(tok.text) <= e), None)

    def _civil_participant(self, tok: Token) -> str | None:
        """The events stage's group of a civil sector whose mention holds ``tok`` ("farmers" AGR)."""
        aid = self._participant_at(tok)
        a = self.actor(aid)
        return aid if a is not None and a.type == "group" and a.sector in _CIVIL_SECTORS else None

    def previous_subject(self, tok: Token) -> str | None:
        """The actor a pronoun subject opening its sentence's main clause continues: the subject
        of the previous sentence's main verb, when it fits the pronoun ("Oman's envoy met the
        rebels. He backed the truce." -> the envoy; "Chad hosted the talks. It opposed X." ->
        Chad). Only when nothing before the pronoun in its sentence names an actor."""
        low = tok.lower_
        if low not in ("he", "she", "it", "they") or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            return None
        doc = tok.doc
        j = tok.i
        while j > 0 and not doc[j].is_sent_start:
            j -= 1
        if j == 0 or any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in doc[j:tok.i]):
            return None
        k = j - 1
        while k > 0 and not doc[k].is_sent_start:
            k -= 1
        last = j - 1
        while last > k and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if "\n" in doc.text[doc[last].idx:tok.idx]:
            return None  # a paragraph break between them: the pronoun may start afresh
        root = next((t for t in doc[k:j] if t.dep_ == "ROOT"), None)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
        if root is None or subj is None or subj.lower_ in _THIRD | _FIRST and subj.lower_ != low:
            return None
        if sum(quote_mark(t) for t in doc[root.i:tok.i]) % 2:  # (not "companies'": recall15)
            return None  # one inside a quote, the other outside ('"X hosted Y." It rejected Z.')
        aid = self._fits_pronoun(subj, low)
        if aid is None:
            return None
        # an object of the previous sentence that fits the pronoun as well ("Mali accused Niger of
        # X. It denied ..."): the pronoun may take either, so neither
        objs = [c for c in root.children if c.dep_ in ("dobj", "dative")]
        objs += [g for c in root.children if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"]
        for o in objs:
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children):
                continue  # ("met his counterpart": the subject's own counterpart)
            other = self._fits_pronoun(o, low)
            if other is not None and other != aid:
                return None
        return aid

    def _fits_pronoun(self, tok: Token, low: str) -> str | None:
        """The actor ``tok`` names when it fits a third-person subject pronoun ``low`` (he / she a
        person or a person's role, it a state or body, they a group or body)."""
        aid = self.holder(tok)
        a = self.actor(aid)
        if a is None:
            return None
        person = a.type == "person" or (tok.pos_ == "NOUN" and tok.lemma_.lower() in _PERSON_ROLES)
        if low in ("he", "she", "it") and tok.tag_ == "NNS":
            return None  # ("hosted Nordic leaders. She backed X": a plural noun is no "she" or "it")
        if low in ("he", "she"):
            return aid if person else None
        if low == "it":
            return aid if not person and a.type in ("state", "organisation", "igo", "group", "other") else None
        return aid if not person and a.type in ("group", "organisation", "igo", "other") else None

    def antecedent(self, tok: Token, *, exclude: Sequence[str] = ()) -> str | None:
        """The nearest actor mentioned before a third-person pronoun in its sentence that fits
        it (persons for he/she, groups and organisations for they/them, not persons for
        it/its) and is none of ``exclude`` ("accusing them of X": the rebels named before)."""
        low = tok.lower_
        if low in ("he", "him", "his", "she", "her"):
            fits: tuple[str, ...] = ("person",)
        elif low in ("they", "them", "their"):
            fits = ("group", "organisation", "igo", "other", "media")  # a state is "it"
        elif low in ("it", "its"):
            fits = ("state", "organisation", "igo", "group", "other")
        else:
            return None
        j = tok.i  # the sentence start, without Token.sent (which walks the whole Doc)
        while j > 0 and not tok.doc[j].is_sent_start:
            j -= 1
        start = tok.doc[j].idx
        i = bisect_right(self._mention_starts, tok.idx) - 1
        while i >= 0 and self._mentions[i][0] >= start:
            s, e, aid = self._mentions[i]
            a = self.actor(aid)
            if e <= tok.idx and aid not in exclude and a is not None and a.type in fits and not any(
                    self.same_side(x, aid) for x in exclude):
                return aid
            i -= 1
        return None

    def mention_text(self, actor_id: str, before: int) -> str | None:
        """The text of the last mention of an actor before a character offset."""
        i = bisect_right(self._mention_starts, before) - 1
        while i >= 0:
            s, e, aid = self._mentions[i]
            if aid == actor_id and e <= before:
                if self._text is None:
                    self._text = doc_text(self.doc)  # (spaCy rebuilds Doc.text on every access)
                return self._text[s:e]
            i -= 1
        return None

    def speaker_holder(self, tok: Token) -> str | None:
        """Holder for content whose holder is the statement speaker ("X is important")."""
        verb = clause_verb(tok)
        verb = verb.head if verb.dep_ in ("aux", "auxpass") else verb
        if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") and is_negated(verb.head):
            return None  # "X does not believe / is not convinced that Y is illegal": no view of X's
        sp = self._speaker(tok)
        if sp is not None:
            return sp
        rep = reporting_subject(clause_verb(tok))
        return self.holder(rep) if rep is not None else self._authored(tok)

    def _authored(self, tok: Token) -> str | None:
        """The document author for a token outside any attributed statement (a speech says
        "we" and "Israel must withdraw" in its author's voice), else None."""
        if self.author is None or self.statement_at(tok.idx) is not None:
            return None
        return self.author

    def expand(self, actor_id: str) -> list[str]:
        """Group actors become their members (those that are actors here, else all): "Kenya and Uganda",
        "the two countries". A named grouping of states ("the West", "the Baltic states", "Gulf
        states": a group the actors tables name, so a mention of it is a name) stays one actor: it
        takes its positions as a bloc, which need not be each member's."""
        a = self.actor(actor_id)
        if a is not None and a.members and not any(m.kind == "name" for m in a.mentions):
            return list(a.members)
        return [actor_id]

    def they_conjuncts(self, tok: Token) -> list[str]:
        """The later conjuncts' actors of a coordinated reporting subject that "they" stands for ("A Corp
        and B Holdings said they backed X": B's too; the first conjunct is :meth:`holder`'s answer)."""
        if tok.lower_ != "they":
            return []
        rep = reporting_subject(clause_verb(tok))
        if rep is None or rep.i == tok.i or rep.pos_ not in ("PROPN", "NOUN"):
            return []
        first = rep
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        out: list[str] = []
        for c in (first, *expand_conj(first)):
            if c.i != rep.i and c.pos_ in ("PROPN", "NOUN"):
                aid = self.holder(c)
                if aid is not None and aid not in out:
                    out.append(aid)
        return out

    def only_state(self) -> str | None:
        """The id of the one state among the text's actors, else None (none, or several)."""
        states = [a.id for a in self.actors.values() if a.type == "state"]
        return states[0] if len(states) == 1 else None

    def same_side(self, a: str, b: str) -> bool:
        """True when b is a itself or a's own state (no alignment then)."""
        if a == b:
            return True
        aa, bb = self.actor(a), self.actor(b)
        if aa is not None and bb is not None and bb.type == "state" and aa.country == bb.id:
            # (a body of the state named by its possessive, "Chad's central bank", speaks for it too)
            return aa.type in ("person", "state") or aa.id.startswith("body:")
        return False
