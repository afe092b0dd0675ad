"""Records: the frozen dataclasses every layer shares.

Records carry character offsets into the article text, never spaCy objects. They are the
contract between the NLP layer, the outputs, analytics and interfaces. ``to_dict`` gives the
JSON form described by ``schema/article.schema.json``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "SCHEMA_VERSION",
    "TextSpan",
    "Mention",
    "Actor",
    "Speaker",
    "Content",
    "Statement",
    "Event",
    "Stance",
    "Alignment",
    "Convergence",
    "Article",
    "to_dict",
]

SCHEMA_VERSION = "1.0"

ActorType = Literal["state", "person", "igo", "organisation", "media", "group", "other"]
StatementKind = Literal["direct", "mixed", "indirect"]


def to_dict(obj: Any) -> Any:
    """Turn a record (or a list/tuple/dict of records) into plain JSON-ready data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    return obj


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class TextSpan(_Record):
    """A contiguous piece of the article: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """A span that refers to an actor.

    ``kind``: ``name`` (full name), ``surname``, ``acronym``, ``demonym`` ("Turkish"), ``seat``
    (a capital or seat of government standing for it: "Moscow", "the Kremlin"), ``nominal``
    ("the minister", "the two countries"), ``pronoun`` (he, its, they), or ``phrase`` (the whole
    noun phrase of a person, e.g. with an apposition; it contains the other mentions).
    """

    text: str
    start: int
    end: int
    kind: str = "name"


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """An actor of one article, with every mention of it.

    ``id`` is stable across articles for the same actor (e.g. ``TUR``, ``person:ahmet-davutoglu``).
    ``code`` is CAMEO-style (``TUR``, ``TURGOV``, ``IGOUNO``); ``country`` is ISO3 or None.
    ``members`` lists actor ids for groups ("the two countries").
    """

    id: str
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    code: str | None = None
    mentions: tuple[Mention, ...] = ()
    members: tuple[str, ...] = ()
    is_source: bool = False  # media / news agency: a source of reports, not a political actor
    sector: str | None = None  # CAMEO agent code: GOV, MIL, OPP, REB, MED, ...
    text: str | None = None  # how this article names it: its longest name mention, as written


@dataclass(frozen=True, slots=True)
class Speaker(_Record):
    text: str
    start: int
    end: int
    actor: str | None = None  # actor id, or None when unresolved


@dataclass(frozen=True, slots=True)
class Content(_Record):
    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Statement(_Record):
    """An attributed utterance or belief."""

    id: str
    speaker: Speaker | None
    cue: TextSpan | None
    content: Content
    kind: str  # direct | mixed | indirect
    is_speech: bool = True  # False for beliefs and perceptions (thinks, fears, hopes)
    cue_lemma: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Event(_Record):
    id: str
    source: str | None  # actor id
    target: str | None  # actor id
    source_code: str | None
    target_code: str | None
    cameo: str
    cameo_root: str
    plover: str | None
    goldstein: float | None
    evidence: TextSpan
    date: str | None = None
    place: str | None = None
    negated: bool = False
    hypothetical: bool = False
    reported: bool = False
    statement: str | None = None  # statement id when reported in one


@dataclass(frozen=True, slots=True)
class Stance(_Record):
    """Where an actor stands on a proposition of an issue."""

    id: str
    actor: str | None  # actor id
    issue: str  # issue id (catalogue id, or "auto:<slug>" for discovered issues)
    issue_label: str
    proposition: str  # normalised short claim, e.g. "use of force against Syria"
    polarity: int  # +1 support, -1 oppose
    strength: float  # 0..1, lowered by hedging and modality
    cue: TextSpan | None
    evidence: TextSpan
    statement: str | None = None  # statement id when taken inside a statement
    target: str | None = None  # the target as written in the text
    proposition_id: str | None = None  # key used to match propositions across actors


@dataclass(frozen=True, slots=True)
class Alignment(_Record):
    """An explicit claim that actors a and b agree (+1) or disagree (-1)."""

    id: str
    a: str | None
    b: str | None
    issue: str | None
    polarity: int
    claimed_by: str | None
    cue: TextSpan | None
    evidence: TextSpan
    statement: str | None = None


@dataclass(frozen=True, slots=True)
class Convergence(_Record):
    """Similarity of two actors' positions on one issue over one window."""

    a: str
    b: str
    issue: str
    issue_label: str
    s_score: float | None  # Signorino-Ritter S over joint propositions, None when n_joint == 0
    n_joint: int
    propositions: tuple[str, ...]
    alignment_balance: float | None  # (agree - disagree) / (agree + disagree), None when no alignment
    n_alignments: int
    verdict: str  # converging | diverging | mixed | insufficient evidence
    summary: str
    stances: tuple[str, ...] = ()  # evidence: stance ids
    alignments: tuple[str, ...] = ()  # evidence: alignment ids
    window: str | None = None  # e.g. "2012-01" for corpus series; None for one article
    low_n: bool = False  # n_joint < 3


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """One analysed article: the unit of the JSON output contract."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None  # actor id of the author (speaker) of a speech, statement or press release
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    stances: tuple[Stance, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    convergence: tuple[Convergence, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        d.update(to_dict(self))
        if not include_text:
            d.pop("text", None)
        return d

    @property
    def ok(self) -> bool:
        return not self.meta.get("error")
