"""Label predicates read in word order when the parse of the small clause fails.

"X called Y a Z", "X described Y as Z", "X regards Y as Z", "X labelled Y Z" name a thing and
label it; the label's sign is X's position on Y. The parser often breaks the small clause: the
object's head becomes the verb of a clause ("the tariff | misguided" parsed as subject and verb),
an infinitive inside the object swallows the label ("the decision to close the border | a grave
mistake" as the infinitive's second object), or "as" hangs on an adjective clause. The word order
is the same in all of them: the label verb, the object noun phrase, then "as" and the label or
the label right after the object's last noun. :func:`surface_label` reads that order when the
structural reading (rules._label_stances) found nothing.

The label's words give its sign: label words of the lexicons (cues.yaml, frames.yaml,
derived.yaml) and cue words of any part of speech, read up to the label's head noun (with the
"of" phrase of a light label: "an act of piracy"), plus a few phrases ("a step in the right
direction"). "X did not call Y a Z" and hypothetical verbs give nothing.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ..common.text import DASHES
from .lexicon import Lexicon
from .raw import RawStance, here, hypothetical
from .syntax import child, is_negated, subjects

__all__ = ["surface_label", "label_words_sign", "label_phrase_sign", "hyphenated", "LIGHT_LABELS", "CONTAINER_LABELS",
           "COUNT_ONLY_LABELS", "count_only_words"]

#: nouns that label only through their "of" phrase ("an act of piracy", "a form of blackmail")
LIGHT_LABELS = frozenset({"act", "form", "kind", "case", "example", "sort", "type", "piece", "instance", "pack",
                          "bunch", "tissue", "string", "litany", "collection", "catalogue", "catalog", "recipe",
                          "full", "riddled", "rife"})  # ("full of / riddled with lies": the "of" noun is the label)
#: light labels of containing ("full of lies"): their noun labels as a label word or an evaluative cue,
#: never as a person ("full of fans / supporters / critics" says who was there, not what Y is worth)
CONTAINER_LABELS = frozenset({"full", "riddled", "rife"})
#: labels that judge only as a count noun with the indefinite article ("a waste", "a colossal waste");
#: without one, and as a modifier, they name a material ("household waste", "waste from mines",
#: "waste paper"). (Their phrases, "a waste of money", are in ``_PHRASES``.)
COUNT_ONLY_LABELS = frozenset({"waste"})

# multi-word labels whose words carry no sign one by one (checked on the label's lower-case text)
_PHRASES: tuple[tuple[str, int], ...] = (
    ("in the right direction", 1), ("step forward", 1), ("step ahead", 1), ("move forward", 1), ("way forward", 1),
    ("good news", 1), ("good start", 1), ("good first step", 1), ("positive step", 1), ("win for", 1),
    ("in the wrong direction", -1), ("step backward", -1), ("step back", -1), ("backward step", -1),
    ("retrograde step", -1), ("bad news", -1), ("slap in the face", -1), ("stab in the back", -1),
    ("relic of", -1), ("throwback to", -1), ("null and void", -1), ("recipe for disaster", -1),
    # evaluative idioms of news copy used as a label or predicate ("X said Y was dead on arrival",
    # "called Y a drop in the ocean"; issue 9, thirteenth session: written from general usage)
    ("breath of fresh air", 1), ("shot in the arm", 1), ("ray of hope", 1), ("glimmer of hope", 1),
    ("goodwill gesture", 1), ("gesture of goodwill", 1), ("giant leap", 1), ("leap forward", 1),
    ("music to", 1), ("dream come true", 1), ("godsend", 1),
    ("dead on arrival", -1), ("dead in the water", -1), ("red line", -1), ("drop in the ocean", -1),
    ("drop in the bucket", -1), ("too little , too late", -1), ("too little too late", -1),
    ("waste of money", -1), ("waste of time", -1), ("waste of resources", -1), ("bridge too far", -1),
    ("step too far", -1), ("kick in the teeth", -1), ("smoke and mirrors", -1), ("house of cards", -1),
    ("beyond the pale", -1), ("road to nowhere", -1), ("exercise in futility", -1), ("out of touch", -1),
    ("out of step with", -1),
    ("recipe for chaos", -1), ("recipe for failure", -1), ("recipe for conflict", -1),
    ("declaration of war", -1), ("red herring", -1), ("white elephant", -1), ("pie in the sky", -1),
    ("pipe dream", -1), ("wishful thinking", -1), ("dead letter", -1), ("step backwards", -1),
)
# words after the verb that make it no naming ("called on X", "called off X", "see to it")
_NOT_NAMING_NEXT = frozenset({"on", "for", "off", "up", "in", "out", "to", "at", "upon", "into", "over", "back",
                              "what", "that", "whether", "if", "how", "why", "it", "them", "this", "him", "her"})
# verbs of seeing take their label only after "as" ("sees X as a threat"; "to see X do Y" is no label)
_AS_ONLY = frozenset({"see", "view", "regard", "perceive", "portray", "paint", "greet", "treat", "cast"})
# (a phrase ends at any dash but a hyphen, which joins words)
_STOP = (DASHES - {"-"}) | {",", ";", ":", "(", ")", ".", "!", "?", '"', "“", "”"}
_CLAUSE_WORDS = frozenset({"because", "while", "after", "before", "since", "although", "though", "when", "which",
                           "who", "saying", "adding", "calling", "but", "and", "or"})


def count_only_words(words: set[str], head: Token | None, indefinite: bool) -> set[str]:
    """The words of ``COUNT_ONLY_LABELS`` among ``words`` that label nothing here: all of them but
    the label's head when it has the indefinite article ("a waste" labels; "household waste",
    "waste paper" do not)."""
    found = words & COUNT_ONLY_LABELS
    if found and head is not None and indefinite and head.lemma_.lower() in COUNT_ONLY_LABELS:
        found -= {head.lemma_.lower(), head.lower_}
    return found


def label_words_sign(words: set[str], lex: Lexicon, *, people: bool = True, not_verbs: Collection[str] = (),
                     mixed: int = 0) -> int:
    """Sign of a set of label words: label lists first, then evaluative cue words of any part of
    speech and agent nouns (``people``: count agent nouns); 0 when the words disagree or carry none.
    ``not_verbs``: words not read as verbs (an adjective label: "not smart" is not "smarted at");
    ``mixed``: the sign when the words are in both label lists (0: they disagree)."""
    neg = bool(words & lex.negative_labels)
    pos = bool(words & lex.positive_labels)
    if neg and pos:
        return mixed
    if neg or pos:
        return -1 if neg else 1
    signs = {c.polarity for w in words for c in (None if w in not_verbs else lex.verbs.get(w), lex.nouns.get(w),
                                                 lex.adjectives.get(w))
             if c is not None and c.kind == "evaluative" and not (c is lex.nouns.get(w) and c.needs_prep)} | {
        lex.agent_nouns[w] for w in words if people and w in lex.agent_nouns}  # (a noun that needs its preposition labels nothing)
    return signs.pop() if len(signs) == 1 else 0


def hyphenated(tok: Token) -> str | None:
    """The whole word of a token inside a hyphenated compound ("one | - | sided" -> "one-sided")."""
    doc = tok.doc
    if not ((tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_
             and not tok.whitespace_) or (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)):
        return None
    lo = tok.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_ and not doc[lo - 1].whitespace_:
        lo -= 2
    hi = tok.i
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and not doc[hi + 1].whitespace_:
        hi += 2
    return doc[lo:hi + 1].text.lower()


def _words(toks: list[Token]) -> set[str]:
    """The lexicon words of a label: lemmas and forms, a hyphenated compound as one word (its
    parts carry no sign of their own: "one-sided" is no "side with")."""
    out: set[str] = set()
    for t in toks:
        whole = hyphenated(t)
        if whole is not None:
            out.add(whole)
        elif t.is_alpha:
            out |= {t.lemma_.lower(), t.lower_}
    return out


def label_phrase_sign(toks: list[Token]) -> int:
    """The sign of a multi-word label phrase of ``_PHRASES`` found in the words (0 when none)."""
    text = f" {' '.join(t.lower_ for t in toks)} "
    return next((sign for phrase, sign in _PHRASES if f" {phrase} " in text), 0)


def _label_sign(toks: list[Token], lex: Lexicon) -> int:
    """The sign of a label read from its first word: up to its head noun (the first noun), with
    the "of" phrase of a light label; a phrase of ``_PHRASES`` anywhere in it decides first."""
    sign = label_phrase_sign(toks)
    if sign:
        return sign
    head_end = next((k for k, t in enumerate(toks) if t.pos_ in ("NOUN", "PROPN")), None)
    if head_end is None:
        body = toks  # adjectives only ("illegal and void", "reckless and destabilising")
    elif toks[head_end].lemma_.lower() in LIGHT_LABELS:
        body = toks  # "an act of economic warfare": the "of" phrase is the label
    else:
        body = toks[:head_end + 1]
    words = _words(body)
    head = toks[head_end] if head_end is not None else None
    words -= count_only_words(words, head, any(t.lower_ in ("a", "an") for t in toks[:head_end or 0]))
    people = not any((t.lemma_.lower() in CONTAINER_LABELS or t.lower_ in CONTAINER_LABELS)
                     and k + 1 < len(body) and body[k + 1].lower_ in ("of", "with") for k, t in enumerate(body))
    return label_words_sign(words, lex, people=people)  # ("as full of fans": who was there; "a full partner" is a label)


def surface_label(verb: Token, lex: Lexicon) -> list[RawStance]:
    """The holder's position on the named thing of "VERB the OBJECT (as) LABEL", read in word
    order (see the module doc); [] when the words after the verb do not have that shape."""
    if verb.pos_ not in ("VERB", "AUX") or child(verb, "nsubjpass", "auxpass") is not None or is_negated(verb) \
            or hypothetical(verb, lex):
        return []
    doc = verb.doc
    if any(c.lower_ == "what" for c in verb.children) or (verb.i > 0 and doc[verb.i - 1].lower_ == "what"):
        return []  # "what X called a Y": the relative clause rule's
    sent_end = verb.sent.end if doc.has_annotation("SENT_START") else len(doc)
    k = verb.i + 1
    while k < sent_end and doc[k].pos_ == "ADV" and doc[k].lower_ not in ("as",) and not (
            k + 1 < sent_end and doc[k + 1].text == "-"):
        k += 1  # "described the plan bluntly as", "rightly called" (not "down-ballot")
    if k < sent_end and not doc[k].is_alpha:
        return []
    if k >= sent_end or doc[k].lower_ in _NOT_NAMING_NEXT or doc[k].pos_ in ("ADP", "PART", "PRON", "VERB", "AUX") \
            and doc[k].lower_ not in ("the", "a", "an"):
        return []
    start = k
    end = start
    while end < sent_end and doc[end].text not in _STOP and not (
            doc[end].lower_ in _CLAUSE_WORDS and end > start and doc[end].lower_ not in ("and", "or")):
        end += 1
    window = list(doc[start:end])
    if len(window) < 2:
        return []
    obj_end, label = _split(window, lex, need_as=verb.lemma_.lower() in _AS_ONLY)
    if obj_end is None or not label:
        return []
    obj = window[:obj_end]
    if not _nounish(obj[-1]) and obj[-1].pos_ != "NUM":
        return []
    if any(t.tag_ in ("VBD", "VBZ", "MD") and t.lemma_.lower() in lex.verbs for t in obj):
        return []  # a clause, not a noun phrase
    pol = _label_sign(label, lex)
    if pol == 0:
        return []
    holders = subjects(verb)
    if not holders:
        return []
    lo, hi = obj[0].i, obj[-1].i + 1
    # the phrase's own head (one token hung outside it) is what is labelled, not its last noun
    # ("the court's ruling to strike down a tax voted by parliament as X": the ruling)
    roots = [t for t in obj if not lo <= t.head.i < hi or t.head.i == t.i]
    head = roots[0] if len(roots) == 1 and _nounish(roots[0]) else obj[-1]
    return [RawStance(here(verb), holders, [verb, label[0]], (lo, hi), pol, "evaluative", 1.0, [head],
                      source="label")]


def _nounish(t: Token) -> bool:
    """A noun, or a word the tagger took for a verb where only a noun can stand: after a
    determiner, an adjective, a noun or a possessive marker ("the arbitration ruling", "Iran's
    missile programme")."""
    if t.pos_ in ("NOUN", "PROPN"):
        return True
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return t.tag_.startswith("VB") and t.is_alpha and prev is not None and (
        prev.pos_ in ("NOUN", "DET", "ADJ") or prev.tag_ == "POS")


def _split(window: list[Token], lex: Lexicon, *, need_as: bool = False) -> tuple[int | None, list[Token]]:
    """Where the object ends and the label begins: at "as" (after a noun), else at the first
    point after a noun where a signed label starts: an indefinite determiner ("a grave mistake"),
    an adjective or participle ("the tariff misguided"), or a last bare noun ("the report slander")."""
    for k, t in enumerate(window):
        if t.lower_ == "as" and k > 0 and any(_nounish(x) for x in window[:k]):
            return k, window[k + 1:]
    if need_as:
        return None, []
    last_noun = max((k for k, t in enumerate(window) if _nounish(t)), default=-1)
    for p in range(1, len(window)):
        prev, t = window[p - 1], window[p]
        if not _nounish(prev):
            continue
        starts = (t.lower_ in ("a", "an", "no") or t.pos_ == "ADJ" or t.tag_ == "JJ"
                  or (t.tag_ in ("VBN", "VBD") and t.lower_ in lex.negative_labels | lex.positive_labels)
                  or (t.pos_ == "NOUN" and p == last_noun and p == len(window) - 1))
        if any(x.tag_ in ("VB", "VBZ", "VBD", "MD") and not _nounish(x) and x.doc[x.i - 1].lower_ != "to"
               for x in window[:p]):  # (an infinitive on a noun is part of it: "the decision to close X")
            break  # the object holds a clause ("see the platform represent X"): no small clause
        if starts and _label_sign(window[p:], lex) != 0:
            return p, window[p:]
    return None, []

