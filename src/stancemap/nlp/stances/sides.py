"""The two sides of an alignment as mentions: which words of the evidence sentence name each actor.

An alignment record keeps the actor ids ``a`` and ``b``; its ``actors`` field adds, for each side,
the actor's name and country and the mention, in the evidence sentence, that the alignment rule read
that side from: the subject, holder or partner phrase ("Hanoi", "the government in Lima", "Chile's
plan" -> "Chile"). The actor's name says who it is; the mention says how this sentence names it, so
that a reader (or a scorer) can check the pair against the sentence without the actor's other names.

The mention of a token, for an actor id:

1. a resolved pronoun is given by the name it stands for in the same sentence, nearest before it,
   else nearest after it ("Chile says it ..." -> "Chile"), else by the pronoun itself ("It" opening
   a sentence after "Chile hosted the talks."); with the bare pronoun, two dev pairs matched through
   the actor's first name were lost and nothing was gained;
2. the shortest mention of the actors stage that contains the token and stands for the actor (or
   for a group the actor is a member of: then the member's own name inside it, when it has one);
3. a mention of the actor inside the token's phrase ("the government in Lima", "the head of the
   WTO"): the phrase from its first word to the end of that mention;
4. the token's noun phrase, when the actors stage indexed no mention of it ("his country", "the
   organisation": resolved by the stance resolver);

and with no token (a stance held by the speaker of a statement): the statement's speaker span when
it is in the sentence, else the reporting subject's mention, else the last mention of the actor in
the sentence, else none (text, start and end None: the sentence does not name the actor).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...actors.rollup import state_name
from ...records import AlignedActor
from ..common.datelines import after_dateline_dash
from ..common.text import doc_text
from .resolve import Resolver
from .syntax import PRONOUNS, clause_verb, compact_span, reporting_subject

__all__ = ["aligned_actor", "token_mention", "speaker_mention"]

#: the parts of a token's subtree that are not its name phrase (a determiner stays: "the organisation")
_PHRASE_CUT = frozenset({"relcl", "appos", "acl", "punct", "advcl", "cc", "conj", "prep", "parataxis", "dep"})
_WITH_PREP = _PHRASE_CUT - {"prep"}
#: sectors of a state's own bodies (an actor coded by the state and the sector alone: "RUSMIL")
_STATE_BODIES = frozenset({"GOV", "MIL", "COP", "SPY"})
#: nouns of a state that a possessive of its official names ("his government", "her country")
_OWN_STATE = frozenset({"government", "country", "administration", "nation", "state"})


def _related(res: Resolver, mention_actor: str, aid: str) -> bool:
    """Does a mention of ``mention_actor`` name ``aid``: the actor itself, or a group it is in."""
    if mention_actor == aid:
        return True
    group = res.actor(mention_actor)
    return group is not None and aid in (group.members or ())


def _containing(res: Resolver, s: int, e: int, aid: str) -> tuple[int, int] | None:
    """The shortest mention around [s, e) that names ``aid`` (or a group it is in)."""
    found = [(ms, me) for ms, me, m_aid in res.mentions_covering(s, e) if _related(res, m_aid, aid)]
    return min(found, key=lambda m: m[1] - m[0]) if found else None


def _named_in_sentence(res: Resolver, tok: Token, aid: str) -> tuple[int, int] | None:
    """The mention that names ``aid`` (no pronoun) in the sentence of ``tok``, nearest before it, else
    nearest after it: the antecedent a resolved pronoun stands for ("Chile says it ...")."""
    doc = tok.doc
    i = tok.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    j = tok.i + 1
    while j < len(doc) and not doc[j].is_sent_start:
        j += 1
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    text = doc_text(doc)
    found = [(ms, me, m_aid) for ms, me, m_aid in res.mentions_starting(start, end)
             if me <= end and (ms >= tok.idx + len(tok.text) or me <= tok.idx) and _related(res, m_aid, aid)
             and text[ms:me].lower() not in PRONOUNS]
    own = [(ms, me) for ms, me, m_aid in found if m_aid == aid]
    # the member's own name before the group's that holds it ("Mali and Niger said they": "Mali")
    named = own or [(ms, me) for ms, me, _ in found]
    before = [m for m in named if m[1] <= tok.idx]
    if before:
        return before[-1]
    return named[0] if named else None


def token_mention(res: Resolver, tok: Token, aid: str) -> tuple[int, int]:
    """Character offsets of the mention of actor ``aid`` that token ``tok`` stands for."""
    s, e = tok.idx, tok.idx + len(tok.text)
    if tok.pos_ == "PRON" or tok.lower_ in PRONOUNS:
        return _named_in_sentence(res, tok, aid) or (s, e)
    inside = _containing(res, s, e, aid)
    if inside is not None:
        own = [(ms, me) for ms, me, m_aid in res.mentions_starting(inside[0], inside[1]) if me <= inside[1] and m_aid == aid]
        return own[0] if own else inside  # ("the two countries, Ghana and Togo": Ghana's own name in the group's)
    doc = tok.doc
    lo, hi = compact_span(tok, cut=_WITH_PREP)  # the phrase with its prepositions ("the head of the WTO")
    lo = after_dateline_dash(doc, lo, tok.i)  # ("SEOUL - Samsung": the dateline the parser hung on it is none)
    nxt = doc[hi] if hi < len(doc) else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ == "in" and nxt.head.i == tok.head.i != tok.i:
        hi = nxt.right_edge.i + 1  # "accused the government | in Lima of X": the parser hangs "in Lima" on the verb
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    found = [(ms, me) for ms, me, m_aid in res.mentions_starting(start, end) if me <= end and _related(res, m_aid, aid)]
    if found:
        ms, me = min(found, key=lambda m: (abs(m[0] - s), m[1] - m[0]))  # the nearest to the token
        first = doc[after_dateline_dash(doc, compact_span(tok, cut=_PHRASE_CUT)[0], tok.i)].idx
        return (min(first, ms), max(me, e)) if ms >= first else (ms, me)
    lo, hi = compact_span(tok, cut=_PHRASE_CUT)
    lo = after_dateline_dash(doc, lo, tok.i)
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _last_mention(res: Resolver, aid: str, start: int, end: int) -> tuple[int, int] | None:
    """The last mention of ``aid`` in [start, end)."""
    found = [(ms, me) for ms, me, m_aid in res.mentions_starting(start, end) if me <= end and _related(res, m_aid, aid)]
    return found[-1] if found else None


def speaker_mention(res: Resolver, cue: Token, aid: str, sent: Span) -> tuple[int, int] | None:
    """The mention of a holder that is the speaker of the statement (no holder token)."""
    st = res.statement_at(cue.idx)
    sp = st.speaker if st is not None else None
    if sp is not None and sp.actor == aid and sent.start_char <= sp.start < sp.end <= sent.end_char:
        return sp.start, sp.end  # (a speaker outside the sentence: a quotation that runs over several)
    rep = reporting_subject(clause_verb(cue))
    if rep is not None and res.holder(rep) == aid:
        return token_mention(res, rep, aid)
    return _last_mention(res, aid, sent.start_char, sent.end_char)


def aligned_actor(res: Resolver, text: str, aid: str, tok: Token | None, sent: Span,
                  cue: Token | None) -> AlignedActor:
    """One side of an alignment: the actor ``aid`` and its mention (``text`` is the Doc's text)."""
    if tok is not None:
        span: tuple[int, int] | None = token_mention(res, tok, aid)
    elif cue is not None:
        span = speaker_mention(res, cue, aid, sent)
    else:
        span = _last_mention(res, aid, sent.start_char, sent.end_char)
    a = res.actor(aid)
    name = a.name if a is not None else aid
    country = a.country if a is not None else None
    own = tok is not None and tok.lemma_.lower() in _OWN_STATE and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in tok.children)
    said = text[span[0]:span[1]] if span is not None else ""
    if a is not None and country and a.type == "organisation" and a.sector in _STATE_BODIES and a.id == a.code \
            and (own or a.name.split()[0] in said.split()):
        # a state's unnamed government, military or police named by the state's adjective ("Russian
        # military aircraft") or by "their governments" of two states: the state's name, as README
        # section 6 maps "French mediation" to France (the mention keeps the adjective); a mention
        # without it ("Moscow", "the two sides") keeps the actor's name
        name = state_name(country)
    elif a is not None and country and a.type == "person" and own:
        # "X said his government welcomed Y": the government of the official's state, not the person
        name = state_name(country)
    if span is None:
        return AlignedActor(aid, name, country, None, None, None)
    return AlignedActor(aid, name, country, text[span[0]:span[1]], span[0], span[1])
