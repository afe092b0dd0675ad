"""A demand addressed to another party that it undo a measure ("asked Vienna to drop its toll
increase", "urged its partners to scrap the ban", "wants Pretoria to lift its import ban").

The passive forms of such a demand ("called for the ban to be scrapped", "wants the ban scrapped")
are -1 on the thing to be undone (``frames.undone_target``). The active form with an addressee gave
+1 on the whole clause ("Vienna to drop its toll increase"), which names the measure with the
opposite sign. Here it is read as the passive forms are: -1 on the measure (the object of the verb
of undoing), the addressee left out. Physical things and movements ("asked the navy to pull its ships
out of the bay", "asked the port to remove the crates") keep the old reading, as in the
passive forms.
"""

from __future__ import annotations

from dataclasses import replace

from .backoff import POLICY_NOUNS
from .lexicon import Lexicon
from .raw import RawStance
from .syntax import compact_span

__all__ = ["addressed_undo_target", "MEASURE_UNDOING"]

#: verbs of taking back a measure; verbs of ending an activity ("urged Y to stop / halt / end the sale
#: of X") keep the reading +1 on stopping it, as the scheme has it (b50-rw-fishing-rights-sale)
MEASURE_UNDOING = frozenset("""drop scrap withdraw lift revoke repeal rescind annul abolish cancel abandon shelve
    overturn reverse retract axe ditch quash nullify invalidate dismantle""".split())


def addressed_undo_target(raw: RawStance, lex: Lexicon) -> RawStance | None:
    """The same position, sign reversed, on the measure that the addressee is asked to undo; None
    when the target is no such clause."""
    if raw.kind != "demand" or raw.polarity <= 0:
        return None
    lo, hi = raw.target
    doc = raw.sent.doc
    heads = [t for t in doc[lo:hi] if not (lo <= t.head.i < hi) or t.head.i == t.i]
    verbs = [t for t in doc[lo:hi] if t.tag_ == "VB" and t.lemma_.lower() in MEASURE_UNDOING
             and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    if not any(h.i == verb.i or (h.head.i == verb.i) or verb.head.i == h.i for h in heads):
        return None  # the verb of undoing must carry the clause ("Y to drop X"), not sit inside its object
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # ("urged Y not to lift the ban": a demand to keep it)
    if any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out", "off") for c in verb.children):
        return None  # a movement ("to pull its ships out of the bay")
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not lo <= obj.i < hi or (
            obj.lemma_.lower() in lex.physical_nouns and obj.lemma_.lower() not in POLICY_NOUNS):
        return None  # ("asked the port to remove the crates": a thing, no measure; "its lending cap" is one)
    return replace(raw, target=compact_span(obj), polarity=-raw.polarity, gerund=False, skip=frozenset(),
                   target_prefix="")
