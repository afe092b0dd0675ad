"""Document authors: the state or organisation that issued a speech, statement, communiqué or
press release (no spaCy; the actors stage uses it).

In an official text the author is the speaker of every sentence, so "we", "my country",
"my Government" and "our delegation" are positions of the author's state. The author comes
from the input (``author``: an ISO3 or CAMEO code, an organisation id, or a name) or, when
absent, from the title or first line of an official text:

- "Ruritania: statement in the general debate ..." (an author before a colon or dash,
  followed by a document word);
- "Statement by the Minister for Foreign Affairs of Ruritania on ...", "Press release of the
  Embassy of Ruritania", "Address by H.E. the President of Ruritania" (a document word at the
  start, the first state or organisation named after by/of/from);
- "Ruritanian Foreign Ministry statement on ..." (a demonym before the document word).

"Joint statement" (several authors) and news headlines that merely mention a statement
("Ruritania issues statement on the border") give no author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Actor
from .tables import Tables, load_tables

__all__ = ["DOC_WORDS", "resolve_author", "detect_author", "author_of"]

#: words naming an official document whose issuer speaks in it
DOC_WORDS = (r"statement|speech|address|remarks|communiqu[eé]|press\s+release|declaration|intervention|"
             r"note\s+verbale|position\s+paper|message")
_DOC = re.compile(rf"\b(?:{DOC_WORDS})s?\b", re.IGNORECASE)
_HEAD_COLON = re.compile(rf"^\s*(?P<who>[^:|\u2013\u2014]{{2,90}}?)\s*(?:[:|\u2013\u2014]|\s-)\s*(?:the\s+|an?\s+)?"
                         rf"(?:official\s+|national\s+|opening\s+|closing\s+)?(?:{DOC_WORDS})s?\b", re.IGNORECASE)
_LEAD_DOC = re.compile(rf"^\s*(?:the\s+)?(?:official\s+|national\s+|opening\s+|closing\s+)?(?:{DOC_WORDS})\b"
                       rf"(?P<rest>.{{0,240}})", re.IGNORECASE | re.DOTALL)
_BY_OF = re.compile(r"\b(?:by|of|from)\b", re.IGNORECASE)
_JOINT = re.compile(r"\bjoint\b", re.IGNORECASE)
_DEMONYM_DOC = re.compile(rf"^\s*(?P<who>(?:[A-Z][\w'.-]*\s+){{1,4}}?)(?:[A-Z][\w-]*\s+){{0,3}}"
                          rf"(?i:{DOC_WORDS})\b")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'.-]*")


@dataclass(frozen=True)
class _Hit:
    start: int
    kind: str  # state | org
    id: str


def _scan(text: str, t: Tables) -> list[_Hit]:
    """States and organisations named in a short text, in text order (longest match first)."""
    toks = [(m.start(), m.group(0).rstrip(".,'")) for m in _TOKEN.finditer(text)]
    hits: list[_Hit] = []
    i = 0
    while i < len(toks):
        found = None
        for n in range(min(6, len(toks) - i), 0, -1):
            words = [w for _, w in toks[i:i + n]]
            form = " ".join(words)
            cands = [form]
            if words[0].lower() == "the" and n > 1:
                cands.append(" ".join(words[1:]))
            for f in cands:
                if f in t.name_of:
                    found = (n, _Hit(toks[i][0], "state", t.name_of[f]))
                elif f in t.demonym_of and f[:1].isupper():
                    found = (n, _Hit(toks[i][0], "state", t.demonym_of[f]))
                elif f in t.org_of and f[:1].isupper():
                    found = (n, _Hit(toks[i][0], "org", t.org_of[f]))
                if found:
                    break
            if found:
                break
        if found:
            hits.append(found[1])
            i += found[0]
        else:
            i += 1
    return hits


def _first(text: str, t: Tables) -> str | None:
    hits = _scan(text, t)
    states = [h for h in hits if h.kind == "state"]
    if states:
        return states[0].id  # "the Permanent Mission of Ruritania to the United Nations": the state
    return hits[0].id if hits else None


def detect_author(title: str | None, text: str | None = None, *, tables: Tables | None = None) -> str | None:
    """The author id (ISO3 or organisation id) of an official text, from its title or first
    line; None for other texts (news) or when no single author is named."""
    t = tables or load_tables()
    lines = [x for x in (title, (text or "").lstrip().split("\n", 1)[0][:300]) if x and x.strip()]
    for line in lines:
        if _JOINT.search(line) or not _DOC.search(line):
            continue
        m = _HEAD_COLON.match(line)
        if m:
            who = _first(m.group("who"), t)
            if who:
                return who
        m = _LEAD_DOC.match(line)
        if m:
            rest = m.group("rest")
            by = _BY_OF.search(rest)
            if by:
                who = _first(rest[by.end():], t)
                if who:
                    return who
        m = _DEMONYM_DOC.match(line)
        if m:
            hits = _scan(line[:m.end()], t)
            if len({h.id for h in hits}) == 1:
                return hits[0].id
    return None


def resolve_author(value: str | None, *, tables: Tables | None = None) -> Actor | None:
    """The actor for an ``author`` value: an ISO3 or CAMEO country code, an organisation id
    (``IGO:EU``), or a state or organisation name; None when it names nothing known."""
    if value is None or not str(value).strip():
        return None
    t = tables or load_tables()
    v = str(value).strip()
    iso = None
    if v.upper() in t.countries:
        iso = v.upper()
    else:
        iso = next((c.iso3 for c in t.countries.values() if c.cameo == v.upper()), None)
    if iso is None:
        iso = t.name_of.get(v) or t.name_of.get(v.title()) or t.demonym_of.get(v)
        if iso is None:
            low = v.lower()
            iso = next((c.iso3 for c in t.countries.values()
                        if c.name.lower() == low or low in (a.lower() for a in c.aliases)), None)
    if iso is not None:
        c = t.countries[iso]
        return Actor(id=iso, name=c.name, type="state", country=iso, code=c.cameo)
    oid = v if v in t.orgs else t.org_of.get(v)
    if oid is None:
        low = v.lower()
        oid = next((o.id for o in t.orgs.values() if o.name.lower() == low
                    or low in (a.lower() for a in o.aliases)), None)
    if oid is not None:
        o = t.orgs[oid]
        return Actor(id=o.id, name=o.name, type=o.type, country=o.country, code=o.code,
                     members=o.members, is_source=o.is_source, sector=o.sector)
    return None


def author_of(author: str | None, title: str | None, text: str | None, *,
              tables: Tables | None = None) -> Actor | None:
    """The author actor of a document: the given ``author`` when it names a known actor,
    else the one detected from the title or first line (:func:`detect_author`)."""
    t = tables or load_tables()
    if author:
        return resolve_author(author, tables=t)
    found = detect_author(title, text, tables=t)
    return resolve_author(found, tables=t) if found else None
