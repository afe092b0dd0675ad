"""Argument rules for the material event types (issue 15, evmat round): assaults, coercion,
protests, mobilisation and sanctions on wire copy the rules were not written on.

Each function covers one construction class (docs/events.md, "Material acts"):

- :func:`named_place` -- a place the actor tables do not know, written with its kind ("Cusco
  province", "Kasese district", "the town of Mbale", "parts of Sindh province");
- :func:`named_site` -- a site named with its kind ("the Kolwezi mine", "the Dadaab camp") is
  where an act happened before the province or country it is in;
- :func:`place_clause_tokens` -- the clause that describes a place ("..., where troops are
  fighting rebels"): its parties are not the act's;
- :func:`shared_object` -- the object pronoun of a second coordinated verb is the first verb's
  object ("convicted a journalist ... and sentenced him to ten years": the journalist, not the
  prison);
- :func:`weapon_objects` -- what is fired, launched or thrown ("fired rockets", "launched drones")
  is the means of the act, never its target;
- :func:`mutual_force` -- coordinated parties fight each other only with a verb or noun of mutual
  fighting ("A and B clashed", "fighting between A and B"); "A and B fired rockets" is fire by
  both, not at each other;
- :func:`aimed_attack_noun` -- an attack named with what it was aimed at, as the subject of a
  verb of violence ("a rebel attack on an army post killed 12 soldiers"), is an event of its own
  beside the killing (the attackers -> the post, as well as -> the soldiers).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .participants import PARTITIVE_HEADS

__all__ = ["PLACE_KINDS", "CLASH_WORDS", "MUTUAL_FORCE_WORDS", "of_object", "place_kind", "aimed_attack_noun", "mutual_force", "weapon_objects", "named_place", "named_site", "place_clause_tokens", "shared_object"]

#: Nouns that say what kind of place a name is ("X province", "the town of X").
PLACE_KINDS = frozenset({
    "province", "district", "region", "state", "county", "governorate", "prefecture", "municipality",
    "department", "oblast", "canton", "division", "territory", "town", "village", "city", "township",
    "commune", "subdistrict", "sub-district", "valley", "island", "area",
})

#: Nouns that stand for a part of a place ("parts of X", "the outskirts of X").
_PART_NOUNS = frozenset({"part", "parts", "outskirts", "suburbs", "areas", "much", "most", "rest", "north", "south",
                         "east", "west", "centre", "center"})


def of_object(tok: Token) -> Token | None:
    """The object of a noun's "of" ("the town of X": X), else None (one helper for the events
    code: :func:`stances.syntax.prep_object`)."""
    from ..stances.syntax import prep_object

    found = prep_object(tok, ("of",))
    return found[1] if found is not None else None


def place_kind(tok: Token) -> bool:
    """Whether a noun names a kind of place, singular or plural ("province", "Cusco and Puno
    provinces")."""
    return tok.lemma_.lower() in PLACE_KINDS or tok.lower_ in PLACE_KINDS


def _proper(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def named_place(tok: Token, depth: int = 0) -> Token | None:
    """The token heading a named place that a locative object ``tok`` names, whether or not the
    entity recogniser typed it: a place noun with a capitalised name before it ("Cusco
    province": the noun), the name after "the town / village / city of" ("the town of X": X),
    and these under "parts / the outskirts of" (one level). None for anything else."""
    low = tok.lower_
    if tok.pos_ == "NOUN" and place_kind(tok):
        if any(c.dep_ in ("compound", "nmod") and _proper(c) and c.i < tok.i for c in tok.children):
            return tok  # "Cusco province", "North West Frontier province", "Cusco and Puno provinces"
        name = of_object(tok)
        if name is not None and _proper(name):
            return name  # "the town of Kasese"
        return None
    if tok.pos_ in ("NOUN", "ADJ", "PRON") and low in _PART_NOUNS and depth == 0:
        inner = of_object(tok)
        if inner is not None:
            return named_place(inner, 1) or (inner if _proper(inner) and inner.ent_type_ in ("GPE", "LOC", "FAC")
                                             else None)
    return None


def named_site(tok: Token) -> bool:
    """Whether a noun is a site with its name before it ("the Kolwezi mine", "the Al-Shifa
    hospital"); the caller checks that the noun is a site (participants' places)."""
    return tok.pos_ == "NOUN" and not place_kind(tok) and any(
        c.dep_ == "compound" and _proper(c) and c.i < tok.i for c in tok.children)


def place_clause_tokens(tokens: Iterable[Token], trigger: Token) -> set[int]:
    """Token indices of "where" clauses that describe a place ("a curfew in X province, where the
    army is fighting rebels"): what happens there is not the act the sentence's trigger codes, so
    its parties are no target of it (unless the trigger is in the clause itself)."""
    out: set[int] = set()
    for t in tokens:
        if t.dep_ in ("relcl", "advcl") and t.i > t.head.i and any(
                c.lower_ == "where" and c.dep_ == "advmod" and c.i < t.i for c in t.children):
            inside = {x.i for x in t.subtree}
            if trigger.i not in inside:
                out |= inside
    return out


_SINGULAR_OBJECT = frozenset({"him", "her", "it"})
_PLURAL_OBJECT = frozenset({"them"})


#: Verbs whose object is what is fired or thrown, and their "at / on" object what it is aimed at.
_FIRING = frozenset({"fire", "throw", "hurl", "launch", "lob", "aim", "shoot", "spray", "direct", "turn"})


def shared_object(tok: Token) -> Token | None:
    """The noun an object pronoun of a coordinated verb stands for: the object of the verb it is
    coordinated with, when the number agrees ("arrested two students and beat them": the students;
    "convicted a journalist of spying and sentenced him": the journalist; "besieged the town and shelled it":
    the town); and of a participle after the verb ("expelled a diplomat, accusing him of spying": the
    diplomat). None for anything else."""
    low = tok.lower_
    obj = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" \
            and tok.head.head.lemma_.lower() in PARTITIVE_HEADS:
        obj = tok.head.head  # "arrested dozens of them": what "them" stands for, counted
    if obj.dep_ != "dobj" or low not in _SINGULAR_OBJECT | _PLURAL_OBJECT:
        return None
    verb = obj.head
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
    if verb.dep_ != "conj" and not participle or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    first = next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if first is None:  # "found X guilty of ... and jailed her": the one found guilty
        first = next((s for c in verb.head.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "ADJ"
                      for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")), None)
    aimed = [o for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
             for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME")]
    # (what a thing was fired or thrown at before the thing: "fired a water cannon at the ship and rammed it")
    cands = aimed + [first] if first is not None and verb.head.lemma_.lower() in _FIRING else [first] + aimed \
        if first is not None else aimed
    for cand in cands:  # ("fired tear gas at the marchers and
        plural = cand.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in cand.children)  # detained
        if plural == (low in _PLURAL_OBJECT):  # dozens of them": the marchers, not the gas)
            counted = next((o for c in cand.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                            if o.dep_ == "pobj" and o.pos_ == "NOUN"), None) \
                if cand.lemma_.lower() in PARTITIVE_HEADS else None
            return counted or cand  # ("at hundreds of students outside X": the students)
    return None


def aimed_attack_noun(tok: Token) -> bool:
    """Whether an event noun is the subject of a verb and names what it was aimed at with its own
    "on / against" object ("an attack on a police compound killed ...", "the shelling of"
    excepted: "of" is often the attackers')."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(o.dep_ == "pobj" for o in c.children)
               for c in tok.children)


#: Words of a clash between two sides, which a crowd's clash with police makes a riot
#: (conventions.sense_code) and which are mutual fighting here.
CLASH_WORDS = frozenset({"clash", "scuffle", "skirmish", "brawl"})

#: Words of fighting each other ("clashed", "fought", "battles", "an exchange of fire", "scuffled").
MUTUAL_FORCE_WORDS = CLASH_WORDS | frozenset({
    "fight", "battle", "exchange", "engage", "war", "combat", "fighting", "hostility", "hostilities", "confront",
    "confrontation", "firefight", "gunfight", "gunbattle", "shootout", "duel", "wrestle", "struggle", "melee"})


def mutual_force(*tokens: Token) -> bool:
    """Whether the trigger's verb or event noun is one of fighting each other."""
    return any(t.lemma_.lower() in MUTUAL_FORCE_WORDS or t.lower_ in MUTUAL_FORCE_WORDS for t in tokens)


#: Verbs whose weapon object is what they strike, not what they strike with.
_DOWNING_VERBS = {"intercept", "destroy", "neutralise", "neutralize", "jam", "disable"}


def weapon_objects(verbs: Iterable[Token]) -> set[int]:
    """Token indices of the weapons the verbs' direct objects name ("fired rockets", "launched
    drones at X", "hurled a grenade"): the participants' weapon nouns (``participants.yaml``)."""
    from .args import relative_antecedent
    from .participants import participant_table, phrase_keys_of

    weapons = participant_table().weapons
    out: set[int] = set()
    for v in verbs:
        if v.lemma_.lower() in _DOWNING_VERBS or any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children):
            continue  # "shot down X's drones", "intercepted X's missiles": what is struck, not the means
        for c in v.children:
            o = relative_antecedent(c) or c if c.dep_ == "dobj" else c  # "the rockets that X fired": the rockets
            if c.dep_ == "dobj" and o.pos_ == "NOUN" and any(k in weapons for k in phrase_keys_of(o)):
                out |= {c.i, o.i}
    return out
