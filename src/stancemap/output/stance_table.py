"""Rich renderables for positions: the actor x proposition stance matrix, alignments, and
the dyad convergence summaries in words, each with the sentence ids behind it."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rich.table import Table
from rich.text import Text

from ..actors.rollup import owner_of, state_name
from ..analytics.convergence import issue_phrase
from ..issues.catalogue import default_catalogue
from ..records import Actor, Article, Convergence, Stance

__all__ = ["render_stances", "stance_matrix", "stance_evidence", "alignment_table", "dyad_summaries", "summary_sentence"]


def _names(article: Article) -> dict[str, Actor]:
    return {a.id: a for a in article.actors}


def _name(actors: dict[str, Actor], aid: str | None) -> str:
    if aid is None:
        return "?"
    a = actors.get(aid)
    return a.name if a is not None else state_name(aid)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _cell(stances: list[Stance]) -> Text:
    pos = sum(1 for s in stances if s.polarity > 0)
    neg = sum(1 for s in stances if s.polarity < 0)
    ids = ",".join(s.id for s in stances)
    if pos and neg:
        return Text(f"± {ids}", style="yellow")
    if pos:
        return Text(f"+ {ids}", style="green")
    return Text(f"− {ids}", style="red")


def _column(actors: dict[str, Actor], aid: str | None) -> str:
    """Persons and state institutions are shown under their state, as convergence counts them."""
    return owner_of(aid, actors) or "?"


def stance_matrix(article: Article) -> Table | None:
    """Actors as columns, propositions (grouped by issue) as rows; cells show +/− and ids."""
    if not article.stances:
        return None
    actors = _names(article)
    order: list[str] = []
    for st in article.stances:
        col = _column(actors, st.actor)
        if col not in order:
            order.append(col)
    rows: dict[tuple[str, str], dict[str, list[Stance]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[tuple[str, str], str] = {}
    cat = default_catalogue()
    for st in article.stances:
        # one row per proposition of an issue family ("Iran" and "Iran's nuclear programme" share them)
        root = cat.root(st.issue)
        key = (cat.label(root) if root in cat else st.issue_label, st.proposition_id or st.proposition)
        labels.setdefault(key, st.proposition)
        rows[key][_column(actors, st.actor)].append(st)
    t = Table(title=f"Stances ({len(article.stances)}): + for, − against, ± both, · no stance; the ids lead to "
                    "the sentences below", title_justify="left", show_lines=False)
    t.add_column("issue", style="bold")
    t.add_column("proposition")
    for aid in order:
        t.add_column(_short(_name(actors, aid), 18), justify="center")
    for key in sorted(rows, key=lambda k: (k[0], k[1])):
        cells = [_cell(rows[key][aid]) if aid in rows[key] else Text("·", style="dim") for aid in order]
        t.add_row(key[0], _short(labels[key]), *cells)
    return t


def _window(text: str, a: int, b: int, width: int) -> tuple[str, int, int]:
    """``text`` on one line, cut to about ``width`` characters around [a, b); the new [a, b)."""
    flat = "".join(" " if c.isspace() else c for c in text)  # one for one: offsets stay
    if len(flat) <= width:
        return flat, a, b
    lo = max(0, min(a - width // 3, len(flat) - width))
    hi = min(len(flat), lo + width)
    shown = ("…" if lo else "") + flat[lo:hi] + ("…" if hi < len(flat) else "")
    shift = (1 if lo else 0) - lo
    return shown, max(0, a + shift), min(len(shown), b + shift)


def stance_evidence(article: Article, width: int = 110) -> Table | None:
    """Each stance id with the sentence it was read from, around its cue (in bold)."""
    if not article.stances:
        return None
    actors = _names(article)
    t = Table(title="Stance evidence", title_justify="left", show_header=True)
    for col in ("id", "actor", "±", "sentence"):
        t.add_column(col, overflow="fold")
    for st in article.stances:
        ev = st.evidence
        if st.cue is not None and ev.start <= st.cue.start < st.cue.end <= ev.end:
            a, b = st.cue.start - ev.start, st.cue.end - ev.start
        else:
            a = b = 0
        shown, a, b = _window(ev.text.strip() if a == b else ev.text, a, b, width)
        sentence = Text(shown)
        if b > a:
            sentence.stylize("bold", a, b)
        t.add_row(st.id, _name(actors, st.actor), Text("+", style="green") if st.polarity > 0 else
                  Text("−", style="red"), sentence)
    return t


def alignment_table(article: Article) -> Table | None:
    """Explicit (dis)agreements: who, with whom, on what, said by whom, with the cue."""
    if not article.alignments:
        return None
    actors = _names(article)
    cat = default_catalogue()
    t = Table(title=f"Alignments ({len(article.alignments)})", title_justify="left")
    for col in ("id", "a", "b", "issue", "±", "claimed by", "cue"):
        t.add_column(col)
    for al in article.alignments:
        t.add_row(al.id, _name(actors, al.a), _name(actors, al.b), cat.label(al.issue) if al.issue else "",
                  Text("+", style="green") if al.polarity > 0 else Text("−", style="red"),
                  _name(actors, al.claimed_by), _short(al.cue.text if al.cue else "", 40))
    return t


def summary_sentence(c: Convergence, actors: dict[str, Actor] | None = None) -> str:
    """"Turkey and Russia: converging on the Syria crisis (S = 0.85, 4 shared propositions) —
    evidence: st1, st4, al2"."""
    actors = actors or {}
    a, b = _name(actors, c.a), _name(actors, c.b)
    parts = []
    if c.s_score is not None:
        n = c.n_joint
        parts.append(f"S = {c.s_score:.2f}, {n} shared proposition{'s' if n != 1 else ''}"
                     + (" (few)" if c.low_n else ""))
    if c.alignment_balance is not None:
        parts.append(f"alignment balance {c.alignment_balance:+.2f} over {c.n_alignments}")
    head = f"{a} and {b}: {c.verdict} on {issue_phrase(c.issue_label)}"
    text = head + (f" ({'; '.join(parts)})" if parts else "")
    ev = [*c.stances, *c.alignments]
    if ev:
        text += " — evidence: " + ", ".join(ev)
    return text


def dyad_summaries(article: Article) -> Table | None:
    """One line per dyad x issue with the verdict in words and its evidence ids."""
    if not article.convergence:
        return None
    actors = _names(article)
    t = Table(title="Convergence", title_justify="left", show_header=False)
    t.add_column("summary")
    for c in sorted(article.convergence, key=lambda c: (-(c.n_joint + c.n_alignments), c.issue)):
        style = {"converging": "green", "diverging": "red", "mixed": "yellow"}.get(c.verdict, "dim")
        t.add_row(Text(c.summary or summary_sentence(c, actors), style=style))
    return t


def render_stances(article: Article) -> list[Any]:
    """Rich renderables for ``stancemap analyze --format table``: matrix, alignments, dyads."""
    out: list[Any] = []
    for part in (stance_matrix(article), stance_evidence(article), alignment_table(article), dyad_summaries(article)):
        if part is not None:
            out.append(part)
    return out
