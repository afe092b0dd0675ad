"""Near-duplicate (syndication) detection: precision and recall on pairs built from real news texts.

Usage:  python benchmarks/near_duplicates.py [--texts ../shared/eval/quotes/polnear_dev.jsonl] [--limit N]
                                            [--sweep] [--seed 7]

From each text (at least 80 words) it builds copies the way syndication makes them:

- ``trunc40/60/80``  the first 40 / 60 / 80 % of the words (teasers, cut reposts);
- ``reorder``        the paragraphs shuffled;
- ``byline``         a byline, a "via" line and site boilerplate (newsletter, copyright) added;
- ``edits``          light edits: about 1 word in 20 replaced, one sentence dropped;
- ``combo``          byline + first 70 % + light edits;
- ``trunc20``        (hard) only the first 20 % of the words, a short teaser;
- ``heavy``          (hard) heavy edits: about 1 word in 6 replaced, three sentences dropped.

Positive pairs are (original, copy); negative pairs are every pair of two different originals
(the same outlets and the same weeks of news: hard negatives). Everything is written into a real
store (a temporary DuckDB file) through ``Store.write_batch``, so the LSH candidate search and the
decision rule are measured end to end: a pair counts as grouped when both land in one
``dup_group``. ``--sweep`` also prints pairwise precision/recall of the decision rule alone over
a grid of thresholds (from the MinHash estimates), used to choose ``MIN_JACCARD`` and
``MIN_CONTAINMENT`` in ``stancemap/store/near_dup.py``. Tune on train texts, report on dev texts.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stancemap.records import Article  # noqa: E402
from stancemap.store import Store  # noqa: E402
from stancemap.store import near_dup as nd  # noqa: E402

DEFAULT_TEXTS = ROOT / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"
KINDS = ("trunc40", "trunc60", "trunc80", "reorder", "byline", "edits", "combo", "trunc20", "heavy")
HARD = ("trunc20", "heavy")
FILLER = "however meanwhile officials reportedly apparently also still".split()


def _texts(path: Path, limit: int | None) -> list[tuple[str, str]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            text = r["text"]
            if len(text.split()) >= 80:
                out.append((str(r.get("doc_id") or r.get("id")), text))
            if limit and len(out) >= limit:
                break
    return out


def _truncate(text: str, share: float) -> str:
    words = text.split(" ")
    return " ".join(words[: max(1, int(len(words) * share))])


def _reorder(text: str, rng: random.Random) -> str:
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) < 3:  # few paragraphs: shuffle sentences in blocks of three
        sents = re.split(r"(?<=[.!?])\s+", text)
        paras = [" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3)]
    rng.shuffle(paras)
    return "\n\n".join(paras)


def _byline(text: str, rng: random.Random) -> str:
    site = rng.choice(["Daily Courier", "Metro Ledger", "The Evening Post", "World Wire Online"])
    head = f"By {rng.choice(['Staff Reporter', 'Our Correspondent', 'News Desk'])} | {site}\nvia the wire service\n\n"
    tail = (f"\n\nCopyright {site}. All rights reserved. This material may not be published, broadcast, rewritten or "
            "redistributed. Sign up for our newsletter to get the day's top stories. Follow us on social media. "
            "Related: more world news from our partners.")
    return head + text + tail


def _edits(text: str, rng: random.Random, share: float = 0.05, drop: int = 1) -> str:
    sents = re.split(r"(?<=[.!?])\s+", text)
    for _ in range(drop):
        if len(sents) > 4:
            del sents[rng.randrange(1, len(sents))]
    words = " ".join(sents).split(" ")
    for i in range(len(words)):
        if rng.random() < share:
            words[i] = rng.choice(FILLER)
    return " ".join(words)


def make_copies(text: str, rng: random.Random) -> dict[str, str]:
    return {
        "trunc40": _truncate(text, 0.4), "trunc60": _truncate(text, 0.6), "trunc80": _truncate(text, 0.8),
        "reorder": _reorder(text, rng), "byline": _byline(text, rng), "edits": _edits(text, rng),
        "combo": _edits(_truncate(_byline(text, rng), 0.7), rng),
        "trunc20": _truncate(text, 0.2), "heavy": _edits(text, rng, share=1 / 6, drop=3),
    }


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def end_to_end(texts: list[tuple[str, str]], seed: int) -> None:
    rng = random.Random(seed)
    originals = [Article(id=f"o:{i}", text=t) for i, (_, t) in enumerate(texts)]
    copies: list[Article] = []
    kind_of: dict[str, str] = {}
    for i, (_, t) in enumerate(texts):
        for kind, ct in make_copies(t, rng).items():
            a = Article(id=f"c:{i}:{kind}", text=ct)
            copies.append(a)
            kind_of[a.id] = kind
    rng.shuffle(copies)  # copies arrive in any order, mixed with other stories
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        with Store(Path(d) / "nd.duckdb") as st:
            for i in range(0, len(originals), 32):
                st.write_batch(originals[i:i + 32])
            for i in range(0, len(copies), 32):
                st.write_batch(copies[i:i + 32])
            group = dict(st.con.execute("SELECT id, dup_group FROM articles").fetchall())
        secs = time.perf_counter() - t0
    n_arts = len(originals) + len(copies)
    print(f"end to end through Store.write_batch: {len(originals)} originals + {len(copies)} copies "
          f"({secs:.1f} s, {1000 * secs / n_arts:.1f} ms per article incl. writing)")
    print(f"thresholds: Jaccard >= {nd.MIN_JACCARD}, or containment >= {nd.MIN_CONTAINMENT} with >= {nd.MIN_SHINGLES} "
          f"5-grams; LSH {nd.BANDS} bands x {nd.ROWS} rows")
    print(f"{'pair kind':10} {'pairs':>6} {'grouped':>8} {'recall':>7}")
    tp_all = fn_all = tp_easy = fn_easy = 0
    for kind in KINDS:
        ids = [c for c, k in kind_of.items() if k == kind]
        ok = sum(1 for c in ids if group[c] == group[f"o:{c.split(':')[1]}"])
        tp_all += ok
        fn_all += len(ids) - ok
        if kind not in HARD:
            tp_easy += ok
            fn_easy += len(ids) - ok
        print(f"{kind:10} {len(ids):>6} {ok:>8} {ok / len(ids):>7.3f}")
    neg = list(itertools.combinations([a.id for a in originals], 2))
    fp = sum(1 for x, y in neg if group[x] == group[y])
    # copies of different originals grouped together are false positives too
    cneg = fp + sum(1 for c in kind_of for o in originals
                    if o.id != f"o:{c.split(':')[1]}" and group[c] == group[o.id])
    p, r, f = _prf(tp_all, cneg, fn_all)
    print(f"negative pairs (different stories): {len(neg)} original pairs, grouped wrongly: {fp}; "
          f"copy-to-wrong-story links: {cneg - fp}")
    pe, re_, fe = _prf(tp_easy, cneg, fn_easy)
    print(f"syndication copies (all but {', '.join(HARD)}): precision {pe:.3f}  recall {re_:.3f}  F1 {fe:.3f}")
    print(f"all pairs, hard ones included:   precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")


def sweep(texts: list[tuple[str, str]], seed: int) -> None:
    rng = random.Random(seed)
    sigs = [nd.signature(t) for _, t in texts]
    pos = []
    for i, (_, t) in enumerate(texts):
        for ct in make_copies(t, rng).values():
            cs = nd.signature(ct)
            j, c = nd.similarity(sigs[i], cs)
            pos.append((j, c, min(sigs[i].n, cs.n)))
    neg = []
    for i, k in itertools.combinations(range(len(texts)), 2):
        j, c = nd.similarity(sigs[i], sigs[k])
        neg.append((j, c, min(sigs[i].n, sigs[k].n)))
    print(f"\nthreshold sweep (pairwise, decision rule only): {len(pos)} positive, {len(neg)} negative pairs")
    print(f"{'min_jaccard':>11} {'min_contain':>11} {'P':>6} {'R':>6} {'F1':>6}")
    for mj in (0.3, 0.4, 0.5, 0.6, 0.7):
        for mc in (0.6, 0.7, 0.8, 0.9, 1.01):
            def dec(x: tuple[float, float, int], mj: float = mj, mc: float = mc) -> bool:
                return x[0] >= mj or (x[1] >= mc and x[2] >= nd.MIN_SHINGLES)
            tp = sum(dec(x) for x in pos)
            fp = sum(dec(x) for x in neg)
            p, r, f = _prf(tp, fp, len(pos) - tp)
            print(f"{mj:>11.2f} {mc if mc <= 1 else 'off':>11} {p:>6.3f} {r:>6.3f} {f:>6.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="JSONL with a 'text' field per line")
    ap.add_argument("--limit", type=int, help="only the first N texts")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sweep", action="store_true", help="also print the threshold sweep")
    args = ap.parse_args()
    texts = _texts(args.texts, args.limit)
    print(f"texts: {args.texts.name}, {len(texts)} with >= 80 words")
    end_to_end(texts, args.seed)
    if args.sweep:
        sweep(texts, args.seed)


if __name__ == "__main__":
    main()
