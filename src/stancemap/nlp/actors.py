"""Actor recognition and resolution (stage 1).

``extract_actors(doc)`` finds every actor of the Doc and links each mention to an actor id:

1. recognition (:mod:`.actor_recognize`): states (names, demonyms, capitals, seats of
   government), IGOs, media (``is_source``), organisations, persons with role and country
   from titles, appositions and "counterpart" phrases, country collectives ("Turkish police"
   -> ``TURCOP``), user dictionary entries (dated entries chosen by ``doc._.sm_meta["date"]``);
2. coreference (:mod:`.coref`): pronouns, nominals ("the minister"), groups ("the two
   countries" -> ``group:rus+tur``);
3. phrase mentions (kind ``phrase``): a named person's whole noun phrase, appositions and
   relative clauses included ("X, a professor at Y University, who ..."), so that a span
   covering it maps to the person rather than to an organisation named inside it.

Ids are stable across articles: ``TUR``; ``TURGOV``; ``IGO:UN``; ``person:ahmet-davutoglu``;
``media:reuters``; ``org:<slug>``; ``group:<member>+<member>``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..actors.dictionary import DictEntry, load_dictionaries
from ..records import Actor
from .actor_gazetteer import get_gazetteer
from .actor_recognize import recognize
from .actor_state import DocActors
from .coref import add_person_phrases, resolve_coreference
from .extensions import register_extensions

__all__ = ["extract_actors", "ActorResolver"]


def _date(doc: Doc) -> str | None:
    meta = doc._.sm_meta if Doc.has_extension("sm_meta") else None
    if isinstance(meta, dict) and meta.get("date"):
        return str(meta["date"])[:10]
    return None


def extract_actors(
    doc: Doc, *, entries: tuple[DictEntry, ...] = (), coref: bool = True
) -> tuple[list[Actor], list[tuple[int, int, str]]]:
    """Actors of the Doc and the sorted (start_char, end_char, actor_id) mention index.

    Args:
        doc: a parsed Doc (tagger, parser and NER of an English pipeline).
        entries: user dictionary entries (see :func:`stancemap.actors.load_dictionary`).
        coref: resolve pronouns, nominals and groups (True by default).
    """
    gaz = get_gazetteer(doc.vocab, entries)
    acts = DocActors(doc)
    rec = recognize(doc, gaz, acts, date=_date(doc))
    if coref:
        resolve_coreference(doc, acts, rec)
    add_person_phrases(doc, acts)
    return acts.records()


class ActorResolver:
    """The ``stancemap_actors`` component: writes ``doc._.sm_actors`` and ``doc._.sm_mentions``."""

    def __init__(self, nlp: Language, name: str, dictionaries: list[str] | None = None, coref: bool = True) -> None:
        register_extensions()
        self.name = name
        self.entries = load_dictionaries(list(dictionaries or []))
        self.coref = coref
        get_gazetteer(nlp.vocab, self.entries)  # build once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        actors, mentions = extract_actors(doc, entries=self.entries, coref=self.coref)
        doc._.sm_actors = actors
        doc._.sm_mentions = sorted(mentions)
        return doc


@Language.factory("stancemap_actors", default_config={"dictionaries": [], "coref": True})
def make_actor_resolver(nlp: Language, name: str, dictionaries: list[str], coref: bool) -> ActorResolver:
    return ActorResolver(nlp, name, dictionaries, coref)
