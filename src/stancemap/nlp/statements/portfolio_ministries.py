"""A state's ministry named by its portfolio, or only as "the ministry" after its minister
(branch spk7; runs in ``stancemap_quote_speakers`` after ``split_named_bodies``).

Two constructions of wire copy that name a ministry without a possessive state or an "of" phrase
(which ``speaker_names.split_named_bodies`` needs):

- **"the ministry" after its minister**: "Trade Minister Ana Lopes said ... The ministry said"
  is the trade ministry of the minister's state. Coreference gives "the ministry" to the
  government collective named nearest, at times a foreign state's (named in what the minister
  said). The speaker "the ministry" (bare) goes to a body "<State>'s <portfolio> ministry" when the
  last person who spoke before it is a minister whose naming holds a portfolio ("Trade Minister",
  "the country's trade minister", "minister of trade" is not read), and no other ministry is
  named between the two (it is the nearer antecedent: left to coreference).
- **a ministry named by its portfolio only**: "Officials at the transport ministry said",
  "The transport ministry said" with no state named with it: the ministry of the article's state.

The state is the minister's own country when the actors stage knows it, else the dateline's,
else the country of the collective the speaker was given (a state government, never a person or
company). With none of them, or with a portfolio of "prime" ("the Prime Minister's office" is no
ministry), the speaker is left alone. A speaker already given a named ministry of the same
portfolio ("Ghana's health ministry ... the ministry") is left alone too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ...actors.codes import slug
from ...actors.rollup import state_name
from ...actors.tables import load_tables
from ...records import Actor
from ..common.datelines import dateline_country
from ..common.text import doc_text
from .speaker_names import move_mentions

__all__ = ["link_portfolio_ministries", "portfolio_of"]

#: "The ministry", "the transport ministry", "The civil aviation ministry".
_SPEAKER_RE = re.compile(r"(?:The|the) ((?:[a-z][a-z-]* ){0,2})ministry")
#: "Officials at the transport ministry" (the speaker span may stop at "Officials").
_PEOPLE_RE = re.compile(r"(?:[A-Z][a-z]+ )?(?:[Oo]fficials|[Ss]ources|[Ss]taff|[Ee]xperts) (?:at|in|from) the "
                        r"((?:[a-z][a-z-]* ){0,2})ministry\b")
#: Words before "minister" that are no portfolio.
_NO_PORTFOLIO = frozenset({"deputy", "vice", "acting", "former", "junior", "state", "the", "a", "an", "its", "his",
                           "her", "their", "country's", "nation's", "senior", "chief", "first", "prime", "cabinet",
                           "new", "outgoing", "incoming", "then"})
_MINISTER_RE = re.compile(r"(?i)((?:[\w'’-]+ ){1,2})minister\b")
#: Sectors of a state's collective that "the ministry" may have been given.
_STATE_SECTORS = frozenset({"GOV"})


def portfolio_of(naming: str) -> str | None:
    """The portfolio of a minister's naming: "Finance Minister Ana Lopes" -> "finance", "Italy's
    civil protection minister" -> "civil protection"; None for a prime minister or no portfolio."""
    m = _MINISTER_RE.search(naming)
    if m is None:
        return None
    words = m.group(1).split()
    if words[-1].lower() == "prime":
        return None
    out: list[str] = []
    for w in reversed(words):
        lw = w.lower()
        if lw in _NO_PORTFOLIO or lw.endswith(("'s", "’s", "'", "’")) or not lw.isalpha():
            break
        if w[0].isupper() and w != words[-1] and out and not w.istitle():
            break
        out.insert(0, lw)
    # a demonym before the portfolio ("Spanish Economy Minister") is no portfolio word
    demonyms = load_tables().demonym_of
    while out and (out[0].title() in demonyms or out[0].title() in load_tables().name_of):
        out = out[1:]
    return " ".join(out) or None


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _minister(actor: Actor | None) -> tuple[str, str | None] | None:
    """(portfolio, country) of a person actor named as a minister, else None."""
    if actor is None or actor.type != "person":
        return None
    for m in actor.mentions:
        if m.kind in ("pronoun", "surname"):
            continue
        p = portfolio_of(m.text)
        if p:
            return p, actor.country
    return None


def link_portfolio_ministries(doc: Doc) -> int:
    """Give "the ministry" speakers their minister's or their portfolio's ministry; returns the
    count of new ministry actors."""
    statements = list(doc._.sm_statements or [])
    actors = {a.id: a for a in doc._.sm_actors or []}
    if not statements:
        return 0
    text = doc_text(doc)
    order = sorted(range(len(statements)), key=lambda i: min(s for s, _ in statements[i].content.spans))
    home: str | None = None
    home_read = False
    new: dict[str, Actor] = {}
    moves: list[tuple[int, int, str | None, str, str]] = []
    last_person: tuple[str, str | None] | None = None  # (portfolio, country) of the last person speaking
    last_person_seen = False
    last_person_end = 0  # where the last person's statement ends
    ministries = sorted(m.start for a in actors.values() for m in a.mentions if "ministry" in m.text.lower())
    for i in order:
        st = statements[i]
        sp = st.speaker
        if sp is None:
            continue
        actor = actors.get(sp.actor) if sp.actor else None
        m_sp = _SPEAKER_RE.fullmatch(sp.text)
        m_pp = _PEOPLE_RE.match(text, sp.start) if m_sp is None else None
        match = m_sp or m_pp
        if match is None:
            if actor is not None and actor.type == "person":
                last_person = _minister(actor)
                last_person_seen = True
                last_person_end = max(e for _s, e in st.content.spans)
            continue
        portfolio = match.group(1).strip() or None
        country: str | None = None
        if portfolio is None:
            if not last_person_seen or last_person is None:
                continue
            if any(last_person_end <= x < sp.start for x in ministries):
                continue  # another ministry named in between is the nearer antecedent (review 2)
            portfolio, country = last_person
        if portfolio.split()[-1] in ("prime", "same", "other", "new"):
            continue
        statal = actor is not None and (actor.type == "state" or (
            actor.type == "organisation" and actor.sector in _STATE_SECTORS and bool(actor.country)))
        if actor is not None and "ministry" in actor.name.lower() and actor.id != actor.code \
                and (not match.group(1).strip() or portfolio in actor.name.lower()):
            continue  # a named ministry split off before ("Ghana's health ministry ... the ministry")
        if country is None:
            if not home_read:
                home, home_read = dateline_country(doc), True
            country = home or (actor.country if statal and actor is not None else None)
        if not country:
            continue
        name = f"{_possessive(state_name(country))} {portfolio} ministry"
        bid = f"{country}GOV:{slug(name)}"
        if bid not in actors and bid not in new:
            new[bid] = Actor(id=bid, name=name, type="organisation", country=country, code=f"{country}GOV",
                             sector="GOV", text=name)
        end = max(sp.end, match.end() if m_pp is not None else sp.end)
        for a in actors.values():
            for mm in a.mentions:
                if mm.start < end and mm.end > sp.start and a.id != bid:
                    moves.append((mm.start, mm.end, a.id, bid, "nominal"))
        if not any(s == sp.start for s, _e, _o, b, _k in moves if b == bid):
            moves.append((sp.start, sp.end, None, bid, "nominal"))
        statements[i] = replace(st, speaker=replace(sp, actor=bid))
    if not moves:
        return 0
    doc._.sm_actors = list(doc._.sm_actors) + list(new.values())
    doc._.sm_statements = statements
    move_mentions(doc, moves)
    spoken = {st.speaker.actor for st in statements if st.speaker is not None}
    emptied = {old for _s, _e, old, _b, _k in moves if old is not None}
    doc._.sm_actors = [a for a in doc._.sm_actors
                       if a.mentions or a.id in spoken or (a.id not in new and a.id not in emptied)]
    return len(new)
