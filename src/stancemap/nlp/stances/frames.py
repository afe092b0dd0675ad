"""The object restriction of the wide frame lexicon (``data/stances/frames.yaml``).

Many stance verbs and idioms of political reporting have an everyday sense that is no position:
"cleared the merger" approves, "cleared the square" empties a place; "attacked the plan" is
criticism, "attacked the convoy" is force; "threw out the bill" rejects, "threw out the old chairs"
does not. A cue marked ``abstract_object`` counts only when its object is a proposition, act,
rule or text: a common noun outside the lexicon's physical nouns (things, places and persons,
derived from WordNet by ``scripts/derive_cues.py``), or a verb ("threw out raising the tax").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .bodies import GOVERNING_BODIES
from .lexicon import Cue, Lexicon
from .raw import RawStance, gerund
from .syntax import compact_span

__all__ = ["object_allowed", "abstract_object", "prefer_phrases", "undone_subject", "undone_target", "UNDO_MEASURE_VERBS",
           "view_holder", "judged_by"]

_NEGATORS = frozenset({"no", "never", "not", "n't", "nothing"})


#: cues with a sense of signalling or receiving a conveyance ("hailed a taxi", "welcomed the ship")
_SIGNAL_CUES = frozenset({"hail", "welcome"})
#: conveyances: what one hails or welcomes in that sense, no proposition
_CONVEYANCES = frozenset("""taxi taxis cab cabs car cars bus buses minibus ride rides rickshaw boat boats ship ships
    ferry ferries plane planes train trains truck trucks lorry van tram""".split())


def object_allowed(cue: Cue, obj: Token, lex: Lexicon) -> bool:
    """May ``obj`` be the object of ``cue``? (always, unless the cue asks for an abstract object,
    or hails or welcomes a conveyance: "hailed a taxi to the embassy")"""
    if cue.word in _SIGNAL_CUES and obj.pos_ == "NOUN" and obj.lower_ in _CONVEYANCES \
            and not any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in obj.children):
        return False
    return not cue.abstract_object or abstract_object(obj, lex)


def abstract_object(obj: Token, lex: Lexicon) -> bool:
    """Is ``obj`` an abstract object (an act, a policy, a plan), not a physical thing, place,
    person, time or sum, and not the holder's own affairs?"""
    if obj.pos_ in ("VERB", "AUX"):
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return False  # "celebrated its national holiday": one's own affairs, not a position on another's
    return obj.pos_ == "NOUN" and obj.lemma_.lower() not in lex.physical_nouns and obj.lower_ not in lex.physical_nouns


def prefer_phrases(raws: list[RawStance]) -> list[RawStance]:
    """Drop a one-word verb reading where a phrase cue starts at the same verb: the phrase is the
    more specific reading ("wants no part in X" is -1 on X, not the verb "want" +1 on "no part in X")."""
    firsts = {r.cue[0].i for r in raws if r.source == "phrase" and len(r.cue) > 1}
    return [r for r in raws if not (r.source == "verb" and len(r.cue) == 1 and r.cue[0].i in firsts)
            and not (r.source == "negated" and r.cue[-1].i in firsts)  # "would not stand in the way of X"
            and not _negated_inside(r)]


def _negated_inside(r: RawStance) -> bool:
    """A phrase cue with a negator between its words that is none of them ("took no issue with X",
    "has never had a quarrel with X"): no position either way."""
    if r.source != "phrase" or len(r.cue) < 2:
        return False
    mine = {t.i for t in r.cue}
    doc = r.cue[0].doc
    return any(doc[i].lower_ in _NEGATORS for i in range(r.cue[0].i + 1, r.cue[-1].i) if i not in mine)


_VIEW_NOUNS = frozenset({"view", "opinion", "eyes", "judgement", "judgment", "estimation", "assessment", "mind"})


def view_holder(verb: Token) -> Token | None:
    """Whose view a sentence states when no one is reported as saying it: "in X's view / opinion /
    eyes, Y is a mistake", "according to X, Y is a mistake", "for X, Y is a blunder" (a name set off
    before the subject; "for the miners, Y is a disaster" names whom it harms, not a view)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        low = c.lower_
        pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
        if low == "according":
            to = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "to"), None)
            pobj = next((x for x in to.children if x.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return pobj
        elif pobj is None:
            continue
        elif low == "in" and pobj.lemma_.lower() in _VIEW_NOUNS:
            owner = next((x for x in pobj.children if x.dep_ == "poss"), None)
            of = next((x for x in pobj.children if x.dep_ == "prep" and x.lower_ == "of"), None)
            owner = owner or (next((x for x in of.children if x.dep_ == "pobj"), None) if of is not None else None)
            if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                return owner  # "in X's view", "in the eyes of X"
        elif low == "for" and subj is not None and c.i < subj.i and (pobj.pos_ == "PROPN" or _named_body(pobj)) \
                and any(t.text == "," for t in verb.doc[pobj.i + 1:subj.i]):
            return pobj
    return None


def _named_body(noun: Token) -> bool:
    """A government-like body named by its country or owner ("the Chilean government", "Peru's
    ministry"), not a group of people ("the miners")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in GOVERNING_BODIES and any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
        for c in noun.children)


def undone_subject(action: Token, subj: Token | None, lex: Lexicon) -> tuple[int, int] | None:
    """A demand that something be undone or rejected ("Y must be scrapped / should be rejected"):
    the span of Y (the demand is on the act, "scrapping Y", with the cue's sign); None for any other demand. The verb is a negative
    evaluative cue (an act of undoing or rejecting) in the passive, with Y its subject."""
    if subj is not None and subj.dep_ == "nsubj" and action.lemma_.lower() == "go" and subj.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("prep", "dobj", "xcomp", "ccomp", "advmod", "acomp", "prt", "npadvmod", "oprd")
                        and c.lower_ not in ("now", "immediately", "soon", "according") for c in action.children):
        # ("the ban must go, according to X": the source of the view is no place the ban goes to)
        return compact_span(subj)  # "the ban must go": it must be removed
    raised = subj is not None and subj.dep_ == "nsubj" and subj.head.i != action.i and any(
        c.dep_ == "auxpass" for c in action.children)  # "Y ought to / needs to be scrapped"
    if subj is None or (subj.dep_ != "nsubjpass" and not raised) or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if action.lemma_.lower() in UNDO_MEASURE_VERBS:
        if subj.lemma_.lower() in lex.physical_nouns:
            return None  # ("the anchor must be lifted": a thing, no measure)
        return compact_span(subj)  # "Y must be dropped / ought to be withdrawn" (no stance verbs of their own)
    cue = lex.verbs.get(action.lemma_.lower())
    if cue is None or cue.polarity > 0 or cue.kind != "evaluative" or cue.needs_prep:
        return None
    return compact_span(subj)


#: verbs of undoing a measure (wider than ``common.undo.UNDO_VERBS``, one's own act taken back: a
#: measure is also lifted, removed, halted or abolished). They are no stance verbs ("the army dropped leaflets", "lifted the
#: box"), but a demand that a thing be undone ("Y must be dropped", "called for Y to be lifted",
#: "wants Y scrapped") is a position against the thing.
UNDO_MEASURE_VERBS = frozenset("""drop scrap withdraw lift revoke repeal rescind annul abolish cancel abandon shelve
    overturn reverse retract axe ditch quash nullify invalidate suspend remove end halt stop dismantle
    avoid prevent avert""".split())
# (verbs of prevention are undoing before the fact: "any escalation must be avoided" is -1 on it)


def undone_target(raw: RawStance, lex: Lexicon) -> RawStance | None:
    """A position whose target is a thing to be undone, in the passive ("called for the ban to be
    scrapped", "demanded that the ban be dropped", "insisted the quota be withdrawn", "wants the
    ban scrapped"): the same position on the act, "<undoing> <the thing>" (+1 on scrapping the ban
    for a demand: polarity follows the cue, as the stance gold's README section 5 has it). None when
    the target is anything else, or a physical thing."""
    lo, hi = raw.target
    if hi - lo < 2 or raw.target_prefix:
        return None
    doc = raw.sent.doc
    heads = [t for t in doc[lo:hi] if not (lo <= t.head.i < hi) or t.head.i == t.i]
    if len(heads) != 1:
        return None
    verb = heads[0]
    if verb.lemma_.lower() not in UNDO_MEASURE_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < verb.i), None)
    if subj is None or (subj.pos_ not in ("NOUN", "PROPN") and subj.tag_ != "VBZ") or not lo <= subj.i < verb.i \
            or subj.lemma_.lower() in lex.physical_nouns:
        return None  # (a thing or place, "wants the crates removed", is no measure; a plural subject may
        # be tagged as a verb, "the visa rules/VBZ to be dropped")
    if not passive and not (subj.dep_ == "nsubj" and verb.i == hi - 1 - sum(
            1 for t in doc[verb.i + 1:hi] if t.is_punct)):
        return None  # "wants the ban scrapped": a bare participle ending the target
    if any(c.dep_ == "prep" and c.lower_ in ("from", "out", "off") for c in verb.children):
        return None  # a movement ("troops be withdrawn from Gaza"): the demand is for the withdrawal
    if any(c.dep_ in ("dobj", "neg") for c in verb.children):
        return None  # an active verb with an object ("the ban dropped prices"), or "not be lifted"
    # the act on the thing, with the demand's own sign (stance gold README section 5: polarity follows the cue,
    # demands are not re-normalised; "demanded that the ban be dropped" is +1 on dropping the ban; reword13)
    return replace(raw, target=compact_span(subj), target_prefix=gerund(verb.lemma_.lower()), gerund=False,
                   skip=frozenset())


#: labels of acceptability whose "to X" names the judge ("Y is unacceptable to X"), unlike labels of
#: harm ("Y is harmful to X": X is harmed, not judging)
_JUDGED = frozenset({"acceptable", "unacceptable", "intolerable", "welcome", "unwelcome", "inadmissible",
                     "palatable", "unpalatable", "agreeable", "objectionable", "anathema", "abhorrent", "repugnant"})


def judged_by(label: Token) -> Token | None:
    """The judge of an acceptability label: "Y is unacceptable to X" -> X (a name or noun)."""
    if label.lemma_.lower() not in _JUDGED and label.lower_ not in _JUDGED:
        return None
    to = next((c for c in label.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    judge = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return judge if judge is not None and judge.pos_ in ("PROPN", "NOUN") else None
