"""Stage 1, actors: who is named in the article, and which mention refers to whom.

In: a parsed spaCy ``Doc`` (tokens, POS, dependencies, NER) and the knowledge tables of
:mod:`stancemap.actors` (countries, IGOs, roles, user dictionaries).
Out: ``doc._.sm_actors`` (:class:`stancemap.records.Actor` with every mention) and
``doc._.sm_mentions``, through the ``stancemap_actors`` spaCy component.

Modules: ``component`` (the spaCy factories and ``extract_actors``), ``gazetteer`` (phrase
matching of the tables), ``recognize`` / ``roles`` / ``persons`` / ``groups`` (recognition of
states, organisations, persons with roles, collectives), ``coref`` (pronouns, nominals,
groups), ``state`` (the per-Doc working state).
"""

from .component import ActorResolver, extract_actors

__all__ = ["extract_actors", "ActorResolver"]
