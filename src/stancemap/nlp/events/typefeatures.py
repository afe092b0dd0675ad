"""Features of a structural relation for the type model: the parse features of
:func:`~stancemap.nlp.events.relations.relation_features` and the trigger's other dependents.

Besides the verb, its particle, object and preposition (``relation_features``), the type of a
relation often shows in who acts and through what (a court that grants a delay concedes, a
prosecutor who seeks sentences accuses, troops who hold people use force), so these are added:

- ``subj=LEMMA``: the subject's head noun when it is a common noun (court, prosecutor, troops);
- ``pobj=PREP_LEMMA`` and ``lexpobj=TYPE``: the noun under each of the verb's prepositions and
  the PLOVER types the lexicon gives it ("joined a rally against" -> pobj=at_rally);
- ``obj2=LEMMA``: the direct object when the verb also has an indirect one ("granted X permission");
- ``tgt=KIND``: what the target is (a person, a state or place, an organisation, a group noun);
- ``stance=SIGN KIND`` and ``stanceobj=SIGN KIND``: the polarity and kind the stance lexicon
  (``data/stances``: hand-written cues, the frame lexicon and the derived nominalisations) gives the
  verb and its object noun ("lambasted", "berated" -> ``stance=-evaluative``; "a rebuke" ->
  ``stanceobj=-evaluative``): a class of verbs the event lexicon need not list one by one, so an
  unseen verb of praise or blame still leans the right way;
- ``harm``: the verb's own phrase (its dependents, two levels down) names physical harm or its
  means (killed, wounded, dead, injuries, bullets, batons, tear gas, a weapon), the line
  PLOVER 2021 draws between ASSAULT (deliberate acts that can cause substantial physical harm) and
  COERCE (repression falling short of violence), for verbs the model has not seen ("clubbed",
  "whipped" protesters with batons);
- ``vclass=TYPE``: the PLOVER types of the verb's class in ``data/cameo/verb_classes.tsv`` (common
  verbs of news copy grouped by the root they usually express, written from general usage), for
  verbs the event lexicon does not list (its own verbs have their ``lex=`` hints): a verb no
  training sentence has still leans the way of its class ("vilified", "hounded", "implored");
- ``objverb=TYPE``: for an object noun the lexicon does not type, the types of the verb it is made from
  (its class or its lexicon patterns: "voiced condemnation" like "condemned", "announced the withdrawal"
  like "withdrew"), so light verbs with event nouns the lexicon lacks still lean the right way;
- ``undo=TYPE``: a verb of ending or reversing (waive, scrap, relax, annul, vacate ...) with an
  object the lexicon types: ending coercion, sanctions or force concedes (PLOVER YIELD: "ending
  sanctions, easing curfews"), ending aid or cooperation reduces relations, whatever the verb.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from ...errors import DataFileError
from ..stances.lexicon import lexicon as stance_lexicon
from .args import subject_of
from .lexicon import Lexicon
from .match import lemma, phrase_keys
from .relations import Relation, _lex_types, relation_features
from .typemodel import TYPE_CODES

__all__ = ["type_features", "verb_classes", "load_verb_classes", "is_act_noun"]

_TARGET_KINDS = {"PERSON": "person", "GPE": "state", "NORP": "state", "LOC": "state", "FAC": "place",
                 "ORG": "org"}


#: Words of physical harm and its means (lemmas): with one of them in the verb's phrase an act is one
#: of force rather than coercion short of violence (PLOVER 2021, ASSAULT vs COERCE).
HARM_WORDS = frozenset("""
kill wound injure injury maim dead casualty fatality bloodshed bullet gunfire gunshot gun rifle pistol
machete knife axe baton truncheon whip teargas tear grenade bomb shell mortar rocket missile
artillery airstrike torture beating ammunition bayonet execution massacre violently brutally forcibly
""".split())


#: Verbs of ending or reversing what their object names (lemmas).
UNDO_VERBS = frozenset("""
lift ease relax waive scrap drop remove rescind repeal revoke end suspend halt cancel withdraw loosen
overturn annul abolish reverse unfreeze exempt vacate relinquish abandon dismantle terminate stop
discontinue cease curtail phase
""".split())


#: Prepositions of the means or the aim of an act ("with batons", "fired at the crowd"); others give
#: its reason or time ("arrested for killing X", "after the bombing"), which is no harm done by the act.
_MEANS_PREPS = frozenset({"with", "using", "at", "into", "by"})


def _harm(v: Token) -> bool:
    """Whether the verb's phrase (dependents two levels down, not its subject, its reasons or its
    time clauses) names physical harm or its means."""
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") or (
                c.dep_ == "prep" and c.lower_ not in _MEANS_PREPS) or (
                c.dep_ == "advcl" and c.tag_ != "VBG"):  # "..., killing three", not "after X was killed"
            continue
        for t in (c, *c.children):
            if t.pos_ != "PROPN" and t.lemma_.lower() in HARM_WORDS:
                return True
    return False


def load_verb_classes(path: str | Path) -> dict[str, tuple[str, ...]]:
    """Verb classes of a TSV file (``TYPE<tab>lemma lemma ...``; ``#`` comments): lemma -> PLOVER types."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read verb classes: {exc}", source=str(path)) from None
    out: dict[str, set[str]] = {}
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, sep, words = line.partition("\t")
        if not sep or kind not in TYPE_CODES or not words.split():
            raise DataFileError(f"expected TYPE<tab>lemmas with a PLOVER type, got {line[:40]!r}", source=f"{path}:{i}")
        for w in words.split():
            out.setdefault(w.lower(), set()).add(kind)
    return {w: tuple(sorted(ts)) for w, ts in out.items()}


@functools.cache
def verb_classes() -> dict[str, tuple[str, ...]]:
    """The shipped verb classes (``data/cameo/verb_classes.tsv``), loaded once."""
    return load_verb_classes(str(resources.files("stancemap") / "data" / "cameo" / "verb_classes.tsv"))


#: Nouns under a preposition that make it an adjunct of time or place, not part of a prepositional
#: verb ("set a date on Monday", "sat in the chamber"): with one of them no phrase key is built.
_ADJUNCT_NOUNS = frozenset("""
day week month year morning afternoon evening night weekend hour time date moment
room chamber hall building office city town village capital region area street square
""".split())
_ADJUNCT_ENTS = frozenset({"DATE", "TIME", "LOC", "FAC"})


def _phrase_words(v: Token) -> list[str]:
    """The second words of the verb's phrase keys: its particle ("back down"), its object's lemma
    ("open fire"), a preposition right after the verb or after an object pronoun with its noun (an
    idiom: "take to the streets") and alone ("turn to X", "pressed them for X"), the latter unless the preposition's noun is a time or a place (an adjunct:
    "set a date on Monday", "sat in the chamber")."""
    out = []
    for c in v.children:
        if c.dep_ == "prt":
            out.append(c.lower_)
        elif c.dep_ == "dobj":
            out.append(lemma(c))
        elif c.dep_ == "prep" and (c.i == v.i + 1 or (
                c.i == v.i + 2 and v.doc[v.i + 1].pos_ == "PRON" and v.doc[v.i + 1].dep_ == "dobj")):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            out += [f"{c.lower_}_{lemma(o)}" for o in objs]  # an idiom with its noun: "take_to_street"
            if not any(o.ent_type_ in _ADJUNCT_ENTS or o.lemma_.lower() in _ADJUNCT_NOUNS for o in objs):
                out.append(c.lower_)
    return out


def _class_types(v: Token, lexicon: Lexicon) -> tuple[str, ...]:
    """The verb's class types: a phrasal or prepositional verb of the class file first ("back_down",
    "balk_at", "turn_to", an idiom with its object "open_fire": the phrase decides the sense, for the
    lexicon's verbs too; see :func:`_phrase_words`), else the verb alone when the lexicon does not
    list it (its own verbs have their hints: lex=)."""
    classes = verb_classes()
    lv = lemma(v)
    for w in _phrase_words(v):
        found = classes.get(f"{lv}_{w}")
        if found:
            return found
    if lv in lexicon.verbs:
        return ()
    for cand in (lv, *_stems(v.lower_)):  # (the tagger's lemma can miss: "fined" -> "fin")
        if cand in classes:
            return classes[cand]
    return ()


def _stems(word: str) -> list[str]:
    """Plain forms a verb form may have when its lemma is wrong: "fined" -> fine, "extolled" -> extol."""
    out = []
    for end in ("ed", "ing", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            out += [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 3 and stem[-1] == stem[-2] else [])
    if word.endswith("d"):
        out.append(word[:-1])
    return out


#: Endings of nouns made from verbs and what to put back to find the verb ("condemnation" -> condemn,
#: "refusal" -> refuse, "commitment" -> commit, "seizure" -> seize), tried in this order; the stem
#: left must have at least 4 letters ("trial" is no "try", "deal" no "de").
_DEVERBAL = (("ication", "y"), ("iation", "iate"), ("isation", "ise"), ("ization", "ize"), ("ation", ""), ("ation", "e"),
             ("ion", ""), ("ion", "e"), ("ment", ""), ("al", ""), ("al", "e"), ("ance", ""), ("ence", ""),
             ("ure", "e"), ("ure", ""), ("ing", ""), ("ing", "e"))

#: Nouns with such an ending that are no act of the verb they look made from ("a signal" is no
#: signing, "its position" no positioning, "pressure" no pressing, "settlements" no settling).
_NOT_DEVERBAL = frozenset("""
signal material position station pressure measure capital settlement posture statement
nation mission session feature venture building housing ceiling treatment
""".split())


def _deverbal_types(noun: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The PLOVER types of the verb a noun is made from, by its class or the lexicon's patterns:
    "voiced its condemnation of Y" leans like "condemned Y" though the event lexicon types no such
    noun. The noun itself is tried only when the lexicon lists it as an event noun ("appeal",
    "visit"): a plain noun sharing its form with a verb ("sold gas", "a mine") is no act; otherwise a
    derivational ending is needed (see :data:`_DEVERBAL`, :data:`_NOT_DEVERBAL`)."""
    if noun in _NOT_DEVERBAL:
        return ()
    cands = ([noun] if noun in lexicon.nouns else []) + [
        noun[: -len(end)] + add for end, add in _DEVERBAL if noun.endswith(end) and len(noun) - len(end) >= 4]
    for c in cands:
        if c in verb_classes():
            return verb_classes()[c]
        if c in lexicon.verbs:
            found = _lex_types(lexicon, c, lexicon.verbs)  # type: ignore[arg-type]
            if found:
                return tuple(sorted(found))
    return ()


def is_act_noun(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names an act: an event noun of the lexicon ("strikes", "raids") or a noun made
    from an event verb ("incursions", "movements"); not a people or thing noun ("refugees", "goods")."""
    return any(k in lexicon.nouns for k in phrase_keys(tok)) or bool(_deverbal_types(lemma(tok), lexicon))


def _noun_types(tok: Token, lexicon: Lexicon) -> set[str]:
    key = next((k for k in phrase_keys(tok) if k in lexicon.nouns), lemma(tok))
    return _lex_types(lexicon, key, lexicon.nouns)  # type: ignore[arg-type]


def type_features(rel: Relation, lexicon: Lexicon) -> list[str]:
    """Sparse features of a relation (strings), for training and for typing at run time."""
    feats = relation_features(rel, lexicon)
    v = rel.verb
    feats += [f"vclass={t}" for t in _class_types(v, lexicon)]
    subj = subject_of(v)
    if subj is not None and subj.pos_ == "NOUN":
        feats.append(f"subj={lemma(subj)}")
    for p in v.children:
        if p.dep_ != "prep":
            continue
        for o in p.children:
            if o.dep_ == "pobj" and o.pos_ == "NOUN":
                feats.append(f"pobj={p.lower_}_{lemma(o)}")
                feats += [f"lexpobj={t}" for t in sorted(_noun_types(o, lexicon))]
    if any(c.dep_ == "dative" for c in v.children):
        feats += [f"obj2={lemma(c)}" for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if lemma(v) in UNDO_VERBS:
        feats += [f"undo={f[7:]}" for f in feats if f.startswith("lexobj=")]
    cues = stance_lexicon()
    cue = cues.verbs.get(lemma(v))
    if cue is not None:
        feats.append(f"stance={'+' if cue.polarity > 0 else '-'}{cue.kind}")
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    ocue = cues.nouns.get(lemma(obj)) if obj is not None else None
    if ocue is not None:
        feats.append(f"stanceobj={'+' if ocue.polarity > 0 else '-'}{ocue.kind}")
    if obj is not None and not any(f.startswith("lexobj=") for f in feats):
        feats += [f"objverb={t}" for t in _deverbal_types(lemma(obj), lexicon)]
    tgt = rel.target_token
    kind = _TARGET_KINDS.get(tgt.ent_type_) or ("group" if tgt.pos_ == "NOUN" else None)
    if kind:
        feats.append(f"tgt={kind}")
    if _harm(v):
        feats.append("harm")
    return feats
