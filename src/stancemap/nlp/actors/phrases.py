"""Nested ``phrase`` mentions: the whole noun phrase of a named person, of a description whose
apposition the person is, and of people speaking for a body ("officials at X").

A speaker's noun phrase often holds other actors ("X, a Y supporter from Z", "the director of
the W Institute, X"): the phrase mention says whose phrase it is, so that the phrase as a whole
resolves to its head person and not to an actor named inside it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..common.datelines import after_dateline_dash
from .state import DocActors, TokMention

__all__ = ["add_person_phrases", "add_member_phrases", "add_document_phrases", "QUOTE_CHARS"]

QUOTE_CHARS = frozenset({'"', "“", "”", "''", "``"})
MAX_PHRASE = 60
#: The most tokens a pair of scare quotes inside a phrase may enclose ("spokesman for the
#: so-called “green corridor” alliance"): a longer quotation is speech, which no phrase crosses.
_MAX_SCARE = 4


def _crosses_quote(doc: Doc, lo: int, hi: int) -> bool:
    """A quotation mark in tokens [lo, hi) other than a short pair of scare quotes."""
    marks = [t.i for t in doc[lo:hi] if t.text in QUOTE_CHARS]
    if len(marks) % 2:
        return True
    for a, b in zip(marks[::2], marks[1::2]):
        if doc[a].text in ("”", "''") or doc[b].text in ("“", "``") or b - a - 1 > _MAX_SCARE or b - a < 2:
            return True
        if any(t.is_punct and t.text not in ("-", "–") for t in doc[a + 1 : b]):
            return True  # a quoted clause ("“We will,” X, ...") is no scare quote
    return False


def add_person_phrases(doc: Doc, acts: DocActors) -> None:
    """Nested ``phrase`` mentions: the whole noun phrase headed by a named person's mention,
    up to (not including) a coordinated conjunct; and the whole phrase of a description whose
    apposition the person is ("the director of the institute, Maria Lenz": hers, not the
    institute's)."""
    seen: set[tuple[int, int]] = set()
    for m in list(acts.mentions):
        if m.kind not in ("name", "surname") or acts.drafts[m.actor].type != "person":
            continue
        root = doc[m.start : m.end].root
        span = _person_phrase(doc, acts, m, root)
        if span is not None and span not in seen:
            seen.add(span)
            acts.add_nested(span[0], span[1], m.actor, "phrase")
        desc = _described_by(doc, acts, m, root)
        if desc is not None and desc not in seen:
            seen.add(desc)
            acts.add_nested(desc[0], desc[1], m.actor, "phrase")
        aside = _subject_aside(doc, acts, m, root)
        if aside is not None and aside not in seen:
            seen.add(aside)
            acts.add_nested(aside[0], aside[1], m.actor, "phrase")


def _modifies_a_noun(doc: Doc, acts: DocActors, o: TokMention) -> bool:
    """A person's mention that only modifies a noun of the phrase ("Governor Ortiz's chief of
    staff", "an Ortiz supporter"): a possessive or compound, not a person in their own right."""
    r = doc[o.start : o.end].root
    if r.dep_ in ("poss", "compound") and r.head.i >= o.end and acts.mention_at(r.head.i) is None:
        return True
    # the parser may miss the compound ("a teacher and Ortiz supporter" read as a coordination)
    return _noun_after(doc, acts, o.end)


def _noun_after(doc: Doc, acts: DocActors, i: int) -> bool:
    """A lower-case common noun of no actor right after a name: the name modifies it."""
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].text.islower() and acts.mention_at(i) is None


def _phrase_end(doc: Doc, acts: DocActors, m: TokMention, root: Token, lo: int, hi: int) -> int:
    # a coordination is not part of the phrase: "X and House Democrats" are two actors; nor is a
    # "which" clause, which speaks of a thing the parser hung on the name ("a letter to X, which
    # was first reported by Y")
    cut = [c.i for c in root.children if c.dep_ in ("cc", "conj", "preconj") and c.i > root.i]
    cut += [c.left_edge.i for c in root.children
            if c.dep_ == "relcl" and c.i > root.i and c.left_edge.lower_ == "which"
            and c.left_edge.i > root.i]
    if cut:
        hi = min(cut)
    # another named person after a comma is no apposition of this one ("Before meeting X, Judge
    # Y said, ..."): the phrase stops at the comma
    # (only a name right after the comma, titles aside: "X, an adviser to Senator Y" is
    # one phrase; nor a name that modifies a noun: "X, Governor Y's chief of staff")
    for o in acts.between(m.end, hi):
        if o.actor == m.actor or o.kind not in ("name", "surname") or acts.drafts[o.actor].type != "person":
            continue
        if _modifies_a_noun(doc, acts, o):
            continue
        k = o.start - 1
        while k > m.end and doc[k].is_title and doc[k].pos_ == "PROPN":
            k -= 1
        if doc[k].text == "," or doc[k].lower_ in ("and", "or", "&"):
            hi = min(hi, k)  # (nor one coordinated with it: "X, left, and Y, right")
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return hi


def _person_phrase(doc: Doc, acts: DocActors, m: TokMention, root: Token) -> tuple[int, int] | None:
    if _noun_after(doc, acts, m.end):
        return None  # "Ortiz supporter in Dayton": the supporter's phrase, not Ortiz's
    lo, hi = after_dateline_dash(doc, root.left_edge.i, m.start), root.right_edge.i + 1  # (not "GENEVA - X")
    while lo < m.start and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1  # the parser may hang a quotation's closing marks on the speaker: "“...,” X, director of Y, said"
    hi = _phrase_end(doc, acts, m, root, lo, hi)
    if (lo, hi) == (m.start, m.end) or hi - lo > MAX_PHRASE or lo > m.start or hi < m.end:
        return None
    if _crosses_quote(doc, lo, hi):
        return None
    return lo, hi


#: Nouns of a description whose apposition names the person ("the director ..., Maria Lenz").
_DESCRIPTION_POS = frozenset({"NOUN"})
#: Role words the tagger often takes for proper nouns ("The group's CEO, Dana Pike").
_ROLE_PROPN = frozenset({"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "president", "director",
                         "founder", "chief", "spokesman", "spokeswoman", "spokesperson"})


def _described_by(doc: Doc, acts: DocActors, m: TokMention, root: Token) -> tuple[int, int] | None:
    """"The director of the Harbor Safety Institute, Maria Lenz, said": the person's name is an
    apposition of a common noun that heads the phrase; the whole phrase is the person's. Not when
    the head noun is a mention of an actor of its own other than a role ("the company, Norvik").
    """
    if root.dep_ != "appos":
        return _sibling_description(doc, acts, m, root)
    head = root.head
    # the parser often hangs the name on the nearest noun, the body inside the description
    # ("the director of the Harbor Safety Institute, Maria Lenz"): a person is no apposition of an
    # organisation, so climb to the common noun the body belongs to
    while head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and (o := acts.mention_at(head.i)) is not None and acts.drafts[o.actor].type != "person":
        head = head.head.head
    if (head.pos_ not in _DESCRIPTION_POS and head.lower_ not in _ROLE_PROPN) or head.i > m.start:
        return None
    own = acts.mention_at(head.i)
    # the head may be a mention of its own: an unnamed person ("the aide"), or one role noun
    # standing for the body it serves ("the Chilean envoy in those years, X": the government's
    # when unnamed, X's when the name follows); never a body's name ("the company, Norvik")
    if own is not None and own.actor != m.actor and not (
            own.kind == "nominal" and (acts.drafts[own.actor].type == "person" or head.tag_ == "NN")):
        return None
    lo = head.left_edge.i
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    hi = _phrase_end(doc, acts, m, head, lo, head.right_edge.i + 1)
    if hi < m.end or hi - lo > MAX_PHRASE or _crosses_quote(doc, lo, hi):
        return None
    # another person named in the description in their own right ("the aide, Lee, and Hale")
    for o in acts.between(lo, hi):
        if o.actor != m.actor and acts.drafts[o.actor].type == "person" and o.kind in ("name", "surname") \
                and not _modifies_a_noun(doc, acts, o) and not (m.start <= o.start < m.end):
            return None
    return lo, hi


#: Words a description before a person's name may hold besides its nouns ("the British envoy at
#: the time, X"): determiners, modifiers, prepositions and numbers; no verb, pronoun or clause.
_DESCRIPTION_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "CCONJ", "PART"})
_MAX_DESCRIPTION = 10
_LOOSE_DEPS = frozenset({"npadvmod", "dep"})
_SIBLING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"}) | _LOOSE_DEPS


def _sibling_description(doc: Doc, acts: DocActors, m: TokMention, root: Token) -> tuple[int, int] | None:
    """"The Danish consul in those years, Karl Olsen, wrote": the parser may make the name a second
    subject (or object) of the verb beside the role noun instead of its apposition. When a
    role noun standing for an unnamed person or the body it serves (a ``nominal`` mention, singular)
    heads the words right before the comma and is the name's sibling (an argument of the same
    head, nothing but the description between them), the whole description and the name are the
    person's phrase."""
    comma = m.start - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    lo = comma
    while lo > 0 and comma - lo < _MAX_DESCRIPTION and doc[lo - 1].pos_ in _DESCRIPTION_WORDS \
            and doc[lo - 1].text not in QUOTE_CHARS and not doc[lo - 1].is_sent_end:
        lo -= 1
        if doc[lo].pos_ == "DET" and (lo == 0 or doc[lo - 1].pos_ not in ("ADP",)):
            break  # the description's own determiner ("the envoy in the nineties": not "the nineties")
    if lo == comma:
        return None
    # the role noun heads the description; the name hangs on the same head as a second subject or
    # object, or as a loose modifier the parser could not place ("npadvmod", "dep")
    if root.dep_ not in _SIBLING_DEPS:
        return None
    # (the parser may also split them as subject and object: "predicted the envoy in those years, X")
    heads = [t for t in doc[lo:comma] if t.dep_ in _SIBLING_DEPS and t.dep_ not in _LOOSE_DEPS
             and t.head.i == root.head.i and t.i != root.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    own = acts.mention_at(head.i)
    if head.tag_ != "NN" or own is None or own.kind != "nominal" or own.actor == m.actor:
        return None
    if acts.drafts[own.actor].type not in ("person", "organisation"):
        return None
    # another named person inside the description ("the aide to Senator Hale, Lee") makes it no
    # description of this one
    for o in acts.between(lo, comma):
        if o.actor != m.actor and acts.drafts[o.actor].type == "person" and o.kind in ("name", "surname") \
                and not _modifies_a_noun(doc, acts, o):
            return None
    hi = _phrase_end(doc, acts, m, root, lo, root.right_edge.i + 1)
    hi = max(hi, m.end)
    if hi - lo > MAX_PHRASE or _crosses_quote(doc, lo, hi):
        return None
    return lo, hi


#: People speaking for a body they are "at", "of", "from" or "for" ("officials at the agency").
_MEMBER_NOUNS = frozenset({"officials", "official", "executives", "executive", "spokesman", "spokeswoman",
                           "spokesperson", "spokespeople", "representatives", "representative", "lawyers",
                           "staff", "staffers", "employees", "investigators", "researchers", "analysts"})


def add_member_phrases(doc: Doc, acts: DocActors) -> None:
    """Nested ``phrase`` mentions: "officials at X", "a spokesman for X" (X an organisation or
    IGO) stand for X, over the whole phrase up to X's mention (the body they speak for, not a
    larger one named after it: "officials at X, a division of Y" are X's)."""
    for tok in doc:
        if tok.lower_ not in _MEMBER_NOUNS or tok.pos_ != "NOUN":
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "of", "from", "for")), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        m = acts.mention_at(pobj.i) if pobj is not None else None
        if m is None or acts.drafts[m.actor].type not in ("organisation", "igo"):
            continue
        lo = tok.left_edge.i
        if m.end - lo <= MAX_PHRASE and lo < m.start:
            acts.add_nested(lo, m.end, m.actor, "phrase")


#: Tokens that may stand between a subject's closing comma and its verb ("X, ..., this week
#: announced", "X, ..., also said").
_MAX_BRIDGE = 4
#: First words of an aside that adds a co-speaker rather than describing the subject.
_JOINING = frozenset({"and", "or", "along", "together", "with", "like", "including", "as", "plus"})


def _subject_aside(doc: Doc, acts: DocActors, m: TokMention, root: Token) -> tuple[int, int] | None:
    """"X, at a consulting firm called Y, argues ...", "X, playing Z on television, explained",
    "X, the party chairman, this week announced": a person who is the subject of a verb after a
    comma-enclosed aside. The parser often hangs the aside on the verb rather than on the name,
    yet the whole "X, ...," is the speaker's phrase. Only when nothing but a few adverbial words
    stand between the closing comma and the verb, the aside holds no quotation and no other
    subject of that verb, and the name is not coordinated with another ("X, Y and Z said")."""
    if root.dep_ not in ("nsubj", "nsubjpass") or m.end >= len(doc) or doc[m.end].text != ",":
        return None
    verb = root.head
    if verb.i <= m.end + 2 or verb.i - m.start > MAX_PHRASE:
        return None
    commas = [k for k in range(m.end + 2, verb.i) if doc[k].text == ","]
    if not commas:
        return None
    close = commas[-1]
    bridge = doc[close + 1 : verb.i]
    if len(bridge) > _MAX_BRIDGE or any(t.pos_ in ("VERB", "PROPN", "PRON") or t.dep_ in ("nsubj", "nsubjpass")
                                        for t in bridge):
        return None
    aside = doc[m.end + 1 : close]
    if any(t.text in QUOTE_CHARS for t in aside) or any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i
                                                        for t in aside):
        return None
    if any(c.dep_ in ("conj", "cc") for c in root.children) or aside[0].lower_ in _JOINING:
        return None  # "X, along with Y, said": two speakers
    # an aside that names another person in their own right ("X, Y, said"; "X, left, and Minister
    # Y, right, took part") is no aside of X
    for o in acts.between(m.end, close):
        if o.actor == m.actor or o.kind not in ("name", "surname") or acts.drafts[o.actor].type != "person":
            continue
        k = o.start - 1
        while k > m.end and doc[k].is_title:
            k -= 1
        if k == m.end or doc[k].lower_ in ("and", "or", "&"):
            return None
    lo = m.start
    return lo, close


#: Documents that speak for their author ("a report by X found", "X filings show").
_DOCUMENTS = frozenset({"report", "poll", "survey", "study", "analysis", "audit", "review", "memo", "letter",
                        "filing", "assessment", "investigation", "paper", "projection", "estimate", "forecast",
                        "record", "data", "tally", "finding", "model", "brief", "statement", "editorial"})
#: Actor types that author documents.
_AUTHORS = frozenset({"organisation", "media", "igo", "person", "state"})


def add_document_phrases(doc: Doc, acts: DocActors) -> None:
    """Nested ``phrase`` mentions: a document that speaks ("a review by the Ledger found", "an
    analysis of census data by Norvik Labs shows", "according to agency filings") stands for its
    author over the whole phrase: the agent of a "by"/"from" phrase on the document (or on the
    data it is "of"), else the name that modifies it ("a Ledger review", "the agency's audit").
    Only documents that speak: the subject of a verb, or the object of "according to"."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _DOCUMENTS:
            continue
        speaks = tok.dep_ in ("nsubj", "nsubjpass") or (
            tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.i > 0 and doc[tok.head.i - 1].lower_ == "according")
        if not speaks:
            continue
        author = _author_of(doc, acts, tok)
        if author is None:
            continue
        lo = tok.left_edge.i
        while lo < tok.i and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        hi = max(tok.i + 1, author.end)
        if hi - lo > MAX_PHRASE or any(t.text in QUOTE_CHARS for t in doc[lo:hi]) or (lo, hi) == (author.start, author.end):
            continue
        acts.add_nested(lo, hi, author.actor, "phrase")


def _author_of(doc: Doc, acts: DocActors, tok: Token) -> TokMention | None:
    holders = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > tok.i:
                for g in c.children:
                    m = acts.mention_at(g.i) if g.dep_ == "pobj" else None
                    if m is not None and acts.drafts[m.actor].type in _AUTHORS:
                        return m
    mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod") and c.i < tok.i]
    for c in sorted(mods, key=lambda x: -x.i):
        m = acts.mention_at(c.i)
        if m is not None and m.kind != "pronoun" and acts.drafts[m.actor].type in _AUTHORS:
            return m
    return None
