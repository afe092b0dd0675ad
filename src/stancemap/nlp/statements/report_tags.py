"""A report tag closing a sentence: "The minister welcomed the ruling, saying ..., the Daily Post
reported." (branch spk4, issue 9 item 4: nested reports). A quotation attributed inside the
sentence ('"...," Novak said, adding ..., the agency reported') stays its speaker's: no tag then.

The parse hangs the closing "the Daily Post reported" on the clause before it, so the cue gets no
complement of its own (no candidate) and the inner statement's content runs on over the tag. The
whole sentence before the tag is what the outlet (or person) reported: a tag cue is a speech
cue hung on an earlier clause, with its subject right after a comma (or after the closing mark
of a quotation that ends with one), and nothing after the cue but adverbials ("in 2009",
"on Tuesday") to the sentence end. Its content is the sentence from its start up to the comma;
the other statements of the sentence end there too, and, their cues lying inside the tag's
content, they are nested in it (``candidates.drop_nested``): one statement, the outlet's, as
PolNeAR annotates such reports.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .candidates import Cand
from .content import QuoteIndex, trim_span

__all__ = ["report_tag", "add_report_tags"]

_MARKS = frozenset({'"', "“", "”", "''"})
_ENDS = frozenset({".", "!", "?", ";"})
_TAIL_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct"})
_MIN_WORDS = 4


def report_tag(v: Token) -> tuple[Token, int] | None:
    """(subject, char offset where the reported part ends) when ``v`` closes its sentence as a
    report tag hung on an earlier clause; else None."""
    doc = v.doc
    if v.dep_ == "ROOT":
        # "X welcomed ..., saying ..., CNN reported.": the tag as the root, the report its clause
        if not any(c.dep_ == "ccomp" and c.i < v.i for c in v.children):
            return None
    elif v.dep_ not in ("ccomp", "parataxis", "conj") or v.head.i >= v.i:
        return None
    subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subs) != 1 or subs[0].dep_ != "nsubj" or subs[0].i > v.i or subs[0].pos_ not in ("PROPN", "NOUN"):
        return None
    if any(c.i > v.i and c.dep_ not in _TAIL_DEPS for c in v.children) \
            or any(c.i < v.i and c.dep_ not in ("nsubj", "aux", "advmod", "punct", "ccomp") for c in v.children):
        return None
    end = max((c.right_edge.i for c in v.children if c.i > v.i and not c.is_punct), default=v.i) + 1
    if end < len(doc) and doc[end].text not in _ENDS and "\n" not in doc[end - 1].whitespace_ + doc[end].text:
        return None  # the sentence goes on after the tag
    subj = subs[0]
    k = subj.left_edge.i - 1
    if k < 1:
        return None
    if doc[k].text == ",":
        return subj, doc[k].idx
    if doc[k].text in _MARKS and doc[k - 1].text == ",":
        return subj, doc[k].idx + len(doc[k].text)
    return None


def add_report_tags(doc: Doc, text: str, cands: list[Cand], quotes: QuoteIndex,
                    is_speech: Callable[[Token], bool], in_quote: Callable[[Token], bool]) -> list[Cand]:
    """Candidates with the sentence-closing report tags added (or their content set) and the
    other statements of their sentences cut at the tag."""
    by_cue = {c.cue: c for c in cands}
    out = list(cands)
    for v in doc:
        if v.pos_ != "VERB" or not is_speech(v) or in_quote(v):
            continue
        tag = report_tag(v)
        if tag is None:
            continue
        subj, cut = tag
        start = doc[v.sent.start].idx
        nl = text.rfind("\n", start, cut)
        if nl >= 0:
            start = nl + 1
        a, b = trim_span(text, start, cut)
        if len(text[a:b].split()) < _MIN_WORDS:
            continue
        cue = (v.idx, v.idx + len(v.text))
        if v.dep_ == "ROOT" and not any(o.cue != cue and a <= o.cue[0] < cut for o in out):
            continue  # a root tag with no report inside: the clause before it is already its content
        if any(o.cue != cue and o.direct and a <= o.cue[0] < cut for o in out):
            continue  # a quotation attributed inside the sentence stays its speaker's (statements_rules2)
        c = by_cue.get(cue)
        if c is None:
            c = Cand(v, cue, v.lemma_.lower(), True, subj)
            out.append(c)
        c.spans = [(a, b)]
        c.quote_ids = quotes.overlapping(a, b)
        c.direct = False
        for o in out:
            if o is c or not (a <= o.cue[0] < cut):
                continue
            spans = []
            for s, e in o.spans:
                if e > cut and s < cut:
                    s, e = trim_span(text, s, cut)
                if e - s >= 2 and not (cut <= s < v.idx + len(v.text)):
                    spans.append((s, e))
            o.spans = spans or o.spans
    return out
