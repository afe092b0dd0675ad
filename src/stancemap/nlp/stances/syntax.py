"""Dependency-parse helpers for stances: subjects, objects, compact spans (spaCy tokens only)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..common.courts import is_court
from ..common.datelines import caps_dateline_dash, city_country_dash

__all__ = [
    "SUBJ",
    "negative_adverbial",
    "passive_seat",
    "RELPRON",
    "PRONOUNS",
    "subjects",
    "rootless_verb",
    "expand_conj",
    "compact_span",
    "child",
    "children",
    "prep_object",
    "is_negated",
    "clause_verb",
    "reporting_subject",
    "REPORT_VERBS",
    "is_time",
    "coordinated_modifiers",
    "STATIVE_PASSIVES",
    "is_reciprocal",
    "plural_side",
    "co_holders",
]

SUBJ = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
RELPRON = frozenset({"who", "which", "that", "whom"})
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our", "my", "them",
                      "him", "us", "me", "you", "your"})
REPORT_VERBS = frozenset(
    """say tell add state declare announce report claim insist stress note reiterate confirm
    explain warn told write tweet reveal assert affirm argue maintain suggest indicate inform notify assure signal
    vow pledge promise swear reaffirm underline underscore emphasise emphasize reply respond counter retort
    acknowledge admit concede contend observe remark repeat remind hint restate reassert""".split()
)
# nouns for documents and utterances: their participles act for whoever issued them
SPEECH_NOUNS = frozenset({"declaration", "statement", "letter", "message", "note", "communique", "reminder",
                          "warning", "announcement", "speech", "resolution"})
# passives that raise the subject of their infinitive ("X is said to favour Y")
_RAISING_PASSIVES = frozenset({"say", "report", "believe", "understand", "think", "know", "rumour", "rumor"})
# participles that describe their subject's own position ("is committed to", "was opposed to")
STATIVE_PASSIVES = frozenset({"commit", "oppose", "determine", "prepare", "resolve", "dedicate", "devote",
                              "inclined", "incline", "dispose", "align", "ally", "feed"})  # ("fed up with X")
# verbs by which an actor issues a document ("issued a statement demanding X")
ISSUE_VERBS = frozenset("""issue release publish adopt sign send make deliver pass draft present submit circulate
    table write post lodge unveil approve put""".split())
# children not included in a compact object span
_CUT = frozenset({"relcl", "advcl", "appos", "punct", "cc", "parataxis", "dep", "mark"})


def child(tok: Token, *deps: str, lemma: Iterable[str] | None = None) -> Token | None:
    """The first child of ``tok`` with one of ``deps`` (and lemma in ``lemma`` if given)."""
    lem = set(lemma) if lemma is not None else None
    for c in tok.children:
        if c.dep_ in deps and (lem is None or c.lower_ in lem or c.lemma_.lower() in lem):
            return c
    return None


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def expand_conj(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("A, B and C")."""
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON") and c not in out:
                out.append(c)
                stack.append(c)
            elif c.dep_ == "conj" and c.pos_ == "ADJ" and c not in out and (
                    app := next((x for x in c.children if x.dep_ == "appos" and x.pos_ == "PROPN"), None)) is not None:
                out.append(app)  # "A and the paramilitary Rapid Support Forces": the adjective read as the conjunct
                stack.append(app)
            elif t.i == tok.i and c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and \
                    any(x.dep_ == "cc" for x in c.children) and c not in out:
                out.append(c)  # "Lee and House Democrats" parsed as a modifier of the last name
    return out


#: negative adverbials of a preposition, "no" and a noun of time, manner or condition ("at no point",
#: "under no circumstances")
_NO_POINT = frozenset({("at", "point"), ("at", "time"), ("at", "stage"), ("at", "moment"), ("in", "way"),
                       ("by", "means"), ("under", "circumstances"), ("under", "circumstance"), ("on", "account"),
                       ("in", "case")})


def _next_to_verb(subj: Token, prep: Token, verb: Token) -> bool:
    """Does a phrase the parser hangs on the subject stand between it and the verb with nothing else
    ("X by no means backs Y", "X at no point has backed Y"), unlike an apposition set off by commas ("X,
    by no means a friend of Z, backed Y": the phrase describes X and negates nothing)?"""
    doc = verb.doc
    return all(not doc[i].is_punct for i in range(subj.i + 1, prep.i)) \
        and all(doc[i].pos_ in ("ADV", "AUX", "PART") for i in range(prep.right_edge.i + 1, verb.i))


def negative_adverbial(tok: Token) -> Token | None:
    """The preposition of a negative adverbial on ``tok`` ("has at no point backed", "in no way
    supports", "would under no circumstances sign"; also hung on a subject right before the verb),
    or None; not a phrase that goes on to describe a noun ("X, by no means a friend of Z, backed Y":
    the parser hangs it on the verb)."""
    preps = (*tok.children, *(c for s in tok.children if s.dep_ == "nsubj" and s.i < tok.i
                                for c in s.children if c.dep_ == "prep" and s.i < c.i < tok.i and _next_to_verb(s, c, tok)))
    return next((c for c in preps for o in c.children if c.dep_ == "prep" and o.dep_ == "pobj"
                 and (c.lower_, o.lower_) in _NO_POINT and any(d.lower_ == "no" for d in o.children)
                 and o.right_edge.i == c.right_edge.i), None)


def is_negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "neg", "det") for c in tok.children):
        return True
    if any(c.lower_ in ("longer", "more") and c.dep_ == "advmod" and any(x.lower_ == "no" for x in c.children)
           for c in tok.children):
        return True  # "no longer supports"
    if negative_adverbial(tok) is not None:
        return True
    ccs = [*tok.children, *(tok.head.children if tok.dep_ == "conj" else ())]
    nor = next((c for c in ccs if c.dep_ == "cc" and c.lower_ in ("nor", "neither") and c.i < tok.i), None)
    if nor is not None and any(c.dep_ == "aux" and c.i > nor.i for c in tok.children) and \
            any(c.dep_ in ("nsubj", "nsubjpass") and c.i > nor.i for c in tok.children):
        return True  # "nor had X backed Y", "..., nor did X oppose Y": an inverted negation
    # "will not be backing": negation on the auxiliary chain
    head = tok.head if tok.dep_ in ("xcomp", "acomp") and tok.head.lemma_ in ("be", "go") else None
    return bool(head is not None and any(c.dep_ == "neg" for c in head.children))


def is_reciprocal(tok: Token) -> bool:
    """"each other", "one another", "(each accused) the other": the subjects act on one another."""
    low = tok.lower_
    kids = {c.lower_ for c in tok.children}
    if (low == "other" and kids & {"each", "one"}) or (low == "one" and "another" in kids):
        return True
    if low == "another" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "one":
        return True
    if low == "other" and "the" in kids:  # "A and B each accused the other"
        verb = tok.head.head if tok.dep_ == "poss" else tok.head  # ("... the other's soldiers")
        return any(c.lower_ == "each" for s in [verb, *verb.children] for c in s.children if c.i < verb.i)
    return False


def co_holders(verb: Token) -> tuple[list[Token], list[Token]]:
    """Parties said to share, or not to share, the subject's act: "A, like B, condemned X",
    "Like B, A ...", "A condemned X, as did B" (shared); "Unlike B, A ..." (not shared)."""
    like: list[Token] = []
    unlike: list[Token] = []
    for t in [verb, *[c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]]:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("like", "unlike", "alongside"):
                pobj = child(c, "pobj")
                if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                    (unlike if c.lower_ == "unlike" else like).extend(expand_conj(pobj))
            elif c.dep_ == "prep" and c.lower_ in ("along", "together"):
                w = child(c, "prep")  # "A, along with B, condemned X", "together with B"
                pobj = child(w, "pobj") if w is not None and w.lower_ == "with" else None
                if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                    like.extend(expand_conj(pobj))
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_ == "do" and child(c, "mark", lemma=("as",)) is not None:
            subj = child(c, "nsubj")
            if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
                like.extend(expand_conj(subj))  # "..., as did B"
    return like, unlike


def plural_side(subj: list[Token]) -> bool:
    """Subjects that name two or more parties: coordinated ("A and B") or one plural noun ("the
    two sides", "both countries"), which the actors stage resolves to a group."""
    if len(subj) >= 2:
        return True
    if len(subj) == 1 and subj[0].lower_ in ("they", "both"):
        return True  # ("A and B said they had agreed": a group only when the pronoun resolves to one)
    return len(subj) == 1 and subj[0].tag_ in ("NNS", "NNPS") and subj[0].pos_ != "PROPN"


def clause_verb(tok: Token) -> Token:
    """The verb heading the clause ``tok`` is in (itself if a verb)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
        t = t.head
    return t


_QUANT = frozenset({"number", "group", "majority", "handful", "dozen", "dozens", "some", "several", "all", "most"})


#: nouns of a body of like-minded parties that one joins ("joined the chorus of countries calling for X")
_GROUP_NOUNS = frozenset({"chorus", "ranks", "rank", "list", "group", "camp", "club", "coalition", "number", "bloc",
                          "array", "host", "line", "queue", "circle", "alliance"})
#: nouns of a party in a class with the subject ("X is the only country opposing Y")
_PARTY_NOUNS = frozenset({"country", "state", "nation", "government", "member", "party", "power", "economy",
                          "capital", "signatory", "democracy", "one"})


def _member_of(noun: Token) -> Token | None:
    """The subject said to belong to a class ("Germany is among the countries ...", "Peru is one of
    the states ...", "Austria is the only country ...") or to join one ("Chile joined the countries
    / the chorus of countries ..."), or None."""
    if noun.dep_ == "attr" and noun.lemma_.lower() in _PARTY_NOUNS and noun.head.lemma_ in ("be", "remain", "become"):
        pred = noun.head  # "X is the only / the last country still opposing Y": X
    elif noun.dep_ == "dobj" and noun.head.lemma_ == "join":
        pred = noun.head  # "X joined the countries calling for Y"
    else:
        prep = noun.head if noun.dep_ == "pobj" else None
        if prep is None:
            return None
        pred = prep.head
        if prep.lower_ == "of" and pred.lower_ == "one" and pred.dep_ in ("attr", "conj"):
            pred = pred.head
        elif prep.lower_ == "of" and pred.lemma_.lower() in _GROUP_NOUNS and pred.dep_ == "dobj" \
                and pred.head.lemma_ == "join":
            pred = pred.head  # "X joined the growing chorus / the ranks of countries calling for Y"
        elif prep.lower_ != "among":
            return None
        if pred.lemma_ not in ("be", "remain", "count", "rank", "stand", "join"):
            return None
    subj = child(pred, "nsubj")
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


def _quantified(toks: list[Token]) -> list[Token]:
    """"a handful of unions and the guild": the members, not the quantity noun; poll
    shares ("5 percent support X") hold nothing."""
    out: list[Token] = []
    for t in toks:
        if t.lemma_.lower() in ("percent", "%", "percentage", "cent"):
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = child(of, "pobj") if of is not None else None
        if t.lemma_.lower() in _QUANT and pobj is not None:
            out.extend(expand_conj(pobj))
        else:
            out.append(t)
            out.extend(x for x in coordinated_modifiers(t) if x not in out)
    return out


def coordinated_modifiers(noun: Token) -> list[Token]:
    """Coordinated names inside one holder phrase, each its own holder: "Hungarian and
    Romanian officials" (the adjectives), "the leaders of Malaysia and Singapore" (the
    names after "of")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and (c.pos_ == "PROPN" or c.ent_type_ == "NORP"):
            conj = [x for x in c.children if x.dep_ == "conj" and (x.pos_ == "PROPN" or x.ent_type_ in ("NORP", "GPE"))]
            if conj:
                out.extend([c, *conj])
        elif c.dep_ == "prep" and c.lower_ == "of" and noun.pos_ == "NOUN":
            pobj = child(c, "pobj")
            if pobj is not None and pobj.pos_ == "PROPN":
                out.extend(x for x in expand_conj(pobj)[1:] if x.pos_ == "PROPN")
    return out


def _nearest_subject(verb: Token) -> Token | None:
    """The active subject closest to the verb (also one hanging on its auxiliary)."""
    cands = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not cands and verb.dep_ in ("ROOT", "ccomp", "parataxis") and verb.pos_ == "VERB":
        # "New Zealand shares X": the tagger took the verb for a noun of the name, the parser
        # the name for its compound; "Minsk shares X", "Bucharest joined X": a capital opening the
        # sentence taken for a modifier of the verb
        cands = [c for c in verb.children if c.pos_ == "PROPN" and c.i == verb.i - 1 and (
            c.dep_ == "compound" or (c.dep_ in ("advmod", "amod", "npadvmod", "nmod") and (
                c.left_edge.i == verb.sent.start or c.doc[c.left_edge.i - 1].lower_ in ("said", "that"))))]
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass"):
            cands.extend(c for c in aux.children if c.dep_ in ("nsubj", "csubj"))
    if not cands and verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "conj", "ccomp"):
        # "On Monday, Kenya, which hosted the talks, welcomed X": the parser takes the subject
        # for an apposition of the fronted date
        for c in verb.children:
            pobj = child(c, "pobj") if c.dep_ == "prep" and c.i < verb.i else None
            if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                ap = child(pobj, "appos")
                if ap is not None and ap.i < verb.i and ap.pos_ in ("PROPN", "NOUN"):
                    cands.append(ap)
    if not cands:
        return None
    before = [c for c in cands if c.i < verb.i]
    found = max(before, key=lambda c: c.i) if before else min(cands, key=lambda c: c.i)
    return _past_dateline(found)


def _past_dateline(subj: Token) -> Token:
    """"ADDIS ABABA - The AU chairman, X, welcomed Y": a dateline in capitals opening the sentence
    and read as the subject, the real subject as its apposition; the apposition (its last name
    when the title has one: "the chairman, X")."""
    dash = caps_dateline_dash(subj) or city_country_dash(subj)
    if dash is None:
        return subj
    ap = next((c for c in subj.children if c.dep_ == "appos" and c.i > dash.i), None) or next(
        (c for c in subj.subtree if c.dep_ == "appos" and c.i > dash.i and c.head.i < dash.i), None)
    # ("NANTES, France - The city of Nantes": the apposition hung on the country after the city)
    if ap is None:
        return subj
    name = next((c for c in ap.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name if name is not None else ap


def rootless_verb(tok: Token) -> bool:
    """A verb the parser hung on the sentence's head noun as a reduced relative, when it is the
    main verb ("The Greek foreign minister protested against X": the root is "minister")."""
    head = tok.head
    return (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" and head.i != tok.i
            and head.pos_ in ("NOUN", "PROPN") and (tok.i == head.i + 1 or _set_off_between(head, tok))
            and child(tok, "agent") is None and not any(c.dep_ == "auxpass" for c in tok.children))


def _set_off_between(head: Token, tok: Token) -> bool:
    """Only a relative clause or apposition of ``head``, set off by commas, stands between ``head``
    and ``tok`` ("Norway, which has mediated before, offered ...")."""
    doc = head.doc
    if tok.i < head.i + 4 or doc[head.i + 1].text != "," or doc[tok.i - 1].text != ",":
        return False
    inner = {t.i for c in head.children if c.dep_ in ("relcl", "appos") and head.i < c.i < tok.i for t in c.subtree}
    return all(i in inner or doc[i].text == "," for i in range(head.i + 1, tok.i))


#: linking verbs whose predicate the parser may mark "oprd" ("Spain seems ready to back X")
_LINKING = frozenset({"seem", "appear", "look", "remain", "stay", "stand", "prove", "sound"})


def subjects(verb: Token) -> list[Token]:
    """Subject tokens of ``verb``, inherited along conj/xcomp/advcl/relcl chains.

    A relative pronoun subject is replaced by its antecedent; passive verbs give their
    "by" agent. Coordinated subjects are all returned.
    """
    t = verb
    for _ in range(8):
        agent = child(t, "agent")
        if agent is not None and child(t, "auxpass") is None and child(t, "nsubj") is not None:
            agent = None  # "Chile abided by X": an active verb's "by" parsed as an agent
        if agent is not None:
            pobj = child(agent, "pobj")
            if pobj is not None:
                return expand_conj(pobj)
        subj = _nearest_subject(t)
        if subj is None:
            subjpass = child(t, "nsubjpass")
            if subjpass is not None and t.tag_ != "VBN":
                subj = subjpass
            elif subjpass is not None and t.lemma_.lower() in STATIVE_PASSIVES:
                subj = subjpass  # "X is committed to / opposed to / determined to": a state of X
            elif subjpass is not None and t.i != verb.i and t.lemma_.lower() in _RAISING_PASSIVES:
                subj = subjpass  # "Spain is said / reported to favour X": a hedged report of Spain's view
            elif subjpass is not None:
                return []  # passive without agent: no holder
        if subj is not None:
            if subj.lower_ in RELPRON and t.dep_ == "relcl":
                member = _member_of(t.head)  # "X is among / one of the countries that back Y": X
                return expand_conj(member) if member is not None else _quantified(expand_conj(t.head))
            focus = _cleft_focus(t, subj)
            if focus is not None:
                return expand_conj(focus)  # "It was Russia that vetoed X"
            return _quantified(expand_conj(subj))
        if t.dep_ in ("relcl", "acl") and child(t, "aux", lemma=("to",)) is not None and t.head.dep_ == "attr" \
                and t.head.head.lemma_ in ("be", "become", "remain"):
            holder = child(t.head.head, "nsubj")  # "X was the only country to reject Y"
            if holder is not None:
                return expand_conj(holder)
        if t.dep_ == "relcl":
            if any(c.lower_ in RELPRON for c in t.children):
                return []  # object relative ("which X blamed"): the subject is inside the clause
            h = t.head  # reduced relative misparse: the antecedent acts
            return _quantified(expand_conj(h)) + ([h.head] if h.dep_ == "appos" else [])
        if rootless_verb(t):
            return expand_conj(t.head)  # "The Greek minister protested against X": no main verb parsed
        if t.dep_ == "acl" and t.tag_ == "VBN":
            return []
        if t.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp") and t.head.i != t.i:
            if t.dep_ == "acl":
                if t.head.lemma_.lower() in SPEECH_NOUNS and t.head.head.i != t.head.i:
                    author = _document_author(t.head)
                    if author:
                        return author  # "welcomed the UN resolution calling for X": the UN
                    if t.head.head.lemma_.lower() not in ISSUE_VERBS:
                        return []  # "blocked a statement criticising X": not the blocker's words
                    t = t.head.head  # "issued a declaration demanding ...": the issuer
                    continue
                member = _member_of(t.head) if t.tag_ == "VBG" else None
                if member is not None:
                    return expand_conj(member)  # "X is among the countries calling for Y": X
                return expand_conj(t.head) if t.head.pos_ in ("PROPN", "NOUN") else []
            if t.dep_ == "pcomp":  # "after accusing ..."
                t = t.head.head
                continue
            if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.dep_ == "advcl" \
                    and child(t.head, "mark", lemma=_CONDITION_MARKS) is not None and t.head.head.i != t.head.i:
                t = t.head.head  # "X said Y if Moscow continued Z, describing W": not Moscow's words
                continue
            if t.dep_ == "conj" and _judged_thing_then_address(t):
                t = t.head.head  # "X said the ban was unfair and urged Y to lift it": X urges
                continue
            t = t.head
            continue
        if t.head.i != t.i and (t.dep_ in ("acomp", "attr", "prep", "pobj") or (
                t.dep_ == "oprd" and t.head.lemma_.lower() in _LINKING)) and (
                t.pos_ not in ("VERB", "AUX") or t.dep_ == "acomp"):  # ("seems ready to X": a linking verb)
            t = t.head
            continue
        return []
    return []


_CONDITION_MARKS = ("if", "unless", "when", "until", "while", "because")
#: verbs that address a demand to someone ("urged Y to X")
_ADDRESS_VERBS = frozenset({"urge", "call", "ask", "appeal", "press", "demand", "implore", "exhort"})
#: subjects that can urge on their own: bodies and people, not the thing judged
_AGENT_NOUNS = frozenset("""government administration ministry authorities official officials leader leaders
    country state regime people council party army military police militia rebels group union opposition
    parliament assembly congress senate court agency bloc alliance minister president""".split())


def _judged_thing_then_address(verb: Token) -> bool:
    """"X said [the ban was discriminatory] and urged Y to lift it": an address verb coordinated with
    a reported copula whose subject is a thing (the parser puts both under the report); the
    reporter addresses Y."""
    head = verb.head
    if verb.lemma_.lower() not in _ADDRESS_VERBS or child(verb, "nsubj") is not None or head.lemma_ != "be" \
            or head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORT_VERBS:
        return False
    subj = child(head, "nsubj")
    return subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ == "" \
        and subj.lemma_.lower() not in _AGENT_NOUNS and subj.lower_ not in _AGENT_NOUNS


def _cleft_focus(verb: Token, subj: Token) -> Token | None:
    """"It was X that / who did Y": X, the focus of a cleft sentence, is the subject of Y."""
    if subj.lower_ not in ("that", "who", "which") or verb.dep_ not in ("ccomp", "relcl"):
        return None
    be = verb.head if verb.dep_ == "ccomp" else verb.head.head
    if be.lemma_ != "be" or child(be, "nsubj") is None or child(be, "nsubj").lower_ != "it":  # type: ignore[union-attr]
        return None
    focus = child(be, "attr")
    return focus if focus is not None and focus.pos_ in ("PROPN", "NOUN") and focus.i < verb.i else None


def _document_author(noun: Token) -> list[Token]:
    """The author named on a document noun: "the EU statement", "Egypt's letter", "a
    resolution by the council"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS:
            return expand_conj(c)
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = child(c, "pobj")
            if pobj is not None and pobj.pos_ == "PROPN":
                return expand_conj(pobj)
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and (
                c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")):
            return [c]
    return []


def _is_reporting(h: Token, clause: Token | None = None) -> bool:
    lem = h.lemma_.lower()
    if lem in REPORT_VERBS:
        return True
    # "made clear / plain / known (that) ...": the adjective may hang on the clause's verb instead
    # of "made", or be the clause itself; "left no doubt that ..."
    if lem == "leave":
        return any(c.lower_ == "doubt" and c.dep_ == "dobj" for c in h.children)
    if lem == "have":  # "X has no doubt that ...": X's view, as "X is convinced that ..."
        return any(c.lower_ == "doubt" and c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no"
                                                                     for d in c.children) for c in h.children)
    if lem == "point":
        return any(c.lower_ == "out" and c.dep_ == "prt" for c in h.children)  # "pointed out that ..."
    return lem == "make" and any(c.lower_ in _MADE_CLEAR and c.i <= (clause.i if clause is not None else len(h.doc))
                                 for c in [*h.children, *(clause.children if clause is not None else ()),
                                           *([clause] if clause is not None else [])])


_MADE_CLEAR = frozenset({"clear", "plain", "known", "public"})


#: nouns of a held view whose "that" clause states it ("takes the view that Y", "X's position is that Y")
_VIEW_CLAUSE_NOUNS = frozenset({"view", "opinion", "position", "belief", "stance", "conviction", "assessment",
                                "contention", "impression", "feeling"})
#: verbs that hold such a view ("takes / holds / has taken the view that")
_VIEW_HOLDING_VERBS = frozenset({"take", "hold", "have", "share", "adopt", "maintain", "express", "reiterate",
                                 "restate", "state", "voice"})
#: adjectives of conviction whose clause is the subject's view ("X is convinced that Y")
_CONVINCED = frozenset({"convinced", "persuaded", "adamant", "confident"})


def _view_owner(clause: Token) -> Token | None:
    """The holder of a view stated in a "that" clause on a view noun or a conviction adjective."""
    head = clause.head
    if head.i == clause.i:
        return None
    if clause.dep_ == "ccomp" and head.lower_ in _CONVINCED and head.tag_ == "VBN" and not is_negated(head) \
            and child(clause, "nsubj") is not None and child(clause, "mark") is None:
        aux = child(head, "auxpass")  # "X is convinced Y is illegal": the "that" left out (X may hang on "is")
        return child(head, "nsubjpass", "nsubj") or (child(aux, "nsubj") if aux is not None else None)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    if clause.dep_ == "ccomp" and head.lower_ in _CONVINCED and head.dep_ == "acomp":
        if is_negated(head.head) or is_negated(head):
            return None  # "X is not convinced that Y"
        subj = subjects(head.head)
        return subj[0] if subj else None
    if clause.dep_ == "ccomp" and head.lower_ in _CONVINCED and head.tag_ == "VBN" and not is_negated(head):
        return child(head, "nsubjpass")  # "X is convinced that Y" read as a passive (not "is not convinced")
    if clause.dep_ == "ccomp" and head.lemma_ == "hold" and not is_negated(head):
        subj = subjects(head)  # "X holds that Y"
        return subj[0] if subj and not is_court(subj[0]) else None  # (a court's holding is a ruling)
    if clause.dep_ in ("ccomp", "attr") and head.lemma_ == "be":
        noun = child(head, "nsubj")  # "X's position is that Y"
        if noun is not None and noun.lemma_.lower() in _VIEW_CLAUSE_NOUNS:
            return child(noun, "poss")
        return None
    if clause.dep_ not in ("acl", "ccomp", "appos") or head.lemma_.lower() not in _VIEW_CLAUSE_NOUNS:
        return None
    poss = child(head, "poss")
    if poss is not None:
        return poss  # "X's view that Y"
    gov = head.head
    if head.dep_ == "dobj" and gov.lemma_.lower() in _VIEW_HOLDING_VERBS:
        subj = subjects(gov)
        return subj[0] if subj else None
    if head.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lemma_ == "be":
        subj = subjects(gov.head)  # "X is of the view / opinion that Y"
        return subj[0] if subj else None
    return None


def reporting_subject(verb: Token) -> Token | None:
    """For a clause that is the complement of a reporting verb, that verb's subject.

    Also covers the inverted order "We reject X, the minister said" (the reporting verb
    hangs on the clause as conj/parataxis/ccomp).
    """
    t = verb
    for _ in range(6):
        for c in t.children:
            if c.dep_ in ("conj", "parataxis", "ccomp", "advcl") and c.i > verb.i and _is_reporting(c) \
                    and not any(x.dep_ in ("ccomp", "xcomp") for x in c.children):
                subj = subjects(c)
                if subj:
                    return subj[0]
            if c.dep_ == "parataxis" and c.i < verb.i and t.i == verb.i and _is_reporting(c) \
                    and c.left_edge.i > 0 and verb.doc[c.left_edge.i - 1].text == "," \
                    and c.i + 1 < len(verb.doc) and verb.doc[c.i + 1].text == "," \
                    and not any(x.dep_ in ("ccomp", "xcomp") for x in c.children):
                subj = subjects(c)  # set off inside the clause: "Y, the minister said, would not Z"
                if subj:
                    return subj[0]
        if t.dep_ == "acl" and t.head.lemma_ == "doubt" and t.head.dep_ == "dobj":
            t = t.head  # "left no doubt that ...": the clause hangs on "doubt"
        if t.dep_ == "csubj" and t.head.lower_ in _MADE_CLEAR and t.head.i < t.i:
            t = t.head  # "made clear it opposes X": the clause read as the adjective's subject
            continue
        owner = _view_owner(t)
        if owner is not None:
            return owner  # "X takes / holds the view that Y", "X is of the opinion that Y", "X's position is that Y"
        if t.dep_ == "relcl" and t.head.dep_ == "attr" and t.head.lower_ in ("something", "one", "thing") \
                and t.head.head.lemma_ == "be":
            t = t.head.head  # "X said Y was something it would never accept": the copula's clause
            continue
        if t.dep_ in ("ccomp", "conj", "advcl", "parataxis", "xcomp", "acomp", "dobj") and t.head.i != t.i:
            h = t.head
            if t.dep_ == "dobj" and t.lemma_ != "doubt":
                break
            if _is_reporting(h, t):
                if t.dep_ == "ccomp" and is_negated(h):
                    return None  # "X did not say that Y": no view of X's reported
                subj = subjects(h)
                if subj:
                    return subj[0]
            t = h
            continue
        break
    return None


def _defining(noun: Token, rel: Token) -> bool:
    """A relative clause that says which thing is meant after "any / every": "any solution that
    divided the island" is nothing without it (set off by a comma it is an aside, and cut)."""
    return rel.dep_ == "relcl" and rel.i > noun.i and noun.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in noun.children) \
        and rel.left_edge.i > 0 and noun.doc[rel.left_edge.i - 1].text != ","


def _gerund_compound(noun: Token, acl: Token) -> bool:
    """A noun compound the parser split into a noun and a gerund clause on it: "the fisheries
    monitoring scheme" read as "fisheries | monitoring (the) scheme". Only a gerund right after a
    common noun whose one dependent is a bare noun right after it (no determiner, no possessor),
    so that a cut "acl" keeps the compound whole; "the officials monitoring the scheme" is cut."""
    if acl.dep_ != "acl" or acl.tag_ != "VBG" or acl.i != noun.i + 1 or noun.pos_ != "NOUN":
        return False
    deps = list(acl.children)
    if len(deps) != 1 or deps[0].dep_ != "dobj" or deps[0].i != acl.i + 1 or deps[0].pos_ != "NOUN":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in deps[0].children)


def compact_span(tok: Token, *, cut: frozenset[str] = _CUT, keep_first: bool = True) -> tuple[int, int]:
    """Token range [start, end) of ``tok``'s subtree without relative/adverbial clauses,
    appositions and punctuation at the edges."""
    lo, hi = tok.i, tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        lo, hi = min(lo, t.i), max(hi, t.i)
        for c in t.children:
            if c.dep_ in cut and not (c.dep_ == "mark" and t.i != tok.i) and not (
                    c.dep_ == "advcl" and t.pos_ in ("NOUN", "PROPN") and c.i > t.i) and not _defining(t, c) \
                    and not _gerund_compound(t, c):
                continue  # (an infinitive on a noun is its complement: "permission for X to enter")
            if c.dep_ in ("prep", "npadvmod") and is_time(c):
                continue  # "on Tuesday", "last week": when, not what
            if c.i != tok.i and c.i > t.i and _absolute(c):
                continue  # "..., with Berlin rejecting X": an absolute clause of its own
            stack.append(c)
    doc = tok.doc
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or (doc[lo].dep_ == "mark" and not keep_first)):
        lo += 1
    return lo, _possessum_end(doc, hi) + 1


def _absolute(c: Token) -> bool:
    """"with Berlin rejecting X" (a prep whose clause has its own subject) and the name coordinated
    after it that opens the next such clause ("... X and Paris | arguing Y")."""
    if c.dep_ == "prep" and c.lower_ in ("with", "without"):
        clause = child(c, "pcomp")
        return clause is not None and clause.tag_ == "VBG" and child(clause, "nsubj") is not None
    if c.dep_ == "conj" and c.pos_ == "PROPN" and c.head.pos_ == "NOUN" and c.i + 1 < len(c.doc):
        nxt = c.doc[c.i + 1]
        return nxt.tag_ == "VBG" and nxt.dep_ in ("advcl", "conj", "acl") and nxt.head.i != c.i
    return False


def _possessum_end(doc: Doc, hi: int) -> int:
    """A span never ends in a possessor: "the rebels' | offer", when the parser took the possessed
    noun for a verb, runs on to that noun (and the nouns compounded with it)."""
    k = hi + 1
    if k + 1 >= len(doc) or doc[k].tag_ != "POS" or not doc[k + 1].is_alpha \
            or doc[k + 1].pos_ in ("DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PART"):
        return hi
    end = k + 1
    while end + 1 < len(doc) and (doc[end].pos_ in ("ADJ", "NUM") or doc[end].dep_ in ("amod", "compound")) and \
            doc[end + 1].pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
        end += 1  # "the country's frayed electrical grid": through the modifiers to the head noun
    return end


def is_time(tok: Token) -> bool:
    """A time adjunct: "on Tuesday", "last week", "in 2017"."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    pobj = child(tok, "pobj")
    return pobj is not None and pobj.ent_type_ in ("DATE", "TIME") and tok.lower_ in ("on", "in", "at", "during", "since")


def prep_object(tok: Token, preps: Iterable[str]) -> tuple[Token, Token] | None:
    """(prep, object) for the first prepositional child in ``preps`` that has an object."""
    found = []
    order = {p: i for i, p in enumerate(preps)}
    for c in tok.children:
        if (c.dep_ in ("prep", "dative", "prt") or (c.dep_ == "agent" and child(tok, "auxpass") is None)) \
                and c.lower_ in order and not is_time(c):  # (an active verb's "by" parsed as an agent)
            obj = child(c, "pobj", "pcomp")
            if obj is not None:
                found.append((order[c.lower_], c.i, c, obj))
    if not found:
        return None
    _, _, prep, obj = min(found, key=lambda x: (x[0], x[1]))  # the listed order wins: "appealed to X for Y"
    return prep, obj


def span_text(sent: Span | Token, lo: int, hi: int) -> str:
    doc = sent.doc
    return doc[lo:hi].text


#: verbs of naming in a free relative ("what it called / described as X")
_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "see", "consider", "brand", "characterise",
                           "characterize"})


def what_named(clause: Token) -> Token | None:
    """The noun a free relative of naming names: "(condemned / protested over) what it called
    illegal sanctions" -> "sanctions", "what Manila described as dangerous manoeuvres" ->
    "manoeuvres"; None for any other clause."""
    if clause.lemma_.lower() not in _NAMING_VERBS or not any(
            c.lower_ == "what" and c.dep_ == "dobj" for c in clause.children):
        return None
    named = named_by(clause)
    return named if named is not None and named.pos_ in ("NOUN", "PROPN") else None


def named_by(clause: Token) -> Token | None:
    """What the verb of a free relative of naming ("what it called a sham", "what Manila described
    as dangerous manoeuvres") names: its complement, a second object after it, else the object of
    its "as"; None when it has none (any part of speech: the callers choose)."""
    named = child(clause, "oprd", "attr", "xcomp") or next(  # "what it called a sham"
        (c for c in clause.children if c.dep_ == "dobj" and c.lower_ != "what" and c.i > clause.i), None)
    as_ = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if named is None and as_ is not None:
        named = child(as_, "pobj")
    return named


def passive_seat(verb: Token) -> Token | None:
    """"Y was welcomed / rejected / frowned upon in Berlin": a passive cue with no agent whose "in"
    names a place by its proper name holds it when the place is a seat of government (the actors
    stage resolves capitals to their state; any other town names no holder)."""
    if child(verb, "auxpass") is None or child(verb, "agent") is not None or child(verb, "nsubjpass") is None:
        return None
    ins = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    last = next((c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))),
                None)
    if last is not None:
        ins += [c for c in last.children if c.dep_ == "prep" and c.lower_ == "in"]  # "frowned upon | in X"
    for c in ins:
        pobj = child(c, "pobj")
        if pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ in ("GPE", "", "FAC", "LOC") and not is_time(c):
            return pobj  # (the model takes some capitals for a facility or a place: "La Paz")
    return None
