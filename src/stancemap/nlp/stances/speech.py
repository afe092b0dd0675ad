"""Positions of a speech's author on the propositions of recurring multilateral debates.

In a speech, a statement or a press release (``doc._.sm_author`` set by the actors stage)
every sentence the author speaks (not a quotation of someone else, not a question) is read
for the propositions of :mod:`stancemap.issues.debate` ("the embargo against Cuba", "nuclear
disarmament", "the Human Rights Council", ...):

- each proposition a sentence names goes to the article's **agenda** (``meta["agenda"]``:
  actor, proposition id, issue, sentence offsets): the author raised it;
- when a cue of the sentence gives it a side ("we call for the lifting of the embargo",
  "we condemn the occupation", "must be reformed"), it is also a **stance** of the author with
  the shared proposition id ``debate:<id>``, so that two speeches that never word a claim
  alike still meet on it.

Pure functions on a parsed Doc; :func:`stancemap.nlp.to_records.doc_to_article` calls
:func:`debate_positions` when it builds the article record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from ...issues.catalogue import IssueCatalogue, default_catalogue
from ...issues.debate import DebateCatalogue, default_debate_catalogue
from ...records import Actor, Stance, Statement, TextSpan

__all__ = ["debate_positions", "DEBATE_PREFIX", "STRENGTH"]

#: prefix of the proposition ids of debate propositions
DEBATE_PREFIX = "debate:"
#: strength of a debate stance (a cue found by words, not by the parse: below a parsed cue)
STRENGTH = 0.8

_ID = re.compile(r"^st(\d+)$")


#: a speaker in the first person ("we", "my delegation", "our Government") is the author
_FIRST_PERSON = re.compile(r"^(?:I|we|my|our|us)\b", re.IGNORECASE)


def _foreign_spans(statements: Sequence[Statement], author: str) -> list[tuple[int, int]]:
    """Character spans of what others say in the document (quotations and reported speech of
    any speaker that is neither the author nor in the first person, unresolved ones included)."""
    out: list[tuple[int, int]] = []
    for st in statements:
        if st.speaker is not None and (st.speaker.actor == author or _FIRST_PERSON.match(st.speaker.text.strip())):
            continue
        out.extend(st.content.spans)
    return out


def _inside(spans: Sequence[tuple[int, int]], foreign: Sequence[tuple[int, int]]) -> bool:
    """True when one of the (absolute) spans lies inside a foreign span."""
    return any(fs <= s and e <= fe for s, e in spans for fs, fe in foreign)


def _other_holder(sent: Span, cue: tuple[int, int], author_spans: Sequence[tuple[int, int]]) -> bool:
    """True when the cue is the sentence's main verb and its subject is a name that is not the
    author ("Ruritania condemns X" in a speech is Ruritania's position, not the speaker's)."""
    root = sent.root
    if not (root.idx <= cue[0] < root.idx + len(root.text) or cue[0] <= root.idx < cue[1]):
        return False
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_):
            return not any(s <= c.idx < e for s, e in author_spans)
    return False


def debate_positions(doc: Doc, stances: Sequence[Stance] = (), statements: Sequence[Statement] = (),
                     author: str | None = None, actors: Sequence[Actor] = (), *, catalogue: DebateCatalogue | None = None,
                     issues: IssueCatalogue | None = None) -> tuple[list[Stance], list[dict[str, Any]]]:
    """(new stances, agenda entries) of the document's author (none without an author).

    New stance ids continue after the highest ``stN`` of ``stances``."""
    if author is None or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return [], []
    cat = catalogue or default_debate_catalogue()
    icat = issues or default_catalogue()
    foreign = _foreign_spans(statements, author)
    n = max((int(k.group(1)) for s in stances if (k := _ID.match(s.id))), default=0)
    out: list[Stance] = []
    agenda: list[dict[str, Any]] = []
    author_spans = [(m.start, m.end) for a in actors if a.id == author for m in a.mentions]
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or text.endswith("?"):
            continue
        base = sent.start_char
        for m in cat.find(sent.text):
            if _inside([(base + s, base + e) for s, e in m.spans], foreign):
                continue  # named in someone else's words
            side = cat.side(sent.text, m)
            if side is not None and _other_holder(sent, (base + side[1][0], base + side[1][1]), author_spans):
                continue
            p = m.proposition
            agenda.append({"actor": author, "proposition": p.id, "issue": p.issue,
                           "start": sent.start_char, "end": sent.end_char})
            if side is None:
                continue
            pol, (cs, ce) = side
            n += 1
            label = p.issue_label or icat.label(p.issue)
            out.append(Stance(
                id=f"st{n}", actor=author, issue=p.issue, issue_label=label, proposition=p.label,
                polarity=pol, strength=STRENGTH,
                cue=TextSpan(sent.text[cs:ce], base + cs, base + ce),
                evidence=TextSpan(sent.text, sent.start_char, sent.end_char),
                target=sent.text[m.start:m.end], proposition_id=DEBATE_PREFIX + p.id))
    return out, agenda
