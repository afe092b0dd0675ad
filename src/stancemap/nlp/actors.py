"""Actor recognition and resolution (stage 1). Placeholder: produces no actors yet."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Actor
from .extensions import register_extensions

__all__ = ["extract_actors", "ActorResolver"]


def extract_actors(doc: Doc) -> tuple[list[Actor], list[tuple[int, int, str]]]:
    """Actors of the Doc and the (start_char, end_char, actor_id) mention index."""
    return [], []


class ActorResolver:
    def __init__(self, nlp: Language, name: str, dictionaries: list[str] | None = None) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        actors, mentions = extract_actors(doc)
        doc._.sm_actors = actors
        doc._.sm_mentions = sorted(mentions)
        return doc


@Language.factory("stancemap_actors", default_config={"dictionaries": []})
def make_actor_resolver(nlp: Language, name: str, dictionaries: list[str]) -> ActorResolver:
    return ActorResolver(nlp, name, dictionaries)
