"""Where a subject pronoun cannot find its antecedent: the other arguments of its own verb.

A name that is an object of a subject pronoun's own verb is never the pronoun: in ``“I have not
decided,” he told Kerr`` the "he" is not Kerr, nor in ``he replied to Grey`` Grey, nor in ``she
said of Dunn that ...`` Dunn, whoever spoke before. Both the pronoun rules of the actors stage
and the quotation chain of the statements stage use this. Only the verb's own arguments count
(objects, prepositional objects): names inside a reported clause (``he said that Trump's plan
...``, where news writing often names the speaker again) or inside a possessive are left alone,
and so are quotations (a speaker may quote any name). Possessive pronouns do not bind this way
(``his mother praised Lee`` may be Lee's mother).

Nor is a speaking pronoun a person its own quotation names: speakers call themselves "I", so in
``“Lee has no plan,” he said`` or ``he said: “Ask Lee.”`` the "he" is not Lee
(:func:`own_quotation` finds the quotation a speech verb's subject pronoun reports).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["later_in_own_clause", "own_quotation"]

_SUBJ = frozenset({"nsubj", "nsubjpass"})
#: Dependencies that open a clause or a possessive of its own: a name below one is no argument
#: of the pronoun's verb.
_OWN_DOMAIN = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "poss", "conj", "appos",
                         "mark", "nsubj", "nsubjpass"})
_OPEN = frozenset({"“", "``", "‘‘"})
_CLOSE = frozenset({"”", "''", "’’"})


def _sentence_quotes(pron: Token) -> Callable[[int], bool]:
    """Per token of the pronoun's sentence: inside a quotation (curly quotes open and close,
    straight ones toggle), scanned from the start of the sentence."""
    sent = pron.sent
    inside = False
    quoted: set[int] = set()
    for t in sent:
        if t.text in _OPEN:
            inside = True
        elif t.text in _CLOSE:
            inside = False
        elif t.text == '"':
            inside = not inside
        elif inside:
            quoted.add(t.i)
    return quoted.__contains__


def later_in_own_clause(pron: Token, quoted: Callable[[int], bool] | None = None) -> list[Token]:
    """The tokens after a subject pronoun that belong to the arguments of its own verb (not to a
    clause, possessive or conjunct below it), outside quotations (``quoted``: per token index,
    default a scan of the pronoun's sentence); none for a pronoun that is no subject."""
    if pron.dep_ not in _SUBJ:
        return []
    verb = pron.head
    inq = quoted if quoted is not None else _sentence_quotes(pron)
    out = []
    for t in verb.subtree:
        if t.i <= pron.i or inq(t.i):
            continue
        h = t
        while h.i != verb.i and h.dep_ not in _OWN_DOMAIN:
            h = h.head
        if h.i == verb.i:
            out.append(t)
    return out


#: Farthest a quotation may lie from its speech verb (tokens between them, "he said on Monday:").
_QUOTE_GAP = 5
#: Longest quotation followed (tokens).
_QUOTE_LEN = 150


def own_quotation(pron: Token, speech: Callable[[Token], bool], quoted: Callable[[int], bool]) -> list[int]:
    """The token indices of the quotation that a subject pronoun's speech verb reports: the one
    that ends just before the pronoun or verb (``“...,” he said``) and the one that starts just
    after the verb in its sentence (``he said: “...”``). ``speech`` tells speech verbs, ``quoted``
    tokens inside a quotation (over the whole document: a quotation may span sentences). None when
    the pronoun is not the subject of a speech verb or is itself quoted."""
    if pron.dep_ not in _SUBJ or not speech(pron.head) or quoted(pron.i):
        return []
    doc = pron.doc
    verb = pron.head
    out: list[int] = []
    j = min(pron.i, verb.i) - 1
    while j >= 0 and not quoted(j) and doc[j].is_punct and doc[j].text not in _OPEN:
        j -= 1  # the comma between the quotation and its verb
    if j >= 0 and doc[j].text in _CLOSE | {'"'}:
        lo = j
        while lo > 0 and j - lo < _QUOTE_LEN and quoted(lo - 1):
            lo -= 1
        out.extend(range(lo, j + 1))
    k = max(pron.i, verb.i) + 1
    end = min(len(doc), verb.sent.end)
    while k < end and k - verb.i <= _QUOTE_GAP and not quoted(k):
        k += 1
    if k < end and quoted(k):
        hi = k
        while hi + 1 < len(doc) and hi - k < _QUOTE_LEN and quoted(hi + 1):
            hi += 1
        out.extend(range(k, hi + 1))
    return out
