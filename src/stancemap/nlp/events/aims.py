"""The aim of a gift is no act (branch evfresh14).

"X donated armoured vans to Y's police to help them arrest smugglers", "Z lent W's navy a plane to
help it chase pirates": the purpose infinitive of help says what the aid is for. The help restates the
gift (the gift is the event, X -> Y), and the act under it ("fight", "defeat") is the recipient's
aim, not an act reported as done: neither is coded. Only under a verb that codes material
cooperation, aid or a deployment (roots 06, 07, 15), and only for "help"/"assist"/"enable" as a
purpose infinitive ("to help", with "to") or its bare or "to" complement; where the parser
codes the help itself as the gift ("coached X's rangers to help them catch poachers"), the help stays. "X helped Y fight the
rebels" (help as the main verb) keeps its events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Token

#: Verbs whose purpose infinitive names the aim of a gift.
_HELP = frozenset({"help", "assist", "enable"})
#: Roots of the acts that give (material cooperation, aid) or send forces.
_GIVING_ROOTS = frozenset({"06", "07", "15"})


class _TriggerLike(Protocol):
    @property
    def token(self) -> Token: ...


class _CodedLike(Protocol):
    @property
    def trigger(self) -> _TriggerLike: ...

    @property
    def code(self) -> str: ...


C = TypeVar("C", bound=_CodedLike)


def _purpose_help(tok: Token) -> bool:
    """A "to help" infinitive hung on another verb (purpose or complement)."""
    return tok.lemma_.lower() in _HELP and tok.dep_ in ("advcl", "xcomp") and tok.head.i != tok.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _aim_help(tok: Token) -> Token | None:
    """The purpose "help" a trigger is, or whose complement it is ("to help it fight X": fight)."""
    if _purpose_help(tok):
        return tok
    if tok.dep_ in ("xcomp", "ccomp") and tok.pos_ == "VERB" and _purpose_help(tok.head):
        return tok.head
    return None


def drop_gift_aims(coded: Sequence[C]) -> list[C]:
    """Drop the events of a gift's purpose "to help (Y) do Z" (see the module's docstring)."""
    giving = {c.trigger.token.i for c in coded if c.code[:2] in _GIVING_ROOTS}
    if not giving:
        return list(coded)
    out = []
    for c in coded:
        tok = c.trigger.token
        help_tok = _aim_help(tok)
        if help_tok is not None and tok.i != help_tok.i and (help_tok.i in giving or help_tok.head.i in giving):
            continue  # "to help it fight X": the recipient's aim
        if help_tok is not None and tok.i == help_tok.i and help_tok.head.i in giving:
            continue  # the help restates the gift
        out.append(c)
    return out
