"""Scaled positions: a comparable position for every actor, even when two actors never state
the same proposition.

The S-score (:mod:`.convergence`) compares two actors on the propositions both took a
position on; across a corpus of speeches two states rarely state the very same claim, so S
exists for few pairs. Scaled positions compare actors through the issues they take
positions on instead, as roll-call scaling compares legislators through votes:

1. **Issue profile** of actor *i*: for every catalogue issue *k* (issues rolled up to their
   root; per-article discovered issues ``auto:*`` are not comparable across documents and
   are left out) the salience ``s_ik`` (the share of *i*'s stance weight on *k*) and the
   signed position ``p_ik = Σ w·x / Σ_all w`` (strength-weighted mean of its positions on
   *k*, scaled by the salience), with *x* the stance's position (END folded in, see
   :func:`~stancemap.issues.propositions.signed_position`). Routine statements (thanks,
   congratulations, candidacies: :func:`~stancemap.issues.routine.is_routine`) are not
   positions and are skipped. Actors with fewer than ``min_stances`` counted stances get no
   profile.
2. **Scaling**: the actor × (issue salience, issue position) matrix is centred per column
   (what every actor says carries no information about who sides with whom) and reduced by
   a truncated singular value decomposition to ``dims`` dimensions (2 by default, as
   two-dimensional ideal-point models of roll calls), a principal-component scaling of the
   profiles (correspondence analysis of a doubly-centred table is the same up to weights).
3. **Dyad score**: the cosine of the two actors' scaled positions, in [-1, 1] (+1: same
   direction from the centre of all actors, -1: opposite); its **weight** is the evidence
   behind the less documented of the two, ``min(n_i, n_j)`` counted stances, so a score
   resting on a handful of stances counts for little when scores are pooled.
4. **Uncertainty**: each actor's stances are resampled with replacement (``draws`` times,
   fixed seed), the resampled profiles projected on the same scaling axes, and the standard
   deviation over the draws is reported for each coordinate (``coord_se``) and for each
   pair's score (``se``: the spread of the cosine between independent draws of the two).

Everything here is plain functions over records (:class:`~stancemap.records.Stance`,
:class:`~stancemap.records.Actor`) and numpy, so the report, the store and the evaluation
all call the same code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ..issues.catalogue import IssueCatalogue, default_catalogue
from ..issues.propositions import signed_position
from ..issues.routine import is_routine
from ..records import Stance

__all__ = ["IssueProfile", "ScaledPositions", "PositionScore", "issue_profiles", "scale_profiles",
           "position_scores", "with_uncertainty", "counted", "AgendaProfile", "agenda_profiles", "scale_agenda",
           "agenda_scores", "with_agenda_uncertainty"]

#: default least number of counted stances for an actor to get a scaled position
MIN_STANCES = 3
#: default number of scaled dimensions
DIMS = 2
#: default bootstrap draws for the uncertainty
DRAWS = 50


@dataclass(frozen=True)
class IssueProfile:
    """Where one actor stands over the issues of a corpus."""

    actor: str
    n_stances: int  # counted stances (routine ones and discovered issues left out)
    weight: float  # their summed strength
    salience: dict[str, float]  # issue -> share of the actor's stance weight
    position: dict[str, float]  # issue -> strength-weighted mean position in [-1, 1]
    stances: tuple[str, ...]  # ids of the counted stances (evidence)
    rows: tuple[tuple[str, float, float], ...] = ()  # (issue, weight, position) per counted stance


@dataclass(frozen=True)
class ScaledPositions:
    """Scaled positions of actors: ``coords[actor]`` has ``dims`` numbers."""

    actors: tuple[str, ...]
    features: tuple[str, ...]  # "salience:<issue>" / "position:<issue>"
    coords: dict[str, tuple[float, ...]]
    explained: tuple[float, ...]  # share of the centred matrix's variance per dimension
    dims: int
    mean: tuple[float, ...] = ()  # column means of the profile matrix (the centre)
    axes: tuple[tuple[float, ...], ...] = ()  # the ``dims`` scaling axes over the features
    coord_se: dict[str, tuple[float, ...]] = field(default_factory=dict)  # bootstrap SD of the coordinates
    scale: tuple[float, ...] = ()  # column standard deviations (agenda scaling: columns are standardised)


@dataclass(frozen=True)
class PositionScore:
    """The scaled-position score of a dyad."""

    a: str
    b: str
    score: float  # cosine of the scaled positions, [-1, 1]
    weight: float  # min of the two actors' counted stances
    n_a: int
    n_b: int
    distance: float  # Euclidean distance of the scaled positions
    se: float | None = None  # bootstrap standard deviation of the score


def counted(st: Stance) -> bool:
    """True when a stance counts as a position: it has a holder and a proposition, names a
    catalogue issue (not a per-article discovered one) and is not a routine courtesy."""
    if st.actor is None or not st.proposition or st.issue.startswith("auto:") or st.issue == "unspecified":
        return False
    return not is_routine(st.proposition, st.cue.text if st.cue is not None else None)


def issue_profiles(stances: Iterable[Stance], owner: Callable[[str | None], str | None] = lambda a: a, *,
                   catalogue: IssueCatalogue | None = None, min_stances: int = MIN_STANCES) -> dict[str, IssueProfile]:
    """Issue profiles of the actors (after ``owner``, e.g. persons counted for their state)
    with at least ``min_stances`` counted stances."""
    cat = catalogue or default_catalogue()
    acc: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    ids: dict[str, list[str]] = defaultdict(list)
    rows: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for st in stances:
        if not counted(st):
            continue
        who = owner(st.actor)
        if who is None:
            continue
        _, pos = signed_position(st.proposition, st.polarity)
        w = max(0.05, float(st.strength))
        issue = cat.root(st.issue)
        cell = acc[who][issue]
        cell[0] += w * pos
        cell[1] += w
        ids[who].append(st.id)
        rows[who].append((issue, w, float(pos)))
    out: dict[str, IssueProfile] = {}
    for who, issues in acc.items():
        if len(ids[who]) < min_stances:
            continue
        total = sum(w for _, w in issues.values())
        out[who] = IssueProfile(
            actor=who, n_stances=len(ids[who]), weight=round(total, 4),
            salience={k: round(w / total, 6) for k, (_, w) in sorted(issues.items())},
            position={k: round(max(-1.0, min(1.0, p / w)), 6) for k, (p, w) in sorted(issues.items())},
            stances=tuple(ids[who]), rows=tuple(rows[who]))
    return out


def _vector(salience: Mapping[str, float], position: Mapping[str, float], col: Mapping[str, int],
            n_issues: int) -> np.ndarray:
    v = np.zeros(2 * n_issues)
    for issue, share in salience.items():
        if issue in col:
            v[col[issue]] = share
            # a position weighs what the issue weighs to the actor
            v[n_issues + col[issue]] = share * position[issue]
    return v


def scale_profiles(profiles: Mapping[str, IssueProfile], *, dims: int = DIMS) -> ScaledPositions:
    """Scaled positions of the profiled actors (see the module docstring)."""
    actors = tuple(sorted(profiles))
    issues = sorted({k for p in profiles.values() for k in p.salience})
    features = tuple([f"salience:{k}" for k in issues] + [f"position:{k}" for k in issues])
    if not actors or not issues:
        return ScaledPositions(actors, features, {a: () for a in actors}, (), 0)
    col = {k: i for i, k in enumerate(issues)}
    x = np.array([_vector(profiles[a].salience, profiles[a].position, col, len(issues)) for a in actors])
    mean = x.mean(axis=0)
    u, sv, vt = np.linalg.svd(x - mean, full_matrices=False)
    n = max(0, min(dims, int(np.sum(sv > 1e-12))))
    z = u[:, :n] * sv[:n]
    total = float(np.sum(sv ** 2)) or 1.0
    coords = {a: tuple(round(float(v), 6) for v in z[r]) for r, a in enumerate(actors)}
    return ScaledPositions(actors, features, coords, tuple(round(float(v ** 2) / total, 4) for v in sv[:n]), n,
                           tuple(float(m) for m in mean), tuple(tuple(float(c) for c in row) for row in vt[:n]))


def _draws(profiles: Mapping[str, IssueProfile], scaled: ScaledPositions, draws: int,
           seed: int) -> dict[str, np.ndarray]:
    """(draws, dims) bootstrap coordinates per actor: its stances resampled with replacement,
    the profile rebuilt and projected on the scaling axes."""
    issues = [f.split(":", 1)[1] for f in scaled.features[:len(scaled.features) // 2]]
    col = {k: i for i, k in enumerate(issues)}
    mean, axes = np.array(scaled.mean), np.array(scaled.axes)
    rng = np.random.default_rng(seed)
    out: dict[str, np.ndarray] = {}
    for a in scaled.actors:
        rows = profiles[a].rows
        if not rows:
            continue
        idx = [col[r[0]] for r in rows]
        w = np.array([r[1] for r in rows])
        pos = np.array([r[2] for r in rows])
        picks = rng.integers(0, len(rows), size=(draws, len(rows)))
        vecs = np.zeros((draws, 2 * len(issues)))
        for d in range(draws):
            sw = np.zeros(len(issues))
            sp = np.zeros(len(issues))
            np.add.at(sw, [idx[i] for i in picks[d]], w[picks[d]])
            np.add.at(sp, [idx[i] for i in picks[d]], w[picks[d]] * pos[picks[d]])
            total = sw.sum() or 1.0
            vecs[d, :len(issues)] = sw / total
            vecs[d, len(issues):] = sp / total  # = share x mean position
        out[a] = (vecs - mean) @ axes.T
    return out


def with_uncertainty(profiles: Mapping[str, IssueProfile], scaled: ScaledPositions, *, draws: int = DRAWS,
                     seed: int = 0) -> ScaledPositions:
    """The scaled positions with ``coord_se``, the bootstrap SD of each actor's coordinates."""
    if not scaled.dims or draws < 2:
        return scaled
    boot = _draws(profiles, scaled, draws, seed)
    se = {a: tuple(round(float(v), 6) for v in boot[a].std(axis=0, ddof=1)) for a in boot}
    return replace(scaled, coord_se=se)


def position_scores(profiles: Mapping[str, IssueProfile], scaled: ScaledPositions, *, draws: int = 0,
                    seed: int = 0) -> list[PositionScore]:
    """The score of every pair of scaled actors (pairs in sorted order); with ``draws`` >= 2,
    each with its bootstrap standard deviation ``se``."""
    acts = [a for a in scaled.actors if scaled.coords.get(a)]
    if not acts:
        return []
    z = np.array([scaled.coords[a] for a in acts], dtype=float)
    norms = np.linalg.norm(z, axis=1)
    bz: np.ndarray | None = None
    if draws >= 2:
        boot = _draws(profiles, scaled, draws, seed)
        bz = np.stack([boot[a] for a in acts], axis=1)  # (draws, actors, dims)
        bz = bz / np.maximum(np.linalg.norm(bz, axis=2, keepdims=True), 1e-12)
    out: list[PositionScore] = []
    for i, a in enumerate(acts):
        se = None if bz is None else np.einsum("dk,djk->dj", bz[:, i], bz).std(axis=0, ddof=1)  # one row at a time
        for j in range(i + 1, len(acts)):
            b = acts[j]
            den = norms[i] * norms[j]
            cos = float(z[i] @ z[j] / den) if den > 0 else 0.0
            na, nb = profiles[a].n_stances, profiles[b].n_stances
            out.append(PositionScore(a, b, round(max(-1.0, min(1.0, cos)), 4), float(min(na, nb)), na, nb,
                                     round(float(np.linalg.norm(z[i] - z[j])), 4),
                                     None if se is None else round(float(se[j]), 4)))
    return out


# ------------------------------------------------------------------ agenda scaling

@dataclass(frozen=True)
class AgendaProfile:
    """The debate propositions one actor raised (``meta["agenda"]`` of authored texts)."""

    actor: str
    counts: dict[str, int]  # proposition id -> sentences raising it
    evidence: tuple[str, ...]  # "<article id>#<start>-<end>": the sentences
    rows: tuple[str, ...] = ()  # the proposition of each sentence, in order (for the bootstrap)

    @property
    def n(self) -> int:
        return len(self.rows)


def agenda_profiles(articles: Iterable[Any], owner: Callable[[str | None, Any], str | None] | None = None, *,
                    min_mentions: int = MIN_STANCES) -> dict[str, AgendaProfile]:
    """Agenda profiles of the actors (after ``owner(actor id, article)``) that raised debate
    propositions in at least ``min_mentions`` sentences."""
    rows: dict[str, list[str]] = defaultdict(list)
    ev: dict[str, list[str]] = defaultdict(list)
    for art in articles:
        for e in (getattr(art, "meta", None) or {}).get("agenda") or ():
            who = owner(e.get("actor"), art) if owner is not None else e.get("actor")
            if who is None or not e.get("proposition"):
                continue
            rows[who].append(str(e["proposition"]))
            ev[who].append(f"{art.id}#{e.get('start')}-{e.get('end')}")
    out: dict[str, AgendaProfile] = {}
    for who, props in rows.items():
        if len(props) < min_mentions:
            continue
        counts: dict[str, int] = defaultdict(int)
        for p in props:
            counts[p] += 1
        out[who] = AgendaProfile(who, dict(sorted(counts.items())), tuple(ev[who]), tuple(props))
    return out


def _agenda_matrix(profiles: Mapping[str, AgendaProfile], actors: Sequence[str],
                   props: Sequence[str]) -> np.ndarray:
    col = {p: i for i, p in enumerate(props)}
    x = np.zeros((len(actors), len(props)))
    for r, a in enumerate(actors):
        for p, c in profiles[a].counts.items():
            x[r, col[p]] = np.log1p(c)
    return x


def scale_agenda(profiles: Mapping[str, AgendaProfile], *, dims: int = DIMS) -> ScaledPositions:
    """Scaled positions from agenda profiles: the actor x proposition matrix of log(1 + sentences
    raising it), each column centred and standardised (every proposition weighs alike, however
    often the whole corpus raises it; a proposition every actor raises alike is dropped),
    reduced by a truncated SVD to ``dims`` dimensions (a principal-component scaling, as text
    scaling of speeches places speakers by the words they use)."""
    actors = tuple(sorted(profiles))
    props = sorted({p for pr in profiles.values() for p in pr.counts})
    if len(actors) < 2 or not props:
        return ScaledPositions(actors, tuple(f"agenda:{p}" for p in props), {a: () for a in actors}, (), 0)
    x = _agenda_matrix(profiles, actors, props)
    sd = x.std(axis=0)
    keep = sd > 1e-12
    props = [p for p, k in zip(props, keep, strict=True) if k]
    x, sd = x[:, keep], sd[keep]
    mean = x.mean(axis=0)
    u, sv, vt = np.linalg.svd((x - mean) / sd, full_matrices=False)
    n = max(0, min(dims, int(np.sum(sv > 1e-12))))
    z = u[:, :n] * sv[:n]
    total = float(np.sum(sv ** 2)) or 1.0
    return ScaledPositions(actors, tuple(f"agenda:{p}" for p in props),
                           {a: tuple(round(float(v), 6) for v in z[r]) for r, a in enumerate(actors)},
                           tuple(round(float(v ** 2) / total, 4) for v in sv[:n]), n,
                           tuple(float(m) for m in mean), tuple(tuple(float(c) for c in row) for row in vt[:n]),
                           scale=tuple(float(v) for v in sd))


def _agenda_draws(profiles: Mapping[str, AgendaProfile], scaled: ScaledPositions, draws: int,
                  seed: int) -> dict[str, np.ndarray]:
    """(draws, dims) bootstrap coordinates per actor: its sentences resampled with replacement,
    the counts rebuilt and projected on the scaling axes."""
    props = [f.split(":", 1)[1] for f in scaled.features]
    col = {p: i for i, p in enumerate(props)}
    mean, sd, axes = np.array(scaled.mean), np.array(scaled.scale), np.array(scaled.axes)
    rng = np.random.default_rng(seed)
    out: dict[str, np.ndarray] = {}
    for a in scaled.actors:
        idx = np.array([col.get(p, -1) for p in profiles[a].rows])
        picks = rng.integers(0, len(idx), size=(draws, len(idx)))
        counts = np.zeros((draws, len(props)))
        for d in range(draws):
            chosen = idx[picks[d]]
            chosen = chosen[chosen >= 0]
            np.add.at(counts[d], chosen, 1.0)
        out[a] = ((np.log1p(counts) - mean) / sd) @ axes.T
    return out


def with_agenda_uncertainty(profiles: Mapping[str, AgendaProfile], scaled: ScaledPositions, *,
                            draws: int = DRAWS, seed: int = 0) -> ScaledPositions:
    """The agenda-scaled positions with ``coord_se``, the bootstrap SD of the coordinates."""
    if not scaled.dims or draws < 2:
        return scaled
    boot = _agenda_draws(profiles, scaled, draws, seed)
    return replace(scaled, coord_se={a: tuple(round(float(v), 6) for v in boot[a].std(axis=0, ddof=1))
                                     for a in boot})


def agenda_scores(profiles: Mapping[str, AgendaProfile], scaled: ScaledPositions, *, draws: int = 0,
                  seed: int = 0) -> list[PositionScore]:
    """The score of every pair of actors scaled by :func:`scale_agenda`: ``1 - 2 d / d_max``,
    d the Euclidean distance of the two positions and d_max the largest distance between two
    scaled actors (+1: the same place, -1: the two farthest apart); weight ``min(n_a, n_b)``
    sentences; with ``draws`` >= 2 the bootstrap SD of the score (``se``)."""
    acts = [a for a in scaled.actors if scaled.coords.get(a)]
    if len(acts) < 2:
        return []
    z = np.array([scaled.coords[a] for a in acts], dtype=float)
    dist = np.sqrt(((z[:, None, :] - z[None, :, :]) ** 2).sum(axis=2))
    dmax = float(dist.max()) or 1.0
    se: np.ndarray | None = None
    if draws >= 2:
        boot = _agenda_draws(profiles, scaled, draws, seed)
        bz = np.stack([boot[a] for a in acts], axis=1)  # (draws, actors, dims)
        se = np.zeros((len(acts), len(acts)))
        for i in range(len(acts)):
            bd = np.sqrt(((bz[:, i:i + 1, :] - bz) ** 2).sum(axis=2))  # (draws, actors)
            se[i] = (2 * bd / dmax).std(axis=0, ddof=1)
    out: list[PositionScore] = []
    for i, a in enumerate(acts):
        for j in range(i + 1, len(acts)):
            b = acts[j]
            na, nb = profiles[a].n, profiles[b].n
            score = 1.0 - 2.0 * float(dist[i, j]) / dmax
            out.append(PositionScore(a, b, round(max(-1.0, min(1.0, score)), 4), float(min(na, nb)), na, nb,
                                     round(float(dist[i, j]), 4), None if se is None else round(float(se[i, j]), 4)))
    return out
