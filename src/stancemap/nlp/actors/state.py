"""Mutable per-document actor bookkeeping used while the actors stage runs.

:class:`DocActors` holds one :class:`ActorDraft` per actor id and the token-level mentions,
and turns them into frozen :class:`~stancemap.records.Actor` records at the end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...records import Actor, Mention
from .department_people import department_form
from .gazetteer import Match
from .un_spelled import united_nations_form

__all__ = ["ActorDraft", "DocActors", "TokMention", "PEOPLE_NOUNS", "written_name", "article_form", "is_acronym"]

#: Head nouns of unnamed people speaking for a body ("Saudi officials", "a Chinese diplomat").
PEOPLE_NOUNS = frozenset({"official", "officials", "diplomat", "diplomats", "envoy", "envoys", "negotiator",
                          "negotiators", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "source",
                          "sources"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "some", "two", "three", "several", "other", "another",
                          "senior", "top"})


def written_name(draft: ActorDraft, texts: list[str]) -> str | None:
    """The name "as written" of a country body the article only names through its people.

    A body coded from a country and a sector (id ``SAUGOV``) whose every non-pronoun mention
    ends in one of :data:`PEOPLE_NOUNS` is named by its first mention, leading determiners
    dropped ("a Chinese official" -> "Chinese official"): the article speaks of those people,
    not of "the Chinese government". Otherwise (also for possessives: "America's top
    diplomat") None: keep the table name.
    """
    if draft.type != "organisation" or not draft.country or not draft.sector or draft.id != draft.code:
        return None
    if not texts or any(t.split()[-1].lower() not in PEOPLE_NOUNS or "'s " in t or "’s " in t for t in texts):
        return None
    words = texts[0].split()
    while len(words) > 2 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


#: Heads of a state's collective that an article may write with the state's possessive
#: ("Peru's government", "Sudan's army").
_POSSESSED_BODIES = frozenset({"government", "administration", "army", "military", "navy", "police", "junta",
                               "cabinet", "regime", "court"})  # court: "Kenya's High Court" (spk7)
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def possessive_form(draft: ActorDraft, first: Span | None, country_at: dict[int, str]) -> str | None:
    """The name "as written" of a state's collective the article first names with the state's
    possessive: "Peru's government said ... the government" -> "Peru's government" (not the
    table's "Peruvian government"), "Sudan's army" -> "Sudan's army". ``first`` is the body's
    first mention that is no pronoun, ``country_at`` the tokens of country names (token -> ISO3).
    Only a possessor that is the state's own name ("Peru", "Laos'"), then one or two words ending in a body noun of :data:`_POSSESSED_BODIES`; otherwise
    (also "the Peruvian government", "the government of Peru", "Obama's administration") None:
    keep the table name. Id, code and sector stay the table's."""
    if first is None or draft.type != "organisation" or not draft.country or not draft.sector \
            or draft.id != draft.code:
        return None
    toks = [t for t in first if not (t.i == first.start and t.lower_ == "the")]
    pos = next((k for k, t in enumerate(toks) if t.text in _POSSESSIVE_MARKS), None)
    if not pos or not 1 <= len(toks) - pos - 1 <= 2 or toks[-1].lower_ not in _POSSESSED_BODIES:
        return None
    if not all(country_at.get(t.i) == draft.country for t in toks[:pos]):
        return None
    return first.doc[toks[0].i : toks[-1].i + 1].text


#: Types of actors named from a table whose name the article may write as an acronym. Not IGOs:
#: their table names ("European Union", "United Nations") are the forms positions are reported
#: under, whatever acronym the article uses.
_NAMED_BODY_TYPES = frozenset({"organisation", "media"})


def _bare_form(text: str) -> str:
    words = text.split()
    while words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def is_acronym(form: str) -> bool:
    """"FBI", "F.B.I.", "AP": capitals only, periods aside."""
    letters = form.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def article_form(draft: ActorDraft, names: list[str]) -> str | None:
    """The name of an organisation or outlet the article writes only as an acronym.

    ``names`` are the texts of the body's name and acronym mentions. When the article writes it
    only as an acronym, the body is named by that acronym ("the FBI said" -> "FBI", "The AP" ->
    "AP"; the most frequent one when it writes several). When it writes the name out too, None:
    one canonical name, the full one (the acronym stays one of the actor's mentions, never a
    second name glued to the first). Also None for persons, states, IGOs, groups and bodies
    without such mentions: keep the table name. Id, code and sector stay the table's.
    """
    if draft.type not in _NAMED_BODY_TYPES or draft.plural or draft.members:
        return None
    canon = _bare_form(draft.name)
    if not canon or is_acronym(canon) or "(" in canon:
        return None
    words = {w.strip(".,").lower() for w in canon.split()}
    forms = [f for f in (_bare_form(t) for t in names) if f]
    acros = [f for f in forms if is_acronym(f) and f.replace(".", "").lower() not in words]
    if not acros:
        return None
    if not all(is_acronym(f) for f in forms):
        return None  # written in full too: the full (table) name
    return max(set(acros), key=lambda a: (acros.count(a), len(a), a))


@dataclass(slots=True)
class TokMention:
    start: int  # token index
    end: int
    actor: str
    kind: str  # name | surname | pronoun | nominal | demonym | capital | acronym | seat


@dataclass
class ActorDraft:
    id: str
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    code: str | None = None
    sector: str | None = None
    is_source: bool = False
    members: tuple[str, ...] = ()
    gender: str | None = None  # "m" | "f" | None (persons only; used by coreference)
    plural: bool = False
    name_tokens: tuple[str, ...] = ()  # persons: the fullest name's tokens (titles dropped)
    origin: str = ""  # what created it: table, dict, ner, role, group ...
    text_role: bool = False  # the role comes from this article's text (it beats a dictionary's)


@dataclass
class DocActors:
    """The actors of one Doc and their token mentions, with indexes so that the look-ups every
    pronoun and every name needs (mentions in a window, an actor's mentions before a token, the
    mention at a token) cost O(log n + answer), not a scan of every mention: linear stages."""

    doc: Doc
    drafts: dict[str, ActorDraft] = field(default_factory=dict)
    mentions: list[TokMention] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)  # token indices already in a mention
    _starts: list[int] = field(default_factory=list, repr=False)  # mention starts, sorted
    _sorted: list[tuple[int, int, TokMention]] = field(default_factory=list, repr=False)  # (start, seq, m)
    _of: dict[str, list[int]] = field(default_factory=dict, repr=False)  # actor -> its mention starts, sorted
    _at: dict[int, TokMention] = field(default_factory=dict, repr=False)  # token -> first mention over it
    country_at: dict[int, str] = field(default_factory=dict)  # token -> ISO3 of the country name over it

    def get(self, aid: str) -> ActorDraft | None:
        return self.drafts.get(aid)

    def ensure(self, draft: ActorDraft) -> ActorDraft:
        cur = self.drafts.get(draft.id)
        if cur is None:
            self.drafts[draft.id] = draft
            return draft
        for k in ("country", "role", "code", "sector", "gender"):
            if getattr(cur, k) is None and getattr(draft, k) is not None:
                setattr(cur, k, getattr(draft, k))
        return cur

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.taken for i in range(start, end))

    def _append(self, m: TokMention) -> None:
        seq = len(self.mentions)
        self.mentions.append(m)
        k = bisect_right(self._starts, m.start)
        self._starts.insert(k, m.start)
        self._sorted.insert(k, (m.start, seq, m))
        insort(self._of.setdefault(m.actor, []), m.start)
        for i in range(m.start, m.end):
            self._at.setdefault(i, m)

    def add(self, start: int, end: int, aid: str, kind: str) -> bool:
        """Add a mention over tokens [start, end) unless it overlaps one already taken."""
        if start >= end or not self.free(start, end):
            return False
        self._append(TokMention(start, end, aid, kind))
        self.taken.update(range(start, end))
        return True

    def add_nested(self, start: int, end: int, aid: str, kind: str) -> None:
        """Add a mention that may contain others (a person's whole noun phrase)."""
        self._append(TokMention(start, end, aid, kind))

    def relink(self, old: str, new: str) -> dict[str, str]:
        """Give every mention of actor ``old`` to actor ``new`` (the same body under two names).

        The ids that refer to ``old`` follow it: group members, and the body's people
        (``<old>:<sector>``, "CFU officials") become ``<new>:<sector>`` (merged into that actor
        when it exists). Returns every id moved, old -> new (empty when nothing was), for the
        caller to rewrite the ids it holds (see :meth:`Recognition.relink`)."""
        if old == new or new not in self.drafts or old not in self.drafts:
            return {}
        moved = {old: new}
        self._move(old, new)
        self.drafts.pop(old, None)
        for cid in [k for k in self.drafts if k.startswith(old + ":")]:
            nid = new + cid[len(old):]
            if nid in self.drafts:
                moved.update(self.relink(cid, nid))
                continue
            d = self.drafts.pop(cid)
            d.id = nid
            self.drafts[nid] = d
            self._move(cid, nid)
            moved[cid] = nid
        for d in self.drafts.values():
            if any(x in moved for x in d.members):
                d.members = tuple(dict.fromkeys(moved.get(x, x) for x in d.members))
        return moved

    def _move(self, old: str, new: str) -> None:
        for m in self.mentions:
            if m.actor == old:
                m.actor = new
        for st in self._of.pop(old, []):
            insort(self._of.setdefault(new, []), st)

    def mentions_of(self, aid: str) -> list[TokMention]:
        return [m for m in self.mentions if m.actor == aid]

    def mention_at(self, i: int) -> TokMention | None:
        """The first mention added over token ``i`` (None when no ``add`` took the token)."""
        if i not in self.taken:
            return None
        return self._at.get(i)

    def between(self, lo: int, hi: int) -> list[TokMention]:
        """Mentions that start in [lo, hi), in the order they were added."""
        a, b = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return [m for _, _, m in sorted(self._sorted[a:b], key=lambda x: x[1])]

    def count_before(self, aid: str, i: int) -> int:
        """How many mentions of ``aid`` start before token ``i``."""
        return bisect_left(self._of.get(aid, ()), i)

    def first_start(self, aid: str) -> int | None:
        starts = self._of.get(aid)
        return starts[0] if starts else None

    def _members_form(self, d: ActorDraft, texts: list[str]) -> str | None:
        """The people of a named body ("FBI officials", id ``<body>:<sector>``) as the article writes
        them when it names the body only by an acronym, never by its table name ("Federal Bureau
        of Investigation")."""
        if d.origin != "collective" or ":" not in d.id or not texts:
            return None
        parent = self.drafts.get(d.id.rsplit(":", 1)[0])
        if parent is None or parent.type not in _NAMED_BODY_TYPES or not d.name.startswith(parent.name + " "):
            return None
        canon = _bare_form(parent.name).lower()
        if any(canon in t.lower() for t in texts):
            return None
        forms = []
        for t in texts:
            words = t.split()
            while len(words) > 2 and words[0].lower() in _DETERMINERS:
                words = words[1:]
            forms.append(" ".join(words))
        best = max(forms, key=len)
        return best if any(is_acronym(w) for w in best.split()) else None

    def records(self) -> tuple[list[Actor], list[tuple[int, int, str]]]:
        """Frozen actors (in order of first mention) and the sorted char-offset mention index."""
        doc = self.doc
        by_actor: dict[str, list[Mention]] = {}
        index: list[tuple[int, int, str]] = []
        for m in sorted(self.mentions, key=lambda x: (x.start, x.end)):
            last = doc[m.end - 1]
            s, e = doc[m.start].idx, last.idx + len(last.text)
            by_actor.setdefault(m.actor, []).append(Mention(doc[m.start : m.end].text, s, e, m.kind))
            index.append((s, e, m.actor))

        actors = []
        first_of: dict[str, Span] = {}
        for m in sorted(self.mentions, key=lambda x: (x.start, x.end)):
            if m.kind not in ("pronoun", "capital", "demonym"):  # (the capital stands for it, names nothing)
                first_of.setdefault(m.actor, doc[m.start : m.end])
        for aid, ms in by_actor.items():
            d = self.drafts[aid]
            written = (department_form(d, first_of.get(aid))
                       or written_name(d, [m.text for m in ms if m.kind != "pronoun"])
                       or possessive_form(d, first_of.get(aid), self.country_at)
                       or article_form(d, [m.text for m in ms if m.kind in ("name", "acronym")])
                       or spelled_out_form(d, [m.text for m in ms if m.kind in ("name", "acronym")])
                       or united_nations_form(d, [m.text for m in ms if m.kind in ("name", "acronym")])
                       or self._members_form(d, [m.text for m in ms if m.kind not in ("pronoun", "phrase")]))
            actors.append(
                Actor(
                    id=d.id,
                    name=written or d.name,
                    type=d.type,
                    country=d.country,
                    role=d.role,
                    code=d.code,
                    mentions=tuple(ms),
                    members=d.members,
                    is_source=d.is_source,
                    sector=d.sector,
                )
            )
        # group members that are not mentioned themselves still need to exist for lookups
        return actors, sorted(index)


@dataclass
class Recognition:
    """What recognition learned that coreference needs."""

    person_ids: dict[int, str] = field(default_factory=dict)  # person mention start token -> id
    roles: list[Match] = field(default_factory=list)
    used_roles: set[int] = field(default_factory=set)  # start tokens of role matches used
    coord_states: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # (token, state ids)
    coords: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # any coordinated actors
    coord_spans: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)  # token span, members
    #: country ISO3 -> the name of its government collective ("Hungarian government"), as
    #: recognition names it, for coreference to name the same actor the same way
    government_names: dict[str, str] = field(default_factory=dict)

    def relink(self, moved: dict[str, str]) -> None:
        """Rewrite the actor ids recognition holds after :meth:`DocActors.relink` moved them:
        coordinations keep their members under the new ids, once each; one left with fewer
        than two members is no coordination any more ("the Coastal Farmers Union and the CFU")."""
        if not moved:
            return

        def ids(members: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(moved.get(x, x) for x in members))

        self.person_ids = {k: moved.get(v, v) for k, v in self.person_ids.items()}
        self.coord_states = [(t, ms) for t, m in self.coord_states if len(ms := ids(m)) >= 2]
        self.coords = [(t, ms) for t, m in self.coords if len(ms := ids(m)) >= 2]
        self.coord_spans = [(a, b, ms) for a, b, m in self.coord_spans if len(ms := ids(m)) >= 2]

# -- a body the tables name by its acronym, written out in full by the article -----------------
# "The United Nations Children's Fund said ..." was named "UNICEF", the table's name, though the
# article introduced it by its full name: like a body the article writes both ways (one canonical
# name, the full one), a body whose table name is itself the acronym (UNICEF, NATO, OPEC, ...) takes
# the full form when the article introduces it by it (its first mention). Id, code and sector stay
# the table's.

_SPELLED_TYPES = frozenset({"igo", "organisation", "media"})


def spelled_out_form(draft: ActorDraft, names: list[str]) -> str | None:
    """The full name the article first writes for a body whose table name is an acronym, or None.
    ``names`` are the texts of the body's name and acronym mentions, in text order."""
    if draft.type not in _SPELLED_TYPES or draft.plural or draft.members or not is_acronym(draft.name):
        return None
    forms = []
    for t in names[:1]:  # only a body the article introduces in full ("RT ... formerly Russia Today" keeps RT)
        words = t.split()
        while words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or "(" in t or any(is_acronym(w) for w in words) \
                or not all(w[:1].isupper() or w.lower() in _SPELLED_LINKS for w in words):
            continue
        forms.append(" ".join(words))
    return forms[0] if forms else None


#: lower-case words inside a body's full name ("Organization of the Petroleum Exporting Countries")
_SPELLED_LINKS = frozenset({"of", "the", "for", "and", "on", "in", "to", "de", "du", "des", "la", "le"})
