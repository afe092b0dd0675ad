"""Precision of proposition matching on labelled pairs (same claim / different claim).

The pair file (YAML) maps issues to groups of propositions ``[text, polarity]``: two
propositions of one group state the same claim, two of different groups of the same issue
state different claims. Every proposition of an issue goes through one
:class:`~stancemap.issues.propositions.PropositionMatcher` in file order, as the stances of
a corpus do; a pair is *matched* when both got the same proposition id. Reported: pairs,
precision (matched pairs that are the same claim), recall (same-claim pairs matched), and
the sign agreement of matched same-claim pairs (END words folded: "an end to the blockade"
+1 and "the blockade" -1 agree).
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..issues.propositions import PropositionMatcher
from ..issues.yamlio import load_yaml

__all__ = ["score_pairs", "render_pairs"]


def score_pairs(path: str | Path, *, threshold: float = 0.7) -> dict[str, Any]:
    data = load_yaml(Path(path))
    if not isinstance(data, dict):
        raise EvalError("a pair file maps issues to lists of groups", source=str(path))
    tp = fp = fn = tn = sign_ok = 0
    wrong: list[tuple[str, str]] = []
    for issue, groups in data.items():
        matcher = PropositionMatcher(threshold=threshold)
        items: list[tuple[int, str, str, int]] = []  # (group, text, pid, position)
        for g, group in enumerate(groups):
            for text, pol in group:
                pid, pos = matcher.assign(str(issue), str(text), int(pol))
                items.append((g, str(text), pid, pos))
        for (ga, ta, pa, xa), (gb, tb, pb, xb) in combinations(items, 2):
            same, matched = ga == gb, pa == pb
            if matched and same:
                tp += 1
                sign_ok += xa == xb
            elif matched:
                fp += 1
                wrong.append((ta, tb))
            elif same:
                fn += 1
            else:
                tn += 1
    return {"pairs": tp + fp + fn + tn, "same": tp + fn, "different": fp + tn, "matched": tp + fp,
            "precision": tp / (tp + fp) if tp + fp else None, "recall": tp / (tp + fn) if tp + fn else None,
            "sign_agreement": sign_ok / tp if tp else None, "false_matches": wrong}


def render_pairs(res: dict[str, Any]) -> str:
    def f(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    lines = [f"proposition pairs: {res['pairs']} ({res['same']} same claim, {res['different']} different); "
             f"matched {res['matched']}",
             f"precision {f(res['precision'])}  recall {f(res['recall'])}  "
             f"sign agreement of matched same-claim pairs {f(res['sign_agreement'])}"]
    lines += [f"  false match: {a!r} ~ {b!r}" for a, b in res["false_matches"]]
    return "\n".join(lines) + "\n"
