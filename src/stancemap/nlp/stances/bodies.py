"""Nouns of governing bodies, shared by the stance rules that read a body through its country
or its seat ("the Chilean government", "Peru's ministry", "the government in Lima")."""

from __future__ import annotations

#: bodies of a state that hold views as the state's government: named by their country or owner
#: ("for the Chilean government, Y is a mistake") or by their seat ("the cabinet in Lima")
GOVERNING_BODIES = frozenset({"government", "administration", "authorities", "leadership", "ministry", "regime",
                              "parliament", "cabinet", "presidency"})

#: holders that a capital after "in" names ("the government in Lima", "officials in Quito"):
#: the governing bodies and the officials who speak for them
SEATED_HOLDERS = GOVERNING_BODIES | {"official"}
