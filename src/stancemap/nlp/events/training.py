"""Training the event type model from sentences written for the project.

The examples file (``data/cameo/relation_examples.tsv``) has one sentence per line, ``TYPE <tab>
sentence``, with the source marked ``{{...}}`` and the target ``[[...]]``. Each sentence is parsed,
the structural relation between the two marked spans is found from the parse
(:func:`~stancemap.nlp.events.relations.relation_between`) and described with the same features
the event stage uses at run time; the model is then fitted on those features.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.language import Language

from ...errors import DataFileError
from .lexicon import Lexicon, default_lexicon
from .relations import Relation, relation_between
from .typefeatures import type_features
from .typemodel import _STRUCTURAL, NONE, TYPE_CODES, TypeModel, train

__all__ = ["Example", "read_examples", "example_features", "example_relations", "train_from_file", "examples_path", "cross_validate", "THRESHOLD", "CLAUSE_THRESHOLD",
           "with_backoff"]

_MARK = re.compile(r"\{\{(.+?)\}\}|\[\[(.+?)\]\]")


@dataclass(frozen=True)
class Example:
    label: str
    text: str
    source: tuple[int, int]
    target: tuple[int, int]
    where: str


def examples_path() -> Path:
    return Path(str(resources.files("stancemap") / "data" / "cameo" / "relation_examples.tsv"))


def _unmark(line: str, where: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    out, pos = [], 0
    spans: dict[str, tuple[int, int]] = {}
    n = 0
    for m in _MARK.finditer(line):
        out.append(line[pos:m.start()])
        n += len(line[pos:m.start()])
        inner = m.group(1) or m.group(2)
        kind = "source" if m.group(1) is not None else "target"
        if kind in spans:
            raise DataFileError(f"two {kind} marks", source=where)
        spans[kind] = (n, n + len(inner))
        out.append(inner)
        n += len(inner)
        pos = m.end()
    out.append(line[pos:])
    if set(spans) != {"source", "target"}:
        raise DataFileError("a sentence needs one {{source}} and one [[target]]", source=where)
    return "".join(out), spans["source"], spans["target"]


def read_examples(path: str | Path) -> list[Example]:
    """The examples of a TSV file (``#`` comments and blank lines skipped), validated."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read examples: {exc}", source=str(path)) from None
    out = []
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path}:{i}"
        label, sep, sentence = line.partition("\t")
        if not sep or label not in TYPE_CODES and label != NONE:
            raise DataFileError(f"expected TYPE<tab>sentence with a PLOVER type or NONE, got {label!r}",
                                source=where)
        text, s, t = _unmark(sentence.strip(), where)
        out.append(Example(label, text, s, t, where))
    return out


def example_relations(nlp: Language, examples: list[Example], lexicon: Lexicon | None = None,
                      ) -> tuple[list[tuple[list[str], str, bool]], list[Example]]:
    """Features, label and *coded* of each example whose relation the parse yields, and the
    examples it does not. *coded*: the lexicon codes the relation's verb as a trigger, so at run
    time the event stage never hands this relation to the type model (it only types relations
    on words no trigger covers)."""
    from .component import _triggers  # (the event stage's own trigger pass; no import at module load)

    lexicon = lexicon or default_lexicon()
    rows: list[tuple[list[str], str, bool]] = []
    missed: list[Example] = []
    for ex, doc in zip(examples, nlp.pipe([e.text for e in examples])):
        rel = None
        for sent in doc.sents:
            rel = relation_between(sent, ex.source, ex.target)
            if rel is not None:
                break
        if rel is None:
            missed.append(ex)
            continue
        if _mood_decides(rel, ex.label, lexicon):
            missed.append(ex)  # the type comes from mood, after the model: no label for the act itself
            continue
        covered: set[int] = set()
        for t in _triggers(rel.verb.sent, lexicon):
            covered |= {t.token.i, t.head.i} | t.absorbed
        rows.append((type_features(rel, lexicon), ex.label, rel.verb.i in covered))
    return rows, missed


def _mood_decides(rel: Relation, label: str, lexicon: Lexicon) -> bool:
    """Whether the event stage recodes the relation's act by its mood so that the label cannot be the
    model's ("said it would withdraw": an intent, "will not meet": a rejection, "would strike": a threat).
    The model types the act and the mood is applied after it: a sentence whose label another act's type
    could have become by mood ("said it would withdraw", AGREE) is no label for the act itself and is left
    out; one labelled with the act ("will fund", AID) is kept."""
    from ...ontology import plover_type
    from .component import _RELATION, _recode
    from .match import Trigger

    if label == NONE:
        return False

    def after(code: str) -> str | None:
        new, negated, _ = _recode(Trigger(rel.verb, _RELATION, code, rel.verb), lexicon)
        t = plover_type(new)
        return None if negated else {"CONCEDE": "YIELD", "RETREAT": "YIELD"}.get(t or "", t)

    return any(after(code) == label for kind, code in TYPE_CODES.items() if kind not in (label, "MOBILIZE"))
    # (MOBILIZE left out: troops sent to keep the peace are aid, a sense and not a mood)


def example_features(nlp: Language, examples: list[Example], lexicon: Lexicon | None = None,
                     ) -> tuple[list[tuple[list[str], str]], list[Example]]:
    """Features of each example whose relation the parse yields, and the examples it does not."""
    rows, missed = example_relations(nlp, examples, lexicon)
    return [(f, y) for f, y, _ in rows], missed


#: The least probability of the best type for a relation to be an event (else "no event"): chosen on
#: the study part of the pair set and a cross-validation on the examples (README, "Evaluation").
THRESHOLD = 0.3
#: The same for the last-resort relation of a sentence (path "clause": two actors of one clause with no
#: argument link): 0.6 kept every study pair of the pair set and dropped false events on the study
#: parts of the PLOVER and CAMEO sets (0.45 and 0.8 were tried; 0.8 lost pairs).
CLAUSE_THRESHOLD = 0.6


#: Features that name the verb itself; dropped in the back-off copy of each example (:func:`with_backoff`).
_VERB_IDENTITY = ("v=", "v+path=", "v+obj=", "v+prt=")


#: How much a back-off copy counts against its example (1): less, so that a verb the model knows keeps its own
#: evidence ahead of what its object or class say (chosen by the cross-validations and the study parts).
BACKOFF_WEIGHT = 0.5


def with_backoff(data: list[tuple[list[str], str]]) -> tuple[list[tuple[list[str], str]], list[float]]:
    """The examples, each followed by a copy without the features that name its verb (when something
    lexical remains: its class, lexicon hints, object, complement ...), and the weight of each row
    (1 for an example, :data:`BACKOFF_WEIGHT` for a copy). Most verbs of wire copy are in
    no training sentence; the copies teach the model what a relation says when its verb is unknown
    (the verb's class, the object noun, the preposition), instead of leaving all the evidence to the
    verb's own weight. Chosen by the cross-validation by verb (``--cv-by verb``)."""
    out: list[tuple[list[str], str]] = []
    weights: list[float] = []
    for feats, y in data:
        out.append((feats, y))
        weights.append(1.0)
        rest = [f for f in feats if not f.startswith(_VERB_IDENTITY)]
        if any(not f.startswith(_STRUCTURAL) for f in rest):
            out.append((rest, y))
            weights.append(BACKOFF_WEIGHT)
    return out, weights


def _fit(data: list[tuple[list[str], str]], *, seed: int, threshold: float,
         clause_threshold: float | None = None) -> TypeModel:
    """The model fitted on the examples and their back-off copies (weighted :data:`BACKOFF_WEIGHT`)."""
    full, weights = with_backoff(data)
    return train(full, seed=seed, threshold=threshold, clause_threshold=clause_threshold, sample_weights=weights)


def train_from_file(nlp: Language, path: str | Path | None = None, *, seed: int = 13,
                    threshold: float = THRESHOLD, clause_threshold: float = CLAUSE_THRESHOLD,
                    ) -> tuple[TypeModel, int, list[Example]]:
    """Train the type model on an examples file: (model, examples used, examples missed)."""
    examples = read_examples(path or examples_path())
    data, missed = example_features(nlp, examples)
    if not data:
        raise DataFileError("no example yielded a relation", source=str(path or examples_path()))
    model = _fit(data, seed=seed, threshold=threshold, clause_threshold=clause_threshold)
    return model, len(data), missed


def _fold(i: int, feats: list[str], folds: int, by: str) -> int:
    if by == "verb":  # every sentence of one verb lemma in the same fold (crc32: no hash seed)
        verb = next((f for f in feats if f.startswith("v=")), "")
        return zlib.crc32(verb.encode("utf-8")) % folds
    return i % folds


def cross_validate(data: list[tuple[list[str], str]], folds: int = 5, *, seed: int = 13,
                   threshold: float = THRESHOLD, by: str = "sentence", test: list[bool] | None = None,
                   ) -> dict[str, object]:
    """K-fold cross-validation of the type model on featurised examples.

    ``by="sentence"``: fold = index mod k; ``by="verb"``: all sentences of a verb lemma fall in
    one fold, so each verb is typed by a model that never saw it, as wire copy's verbs outside
    the lexicon and the training sentences are (the harder, more honest measure of generalisation).
    ``test``: score only the examples marked True (all by default), e.g. the relations the
    lexicon leaves to the model (``not coded`` of :func:`example_relations`), the only ones it
    types at run time; every fold still trains on all the others.
    Returns accuracy, macro-F1 over the labels that occur and per-label F1: how well the model
    generalises to sentences it was not trained on, without any evaluation data.
    """
    if by not in ("sentence", "verb"):
        raise ValueError(f"cross-validation by {by!r}: choose sentence or verb")
    fold = [_fold(i, f, folds, by) for i, (f, _) in enumerate(data)]
    pairs: list[tuple[str, str]] = []
    for k in range(folds):
        train_part = [d for i, d in enumerate(data) if fold[i] != k]
        model = _fit(train_part, seed=seed, threshold=threshold)
        pairs += [(y, model.predict(f)[0]) for i, (f, y) in enumerate(data)
                  if fold[i] == k and (test is None or test[i])]
    labels = sorted({y for y, _ in pairs})
    per: dict[str, float] = {}
    for lab in labels:
        tp = sum(1 for y, p in pairs if y == lab == p)
        fp = sum(1 for y, p in pairs if y != lab and p == lab)
        fn = sum(1 for y, p in pairs if y == lab and p != lab)
        pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
        per[lab] = round(2 * pr * rc / max(1e-9, pr + rc), 4)
    return {"examples": len(pairs), "folds": folds, "by": by,
            "accuracy": round(sum(y == p for y, p in pairs) / max(1, len(pairs)), 4),
            "macro_f1": round(sum(per.values()) / max(1, len(per)), 4), "per_label": per}
