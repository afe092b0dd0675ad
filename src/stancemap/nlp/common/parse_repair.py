"""Parse repairs shared by the event and stance stages.

Each repair mends one construction the parser misreads in wire copy, changes heads only through
:func:`~stancemap.nlp.common.guard.set_heads` (all or nothing, never a head cycle) and returns how
many places it mended. A repaired Doc stays repaired for the stages after it, so a repair that two
stages call is idempotent: the second call finds nothing left to mend.

- :func:`repair_trailing_summary`: "X accused Y of Z, a charge Y's leaders rejected", the summing
  noun read as a modifier of the reacting party and the main clause as what was rejected.
- :func:`repair_speaking_participle`: "X demanded that Y pull back its troops, calling the deployment
  a breach", the speaker's participle hung on the reported clause's verb (Y would be the one calling).
- :func:`repair_participle_subject`: "Miners seeking higher wages clashed with police", the
  subject's -ing modifier read as the clause verb (or the real verb as a reduced relative inside it).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .guard import set_heads

__all__ = ["MOVE_NOUNS", "SPEAKING_PARTICIPLES", "repair_trailing_summary", "repair_participle_subject",
           "repair_speaking_participle"]

#: nouns that sum up the act of the clause before them ("..., a move the ministry condemned")
MOVE_NOUNS = frozenset({"move", "decision", "step", "action", "measure", "charge", "accusation", "allegation", "claim"})


_COMPOUND_ID = get_string_id("compound")


def _has_move_compound(doc: Doc) -> bool:
    """Whether a word of :data:`MOVE_NOUNS` (by its lemma, lower-cased) is a compound modifier anywhere in
    ``doc``, which :func:`repair_trailing_summary` needs: read from one array, a string decoded per
    distinct lemma of a compound."""
    if not len(doc):
        return False
    arr = doc.to_array([LEMMA, DEP])
    strings = doc.vocab.strings
    lemma_ids = set(arr[arr[:, 1] == numpy.uint64(_COMPOUND_ID), 0].tolist())
    return any(strings[k].lower() in MOVE_NOUNS for k in lemma_ids)


def repair_trailing_summary(doc: Doc) -> int:
    """Re-read a trailing appositive that sums up the main clause ("X accused Y of Z, a charge Y's
    leaders rejected") when the parser took the summing noun for a modifier of the reacting party
    ("a charge opposition leaders" one noun phrase, the subject of "rejected") and made the main
    clause a complement of the reaction, so that the main clause's acts read as what was rejected.
    The main clause becomes the root again, the summing noun (:data:`MOVE_NOUNS`) its appositive
    and the reaction that noun's relative clause, as the parser reads "..., a charge Paris denied".
    Only for a root verb whose subject phrase opens with a determiner and the summing noun right
    after a comma, with a clausal complement before that comma. Returns how many were repaired."""
    if not _has_move_compound(doc):
        return 0  # (no summing noun read as a modifier anywhere: no sentence to look at)
    fixed = 0
    for sent in doc.sents:
        verb = sent.root
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i,
                   default=None)  # (the nearest: a dateline may hang on the verb as a first subject)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        det = doc[subj.left_edge.i]
        if det.dep_ != "det" or det.i < 1 or doc[det.i - 1].text != "," or det.i + 1 >= subj.i:
            continue
        move = doc[det.i + 1]
        if move.lemma_.lower() not in MOVE_NOUNS or move.dep_ != "compound" or move.head.i != subj.i:
            continue
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < det.i - 1), None)
        if main is None or main.pos_ not in ("VERB", "AUX"):
            continue
        # the comma before the appositive and the full stop go to the main verb (a dateline parsed as a
        # subject stays: the events stage reads datelines wherever they hang); never a head cycle
        puncts = [(c, main, None) for c in verb.children if c.dep_ == "punct" and (c.i < det.i or c.i > verb.i)]
        if not set_heads([*puncts, (main, main, "ROOT"), (move, main, "appos"), (det, move, None),
                          (verb, move, "relcl")]):
            continue
        move.pos_, move.tag_ = "NOUN", "NN"
        fixed += 1
    return fixed


#: words between an -ing modifier and the real verb that end the search (a new clause or a list)
_STOPS = frozenset({",", ";", ":", "and", "or", "but", "who", "which", "that", "whose", "while", "as", "when", "-", "--"})
#: prepositions the parser may read where a clause of time begins ("after crowds demanding X set fire ...")
_CLAUSE_PREPS = frozenset({"after", "before", "until", "since"})
#: the clause relations an -ing verb with its own subject may have been given in place of the real verb
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "ccomp", "conj"})


def _real_verb(doc: Doc, ing: Token, limit: int) -> Token | None:
    """The first verb after ``ing``'s own words that no subject, auxiliary or agent holds (a finite
    past form, or a past participle the parser hung inside the -ing phrase), None when a comma, a
    conjunction or a relative word comes first."""
    for k in range(ing.i + 1, min(limit, len(doc))):
        t = doc[k]
        if t.lower_ in _STOPS or t.tag_ in ("WDT", "WP", "WRB"):
            return None
        if t.pos_ not in ("VERB", "AUX") or t.tag_ == "VBG" or t.dep_ in ("amod", "compound"):
            continue
        if t.tag_ not in ("VBD", "VBN") or doc[k - 1].pos_ not in ("NOUN", "PROPN", "NUM", "ADV"):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "expl") for c in t.children):
            return None
        return t
    return None


_VBG_ID = get_string_id("VBG")
_ADVCL_ID = get_string_id("advcl")


def _vbg_tokens(doc: Doc, dep_id: int | None = None) -> list[Token]:
    """``[t for t in doc if t.tag_ == "VBG"]`` (and ``t.dep_`` the label of ``dep_id``), read from one
    array: a Token is made for the -ing words only (a label's id is the same in every vocab: get_string_id)."""
    if not len(doc):
        return []
    hits = doc.to_array(TAG) == numpy.uint64(_VBG_ID)
    if dep_id is not None:
        hits &= doc.to_array(DEP) == numpy.uint64(dep_id)
    return [doc[i] for i in hits.nonzero()[0].tolist()]


def repair_participle_subject(doc: Doc) -> int:
    """Re-read a subject with an -ing modifier ("Crowds demanding a recount set fire to a tax
    office", "Miners seeking higher wages clashed with riot police, officials said")
    that the parser read as a clause of its own: either the -ing verb took the noun as its subject and
    the real verb became a conjunct of the clause above, or the real past verb became a reduced
    relative ("wages clashed") inside the -ing phrase and the noun the subject of a later reporting
    verb that has a subject of its own, or the noun the object of "after / before / until / since" read as
    a preposition and the real verb a reduced relative with an object of its own ("after youths
    waving flags torched X"). The real verb gets the noun as its subject and the place the
    -ing verb (for a reporting verb, its complement; for the preposition, a clause of time it marks) had;
    the -ing verb modifies the noun again.

    Only when the real verb directly follows the -ing phrase (no comma, conjunction or relative word
    between), has no subject, auxiliary or "by" agent of its own, and is a past form. Returns how
    many were repaired."""
    fixed = 0
    for ing in _vbg_tokens(doc):
        own = not (ing.dep_ == "acl" and ing.head.i == ing.i - 1 and ing.head.pos_ in ("NOUN", "PROPN"))
        found = next((c for c in ing.children if c.dep_ == "nsubj" and c.i == ing.i - 1), None) if own else ing.head
        if found is None or own and (ing.dep_ not in _CLAUSE_DEPS or found.pos_ not in ("NOUN", "PROPN")
                                     or any(c.dep_ in ("aux", "auxpass") for c in ing.children)):
            continue
        subj: Token = found
        verb = _real_verb(doc, ing, ing.sent.end)
        if verb is None:
            continue
        mark = [c for c in ing.children if c.dep_ == "mark"]
        if own:  # "after crowds demanding X set fire ...": the -ing verb held the clause
            if not (verb.dep_ == "conj" and verb.head.i in (ing.i, ing.head.i)
                    or verb.dep_ == "acl" and ing.is_ancestor(verb)):
                continue
            up = (verb, "ROOT") if ing.dep_ == "ROOT" else (ing.head, ing.dep_)
            changes = [(verb, *up), (subj, verb, "nsubj"), (ing, subj, "acl"), *[(m, verb, None) for m in mark]]
        elif subj.dep_ == "pobj" and subj.head.lower_ in _CLAUSE_PREPS and subj.head.head.pos_ in ("VERB", "AUX"):
            # "after youths waving flags torched X": "after" read as a preposition, "set" as a
            # reduced relative of "verdict" (its own object shows it is active): the clause of time restored
            prep = subj.head
            if verb.dep_ != "acl" or not ing.is_ancestor(verb) or not any(c.dep_ == "dobj" for c in verb.children):
                continue
            changes = [(verb, prep.head, "advcl"), (subj, verb, "nsubj"), (prep, verb, "mark")]
        else:  # "Miners seeking X [wages] clashed with Y, officials said": a second subject of "said"
            say = subj.head
            if verb.dep_ != "acl" or not ing.is_ancestor(verb) or subj.dep_ != "nsubj" or say.i < verb.i \
                    or not any(c.dep_ == "nsubj" and c.i != subj.i for c in say.children):
                continue
            changes = [(verb, say, "ccomp"), (subj, verb, "nsubj")]
        if set_heads(changes):
            verb.tag_ = "VBD" if verb.tag_ == "VBN" else verb.tag_
            fixed += 1
    return fixed


#: Verbs of speaking or naming whose participle after a reported clause is the speaker's own further word
#: (", calling it a violation", ", warning that ...", ", accusing Y of ...", ", saying ...").
SPEAKING_PARTICIPLES = frozenset({"call", "warn", "accuse", "brand", "describe", "label", "term", "say", "add",
                                  "insist", "argue", "vow", "threaten", "denounce", "condemn", "cite", "urge"})


#: Verbs that only report a clause: a participle after their clause is left where the parser put it ("X said Y
#: would keep its ban, calling it essential" reads either way, and the stance rules read it as parsed).
_REPORTING_VERBS = frozenset({"say", "tell", "add", "state", "announce", "report", "note", "explain", "write",
                              "confirm", "claim", "argue"})


def repair_speaking_participle(doc: Doc) -> int:
    """Re-hang a participle of speaking or naming after a comma (", calling the deployment a breach",
    ", warning that it would respond") from the verb of a that-clause to the verb that reports or asks
    it ("X demanded that Y pull back its troops, calling ...": X calls, not Y), as the parser hangs it when
    the clause is short. Only for a complement clause (ccomp) of a verb with a subject of its own that asks
    or demands rather than only reports (:data:`_REPORTING_VERBS`),
    the participle with no subject, and a comma right before it. Returns how many were moved."""
    moved = 0
    for ing in _vbg_tokens(doc, _ADVCL_ID):
        clause = ing.head
        if ing.lemma_.lower() not in SPEAKING_PARTICIPLES or ing.i < 1 or doc[ing.i - 1].text != "," \
                or clause.dep_ != "ccomp" or clause.i > ing.i or clause.head.pos_ not in ("VERB", "AUX") \
                or clause.head.lemma_.lower() in _REPORTING_VERBS \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in ing.children) \
                or not any(c.dep_ == "nsubj" for c in clause.head.children):
            continue
        comma = doc[ing.i - 1]
        if set_heads([(ing, clause.head, "advcl"), *([(comma, clause.head, None)] if comma.head.i == clause.i else [])]):
            moved += 1
    return moved
