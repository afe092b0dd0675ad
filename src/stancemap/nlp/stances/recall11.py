"""Recall constructions of the eleventh fresh round (issue 9, branch stfresh11).

Small helpers used by the stance rules:

- :func:`said_clause_object`: "defended X, saying Y came first, despite objections from Z": the
  parser hangs "despite" on the verb of the said clause; the objection is against the main
  clause's object (X).
- :func:`hoped_act`: "X said it hoped Beijing would end Y": X +1 on Beijing ending Y (the hope
  that another actor will take a step, as "X called on Beijing to end Y"; README: hopes of
  outcomes are positions of the hoper, hopes about oneself are none).
- :func:`repair_ruling_summary`: "X struck down Y, a ruling Z welcomed": the parser reads
  "ruling" as a verb modifying Z and the main clause as what Z welcomed; as
  :func:`stancemap.nlp.common.parse_repair.repair_trailing_summary` does for "a move", the main
  clause becomes the root again, "ruling" its appositive noun and the reaction its relative clause
  (for the stance stage only: the events stage keeps its own parse).
- :func:`conjoined_relative_antecedent`: "..., a ruling A welcomed and B criticised as Y": the
  second reaction, a conjunct with its own subject and no object, takes the same antecedent.
- :func:`comma_before`: a noun set off by a comma (", a ruling ..."), also when the parser hangs
  that comma on the noun's relative clause (the noun's subtree then opens with the comma).
- :func:`classifying_label`: "Y was a domestic legal matter": an adjective that sorts a matter
  into a kind ("legal", "domestic", "technical") is no positive label of Y.
- :func:`named_under_preposition`: "requested talks over what it called unfair subsidies by Y":
  the free relative of naming under a preposition whose verb is no evaluating cue (which would read
  it itself) judges the named thing by its label, as under a clause.
- :func:`agent_participle_noun`: "a treaty approved by X", and the second participle of ", a
  decision welcomed by A and criticised by B": the noun the agent's participle describes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..common.extensions import actor_at
from ..common.guard import set_heads
from .lexicon import Lexicon
from .raw import RawStance, here, hypothetical
from .syntax import REPORT_VERBS, child, compact_span, is_negated, subjects

__all__ = ["RULING_NOUNS", "agent_participle_noun", "classifying_label", "comma_before", "conjoined_relative_antecedent", "hoped_act", "hoped_of_another", "named_under_preposition", "names_actor", "repair_ruling_summary", "said_clause_object"]

#: nouns of a court's or body's decision that sum up the clause before them (", a ruling X hailed")
RULING_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement"})

#: steps another actor may be hoped to take ("hoped Seoul would drop X", "would ratify Y")
_HOPED_STEPS = frozenset("""end lift drop scrap ease lower cut remove withdraw release free reopen open resume
    restore ratify sign approve adopt implement join accept reconsider reverse halt stop allow extend renew
    honour honor respect back support endorse""".split())
_HOPE_FORMS = frozenset({"hope", "hopes", "hoped", "hoping"})
_SELF = frozenset({"i", "we", "he", "she", "it", "they", "you", "this", "that", "these", "those"})


def said_clause_object(verb: Token) -> Token | None:
    """The object of the clause a said clause hangs on: from "came" in "defended its decision,
    saying price stability came first, despite ..." up through the participle of saying
    ("saying", an adverbial clause or conjunct of the main verb) to the main verb's object.
    None when the verb is not the content of such a participle or the main verb has no object."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS or verb.head.tag_ != "VBG":
        return None
    said = verb.head
    if said.dep_ not in ("advcl", "conj", "xcomp") or said.head.pos_ != "VERB":
        return None
    obj = child(said.head, "dobj")
    return obj if obj is not None and obj.i < said.i else None


def hoped_act(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X hoped (that) Y would end / ratify / drop Z": X +1 on Y doing it. Only an active clause
    with "would" or "will", a named or described subject other than the hoper (not a pronoun:
    "hoped it would be invited", "hoped they would win" are hopes about oneself or a forecast),
    and a step of policy (:data:`_HOPED_STEPS`) with an object."""
    clause = child(verb, "ccomp")
    if clause is None or clause.lemma_.lower() not in _HOPED_STEPS or clause.pos_ != "VERB" \
            or child(clause, "auxpass") is not None or child(clause, "dobj") is None \
            or not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in clause.children) \
            or is_negated(verb) or hypothetical(verb, lex):
        return []
    subj = child(clause, "nsubj")
    holders = subjects(verb)
    if subj is None or subj.lower_ in _SELF or subj.pos_ not in ("PROPN", "NOUN") or not holders \
            or any(h.i == subj.i for h in holders) or not names_actor(subj):
        return []  # ("hoped the rain would end the drought": no actor takes the step)
    lo, hi = compact_span(clause, cut=frozenset({"mark", "punct", "advcl", "relcl", "cc", "conj"}))
    return [RawStance(here(verb), holders, [verb], (lo, hi), -1 if is_negated(clause) else 1, "demand", 0.8,
                      [], source="hope")]


def repair_ruling_summary(doc: Doc, _lex: object = None) -> int:
    """"X struck down Y, a ruling Z welcomed (and W criticised)": the summing noun "ruling" (or
    "verdict", "judgment") read as a verb modifying the reacting party Z, with the main clause
    read as what Z welcomed, or Z read as an apposition of the clause's last noun. In word order:
    ", a/an" + the noun (read as a modifier) + a noun phrase + a past verb: the noun becomes an
    appositive of the main clause's verb, the verb its relative clause with the phrase as subject,
    and a second reaction after "and" (a phrase and a past verb) that verb's conjunct. Returns how
    many were repaired."""
    fixed = 0
    for n in doc:
        if n.lower_ not in RULING_NOUNS or n.dep_ not in ("amod", "compound") or n.i < 3 \
                or doc[n.i - 1].lower_ not in ("a", "an") or doc[n.i - 2].text != ",":
            continue
        v, h = _reaction_after(doc, n.i + 1)
        if v is None or h is None:
            continue
        root = v.sent.root
        changes: list[tuple[Token, Token, str | None]] = []
        if root.i == v.i:  # the main clause read as what Z welcomed
            main = next((c for c in v.children if c.dep_ == "ccomp" and c.i < n.i - 2), None)
            if main is None or main.pos_ not in ("VERB", "AUX"):
                continue
            changes += [(c, main, None) for c in v.children
                        if c.i < n.i and c.i != main.i and c.i not in (h.i, n.i, doc[n.i - 1].i)]
            changes += [(c, main, None) for c in v.children if c.dep_ == "punct" and c.i > v.i]
            changes.append((main, main, "ROOT"))
        elif root.i < n.i and root.pos_ in ("VERB", "AUX") and not v.is_ancestor(root):
            main = root
        else:
            continue
        changes += [(n, main, "appos"), (doc[n.i - 1], n, "det"), (h, v, "nsubj"), (v, n, "relcl")]
        a = v.i + 1
        while a < len(doc) and doc[a].dep_ in ("advmod", "neg", "aux") and doc[a].lower_ != "and":
            a += 1
        if a < len(doc) and doc[a].lower_ == "and" and not any(c.dep_ in ("dobj", "ccomp") for c in v.children):
            v2, h2 = _reaction_after(doc, a + 1)
            if v2 is not None and h2 is not None and v2.i != v.i:
                changes += [(doc[a], v, "cc"), (h2, v2, "nsubj"), (v2, v, "conj")]
        if not set_heads(changes):
            continue
        n.pos_, n.tag_, n.lemma_ = "NOUN", "NN", n.lower_
        fixed += 1
    return fixed


#: words of a reacting party's noun phrase ("U.S. farm lobbies", "Beijing's embassy")
_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"})


def _reaction_after(doc: Doc, i: int) -> tuple[Token | None, Token | None]:
    """From ``i``: a noun phrase and then a past verb (auxiliaries and adverbs between); the verb
    and the phrase's head, or (None, None)."""
    j = i
    while j < len(doc) and (doc[j].pos_ in _NP_POS or doc[j].tag_ == "POS") and doc[j].tag_ != "VBD":
        j += 1
    k = j
    while k < len(doc) and (doc[k].dep_ in ("aux", "neg") or doc[k].tag_ in ("MD", "RB")):
        k += 1
    if j == i or k >= len(doc) or doc[k].tag_ != "VBD" or doc[k].pos_ != "VERB":
        return None, None
    roots = [t for t in doc[i:j] if not i <= t.head.i < j]
    if len(roots) != 1 or roots[0].pos_ not in ("PROPN", "NOUN"):
        return None, None
    return doc[k], roots[0]


def conjoined_relative_antecedent(verb: Token, summing: frozenset[str]) -> Token | None:
    """The summing-up noun (one of ``summing``, set off by a comma: ", a ruling ...") whose bare
    relative clause a conjoined reaction continues: "a ruling A welcomed and B criticised as Y",
    "a ruling A said it would study and B hailed" (the parser hangs the second reaction on the
    reported clause). Only for a conjunct with a subject of its own and no object or clause."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or child(verb, "nsubj") is None \
            or child(verb, "dobj", "ccomp", "xcomp", "attr", "nsubjpass", "dative") is not None:
        return None
    up = verb.head
    for _ in range(3):
        if up.dep_ == "relcl":
            noun = up.head
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in summing and noun.i < up.i and comma_before(noun) \
                    and child(up, "mark") is None:
                return noun
            return None
        if up.dep_ not in ("conj", "ccomp") or up.head.i == up.i:
            return None
        up = up.head
    return None


def agent_participle_noun(verb: Token) -> Token | None:
    """The noun a past participle with a "by" agent describes: "a treaty approved by X" (the
    treaty), and a conjoined participle with its own agent, "a decision welcomed by A and
    criticised by B" (the decision, for B too). None for any other verb."""
    if verb.tag_ != "VBN" or child(verb, "agent") is None:
        return None
    if verb.dep_ == "acl":
        return verb.head
    first = verb.head
    if verb.dep_ == "conj" and first.dep_ == "acl" and first.tag_ == "VBN" and child(first, "agent") is not None \
            and first.head.pos_ == "NOUN" and child(verb, "nsubj", "nsubjpass", "auxpass") is None:
        return first.head
    return None


def comma_before(noun: Token) -> bool:
    """Is ``noun``'s own phrase (its determiners and modifiers before it) set off by a comma
    (", a ruling ...", ", a landmark decision ...")? Read on the words before the noun, not on its
    subtree, which opens with the comma when the parser hangs that comma on a relative clause."""
    lo = min([noun.i, *(c.left_edge.i for c in noun.children
                        if c.i < noun.i and c.dep_ in ("det", "amod", "compound", "nummod", "poss", "advmod"))])
    return lo > 0 and noun.doc[lo - 1].text == ","


def hoped_of_another(verb: Token) -> bool:
    """Is ``verb`` the step another actor is hoped to take ("X hoped Cambodia would lift Y": "lift")?
    That is the hoper's position (:func:`hoped_act`), not one of the clause's subject."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lower_ not in _HOPE_FORMS or head.pos_ != "VERB":
        return False
    subj = child(verb, "nsubj")
    return subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in _SELF and names_actor(subj) \
        and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in verb.children)


#: nouns of a matter to be dealt with, which classifying adjectives sort into kinds
_MATTER_NOUNS = frozenset({"matter", "issue", "question", "affair", "affairs", "case", "dispute", "concern"})
#: adjectives that say what kind of matter it is, not how good it is ("a legal matter")
_CLASSIFYING = frozenset({"legal", "domestic", "internal", "technical", "judicial", "administrative",
                          "procedural", "bilateral", "private", "constitutional", "purely", "strictly"})


def classifying_label(label: Token) -> bool:
    """Is ``label`` a matter noun whose modifiers only classify it ("a domestic legal matter", "an
    internal affair", "a purely technical question")? Such a predicate labels nothing good or bad."""
    if label.lemma_.lower() not in _MATTER_NOUNS:
        return False
    mods = [c for c in label.children if c.dep_ in ("amod", "compound", "advmod")]
    mods += [x for c in mods for x in c.children if x.dep_ in ("advmod", "conj")]
    return bool(mods) and all(c.lemma_.lower() in _CLASSIFYING for c in mods)


#: prepositions of a matter under which a free relative of naming may stand ("over what it called X")
_MATTER_PREPS = frozenset({"over", "about", "on", "against", "at", "regarding", "concerning"})


def named_under_preposition(verb: Token, lex: Lexicon) -> bool:
    """Is ``verb`` (a labelling verb with "what" as object) the clause of a preposition of matter
    ("request consultations over what it called unfair subsidies") whose own head is no evaluating,
    accusing or refusing cue (those read the phrase themselves: "protested against what it called X")?"""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in _MATTER_PREPS or child(verb, "dobj", lemma=("what",)) is None:
        return False
    cue = lex.verbs.get(prep.head.lemma_.lower()) if prep.head.pos_ == "VERB" else None
    return cue is None or cue.kind not in ("evaluative", "accuse", "refuse")


def names_actor(tok: Token) -> bool:
    """Does ``tok``'s phrase name an actor of the actors stage (a state, capital, body, group or
    person; not a thing such as "the deal")?"""
    doc = tok.doc
    lo, hi = compact_span(tok)
    aid = actor_at(doc, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
    if aid is None:
        return False
    a = next((x for x in (doc._.sm_actors or []) if x.id == aid), None)
    return a is not None and a.type != "other"
