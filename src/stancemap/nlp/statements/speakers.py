"""The ``stancemap_quote_speakers`` component: speaker links that need both the actors and the
statements of the Doc (runs after ``stancemap_statements``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..common.extensions import register_extensions
from .chain import follow_previous_speaker
from .described_acronyms import link_described_acronyms
from .portfolio_ministries import link_portfolio_ministries
from .speaker_links import link_quote_pronouns
from .speaker_names import link_member_speakers, link_role_speakers, relink_namesakes, split_named_bodies

__all__ = ["QuoteSpeakerLinker"]


class QuoteSpeakerLinker:
    """The ``stancemap_quote_speakers`` component (after ``stancemap_statements``): one-word
    speakers taken for a place that are a person's surname, and role-noun speakers with no actor
    ("the director"), go to that person (see :mod:`~.speaker_names`); then a he/she
    speaker continuing the previous quotation's person is relinked to that person (see
    :func:`~.chain.follow_previous_speaker`), then first-person pronouns inside direct
    quotations become mentions of the speaker (see :func:`~.speaker_links.link_quote_pronouns`)."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        relink_namesakes(doc)
        link_role_speakers(doc)
        link_member_speakers(doc)
        split_named_bodies(doc)
        link_portfolio_ministries(doc)
        link_described_acronyms(doc)
        follow_previous_speaker(doc)
        link_quote_pronouns(doc)
        return doc


@Language.factory("stancemap_quote_speakers", default_config={})
def make_quote_speaker_linker(nlp: Language, name: str) -> QuoteSpeakerLinker:
    return QuoteSpeakerLinker(nlp, name)
