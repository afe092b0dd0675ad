"""Every stage grows linearly with the article's length, on texts that once made stages quadratic.

Growth ratios, not times: each stage runs on an already parsed Doc of n and of 4n characters and
the larger may take at most 2 x 4 times as long (a quadratic stage takes about 16 times). Times are
the best of three runs, with a floor for stages too fast to time. Absolute numbers come from
``benchmarks/scaling.py``.
"""

from __future__ import annotations

import time

import pytest

from stancemap.nlp.pipeline import STAGES
from stancemap.nlp.runner import parse_batch
from stancemap.nlp.texts import GENERATORS, generate

N = 4_000
STEP = 4
FLOOR = 0.03  # seconds: below this, timer noise decides


def _parsed(nlp, text):
    (p,) = parse_batch(nlp, [nlp.make_doc(text)], 20_000)
    return p.doc


def _stage_times(nlp, doc):
    times = {}
    for name in STAGES:
        comp = nlp.get_pipe(name)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            comp(doc)
            best = min(best, time.perf_counter() - t0)
        times[name] = best
    return times


@pytest.mark.model
@pytest.mark.parametrize("kind", sorted(GENERATORS))
def test_stages_grow_linearly(nlp, kind):
    small = _stage_times(nlp, _parsed(nlp, generate(kind, N)))
    large = _stage_times(nlp, _parsed(nlp, generate(kind, N * STEP)))
    ratios = {name: large[name] / max(small[name], FLOOR) for name in STAGES}
    assert all(r <= 2 * STEP for r in ratios.values()), ratios


@pytest.mark.model
def test_no_sentence_is_unbounded(nlp):
    for kind in ("said", "no_breaks", "open_quotes"):
        doc = _parsed(nlp, generate(kind, 12_000))
        assert max(len(s) for s in doc.sents) <= 250, kind
