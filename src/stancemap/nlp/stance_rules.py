"""Stance cues on the dependency parse: who evaluates what, with which polarity.

:func:`find_raw_stances` reads one sentence and returns :class:`RawStance` candidates with
spaCy tokens for holders (the subject of the stance predicate, per the labelling rules),
cue, target range and the possible alignment partner. Actor resolution, issues and records
are done in :mod:`stancemap.nlp.stances`.

Patterns (general, lexicon-driven):

- verb cues: "X rejected Y", "X called for Y", "X refused to Y", "X accused Y of Z";
- adjective cues: "X is ready to Y", "X was opposed to Y", "Y is important" (holder = speaker);
- phrases: "in favour of Y", "Y is out of the question", "warned against Y";
- position nouns under light verbs: "expressed support for Y", "reiterated its opposition to Y";
- demand modals: "X said Z must Y" (X +1 on "Z doing Y");
- negated commitments: "X will not lift Y" (-1 on "lifting Y");
- speech-act nouns with an author: "Erdogan's call for Y", "a U.S. request to Y", "an offer
  from X to Y" give the author its own stance on the content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .stance_lexicon import Cue, Lexicon
from .stance_syntax import (
    PRONOUNS,
    REPORT_VERBS,
    child,
    compact_span,
    expand_conj,
    is_negated,
    is_time,
    prep_object,
    reporting_subject,
    subjects,
)

__all__ = ["RawStance", "find_raw_stances", "authors_of"]

# xcomp actions after "refuse"/"decline"/"agree" that are personal, not policy (no stance)
_SELF_ACTIONS = frozenset(
    """resign comment elaborate say speak confirm disclose reveal name identify give answer respond
    attend step quit leave""".split()
)
_LIGHT_VERBS = frozenset(
    """express voice reiterate reaffirm pledge confirm offer give lend announce declare lodge issue
    repeat renew register extend signal state restate""".split()
)
_SPEECH_NOUN_OF_DEMAND = frozenset({"reminder", "declaration", "statement", "warning", "message", "letter", "note"})
# verbs whose object performs their infinitive ("urged Kyiv to adopt"): not the subject's stance
_OBJECT_CONTROL = frozenset("""urge ask tell order force persuade convince invite encourage press push allow help want
    expect require pressure compel permit enable instruct advise remind warn call implore beg lead get""".split())
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
_COMPOUND_CONTENT = frozenset({"bid", "push", "call", "request", "demand", "appeal", "proposal", "offer", "plan",
                               "initiative"})
_DEMAND_ADJ_SUBJ = frozenset({"important", "essential", "necessary", "vital", "unacceptable", "crucial", "imperative"})


@dataclass
class RawStance:
    """A stance found on the parse, before actor resolution."""

    sent: Span
    holders: list[Token]  # holder head tokens; may be pronouns
    cue: list[Token]
    target: tuple[int, int]  # token range [start, end)
    polarity: int
    kind: str
    strength: float = 1.0
    partners: list[Token] = field(default_factory=list)  # possible alignment partners (tokens)
    target_prefix: str = ""  # e.g. the addressee of a demand ("Iraq" cooperating ...)
    gerund: bool = False  # target is an action to render in gerund form
    holder_is_speaker: bool = False  # holder = the speaker of the enclosing statement
    source: str = "verb"
    skip: frozenset[int] = frozenset()  # token indices left out of the target text ("of" in "accused X of Y")

    @property
    def target_text(self) -> str:
        doc = self.sent.doc
        body = doc[self.target[0]:self.target[1]]
        toks = [t for t in body if t.i not in self.skip]
        while toks and toks[0].lower_ in ("that", "to") and toks[0].dep_ in ("mark", "aux"):
            toks = toks[1:]
        words = [t.text_with_ws for t in toks]
        if self.gerund and toks and toks[0].tag_ == "VB":
            words[0] = _gerund(toks[0].lower_) + toks[0].whitespace_
        txt = "".join(words).strip()
        return f"{self.target_prefix} {txt}".strip() if self.target_prefix else txt


def _here(tok: Token) -> Span:
    """A cheap placeholder span; :func:`find_raw_stances` sets the real sentence
    (``Token.sent`` walks the whole Doc, too slow to call per cue)."""
    return tok.doc[tok.i:tok.i]


def _gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    vowels = "aeiou"
    groups = sum(1 for i, ch in enumerate(verb) if ch in vowels and (i == 0 or verb[i - 1] not in vowels))
    if groups == 1 and len(verb) >= 3 and verb[-1] not in vowels + "wxy" and verb[-2] in vowels \
            and verb[-3] not in vowels:
        return verb + verb[-1] + "ing"  # cut -> cutting, stop -> stopping
    return verb + "ing"


def _strength(tok: Token, cue: Cue, lex: Lexicon) -> float:
    s = cue.strength
    for t in [*tok.children, *tok.head.children] if tok.dep_ in ("xcomp", "acomp") else tok.children:
        w = t.lower_
        if w in lex.hedges:
            s *= lex.hedges[w]
        elif w in lex.intensifiers:
            s = min(1.0, s + 0.1)
    return round(max(0.1, min(1.0, s)), 2)


def _hypothetical(tok: Token, lex: Lexicon) -> bool:
    """May/might/could on the cue (or "would" inside an if-clause): not a stance."""
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in ("may", "might", "could"):
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless", "until", "before", "once"):
            return True
    return False


def _obj_range(obj: Token) -> tuple[int, int]:
    return compact_span(obj)


def _verb_target(verb: Token, cue: Cue) -> tuple[tuple[int, int], Token, bool] | None:
    """(range, head token, is_action) of the target of a verb cue."""
    if cue.preps:
        po = prep_object(verb, cue.preps)
        if po is not None:
            prep, obj = po
            lo, hi = _obj_range(obj)
            nxt = next((c for c in verb.children if c.dep_ == "prep" and c.i == hi and c.lower_ in ("in", "for", "of", "on")
                        and not any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree)), None)
            if nxt is not None:
                hi = compact_span(nxt)[1]  # "agreed to US mediation | in the final status talks"
            # "calling on X to do Y": the infinitive belongs to the target
            inf = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > obj.i), None)
            if inf is not None and prep.lower_ == "on":
                hi = max(hi, compact_span(inf)[1])
            return (lo, hi), obj, obj.pos_ == "VERB"
    for dep in ("dobj", "xcomp", "ccomp", "attr"):
        found = child(verb, dep)
        if found is not None:
            obj = found
            if dep == "ccomp" and (obj.lemma_ in REPORT_VERBS or child(obj, "mark", lemma=("whether", "if")) is not None
                                   or any(c.tag_ in ("WDT", "WP", "WRB") and c.i < obj.i for c in obj.children)):
                continue  # reported speech or an indirect question ("asked whether ...")
            if dep == "dobj" and obj.lower_ in ("which", "that", "whom") and verb.dep_ == "relcl":
                ante = verb.head  # "a trial that the U.S. denounced": the antecedent
                lo, hi = compact_span(ante, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"}))
                return (lo, hi), ante, False
            lo, hi = _obj_range(obj) if dep != "xcomp" else compact_span(obj, keep_first=False)
            if dep == "dobj":
                # "accused X of Y", "blamed X for Y", "charging X with Y": keep the complement
                comp = prep_object(verb, ("of", "with", "for", "over", "on", "to"))
                if comp is not None and comp[1].i > obj.i and cue.kind == "accuse":
                    hi = max(hi, compact_span(comp[1])[1])
                elif comp is not None and comp[0].i == hi and comp[0].lower_ in ("for", "of", "on", "to"):
                    hi = compact_span(comp[1])[1]  # "refused permission for X to Y", "lift the ban on X"
                # "urged Kyiv to adopt Y": addressee + infinitive
                inf = next((c for c in verb.children if c.i > obj.i and (c.dep_ in ("xcomp", "ccomp") or (
                    c.dep_ == "advcl" and child(c, "aux", lemma=("to",)) is not None))), None)
                if inf is not None and cue.kind in ("demand", "propose"):
                    hi = max(hi, compact_span(inf)[1])
            return (lo, hi), obj, dep in ("xcomp", "ccomp")
    # object of a clause raised to subject ("the Kurdish flag was rejected")
    return None


def authors_of(noun: Token, *, explicit_only: bool = False, of_author: bool = True) -> list[Token]:
    """Author tokens of a speech-act or policy noun.

    Explicit authors (possessive, "by/from X", "approved by X", "of <Name>") win over actor
    adjectives and compounds ("a U.S. request", "Afghan government call", "Israeli raids"),
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
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = child(c, "pobj")
            if pobj is not None:
                explicit.extend(expand_conj(pobj))
        elif c.dep_ == "prep" and c.lower_ == "of" and of_author:
            pobj = child(c, "pobj")
            if pobj is not None and pobj.pos_ == "PROPN":
                explicit.append(pobj)  # "this decision of the US Senate"
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "a treaty approved by Obama"
            agent = child(c, "agent")
            pobj = child(agent, "pobj") if agent is not None else None
            if pobj is not None:
                explicit.append(pobj)
    if explicit or explicit_only:
        return explicit
    return implicit


def _noun_content(noun: Token) -> tuple[int, int] | None:
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
    return None


def _noun_content_direct(noun: Token) -> tuple[int, int] | None:
    for c in noun.children:
        if c.dep_ == "prep" and is_time(c):
            continue
        if c.dep_ == "prep" and c.lower_ == "for" and (child(c, "pobj") or c).pos_ == "PROPN":
            continue  # "a peace plan for Ukraine": for whom, not what
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "on"):
            obj = child(c, "pobj", "pcomp")
            if obj is not None and not (c.lower_ == "of" and obj.pos_ in ("PROPN", "PRON")):
                return compact_span(obj)
        if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX") and (
                child(c, "aux", lemma=("to",)) is not None or child(c, "mark", lemma=("that",)) is not None):
            return compact_span(c, keep_first=False)
    # "Sweden's NATO membership bid": the noun modifiers say what is sought
    mods = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i]
    if mods and noun.lemma_.lower() in _COMPOUND_CONTENT:
        owners = [t.i for m in [noun, *mods] for c in m.subtree if c.dep_ == "poss" for t in c.subtree]
        lo = min(t.i for m in mods for t in m.subtree)
        lo = max([lo, *[i + 1 for i in owners if i < mods[-1].i]])
        return lo, mods[-1].i + 1
    return None


def find_raw_stances(sent: Span, lex: Lexicon) -> list[RawStance]:
    """Stance candidates of one sentence."""
    out: list[RawStance] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "NOUN"):
            out.extend(_verb_stances(tok, lemma, lex))
        elif tok.pos_ == "ADJ" and lemma in lex.adjectives:
            out.extend(_adj_stances(tok, lex.adjectives[lemma], lex))
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in lex.nouns:
                out.extend(_noun_stances(tok, lex.nouns[lemma], lex))
            if lemma in lex.speech_act_nouns:
                out.extend(_author_stances(tok, lex.speech_act_nouns[lemma], lex))
    out.extend(_phrase_stances(sent, lex))
    out.extend(_modal_stances(sent, lex))
    for r in out:
        r.sent = sent
    return out


def _holders(verb: Token) -> list[Token]:
    return subjects(verb)


def _embedded_infinitive(tok: Token, lex: Lexicon) -> bool:
    """An infinitive cue under another cue or under object control ("urged Kyiv to adopt",
    "refused to accept", "failed to uphold"): the outer predicate carries the stance."""
    if child(tok, "aux", lemma=("to",)) is None or _nearest_subject_of(tok) is not None:
        return False
    h = tok.head
    hl = h.lemma_.lower()
    if hl in ("fail", "decline", "refuse", "hesitate") or hl in lex.verbs or hl in lex.adjectives or hl in lex.nouns \
            or hl in lex.speech_act_nouns:
        return True
    return hl in _OBJECT_CONTROL and any(c.dep_ in ("dobj",) and c.i < tok.i for c in h.children)


def _under_demand(tok: Token, lex: Lexicon) -> bool:
    """The clause is the content of a demand or question ("demanded that X refuse Y"):
    its verb states what is asked of X, not X's position."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head is t:
            return False
        h = t.head
        cue = lex.verbs.get(h.lemma_.lower())
        if cue is not None and cue.kind in ("demand", "propose") and t.dep_ == "ccomp":
            return True
        if h.lemma_.lower() in ("ask", "wonder", "question"):
            return True
        t = h
    return False


def _nearest_subject_of(tok: Token) -> Token | None:
    return child(tok, "nsubj", "nsubjpass")


def _verb_stances(tok: Token, lemma: str, lex: Lexicon) -> list[RawStance]:
    cue = lex.verbs.get(lemma)
    if cue is None:
        return _negated_commitment(tok)
    if _hypothetical(tok, lex):
        return []
    if tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN" and child(tok, "agent") is None
                              and child(tok, "nsubj") is None):
        return []  # "Iranian-backed", "the proposal rejected last week" without agent
    if child(tok, "aux", lemma=lex.demand_modals - {"have", "need"}) is not None:
        return []  # "X must accept Y" is a demand on X (see _modal_stances), not X's stance
    if _embedded_infinitive(tok, lex) or _under_demand(tok, lex):
        return []
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and child(tok, "agent") is not None:
        # "a treaty approved by Obama": the agent's stance on the head noun
        lo, hi = compact_span(tok.head, cut=frozenset({"acl", "relcl", "punct", "appos", "advcl"}))
        return [RawStance(_here(tok), subjects(tok), [tok], (lo, hi), cue.polarity, cue.kind, _strength(tok, cue, lex),
                          [], source="agent")]
    if cue.needs_prep and prep_object(tok, cue.preps) is None and not (
            lemma in ("agree", "charge") and child(tok, "xcomp", "ccomp") is not None):
        return []
    tgt = _verb_target(tok, cue)
    if tgt is None:
        return []
    (lo, hi), obj, is_action = tgt
    if obj.lower_ in _REFLEXIVE:
        return []  # "defended himself": no proposition to hold
    if (cue.kind == "refuse" or lemma == "agree") and obj.dep_ == "xcomp" and obj.lemma_.lower() in _SELF_ACTIONS:
        return []
    pol = cue.polarity * (-1 if is_negated(tok) else 1)
    holders = _holders(tok)
    if not holders:
        return []
    partners: list[Token] = []
    if cue.kind in ("evaluative", "accuse"):
        if obj.dep_ in ("dobj", "pobj") or obj.pos_ in ("NOUN", "PROPN"):
            partners.append(obj)
        # "blamed the attack on X" / "blamed X for the attack"
        po = prep_object(tok, ("on",)) if cue.kind == "accuse" else None
        if po is not None:
            partners.append(po[1])
    if cue.kind == "accuse" and lemma == "blame":
        po = prep_object(tok, ("for",))
        if po is not None:
            lo, hi = compact_span(po[1])
        elif tok.dep_ == "relcl" and obj.lower_ in ("which", "that"):
            lo, hi = compact_span(tok.head, cut=frozenset({"relcl", "punct", "appos", "acl"}))
    gerund = obj.dep_ == "xcomp" and obj.tag_ == "VB"
    skip: frozenset[int] = frozenset()
    if obj.dep_ == "xcomp":
        neg = next((c for c in obj.children if c.dep_ == "neg"), None)
        if neg is not None:  # "vowed not to give up X": -1 on giving up X
            pol = -pol
            skip = frozenset({neg.i})
    if cue.kind == "accuse" and obj.dep_ == "dobj":
        skip = frozenset(c.i for c in [*tok.children, *obj.children]
                         if c.dep_ == "prep" and c.lower_ in ("of", "with") and c.i > obj.i)
    elif cue.kind == "evaluative" and obj.dep_ == "dobj" and obj.pos_ == "PROPN":
        # "criticised Stockholm for allowing X" -> "Stockholm allowing X"
        why = next((c for c in [*tok.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "for"
                    and obj.i < c.i <= hi), None)
        pc = child(why, "pcomp") if why is not None else None
        if why is not None and pc is not None:
            hi = max(hi, compact_span(pc)[1])
            skip = frozenset({why.i})
    if obj.dep_ == "ccomp":
        if cue.kind == "accuse" or (cue.polarity < 0 and cue.kind == "evaluative"):
            # "X abused Y, a rights group charged": the accused is the clause subject
            subj = child(obj, "nsubj", "nsubjpass")
            if subj is not None:
                partners.append(subj)
        skip = skip | frozenset(c.i for c in obj.children if c.dep_ == "mark" and c.lower_ == "that")
    return [RawStance(_here(tok), holders, [tok], (lo, hi), pol, cue.kind, _strength(tok, cue, lex),
                      partners, gerund=gerund, skip=skip)]


def _negated_commitment(tok: Token) -> list[RawStance]:
    """"X will not lift the ban" / "X won't accept": -1 on doing it (not for "be"/"have")."""
    if tok.lemma_ in ("be", "have", "do", "say", "go") or tok.pos_ != "VERB":
        return []
    neg = child(tok, "neg") or next((c for c in tok.children if c.lower_ == "never" and c.dep_ == "advmod"), None)
    will = child(tok, "aux", lemma=("will", "wo", "shall", "'ll"))
    if will is None and reporting_subject(tok) is not None:
        will = child(tok, "aux", lemma=("would",))  # reported future: "said it would never recognise X"
    if neg is None or will is None or child(tok, "dobj") is None:
        return []
    holders = subjects(tok)
    if not holders:
        return []
    lo, hi = compact_span(tok, cut=frozenset({"nsubj", "nsubjpass", "aux", "neg", "punct", "advcl", "mark",
                                              "relcl", "cc", "conj", "advmod", "npadvmod", "prep"}))
    dobj = child(tok, "dobj")
    if dobj is not None:
        hi = max(hi, compact_span(dobj)[1])
    return [RawStance(_here(tok), holders, [will, neg, tok], (lo, hi), -1, "refuse", 1.0, [], gerund=True,
                      source="negated")]


def _adj_stances(tok: Token, cue: Cue, lex: Lexicon) -> list[RawStance]:
    if tok.dep_ not in ("acomp", "ROOT", "ccomp", "conj", "xcomp", "attr", "advcl"):
        return []
    verb = tok.head if tok.dep_ == "acomp" else tok
    if _hypothetical(verb, lex) or child(verb, "aux", lemma=("must", "should")) is not None or _under_demand(verb, lex):
        return []
    pol = cue.polarity * (-1 if is_negated(verb) or is_negated(tok) else 1)
    if tok.lemma_.lower() in _DEMAND_ADJ_SUBJ:
        subj = child(verb, "nsubj", "csubj")
        if subj is None or subj.lower_ == "it":
            comp = child(tok, "xcomp", "ccomp") or child(verb, "ccomp", "xcomp")
            if comp is None:
                return []
            lo, hi = compact_span(comp, keep_first=False)
        else:
            lo, hi = compact_span(subj)
        reporter = reporting_subject(verb)
        return [RawStance(_here(tok), [reporter] if reporter is not None else [], [tok], (lo, hi), pol, cue.kind,
                          _strength(tok, cue, lex), holder_is_speaker=reporter is None, source="adj-subject")]
    po = prep_object(tok, cue.preps) if cue.preps else None
    comp = child(tok, "xcomp", "ccomp")
    if po is not None:
        lo, hi = compact_span(po[1])
        obj = po[1]
    elif comp is not None:
        lo, hi = compact_span(comp, keep_first=False)
        obj = comp
    else:
        return []
    holders = subjects(verb)
    if not holders:
        return []
    partners = [obj] if cue.kind == "evaluative" else []
    return [RawStance(_here(tok), holders, [tok], (lo, hi), pol, cue.kind, _strength(tok, cue, lex), partners,
                      gerund=comp is not None and po is None)]


def _noun_stances(tok: Token, cue: Cue, lex: Lexicon) -> list[RawStance]:
    """Position nouns: "expressed support for Y", "its opposition to Y", "his condemnation of Y"."""
    po = prep_object(tok, cue.preps) if cue.preps else None
    content = None
    if po is not None:
        content = compact_span(po[1])
    else:
        content = _noun_content(tok)
    if content is None:
        return []
    head = tok.head
    holders: list[Token] = []
    if tok.dep_ in ("dobj", "pobj", "attr") and head.lemma_.lower() in _LIGHT_VERBS | {"have", "reiterate"}:
        holders = subjects(head)
    elif tok.dep_ in ("dobj",) and head.pos_ == "VERB" and head.lemma_.lower() not in ("reject", "accept", "welcome"):
        holders = subjects(head) if head.lemma_.lower() in _LIGHT_VERBS else []
    if not holders:
        return []  # an authored noun is handled by _author_stances
    if _hypothetical(head, lex):
        return []
    pol = cue.polarity * (-1 if is_negated(head) else 1)
    partners = [po[1]] if po is not None and cue.kind == "evaluative" else []
    return [RawStance(_here(tok), holders, [head, tok], content, pol, cue.kind, _strength(head, cue, lex),
                      partners, source="noun")]


def _author_stances(tok: Token, polarity: int, lex: Lexicon | None = None) -> list[RawStance]:
    """"Erdogan's call for a truce": the author of a speech-act noun supports its content.

    Not for a position noun carried by a light verb ("Michel reaffirmed the EU's support for
    Ireland"): the subject of the light verb is the holder there."""
    if lex is not None and tok.lemma_.lower() in lex.nouns and tok.dep_ in ("dobj", "pobj") and \
            (tok.head.lemma_.lower() in _LIGHT_VERBS or tok.head.head.lemma_.lower() in _LIGHT_VERBS):
        return []
    authors = [a for a in authors_of(tok) if a.lower_ not in ("its", "their", "his", "her", "our", "my")
               or tok.dep_ not in ("dobj",) or tok.head.lemma_.lower() not in _LIGHT_VERBS]
    if not authors:
        return []
    content = _noun_content(tok)
    if content is None:
        return []
    return [RawStance(_here(tok), authors, [tok], content, polarity, "propose", 0.9, [], gerund=True,
                      source="author")]


def _phrase_stances(sent: Span, lex: Lexicon) -> list[RawStance]:
    out: list[RawStance] = []
    lemmas = [t.lemma_.lower() for t in sent]
    for words, cue in lex.phrases.items():
        n = len(words)
        for i in range(len(lemmas) - n + 1):
            if tuple(lemmas[i:i + n]) != words:
                continue
            toks = [sent[i + k] for k in range(n)]
            last = toks[-1]
            if words == ("out", "of", "the", "question"):
                verb = toks[0].head
                subj = child(verb, "nsubj", "csubj")
                if subj is None:
                    continue
                lo, hi = compact_span(subj)
                rep = reporting_subject(verb)
                out.append(RawStance(sent, [rep] if rep is not None else [], toks, (lo, hi), cue.polarity,
                                     cue.kind, 1.0, holder_is_speaker=rep is None, source="phrase"))
                continue
            if words[0] in ("in",):  # "in favour of Y"
                obj = child(toks[-1], "pobj") or next((c for c in toks[1].children if c.dep_ == "prep"), None)
                if obj is not None and obj.dep_ == "prep":
                    obj = child(obj, "pobj", "pcomp")
                verb = toks[0].head
            else:  # verb + particle/prep: "rule out Y", "warn against Y"
                verb = toks[0]
                obj = child(last, "pobj", "pcomp") or child(verb, "dobj")
            if obj is None or verb.lemma_.lower() in lex.verbs and words[0] == "warn":
                continue
            holders = subjects(verb)
            if not holders or _hypothetical(verb, lex):
                continue
            pol = cue.polarity * (-1 if is_negated(verb) else 1)
            out.append(RawStance(sent, holders, toks, compact_span(obj), pol, cue.kind, _strength(verb, cue, lex),
                                 [obj] if cue.kind == "evaluative" else [], source="phrase"))
    return out


def _modal_stances(sent: Span, lex: Lexicon) -> list[RawStance]:
    """"X said Z must/should/needs to Y": X +1 on "Z doing Y" (a demand of the reporter)."""
    out: list[RawStance] = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        modal = child(tok, "aux", lemma=("must", "should"))
        need = tok.lemma_ == "need" and child(tok, "xcomp") is not None
        if modal is None and not need:
            continue
        action = child(tok, "xcomp") if need else tok
        if action is None:
            continue
        subj = child(tok, "nsubj", "nsubjpass") or _left_noun(modal or tok)
        holder: Token | None = None
        if tok.dep_ in ("ccomp", "conj") or tok.dep_ == "advcl":
            holder = reporting_subject(tok)
            if holder is None and tok.head.lemma_.lower() in ("reaffirm", "insist", "stress", "declare"):
                hs = subjects(tok.head)
                holder = hs[0] if hs else None
        elif tok.dep_ == "acl" and tok.head.lemma_.lower() in _SPEECH_NOUN_OF_DEMAND | {"demand", "call"}:
            hs = subjects(tok.head.head)
            holder = hs[0] if hs else None
        lo, hi = compact_span(action, cut=frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "punct", "mark",
                                                     "advcl", "relcl", "cc", "conj", "neg"}))
        pol = -1 if is_negated(tok) else 1
        if subj is not None and subj.lower_ in ("which", "that", "who"):
            # "an investigation, which she says should take place": the antecedent
            rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            subj = rel.head if rel is not None else None
        prefix = sent.doc[slice(*compact_span(subj))].text if subj is not None else ""
        if holder is None:
            out.append(RawStance(sent, [], [modal or tok], (lo, hi), pol, "demand", 0.9, [],
                                 target_prefix=prefix, gerund=True, holder_is_speaker=True, source="modal"))
        else:
            out.append(RawStance(sent, [holder, *[c for c in holder.children if c.dep_ == "conj"]],
                                 [modal or tok], (lo, hi), pol, "demand", 0.9, [], target_prefix=prefix,
                                 gerund=True, source="modal"))
    return out


def _left_noun(tok: Token) -> Token | None:
    """The noun phrase just before ``tok`` when the parser lost the subject of a clause."""
    if tok.i == 0 or tok.is_sent_start:
        return None
    t = tok.doc[tok.i - 1]
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    while t.head is not t and t.head.i < tok.i and t.head.pos_ in ("NOUN", "PROPN", "ADP") and t.dep_ != "conj":
        t = t.head
    return t if t.pos_ in ("NOUN", "PROPN") else None


def is_pronoun(tok: Token) -> bool:
    return tok.lower_ in PRONOUNS or tok.pos_ == "PRON"
