"""Choosing the issue of a stance from its target, its sentence and the text before it.

Precedence (documented in the README): a regional issue named in the target, then in the
sentence, then in the last sentences of the same paragraph; then a theme named in the
target or the sentence; then a discovered issue ``auto:<key words>`` built from the head
words of the target, so that no position is dropped for lack of a catalogue entry.
Scoped themes ("sanctions") are split by the state named in the target ("sanctions@IRN").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .catalogue import IssueCatalogue, auto_issue_id
from .propositions import STOPWORDS, WORD_RE

__all__ = ["IssueChoice", "choose_issue", "ContextTracker", "key_words"]


@dataclass(frozen=True)
class IssueChoice:
    id: str
    label: str
    how: str  # target | sentence | context | theme-target | theme-sentence | paragraph | article | auto


class ContextTracker:
    """Remembers the regional issues of recent sentences in the current paragraph."""

    def __init__(self, catalogue: IssueCatalogue, *, window: int = 3) -> None:
        self.catalogue = catalogue
        self.window = window
        self._recent: list[str | None | tuple[str]] = []  # issue id, None, or (sentence,) not yet read
        self._themes: list[str | None | tuple[str]] = []  # the same for thematic issues (trade, climate)
        self._all: list[str | None | tuple[str]] = []  # every sentence of the article so far
        self._counts: dict[str, int] = {}
        self._last: dict[str, int] = {}
        self._counted = 0

    def new_paragraph(self) -> None:
        self._recent = []
        self._themes = []

    def push(self, sentence: str) -> None:
        """Remember a sentence; it is read only if a later stance needs the context."""
        self._recent.append((sentence,))
        del self._recent[:-self.window]
        self._themes.append((sentence,))
        del self._themes[:-self.window]
        self._all.append((sentence,))

    def _read(self, items: list[str | None | tuple[str]], k: int, kind: str = "region") -> str | None:
        item = items[k]
        if isinstance(item, tuple):
            m = self.catalogue.best(item[0], kinds=(kind,))
            item = items[k] = m.issue.id if m else None
        return item

    def article(self) -> str | None:
        """The regional issue named most often in the article so far (the latest on ties):
        the topic a stance falls back on when nothing nearer names one."""
        counts, last = self._counts, self._last
        for k in range(self._counted, len(self._all)):  # each sentence is read once
            iid = self._read(self._all, k)
            if iid is not None:
                root = self.catalogue.root(iid)
                counts[root] = counts.get(root, 0) + 1
                last[root] = k
        self._counted = len(self._all)
        if not counts:
            return None
        return max(counts, key=lambda r: (counts[r], last[r]))

    def last(self) -> str | None:
        for k in range(len(self._recent) - 1, -1, -1):
            item = self._read(self._recent, k)
            if item is not None:
                return item
        return None

    def last_theme(self) -> str | None:
        """The thematic issue (trade, climate, ...) of the latest recent sentence of this paragraph
        that names one: "The two sides clashed on trade. X said Y opposed lifting the quotas." puts
        the second sentence under trade, not under the region the article is mostly about."""
        for k in range(len(self._themes) - 1, -1, -1):
            item = self._read(self._themes, k, "theme")
            if item is not None:
                return item
        return None


def choose_issue(catalogue: IssueCatalogue, target: str, sentence: str, *, context: str | None = None,
                 target_states: Sequence[tuple[str, str]] = (), article: str | None = None,
                 explicit_topic: bool = False, paragraph_theme: str | None = None) -> IssueChoice:
    """The issue of a stance. ``target_states`` are (ISO3/actor id, name) of states in the
    target; ``paragraph_theme`` the theme recent sentences of the paragraph named and ``article``
    the article's running regional issue, used in that order before discovering one.
    ``explicit_topic``: the target is what an alignment says the sides (dis)agree *on* ("differ on
    palm oil tariffs"), so a theme it names beats a region named elsewhere in the sentence."""
    if explicit_topic:
        m = catalogue.best(target, kinds=("region",)) or catalogue.best(target, kinds=("theme",))
        if m is not None:
            return IssueChoice(m.issue.id, m.issue.label, "target")
    for text, how in ((target, "target"), (sentence, "sentence")):
        m = catalogue.best(text, kinds=("region",))
        if m is not None:
            return IssueChoice(m.issue.id, m.issue.label, how)
    if context is not None and context in catalogue:
        return IssueChoice(context, catalogue.label(context), "context")
    for text, how in ((target, "theme-target"), (sentence, "theme-sentence")):
        m = catalogue.best(text, kinds=("theme",))
        if m is not None:
            issue = m.issue
            if issue.scoped and target_states:
                code, name = target_states[0]
                return IssueChoice(f"{issue.id}@{code}", f"{issue.label} ({name})", how)
            return IssueChoice(issue.id, issue.label, how)
    if paragraph_theme is not None and paragraph_theme in catalogue:
        return IssueChoice(paragraph_theme, catalogue.label(paragraph_theme), "paragraph")
    if article is not None and article in catalogue:
        return IssueChoice(article, catalogue.label(article), "article")
    words = key_words(target)[:3]
    iid = auto_issue_id(words)
    return IssueChoice(iid, " ".join(words) or "unclassified", "auto")


def key_words(text: str) -> list[str]:
    """Content words of a target as written (lower case, no function words, no stemming)."""
    words = (x.lower().removesuffix("'s").removesuffix("’s").strip("'-") for x in WORD_RE.findall(text))
    return [w for w in words if w and w not in STOPWORDS and len(w) > 2]
