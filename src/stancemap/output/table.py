"""A readable terminal summary of analysed articles, with Rich."""

from __future__ import annotations

import os
from typing import Any, TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..ontology.cameo import get_code
from ..records import Actor, Article

__all__ = ["render_article", "print_articles", "table_console", "PIPE_WIDTH"]

#: Width of the table when the output is not a terminal (a file, a pipe, a pager): wide enough that
#: no column is squeezed; ``$COLUMNS`` overrides it.
PIPE_WIDTH = 160


def table_console(stream: TextIO) -> Console:
    """A Rich console for ``stream``: the terminal's width on a terminal, else ``$COLUMNS`` or PIPE_WIDTH."""
    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        return Console(file=stream)
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        width = PIPE_WIDTH
    return Console(file=stream, width=max(width, 60), color_system=None)


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _name(actors: dict[str, Actor], aid: str | None, fallback: str = "?") -> str:
    if aid is None:
        return fallback
    a = actors.get(aid)
    return a.name if a else aid


def _stance_renderables(article: Article) -> list[Any]:
    try:
        from .stance_table import render_stances
    except ImportError:
        return []
    return list(render_stances(article))


def _event_name(code: str) -> str:
    try:
        return get_code(code).name
    except KeyError:
        return ""


def _mentions(a: Actor) -> int:
    """Mentions as a reader counts them: a group is named by a phrase ("the two ministers"); for other
    actors a phrase that only repeats a name is not counted again."""
    if a.type == "group":
        return len(a.mentions)
    return sum(m.kind != "phrase" for m in a.mentions)


def listed_actors(article: Article) -> list[Actor]:
    """The actors a reader is shown: not the things acted on that events keep as their targets ("rejected
    the referendum": the referendum is the event's target in the record, for the pair scorer, but no actor)."""
    return [a for a in article.actors if not a.id.startswith("thing:")]  # (nlp/events/own_side.py)


def _header(article: Article) -> Text:
    head = Text(article.title or article.id, style="bold")
    sub = " · ".join(x for x in (article.date, article.source, article.url) if x)
    counts = (f"{len(listed_actors(article))} actors, {len(article.statements)} statements, {len(article.events)} events, "
              f"{len(article.stances)} stances, {len(article.alignments)} alignments")
    head.append("\n" + " · ".join(x for x in (sub, counts) if x), style="dim")
    return head


def render_article(article: Article) -> Group:
    parts: list[Any] = []
    if article.meta.get("error"):
        return Group(Panel(Text(article.meta["error"]["message"], style="red"), title=f"{article.id}: skipped"))
    actors = {a.id: a for a in article.actors}
    parts.append(_header(article))

    listed = listed_actors(article)
    t = Table(title=f"Actors ({len(listed)})", title_justify="left", expand=False)
    for col in ("actor", "type", "role", "country", "code", "mentions"):
        t.add_column(col)
    for a in sorted(listed, key=lambda a: (a.is_source, -_mentions(a))):
        member_names = [_name(actors, m, m) for m in a.members]
        spelled_out = all(n in a.name for n in member_names)  # "Norway and Indonesia"
        members = f" = {', '.join(member_names)}" if member_names and not spelled_out else ""
        t.add_row(a.name + members, a.type + (" (source)" if a.is_source else ""), a.role or "",
                  a.country or "", a.code or "", str(_mentions(a)))
    parts.append(t)

    t = Table(title=f"Statements ({len(article.statements)})", title_justify="left", show_lines=False)
    for col in ("#", "speaker", "cue", "kind", "content"):
        t.add_column(col, overflow="fold")
    for s in article.statements:
        spk = _name(actors, s.speaker.actor, s.speaker.text) if s.speaker else "—"
        kind = s.kind + ("" if s.is_speech else " (belief)")
        t.add_row(s.id, spk, s.cue.text if s.cue else "", kind, _short(s.content.text))
    parts.append(t)

    if article.events:
        t = Table(title=f"Events ({len(article.events)}; CAMEO code and name, PLOVER type, Goldstein -10..+10)",
                  title_justify="left")
        for col in ("#", "source", "event", "target", "PLOVER", "Goldstein", "evidence"):
            t.add_column(col, overflow="fold")
        for e in article.events:
            flags = ", ".join(f for f, v in (("negated", e.negated), ("hypothetical", e.hypothetical),
                                              ("reported", e.reported)) if v)
            event = f"{e.cameo} {_event_name(e.cameo)}".strip() + (f" ({flags})" if flags else "")
            t.add_row(e.id, _name(actors, e.source, e.source_code or "—"), event,
                      _name(actors, e.target, e.target_code or "—"), e.plover or "",
                      "" if e.goldstein is None else f"{e.goldstein:+.1f}", _short(e.evidence.text, 70))
        parts.append(t)

    stance_parts = _stance_renderables(article)
    if stance_parts:
        parts.extend(stance_parts)
    else:
        if article.stances:
            t = Table(title=f"Stances ({len(article.stances)})", title_justify="left")
            for col in ("actor", "issue", "proposition", "±", "evidence"):
                t.add_column(col, overflow="fold")
            for st in article.stances:
                t.add_row(_name(actors, st.actor), st.issue_label, st.proposition,
                          "+" if st.polarity > 0 else "−", _short(st.evidence.text, 70))
            parts.append(t)
        for c in article.convergence:
            parts.append(Text("• " + c.summary))
    return Group(*parts)


def print_articles(articles: list[Article], console: Console | None = None) -> None:
    console = console or Console()
    for i, a in enumerate(articles):
        if i:
            console.print()
        console.print(render_article(a))
