"""Records: the frozen dataclasses every layer shares.

Records carry character offsets into the article text, never spaCy objects. They are the
contract between the NLP layer, the outputs, analytics and interfaces. ``to_dict`` gives the
JSON form described by ``schema/article.schema.json``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
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
    "AlignedActor",
    "Alignment",
    "Convergence",
    "Article",
    "to_dict",
    "article_from_dict",
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
class AlignedActor(_Record):
    """One side of an alignment: the actor, and the mention of it in the alignment's evidence.

    ``text == article.text[start:end]`` is the phrase of the evidence sentence the alignment was
    read from: the subject, holder or partner as the sentence names it ("Hanoi" for the Vietnamese
    government); for a resolved pronoun, the name it stands for in the same sentence, else the
    pronoun itself ("it"); for a position of a statement's speaker, the speaker's span. All three
    are None when the evidence sentence does not name the actor (a speaker named only in an earlier
    sentence of a long quotation, a document author named only in the metadata).
    """

    id: str
    name: str
    country: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Alignment(_Record):
    """An explicit claim that actors a and b agree (+1) or disagree (-1).

    ``actors`` holds the two sides (a, then b) with their mentions in the evidence sentence
    (see :class:`AlignedActor`); empty for alignments built before mentions were kept.
    """

    id: str
    a: str | None
    b: str | None
    issue: str | None
    polarity: int
    claimed_by: str | None
    cue: TextSpan | None
    evidence: TextSpan
    statement: str | None = None
    actors: tuple[AlignedActor, ...] = ()


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


# -- back from the JSON form -------------------------------------------------------------------

def _span(d: Mapping[str, Any] | None) -> TextSpan | None:
    if not d:
        return None
    return TextSpan(str(d.get("text") or ""), int(d.get("start") or 0), int(d.get("end") or 0))


def _num(v: Any, default: float) -> float:
    """A number from JSON; absent (None) gives ``default``, an explicit 0 stays 0."""
    return default if v is None else float(v)


def _meta(v: Any) -> dict[str, Any]:
    """``meta`` as a dict: a mapping, or its JSON text (as a database column may hold it)."""
    if isinstance(v, str):
        try:
            v = json.loads(v)
        except ValueError:
            return {}
    return dict(v) if isinstance(v, Mapping) else {}


def _opt_int(v: Any) -> int | None:
    return None if v is None else int(v)


def _sides(v: Any) -> tuple[AlignedActor, ...]:
    """An alignment's ``actors`` from JSON (absent or malformed: none)."""
    if not isinstance(v, (list, tuple)):
        return ()
    return tuple(AlignedActor(id=str(x["id"]), name=str(x.get("name") or x["id"]), country=x.get("country"),
                              text=x.get("text"), start=_opt_int(x.get("start")), end=_opt_int(x.get("end")))
                 for x in v if isinstance(x, Mapping) and x.get("id"))


def article_from_dict(d: Mapping[str, Any]) -> Article:
    """The inverse of :meth:`Article.to_dict`: a full Article from its JSON form.

    Used by everything that reads analysed output back (convergence over JSONL files, the corpus
    store, workers in other processes handing back plain dicts, the web pages). Unknown fields
    are ignored, absent optional ones take the records' defaults.
    """
    actors = tuple(
        Actor(id=a["id"], name=a.get("name") or a["id"], type=a.get("type") or "other", country=a.get("country"),
              role=a.get("role"), code=a.get("code"),
              mentions=tuple(Mention(m.get("text") or "", int(m.get("start") or 0), int(m.get("end") or 0),
                                     m.get("kind") or "name") for m in a.get("mentions") or ()),
              members=tuple(a.get("members") or ()), is_source=bool(a.get("is_source")), sector=a.get("sector"),
              text=a.get("text"))
        for a in d.get("actors") or ())
    statements = []
    for s in d.get("statements") or ():
        sp = s.get("speaker")
        content = s.get("content") or {}
        statements.append(Statement(
            id=s["id"],
            speaker=Speaker(sp.get("text") or "", int(sp.get("start") or 0), int(sp.get("end") or 0), sp.get("actor"))
            if sp else None,
            cue=_span(s.get("cue")),
            content=Content(content.get("text") or "", tuple((int(a), int(b)) for a, b in content.get("spans") or ())),
            kind=s.get("kind") or "direct", is_speech=bool(s.get("is_speech", True)), cue_lemma=s.get("cue_lemma"),
            confidence=_num(s.get("confidence"), 1.0)))
    events = tuple(
        Event(id=e["id"], source=e.get("source"), target=e.get("target"), source_code=e.get("source_code"),
              target_code=e.get("target_code"), cameo=e.get("cameo") or "", cameo_root=e.get("cameo_root") or "",
              plover=e.get("plover"), goldstein=e.get("goldstein"),
              evidence=_span(e.get("evidence")) or TextSpan("", 0, 0), date=e.get("date"), place=e.get("place"),
              negated=bool(e.get("negated")), hypothetical=bool(e.get("hypothetical")),
              reported=bool(e.get("reported")), statement=e.get("statement"))
        for e in d.get("events") or ())
    stances = tuple(
        Stance(id=s["id"], actor=s.get("actor"), issue=s.get("issue") or "unspecified",
               issue_label=s.get("issue_label") or "", proposition=s.get("proposition") or "",
               polarity=int(s.get("polarity") or 0), strength=_num(s.get("strength"), 1.0),
               cue=_span(s.get("cue")), evidence=_span(s.get("evidence")) or TextSpan("", 0, 0),
               statement=s.get("statement"), target=s.get("target"), proposition_id=s.get("proposition_id"))
        for s in d.get("stances") or ())
    aligns = tuple(
        Alignment(id=a["id"], a=a.get("a"), b=a.get("b"), issue=a.get("issue"), polarity=int(a.get("polarity") or 0),
                  claimed_by=a.get("claimed_by"), cue=_span(a.get("cue")),
                  evidence=_span(a.get("evidence")) or TextSpan("", 0, 0), statement=a.get("statement"),
                  actors=_sides(a.get("actors")))
        for a in d.get("alignments") or ())
    conv_fields = {f.name for f in dataclasses.fields(Convergence)}
    convergence = []
    for c in d.get("convergence") or ():
        kw: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in c.items() if k in conv_fields}
        convergence.append(Convergence(**kw))
    return Article(id=str(d["id"]), text=d.get("text") or "", title=d.get("title"), date=d.get("date"),
                   source=d.get("source"), url=d.get("url"), author=d.get("author"), actors=actors,
                   statements=tuple(statements), events=events, stances=stances, alignments=aligns,
                   convergence=tuple(convergence), meta=_meta(d.get("meta")))
