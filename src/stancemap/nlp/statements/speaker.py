"""Speaker selection for the statements stage: who is the source of a cue verb."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from stancemap.nlp.actors.persons import CANDIDACY_NOUNS, KIN_NOUNS
from stancemap.nlp.actors.roles import PERSON_ONLY_NOUNS
from stancemap.nlp.common.datelines import after_dateline_place, dateline_before
from stancemap.nlp.common.text import DASHES
from stancemap.nlp.statements.speaker_fronted import is_content_subject

__all__ = ["clause_of_verbless_root", "speaker_token", "speaker_span", "left_neighbour_subject", "embedded_actor_span", "head_actor",
           "inverted_subject"]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})
# Dependencies to climb from a subjectless cue to the clause whose subject speaks:
# "by saying", "hurried to add", "issued a statement saying", "..., adding", "sent a note to
# members saying" (the participle hangs on the addressee, a dative), "stopped short of calling"
# (on an adverb).
_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "parataxis", "prep", "acomp",
                    "dobj", "pobj", "dative", "advmod"})
_REL_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Children that make a speaker phrase long without naming the speaker better.
_DROP_PROPN = frozenset({"appos", "relcl", "acl", "punct", "advmod", "prep", "cc", "conj", "npadvmod"})
_DROP_NOUN = frozenset({"appos", "relcl", "acl", "punct", "advmod", "cc", "conj", "npadvmod"})


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``. Of two subjects the parse gives one verb, dates and
    parenthesised ones ('Ortiz (R-TX) said', 'said Tuesday') are not the speaker, nor one
    inside a quotation before the verb ('"People like him," Jones said'); then the nearest."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subs) > 1:
        doc = verb.doc
        plain = [c for c in subs if c.ent_type_ not in ("DATE", "TIME")
                 and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "(")] or subs
        clear = [c for c in plain if c.i < verb.i
                 and not any(t.text in _QUOTE_MARKS for t in doc[c.i + 1:verb.i])]
        if clear:
            return clear[-1]
        after = [c for c in plain if c.i > verb.i]
        if after:
            # one before the cue lies in the quotation ('"…, the fund," said an aide'); after an
            # inverted cue, a title and the name it precedes can both be parsed as subjects
            # ('said former Utah Sen. and party chief Ed Vance'): the person's name speaks
            return next((c for c in after if c.ent_type_ == "PERSON"), after[0])
        return plain[-1]
    if subs:
        if subs[0].i > verb.i and _in_title_after(subs[0], verb):
            return None  # 'said on WXR's "Harbor Hour"': a word of a quoted title is no speaker
        return _outside_quote(subs[0], verb)
    passive = None
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "this", "that"):
            passive = c
    return passive


#: tokens looked back for the quotation marks before a subject
_MAX_BACK = 150


def _in_title_after(subj: Token, verb: Token) -> bool:
    """True when an odd number of quotation marks lies between the cue and a subject after it."""
    return sum(t.text in _QUOTE_MARKS for t in subj.doc[verb.i + 1:subj.i]) % 2 == 1


def _is_passive(v: Token) -> bool:
    return any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in v.children)


def _passive_subject(v: Token) -> Token | None:
    """The subject of a passive verb, shared with the verb it is coordinated to ("was jeered
    and then heckled by ...")."""
    for _ in range(3):
        p = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if p is not None:
            return p if p.lower_ not in _REL_PRONOUNS else None
        if v.dep_ != "conj" or v.head.i == v.i:
            return None
        v = v.head
    return None


def _outside_quote(subj: Token, verb: Token) -> Token | None:
    """A subject inside the quotation before the cue is a vocative or a word of the quote
    ('"Thank you, Mr. Mayor," Ted Rowe, an alderman, told him', parsed with "Mayor" as the
    subject and the speaker as its apposition): the apposition after the closing mark speaks."""
    if subj.i >= verb.i:
        return subj
    doc = subj.doc
    marks = [t.i for t in doc[subj.i + 1:verb.i] if t.text in _QUOTE_MARKS]
    if not marks:
        return subj
    start = subj.i  # the paragraph's start (sentence starts inside quotations are unreliable),
    lo = max(0, subj.i - _MAX_BACK)  # within a bounded window: no scan of a break-less text per cue
    while start > lo and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return subj  # no paragraph start near: the count of marks would tell nothing
    if sum(t.text in _QUOTE_MARKS for t in doc[start:subj.i]) % 2 == 0:
        return subj  # no quotation holds the subject ('X, host of "Morning Show," said')
    appos = next((c for c in subj.rights if c.dep_ == "appos" and marks[0] < c.i < verb.i
                  and c.pos_ in ("PROPN", "NOUN")), None)
    if appos is not None:
        return appos
    # a word of the quotation parsed as the subject of an inverted cue ('"... the plan," said
    # an aide'): no subject; the phrase after the cue speaks
    return None if inverted_subject(verb) is not None else subj


def speaker_token(verb: Token, *, max_climb: int = 5,
                  is_cue: Callable[[Token], bool] | None = None) -> Token | None:
    """The head token of the source of ``verb``: its subject, the agent of a passive, or
    (for participles, conjuncts and infinitives: "..., adding that", "went on to say") the
    subject of the governing verb. Relative pronouns resolve to the noun they modify.

    A participle cue inside the content of another cue ("X said A, adding that B", where the
    parse hangs "adding" on A's verb) takes the speaker of that cue (``is_cue`` tells cues).
    """
    if clause_of_verbless_root(verb):
        return verb.head
    v = verb
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "acl")
    came_by_prep = False
    for _ in range(max_climb + 1):
        if participle and is_cue is not None and v.i != verb.i:
            h = v
            while h.dep_ in ("ccomp", "conj", "advcl") and h.head.i != h.i and h.head.i < h.i:
                h = h.head
                if is_cue(h):
                    v = h
                    break
        if v.i != verb.i and verb.dep_ in ("pcomp", "xcomp") and _is_passive(v):
            patient = _passive_subject(v)  # 'X was booed by the crowd after telling them ...': X
            if patient is not None:
                return _outside_dateline(_outside_parens(patient), verb)
        subj = _subject(v)
        if subj is not None:
            if subj.lower_ in _REL_PRONOUNS and subj.head.dep_ == "relcl":
                return subj.head.head
            return _outside_dateline(_outside_parens(subj), verb)
        if v.dep_ == "relcl" and v.head.dep_ in ("pobj", "dobj") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            v = v.head.head  # 'pointed to a ruling to say that ...': an infinitive of purpose
            continue  # misparsed as a relative clause of the object
        if v.dep_ == "advmod" and not came_by_prep:
            break  # only "stopped short of saying": an adverb with the participle's preposition
        came_by_prep = v.dep_ == "prep"
        if v.dep_ in _CLIMB and v.head.i != v.i:
            if v.dep_ == "ccomp" and v.i < v.head.i:
                return None  # a content clause before its cue: its subject is not the speaker
            if v.dep_ in ("xcomp", "advcl") and v.head.lemma_.lower() in _OBJECT_CONTROL \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
                if obj is not None:
                    return obj  # object control: 'the result led the chairman to declare ...'
            v = v.head
            continue
        break
    if participle and v.i != verb.i and v.dep_ == "ROOT" and v.pos_ in ("PROPN", "NOUN") and v.i < verb.i:
        return v  # 'Trump defended the plan, calling it ...' misparsed with the name as root
    if verb.tag_ == "VBG" and verb.i == verb.sent.start and verb.sent.root.i > verb.i:
        # 'Claiming the vote was rigged, Ortiz told reporters ...': the participle opening the
        # sentence is its subject's, however the parse hangs it
        subj = next((c for c in verb.sent.root.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if subj is not None:
            return _outside_parens(subj)
    return None


def clause_of_verbless_root(verb: Token) -> bool:
    """A finite cue the parse hangs on its own subject as a modifier, leaving the sentence no
    verb: "The fund, which lends to poor states, called on Ghana to ...", with "called" an
    ``acl`` of the root "fund" after the comma that closes the relative clause."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" or head.i >= verb.i:
        return False
    if head.pos_ not in ("NOUN", "PROPN") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "relcl" or c.dep_ == "appos" for c in head.rights if c.i < verb.i)


def _outside_parens(subj: Token) -> Token:
    """A subject in parentheses after a name ('Sen. Ann Holt (D-VT) said') stands for the name."""
    doc = subj.doc
    lo, hi = subj.left_edge.i, subj.right_edge.i
    while lo > 0 and doc[lo - 1].text != "(" and doc[lo - 1].i > subj.i - 4 and not doc[lo - 1].is_space:
        lo -= 1
    if lo < 2 or doc[lo - 1].text != "(" or hi + 1 >= len(doc) or ")" not in doc[hi + 1:hi + 4].text:
        return subj
    h = doc[lo - 2]
    if h.pos_ not in ("PROPN", "NOUN"):
        return subj
    while h.dep_ in ("compound", "flat") and h.head.i > h.i and h.head.i < lo - 1:
        h = h.head
    return h


# Verbs whose object is the subject of their infinitive ("led the chairman to declare").
_OBJECT_CONTROL = frozenset({"lead", "prompt", "force", "cause", "allow", "urge", "ask", "push", "encourage",
                             "persuade", "convince", "get", "inspire", "drive", "compel", "invite", "tell",
                             "pressure", "press", "spur", "want", "expect", "order", "require"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _phrase_head_in(doc_span: Span) -> Token | None:
    """The first nominal of a token range whose head lies outside the range."""
    lo, hi = doc_span.start, doc_span.end
    for t in doc_span:
        if t.pos_ in _NOMINAL and not (lo <= t.head.i < hi and t.head.i != t.i):
            return t
    return None


def _outside_dateline(subj: Token, verb: Token) -> Token | None:
    """Correct a subject the parse took from a dateline or a previous paragraph
    ("RANGOON, Burma - The party's allies predicted", "9:40 a.m.\n\nThe governor said"):
    the speaker is the noun phrase after the dash / in the cue's own paragraph."""
    if subj.i >= verb.i:
        return subj
    doc = verb.doc
    breaks = [t.i for t in doc[subj.i:verb.i] if "\n" in t.text_with_ws]
    if breaks:
        start = next((t.i for t in doc[breaks[-1] + 1:verb.i] if not t.is_space), verb.i)
        return _phrase_head_in(doc[start:verb.i])
    after_place = after_dateline_place(subj)
    if subj.i > 0 and "\n" not in doc[subj.i - 1].text_with_ws and not after_place:
        return subj
    if not (after_place or subj.ent_type_ in ("GPE", "DATE", "TIME") or (subj.is_upper and len(subj.text) > 2)):
        return subj
    if after_place:  # "VIENNA, Nov 17 - The agency's board said": the first free-standing dash
        dash = next((t.i for t in doc[subj.i:verb.i] if t.text in DASHES
                     and (t.whitespace_ or doc[t.i - 1].whitespace_)), None)
    else:
        dash = max((t.i for t in doc[subj.i:verb.i] if t.text in DASHES), default=None)
    if dash is None:
        return subj
    return _phrase_head_in(doc[dash + 1:verb.i]) or subj


def _free_dash(doc: Doc, lo: int, hi: int) -> int | None:
    """The first dash in [lo, hi) with a space on a side (not the hyphen of "Secretary-General")."""
    return next((i for i in range(max(lo, 1), hi) if doc[i].text in DASHES
                 and (doc[i].whitespace_ or doc[i - 1].whitespace_)), None)


_KEEP_PREPS = frozenset({"of", "for", "from"})
_NAME_DEPS = frozenset({"compound", "flat", "amod", "det", "poss", "nmod", "case"})


def _appos_name(tok: Token) -> Token | None:
    """A proper-name apposition of a common-noun speaker ("her campaign chief, Dana Marsh")."""
    if tok.pos_ == "PROPN":
        # "Before meeting Anna Kell, Judge Omar Hale said, ...": a second name right before the verb
        # is the speaker, parsed as an apposition of the first
        verb = tok.head
        for c in tok.rights:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and tok.ent_type_ == "PERSON" \
                    and c.right_edge.i + 1 == verb.i and tok.dep_ == "nsubj" and verb.pos_ == "VERB" \
                    and c.i > tok.i + 1 and tok.doc[c.left_edge.i - 1].text == ",":
                return c
        return None
    for c in tok.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", ""):
            return c
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PRODUCT") and c.left_edge.i == tok.i + 1:
            return c  # "the state-owned oil giant Petrolar": the name right after its description
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE", "NORP") \
                and tok.lower_ in PERSON_ONLY_NOUNS and c.i > tok.i + 1 and tok.doc[c.left_edge.i - 1].text == "," \
                and all(x.pos_ == "PROPN" for x in c.subtree) and c.right_edge.i - c.left_edge.i < 4:
            return c  # "its spokesman, Adoum Mahamat": a name the tagger took for a body, after a person's noun
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "") and tok.lower_ in BODY_NOUNS \
                and c.i > tok.i + 1 and tok.doc[c.left_edge.i - 1].text == "," \
                and all(x.pos_ == "PROPN" or x.lower_ == "the" for x in c.subtree) \
                and c.right_edge.i - c.left_edge.i < 6:
            return c  # "the main opposition party, the Kuomintang,": the body's name after its description
    return None


#: Nouns that describe a body whose name may follow in apposition ("the country's largest union,
#: the Mine Workers' Federation"): the name, not the description, speaks.
BODY_NOUNS = frozenset({"party", "company", "firm", "group", "union", "bank", "agency", "airline", "carrier",
                        "operator", "insurer", "lender", "miner", "producer", "maker", "owner", "organisation",
                        "organization", "movement", "coalition", "alliance", "federation", "association",
                        "council", "charity", "network", "militia", "faction", "conglomerate", "utility",
                        "regulator", "watchdog", "body", "institute", "foundation", "fund"})


def _coordinated_titles_name(tok: Token) -> Token | None:
    """The name after two coordinated titles ("former Utah Gov. and party chairman Ed Vance"):
    the parse heads the phrase on the first title and hangs the name on it as a conjunct. Only
    for a title without a determiner, not itself a name, whose conjunct is a person's name with
    a title of its own before it ("the mayor and Ed Vance" are two speakers)."""
    if tok.ent_type_ == "PERSON" or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    for c in tok.rights:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" \
                and any(g.dep_ == "compound" and g.ent_type_ != "PERSON" and g.i < c.i
                        for g in c.subtree if g.i != c.i):
            return c
    return None


def speaker_span(tok: Token) -> Span:
    """A compact span for the speaker phrase headed by ``tok``.

    Names keep their compounds and titles but drop appositions, relative clauses and
    prepositional tails ("Matt Smith, a former aide, who ..." -> "Matt Smith"); a common noun
    with a name in apposition gives the name ("the chief, Paul Kent," -> "Paul Kent");
    common-noun heads keep an of/for/from phrase ("a spokesman for the mayor").
    """
    doc = tok.doc
    name = _appos_name(tok) or _coordinated_titles_name(tok)
    if name is not None:
        tok = name
    drop = _DROP_PROPN if tok.pos_ == "PROPN" else _DROP_NOUN
    left, right = tok.i, tok.i
    for c in tok.lefts:
        if c.dep_ in drop:
            continue
        left = min(left, c.left_edge.i)
    for c in tok.rights:
        if c.dep_ in drop or c.dep_ == "case" or (c.dep_ == "prep" and c.lower_ not in _KEEP_PREPS):
            break  # (a possessive ending is no part of the name: "the mayor's claim")
        right = max(right, c.right_edge.i)
    dash = _free_dash(doc, left, tok.i)
    if dash is not None and dateline_before(doc, dash):
        left = dash + 1  # "BANGKOK, Jan 19 - An armed group said": the dateline is no part of it
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left : right + 1]


_SKIP_LEFT = frozenset({"aux", "auxpass", "neg", "advmod", "punct", "npadvmod", "cc", "prep", "pobj",
                        "det", "amod", "compound"})


_NP_START = frozenset({"PROPN", "DET", "NOUN", "ADJ", "NUM"})
_NP_LINKS = frozenset({"compound", "flat", "det", "amod", "nummod", "poss", "nmod"})


def inverted_subject(verb: Token) -> Token | None:
    """The noun phrase right after a cue that follows a quotation or a comma, which the parse
    did not take for the subject: '"…," said Jane Roe, an aide', '"…," tweeted campaign
    spokesman Alex Cole', '…, said a onetime aide to the mayor'."""
    doc = verb.doc
    nxt = verb.i + 1
    if nxt >= len(doc) or verb.i == 0 or doc[verb.i - 1].text not in (",", "”", '"', "''"):
        return None
    t = doc[nxt]
    participle = t.tag_ == "VBN" and t.dep_ == "amod"  # '"…," said retired judge Ann Roe'
    if (t.pos_ not in _NP_START and not participle) or t.ent_type_ in ("DATE", "TIME"):
        return None
    h = t
    while h.dep_ in _NP_LINKS and h.head.i > h.i:
        h = h.head
    if h.pos_ not in ("PROPN", "NOUN") or h.i == verb.i or h.ent_type_ in ("DATE", "TIME"):
        return None
    if is_content_subject(h, verb):
        return None  # ', said the cranes would be replaced': the content's subject
    return h


def left_neighbour_subject(verb: Token) -> Token | None:
    """Fallback speaker when the parse gives the cue no subject: the noun phrase just before it
    in the same sentence ("Nearly half of voters say", "X, the club's manager, suggested")."""
    inverted = inverted_subject(verb)
    if inverted is not None:
        return inverted
    sent_start = verb.sent.start
    i = verb.i - 1
    while i >= sent_start:
        t = verb.doc[i]
        if t.pos_ in ("PROPN", "NOUN", "PRON", "NUM") and t.dep_ not in ("pobj", "dobj", "attr"):
            h = t
            while h.dep_ in ("compound", "appos", "flat", "nummod", "quantmod") and h.head.i != h.i \
                    and h.head.i < verb.i:
                h = h.head
            return _outside_dateline(h, verb) if h.i < verb.i else h  # "DAKAR, March 3 - The X on Monday urged"
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "“", "”", '"'):
            return None
        if t.dep_ not in _SKIP_LEFT and t.pos_ not in ("ADV", "PUNCT", "PART"):
            return None
        i -= 1
    return None


_NOT_EMBEDDED = frozenset({"relcl", "punct", "cc"})


def head_actor(head: Token, start: int, end: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The actor of a mention covering the head word of a speaker phrase [start, end) (the
    one overlapping the phrase most). A mention of a modifier only ("one Trump campaign
    source", "the Daily Ledger") does not name the speaker."""
    if not mentions:
        return None
    h0, h1 = head.idx, head.idx + len(head.text)
    best: tuple[int, str] | None = None
    i = bisect_left(mentions, (h1, -1, ""))
    while i > 0:
        i -= 1
        s, e, aid = mentions[i]
        if e <= h0:
            if s < h0 - 600:
                break
            continue
        ov = min(e, end) - max(s, start)
        if best is None or ov > best[0]:
            best = (ov, aid)
    return best[1] if best else None


#: Prepositions that place a common-noun speaker ("a group in Myanmar").
_PLACE_PREPS = frozenset({"in", "near", "inside", "outside", "around", "across", "throughout"})


def embedded_actor_span(tok: Token, mentions: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """A named actor inside a common-noun speaker phrase: "a tally by the Daily Ledger",
    "the staff, led by Rosa Tran", "attorneys for the senator", "officials, including
    the director" — the first actor mention in the phrase (relative clauses excluded).

    Returns (start_char, end_char, actor_id) of that mention, or None for a proper-name head
    or a phrase without an actor mention.
    """
    if tok.pos_ == "PROPN" or not mentions:
        return None
    lo = tok.left_edge.idx
    dash = _free_dash(tok.doc, tok.left_edge.i, tok.i)
    if dash is not None and dateline_before(tok.doc, dash):
        lo = tok.doc[dash + 1].idx  # "KABUL - A government spokesman said": the dateline names no one
    hi_tok = tok
    for c in tok.rights:
        if c.dep_ in _NOT_EMBEDDED:
            continue
        if c.right_edge.i > hi_tok.i:
            hi_tok = c.right_edge
    hi = hi_tok.idx + len(hi_tok.text)
    if any("\n" in t.text for t in tok.doc[tok.left_edge.i:hi_tok.i + 1]):
        return None
    # a relative clause, or a participle clause ("a source speaking to the Ledger", "an aide
    # talking to reporters"), names whom the speaker told, not who speaks
    skip = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.rights
            if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG")]
    # a place the speaker is in ("an armed group in northern Myanmar"; not "a doctor at the Red Cross")
    # says where it speaks from, not who speaks
    skip += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.rights
             if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
             and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC") for p in c.children)]
    if tok.lemma_.lower() in KIN_NOUNS or tok.lower_ in KIN_NOUNS:
        # "the minister's daughter", "the son of the senator": the possessor is whose relative
        # speaks, never the speaker
        skip += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.children
                 if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")]
    if tok.lower_ in CANDIDACY_NOUNS:
        # "the Green Party nominee", "a GOP strategist": one person of the body, not the body
        skip += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.lefts
                 if c.dep_ in ("compound", "amod", "nmod", "poss")]
    i = bisect_left(mentions, (lo, -1, ""))
    while i < len(mentions) and mentions[i][0] < hi:
        s, e, aid = mentions[i]
        if e <= hi and not any(a <= s < b for a, b in skip):
            return s, e, aid
        i += 1
    return None
