"""Recall constructions of the thirteenth fresh round (issue 9, branch stfresh13).

Small helpers used by the stance rules:

- :func:`verb_sign_over_label`: "condemned the reform as a boon for the banks": when the verb
  that carries the "as" label is itself an evaluative cue, its own sign decides the stance; the
  label only says how the holder sees the thing ("welcomed the ruling as a blow to graft" is +1).
- :func:`add_attempt_partners`: "condemned X, calling it a bid by B to stifle dissent" /
  "denounced X as a ploy by B to ...": the label names B as the author of what is judged, so the
  holder aligns with B (README 6.2: the evaluated act is explicitly B's, marked by "by B").
- :func:`plural_before`: "the mayor agreed to meet taxi drivers about their call for a
  fare rise": a possessive "their" after a plural noun of the same clause belongs to that plural, not to
  a singular subject that reports the sentence.
- :func:`authoring_body`: "brushed aside claims by a parliamentary audit panel": a body noun
  that authors the evaluated statement through "by" / "from" is the alignment's partner (the
  actor the holder lookup finds for it), as a named author is.
- :func:`repair_absolute_pair`: "with A voting for the text and B against it": the parser reads B
  as a conjunct of "the cuts" and B's participle as an adverbial of A's; B becomes the subject of
  its own participle, which becomes the conjunct of A's (for the stance stage only).
- :func:`bare_proposal_summary`: "X offered to halve the levy, a proposal Y rejected" / "...,
  a compromise Z criticised": a proposal noun set off by a comma with no content of its own sums
  up the clause before it, as "a move" does ("a plan to cut X" has its own content and does not).
  :func:`repair_summary_read_as_object`: the parser may read such a noun as a second object of
  the verb before it ("offered to halve the levy, a proposal ..."); it becomes an adverbial noun.
- :func:`risk_judgements`: '"Draining the marsh would put rare birds at risk," Z said' and '"Doing X would
  send the wrong signal," Z said': the reporter's -1 on the act or plan, as for other statements
  of effect (:mod:`.effects`): a gerund clause or a plan as subject, a prediction, reported.
- :func:`repair_pressed_infinitive`: "called on X to press Y to stop Z": the parser hangs "to stop
  Z" on "press" as an adverbial clause, which targets leave out; it becomes the complement of the
  verb of persuasion, so the demand reads "X pressing Y to stop Z".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..common.guard import set_heads
from .effects import _predicted, _thing, _valued
from .frames import view_holder
from .lexicon import Lexicon
from .raw import RawStance, here, hypothetical
from .syntax import PRONOUNS, child, compact_span, is_negated, reporting_subject

__all__ = ["ATTEMPT_NOUNS", "BODY_AUTHORS", "PROPOSAL_SUMMARIES", "add_attempt_partners", "attempt_author", "authoring_body", "bare_proposal_summary", "repair_pressed_infinitive", "repair_summary_read_as_object", "risk_judgements", "plural_before", "repair_absolute_pair", "verb_sign_over_label"]

#: nouns that read what is judged as someone's scheme ("an attempt by B to ...", "a ploy by B")
ATTEMPT_NOUNS = frozenset("""attempt bid effort ploy manoeuvre maneuver plot scheme tactic ruse trick
    move campaign""".split())
#: proposal nouns that may sum up the clause before them when they carry no content of their own
PROPOSAL_SUMMARIES = frozenset({"proposal", "offer", "plan", "concession", "compromise", "suggestion"})
#: verbs whose clause a proposal noun may sum up ("offered to halve X, a proposal ...")
_PROPOSING = frozenset("""offer propose suggest agree accept support back endorse concede plan unveil float table
    present submit urge""".split())
#: dependents that leave a proposal noun bare (", a proposal [that] Y rejected", ", a generous offer")
_BARE_DEPS = frozenset({"det", "amod", "relcl", "punct", "advmod"})
#: common nouns of bodies that author statements, reports and decisions
BODY_AUTHORS = frozenset("""committee commission panel council board inquiry watchdog tribunal agency
    regulator ombudsman caucus delegation""".split())
_NAMING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub", "characterise", "characterize"})


def verb_sign_over_label(verb: Token, pol: int, lex: Lexicon) -> int:
    """The stance sign of "VERB Y as LABEL": the verb's when it is an evaluative cue, else ``pol``.

    ``pol`` is the sign read from the label (already turned by a negation of the verb). A negated
    cue verb keeps the label's reading ("did not dismiss Y as ...": no claim made here)."""
    cue = lex.verbs.get(verb.lemma_.lower())
    if cue is None or cue.kind != "evaluative" or any(c.dep_ == "neg" for c in verb.children):
        return pol
    return cue.polarity


def _attempt_by(noun: Token | None) -> Token | None:
    """The label noun of "an attempt by B (to ...)" when it names B with "by" (else None)."""
    if noun is None or noun.lemma_.lower() not in ATTEMPT_NOUNS or noun.pos_ != "NOUN":
        return None
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    agent = child(by, "pobj") if by is not None else None
    if agent is None or agent.pos_ not in ("PROPN", "NOUN") or agent.lower_ in PRONOUNS:
        return None
    return noun


def _label_of(verb: Token) -> Token | None:
    """The scheme noun that labels the object of an evaluative verb: "denounced X as an attempt
    by B" (an "as" phrase of the verb), or "condemned X, calling it an attempt by B" (a naming
    participle on the verb whose object is a pronoun)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            found = _attempt_by(child(c, "pobj"))
            if found is not None:
                return found
    for c in verb.children:
        if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in _NAMING_VERBS and c.i > verb.i:
            obj = child(c, "dobj")
            if obj is None or obj.lower_ not in ("it", "this", "them"):
                continue
            named = child(c, "oprd", "attr", "xcomp")
            if named is None:
                as_ = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "as"), None)
                named = child(as_, "pobj") if as_ is not None else None
            found = _attempt_by(named)
            if found is not None:
                return found
    return None


def add_attempt_partners(out: list[RawStance]) -> list[RawStance]:
    """Give evaluative verb stances whose object is labelled "an attempt by B" the label noun as
    a partner (the alignment stage finds B as its author)."""
    for r in out:
        if r.kind != "evaluative" or r.source not in ("verb", "label") or not r.cue:
            continue
        verb = r.cue[0]
        if verb.pos_ != "VERB":
            continue
        noun = _label_of(verb)
        if noun is not None and all(p.i != noun.i for p in r.partners):
            r.partners = [*r.partners, noun]
    return out


#: plural nouns of people or their organisations that a "their" after them may continue
_PEOPLE_PLURALS = frozenset("""group union federation association party movement organisation organization
    farmer worker protester activist resident student grower fisherman miner trader rebel militia community
    teacher doctor nurse driver trucker herder villager family employer""".split())


def plural_before(tok: Token) -> Token | None:
    """The plural noun a possessive "their" continues: the nearest plural noun of people or
    their organisations (:data:`_PEOPLE_PLURALS`) before it in its sentence that is no subject,
    when every subject before it is singular (no plural tag, no conjunct) and "their" is not
    "their own" (which may go back to a collective subject). Else None."""
    if tok.lower_ != "their" or tok.dep_ != "poss" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "own"):
        return None
    if not any(c.dep_ in ("prep", "acl") and (c.lower_ in ("for", "to", "that") or c.tag_ == "VB")
               for c in tok.head.children):
        return None  # (only "their call for X", "their demand to Y": a position with its content given)
    doc = tok.doc
    j = tok.i
    while j > 0 and not doc[j].is_sent_start:
        j -= 1
    before = doc[j:tok.i]
    subjects_before = [t for t in before if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects_before or any(t.tag_ in ("NNS", "NNPS") or t.lower_ in PRONOUNS
                                  or any(c.dep_ == "conj" for c in t.children) for t in subjects_before):
        return None
    for t in reversed(before):
        if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.dep_ in ("pobj", "dobj", "conj") and t.head.i != tok.head.i:
            return t if t.lemma_.lower() in _PEOPLE_PLURALS else None
    return None


def authoring_body(tok: Token) -> bool:
    """Whether ``tok`` is a body noun named as an author by "by" / "from" ("claims by a parliamentary
    audit panel", "a request from the regional water board")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in BODY_AUTHORS and tok.dep_ == "pobj" \
        and tok.head.lower_ in ("by", "from") and tok.head.head.pos_ == "NOUN"


def repair_absolute_pair(doc: Doc, _lex: object = None) -> int:
    """"with A voting for the text and B against it": the first participle's common-noun object
    has a proper-name conjunct right before a second participle hung on the first with no subject
    of its own. The name (with its own conjuncts) becomes that participle's subject, the
    participle the first one's conjunct. Returns how many were repaired."""
    fixed = 0
    for v2 in doc:
        if v2.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v2.children) or v2.i < 3:
            continue
        if v2.dep_ in ("advcl", "conj", "xcomp") and v2.head.tag_ == "VBG":
            v1 = v2.head  # (the second participle hung on the first)
        elif v2.dep_ == "acl" and v2.head.dep_ == "dobj" and v2.head.head.tag_ == "VBG":
            v1 = v2.head.head  # (or on the first one's object)
        else:
            continue
        obj = child(v1, "dobj")
        if obj is None or obj.pos_ != "NOUN" or not obj.i < v2.i or not any(
                c.dep_ == "nsubj" for c in v1.children):
            continue
        name = next((c for c in obj.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < v2.i), None)
        if name is None or name.right_edge.i != v2.i - 1:
            continue
        cc = next((c for c in obj.children if c.dep_ == "cc" and c.i == name.i - 1), None)
        changes: list[tuple[Token, Token, str | None]] = [(name, v2, "nsubj"), (v2, v1, "conj")]
        if cc is not None:
            changes.append((cc, v1, "cc"))
        if set_heads(changes):
            fixed += 1
    return fixed


def bare_proposal_summary(noun: Token) -> bool:
    """Whether ``noun`` is a proposal noun with no content, author or name of its own
    (determiners, adjectives and a relative clause only): ", a proposal the senate rejected"."""
    if not (noun.lemma_.lower() in PROPOSAL_SUMMARIES and noun.pos_ == "NOUN"
            and all(c.dep_ in _BARE_DEPS for c in noun.children) and any(c.dep_ == "relcl" for c in noun.children)):
        return False
    act = noun.head  # (only a clause that proposes or takes up a proposal: "met X, a proposal ..." is none)
    if act.lemma_.lower() in ("say", "tell", "announce") and (said := child(act, "ccomp")) is not None:
        act = said
    return act.lemma_.lower() in _PROPOSING


def repair_summary_read_as_object(doc: Doc, _lex: object = None) -> int:
    """"X offered to halve the levy, a proposal Y rejected": a bare proposal noun after a comma
    read as the object of a verb that already has its complement before the comma; the noun
    becomes an adverbial noun of that verb (as the parser reads ", a move ..."). Returns how many."""
    fixed = 0
    for n in doc:
        if n.dep_ != "dobj" or not bare_proposal_summary(n) or n.i < 3:
            continue
        start = n.left_edge.i
        if doc[start - 1].text != ",":
            continue
        verb = n.head
        if any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.i < n.i and c.i != n.i for c in verb.children):
            n.dep_ = "npadvmod"
            fixed += 1
    return fixed


#: "put / place X at risk (in danger, in jeopardy)"
_RISK_ENDS = frozenset({"risk", "danger", "jeopardy", "peril"})
#: "send the wrong (a dangerous, a mixed) signal / message"
_SIGNALS = frozenset({"signal", "message"})
#: things at risk that the valued nouns of :mod:`.effects` do not list
_AT_RISK = frozenset({"convoy", "convoys", "aid", "civilian", "civilians", "refugee", "refugees", "gain", "gains"})
_BAD_SIGNALS = frozenset({"wrong", "bad", "dangerous", "terrible", "mixed", "worrying", "troubling"})


def _risk_idiom(verb: Token) -> bool:
    low = verb.lemma_.lower()
    if low in ("put", "place"):
        at_risk = child(verb, "dobj")  # (what is put at risk must be valued: lives, jobs, stocks, peace ...)
        if at_risk is None or not (_valued(at_risk) or at_risk.lemma_.lower() in _AT_RISK):
            return False
        return any(p.dep_ == "prep" and p.lower_ in ("at", "in", "into") and (o := child(p, "pobj")) is not None
                   and o.lemma_.lower() in _RISK_ENDS for p in verb.children)
    if low == "send":
        obj = child(verb, "dobj")
        return obj is not None and obj.lemma_.lower() in _SIGNALS and any(
            c.dep_ == "amod" and c.lower_ in _BAD_SIGNALS for c in obj.children)
    return False


def risk_judgements(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"Y would put Z at risk" / "Y would send the wrong signal", reported: the reporter's -1 on Y
    (a gerund clause or a plan, rule or act; never a person, a group or a state)."""
    if verb.pos_ != "VERB" or not _risk_idiom(verb) or hypothetical(verb, lex) or is_negated(verb) \
            or not _predicted(verb):
        return []
    subj = child(verb, "csubj") or child(verb, "nsubj")  # (a dateline may be read as a second subject)
    if subj is None:
        return []
    gerund = subj.dep_ == "csubj" and subj.tag_ == "VBG"
    if not gerund and not _thing(subj, lex):
        return []
    say = verb.head if verb.dep_ == "ccomp" else None
    if say is not None and say.tag_ == "VBG" and say.dep_ in ("advcl", "xcomp", "conj", "acl"):
        return []  # ("rejected Y, saying it would put Z at risk": a reason given, README section 2)
    reporter = reporting_subject(verb) or view_holder(verb)
    if reporter is None or reporter.i == subj.i:
        return []
    lo, hi = compact_span(subj)
    return [RawStance(here(verb), [reporter], [verb], (lo, hi), -1, "evaluative", 0.9,
                      [] if gerund else [subj], source="predicate-label")]


#: verbs that press another to act: "press / urge / persuade Y to do Z"
_PERSUADE = frozenset({"press", "pressure", "pressurise", "pressurize", "push", "urge", "persuade", "convince",
                       "encourage", "lobby", "ask", "tell", "force", "compel", "get"})


def repair_pressed_infinitive(doc: Doc, _lex: object = None) -> int:
    """"to press Hungary to end its veto": an infinitive right after the object of a verb of
    persuasion, read as an adverbial clause, becomes that verb's complement (xcomp). Returns how
    many were repaired."""
    fixed = 0
    for v in doc:
        if v.dep_ != "advcl" or v.tag_ != "VB" or v.head.lemma_.lower() not in _PERSUADE:
            continue
        obj = child(v.head, "dobj")
        to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if obj is None or to is None or obj.right_edge.i != to.i - 1 or obj.i < v.head.i:
            continue
        v.dep_ = "xcomp"
        fixed += 1
    return fixed


def attempt_author(tok: Token) -> bool:
    """Whether ``tok`` is the "by B" of a scheme noun ("an attempt by B to ...")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in ATTEMPT_NOUNS
