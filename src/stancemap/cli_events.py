"""``stancemap events ...``: import PETRARCH verb dictionaries, retrain the event type model."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any, TextIO

__all__ = ["add_parsers"]

Handler = Callable[[argparse.Namespace, TextIO], int]


def add_parsers(sub: Any, commands: MutableMapping[str, Handler]) -> None:
    """Add ``stancemap events`` and its actions to the parser, its handler to ``commands``."""
    ev = sub.add_parser("events", help="event lexicon tools: import PETRARCH verb dictionaries, train the type model")
    evs = ev.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    imp = evs.add_parser("import-verbs", help="convert a PETRARCH/TABARI CAMEO verb dictionary to stancemap verb "
                                              "patterns (YAML, for --verbs)")
    imp.add_argument("source", help="PETRARCH-format .verbs / .txt verb dictionary")
    imp.add_argument("dest", help="output .yaml")
    tr = evs.add_parser("train-types", help="retrain the event type model from example sentences")
    tr.add_argument("--examples", help="TSV of TYPE<tab>sentence with {{source}} and [[target]] "
                                       "(default: the shipped data/cameo/relation_examples.tsv)")
    tr.add_argument("--out", help="model JSON to write (default: print a summary only)")
    tr.add_argument("--cv", type=int, metavar="K", default=0,
                    help="also print a K-fold cross-validation on the examples (accuracy, macro-F1)")
    tr.add_argument("--cv-by", choices=("sentence", "verb"), default="sentence",
                    help="cross-validation folds by sentence (default) or by verb lemma (each verb typed by a "
                         "model that never saw it)")
    commands["events"] = _cmd_events


def _cmd_events(args: argparse.Namespace, out: TextIO) -> int:
    if args.events_command == "import-verbs":
        from .nlp.events.lexicon import default_lexicon, extend_lexicon
        from .nlp.events.petrarch import import_petrarch_verbs, write_verbs

        verbs, report = import_petrarch_verbs(args.source)
        write_verbs(verbs, args.dest, Path(args.source).name)
        extend_lexicon(default_lexicon(), [args.dest])  # the written file loads and validates
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items())) or "none"
        out.write(f"{report.verbs} verbs, {report.patterns} patterns for {len(verbs)} lemmas written to "
                  f"{args.dest} (skipped: {skipped})\n")
        return 0
    from .nlp.events.training import cross_validate, example_relations, read_examples, train_from_file
    from .nlp.pipeline import load_model, use_numpy_ops

    use_numpy_ops(True)  # the pipeline's default matrix route
    nlp = load_model()
    model, used, missed = train_from_file(nlp, args.examples)
    if args.out:  # written first: a closed output pipe must not lose the model
        Path(args.out).write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    out.write(f"trained on {used} examples ({len(missed)} without a relation in the parse)\n")
    for ex in missed:
        out.write(f"  no relation: {ex.where}\n")
    if args.out:
        out.write(f"model written to {args.out}\n")
    if args.cv and args.cv > 1:
        from .nlp.events.training import examples_path

        rows, _ = example_relations(nlp, read_examples(args.examples or examples_path()))
        data = [(f, y) for f, y, _ in rows]
        left = [not coded for _, _, coded in rows]
        for what, test in (("examples", None), ("relations the lexicon leaves to the model", left)):
            cv = cross_validate(data, args.cv, by=args.cv_by, test=test)
            per = " ".join(f"{k}={v:.2f}" for k, v in cv["per_label"].items())  # type: ignore[attr-defined]
            out.write(f"{args.cv}-fold cross-validation by {args.cv_by} on {cv['examples']} {what}: "
                      f"accuracy={cv['accuracy']:.3f} macro-F1={cv['macro_f1']:.3f}\n  {per}\n")
    return 0
