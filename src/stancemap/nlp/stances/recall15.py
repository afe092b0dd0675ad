"""Recall constructions of the fifteenth fresh round (issue 9, branch stfresh15).

A rule, :func:`passed_measure`: "the Senate passed a bill ...", "a bill passed by the Senate",
"the law was passed by parliament": a body that passes a bill, law or resolution votes for it (a
formal vote, README 2: +1 on the text). "pass" is no cue of the lexicon ("passed the border",
"passed away", "the deadline passed"), so only a legislative text as its object (or as the noun it
qualifies, with its "by" agent) counts; a text "passed in 2010" with no agent names no voter, one
person who "passed the budget to parliament" hands it on, and only a collective body votes.

An alignment filter, :func:`state_and_own_government`: "Australia's energy minister defended the
government's approval of X" reads the minister as the state; the government whose act is
defended is that same state's government, so there is no alignment (README 6.3: no alignment of
a holder with itself or its own state). Only for a holder phrase headed by an office of the state;
distinct domestic bodies (parliament, courts, parties, provinces) keep theirs.

Parse repairs for the stance stage (each through :func:`common.guard.set_heads`):

- :func:`repair_conjunct_in_relative`: "X blamed Y for an attack that killed ten people and
  demanded that Z ...": the parser may coordinate the second cue verb with the verb of the
  relative clause, so the relative pronoun ("that", standing for "an attack") becomes the
  demand's subject. A cue verb needs a party as subject; when the relative clause's antecedent
  is a thing (no name, no person or group noun) and the clause it sits in has a past cue verb
  as well, the second cue verb goes back to that verb as its conjunct.
- :func:`repair_cue_read_as_modifier`: "X said it accepted Y, and proposed joint patrols of Z":
  the parser may read the past form after "and" as an adjective of the next noun ("proposed
  patrols", the noun a conjunct of the verb). A noun cannot be the conjunct of a verb; when the
  word before the noun is a past form of a cue verb right after the conjunction, it becomes the
  verb's conjunct and the noun its object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...records import Actor
from ..common.guard import set_heads
from .lexicon import Lexicon, cue_verb
from .raw import RawStance, here
from .syntax import child, expand_conj, is_negated

__all__ = [
    "LEGISLATIVE_TEXTS", "STATE_OFFICES", "VOTING_BODIES", "passed_measure", "quote_mark", "repair_capital_read_as_adverb",
    "repair_conjunct_in_relative", "repair_cue_read_as_modifier", "repair_need_read_as_noun",
    "state_and_own_government", "unnamed_officer",
]

#: collective bodies that pass a text by a vote (README 2: votes of collective bodies, not of one person)
VOTING_BODIES = frozenset("""parliament senate assembly congress cabinet council legislature house chamber lawmakers
    legislators deputies mps senators representatives duma knesset majlis bundestag sejm rada diet storting riksdag
    folketing althing""".split())

#: nouns of texts that a body passes by a vote
LEGISLATIVE_TEXTS = frozenset("""bill law legislation motion resolution budget amendment act decree ordinance
    statute package""".split())


#: office nouns of a state's own officials and bodies ("Chile's mining minister", "the foreign ministry")
_STATE_OFFICE_HOLDERS = frozenset("""minister ministry president premier chancellor spokesman spokeswoman
    spokesperson secretary cabinet ambassador envoy diplomat official officials""".split())


def state_and_own_government(a: Actor | None, b: Actor | None, holder_token: Token | None) -> bool:
    """Is the holder a state's official read as the state ("Australia's climate minister" as
    Australia) and the partner that same state's government? Only in that direction, and only for
    a holder phrase headed by an office: "The Canadian government criticised Alberta's decision"
    (a province read as its state) keeps its alignment, and so does a holder the stage misread."""
    if a is None or b is None or holder_token is None or a.type != "state":
        return False
    if holder_token.lemma_.lower() not in _STATE_OFFICE_HOLDERS:
        return False
    return b.id == f"{a.id}GOV" and b.sector == "GOV" and b.country == a.id


def _text_range(noun: Token, verb: Token) -> tuple[tuple[int, int], frozenset[int]]:
    """The text's noun phrase, less the passing verb's own words when they stand inside it."""
    lo, hi = noun.left_edge.i, noun.right_edge.i + 1
    inner = frozenset(t.i for t in verb.subtree) if noun.is_ancestor(verb) else frozenset()
    return (lo, hi), inner


def passed_measure(verb: Token) -> list[RawStance]:
    """+1 of the body that passes a legislative text, on the text (see the module docstring)."""
    if verb.lemma_.lower() != "pass" or verb.pos_ != "VERB" or is_negated(verb):
        return []
    agent = child(verb, "agent")
    voter = child(agent, "pobj") if agent is not None else None
    text: Token | None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a bill passed by the Senate"
        text = verb.head
    elif child(verb, "nsubjpass") is not None:  # "the bill was passed by the Senate"
        text = child(verb, "nsubjpass")
    else:  # "the Senate passed a bill"
        text = child(verb, "dobj")
        voter = child(verb, "nsubj")
    if text is None or voter is None or text.lemma_.lower() not in LEGISLATIVE_TEXTS \
            or voter.pos_ not in ("NOUN", "PROPN") or voter.lemma_.lower() not in VOTING_BODIES:
        return []  # ("the finance minister passed the budget": one person hands it on, no vote)
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return []  # ("passed the budget to parliament": a transfer)
    target, skip = _text_range(text, verb)
    return [RawStance(here(verb), expand_conj(voter), [verb], target, 1, "evaluative", 0.9, [], skip=skip)]

_RELATIVE_PRONOUNS = frozenset({"that", "which"})
#: entity types of parties (a relative clause on such a noun may well take a cue verb)
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: common nouns of parties and groups ("a group that opposes X and demands Y" keeps its parse)
_PARTY_NOUNS = frozenset("""group party government ministry minister country state union council committee
    coalition movement organisation organization association federation alliance bloc army force forces
    people leader leaders official officials lawmaker lawmakers member members body agency authority
    authorities company firm bank court parliament opposition rebels militia activists campaigners
    nation nations administration president""".split())


def _thing(noun: Token) -> bool:
    """A noun that names a thing or an event, not a party."""
    return noun.pos_ in ("NOUN",) and not noun.ent_type_ and noun.lemma_.lower() not in _PARTY_NOUNS


def repair_conjunct_in_relative(doc: Doc, lex: Lexicon) -> int:
    """Move a past cue verb coordinated with a relative clause on a thing back to the clause above.

    Returns how many were moved."""
    moved = 0
    for v in doc:
        rel = v.head
        if v.dep_ != "conj" or v.tag_ != "VBD" or v.lemma_.lower() not in lex.verbs \
                or rel.dep_ != "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        subj = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        noun = rel.head
        if subj is None or subj.lower_ not in _RELATIVE_PRONOUNS or not _thing(noun):
            continue
        up = noun.head
        for _ in range(4):  # "for an attack": pobj -> prep -> verb; "the attack": dobj -> verb
            if up.pos_ == "VERB" or up.head.i == up.i:
                break
            up = up.head
        if up.tag_ != "VBD" or up.lemma_.lower() not in lex.verbs or up.i > v.i \
                or not any(c.dep_ == "nsubj" for c in up.children):
            continue
        if set_heads([(v, up, "conj")]):
            moved += 1
    return moved


def repair_cue_read_as_modifier(doc: Doc, lex: Lexicon) -> int:
    """Make a cue verb read as the adjective of a noun that is a verb's conjunct the conjunct itself.

    Returns how many were moved."""
    moved = 0
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or noun.i < 2:
            continue
        first = doc[noun.left_edge.i]
        if first.dep_ != "amod" or first.head.i != noun.i or first.tag_ not in ("VBN", "VBD") \
                or doc[first.i - 1].lower_ not in ("and", "but"):
            continue
        lemma = cue_verb(first, lex)
        if lemma is None:
            continue
        if set_heads([(first, verb, "conj"), (noun, first, "dobj")]):
            first.pos_, first.tag_, first.lemma_ = "VERB", "VBD", lemma
            moved += 1
    return moved


def _country_word(tok: Token) -> bool:
    """Is the word a country's name, capital or seat of government in the actor tables?"""
    from ...actors.tables import load_tables

    t = load_tables()
    form = tok.text if not tok.is_upper else tok.text.title()
    return form in t.name_of or form in t.capital_of or form in t.seat_of


def repair_capital_read_as_adverb(doc: Doc) -> int:
    """"Windhoek is squarely behind Y": the parser may tag a capital (or a country's name) that opens
    the clause as an adverb or a wh-word, so the copula has no subject and the holder is lost. The
    name becomes the subject. Only for a name of the actor tables right before its verb's other
    words, on a verb with no subject. Returns how many were moved."""
    moved = 0
    for tok in doc:
        verb = tok.head
        if tok.tag_ in ("NNP", "NNPS") or not tok.text[:1].isupper() or tok.dep_ not in ("advmod", "nsubj") \
                or verb.i <= tok.i or verb.pos_ not in ("AUX", "VERB") or not _country_word(tok):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != tok.i for c in verb.children):
            continue
        if set_heads([(tok, verb, "nsubj")]):
            tok.tag_, tok.pos_ = "NNP", "PROPN"
            moved += 1
    return moved


#: plural-looking verbs of need that the parser reads as nouns after "what our N"
_NEED_FORMS = {"needs": "need", "wants": "want"}


def repair_need_read_as_noun(doc: Doc) -> int:
    """"Y is exactly what our coastline needs": the parser may read "coastline needs" as a compound
    noun, the subject of "what", so there is no verb of need and no judgement. "needs" becomes the
    verb of the clause, with the noun before it as its subject and "what" as its object (the shape
    :func:`effects.what_we_need` reads). Only right after "what" + a possessive or determiner + a noun,
    at the end of the clause. Returns how many were moved."""
    moved = 0
    for need in doc:
        if need.lower_ not in _NEED_FORMS or need.pos_ == "VERB" or need.i < 3:
            continue
        noun, owner, what = doc[need.i - 1], doc[need.i - 2], doc[need.i - 3]
        if what.lower_ != "what" or owner.dep_ not in ("poss", "det") or noun.pos_ not in ("NOUN", "PROPN") \
                or what.head.pos_ not in ("AUX", "VERB"):
            continue
        if need.i + 1 < len(doc) and doc[need.i + 1].is_alpha:
            continue
        be = what.head
        if set_heads([(need, be, "ccomp"), (what, need, "dobj"), (noun, need, "nsubj"), (owner, noun, None)]):
            need.tag_, need.pos_, need.lemma_ = "VBZ", "VERB", _NEED_FORMS[need.lower_]
            moved += 1
    return moved


def quote_mark(tok: Token) -> bool:
    """Is the token a quotation mark? spaCy's ``is_quote`` is also true of the apostrophe of a plural
    possessive ("the two companies' chiefs"), which opens or closes no quotation."""
    return tok.is_quote and tok.tag_ != "POS" and tok.dep_ != "case"


#: singular office-holders of a state that a text may name by their office alone ("the economy minister")
STATE_OFFICES = frozenset({"minister", "president", "premier", "chancellor"})


def unnamed_officer(tok: Token) -> bool:
    """"The economy minister urged X": a singular state office named by its office alone (the article's
    state, which the events stage gives it when the text has one): no possessor, no name, no
    adjective of a state (those are actors' mentions of their own), as the clause's subject."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in STATE_OFFICES \
            or not tok.dep_.startswith("nsubj"):
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    return not any(c.dep_ in ("poss", "appos") or c.pos_ == "PROPN" or c.ent_type_ for c in kids)
