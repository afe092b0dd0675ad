"""Communicative and cooperative constructions that the lexicon's triggers miss (issue 15, sixth round).

Each rule covers a class of wire constructions (``docs/events.md``, "Sixth round"), stated by its
syntax, never by example sentences:

- *appeal nouns with an addressee and an infinitive*: "X's call / appeal / plea for Y to do ...",
  "X renewed its call for Y to ...", "X's appeal to Y to ...": a request (020) from the noun's
  possessor (else the subject of the verb it is the object of) to Y, the subject of the infinitive;
  a deadline or ultimatum so set ("X set a deadline for Y to respond") is an ultimatum (139);
- *ruling out*: "X ruled out talks with Y / a deal with Y / Y's plan": a rejection of what is ruled
  out (the reject frame's code for its topic), towards the party named in or with it; kept out of
  the lexicon's verbs, whose every pattern is a hint to the type model ("the court ruled that ...");
- *owned meetings*: "X's meeting / talks / phone call with Y", "X's visit / trip to Y" in any position
  of the sentence ("X's meeting with Y lasted four hours", "after X's visit to Y, ..."): a consultation
  of the owner (a possessor or a modifier that names an actor) with the partner (040, 041, 042); with
  no owner, a meeting the clause's subject was at ("during a visit to Y, X signed ...": X);
- *presence for talks*: "X is in Y for talks / a visit / a summit": a visit of X to Y (042);
- *receiving a visitor*: "X received / welcomed / greeted Y" where Y is a person or a role of a state
  ("the Jordanian king", "his Lithuanian counterpart"): X hosts Y (043), not praise (051);
- *an owned threat, offer or refusal*: an act in the infinitive of a noun of mood with an owner
  ("X's threat to expel Y", "X's offer to mediate between Y and Z", "X's refusal to engage with Y")
  is the owner's, announced (a threat, an intent) or refused (a rejection), as the verb "threatened /
  offered / refused to" would make it (:func:`mood_owner`, :func:`noun_mood`);
- *undone hostile acts*: a hostile act in the infinitive of a decision, plan or policy that its owner
  reverses, rescinds, scraps or drops ("reversed its decision to ban X's imports", "backed away from
  its plan to expel Y") is given up: a concession (080) towards the act's target, not the act;
- *taken off a list*: "X removed / struck / took Y off (from) its list of ... (a blacklist, a sanctions
  list)" and "X delisted Y" ease sanctions on Y (081);
- *claims of wrongdoing*: "X said / claimed / alleged that Y rigged / obstructed / meddled in / harboured
  ..." (a verb of wrongdoing the lexicon does not code, in a reported clause whose subject is another
  party) and "X's accusation / allegation that Y ..." are accusations of Y (112); a party claiming
  wrongdoing of its own side accuses no one, and a coded act reported stays the reported act;
- *the speaker's own government*: an act reported under a statement verb whose subject is a bare
  "the government / authorities / administration / cabinet" of the speaker's own country ("the prime
  minister said the government would lift the ban on X") is the speaker's, the head of
  that government, when the speaker is a person coded with that country (:func:`speaker_for_government`);
- *a warning reported by an unnamed speaker after it*: "X will respond to any attack by Y, the foreign
  minister warned" is X's threat to Y (the speaker, a role without a name, speaks for X), not the
  speaker's threat to X (:func:`trailing_warning`);
- *photo captions*: names set off by a position in a caption ("X, left, and Y, second right, attend
  a cabinet meeting"), which the parser does not coordinate, meet each other (040, both ways) when
  the sentence is about a meeting (a verb or noun of meeting) (:func:`caption_meeting`);
- *conditional hostility*: an act of disapproval, reduced relations or coercion announced with a condition on another
  party ("said it would take firm measures against X if ...") is a threat (130), as the codebook
  codes conflictual behaviour announced for the future.

:func:`extra_relations` returns the events of the first two classes for the sentence; the others are
codes for triggers the other passes found (:func:`host_code`, :func:`conditional_threat`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..common.undo import UNDO_VERBS
from .args import actor_tables, actors_of, has_future, is_hypothetical, is_negated, subject_of
from .lexicon import Lexicon
from .match import doc_words, find_topic, lemma
from .participants import current

__all__ = ["APPEAL_NOUNS", "extra_relations", "host_code", "conditional_threat", "for_to_subjects", "host_relation",
           "mood_owner", "noun_mood", "undone",
           "speaker_for_government", "trailing_warning",
           "caption_meeting"]

#: Nouns of asking that name their addressee with "for"/"to" and what is asked with an infinitive.
APPEAL_NOUNS = {"call", "appeal", "plea", "request", "demand", "entreaty", "exhortation", "deadline", "ultimatum"}
#: The code of each (the codebook's 020 "make an appeal or request", 100 "demand", 139 "give ultimatum":
#: "set a deadline for X to leave").
_APPEAL_CODES = {"demand": "100", "deadline": "139", "ultimatum": "139"}
#: Nouns of meeting that make a presence somewhere a visit ("is in Moscow for talks").
_MEETING_NOUNS = {"talk", "talks", "visit", "meeting", "summit", "consultation", "negotiation", "discussion",
                  "trip", "tour", "conference"}
#: Verbs of receiving a visitor, and the role nouns that make their object a visitor.
_HOST_VERBS = {"receive", "welcome", "greet", "host"}
_VISITOR_ROLES = {"king", "queen", "emir", "prince", "princess", "sultan", "monarch", "premier", "chancellor",
                  "president", "minister", "counterpart", "delegation", "envoy", "ambassador", "pope", "leader",
                  "secretary", "chief", "head", "visitor", "guest", "governor", "mayor", "senator", "official",
                  "diplomat", "commander", "general", "speaker", "crown", "sheikh", "foreign"}
_OWN_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
#: Codes of disapproval and coercion that a condition on another party turns into a threat.
_THREAT_ROOTS = ("11", "16", "17")
_COND = {"if", "unless"}


def _ids(xs: list[str] | list[str | None]) -> list[str | None]:
    """Actor ids as the events stage passes them (``None`` for no party)."""
    return list(xs)


def for_to_subjects(tok: Token) -> list[Token]:
    """The subject of a "for X to do ..." infinitive under ``tok`` (a verb or noun of asking): the
    parser makes X either the infinitive's subject ("for" its marker) or the object of "for" with the
    infinitive beside it ("pushed for X to deploy ...")."""
    out: list[Token] = []
    infinitives = [c for c in tok.children if c.dep_ in ("advcl", "acl", "xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for inf in infinitives:
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in inf.children):
            out += [s for s in inf.children if s.dep_ in ("nsubj", "nsubjpass")]
    if infinitives or any(inf for o in tok.children if o.dep_ == "prep" and o.lower_ == "for"
                          for p in o.children if p.dep_ == "pobj"
                          for inf in p.children if inf.dep_ in ("acl", "relcl") and inf.pos_ == "VERB"
                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in inf.children)):
        out += [p for o in tok.children if o.dep_ == "prep" and o.lower_ == "for"
                for p in o.children if p.dep_ == "pobj"]
    return out


def _appeal_noun(doc: Doc, noun: Token) -> tuple[str, list[str | None], list[str | None]] | None:
    """(code, sources, addressees) of an appeal noun with an addressee and an infinitive."""
    infinitive = any(c.dep_ in ("advcl", "acl", "relcl") and c.pos_ in ("VERB", "AUX")
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     for x in (noun, *[p for o in noun.children if o.dep_ == "prep" and o.lower_ in ("for", "to")
                                       for p in o.children if p.dep_ == "pobj"]) for c in x.children)
    carried = for_to_subjects(noun.head) if noun.dep_ == "dobj" else []  # ("set a deadline for X to ...":
    # the parser hangs the infinitive on the verb)
    poss = [c for c in noun.children if c.dep_ == "poss"]
    makers = [p for o in noun.children if o.dep_ == "prep" and o.lower_ in ("by", "from")
              for p in o.children if p.dep_ == "pobj"]
    # "a demand by X that Y withdraw ...", "X's call that Y step down": the subject of a that-clause is
    # asked, when the noun names who asks (not "rejected a demand that Y ...": whose demand is unsaid)
    subjunctive = [sb for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for sb in c.children if sb.dep_ == "nsubj"] \
        if makers or poss and poss[0].pos_ != "PRON" else []
    if not infinitive and not carried and not subjunctive:
        return None  # "a call for calm", "an appeal to the court": no act asked of a party
    asked = for_to_subjects(noun) + carried + [p for o in noun.children if o.dep_ == "prep" and o.lower_ == "to"
                                               for p in o.children if p.dep_ == "pobj"] + subjunctive
    targets = [a for t in asked for a in actors_of(doc, t, new=True) if a]
    if not targets:
        return None
    if makers:  # "rejected a demand by X that ...": X asks, not the one who rejects
        sources = [a for m in makers for a in actors_of(doc, m, new=True) if a]
    elif poss and poss[0].lower_ not in ("his", "her", "its", "their", "our", "my"):
        sources = [a for a in actors_of(doc, poss[0]) if a]
    elif noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        subj = subject_of(noun.head)  # (the verb that made, renewed or repeated the call)
        sources = [a for a in actors_of(doc, subj, new=True) if a] if subj is not None else []
    else:
        sources = [a for c in noun.children if c.dep_ in ("amod", "compound") for a in actors_of(doc, c) if a]
    sources = [s for s in sources if s not in targets]
    if not sources:
        return None
    return _APPEAL_CODES.get(lemma(noun), "020"), list(sources), list(targets)


def _presence_visit(doc: Doc, be: Token) -> tuple[str, list[str | None], list[str | None]] | None:
    """"X is in Y for talks": X visits Y."""
    if lemma(be) != "be" or not any(c.dep_ == "nsubj" for c in be.children):
        return None
    preps = {c.lower_: c for c in be.children if c.dep_ == "prep"}
    place, why = preps.get("in"), preps.get("for")
    if place is None or why is None:
        return None
    if not any(lemma(o) in _MEETING_NOUNS or o.lower_ in _MEETING_NOUNS for o in why.children if o.dep_ == "pobj"):
        return None
    subj = subject_of(be)
    sources = [a for a in actors_of(doc, subj) if a] if subj is not None else []
    targets = [a for o in place.children if o.dep_ == "pobj" for a in actors_of(doc, o) if a and a not in sources]
    if not sources or not targets:
        return None
    return "042", _ids(sources), _ids(targets)


def _ruled_out(doc: Doc, verb: Token, lexicon: Lexicon) -> tuple[str, list[str | None], list[str | None]] | None:
    """"X ruled out talks with Y": X rejects (the reject frame's code for the topic) towards Y."""
    if lemma(verb) != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    subj = subject_of(verb)
    sources = [a for a in actors_of(doc, subj, new=True) if a] if subj is not None else []
    if not sources:
        return None
    cands = [obj] + [c for c in obj.children if c.dep_ == "poss"] + [
        p for h in (obj, verb) for c in h.children if c.dep_ == "prep"
        and c.lower_ in ("with", "by", "of", "against", "on", "to") for p in c.children if p.dep_ == "pobj"]
    targets = [a for t in cands for a in actors_of(doc, t) if a and a not in sources]
    if not targets:
        return None
    topic = find_topic(list(obj.subtree), lexicon, "reject")
    return lexicon.frame_code("reject", topic), _ids(sources), _ids(targets[:1])


#: Nouns of meeting an owner holds with a partner ("with") or pays to a host ("to"), and their codes.
_OWNED_MEETINGS = {"meeting": ("with", "040"), "talk": ("with", "040"), "talks": ("with", "040"),
                   "conversation": ("with", "041"), "call": ("with", "041"), "visit": ("to", "042"),
                   "trip": ("to", "042")}


#: Prepositions of a meeting the main clause's subject took part in ("during a visit to Y, X ...").
_DURING = {"during", "after", "following", "amid", "in"}


def _owned_meeting(doc: Doc, noun: Token) -> tuple[str, list[str | None], list[str | None]] | None:
    """"X's meeting with Y", "X's visit to Y": X consults with / visits Y."""
    prep, code = _OWNED_MEETINGS[lemma(noun)]
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        sources = [] if poss.lower_ in _OWN_PRONOUNS else [a for a in actors_of(doc, poss) if a]
    else:
        sources = [a for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                   for a in actors_of(doc, c) if a]
    by = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    if not sources and by:  # "the first visit to Y by X's king": X
        sources = [a for o in by for a in actors_of(doc, o) if a]
    elif not sources and poss is None and noun.dep_ == "pobj" and noun.head.lower_ in _DURING \
            and noun.head.head.pos_ in ("VERB", "AUX"):  # "during a visit to Y, X signed ...": X
        subj = subject_of(noun.head.head)
        fronted = subj is not None and noun.head.i < subj.i  # ("in": only a setting put first)
        if subj is not None and (noun.head.lower_ != "in" or fronted):
            sources = [a for a in actors_of(doc, subj) if a]
    if not sources:
        return None
    if lemma(noun) == "call" and not any(c.lower_ in ("phone", "telephone", "video") for c in noun.lefts):
        return None  # ("X's call for Y": an appeal)
    targets = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == prep
               for o in c.children if o.dep_ == "pobj" for a in actors_of(doc, o) if a and a not in sources]
    if not targets:
        return None
    return code, _ids(sources), _ids(targets)


#: Verbs of wrongdoing that make a claim about a party an accusation of it.
_WRONG_VERBS = {"rig", "undermine", "obstruct", "sabotage", "interfere", "meddle", "lie", "cheat", "incite",
                "destabilize", "destabilise", "harbour", "harbor", "shelter", "sponsor", "abuse", "manipulate",
                "falsify", "mislead", "deceive", "exploit", "commit", "plot", "conspire", "collude", "fabricate",
                "embezzle", "steal", "bribe", "fuel", "stoke", "finance", "fund", "orchestrate", "mastermind"}
_CLAIM_VERBS = {"say", "claim", "allege", "charge", "argue", "insist", "assert", "maintain", "contend", "believe",
                "suspect"}
_CLAIM_NOUNS = {"accusation", "allegation"}


def _same_side(doc: Doc, a: str, b: str) -> bool:
    """Whether two parties are one side: the same code, or one country and a body of it."""
    codes = actor_tables(doc)[1]
    parts = current(doc)
    ca = codes.get(a) or (parts.code_of(a) if parts is not None else None) or ""
    cb = codes.get(b) or (parts.code_of(b) if parts is not None else None) or ""
    if not ca or not cb:
        return False
    return ca == cb or (ca[:3] == cb[:3] and min(len(ca), len(cb)) == 3)


def _claimed_wrong(doc: Doc, tok: Token, skip: set[int]) -> tuple[str, list[str | None], list[str | None]] | None:
    """"X said Y rigged the vote", "X's accusation that Y ...": X accuses Y (112)."""
    noun = tok.pos_ == "NOUN"
    if noun:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ in _OWN_PRONOUNS:
            return None
        sources = [a for a in actors_of(doc, poss) if a]
        clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    else:
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and lemma(c) in _WRONG_VERBS and c.i not in skip]
        if not clauses or is_negated(tok):
            return None  # (most claims report no wrongdoing: nothing to resolve)
        subj = subject_of(tok)
        sources = [a for a in actors_of(doc, subj, new=True) if a] if subj is not None else []
    if not sources:
        return None
    for clause in clauses:
        if is_negated(clause):
            continue
        about = subject_of(clause)
        targets = [a for a in actors_of(doc, about, new=True) if a and a not in sources] if about is not None else []
        targets = [t for t in targets if not any(_same_side(doc, s, t) for s in sources)]
        if targets:
            return "112", _ids(sources), _ids(targets)
    return None


#: Positions a photo caption gives after a name ("X, left, and Y, right, ...").
_CAPTION_WORDS = {"left", "right", "center", "centre", "top", "bottom", "front", "rear", "foreground", "background"}
#: Words of meeting that make a captioned sentence a meeting of its captioned people.
_MEETING_WORDS = {"meet", "talk", "confer", "greet", "shake", "meeting", "talks", "summit", "conference",
                  "consultation", "session", "negotiation", "visit"}


def caption_meeting(doc: Doc, sent: Span) -> list[tuple[Token, str, list[str | None], list[str | None]]]:
    """Meetings of the names a photo caption sets off by their position (module doc)."""
    names: list[Token] = []
    for t in sent:
        if t.lower_ not in _CAPTION_WORDS or t.i < 2 or t.i + 1 >= sent.end:
            continue
        before = doc[t.i - 1] if doc[t.i - 1].lower_ not in ("second", "third", "far", "fourth") else doc[t.i - 2]
        if before.text != "," or doc[t.i + 1].text not in (",", ")"):
            continue
        name = doc[before.i - 1]
        if name.pos_ == "PROPN":
            names.append(name)
    if len(names) < 2 or not any(lemma(t) in _MEETING_WORDS or t.lower_ in _MEETING_WORDS for t in sent):
        return []
    people: list[str] = []
    for n in names:
        for a in actors_of(doc, n):
            if a and a not in people:
                people.append(a)
    if len(people) < 2:
        return []
    return [(names[0], "040", [a], [b]) for a in people for b in people if a != b]


def extra_relations(doc: Doc, sent: Span, skip: set[int], lexicon: Lexicon,
                    ) -> list[tuple[Token, str, list[str | None], list[str | None]]]:
    """(token, code, sources, targets) of the sentence's constructions of the module doc that a
    noun or verb heads, for tokens no other pass coded (``skip``), and of its photo captions."""
    out: list[tuple[Token, str, list[str | None], list[str | None]]] = []
    caption = False
    spacy_lemmas = doc_words(doc).spacy_lemma
    for i in range(sent.start, sent.end):
        lem = spacy_lemmas[i]
        if lem in _CAPTION_LEMMAS:
            caption = True
        if lem not in _HEAD_LEMMAS or i in skip:
            continue  # (one set lookup for most words: the stage stays cheap)
        tok = doc[i]
        lem = lemma(tok)
        pos = tok.pos_
        found: tuple[str, list[str | None], list[str | None]] | None = None
        if pos == "NOUN":
            if lem in APPEAL_NOUNS:
                found = _appeal_noun(doc, tok)
            if found is None and lem in _OWNED_MEETINGS:
                found = _owned_meeting(doc, tok)
            if found is None and lem in _CLAIM_NOUNS:
                found = _claimed_wrong(doc, tok, skip)
        elif pos in ("AUX", "VERB") and lem == "be":
            found = _presence_visit(doc, tok)
        elif pos == "VERB":
            if lem in _HOST_VERBS:
                found = host_relation(doc, tok)
            elif lem == "rule":
                found = _ruled_out(doc, tok, lexicon)
            elif lem in _LIST_VERBS:
                found = _off_list(doc, tok)
            if found is None and lem in _CLAIM_VERBS:
                found = _claimed_wrong(doc, tok, skip)
        if found is not None:
            out.append((tok, *found))
    return out + caption_meeting(doc, sent) if caption else out


#: Lemmas of the caption positions (spaCy may lemmatise "left" as "leave").
_CAPTION_LEMMAS = _CAPTION_WORDS | {"leave"}
#: Verbs that take a party off a list.
_LIST_VERBS = {"delist", "remove", "take", "strike", "drop"}
#: Every lemma that heads a construction of :func:`extra_relations` (a prefilter; spaCy's lemmas).
_HEAD_LEMMAS = (APPEAL_NOUNS | set(_OWNED_MEETINGS) | _CLAIM_NOUNS | {"be", "rule"} | _HOST_VERBS | _LIST_VERBS
                | _CLAIM_VERBS | {"talks"})


#: Nouns of a visit whose "by" / "from" / "of" complement is the visitor ("welcomed a visit by X").
_VISIT_NOUNS = {"visit", "trip", "tour", "stopover"}


def _is_visitor(doc: Doc, obj: Token, depth: int = 0) -> bool:
    if obj.pos_ == "NOUN" and lemma(obj) in _VISIT_NOUNS and depth == 0:
        # "welcomed a visit by a delegation of X": the host receives the visitor the noun names
        return any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and any(
            o.dep_ == "pobj" and (_is_visitor(doc, o, 1) or any(actors_of(doc, o)))
            for o in c.children) for c in obj.children)
    if obj.pos_ == "NOUN":
        return lemma(obj) in _VISITOR_ROLES
    if obj.pos_ != "PROPN":
        return False
    types = {a.type for a in (doc._.sm_actors or []) for aid in actors_of(doc, obj) if aid and a.id == aid}
    return "person" in types


def host_code(tok: Token, code: str, doc: Doc) -> str:
    """043 for a verb of receiving whose object is a visitor (a person, a role of a state), in
    place of praise or aid; ``code`` otherwise."""
    if lemma(tok) not in _HOST_VERBS or code[:2] not in ("05", "07", "04") or code == "043":
        return code
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs and _is_visitor(doc, objs[0]) and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
                                                      if c.i > objs[0].i):
        return "043"  # ("welcomed X for its support": praise stays praise)
    return code


def host_relation(doc: Doc, verb: Token) -> tuple[str, list[str | None], list[str | None]] | None:
    """"X received Y" with a visitor as Y and no lexicon pattern: X hosts Y (043)."""
    if lemma(verb) not in _HOST_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return None  # "received aid from X": the giver acts (relations.py)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or not _is_visitor(doc, objs[0]):
        return None
    subj = subject_of(verb)
    sources = [a for a in actors_of(doc, subj, new=True) if a] if subj is not None else []
    targets = [a for a in actors_of(doc, objs[0], new=True) if a and a not in sources]
    if not sources or not targets:
        return None
    return "043", list(sources), list(targets)


#: Nouns of mood whose infinitive names an act announced or refused, and that mood.
_MOOD_NOUNS = {"threat": "threat", "warning": "threat", "ultimatum": "threat", "vow": "intent",
               "offer": "intent", "pledge": "intent", "promise": "intent", "commitment": "intent",
               "readiness": "intent", "willingness": "intent", "intention": "intent", "plan": "intent",
               "decision": "act", "refusal": "reject"}


def noun_mood(tok: Token) -> str | None:
    """The mood of the noun whose to-infinitive ``tok`` is ("threat" for "X's threat to expel"), else None."""
    if tok.dep_ != "acl" or tok.head.pos_ != "NOUN" or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                               for a in tok.children):
        return None
    return _MOOD_NOUNS.get(lemma(tok.head))


def mood_owner(doc: Doc, tok: Token) -> list[str | None]:
    """The owner of a noun of mood whose infinitive ``tok`` is ("X's threat to expel Y": X; "the
    Pakistani offer to mediate": Pakistan), else ``[None]``; a possessive pronoun is no owner here."""
    if noun_mood(tok) is None:
        return [None]
    noun = tok.head
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        owners = [] if poss.lower_ in _OWN_PRONOUNS else [a for a in actors_of(doc, poss) if a]
        return _ids(owners) or [None]
    found = [a for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
             for a in actors_of(doc, c) if a]
    return _ids(found) or [None]


#: The nouns of what is undone (the verbs of undoing: common.undo).
_UNDO_PREP_VERBS = {"backtrack", "retreat", "back", "step", "climb", "u-turn"}  # "backed away from / down on"
_PLAN_NOUNS = {"decision", "plan", "policy", "order", "move", "proposal", "threat", "bid", "intention", "attempt"}


def undone(tok: Token, code: str) -> bool:
    """Whether a hostile act (CAMEO 11-20) ``tok`` is the infinitive of a decision or plan that is
    reversed, scrapped or backed away from (module doc)."""
    if code[:2] not in ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20"):
        return False
    if tok.dep_ not in ("acl", "relcl") or lemma(tok.head) not in _PLAN_NOUNS:
        return False
    noun = tok.head
    if noun.dep_ == "dobj":
        return lemma(noun.head) in UNDO_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "from") and lemma(noun.head.head) in _UNDO_PREP_VERBS


#: Nouns of a list one is taken off to ease sanctions on one ("its list of state sponsors of terrorism").
_LISTS = {"list", "blacklist", "watchlist", "register"}


def _off_list(doc: Doc, verb: Token) -> tuple[str, list[str | None], list[str | None]] | None:
    """"X removed Y from its list of ...", "X delisted Y": X eases sanctions on Y (081)."""
    lv = lemma(verb)
    if lv == "delist":
        listed = True
    elif lv in _LIST_VERBS:
        listed = any(c.dep_ == "prep" and c.lower_ in ("from", "off") and any(
            o.dep_ == "pobj" and lemma(o) in _LISTS for o in c.children) for c in verb.children)
    else:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not listed or obj is None:
        return None
    subj = subject_of(verb)
    sources = [a for a in actors_of(doc, subj, new=True) if a] if subj is not None else []
    targets = [a for a in actors_of(doc, obj) if a and a not in sources]
    if not sources or not targets:
        return None
    return "081", _ids(sources), _ids(targets)


#: Bare nouns for a country's executive that a speaker heading it announces the acts of.
_GOVERNMENT_NOUNS = {"government", "administration", "authority", "authorities", "cabinet", "executive"}


def speaker_for_government(doc: Doc, subj: Token | None, speech: Token | None,
                           sources: list[str | None]) -> list[str | None]:
    """The speaker, in place of ``sources``, when ``subj`` is a bare "the government" (no name,
    possessor or modifier) and the speaker is a person coded with the same country; ``sources``
    otherwise."""
    if subj is None or speech is None or subj.pos_ != "NOUN" or lemma(subj) not in _GOVERNMENT_NOUNS:
        return sources
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") or c.dep_ == "prep" for c in subj.children):
        return sources
    speaker = subject_of(speech)
    if speaker is None:
        return sources
    people = [a for a in actors_of(doc, speaker) if a and a.startswith("person:")]
    codes = actor_tables(doc)[1]
    own = {(codes.get(a) or "")[:3] for a in sources if a} - {""}
    if people and own and all((codes.get(p) or "")[:3] in own for p in people):
        return list(people)
    return sources


def _arguments(verb: Token) -> list[Token]:
    """The object and prepositional objects of a verb, then the prepositional objects under them
    ("respond to any attack by Y": the attack, then Y)."""
    first = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    first += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return first + [o for t in first for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]


def trailing_warning(doc: Doc, trig: Token, code: str, sources: list[str | None],
                     targets: list[str | None]) -> tuple[list[str | None], list[str | None]] | None:
    """(sources, targets) of a threat reported before its unnamed speaker (module doc), else None."""
    if code[:2] != "13" or trig.pos_ != "VERB":
        return None
    subj = subject_of(trig)
    if subj is None or subj.pos_ != "NOUN":
        return None  # a named speaker threatens in its own name
    clause = next((c for c in trig.children if c.dep_ == "ccomp" and c.i < trig.i and c.pos_ in ("VERB", "AUX")), None)
    said = subject_of(clause) if clause is not None else None
    if clause is None or said is None or said.pos_ != "PROPN":
        return None
    actors = [a for a in actors_of(doc, said) if a]
    if not actors or not set(t for t in targets if t) <= set(actors):
        return None
    speaker = [a for a in actors_of(doc, subj) if a]  # "the Israeli foreign minister warned": another side
    if speaker and not any(_same_side(doc, a, b) for a in speaker for b in actors):
        return None
    for tok in _arguments(clause):
        found = [a for a in actors_of(doc, tok) if a and a not in actors]
        if found:
            return _ids(actors), _ids(found)
    return None


def conditional_threat(tok: Token, code: str) -> str:
    """130 for disapproval, rejection, reduced relations or coercion announced with a condition on
    another party ("would take measures against X if it ...", "will cut ties unless ..."); ``code``
    otherwise."""
    if code[:2] not in _THREAT_ROOTS:
        return code
    chain = [tok] + ([tok.head] if tok.dep_ in ("xcomp", "conj") else [])
    if not any(has_future(t) or is_hypothetical(t) for t in chain):
        return code
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _COND for m in c.children)
           for t in chain for c in t.children):
        return "130"
    return code
