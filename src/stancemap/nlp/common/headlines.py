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

A possessive or negative clitic ("'s", "n't") keeps a sentence out; an all-capitals sentence has no two
Title-shaped words and is never a candidate; the lemmatizer's irregular forms ("fought", "fled")
are ordinary words; the first parse's names of people, organisations and places that look like
names stay as written (:func:`_kept_words`); whitespace after the headline stays out of the
re-parse and out of its entities; the components run again are those before this one in the
pipeline (:func:`components_before`).
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
    IS_TITLE,
    LEMMA,
    LOWER,
    MORPH,
    POS,
    SENT_START,
    TAG,
)
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

__all__ = ["TITLE_CASE", "components_before", "is_title_case", "lowered_words", "reparse_title_case", "wordnet_words", "MIN_WORDS"]

TITLE_CASE = "stancemap_title_case"

#: Fewer words than this: a name, a byline or a label rather than a headline.
MIN_WORDS = 4

#: Words that Title Case may leave in lower case (AP and Chicago styles).
_FUNCTION = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
    "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "amid", "after", "near", "than",
    "is", "are", "be", "was", "its", "his", "her", "their",
})


_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
_IOB = _ATTRS.index(ENT_IOB)  # (ENT_TYPE follows it; IOB values: 1 inside, 2 outside, 3 begin)


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Capitalised words of the names the actor tables know, and their multi-word names as token
    tuples ("South Africa", "New Delhi") by their first word, longest first; built once."""
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
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(multi, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    return frozenset(single), {w: tuple(names) for w, names in by_first.items()}


def wordnet_words(nlp: Language) -> frozenset[str]:
    """The lemma index of the model's lemmatizer (WordNet's nouns, verbs, adjectives, adverbs);
    empty when the model has none (then nothing is re-parsed)."""
    words: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            for ws in lookups.get_table("lemma_index").values():
                words.update(ws)
            if lookups.has_table("lemma_exc"):  # irregular forms: "fought", "fled", "struck", "mice"
                for forms in lookups.get_table("lemma_exc").values():
                    words.update(forms)
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
    for i, w in enumerate(words):
        for name in multi.get(w, ()):
            if tuple(words[i:i + len(name)]) == name:
                out.update(range(i, i + len(name)))
                break
    return out


def _title_shaped(word: str) -> bool:
    """A capitalised word with lower-case letters after its first ("Arrest", not "UN" or "ARREST")."""
    return word[:1].isupper() and word[1:].islower()


def lowered_words(words: Sequence[str], wordnet: frozenset[str], keep: Iterable[int] = ()) -> list[str] | None:
    """The words of a Title-Case sentence with its ordinary capitalised words in lower case, or
    None when the sentence is not Title Case (see the module docstring). A clitic ("'s", "n't")
    keeps the sentence out, as in the component's own test of candidates; ``keep``: indices of
    words to leave as written (the first parse's names of people, organisations and places)."""
    if any(w.islower() and not w.isalpha() and w.lower() not in _FUNCTION for w in words):
        return None  # a possessive or negative clitic: possessive headlines stay as first parsed
    alpha = [i for i, w in enumerate(words) if w.isalpha()]
    if len(alpha) < MIN_WORDS:
        return None
    if any(not words[i][:1].isupper() and words[i].lower() not in _FUNCTION for i in alpha):
        return None  # a lower-case content word: ordinary prose
    if sum(_title_shaped(words[i]) for i in alpha) < 2:
        return None  # all capitals ("POLICE ARREST DOZENS"), acronyms: no Title Case to undo
    protected = _protected(words) | set(keep)
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


#: The ids of the function words as a Doc's LOWER column holds them, sorted, built once. A string's
#: id is the same in every vocab (the fixed symbol id for spaCy's own symbols, else a fixed hash of the
#: string: ``get_string_id`` is what ``StringStore.add`` returns), so one array serves every pipeline
#: and every Doc; the StringStores are neither read nor written.
_FUNCTION_IDS: np.ndarray = np.array(sorted(get_string_id(w) for w in _FUNCTION), dtype=np.uint64)


def is_title_case(words: Sequence[str], wordnet: frozenset[str]) -> bool:
    """Whether a sentence's words are a Title-Case headline (:func:`lowered_words`)."""
    return lowered_words(words, wordnet) is not None


def _candidates(doc: Doc, function_ids: np.ndarray) -> Iterable[Span]:
    """The sentences that may be Title Case: at least MIN_WORDS alphabetic words and no lower-case
    word besides the function words (one vectorised pass over the Doc; ordinary prose stops here)."""
    if len(doc) == 0:
        return ()
    arr = doc.to_array([IS_ALPHA, IS_LOWER, LOWER, SENT_START, IS_TITLE])
    alpha, lower = arr[:, 0] == 1, arr[:, 1] == 1
    # a clitic ("'s", "n't") counts as a lower-case word: possessive headlines are not parsed again
    # (on the PolNeAR train study part, re-parsing "X's Son Says ..." made the possessor a surname
    # mention that then took the later surname references of the relative: 4 speakers lost, none won)
    content_lower = lower & ~np.isin(arr[:, 2], function_ids)
    title = alpha & (arr[:, 4] == 1)
    starts = np.flatnonzero(arr[:, 3] == 1)
    if len(starts) == 0 or starts[0] != 0:
        starts = np.concatenate(([0], starts))
    bounds = np.append(starts, len(doc))
    n_alpha = np.add.reduceat(alpha.astype(np.int64), starts)
    n_content_lower = np.add.reduceat(content_lower.astype(np.int64), starts)
    n_title = np.add.reduceat(title.astype(np.int64), starts)
    # all-capitals sentences have no Title-Case words and are no candidates
    keep = np.flatnonzero((n_alpha >= MIN_WORDS) & (n_content_lower == 0) & (n_title >= 2))
    out = []
    for k in keep:
        start, end = int(bounds[k]), int(bounds[k + 1])
        while end > start and doc[end - 1].is_space:  # the line break after a headline stays out
            end -= 1
        out.append(doc[start:end])
    return out


#: Entity types of the first parse whose words may stay as written ("Bill Gates, Warren Buffett
#: And Mark Carney": "Gates" stays a name, "Mark" no verb).
_KEPT_ENTITIES = frozenset({"PERSON", "ORG", "GPE"})
#: An entity of more words than this is the headline read as one long name, not a name in it.
_MAX_KEPT_ENTITY = 3
#: Words that join the names of a list.
_LIST_JOINERS = frozenset({",", "and", "&", ";"})


def _kept_words(sent: Span, wordnet: frozenset[str]) -> list[int]:
    """Indices (in the sentence) of the words of its first-parse names of people, organisations
    and places that look like names: of at most :data:`_MAX_KEPT_ENTITY` words, and with a word
    no dictionary knows ("Mark Carney") or in a list of names ("Bill Gates, ..."). A Title-Case
    headline misleads the entity recogniser too ("Ethiopia Sanctions Eritrean" ORG, "Border
    Raid" PERSON): those stay free to be lower-cased."""
    out: list[int] = []
    n = len(sent)
    for ent in sent.ents:
        if ent.label_ not in _KEPT_ENTITIES or len(ent) > _MAX_KEPT_ENTITY or len(ent) >= n - 1:
            continue
        unknown = [t.i for t in ent
                   if t.is_alpha and t.lower_ not in _FUNCTION and not _ordinary(t.text, wordnet)]
        around = [sent.doc[i].lower_ for i in (ent.start - 1, ent.end) if sent.start <= i < sent.end]
        if any(w in _LIST_JOINERS for w in around):
            out.extend(range(ent.start - sent.start, ent.end - sent.start))
        elif unknown:
            # a name runs to its last word no dictionary knows: ordinary words the recogniser
            # took in after it are the headline's own ("NAME SURNAME Tells ...": "Tells" a verb)
            out.extend(range(ent.start - sent.start, unknown[-1] + 1 - sent.start))
    return out


def _title_case_sentences(doc: Doc, wordnet: frozenset[str]) -> list[tuple[Span, list[str]]]:
    out: list[tuple[Span, list[str]]] = []
    for sent in _candidates(doc, _FUNCTION_IDS):
        lowered = lowered_words([t.text for t in sent], wordnet, _kept_words(sent, wordnet))
        if lowered is not None:
            out.append((sent, lowered))
    return out


def components_before(nlp: Language, name: str = TITLE_CASE) -> tuple[str, ...]:
    """The pipeline's components before ``name`` (all of them when it is not in the pipeline):
    what a re-parse runs again, whatever the model's components are."""
    names = nlp.pipe_names
    return tuple(names[:names.index(name)] if name in names else names)


def reparse_title_case(docs: Sequence[Doc], nlp: Language, wordnet: frozenset[str],
                       components: Sequence[str] | None = None) -> None:
    """Give every Title-Case sentence of ``docs`` the parse of its lower-cased ordinary words
    (in place; the text, tokens and offsets are unchanged). The sentences of a batch of Docs are
    parsed together. ``wordnet``: :func:`wordnet_words`; ``components``: those to run again
    (default :func:`components_before` this one)."""
    if not wordnet:
        return
    run = set(components if components is not None else components_before(nlp))
    todo = [(doc, found) for doc in docs if (found := _title_case_sentences(doc, wordnet))]
    if not todo:
        return
    subs = [Doc(nlp.vocab, words=lowered, spaces=[bool(t.whitespace_) for t in sent])
            for _, found in todo for sent, lowered in found]
    for name, proc in nlp.pipeline:
        if name in run:
            subs = list(proc.pipe(subs)) if hasattr(proc, "pipe") else [proc(d) for d in subs]
    k = 0
    for doc, found in todo:
        arr = doc.to_array(_ATTRS)
        for sent, _ in found:
            arr[sent.start:sent.end] = subs[k].to_array(_ATTRS)
            k += 1
            j = sent.end
            while j < len(doc) and doc[j].is_space:  # the line break after it: in no entity
                arr[j, _IOB], arr[j, _IOB + 1] = 2, 0
                j += 1
            if j < len(doc) and arr[j, _IOB] == 1:  # a first-parse entity went on into the next sentence
                arr[j, _IOB] = 3
        doc.from_array(_ATTRS, cast(Any, arr))  # (to_array's own uint64 array, as spaCy takes it back)


class _TitleCase:
    def __init__(self, nlp: Language, name: str = TITLE_CASE) -> None:
        self.nlp = nlp
        self.name = name
        self._wordnet = wordnet_words(nlp)  # (the model's lemmatizer, loaded with the model)
        _names()

    def _reparse(self, docs: Sequence[Doc]) -> None:
        reparse_title_case(docs, self.nlp, self._wordnet, components_before(self.nlp, self.name))

    def __call__(self, doc: Doc) -> Doc:
        self._reparse([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self._reparse(batch)
                yield from batch
                batch = []
        if batch:
            self._reparse(batch)
            yield from batch


@Language.factory(TITLE_CASE, default_config={})
def make_title_case(nlp: Language, name: str) -> _TitleCase:
    return _TitleCase(nlp, name)
