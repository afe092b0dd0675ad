"""External validity: do stancemap's dyad scores follow how states vote?

``stancemap eval validity --speeches speeches_YEAR.jsonl --votes votes_YEAR.csv`` analyses
one session of UN General Debate speeches (or reads ``--analyzed`` output), builds the
convergence report over all of it (``window="all"``) and correlates each country pair's
dyad score with its roll-call agreement in the same session. The numbers are those of the
reference scorer ``../shared/tools/validity_correlate.py`` (same eligible pairs, same pair
score, same TF-IDF baseline, same statistics; a slow test runs both on the same files):

- eligible pairs: both countries speak and share >= ``min_shared`` roll calls;
- pair score: the mean over the pair's report rows of ``overall.score`` weighted by
  ``overall.weight`` (scaled positions) or of ``overall.s_score`` weighted by ``n_joint``;
  convergence ids count for a country when they are its state actor;
- coverage, Spearman and Pearson with agreement, the TF-IDF cosine baseline over all pairs
  and over the covered pairs, the partial rank correlation given the baseline, and
  node-permutation (QAP) p-values.

Beyond the reference scorer it reports the same figures on two halves of the countries
(split by a hash of the ISO3 code, so the split is the same for every session): pairs inside
the *study* half (used while developing) and pairs inside the *held-out* half (only
measured), to show what does not depend on having looked at the data.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..records import Article
from ..settings import Settings

__all__ = ["run", "render", "half_of", "spearman", "partial", "tfidf_cosines", "pair_scores"]

_FRAME = re.compile(r"^.{1,80}? told the General Assembly: \u201c(.*)\u201d$", re.DOTALL)


# ------------------------------------------------------------------ statistics

def _ranks(xs: Sequence[float]) -> list[float]:
    order = sorted(range(len(xs)), key=xs.__getitem__)
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    n = len(x)
    if n < 3:
        return None
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx <= 0 or syy <= 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    return pearson(_ranks(x), _ranks(y))


def partial(rxy: float | None, rxz: float | None, ryz: float | None) -> float | None:
    """Partial correlation of x and y given z."""
    if rxy is None or rxz is None or ryz is None or abs(rxz) >= 1 or abs(ryz) >= 1:
        return None
    return (rxy - rxz * ryz) / math.sqrt((1 - rxz ** 2) * (1 - ryz ** 2))


def qap_p(dyads: Sequence[tuple[str, str]], x: Sequence[float], vote: dict[tuple[str, str], float],
          countries: Sequence[str], rho: float | None, perms: int, seed: int = 1) -> float | None:
    """Two-sided p of Spearman rho under random relabelling of the vote matrix's countries."""
    if rho is None or perms <= 0:
        return None
    rng = random.Random(seed)
    hits = done = 0
    for _ in range(perms):
        perm = list(countries)
        rng.shuffle(perm)
        m = dict(zip(countries, perm, strict=True))
        xs, ys = [], []
        for xv, (a, b) in zip(x, dyads, strict=True):
            pa, pb = m[a], m[b]
            y = vote.get((pa, pb) if pa < pb else (pb, pa))
            if y is not None:
                xs.append(xv)
                ys.append(y)
        r = spearman(xs, ys)
        if r is None:
            continue
        done += 1
        if abs(r) >= abs(rho) - 1e-12:
            hits += 1
    return (hits + 1) / (done + 1) if done else None


# ------------------------------------------------------------------ inputs

def read_votes(path: Path) -> dict[tuple[str, str], dict[str, float]]:
    out: dict[tuple[str, str], dict[str, float]] = {}
    try:
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                a, b = sorted((row["a"], row["b"]))
                out[(a, b)] = {"agreement": float(row["agreement"]), "n_shared": int(row["n_shared"])}
    except (KeyError, ValueError) as err:
        raise EvalError(f"not a votes file (a, b, n_shared, agreement): {err}", source=str(path)) from err
    return out


def read_speeches(path: Path) -> dict[str, str]:
    """ISO3 -> speech text (``country`` field, else the id before "_")."""
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                iso = r.get("country") or str(r["id"]).split("_")[0]
                paras = [(m.group(1) if (m := _FRAME.match(p)) else p) for p in r["text"].split("\n\n")]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise EvalError(f"not a speech record ({err})", source=f"{path}:{n}") from err
            out[iso] = "\n\n".join(paras)
    return out


_STOP = set("""a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves also may must shall upon us""".split())


def tfidf_cosines(texts: dict[str, str]) -> tuple[dict[tuple[str, str], float], str]:
    """TF-IDF cosine of every pair of texts, as the reference scorer computes it (sklearn when
    importable, else the same by hand)."""
    isos = sorted(texts)
    docs = [texts[i] for i in isos]
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-not-found]

        vec = TfidfVectorizer(lowercase=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b", stop_words="english",
                              sublinear_tf=True, min_df=2, norm="l2", smooth_idf=True)
        m = vec.fit_transform(docs)
        sims = (m @ m.T).toarray()
        return ({(isos[i], isos[j]): float(sims[i, j]) for i in range(len(isos)) for j in range(i + 1, len(isos))},
                "sklearn TfidfVectorizer")
    except ImportError:
        pass
    tok = re.compile(r"\b[^\W\d_]{2,}\b", re.UNICODE)
    tfs = [Counter(t for t in tok.findall(d.lower()) if t not in _STOP) for d in docs]
    df = Counter(t for tf in tfs for t in tf)
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items() if c >= 2}
    vecs = []
    for tf in tfs:
        v = {t: (1 + math.log(c)) * idf[t] for t, c in tf.items() if t in idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    out = {}
    for i in range(n):
        for j in range(i + 1, n):
            a, b = (vecs[i], vecs[j]) if len(vecs[i]) < len(vecs[j]) else (vecs[j], vecs[i])
            out[(isos[i], isos[j])] = sum(x * b.get(t, 0.0) for t, x in a.items())
    return out, "hand-rolled TF-IDF (stdlib)"


def actor_countries(articles: Iterable[Article]) -> dict[str, str]:
    """Convergence id -> ISO3 for ids that stand for a state."""
    out: dict[str, str] = {}
    for art in articles:
        for a in art.actors:
            if not a.country:
                continue
            if a.type == "state":
                out.setdefault(a.id, a.country)
            out.setdefault(a.country, a.country)
    return out


def pair_scores(report: dict[str, Any], id2iso: dict[str, str]) -> dict[tuple[str, str], dict[str, Any]]:
    """ISO3 pair -> {s, n, issues}: the weighted mean of the pair's row scores."""
    acc: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: {"sw": 0.0, "n": 0.0, "issues": set()})
    for d in report.get("dyads", []):
        o = d.get("overall") or {}
        a, b = id2iso.get(d["a"]), id2iso.get(d["b"])
        if a is None or b is None or a == b:
            continue
        key = (a, b) if a < b else (b, a)
        n, s = o.get("n_joint") or 0, o.get("s_score")
        if o.get("score") is not None:
            s, n = o["score"], o.get("weight") or max(n, 1)
        if s is not None and (n >= 1 or o.get("score") is not None):
            e = acc[key]
            e["sw"] += s * n
            e["n"] += n
            e["issues"].add(d["issue"])
    return {k: {"s": e["sw"] / e["n"] if e["n"] else None, "n": e["n"], "issues": sorted(e["issues"])}
            for k, e in acc.items()}


def half_of(iso3: str) -> int:
    """0 (study half) or 1 (held-out half) of a country, from a hash of its code."""
    return int(hashlib.sha1(iso3.encode("utf-8")).hexdigest(), 16) % 2


# ------------------------------------------------------------------ scoring

def _score_block(pairs: Sequence[tuple[str, str]], conv: dict[tuple[str, str], dict[str, Any]],
                 vote: dict[tuple[str, str], float], cos: dict[tuple[str, str], float],
                 countries: Sequence[str], perms: int) -> dict[str, Any]:
    covered = [k for k in pairs if k in conv and conv[k]["s"] is not None]
    bx = [cos[k] for k in pairs]
    by = [vote[k] for k in pairs]
    b_rho = spearman(bx, by)
    sx = [conv[k]["s"] for k in covered]
    sy = [vote[k] for k in covered]
    hx = [cos[k] for k in covered]
    s_rho, h_rho, r_sb = spearman(sx, sy), spearman(hx, sy), spearman(sx, hx)
    return {
        "eligible": len(pairs), "covered": len(covered), "coverage": len(covered) / len(pairs) if pairs else None,
        "stancemap": {"spearman": s_rho, "pearson": pearson(sx, sy),
                      "qap_p": qap_p(covered, sx, vote, countries, s_rho, perms)},
        "baseline": {"spearman": b_rho, "qap_p": qap_p(pairs, bx, vote, countries, b_rho, perms)},
        "baseline_on_covered": {"spearman": h_rho},
        "stancemap_vs_baseline_rho": r_sb,
        "partial_given_baseline": partial(s_rho, r_sb, h_rho),
    }


def _analyse(speeches: Path, settings: Settings) -> list[Article]:
    from ..api import analyze_raw
    from ..ingest import iter_inputs

    raws = iter_inputs([speeches], max_bytes=settings.max_bytes, min_english=settings.min_english,
                       check_language=settings.check_language)
    return list(analyze_raw(raws, settings=settings))


def run(gold: Path | None = None, *, speeches: Path | str, votes: Path | str | None = None,
        analyzed: Path | str | None = None, settings: Settings | None = None, limit: int | None = None,
        perms: int = 1000, min_shared: int = 10) -> dict[str, Any]:
    """Validity numbers for one session (see the module docstring). ``gold`` is the votes
    file (the gate's convention) unless ``votes`` is given; ``analyzed`` skips the analysis."""
    from ..analytics.from_json import articles_from_jsonl
    from ..analytics.report import report_from_articles

    votes_path = Path(votes or gold or "")
    speeches = Path(speeches)
    for p in (votes_path, speeches):
        if not p.is_file():
            raise EvalError("file not found", source=str(p))
    t0 = time.perf_counter()
    if analyzed is not None:
        arts = list(articles_from_jsonl(analyzed))
    else:
        arts = _analyse(speeches, settings or Settings())
    if limit:
        arts = arts[:limit]
    t1 = time.perf_counter()
    report = report_from_articles(arts, window="all")
    t2 = time.perf_counter()
    vrows = read_votes(votes_path)
    texts = read_speeches(speeches)
    speakers = set(texts)
    eligible = sorted(k for k, v in vrows.items() if k[0] in speakers and k[1] in speakers
                      and v["n_shared"] >= min_shared)
    countries = sorted({c for k in eligible for c in k})
    vote = {k: v["agreement"] for k, v in vrows.items() if v["n_shared"] >= min_shared}
    cos, impl = tfidf_cosines(texts)
    conv = pair_scores(report, actor_countries(arts))
    out: dict[str, Any] = {
        "speeches": str(speeches), "votes": str(votes_path), "articles": len(arts), "baseline_impl": impl,
        "seconds": {"analysis": round(t1 - t0, 1), "convergence": round(t2 - t1, 1)},
        "all": _score_block(eligible, conv, vote, cos, countries, perms),
        "study_half": _score_block([k for k in eligible if half_of(k[0]) == half_of(k[1]) == 0], conv, vote, cos,
                                   countries, perms),
        "held_out_half": _score_block([k for k in eligible if half_of(k[0]) == half_of(k[1]) == 1], conv, vote, cos,
                                      countries, perms),
        "positions": {k: (report.get("positions") or {}).get(k) for k in ("dims", "explained", "min_stances")},
    }
    out["positions"]["actors"] = len((report.get("positions") or {}).get("actors") or {})
    return out


def _f(x: float | None, d: int = 3) -> str:
    return "n/a" if x is None else f"{x:+.{d}f}"


def _p(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.4f}"


def render(result: dict[str, Any]) -> str:
    lines = [f"validity: {result['articles']} speeches ({result['speeches']}) against {result['votes']}; "
             f"analysis {result['seconds']['analysis']} s, convergence {result['seconds']['convergence']} s; "
             f"baseline {result['baseline_impl']}"]
    pos = result.get("positions") or {}
    if pos.get("dims"):
        lines.append(f"scaled positions: {pos['actors']} actors, {pos['dims']} dimensions, explained "
                     + ", ".join(f"{100 * x:.0f} %" for x in pos.get("explained") or []))
    lines.append(f"{'pairs':14} {'eligible':>8} {'covered':>8} {'cover':>6} {'rho':>7} {'QAP p':>7} "
                 f"{'tfidf':>7} {'tfidf@cov':>9} {'partial':>8}")
    for name, key in (("all", "all"), ("study half", "study_half"), ("held-out half", "held_out_half")):
        b = result[key]
        cov = "n/a" if b["coverage"] is None else f"{100 * b['coverage']:.1f}%"
        lines.append(f"{name:14} {b['eligible']:>8} {b['covered']:>8} {cov:>6} {_f(b['stancemap']['spearman']):>7} "
                     f"{_p(b['stancemap']['qap_p']):>7} {_f(b['baseline']['spearman']):>7} "
                     f"{_f(b['baseline_on_covered']['spearman']):>9} {_f(b['partial_given_baseline']):>8}")
    return "\n".join(lines) + "\n"
