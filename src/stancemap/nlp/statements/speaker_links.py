"""First-person pronouns inside direct quotations, linked to the quotation's speaker.

Runs after the statements stage (it needs ``doc._.sm_statements``): in ``“We will not give in,”
the minister said`` the "We" belongs to the minister's country, and in ``“I told him so,” she
said`` the "I" is her. :func:`link_quote_pronouns` adds ``pronoun`` mentions for

- **I / me / my / mine / myself** -> the speaker's actor;
- **we / us / our / ours / ourselves** -> the speaker's country when the speaker is a person
  holding a state office (a sector such as GOV, MIL, LEG, COP, JUD), the speaker's
  organisation when the person's code is that of an organisation of the article or the tables
  (``IGOUNO`` -> the United Nations); otherwise the speaker itself (a state, an organisation, a
  group, or a person speaking for no known body).

Only quoted text counts: a direct statement's content, or the parts between quotation marks of
a mixed one. Pronouns that already carry a mention are left alone. Mentions stay sorted; the
frozen Actor records are rebuilt with :func:`dataclasses.replace`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate

from spacy.tokens import Doc

from ...actors.tables import load_tables
from ...records import Actor, Mention
from ..common.text import doc_text

__all__ = ["link_quote_pronouns", "FIRST_SINGULAR", "FIRST_PLURAL", "OFFICE_SECTORS"]

FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
#: Sectors of a person holding a state office: "we" is then the state.
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "COP", "JUD", "SPY"})
_OPEN = ("“", '"', "‘‘", "``")
_CLOSE = ("”", '"', "’’", "''")


def _quoted_parts(text: str, spans: tuple[tuple[int, int], ...], kind: str) -> list[tuple[int, int]]:
    """Char ranges of quoted speech: whole spans of a direct statement, quote-mark pairs of a mixed one."""
    if kind == "direct":
        return list(spans)
    out = []
    for s, e in spans:
        i = s
        while i < e:
            o = min((p for p in (text.find(q, i, e) for q in _OPEN) if p >= 0), default=-1)
            if o < 0:
                break
            c = min((p for p in (text.find(q, o + 1, e) for q in _CLOSE) if p >= 0), default=-1)
            if c < 0:
                break
            out.append((o, c + 1))
            i = c + 1
    return out


def _we_target(speaker: Actor, actors: dict[str, Actor], new: dict[str, Actor]) -> str:
    """The actor "we" stands for when this actor speaks."""
    if speaker.type != "person":
        return speaker.id
    t = load_tables()
    if speaker.country and speaker.sector in OFFICE_SECTORS and speaker.country in t.countries:
        iso3 = speaker.country
        if iso3 not in actors and iso3 not in new:
            c = t.countries[iso3]
            new[iso3] = Actor(id=iso3, name=c.name, type="state", country=iso3, code=c.cameo)
        return iso3
    code = speaker.code or ""
    if code[:3] in ("IGO", "NGO", "IMG") or (code and not speaker.country):
        for a in actors.values():
            if a.type in ("igo", "organisation") and a.code == code and a.id != speaker.id and not a.sector:
                return a.id
        for o in t.orgs.values():
            if o.code == code and o.type != "media" and not o.sector and not o.parent:
                if o.id not in actors and o.id not in new:
                    new[o.id] = Actor(id=o.id, name=o.name, type=o.type, country=o.country, code=o.code)
                return o.id
    return speaker.id


def link_quote_pronouns(doc: Doc) -> None:
    """Add mentions for first-person pronouns in direct quotations to their speaker (in place)."""
    statements = doc._.sm_statements or []
    actors = {a.id: a for a in doc._.sm_actors or []}
    if not statements or not actors:
        return
    text = doc_text(doc)
    taken = sorted((s, e) for s, e, aid in doc._.sm_mentions or [])
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # furthest end among mentions starting so far
    added: dict[str, list[Mention]] = {}
    new: dict[str, Actor] = {}
    index: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    we_of: dict[str, str] = {}
    for st in statements:
        sp = st.speaker
        if sp is None or sp.actor is None or sp.actor not in actors or st.kind not in ("direct", "mixed"):
            continue
        speaker = actors[sp.actor]
        for s, e in _quoted_parts(text, st.content.spans, st.kind):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                low = tok.lower_
                if low not in FIRST_SINGULAR and low not in FIRST_PLURAL:
                    continue
                if tok.pos_ not in ("PRON", "DET") or tok.text in ("US", "U.S.") or tok.idx in seen:
                    continue
                ts, te = tok.idx, tok.idx + len(tok.text)
                k = bisect_left(starts, te)  # mentions starting before the pronoun's end ...
                if k and reach[k - 1] > ts:  # ... one of which reaches into it: taken (no scan)
                    continue
                seen.add(ts)
                if low in FIRST_SINGULAR:
                    aid = speaker.id
                else:  # once per speaker, not a scan of the actors for every "we"
                    if speaker.id not in we_of:
                        we_of[speaker.id] = _we_target(speaker, actors, new)
                    aid = we_of[speaker.id]
                added.setdefault(aid, []).append(Mention(tok.text, ts, te, "pronoun"))
                index.append((ts, te, aid))
    if not index:
        return
    out = []
    for a in list(doc._.sm_actors) + list(new.values()):
        ms = added.get(a.id)
        if ms:
            a = replace(a, mentions=tuple(sorted(a.mentions + tuple(ms), key=lambda m: (m.start, m.end))))
        out.append(a)
    doc._.sm_actors = out
    doc._.sm_mentions = sorted(list(doc._.sm_mentions or []) + index)
