"""Verbs of undoing one's own act or position: withdrawing, revoking, scrapping what one gave,
decided or planned ("withdrew its support for X", "scrapped its plan to strike Y"). Shared by the
stance noun rules (a position taken back) and the event rules (a hostile plan called off).

The event type model keeps its own, wider list (``events.typefeatures.UNDO_VERBS``, with verbs of
easing such as "lift", "waive", "exempt"): it is a feature of the trained type model, which must be
reproduced exactly from its training data, so it is not merged here."""

from __future__ import annotations

__all__ = ["UNDO_VERBS"]

#: lemmas of the verbs of undoing what one gave, decided or planned
UNDO_VERBS = frozenset({
    "withhold", "withdraw", "pull", "retract", "revoke", "rescind", "repeal", "annul", "overturn", "reverse",
    "cancel", "scrap", "ditch", "drop", "abandon", "shelve", "suspend", "freeze", "end", "cease", "terminate",
})
