"""Match the event lexicon against a dependency parse: which tokens trigger which CAMEO code.

Functions here look at one trigger token at a time (a verb, a light verb with its event noun,
a predicate adjective) and return a :class:`Trigger`: the pattern that matched, the CAMEO code
(for framing verbs, chosen by the topic of the complement), and the tokens the trigger
absorbs (its complement, whose own verbs are then not coded separately).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy import parts_of_speech  # type: ignore[attr-defined]
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token

from ...ontology.cameo import FORCE_ROOTS
from ..common.extensions import actor_at
from .args import LETTING_VERBS, hyphen_pair, relative_antecedent
from .evpairs12 import stoppage_by
from .lexicon import Lexicon, Pattern, Topic
from .material import MUTUAL_FORCE_WORDS
from .participants import current
from .tree import tree_of

__all__ = [
    "OWN_RESPONSE",
    "Trigger",
    "warned_clause",
    "match_token",
    "match_modal_frame",
    "noun_pattern",
    "phrase_keys",
    "direct_object",
    "participle_object",
    "complement_tokens",
    "find_topic",
    "purpose_tokens",
]

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
    setting: bool = False  # a meeting named as the setting ("said at a joint press conference")
    stative: bool = False  # an adjectival passive ("X is opposed to ..."): the passive subject acts
    suffered: bool = False  # "X came under attack from Y": the subject is the target, the "from" party acts
    clause: bool = False  # in a participle or relative clause beside a main event: coded only between two
    # named parties it alone connects ("X, accusing Y of ..., ordered ...", "journalists held by X were freed")
    owned: bool = False  # a possessed event noun with its object ("X's support for Y angered Z"): the
    # possessor (or the modifier, or the "by" party) is the doer; without one there is no event
    claimed: bool = False  # "X claimed responsibility for the bombing of Y": X's act, and X's claim (015)


#: Roots of acts a party can be "behind" or "responsible for" (attacks, coercion, assaults).
_BLAMED_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}

#: Lemmatizer slips of the small English model on event verbs ("staged" -> "stag").
_LEMMA_FIXES = {"stag": "stage"}
#: Slips by word form, where the slip is itself a word ("raped" -> "rap", but "rapped" is "rap").
_FORM_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape"}


#: the token attributes :func:`doc_words` reads, in its order
_WORD_ATTRS = [LEMMA, POS, TAG, DEP, LOWER]
#: part-of-speech names by id (as ``Token.pos_``)
_POS_NAMES: dict[int, str] = {int(k): v for k, v in parts_of_speech.NAMES.items()}
#: (lemma id, lower-case form id) -> (spaCy's lemma lower-cased, :func:`lemma`, form), for all Docs
#: (string ids are hashes of the strings, the same in every vocabulary); emptied when it grows large
_DECODED: dict[tuple[int, int], tuple[str, str, str]] = {}
#: tag and dependency labels by id
_LABELS: dict[int, str] = {}
_DECODED_MAX = 200_000


def _decoded(strings: Any, lem_id: int, low_id: int) -> tuple[str, str, str]:
    """(spaCy's lemma lower-cased, :func:`lemma`, lower-case form) of a word, decoded once."""
    key = (lem_id, low_id)
    hit = _DECODED.get(key)
    if hit is None:
        if len(_DECODED) > _DECODED_MAX:
            _DECODED.clear()
        lem = strings[lem_id].lower()
        low = strings[low_id]
        hit = _DECODED[key] = (lem, _FORM_FIXES.get(low) or _LEMMA_FIXES.get(lem, lem), low)
    return hit


#: :data:`_FORM_FIXES` by the id of the word form
_FORM_FIX_IDS: dict[int, str] = {hash_string(k): v for k, v in _FORM_FIXES.items()}
#: lemma id -> spaCy's lemma lower-cased with :data:`_LEMMA_FIXES` (for :func:`lemma`; one int key is
#: looked up faster than the pair of :data:`_DECODED`)
_LEMMAS: dict[int, str] = {}


def lemma(tok: Token) -> str:
    """spaCy's lemma in lower case, with the model's slips on event verbs mended (:data:`_LEMMA_FIXES`)."""
    fixed = _FORM_FIX_IDS.get(tok.lower)
    if fixed is not None:
        return fixed
    lem_id = tok.lemma
    lem = _LEMMAS.get(lem_id)
    if lem is None:
        if len(_LEMMAS) > _DECODED_MAX:
            _LEMMAS.clear()
        low = tok.lemma_.lower()
        lem = _LEMMAS[lem_id] = _LEMMA_FIXES.get(low, low)
    return lem


@dataclass(frozen=True)
class Words:
    """Attributes of every token of a Doc, by token index (see :func:`doc_words`)."""

    lemma: list[str]  # :func:`lemma`
    spacy_lemma: list[str]  # spaCy's lemma in lower case
    pos: list[str]
    tag: list[str]
    dep: list[str]
    lower: list[str]


def doc_words(doc: Doc) -> Words:
    """The lemmas, parts of speech, tags, dependencies and lower-case forms of ``doc``'s tokens,
    made once per Doc while the events stage codes it: the passes over every word of a sentence
    look words up here, and make a Token only for the candidates they keep."""
    parts = current(doc)
    memo = parts.memo if parts is not None else None
    if memo is not None and (hit := memo.get("words")) is not None:
        return hit  # type: ignore[no-any-return]
    # one array read, no Token objects: each distinct string is decoded once (:data:`_DECODED`)
    strings = doc.vocab.strings
    lem_ids, pos_ids, tag_ids, dep_ids, low_ids = doc.to_array(_WORD_ATTRS).T.tolist()
    decoded = [_DECODED.get(key) or _decoded(strings, *key) for key in zip(lem_ids, low_ids)]
    for label_id in {*tag_ids, *dep_ids} - _LABELS.keys():
        _LABELS[label_id] = strings[label_id]
    words = Words([d[1] for d in decoded], [d[0] for d in decoded], list(map(_POS_NAMES.__getitem__, pos_ids)),
                  list(map(_LABELS.__getitem__, tag_ids)), list(map(_LABELS.__getitem__, dep_ids)),
                  [d[2] for d in decoded])
    if memo is not None:
        memo["words"] = words
    return words


def _set_up(tok: Token) -> bool:
    """"set up" founds what its noun names, like the light verbs form, establish and create ("A and B
    set up a joint task force": a joint body); "set" alone is none ("set fire to", "set a record")."""
    return tok.lemma_.lower() == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)


def phrase_keys(tok: Token, *, modifiers: bool = False) -> list[str]:
    """Lookup keys of a noun, most specific first.

    "suicide car bombings" -> ["suicide car bombing", "car bombing", "suicide bombing", "bombing"]: the
    chains that end in the head, then each modifier apart with the head; "state of emergency" ->
    ["state of emergency", "state"]. With ``modifiers``, the lemmas of compound
    modifiers come last ("aid deliveries" -> [..., "delivery", "aid"]).
    """
    keys = []
    doc = tok.doc
    words = doc_words(doc)  # (word indexes and the Doc's word lists: no Token per word looked at)
    lem, tag, dep, low = words.lemma, words.tag, words.dep, words.lower
    heads = tree_of(doc).heads
    head = lem[tok.i]
    chain: list[int] = []
    members = {tok.i}
    cur = tok.i
    while cur - 1 >= 0 and dep[cur - 1] in ("compound", "amod") and heads[cur - 1] in members:
        cur -= 1
        chain.insert(0, cur)
        members.add(cur)
    for k in range(len(chain)):
        keys.append(" ".join([*(lem[c] for c in chain[k:]), head]))
        if any(tag[c] in ("VBN", "VBD") for c in chain[k:]):  # a participle modifier as written, after its
            # lemma: "coordinated patrols" -> "coordinated patrol" (the lemma key is "coordinate patrol")
            keys.append(" ".join([*(low[c] if tag[c] in ("VBN", "VBD") else lem[c] for c in chain[k:]), head]))
    if tok.i >= 2 and low[tok.i - 1] == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_ and heads[tok.i - 2] == tok.i:
        keys.insert(0, f"{low[tok.i - 2]}-{head}")  # a word the parser split at its hyphen ("sit-in")
    p = tok.i + 1  # (of the words right of the noun, only the one after it can be this preposition)
    if p < len(doc) and dep[p] == "prep" and heads[p] == tok.i:
        objs = [o for o in tree_of(doc).children[p] if dep[o] == "pobj"]
        if objs and objs[0] == p + 1:
            keys.insert(0, f"{head} {lem[p]} {lem[objs[0]]}")
    for c in chain[:-1]:  # a modifier apart from the head: "joint counter-terrorism exercise" -> "joint exercise"
        if doc[c].is_alpha:
            for key in (f"{lem[c]} {head}", f"{low[c]} {head}" if tag[c] in ("VBN", "VBD") else ""):
                if key and key not in keys:
                    keys.append(key)
    keys.append(head)
    if modifiers:
        keys.extend(lem[c] for c in chain if dep[c] == "compound")
    return keys


def direct_object(verb: Token) -> Token | None:
    """The direct object of a verb, or its passive subject."""
    tree = tree_of(verb.doc)  # (word indexes: a Token only for the one returned)
    for k in tree.children[verb.i]:
        if tree.deps[k] in ("dobj", "nsubjpass"):
            return verb.doc[k]
    for k in tree.children[verb.i]:
        if tree.deps[k] in ("attr", "oprd"):
            return verb.doc[k]
    return participle_object(verb)


def participle_object(verb: Token) -> Token | None:
    """The object the parser made the subject of a participle clause right after the verb: "will
    not accept any refugees fleeing the war" parsed as "accept [refugees fleeing ...]" (a ccomp
    whose subject is the noun after the verb). None when the verb has no such clause."""
    tree = tree_of(verb.doc)
    for k in tree.children[verb.i]:
        if tree.deps[k] != "ccomp" or k < verb.i:
            continue
        c = verb.doc[k]
        if c.tag_ in ("VBG", "VBN"):
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.left_edge.i <= verb.i + 3 \
                    and not any(x.dep_ in ("aux", "auxpass") for x in c.children):
                return subj
    return None


#: Object heads that pass matching on to their "of" complement ("tons of food aid", "the return
#: of inspectors", "$5 million of aid").
_CONTAINERS = {"ton", "tonne", "dollar", "euro", "pound", "yen", "million", "billion", "kg", "kilogram",
               "shipment", "consignment", "batch", "package", "return", "entry", "deployment", "delivery",
               "arrival", "release", "dispatch", "number", "group", "team", "contingent", "unit", "worth",
               "day", "week", "round", "series", "part", "wave", "patch", "detachment", "convoy", "column",
               # quantifiers of a partitive object ("eased some of its restrictions", "freed all of the
               # hostages", "withdrew most of its troops")
               "some", "most", "all", "many", "several", "any", "each", "both", "half", "much", "few", "rest",
               "remainder", "bulk", "majority", "third", "quarter", "fraction", "portion", "proportion",
               "hundred", "thousand", "dozen", "score", "ten",  # "sent hundreds of police officers"
               # vehicles and loads named by what they carry ("shipped two planeloads of rice to X": evfresh14)
               "truck", "lorry", "truckload", "lorryload", "planeload", "shipload", "boatload", "load", "cargo",
               "crate", "sack", "carton", "container", "tanker"}
#: Verbs saying that an event noun happened ("clashes erupted", "riots continued").
_OCCURRENCE_VERBS = {"erupt", "continue", "break", "spread", "resume", "escalate", "intensify", "rage", "flare",
                     "occur", "begin", "start", "take"}


def _objects(verb: Token) -> list[Token]:
    """Object-like arguments for pattern matching: the object, else an infinitive ("declined to
    comment"), with their conjuncts; a quantity or action noun adds its "of" complement."""
    obj = direct_object(verb)
    if obj is None:
        obj = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp")), None)
    if obj is None:
        return []
    out = [obj, *[c for c in obj.children if c.dep_ == "conj"]]
    out += [c for c in verb.children if c.dep_ == "dobj" and c.i != obj.i]  # "handed X a ten-year sentence"
    out += [c for c in verb.children if c.dep_ == "oprd" and c.i != obj.i]  # "called the vote a sham"
    if obj.dep_ == "xcomp":  # "declined to give details": the infinitive's object too
        out += [c for c in obj.children if c.dep_ == "dobj"]
    if lemma(obj) in _CONTAINERS:
        inner = contents(obj)  # with their conjuncts ("two crates of tents and blankets")
        out.extend(inner + [c for o in inner for c in o.children if c.dep_ == "conj"])
    return out


#: Quantities and changes whose "in" complement is what they measure ("$5 million in aid", "a sharp
#: increase in funding").
_IN_CONTAINERS = {"dollar", "euro", "pound", "yen", "million", "billion", "increase", "rise", "boost", "hike",
                  "surge", "jump"}


def contents(obj: Token) -> list[Token]:
    """The nouns a quantity, container or change noun measures: its "of" complement ("tons of food
    aid", "a round of talks"), or its "in" complement for money and increases ("$5 million in aid",
    "an increase in funding")."""
    preps = ("of", "in") if lemma(obj) in _IN_CONTAINERS else ("of",)
    return [o for p in obj.children if p.dep_ == "prep" and lemma(p) in preps
            for o in p.children if o.dep_ == "pobj"]


#: Adverb particles the parser sometimes makes a preposition without an object when a preposition follows
#: ("pulled out of the talks", "backed out of the deal", "moved back from the border").
_PREP_PARTICLES = {"out", "back", "off", "away", "down", "up"}


def _prep_particle(c: Token) -> bool:
    """A particle parsed as a preposition: no object of its own, only a preposition under it ("out of")."""
    return c.dep_ == "prep" and c.lower_ in _PREP_PARTICLES and not any(
        x.dep_ in ("pobj", "pcomp") for x in c.children) and any(x.dep_ == "prep" for x in c.children)


#: Adjectives of phrasal verbs that the parser makes an adverb right after the verb ("set free X").
_ADJ_PARTICLES = {"free", "loose"}


def _adverb_particle(c: Token) -> bool:
    """A particle parsed as an adverb right after its verb ("pushed back the troops", "walked away from",
    "set free three prisoners")."""
    return c.dep_ == "advmod" and c.i == c.head.i + 1 and (c.lower_ in _PREP_PARTICLES or c.lower_ in _ADJ_PARTICLES)


def _preps(verb: Token) -> dict[str, Token]:
    out: dict[str, Token] = {}
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and "for" not in out:  # "called for X to free Y": "for"
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)  # marks the clause
            if mark is not None:
                out["for"] = mark
        if _prep_particle(c) or _adverb_particle(c):  # "pulled out of X", "walked away from X": "of", "from"
            for x in c.children:  # are the verb's prepositions
                if x.dep_ == "prep" and x.lemma_.lower() not in out:
                    out[x.lemma_.lower()] = x
        elif c.dep_ in ("prep", "agent", "dative") and c.lemma_.lower() not in out:
            out[c.lemma_.lower()] = c
    of = _out_of(verb)
    if of is not None:  # "pulled its fighters out of X": the "of" of the particle "out"
        out.setdefault("of", of)
    return out


def _stranded_prep(verb: Token, prep: str) -> Token | None:
    """A preposition the parser hung on the last verb of the object's relative clause though it is the
    verb's ("sentenced a blogger who had criticised the government to seven years in prison": "to"),
    when it comes after that clause's own object. Patterns that name the preposition's objects only
    take it (:func:`match_pattern`), so "sentenced a man who fled to Spain" stays as it was."""
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        for r in o.children:
            if r.dep_ != "relcl":
                continue
            own = [c for c in r.children if c.dep_ in ("dobj", "attr")]
            for c in r.children:
                if c.dep_ == "prep" and c.lemma_.lower() == prep and own and all(c.i > x.i for x in own):
                    return c
    if prep == "of":  # "stripped [hundreds of citizens of their nationality]": the last "of" the parser hung
        ofs = [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree  # inside the object (evfresh12)
               if t.dep_ == "prep" and t.lower_ == "of" and t.i > o.i]
        if ofs:
            return ofs[-1]
    return None


def _out_of(verb: Token) -> Token | None:
    """The "of" of "out of" that the parser hung under "out" as a preposition ("pulled its fighters
    out of X", "moved troops out of X"): "out" is then the verb's particle."""
    tree = tree_of(verb.doc)  # (word indexes: a Token only for a preposition "out" and its "of")
    for k in tree.children[verb.i]:
        if tree.deps[k] == "prep" and verb.doc[k].lower_ == "out":
            return next((verb.doc[g] for g in tree.children[k] if tree.deps[g] == "prep" and verb.doc[g].lower_ == "of"),
                        None)
    return None


def _particle(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "prt" or _prep_particle(c):
            return c.lemma_.lower()
        if _adverb_particle(c):
            return c.lower_  # "pushed back the troops": the particle parsed as an adverb
    if _out_of(verb) is not None:
        return "out"
    return None


def _pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


def _obj_keys(objs: list[Token]) -> list[str]:
    """The lookup keys of objects for the patterns' object conditions, in order (a relative pronoun's
    are those of the noun it stands for: "the rockets that X fired" fires rockets)."""
    objs = [relative_antecedent(o) or o for o in objs]
    return [k for o in objs for k in [*phrase_keys(o, modifiers=True), o.lower_]]


def is_nominal_participle(tok: Token) -> bool:
    """A participle used as a noun ("evacuated the wounded", "freed the detained"): no event."""
    return tok.tag_ == "VBN" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") and any(
        c.dep_ == "det" and c.i < tok.i for c in tok.children) and not any(
        c.dep_ in ("dobj", "agent", "auxpass", "aux") for c in tok.children)


#: The preposition naming the other party of an event noun, by code root: cooperation "with", support
#: "for", aid "to" (besides "of", "against" and "on", which name it for every noun).
_PARTNER_ROOTS = {"05": ("for",), "06": ("with",), "07": ("to", "for")}


def _object_preps(code: str | None) -> tuple[str, ...]:
    """The prepositions that name the party an event noun of CAMEO ``code`` is done to or with."""
    return ("of", "against", "on") + _PARTNER_ROOTS.get((code or "")[:2], ())


def participle_noun(verb: Token) -> Token | None:
    """The noun an active participle modifies ("troops serving in X"), else None."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


#: Verbs whose object does what their infinitive says, for the patterns' subject conditions (the sense of
#: the act is its doer's): verbs of letting and persuading (the set of ``args`` object control: "allowed the
#: opposition to stage a rally"), and verbs of ordering and forcing, whose object carries the act out
#: ("ordered troops to move against X": an armed move, whoever ordered it). Appeals ("urged / asked the
#: rebels to attack X") are not: the act is only wished for, the appeal is the event, and the pattern's
#: condition reads the appealing party.
OBJECT_CONTROL = LETTING_VERBS | {"order", "command", "instruct", "direct", "force", "compel", "oblige", "coerce"}


#: The key a subject condition lists for a named state, group or organisation as the subject ("Israel",
#: "the Houthis", "Hamas"; no person's name, no outlet, no storm's).
NAMED_PARTY = "<named party>"


def _named_party(tok: Token) -> bool:
    """Whether ``tok`` is a name the actor stage made a state, group or organisation."""
    if tok.pos_ != "PROPN":
        return False
    aid = actor_at(tok.doc, tok.idx, tok.idx + len(tok.text))
    return aid is not None and any(a.id == aid and a.type in ("state", "group", "organisation")
                                   for a in tok.doc._.sm_actors or ())


def _subject(tok: Token) -> Token | None:
    """The subject of ``tok``, inherited from a verb it is coordinated with ("killed ... and wounded"), or
    of the verb whose infinitive complement it is ("the militia vowed to target X"; the object of an
    object-control verb, ``OBJECT_CONTROL``: "ordered troops to move against X")."""
    t = tok
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and (noun := participle_noun(t)) is not None:
            return noun  # an active participle's noun ("troops serving in X")
        if subj is None and t.dep_ == "xcomp" and t.pos_ == "VERB" and t.head.pos_ == "VERB":
            obj = next((c for c in t.head.children if c.dep_ == "dobj"), None) \
                if t.head.lemma_.lower() in OBJECT_CONTROL else None
            if obj is not None:
                return obj
            t = t.head
            continue
        if subj is not None or t.dep_ != "conj":
            return subj
        t = t.head
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The doer of a passive verb: the object of its ``by`` phrase ("were detained by police"), or None."""
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def match_pattern(tok: Token, patterns: tuple[Pattern, ...], *, specific_only: bool = False) -> Pattern | None:
    """The first pattern of ``patterns`` whose particle / preposition / object / subject conditions hold."""
    parts = current(tok.doc)  # while the events stage codes the Doc, kept per verb: the triggers and the
    memo = parts.memo if parts is not None else None  # relations ask for the same verb (the parse does not change)
    if memo is None:
        return _match_pattern(tok, patterns, specific_only=specific_only)
    key = ("pattern", tok.i, id(patterns), specific_only)
    if key in memo:
        hit: Pattern | None = memo[key][1]
        return hit
    found = _match_pattern(tok, patterns, specific_only=specific_only)
    memo[key] = (patterns, found)  # (the patterns kept with the answer: their id stays theirs)
    return found


#: :func:`_match_pattern`'s particle before it is read
_UNREAD = "\x00unread"


def _match_pattern(tok: Token, patterns: tuple[Pattern, ...], *, specific_only: bool = False) -> Pattern | None:
    # the verb's prepositions and particle, read at the first pattern that names one (evspeed5: most
    # patterns name neither, and a verb with default patterns only asks for neither)
    preps: dict[str, Token] = {}
    preps_read = False
    particle: str | None = _UNREAD
    # the keys of the objects (by preposition, "" for the verb's own) and of the subject, found
    # once for all the patterns that ask for them
    obj_keys: dict[str, list[str]] = {}
    subj_keys: list[str] | None = None
    for p in patterns:
        if specific_only and p.is_default:
            continue
        if p.particle:
            if particle is _UNREAD:
                particle = _particle(tok)
            if p.particle != particle:
                continue
        if p.prep and not preps_read:
            preps, preps_read = _preps(tok), True
        if p.prep and p.prep not in preps:
            if not p.obj or (stranded := _stranded_prep(tok, p.prep)) is None:
                continue
            preps = {**preps, p.prep: stranded}  # (only a listed object lets it count)
        if p.noclause and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            continue
        if p.obj:
            keys = obj_keys.get(p.prep or "")
            if keys is None:
                if p.prep:
                    o = _pobj(preps[p.prep])
                    objs = [o, *[c for c in o.children if c.dep_ == "conj"]] if o is not None else []
                else:
                    objs = _objects(tok)
                keys = obj_keys[p.prep or ""] = _obj_keys(objs)
            if not any(k in p.obj for k in keys):
                continue
        if p.subj:
            if subj_keys is None:
                subj = _subject(tok)
                if subj is not None and subj.dep_ == "nsubjpass":
                    subj = _passive_agent(subj.head)  # "were picked up by police": the doer (evlex2)
                subjects = [subj] if subj is not None else []
                if subj is not None and lemma(subj) in _CONTAINERS:  # "the deployment of troops arrived"
                    subjects += [o for c in subj.children if c.dep_ == "prep" and lemma(c) == "of"
                                 for o in c.children if o.dep_ == "pobj"]
                # (a name's title word counts: "Cyclone Idai", "Hurricane Ian")
                subj_keys = [k for s in subjects for k in phrase_keys(s, modifiers=s.pos_ == "PROPN")]
                subj_keys += [NAMED_PARTY for s in subjects if _named_party(s)]
            if not any(k in p.subj for k in subj_keys):
                continue
        return p
    return None


def purpose_tokens(tok: Token) -> set[int]:
    """Token indices of the purpose clauses of ``tok`` ("... to protest", "in order to ...")."""
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and any(m.dep_ == "aux" and m.lower_ == "to"
                                                                  for m in c.children):
            out |= {t.i for t in c.subtree}
    return out


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


def find_topic(tokens: list[Token], lexicon: Lexicon, family: str | None = None) -> Topic | None:
    """The topic whose cue matches the most lemmas of ``tokens`` (first listed wins ties).

    With ``family``, only topics that give that family a code are considered: "asked for
    military aid for its armed forces" is about aid, not force, for an appeal.
    """
    lemmas = {lemma(t) for t in tokens} | {t.lower_ for t in tokens}
    flat, by_word = _topic_index(lexicon)
    near: set[int] = set()  # only cues with a word among the lemmas can match
    for w in lemmas:
        near.update(by_word.get(w, ()))
    best: Topic | None = None
    best_len = 0
    for k in sorted(near):  # in the order of the topics and their cues, as listed
        topic, cue = flat[k]
        if family is not None and family not in topic.codes:
            continue
        if len(cue) > best_len and all(w in lemmas for w in cue):
            best, best_len = topic, len(cue)
    return best


_TOPIC_INDEX: list[Any] = [None]  # (topics, every (topic, cue) in order, word -> their positions)


def _topic_index(lexicon: Lexicon) -> tuple[list[tuple[Topic, tuple[str, ...]]], dict[str, list[int]]]:
    entry = _TOPIC_INDEX[0]
    if entry is None or entry[0] is not lexicon.topics:
        flat = [(topic, cue) for topic in lexicon.topics for cue in topic.cues]
        by_word: dict[str, list[int]] = {}
        for k, (_, cue) in enumerate(flat):
            for w in set(cue):
                by_word.setdefault(w, []).append(k)
        entry = (lexicon.topics, flat, by_word)
        _TOPIC_INDEX[0] = entry
    return entry[1], entry[2]


def _frame_trigger(tok: Token, head: Token, pattern: Pattern, lexicon: Lexicon, *,
                   noun: bool) -> Trigger | None:
    comp = complement_tokens(head, noun=noun)
    if head.i != tok.i:  # light verb + framing noun: the noun and its complement
        comp = [*comp, *complement_tokens(tok)]
    assert pattern.frame is not None
    topic = find_topic(comp, lexicon, pattern.frame)
    warned = warned_clause(head) if pattern.frame == "threaten" and lemma(head) == "warn" else None
    if warned == "risk":
        return None  # "warned that traffickers might use the route": a risk named, no threat by the speaker
    if topic is None and pattern.needs == "topic" and warned != "own":
        return None  # "warned that the economy would slow": no threat
    if topic is None and pattern.needs == "clause" and not any(
            c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return None  # "offered no details", "asked about the talks"
    code = lexicon.frame_code(pattern.frame, topic)
    return Trigger(tok, pattern, code, head, {t.i for t in comp} | {head.i},
                   topic.name if topic else (OWN_RESPONSE if warned == "own" else None))


#: Military craft whose operating around or near a place is a show of force.
_CRAFT = frozenset({"aircraft", "plane", "jet", "ship", "vessel", "drone", "helicopter", "boat"})
#: Craft that are military by their name alone; other craft only with a military modifier ("navy ships").
_WAR_CRAFT = frozenset({"warship", "warplane", "bomber", "fighter", "destroyer", "frigate", "submarine", "gunboat",
                        "corvette", "cruiser", "carrier"})
_MILITARY_MODS = frozenset({"military", "navy", "naval", "war", "army", "air force", "force", "fighter", "combat",
                            "pla"})
#: The pattern of that show of force (150), kept out of ``verbs.yaml``: every pattern of a verb there is a hint
#: of the type model for any relation of the verb, and "operate" mostly names no event ("aid groups operating in X").
_CRAFT_PATTERN = Pattern("operate", code="150", prep="around")


def _craft_around(verb: Token) -> Trigger | None:
    """"Two frigates and a bomber operated around the atoll": military craft that operated
    around or near a place show force there (150, PLOVER MOBILIZE), the place the target (evfresh9)."""
    if not any(c.dep_ == "prep" and c.lower_ in ("around", "near") and any(o.dep_ == "pobj" for o in c.children)
               for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(_military_craft(t) for t in (subj, *subj.conjuncts)):
        return None
    return Trigger(verb, _CRAFT_PATTERN, "150", verb, {verb.i})


def _military_craft(noun: Token) -> bool:
    """A warship, bomber or fighter, or aircraft, ships or drones that a modifier calls military ("navy ships",
    "military aircraft"); not cargo ships or rescue helicopters."""
    if lemma(noun) in _WAR_CRAFT:
        return True
    mods = {lemma(m) for m in noun.children if m.dep_ in ("amod", "compound", "nmod")}
    return lemma(noun) in _CRAFT and bool(mods & _MILITARY_MODS)


#: The topic of a warning of the speaker's own response with no topic of the lexicon (a threat only from a
#: state, an armed group or an international body: the events stage checks the source).
OWN_RESPONSE = "own response"
#: Modals of a possibility warned of ("X could test the alliance"), not of what the speaker will do.
_RISK_MODALS = {"could", "might", "may"}
#: Verbs of a response the speaker announces in a warning ("it would respond", "would take further steps").
_RESPONSE_VERBS = {"respond", "retaliate", "react", "act", "hit", "strike"}
_RESPONSE_OBJECTS = {"measure", "step", "action", "countermeasure", "response"}


def warned_clause(warn: Token) -> str | None:
    """What the clause of "warn that ..." says: "own" for a response the speaker announces ("warning that it
    would take further steps", "we will respond": a threat even with no topic of the lexicon),
    "risk" for what another party could or might do ("warning that traffickers might use the
    route": no threat of the speaker's), else None (the topic decides, as before)."""
    clause = next((c for c in warn.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if subj is None:
        return None
    if subj.lower_ in ("it", "we", "i"):
        objs = {lemma(o) for c in clause.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)}
        if modals & {"would", "will", "'ll", "shall"} and (lemma(clause) in _RESPONSE_VERBS or lemma(
                clause) == "take" and objs & _RESPONSE_OBJECTS):
            return "own"
        return None
    warned = {c.i for c in warn.children if c.dep_ in ("dobj", "dative")}
    if modals & _RISK_MODALS and subj.pos_ in ("PROPN", "NOUN") and subj.i not in warned:
        return "risk"
    return None


def carrier_verb(noun: Token) -> Token | None:
    """The verb a prepositional noun hangs on, directly or through the verb's object ("led a
    delegation on a visit to X": led)."""
    h = noun.head.head
    if noun.head.lower_ == "of":  # "... on Monday, the first day of a visit to X": the verb the date is of
        if not day_of_visit(h):
            return None
        h = h.head.head if h.head.dep_ == "pobj" else h.head  # ("on Monday, the first day": the date's verb)
        return h if h.pos_ in ("VERB", "AUX") else None
    if h.pos_ == "NOUN" and h.dep_ == "dobj":
        h = h.head
    return h if h.pos_ in ("VERB", "AUX") else None


#: Nouns of a part of a visit named in apposition to the act's date ("on Monday, the first day of a visit to X").
_VISIT_PARTS = frozenset({"day", "start", "beginning", "end", "close", "leg", "part", "stage", "stop"})


def day_of_visit(noun: Token) -> bool:
    """Whether ``noun`` is a part of a visit ("the first day", "the start", "the last leg") set after the
    main clause in apposition to its date or as a loose modifier of its verb, not a subject or object."""
    if noun.lemma_.lower() not in _VISIT_PARTS or noun.dep_ not in ("appos", "npadvmod", "dep"):
        return False
    head = noun.head
    return head.i < noun.i and (head.pos_ in ("VERB", "AUX") or head.ent_type_ in ("DATE", "TIME"))


#: Nouns of travel whose traveller is the subject of the verb they are under ("on a visit to X").
_TRAVEL_NOUNS = {"visit", "trip", "tour", "journey"}
#: Prepositions that introduce a meeting as the setting of what is said or done.
_SETTING_PREPS = {"at", "during"}
#: Heads that take their event from a compound modifier ("mediation effort", "peace talks").
_GENERIC_HEADS = {"effort", "mission", "attempt", "bid", "process", "campaign", "drive", "operation", "initiative"}


def noun_pattern(noun: Token, lexicon: Lexicon) -> Pattern | None:
    """The default pattern of an event noun (by its most specific phrase key)."""
    keys = phrase_keys(noun, modifiers=lemma(noun) in _GENERIC_HEADS)
    for key in keys:
        pats = lexicon.nouns.get(key)
        if pats:
            return next((p for p in pats if p.is_default), None)
    return None


_COPULAS = {"be", "remain", "become", "stay"}
#: Agent nouns and the event noun of what their agent does ("the largest donor of aid to X": aid).
_AGENT_NOUNS = {"donor": "aid", "benefactor": "aid", "funder": "funding", "financier": "funding",
                "backer": "backing", "supporter": "support", "mediator": "mediation"}


def _agent_act(cop: Token, lexicon: Lexicon) -> Trigger | None:
    """A copula whose complement is an agent noun ("X remains the largest donor of aid in Y", "X
    became a key backer of Y", "X is the mediator between Y and Z"): the act the noun names, done by
    the copula's subject (the event noun's pattern from the lexicon); not negated ("is not a donor")."""
    if any(c.dep_ == "neg" for c in cop.children):
        return None
    for c in cop.children:
        if c.dep_ == "attr" and c.pos_ == "NOUN" and lemma(c) in _AGENT_NOUNS:
            pats = lexicon.nouns.get(_AGENT_NOUNS[lemma(c)], ())
            np = next((p for p in pats if p.is_default), None)
            if np is not None and np.code is not None and not np.frame:
                return Trigger(cop, np, np.code, c, {c.i})
    return None


def _blamed_act(be: Token, lexicon: Lexicon) -> Trigger | None:
    """A copula that lays an act on its subject ("X was behind the bombing of Y", "X has been
    responsible for the shelling of Y"): the event noun coded as if X had done it (not a
    negated or doubted claim: "is not responsible" stays no event)."""
    for c in be.children:
        if c.dep_ == "acomp" and c.lower_ in ("responsible", "culpable"):
            prep = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "for"), None)
        elif c.dep_ == "prep" and c.lower_ == "behind":
            prep = c
        else:
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        np = noun_pattern(obj, lexicon) if obj is not None else None
        if np is not None and np.code is not None and not np.frame and np.code[:2] in _BLAMED_ROOTS \
                and obj is not None and not any(x.dep_ == "neg" for x in be.children):
            return Trigger(be, np, np.code, obj, {obj.i, c.i})
    return None


#: Verbs by which a party owns an act as its author ("claimed / admitted responsibility for X"; not
#: "accepted responsibility", mostly a minister's political responsibility, which stays 015).
_CLAIMING_VERBS = {"claim", "admit"}


def _claimed_act(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """A claim of responsibility (or credit) for an act of force or coercion ("X claimed
    responsibility for a bombing that killed Y", "X admitted responsibility for the kidnapping of
    Y"): the event noun coded as X's own act, as :func:`_blamed_act` codes "X was behind ..."; not a
    claim denied ("did not claim responsibility") and not other acts ("claimed credit for the
    deal" stays the claim)."""
    if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "nsubj" and (c.lower_ in ("nobody", "none", "noone") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children):
        return None  # "did not claim", "no group has claimed responsibility for ..."
    for c in verb.children:
        if c.dep_ != "dobj" or c.lemma_.lower() not in ("responsibility", "credit"):
            continue
        prep = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "for"), None)
        if prep is None:  # (the parser may hang "for" on the verb)
            prep = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > c.i), None)
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        np = noun_pattern(obj, lexicon) if obj is not None else None
        if obj is not None and np is not None and np.code is not None and not np.frame \
                and np.code[:2] in _BLAMED_ROOTS:
            return Trigger(verb, np, np.code, obj, {obj.i, c.i}, claimed=True)
    return None


def fight_sides(noun: Token) -> list[Token]:
    """The two or more sides of a noun of fighting each other named with "between" ("a skirmish /
    clashes / a gunbattle between X and Y"): the "between" object and its conjuncts; ``[]`` for
    other nouns or fewer than two sides."""
    if noun.lemma_.lower() not in MUTUAL_FORCE_WORDS and noun.lower_ not in MUTUAL_FORCE_WORDS:
        return []
    sides = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for o in c.children if o.dep_ == "pobj"]
    sides += [x for o in sides for x in o.conjuncts if x.i > o.i]
    return sides if len(sides) >= 2 else []


def _owned_by_party(noun: Token) -> bool:
    """Whether a noun has a possessor ("X's attack") or a modifier that names an actor ("an Israeli
    air strike", "a Syrian army offensive")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
               and actor_at(noun.doc, c.idx, c.idx + len(c.text)) is not None for c in noun.lefts)


def by_agent(noun: Token) -> Token | None:
    """The party an event noun names with "by" ("the arrest of X by Y", "the expulsion of X's envoy
    by Y"): the noun or name under its "by" phrase, else None."""
    heads = [noun] + [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"]  # the parser often hangs "by" on the "of" object
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                o = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")), None)
                if o is not None:
                    return o
    return None


def _suffered_under(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """"X came under attack / fire / heavy shelling from Y": an act of force of Y on X (the subject
    of "come" is the target, the "from" party the source; see component). The event noun must be
    one of force in the lexicon (CAMEO 18-20)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "under":
            continue
        noun = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if noun is None:
            continue
        np = noun_pattern(noun, lexicon)
        if np is not None and np.code is not None and not np.frame and np.code[:2] in FORCE_ROOTS:
            return Trigger(verb, np, np.code, noun, {noun.i}, suffered=True)
    return None


#: Verbs whose subject lived through an act of force aimed at it ("survived an assassination
#: attempt", "escaped an ambush by rebels"): the subject is the target, like "came under attack".
_SURVIVING_VERBS = {"survive", "escape"}


#: Subjects that are no party an act of force can be aimed at ("the economy survived the war").
_UNATTACKABLE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT", "WORK_OF_ART",
                        "LAW", "LANGUAGE", "PRODUCT"}
_PERSON_PRONOUNS = {"i", "we", "you", "he", "she", "they", "who", "him", "her", "them", "us"}


def _attackable_subject(verb: Token) -> bool:
    """Whether the subject of a verb is a party an attack can be aimed at: a person or an actor
    the actor stage recognised ("the minister", "Kenyan troops", "the mayor of X"), not a thing
    ("Kenya's economy", "the ceasefire", "the deal")."""
    from .participants import participant_table

    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in _PERSON_PRONOUNS
    if subj.ent_type_ in _UNATTACKABLE_LABELS:
        return False
    if subj.ent_type_ == "PERSON" or lemma(subj) in participant_table().people:
        return True
    return actor_at(subj.doc, subj.idx, subj.idx + len(subj.text)) is not None


def _survived_act(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """"X survived an assassination attempt / an attack by Y": an act of force (CAMEO 18-20) of Y
    on X; the event noun is the object or, for "an attempt", its modifier ("assassination"). The
    subject must be a party one can attack (:func:`_attackable_subject`): "the economy survived
    the fighting" is no event."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or not _attackable_subject(verb):
        return None
    for noun in (obj, *(c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN")):
        np = noun_pattern(noun, lexicon)
        if np is not None and np.code is not None and not np.frame and np.code[:2] in FORCE_ROOTS:
            return Trigger(verb, np, np.code, obj, {obj.i, noun.i}, suffered=True)
    return None


#: Weapons thrown or hurled at a party: a bombing (183), where stones and petrol bombs are a riot
#: (verbs.yaml). A rule rather than a lexicon pattern, so that the type model's lexicon hints for
#: "throw" and "hurl" stay those of their other senses (evmat round).
_THROWN_WEAPONS = frozenset({"grenade", "hand grenade", "bomb", "explosive", "explosives", "explosive device"})
_THROWING_VERBS = {"throw", "hurl", "lob", "toss"}
_THROWN = Pattern("throw", code="183", obj=_THROWN_WEAPONS, where="thrown weapon")


def _thrown_weapon(verb: Token) -> Trigger | None:
    """"X hurled a grenade at Y": a bombing of Y by X (the weapon is what is thrown, no party).
    Only the whole weapon phrase counts (:func:`participants.longest_weapon_keys`): "petrol
    bombs", "smoke bombs", "stink bombs" are no bombing."""
    from .participants import longest_weapon_keys

    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or not set(longest_weapon_keys(obj)) & _THROWN_WEAPONS:
        return None  # the whole phrase only: "petrol bombs", "smoke bombs" stay a riot / nothing
    return Trigger(verb, _THROWN, "183", verb, {obj.i})


def under_attacker(trig: Trigger) -> Token | None:
    """The "from" party of a force one came under (of the noun or of the verb), else None; for a
    force survived, also its "by" party ("survived an attack by gunmen")."""
    for h in (trig.head, trig.token):
        for c in h.children:
            if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "by" and lemma(trig.token) in _SURVIVING_VERBS):
                o = next((x for x in c.children if x.dep_ == "pobj"), None)
                if o is not None:
                    return o
    return None


#: Verbs of dying whose cause an event noun of force names ("died after torture", "died in an ambush").
_DYING_VERBS = {"die", "perish"}
#: Prepositions that give the cause of a death, also through "as a result of" / "because of".
_CAUSE_PREPS = {"in", "after", "during", "from", "of", "following"}


def died_of(noun: Token) -> Token | None:
    """The verb of dying whose cause ``noun`` is ("an inmate died after torture", "died as a result of
    torture", "perished in an ambush"), else None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in _CAUSE_PREPS:
        return None
    h = noun.head.head
    for _ in range(3):  # "as a result of": of -> result -> as -> died
        if h.pos_ == "VERB":
            return h if lemma(h) in _DYING_VERBS else None
        h = h.head
    return None


#: Parts of speech a trigger can sit on (with any word tagged as a verb).
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


def match_token(tok: Token, lexicon: Lexicon) -> Trigger | None:
    """The event trigger at ``tok``, if any (verbs, light verb + event noun, predicate adjectives)."""
    pos = tok.pos_
    if pos not in TRIGGER_POS and not tok.tag_.startswith("VB"):
        return None  # (every branch below needs a verb tag, a noun or an adjective: most words stop here)
    lem = lemma(tok)
    if tok.dep_ in ("amod", "compound", "nmod") or is_nominal_participle(tok):
        return None  # participles used as adjectives ("the long-threatened invasion") or nouns
    if tok.tag_ == "VBN" and tok.lower_ in lexicon.adjectives and any(c.dep_ == "auxpass" for c in tok.children) \
            and not any(c.dep_ == "agent" for c in tok.children):
        # "X is opposed to / committed to / prepared to ...": a state of the passive subject
        p = next((q for q in lexicon.adjectives[tok.lower_] if q.is_default), None)
        if p is not None and not p.skip:
            trig = _frame_trigger(tok, tok, p, lexicon, noun=False) if p.frame else (
                Trigger(tok, p, p.code, tok, {t.i for t in tok.subtree}) if p.code else None)
            if trig is not None:
                trig.stative = True
            return trig
    if pos in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        if lem == "operate" and (trig := _craft_around(tok)) is not None:
            return trig  # "frigates operated around the atoll": a show of force
        if lem == "provide" and tok.lower_ in ("provided", "providing") and any(c.dep_ == "ccomp" for c in tok.children) \
                and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            return None  # "... provided (that) X frees Y": a conjunction of condition, no aid provided
        if lem == "call" and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in tok.children):
            return None  # "protested against what it called interference": a hedged word, no name given to a party
        if lem == "come":
            trig = _suffered_under(tok, lexicon)  # "X came under attack / fire from Y": Y attacks X
            if trig is not None:
                return trig
        if lem in _THROWING_VERBS:  # "X hurled a grenade at Y": a bombing
            trig = _thrown_weapon(tok)
            if trig is not None:
                return trig
        if lem in _SURVIVING_VERBS:  # "X survived an assassination attempt": an act of force on X
            trig = _survived_act(tok, lexicon)
            if trig is not None:
                return trig
        if lem in _CLAIMING_VERBS:  # "X claimed responsibility for the bombing of Y": X bombed Y
            trig = _claimed_act(tok, lexicon)
            if trig is not None:
                return trig
        pats = lexicon.verbs.get(lem, ())
        # 1. verb patterns with explicit conditions ("impose sanctions", "call for")
        p = match_pattern(tok, pats, specific_only=True) if pats else None
        # 1b. "X joined Y in a joint venture": the event noun of the "in" phrase, with Y, the object, as
        # the partner (a coded noun only; "joined Y in condemning Z" is _joined_acts')
        if p is None and lem == "join" and direct_object(tok) is not None:
            noun = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                         for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
            jp = noun_pattern(noun, lexicon) if noun is not None else None
            if noun is not None and jp is not None and jp.code is not None and not jp.frame and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
                # (a noun with a partner of its own, "joined Y in talks with Z", is left to the other rules)
                return Trigger(tok, jp, jp.code, noun, {noun.i})
        # 2. light verb + event noun ("held talks", "launched an attack")
        if p is None and (lem in lexicon.light_verbs or lem in lexicon.leading_verbs or _set_up(tok)):
            obj = direct_object(tok)
            if obj is not None and (lemma(obj) in _CONTAINERS or lemma(obj) in _IN_CONTAINERS) \
                    and noun_pattern(obj, lexicon) is None:
                # "began a new round of talks", "launched five days of exercises", "announced an
                # increase in funding": the "of" / "in" noun
                inner = next(iter(contents(obj)), None)
                obj = inner if inner is not None and noun_pattern(inner, lexicon) is not None else obj
            if obj is not None and obj.dep_ != "attr":
                np = noun_pattern(obj, lexicon)
                if np is not None:
                    if np.frame:
                        return _frame_trigger(tok, obj, np, lexicon, noun=True)
                    assert np.code is not None
                    return Trigger(tok, np, np.code, obj, {obj.i} | purpose_tokens(tok))
        # 2b. "X was behind / responsible for the attack on Y": the act of the copula's subject
        if p is None and lem == "be":
            trig = _blamed_act(tok, lexicon)
            if trig is not None:
                return trig
        # 2c. "X is the largest donor of aid to Y": an agent noun under a copula is its act
        if p is None and lem in _COPULAS:
            trig = _agent_act(tok, lexicon)
            if trig is not None:
                return trig
        # 3. the verb's default pattern
        if p is None and pats:
            p = next((q for q in pats if q.is_default), None)
        if p is None or p.skip:
            return None
        if p.frame:
            return _frame_trigger(tok, tok, p, lexicon, noun=False)
        assert p.code is not None
        absorbed = {o.i for o in _objects(tok)} if p.obj else set()
        return Trigger(tok, p, p.code, tok, absorbed | purpose_tokens(tok))
    if pos == "NOUN" and tok.dep_ not in ("nsubj", "nsubjpass", "pobj"):
        return None  # (each noun branch below needs a subject or a prepositional object)
    if pos == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and (_owned_by_party(tok) or by_agent(tok) is not None) \
            and (np := noun_pattern(tok, lexicon)) is not None and np.code is not None \
            and not np.frame and np.code[:2] not in ("01", "04") \
            and any(c.dep_ == "prep" and c.lower_ in _object_preps(np.code) for c in tok.children):
        # "X's expulsion of the envoy angered Y", "X's attack on Y drew condemnation", "an Israeli
        # air strike on Y left ...": a possessed event noun, or one whose modifier names a party,
        # with its object is an event of its own (the possessor or modifier acts; see component);
        # so with the partner of cooperation or support ("X's cooperation with Y", "X's support for Y")
        return Trigger(tok, np, np.code, tok, {tok.i}, owned=True)
    if pos == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and stoppage_by(tok, by_agent(tok)) \
            and (np := noun_pattern(tok, lexicon)) is not None and np.frame == "strike":
        # "a strike by miners against the state company halted output": a protest of its own (evpairs12)
        stoppage = _frame_trigger(tok, tok, np, lexicon, noun=True)
        if stoppage is not None:
            stoppage.owned = True
            return stoppage
    if pos == "NOUN" and died_of(tok) is not None:
        # "a prisoner died after torture in X's custody": an act of force on the one who died (see component)
        np = noun_pattern(tok, lexicon)
        if np is not None and np.code is not None and not np.frame and np.code[:2] in FORCE_ROOTS:
            return Trigger(tok, np, np.code, tok, {tok.i})
    paired = pos == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and (bool(hyphen_pair(tok)) or bool(
        fight_sides(tok)))  # "a skirmish between X and Y left two dead": the fight, whatever its verb
    if pos == "NOUN" and tok.dep_ == "nsubj" and lemma(tok.head) in _OCCURRENCE_VERBS or paired:
        # "Palestinian riots continued", "clashes erupted between X and Y": the noun is the event;
        # so is one between two parties a hyphen joins, whatever its verb ("Iran-Iraq talks stalled")
        np = noun_pattern(tok, lexicon)
        if np is None or lemma(tok) == "talk" and not paired or np.code is not None and np.code[:2] == "01":
            return None
        if np.frame:  # "riots against X continued": the frame's topic from the noun's complement
            return _frame_trigger(tok, tok, np, lexicon, noun=True)
        if np.code is not None:
            return Trigger(tok, np, np.code, tok, {tok.i})
        return None
    if pos == "NOUN" and tok.dep_ == "pobj" and (lemma(tok.head) in ("on", "during") or lemma(
            tok.head) == "of" and day_of_visit(tok.head.head)) and lemma(tok) in \
            _TRAVEL_NOUNS and carrier_verb(tok) is not None and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        # "X will lead a delegation on a visit to Y": X visits Y (the subject of the verb; see component)
        np = noun_pattern(tok, lexicon)
        if np is not None and np.code is not None:
            return Trigger(tok, np, np.code, tok, {tok.i})
    if pos == "NOUN" and tok.dep_ == "pobj" and lemma(tok.head) in _SETTING_PREPS:
        # "... said at a joint press conference with his counterpart": a meeting as the setting
        verb = tok.head.head
        np = noun_pattern(tok, lexicon)
        if np is not None and np.code is not None and np.code[:2] == "04" and verb.pos_ in ("VERB", "AUX"):
            return Trigger(verb, np, np.code, tok, {tok.i}, setting=True)
        return None
    if pos == "ADJ" and tok.dep_ in ("acomp", "ROOT", "amod", "oprd") and lem in lexicon.adjectives:
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


#: Modal obligation in reported speech: "X said Y must ..." is a demand, "... should ..." an appeal.
_MODAL_FRAMES = {"must": "demand", "should": "appeal", "ought": "appeal"}


def match_modal_frame(tok: Token, lexicon: Lexicon) -> Trigger | None:
    """A speech verb whose reported clause carries an obligation modal, coded as demand/appeal.

    The clause subject is the target; the topic comes from the clause.
    """
    if lemma(tok) not in lexicon.statement_verbs:
        return None
    for c in tok.children:
        if c.dep_ not in ("ccomp", "parataxis"):
            continue
        modal = next((a.lower_ for a in c.children if a.dep_ == "aux" and a.lower_ in _MODAL_FRAMES), None)
        if modal is None and lemma(c) == "need" and any(x.dep_ == "xcomp" for x in c.children) \
                and not any(x.dep_ == "aux" for x in c.children):
            modal = "should"  # "Japan needs to ..."
        if modal is None:
            continue
        family = _MODAL_FRAMES[modal]
        comp = list(c.subtree)
        topic = find_topic(comp, lexicon, family)
        pattern = Pattern(lemma(tok), frame=family, where="modal frame")
        return Trigger(tok, pattern, lexicon.frame_code(family, topic), c, {t.i for t in comp},
                       topic.name if topic else None)
    return None
