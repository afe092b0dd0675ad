"""The raw stance record of the rules (spaCy tokens, before actor resolution) and the
small helpers every stance pattern shares: strength, hypotheticality, gerunds."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .lexicon import Cue, Lexicon
from .repair import is_occasion

__all__ = ["RawStance", "here", "gerund", "strength_of", "hypothetical"]


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
        skip = self.skip | _adverbials_inside(self.cue, self.target)
        toks = [t for t in body if t.i not in skip]
        while toks and toks[0].lower_ in ("that", "to") and toks[0].dep_ in ("mark", "aux"):
            toks = toks[1:]
        words = [t.text_with_ws for t in toks]
        if self.gerund and toks and toks[0].tag_ == "VB":
            words[0] = gerund(toks[0].lower_) + toks[0].whitespace_
        txt = "".join(words).strip()
        return f"{self.target_prefix} {txt}".strip() if self.target_prefix else txt

def _adverbials_inside(cue: list[Token], target: tuple[int, int]) -> frozenset[int]:
    """Adverbials of the cue verb that stand inside the target range ("urged Chile on Monday to
    sign X", "would in principle sign X"): they modify the cue, not the target, and are left out
    of the target text. Only when the cue itself stands outside the range."""
    lo, hi = target
    out: set[int] = set()
    for c in cue:
        if lo <= c.i < hi:
            continue
        for a in c.children:
            if not lo < a.i < hi - 1:
                continue
            if a.dep_ in ("advmod", "npadvmod") or (a.dep_ == "prep" and _occasion_prep(a)):
                sub = list(a.subtree)
                if sub[0].i > lo and sub[-1].i < hi - 1:
                    out.update(t.i for t in sub)
    return frozenset(out)


def _occasion_prep(p: Token) -> bool:
    noun = next((c for c in p.children if c.dep_ == "pobj"), None)
    return noun is not None and p.lower_ in ("in", "at", "on", "during", "after", "before") and is_occasion(noun)


# two-syllable verbs stressed on the last syllable double their final consonant
_DOUBLING = frozenset("""expel compel propel repel dispel control patrol admit commit submit permit omit emit
    transmit regret refer prefer transfer confer defer deter occur recur rebel acquit abet embed equip extol
    forbid forget begin quit""".split())


def here(tok: Token) -> Span:
    """A cheap placeholder span; :func:`find_raw_stances` sets the real sentence
    (``Token.sent`` walks the whole Doc, too slow to call per cue)."""
    return tok.doc[tok.i:tok.i]

def gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if verb in _DOUBLING:
        return verb + verb[-1] + "ing"  # expel -> expelling, admit -> admitting
    vowels = "aeiou"
    groups = sum(1 for i, ch in enumerate(verb) if ch in vowels and (i == 0 or verb[i - 1] not in vowels))
    if groups == 1 and len(verb) >= 3 and verb[-1] not in vowels + "wxy" and verb[-2] in vowels \
            and verb[-3] not in vowels:
        return verb + verb[-1] + "ing"  # cut -> cutting, stop -> stopping
    return verb + "ing"

def strength_of(tok: Token, cue: Cue, lex: Lexicon) -> float:
    s = cue.strength
    for t in [*tok.children, *tok.head.children] if tok.dep_ in ("xcomp", "acomp") else tok.children:
        w = t.lower_
        if w in lex.hedges:
            s *= lex.hedges[w]
        elif w in lex.intensifiers:
            s = min(1.0, s + 0.1)
    if tok.dep_ == "xcomp" and tok.head.tag_ == "VBN" and tok.head.lemma_.lower() in ("say", "report", "believe",
                                                                                     "understand", "think"):
        s *= 0.7  # "is said / reported to favour X"
    return round(max(0.1, min(1.0, s)), 2)

#: verbs that refuse what they govern ("would refuse to ratify X unless Y", "would stay out of X unless Y")
_REFUSING = frozenset({"refuse", "decline", "reject", "oppose", "veto", "block", "boycott"})


def _refused(tok: Token) -> bool:
    """Is the verb negated ("would not / never agree to X") or a refusal ("would refuse to ratify X",
    "would stay out of X")? README section 5: a refusal under an "unless" condition is still a
    refusal, with the condition inside its target."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children):
        return True
    low = tok.lemma_.lower()
    if low in _REFUSING or (low == "stay" and any(c.lower_ == "out" for c in tok.children)):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSING


def hypothetical(tok: Token, lex: Lexicon) -> bool:
    """May/might/could on the cue, a conditional ("would support X if ..."), a prediction or
    an unfulfilled one ("is likely to reject", "is expected to approve", "has not yet endorsed"),
    a denied or threatened act ("denied supporting X", "threatened to veto"): not a stance."""
    would = False
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in ("may", "might", "could"):
            if c.lower_ == "could" and any(x.dep_ == "neg" or x.lower_ == "never" for x in tok.children):
                continue  # "could not / could never accept X": a refusal, not a possibility
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless", "until", "before", "once"):
            return True
        if c.dep_ == "aux" and c.lower_ in ("would", "'d"):
            would = True
        if c.dep_ == "advmod" and c.lower_ == "yet":
            return True
    if would and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") and not (
            m.lower_ == "unless" and _refused(tok)) for m in c.children) for c in tok.children):
        return True  # (not "would not agree to X unless Y": a refusal, the condition inside its target)
    if inverted_condition(tok):
        return True  # an inverted condition: "had X backed Y, the plan would have passed"
    if tok.dep_ in ("ccomp", "advcl", "pcomp") and tok.head.lower_ in ("provided", "providing") \
            and tok.head.i < tok.i and tok.head.dep_ in ("prep", "advcl", "mark", "advmod"):
        return True  # the condition of another stance: "would back Y provided (that) Z offered W"
    h = tok.head
    if h.lemma_.lower() == "consider" and tok.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                        for c in tok.children):
        return False  # "X considers that Y is unfair": an opinion, not a plan being weighed
    if set_to_take_position(tok):
        return False
    return tok.dep_ in ("xcomp", "ccomp", "pcomp") and h.i != tok.i and (
        h.lemma_.lower() in _PREDICTIVE or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in h.children))


#: verbs that take a position (not acts on a schedule: "is set to join / impose / host / adopt X")
#: (not "approve / ratify / vote": "is set to approve the budget" forecasts a scheduled vote, README section 2)
_POSITION_VERBS = frozenset({"oppose", "support", "back", "reject", "endorse", "veto", "block", "condemn", "resist",
                             "challenge", "fight", "boycott"})


def set_to_take_position(tok: Token) -> bool:
    """"X is set to oppose / back Y": a position the holder has made known, reported as its next step
    (like "will oppose Y"), not the writer's guess. Only with a verb of position and the plain passive
    "is / are set to" (not "looks / seems set to", a guess: b56; not "is set to join / impose", a
    schedule: b13, none-actions); not negated."""
    h = tok.head
    if tok.dep_ != "xcomp" or h.lemma_.lower() != "set" or tok.lemma_.lower() not in _POSITION_VERBS:
        return False
    if child_of(h, "auxpass") is None or h.dep_ in ("xcomp", "ccomp", "acomp", "oprd") and h.head.lemma_.lower() in (
            "look", "seem", "appear"):
        return False
    return not any(c.dep_ == "neg" for c in (*h.children, *tok.children))


def child_of(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


# a main clause that makes an inverted clause its condition ("..., the plan would have passed")
_CONDITIONAL_MODALS = frozenset({"would", "could", "might", "may", "will", "shall", "'d", "'ll", "wo"})
# words that open a negative or emphatic inversion, which states a fact ("not only had X backed Y, ...",
# "never had X backed Y so firmly", "nor had X backed Y", "so firmly had X backed Y that ...")
_INVERSION_OPENERS = frozenset({"not", "only", "never", "nor", "neither", "so", "sooner", "rarely", "hardly",
                                "seldom", "scarcely", "little", "such"})


def inverted_condition(tok: Token) -> bool:
    """"Had X backed Y, the plan would have passed", "were X to reject it, the deal would fail": a clause
    opened by had/should/were before its subject, hung on a modal or conditional main clause. Not a
    negative or emphatic inversion ("not only had X backed Y, it also ...", "never had X backed Y")."""
    h = tok.head
    if h.lower_ == "were" and h.i < tok.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > h.i for c in h.children):
        tok = h  # "were X to back Y, ...": the condition is the clause of "were"
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("had", "should", "were")), None)
    if aux is None and tok.lower_ == "were" and subj is not None and tok.i < subj.i:
        aux = tok
    if subj is None or aux is None or aux.i > subj.i:
        return False
    if tok.dep_ not in ("advcl", "ccomp") or tok.head.i == tok.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in tok.head.children):
        return False
    # the inversion opens the clause: nothing but punctuation or a conjunction before the auxiliary
    before = [t for t in tok.doc[tok.left_edge.i:aux.i] if not t.is_punct and t.dep_ != "cc"]
    return not before and not any(t.lower_ in _INVERSION_OPENERS
                                  for t in tok.doc[tok.left_edge.i:aux.i])


# heads under which an act is predicted, denied, threatened or not done: nobody's position
_PREDICTIVE = frozenset({"likely", "unlikely", "expect", "set", "poised", "due", "bound", "deny", "threaten",
                         "fail", "consider", "weigh", "mull"})
