"""Statement (quotation and reported speech) extraction (stage 2).

Rules over the existing dependency parse, in one pass over the tokens:

1. **Cues**: verbs whose lemma is in the cue lexicon (``data/statements/cues.yaml``:
   speech verbs, and belief verbs flagged ``is_speech=False``), "according to X", cue
   nouns with a that-clause or an intent infinitive ("her claim that …", "his call to …",
   ``quotes_nouns``), and post-quote cues the tagger missed (``quotes_inverted``). No cue
   inside a quotation or a markup tag.
2. **Content**: quotations adjacent to the attribution clause (``"…," she said``,
   ``he said: "…"``, ``"…," he said, "…"`` as one statement with two spans), else the
   region of ``quotes_region`` (a that-clause first, the object of "called for", a
   predicate with its subject, a clause coordinated to the complement, the clause before
   a clause-final "…, she said."), widened so that no quotation is cut and kept inside
   the cue's paragraph.
3. **Speaker**: the subject of the cue verb (agent of a passive, subject of the governing
   verb for participles and conjuncts, object of an object-control verb, the noun phrase
   after an inverted cue, the object of "according to"), as a compact span; its actor is
   the mention covering the head word of that span, else a named actor inside it ("a
   count by the AP").
4. **Continuations**: a quotation that follows a direct statement in the same paragraph
   with no cue of its own (``"…," he said. "…"``), a paragraph that is one quotation
   after a paragraph ending with a direct statement, or a quotation re-opened after a
   paragraph left open, is one more span of that statement.
5. **Nesting**: attributions reported inside another statement's content (beliefs, or
   speech whose cue and content both lie there) belong to that statement (``quotes_cands``).

Short quoted terms with no cue ("scare quotes", titles) are never statements by
themselves; inside a reported clause they make it ``mixed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...records import Content, Speaker, Statement, TextSpan
from ..common.extensions import register_extensions
from ..common.guard import isolated
from ..common.text import doc_text
from .anonymity import anonymity_formula
from .candidates import Cand, dedupe, drop_nested
from .content import QuoteIndex, kind_of, trim_span
from .inverted import post_quote_attribution
from .lexicon import CueLexicon, load_cues
from .marks import QuoteSpan, find_quotes
from .nouns import noun_cue
from .place_apposed import place_apposed_name
from .quote_speaker import phrase_after_quote
from .region import RegionRules
from .report_tags import add_report_tags
from .speaker import (
    clause_of_verbless_root,
    embedded_actor_span,
    head_actor,
    inverted_subject,
    left_neighbour_subject,
    speaker_span,
    speaker_token,
)
from .speaker_fronted import fronted_phrase_subject, relative_split_subject

__all__ = ["extract_statements", "StatementExtractor"]

#: the stage name in failure warnings (common.guard)
_STAGE = "stancemap_statements"

_TAG_RE = re.compile(r"<[^<>\n]{1,400}>")
_PRE_GAP = re.compile(r"[\s,—–-]*")
_POST_GAP = re.compile(r"\s*[,:—–-]?\s*")
_COLON_GAP = re.compile(r"\s*:\s*")
#: A character no gap above allows: found first, it spares slicing the text up to a far quote.
_NOT_PRE_GAP = re.compile(r"[^\s,—–-]")
_NOT_POST_GAP = re.compile(r"[^\s,:—–-]")
_CONT_PUNCT = ",?!—–-…"
_WINDOW_RIGHT = frozenset({"prep", "npadvmod", "advmod", "dobj", "dative", "agent", "nsubj",
                           "nsubjpass", "neg", "aux", "auxpass", "prt", "obl", "iobj", "pobj"})
_MIN_CONT_WORDS = 3
_MIN_PARA_CONT_WORDS = 4
# A quotation governed by one of these is a title or a term, not an utterance:
# 'on "Meet the Press,"', 'the "Gang of Eight"', "Fox's 'Hannity'".
_GOVERNED = re.compile(r"(?i)(?:\b(?:on|of|in|at|from|by|for|with|into|about|the|a|an|his|her|their|its|"
                       r"called|titled|dubbed|named|entitled)|['’]s)\s*$")
_INNER_SENT_END = re.compile(r"[a-z]{3,}[.!?][\"”'’)\]]*\s+[A-Z\"“]")  # not after 'Sen.'/'Mr.'/'Calif.)'
_SENT_END = re.compile(r"[.!?][\"”'’)\]]*\s*$")
_LEAD_RE = re.compile(r"(?i)(?:(?:and|but|yet|or)\s+|(?:meanwhile|however|still|instead|indeed|also|now|so|"
                      r"then|thus),\s+)")
# Fixed phrases with a cue verb that attribute nothing: "That said, ...", "Needless to say".
_IDIOM_SUBJECTS = frozenset({"that", "this"})


# Verbs whose bare participle tells who was questioned, not who spoke ("When asked why, she
# replied ...").
_QUESTIONED = frozenset({"ask", "question", "press", "quiz", "query"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "agent"})


# Cue verbs whose particle makes them no speech: "was shouted down", "called off the strike",
# "wrote off the debt", "talked down the price", "called up reservists".
_NOT_SPEECH_PARTICLES = frozenset({("shout", "down"), ("call", "off"), ("call", "up"), ("write", "off"),
                                   ("talk", "down"), ("write", "down"), ("tell", "apart"), ("warn", "off")})


def _questioned_participle(tok: Token, lemma: str, is_speech: Callable[[Token], bool]) -> bool:
    """A participle of a questioning verb with no subject of its own on which the parse hangs
    the answer ("When asked why, Ng replied: ..." with "replied" as its complement): the answer
    is a statement of its own, its subject the speaker, and the participle none ("asked
    whether ..." keeps its question as content)."""
    if lemma not in _QUESTIONED or tok.tag_ not in ("VBN", "VBD") or any(c.dep_ in _OWN_SUBJECT for c in tok.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i and is_speech(c) and any(g.dep_ == "nsubj" for g in c.children)
               and not any(g.dep_ == "mark" for g in c.children) for c in tok.children)


def _mask_tags(text: str) -> str:
    """The text with markup tags (``<tweet author="...">``) blanked, same length."""
    if "<" not in text:
        return text
    return _TAG_RE.sub(lambda m: " " * len(m.group()), text)


def _window(verb: Token, subj: Token | None, quoted: Callable[[int], bool] | None = None) -> tuple[int, int]:
    """Char span of the attribution clause around a cue verb (subject, verb, modifiers);
    ``quoted(pos)`` tells positions inside a quotation, which never belong to it (the
    parse hangs '"Absolutely not," he said' on the cue)."""
    lo = hi = verb.i
    if subj is not None and subj.head.i == verb.i:
        lo, hi = min(lo, subj.left_edge.i), max(hi, subj.right_edge.i)
    elif (after := phrase_after_quote(verb, subj, quoted)) is not None:
        lo = after  # '"…," the group's chairman, X Y, said' with the chairman hung in the quotation
    for c in verb.children:
        if c.dep_ in ("aux", "neg", "advmod", "auxpass", "npadvmod") and c.i < verb.i:
            if quoted is not None and quoted(c.left_edge.idx):
                continue
            lo = min(lo, c.left_edge.i)
        elif (c.i > verb.i and c.dep_ in _WINDOW_RIGHT
              and not any(t.text in "\"“”''" for t in c.subtree)
              and not (quoted is not None and quoted(c.left_edge.idx))):
            hi = max(hi, c.right_edge.i)
    doc = verb.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _clean(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim a clause span: outer punctuation, a leading conjunction or linking adverb, and
    anything from the first line break on (content never runs over a paragraph)."""
    a, b = trim_span(text, a, b)
    m = _LEAD_RE.match(text, a, b)
    if m and m.end() < b:
        a = m.end()
    nl = text.find("\n", a, b)
    if nl >= 0:
        b = nl
    return trim_span(text, a, b)


def _crosses_paragraph(text: str, s: int, e: int, ws: int, we: int) -> bool:
    """True when a content region [s, e) lies in another paragraph than its cue window
    [ws, we): a parse that hangs a clause on a verb across a paragraph break."""
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    if e <= ws:
        return "\n" in text[e:ws]
    if s >= we:
        gap = text[we:s]
        return "\n" in gap and ":" not in gap
    return False


def _after_quote(tok: Token) -> bool:
    """True right after a closing quotation mark that ends with a comma ('"…," tweeted X')."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in ("”", '"', "''") and doc[tok.i - 2].text in (",", "?", "!")


def _complement(verb: Token) -> Token | None:
    """The clausal complement of a cue: a that/whether/if clause first ('Sitting down with
    the host, she remarked that ...': the participle clause is no content), else the first."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps:
        # "The minister said later that ...": the parse may hang the that-clause on an adverb
        # right after the cue; it is still the cue's
        comps = [c for a in verb.children if a.dep_ == "advmod" and a.i == verb.i + 1 and a.pos_ == "ADV"
                 for c in a.children if c.dep_ == "ccomp" and c.i > a.i
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if any(c.i > verb.i for c in comps):
        # "The vote set off a row: Democrats said the rules were broken": a clause before a
        # colon or semicolon is the scene, the clause after the cue is what was said
        doc = verb.doc
        comps = [c for c in comps if c.i > verb.i
                 or not any(t.text in (":", ";") for t in doc[c.right_edge.i + 1:verb.i])]
    for c in comps:
        if any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in c.children):
            return c
    return comps[0] if comps else None


#: Parts of speech of a speaker phrase after a parenthetical cue ("..., said Ana Ruiz, an economist at
#: the Lima Institute, would ...").
_PAREN_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PART", "ADP", "CCONJ", "PUNCT"})


class _Extractor(RegionRules):
    def __init__(self, doc: Doc, lex: CueLexicon, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        self.lex = lex
        self.quotes = QuoteIndex(find_quotes(_mask_tags(self.text)))
        self.tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(self.text)] if "<" in self.text else []
        self.claimed: set[int] = set()

    # -- helpers -----------------------------------------------------------------------
    def _is_cue_token(self, tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") and self.lex.is_cue(tok.lemma_.lower())

    def _is_speech_token(self, tok: Token) -> bool:
        return self._is_cue_token(tok) and self.lex.is_speech(tok.lemma_.lower())

    def _in_tag(self, pos: int) -> bool:
        """True inside a markup tag ('<tweet author="...">'): no cue there."""
        return any(a <= pos < b for a, b in self.tags)

    def _untag(self, a: int, b: int) -> tuple[int, int]:
        """[a, b) without the markup tags at its edges ('<tweet ...>We will win</tweet>')."""
        changed = True
        while changed and self.tags:
            changed = False
            for s, e in self.tags:
                if s <= a < e or (a <= s and e <= b and not self.text[a:s].strip()):
                    a, changed = e, True
                if s < b <= e or (a <= s and e <= b and not self.text[e:b].strip()):
                    b, changed = s, True
                if b <= a:
                    return a, a
        return a, b

    def _quoted(self, pos: int) -> bool:
        return self.quotes.containing(pos) is not None

    def _in_quote(self, tok: Token) -> bool:
        i = self.quotes.containing(tok.idx)
        if i is None:
            return False
        q = self.quotes.quotes[i]
        return len(self.text[q.start:q.end].split()) >= _MIN_CONT_WORDS

    def _quote_before(self, pos: int, lower_start: bool) -> int | None:
        i = self.quotes.before(pos)
        if i is None or i in self.claimed:
            return None
        q = self.quotes.quotes[i]
        if _NOT_PRE_GAP.search(self.text, q.end, pos) is not None:
            return None  # (the _PRE_GAP test below, without the slice: an unclosed quote is far away)
        gap = self.text[q.end:pos]
        if _PRE_GAP.fullmatch(gap) is None or "\n" in gap:
            return None
        inner = self.text[q.start:q.end].rstrip("\"”'’»` ")
        if not inner or _GOVERNED.search(self.text, max(0, q.start - 12), q.start):
            return None
        if inner[-1] in ".;:" and not lower_start:
            return None  # '"A full sentence." He said, …' starts a new attribution
        return i

    def _quote_after(self, pos: int) -> int | None:
        while pos > 0 and self.text[pos - 1].isspace():
            pos -= 1  # a window ending on a line-break token: the gap must show the break
        i = self.quotes.after(pos)
        if i is None or i in self.claimed:
            return None
        q = self.quotes.quotes[i]
        if _NOT_POST_GAP.search(self.text, pos, q.start) is not None:
            return None  # (the gap tests below, without the slice: an unclosed quote is far away)
        gap = self.text[pos:q.start]
        if _POST_GAP.fullmatch(gap) is None and _COLON_GAP.fullmatch(gap) is None:
            return None
        if "\n" in gap and ":" not in gap:
            return None
        if pos > 0 and self.text[pos - 1] in ".!?" and not gap.strip():
            return None  # the cue's sentence ended before the quotation: it opens a new one
        if _GOVERNED.search(self.text, max(0, q.start - 12), q.start):
            return None
        return i

    # -- candidates --------------------------------------------------------------------
    def _parenthetical_cand(self, verb: Token, lemma: str) -> Cand | None:
        """"Any fair reading of the plan, said Ana Ruiz, an economist at the institute, would show
        that it cannot work": a speech cue set off by commas inside a clause, with the speaker
        after it, reports the clause around it (two spans) and the speaker is the name (or noun
        phrase) right after the cue, whatever the parse made the subject. Not with quotation
        marks around the parts ('"...," said X, "..."' is a direct quotation), nor when nothing of
        the clause follows the speaker ("The plan is dead, said X." is an inverted attribution)."""
        doc = self.doc
        sent = verb.sent
        if not self.lex.is_speech(lemma) or verb.tag_ not in ("VBD", "VBZ") or verb.i - 1 < sent.start + 2 \
                or doc[verb.i - 1].text != "," or verb.i + 1 >= sent.end:
            return None
        k = verb.i + 1
        seg_end: list[int] = []
        while k < sent.end and len(seg_end) < 2:
            t = doc[k]
            if t.text == ",":
                seg_end.append(k)
            elif t.pos_ not in _PAREN_NP_POS or t.text in ('"', "“", "”", "'", "‘", "’", "''", "``"):
                return None
            k += 1
            if seg_end and k < sent.end and doc[k].pos_ in ("AUX", "VERB") and doc[k].text != ",":
                break
        if not seg_end or k >= sent.end or doc[k].pos_ not in ("AUX", "VERB") or doc[k].tag_ == "VBG":
            return None
        first = doc[verb.i + 1 : seg_end[0]]
        if not 1 <= len(first) <= 5 or first[-1].pos_ not in ("PROPN", "NOUN") \
                or any(t.pos_ in ("ADP",) for t in first):
            return None
        last = sent.end - 1
        while last > k and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        a0, b0 = trim_span(self.text, doc[sent.start].idx, doc[verb.i - 2].idx + len(doc[verb.i - 2].text))
        a1, b1 = trim_span(self.text, doc[k].idx, doc[last].idx + len(doc[last].text))
        marks = ('"', "“", "”", "'", "‘", "’", "`")
        if "\n" in self.text[a0:b1] or len(doc[sent.start : verb.i - 1]) < 2 \
                or self.text[a0:b0].startswith(marks) or self.text[a0:b0].endswith(marks) \
                or self.text[a1:b1].startswith(marks):
            return None  # (a quotation inside a part, scare-quoted words, is no direct quotation)
        return Cand(verb, (verb.idx, verb.idx + len(verb.text)), lemma, True, first[-1], [(a0, b0), (a1, b1)])

    def _verb_cand(self, verb: Token, lemma: str) -> Cand | None:
        if anonymity_formula(verb):
            return None  # "who asked not to be named": no statement
        paren = self._parenthetical_cand(verb, lemma)
        if paren is not None:
            return paren
        subj = speaker_token(verb, is_cue=self._is_cue_token)
        if subj is None:
            subj = fronted_phrase_subject(verb) or relative_split_subject(verb)
        if subj is None:
            subj = inverted_subject(verb)
        if subj is None and verb.dep_ in ("ROOT", "conj", "relcl", "ccomp"):
            subj = left_neighbour_subject(verb)
        if subj is not None:
            subj = place_apposed_name(subj) or subj  # "A spokesman for X in Juba, Peter Lado, said"
        is_speech = self.lex.is_speech(lemma)
        cand = Cand(verb, (verb.idx, verb.idx + len(verb.text)), lemma, is_speech, subj)
        ws, we = _window(verb, subj, self._quoted)
        comp = _complement(verb)
        pre = self._quote_before(ws, self.text[ws:ws + 1].islower()) if is_speech else None
        post = self._quote_after(we) if is_speech else None
        if pre is not None and post is None and comp is not None and comp.i > verb.i \
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in comp.children):
            pre = None  # 'called it "a gift," adding that ...': the cue reports its own that-clause
        if post is not None and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children) \
                and _COLON_GAP.fullmatch(self.text[we:self.quotes.quotes[post].start]) is None \
                and "," not in self.text[we:self.quotes.quotes[post].start]:
            post = None  # 'called the plan "a disaster"': the quote is a predicate, not the content
        if pre is not None or post is not None:
            for i in (pre, post):
                if i is not None:
                    q = self.quotes.quotes[i]
                    cand.spans.append((q.start, q.end))
                    cand.quote_ids.append(i)
            if pre is not None and comp is not None and comp.i < verb.i:
                # a lead-in before the quotation belongs to the content: 'Now, "…," she said'
                q = self.quotes.quotes[pre]
                lead = comp.left_edge.idx
                if lead < q.start and "\n" not in self.text[lead:q.start]:
                    cand.spans[0] = (trim_span(self.text, lead, q.end)[0], q.end)
            cand.direct = True
            return cand
        region = self._region(verb, lemma, comp, is_speech)
        if region is None:
            return None
        lo, hi = region
        hi = self._cut_participle(lo, hi)
        doc = self.doc
        s, e = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        if _crosses_paragraph(self.text, s, e, ws, we):
            return None
        if e <= ws:
            nl = self.text.rfind("\n", s, e)
            if nl >= 0:  # a clause before its cue runs back over a paragraph break: keep the cue's part
                s = nl + 1
                if len(self.text[s:e].split()) < 3:
                    return None
        parts = [(s, ws), (we, e)] if s < ws and we < e else [(s, e)]
        gap_noun = self._relativized_subject(verb, comp)
        if gap_noun is not None:
            parts.insert(0, gap_noun)
        for a, b in parts:
            a, b = _clean(self.text, *self._untag(a, b))
            if b - a < 2:
                continue
            a, b = self.quotes.snap(a, b)
            cand.spans.append((a, b))
            cand.quote_ids.extend(self.quotes.overlapping(a, b))
        return cand if cand.spans else None

    def _according_cand(self, tok: Token) -> Cand | None:
        to = tok.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        head = tok.head
        if head.i == tok.i or pobj is None:
            return None
        sent = tok.sent
        phrase_lo = tok.i
        phrase_hi = to.right_edge.i
        clause = list(head.subtree) if head.dep_ != "ROOT" else list(sent)
        left = [t for t in clause if t.i < phrase_lo]
        right = [t for t in clause if t.i > phrase_hi]
        spans = []
        for side, part in enumerate((left, right)):
            if part:
                s, e = trim_span(self.text, part[0].idx, part[-1].idx + len(part[-1].text))
                # only the paragraph of the cue: the part before keeps its end, the part after its start
                nl = self.text.rfind("\n", s, e) if side == 0 else self.text.find("\n", s, e)
                if nl >= 0:
                    s, e = trim_span(self.text, nl + 1, e) if side == 0 else trim_span(self.text, s, nl)
                if e - s > 2:
                    spans.append(self.quotes.snap(s, e))
        if not spans:
            return None
        cand = Cand(None, (tok.idx, to.idx + len(to.text)), "according to", True, pobj, spans)
        for s, e in spans:
            cand.quote_ids.extend(self.quotes.overlapping(s, e))
        return cand

    def _post_quote_cand(self, tok: Token, speaker: Token, start: int) -> Cand | None:
        i = self._quote_before(start, self.text[start:start + 1].islower())
        if i is None:
            return None
        q = self.quotes.quotes[i]
        lemma = tok.lemma_.lower() if tok.lemma_.lower() in self.lex.speech else tok.lower_
        return Cand(tok, (tok.idx, tok.idx + len(tok.text)), lemma, True, speaker,
                     [(q.start, q.end)], [i], direct=True)

    def _noun_cand(self, tok: Token, speaker: Token, lo: int, hi: int) -> Cand | None:
        doc = self.doc
        a, b = _clean(self.text, doc[lo].idx, doc[hi].idx + len(doc[hi].text))
        if b - a < 2:
            return None
        a, b = self.quotes.snap(a, b)
        lemma = tok.lemma_.lower()
        return Cand(None, (tok.idx, tok.idx + len(tok.text)), lemma, self.lex.is_speech(lemma), speaker,
                    [(a, b)], self.quotes.overlapping(a, b))

    def candidates(self) -> list[Cand]:
        out: list[Cand] = []
        lex = self.lex
        n = len(self.doc)
        for tok in self.doc:
            # (one word's failure costs the statements it would have opened only: common.guard)
            with isolated(self.doc, _STAGE, token=tok):
                if tok.lower_ == "according" and tok.i + 1 < n and self.doc[tok.i + 1].lower_ == "to":
                    if not self._in_quote(tok):
                        c = self._according_cand(tok)
                        if c is not None:
                            out.append(c)
                    continue
                post = post_quote_attribution(tok, self.lex.speech.__contains__)
                if post is not None:
                    c = self._post_quote_cand(tok, *post)
                    if c is not None:
                        self.claimed.update(c.quote_ids)
                        out.append(c)
                        continue
                if tok.pos_ == "NOUN":
                    nc = noun_cue(tok, self.lex.nouns)
                    if nc is not None and not self._in_quote(tok):
                        c = self._noun_cand(tok, *nc)
                        if c is not None:
                            out.append(c)
                    continue
                if tok.pos_ not in ("VERB", "AUX"):
                    continue
                lemma = tok.lemma_.lower()
                if not lex.is_cue(lemma) or (self.tags and self._in_tag(tok.idx)):
                    continue
                if self._in_quote(tok) or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")
                                           and not _after_quote(tok) and not clause_of_verbless_root(tok)):
                    continue  # "a play called ...", "the plan announced last week": modifiers
                if lemma == "call" and any(c.dep_ == "auxpass" for c in tok.children):
                    continue
                if _questioned_participle(tok, lemma, self._is_speech_token):
                    continue
                if any(c.dep_ == "prt" and (lemma, c.lower_) in _NOT_SPEECH_PARTICLES for c in tok.children):
                    continue
                if (lemma == "say" and tok.dep_ != "relcl" and tok.i + 1 < n and self.doc[tok.i + 1].text == ","
                        and any(c.dep_ == "nsubj" and c.lower_ in _IDIOM_SUBJECTS and c.i == tok.i - 1
                                for c in tok.children)):
                    continue
                c = self._verb_cand(tok, lemma)
                if c is not None:
                    self.claimed.update(c.quote_ids if c.direct else ())
                    out.append(c)
        return out

    # -- continuations -----------------------------------------------------------------
    def continuations(self, cands: list[Cand]) -> None:
        used = set()
        for c in cands:
            used.update(c.quote_ids)
        direct = sorted((c for c in cands if c.direct or (c.is_speech and c.quote_ids and c.verb is not None)),
                        key=lambda c: c.spans[-1][1])
        if not direct:
            return
        qs = self.quotes.quotes
        for i, q in enumerate(qs):
            if i in used or len(self.text[q.start:q.end].split()) < _MIN_CONT_WORDS:
                continue
            prev = None
            for c in direct:
                if c.spans[-1][1] <= q.start:
                    prev = c
                else:
                    break
            if prev is None:
                continue
            last_q = qs[prev.quote_ids[-1]] if prev.quote_ids else None
            gap = self.text[prev.spans[-1][1]:q.start]
            if last_q is not None and last_q.para_continues and not last_q.closed and i == prev.quote_ids[-1] + 1:
                ok = True
            elif "\n" in gap:
                ok = self._next_paragraph_quote(prev, q, gap)
            else:
                ok = "\n" not in gap and len(gap) <= 250 and (_SENT_END.search(gap) is not None
                                                                    or len(self.text[q.start:q.end].split()) >= 6) \
                    and not self.quotes.overlapping(
                    prev.spans[-1][1], q.start)
                if ok and prev.verb is not None:
                    # the attribution must be the whole gap: nothing but one clause
                    ok = prev.cue[0] < q.start and max(prev.cue[1], prev.spans[-1][1]) <= q.start
            if ok:
                prev.spans.append((q.start, q.end))
                prev.quote_ids.append(i)
                used.add(i)


    def _next_paragraph_quote(self, prev: Cand, q: QuoteSpan, gap: str) -> bool:
        """A paragraph that is one quotation and nothing else, right after a paragraph that
        ends with a direct statement and its attribution, continues that statement."""
        head, _, rest = gap.partition("\n")
        if rest.strip() or len(head) > 150 or _SENT_END.search(head) is None \
                or _INNER_SENT_END.search(head.strip()) is not None:
            return False  # the attribution, one clause, must be all that follows the quote
        if len(self.text[q.start:q.end].split()) < _MIN_PARA_CONT_WORDS or not q.closed:
            return False
        nl = self.text.find("\n", q.end)
        tail = self.text[q.end:nl if nl >= 0 else len(self.text)]
        return not tail.strip() and prev.cue[1] <= prev.spans[-1][1] + len(head)


def extract_statements(doc: Doc, *, lexicon: CueLexicon | None = None,
                       continuations: bool = True) -> list[Statement]:
    """Statements of ``doc`` in text order (ids ``s1``, ``s2``, ...).

    Args:
        doc: a parsed Doc (tagger, lemmatizer and dependency parser); actor mentions in
            ``doc._.sm_mentions`` resolve speakers when present.
        lexicon: the cue lexicon (default: the shipped ``cues.yaml``).
        continuations: attach un-attributed quotations that continue a direct quote.
    """
    text = doc_text(doc)
    if not text.strip():
        return []
    ex = _Extractor(doc, lexicon or load_cues(), text)
    cands = ex.candidates()
    if continuations:
        ex.continuations(cands)
    cands = add_report_tags(doc, text, cands, ex.quotes, ex._is_speech_token, ex._in_quote)
    cands = drop_nested(dedupe(cands))
    cands.sort(key=lambda c: (min(s for s, _ in c.spans), c.cue[0]))
    out: list[Statement] = []
    for c in cands:
        cue = doc.char_span(c.cue[0], c.cue[1], alignment_mode="expand")
        # (one statement's failure costs that statement only: common.guard)
        with isolated(doc, _STAGE, token=cue[0] if cue else None, span=None if cue else c.cue) as outcome:
            st = _statement(doc, ex, text, c, len(out) + 1)
        if not outcome.failed:
            out.append(st)
    return out


def _statement(doc: Doc, ex: _Extractor, text: str, c: Cand, n: int) -> Statement:
    """The statement of one candidate, numbered ``n``."""
    spans = tuple(sorted(c.spans))
    speaker = None
    if c.speaker is not None:
        sp = speaker_span(c.speaker)
        s, e = sp.start_char, sp.end_char
        gt = text.rfind(">", s, e)
        if gt >= 0 and gt + 1 < e:
            s = gt + 1  # a speaker glued to markup: '...">Jane Roe'
        if s <= c.cue[0] < e and c.cue[1] < e:
            s = c.cue[1] + len(text[c.cue[1]:e]) - len(text[c.cue[1]:e].lstrip())  # '"…," tweeted Al Roe'
        nl = text.rfind("\n", s, e)
        if nl >= 0 and nl + 1 < e:
            s = nl + 1 + len(text[nl + 1:e]) - len(text[nl + 1:e].lstrip())
        actor = head_actor(sp.root, s, e, doc._.sm_mentions or [])
        if actor is None:
            emb = embedded_actor_span(c.speaker, doc._.sm_mentions or [])
            if emb is not None:
                actor = emb[2]
                if emb[0] >= s and emb[1] > e:
                    e = emb[1]  # the speaker phrase runs to the name: 'a tally by the Ledger'
        speaker = Speaker(text[s:e], s, e, actor)
    content = Content(" ".join(text[s:e] for s, e in spans), spans)
    return Statement(
        id=f"s{n}", speaker=speaker,
        cue=TextSpan(text[c.cue[0]:c.cue[1]], c.cue[0], c.cue[1]),
        content=content, kind=kind_of(text, spans, ex.quotes),
        is_speech=c.is_speech, cue_lemma=c.lemma,
    )


class StatementExtractor:
    def __init__(self, nlp: Language, name: str, lexicon: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.lexicon = load_cues(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        doc._.sm_statements = extract_statements(doc, lexicon=self.lexicon)
        return doc


@Language.factory("stancemap_statements", default_config={"lexicon": None})
def make_statement_extractor(nlp: Language, name: str, lexicon: str | None = None) -> StatementExtractor:
    return StatementExtractor(nlp, name, lexicon)
