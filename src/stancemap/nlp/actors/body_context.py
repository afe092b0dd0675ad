"""Names the tagger takes for persons that the words after them show to be bodies (branch spk5).

"Kestrel Mills, which owns the dyeworks, said ..." and "Bellhaven Orchards, a family company that
sells apples, said ...": a name with no given name the tables know, followed by a comma and either
a relative clause with "which" (a person would take "who") while it is the subject of a speech cue,
or an apposition headed by a noun that never names a person (company, firm, farm, charity,
cooperative, ...), is an organisation. Without this the name became a person's (or, untagged, no
actor), and a later "the company" or "the firm" found no company to stand for. A known given name,
a person noun in the apposition ("a property developer and spokesman for ...") or a surname alone
keeps the person; "developer", "producer", "grower" name people as often and are no evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .appos_nouns import _COMPANY_APPOS, _PERSON_NOUNS, _TRADE_APPOS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...actors.tables import Tables

#: apposition heads that make a name without a given name a body's; the company ones make it a company.
#: Only nouns that never name a person: "developer", "producer", "grower" name people as often
#: ("Corvin Aldane, a property developer and spokesman for the landlords' lobby,": a person)
_COMPANY_HEADS = _COMPANY_APPOS | frozenset({"farm", "plantation", "mill", "brewery", "distillery", "shipyard",
                                             "mine"})
_OTHER_HEADS = frozenset({"charity", "cooperative", "co-operative", "organisation", "organization", "association",
                          "federation", "nonprofit", "non-profit", "ngo", "foundation", "union", "alliance",
                          "publisher", "broadcaster", "newspaper", "hospital", "university", "consortium"})


def _apposition_head(e: Span) -> Token | None:
    """The head noun of a determiner-led apposition right after ``e`` and its comma ("..., a grower
    that ships ...", "..., the state oil company,"), or None."""
    doc = e.doc
    k = e.end + 1
    if k >= len(doc) or doc[k].lower_ not in ("a", "an", "the"):
        return None
    head = None
    for m in range(k + 1, min(len(doc), k + 7)):
        w = doc[m]
        if w.pos_ in ("ADJ", "PROPN", "NUM", "ADV") or w.text in ("-", "–") \
                or (w.pos_ == "VERB" and w.tag_ in ("VBN", "VBG") and w.dep_ in ("amod", "compound")):
            continue
        if w.pos_ == "NOUN":
            head = w
            continue
        break
    return head


#: cues a body speaks by ("Naxos, which relies on tourism, fears ..." is a place: no cue)
_SPEECH = frozenset({"say", "tell", "announce", "state", "add", "warn", "claim", "report", "deny", "confirm",
                     "insist", "argue", "explain", "note", "accuse", "urge", "call", "complain", "reply", "respond",
                     "declare", "stress", "acknowledge", "admit", "predict", "estimate", "write", "promise", "pledge",
                     "vow", "threaten", "reject", "criticise", "criticize", "welcome", "ask", "demand", "describe"})


def _speech(verb: Token) -> bool:
    return verb.lemma_.lower() in _SPEECH


def _person_noun_in_apposition(doc: Doc, k: int) -> bool:
    """Whether the apposition opening at token ``k`` names a person anywhere before its closing
    comma or clause ("a developer and spokeswoman for the coalition")."""
    for t in doc[k : min(len(doc), k + 14)]:
        if t.text == "," or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return False
        if t.lower_ in _PERSON_NOUNS and t.pos_ == "NOUN":
            return True
    return False


def body_by_context(e: Span, tables: Tables) -> str | None:
    """"BUS" (a company) or "" (another body) when the PERSON entity ``e`` is a body by the words
    after it (module doc); None when it stays what the tagger says."""
    doc = e.doc
    if e.label_ != "PERSON" or e.end + 2 >= len(doc) or doc[e.end].text != ",":
        return None
    if any(w.text in tables.male or w.text in tables.female for w in e) or not all(w.is_title for w in e):
        return None
    nxt = doc[e.end + 1]
    if nxt.lower_ == "which" and nxt.dep_ in ("nsubj", "nsubjpass", "dobj") and nxt.head.pos_ in ("VERB", "AUX") \
            and e.root.dep_ == "nsubj" and e.root.head.i > nxt.head.i and _speech(e.root.head):
        return ""  # the subject of a later speech cue ("X, which owns ..., said"), not a place
    head = _apposition_head(e)
    if head is None or _person_noun_in_apposition(doc, e.end + 1):
        return None
    low = head.lemma_.lower()
    if len(e) == 1 and low not in _COMPANY_APPOS:
        return None  # a surname alone: "Reyes, the farm's owner," is a person as often
    if low in _COMPANY_HEADS:
        return "BUS"
    return "" if low in _OTHER_HEADS else None


def untagged_bodies(doc: Doc, tables: Tables) -> list[tuple[int, int, str]]:
    """(start, end, sector) token spans of capitalised names the tagger left untagged that the words
    after them show to be bodies ("Kestrel Mills, which owns the dyeworks, said ...", "Bellhaven Orchards,
    a grower that ..., said"): one to four title-case proper nouns (no given name the tables know),
    the subject of a verb after a "which" clause or a body-noun apposition (sector as
    :func:`body_by_context`)."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ != "nsubj" or tok.i + 3 >= len(doc) \
                or doc[tok.i + 1].text != "," or tok.head.i < tok.i:
            continue
        lo = tok.i
        while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == tok.i and doc[lo - 1].pos_ == "PROPN" \
                and not doc[lo - 1].ent_type_:
            lo -= 1
        words = doc[lo : tok.i + 1]
        if len(words) > 4 or not all(w.is_title and w.is_alpha for w in words) \
                or any(w.text in tables.male or w.text in tables.female for w in words):
            continue
        if doc[tok.i + 2].lower_ == "which":
            rel = doc[tok.i + 2].head
            if rel.dep_ == "relcl" and rel.head.i == tok.i and tok.head.i > rel.i and _speech(tok.head) \
                    and not (lo > 0 and doc[lo - 1].lower_ in ("in", "at", "to", "from", "near")):
                out.append((lo, tok.i + 1, ""))
            continue
        head = _apposition_head(words)
        if head is None or head.dep_ != "appos" or head.head.i != tok.i \
                or _person_noun_in_apposition(doc, tok.i + 2):
            continue
        low = head.lemma_.lower()
        if len(words) == 1 and low not in _COMPANY_APPOS and low not in _OTHER_HEADS:
            continue  # a surname alone ("Reyes, a property developer,")
        if low in _COMPANY_HEADS:
            out.append((lo, tok.i + 1, "BUS"))
        elif low in _OTHER_HEADS:
            out.append((lo, tok.i + 1, ""))
    return out


def named_after_body_noun(doc: Doc, tables: Tables) -> list[tuple[int, int, str]]:
    """(start, end, sector) token spans of names in apposition after a definite body noun ("The
    operator, Vantor Ferries, said"; "the charity, Hope Wells,"; a trade noun too: a name of two
    words or more, no given name, after "the operator" is the operating company's) that the tagger left untagged or
    took for an organisation or a person without a given name the tables know: the body the noun
    says (sector as :func:`body_by_context`)."""
    out = []
    for noun in doc:
        low = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" \
                or (low not in _COMPANY_HEADS and low not in _OTHER_HEADS and low not in _TRADE_APPOS) \
                or noun.i + 3 >= len(doc) or doc[noun.i + 1].text != "," \
                or not any(c.dep_ in ("det", "poss") and c.i < noun.i for c in noun.children):
            continue
        app = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i + 1), None)
        if app is None or app.pos_ != "PROPN" or app.left_edge.i != noun.i + 2:
            continue
        words = doc[app.left_edge.i : app.i + 1]
        if len(words) > 4 or not all(w.is_title and w.is_alpha and w.pos_ == "PROPN" for w in words) \
                or any(w.ent_type_ not in ("", "ORG", "PERSON") for w in words) \
                or any(w.text in tables.male or w.text in tables.female for w in words) \
                or app.i + 1 >= len(doc) or doc[app.i + 1].text != ",":
            continue
        if len(words) == 1 and low not in _COMPANY_APPOS and low not in _OTHER_HEADS:
            continue  # "the developer, Reyes,": a surname alone is a person's as often
        out.append((words.start, words.end, "BUS" if low in _COMPANY_HEADS or low in _TRADE_APPOS else ""))
    return out
