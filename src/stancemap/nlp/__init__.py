"""The NLP layer: the only part of stancemap that imports spaCy."""
