"""Event coding (CAMEO / PLOVER) (stage 3). Placeholder: no events yet."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Event
from .extensions import register_extensions

__all__ = ["extract_events", "EventCoder"]


def extract_events(doc: Doc) -> list[Event]:
    return []


class EventCoder:
    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.sm_events = extract_events(doc)
        return doc


@Language.factory("stancemap_events", default_config={})
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder(nlp, name)
