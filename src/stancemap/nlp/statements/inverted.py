"""Attributions right after a quotation that the tagger missed: '"…," the two write.'

After a closing quotation mark, a short noun phrase followed by a speech-cue word is an
attribution even when the tagger reads the cue as a noun ('the Danes state in the report')
or as a participle modifying the phrase ('the 58-year-old wrote in the post'). The cue must
end the clause: punctuation, a preposition, an adverb or a time word follows it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["post_quote_attribution"]

_NP_POS = frozenset({"DET", "NUM", "PROPN", "NOUN", "ADJ", "PRON", "PUNCT"})
_AFTER_POS = frozenset({"PUNCT", "ADP", "ADV", "PART"})
_CLOSE_MARKS = frozenset({"”", '"', "''", "’"})
_MAX_NP = 8


def post_quote_attribution(tok: Token, is_speech_lemma: Callable[[str], bool]) -> tuple[Token, int] | None:
    """(speaker head token, char offset where the attribution phrase starts) when ``tok`` is
    a mis-tagged speech cue closing a '"…," NP cue' attribution, else None."""
    if tok.pos_ in ("VERB", "AUX") and not (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")):
        return None
    if not is_speech_lemma(tok.lemma_.lower()) and not is_speech_lemma(tok.lower_):
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ not in _AFTER_POS and nxt.ent_type_ not in ("DATE", "TIME"):
        return None
    j = tok.i - 1
    while j >= 0 and tok.i - j <= _MAX_NP and doc[j].text not in _CLOSE_MARKS:
        t = doc[j]
        if t.pos_ not in _NP_POS or t.is_space or (t.pos_ == "PUNCT" and t.text not in ("-", "—", ",")):
            return None
        j -= 1
    if j < 0 or doc[j].text not in _CLOSE_MARKS or j == tok.i - 1:
        return None
    head = doc[tok.i - 1]
    if head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
        return None
    first = doc[j + 1]
    if first.text == ",":
        first = doc[j + 2]
    return head, first.idx
