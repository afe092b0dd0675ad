"""Explicit alignment patterns: "A and B agreed", "A and B share a similar stance",
"A's position with B was very similar", "A echoed B's words", "A sided with B".

Directed alignments that come from evaluative stance cues ("A rejected B's proposal") are
built in :mod:`stancemap.nlp.stances.component` from the stance partners; this module finds the
statements of agreement or disagreement themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..common.text import doc_words, phrases_starting
from .lexicon import HARMS, AlignLexicon, Cue, align_lexicon, lexicon
from .repair import is_occasion
from .reword12 import joint_idiom, joint_work
from .syntax import (
    child,
    co_holders,
    compact_span,
    expand_conj,
    is_negated,
    is_reciprocal,
    plural_side,
    prep_object,
    subjects,
)

__all__ = ["RawAlignment", "find_raw_alignments"]


@dataclass
class RawAlignment:
    """An alignment found on the parse: two sides (lists of tokens, split later)."""

    sent: Span
    side_a: list[Token]
    side_b: list[Token]  # empty: pairs are formed inside side_a ("A and B agreed")
    polarity: int
    cue: list[Token]
    topic: tuple[int, int] | None = None  # token range of what they (dis)agree on
    stance_target: tuple[int, int] | None = None  # "agreed to X": both get +1 on X
    extra: dict[str, object] = field(default_factory=dict)


_TOPIC_PREPS = ("on", "regarding", "over", "about", "concerning", "towards", "toward", "in")


def _topic(tok: Token) -> tuple[int, int] | None:
    po = prep_object(tok, _TOPIC_PREPS)
    if po is not None:
        return compact_span(po[1])
    return None


def _here(tok: Token) -> Span:
    return tok.doc[tok.i:tok.i]  # placeholder; find_raw_alignments sets the sentence


def _is_action(rng: tuple[int, int], doc: Doc) -> bool:
    toks = doc[rng[0]:rng[1]]
    return any(t.tag_ in ("VBG", "VB") for t in toks) or any(
        t.lemma_.lower() in ("end", "halt", "resumption", "solution", "settlement") for t in toks)


def find_raw_alignments(sent: Span, lex: AlignLexicon) -> list[RawAlignment]:
    """Alignment candidates of one sentence."""
    out: list[RawAlignment] = []
    lemmas = doc_words(sent.doc).lemmas
    for tok in sent:
        lemma = lemmas[tok.i]
        if tok.pos_ in ("VERB", "AUX"):
            if lemma in lex.symmetric_verbs:
                out.extend(_symmetric(tok, lex.symmetric_verbs[lemma]))
            if lemma in lex.echo_verbs:
                out.extend(_echo(tok, lex.echo_verbs[lemma], lex))
            if lemma in lex.directed_verbs:
                out.extend(_directed(tok, lex.directed_verbs[lemma], lex.directed_preps.get(lemma, ())))
            if lemma in lex.exchange_verbs:
                out.extend(_exchange(tok, lex))
            if lemma == "join":
                out.extend(_joined_in(tok))
            out.extend(_reciprocal(tok, lex))
            out.extend(_joint_pledge(tok))
            out.extend(_like(tok))
        sym = lex.symmetric_adjectives.get(lemma, lex.symmetric_adjectives.get(tok.lower_))
        if sym is not None and ((tok.dep_ in ("acomp", "oprd") and tok.pos_ in ("ADJ", "VERB")) or (
                tok.tag_ == "VBN" and child(tok, "auxpass") is not None and child(tok, "agent") is None)):
            out.extend(_divided(tok, sym))
        if tok.pos_ in ("NOUN",) and (lemma in lex.position_nouns or lemma in _ACCORD):
            out.extend(_similar_position(tok, lex))
    out.extend(_phrases(sent, lex))
    for r in out:
        r.sent = sent
    return out


#: verbs under which an agreement is not reached ("failed to agree", "tried to agree")
_NOT_REACHED = frozenset({"fail", "try", "seek", "struggle", "attempt", "hope", "want", "aim", "plan", "expect"})


def _unrealised(verb: Token) -> bool:
    """A possible or attempted act, not a stated one: "may side with B", "failed to agree"."""
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in verb.children):
        return True
    # ("hopes" lemmatised as "hop" is repaired before alignments are found: repair.repair_lemmas)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NOT_REACHED


def _symmetric(verb: Token, pol: int) -> list[RawAlignment]:
    if _unrealised(verb):
        return []
    pol = -pol if is_negated(verb) else pol
    subj = subjects(verb)
    withp = prep_object(verb, ("with",))
    stance_target = None
    comp = child(verb, "xcomp")
    po = prep_object(verb, ("to", "on"))
    if comp is not None and pol > 0:
        stance_target = compact_span(comp, keep_first=False)
    elif po is not None and pol > 0 and _is_action(compact_span(po[1]), verb.doc):
        stance_target = compact_span(po[1])
    owner = _position_owner(subj)
    if owner is not None:  # "Kenya's stance on X differs from that of Uganda"
        other = prep_object(verb, ("with", "from"))
        return [RawAlignment(_here(verb), expand_conj(owner), expand_conj(_that_of(other[1])), pol, [verb],
                             _topic(subj[0]) or _topic(verb))] if other is not None else []
    if withp is not None and subj:
        return [RawAlignment(_here(verb), subj, expand_conj(withp[1]), pol, [verb], _topic(verb), stance_target)]
    if len(subj) >= 2 or (len(subj) == 1 and subj[0].lemma_.lower() in ("country", "side", "nation", "government",
                                                                       "leader", "party", "minister")
                          and subj[0].tag_ == "NNS") or (len(subj) == 1 and subj[0].lower_ == "they"):
        # ("A and B said they had agreed": pairs only when "they" resolves to a group)
        return [RawAlignment(_here(verb), subj, [], pol, [verb], _topic(verb), stance_target)]
    return []


def _position_owner(subj: list[Token]) -> Token | None:
    """The owner of a position noun that is the only subject ("Kenya's stance ... differs")."""
    if len(subj) != 1 or subj[0].pos_ != "NOUN":
        return None
    if subj[0].lemma_.lower() not in align_lexicon().position_nouns:
        return None
    return child(subj[0], "poss")


def _echo(verb: Token, pol: int, lex: AlignLexicon) -> list[RawAlignment]:
    obj = child(verb, "dobj")
    if verb.lemma_.lower() == "add":  # "added its voice to B's criticism of X": B's position taken up
        to = prep_object(verb, ("to",)) if obj is not None and obj.lemma_.lower() == "voice" else None
        obj = to[1] if to is not None else None
    if obj is None and child(verb, "agent") is not None:
        obj = child(verb, "nsubjpass")  # "X's remarks were echoed by Y"
    if obj is None:
        return []
    slex = lexicon()
    position = slex.nouns.get(obj.lemma_.lower())
    if obj.lemma_.lower() not in lex.echo_objects and (position is None or position.kind not in ("evaluative", "demand")):
        return []  # ("echoed Bulgaria's condemnation of X": a position noun is echoed like a remark)
    owner = child(obj, "poss")
    if owner is None:  # "shares the concerns of Lithuania"
        of = prep_object(obj, ("of",))
        owner = of[1] if of is not None and (of[1].pos_ == "PROPN" or (of[1].pos_ == "NOUN" and any(
            c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.text.istitle())
            for c in of[1].children))) else None  # "the concerns of the Lithuanian government"
    subj = subjects(verb)
    if owner is None or not subj:
        return []
    pol = -pol if is_negated(verb) else pol
    return [RawAlignment(_here(verb), subj, expand_conj(owner), pol, [verb, obj], _topic(verb))]


def _directed(verb: Token, pol: int, preps: tuple[str, ...] = ()) -> list[RawAlignment]:
    po = prep_object(verb, ("with", *preps))
    subj = subjects(verb)
    if po is None or not subj or _unrealised(verb):
        return []
    if verb.lemma_.lower() == "stand" and not any(c.lower_ == "solidarity" for c in verb.subtree) and not (
            po[0].head.i == verb.i and po[1].pos_ == "PROPN" and child(verb, "dobj") is None):
        return []  # "stands in solidarity with B", "stands with B"
    if verb.lemma_.lower() == "break" and not subj:
        return []
    pol = -pol if is_negated(verb) else pol
    return [RawAlignment(_here(verb), subj, expand_conj(po[1]), pol, [verb], _topic(verb))]


def _exchange(verb: Token, lex: AlignLexicon) -> list[RawAlignment]:
    """"A and B traded accusations (over X)": -1 between them."""
    obj = child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in lex.exchange_objects or _unrealised(verb):
        return []
    subj = subjects(verb)
    withp = prep_object(verb, ("with",)) or prep_object(obj, ("with",))  # ("traded barbs | with B")
    if withp is not None and _absolute_with(withp[1]):
        withp = None  # "A and B traded barbs, with A's leader calling X Y": an absolute clause, no partner
    topic = _topic(verb) or _topic(obj)
    # "traded accusations / blame over X": each side holds -1 on X (the other's part in it) when X is a
    # harm one is blamed for ("over the shelling"), not a matter in dispute ("over the border dispute")
    about = prep_object(verb, (*_TOPIC_PREPS, "for")) or prep_object(obj, (*_TOPIC_PREPS, "for"))
    blamed = compact_span(about[1]) if about is not None and obj.lemma_.lower() in _BLAME_OBJECTS \
        and about[1].lemma_.lower() in HARMS else None
    charge = prep_object(obj, ("of",)) or prep_object(verb, ("of",))
    if blamed is None and charge is not None and obj.lemma_.lower() in _CHARGE_OBJECTS:
        # "traded accusations / charges of vote-buying": what an accusation "of" names is always
        # the wrong it imputes, whatever the noun (each side -1 on the other's part in it)
        blamed = compact_span(charge[1])
    extra: dict[str, object] = {"stance_polarity": -1} if blamed is not None else {}
    if withp is not None and subj:
        return [RawAlignment(_here(verb), subj, expand_conj(withp[1]), -1, [verb, obj], topic, blamed, extra)]
    if plural_side(subj):  # "A and B", or "the two sides" (a group of the actors stage)
        return [RawAlignment(_here(verb), subj, [], -1, [verb, obj], topic, blamed, extra)]
    return []


#: exchanged objects that blame the other side for the topic ("traded accusations over the raid")
_BLAME_OBJECTS = frozenset({"accusation", "blame", "charge", "recrimination"})
#: exchanged objects whose "of" complement is the wrong imputed ("traded accusations of fraud")
_CHARGE_OBJECTS = frozenset({"accusation", "charge", "allegation"})


def _absolute_with(obj: Token) -> bool:
    """"with China insisting that ...": an absolute clause, no party to an alignment."""
    return obj.pos_ in ("VERB", "AUX") or any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" for c in obj.children)


def _reciprocal(verb: Token, lex: AlignLexicon) -> list[RawAlignment]:
    """"A and B accused each other (of X)", "blamed one another", "each criticised the other":
    an evaluative or accusing stance verb on a reciprocal object, the verb's sign between them
    (or a verb of the alignment lexicon's ``reciprocal_verbs``: "thanked each other")."""
    lemma = verb.lemma_.lower()
    cue = lexicon().verbs.get(lemma)
    if cue is None and lemma in lex.reciprocal_verbs:
        cue = Cue(lemma, lex.reciprocal_verbs[lemma], "evaluative", ("for", "on", "over"))
    obj: Token | None = None
    if cue is None:  # "promised to stand by one another": a phrase cue on a reciprocal object
        for p in verb.children:
            recip = child(p, "pobj") if p.dep_ in ("prep", "prt") else None
            phrase = lexicon().phrases.get((lemma, p.lower_))
            if recip is not None and is_reciprocal(recip) and phrase is not None:
                cue, obj = phrase, recip
                break
    if cue is None or cue.kind not in ("evaluative", "accuse"):
        return []
    obj = obj or child(verb, "dobj")
    if obj is None:
        po = prep_object(verb, cue.preps) if cue.preps else None
        obj = po[1] if po is not None else None
    owned = obj
    if obj is not None and not is_reciprocal(obj):  # "praised each other's efforts"
        obj = next((c for c in obj.children if c.dep_ == "poss" and is_reciprocal(c)), obj)
    if obj is None or not is_reciprocal(obj):
        return []
    charged: tuple[int, int] | None = None
    comp = (prep_object(verb, ("of", "for")) or prep_object(owned, ("of", "for"))) \
        if cue.kind == "accuse" and owned is not None and owned is not obj else None
    if comp is not None and owned is not None and comp[0].i > owned.i:
        # "each accusing the other's border guards of opening fire": each side -1 on the other's act
        charged = (compact_span(owned)[0], compact_span(comp[1])[1])
    elif cue.kind == "accuse" and owned is obj and (
            plain := _charged_with(verb) or prep_object(obj, ("of", "for"))) is not None \
            and plain[0].i > obj.i and (plain[0].lower_ == "of" or plain[1].lemma_.lower() in HARMS):
        # "A and B accused each other of massing troops", "blamed one another for the collapse of the
        # truce": each side -1 on what it charges the other with (README section 5: the accused's act;
        # after "for" a harm, as for "traded blame for X" above)
        charged = compact_span(plain[1])
    if _unrealised(verb):
        return []
    subj = subjects(verb)
    if len(subj) == 1 and (_each_side(subj[0]) or (subj[0].lower_ == "each" and subj[0].pos_ == "PRON")):
        subj = _parties_between(verb.sent) or _absolute_owners(verb) or subj
        # "talks between A and B ..., each side blaming the other"; "A and B failed to agree on X,
        # with each side accusing the other": the two parties of the clause the "with" phrase is on
    if not plural_side(subj):
        return []
    pol = -cue.polarity if is_negated(verb) else cue.polarity
    topic = _topic(verb) or next((compact_span(c) for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                                  for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
    if charged is not None and pol < 0:
        return [RawAlignment(_here(verb), subj, [], pol, [verb, obj], topic, charged, {"stance_polarity": -1})]
    return [RawAlignment(_here(verb), subj, [], pol, [verb, obj], topic)]


#: verbs of a pledge that two sides make together ("A and B pledged closer cooperation")
_PLEDGE_VERBS = frozenset({"pledge", "vow", "promise", "commit"})
#: what makes the pledge one to each other: ties between the two sides themselves
_JOINT_WORDS = frozenset({"cooperation", "co-operation", "cooperate", "co-operate", "partnership", "tie", "ties",
                          "relation", "relations", "mutual", "together", "friendship", "alliance"})


def _joint_pledge(verb: Token) -> list[RawAlignment]:
    """"A and B pledged closer cooperation / vowed mutual support / promised to cooperate more
    closely": two sides committing themselves to each other, a joint agreement (README section 6.1:
    +1 between them). Not a pledge to a third party ("pledged cooperation with Kenya", "vowed
    support for Ukraine"), nor one that only one side makes."""
    work = joint_work(verb)  # ("A and B will work hand in hand")
    if (verb.lemma_.lower() not in _PLEDGE_VERBS and not work) or _unrealised(verb) or is_negated(verb):
        return []
    subj = subjects(verb)
    parties = _group_parties(subj[0]) if subj else []
    if parties:
        subj = parties  # "the presidents of A and B promised to work together": A and B
    group = len(subj) == 1 and subj[0].tag_ == "NNS" and subj[0].lemma_.lower() in _GROUP_NOUNS  # "the leaders"
    if not group and (len(subj) < 2 or not plural_side(subj)):
        return []
    content = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "prep", "dative", "ccomp")]
    words = [t for c in content for t in c.subtree]
    if not work and not any(t.lemma_.lower() in _JOINT_WORDS or t.lower_ in _JOINT_WORDS or is_reciprocal(t)
                            or joint_idiom(t) for t in words):
        return []
    for t in words:  # "cooperation with Kenya", "support for Ukraine": a third party
        if t.dep_ == "prep" and t.lower_ in ("with", "for", "to", "against") and any(
                o.dep_ == "pobj" and not is_reciprocal(o) and (o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                                                               or o.pos_ == "PROPN") for o in t.children):
            return []
    return [RawAlignment(_here(verb), subj, [], 1, [verb], _topic(verb))]


_GROUP_NOUNS = frozenset({"country", "side", "nation", "government", "leader", "president", "minister"})


def _group_parties(group: Token) -> list[Token]:
    """The parties a group noun names ("the presidents / leaders of A and B": A and B); none for one
    party ("the leaders of Kenya") or for no "of" phrase."""
    found = prep_object(group, ("of",))
    if found is None or group.tag_ != "NNS" or group.lemma_.lower() not in _GROUP_NOUNS:
        return []
    parties = expand_conj(found[1])
    return parties if len(parties) >= 2 and all(p.pos_ == "PROPN" or p.ent_type_ in ("GPE", "NORP") for p in parties) \
        else []


def _charged_with(verb: Token) -> tuple[Token, Token] | None:
    """The "of / for" complement of an accusing verb, also where the parser hung it on a time
    phrase between them ("accused each other on Wednesday of X")."""
    found = prep_object(verb, ("of", "for"))
    if found is not None:
        return found
    for p in verb.children:
        if p.dep_ == "prep" and p.i > verb.i:
            noun = child(p, "pobj")
            if noun is not None and is_occasion(noun):
                found = prep_object(noun, ("of", "for"))
                if found is not None:
                    return found
    return None


_SIDES = frozenset({"side", "party", "country", "government", "camp", "delegation", "leader"})


def _each_side(tok: Token) -> bool:
    """"each side", "each party": one of two parties named elsewhere in the sentence."""
    return tok.lemma_.lower() in _SIDES and any(c.lower_ == "each" for c in tok.children)


def _absolute_owners(verb: Token) -> list[Token]:
    """The coordinated subject of the clause that an absolute "with each side V-ing" hangs on."""
    prep = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and prep.lower_ == "each" and prep.i < verb.i:
        # ", each accusing the other of X" hung on a noun before it: the clause's main verb
        main = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
        owners = subjects(main) if main is not None and main.i < prep.i else []
        return owners if len(owners) >= 2 else []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and prep.pos_ in ("VERB", "AUX") and prep.i < verb.i:
        owners = subjects(prep)  # "A and B traded accusations, each accusing the other of X"
        return owners if len(owners) >= 2 else []
    if verb.dep_ != "pcomp" or prep.lower_ != "with" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    owners = subjects(prep.head)
    return owners if len(owners) >= 2 else []


def _parties_between(sent: Span) -> list[Token]:
    """The parties of "(talks / the dispute) between A and B" in the sentence, if named."""
    for t in sent:
        if t.lower_ == "between" and t.dep_ == "prep":
            pobj = child(t, "pobj")
            parties = expand_conj(pobj) if pobj is not None else []
            if len(parties) >= 2 and all(p.pos_ == "PROPN" for p in parties):
                return parties
    return []


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _like(verb: Token) -> list[RawAlignment]:
    """"A, like B, condemned X" / "A condemned X, as did B" (+1 between A and B); "Unlike B, A
    backed X" (-1): only on stance verbs."""
    if verb.lemma_.lower() not in lexicon().verbs:
        return []
    like, unlike = co_holders(verb)
    like = [p for p in like if _first_conjunct(p).head.lower_ != "alongside"]  # ("X will do Y alongside B":
    # acting together, no statement that they agree)
    subj = [s for s in subjects(verb) if s not in like]
    out = []
    if like and subj:
        out.append(RawAlignment(_here(verb), subj, like, 1, [verb], _topic(verb)))
    if unlike and subj:
        out.append(RawAlignment(_here(verb), subj, unlike, -1, [verb], _topic(verb)))
    return out


def _divided(adj: Token, pol: int) -> list[RawAlignment]:
    """"A and B remain divided over X", "A is split with B on X", "A and B are united on X"."""
    verb = adj.head if adj.dep_ in ("acomp", "oprd") else adj
    if _unrealised(verb):
        return []
    passive = child(verb, "nsubjpass")
    subj = subjects(verb) or (expand_conj(passive) if passive is not None else [])
    withp = prep_object(adj, ("with",)) or prep_object(verb, ("with",))
    p = -pol if is_negated(verb) else pol
    topic = _topic(adj) or _topic(verb)
    if withp is not None and subj:
        return [RawAlignment(_here(adj), subj, expand_conj(withp[1]), p, [adj], topic)]
    if len(subj) >= 2:
        return [RawAlignment(_here(adj), subj, [], p, [adj], topic)]
    return []


# position nouns one joins another in ("joined Hungary in its stance / opposition to X")
_SHARED_POSITIONS = frozenset({"stance", "position", "view", "opposition", "support", "condemnation", "criticism",
                               "call", "calls", "demand", "rejection", "objection", "protest", "appeal", "backing"})


def _joined_in(verb: Token) -> list[RawAlignment]:
    """"A joined B in condemning X" / "in its opposition to X": A sides with B (+1)."""
    obj = child(verb, "dobj")
    inn = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and (
        child(c, "pcomp") is not None or (child(c, "pobj") or c).lemma_.lower() in _SHARED_POSITIONS)), None)
    subj = subjects(verb)
    if obj is None or inn is None or not subj or obj.pos_ not in ("PROPN", "NOUN") or is_negated(verb):
        return []
    return [RawAlignment(_here(verb), subj, expand_conj(obj), 1, [verb],
                         _topic(child(inn, "pcomp") or child(inn, "pobj") or verb))]


def _phrases(sent: Span, lex: AlignLexicon) -> list[RawAlignment]:
    """"A is at odds with B (over X)", "A and B see eye to eye (on X)"."""
    out: list[RawAlignment] = []
    if not lex.phrases:
        return out
    words_of = doc_words(sent.doc)  # lemma or word form ("odds" -> "odd")
    lemmas, lower = words_of.lemmas[sent.start:sent.end], words_of.forms[sent.start:sent.end]
    phrases = phrases_starting(lex.phrases, set(lemmas).union(lower))  # those that can start here
    if not phrases:
        return out
    forms = list(zip(lemmas, lower))
    firsts = {w[0] for w, _ in phrases}
    starts = [i for i, f in enumerate(forms) if f[0] in firsts or f[1] in firsts]
    for words, pol in phrases:
        n = len(words)
        for i in starts:
            if i + n > len(forms) or not all(w in forms[i + k] for k, w in enumerate(words)):
                continue
            toks = [sent[i + k] for k in range(n)]
            verb = toks[0]
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
                    break
                verb = verb.head
            if _unrealised(verb):
                continue
            subj = subjects(verb)
            if not subj:
                continue
            last = toks[-1]
            b = child(last, "pobj") if last.lower_ == "with" else None
            if b is None:
                po = next((prep_object(t, ("with",)) for t in [*toks, verb] if prep_object(t, ("with",))), None)
                b = po[1] if po is not None and not _absolute_with(po[1]) else None
            p = -pol if is_negated(verb) else pol
            topic = next((x for x in (_topic(t) for t in [*toks, verb]) if x is not None), None)
            if b is not None:
                out.append(RawAlignment(_here(verb), subj, expand_conj(b), p, toks, topic))
            elif len(subj) >= 2:
                out.append(RawAlignment(_here(verb), subj, [], p, toks, topic))
    return out


_ACCORD = frozenset({"consensus", "agreement", "understanding", "accord", "deal"})


def _consensus(noun: Token) -> list[RawAlignment]:
    """"A and B reached a consensus / an understanding (on X)": +1 between A and B."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("reach", "find", "forge", "strike"):
        return []
    if _unrealised(verb) or is_negated(verb):
        return []
    subj = subjects(verb)
    withp = prep_object(verb, ("with",)) or prep_object(noun, ("with",))
    topic = _topic(noun) or _topic(verb)
    if withp is not None and subj:
        return [RawAlignment(_here(noun), subj, expand_conj(withp[1]), 1, [verb, noun], topic)]
    if len(subj) >= 2:
        return [RawAlignment(_here(noun), subj, [], 1, [verb, noun], topic)]
    return []


#: adverbs of closeness and distance between two positions ("far from that of Y")
_DISTANCE = frozenset({"far", "close", "closer", "near", "distant"})


def _that_of(tok: Token) -> Token:
    """"that of Y" / "those of Y": Y, the owner of the other position."""
    if tok.lower_ in ("that", "those"):
        of = prep_object(tok, ("of",))
        if of is not None:
            return of[1]
    return tok


def _has_content(noun: Token) -> bool:
    """A position noun with its content: "the view that X", "a position on / about / over X"
    (not "the view from the hill")."""
    if prep_object(noun, ("on", "about", "over", "regarding", "concerning", "towards", "toward")) is not None:
        return True
    return any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for h in (noun, noun.head) for c in h.children)


def _similar_position(noun: Token, lex: AlignLexicon) -> list[RawAlignment]:
    """"A and B have a similar stance (on X)", "A's position with B was very similar"."""
    if noun.lemma_.lower() in _ACCORD:
        return _consensus(noun)
    if noun.head.pos_ in ("VERB", "AUX") and _unrealised(noun.head):  # "hope to share a position"
        return []
    adj = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.similarity), None)
    pred_adj = None
    if adj is None and noun.dep_ in ("nsubj",):
        pred_adj = next((c for c in noun.head.children if c.dep_ in ("acomp", "attr")
                         and c.lemma_.lower() in lex.similarity), None)
    if adj is None and noun.dep_ in ("nsubj",):  # "his position remained far from that of Y" (an adverb)
        pred_adj = next((c for c in noun.head.children if c.dep_ == "advmod" and c.lower_ in _DISTANCE
                         and prep_object(c, ("to", "from")) is not None), pred_adj)
    if adj is None and pred_adj is None:
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "share" and not is_negated(noun.head) \
                and len(subjects(noun.head)) >= 2 and child(noun, "poss") is None \
                and prep_object(noun, ("of", "from")) is None and _has_content(noun):
            # "A and B share the view that X / share a position on X": +1 between them
            return [RawAlignment(_here(noun), subjects(noun.head), [], 1, [noun.head, noun],
                                 _topic(noun) or _topic(noun.head))]
        # "almost same position": the adjective may hang on a determiner or adverb
        adj = next((t for t in noun.subtree if t.i < noun.i and t.lemma_.lower() in lex.similarity), None)
        if adj is None:
            return []
    sim = adj if adj is not None else pred_adj
    assert sim is not None
    pol = lex.similarity[sim.lemma_.lower()]
    if pred_adj is not None:
        verb = noun.head
        owner = child(noun, "poss")
        withp = prep_object(noun, ("with",)) or prep_object(pred_adj, ("with", "to", "from"))
        if owner is None:
            return []
        side_b = expand_conj(_that_of(withp[1])) if withp is not None else []
        if not side_b and len(expand_conj(owner)) < 2:
            return []
        topic = _topic(noun) or _topic(pred_adj) or _topic(verb)
        pol = -pol if is_negated(verb) else pol
        return [RawAlignment(_here(noun), expand_conj(owner), side_b, pol, [noun, pred_adj], topic)]
    verb = noun.head
    if noun.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in lex.possession_verbs | {"be"}:
        owner = child(noun, "poss")
        if owner is None or len(expand_conj(owner)) < 2:
            return []
        subj = expand_conj(owner)
        verb = noun
    else:
        subj = subjects(verb)
    if not subj:
        return []
    topic = _topic(noun) or _topic(verb)
    withp = prep_object(noun, ("with", "to")) or prep_object(verb, ("with",))
    pol = -pol if is_negated(verb) else pol
    stance_target = topic if topic is not None and _is_action(topic, noun.doc) and pol > 0 else None
    if withp is not None:
        return [RawAlignment(_here(noun), subj, expand_conj(withp[1]), pol, [sim, noun], topic, stance_target)]
    return [RawAlignment(_here(noun), subj, [], pol, [sim, noun], topic, stance_target)]
