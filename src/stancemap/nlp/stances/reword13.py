"""Constructions of the reword13 session (issue 9, item 3: positions that survive rewording).

- :func:`for_to_content`: a demand verb with "for" whose object has an infinitive of its own ("pressed /
  pushed / lobbied for the levy | to be cancelled"): the parser hangs "to be cancelled" on the verb, and the
  demand is for the whole for-to content, not for the object alone (which would read the demand as support
  for the levy). The parser may also hang the infinitive on the object as a relative clause ("called for
  the ban on X | to be scrapped"): :func:`object_infinitive` finds it.
- :func:`two_word_owner`: a two-word country name or demonym on an object ("Costa Rican beaches", "New
  Zealand growers", "Sri Lankan tea estates") names the reporter's own state as a one-word one does, in
  statements of effect (effects._ours).
- :data:`SHUT_OUT_VERBS`: "shut / lock / freeze / price / crowd X out" harms a valued X, as "drive / force X
  out" does (effects._OUST_VERBS, with its particle).
- :data:`SERVICE_FAILURES`: failures of a service everyone deplores (blackouts, outages, delays, queues,
  bottlenecks, gridlock): ending them is good, causing them bad (effects._DEPLORED), as with "congestion".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from .lexicon import Cue
from .syntax import child

#: verbs that keep someone out with the particle "out" ("would shut / price our students out")
SHUT_OUT_VERBS = frozenset({"shut", "lock", "freeze", "price", "crowd"})
#: failures of a service: a deplored object ("will end the blackouts", "will cause delays at the border")
SERVICE_FAILURES = frozenset("""blackout blackouts outage outages delay delays queue queues bottleneck bottlenecks
    gridlock""".split())

__all__ = ["for_to_content", "object_infinitive", "two_word_owner", "SHUT_OUT_VERBS", "SERVICE_FAILURES"]


def for_to_content(prep: Token, obj: Token, inf: Token, cue: Cue, hi: int) -> bool:
    """Is ``inf`` the infinitive of a for-to demand's content, right after its object ("pressed for
    [the levy] [to be cancelled]", "lobbied for [the talks] [to resume]")? It must start where the
    object's span ends, with "to", and have no subject of its own."""
    return (prep.lower_ == "for" and cue.kind == "demand" and inf.i > obj.i and inf.left_edge.i == hi
            and child(inf, "aux", lemma=("to",)) is not None and child(inf, "nsubj", "nsubjpass") is None)


def object_infinitive(obj: Token, hi: int) -> Token | None:
    """An infinitive the parser hangs on a prepositional object as its relative clause, right after the
    object's span ("for [the ban on raw exports] [to be scrapped]")."""
    return next((c for c in obj.children if c.dep_ in ("relcl", "acl") and c.left_edge.i == hi
                 and child(c, "aux", lemma=("to",)) is not None), None)


def two_word_owner(mods: Iterable[Token], state_of: Callable[[str], str | None], own: set[str]) -> bool:
    """Does a modifier with the word before it name one of the ``own`` states ("Costa Rican", "New
    Zealand", "Sri Lankan")? ``state_of`` maps a name, demonym or capital to its ISO3 code."""
    for c in mods:
        if c.i == 0:
            continue
        prev = c.doc[c.i - 1]
        if prev.is_title and c.is_title and state_of(f"{prev.text} {c.text}") in own:
            return True
    return False
