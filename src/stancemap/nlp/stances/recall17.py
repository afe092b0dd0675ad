"""Recall constructions of the seventeenth fresh round (issue 9, branch stfresh17).

Parse repairs for the stance stage (each through :func:`common.guard.set_heads`):

- :func:`repair_label_on_object`: "..., calling the union's offer an insult to X": the parser
  may hang the label noun on the first object as that noun's own object ("offer" -> "insult"),
  so the naming verb has one object and no label. A noun takes no direct object; when the object of
  a naming verb has a determined noun as its object, that noun becomes the verb's second object
  (``oprd``), the shape ``rules._label_stances`` reads ("called X a Y").
- :func:`repair_noun_read_as_verb_before_as`: "described the port plan of a neighbour to dredge
  the lagoon channels as a risk to X": the parser may read the last word of a long object (any plural
  noun it can tag as a present verb) as the verb of a clause whose subject is the object's head, with
  "as a risk" on that verb. When a labelling verb has no object and such a clause as its complement, the
  clause's verb (right after its subject's phrase, with no auxiliary, marker, negation or object
  of its own) becomes the noun it is, inside the phrase; the subject becomes the labelling verb's
  object and "as" goes back to the labelling verb.

- :func:`describes_the_object`: "rejected the draft as ignoring the needs of X": the gerund after
  "as" says what the object does; the subject takes no -1 of its own on "the needs of X".

Holders:

- :func:`bare_officer`: "The economy minister" with the story's dateline read into the phrase
  ("CITY - The trade minister said X": the place read as a compound of the office, "The" tagged
  into the place's entity)
  and "calls from the interior minister for X" (the office as the author of a speech-act noun): a
  singular state office named by its office alone, as :func:`recall15.unnamed_officer` reads it as
  a subject.

Not changed: "welcomed the bank board's approval of a credit line" keeps the board's own +1. README 3's
list of second-actor nouns does not name "approval", but README 2 counts approvals and decisions of
formal bodies, and the paraphrase family b20-nom-approval-merger ("The European Commission's
approval of the merger came on Tuesday") expects the body's +1.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..common.datelines import is_dateline
from ..common.guard import set_heads
from .effects import THING_NOUNS
from .lexicon import Lexicon
from .recall15 import STATE_OFFICES, unnamed_officer
from .syntax import child

__all__ = ["NAMING_VERBS", "anaphoric_body", "describes_the_object", "bare_officer", "country_office",
           "repair_cue_conjunct_of_reported_thing", "repair_label_on_object", "repair_label_participle_on_judgement",
           "repair_noun_read_as_verb_before_as"]

#: verbs that give their object a name or label as a second object ("called X a Y")
NAMING_VERBS = frozenset({"call", "label", "brand", "term", "dub", "deem", "declare", "consider"})

#: determiners and possessives that open a label noun phrase ("a betrayal", "an insult", "their defeat")
_LABEL_OPENERS = frozenset({"a", "an"})


def repair_label_on_object(doc: Doc, lex: Lexicon | None = None) -> int:
    """"calling the union's offer an insult": the label read as the object of the object noun
    becomes the naming verb's second object. Returns how many were moved."""
    moved = 0
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_VERBS:
            continue
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        if len(dobjs) != 1 or child(verb, "oprd", "xcomp", "ccomp", "dative") is not None:
            continue
        obj = dobjs[0]
        if obj.pos_ not in ("NOUN", "PROPN"):
            continue
        label = next((c for c in obj.children if c.dep_ == "dobj" and c.i > obj.i), None)
        if label is None or label.pos_ != "NOUN":
            continue
        det = child(label, "det")
        if det is None or det.lower_ not in _LABEL_OPENERS or det.i != label.left_edge.i:
            continue
        if set_heads([(label, verb, "oprd")]):
            moved += 1
    return moved


def repair_noun_read_as_verb_before_as(doc: Doc, lex: Lexicon) -> int:
    """"described the plan to dredge the lagoon channels as a risk": the last word of
    the object read as a verb taking "as a threat" goes back into the object. Returns how many."""
    moved = 0
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.label_verbs or child(verb, "dobj") is not None:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                       and c.tag_ in ("VBZ", "VBP")), None)
        if clause is None or any(c.dep_ in ("aux", "auxpass", "mark", "neg", "dobj", "nsubjpass")
                                 for c in clause.children):
            continue
        subj = child(clause, "nsubj")
        as_ = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > clause.i), None)
        if subj is None or as_ is None or subj.pos_ not in ("NOUN", "PROPN") or (
                child(as_, "pobj") is None and not any(c.pos_ == "ADJ" for c in as_.children)):
            continue  # (a label: "as a threat", "as reckless")
        prev = doc[clause.i - 1]
        if subj.right_edge.i != clause.i - 1 or prev.i == subj.i or prev.pos_ not in ("NOUN", "PROPN") \
                or prev.dep_ not in ("pobj", "dobj", "compound"):
            continue  # (the word right after the subject's own noun is read by rules._label_stances)
        changes: list[tuple[Token, Token, str | None]] = [
            (clause, prev.head, prev.dep_), (prev, clause, "compound"), (subj, verb, "dobj"), (as_, verb, "prep")]
        if set_heads(changes):
            clause.pos_, clause.tag_ = "NOUN", "NNS" if clause.lower_.endswith("s") else "NN"
            clause.lemma_ = clause.lower_
            moved += 1
    return moved


#: modifiers of an office whose holder is not (or no longer) in it
_NOT_IN_OFFICE = frozenset({"former", "ex", "ex-", "outgoing", "then", "late", "erstwhile", "previous"})


def _bare_office(tok: Token) -> bool:
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in STATE_OFFICES:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    # (the dateline's place is no owner, and a determiner the tagger took into the place's entity
    # ("CITY - The": one ORG) names no one)
    return not any((c.dep_ in ("poss", "appos") or c.pos_ == "PROPN" or (c.ent_type_ and c.dep_ != "det"))
                   and not is_dateline(c) for c in kids)


def bare_officer(tok: Token) -> bool:
    """A singular state office named by its office alone: as a subject (also with the dateline the
    parser read into its phrase), or as the author of a speech-act noun ("calls from the economy
    minister for X", "a proposal by the finance minister"). Never a former one ("The former economy
    minister criticised X": no officer of the state now)."""
    if any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in _NOT_IN_OFFICE for c in tok.children):
        return False
    if unnamed_officer(tok):
        return True
    if not _bare_office(tok):
        return False
    if tok.dep_.startswith("nsubj"):
        return True  # ("CITY - The trade minister said ...": the dateline read as a compound)
    return tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by") and tok.head.head.pos_ == "NOUN"



#: offices and bodies of a state that "the country's" names ("the country's finance minister")
_COUNTRY_OFFICES = frozenset("""minister ministry president premier chancellor government cabinet parliament
    ambassador envoy spokesman spokeswoman spokesperson""".split())


def country_office(tok: Token) -> Token | None:
    """"the country's health minister": an office of a state whose owner is "the country"
    (or "the nation"), with no name of its own; returns the possessor "country", else None. The
    country is the state the text has just named ("Kenya hosted X, and the country's minister urged Y")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _COUNTRY_OFFICES:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or poss.lemma_.lower() not in ("country", "nation") or [c.lower_ for c in poss.children
                                                                         if c.dep_ != "case"] != ["the"]:
        return None
    if any(c.pos_ == "PROPN" or c.dep_ == "appos" for c in tok.children):
        return None  # ("the country's president, Luiz Inacio Lula da Silva": his own name)
    return poss


#: reporting verbs whose speaker a trailing labelling participle belongs to
_REPORTING = frozenset({"say", "tell", "state", "add", "insist", "argue", "declare", "write"})
#: subjects of a judgement clause that can themselves be the labeller ("the minister was blunt, calling X ...")
_PARTY_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
#: ... and nouns of parties ("the French envoy was wrong, calling X ...": the envoy may be the labeller)
_PARTY_NOUNS = frozenset("""minister ministry president premier chancellor government cabinet parliament ambassador
    envoy diplomat spokesman spokeswoman spokesperson official officials leader leaders party parties authorities
    country countries nation nations state states people group groups union unions company companies court
    council assembly commission committee body bloc alliance army military police rebels militants
    agency bank board coalition opposition member members delegation lawmakers""".split())


def repair_label_participle_on_judgement(doc: Doc, lex: Lexicon) -> int:
    """"X said that the plan was unacceptable, calling the draft a humiliation": the parser hangs the
    trailing labelling participle on the reported judgement ("was"), whose subject is the thing judged,
    so the thing would be the labeller. When that subject names no party (no name, no pronoun of a
    party), the participle goes to the reporting verb, whose speaker labels. Returns how many."""
    moved = 0
    for part in doc:
        if part.tag_ != "VBG" or part.dep_ != "advcl" or part.lemma_.lower() not in lex.label_verbs | NAMING_VERBS:
            continue
        judged = part.head
        if judged.lemma_ != "be" or judged.dep_ != "ccomp" or part.i < judged.i:
            continue
        report = judged.head
        if report.lemma_.lower() not in _REPORTING or child(report, "nsubj") is None:
            continue
        subj = child(judged, "nsubj")
        if subj is None or not _names_no_party(subj):
            continue
        if doc[part.i - 1].text != ",":
            continue
        if set_heads([(part, report, "advcl")]):
            moved += 1
    return moved


#: state bodies a text names again by their noun alone ("The ministry said ...")
_ANAPHORIC_BODIES = frozenset({"ministry", "department", "cabinet"})


def anaphoric_body(tok: Token) -> bool:
    """"The ministry" with nothing but "the" before it, as a clause's subject: the body named before."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _ANAPHORIC_BODIES and tok.dep_.startswith("nsubj") \
        and [c.lower_ for c in tok.children if c.dep_ not in ("case", "punct")] == ["the"]


def _names_no_party(subj: Token) -> bool:
    """Is the subject a thing (no name, no pronoun of a party, no noun of a party)?"""
    return subj.lower_ not in _PARTY_PRONOUNS and subj.pos_ == "NOUN" and subj.lemma_.lower() not in _PARTY_NOUNS \
        and subj.lower_ not in _PARTY_NOUNS and subj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")


def repair_cue_conjunct_of_reported_thing(doc: Doc, lex: Lexicon) -> int:
    """"The regulator said the tender had been run in secret and asked that Y": the parser
    coordinates the cue verb with the verb of the reported clause, whose subject is a thing (the
    tender), which cannot ask. The cue verb goes to the reporting verb, whose speaker demands.
    Only a past cue verb with no subject of its own, on a reported clause of a thing's subject
    under a reporting verb with a subject. Returns how many were moved."""
    moved = 0
    for v in doc:
        if v.dep_ != "conj" or v.tag_ != "VBD" or v.lemma_.lower() not in lex.verbs \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        said = v.head
        report = said.head
        if said.dep_ != "ccomp" or said.pos_ not in ("VERB", "AUX") or report.lemma_.lower() not in _REPORTING \
                or child(report, "nsubj") is None or report.i > said.i:
            continue
        subj = child(said, "nsubj", "nsubjpass")
        if subj is None or not _names_no_party(subj) or (
                subj.dep_ != "nsubjpass" and subj.lemma_.lower() not in THING_NOUNS):
            continue  # (an active clause only with a noun of a thing as subject: "the contractor had run X")
        if set_heads([(v, report, "conj")]):
            moved += 1
    return moved


def describes_the_object(cue: Token) -> bool:
    """"rejected the draft as ignoring the needs of smallholders": a gerund after "as" that describes
    the verb's object (the draft ignores the needs), not its subject; the subject takes no stance of
    its own on what the gerund names (it rejects the draft for it)."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.lower_ != "as" or cue.head.dep_ != "prep":
        return False
    verb = cue.head.head
    return verb.pos_ == "VERB" and child(verb, "dobj") is not None and child(verb, "dobj").i < cue.i  # type: ignore[union-attr]
