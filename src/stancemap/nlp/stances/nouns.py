"""Noun patterns of stances: position nouns under light verbs ("expressed support for X")
and speech-act nouns whose author holds their content ("Modi's call for a pause")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.compound_bodies import BODY_COMPOUNDS, body_compound
from ..common.undo import UNDO_VERBS
from .backoff import POLICY_NOUNS
from .effects import THING_NOUNS
from .frames import abstract_object
from .intent import commit_noun_clause, evaluative_act
from .lexicon import Cue, Lexicon, lexicon
from .raw import RawStance, here, hypothetical, strength_of
from .recall11 import said_clause_object
from .reword11 import thanked_party
from .syntax import (
    child,
    compact_span,
    expand_conj,
    is_negated,
    is_time,
    passive_seat,
    prep_object,
    reporting_subject,
    subjects,
    what_named,
)

# verbs by which one receives someone else's position ("had the backing of X")
_RECEIVE = frozenset({"have", "receive", "get", "win", "enjoy", "secure", "gain", "lose", "seek", "earn", "obtain",
                      "draw", "attract", "face", "garner", "meet", "court", "provoke", "trigger", "spark", "prompt"})
# verbs that take a position back ("withheld its support for X", "withdrew its backing"): the
# position noun's sign is reversed
_WITHHOLD = UNDO_VERBS | {"lift"}  # "withheld / withdrew / dropped its support for X", "lifted its veto on X"
# verbs whose negated intention noun is a refusal ("has no plans to", "sees no reason to")
_INTENT_VERBS = frozenset({"have", "see", "harbour", "harbor", "feel", "find", "hold", "entertain", "show"})
#: possessive pronouns of the holder itself ("its rally", "their own proposal")
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
_ECHO = frozenset({"echo", "share", "second", "join"})  # verbs that take up another's position
_FOR_WHAT = frozenset({"support", "backing", "solidarity", "sympathy", "endorsement"})

__all__ = ["ADDRESSEES", "is_critical", "LIGHT_VERBS", "LEAD_VERBS", "late_from", "overridden_content", "OWN_POSSESSIVES", "authors_of",
           "proposed_stances", "late_agent", "noun_content", "noun_stances", "author_stances", "agent_noun_stances",
           "negated_intent_stances", "no_alternative_stances", "negated_infinitive"]

LIGHT_VERBS = frozenset(
    """express voice reiterate reaffirm pledge confirm offer give lend announce declare lodge issue
    repeat renew register extend signal state restate raise throw put submit air convey""".split()
)


#: verbs by which the subject leads a position it holds ("led the opposition to X", "spearheaded criticism of Y")
LEAD_VERBS = frozenset({"lead", "spearhead", "head", "orchestrate"})
#: verbs by which the subject organises its own protest ("staged / called / held protests against X")
_STAGE_VERBS = frozenset({"stage", "hold", "call", "organise", "organize", "launch", "mount"})
_STAGED = frozenset({"protest"})


# verbs by which the subject issues a speech act ("gave X an ultimatum", "made an offer")
_MAKE_VERBS = frozenset("""give make issue send deliver present submit put extend set launch unveil table float
    renew repeat reiterate announce lodge file""".split())
#: verbs that restate one's own speech act ("reaffirmed / confirmed its pledge to X"; not "confirmed the
#: proposal", which may be another's)
_RESTATE_VERBS = frozenset({"reaffirm", "restate", "reassert", "confirm", "recall", "stress", "underline"})
# speech-act nouns whose content is "for X" ("calls for X", "a request for X")
_FOR_CONTENT = frozenset({"call", "appeal", "demand", "request", "push", "bid", "plea", "proposal"})
# documents that are their own content: their author supports the document itself
_SELF_CONTENT = frozenset({"resolution", "draft", "bill", "initiative"})
_COMPOUND_CONTENT = frozenset({"bid", "push", "call", "request", "demand", "appeal", "proposal", "offer", "plan",
                               "initiative"})


def authors_of(noun: Token, *, explicit_only: bool = False, of_author: bool = True) -> list[Token]:
    """Author tokens of a speech-act or policy noun.

    Explicit authors (possessive, "by/from X", "approved by X", "of <Name>") win over actor
    adjectives and compounds ("a Danish request", "Kenyan government plea", "Russian strikes"),
    which are returned only when there is no explicit one (and not at all with
    ``explicit_only``).
    """
    explicit: list[Token] = []
    implicit: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss":
            explicit.extend(expand_conj(c))
        elif c.dep_ == "compound" and any(x.dep_ == "poss" for x in c.children):
            explicit.extend(x for x in c.children if x.dep_ == "poss")  # "Sweden's [NATO membership] bid"
        elif c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")):
            implicit.append(c)
            implicit.extend(x for x in c.children if x.dep_ == "conj" and x.pos_ in ("ADJ", "PROPN"))
        elif c.dep_ == "compound" and c.pos_ == "NOUN" and any(
                g.ent_type_ in ("NORP", "GPE", "ORG") for g in c.children):
            implicit.append(c)  # "Afghan government call": the compound noun with its nationality
        elif body_compound(c):
            implicit.append(c)  # "a government proposal", "a transport ministry plan": the state's body
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = child(c, "pobj")
            if pobj is not None:
                explicit.extend(expand_conj(pobj))
            for more in (x for x in c.children if x.dep_ == "conj" and x.lower_ == c.lower_):
                pobj = child(more, "pobj")  # "objections from A and from B"
                if pobj is not None:
                    explicit.extend(expand_conj(pobj))
        elif c.dep_ == "prep" and c.lower_ == "of" and of_author:
            pobj = child(c, "pobj")
            if pobj is not None and pobj.pos_ == "PROPN":
                explicit.append(pobj)  # "the ruling of the Chilean court"
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "a treaty approved by Obama"
            agent = child(c, "agent")
            pobj = child(agent, "pobj") if agent is not None else None
            if pobj is not None:
                explicit.extend(expand_conj(pobj))
    if not explicit and noun.dep_ == "dobj" and noun.lemma_.lower() in _FOR_CONTENT \
            and child(noun.head, "auxpass") is None:
        # "rejected a proposal by Togo for Y": the parser hangs the author's "by" on the verb
        end = compact_span(noun)[1]
        by = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == end), None)
        pobj = child(by, "pobj") if by is not None else None
        if pobj is not None and pobj.pos_ == "PROPN":
            explicit.extend(expand_conj(pobj))
    if explicit or explicit_only:
        return explicit
    return implicit


def noun_content(noun: Token) -> tuple[int, int] | None:
    """The content of a speech-act noun: "for Y", "to Y", "that Y", "of Y-ing"."""
    found = _noun_content_direct(noun)
    if found is not None:
        return found
    # "calls by X's rulers for aid": the content PP attached to the author
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = child(c, "pobj")
            po = prep_object(pobj, ("for",)) if pobj is not None else None
            if po is not None and po[1].pos_ != "PROPN":
                return compact_span(po[1])
    # "a proposal made by X to Y": the infinitive hangs on the participle
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            inf = next((x for x in c.children if x.dep_ in ("xcomp", "advcl") and child(x, "aux", lemma=("to",))), None)
            if inf is not None:
                return compact_span(inf, keep_first=False)
    # "rejected calls by X, ..., to adopt Y" / "its demand today that Y": parsed on the verb
    if noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        end = compact_span(noun)[1]
        for x in verb.children:
            if x.i < end or x.dep_ not in ("xcomp", "advcl", "ccomp"):
                continue
            infinitive = child(x, "aux", lemma=("to",)) is not None and child(x, "nsubj") is None
            that_clause = x.dep_ == "ccomp" and child(x, "mark", lemma=("that",)) is not None
            if infinitive or that_clause:
                return compact_span(x, keep_first=False)
        if noun.lemma_.lower() in _FOR_CONTENT and noun.dep_ == "dobj":
            # "rejected calls from ASEAN for an end to X": the parser hangs "for" on the verb
            for_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i >= end),
                            None)
            obj = child(for_prep, "pobj", "pcomp") if for_prep is not None else None
            if for_prep is not None and obj is not None and obj.pos_ != "PROPN" and not is_time(for_prep):
                return compact_span(obj)
    return None


def _self_content(noun: Token, authors: list[Token]) -> tuple[int, int] | None:
    """A document that is its own content ("the Russian draft resolution"): the noun phrase
    without its author."""
    if noun.lemma_.lower() not in _SELF_CONTENT or noun.dep_ not in ("dobj", "pobj"):
        return None  # (a resolution as subject is evaluated by no one here)
    lo, hi = compact_span(noun, cut=frozenset({"relcl", "advcl", "appos", "punct", "cc", "conj", "acl", "poss"}))
    for a in authors:
        if a.i < noun.i:
            lo = max(lo, a.right_edge.i + 1)
    while lo < noun.i and noun.doc[lo].dep_ in ("case", "punct", "det"):
        lo += 1
    if not lo <= noun.i < hi or sum(1 for t in noun.doc[lo:hi] if t.is_alpha and not t.is_stop) < 2:
        return None  # a bare "resolution" says nothing about what is supported
    return lo, hi


def is_critical(noun: Token) -> bool:
    """A critical position noun of the lexicon (its -1 evaluative ``nouns``: criticism, objection,
    opposition, condemnation, protest, complaint ...), whose author "from X" may name."""
    cue = lexicon().nouns.get(noun.lemma_.lower())
    return cue is not None and cue.polarity < 0 and cue.kind == "evaluative"


#: authored acts whose "from X" is where someone or something is moved from, not who criticises
#: ("criticism of the expulsion of diplomats from Moscow", "of the withdrawal from Mali")
_MOVEMENT_ACTS = frozenset({"expulsion", "withdrawal", "transfer", "sale", "deployment", "launch", "return",
                            "import", "export", "evacuation", "deportation", "removal", "release"})
# verbs and prepositions by which a clause goes ahead against an objection ("despite objections from X")
_OVERRIDE = frozenset({"override", "overrule", "ignore", "defy", "disregard", "brush", "sweep"})


def late_from(noun: Token) -> Token | None:
    """The author of a critical noun that the parser hung on the noun's own content: "criticism
    of the ban from Brazil and Chile" (Brazil), not a place things come from ("opposition to
    imports from China")."""
    if not is_critical(noun) or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in (
            "from", "by")) for c in noun.children):
        return None
    for c in noun.children:
        obj = child(c, "pobj") if c.dep_ == "prep" and c.lower_ in ("of", "to", "over", "against") else None
        lemma = obj.lemma_.lower() if obj is not None else ""
        if obj is None or lemma not in lexicon().authored_nouns or lemma in _MOVEMENT_ACTS or obj.pos_ != "NOUN" \
                or not any(d.dep_ in ("det", "poss") for d in obj.children):
            continue
        frm = next((x for x in obj.children if x.dep_ == "prep" and x.lower_ == "from"), None)
        who = child(frm, "pobj") if frm is not None else None
        if who is not None and who.pos_ == "PROPN" and who.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", ""):
            return who
    return None


def overridden_content(noun: Token) -> tuple[int, int] | None:
    """What an objection without a content of its own is against, when the clause goes ahead
    over it: "approved the budget despite objections from X", "passed the law, overriding
    objections from X" (the budget, the law)."""
    if not is_critical(noun):
        return None
    head = noun.head
    obj: Token | None = None
    if noun.dep_ == "pobj" and head.lower_ in ("despite", "notwithstanding") and head.head.pos_ == "VERB":
        obj = child(head.head, "dobj")
        if obj is None:  # "defended X, saying Y came first, despite objections from Z": the parser hangs
            obj = said_clause_object(head.head)  # "despite" on the said clause; the main clause's object
    elif noun.dep_ == "dobj" and head.lemma_.lower() in _OVERRIDE and head.tag_ == "VBG" \
            and head.dep_ in ("advcl", "xcomp", "conj"):
        obj = child(head.head, "dobj")  # ", overriding objections from X" read as a clause
    elif noun.dep_ in ("appos", "conj") and any(
            c.dep_ == "amod" and c.lemma_.lower().removesuffix("ing") in {"overrid", "overrul", "ignor", "defy"}
            | {v.removesuffix("e") for v in _OVERRIDE} for c in noun.children):
        # "passed the law, overriding objections from X": the participle read as an adjective, the
        # noun joined to the object or to a participle on the clause ("approved a bill letting Y, ...")
        obj = head if head.dep_ == "dobj" and head.pos_ == "NOUN" else None
        up = head
        for _ in range(4):  # up through the participles and infinitives to the clause's object
            if obj is not None or up.pos_ != "VERB" or up.head.i == up.i:
                break
            up = up.head
            found = child(up, "dobj")
            obj = found if found is not None and found.i < noun.i and found.pos_ == "NOUN" else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.i > noun.i:
        return None
    return compact_span(obj, cut=frozenset({"relcl", "advcl", "appos", "punct", "cc", "conj", "acl", "prep"})) \
        if obj.dep_ != "dobj" or not any(c.dep_ in ("acl", "relcl") for c in obj.children) else \
        compact_span(obj, cut=frozenset({"advcl", "appos", "punct", "cc", "conj"}))


def _noun_content_direct(noun: Token) -> tuple[int, int] | None:
    for c in noun.children:
        if c.dep_ == "prep" and is_time(c):
            continue
        if c.dep_ == "prep" and c.lower_ == "for" and (child(c, "pobj") or c).pos_ == "PROPN" and \
                noun.lemma_.lower() not in _FOR_WHAT:
            continue  # "a peace plan for Ukraine": for whom, not what ("support for Ukraine" is what)
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "on"):
            obj = child(c, "pobj", "pcomp")
            if obj is not None and not (c.lower_ == "of" and obj.pos_ in ("PROPN", "PRON")):
                lo, hi = compact_span(obj)
                doc = noun.doc
                if c.lower_ == "for" and hi < len(doc) and doc[hi].lower_ == "to" and doc[hi].dep_ == "aux" \
                        and doc[hi].head.i > hi and doc[hi].head.pos_ in ("VERB", "AUX"):
                    # "its push for X to be excluded": the for-to clause, its verb parsed elsewhere
                    end = doc[hi].head.right_edge.i
                    while end > hi and doc[end].is_punct:
                        end -= 1
                    hi = end + 1
                return lo, hi
        if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX") and (
                child(c, "aux", lemma=("to",)) is not None or child(c, "mark", lemma=("that",)) is not None):
            return compact_span(c, keep_first=False)
    # "Sweden's NATO membership bid": the noun modifiers say what is sought
    owned = any(c.dep_ == "poss" for c in noun.children)
    mods = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and (c.pos_ == "NOUN" or (
        owned and c.pos_ == "PROPN" and c.ent_type_ not in ("NORP", "GPE", "PERSON")))]  # "Sweden's NATO bid"
    if mods and mods[-1].lemma_.lower() in BODY_COMPOUNDS:
        mods = []  # "a cabinet offer", "a Spanish government offer": the author, not what is offered
    if mods and noun.lemma_.lower() in _COMPOUND_CONTENT:
        owners = [t.i for m in [noun, *mods] for c in m.subtree if c.dep_ == "poss" for t in c.subtree]
        lo = min(t.i for m in mods for t in m.subtree)
        lo = max([lo, *[i + 1 for i in owners if i < mods[-1].i]])
        doc = noun.doc
        while lo < mods[-1].i and doc[lo].ent_type_ in ("NORP", "GPE", "PERSON"):
            lo += 1  # "the Trump maternity leave plan": the author is no part of what is sought
        return lo, mods[-1].i + 1
    return None


def _sought(verb: Token) -> bool:
    """A receiving verb in an infinitive of aim ("cut taxes to win the support of X", "a bid to gain the
    backing of X"): the backing is sought, not given (not after "managed to" / "succeeded in")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.lemma_.lower() not in ("manage", "succeed", "fail")


#: nouns of the one a protest or complaint is lodged with ("a protest with Y's ambassador over X")
ADDRESSEES = frozenset({"ambassador", "envoy", "embassy", "government", "minister", "counterpart", "authorities",
                         "consul", "diplomat", "representative", "delegation", "charge"})


def noun_stances(tok: Token, cue: Cue, lex: Lexicon) -> list[RawStance]:
    """Position nouns: "expressed support for Y", "its opposition to Y", "his condemnation of Y".

    Received positions are inverted: "X had/won the backing of Y" is Y's stance on X.
    A carrier noun stands in for the position noun ("gave X its seal of approval", "a show of
    support for Y")."""
    greeted = _greeted_with(tok, cue, lex)
    if greeted is not None:
        return greeted
    word = tok
    tok = carrier_of(tok)
    head = tok.head
    recv = head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "under") and head.head.lemma_.lower() in ("meet", "come"):
        recv = head.head  # "met with opposition from X", "came under fire from X"
    elif tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "come" and any(
            c.dep_ == "prt" and c.lower_ == "in" for c in head.head.children):
        recv = head.head  # "came in for criticism from X"
    elif tok.dep_ == "pobj" and head.lower_ in ("into", "up") and head.head.lemma_.lower() in ("run", "come", "bump"):
        recv = head.head  # "ran into opposition from X", "came up against resistance from X"
    given = tok.dep_ == "dobj" and recv.lemma_.lower() == "give" and child(recv, "auxpass") is not None \
        and child(recv, "nsubjpass") is not None and child(recv, "dative") is None and cue.kind == "evaluative"
    givers = _givers(tok, recv, word) if (tok.dep_ == "dobj" or recv is not head) and cue.kind == "evaluative" and \
        recv.lemma_.lower() in _RECEIVE | {"come", "run", "bump"} else []
    if given:  # "Y was given the backing of X / the green light by X": X's position on Y
        agent = child(recv, "agent") or next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        by = child(agent, "pobj") if agent is not None else None  # (the parser may hang "by X" on the noun)
        givers = expand_conj(by) if by is not None else _givers(tok, recv, word)
    failed = False
    if tok.dep_ == "dobj" and cue.kind == "evaluative" and recv.lemma_.lower() in ("win", "get", "gain", "secure") \
            and recv.dep_ == "xcomp" and recv.head.lemma_.lower() == "fail":
        # "the draft failed to win approval in the Council / the backing of X": they did not give it
        body = prep_object(tok, ("in",))
        if not givers and body is not None and body[1].pos_ == "PROPN":
            givers = expand_conj(body[1])
        if givers:
            failed, recv = True, recv.head
    if givers:
        passive_subj = child(recv, "nsubjpass")
        receivers = ([passive_subj] if passive_subj is not None else []) if given else subjects(recv)
        if not receivers and child(recv, "agent") is None and child(recv, "nsubjpass") is not None:
            receivers = [child(recv, "nsubjpass")]  # type: ignore[list-item]  # "Y was met with criticism from X"
        head = recv
        if not receivers or (hypothetical(head, lex) and not failed) or (not failed and _sought(recv)):
            return []
        pol = cue.polarity * (-1 if is_negated(head) != failed else 1)
        lo, hi = compact_span(receivers[0])
        return [RawStance(here(tok), givers, [head, tok], (lo, hi), pol, cue.kind,
                          strength_of(head, cue, lex), [receivers[0]], source="noun-received")]
    owned = _owned_under_any_verb(tok, lex)
    po = prep_object(word, cue.preps) if cue.preps else None
    if po is None and word is not tok and cue.preps:
        po = prep_object(tok, cue.preps)  # "a show of support | for X"
        po = None if po is not None and po[1].i == word.i else po
    staged = tok.dep_ == "dobj" and word.lemma_.lower() in _STAGED and head.lemma_.lower() in _STAGE_VERBS
    if po is None and cue.preps and tok.dep_ == "dobj" and (
            head.lemma_.lower() in LIGHT_VERBS | _WITHHOLD | {"have"} or owned or staged):
        # "voiced its objection | to X", "lent its support | to X": the parser hangs the
        # preposition on the light verb
        on_verb = prep_object(head, cue.preps)
        if on_verb is not None and on_verb[0].i > tok.i:
            po = on_verb
    if po is None and cue.preps and tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        on_head = prep_object(tok.head, cue.preps)  # "its solidarity and support | for X"
        if on_head is not None and on_head[0].i > tok.i:
            po = on_head
    if po is None and cue.preps and cue.kind == "evaluative":
        addressed = prep_object(word, ("with", "to"))  # "a protest with Y's ambassador | over X": the parser
        who = addressed[1] if addressed is not None else None  # hangs the cue's preposition on the addressee
        if who is not None and (who.pos_ == "PROPN" or who.lemma_.lower() in ADDRESSEES):
            on_who = prep_object(who, cue.preps)
            po = on_who if on_who is not None and on_who[0].i > who.i else None
    # ("stands in solidarity with X" is an alignment, handled there)
    in_verb = _in_noun_verb(tok) if cue.kind == "evaluative" and tok.lemma_.lower() != "solidarity" else None
    if po is None and in_verb is not None and cue.preps:
        on_verb = prep_object(in_verb, cue.preps)  # "skipped the talks in protest | at X": hung on the verb
        if on_verb is not None and on_verb[0].i > tok.i:
            po = on_verb
    content = None
    dative = child(head, "dative") if tok.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS else None
    if po is not None:
        named = what_named(po[1]) if po[1].dep_ == "pcomp" else None
        content = compact_span(named if named is not None else po[1])  # ("over what it called X": X)
    elif dative is not None and dative.i < tok.i and dative.pos_ in ("NOUN", "PROPN") and cue.kind == "evaluative":
        content = compact_span(dative)  # "gave the reform its blessing", "lent Kyiv its support"
        po = (dative, dative)
    else:
        content = noun_content(tok)
    if content is None:
        return []
    if po is None and word.lemma_.lower() == "doubt" and any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return []  # "X has no doubt that Y is illegal": X's view of Y (the clause's label), no stance on the clause
    holders: list[Token] = []
    sign = 1
    open_secret = tok is not word and tok.lower_ == "secret" and tok.dep_ == "dobj"
    if tok.dep_ in ("dobj", "pobj", "attr") and head.lemma_.lower() in LIGHT_VERBS | {"have", "reiterate"}:
        holders = subjects(head)
    elif tok.dep_ == "nsubjpass" and head.lemma_.lower() in LIGHT_VERBS and child(head, "agent") is not None:
        holders = subjects(head)  # "support for X was expressed by Y": the agent
    elif tok.dep_ == "conj" and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in LIGHT_VERBS:
        head = tok.head.head  # "expressed its solidarity and support for X"
        holders = subjects(head)
    elif tok.dep_ == "dobj" and head.lemma_.lower() in _ECHO and cue.kind in ("evaluative", "demand"):
        holders = subjects(head)  # "echoed Bulgaria's condemnation of X": the echoer holds it too
    elif tok.dep_ == "nsubj" and head.lemma_.lower() in ("clear", "known", "plain") and \
            head.head.lemma_.lower() == "make" and head.head.i != head.i:
        head = head.head  # "made its opposition to X clear": a small clause under "make"
        holders = subjects(head)
    elif in_verb is not None:
        holders = subjects(in_verb)  # "walked out in protest at X", "voted in opposition to X"
        head = in_verb
    elif tok.dep_ == "nsubj" and head.lemma_.lower() == "come" and po is not None:
        frm = prep_object(head, ("from",))  # "opposition to X came from Y"
        holders = expand_conj(frm[1]) if frm is not None else []
    elif tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "add" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "voice" for c in head.head.children) \
            and cue.kind in ("evaluative", "demand"):
        head = head.head  # "added its voice to Y's criticism of X": the one who adds it holds it too
        holders = subjects(head)
    elif tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("join", "participate") \
            and cue.kind in ("evaluative", "demand"):
        head = head.head  # "joined in the condemnation of X": the joiner holds it too
        holders = subjects(head)
    elif open_secret:
        holders = subjects(head)  # "made no secret of its frustration with X"
    elif tok.dep_ == "dobj" and head.lemma_.lower() in _WITHHOLD:
        holders, sign = subjects(head), -1  # "withheld its support for X": no longer supports X
    elif tok.dep_ in ("dobj",) and head.pos_ == "VERB" and head.lemma_.lower() not in ("reject", "accept", "welcome"):
        holders = subjects(head) if head.lemma_.lower() in LIGHT_VERBS | LEAD_VERBS or owned or staged else []
    if not holders:
        return []  # an authored noun is handled by author_stances
    if hypothetical(head, lex):
        return []
    if any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children) and not open_secret:
        sign = -sign  # "has no objection to X", "raised no objection"
    if word is not tok and content is not None and content[0] <= word.i < content[1]:
        return []  # (the carrier's "of" phrase is the position noun, not its content)
    pol = sign * cue.polarity * (-1 if is_negated(head) else 1)
    if po is None and negated_infinitive(tok.doc, content):
        content, pol = (content[0] + 1, content[1]), -pol  # "renewed its commitment not to X": -1 on X
    partners = [po[1]] if po is not None and cue.kind == "evaluative" and sign > 0 else []
    partners += thanked_party(tok, pol)  # "expressed its gratitude to Y for X": Y is thanked
    return [RawStance(here(tok), holders, [head, word], content, pol, cue.kind, strength_of(head, cue, lex),
                      partners, gerund=cue.kind in ("commit", "refuse"), source="noun")]


# verbs of receiving a thing "with" a feeling ("greeted the news with relief")
_GREET = frozenset({"greet", "receive", "meet", "welcome", "view", "regard", "treat", "watch", "follow", "hail"})


def _greeted_with(tok: Token, cue: Cue, lex: Lexicon) -> list[RawStance] | None:
    """"X greeted / received Y with satisfaction / dismay": X's position on Y has the sign of the
    feeling (None when the noun is not in that frame)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or cue.kind != "evaluative":
        return None
    with_ = tok.head
    verb = with_.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head  # "greeted the return of X | with satisfaction": hung on the object
    obj = child(verb, "dobj")
    if obj is None and child(verb, "agent") is not None:
        obj = child(verb, "nsubjpass")  # "Y was greeted with scepticism by X"
    seat = passive_seat(verb) if obj is None else None
    if seat is None and obj is None and child(verb, "auxpass") is not None and child(verb, "agent") is None:
        inside = prep_object(tok, ("in",))  # "Y was greeted with delight | in Nairobi": hung on the feeling
        seat = inside[1] if inside is not None and inside[1].pos_ == "PROPN" and inside[1].ent_type_ in (
            "GPE", "", "FAC", "LOC") else None
    if seat is not None:
        obj = child(verb, "nsubjpass")  # the seat of government holds it (capitals resolve to their state)
        if obj is not None and not abstract_object(obj, lex):
            return None  # ("the envoy was greeted with cheers in Nairobi": a person received)
    if verb.lemma_.lower() not in _GREET or obj is None or obj.i > tok.i or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    holders = [seat] if seat is not None else subjects(verb)
    if not holders or hypothetical(verb, lex):
        return []
    pol = cue.polarity * (-1 if is_negated(verb) else 1)
    lo, hi = compact_span(obj)
    if lo < with_.i < hi:
        hi = with_.i
    return [RawStance(here(tok), holders, [verb, tok], (lo, hi), pol, cue.kind, strength_of(verb, cue, lex),
                      [obj], source="noun")]


# nouns that carry a position noun in their "of" phrase ("its seal of approval", "a show of support")
_CARRIERS = frozenset({"seal", "stamp", "show", "expression", "message", "gesture", "sign", "signal", "statement",
                       "declaration", "vote", "word", "words", "note", "letter", "display", "demonstration"})


def carrier_of(noun: Token) -> Token:
    """The carrier noun of a position noun in its "of" phrase ("seal of | approval"), else the noun."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "secret" and of.head.head.lemma_.lower() == "make" \
            and any(c.lower_ == "no" for c in of.head.children):
        return of.head  # "made no secret of its frustration with X": the position is stated openly
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _CARRIERS and of.head.pos_ == "NOUN" \
            and not any(c.dep_ == "det" for c in noun.children):
        return of.head
    return noun


def _in_noun_verb(tok: Token) -> Token | None:
    """The verb of "in <position noun>" ("left the talks in protest at X"; the parser may hang
    "in" on the verb's object), or None."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "in" or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    verb = head.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def negated_infinitive(doc: Doc, content: tuple[int, int]) -> bool:
    """Does the content open with a negated infinitive ("its pledge not to drill", "a vow never to
    resume X")? The position is then -1 on the act, as with the verb ("vowed not to X")."""
    first = doc[content[0]]
    return content[1] - content[0] > 2 and first.lower_ in ("not", "never") and first.dep_ in ("neg", "advmod") \
        and first.head.pos_ == "VERB" and child(first.head, "aux", lemma=("to",)) is not None


def author_stances(tok: Token, polarity: int, lex: Lexicon | None = None) -> list[RawStance]:
    """"Modi's call for a pause": the author of a speech-act noun supports its content.

    Not for a position noun carried by a light verb ("Michel reaffirmed the EU's support for
    Ireland"): the subject of the light verb is the holder there."""
    if lex is not None and tok.lemma_.lower() in lex.nouns and tok.dep_ in ("dobj", "pobj") and \
            (tok.head.lemma_.lower() in LIGHT_VERBS | _WITHHOLD | _RECEIVE
             or tok.head.head.lemma_.lower() in LIGHT_VERBS):
        return []
    prefix = ""
    authors = [a for a in authors_of(tok) if a.lower_ not in OWN_POSSESSIVES
               or tok.dep_ not in ("dobj",) or tok.head.lemma_.lower() not in LIGHT_VERBS]
    restated = tok.head.lemma_.lower() in _RESTATE_VERBS and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children)  # "reaffirmed its pledge to X"
    if not authors and tok.dep_ == "dobj" and (tok.head.lemma_.lower() in _MAKE_VERBS or restated) \
            and not is_negated(tok.head) and (lex is None or not hypothetical(tok.head, lex)):
        authors = subjects(tok.head)  # "gave X an ultimatum to Y", "made an offer to Y": the giver
        dative = child(tok.head, "dative")
        if dative is not None and dative.i < tok.i and tok.lemma_.lower() in ("ultimatum", "deadline", "demand"):
            prefix = tok.doc[slice(*compact_span(dative))].text  # "Pyongyang dismantling its sites"
    late = late_agent(tok) if not authors else None
    if late is not None:
        authors = expand_conj(late[1])  # "the rejection of X by Y"
    elif not authors and (frm := late_from(tok)) is not None:
        authors = expand_conj(frm)  # "criticism of the ban from Brazil": the critic, not the ban's origin
        if prep_object(tok, ("of", "to", "over", "against")) is not None:
            late = (frm.head, frm)  # the "from X" is no part of the content (cut below)
    if not authors:
        return []
    if lex is not None and _aim_is_position(tok, lex) and not _named_author(tok, authors):
        return []  # "announced plans to challenge X": the infinitive's cue is the position
    position = lex.nouns.get(tok.lemma_.lower()) if lex is not None else None
    po = prep_object(tok, position.preps) if position is not None and position.preps and \
        position.kind in ("evaluative", "commit") else None
    if po is not None and po[0].lower_ == "of" and po[1].pos_ in ("PROPN", "PRON"):
        po = None  # "the support of Germany": the author, not the content
    if po is None and position is not None and is_critical(tok) and tok.dep_ == "dobj" \
            and position.preps:
        on_verb = prep_object(tok.head, tuple(p for p in position.preps if p != "of"))
        if on_verb is not None and on_verb[0].i == tok.right_edge.i + 1:
            po = on_verb  # "rejected objections from X | over Y": the parser hangs "over Y" on the verb
    # "Turkey's opposition to Sweden's membership": the position noun's own preposition first
    content = (compact_span(po[1]) if po is not None else None) or noun_content(tok) or _self_content(tok, authors) \
        or overridden_content(tok)
    if content is None:
        return []
    if late is not None and content[0] < late[0].i < content[1]:
        content = (content[0], late[0].i)  # the agent is no part of the content
    if lex is not None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.label_verbs:
        as_ = next((t for t in tok.doc[content[0]:content[1]] if t.lower_ == "as" and t.dep_ == "prep"
                    and t.head.dep_ in ("acl", "relcl") and t.head.head.i == tok.i), None)
        if as_ is not None and as_.i > content[0]:
            content = (content[0], as_.i)  # "described Y's plans to X as a provocation": the label is no content
    if negated_infinitive(tok.doc, content):
        content, polarity = (content[0] + 1, content[1]), -polarity  # "its pledge not to X": -1 on X
    accused = _accused(tok, content) if polarity < 0 else []
    kind = "accuse" if accused else "propose"
    partners = accused
    if not accused and po is not None and position is not None and position.kind == "evaluative" \
            and po[0].i > tok.i:
        # "Kenya's rejection of Uganda's plan": an evaluation by its author, who aligns with the
        # author of the thing evaluated (README section 6), as with the verb
        kind, partners = "evaluative", [po[1]]
    return [RawStance(here(tok), authors, [tok], content, polarity, kind, 0.9, partners,
                      gerund=True, source="author", target_prefix=prefix)]


#: accusing speech-act nouns whose clause names the accused ("British accusations that X did Y")
_ACCUSING_NOUNS = frozenset({"accusation", "allegation", "charge", "assertion", "claim", "criticism"})


def _accused(noun: Token, content: tuple[int, int]) -> list[Token]:
    """The accused of an accusing noun: the subject of its "that" clause ("accusations that
    Russian agents were behind X": the agents, or the nation their adjective names), as an
    alignment partner of the noun's author (rule: an embedded accusation aligns its author)."""
    if noun.lemma_.lower() not in _ACCUSING_NOUNS:
        return []
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and content[0] <= c.i < content[1]
                   and child(c, "mark", lemma=("that",)) is not None), None)
    subj = child(clause, "nsubj", "nsubjpass") if clause is not None else None
    if subj is None or subj.pos_ == "PRON":
        return []
    if subj.pos_ == "PROPN":
        return [subj]
    nation = next((c for c in subj.children if c.dep_ in ("amod", "compound") and (
        c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")), None)  # ("Omani smugglers")
    return [subj, nation] if nation is not None else []


def proposed_stances(tok: Token) -> list[RawStance]:
    """"the junta's proposed three-year transition": the owner of a thing "proposed" proposes it
    (+1 on the thing without its owner). Only with a named owner ("the proposed law" names none)."""
    noun = tok.head
    if tok.lower_ != "proposed" or tok.dep_ != "amod" or noun.pos_ != "NOUN" or noun.i < tok.i:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i < tok.i and c.lower_ not in OWN_POSSESSIVES]
    if not owners:
        return []
    lo, hi = compact_span(noun, cut=frozenset({"relcl", "advcl", "appos", "punct", "cc", "conj", "acl", "poss"}))
    lo = max(lo, tok.i + 1)
    return [RawStance(here(tok), expand_conj(owners[0]), [tok], (lo, hi), 1, "propose", 0.9, [], gerund=False,
                      source="author")]


def late_agent(noun: Token) -> tuple[Token, Token] | None:
    """"the rejection of X by Y": the agent of a position noun that the parser hung on the noun
    of its content; (the "by" token, Y) when Y is a name and the noun has no owner of its own."""
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ not in ("of", "to", "for", "with", "against", "on"):
            continue
        obj = child(c, "pobj")
        by = next((x for x in obj.children if x.dep_ == "prep" and x.lower_ == "by"), None) if obj is not None else None
        agent = child(by, "pobj") if by is not None else None
        if by is None or agent is None or obj is None:
            continue
        if agent.pos_ == "PROPN" and obj.pos_ != "VERB" and not any(
                x.dep_ == "acl" and x.i < by.i for x in obj.children):  # ("the plan drafted by X")
            return by, agent
    return None


def _named_author(noun: Token, authors: list[Token]) -> bool:
    """A plan or proposal whose author is named on the noun itself ("a plan by the ministry to ban Y",
    "Japan's proposal to scrap Y"): no clause cue reads that author as the holder of the
    infinitive, so the author holds the content ("banning Y", README section 3). Not for an own
    possessive ("announced its plan to scrap Y": the subject holds the infinitive's cue)."""
    explicit = authors_of(noun, explicit_only=True)
    return bool(explicit) and all(a in explicit for a in authors) and not any(
        a.lower_ in OWN_POSSESSIVES or a.pos_ == "PRON" for a in authors)


def _aim_is_position(noun: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "acl" and commit_noun_clause(c) and evaluative_act(c, lex) for c in noun.children)


def _givers(tok: Token, verb: Token, word: Token | None = None) -> list[Token]:
    """Who gives a received position: "the backing of / support from X" (also "from X" on the
    verb), or a possessor that is no pronoun ("enjoys Japan's full backing"). ``word``: the
    position noun a carrier noun holds ("the seal | of approval | from X": not the giver)."""
    of = prep_object(tok, ("of", "from"))
    if of is not None and word is not None and of[1].i == word.i:
        of = prep_object(tok, ("from",))
    of = of or prep_object(verb, ("from",))
    if of is not None:
        return expand_conj(of[1])
    receiver = child(verb, "nsubj", "nsubjpass")
    thing = receiver is not None and receiver.pos_ == "NOUN" and receiver.ent_type_ == "" and (
        receiver.lemma_.lower() in POLICY_NOUNS or receiver.lemma_.lower() in THING_NOUNS)
    owner = next((c for c in tok.children if c.dep_ == "poss" and (
        c.pos_ != "PRON" or c.lower_ in ("our", "my") or (c.lower_ in ("his", "her") and thing))), None)
    # ("has our full backing," the minister said: the speaker's own; "He said Y had his full support": a
    # plan or project cannot be the one "his" names, a person can: "X did not get his appreciation")
    if owner is None:  # "met with Turkish opposition": a nationality or group adjective gives it
        owner = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                      and c.ent_type_ in ("NORP", "GPE", "ORG")), None)
    return expand_conj(owner) if owner is not None else []


def _owned_under_any_verb(tok: Token, lex: Lexicon) -> bool:
    """A position noun its holder owns, as the object of any verb that is no cue, no verb of
    receiving and no verb of taking back: "aired its objections to X", "trumpeted their support
    for Y" (the light verbs are the listed ones; the owner's pronoun makes any verb one)."""
    head = tok.head
    hl = head.lemma_.lower()
    return (tok.dep_ == "dobj" and head.pos_ == "VERB" and hl not in lex.verbs and hl not in lex.label_verbs
            and hl not in _RECEIVE | _WITHHOLD | _ECHO | LIGHT_VERBS
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in tok.children))


def agent_noun_stances(tok: Token, polarity: int, lex: Lexicon) -> list[RawStance]:
    """"X is a vocal critic of Y", "X has long been an advocate of Y": the subject holds the
    position on the object of "of/for" (negation flips it: "X is no friend of Y")."""
    head = tok.head
    if tok.dep_ == "appos" and head.pos_ in ("PROPN", "NOUN") and head.i < tok.i:
        # in apposition: "Oslo, a long-time critic of X, ...", "the minister, an advocate of X"
        po = prep_object(tok, ("of", "for"))
        if po is None:
            return []
        cue = Cue(tok.lemma_.lower(), polarity, "evaluative")
        pol = polarity * (-1 if any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children) else 1)
        return [RawStance(here(tok), [head], [tok], compact_span(po[1]), pol, "evaluative",
                          strength_of(tok, cue, lex), [po[1]], source="agent-noun")]
    of_thing = prep_object(tok, ("of",)) if tok.dep_ == "nsubj" and head.lemma_.lower() == "include" else None
    if of_thing is not None and (of_thing[1].pos_ != "NOUN" or of_thing[1].ent_type_):
        of_thing = None  # ("critics of Peru include Chile": whom they criticise only as an actor, as below)
    if tok.dep_ == "nsubj" and head.lemma_.lower() == "include" and (
            _owned_content(tok) is not None or of_thing is not None):
        # "Y's supporters include X", "critics of Y include X": X holds it
        obj = child(head, "dobj")
        if obj is None or hypothetical(head, lex):
            return []
        content = _owned_content(tok)
        span = _possessor_span(content) if content is not None else compact_span(of_thing[1])  # type: ignore[index]
        content = content if content is not None else of_thing[1]  # type: ignore[index]
        return [RawStance(here(tok), expand_conj(obj), [tok], span, polarity, "evaluative",
                          strength_of(tok, Cue(tok.lemma_.lower(), polarity, "evaluative"), lex), [content],
                          source="agent-noun")]
    if tok.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_.lower() in ("be", "remain", "count"):
        head = head.head  # "X was among the sponsors of Y", "X counts itself among Y's backers"
    elif tok.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() not in lex.label_verbs and child(head.head, "dobj") is None \
            and not any(c.lower_ == "such" for c in head.children):
        head = head.head  # "X signed on / emerged as a sponsor of Y": the role the subject takes
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one" and head.head.dep_ in (
            "attr", "oprd") and head.head.head.lemma_.lower() in ("be", "remain", "become", "stay"):
        head = head.head.head  # "X is one of the loudest champions of Y"
    elif tok.dep_ not in ("attr", "oprd") or head.lemma_.lower() not in ("be", "remain", "become", "stay"):
        return []
    po = prep_object(tok, ("of", "for") if polarity > 0 else ("of", "for", "against")) or prep_object(head, ("of",))
    owned_ = _owned_content(tok) if po is None else None  # ("X is the last holdout against Y")
    if owned_ is not None:
        po = (owned_, owned_)  # "X is one of Y's strongest supporters"
    if po is None or hypothetical(head, lex):
        return []
    holders = subjects(head)
    if not holders:
        return []
    target = _possessor_span(po[1]) if owned_ is not None else compact_span(po[1])
    neg = is_negated(head) or any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children)
    pol = polarity * (-1 if neg else 1)
    cue = Cue(tok.lemma_.lower(), polarity, "evaluative")
    return [RawStance(here(tok), holders, [tok], target, pol, "evaluative", strength_of(tok, cue, lex),
                      [po[1]], source="agent-noun")]


def _possessor_span(poss: Token) -> tuple[int, int]:
    """The span of a possessor without its "'s"."""
    lo = min(t.i for t in poss.subtree)
    hi = poss.i + 1
    return lo, hi


def _owned_content(agent: Token) -> Token | None:
    """What an agent noun's possessor names when it is a thing, not an actor ("the accord's
    supporters": the accord; "Peru's supporters" names whom they support only as an actor)."""
    poss = next((c for c in agent.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "NOUN" or poss.ent_type_:
        return None
    return poss


def negated_intent_stances(tok: Token, lex: Lexicon) -> list[RawStance]:
    """"X has no plans to Y", "X sees no reason to Y", "X has no intention of Y-ing", "X sees no
    need for Y" (also "does not have any plans to Y"): X -1 on Y."""
    verb = tok.head
    det_no = any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children)
    holders_: list[Token] | None = None
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_ == "be" and det_no:
        verb = verb.head  # "X is in no mood / no hurry to Y"
    elif tok.dep_ in ("attr", "nsubj") and verb.lemma_ == "be" and child(verb, "expl") is not None and det_no:
        rep = reporting_subject(verb)  # "X said there was no point in Y"
        if rep is None:
            return []
        holders_ = [rep]
    elif tok.dep_ != "dobj" or verb.lemma_.lower() not in _INTENT_VERBS:
        return []
    if hypothetical(verb, lex):
        return []
    if not det_no and not is_negated(verb):
        return []
    content: tuple[int, int] | None = None
    gerund_ = False
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and child(c, "aux", lemma=("to",)) is not None:
            content, gerund_ = compact_span(c, keep_first=False), True
        elif c.dep_ == "prep" and c.lower_ in ("of", "for", "in") and not is_time(c):
            obj = child(c, "pcomp", "pobj")
            if obj is not None:
                content = compact_span(obj)
        if content is not None:
            break
    if content is None:  # "sees no point | in further talks": the preposition hung on the verb
        po = next((c for c in verb.children if c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("in", "for")
                   and not is_time(c)), None)
        obj = child(po, "pcomp", "pobj") if po is not None else None
        if obj is not None:
            content = compact_span(obj)
    if content is None:  # "has no plans | to boycott": the infinitive hung on the verb
        inf = next((c for c in verb.children if c.i > tok.i and c.dep_ in ("xcomp", "advcl")
                    and child(c, "aux", lemma=("to",)) is not None), None)
        if inf is None:
            return []
        content, gerund_ = compact_span(inf, keep_first=False), True
    holders = holders_ if holders_ is not None else subjects(verb)
    if not holders:
        return []
    cue = Cue(tok.lemma_.lower(), -1, "refuse")
    return [RawStance(here(tok), holders, [verb, tok], content, -1, "refuse", strength_of(verb, cue, lex), [],
                      gerund=gerund_, source="negated-intent")]


def no_alternative_stances(tok: Token, lex: Lexicon) -> list[RawStance]:
    """"X sees no alternative to Y", "X said there was no alternative to Y": X +1 on Y (the
    speaker when no one is named)."""
    verb = tok.head
    if not any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children) or hypothetical(verb, lex):
        return []
    po = prep_object(tok, ("to", "for"))
    if po is None:
        return []
    cue = Cue(tok.lemma_.lower(), 1, "evaluative")
    lo, hi = compact_span(po[1])
    if tok.dep_ == "dobj" and verb.lemma_.lower() in _INTENT_VERBS:
        holders = subjects(verb)
        return [RawStance(here(tok), holders, [tok], (lo, hi), 1, "evaluative", strength_of(verb, cue, lex), [],
                          source="no-alternative")] if holders else []
    if tok.dep_ in ("attr", "nsubj") and verb.lemma_ == "be" and child(verb, "expl") is not None:
        rep = reporting_subject(verb)  # "there is no alternative to Y", said by the reporter or speaker
        return [RawStance(here(tok), [rep] if rep is not None else [], [tok], (lo, hi), 1, "evaluative",
                          strength_of(verb, cue, lex), [], holder_is_speaker=rep is None, source="no-alternative")]
    return []
