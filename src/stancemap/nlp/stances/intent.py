"""Aims stated as intentions: a cue verb that is itself an evaluation ("veto X", "vote against
X") and the infinitive of a noun of intention ("announced plans to challenge X"). Shared by the
verb rules and the noun rules."""

from __future__ import annotations

from spacy.tokens import Token

from .backoff import backoff_cue
from .lexicon import Lexicon
from .syntax import child, is_negated

__all__ = ["COMMIT_NOUNS", "commit_noun_clause", "evaluative_act"]


def evaluative_act(verb: Token, lex: Lexicon) -> bool:
    """The verb is itself an evaluative cue, alone ("veto", "challenge") or with its particle or
    preposition ("vote against", "stand by"): under a commitment it states the position."""
    inner = lex.verbs.get(verb.lemma_.lower()) or backoff_cue(verb, lex)
    if inner is not None and inner.kind == "evaluative":
        return True
    parts = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.i > verb.i]
    for i, c in enumerate(parts):
        inner_prep = child(c, "prep")  # "pull out | of X": the parser may hang "of" on "out"
        nxt = parts[i + 1] if i + 1 < len(parts) else inner_prep
        for words in ((c.lower_,), (c.lower_, nxt.lower_) if nxt is not None else ()):
            phrase = lex.phrases.get((verb.lemma_.lower(), *words)) if words else None
            if phrase is not None and phrase.kind == "evaluative":
                return True
    return False


#: nouns of intention whose infinitive states their owner's aim ("announced plans to block X",
#: "its bid to scrap X", "a pledge to back X")
COMMIT_NOUNS = frozenset({"plan", "intention", "pledge", "promise", "vow", "determination",
                          "readiness", "commitment", "bid", "resolve"})


def commit_noun_clause(tok: Token) -> bool:
    """An infinitive on a noun of intention that is not denied ("plans to boycott X"; not "no plans
    to", handled as a negated intention)."""
    h = tok.head
    return (tok.dep_ == "acl" and h.i != tok.i and h.lemma_.lower() in COMMIT_NOUNS
            and child(tok, "aux", lemma=("to",)) is not None
            and not any(c.dep_ == "det" and c.lower_ == "no" for c in h.children) and not is_negated(h.head))
