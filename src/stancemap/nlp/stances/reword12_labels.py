"""Judging idioms of reporter rewordings (issue 9, reword12 session), said of a plan, deal or act by a
reporter ("..., X said" or "according to X"), as labels are (README section 2):

- "Y is a tax on Z" with people or something valued as Z ("a tax on fishermen / our bakers"): -1 on Y.
  A levy described by what it is charged on ("a tax on imports") says nothing, so Z must be valued
  (effects._VALUED, first person, the reporter's own people).
- "Y is a credit to Z" (+1) / "Y is an insult / an affront to Z" (-1) with a thing as Y.
- "Y will put Z on the map" (+1): the thing makes Z known.
- "Y will bring A and B closer (together)" (+1): a thing that unites the reporter's own side with another
  ("our two peoples", the reporter's state as A or B), peoples of a region or named continents; never two named third states
  ("the sanctions will bring Russia and China closer", said by Japan, is a warning).
- "Y is the only / best way to save (protect) Z" with a valued Z (+1).
Y must be a plan, rule, deal, project or act (effects._thing), never a person or a state, and the
statement must not be negated or hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from .effects import _REGIONS, _ours, _thing, _valued_any  # the same tests the statements of effect use
from .frames import view_holder
from .lexicon import Lexicon
from .raw import RawStance, here, hypothetical
from .syntax import child, compact_span, is_negated, prep_object, reporting_subject

__all__ = ["idiom_labels"]

#: "Y is a <noun> to Z": the sign of the idiom
_TO_LABELS = {"credit": 1, "insult": -1, "affront": -1, "slap": -1}
#: verbs of "the only way to <verb> Z"
_SAVING = frozenset({"save", "protect", "rescue", "preserve", "secure", "safeguard"})


def _people_or_valued(tok: Token, reporter: Token | None) -> bool:
    return _valued_any(tok) or _ours(tok, reporter)  # ("a tax on our fishermen", "a tax on Greek bakers")


#: nouns of peoples or regions brought closer ("our two peoples", "the two shores")
_PEOPLES = frozenset({"people", "peoples", "nation", "nations", "country", "countries", "region", "regions",
                      "continent", "continents", "shore", "shores", "community", "communities"})


def _own_side(obj: Token, reporter: Token | None) -> bool:
    """Are the parties brought closer the reporter's own side and another, or peoples of a region?"""
    parties = [obj, *(c for c in obj.subtree if c.dep_ == "conj")]
    if any(p.lemma_.lower() in _PEOPLES or p.lower_ in _REGIONS or any(c.lower_ == "our" for c in p.children)
           for p in parties):  # (a continent or region by name: "Asia and Europe")
        return True
    return any(_ours(p, reporter) for p in parties)


def _reporter(verb: Token, subj: Token) -> Token | None:
    rep = reporting_subject(verb) or view_holder(verb)
    return None if rep is None or rep.i == subj.i else rep


def _subject(verb: Token, lex: Lexicon) -> Token | None:
    subj = child(verb, "nsubj", "csubj")
    if subj is None or is_negated(verb) or hypothetical(verb, lex):
        return None
    gerund = subj.dep_ == "csubj" and subj.tag_ == "VBG"
    return subj if gerund or _thing(subj, lex) else None


def _stance(verb: Token, cue: Token, subj: Token, sign: int) -> list[RawStance]:
    rep = _reporter(verb, subj)
    if rep is None:
        return []
    gerund = subj.dep_ == "csubj"
    return [RawStance(here(verb), [rep], [cue], compact_span(subj), sign, "evaluative", 0.9,
                      [] if gerund else [subj], source="predicate-label")]


def _copula(be: Token, lex: Lexicon) -> list[RawStance]:
    attr = child(be, "attr")
    subj = _subject(be, lex)
    if attr is None or subj is None or any(c.lower_ in ("no", "not") for c in attr.children):
        return []
    low = attr.lemma_.lower()
    if low == "tax":
        on = prep_object(attr, ("on",))
        if on is not None and _people_or_valued(on[1], _reporter(be, subj)):
            return _stance(be, attr, subj, -1)  # "the landing fee is a tax on our fishermen"
    if low in _TO_LABELS:
        to = prep_object(attr, ("to",))
        if to is not None:
            return _stance(be, attr, subj, _TO_LABELS[low])  # "the programme is a credit to the country"
    if low == "way" and any(c.lower_ in ("only", "best") for c in attr.children):
        for c in attr.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _SAVING:
                obj = child(c, "dobj")
                if obj is not None and _valued_any(obj):
                    return _stance(be, attr, subj, 1)  # "the ban is the only way to protect our forests"
    return []


def _verbal(verb: Token, lex: Lexicon) -> list[RawStance]:
    low = verb.lemma_.lower()
    subj = _subject(verb, lex)
    if subj is None:
        return []
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & {"will", "would", "'ll", "wo", "shall"}:
        return []  # a prediction ("will put X on the map"), not a past fact
    obj = child(verb, "dobj")
    if low == "put" and obj is not None:
        on = prep_object(verb, ("on",))
        if on is not None and on[1].lemma_.lower() == "map":
            return _stance(verb, verb, subj, 1)  # "the airport will put the island on the map"
    if low == "bring" and obj is not None and any(
            c.lower_ == "closer" and c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "ccomp")
            for c in (*verb.children, *obj.children)) and _own_side(obj, _reporter(verb, subj)):
        return _stance(verb, verb, subj, 1)  # "the scheme will bring our two nations closer"
    return []


def idiom_labels(tok: Token, lex: Lexicon) -> list[RawStance]:
    """The reporter's position on a thing judged by one of the idioms of the module docstring."""
    if tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB"):
        return _copula(tok, lex)
    if tok.lemma_.lower() in ("put", "bring") and tok.pos_ == "VERB":
        return _verbal(tok, lex)
    return []
