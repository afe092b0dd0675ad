"""Title-Case headlines are parsed again with their ordinary words in lower case.

A headline written in Title Case ("Police Arrest Dozens Of Protesters In Nairobi", "Ethiopia
Sanctions Eritrean Officials Over Border Raid") reads to the tagger and the entity recogniser as
one long proper name: the verb becomes a name ("Arrest" NNP), the subject and object a compound
of it, and every stage after them finds no clause. A sentence counts as Title Case when it has at
least :data:`MIN_WORDS` words, every word that is not a short function word is capitalised, and at
least two of the capitalised words are ordinary English words (their lemma is in the WordNet
lemma index the lemmatizer ships with), not names the actor tables know (countries, demonyms,
capitals, places, organisations, people's surnames). Such a sentence is parsed again, as a Doc of
its own with the same tokens, those ordinary words lower-cased and every other word as written,
and its tags, lemmas, dependencies and entities replace the first parse's; the text, the tokens
and every character offset stay as they are. Ordinary prose never qualifies (it has lower-case
content words), so the re-parse is rare: one short sentence per Title-Case headline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, cast

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_ALPHA,
    IS_LOWER,
    LEMMA,
    LOWER,
    MORPH,
    POS,
    SENT_START,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["TITLE_CASE", "is_title_case", "lowered_words", "reparse_title_case", "wordnet_words", "MIN_WORDS"]

TITLE_CASE = "stancemap_title_case"

#: Fewer words than this: a name, a byline or a label rather than a headline.
MIN_WORDS = 4

#: Words that Title Case may leave in lower case (AP and Chicago styles).
_FUNCTION = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
    "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "amid", "after", "near", "than",
    "is", "are", "be", "was", "its", "his", "her", "their",
})

#: The model's own components, run again on a Title-Case sentence (in pipeline order).
_REPARSE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Capitalised words of the names the actor tables know, and their multi-word names as token
    tuples ("South Africa", "New Delhi"), built once."""
    from ...actors.tables import load_tables
    from ...actors.world import load_world

    t = load_tables()
    single: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    forms: list[str] = [*t.name_of, *t.demonym_of, *t.capital_of, *t.seat_of, *t.place_of, *t.place_demonym_of,
                        *t.org_of]
    for e in load_world():
        if e.type == "person":
            forms.extend(w for n in (e.name, *e.aliases) for w in n.split()[-1:])  # surnames: "Trump", "Bush"
        else:
            forms.extend((e.name, *e.aliases))
    for f in forms:
        words = tuple(f.split())
        if len(words) == 1:
            single.add(words[0])
        elif words:
            multi.add(words)
    return frozenset(single), tuple(sorted(multi, key=len, reverse=True))


def wordnet_words(nlp: Language) -> frozenset[str]:
    """The lemma index of the model's lemmatizer (WordNet's nouns, verbs, adjectives, adverbs);
    empty when the model has none (then nothing is re-parsed)."""
    words: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            for ws in lookups.get_table("lemma_index").values():
                words.update(ws)
    return frozenset(words)


def _ordinary(word: str, wordnet: frozenset[str]) -> bool:
    """Whether a capitalised word is an ordinary English word by its lower-case form or a regular
    inflection of one ("Shells", "Lifts", "Arrested", "Raiding")."""
    low = word.lower()
    if low in wordnet:
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3 and low[: len(low) - len(suffix)] + repl in wordnet:
            return True
    return False


def _protected(words: Sequence[str]) -> set[int]:
    """Indices of words inside a name the actor tables know."""
    single, multi = _names()
    out = {i for i, w in enumerate(words) if w in single}
    for i in range(len(words)):
        for name in multi:
            if tuple(words[i:i + len(name)]) == name:
                out.update(range(i, i + len(name)))
                break
    return out


def lowered_words(words: Sequence[str], wordnet: frozenset[str]) -> list[str] | None:
    """The words of a Title-Case sentence with its ordinary capitalised words in lower case, or
    None when the sentence is not Title Case (see the module docstring)."""
    alpha = [i for i, w in enumerate(words) if w[:1].isalpha()]
    if len(alpha) < MIN_WORDS:
        return None
    if any(not words[i][:1].isupper() and words[i].lower() not in _FUNCTION for i in alpha):
        return None  # a lower-case content word: ordinary prose
    protected = _protected(words)
    out = list(words)
    changed = 0
    for i in alpha:
        w = words[i]
        if i in protected or not w[:1].isupper() or not (w[1:].islower() or w[1:] == "") or len(w.lower()) != len(w):
            continue  # a known name, an acronym ("U.S.", "UN"), a mixed-case name ("McCain")
        if w.lower() in _FUNCTION or _ordinary(w, wordnet):
            out[i] = w.lower()
            changed += w.lower() not in _FUNCTION
    return out if changed >= 2 else None


def _function_ids(doc: Doc) -> np.ndarray:
    strings = doc.vocab.strings
    return np.array(sorted(strings.add(w) for w in _FUNCTION), dtype=np.uint64)


def is_title_case(words: Sequence[str], wordnet: frozenset[str]) -> bool:
    """Whether a sentence's words are a Title-Case headline (:func:`lowered_words`)."""
    return lowered_words(words, wordnet) is not None


def _candidates(doc: Doc, function_ids: np.ndarray) -> Iterable[Span]:
    """The sentences that may be Title Case: at least MIN_WORDS alphabetic words and no lower-case
    word besides the function words (one vectorised pass over the Doc; ordinary prose stops here)."""
    if len(doc) == 0:
        return ()
    arr = doc.to_array([IS_ALPHA, IS_LOWER, LOWER, SENT_START])
    alpha, lower = arr[:, 0] == 1, arr[:, 1] == 1
    content_lower = lower & ~np.isin(arr[:, 2], function_ids)
    starts = np.flatnonzero(arr[:, 3] == 1)
    if len(starts) == 0 or starts[0] != 0:
        starts = np.concatenate(([0], starts))
    bounds = np.append(starts, len(doc))
    n_alpha = np.add.reduceat(alpha.astype(np.int64), starts)
    n_content_lower = np.add.reduceat(content_lower.astype(np.int64), starts)
    keep = np.flatnonzero((n_alpha >= MIN_WORDS) & (n_content_lower == 0))
    return [doc[int(bounds[k]):int(bounds[k + 1])] for k in keep]


def _title_case_sentences(doc: Doc, wordnet: frozenset[str]) -> list[tuple[Span, list[str]]]:
    out: list[tuple[Span, list[str]]] = []
    for sent in _candidates(doc, _function_ids(doc)):
        lowered = lowered_words([t.text for t in sent], wordnet)
        if lowered is not None:
            out.append((sent, lowered))
    return out


def reparse_title_case(docs: Sequence[Doc], nlp: Language, wordnet: frozenset[str]) -> None:
    """Give every Title-Case sentence of ``docs`` the parse of its lower-cased ordinary words
    (in place; the text, tokens and offsets are unchanged). The sentences of a batch of Docs are
    parsed together. ``wordnet``: :func:`wordnet_words`."""
    if not wordnet:
        return
    todo = [(doc, found) for doc in docs if (found := _title_case_sentences(doc, wordnet))]
    if not todo:
        return
    subs = [Doc(nlp.vocab, words=lowered, spaces=[bool(t.whitespace_) for t in sent])
            for _, found in todo for sent, lowered in found]
    for name, proc in nlp.pipeline:
        if name in _REPARSE:
            subs = list(proc.pipe(subs)) if hasattr(proc, "pipe") else [proc(d) for d in subs]
    k = 0
    for doc, found in todo:
        arr = doc.to_array(_ATTRS)
        for sent, _ in found:
            arr[sent.start:sent.end] = subs[k].to_array(_ATTRS)
            k += 1
        doc.from_array(_ATTRS, cast(Any, arr))  # (to_array's own uint64 array, as spaCy takes it back)


class _TitleCase:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._wordnet = wordnet_words(nlp)  # (the model's lemmatizer, loaded with the model)
        _names()

    def __call__(self, doc: Doc) -> Doc:
        reparse_title_case([doc], self.nlp, self._wordnet)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                reparse_title_case(batch, self.nlp, self._wordnet)
                yield from batch
                batch = []
        if batch:
            reparse_title_case(batch, self.nlp, self._wordnet)
            yield from batch


@Language.factory(TITLE_CASE, default_config={})
def make_title_case(nlp: Language, name: str) -> _TitleCase:
    return _TitleCase(nlp)
