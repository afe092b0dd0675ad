"""The deletion index behind the misspelt-name checks finds exactly the names a scan of every
name with ``_one_edit`` finds (no model needed)."""

from __future__ import annotations

import random

from stancemap.nlp.events.participants import (
    _country_index,
    _long_country_names,
    _NearIndex,
    _one_edit,
    _people_index,
    _world_people,
)

#: names close to each other, so that one word is near several of them
NAMES = ["Almerida", "Almereda", "Almerdia", "Almeridas", "Almerid", "Kovantis", "Kovanits", "Kovantiss",
         "Bel Harrow", "Bel Harow", "Bell Harrow", "Orlanova", "Orlanovo", "Tessaline", "Tesaline", "aa", "ab", "ba"]


def _variants(word: str, letters: str = "aeiorst ") -> set[str]:
    """Every word one and (for some) two edits away from ``word`` over a small alphabet."""
    out = {word}
    for i in range(len(word) + 1):
        out.update(word[:i] + c + word[i:] for c in letters)  # added
        if i < len(word):
            out.add(word[:i] + word[i + 1:])  # left out
            out.update(word[:i] + c + word[i + 1:] for c in letters)  # changed
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])  # swapped
    return out


def _scan(names: list[str], word: str) -> list[int]:
    return [k for k, n in enumerate(names) if _one_edit(word, n)]


def test_the_index_finds_what_a_scan_finds():
    index = _NearIndex(NAMES)
    words: set[str] = set()
    for name in NAMES:
        one = _variants(name)
        words |= one
        words |= {w[1:] + w[:1] for w in one}  # farther away
    words |= {"", "a", "Almerida Almerida", "x" * 9}
    hits = 0
    for w in sorted(words):
        assert index.near(w) == _scan(NAMES, w), w
        hits += bool(index.near(w))
    assert hits > 500  # the words do reach names
    assert index.near("Almerdi") == [2, 4]  # a letter short of one, two neighbours swapped in another
    assert index.near("Almrida") == [0]  # a letter left out
    assert index.near("Almerida") == [1, 2, 3, 4]  # not the name itself (no edit away)


def test_the_shipped_indexes_agree_with_a_scan():
    rng = random.Random(15)
    people = [n for n, _ in _world_people()]
    countries = [n for n, _ in _long_country_names()]
    for names, index in ((countries, _country_index()), (people, _people_index())):
        assert index.names == names
        sample = rng.sample(names, 6)
        for name in sample:
            for w in _variants(name, "aei"):
                assert index.near(w) == _scan(names, w), w
