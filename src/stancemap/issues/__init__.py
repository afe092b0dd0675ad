"""Issues: the catalogue of what positions are about, and proposition matching (pure Python)."""

from __future__ import annotations

from .catalogue import Issue, IssueCatalogue, IssueMatch, default_catalogue, load_catalogue
from .propositions import PropositionMatcher, normalise_proposition, proposition_key

__all__ = [
    "Issue",
    "IssueCatalogue",
    "IssueMatch",
    "default_catalogue",
    "load_catalogue",
    "PropositionMatcher",
    "normalise_proposition",
    "proposition_key",
]
