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
  unseen verb of praise or blame still leans the right way.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..stances.lexicon import lexicon as stance_lexicon
from .args import subject_of
from .lexicon import Lexicon
from .match import lemma, phrase_keys
from .relations import Relation, _lex_types, relation_features

__all__ = ["type_features"]

_TARGET_KINDS = {"PERSON": "person", "GPE": "state", "NORP": "state", "LOC": "state", "FAC": "place",
                 "ORG": "org"}


def _noun_types(tok: Token, lexicon: Lexicon) -> set[str]:
    key = next((k for k in phrase_keys(tok) if k in lexicon.nouns), lemma(tok))
    return _lex_types(lexicon, key, lexicon.nouns)  # type: ignore[arg-type]


def type_features(rel: Relation, lexicon: Lexicon) -> list[str]:
    """Sparse features of a relation (strings), for training and for typing at run time."""
    feats = relation_features(rel, lexicon)
    v = rel.verb
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
    cues = stance_lexicon()
    cue = cues.verbs.get(lemma(v))
    if cue is not None:
        feats.append(f"stance={'+' if cue.polarity > 0 else '-'}{cue.kind}")
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    ocue = cues.nouns.get(lemma(obj)) if obj is not None else None
    if ocue is not None:
        feats.append(f"stanceobj={'+' if ocue.polarity > 0 else '-'}{ocue.kind}")
    tgt = rel.target_token
    kind = _TARGET_KINDS.get(tgt.ent_type_) or ("group" if tgt.pos_ == "NOUN" else None)
    if kind:
        feats.append(f"tgt={kind}")
    return feats
