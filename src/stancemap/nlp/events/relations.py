"""Structural relations between the actors of a sentence, for events the lexicon does not code.

When a verb has an actor as its subject (or passive agent) and another actor among its
arguments, the sentence states a relation between them even when the verb is not in the
lexicon ("X faulted Y", "X sued Y", "X expressed its dismay at Y's decision"). This module
finds those relations from the parse and describes each one with parse features (the verb,
its particle and object noun, the preposition or path that reaches the target, an infinitive
complement, negation, and the PLOVER types the lexicon gives to any of these words). The
event type is decided by :mod:`stancemap.nlp.events.typemodel`, which may also say "no event".

Target search order (first actor wins): direct and indirect object (with their conjuncts,
possessors and "of/to/against/on/with/by/from/over/for" complements: "condemned Y's decision",
"the expulsion of Y's envoy"), the passive subject when an agent is given ("Y was attacked by
X"), objects of the verb's prepositions (against/on/with/to/at/for/from/over/toward/into; "in"
last: places), the subject of an infinitive or that-clause ("urged Y to ..."), then the
arguments of the verb's infinitive complement ("agreed to send troops to Y").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...ontology.cameo import FORCE_ROOTS
from .args import (
    HOLDER_NOUNS,
    MANNER_NOUNS,
    TRANSFER_VERBS,
    _actor_at,
    actors_of,
    clause_targets,
    is_negated,
    recipients,
    relative_antecedent,
    subject_of,
)
from .comm import mood_owner
from .lexicon import Lexicon
from .match import doc_words, lemma, match_pattern, phrase_keys
from .participants import current, is_participant

__all__ = ["Relation", "relation_targets", "find_relations", "relation_features"]

#: Prepositions under a noun that lead to the party the noun is about.
_NP_PREPS = ("of", "to", "against", "on", "with", "by", "from", "over", "for", "toward", "towards", "at", "into",
             "among", "between")
#: Prepositions of the verb whose objects can be targets, best first.
_VERB_PREPS = ("against", "on", "upon", "with", "to", "at", "for", "from", "over", "toward", "towards", "into",
               "of", "about", "between", "near", "outside", "across", "in", "inside")
#: Verbs that never state a relation by themselves (copulas, auxiliaries, perception, saying).
_NO_RELATION = {"be", "have", "do", "say", "tell", "state", "add", "note", "report", "quote", "cite", "know",
                "think", "believe", "seem", "appear", "become", "remain", "include", "contain", "mean",
                "get", "go", "come", "see", "look", "want", "need", "use", "base", "locate", "name",
                "call", "describe", "identify", "write", "show", "reveal", "ask", "speak", "comment", "explain",
                "accord", "follow", "concern", "regard", "involve", "relate", "compare",
                # causing a reaction is no act on the one who reacts ("the vote prompted X to recall ...")
                "prompt", "spur", "cause", "inspire"}


#: PLOVER 2021 types folded into the relation types (the older YIELD).
_YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


#: Heads of noun phrases that stand for the party of their complement ("a spokesman for X").
_PEOPLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "delegation", "representative", "member", "members",
                 "official", "officials", "envoy", "lawyer", "lawyers", "supporters", "ally", "allies", "team",
                 "head", "chief", "leader", "leaders", "government", "forces", "troops", "army", "police",
                 "minister", "ministry", "office", "aide", "aides", "adviser", "advisers"}


#: Weapons whose user is the party behind them ("missiles fired by X struck ...").
_WEAPONS = {"missile", "rocket", "bomb", "shell", "drone", "warplane", "jet", "airstrike", "strike", "mortar",
            "artillery", "gunfire", "shelling", "bombardment", "raid", "attack", "offensive", "operation"}
#: Verbs whose subject is on the receiving end of what the "from" object does.
_RECEIVE_VERBS = {"receive", "get", "obtain", "win", "secure", "face", "draw", "earn", "accept"}


def _from_objects(verb: Token) -> list[Token]:
    """Objects of "from" on the verb or its object ("received aid from X", "faced criticism from X")."""
    heads = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]
    return [o for h in heads for c in h.children if c.dep_ == "prep" and c.lemma_.lower() == "from"
            for o in c.children if o.dep_ == "pobj"]


def _is_attack(tok: Token, lexicon: Lexicon) -> bool:
    for k in phrase_keys(tok):
        for p in lexicon.nouns.get(k, ()):
            code = p.code or ""
            if code[:2] in FORCE_ROOTS or code[:2] == "17":
                return True
    return False


@dataclass
class Relation:
    """A structural relation: ``verb`` links ``sources`` to ``targets`` through ``path``."""

    verb: Token
    target_token: Token
    path: str
    sources: list[str]
    targets: list[str]


def _np_targets(tok: Token, path: str, out: list[tuple[Token, str]], depth: int = 0) -> None:
    """A noun phrase and, after it, the parties it names: conjuncts, possessors, complements, and
    last the place it is in ("stormed a base in X": the target country is X's)."""
    out.append((tok, path))
    if depth >= 2:
        return
    places: list[tuple[Token, str]] = []
    kids = list(tok.children)  # (made once for the two passes)
    for c in kids:
        if c.dep_ == "conj":
            _np_targets(c, path, out, depth + 1)
    for c in kids:
        if c.dep_ == "poss" and tok.lemma_.lower() not in HOLDER_NOUNS:
            out.append((c, path + ">poss"))
        elif c.dep_ == "prep" and c.lemma_.lower() in _NP_PREPS:
            for o in c.children:
                if o.dep_ == "pobj":
                    _np_targets(o, f"{path}>{c.lemma_.lower()}", out, depth + 1)
        elif c.dep_ == "prep" and c.lemma_.lower() in ("in", "near", "inside") and depth == 0:
            places.extend((o, f"{path}>in") for o in c.children if o.dep_ == "pobj")
        elif c.dep_ in ("acl", "relcl") and depth == 0:
            for x in c.children:  # "a ruling issued by Y", "a plan drafted by Y"
                if x.dep_ == "agent":
                    out.extend((o, path + ">by") for o in x.children if o.dep_ == "pobj")
    out.extend(places)


def relation_targets(verb: Token, *, depth: int = 0) -> list[tuple[Token, str]]:
    """Candidate target tokens of ``verb`` with the path that reaches each, best first."""
    out: list[tuple[Token, str]] = []
    kids = list(verb.children)  # (made once for the passes below)
    has_agent = any(c.dep_ == "agent" for c in kids)
    if lemma(verb) in TRANSFER_VERBS:  # "sent experts into X": the recipient before what is given
        for o in recipients(verb):
            _np_targets(o, "prep:" + o.head.lower_, out)
    for c in kids:
        if c.dep_ in ("dobj", "dative", "attr", "oprd") and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            _np_targets(relative_antecedent(c) or c, "obj", out)  # "X, which Y struck": X
        elif c.dep_ == "nsubjpass" and has_agent:
            _np_targets(relative_antecedent(c) or c, "pass", out)
    preps = [c for c in kids if c.dep_ in ("prep", "dative") and c.lemma_.lower() in _VERB_PREPS]
    preps.sort(key=lambda p: _VERB_PREPS.index(p.lemma_.lower()) if p.lemma_.lower() in _VERB_PREPS else 99)
    for p in preps:
        for o in p.children:
            if o.dep_ == "pobj" and not (p.lower_ == "with" and o.lemma_.lower() in MANNER_NOUNS):
                _np_targets(relative_antecedent(o) or o, "prep:" + p.lemma_.lower(), out)  # (not "with the help
                # of X"; "X, to which Y sent troops": X)
    for c in kids:
        if c.dep_ in ("ccomp", "xcomp", "oprd"):
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    _np_targets(s, "clause-subj", out)
    if depth == 0:
        for c in kids:
            if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and c.tag_ == "VB":
                out.extend((t, "comp>" + p) for t, p in relation_targets(c, depth=1))
    return out


def _subject_actors(doc: Doc, verb: Token, speakers: dict[int, list[str | None]],
                    lexicon: Lexicon | None = None) -> list[str]:
    subj = subject_of(verb)
    if subj is None:
        return []
    if subj.pos_ == "NOUN" and _actor_at(doc, subj.idx, subj.idx + len(subj.text)) is None:  # (kept per Doc)
        # an event or thing as subject ("the League's initiative aimed to ..."): only a party named
        # by its complement counts ("a spokesman for X", "a delegation of X"), or the party behind
        # an attack or a weapon ("X's air strikes hit ...", "missiles fired by X struck ...")
        if subj.lemma_.lower() in _WEAPONS or (lexicon is not None and _is_attack(subj, lexicon)):
            found = [a for a in actors_of(doc, subj) if a]
            for c in subj.children:
                if c.dep_ == "acl":
                    found += [a for x in c.children if x.dep_ == "agent" for o in x.children if o.dep_ == "pobj"
                              for a in actors_of(doc, o) if a]
            return found
        agents = [a for c in subj.children if c.dep_ == "prep" and c.lower_ == "by"
                  for o in c.children if o.dep_ == "pobj" for a in actors_of(doc, o) if a]
        if agents:  # "a ruling by X's top court blocked ...": the act stands for the one who did it
            return agents
        found = [a for c in subj.children if c.dep_ == "prep" and c.lemma_.lower() in ("of", "for", "from")
                 for o in c.children if o.dep_ == "pobj" for a in actors_of(doc, o) if a]
        if found and subj.lemma_.lower() in _PEOPLE_NOUNS:
            return found
        parts = current(doc)  # "police arrested ...": a participant, not a thing ("the League's plan")
        pid = parts.of(subj) if parts is not None else None
        return [pid] if pid else []
    found = [a for a in actors_of(doc, subj, new=True) if a]
    if not found and subj.lower_ in ("he", "she", "it", "they", "we", "i") and subj.i in speakers:
        found = [a for a in speakers[subj.i] if a]
    return found


def find_relations(doc: Doc, sent: Span, lexicon: Lexicon, skip: set[int],
                   speakers: dict[int, list[str | None]] | None = None, *, fallback: bool = False) -> list[Relation]:
    """Relations of a sentence: one per verb whose subject and one argument are different actors.

    ``skip``: token indices already coded by the lexicon (triggers and what they absorb);
    ``speakers``: pronoun subject index -> actors it stands for (the speaker of a statement);
    ``fallback``: when no verb gives one, the main verb's
    subject and the first other actor of its clause (:func:`_clause_relation`).
    """
    speakers = speakers or {}
    out: list[Relation] = []
    words = doc_words(doc)
    lemmas, pos = words.lemma, words.pos
    for i in range(sent.start, sent.end):
        if pos[i] != "VERB" or i in skip:
            continue
        lv = lemmas[i]
        if lv in _NO_RELATION or lv in lexicon.statement_verbs:
            continue
        if words.dep[i] in ("amod", "compound"):
            continue
        v = doc[i]
        pats = lexicon.verbs.get(lv)
        known = match_pattern(v, pats, specific_only=True) if pats else None
        if known is not None and known.skip:
            continue  # a use the lexicon knows is no event ("fought the epidemic")
        sources = _subject_actors(doc, v, speakers, lexicon)
        if lv in _RECEIVE_VERBS:  # "X received support from Y": Y acts on X
            subj = subject_of(v)
            if not sources and subj is not None and subj.pos_ == "NOUN":  # "X's campaign / the X-led
                sources = [a for a in actors_of(doc, subj) if a]  # intervention received support from Y": X
            giver = _from_objects(v)
            givers = [a for o in giver for a in actors_of(doc, o) if a and a not in sources]
            if givers and sources:
                out.append(Relation(v, giver[0], "from", givers, sources))
            continue
        if not sources and subject_of(v) is None:  # "X's refusal to engage with Y": X (comm.py)
            sources = [a for a in mood_owner(doc, v) if a]
        if not sources:
            continue
        cands = relation_targets(v)
        named = any(not is_participant(doc, a) for a in sources)
        for new in ((False, True) if named else (False,)):  # named actors first, then participants
            rel = None
            for tok, path in cands:
                if tok.i in skip and path == "obj":
                    break
                targets = [a for a in actors_of(doc, tok, new=new) if a and a not in sources]
                if targets:
                    rel = Relation(v, tok, path, sources, targets)
                    break
            if rel is not None:
                out.append(rel)
                break
    if not out and fallback:
        rel = _clause_relation(doc, sent, lexicon, skip, speakers)
        if rel is not None:
            out.append(rel)
    return out


def _clause_relation(doc: Doc, sent: Span, lexicon: Lexicon, skip: set[int],
                     speakers: dict[int, list[str | None]]) -> Relation | None:
    """The last resort of a sentence with no event: the main verb's subject and the first other
    named actor of its clause (path "clause"), for the type model to type or call no event."""
    v = sent.root
    if v.pos_ != "VERB" or v.i in skip or lemma(v) in _NO_RELATION or lemma(v) in lexicon.statement_verbs:
        return None
    mentions = doc._.sm_mentions or []
    k = bisect_left(mentions, (sent.start_char, -1, ""))
    named: set[str] = set()
    while k < len(mentions) and mentions[k][0] < sent.end_char and len(named) < 2:
        named.add(mentions[k][2])
        k += 1
    if len(named) < 2:
        return None  # fewer than two named actors in the sentence: nothing to relate
    pats = lexicon.verbs.get(lemma(v))
    known = match_pattern(v, pats, specific_only=True) if pats else None
    if known is not None and known.skip:
        return None  # a use the lexicon knows is no event ("fought the epidemic in X")
    sources = _subject_actors(doc, v, speakers, lexicon)
    if not sources:
        return None
    for tok in clause_targets(v, lexicon.statement_verbs):
        targets = [a for a in actors_of(doc, tok) if a and a not in sources]
        if targets:
            return Relation(v, tok, "clause", sources, targets[:1])
    return None


def _lex_types(lexicon: Lexicon, key: str, table: dict[str, tuple[object, ...]]) -> set[str]:
    from ...ontology import plover_type

    out: set[str] = set()
    for p in table.get(key, ()):  # every pattern of the word, matched or not: a hint only
        code = getattr(p, "code", None) or (lexicon.families.get(getattr(p, "frame", "") or "") or None)
        if code:
            t = plover_type(code)
            if t:
                out.add(_YIELD.get(t, t))
    return out


def relation_features(rel: Relation, lexicon: Lexicon) -> list[str]:
    """Sparse features of a relation for the type model (strings)."""
    v = rel.verb
    lv = lemma(v)
    feats = [f"v={lv}", f"path={rel.path.split('>')[0]}", f"v+path={lv}|{rel.path.split('>')[0]}"]
    prt = next((c.lemma_.lower() for c in v.children if c.dep_ == "prt"), None)
    if prt:
        feats.append(f"v+prt={lv}_{prt}")
    obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "attr")), None)
    hints: set[str] = _lex_types(lexicon, lv, lexicon.verbs)  # type: ignore[arg-type]
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        lo = lemma(obj)
        feats += [f"obj={lo}", f"v+obj={lv}_{lo}"]
        key = next((k for k in phrase_keys(obj) if k in lexicon.nouns), lo)  # "air strike" before "strike"
        noun_hints = _lex_types(lexicon, key, lexicon.nouns)  # type: ignore[arg-type]
        feats += [f"lexobj={t}" for t in sorted(noun_hints)]
        if lv in lexicon.light_verbs:
            hints |= noun_hints
    for c in v.children:
        if c.dep_ == "prep":
            feats.append(f"prep={c.lemma_.lower()}")
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB":
            lc = lemma(c)
            feats += [f"comp={lc}"] + [f"lexcomp={t}" for t in sorted(
                _lex_types(lexicon, lc, lexicon.verbs))]  # type: ignore[arg-type]
    if "path" in rel.path and ">" in rel.path:
        feats.append(f"via={rel.path.split('>')[-1]}")
    if v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children):
        feats.append("passive")
    if is_negated(v):
        feats.append("neg")
    feats += [f"lex={t}" for t in sorted(hints)]
    if not hints:
        feats.append("lex=NONE")
    return feats


def _reported(v: Token, subj: Token, source: tuple[int, int], inside: object) -> bool:
    """Whether a pronoun subject stands for the speaker who reports the act ("X said it would ...",
    "X warned that they could ..."): the subject of the verb whose complement the act is (the run-time
    pass reads such pronouns as the statement's speaker)."""
    if subj.tag_ != "PRP" or subj.lower_ in ("i", "you", "me"):
        return False
    t = v
    for _ in range(3):
        if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head is t:
            return False
        t = t.head
        s = subject_of(t)
        if s is not None and s.tag_ != "PRP":
            return any(inside(c, source) for c in s.subtree)  # type: ignore[operator]
    return False


def relation_between(sent: Span, source: tuple[int, int], target: tuple[int, int]) -> Relation | None:
    """The structural relation from the characters ``source`` to ``target`` in ``sent``, found
    from the parse alone (no actor stage): the verb whose subject lies in the source span and one
    of whose target candidates lies in the target span. Used to build training examples."""
    def inside(tok: Token | None, span: tuple[int, int]) -> bool:
        return tok is not None and span[0] <= tok.idx < span[1]

    for v in sent:
        if v.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        subj = subject_of(v)
        if lemma(v) in _RECEIVE_VERBS and inside(subj, target):
            for o in _from_objects(v):
                if inside(o, source):
                    return Relation(v, o, "from", [], [])
        if subj is None or not (any(inside(c, source) for c in subj.subtree) or _reported(v, subj, source, inside)):
            continue  # the source is the subject or inside it ("X's missiles struck ..."), or speaks for it
        for tok, path in relation_targets(v):
            if inside(tok, target):
                return Relation(v, tok, path, [], [])
    return None
