"""Parse repairs for the stance rules: a cue's complement stranded inside an adverbial.

An adverbial between a cue verb and its complement ("refused in a statement to sign X",
"called at the summit for X", "objected on Monday to X", "refused point-blank to X") often makes
the parser hang the complement on the adverbial's noun ("a statement to sign X": an infinitival
relative clause) or read the adverb as the verb's object. Every rule then misses the complement.
This module moves such a complement back to the cue verb, for every verb cue at once, before the
rules run (the stance stage is the pipeline's last; the earlier stages have read the parse).

Only adverbials whose noun is a time or a communication / occasion ("in a statement", "at the
summit", "on Monday", "in principle") are looked into, so that a real relative clause on a
noun ("rejected the request to sign X") keeps its head.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..common.guard import set_heads
from .lexicon import Lexicon, cue_verb
from .syntax import child

#: prepositions of adverbials that may stand between a verb and its complement
_ADVERBIAL_PREPS = frozenset({"in", "at", "on", "during", "after", "before", "following", "via", "through", "by"})
#: nouns of such adverbials: occasions and means of saying something, and manner nouns
_OCCASION_NOUNS = frozenset({
    "statement", "interview", "speech", "letter", "meeting", "summit", "talks", "session", "conference",
    "briefing", "message", "post", "note", "address", "communique", "communiqué", "declaration", "tweet",
    "call", "visit", "hearing", "debate", "sitting", "remarks", "response", "reply", "principle", "public",
    "private", "writing", "person", "turn", "comments", "video", "broadcast", "podcast", "op-ed", "article",
    "report", "resolution", "vote", "ceremony", "rally", "forum", "assembly", "gathering", "parliament",
    "congress", "meantime", "meanwhile", "end", "past", "week", "month", "year", "morning", "afternoon",
    "evening", "night", "weekend", "time", "day"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: entity types of a named agent ("by Russian drones", "by Beijing", "by the UN")
_AGENT_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
#: adverbs the parser reads as an object ("refused point-blank to X", "rejected outright X")
_ADVERB_OBJECTS = frozenset({"blank", "point-blank", "outright", "flat", "again", "anew", "once", "twice"})


def is_occasion(noun: Token) -> bool:
    """Is the noun a time, an occasion or a means of saying something ("on Monday", "in a statement")?"""
    return noun.lemma_.lower() in _OCCASION_NOUNS or noun.lower_ in _OCCASION_NOUNS or noun.ent_type_ in _TIME_ENTS


def _to_infinitive(tok: Token) -> bool:
    return tok.dep_ in ("acl", "relcl") and tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in tok.children)


def repair_stranded_complements(doc: Doc, lex: Lexicon) -> int:
    """Move stranded complements of verb cues back to the verb; returns how many were moved.

    Rewrites the shared Doc's heads and deps: safe because the stance stage is the pipeline's last
    (``STAGES``); a stage or reader of the parse after it would see the repaired parse."""
    moved = 0
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") and v.tag_[:2] != "VB":
            continue
        cue = lex.verbs.get(v.lemma_.lower())
        if cue is None:
            continue
        kids = list(v.children)
        has_xcomp = any(c.dep_ in ("xcomp", "ccomp") for c in kids)
        has_obj = any(c.dep_ == "dobj" and c.lower_ not in _ADVERB_OBJECTS for c in kids)
        has_prep = {c.lower_ for c in kids if c.dep_ in ("prep", "dative")}
        # an adverb read as the object: "refused point-blank to sign X"
        for c in kids:
            if c.dep_ == "dobj" and c.lower_ in _ADVERB_OBJECTS and c.i > v.i:
                c.dep_ = "advmod"
                moved += 1
                for q in list(c.children):
                    if q.dep_ == "prep" and q.i > c.i and q.lower_ in cue.preps and not has_prep & set(cue.preps) \
                            and set_heads([(q, v, None)]):  # "objected point-blank to X": "to X" hung on the adverb
                        has_prep.add(q.lower_)
        for p in kids:
            if p.dep_ != "prep" or p.lower_ not in _ADVERBIAL_PREPS or p.i < v.i:
                continue
            noun = next((c for c in p.children if c.dep_ == "pobj"), None)
            if noun is None or not is_occasion(noun):
                continue
            for c in list(noun.children):
                if c.i < noun.i:
                    continue
                if not has_xcomp and _to_infinitive(c):
                    if not set_heads([(c, v, "xcomp")]):  # "refused in a statement to sign X"
                        continue
                    has_xcomp = True
                    moved += 1
                elif c.dep_ == "prep" and c.lower_ in cue.preps and c.lower_ != "with" and not has_prep & set(cue.preps):
                    # (only when the verb has none of its own prepositions yet; never "with":
                    # "talks / a meeting with X" is the noun's own)
                    if not set_heads([(c, v, None)]):  # "called at the summit for X", "objected on Monday to X"
                        continue
                    has_prep.add(c.lower_)
                    moved += 1
                elif c.dep_ == "appos" and not has_obj and not has_xcomp and not cue.needs_prep \
                        and c.pos_ in ("NOUN", "PROPN") and not doc[c.left_edge.i - 1].is_punct:
                    # (not after a dash or comma: "during the briefing -- excerpts of which ...")
                    if not set_heads([(c, v, "dobj")]):  # "rejected in a statement the new X"
                        continue
                    has_obj = True
                    moved += 1
    return moved


#: true auxiliaries and modals: never a cue verb misread as one
_TRUE_AUX = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might",
                       "must", "ought", "need", "dare", "get", "to", "'s", "'ve", "'d", "'ll", "not"})


#: participles that often stand as adjectives before a noun ("proposed changes", "planned cuts")
_ADJECTIVAL_PARTICIPLES = frozenset("""proposed planned forced disputed contested revised amended expanded extended
    renewed delayed suggested alleged reported imposed announced rigged leaked stalled""".split())


def repair_cue_read_as_auxiliary(doc: Doc, lex: Lexicon) -> int:
    """A finite cue verb before a participle that modifies its object ("opposes forced returns",
    "rejects proposed changes", "backs planned cuts") is often read as the participle's
    auxiliary, the participle as the clause's verb: the cue becomes the verb again, with the
    participle's dependents, and the participle an adjective of its object. Returns how many.

    Rewrites the shared Doc's heads, deps, POS, tags and lemmas, as :func:`repair_stranded_complements`
    does: safe because the stance stage is the pipeline's last (``STAGES``), after the events and
    statements have read the parse. Run before them it would change their output (the event stage
    reads a REJECT event from a repaired "rejects proposed changes"; tested in
    tests/nlp/test_stances_rewordings_b45.py), so it must stay inside the stance stage."""
    moved = 0
    for v in doc:
        part = v.head
        if v.dep_ == "nsubj" and v.tag_ == "NNS" and part.tag_ in ("VBN", "VBD") and part.i == v.i + 1 \
                and part.lower_ in _ADJECTIVAL_PARTICIPLES:
            name = next((c for c in v.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == v.i - 1), None)
            if name is None or cue_verb(v, lex, skip=_TRUE_AUX) is None or not any(
                    c.dep_ == "dobj" and c.i > part.i and c.pos_ in ("NOUN", "PROPN") for c in part.children):
                continue
            # "The Kremlin rejects proposed changes": the cue read as a plural noun ("the Kremlin
            # rejects") with the participle as the verb; the name before it is the subject
            if not set_heads([*((c, name, None) for c in v.children if c.i != name.i), (name, v, "nsubj")]):
                continue
            v.tag_ = "VBZ"
        elif v.dep_ != "aux" or v.tag_ not in ("VBZ", "VBD", "VBP") or part.tag_ != "VBN" or part.i != v.i + 1:
            continue
        lemma = cue_verb(v, lex, skip=_TRUE_AUX)
        obj = next((c for c in part.children if c.dep_ == "dobj" and c.i > part.i and c.pos_ in ("NOUN", "PROPN")),
                   None)
        if lemma is None or obj is None or any(c.dep_ in ("aux", "auxpass") and c.i < v.i for c in part.children):
            continue
        up = (v, "ROOT") if part.head.i == part.i else (part.head, part.dep_)
        if not set_heads([(v, *up), *((c, v, None) for c in part.children if c.i != v.i and c.i != obj.i),
                          (obj, v, "dobj"), (part, obj, "amod")]):
            continue
        part.pos_ = "ADJ"
        v.pos_, v.lemma_ = "VERB", lemma
        moved += 1
    return moved


#: verb forms the model gives a wrong lemma ("hopes", "hoped", "hoping" -> "hop"), with the right one
_WRONG_LEMMAS = {("hopes", "hop"): "hope", ("hoped", "hop"): "hope", ("hoping", "hop"): "hope"}


def repair_lemmas(doc: Doc) -> int:
    """Give verb forms the model lemmatises wrongly their lemma ("Belgium hopes to see X": "hope", not
    "hop"), so that their cues are found. Returns how many; the caller drops the Doc's cached words."""
    fixed = 0
    for t in doc:
        right = _WRONG_LEMMAS.get((t.lower_, t.lemma_))
        if right is not None and t.pos_ in ("VERB", "AUX"):
            t.lemma_ = right
            fixed += 1
    return fixed


def repair_fronted_label(doc: Doc, lex: Lexicon) -> int:
    """A label put before the object: "dismissed as absurd the accusations that X", "rejected as
    baseless British claims": the parser reads "as" with the whole object as its noun phrase and
    the verb has no object. The noun becomes the verb's object again and the adjective the label
    of "as" (the order "dismissed the accusations as absurd" already parses). Returns how many.

    Only a verb cue with no object of its own and no passive subject, "as" right after it and an
    adjective right after "as" that modifies the noun; rewrites heads and deps as
    :func:`repair_stranded_complements` does."""
    moved = 0
    for v in doc:
        if v.pos_ != "VERB" or (v.lemma_.lower() not in lex.verbs and v.lemma_.lower() not in lex.label_verbs):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in v.children):
            continue
        as_ = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == v.i + 1), None)
        noun = child(as_, "pobj") if as_ is not None else None
        if as_ is None or noun is None or noun.pos_ != "NOUN" or as_.i + 2 > noun.i:
            continue
        adj = doc[as_.i + 1]
        quoted = adj.is_quote and as_.i + 3 < noun.i and doc[as_.i + 3].is_quote
        if quoted:  # "dismissed as 'nonsense' Western claims": a quoted label, a noun too
            adj = doc[as_.i + 2]
        on_noun = adj.head.i == noun.i or (adj.head.head.i == noun.i and adj.head.dep_ in ("amod", "compound"))
        label = (adj.pos_ == "ADJ" and adj.dep_ == "amod") or (
            quoted and adj.pos_ == "NOUN" and adj.dep_ in ("nmod", "compound", "amod"))
        if not label or not on_noun or any(not c.is_punct for c in adj.children):
            continue
        if set_heads([(noun, v, "dobj"), (adj, as_, "pobj")]):
            moved += 1
    return moved


#: verbs of a trailing attribution ("..., the minister said")
_ATTRIBUTION = frozenset({"say", "tell", "add", "state", "announce", "confirm", "report", "write"})


def repair_trailing_attribution(doc: Doc, lex: Lexicon) -> int:
    """"X welcomed Y's decision to resume talks on Z, Minister W said": the parser may read the
    cue's object as the subject of the trailing "said" and the speaker as an apposition inside
    the object; the cue then has no object. The object goes back to the cue, the speaker becomes
    the subject of "said" and the cue's clause its complement. Returns how many were moved.

    Only when the cue verb has no object, "said" is its complement, the supposed subject stands
    between them and the speaker is a name set off by a comma that ends right before "said"."""
    moved = 0
    for say in doc:
        v = say.head
        if say.lemma_.lower() not in _ATTRIBUTION or say.dep_ != "ccomp" or v.i >= say.i:
            continue
        if v.pos_ != "VERB" or v.lemma_.lower() not in lex.verbs or any(c.dep_ in ("dobj", "xcomp", "ccomp")
                                                                       and c.i != say.i for c in v.children):
            continue
        n = next((c for c in say.children if c.dep_ == "nsubj" and v.i < c.i < say.i and c.pos_ in ("NOUN", "PROPN")),
                 None)
        if n is None:
            continue
        x = next((t for t in n.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i < say.i
                  and t.right_edge.i == say.i - 1 and t.left_edge.i > n.i and doc[t.left_edge.i - 1].text == ","),
                 None)
        if x is None:
            continue
        up = (say, "ROOT") if v.head.i == v.i else (v.head, v.dep_)
        if set_heads([(n, v, "dobj"), (x, say, "nsubj"), (say, *up), (v, say, "ccomp")]):
            moved += 1
    return moved


#: nouns that sum up the clause before them in a bare relative ("..., a charge X rejected")
SUMMARY_NOUNS = frozenset({"move", "step", "decision", "measure", "charge", "claim", "accusation", "allegation",
                           "account", "assertion", "version"})
#: words a bare relative's subject may hold ("Beijing's embassy in Manila", "the Taliban")
_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"})


def repair_bare_relative(doc: Doc, lex: Lexicon) -> int:
    """"..., a charge the Taliban have rejected", "..., an account Beijing's embassy rejected": in a
    long sentence the parser may read the relative clause's subject as an apposition and hang its
    verb, left without a subject, on the main verb. The subject goes back to the verb and the verb
    becomes a relative clause of the summing-up noun. Returns how many were moved.

    Only after ", a/an" + a summing-up noun, when a noun phrase follows directly and then (after
    auxiliaries and adverbs) a past verb cue that has neither subject nor object."""
    moved = 0
    for n in doc:
        if n.lemma_.lower() not in SUMMARY_NOUNS or n.pos_ != "NOUN" or n.i < 2 \
                or doc[n.i - 1].lower_ not in ("a", "an") or doc[n.i - 2].text != ",":
            continue
        j = n.i + 1
        while j < len(doc) and (doc[j].pos_ in _NP_POS or doc[j].tag_ == "POS" or (
                doc[j].lower_ in ("in", "of") and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN")):
            j += 1
        k = j
        while k < len(doc) and (doc[k].dep_ in ("aux", "neg") or doc[k].tag_ in ("MD", "RB")):
            k += 1
        if j == n.i + 1 or k >= len(doc):
            continue
        v = doc[k]
        cue = lex.verbs.get(v.lemma_.lower())
        roots = [t for t in doc[n.i + 1:j] if not n.i < t.head.i < j]
        if cue is None or cue.kind not in ("evaluative", "accuse", "refuse") or v.tag_ not in ("VBD", "VBN") \
                or v.dep_ == "relcl" or len(roots) != 1 or roots[0].pos_ not in ("PROPN", "NOUN") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != roots[0].i for c in v.children):
            continue  # (the subject may already be the verb's, with the noun read inside it)
        h = roots[0]
        anchor = v.head if h.head.i == v.i else h.head  # where the noun's clause hangs
        inside = n.i < n.head.i < j
        if v.is_ancestor(anchor if inside else n) or (inside and (anchor.i == n.i or n.is_ancestor(anchor))):
            continue
        out = [(n, anchor, "appos"), (doc[n.i - 1], n, "det")] if inside else []  # the noun read inside the
        if set_heads([*out, (h, v, "nsubj"), (v, n, "relcl")]):  # subject ("account" on "embassy"): out of it
            moved += 1
    return moved


def repair_subject_read_as_conjunct(doc: Doc, lex: Lexicon) -> int:
    """"While A opposed X, B and C backed it": after a fronted clause the parser may read the main
    clause's subject as a conjunct of the fronted clause's last noun, leaving the cue verb without
    a subject. The names go back to the verb as its subject. Returns how many were moved.

    Only for a past or present cue verb without a subject right after ", Name (and Name)", the
    first name a conjunct of a noun before the comma."""
    moved = 0
    for v in doc:
        if v.tag_ not in ("VBD", "VBZ", "VBP") or v.lemma_.lower() not in lex.verbs \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            continue
        i = v.i - 1
        while i > 0 and (doc[i].pos_ == "PROPN" or doc[i].dep_ in ("cc", "det") or doc[i].text == ","):
            if doc[i].text == "," and doc[i - 1].pos_ != "PROPN":
                break
            i -= 1
        if doc[i].text != "," or i + 1 >= v.i:
            continue
        first = doc[i + 1] if doc[i + 1].pos_ == "PROPN" else doc[i + 2]
        if first.pos_ != "PROPN" or first.dep_ != "conj" or first.head.i >= i or first.is_ancestor(v) \
                or doc[i + 1:v.i].root.i != first.i:
            continue
        if set_heads([(first, v, "nsubj")]):
            moved += 1
    return moved


def repair_finite_conjunct(doc: Doc, lex: Lexicon) -> int:
    """"X said Y could not host Z and called on W to act": the parser may coordinate the finite
    cue verb with the infinitive of the reported clause; a past form cannot be the conjunct of
    a bare infinitive, so it goes back to the nearest past verb above. Returns how many were moved."""
    moved = 0
    for v in doc:
        if v.dep_ != "conj" or v.tag_ != "VBD" or v.head.tag_ != "VB" or v.lemma_.lower() not in lex.verbs \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        up = v.head.head
        for _ in range(6):
            if up.tag_ == "VBD" or up.head.i == up.i:
                break
            up = up.head
        if up.tag_ != "VBD" or up.i > v.i or v.is_ancestor(up):
            continue
        if set_heads([(v, up, None)]):
            moved += 1
    return moved


def repair_participle_read_as_conjunct(doc: Doc, lex: Lexicon) -> int:
    """"X said it had no intention of invading Y, dismissing Z as W": the parser may coordinate a
    participial adjunct after a comma (no "and") with the -ing complement of a preposition; the
    adjunct belongs to the sentence's main verb, whose subject does it. Returns how many were moved.

    Only for a cue participle after a comma with no conjunction, on an -ing complement of a
    preposition."""
    moved = 0
    for v in doc:
        h = v.head
        if v.tag_ != "VBG" or v.dep_ != "conj" or h.tag_ != "VBG" or h.dep_ != "pcomp" \
                or v.lemma_.lower() not in lex.verbs or v.i < 2 or doc[v.i - 1].text != "," \
                or any(c.dep_ == "cc" for c in h.children if h.i < c.i < v.i):
            continue
        root = v.sent.root
        if root.i == v.i or v.is_ancestor(root) or root.pos_ not in ("VERB", "AUX"):
            continue
        if set_heads([(v, root, "advcl")]):
            moved += 1
    return moved


#: adverbs of direction that make a noun before them a label phrase ("a step forward / back")
_DIRECTION_ADVERBS = frozenset({"forward", "forwards", "backward", "backwards", "back", "ahead"})
#: verbs whose object or complement is a label of their subject ("Y was / marked a step forward")
_LABEL_COPULAS = frozenset({"be", "mark", "represent", "constitute"})


def repair_adverbial_label(doc: Doc) -> int:
    """"Y was a step forward", "Y marked a big step back": the parser may read the noun as a
    measure of the adverb ("a step" npadvmod of "forward", the adverb on the verb), so the verb
    has no complement and no label rule finds one. The noun becomes the verb's complement
    (``attr`` under "be", ``dobj`` under "mark / represent / constitute") and the adverb its
    modifier, as in the parse the longer "a big step forward" gets. Returns how many.

    Only a noun with its own determiner, right before the adverb, under a copula or a verb of
    constituting that has no complement of its own ("the talks moved a step forward": no label)."""
    moved = 0
    for adv in doc:
        verb = adv.head
        if adv.lower_ not in _DIRECTION_ADVERBS or adv.dep_ != "advmod" or verb.lemma_.lower() not in _LABEL_COPULAS:
            continue
        noun = next((c for c in adv.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i == adv.i - 1), None)
        if noun is None or child(noun, "det") is None or noun.i < verb.i \
                or any(c.dep_ in ("attr", "acomp", "dobj", "oprd") for c in verb.children):
            continue
        if set_heads([(noun, verb, "attr" if verb.lemma_.lower() == "be" else "dobj"), (adv, noun, "advmod")]):
            moved += 1
    return moved


def repair_gapped_object(doc: Doc) -> int:
    """"Y drew praise from A and criticism from B": the parser makes the second object a conjunct
    of the verb (a clause with its verb left out), so no rule sees it as an object. The noun becomes
    a second object of the verb, as the first one is. Returns how many.

    Only a noun conjunct with a preposition of its own, after a "cc", of a verb whose own object is a
    noun before it ("V N1 P X and N2 P Y"); the conjunct may hang on the verb or on the name X."""
    moved = 0
    for n in doc:
        verb = n.head
        if n.dep_ == "conj" and verb.pos_ == "PROPN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "drew praise from Chile | and criticism from Peru": hung on the name
        if n.dep_ != "conj" or n.pos_ != "NOUN" or verb.pos_ != "VERB" or n.i < verb.i:
            continue
        first = child(verb, "dobj")
        nxt = doc[n.i + 1] if n.i + 1 < len(doc) else None
        stray = nxt if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == verb.i else None  # "... and N2 | P Y"
        if first is None or first.pos_ != "NOUN" or first.i > n.i \
                or not (any(c.dep_ == "prep" for c in n.children) or stray is not None) \
                or not any(c.dep_ == "cc" and first.i < c.i < n.i for c in n.head.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in n.children):
            continue
        # (the second noun's own preposition, hung on the verb by the parser, back on the noun)
        if set_heads([(n, verb, "dobj"), *([(stray, n, None)] if stray is not None else [])]):
            moved += 1
    return moved


#: verbs that tell an addressee a clause ("told visiting officials that X ...")
_TELL_VERBS = frozenset({"tell", "inform", "assure", "remind", "brief", "notify", "reassure", "advise"})


def repair_told_clause_read_as_relative(doc: Doc) -> int:
    """"X told visiting officials that Lima supported Y but would not sign Z": the parser may read
    the told clause as a relative clause of the addressee (its "that" as a relative pronoun,
    though the clause has a subject of its own and "that" fills no place in it); it goes back to
    the verb of telling as its complement. Returns how many were moved."""
    moved = 0
    for v in doc:
        noun = v.head
        that = next((c for c in v.children if c.lower_ == "that" and c.i < v.i and (c.dep_ == "mark" or (
            c.dep_ in ("dobj", "nsubj") and any(o.dep_ == "dobj" and o.i > v.i for o in v.children)))), None)
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"), None)
        if v.dep_ != "relcl" or that is None or subj is None or subj.i < that.i or noun.dep_ not in ("dobj", "dative"):
            continue
        tell = noun.head
        if tell.lemma_.lower() not in _TELL_VERBS and tell.dep_ in ("xcomp", "amod", "acl") \
                and tell.head.lemma_.lower() in _TELL_VERBS:
            tell = tell.head  # "told visiting officials": the addressee under the participle
        if tell.lemma_.lower() not in _TELL_VERBS or tell.i > noun.i:
            continue
        if not set_heads([(v, tell, "ccomp")]):
            continue
        that.dep_ = "mark"  # (a relative pronoun with the object place taken: "that Suva favoured a force")
        moved += 1
    return moved


def repair_agent_of_named(doc: Doc) -> int:
    """"condemned what it called repeated violations of its airspace by Russian drones": in a free
    relative of naming, the parser may hang the "by" phrase of the named noun on the active naming
    verb, where it names no agent (the verb has its own subject). The "by" phrase goes back to the
    named noun, so that the act keeps its author. Returns how many were moved.

    Only when "by" follows the named noun, the naming verb is active (a subject, no passive
    auxiliary) and its object is "what"; "by" of a means or time ("by Friday", "by phone") stays."""
    from .syntax import what_named

    moved = 0
    for prep in doc:
        verb = prep.head
        if prep.lower_ != "by" or prep.dep_ not in ("prep", "agent") or verb.pos_ != "VERB" \
                or child(verb, "nsubj") is None or child(verb, "auxpass") is not None:
            continue
        named = what_named(verb)
        pobj = child(prep, "pobj")
        if named is None or named.i > prep.i or pobj is None or pobj.pos_ not in ("NOUN", "PROPN") \
                or not any(t.ent_type_ in _AGENT_ENTS for t in pobj.subtree):
            continue  # (an agent is named: "by Russian drones", "by Beijing"; not "by phone")
        if set_heads([(prep, named, "prep")]):
            moved += 1
    return moved


#: adjectives of "made clear / plain / known (that) ..."
_MADE_ADJ = frozenset({"clear", "plain", "known"})


def repair_made_clear(doc: Doc) -> int:
    """"X made clear it was opposed to Y": with "that" left out, the parser may hang the adjective
    on the clause's verb or auxiliary ("clear" an ``acomp`` of "was"), where every copula rule takes
    it for the clause's own complement ("it was clear") and misses "opposed to Y" or "against Y".
    The adjective goes back to "made", as with "that" ("made clear that ..."). Returns how many.

    Only the adjective right after a form of "make" whose complement clause is the adjective's
    head (or the head of its auxiliary) and starts after it; a subject hung on that auxiliary goes
    to the clause's verb too ("it | was opposed": "it" the subject of "opposed")."""
    moved = 0
    for adj in doc:
        if adj.lower_ not in _MADE_ADJ or adj.dep_ != "acomp" or adj.i == 0:
            continue
        make = doc[adj.i - 1]
        h = adj.head
        clause = h.head if h.dep_ in ("aux", "auxpass") else h
        if make.lemma_.lower() != "make" or clause.dep_ != "ccomp" or clause.head.i != make.i or clause.i < adj.i:
            continue
        subj = child(h, "nsubj") if h.i != clause.i else None
        # (the clause's subject hung on the same auxiliary: "it | was opposed")
        if set_heads([(adj, make, None), *([(subj, clause, "nsubjpass" if h.dep_ == "auxpass" else "nsubj")]
                                           if subj is not None else [])]):
            moved += 1
    return moved


def repair_cue_verb_arguments(doc: Doc, lex: Lexicon) -> int:
    """Two misreadings of a cue verb's own arguments, which no verb can bear:

    * a gerund object read as a clause modifying the verb ("supports revising the treaty":
      ``acl``, a noun's dependency) becomes its complement (``xcomp``, as in "supports extending X");
    * the subject read as a compound of the verb ("Slovenia backs building X": the name taken as
      the first word of a noun "Slovenia backs") becomes its subject, when the verb has none and
      the name opens the clause.

    Returns how many were moved."""
    moved = 0
    for v in doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in lex.verbs:
            continue
        for c in list(v.children):
            gerund = c.dep_ == "acl" and c.tag_ == "VBG" and c.i == v.i + 1
            subject = c.dep_ == "compound" and c.i == v.i - 1 and c.pos_ in ("NOUN", "PROPN") \
                and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.is_title) \
                and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in v.children) \
                and (c.i == 0 or c.is_sent_start or doc[c.i - 1].is_punct)
            if (gerund or subject) and set_heads([(c, v, "xcomp" if gerund else "nsubj")]):
                moved += 1
    return moved


def repair_speaker_read_as_apposition(doc: Doc) -> int:
    """"Y would ruin coastal towns, a spokeswoman for the government said": the parser may read the
    speaker as an apposition of the reported clause's last noun and leave the trailing "said" with
    no subject. The speaker becomes the subject of "said". Returns how many were moved.

    Only for an attribution verb with no subject whose reported clause comes before it, and a
    noun phrase set off by a comma that ends right before the verb."""
    moved = 0
    for say in doc:
        if say.lemma_.lower() not in _ATTRIBUTION or say.pos_ != "VERB" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in say.children):
            continue
        clause = next((c for c in say.children if c.dep_ == "ccomp" and c.i < say.i), None)
        if clause is None:
            continue
        x = next((t for t in clause.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                  and t.right_edge.i == say.i - 1 and t.left_edge.i > clause.i
                  and doc[t.left_edge.i - 1].text == ","), None)
        if x is not None and set_heads([(x, say, "nsubj")]):
            moved += 1
    return moved
