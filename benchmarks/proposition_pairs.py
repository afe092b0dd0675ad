"""Print the precision and recall of proposition matching on the labelled pairs.

    python benchmarks/proposition_pairs.py [tests/data/proposition_pairs.yaml]
"""

from __future__ import annotations

import sys
from pathlib import Path

from stancemap.eval.propositions import render_pairs, score_pairs

if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "tests" / "data" / \
        "proposition_pairs.yaml"
    sys.stdout.write(render_pairs(score_pairs(path)))
