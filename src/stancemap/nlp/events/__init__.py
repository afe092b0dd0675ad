"""Stage 3, events: what happened between whom, coded in CAMEO and PLOVER.

In: a ``Doc`` with actors (``doc._.sm_actors``) and statements.
Out: ``doc._.sm_events`` (:class:`stancemap.records.Event`: source, target, CAMEO code and root,
PLOVER type, Goldstein score, evidence, flags), through the ``stancemap_events`` component.

Modules: ``component`` (the factory and ``extract_events``), ``match`` (trigger matching),
``args`` (source and target from the parse), ``participants`` (unnamed parties of an event made
actors: "police", "a village"), ``relations`` and ``typemodel`` (relations between two actors
that no lexicon pattern codes, typed by a small linear model), ``dates`` (event dates),
``lexicon`` (the verb and noun lexicon loader).
"""

from .component import EventOptions, extract_events

__all__ = ["extract_events", "EventOptions"]
