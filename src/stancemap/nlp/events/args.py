"""Arguments and flags of event triggers: source and target actors, negation, hypothetical
mood, reporting, and the place of an event, read from the dependency parse.

Actors come from the actor stage's mention index (``doc._.sm_mentions`` via ``actor_at``);
when no mention covers an argument the actor is None (no guessing).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span, Token

from ..common.datelines import DATELINE_ENDS, agency_credit, dash_dateline, is_dateline
from ..common.extensions import actor_at, entity_of
from ..common.text import DASHES, WORD_HYPHENS
from .datelinemarks import may_be_agency_credit, may_be_dateline
from .participants import PARTITIVE_HEADS, current
from .tree import no_left_child, tree_of
from .wordclasses import RELATIONAL_NOUNS, is_acronym

__all__ = [
    "BEHEST_NOUNS",
    "is_behest",
    "LETTING_VERBS",
    "GRANTING_NOUNS",
    "DENIAL_VERBS",
    "grants_power",
    "only_permitted",
    "is_denied",
    "subject_of",
    "relative_antecedent",
    "actor_tables",
    "actors_of",
    "target_tokens",
    "is_negated",
    "is_hypothetical",
    "is_proviso",
    "has_future",
    "place_of",
    "motive_targets",
    "clause_targets",
    "is_circumstance",
    "circumstance_tokens",
    "hyphen_pair",
]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_TARGET_PREPS = ("with", "to", "on", "upon", "against", "at", "toward", "towards", "between", "for")
#: Places count as targets only for visits and consultations ("arrived in Cairo") and invasions.
_PLACE_PREPS = ("in", "into")
_MODALS = {"would", "could", "might", "may", "should", "can", "must"}
_FUTURE = {"will", "shall", "'ll"}
_COND_MARKS = {"if", "unless", "whether"}
#: Governing verbs through which a subject is inherited ("X agreed to meet", "X began to withdraw").
_CONTROL_DEPS = ("xcomp", "conj", "advcl")


def _dateline_of_passive(verb: Token, subj: Token) -> bool:
    """Whether ``subj``, a passive subject of ``verb``, is a dateline the parser took for a second
    passive subject ("CITY, date (Agency) - Dozens of asylum seekers were sent back ...": they
    undergo the act, not the dateline city or the agency credited beside it)."""
    if not any(c.dep_ == "nsubjpass" and c.i > subj.i for c in verb.children):
        return False
    return may_be_dateline(subj) and is_dateline(subj) or dash_dateline(verb, subj)


def passive_subject(verb: Token) -> Token | None:
    """The passive subject of ``verb``, a dateline parsed as one skipped (:func:`_dateline_of_passive`)."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and not _dateline_of_passive(verb, c)), None)


def _after_dateline(verb: Token, subj: Token) -> Token:
    """The real subject when ``subj`` is a dateline: another subject of the verb, else the
    dateline's apposition ("ACCRA -- The president of Ghana said ...")."""
    other = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i), None)
    if other is not None:
        return other
    apps = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i + 1
            and subj.doc[c.i - 1].text != "("]  # (not the agency's credit: "NAIROBI (Reuters) - X ...")
    # "CITY, Country -- The X" (the subject parsed as an apposition or a conjunct of the country)
    apps += [x for c in apps for x in c.children if x.dep_ in ("appos", "conj") and x.i > c.i]
    dash = next((t.i for t in subj.doc[subj.i + 1:subj.i + 8] if t.text in DATELINE_ENDS and t.text not in (",", "(")),
                None)
    after = [c for c in apps if dash is not None and c.i > dash]  # "ACCRA, Ghana -- The minister ..."
    if not apps and dash is not None:  # "CITY, date (Agency) - A and B agreed": the parser may join the
        # subject to the agency's credit as its conjunct; the subject is the first conjunct after the dash
        # (evfresh11)
        credited = [x for c in subj.children if c.dep_ == "appos" and subj.doc[c.i - 1].text == "("
                    for x in c.children if x.dep_ == "conj" and x.i > dash]
        if credited:
            return credited[0]
    return after[0] if after else apps[-1] if apps else subj


#: Entity types of a name the parser left as a modifier of the verb it is the subject of.
_NAME_TYPES = {"ORG", "PERSON", "GPE", "NORP"}


def _own_subject(verb: Token) -> Token | None:
    doc = verb.doc
    tree = tree_of(doc)  # (word indexes: a Token is made only for the words looked at closer)
    dep = tree.deps
    children = tree.children[verb.i]
    if verb.pos_ in ("VERB", "AUX") and not any(dep[k] in ("nsubj", "nsubjpass", "csubj") for k in children):
        for k in children:  # "In cooperation with X, ACRONYM provided ...": a name parsed as a modifier
            if dep[k] in ("advmod", "npadvmod", "dep") and k == verb.i - 1:
                c = doc[k]
                if c.ent_type_ in _NAME_TYPES or is_acronym(c):
                    return c
    for k in children:
        if dep[k] in ("nsubj", "csubj"):
            c = doc[k]
            if may_be_dateline(c) and is_dateline(c) or dash_dateline(verb, c):  # (datelinemarks.py)
                return _after_dateline(verb, c)
            if c.tag_ == "VBG" and dep[k] == "nsubj":  # "the charity working in X said": a
                inner = next((x for x in tree.children[k] if dep[x] == "nsubj"), None)  # reduced relative
                if inner is not None:
                    return doc[inner]
            return c
    for k in children:
        if dep[k] == "agent":
            for o in tree.children[k]:
                if dep[o] == "pobj":
                    return doc[o]
    return None


#: Nouns of commitment whose "to"/"of" gerund is the holder's own act ("its commitment to helping X").
_INTENT_NOUNS = {"commitment", "pledge", "promise", "readiness", "willingness", "determination", "intention",
                 "plan", "plans", "effort", "efforts", "bid", "decision", "resolve"}


#: Verbs by which a party states a commitment or plan, its own or its organisation's ("X reaffirmed
#: the UN's commitment to ..."): the subject is the one who commits.
#: Stating verbs that also report another party's plan: with a named possessor ("X confirmed Y's
#: plans to ..."), the plan is the possessor's.
_REPORTING_VERBS = {"confirm", "announce", "unveil", "outline", "present", "reveal", "disclose", "report"}
_STATING_VERBS = {"reiterate", "reaffirm", "express", "voice", "state", "announce", "declare", "renew", "confirm",
                  "stress", "underline", "emphasise", "emphasize", "repeat", "restate", "signal", "pledge",
                  "make", "have", "outline", "present", "unveil"}


#: Messages whose participle clause speaks for their author ("issued a statement urging ...").
_MESSAGE_NOUNS = {"statement", "declaration", "communique", "letter", "message", "resolution", "note",
                  "appeal", "ultimatum", "petition", "memorandum", "decree", "order", "warning", "report"}


#: Instruments a party acts through ("a bill that would sanction X", "a decree that bans Y"): what
#: they do is done by whoever introduced, passed or issued them.
_INSTRUMENT_NOUNS = {"bill", "law", "legislation", "resolution", "decree", "measure", "motion", "amendment",
                     "ordinance", "order", "directive", "regulation", "executive order"}


#: Verbs of making an instrument one's own act (not supporting or opposing someone else's).
_AUTHORING_VERBS = {"introduce", "pass", "adopt", "approve", "issue", "sign", "propose", "draft", "table",
                    "enact", "submit", "sponsor", "unveil", "publish", "impose"}


#: Relative pronouns that stand for the noun their clause modifies.
_RELATIVE_PRONOUNS = {"which", "who", "whom", "that"}


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for when it is an argument of its relative clause's verb
    ("X, which Y struck": X for "which", the object; "X, to which Y sent troops": X), else None."""
    if tok.lower_ not in _RELATIVE_PRONOUNS or tok.tag_ not in ("WDT", "WP"):
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
        return None
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ != "pobj" and any(c.dep_ == tok.dep_ and c.i != tok.i for c in verb.children):
        return None  # a second object of the same kind: "that" misread as the clause's argument
    return verb.head


def subject_of(verb: Token) -> Token | None:
    """The subject (agent for passives) of ``verb``, inherited through control and coordination."""
    parts = current(verb.doc)  # while the events stage codes the Doc, found once per verb (the parse
    memo = parts.memo if parts is not None else None  # does not change; many passes ask for it)
    if memo is None:
        return _subject_of(verb)
    key = ("subject", verb.i)
    if key in memo:
        found: Token | None = memo[key]
        return found
    found = memo[key] = _subject_of(verb)
    return found


#: Verbs of letting and persuading whose object does what their infinitive says ("X allowed the
#: opposition to stage a rally": the opposition stages it); appeals ("urged Y to ...") are coded
#: as appeals to Y by the lexicon and keep their own reading, and so do verbs of forcing ("forced
#: villagers to leave": the coercion is the event, not a concession of the villagers).
LETTING_VERBS = frozenset({"allow", "permit", "let", "enable", "authorize", "authorise", "persuade", "help"})

#: Norms that grant a power rather than use it: what a law or bill "allows / lets / enables /
#: authorises" someone to do is a power granted, not an act done ("a law allowing the police to
#: detain X", "a bill that would let the ministry close Y": no detention, no closure).
GRANTING_NOUNS = frozenset({"law", "bill", "legislation", "decree", "amendment", "statute", "regulation",
                            "ordinance", "constitution", "directive"})
_GRANTING_VERBS = (LETTING_VERBS - {"persuade", "help"}) | {"empower", "entitle"}
#: Verbs of causing a reaction: their object does what the infinitive says ("the vote prompted thousands
#: to march": the thousands march), as after verbs of letting.
CAUSING_VERBS = frozenset({"prompt", "spur", "cause", "inspire"})
_CONTROLLED_BY_OBJECT = LETTING_VERBS | CAUSING_VERBS
#: Verbs that deny what their that-clause says ("denied that police had detained X").
DENIAL_VERBS = frozenset({"deny", "refute"})
#: Verbs that dismiss a claim, and the nouns of claims whose that-clause is then no act ("dismissed
#: reports that X had agreed to ...", "denied allegations that its troops shelled Y").
_DISMISSING_VERBS = frozenset({"deny", "refute", "dismiss", "reject", "dispute"})
_CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "rumour", "rumor", "suggestion", "speculation"})


def _permitter(verb: Token) -> Token | None:
    """Who or what lets: the subject of a verb of letting (the noun a relative "that" stands for),
    the noun its participle modifies, or the object of the verb its participle hangs on ("approved a
    law on Monday allowing ...": the parser's attachment of the law's participle)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return relative_antecedent(subj) or subj
    if verb.dep_ in ("acl", "relcl"):
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # (else the subject of that verb: "Empowering X to
        # ..., the decree was published")
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None) \
            or next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def grants_power(verb: Token) -> bool:
    """Whether ``verb`` is a verb of letting whose subject is a norm ("a law that allows X to ...",
    "legislation letting X ..."): a power granted, no relation between the norm's maker and X."""
    if verb.lemma_.lower() not in _GRANTING_VERBS:
        return False
    p = _permitter(verb)
    return p is not None and p.lemma_.lower() in GRANTING_NOUNS


def only_permitted(tok: Token) -> bool:
    """Whether ``tok`` is an act a norm only permits: the infinitive of :func:`grants_power` ("a law
    permitting the ministry to expel foreign reporters": no expulsion), also through a verb it is joined to."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        if t.dep_ in ("xcomp", "ccomp") and grants_power(t.head):
            return True
        t = t.head
    return False


def is_denied(tok: Token) -> bool:
    """Whether ``tok`` is an act a speaker denies: in the that-clause of "deny / refute" ("denied
    that police had detained X") or of a claim dismissed or denied ("dismissed reports that X had
    agreed to ..."), also through the verbs it is the infinitive or conjunct of."""
    t = tok
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            return False
        if t.dep_ == "ccomp" and h.lemma_.lower() in DENIAL_VERBS and h.pos_ == "VERB" and t.i > h.i \
                and not is_negated(h):  # ("never denied that X shelled Y": no denial)
            return True  # (what comes before is a report the denial answers: "X did Y, a charge Z denied")
        if t.dep_ in ("acl", "ccomp") and h.lemma_.lower() in _CLAIM_NOUNS and h.dep_ == "dobj" \
                and h.head.lemma_.lower() in _DISMISSING_VERBS and t.i > h.i and not is_negated(h.head):
            return True
        if t.dep_ not in ("xcomp", "conj"):
            return False
        t = h
    return False


#: Verbs whose act takes no direct object (surrendering, resigning, fleeing, rioting): a verb
#: coordinated before them does not share the object of the verb after them ("the rebels surrendered
#: and freed the hostages": the hostages are freed, not surrendered).
_OBJECTLESS_VERBS = frozenset({
    "surrender", "capitulate", "relent", "cave", "resign", "abdicate", "retreat", "flee", "defect",
    "mutiny", "rebel", "riot", "demonstrate", "rally", "march", "abstain", "die", "arrive", "retaliate",
    "intervene", "cooperate", "comply"})


def _passive_patient(conj: Token) -> Token | None:
    """The passive subject of the verb an active conjunct is coordinated with ("X was arrested by
    police and fled", "X has been charged by Y and will resign": X), else None. A conjunct that is
    itself a bare past participle shares the passive ("was arrested by police and charged with
    ...": the agent stays its doer), and so does one with its own passive auxiliary."""
    if conj.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in conj.children):
        return None
    if conj.tag_ == "VBN" and not any(c.dep_ == "aux" for c in conj.children):
        return None
    head = conj.head
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return passive_subject(head)


def _subject_of(verb: Token) -> Token | None:
    if verb.dep_ in ("pcomp", "advcl") and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) \
            and _own_subject(verb) is None:
        return None  # "X died after being beaten": X is the one beaten, not its doer
    tok: Token | None = verb
    for _ in range(6):
        if tok is None:
            return None
        subj = _own_subject(tok)
        if subj is not None:
            if subj.dep_ == "nsubj" and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                head = tok.head
                if head.lemma_.lower() in _INSTRUMENT_NOUNS and head.dep_ == "dobj" \
                        and head.head.lemma_.lower() in _AUTHORING_VERBS:
                    # "X introduced a bill that would sanction Y": the bill acts for its author
                    return subject_of(head.head) or head
                return head  # "the country that attacked ..." -> "country"
            return subj
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ == "nsubjpass" for c in tok.children):
                return None  # "activists who had been detained": the activists undergo it, no doer named
            return tok.head
        noun = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else (
            tok.head if tok.dep_ == "acl" and tok.tag_ == "VB" else None)
        if noun is not None and noun.lemma_.lower() in _INTENT_NOUNS:
            # "X reaffirmed its commitment to helping Y", "X's pledge to support Y": the one who
            # states the commitment, else its holder
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") and (
                    poss is None or poss.pos_ not in ("PROPN", "NOUN") or noun.head.lemma_.lower() in _STATING_VERBS
                    and noun.head.lemma_.lower() not in _REPORTING_VERBS):
                tok = noun.head  # ("X reiterated the UN's commitment to ...": X states it; "X welcomed
                continue  # Y's decision to free Z", "X confirmed Y's plans to ...": Y's)
            return poss if poss is not None and poss.pos_ in ("PROPN", "NOUN") else None
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in _MESSAGE_NOUNS and tok.head.dep_ == "dobj" \
                and tok.tag_ == "VBG":
            tok = tok.head.head  # "X issued a statement demanding ...": the author of the message
            continue
        if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "agent" for c in tok.children) and tok.i > tok.head.i:
            return tok.head  # a finite verb parsed as a modifier of its subject ("-- The minister criticized X")
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and tok.i > tok.head.i \
                and tok.head.dep_ in ("appos", "ROOT") and any(c.dep_ == "dobj" for c in tok.children) \
                and not any(c.dep_ == "agent" for c in tok.children):
            return tok.head  # the same with a past form the tagger took for a participle, which its direct
            # object shows is active ("CITY (Agency) - X's minister dismissed on Monday a call by Y")
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _CONTROLLED_BY_OBJECT and (controller := next(
                (c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)) is not None:
            return controller  # "X allowed the opposition to stage a rally": the opposition stages it
        if tok.dep_ == "conj" and tok.head.i != tok.i and (patient := _passive_patient(tok)) is not None:
            return patient  # "X has been charged by Y and will resign": X resigns, not Y
        if tok.dep_ in _CONTROL_DEPS and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ == "ccomp" and tok.tag_ == "VB" and tok.head.pos_ == "VERB" and not any(
                c.dep_ in ("mark", "aux") for c in tok.children):
            tok = tok.head  # a bare infinitive ("X let free three prisoners", "helped rebuild")
            continue
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.lower_ in _CONTROL_PREPS:
            verb = tok.head.head  # "X criticised Y for meeting Z", "accused Y of arming Z": Y meets, arms
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.head.i), None)
            if verb.pos_ == "VERB" and obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ or any(
                    actors_of(obj.doc, obj, new=True))):  # (a party, not a means: "used drones for ...")
                return obj
        if tok.dep_ in ("pcomp", "prep", "acomp") and tok.head.pos_ in ("ADP", "ADJ", "VERB", "AUX"):
            tok = tok.head  # "X is guilty of violating ...", "X is ready for ..."
            continue
        return None
    return None


def _actor_at(doc: Doc, start: int, end: int, *, tightest: bool = False) -> str | None:
    """:func:`actor_at`, with the Doc's mentions read once per Doc while the events stage codes it
    (they do not change before it commits its participants), and each span's answer kept as long."""
    parts = current(doc)
    if parts is None:
        return actor_at(doc, start, end, tightest=tightest)
    key = ("actor_at", start, end, tightest)  # (the same spans are asked for again and again)
    memo = parts.memo
    if key in memo:
        found: str | None = memo[key]
        return found
    mentions = memo.get("mentions")
    if mentions is None:
        mentions = memo["mentions"] = doc._.sm_mentions or []
    found = memo[key] = actor_at(doc, start, end, mentions=mentions, tightest=tightest)
    return found


_DASH_HASHES = numpy.array([hash_string(d) for d in sorted(DASHES)], dtype=numpy.uint64)


def _last_spaced_dash(doc: Doc, lo: int, hi: int) -> int:
    """The index of the last dash followed by a space in ``doc[lo:hi]``, or -1 (the Doc's dashes
    found once, on one array, while the events stage codes it)."""
    parts = current(doc)
    if parts is None:
        return max((t.i for t in doc[lo:hi] if t.text in DASHES and t.whitespace_), default=-1)
    dashes = parts.memo.get("dashes")
    if dashes is None:
        table = doc.to_array([ORTH, SPACY]).reshape(len(doc), 2)
        dashes = parts.memo["dashes"] = (numpy.isin(table[:, 0], _DASH_HASHES) & (table[:, 1] == 1)).nonzero()[0].tolist()
    k = bisect_left(dashes, hi) - 1
    return dashes[k] if k >= 0 and dashes[k] >= lo else -1


#: the labels of the premodifiers :func:`_coordinated_modifiers` and :func:`hyphen_pair` look at
_PREMODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def _np_span(tok: Token, *, poss: bool = True) -> tuple[int, int]:
    """Characters of a noun phrase up to its head (premodifiers, possessors unless ``poss`` is
    False, compounds)."""
    deps = ("compound", "amod", "poss", "nmod", "det", "case") if poss else ("compound", "amod", "nmod")
    left = tok
    for c in tok.lefts:
        if c.dep_ in deps and c.i < left.i:
            left = c
    if left.i != tok.i:
        lo = left.left_edge.i
        dash = _last_spaced_dash(tok.doc, lo, tok.i)
        if dash >= lo:  # "Ghana - Dozens of ...": a dateline before a dash is no modifier of the subject
            return tok.doc[dash + 1].idx, tok.idx + len(tok.text)
    start = left.left_edge.idx if left.i != tok.i else tok.idx
    return start, tok.idx + len(tok.text)


def actor_of_np(doc: Doc, tok: Token, depth: int = 0) -> str | None:
    """The actor a noun phrase headed by ``tok`` refers to (head first, then its modifiers, then
    an "of"/"from" complement: "a team of Chilean engineers")."""
    aid = _actor_at(doc, tok.idx, tok.idx + len(tok.text))
    if aid is not None:
        return aid
    found = _np_actor(doc, tok, depth)
    if tok.pos_ in ("NOUN", "NUM"):  # "his Iranian counterpart, NAME": the person named, when the
        for c in tok.children:  # actor stage coded that person at least as closely
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
                codes = actor_tables(doc)[1]
                a = _actor_at(doc, c.idx, c.idx + len(c.text))
                code = codes.get(a) if a else None
                if code and (found is None or len(code) >= len(codes.get(found) or "")):
                    return a
    return found


def _np_actor(doc: Doc, tok: Token, depth: int) -> str | None:
    if tok.pos_ == "NOUN" and (tok.lemma_.lower() in RELATIONAL_NOUNS or tok.lemma_.lower() in HOLDER_NOUNS) \
            and any(c.dep_ == "poss" for c in tok.children):
        # "its allies": not the possessor ("Iraqi" in "its Iraqi allies" is); "X's support": X holds it
        s, e = _np_span(tok, poss=False)
        return _actor_at(doc, s, e) if s < tok.idx else None
    s, e = _np_span(tok)
    aid = _actor_at(doc, s, e)
    if aid is not None:
        return aid
    for c in tok.children:  # "the foreign minister of Turkey"
        if c.dep_ == "prep" and c.lemma_.lower() in ("of", "from", "by"):
            for o in c.children:
                if o.dep_ == "pobj":
                    return actor_of_np(doc, o, depth + 1) if depth < 2 else _actor_at(doc, o.idx, o.idx + len(o.text))
        if c.dep_ == "appos":
            a = _actor_at(doc, c.idx, c.idx + len(c.text))
            if a is not None:
                return a
    return None


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("Turkey and Russia"), companions included
    ("X, along with Y," / "X together with Y" / "X alongside Y": :func:`companions`)."""
    doc = tok.doc
    tree = tree_of(doc)
    out = [tok]
    seen = {tok.i}  # (the indexes of ``out``: a Token equals another of its Doc at the same index)
    stack = [tok]
    while stack:
        t = stack.pop()
        for k in tree.children[t.i]:
            if tree.deps[k] == "conj" and k not in seen:
                c = doc[k]
                out.append(c)
                seen.add(k)
                stack.append(c)
        if t.pos_ in ("NOUN", "PROPN"):
            for c in companions(t):
                if c.i not in seen:
                    out.append(c)
                    seen.add(c.i)
                    stack.append(c)
    return out


#: Participles that name who holds a place or a thing ("positions held by X", "a base run by X").
_HOLD_VERBS = {"hold", "control", "occupy", "run", "own", "operate", "man", "garrison", "use"}


def holders(noun: Token) -> list[Token]:
    """The "by" agents of a participle of holding on ``noun``: "positions held by X" -> [X]; an act
    on a place or thing someone holds is coded as one on its holder."""
    if noun.pos_ != "NOUN":
        return []
    return [o for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in _HOLD_VERBS
            for g in a.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"]


def companions(head: Token) -> list[Token]:
    """Noun heads joined to ``head`` by a preposition of company, a coordination in all but form:
    "along with Y", "together with Y", "alongside Y" (the parser hangs them on the noun or, for a
    phrase after the verb, on the verb)."""
    out: list[Token] = []
    tree = tree_of(head.doc)
    for k in tree.children[head.i]:
        if tree.deps[k] != "prep":
            continue
        c = head.doc[k]
        w = c.lower_
        if w == "along" or w == "with" and any(m.dep_ == "advmod" and m.lower_ == "together" for m in c.children):
            inner = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "with"), c) if w == "along" else c
        elif w == "alongside" and head.pos_ in ("NOUN", "PROPN"):
            inner = c
        else:
            continue
        out += [o for o in inner.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    return out


#: What joins two parties' names before a noun: a word hyphen, an em dash written for one ("Iran—Iraq")
#: or a slash ("US/China"); no double hyphen, which sets off a phrase.
_PAIR_JOINERS = WORD_HYPHENS | {"\u2014", "/"}


def hyphen_pair(noun: Token) -> list[Token]:
    """Two parties named by a hyphen before a noun ("Iran-Iraq talks", "the US-China trade war"):
    [first, second] when both are names of different actors, else [] (not demonyms: "the
    Turkish-Cypriot side" is one party)."""
    doc = noun.doc
    for m in noun.lefts:
        if m.dep_ not in ("amod", "compound", "nmod") or m.pos_ != "PROPN":
            continue
        for c in m.lefts:
            if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i + 2 == m.i and doc[c.i + 1].text in _PAIR_JOINERS \
                    and c.pos_ == "PROPN" and not c.whitespace_ and not doc[c.i + 1].whitespace_:
                a = _actor_at(doc, c.idx, c.idx + len(c.text))
                b = _actor_at(doc, m.idx, m.idx + len(m.text))
                if a is not None and b is not None and a != b:
                    return [c, m]
    return []


def _coordinated_modifiers(tok: Token) -> list[Token]:
    """Coordinated premodifiers of a noun: "Czech and Slovak engineers" -> [Czech, Slovak]; two
    parties joined by a hyphen: "Iran-Iraq talks" -> [Iran, Iraq]."""
    if no_left_child(tok, _PREMODIFIERS):  # (in the stage, on word indexes: none of the cases below can
        return []  # hold without a premodifier)
    pair = hyphen_pair(tok)
    if pair:
        return pair
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
    for k, c in enumerate(mods):
        if any(x.dep_ == "conj" for x in c.children):
            return conjuncts(c)
        if any(x.dep_ == "cc" for x in c.children) and k + 1 < len(mods):
            return [c, mods[k + 1]]  # "UK and EU negotiators" parsed as two modifiers, the first with "and"
    return []


_ACTOR_TABLES: list[Any] = [None]  # (actors list last seen, its length, groups, codes), replaced whole


def actor_tables(doc: Doc) -> tuple[dict[str, tuple[str, ...]], dict[str, str | None]]:
    """The Doc's group members and actor codes by id, built once per actors list (not once per
    argument: every event looks them up)."""
    parts = current(doc)  # while the events stage codes the Doc, the tables of its actors list as it
    if parts is not None and (hit := parts.memo.get("tables")) is not None:  # was at the first lookup
        return hit  # type: ignore[no-any-return]  # (unchanged until the participants are committed)
    actors = doc._.sm_actors or ()
    entry = _ACTOR_TABLES[0]
    if entry is None or entry[0] is not actors or entry[1] != len(actors):
        groups = {a.id: a.members for a in actors if a.members}
        codes: dict[str, str | None] = {}
        for a in actors:
            codes.setdefault(a.id, a.code)
        entry = (actors, len(actors), groups, codes)
        _ACTOR_TABLES[0] = entry
    if parts is not None:
        parts.memo["tables"] = (entry[2], entry[3])
    return entry[2], entry[3]


def _expand_groups(doc: Doc, ids: list[str]) -> list[str]:
    """Group actors ("the two countries") stand for their members."""
    groups = actor_tables(doc)[0]
    out: list[str] = []
    for a in ids:
        for m in groups.get(a) or (a,):
            if m not in out:
                out.append(m)
    return out


def actors_of(doc: Doc, tok: Token | None, *, new: bool = False) -> list[str | None]:
    """Actor ids of a (possibly coordinated) argument, groups expanded to their members;
    ``[None]`` when none resolves. With ``new``, an argument that names no actor may be an
    event participant (:mod:`stancemap.nlp.events.participants`: "police", "a village")."""
    if tok is None:
        return [None]

    parts = current(doc)  # while the events stage codes the Doc, each argument is resolved once
    # (its actors and participants do not change before the stage commits them)
    memo = parts.memo if parts is not None else None
    if memo is not None and (hit := memo.get((tok.i, new))) is not None:
        return list(hit)
    if memo is None:
        found = _actors_of(doc, tok)
    elif (named := memo.get(tok.i)) is not None:  # (the same with and without ``new``)
        found = list(named)
    else:
        found = _actors_of(doc, tok)
        memo[tok.i] = tuple(found)
    if not found and new:
        found = _participants_of(doc, tok)
    elif new and any(c.dep_ == "conj" for c in tok.children):
        for t in conjuncts(tok)[1:]:  # "X and its allies": the allies too
            if t.pos_ == "NOUN" and t.lemma_.lower() in RELATIONAL_NOUNS and actor_of_np(doc, t) is None:
                found += [p for p in _participants_of(doc, t) if p not in found]
    out: list[str | None] = list(_expand_groups(doc, found)) or [None]
    if memo is not None:
        memo[(tok.i, new)] = tuple(out)
    return out


def _participants_of(doc: Doc, tok: Token) -> list[str]:

    parts = current(doc)
    if parts is None:
        return []
    ids: list[str] = []
    for t in conjuncts(tok):
        if t.pos_ == "PROPN" and t.ent_type_:  # "the Health Agency (HA)": the name around the acronym
            ent = entity_of(t)
            aid = _actor_at(doc, ent.start_char, ent.end_char)
            if aid is not None:
                if aid not in ids:
                    ids.append(aid)
                continue
        pid = parts.of(t)
        if pid is not None and pid not in ids:
            ids.append(pid)
    return ids


def _actors_of(doc: Doc, tok: Token) -> list[str]:
    ids: list[str] = []
    for t in conjuncts(tok):
        if t.pos_ == "PROPN" and may_be_agency_credit(t) and agency_credit(t):
            continue  # "LUSAKA, May 3 (Reuters) - ...": the agency that files the story is no party to it
        mods = _coordinated_modifiers(t)  # (each modifier its own actor, not a group whose mention is the
        found = [_actor_at(doc, m.idx, m.idx + len(m.text), tightest=True) for m in mods]  # whole phrase)
        if len([a for a in found if a]) >= 2:
            ids.extend(a for a in found if a and a not in ids)
            continue
        a = actor_of_np(doc, t)
        if a is not None:
            a = _nationality_role(doc, _counted(t), a) or a
        if a is not None and a not in ids:
            ids.append(a)
    return ids


def _counted(tok: Token) -> Token:
    """What a partitive head counts ("hundreds of Slovak nurses": nurses), else ``tok``."""
    for _ in range(2):
        if tok.lemma_.lower() not in PARTITIVE_HEADS:
            break
        of = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if of is None:
            break
        tok = of
    return tok


def _nationality_role(doc: Doc, tok: Token, aid: str) -> str | None:
    """A people noun the actor stage does not know, named with a nationality adjective ("Slovak
    nurses", "a Chilean photographer", "Croatian truck drivers"): the actor stage made only the
    adjective a (state) actor, so the phrase came out as the bare country. The participant of the
    noun (its sector from the participant table, its country from the adjective) says more; None
    when the noun has no people sector, the phrase names more than the adjective, or the actor stage
    coded the noun itself, or the noun's sector is civilian."""
    parts = current(doc)
    if parts is None or tok.pos_ != "NOUN" or parts.type_of(aid) is not None:
        return None
    codes = actor_tables(doc)[1]
    code = codes.get(aid) or ""
    if len(code) != 3 or _actor_at(doc, tok.idx, tok.idx + len(tok.text)) is not None:
        return None  # (a coded body, or the noun itself an actor's mention)
    adjs = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")
            and _actor_at(doc, c.idx, c.idx + len(c.text)) == aid]
    if len(adjs) != 1 or adjs[0].pos_ not in ("ADJ", "PROPN") or any(c.dep_ == "poss" for c in tok.children):
        return None
    kind = parts.kind_of(tok)
    if kind is None or kind[0] not in ("person", "group") or kind[1] in (None, "", "CVL"):
        return None  # (a civilian says no more than the country: "two U.S. nationals" stay the state's)
    pid = parts.of(tok)
    return pid if pid is not None and (codes.get(pid) or parts.code_of(pid) or "").startswith(code) \
        and len(parts.code_of(pid) or "") > 3 else None


def target_tokens(verb: Token, *, frame_head: Token | None = None, places: bool = False,
                  complement: bool = False) -> list[Token]:
    """Candidate target heads, best first: object, complement subject, prepositional objects.

    Args:
        verb: the trigger verb.
        frame_head: a second head whose prepositions count (the event noun of a light verb).
        places: let "in"/"into" objects be targets (visits, invasions).
        complement: also look inside the verb's infinitive or that-clause ("agreed to provide aid
            to X"), after the verb's own arguments.
    """
    preps = _TARGET_PREPS + (_PLACE_PREPS if places else ())
    out: list[Token] = []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    objs = [c for c in objs if c.dep_ != "nsubjpass" or not _dateline_of_passive(verb, c)]
    if not objs and verb.pos_ == "VERB" and verb.lemma_.lower() not in _OBJECTLESS_VERBS \
            and all(c.dep_ in ("cc", "conj", "punct") for c in verb.rights):
        # "arrested and beat three students": the object the conjunct right after it shares (not
        # after a verb whose act takes no object: "surrendered and freed the hostages")
        objs = [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                for o in c.children if o.dep_ == "dobj"][:1]
    objs = [h for o in objs for h in holders(o)] + objs  # "bombed positions held by X": X
    if verb.lemma_.lower() in TRANSFER_VERBS:  # "sent teams of experts into X", "shared data with X":
        out.extend(recipients(verb))  # the recipient before what is given
    out.extend(objs)
    for c in verb.children:  # "urged Syria to ...": Syria is often parsed as the clause subject
        if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "advcl" and any(  # "called for X to free ...": X
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            out.extend(s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
    # the event noun's own arguments first ("launched air strikes against X with Y's approval")
    heads = [verb] if frame_head is None or frame_head.i == verb.i else [frame_head, verb]
    pobjs: list[Token] = []
    for h in heads:
        found = [c for c in h.children if c.dep_ in ("prep", "dative") and c.lemma_.lower() in preps]
        if h.lemma_.lower() not in TRANSFER_VERBS:  # "filed a complaint with X against Y"
            found.sort(key=lambda c: c.lemma_.lower() != "against")
        for c in found:  # (not "with the approval of X": a manner, not a party; nor "at the request of X":
            pobjs.extend(o for o in c.children if o.dep_ == "pobj"  # the party the act is done for)
                         and not (c.lower_ == "with" and o.lemma_.lower() in MANNER_NOUNS)
                         and not is_behest(c))
    # "filed a complaint against Y at X": the party the object is aimed at before the verb's "at"
    # phrase (a venue or forum more often than not)
    aimed = [x for o in objs if o.pos_ == "NOUN" for c in o.children if c.dep_ == "prep"
             and c.lemma_.lower() in ("against", "toward", "towards") for x in c.children if x.dep_ == "pobj"]
    venues = [o for o in pobjs if o.head.lemma_.lower() == "at"] if aimed else []
    out.extend(o for o in pobjs if o not in venues)
    out.extend(aimed)
    out.extend(venues)
    obj_preps = _OBJECT_PREPS + (_PLACE_PREPS if places else ())  # "imposed a curfew in X"
    # "called for sanctions against X", "agreed to a truce with X", "agreed on a ceasefire with X":
    # the party of the noun the verb's preposition governs
    calls = [o for o in pobjs if o.pos_ == "NOUN" and o.head.head.i == verb.i and (
        o.head.lower_ == "for" or o.head.lower_ in ("to", "on", "upon") and o.head.i > verb.i)]  # (not "On a
    # visit to X, Y voiced ...": a circumstance before the verb)
    fors: list[Token] = []  # "rejected X's nominee for Y", "backed X's bid for Y": the possessor
    for o in objs + calls:  # "aid to X", "sanctions against X", "support for X", "called for
        owned = any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in o.children)
        for c in o.children:  # sanctions against X"
            if c.dep_ == "prep" and c.lemma_.lower() in obj_preps:
                (fors if owned and c.lemma_.lower() == "for" else out).extend(
                    x for x in c.children if x.dep_ == "pobj")
    for o in objs:  # "an offer from X", "X's decision": whose proposal or act is acted upon
        for c in o.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and o.lemma_.lower() not in HOLDER_NOUNS:
                out.append(c)
            elif c.dep_ == "prep" and c.lemma_.lower() in ("from", "by"):
                out.extend(x for x in c.children if x.dep_ == "pobj")
    out.extend(fors)
    if complement:
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and not (
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE_MARKS for m in c.children)):
                out.extend(target_tokens(c, places=places))
    for h in heads:
        out.extend(motive_targets(h))
    return out


#: Verbs of giving and sending: their object is what is given, their "to"/"into"/"with" object
#: the party it goes to ("returned the paintings to X", "sent experts into X", "shared evidence
#: with X").
TRANSFER_VERBS = {"send", "provide", "supply", "deliver", "give", "hand", "transfer", "donate", "return", "ship",
                  "sell", "lend", "grant", "offer", "extend", "dispatch", "deploy", "share", "pass", "airlift",
                  "export", "loan", "extradite"}


def recipients(verb: Token) -> list[Token]:
    """Objects of "to"/"into"/"with" on a verb of giving ("handed the files to X")."""
    return [o for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "with")
            for o in c.children if o.dep_ == "pobj"]


#: Nouns of "with the approval of X", "with X's help": the manner of an act; X is no party to it.
#: Nouns of "at the request / behest / urging of X", "on the orders of X": X asked for the act and is not its
#: target (an arrest "at the request of X's judges" is aimed at the suspect).
BEHEST_NOUNS = {"request", "behest", "urging", "insistence", "instigation", "order", "orders", "instruction",
                "instructions"}
#: Verbs whose own "at" phrase is their argument ("balked at the request of X": X's request is refused).
_AT_VERBS = {"balk", "baulk", "scoff", "bristle", "chafe", "laugh", "rail", "sneer", "jeer", "hint", "look", "aim",
             "protest", "bridle", "marvel", "wince"}


def is_behest(prep: Token) -> bool:
    """Whether a preposition heads "at the request / behest of X", "on the orders of X" (its noun with an
    "of" complement): X asked for the act and is not its target. Not the argument of a verb of reacting
    ("balked at the request of X")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "on", "upon"):
        return False
    if prep.lower_ == "at" and prep.head.lemma_.lower() in _AT_VERBS:
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in BEHEST_NOUNS
               and any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children) for o in prep.children)


MANNER_NOUNS = {"approval", "help", "support", "backing", "consent", "blessing", "assistance", "permission",
                "knowledge", "participation", "mediation", "aid", "cooperation", "agreement", "authorization",
                "authorisation", "encouragement"}

#: Conjunctions of a clause that states the circumstances of an act, not its content ("called for
#: sanctions after X cancelled the pipeline").
_CIRCUMSTANCE_MARKS = {"after", "before", "when", "while", "as", "since", "because", "although", "though",
                       "once", "whereas"}

#: Nouns of an attitude or a commitment whose possessor holds it ("pledged X's support for Y",
#: "reaffirmed X's commitment to Y"): the possessor is on the source's side, never the target.
HOLDER_NOUNS = {"support", "commitment", "backing", "respect", "solidarity", "opposition", "sympathy",
                "condolence", "condolences", "gratitude", "appreciation", "determination", "readiness",
                "willingness", "desire", "intention", "resolve", "position", "stance", "friendship"}
#: Prepositions after an object noun that name the party it is aimed at.
_OBJECT_PREPS = ("to", "against", "on", "for", "with", "toward", "towards")
#: Nouns of "in protest of X", "in response to X" that name a motive whose object is the target.
_MOTIVE_NOUNS = {"protest", "defiance", "response", "retaliation", "reprisal", "opposition", "solidarity"}


def motive_targets(verb: Token) -> list[Token]:
    """Targets named by the motive of an act, after its own arguments: the object of a purpose
    clause ("walked out to protest X's ruling") or of "in protest of X"."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and any(
                m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            out.extend(target_tokens(c))
        elif c.dep_ == "prep" and c.lemma_.lower() in ("in", "as"):
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in _MOTIVE_NOUNS:
                    for p in o.children:
                        if p.dep_ == "prep":
                            out.extend(x for x in p.children if x.dep_ == "pobj")
    return out


def place_targets(verb: Token) -> list[Token]:
    """Objects of "in"/"inside"/"from" attached to the trigger or the verbs of its complement:
    the place of a domestic act, a fallback target ("lifted a curfew in X", "rallied in X")."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        v = stack.pop()
        for c in v.children:
            if c.dep_ == "prep" and c.lemma_.lower() in ("in", "inside", "from", "into"):
                out.extend(o for o in c.children if o.dep_ == "pobj")
            elif c.dep_ in ("xcomp", "ccomp", "dobj") and len(out) < 4:
                stack.append(c)
            elif v.dep_ == "dobj" and c.dep_ == "amod" and len(out) < 4:
                stack.append(c)  # the object's modifier: "declared a truce effective from today in X"
    return out


def _clause_chain(tok: Token) -> list[Token]:
    """``tok`` and the verbs governing it up to the clause of a statement verb or the root."""
    chain = [tok]
    t = tok
    for _ in range(6):
        if t.dep_ in ("xcomp", "conj", "acomp") and t.head.i != t.i:
            t = t.head
            chain.append(t)
        else:
            break
    return chain


#: Prepositions between a verb's object and a gerund the object does ("blamed Y for ...ing").
_CONTROL_PREPS = ("of", "for", "with")
#: Verbs that negate their infinitive complement ("failed to reach an agreement").
_NEGATING_VERBS = {"fail", "refrain", "neglect", "avoid"}


def is_negated(tok: Token) -> bool:
    """A negation on the trigger or on the verbs it depends on ("did not agree to meet",
    "failed to reach an agreement")."""
    chain = _clause_chain(tok)
    if any(t.dep_ == "xcomp" and t.head.lemma_.lower() in _NEGATING_VERBS for t in chain):
        return True
    return any(c.dep_ == "neg" for t in chain for c in t.children)


#: Modifiers of an event noun that make its act one not (yet) done: "the proposed sanctions",
#: "a planned blockade", "any strike on X", "a draft ban".
_IRREALIS_MODIFIERS = {"planned", "proposed", "threatened", "possible", "potential", "intended", "future",
                       "any", "draft", "prospective", "mooted", "envisaged", "contemplated", "hypothetical",
                       "would-be", "eventual", "likely"}


def irrealis_noun(tok: Token) -> bool:
    """An event noun whose modifier says the act is planned, proposed or possible, not done."""
    if tok.pos_ != "NOUN":
        return False
    tree = tree_of(tok.doc)  # (word indexes: a Token only for the modifiers)
    return any(tree.deps[k] in ("amod", "compound", "det", "nmod") and tok.doc[k].lower_ in _IRREALIS_MODIFIERS
               for k in tree.children[tok.i])


def is_hypothetical(tok: Token) -> bool:
    """Modal or conditional mood on the trigger or its governing verbs ("would meet", "if ..."),
    or an irrealis modifier on an event noun ("the proposed sanctions": :func:`irrealis_noun`).

    A coordinated verb with its own auxiliary ("would consider ... but was opposed") does not
    inherit the mood of the verb it is coordinated with.
    """
    if irrealis_noun(tok):
        return True
    for t in _clause_chain(tok):
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in _MODALS:
                return True
            if c.dep_ == "mark" and c.lower_ in _COND_MARKS:
                return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _COND_MARKS for c in t.children):
            return True
        if is_proviso(t):
            return True
        finite = t.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in t.children)
        if t.dep_ == "conj" and finite:
            break
    return False


#: Words that open a condition as a verb or an adverb does ("provided (that) X frees Y", "providing X ...").
PROVISO_WORDS = frozenset({"provided", "providing"})


def is_proviso(verb: Token) -> bool:
    """Whether ``verb`` heads a condition that is no "if" clause: the clause of "provided (that)" or
    "providing" ("would lift sanctions provided that X freed the activists": no release stated) and of
    "as long as" ("as long as its army stops attacking": no attack stated)."""
    if verb.dep_ not in ("ccomp", "advcl") or verb.head.i == verb.i:
        return False
    head = verb.head
    return head.lower_ in PROVISO_WORDS and head.tag_ in ("VBN", "VBD", "VBG") \
        or head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def has_future(tok: Token) -> bool:
    """Future or planned action: "will visit", "is to visit", "plans to visit", "is due to visit"."""
    for c in tok.children:  # (the Tokens, not :func:`tree_of`: the stage also asks after its memo is gone)
        if c.dep_ == "aux" and c.lower_ in _FUTURE:
            return True
    if tok.dep_ == "xcomp":
        h = tok.head
        if h.lemma_.lower() in ("plan", "expect", "schedule", "due", "set", "intend", "be") and h.pos_ != "ADJ":
            return True
        if h.lemma_.lower() in ("due", "set", "scheduled", "expected"):
            return True
    # "Y's plans to send troops": planned, not done
    return tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.lemma_.lower() in ("plan", "plans", "intention")


def place_of(tok: Token) -> str | None:
    """A place attached to the trigger by "in"/"at" (a GPE, LOC or FAC entity), if any."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lemma_.lower() in ("in", "at"):
            for o in c.children:
                if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC"):
                    return entity_of(o).text
    return None


#: Prepositions of the circumstances of an act: their objects are what it followed or happened
#: among, never its party ("declared its support for X despite Y's objections", "imposed a
#: curfew following the killing of Y").
_CIRCUMSTANCE_PREPS = {"despite", "following", "after", "amid", "amidst", "during", "since", "ahead",
                       "notwithstanding"}
#: Nouns of "in the wake of X", "in spite of X", "in the face of X", "in the aftermath of X".
_CIRCUMSTANCE_NOUNS = {"wake", "spite", "face", "aftermath", "run-up", "lead-up", "midst", "course"}


def is_circumstance(c: Token) -> bool:
    """Whether a dependent of a verb states the circumstances of its act, not its content: a
    prepositional phrase of time or concession ("after / following / despite / amid X", "in the
    wake of X", "ahead of X") or an adverbial clause of time, cause or concession ("after X
    shelled ...", "because X ...")."""
    low = c.lower_
    if c.dep_ == "prep":
        if low in _CIRCUMSTANCE_PREPS:
            return True
        if low == "in":
            return any(o.dep_ == "pobj" and o.lower_ in _CIRCUMSTANCE_NOUNS for o in c.children)
        return False
    if c.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE_MARKS for m in c.children)
    return False


def circumstance_tokens(trigger: Token) -> set[int]:
    """Indices of the tokens of the trigger's sentence inside a prepositional phrase of circumstance
    (:func:`is_circumstance`, under any verb or noun) that does not contain the trigger itself. A
    clause of circumstance is not among them: its own subject is often the party the act answers
    ("threatened to leave the talks after X changed course": X)."""
    out: set[int] = set()
    for i, sub in _circumstance_phrases(trigger.sent):
        if i not in out and trigger.i not in sub:
            out |= sub
    return out


def _circumstance_phrases(sent: Span) -> list[tuple[int, frozenset[int]]]:
    """The prepositional phrases of circumstance of a sentence (index of the preposition, indices of its
    subtree), in order: found once per sentence while the events stage codes the Doc (the parse does
    not change meanwhile)."""
    parts = current(sent.doc)
    key = ("circumstances", sent.start)
    if parts is not None and (hit := parts.memo.get(key)) is not None:
        return hit  # type: ignore[no-any-return]
    words = parts.memo.get("words") if parts is not None else None  # (match.doc_words' arrays, made before
    deps = words.dep if words is not None else None  # the triggers: a Token only for the prepositions)
    preps = sent if deps is None else (sent.doc[i] for i in range(sent.start, sent.end) if deps[i] == "prep")
    found = [(t.i, frozenset(x.i for x in t.subtree)) for t in preps if t.dep_ == "prep" and is_circumstance(t)]
    if parts is not None:
        parts.memo[key] = found
    return found


#: Dependencies of a trigger whose subtrees never hold its target (its subject, attributions).
_NOT_TARGET_DEPS = {"nsubj", "nsubjpass", "csubj", "agent", "punct", "cc", "mark"}


def clause_targets(verb: Token, statement_verbs: frozenset[str] | set[str] = frozenset()) -> list[Token]:
    """Last-resort target candidates: the noun heads of the trigger's own clause, those after it
    first ("is willing to send soldiers to a mission in X", "threatened to ... if X goes ahead").

    The subject's subtree, attributions ("..., officials said") and "according to" phrases are
    left out.
    """
    skip: set[int] = set()
    for c in verb.children:
        attribution = c.lemma_.lower() in statement_verbs and c.dep_ in ("parataxis", "ccomp")
        if c.dep_ in _NOT_TARGET_DEPS or attribution or (c.dep_ == "prep" and c.lower_ == "according"):
            skip |= {t.i for t in c.subtree}
        if c.dep_ == "dobj" and c.lemma_.lower() in HOLDER_NOUNS:  # "reiterated X's support for Y": X
            skip |= {t.i for p in c.children if p.dep_ == "poss" for t in p.subtree}  # is on the source's side
    toks = [t for t in verb.subtree if t.i not in skip and t.i != verb.i and t.pos_ in ("PROPN", "NOUN", "ADJ")
            and t.dep_ not in ("poss",)]
    after = [t for t in toks if t.i > verb.i]
    before = [t for t in toks if t.i < verb.i]
    return after + before
