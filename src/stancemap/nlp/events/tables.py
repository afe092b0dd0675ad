"""Per-Doc tables of the events stage (issue 15, speed): facts about every word's children, read once
per Doc from its arrays while the stage codes it, so that the walks up the tree that ask the same
question of many words make no Token for each child they look at.

Each table lives in the participants memo (:func:`stancemap.nlp.events.participants.current`), like
:func:`~stancemap.nlp.events.match.doc_words`: outside the events stage the functions return None and
the callers ask the Tokens as before. The parse does not change while the stage runs (its repairs run
before the memo is made).
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from .args import PROVISO_WORDS
from .lexicon import Lexicon
from .match import _GENERIC_HEADS, doc_words
from .participants import current
from .tree import tree_of

__all__ = ["condition_by_index", "mark_words", "may_name_event_noun"]


def mark_words(doc: Doc) -> dict[int, tuple[str, ...]] | None:
    """Word index -> the lower-case forms of its "mark" children ("if", "unless", "that"), in
    order; words without one are left out. None outside the events stage."""
    parts = current(doc)
    if parts is None:
        return None
    memo = parts.memo
    hit: dict[int, tuple[str, ...]] | None = memo.get("mark_words")
    if hit is not None:
        return hit
    words = doc_words(doc)
    found: dict[int, list[str]] = {}
    if len(doc):
        heads = doc.to_array(HEAD).tolist()  # (relative offsets, as uint64: small negatives wrap around)
        for i, dep in enumerate(words.dep):
            if dep == "mark":
                rel = heads[i]
                head = i + (rel if rel < 2 ** 63 else rel - 2 ** 64)
                if head != i:  # (a root's head is itself: no child of its own)
                    found.setdefault(head, []).append(words.lower[i])
    table = {k: tuple(v) for k, v in found.items()}
    memo["mark_words"] = table
    return table


#: id of a lexicon's noun table -> (the table, its size, the words its keys are made of)
_NOUN_WORDS: dict[int, tuple[dict[str, object], int, frozenset[str]]] = {}


def _noun_words(lexicon: Lexicon) -> frozenset[str]:
    """Every word of the lexicon's event-noun keys (split at spaces), and each word's part after any of
    its hyphens ("sit-in" -> "sit-in", "in"): made once per lexicon."""
    nouns = lexicon.nouns
    hit = _NOUN_WORDS.get(id(nouns))
    if hit is not None and hit[0] is nouns and hit[1] == len(nouns):
        return hit[2]
    found: set[str] = set()
    for key in nouns:
        for word in key.split(" "):
            found.add(word)
            found.update(word[k + 1:] for k, ch in enumerate(word) if ch == "-")
    if len(_NOUN_WORDS) >= 64:  # lexicons are few; bounded all the same
        _NOUN_WORDS.clear()
    words = frozenset(found)
    _NOUN_WORDS[id(nouns)] = (nouns, len(nouns), words)  # type: ignore[assignment]
    return words


def may_name_event_noun(lem: str, lexicon: Lexicon) -> bool:
    """False only when no key that :func:`~stancemap.nlp.events.match.noun_pattern` makes for a noun of
    lemma ``lem`` (:func:`~stancemap.nlp.events.match.lemma`) can be in ``lexicon.nouns``: every such key
    holds the lemma as one of its words or as the part after a hyphen ("car bombing", "sit-in",
    "state of emergency"), except the modifier keys of a generic head ("peace effort" -> "peace"). So
    :func:`~stancemap.nlp.events.match.match_token`, whose every noun branch needs that pattern, is
    not asked about a noun that cannot have one."""
    return lem in _noun_words(lexicon) or lem in _GENERIC_HEADS or " " in lem


#: the forms of a proviso's head (:func:`stancemap.nlp.events.args.is_proviso`: "provided", "providing",
#: "as long as")
_PROVISO_HEADS = frozenset(PROVISO_WORDS | {"long"})


def condition_by_index(tok: Token, marks: tuple[str, ...], proviso: bool) -> bool | None:
    """``component._under_condition(tok, marks, proviso=proviso)`` on word indexes (evspeed4): whether a
    word at most eight steps up from ``tok`` has a "mark" child in ``marks``, read from
    :func:`mark_words` and the word-index tree. None outside the stage, or where a proviso could count
    (``proviso``, "if" in ``marks`` and a word of the Doc that can head a proviso: "provided",
    "providing", "long"; without one, ``args.is_proviso`` is False for every word and the Token walk
    gives the same answer as this one)."""
    doc = tok.doc
    parts = current(doc)
    if parts is None:
        return None
    if proviso and "if" in marks:
        memo = parts.memo
        may = memo.get("proviso_heads")
        if may is None:
            may = memo["proviso_heads"] = not _PROVISO_HEADS.isdisjoint(doc_words(doc).lower)
        if may:
            return None
    table = mark_words(doc)
    if table is None:
        return None
    heads = tree_of(doc).heads
    t = tok.i
    for _ in range(8):
        if any(m in marks for m in table.get(t, ())):
            return True
        head = heads[t]
        if head == t:
            return False
        t = head
    return False
