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

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...actors.author import author_of
from ...actors.cities import load_cities
from ...actors.dictionary import DictEntry, load_dictionaries
from ...actors.registry import ActorRegistry
from ...records import Actor
from ..common.datelines import dateline_namesakes, dateline_places
from ..common.extensions import register_extensions
from ..common.guard import isolated
from ..common.headlines import wordnet_words
from .coref import resolve_coreference
from .gazetteer import get_gazetteer
from .phrases import add_document_phrases, add_member_phrases, add_person_phrases
from .recognize import recognize
from .state import DocActors

__all__ = ["extract_actors", "ActorResolver"]


def _date(doc: Doc) -> str | None:
    meta = doc._.sm_meta if Doc.has_extension("sm_meta") else None
    if isinstance(meta, dict) and meta.get("date"):
        return str(meta["date"])[:10]
    return None


def add_author(doc: Doc, actors: list[Actor]) -> str | None:
    """The author of an official text (``doc._.sm_meta["author"]``, else detected from the
    title or first line) as an actor of the Doc; returns its id (None for news and the like).
    An author the text never names is added without mentions."""
    meta = doc._.sm_meta if Doc.has_extension("sm_meta") else None
    meta = meta if isinstance(meta, dict) else {}
    text = doc[:400].text_with_ws[:400] if not meta.get("author") else None  # = doc.text[:400], without the whole text
    author = author_of(meta.get("author"), meta.get("title"), text)
    if author is None:
        return None
    if not any(a.id == author.id for a in actors):
        actors.append(author)
    return author.id


def _from_registry(acts: DocActors, registry: ActorRegistry, date: str | None) -> None:
    """Persons the text leaves without a country get the one the registry learned for the date."""
    for d in acts.drafts.values():
        if d.type != "person" or d.country is not None or d.id not in registry:
            continue
        country = registry.country_on(d.id, date)
        if country is None:
            continue
        d.country = country
        d.role = d.role or registry.role_on(d.id, date)
        code = registry.code_on(d.id, date)
        if d.sector is None and code and code[:3] == country and len(code) >= 6:
            d.sector = code[3:6]
        d.code = country + (d.sector or "")


def extract_actors(
    doc: Doc,
    *,
    entries: tuple[DictEntry, ...] = (),
    coref: bool = True,
    registry: ActorRegistry | None = None,
    learn: bool = True,
    world: bool = True,
) -> tuple[list[Actor], list[tuple[int, int, str]]]:
    """Actors of the Doc and the sorted (start_char, end_char, actor_id) mention index.

    Args:
        doc: a parsed Doc (tagger, parser and NER of an English pipeline).
        entries: user dictionary entries (see :func:`stancemap.actors.load_dictionary`).
        coref: resolve pronouns, nominals and groups (True by default).
        registry: a cross-document :class:`~stancemap.actors.ActorRegistry`: persons without a
            country in this text take the one learned from other articles (for the article
            date); with ``learn`` the registry then observes this article's actors.
        world: use the project's world-knowledge table (``data/actors/world/``) after the
            user entries: leaders, ministers, heads of IGOs, armed groups and parties, dated.
    """
    date = _date(doc)
    gaz = get_gazetteer(doc.vocab, entries, world=world)
    acts = DocActors(doc)
    for start, end in dateline_places(doc):  # "KYIV, Ukraine —": where the story was filed, no actor
        acts.taken.update(range(start, end))
        acts.taken.update(dateline_namesakes(doc, start, end))
    rec = recognize(doc, gaz, acts, date=date)
    if registry is not None:
        _from_registry(acts, registry, date)
    # (the passes after recognition add mentions to the actors found; one that fails costs what it had
    # still to add, for this article only, and the others run: common.guard)
    passes = [lambda: add_person_phrases(doc, acts), lambda: add_member_phrases(doc, acts),
              lambda: add_document_phrases(doc, acts)]
    if coref:
        passes.insert(0, lambda: resolve_coreference(doc, acts, rec))
    for run in passes:
        with isolated(doc, "stancemap_actors", what="the rest of this pass (coreference or phrases) is skipped"):
            run()
    actors, mentions = acts.records()
    if registry is not None and learn:
        registry.observe(actors, date=date)
    return actors, mentions


class ActorResolver:
    """The ``stancemap_actors`` component: writes ``doc._.sm_actors`` and ``doc._.sm_mentions``."""

    def __init__(self, nlp: Language, name: str, dictionaries: list[str] | None = None, coref: bool = True,
                 registry: str = "", learn: bool = True, world: bool = True) -> None:
        register_extensions()
        self.name = name
        self.entries = load_dictionaries(list(dictionaries or []))
        self.coref = coref
        self.learn = learn
        self.world = world
        self.registry_path = registry
        #: Cross-document registry (None when the ``registry`` config key is empty). Loaded from
        #: the path when the file exists; ``save_registry()`` writes it back.
        self.registry: ActorRegistry | None = None
        if registry:
            self.registry = ActorRegistry.load(registry) if Path(registry).is_file() else ActorRegistry()
        gaz = get_gazetteer(nlp.vocab, self.entries, world=world)  # build once, at pipeline construction
        if not gaz.ordinary_words:
            gaz.ordinary_words = wordnet_words(nlp)
        load_cities()  # the city gazetteer too (capitals' namesakes; the events stage's places)

    def save_registry(self, path: str | None = None) -> None:
        if self.registry is not None:
            self.registry.save(path or self.registry_path)

    def __call__(self, doc: Doc) -> Doc:
        actors, mentions = extract_actors(doc, entries=self.entries, coref=self.coref, registry=self.registry,
                                          learn=self.learn, world=self.world)
        doc._.sm_author = add_author(doc, actors)
        doc._.sm_actors = actors
        doc._.sm_mentions = sorted(mentions)
        return doc


@Language.factory(
    "stancemap_actors",
    default_config={"dictionaries": [], "coref": True, "registry": "", "learn": True, "world": True},
)
def make_actor_resolver(
    nlp: Language, name: str, dictionaries: list[str], coref: bool, registry: str, learn: bool, world: bool
) -> ActorResolver:
    return ActorResolver(nlp, name, dictionaries, coref, registry, learn, world)
