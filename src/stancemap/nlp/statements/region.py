"""Content regions of cue verbs without an adjacent quotation (statements stage).

Rules over the dependency parse that choose the token range a cue reports: its clausal
complement (a that-clause first, one hidden in a modifier of the cue, a coordinated clause
hung on the cue), a predicate or object ("called it a mistake", "called for a ban"), the
clause around a parenthetical cue, or the clause before a clause-final "…, she said.".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .content import QuoteIndex
from .lexicon import CueLexicon

__all__ = ["RegionRules"]

# Verbs whose bare direct object can be the content ("denied the reports", "said nothing");
# others need a clause, an infinitive or a predicate ("called him a liar", "urged X to ...").
_OBJECT_CONTENT = frozenset({"say", "announce", "deny", "explain", "recall", "reveal", "promise",
                             "predict", "acknowledge", "admit", "claim", "suggest", "declare", "vow",
                             "tweet", "concede", "state", "reiterate", "propose", "argue"})
_PREP_CUES: dict[str, frozenset[str]] = {
    "call": frozenset({"for"}), "warn": frozenset({"of", "about", "against"}),
    "ask": frozenset({"about", "for"}), "complain": frozenset({"about", "of"}),
    "comment": frozenset({"on"}), "write": frozenset({"about"}), "tweet": frozenset({"about"}),
    "report": frozenset({"on"}), "testify": frozenset({"about"}), "argue": frozenset({"for", "against"}),
}
# Cues whose content is their object together with a preposition's object, in the active voice:
# "accused the board of hiding losses" -> "the board of hiding losses".
_OBJECT_PREP_CUES: dict[str, frozenset[str]] = {"accuse": frozenset({"of"})}


class RegionRules:
    """Mixin of the extractor: needs ``doc``, ``text``, ``lex``, ``quotes``,
    ``_is_cue_token`` and ``_quoted``."""

    doc: Doc
    text: str
    lex: CueLexicon
    quotes: QuoteIndex

    def _is_cue_token(self, tok: Token) -> bool:
        raise NotImplementedError

    def _quoted(self, pos: int) -> bool:
        raise NotImplementedError

    def _region(self, verb: Token, lemma: str, comp: Token | None, is_speech: bool) -> tuple[int, int] | None:
        """Token range [lo, hi] of the content of a cue verb without adjacent quotation."""
        if comp is not None:
            side = [c for c in verb.children if c.dep_ == "ccomp" and (c.i < verb.i) == (comp.i < verb.i)] or [comp]
            lo, hi = min(c.left_edge.i for c in side), max(c.right_edge.i for c in side)
            if comp.i > verb.i:
                hi = self._coordinated_clause(verb, hi)
            return lo, hi
        late = self._late_that_clause(verb)
        if late is not None:
            return late.left_edge.i, late.right_edge.i
        if not is_speech:
            return None
        objs = [c for c in verb.rights if c.dep_ in ("xcomp", "oprd")]
        if objs or lemma in _OBJECT_CONTENT or (lemma == "call" and self._quoted_apposition(verb)):
            objs += [c for c in verb.rights if c.dep_ == "dobj"]
        if lemma in _PREP_CUES:
            # the preposition belongs to the cue ("called for | a ban"), its object is the content
            objs += [g for c in verb.rights if c.dep_ == "prep" and c.lower_ in _PREP_CUES[lemma]
                     for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if lemma in _OBJECT_PREP_CUES and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            objs += self._object_prep_content(verb, _OBJECT_PREP_CUES[lemma])
        if lemma == "call" and any(c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                                   and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                   for c in verb.children):
            # "called on the council to act": whom the call addresses opens the content
            objs += [g for c in verb.rights if c.dep_ == "prep" and c.lower_ == "on"
                     for g in c.children if g.dep_ == "pobj"]
            objs += [c for c in verb.rights if c.dep_ == "advcl" and c.tag_ == "VB"
                     and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        predicate = any(c.dep_ in ("xcomp", "oprd") for c in objs)
        # a bare pronoun is no content ("denied it"), but it is the subject of a predicate
        # that is: "called it a mistake", "urged him to resign"
        objs = [c for c in objs if c.pos_ != "PRON" or c.n_rights or c.lower_ in ("so", "what")
                or (predicate and c.dep_ == "dobj") or (lemma in _OBJECT_PREP_CUES and len(objs) > 1)]
        if objs:
            return min(c.left_edge.i for c in objs), max(c.right_edge.i for c in objs)
        head = verb.head
        parenthetical = verb.dep_ == "parataxis" or (
            verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children))
        if parenthetical and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return head.left_edge.i, head.right_edge.i
        return self._trailing_attribution(verb)

    def _quoted_apposition(self, verb: Token) -> bool:
        """'called the deal "a disgrace"' parsed with the quotation as an apposition of the object:
        the quoted name is the predicate of the object."""
        doc = self.doc
        for c in verb.rights:
            if c.dep_ != "dobj":
                continue
            for a in c.rights:
                lo = a.left_edge.i
                if a.dep_ == "appos" and lo > 0 and doc[lo - 1].text in ("\"", "“", "``") \
                        and self._quoted(a.idx):
                    return True
        return False

    @staticmethod
    def _object_prep_content(verb: Token, preps: frozenset[str]) -> list[Token]:
        """The object of an "accuse"-type cue and the object of its preposition, hung on the
        verb or on the object ("accused him of lying"); nothing without the preposition."""
        dobj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        holders = [verb] + ([dobj] if dobj is not None else [])
        pobjs = [g for h in holders for c in h.rights if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if not pobjs:
            return []
        return ([dobj] if dobj is not None else []) + pobjs

    def _trailing_attribution(self, verb: Token) -> tuple[int, int] | None:
        """'Rents will climb, despite the new towers, she said.': a clause-final cue with
        nothing of its own after it reports the sentence before its comma, which the parse
        made a separate root."""
        doc = self.doc
        if verb.dep_ != "ROOT":
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i > verb.i:
            return None
        first = subj.left_edge.i
        if first == 0 or doc[first - 1].text not in (",", "—", "–"):
            return None
        if any(c.i > verb.i and c.dep_ not in ("punct", "prep", "npadvmod", "advmod") for c in verb.children):
            return None
        end = verb.right_edge.i + 1
        if end < len(doc) and doc[end].text not in (".", "\n") and not doc[end].is_space \
                and doc[end].text[:1] not in (".", ";"):
            return None
        hi = first - 2
        lo = hi
        while lo > 0:
            t = doc[lo - 1]
            if "\n" in t.text_with_ws or (t.text in (".", "!", "?", ";") and not self._quoted(t.idx)):
                break
            lo -= 1
        if hi - lo < 2 or any(self._is_cue_token(t) and any(c.dep_ == "nsubj" for c in t.children)
                              for t in doc[lo:hi + 1]):
            return None  # the clause has an attribution of its own
        return lo, hi

    def _late_that_clause(self, verb: Token) -> Token | None:
        """A that-clause the parse hangs inside a modifier of the cue: 'predicted at the
        debate that ...', 'told reporters on Monday that ...'."""
        for c in verb.rights:
            if c.dep_ not in ("prep", "npadvmod", "dobj", "dative"):
                continue
            for t in c.subtree:
                if t.dep_ in ("ccomp", "acl", "advcl") and t.i > c.i and any(
                        g.dep_ == "mark" and g.lower_ == "that" and g.i == t.left_edge.i for g in t.children):
                    return t
        return None

    def _relativized_subject(self, verb: Token, comp: Token | None) -> tuple[int, int] | None:
        """The noun a relative-clause cue modifies when it is the subject of the reported
        clause: 'an audit [the firm said] had ended' -> 'an audit' is content too."""
        if verb.dep_ != "relcl" or comp is None or comp.i < verb.i:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
            return None
        noun = verb.head
        if noun.i > verb.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        lo = noun.left_edge
        if "\n" in self.text[lo.idx:verb.idx]:
            return None
        return lo.idx, noun.idx + len(noun.text)

    def _coordinated_clause(self, verb: Token, hi: int) -> int:
        """Extend a reported clause over a verb phrase coordinated to it with no cue of its
        own ("said the talks had failed, but a new round would start", "said he doubted it
        but would vote yes"), which the parse hangs on the cue verb instead."""
        for c in verb.rights:
            if c.dep_ != "conj" or c.i <= hi or self._is_cue_token(c):
                continue
            if c.pos_ not in ("VERB", "AUX"):
                continue
            between = self.doc[hi + 1:c.left_edge.i]
            if any(t.dep_ not in ("cc", "punct") for t in between) or "\n" in between.text:
                continue
            hi = c.right_edge.i
        return hi

    def _cut_participle(self, lo: int, hi: int) -> int:
        """End the content before an appended participle cue (', adding that …')."""
        doc = self.doc
        for i in range(lo + 1, hi + 1):
            t = doc[i]
            if (t.tag_ == "VBG" and doc[i - 1].text in (",", "—", "–", "-", ";")
                    and self.lex.is_cue(t.lemma_.lower()) and self.quotes.containing(t.idx) is None):
                return max(lo, i - 2)
        return hi
