"""Match the event lexicon against a dependency parse: which tokens trigger which CAMEO code.

Functions here look at one trigger token at a time (a verb, a light verb with its event noun,
a predicate adjective) and return a :class:`Trigger`: the pattern that matched, the CAMEO code
(for framing verbs, chosen by the topic of the complement), and the tokens the trigger
absorbs (its complement, whose own verbs are then not coded separately).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .event_lexicon import Lexicon, Pattern, Topic

__all__ = ["Trigger", "match_token", "phrase_keys", "direct_object", "complement_tokens", "find_topic"]

#: Dependencies whose subtrees form the complement of a framing verb.
_COMPLEMENT_DEPS = {"dobj", "xcomp", "ccomp", "attr", "acomp", "oprd", "nsubjpass", "dative", "advcl"}
#: Prepositions whose objects belong to a framing verb's complement.
_COMPLEMENT_PREPS = {"for", "on", "upon", "against", "to", "of", "over", "about", "with", "from", "in", "into"}
#: Dependencies of a noun's own complement ("offer to host talks", "call for a ceasefire").
_NOUN_COMPLEMENT_DEPS = {"acl", "prep", "relcl", "compound", "amod"}


@dataclass
class Trigger:
    """A matched event trigger in a sentence."""

    token: Token  # the token whose arguments give source and target (verb, light verb, adjective)
    pattern: Pattern
    code: str
    head: Token  # the lexical head of the event (the verb, or the event noun of a light verb)
    absorbed: set[int] = field(default_factory=set)  # token indices consumed by this trigger
    topic: str | None = None


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def phrase_keys(tok: Token) -> list[str]:
    """Lookup keys of a noun: "compound head" phrases first, then the head lemma.

    "air strikes" -> ["air strike", "strike"]; "state of emergency" -> ["state of emergency", "state"].
    """
    keys = []
    comps = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    if comps:
        keys.append(f"{lemma(comps[-1])} {lemma(tok)}")
    for p in tok.rights:
        if p.dep_ == "prep" and p.i == tok.i + 1:
            objs = [o for o in p.children if o.dep_ == "pobj"]
            if objs and objs[0].i == p.i + 1:
                keys.append(f"{lemma(tok)} {lemma(p)} {lemma(objs[0])}")
    keys.append(lemma(tok))
    return keys


def direct_object(verb: Token) -> Token | None:
    """The direct object of a verb, or its passive subject."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    for c in verb.children:
        if c.dep_ in ("attr", "oprd"):
            return c
    return None


def _preps(verb: Token) -> dict[str, Token]:
    out: dict[str, Token] = {}
    for c in verb.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lemma_.lower() not in out:
            out[c.lemma_.lower()] = c
    return out


def _particle(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "prt":
            return c.lemma_.lower()
    return None


def _pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


def _obj_matches(obj: Token | None, wanted: frozenset[str]) -> bool:
    if obj is None:
        return False
    cands = [obj, *[c for c in obj.children if c.dep_ == "conj"]]
    return any(k in wanted for o in cands for k in phrase_keys(o))


def match_pattern(tok: Token, patterns: tuple[Pattern, ...], *, specific_only: bool = False) -> Pattern | None:
    """The first pattern of ``patterns`` whose particle / preposition / object conditions hold."""
    preps = _preps(tok)
    particle = _particle(tok)
    for p in patterns:
        if specific_only and p.is_default:
            continue
        if p.particle and p.particle != particle:
            continue
        if p.prep and p.prep not in preps:
            continue
        if p.obj:
            obj = _pobj(preps[p.prep]) if p.prep else direct_object(tok)
            if not _obj_matches(obj, p.obj):
                continue
        return p
    return None


def complement_tokens(tok: Token, *, noun: bool = False) -> list[Token]:
    """Tokens of the complement of a framing verb, noun or adjective (subject excluded)."""
    out: list[Token] = []
    for c in tok.children:
        if noun:
            ok = c.dep_ in _NOUN_COMPLEMENT_DEPS
        else:
            ok = c.dep_ in _COMPLEMENT_DEPS or (c.dep_ in ("prep", "agent") and lemma(c) in _COMPLEMENT_PREPS)
            if c.dep_ == "advcl" and not any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
                ok = False  # only purpose / infinitive clauses, not "when ..." clauses
        if ok:
            out.extend(c.subtree)
    return out


def find_topic(tokens: list[Token], lexicon: Lexicon) -> Topic | None:
    """The topic whose cue matches the most lemmas of ``tokens`` (first listed wins ties)."""
    lemmas = {lemma(t) for t in tokens} | {t.lower_ for t in tokens}
    best: Topic | None = None
    best_len = 0
    for topic in lexicon.topics:
        for cue in topic.cues:
            if len(cue) > best_len and all(w in lemmas for w in cue):
                best, best_len = topic, len(cue)
    return best


def _frame_trigger(tok: Token, head: Token, pattern: Pattern, lexicon: Lexicon, *, noun: bool) -> Trigger:
    comp = complement_tokens(head, noun=noun)
    if head is not tok:  # light verb + framing noun: the noun and its complement
        comp = [*comp, *complement_tokens(tok)]
    topic = find_topic(comp, lexicon)
    assert pattern.frame is not None
    code = lexicon.frame_code(pattern.frame, topic)
    return Trigger(tok, pattern, code, head, {t.i for t in comp} | {head.i}, topic.name if topic else None)


def _noun_pattern(noun: Token, lexicon: Lexicon) -> Pattern | None:
    for key in phrase_keys(noun):
        pats = lexicon.nouns.get(key)
        if pats:
            return next((p for p in pats if p.is_default), None)
    return None


def match_token(tok: Token, lexicon: Lexicon) -> Trigger | None:
    """The event trigger at ``tok``, if any (verbs, light verb + event noun, predicate adjectives)."""
    lem = lemma(tok)
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        pats = lexicon.verbs.get(lem, ())
        # 1. verb patterns with explicit conditions ("impose sanctions", "call for")
        p = match_pattern(tok, pats, specific_only=True) if pats else None
        # 2. light verb + event noun ("held talks", "launched an attack")
        if p is None and lem in lexicon.light_verbs:
            obj = direct_object(tok)
            if obj is not None and obj.dep_ != "attr":
                np = _noun_pattern(obj, lexicon)
                if np is not None:
                    if np.frame:
                        return _frame_trigger(tok, obj, np, lexicon, noun=True)
                    assert np.code is not None
                    return Trigger(tok, np, np.code, obj, {obj.i})
        # 3. the verb's default pattern
        if p is None and pats:
            p = next((q for q in pats if q.is_default), None)
        if p is None:
            return None
        if p.frame:
            return _frame_trigger(tok, tok, p, lexicon, noun=False)
        assert p.code is not None
        absorbed = set()
        if p.obj:
            obj = direct_object(tok)
            if obj is not None:
                absorbed.add(obj.i)
        return Trigger(tok, p, p.code, tok, absorbed)
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "amod", "oprd") and lem in lexicon.adjectives:
        p = next((q for q in lexicon.adjectives[lem] if q.is_default), None)
        if p is None or tok.dep_ == "amod":
            return None
        carrier = tok.head if tok.dep_ == "acomp" else tok
        if p.frame:
            trig = _frame_trigger(carrier, tok, p, lexicon, noun=False)
            return trig
        assert p.code is not None
        return Trigger(carrier, p, p.code, tok, {t.i for t in tok.subtree})
    return None
