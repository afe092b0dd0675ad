"""The stance and alignment cue lexicons (``data/stances/*.yaml``), loaded once and validated."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import DataFileError
from ...issues.yamlio import line_of, load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["HARMS", "Cue", "Lexicon", "Frames", "load_frames", "AlignLexicon", "load_lexicon", "load_align_lexicon", "lexicon", "align_lexicon",
           "cue_verb", "verb_lemma"]

KINDS = ("evaluative", "demand", "commit", "refuse", "accuse", "propose")
#: harms one is held responsible for (blame, not a duty): "blamed X for the attack",
#: "traded accusations over the shelling"
HARMS = frozenset("""attack bombing killing death massacre violence shelling strike explosion blast crisis crash
    failure collapse abuse crime atrocity destruction damage chaos unrest fighting war shooting assassination
    kidnapping fire leak hack cyberattack poisoning incident invasion coup escalation disaster violation breach
    raid airstrike assault incursion clash skirmish ambush bombardment""".split())


@dataclass(frozen=True)
class Cue:
    """One cue word: polarity, kind, the prepositions that introduce its target."""

    word: str
    polarity: int
    kind: str
    preps: tuple[str, ...] = ()
    needs_prep: bool = False
    strength: float = 1.0
    needs_object: bool = False  # a cue only with a noun object ("denied the accusations")
    intent_only: bool = False  # a cue only as an intention ("vowed to block X"), not as an act
    abstract_object: bool = False  # a cue only with an object that is no physical thing ("cleared the merger")


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    adjectives: dict[str, Cue]
    phrases: dict[tuple[str, ...], Cue]
    speech_act_nouns: dict[str, int]
    authored_nouns: frozenset[str]
    demand_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    hedges: dict[str, float]
    intensifiers: frozenset[str]
    label_verbs: frozenset[str] = frozenset()
    negative_labels: frozenset[str] = frozenset()
    positive_labels: frozenset[str] = frozenset()
    agent_nouns: dict[str, int] = field(default_factory=dict)  # "a critic of X": -1
    negated_intent_nouns: frozenset[str] = frozenset()  # "has no plans to X": -1 on X
    no_alternative_nouns: frozenset[str] = frozenset()  # "sees no alternative to X": +1 on X
    physical_nouns: frozenset[str] = frozenset()  # things, places, persons: no object of an abstract_object cue


def cue_verb(tok: Token, lex: Lexicon, *, skip: Collection[str] = ()) -> str | None:
    """The cue verb of the lexicon a word names, or None: its lemma, else the word itself or the word
    less an ending the lemmatizer missed ("hopes" lemmatized as "hop", "opposes" read as a noun):
    "-s", "-es", "-d", "-ed", "-ing" for "-e", a doubled last consonant ("extolled" lemmatized as
    "extoll"). ``skip``: verbs that are no cue where the caller looks (the true auxiliaries before a
    participle)."""
    w = tok.lower_
    # (a vowel before the doubled consonant: "extolled", "controlling"; not "called", "passed")
    doubled = w[:-3] if w.endswith("ed") and len(w) > 5 and w[-3] == w[-4] and w[-5] in "aeiou" \
        and w[-6] not in "aeiou" else \
        w[:-4] if w.endswith("ing") and len(w) > 6 and w[-4] == w[-5] and w[-6] in "aeiou" and w[-7] not in "aeiou" \
        else ""
    for cand in (tok.lemma_.lower(), w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else "",
                 w[:-1] if w.endswith("ed") else "", w[:-2] if w.endswith("ed") else "",
                 w[:-3] + "e" if w.endswith("ing") else "", doubled):
        if cand and cand not in skip and cand in lex.verbs:
            return cand
    return None


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    """The cue lemma of a verb: its lemma when that is a cue or a label verb, else the cue
    :func:`cue_verb` recovers from the word form, else the lemma."""
    lemma = tok.lemma_.lower()
    if lemma in lex.label_verbs:
        return lemma
    return cue_verb(tok, lex) or lemma


@dataclass(frozen=True)
class AlignLexicon:
    symmetric_verbs: dict[str, int]
    similarity: dict[str, int]
    position_nouns: frozenset[str]
    possession_verbs: frozenset[str]
    echo_verbs: dict[str, int]
    echo_objects: frozenset[str]
    directed_verbs: dict[str, int] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], int] = field(default_factory=dict)
    exchange_verbs: frozenset[str] = frozenset()
    exchange_objects: frozenset[str] = frozenset()
    symmetric_adjectives: dict[str, int] = field(default_factory=dict)  # "A and B remain divided": -1
    directed_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "distanced itself from B"
    reciprocal_verbs: dict[str, int] = field(default_factory=dict)  # "A and B thanked each other": +1


def _data(name: str) -> Path:
    return Path(str(resources.files("stancemap") / "data" / "stances" / name))


def _where(path: Path, obj: Any, parent: Any = None) -> str:
    return f"{path}:{line_of(obj) or line_of(parent) or 1}"


def _cue(word: str, raw: Any, path: Path, parent: Any) -> Cue:
    where = _where(path, raw, parent)
    if not isinstance(raw, dict):
        raise DataFileError(f"cue {word!r}: expected a mapping with polarity and kind", source=where)
    pol, kind = raw.get("polarity"), raw.get("kind")
    if pol not in (1, -1):
        raise DataFileError(f"cue {word!r}: polarity must be 1 or -1, not {pol!r}", source=where)
    if kind not in KINDS:
        raise DataFileError(f"cue {word!r}: kind must be one of {KINDS}, not {kind!r}", source=where)
    preps = raw.get("preps") or []
    if not isinstance(preps, list) or not all(isinstance(x, str) for x in preps):
        raise DataFileError(f"cue {word!r}: preps must be a list of words (quote \"on\", \"no\")", source=where)
    strength = float(raw.get("strength", 1.0))
    if not 0.0 < strength <= 1.0:
        raise DataFileError(f"cue {word!r}: strength must be in (0, 1]", source=where)
    return Cue(word, int(pol), str(kind), tuple(str(p) for p in preps), bool(raw.get("needs_prep", False)), strength,
               bool(raw.get("needs_object", False)), bool(raw.get("intent_only", False)),
               bool(raw.get("abstract_object", False)))


def _section(data: Any, key: str, path: Path, typ: type) -> Any:
    val = data.get(key)
    if not isinstance(val, typ):
        raise DataFileError(f"section {key!r} missing or not a {typ.__name__}", source=_where(path, data))
    return val


#: prepositions that introduce the target of a derived position noun ("its derision of X")
DERIVED_NOUN_PREPS = ("of", "for", "to", "towards", "toward")


def load_lexicon(path: str | Path | None = None, *, derived: str | Path | None | bool = None,
                 frames: str | Path | None | bool = None) -> Lexicon:
    """Load and validate a stance cue lexicon (the shipped ``cues.yaml`` by default).

    ``derived``: a file of cues derived from the lexicon (``scripts/derive_cues.py``: nominalisations,
    agent nouns, label adjectives, physical nouns), merged beneath the hand-written entries; by default
    the shipped ``derived.yaml`` when the shipped lexicon is loaded, none for a lexicon of one's own;
    False: none. ``frames``: the wide lexicon by frame (``frames.yaml``, see :func:`load_frames`),
    merged beneath the hand-written entries and above the derived ones; same defaults.
    """
    p = Path(path) if path else _data("cues.yaml")
    d = load_yaml(p)
    if not isinstance(d, dict):
        raise DataFileError("a cue lexicon is a mapping of sections", source=f"{p}:1")
    sec = {k: _section(d, k, p, dict) for k in ("verbs", "nouns", "adjectives", "phrases", "modals", "hedges")}
    modals = sec["modals"]
    dpath = _data("derived.yaml") if derived is None and not path else (
        Path(derived) if isinstance(derived, (str, Path)) else None)
    extra = _derived(dpath) if dpath is not None else {"nouns": {}, "agent_nouns": {}, "labels": {}, "physical": {}}
    fpath = _data("frames.yaml") if frames is None and not path else (
        Path(frames) if isinstance(frames, (str, Path)) else None)
    wide = load_frames(fpath) if fpath is not None else Frames()
    nouns = {**extra["nouns"], **wide.nouns, **{w: _cue(w, v, p, sec["nouns"]) for w, v in sec["nouns"].items()}}
    agent_nouns = {**extra["agent_nouns"], **wide.agent_nouns, **_pol_map(d, "agent_nouns", p)}
    labels = _labels(d, p)
    for w, pol in [*wide.labels.items(), *extra["labels"].items()]:
        if w not in labels["negative_labels"] and w not in labels["positive_labels"]:
            key = "negative_labels" if pol < 0 else "positive_labels"
            labels[key] = labels[key] | {w}
    return Lexicon(
        verbs={**wide.verbs, **{w: _cue(w, v, p, sec["verbs"]) for w, v in sec["verbs"].items()}},
        nouns=nouns,
        adjectives={w: _cue(w, v, p, sec["adjectives"]) for w, v in sec["adjectives"].items()},
        phrases={**wide.phrases, **{tuple(w.split()): _cue(w, v, p, sec["phrases"]) for w, v in sec["phrases"].items()}},
        speech_act_nouns={str(w): int(v) for w, v in _section(d, "speech_act_nouns", p, dict).items()},
        authored_nouns=frozenset(_section(d, "authored_nouns", p, list)),
        demand_modals=frozenset(modals.get("demand", [])),
        hypothetical_modals=frozenset(modals.get("hypothetical", [])),
        hedges={str(w): float(v) for w, v in sec["hedges"].items()},
        intensifiers=frozenset(_section(d, "intensifiers", p, list)),
        agent_nouns=agent_nouns,
        negated_intent_nouns=frozenset(_word_list(d, "negated_intent_nouns", p)),
        no_alternative_nouns=frozenset(_word_list(d, "no_alternative_nouns", p)),
        physical_nouns=frozenset(extra["physical"]),
        **labels,
    )


@dataclass(frozen=True)
class Frames:
    """The wide lexicon by frame (``frames.yaml``): cues keyed like :class:`Lexicon`'s."""

    verbs: dict[str, Cue] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], Cue] = field(default_factory=dict)
    nouns: dict[str, Cue] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)
    agent_nouns: dict[str, int] = field(default_factory=dict)


_GROUP_KEYS = frozenset({"frame", "polarity", "kind", "needs_object", "needs_prep", "abstract_object", "intent_only",
                         "strength", "preps", "verbs", "phrases"})


def load_frames(path: str | Path) -> Frames:
    """Load the wide lexicon by frame: ``groups`` (each a frame with polarity, kind and flags for all
    its ``verbs`` and ``phrases``; ``verbs`` may map a verb to its prepositions), ``labels``
    (negative/positive), ``agent_nouns`` (positive/negative) and ``nouns`` (groups of position nouns
    with their prepositions). A word given twice keeps its first entry."""
    p = Path(path)
    d = load_yaml(p)
    if not isinstance(d, dict) or not isinstance(d.get("groups"), list):
        raise DataFileError("a frame lexicon is a mapping with a list 'groups'", source=f"{p}:1")
    out = Frames()
    for g in d["groups"]:
        where = _where(p, g, d)
        if not isinstance(g, dict) or not isinstance(g.get("frame"), str):
            raise DataFileError("a group is a mapping with a frame name", source=where)
        unknown = set(g) - _GROUP_KEYS
        if unknown:
            raise DataFileError(f"group {g['frame']!r}: unknown keys {sorted(unknown)}", source=where)
        base = {k: v for k, v in g.items() if k not in ("frame", "verbs", "phrases")}
        verbs = g.get("verbs") or []
        items = verbs.items() if isinstance(verbs, dict) else ((w, None) for w in verbs)
        for w, preps in items:
            raw = {**base, "preps": preps} if preps is not None else base
            out.verbs.setdefault(str(w), _cue(str(w), raw, p, g))
        for w in g.get("phrases") or []:
            out.phrases.setdefault(tuple(str(w).split()), _cue(str(w), base, p, g))
    for key, sign in (("negative", -1), ("positive", 1)):
        for w in _word_list(d.get("labels") or {}, key, p):
            out.labels.setdefault(w, sign)
        for w in _word_list(d.get("agent_nouns") or {}, key, p):
            out.agent_nouns.setdefault(w, sign)
    for g in d.get("nouns") or []:
        if not isinstance(g, dict) or not isinstance(g.get("words"), list):
            raise DataFileError("a noun group is a mapping with a list 'words'", source=_where(p, g, d))
        base = {k: v for k, v in g.items() if k != "words"}
        for w in g["words"]:
            out.nouns.setdefault(str(w), _cue(str(w), base, p, g))
    return out


def _derived(p: Path) -> dict[str, dict[str, Any]]:
    """The derived cues (nouns as :class:`Cue`, agent nouns and labels as polarities)."""
    d = load_yaml(p)
    if not isinstance(d, dict):
        raise DataFileError("a derived cue file is a mapping of sections", source=f"{p}:1")
    out: dict[str, dict[str, Any]] = {"nouns": {}, "agent_nouns": {}, "labels": {}, "physical": {}}
    physical = d.get("physical_nouns") or ""
    if not isinstance(physical, str):
        raise DataFileError("physical_nouns must be a block of words", source=_where(p, d))
    out["physical"] = dict.fromkeys(physical.split(), 1)
    for key in ("nouns", "agent_nouns", "labels"):
        sec = d.get(key) or {}
        if not isinstance(sec, dict):
            raise DataFileError(f"section {key!r} must be a mapping", source=_where(p, d))
        for w, v in sec.items():
            if not isinstance(v, dict) or v.get("polarity") not in (1, -1):
                raise DataFileError(f"{key}.{w}: expected a mapping with polarity 1 or -1", source=_where(p, v, sec))
            if key == "nouns":
                out[key][str(w)] = _cue(str(w), {"preps": list(DERIVED_NOUN_PREPS), **{
                    k: x for k, x in v.items() if k != "from"}}, p, sec)
            else:
                out[key][str(w)] = int(v["polarity"])
    return out


def _pol_map(d: dict[str, Any], key: str, p: Path) -> dict[str, int]:
    """An optional section mapping words to a polarity (+1/-1)."""
    m = d.get(key) or {}
    if not isinstance(m, dict):
        raise DataFileError(f"section {key!r} must be a mapping of words to 1 or -1", source=_where(p, d))
    for w, v in m.items():
        if v not in (1, -1):
            raise DataFileError(f"{key}.{w}: polarity must be 1 or -1", source=_where(p, m, d))
    return {str(w): int(v) for w, v in m.items()}


def _word_list(d: dict[str, Any], key: str, p: Path) -> list[str]:
    """An optional section listing words."""
    words = d.get(key) or []
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise DataFileError(f"section {key!r} must be a list of words", source=_where(p, d))
    return words


def _labels(d: dict[str, Any], p: Path) -> dict[str, frozenset[str]]:
    labels = d.get("labels") or {}
    if not isinstance(labels, dict):
        raise DataFileError("section 'labels' must be a mapping", source=_where(p, d))
    out = {}
    for key, field_name in (("verbs", "label_verbs"), ("negative", "negative_labels"), ("positive", "positive_labels")):
        words = labels.get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise DataFileError(f"labels.{key} must be a list of words", source=_where(p, labels, d))
        out[field_name] = frozenset(words)
    return out


def load_align_lexicon(path: str | Path | None = None) -> AlignLexicon:
    """Load and validate the alignment lexicon (the shipped ``alignment.yaml`` by default)."""
    p = Path(path) if path else _data("alignment.yaml")
    d = load_yaml(p)
    if not isinstance(d, dict):
        raise DataFileError("an alignment lexicon is a mapping of sections", source=f"{p}:1")

    def pol_map(key: str) -> dict[str, int]:
        m = _section(d, key, p, dict)
        for w, v in m.items():
            if v not in (1, -1):
                raise DataFileError(f"{key}.{w}: polarity must be 1 or -1", source=_where(p, m))
        return {str(w): int(v) for w, v in m.items()}

    return AlignLexicon(
        symmetric_verbs=pol_map("symmetric_verbs"),
        similarity=pol_map("similarity"),
        position_nouns=frozenset(_section(d, "position_nouns", p, list)),
        possession_verbs=frozenset(_section(d, "possession_verbs", p, list)),
        echo_verbs=pol_map("echo_verbs"),
        echo_objects=frozenset(_section(d, "echo_objects", p, list)),
        directed_verbs=pol_map("directed_verbs"),
        phrases={tuple(str(w).split()): v for w, v in (pol_map("phrases") if "phrases" in d else {}).items()},
        exchange_verbs=frozenset(d.get("exchange_verbs") or ()),
        exchange_objects=frozenset(d.get("exchange_objects") or ()),
        symmetric_adjectives=_pol_map(d, "symmetric_adjectives", p),
        directed_preps={str(w): tuple(str(x) for x in v) for w, v in (d.get("directed_preps") or {}).items()},
        reciprocal_verbs=_pol_map(d, "reciprocal_verbs", p),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped stance lexicon, loaded once."""
    return load_lexicon()


@lru_cache(maxsize=1)
def align_lexicon() -> AlignLexicon:
    """The shipped alignment lexicon, loaded once."""
    return load_align_lexicon()
