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
           "ROWS", "SHINGLE", "MAX_PER_GROUP", "MIN_JACCARD", "MIN_CONTAINMENT", "MIN_SHINGLES"]

SHINGLE = 5          # words per shingle
BANDS, ROWS = 63, 2  # LSH: 63 bands of 2 values (a pair at Jaccard 0.3 is a candidate with p ~ 0.997)
NUM_PERM = BANDS * ROWS
MIN_JACCARD = 0.3      # tuned on pairs built from PolNeAR train texts (benchmarks/near_duplicates.py --sweep)
MIN_CONTAINMENT = 0.7  # share of the shorter text's 5-grams found in the longer one
MIN_SHINGLES = 20      # containment alone needs at least this many 5-grams in the shorter text
MAX_PER_GROUP = 3      # stored members of one group verified per new article (the most similar by bands)
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
    # at most MAX_PER_GROUP members of each stored group are verified: the ones sharing most bands
    rows = con.execute(
        f"""WITH q AS (SELECT unnest(?::VARCHAR[]) AS qid, unnest(?::SMALLINT[]) AS band, unnest(?::BIGINT[]) AS key),
           hits AS (SELECT q.qid, nb.article_id AS cid, count(*) AS shared
                    FROM q JOIN near_dup_bands nb ON nb.band = q.band AND nb.key = q.key
                    WHERE nb.article_id <> q.qid GROUP BY 1, 2),
           ranked AS (SELECT h.qid, h.cid, a.dup_group,
                             row_number() OVER (PARTITION BY h.qid, a.dup_group ORDER BY h.shared DESC, a.seq) AS rn
                      FROM hits h JOIN articles a ON a.id = h.cid)
           SELECT r.qid, r.cid, s.n_shingles, s.signature, r.dup_group
           FROM ranked r JOIN near_dup_signatures s ON s.article_id = r.cid
           WHERE r.rn <= {MAX_PER_GROUP}""", [q_ids, q_band, q_key]).fetchall()
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
    con.execute("INSERT INTO near_dup_signatures SELECT unnest(?::VARCHAR[]), unnest(?::INTEGER[]), "
                "unnest(?::UBIGINT[][])", [ids, [sigs[a].n for a in ids], [sigs[a].values.tolist() for a in ids]])
    con.execute("INSERT INTO near_dup_bands SELECT unnest(?::VARCHAR[]), unnest(?::SMALLINT[]), unnest(?::BIGINT[])",
                [q_ids, q_band, q_key])
    con.execute("""UPDATE articles SET dup_group = u.g, dup_of = u.o, dup_similarity = u.s
                   FROM (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS g, unnest(?::VARCHAR[]) AS o,
                                unnest(?::DOUBLE[]) AS s) u
                   WHERE articles.id = u.id""",
                [ids, [out[a][0] for a in ids], [out[a][1] for a in ids], [out[a][2] for a in ids]])
    return out
