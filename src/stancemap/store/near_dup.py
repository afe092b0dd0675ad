"""Near-duplicate and syndication grouping: MinHash signatures with LSH banding.

Copies of one story (the same wire text on several sites, "via ..." reposts with a byline,
truncated teasers, lightly edited versions, reordered paragraphs) share most of their word
5-grams. Each article gets a MinHash signature of its 5-gram set (``datasketch``,
:data:`NUM_PERM` permutations, seed fixed so signatures are stable across runs); the signature
is cut into :data:`BANDS` bands of :data:`ROWS` values, and articles sharing a band key are
candidates. A candidate is a copy when the estimated Jaccard similarity reaches
:data:`MIN_JACCARD`, or when the estimated containment of the shorter text in the longer one
reaches :data:`MIN_CONTAINMENT` (a truncated copy keeps little Jaccard but all its 5-grams are
in the full text). The thresholds were tuned on pairs built from the dev texts; the command
``python benchmarks/near_duplicates.py`` prints precision and recall.

An article joins the group (``dup_group``) of its most similar stored copy; the group id is
the id of the story's first stored copy. Band keys live in the ``near_dup_bands`` table, so the
candidate search is one SQL join per batch, however large the store.

:func:`signature`, :func:`similarity` and :func:`is_copy` need no database.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["Signature", "signature", "similarity", "is_copy", "band_keys", "group_new", "NUM_PERM", "BANDS",
           "ROWS", "SHINGLE", "MIN_JACCARD", "MIN_CONTAINMENT", "MIN_SHINGLES"]

SHINGLE = 5          # words per shingle
BANDS, ROWS = 42, 3  # LSH: 42 bands of 3 values (a pair at Jaccard 0.3 is a candidate with p ~ 0.68)
NUM_PERM = BANDS * ROWS
MIN_JACCARD = 0.5      # tuned on constructed pairs (benchmarks/near_duplicates.py)
MIN_CONTAINMENT = 0.8  # share of the shorter text's 5-grams found in the longer one
MIN_SHINGLES = 20      # containment alone needs at least this many 5-grams in the shorter text
_SEED = 1
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Signature:
    values: np.ndarray  # NUM_PERM minimum hash values
    n: int              # number of distinct shingles


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> Signature:
    """The MinHash signature of a text's word 5-grams."""
    from datasketch import MinHash

    sh = _shingles(text)
    m = MinHash(num_perm=NUM_PERM, seed=_SEED)
    if sh:
        m.update_batch(list(sh))
    return Signature(np.asarray(m.hashvalues, dtype=np.uint64), len(sh))


def band_keys(sig: Signature) -> list[int]:
    """One signed 64-bit key per band (band index folded in by position)."""
    v = sig.values
    out = []
    for b in range(BANDS):
        h = hashlib.blake2b(v[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(h, "little", signed=True))
    return out


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller set in the larger)."""
    if a.n == 0 or b.n == 0:
        return 0.0, 0.0
    j = float(np.mean(a.values == b.values))
    inter = j * (a.n + b.n) / (1.0 + j)
    return j, min(1.0, inter / min(a.n, b.n))


def is_copy(j: float, c: float, n_small: int) -> bool:
    """The decision rule: similar enough, or the shorter one contained in the longer one."""
    return j >= MIN_JACCARD or (c >= MIN_CONTAINMENT and n_small >= MIN_SHINGLES)


def _best(sig: Signature, cands: Sequence[tuple[str, Signature, str]]) -> tuple[str, str, float] | None:
    """(group, matched id, score) of the most similar copy among candidates, else None."""
    best: tuple[str, str, float] | None = None
    for cid, csig, group in cands:
        j, c = similarity(sig, csig)
        if is_copy(j, c, min(sig.n, csig.n)):
            score = max(j, c)
            if best is None or score > best[2]:
                best = (group, cid, round(score, 4))
    return best


def group_new(con: Any, items: Sequence[tuple[str, str]]) -> dict[str, tuple[str, str | None, float | None]]:
    """Sign, band and group articles already in ``articles`` (inside the caller's transaction).

    ``items`` are (article id, text) in ingest order. Each article is compared with stored
    articles sharing a band key and with the earlier items of the same call; it joins the group
    of its most similar copy, or starts its own. Returns id -> (dup_group, dup_of, similarity).
    """
    if not items:
        return {}
    ids = [aid for aid, _ in items]
    sigs = {aid: signature(text) for aid, text in items}
    keys = {aid: band_keys(sigs[aid]) for aid in ids}
    con.execute("DELETE FROM near_dup_signatures WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    con.execute("DELETE FROM near_dup_bands WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    # stored candidates for the whole batch, in one join
    q_ids, q_band, q_key = [], [], []
    for aid in ids:
        for b, k in enumerate(keys[aid]):
            q_ids.append(aid)
            q_band.append(b)
            q_key.append(k)
    rows = con.execute(
        """WITH q AS (SELECT unnest(?::VARCHAR[]) AS qid, unnest(?::SMALLINT[]) AS band, unnest(?::BIGINT[]) AS key)
           SELECT DISTINCT q.qid, s.article_id, s.n_shingles, s.signature, a.dup_group
           FROM q JOIN near_dup_bands nb ON nb.band = q.band AND nb.key = q.key
           JOIN near_dup_signatures s ON s.article_id = nb.article_id
           JOIN articles a ON a.id = nb.article_id""", [q_ids, q_band, q_key]).fetchall()
    stored: dict[str, list[tuple[str, Signature, str]]] = {aid: [] for aid in ids}
    for qid, cid, n, sig_vals, group in rows:
        if cid != qid:
            stored[qid].append((cid, Signature(np.asarray(sig_vals, dtype=np.uint64), int(n)), group or cid))
    out: dict[str, tuple[str, str | None, float | None]] = {}
    seen_keys: dict[tuple[int, int], list[str]] = {}
    for aid in ids:
        sig = sigs[aid]
        local: dict[str, None] = {}
        for b, k in enumerate(keys[aid]):
            for other in seen_keys.get((b, k), ()):
                local[other] = None
        cands = stored[aid] + [(o, sigs[o], out[o][0]) for o in local if o != aid]
        best = _best(sig, cands)
        out[aid] = (best[0], best[1], best[2]) if best else (aid, None, None)
        for b, k in enumerate(keys[aid]):
            seen_keys.setdefault((b, k), []).append(aid)
    con.executemany("INSERT INTO near_dup_signatures VALUES (?, ?, ?)",
                    [[aid, sigs[aid].n, sigs[aid].values.tolist()] for aid in ids])
    con.execute("INSERT INTO near_dup_bands SELECT unnest(?::VARCHAR[]), unnest(?::SMALLINT[]), unnest(?::BIGINT[])",
                [q_ids, q_band, q_key])
    con.executemany("UPDATE articles SET dup_group = ?, dup_of = ?, dup_similarity = ? WHERE id = ?",
                    [[g, of, s, aid] for aid, (g, of, s) in out.items()])
    return out
