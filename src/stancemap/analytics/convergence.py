"""Convergence of actors' positions (Signorino-Ritter S). Placeholder: none yet."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Actor, Alignment, Convergence, Stance

__all__ = ["convergence"]


def convergence(
    stances: Sequence[Stance], alignments: Sequence[Alignment], actors: Sequence[Actor] = ()
) -> list[Convergence]:
    return []
