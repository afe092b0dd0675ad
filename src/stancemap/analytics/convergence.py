"""Convergence of actors' positions: Signorino-Ritter S per dyad x issue (x time window).

For actors i, j and the k propositions of an issue both took a position on (n_joint):

    S = 1 - 2 * sum_k w_k |x_ik - x_jk| / (d_max * sum_k w_k),   d_max = 2

x is the actor's position on the proposition in [-1, 1]: the mean of its stances' signed
polarities (END-type targets folded, see :mod:`stancemap.issues.propositions`), weighted by
strength; w_k is the mean evidence weight of the two actors on proposition k (the summed
strength of their stances). S runs from -1 (opposed) to +1 (identical).

The explicit-alignment balance is kept separately:
``(agree - disagree) / (agree + disagree)`` over alignments between the two actors on the
issue. The verdict combines both: converging (S >= 0.5, or no joint proposition and a
balance >= 0.5), diverging (S <= -0.2 or balance <= -0.5), mixed (they disagree with each
other), insufficient evidence otherwise. ``low_n`` is set when n_joint < 3.

Routine statements (thanks, congratulations, candidacies: :mod:`stancemap.issues.routine`)
are not positions and are left out. Issues are rolled up to the root of the catalogue
hierarchy (Iran's nuclear programme counts under Iran). Persons and institutions are counted for their state when
``by_state=True`` (the default), so Lavrov's and Russia's positions are Russia's.

:func:`convergence` works on one article; :func:`corpus_convergence` on many articles,
per time window, with the trend (change of S) between consecutive windows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from ..actors.rollup import _owner, owner_of, state_name
from ..dates import DATED
from ..issues.catalogue import IssueCatalogue, default_catalogue
from ..issues.propositions import PropositionMatcher, signed_position
from ..issues.routine import is_routine
from ..records import Actor, Alignment, Article, Convergence, Stance

__all__ = ["convergence", "corpus_convergence", "s_score", "scotts_pi", "alignment_balance", "verdict", "Trend",
           "trend", "GRANULARITIES", "window_of", "issue_phrase", "state_name", "owner_of"]

#: time windows of corpus series ("all" pools every article in one window)
GRANULARITIES = ("day", "month", "quarter", "year", "all")

D_MAX = 2.0


def s_score(pairs: Sequence[tuple[float, float, float]]) -> float | None:
    """Signorino-Ritter S over (x_i, x_j, weight) triples; None when there are none."""
    tw = sum(w for _, _, w in pairs)
    if not pairs or tw <= 0:
        return None
    d = sum(w * abs(a - b) for a, b, w in pairs)
    return round(1.0 - 2.0 * d / (D_MAX * tw), 4)


def scotts_pi(pairs: Sequence[tuple[float, float]]) -> float | None:
    """Scott's pi over the signs of two actors' positions (chance-corrected agreement).

    Meaningful only over many joint propositions (a corpus); None below 2 pairs or when one
    category is all there is (chance agreement of 1)."""
    if len(pairs) < 2:
        return None
    signs = [(1 if a > 0 else -1, 1 if b > 0 else -1) for a, b in pairs]
    observed = sum(1 for a, b in signs if a == b) / len(signs)
    share_pos = sum((a > 0) + (b > 0) for a, b in signs) / (2 * len(signs))
    expected = share_pos ** 2 + (1 - share_pos) ** 2
    if expected >= 1.0:
        return None
    return round((observed - expected) / (1 - expected), 4)


def alignment_balance(polarities: Sequence[int]) -> float | None:
    """(agree - disagree) / (agree + disagree); None when there is no alignment."""
    if not polarities:
        return None
    agree = sum(1 for p in polarities if p > 0)
    disagree = sum(1 for p in polarities if p < 0)
    return round((agree - disagree) / (agree + disagree), 4)


def verdict(s: float | None, balance: float | None) -> str:
    """converging | diverging | mixed | insufficient evidence."""
    if s is None and balance is None:
        return "insufficient evidence"
    if s is not None and balance is not None and ((s >= 0.5) != (balance >= 0)):
        return "mixed"
    if (s is not None and s >= 0.5) or (s is None and balance is not None and balance >= 0.5):
        return "converging"
    if (s is not None and s <= -0.2) or (s is None and balance is not None and balance <= -0.5):
        return "diverging"
    return "mixed"


@dataclass(frozen=True)
class _Pos:
    x: float
    w: float
    stances: tuple[str, ...]
    text: str


def _names(actors: Iterable[Actor]) -> dict[str, Actor]:
    return {a.id: a for a in actors}


_COMMON_HEADS = frozenset("""crisis conflict war dispute programme program question issue talks process deal agreement
    accords accord standoff insurgency occupation blockade""".split())


def _positions(stances: Iterable[Stance], owner: Callable[[str | None], str | None],
               root: Callable[[str], str]) -> dict[tuple[str, str], dict[str, _Pos]]:
    """(actor, issue root) -> proposition id -> weighted position."""
    acc: dict[tuple[str, str], dict[str, list[tuple[float, float, str, str]]]] = defaultdict(lambda: defaultdict(list))
    for st in stances:
        who = owner(st.actor)
        if who is None or is_routine(st.proposition, st.cue.text if st.cue is not None else None):
            continue  # thanks, congratulations and candidacies are not positions
        _, pos = signed_position(st.proposition, st.polarity)
        pid = st.proposition_id or st.proposition
        w = max(0.05, float(st.strength))
        acc[(who, root(st.issue))][pid].append((float(pos), w, st.id, st.proposition))
    out: dict[tuple[str, str], dict[str, _Pos]] = {}
    for key, props in acc.items():
        out[key] = {}
        for pid, rows in props.items():
            tw = sum(w for _, w, _, _ in rows)
            x = sum(p * w for p, w, _, _ in rows) / tw
            out[key][pid] = _Pos(max(-1.0, min(1.0, x)), tw, tuple(r[2] for r in rows), rows[0][3])
    return out


def _label(actor_id: str, by_id: dict[str, Actor]) -> str:
    a = by_id.get(actor_id)
    return a.name if a is not None else state_name(actor_id)


def issue_phrase(label: str) -> str:
    """An issue label as it reads after "on": "the Syria crisis", but "Iran", "North Korea",
    "Iran's nuclear programme"."""
    words = label.lower().split()
    if words and words[-1] in _COMMON_HEADS and "'s" not in label and words[0] != "the":
        return f"the {label}"
    return label


def _summary(a: str, b: str, label: str, v: str, s: float | None, n: int, bal: float | None, n_al: int,
             evidence: Sequence[str]) -> str:
    """"Turkey and Russia: converging on the Syria crisis (S = 0.85, 4 shared propositions;
    alignment balance +1.00 over 3 statements) — evidence: st1, st4, al2"."""
    parts = []
    if s is not None:
        parts.append(f"S = {s:.2f}, {n} shared proposition{'s' if n != 1 else ''}" + (" (few)" if n < 3 else ""))
    if bal is not None:
        parts.append(f"alignment balance {bal:+.2f} over {n_al} statement{'s' if n_al != 1 else ''}")
    text = f"{a} and {b}: {v} on {issue_phrase(label)}"
    if parts:
        text += f" ({'; '.join(parts)})"
    if evidence:
        text += " — evidence: " + ", ".join(evidence)
    return text


def convergence(stances: Sequence[Stance], alignments: Sequence[Alignment], actors: Sequence[Actor] = (), *,
                catalogue: IssueCatalogue | None = None, by_state: bool = True,
                window: str | None = None) -> list[Convergence]:
    """Convergence records for every actor pair x issue with joint positions or alignments."""
    cat = catalogue or default_catalogue()
    by_id = _names(actors)

    def owner(aid: str | None) -> str | None:
        return _owner(aid, by_id, by_state)

    def root(issue: str | None) -> str:
        return cat.root(issue) if issue else "unspecified"

    pos = _positions(stances, owner, root)
    seen_labels: dict[str, str] = {}
    for st_ in stances:
        seen_labels.setdefault(root(st_.issue), st_.issue_label)
    al_by: dict[tuple[frozenset[str], str], list[Alignment]] = defaultdict(list)
    for al in alignments:
        a, b = owner(al.a), owner(al.b)
        if a is None or b is None or a == b:
            continue
        al_by[(frozenset((a, b)), root(al.issue))].append(al)
    issues_of: dict[str, list[str]] = defaultdict(list)
    for (who, iss) in pos:
        issues_of[iss].append(who)
    keys: set[tuple[str, str, str]] = set()
    for iss, whos in issues_of.items():
        for i, a in enumerate(sorted(whos)):
            for b in sorted(whos)[i + 1:]:
                if set(pos[(a, iss)]) & set(pos[(b, iss)]):
                    keys.add((a, b, iss))
    for (pair, iss) in al_by:
        a, b = sorted(pair)
        keys.add((a, b, iss))
    first: dict[str, int] = {}  # actors in order of appearance: "Turkey and Russia", as the text has it
    appearing: list[str | None] = [st.actor for st in stances]
    for al in alignments:
        appearing.extend((al.a, al.b))
    for aid in appearing:
        who_ = owner(aid)
        if who_ is not None:
            first.setdefault(who_, len(first))
    ordered = {(a, b, iss) if first.get(a, 0) <= first.get(b, 0) else (b, a, iss) for a, b, iss in keys}
    out: list[Convergence] = []
    for a, b, iss in sorted(ordered, key=lambda k: (k[2], min(first.get(k[0], 0), first.get(k[1], 0)), k)):
        pa, pb = pos.get((a, iss), {}), pos.get((b, iss), {})
        joint = sorted(set(pa) & set(pb))
        triples = [(pa[k].x, pb[k].x, (pa[k].w + pb[k].w) / 2) for k in joint]
        s = s_score(triples)
        als = al_by.get((frozenset((a, b)), iss), [])
        bal = alignment_balance([al.polarity for al in als])
        v = verdict(s, bal)
        label = cat.label(iss) if iss in cat else seen_labels.get(iss, iss)
        ev = tuple(sid for k in joint for sid in (*pa[k].stances, *pb[k].stances))
        out.append(Convergence(
            a=a, b=b, issue=iss, issue_label=label, s_score=s, n_joint=len(joint), propositions=tuple(joint),
            alignment_balance=bal, n_alignments=len(als), verdict=v,
            summary=_summary(_label(a, by_id), _label(b, by_id), label, v, s, len(joint), bal, len(als),
                             [*ev, *(al.id for al in als)]),
            stances=ev, alignments=tuple(al.id for al in als), window=window, low_n=len(joint) < 3,
        ))
    return out


def window_of(date: str | None, granularity: str) -> str:
    """The window label of an ISO date: ``2012-01`` (month), ``2012-Q1``, ``2012``,
    ``2012-01-18`` (day), ``all``; "undated" without a date or with one that does not begin with
    an ISO year or year-month (:data:`DATED`)."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"unknown window {granularity!r}: use one of {', '.join(GRANULARITIES)}")
    if granularity == "all":
        return "all"
    if not date or not DATED.match(date):
        return "undated"  # also a date that is no ISO year or year-month ("May 2021", "2021-13-01")
    if granularity == "year":
        return date[:4]
    if granularity == "quarter" and len(date) >= 7:
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    if granularity == "day":
        return date[:10]
    return date[:7]


def corpus_convergence(articles: Iterable[Article], *, granularity: str = "month",
                       catalogue: IssueCatalogue | None = None, by_state: bool = True,
                       rematch: bool = True) -> list[Convergence]:
    """Convergence per dyad x issue x time window over many articles.

    Stance and alignment ids are prefixed with the article id (``<article>#st3``) so every
    number stays traceable. Windows are ``YYYY-MM`` (or year/quarter/day, or "all");
    undated articles go to the window "undated". With ``rematch`` (the default) the
    propositions of one window are matched again across articles (the ids an article got
    are only shared inside that article), with the same matcher as the stance stage.
    """
    cat = catalogue or default_catalogue()
    groups: dict[str, tuple[list[Stance], list[Alignment], dict[str, Actor]]] = {}
    matchers: dict[str, PropositionMatcher] = {}
    for art in articles:
        w = window_of(art.date, granularity)
        sts, als, acts = groups.setdefault(w, ([], [], {}))
        matcher = matchers.setdefault(w, PropositionMatcher())
        for st in art.stances:
            if rematch and st.proposition:
                pid, _ = matcher.assign(cat.root(st.issue), st.proposition, st.polarity,
                                        ignore=cat.scope_words(st.issue))
                st = replace(st, proposition_id=pid)
            sts.append(_prefixed_stance(st, art.id))
        for al in art.alignments:
            als.append(_prefixed_alignment(al, art.id))
        for a in art.actors:
            acts.setdefault(a.id, a)
    out: list[Convergence] = []
    for w in sorted(groups):
        sts, als, acts = groups[w]
        out.extend(convergence(sts, als, list(acts.values()), catalogue=cat, by_state=by_state, window=w))
    return out


def _prefixed_stance(st: Stance, art: str) -> Stance:
    return replace(st, id=f"{art}#{st.id}")


def _prefixed_alignment(al: Alignment, art: str) -> Alignment:
    return replace(al, id=f"{art}#{al.id}")


@dataclass(frozen=True)
class Trend:
    """Change of S for one dyad x issue between two consecutive windows."""

    a: str
    b: str
    issue: str
    window_from: str
    window_to: str
    s_from: float | None
    s_to: float | None
    delta: float | None
    evidence: tuple[str, ...]  # stance ids of the later window that moved it
    direction: str  # converging | diverging | stable | unknown


def trend(series: Sequence[Convergence], *, tolerance: float = 0.1) -> list[Trend]:
    """Trends between consecutive windows of :func:`corpus_convergence` output."""
    by_key: dict[tuple[str, str, str], list[Convergence]] = defaultdict(list)
    for c in series:
        by_key[(min(c.a, c.b), max(c.a, c.b), c.issue)].append(c)  # a window may name the pair in either order
    out: list[Trend] = []
    for (_, _, iss), rows in sorted(by_key.items()):
        rows = sorted((r for r in rows if r.window not in ("undated", "all")), key=lambda r: r.window or "")
        if not rows:
            continue
        a, b = rows[0].a, rows[0].b
        for prev, cur in zip(rows, rows[1:], strict=False):
            if prev.s_score is None or cur.s_score is None:
                delta, direction = None, "unknown"
            else:
                delta = round(cur.s_score - prev.s_score, 4)
                direction = "converging" if delta > tolerance else "diverging" if delta < -tolerance else "stable"
            out.append(Trend(a, b, iss, prev.window or "", cur.window or "", prev.s_score, cur.s_score, delta,
                             cur.stances, direction))
    return out
