"""Nouns of courts and judges. Shared by the event rules (a court's order of a trial, an arrest or
a release is that act) and the stance rules (a court that "held that Y" rules; judicial decisions are
no positions)."""

from __future__ import annotations

__all__ = ["COURT_NOUNS"]

#: lemmas (lower case) of the nouns of courts and judges
COURT_NOUNS = frozenset({"court", "judge", "tribunal", "magistrate", "justice", "chamber", "bench"})
