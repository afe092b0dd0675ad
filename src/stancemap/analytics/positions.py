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

Everything here is plain functions over records (:class:`~stancemap.records.Stance`,
:class:`~stancemap.records.Actor`) and numpy, so the report, the store and the evaluation
all call the same code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from ..issues.catalogue import IssueCatalogue, default_catalogue
from ..issues.propositions import signed_position
from ..issues.routine import is_routine
from ..records import Stance

__all__ = ["IssueProfile", "ScaledPositions", "PositionScore", "issue_profiles", "scale_profiles",
           "position_scores", "counted"]

#: default least number of counted stances for an actor to get a scaled position
MIN_STANCES = 3
#: default number of scaled dimensions
DIMS = 2


@dataclass(frozen=True)
class IssueProfile:
    """Where one actor stands over the issues of a corpus."""

    actor: str
    n_stances: int  # counted stances (routine ones and discovered issues left out)
    weight: float  # their summed strength
    salience: dict[str, float]  # issue -> share of the actor's stance weight
    position: dict[str, float]  # issue -> strength-weighted mean position in [-1, 1]
    stances: tuple[str, ...]  # ids of the counted stances (evidence)


@dataclass(frozen=True)
class ScaledPositions:
    """Scaled positions of actors: ``coords[actor]`` has ``dims`` numbers."""

    actors: tuple[str, ...]
    features: tuple[str, ...]  # "salience:<issue>" / "position:<issue>"
    coords: dict[str, tuple[float, ...]]
    explained: tuple[float, ...]  # share of the centred matrix's variance per dimension
    dims: int


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
    for st in stances:
        if not counted(st):
            continue
        who = owner(st.actor)
        if who is None:
            continue
        _, pos = signed_position(st.proposition, st.polarity)
        w = max(0.05, float(st.strength))
        cell = acc[who][cat.root(st.issue)]
        cell[0] += w * pos
        cell[1] += w
        ids[who].append(st.id)
    out: dict[str, IssueProfile] = {}
    for who, issues in acc.items():
        if len(ids[who]) < min_stances:
            continue
        total = sum(w for _, w in issues.values())
        out[who] = IssueProfile(
            actor=who, n_stances=len(ids[who]), weight=round(total, 4),
            salience={k: round(w / total, 6) for k, (_, w) in sorted(issues.items())},
            position={k: round(max(-1.0, min(1.0, p / w)), 6) for k, (p, w) in sorted(issues.items())},
            stances=tuple(ids[who]))
    return out


def scale_profiles(profiles: Mapping[str, IssueProfile], *, dims: int = DIMS) -> ScaledPositions:
    """Scaled positions of the profiled actors (see the module docstring)."""
    actors = tuple(sorted(profiles))
    issues = sorted({k for p in profiles.values() for k in p.salience})
    features = tuple([f"salience:{k}" for k in issues] + [f"position:{k}" for k in issues])
    if not actors or not issues:
        return ScaledPositions(actors, features, {a: () for a in actors}, (), 0)
    x = np.zeros((len(actors), 2 * len(issues)))
    col = {k: i for i, k in enumerate(issues)}
    for r, a in enumerate(actors):
        p = profiles[a]
        for issue, share in p.salience.items():
            x[r, col[issue]] = share
            # a position weighs what the issue weighs to the actor
            x[r, len(issues) + col[issue]] = share * p.position[issue]
    x -= x.mean(axis=0)
    u, sv, _ = np.linalg.svd(x, full_matrices=False)
    n = max(0, min(dims, int(np.sum(sv > 1e-12))))
    z = u[:, :n] * sv[:n]
    total = float(np.sum(sv ** 2)) or 1.0
    coords = {a: tuple(round(float(v), 6) for v in z[r]) for r, a in enumerate(actors)}
    return ScaledPositions(actors, features, coords, tuple(round(float(v ** 2) / total, 4) for v in sv[:n]), n)


def position_scores(profiles: Mapping[str, IssueProfile], scaled: ScaledPositions) -> list[PositionScore]:
    """The score of every pair of scaled actors (pairs in sorted order)."""
    acts = [a for a in scaled.actors if scaled.coords.get(a)]
    if not acts:
        return []
    z = np.array([scaled.coords[a] for a in acts], dtype=float)
    norms = np.linalg.norm(z, axis=1)
    out: list[PositionScore] = []
    for i, a in enumerate(acts):
        for j in range(i + 1, len(acts)):
            b = acts[j]
            den = norms[i] * norms[j]
            cos = float(z[i] @ z[j] / den) if den > 0 else 0.0
            na, nb = profiles[a].n_stances, profiles[b].n_stances
            out.append(PositionScore(a, b, round(max(-1.0, min(1.0, cos)), 4), float(min(na, nb)), na, nb,
                                     round(float(np.linalg.norm(z[i] - z[j])), 4)))
    return out
