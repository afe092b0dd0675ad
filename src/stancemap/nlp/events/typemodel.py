"""The event type of a structural relation: a small linear model over parse features.

A multinomial logistic regression over the sparse features of
:func:`stancemap.nlp.events.relations.relation_features` (the verb, its object noun, particle,
preposition and complement, negation, and the PLOVER types the lexicon gives those words),
with a ``NONE`` class for relations that are no event ("X is the capital of Y", "X told Y").
It is trained by ``stancemap events train-types`` on sentences written for the project
(``data/cameo/relation_examples.tsv``), never on evaluation data; the weights ship as
``data/cameo/type_model.json`` (a few hundred kB, pure Python at run time).

Types are the PLOVER 2021 roots; each maps to a generic CAMEO code of its family
(:data:`TYPE_CODES`) so that the event keeps a CAMEO code, a Goldstein score and a root.
"""

from __future__ import annotations

import functools
import json
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ...errors import DataFileError

__all__ = ["TYPE_CODES", "TypeModel", "train", "load_model", "default_model", "lexicon_type"]

#: The generic CAMEO code given to a relation of each PLOVER type.
TYPE_CODES = {
    "REQUEST": "020", "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060",
    "AID": "070", "YIELD": "080", "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
    "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170", "ASSAULT": "180",
}
NONE = "NONE"
#: Features that say how a relation is built, not what it is (no evidence of an event alone).
_STRUCTURAL = ("path=", "prep=", "via=", "passive", "neg", "lex=NONE", "subj=", "pobj=", "tgt=", "harm")


@dataclass
class TypeModel:
    """Weights of the linear type model: feature -> label -> weight, plus a bias per label."""

    labels: list[str]
    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    threshold: float = 0.0
    #: the least probability for the last-resort relation of a sentence (path "clause": the main verb's
    #: subject and the first other actor of its clause, no argument link between them)
    clause_threshold: float = 0.0

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        z = dict(self.bias)
        for f in sorted(set(feats)):  # a fixed order: sums do not depend on hash seeds
            for lab, w in self.weights.get(f, {}).items():
                z[lab] += w
        m = max(z.values())
        ex = {k: math.exp(v - m) for k, v in z.items()}
        s = sum(ex.values())
        return {k: v / s for k, v in ex.items()}

    def predict(self, feats: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability.

        ``NONE`` when the threshold is not reached (``clause_threshold`` for a sentence's last-resort
        relation), or when nothing lexical about the relation is
        known to the model (an unseen verb with only its preposition to go by: no evidence).
        """
        feats = list(feats)
        if not any(f in self.weights for f in feats if not f.startswith(_STRUCTURAL)):
            return NONE, 1.0
        p = self.probabilities(feats)
        lab = max(p, key=lambda k: (p[k], k))
        least = self.clause_threshold if "path=clause" in feats else self.threshold
        if lab != NONE and p[lab] < least:
            return NONE, p[lab]
        return lab, p[lab]

    def to_json(self) -> dict[str, object]:
        return {"labels": self.labels, "threshold": self.threshold, "clause_threshold": self.clause_threshold,
                "bias": {k: round(v, 6) for k, v in self.bias.items()},
                "weights": {f: {k: round(w, 4) for k, w in ws.items() if abs(w) >= 1e-4}
                            for f, ws in sorted(self.weights.items())}}


def train(examples: Sequence[tuple[Sequence[str], str]], *, epochs: int = 40, rate: float = 0.2,
          l2: float = 3e-3, seed: int = 13, threshold: float = 0.0, clause_threshold: float | None = None,
          sample_weights: Sequence[float] | None = None) -> TypeModel:
    """Fit the model by stochastic gradient descent (deterministic for a given seed and order).

    ``l2``: weight decay; 3e-3 was chosen over 1e-4 (the first default), 1e-3 and 1e-2 by the
    cross-validation on the examples and the study parts of the three event sets: stronger decay
    keeps the weights of rare words small, so unseen relations lean on the lexicon hints.
    ``sample_weights``: how much each example counts (1 each by default)."""
    labels = sorted({y for _, y in examples} | {NONE})
    weights: dict[str, dict[str, float]] = {}
    bias = {k: 0.0 for k in labels}
    order = list(range(len(examples)))
    rng = random.Random(seed)
    model = TypeModel(labels, weights, bias, threshold,
                      threshold if clause_threshold is None else clause_threshold)
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1 + 0.1 * epoch)
        for i in order:
            feats, y = examples[i]
            sw = 1.0 if sample_weights is None else sample_weights[i]
            fs = sorted(set(feats))
            p = model.probabilities(fs)
            for lab in labels:
                g = sw * (p[lab] - (1.0 if lab == y else 0.0))
                if abs(g) < 1e-6:
                    continue
                bias[lab] -= lr * g
                for f in fs:
                    row = weights.setdefault(f, {})
                    w = row.get(lab, 0.0)
                    row[lab] = w - lr * (g + l2 * w)
    return model


def load_model(path: str | Path) -> TypeModel:
    """Read a model written by :meth:`TypeModel.to_json`."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        labels = [str(x) for x in doc["labels"]]
        bias = {str(k): float(v) for k, v in doc["bias"].items()}
        weights = {str(f): {str(k): float(w) for k, w in ws.items()} for f, ws in doc["weights"].items()}
        threshold = float(doc.get("threshold", 0.0))
        clause_threshold = float(doc.get("clause_threshold", threshold))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(f"not a stancemap event type model: {exc}", source=str(path)) from None
    for k in labels:
        if k != NONE and k not in TYPE_CODES:
            raise DataFileError(f"unknown event type {k!r}", source=str(path))
    return TypeModel(labels, weights, {k: bias.get(k, 0.0) for k in labels}, threshold, clause_threshold)


def model_path() -> Path:
    return Path(str(resources.files("stancemap") / "data" / "cameo" / "type_model.json"))


@functools.cache
def default_model() -> TypeModel:
    """The shipped model (loaded once)."""
    return load_model(model_path())


def lexicon_type(feats: Iterable[str]) -> str:
    """The type the lexicon alone gives a relation: its one PLOVER hint, else ``NONE``."""
    hints = {f[4:] for f in feats if f.startswith("lex=") and f != "lex=NONE"}
    return hints.pop() if len(hints) == 1 else NONE
