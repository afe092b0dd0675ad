"""Stance cues on the dependency parse: who evaluates what, with which polarity.

:func:`find_raw_stances` reads one sentence and returns :class:`RawStance` candidates with
spaCy tokens for holders (the subject of the stance predicate, per the labelling rules),
cue, target range and the possible alignment partner. Actor resolution, issues and records
are done in :mod:`stancemap.nlp.stances.component`.

Patterns (general, lexicon-driven):

- verb cues: "X rejected Y", "X called for Y", "X refused to Y", "X accused Y of Z";
- adjective cues: "X is ready to Y", "X was opposed to Y", "Y is important" (holder = speaker);
- phrases: "in favour of Y", "Y is out of the question", "warned against Y";
- position nouns under light verbs: "expressed support for Y", "restated its opposition to Y";
- demand modals: "X said Z must Y" (X +1 on "Z doing Y");
- negated commitments: "X will not lift Y" (-1 on "lifting Y");
- speech-act nouns with an author: "Modi's call for Y", "a Danish request to Y", "an offer
  from X to Y" give the author its own stance on the content.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..common.text import doc_words, phrases_starting
from ..common.undo import UNDO_VERBS
from .backoff import (
    CAMPAIGN_VERBS,
    NATURE,
    POLICY_NOUNS,
    RECEPTION_MANNER,
    RECEPTION_NOUNS,
    STANCE_NOUNS,
    backoff_cue,
    owned,
    owned_prep_object,
    policy_object,
    received_label_cue,
)
from .effects import EFFECT_VERBS, effect_stances, pace_judgements, what_we_need
from .exits import left_pact, left_pact_stances
from .frames import abstract_object, judged_by, object_allowed, undone_subject, view_holder
from .intent import commit_noun_clause, evaluative_act
from .lexicon import HARMS, Cue, Lexicon, verb_lemma
from .nouns import (
    ADDRESSEES,
    LEAD_VERBS,
    OWN_POSSESSIVES,
    agent_noun_stances,
    author_stances,
    authors_of,
    is_critical,
    late_agent,
    late_from,
    negated_intent_stances,
    no_alternative_stances,
    noun_stances,
    proposed_stances,
)
from .raw import RawStance, gerund, here, hypothetical, set_to_take_position, strength_of
from .recall11 import (
    RULING_NOUNS,
    agent_participle_noun,
    classifying_label,
    comma_before,
    conjoined_relative_antecedent,
    hoped_act,
    hoped_of_another,
    named_under_preposition,
)
from .recall13 import add_attempt_partners, bare_proposal_summary, risk_judgements, verb_sign_over_label
from .recall15 import passed_measure, quote_mark
from .repair import SUMMARY_NOUNS
from .reword11 import attacked_measure, no_longer_bound, planned_route, praised_as
from .reword12 import party_act_span, route_course
from .reword12_labels import idiom_labels
from .reword13 import for_to_content, object_infinitive
from .surface import (
    CONTAINER_LABELS,
    LIGHT_LABELS,
    count_only_words,
    hyphenated,
    label_phrase_sign,
    label_words_sign,
    surface_label,
)
from .syntax import (
    PRONOUNS,
    REPORT_VERBS,
    child,
    co_holders,
    compact_span,
    expand_conj,
    is_negated,
    is_reciprocal,
    is_time,
    named_by,
    negative_adverbial,
    passive_seat,
    prep_object,
    reporting_subject,
    rootless_verb,
    subjects,
    what_named,
)

__all__ = ["RawStance", "find_raw_stances", "authors_of", "blamed_gerund"]

#: auxiliaries of the future ("will / won't / shall / 'll")
_WILL_AUX = ("will", "wo", "shall", "'ll")
#: auxiliaries of the future and the reported future ("will / won't / shall / 'll", "would / 'd")
_FUTURE_AUX = (*_WILL_AUX, "would", "'d")

# xcomp actions after "refuse"/"decline"/"agree" that are personal, not policy (no stance)
_SELF_ACTIONS = frozenset(
    """resign comment elaborate say speak confirm disclose reveal name identify give answer respond
    attend step quit leave""".split()
)


#: rescheduling verbs: on one's own event a tactical act ("agreed to postpone its rally")
_RESCHEDULE = frozenset({"postpone", "delay", "defer", "reschedule", "cancel", "call", "move", "bring"})
#: one's own gatherings and trips, whose timing is tactical (not its policies: "its purchase of
#: missiles", "its troops", "its military operation", "its missile test")
_OWN_EVENTS = frozenset({"rally", "march", "protest", "demonstration", "strike", "walkout", "vote", "visit", "trip",
                         "tour", "meeting", "summit", "congress", "convention", "conference", "ceremony"})


#: verbs of giving up one's own power ("hand over / cede / relinquish power")
_YIELD_VERBS = frozenset({"hand", "cede", "relinquish", "transfer", "surrender", "return", "give"})


def _self_action(verb: Token) -> bool:
    """A personal action ("refused to resign / to give details"); with a particle the verb is
    another one ("refused to give up its weapons", "would not give in"). Rescheduling one's own
    event is one too ("agreed to postpone its rally", "refused to call off their march")."""
    if verb.lemma_.lower() in _RESCHEDULE:
        obj = child(verb, "dobj")
        if obj is not None and obj.lemma_.lower() in _OWN_EVENTS \
                and prep_object(obj, ("on", "against")) is None \
                and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children):
            return True
    obj = child(verb, "dobj")
    if verb.lemma_.lower() in _YIELD_VERBS and obj is not None and obj.lemma_.lower() == "power":
        return True  # "pledged to hand over power to civilians": leaving one's own office (as resigning)
    return verb.lemma_.lower() in _SELF_ACTIONS and not any(
        c.dep_ == "prt" and c.lower_ in ("up", "in") for c in verb.children)


_SPEECH_NOUN_OF_DEMAND = frozenset({"reminder", "declaration", "statement", "warning", "message", "letter", "note"})
# verbs whose object performs their infinitive ("urged Kyiv to adopt"): not the subject's stance
_OBJECT_CONTROL = frozenset("""urge ask tell order force persuade convince invite encourage press push allow help want
    expect require pressure compel permit enable instruct advise remind warn call implore beg lead get""".split())
# predicates that carry "in favour of X" as the subject's position
_FAVOUR_VERBS = frozenset({"be", "remain", "stay", "come", "speak", "argue", "vote", "lean", "seem", "appear", "rule",
                           "declare", "campaign", "testify", "weigh"})
_PERSONAL = frozenset({"him", "her", "them"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
_DEMAND_ADJ_SUBJ = frozenset({"important", "essential", "necessary", "vital", "unacceptable", "crucial", "imperative"})


def _obj_range(obj: Token) -> tuple[int, int]:
    """The object span, with a restrictive relative clause ("any solution that divided the
    island": the clause says which solution)."""
    lo, hi = compact_span(obj)
    glued = _glued_noun(obj)
    if glued is not None:
        hi = max(hi, compact_span(glued, cut=_GLUED_CUT)[1])
    doc = obj.doc
    if hi < len(doc) and doc[hi].dep_ == "dobj" and doc[hi].head.i == obj.head.i and doc[hi].pos_ == "NOUN" \
            and obj.dep_ == "dobj" and obj.pos_ == "NOUN":
        hi = compact_span(doc[hi])[1]  # "backed the fisheries | deal": a compound parsed as two objects
    rel = next((c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i), None)
    if rel is not None and obj.pos_ == "NOUN":
        first = rel.left_edge
        if first.lower_ in ("that", "which") and first.i > 0 and first.doc[first.i - 1].text != ",":
            hi = max(hi, compact_span(rel, keep_first=True)[1])
        elif first.lower_ == "to" and first.i == obj.i + 1 and child(rel, "nsubj") is None:
            hi = max(hi, compact_span(rel, keep_first=True)[1])  # "calls to seize X": an infinitive complement
    return lo, hi


_GLUED_CUT = frozenset({"relcl", "advcl", "appos", "punct", "cc", "parataxis", "dep", "mark", "dobj", "ccomp", "xcomp",
                        "oprd"})


def _glued_noun(obj: Token) -> Token | None:
    """The head noun of a compound the tagger took for a verb ("backed the fisheries deal":
    "deal" as a bare verb with no subject, auxiliary or marker right after the object noun)."""
    doc = obj.doc
    nxt = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    if nxt is None or obj.pos_ != "NOUN" or nxt.tag_ not in ("VB", "VBP") or nxt.head.i not in (obj.head.i, obj.i) \
            or nxt.dep_ not in ("ccomp", "oprd", "xcomp", "dep", "conj", "acl", "relcl"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "neg", "cc") for c in nxt.children):
        return None
    return nxt


#: verbs of finding out: "wants to know whether ..." asks a question
_LEARN = frozenset({"know", "learn", "understand", "find", "hear", "see", "establish", "determine"})


def _for_clause(verb: Token) -> Token | None:
    """The for-to clause of a verb ("pressed for the talks to resume": the parser marks "for"
    on the clause's verb)."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i
                 and child(c, "mark", lemma=("for",)) is not None and child(c, "aux", lemma=("to",)) is not None
                 and child(c, "nsubj", "nsubjpass") is not None), None)


def _object_infinitive(verb: Token) -> Token | None:
    """The infinitive after a verb's object ("pressed Hamas | to accept the deal")."""
    obj = child(verb, "dobj")
    if obj is None:
        return None
    return next((c for c in verb.children if c.i > obj.i and c.dep_ in ("xcomp", "ccomp", "advcl")
                 and child(c, "aux", lemma=("to",)) is not None), None)


#: nouns of bodies that can be asked to act (any group or firm, not only a government)
_ADDRESSABLE_BODIES = frozenset("""side party government country nation state group body council member leadership
    administration authority authorities union bloc alliance regime parliament congress camp faction company
    firm bank court""".split())


def _addressee(tok: Token, lex: Lexicon) -> bool:
    """Can ``tok`` be asked to act (a name, a pronoun, a person or a body), unlike a thing or an
    idea ("the initiative was called by X to force Y": a purpose, not a demand on the initiative)?"""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("PROPN", "PRON") or lemma in _ADDRESSABLE_BODIES or lemma in lex.physical_nouns


def _passive_infinitive(verb: Token, lex: Lexicon) -> Token | None:
    """The infinitive of a passive demand with its agent ("was pressed / called on by X | to accept
    the deal"): the addressee is the passive subject, the agent makes the demand."""
    addressee = child(verb, "nsubjpass")
    if addressee is None or child(verb, "agent") is None or not _addressee(addressee, lex):
        return None
    if verb.lemma_.lower() == "call" and child(verb, "prt") is None:
        return None  # "the vote was called by X to ...": a purpose, not a demand ("was called on by X to")
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "advcl", "ccomp")
                 and child(c, "aux", lemma=("to",)) is not None and child(c, "nsubj", "nsubjpass") is None), None)


# nouns of demanding whose infinitive is their content ("rejected calls to X", "resisted pressure to X")
_DEMAND_NOUNS = frozenset({"call", "demand", "request", "appeal", "plea", "pressure", "proposal", "offer", "bid",
                           "suggestion", "invitation", "urging", "push", "ultimatum", "order", "plan", "attempt",
                           "effort", "move", "idea", "recommendation"})


def _asks(clause: Token) -> bool:
    """Is a clause an indirect question ("whether / if ...", "why / what ...")?"""
    return child(clause, "mark", lemma=("whether", "if")) is not None \
        or any(x.tag_ in ("WDT", "WP", "WRB") for x in clause.children)


#: verbs of state whose participle complement is a passive ("remains opposed by X", "stayed backed by Y")
_STATE_VERBS = frozenset({"be", "remain", "stay", "seem", "appear", "become", "look"})


#: empty nouns of a pseudo-cleft ("Y is something X opposes", "Y was one thing X would never accept")
_LIGHT_THINGS = frozenset({"something", "thing", "one", "anything", "nothing"})


def _denied_cleft(verb: Token, obj: Token) -> bool:
    """A pseudo-cleft whose empty noun or copula is negated ("Y is nothing X supports", "Y is no
    thing X backs", "Y is not / never something X supports"): X's position on Y has the other sign."""
    thing = verb.head
    if _pseudo_cleft_focus(verb) == obj:  # "Y is not what X wants", "What X wants is not Y"
        return any(c.dep_ == "neg" or c.lower_ == "never" for c in thing.children)
    if verb.dep_ != "relcl" or thing.lower_ not in _LIGHT_THINGS or thing.dep_ != "attr" \
            or child(thing.head, "nsubj") != obj:
        return False
    return thing.lower_ == "nothing" or child(thing, "det", lemma=("no",)) is not None \
        or any(c.dep_ == "neg" or c.lower_ == "never" for c in thing.head.children)


#: demand verbs whose own to-infinitive is the aim ("is pushing / lobbying to revive X")
_STRIVE = frozenset({"push", "lobby", "press", "clamour", "clamor"})  # (not "campaign to": "campaigning to lead X")


def _striving_to(verb: Token) -> bool:
    """"X is pushing to revive Y": an active demand verb with a to-infinitive and no object."""
    inf = child(verb, "xcomp")
    return inf is not None and inf.tag_ == "VB" and child(inf, "aux", lemma=("to",)) is not None \
        and child(verb, "dobj", "auxpass", "nsubjpass") is None and child(inf, "nsubj") is None


def _pseudo_cleft_focus(verb: Token) -> Token | None:
    """The focus Y of a pseudo-cleft "What X rejects / is calling for is Y" or "Y is what X wants":
    the verb's "what" (its object, or its preposition's) stands for Y, named across the copula."""
    be = verb.head
    if verb.dep_ not in ("csubj", "nsubj", "ccomp", "attr") or be.lemma_ != "be" or be.i == verb.i \
            or child(verb, "xcomp", "ccomp") is not None:
        return None  # ("What we asked them to explain is Y": the "what" belongs to the inner verb)
    if not any(c.lower_ == "what" and c.i < verb.i and (c.dep_ == "dobj" or (c.dep_ == "pobj" and c.head.head.i == verb.i))
               for c in verb.subtree):
        return None
    if verb.i > be.i:  # "Y is what X wants": Y is the copula's subject
        named = next((c for c in be.children if c.dep_ in ("nsubj", "csubj") and c.i < be.i), None)
        if named is None or not (named.pos_ in ("NOUN", "PROPN") or named.tag_ == "VBG") \
                or named.lower_ in ("this", "that", "it", "which"):
            return None
        return named
    named = next((c for c in be.children if c.dep_ in ("attr", "acomp", "nsubj") and c.i > be.i), None)
    if named is None:  # "What X wants is for the talks to resume / to end the blockade": a clause
        named = next((c for c in be.children if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > be.i
                      and c.pos_ in ("VERB", "AUX")), None)
        return named
    if not (named.pos_ in ("NOUN", "PROPN") or named.tag_ == "VBG"):
        return None
    return named


#: nouns that sum up an act named just before them (", a move ...")
ACT_NOUNS = frozenset({"move", "step", "decision", "measure"})
_ACT_NOUNS = ACT_NOUNS | RULING_NOUNS  # (", a ruling X hailed": the act of the clause before)


def _summed_up_act(ante: Token) -> Token | None:
    """The verb of the clause that an act noun set off by a comma sums up ("Lima approved a trade deal
    on Z, a move ...", "X agreed to expand Y, a decision ...", "X would recognise Y and urged Z to
    follow suit, a move ..."): up from the noun's head through objects, noun modifiers, infinitives
    and later conjuncts to the first verb that heads a clause of its own."""
    act = ante.head
    for _ in range(12):
        if act.pos_ in ("VERB", "AUX") and act.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis"):
            if act.lemma_.lower() not in REPORT_VERBS:
                return act
            said = child(act, "ccomp")  # "X said it would Y and urged Z to follow suit, a move ...": Y
            return said if said is not None and said.i < ante.i and said.lemma_.lower() not in REPORT_VERBS else None
        if act.head.i == act.i:
            return None
        act = act.head
    return None


#: nouns for a way of doing things that a participle of ending takes from the clause before it
_PRACTICE_NOUNS = frozenset({"practice", "policy", "tradition", "custom", "arrangement", "system"})
_ENDING_VERBS = frozenset({"end", "halt", "stop", "scrap", "abandon", "terminate"})
#: main verbs whose object is the practice a participle of ending then ends: a ban ("banned bottom
#: trawling, ending a practice ..."), or a refusal to renew ("refused to extend the permit for X")
_BANNING_VERBS = frozenset({"ban", "outlaw", "abolish", "prohibit", "forbid", "scrap", "end", "halt", "stop",
                            "suspend", "cancel", "revoke", "close"})
_RENEW_VERBS = frozenset({"renew", "extend", "allow", "permit", "license"})


def _ended_practice(ante: Token) -> tuple[tuple[int, int], Token, bool] | None:
    """"X banned bottom trawling in the bay, ending a practice that Y had defended": the practice is
    the main clause's object (what the clause ends), so a relative on it evaluates that object. Only
    for a participle of ending after a main verb that bans or stops its object, or refuses to renew
    it ("refused to extend the permit for X"); "raised the tariff, ending a policy that Y criticised"
    (the policy is not the tariff) and "ended a practice that Y condemned" keep the practice itself."""
    part = ante.head
    if ante.lemma_.lower() not in _PRACTICE_NOUNS or ante.dep_ != "dobj" or part.tag_ != "VBG" \
            or part.lemma_.lower() not in _ENDING_VERBS or part.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    main = part.head
    obj = child(main, "dobj")
    if main.pos_ not in ("VERB", "AUX") or main.i > part.i or obj is None or obj.i > part.i or obj.pos_ != "NOUN":
        return None
    if main.lemma_.lower() not in _BANNING_VERBS and not (is_negated(main) and main.lemma_.lower() in _RENEW_VERBS):
        return None  # "raised the tariff, ending a policy that X criticised": the policy is no tariff
    lo, hi = compact_span(obj, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"}))
    return (lo, min(hi, part.i)), obj, False


#: nouns that rename a proposal or policy named just before them (", a proposal that X opposed")
_RENAMING_NOUNS = frozenset({"proposal", "plan", "idea", "scheme", "initiative", "bill", "law", "policy", "deal",
                             "agreement", "accord", "treaty", "rule", "ban", "project", "reform"})


def _renamed_before(ante: Token) -> tuple[tuple[int, int], Token, bool] | None:
    """"X unveiled a plan to tax Y, a proposal that Z has opposed": a proposal noun set off by a
    comma and "a/an", whose relative clause holds the cue, renames the policy noun phrase that
    ends at the comma (the parser reads it as a second object of the verb). That phrase is the
    target; the renaming noun stays the head (it names no author: no alignment, as for ", a move
    X condemned")."""
    doc = ante.doc
    lo = ante.left_edge.i
    if ante.lemma_.lower() not in _RENAMING_NOUNS or lo < 2 or doc[lo - 1].text != "," \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ante.children):
        return None
    end = lo - 2  # the last word before the comma
    t, best = doc[end], None
    for _ in range(12):
        if t.right_edge.i != end or t.i > end:
            break
        if t.pos_ == "NOUN" and t.lemma_.lower() in POLICY_NOUNS:
            best = t
        if t.head.i == t.i:
            break
        t = t.head
    if best is None or best.i >= ante.i:
        return None
    lo2, hi2 = compact_span(best, cut=frozenset({"relcl", "punct", "appos", "advcl"}))
    return (lo2, min(hi2, end + 1)), ante, False


def _reported_relative(verb: Token) -> Token | None:
    """The relative clause of a reporting verb whose reported clause holds the cue: "a decision
    (that) X said it regretted" (the "said" clause, when "regretted" is its complement)."""
    rel = verb.head
    if verb.dep_ == "ccomp" and rel.dep_ == "relcl" and rel.lemma_.lower() in REPORT_VERBS \
            and child(verb, "mark") is None and rel.head.pos_ == "NOUN" and rel.head.i < verb.i:
        return rel
    return None


def _stranded_relative(verb: Token, cue: Cue) -> Token | None:
    """The antecedent of a relative clause joined as a conjunct ("..., a ban that A criticised and
    that B had lobbied for") whose cue's own preposition is stranded at its end: the ban."""
    ante = _coordinated_relative(verb)
    if ante is None or child(verb, "dobj", "xcomp", "ccomp") is not None:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and not list(c.children)), None)
    return ante if prep is not None and prep.lower_ in cue.preps else None


def _coordinated_relative(verb: Token) -> Token | None:
    """The antecedent of a relative clause that the parser joined as a conjunct to the verb of an
    earlier one: "..., a decision that A regretted and that B called a mistake" (the decision)."""
    if verb.dep_ != "conj" or child(verb, "mark", lemma=("that", "which")) is None:
        return None
    head = verb.head
    rel = head if head.dep_ == "relcl" else _reported_relative(head)
    return rel.head if rel is not None and rel.head.pos_ == "NOUN" else None


def _summed_antecedent(ante: Token) -> tuple[tuple[int, int], Token, bool] | None:
    """An act noun set off by a comma after a clause (", a move ...", ", a decision ..."): the
    verb of the clause it sums up with that verb's object, as in :func:`_bare_relative_target`."""
    if not (ante.lemma_.lower() in _ACT_NOUNS or bare_proposal_summary(ante)) \
            or ante.dep_ not in ("appos", "npadvmod", "dobj") \
            or not comma_before(ante):
        return None
    act = _summed_up_act(ante)
    obj = None if act is None else next((c for c in act.children if c.dep_ in ("dobj", "xcomp", "ccomp")
                                         and c.i < ante.i), None)
    if act is None or obj is None:
        return None
    end = compact_span(obj, keep_first=obj.dep_ != "xcomp")[1]
    return (act.i, min(end, ante.left_edge.i - 1)), act, True


def _bare_relative_target(verb: Token, cue: Cue) -> tuple[tuple[int, int], Token, bool] | None:
    """A relative clause without a relative pronoun whose cue verb takes its antecedent as object:
    "..., a charge Belgrade has denied" (the charge), "..., a government they blame for X" (the
    government, with its complement). An antecedent that only names an act ("..., a move Quito
    condemned") stands for the act of the clause it is attached to: that verb and its object."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or cue.kind not in ("evaluative", "accuse", "refuse") \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "attr", "oprd", "dative") and c.i > verb.head.i
                   for c in verb.children):
        return None  # (a clause before the antecedent is no complement of the relative: a misparse)
    subj = child(verb, "nsubj")
    ante = verb.head
    if subj is None or subj.lower_ in ("who", "which", "that", "whom") or ante.pos_ != "NOUN" or ante.i > subj.i \
            or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subj.children) \
            or any(c.dep_ == "prep" and not list(c.children) for c in verb.children):
        return None  # ("the plan Ghana relies on": a stranded preposition takes the antecedent)
    if (ante.lemma_.lower() in _ACT_NOUNS or bare_proposal_summary(ante)) \
            and ante.dep_ in ("appos", "npadvmod", "dobj") and comma_before(ante):
        act = _summed_up_act(ante)
        obj = None if act is None else next((c for c in act.children if c.dep_ in ("dobj", "xcomp", "ccomp")
                                             and c.i < ante.i), None)
        if act is not None and obj is not None:  # "Lima approved a trade deal, a move ...": the act
            end = compact_span(obj, keep_first=obj.dep_ != "xcomp")[1]
            return (act.i, min(end, ante.left_edge.i - 1)), act, True
        return None
    named = ante.head if ante.dep_ == "appos" and ante.head.pos_ in ("NOUN", "PROPN") \
        and ante.lemma_.lower() not in SUMMARY_NOUNS else ante  # (", a charge X denied": the charge itself)
    lo, hi = compact_span(named, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"}))
    comp = prep_object(verb, ("for", "of", "over")) if cue.kind == "accuse" else None
    if comp is not None:  # "a government they blame | for the deaths": the charge
        hi = max(hi, compact_span(comp[1])[1])
    return (lo, hi), named, False


def _verb_target(verb: Token, cue: Cue, lex: Lexicon) -> tuple[tuple[int, int], Token, bool] | None:
    """(range, head token, is_action) of the target of a verb cue."""
    named = _pseudo_cleft_focus(verb)
    if named is not None:  # "What X rejects is Y", "What X is calling for is Y": Y
        if named.pos_ in ("VERB", "AUX") and named.tag_ != "VBG":
            return compact_span(named, keep_first=False), named, True
        return compact_span(named), named, named.tag_ == "VBG"
    inf = _passive_infinitive(verb, lex) if cue.kind == "demand" else None
    if inf is not None and prep_object(verb, cue.preps) is None:
        return compact_span(inf, keep_first=False), inf, True  # "were called on by X to return to talks"
    if cue.preps and not (cue.kind == "accuse" and child(verb, "dobj") is not None):  # "charged X with Y": X
        po = prep_object(verb, cue.preps)
        stance = child(verb, "dobj")
        if po is None and stance is not None and stance.lemma_.lower() in STANCE_NOUNS:
            po = prep_object(stance, cue.preps)  # "took a hard line | against X"
        if po is None and stance is None:
            po = owned_prep_object(verb, cue.preps)  # "dug in its heels | against X"
        if po is None and cue.kind == "evaluative" and (to := prep_object(verb, ("to", "with"))) is not None \
                and (to[1].pos_ == "PROPN" or to[1].lemma_.lower() in ADDRESSEES):
            on_who = prep_object(to[1], cue.preps)  # "protested to Y's ambassador | about X": the parser
            po = on_who if on_who is not None and on_who[0].i > to[1].i else None  # hangs it on the addressee
        if po is not None and not cue.needs_prep and stance is not None and stance.i < po[0].i \
                and stance.pos_ == "NOUN" and child(verb, "auxpass") is None and not _addressee(stance, lex):
            # "opposed the sale of jets | to Y": the phrase belongs to the object the verb takes (not after
            # an addressee: "asked Germany / the government | for X", "protested Washington | over X")
            po = None
        if po is not None and po[0].lower_ == "with" and po[1].pos_ == "PROPN" and verb.lemma_.lower() == "agree":
            inf = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > po[1].i
                        and child(c, "aux", lemma=("to",)) is not None and child(c, "nsubj") is None), None)
            if inf is not None:  # "agreed with Trump (during a call) to deploy X": the deal, not the partner
                return compact_span(inf, keep_first=False), inf, True
        if po is not None:
            prep, obj = po
            named = what_named(obj) if obj.dep_ == "pcomp" else None
            if named is not None:  # "protested over what it called X": the thing named
                return compact_span(named), named, False
            lo, hi = _obj_range(obj)
            nxt = next((c for c in verb.children if c.dep_ == "prep" and c.i == hi and c.lower_ in ("in", "for", "of", "on")
                        and not any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree)), None)
            if nxt is not None:
                hi = compact_span(nxt)[1]  # "agreed to Norwegian arbitration | in the border row"
            doing = verb.doc[hi] if hi < len(verb.doc) and obj.pos_ == "PROPN" else None
            if doing is not None and doing.lower_.endswith("ing") and doing.head.i in (verb.i, obj.i) \
                    and doing.dep_ in ("advcl", "acl", "xcomp"):
                hi = compact_span(doing)[1]  # "objects to Ankara | drilling in the bay": the parser splits the act
            # "calling on X to do Y": the infinitive belongs to the target
            inf = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > obj.i), None)
            inf = inf if inf is not None else object_infinitive(obj, hi)  # ("for X | to be scrapped" on X)
            if inf is not None and (prep.lower_ == "on" or (prep.lower_ in ("with", "to") and cue.kind == "demand")
                                    or for_to_content(prep, obj, inf, cue, hi)):
                hi = max(hi, compact_span(inf)[1])
            return (lo, hi), obj, obj.pos_ == "VERB"
        clause = _for_clause(verb) if "for" in cue.preps else None
        if clause is not None:  # "called for the troops to withdraw"
            lo, hi = compact_span(clause, keep_first=False)
            return (lo, hi), clause, True
    what = child(verb, "ccomp")
    named = what_named(what) if what is not None else None
    if named is not None:  # "condemned what it called illegal sanctions", "protested what it described as X"
        return compact_span(named), named, False
    thing = verb.head if verb.dep_ == "relcl" and child(verb, "dobj") is None else None
    if thing is not None and thing.lower_ in _LIGHT_THINGS and thing.dep_ == "attr" and thing.head.lemma_ == "be" \
            and not any(c.dep_ == "prep" for c in verb.children if c.i > verb.i) and child(verb, "ccomp", "xcomp") is None:
        named = child(thing.head, "nsubj")  # "Y was something X would never accept": Y
        if named is not None and named.pos_ in ("NOUN", "PROPN"):
            return compact_span(named), named, False
    if cue.kind == "propose" and child(verb, "dobj", "xcomp", "ccomp") is None:
        late = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VB"
                     and child(c, "aux", lemma=("to",)) is not None and child(c, "nsubj", "mark") is None), None)
        if late is not None:  # "offered on Monday to host X": a time phrase before the infinitive
            return compact_span(late, keep_first=False), late, True
    asked = child(verb, "ccomp") if verb.lemma_.lower() in ("ask", "question", "wonder") else None
    if asked is not None and _asks(asked):
        return None  # "asked Y whether it would back X": a question to Y, not a demand of Y
    for dep in ("dobj", "xcomp", "ccomp", "attr"):
        found = child(verb, dep)
        if found is not None and verb.dep_ == "relcl" and found.i < verb.head.i:
            continue  # ("X said Y did Z, a claim W rejected": the parser hangs the reported clause on "rejected")
        if found is not None:
            obj = found
            if dep == "ccomp" and verb.lemma_.lower() in REPORT_VERBS and stated_clause(obj):
                if cue.kind == "commit" and own_future_act(obj, lex):
                    # "promised (that) it would hand over X", "X will be handed over, Y pledged": the act
                    # promised, as "pledged to hand over X" (a cue inside holds the position itself)
                    lo = obj.i if child(obj, "nsubjpass") is None else compact_span(obj, keep_first=False)[0]
                    return (lo, compact_span(obj)[1]), obj, True
                continue  # "insisted (that) it would never accept Y": a report, the clause holds the position
            if dep == "xcomp" and obj.lemma_.lower() in _LEARN and any(
                    c.dep_ == "ccomp" and _asks(c) for c in obj.children):
                continue  # "demanded to know why / whether ...": a question, not a demand
            if dep == "ccomp" and (obj.lemma_ in REPORT_VERBS or child(obj, "mark", lemma=("whether", "if")) is not None
                                   or any(c.tag_ in ("WDT", "WP", "WRB") and c.i < obj.i for c in obj.children)):
                continue  # reported speech or an indirect question ("asked whether ...")
            rel = verb if verb.dep_ == "relcl" else verb.head if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl" \
                else None  # ("a plan which X had vowed to block": the relative clause above the infinitive)
            rel = rel or _reported_relative(verb)  # ("a decision that X said it regretted")
            if dep == "dobj" and obj.lower_ in ("which", "that", "whom", "who") and rel is not None:
                ante = rel.head  # "a verdict that Canada condemned": the antecedent
                summed = _summed_antecedent(ante) or _ended_practice(ante) or _renamed_before(ante)
                if summed is not None:  # ", a decision that X condemned": the act it sums up
                    return summed
                lo, hi = compact_span(ante, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"}))
                return (lo, hi), ante, False
            lo, hi = _obj_range(obj) if dep != "xcomp" else compact_span(obj, keep_first=False)
            if dep == "dobj":
                # "accused X of Y", "blamed X for Y", "charging X with Y": keep the complement
                comp = prep_object(verb, ("of", "with", "for", "over", "on", "to"))
                if comp is not None and comp[1].i > obj.i and cue.kind == "accuse":
                    hi = max(hi, compact_span(comp[1])[1])
                elif comp is not None and comp[0].i == hi and comp[0].lower_ in ("for", "of", "on", "to"):
                    hi = compact_span(comp[1])[1]  # "denied access for X to Y", "end the embargo on X"
                # "urged Kyiv to adopt Y": addressee + infinitive
                inf = next((c for c in verb.children if c.i > obj.i and (c.dep_ in ("xcomp", "ccomp") or (
                    c.dep_ == "advcl" and child(c, "aux", lemma=("to",)) is not None))), None)
                if inf is not None and (cue.kind in ("demand", "propose") or (
                        obj.lemma_.lower() in _DEMAND_NOUNS and inf.dep_ in ("advcl", "xcomp")
                        and child(inf, "aux", lemma=("to",)) is not None and child(inf, "nsubj") is None)):
                    hi = max(hi, compact_span(inf)[1])  # ("rebuffed calls | to raise X": the call's content)
            return (lo, hi), obj, dep in ("xcomp", "ccomp")
    ante = verb.head
    if verb.dep_ == "acl" and child(verb, "mark", lemma=("that",)) is not None and ante.pos_ == "NOUN" \
            and ante.lemma_.lower() in SUMMARY_NOUNS and ante.i < verb.i and ante.left_edge.i > 0 \
            and ante.doc[ante.left_edge.i - 1].text == "," and child(verb, "nsubj") is not None \
            and cue.kind in ("evaluative", "refuse") \
            and child(verb, "dobj", "xcomp", "ccomp", "attr", "oprd", "dative") is None \
            and not any(c.dep_ == "prep" and c.i > verb.i for c in verb.children):
        # "..., a claim that Cotonou rejected": a relative clause read as the noun's content clause
        # (the cue has no object of its own, so "that" stands for the noun)
        return _summed_antecedent(ante) or (compact_span(
            ante, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"})), ante, False)
    stranded = _stranded_relative(verb, cue)
    if stranded is not None:  # "..., a ban that A criticised and that B had lobbied for": the ban
        return _summed_antecedent(stranded) or (compact_span(
            stranded, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"})), stranded, False)
    bare = _bare_relative_target(verb, cue)
    if bare is not None:  # "..., a charge X has denied", "..., a move X condemned as Y"
        return bare
    joined = conjoined_relative_antecedent(verb, SUMMARY_NOUNS | _ACT_NOUNS) \
        if cue.kind in ("evaluative", "refuse") else None
    if joined is not None:  # "..., a ruling A welcomed and B criticised as Y": the ruling, as for A
        return _summed_antecedent(joined) or (compact_span(
            joined, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"})), joined, False)
    rel = _reported_relative(verb) if cue.kind in ("evaluative", "refuse") else None
    if rel is not None and child(verb, "dobj", "xcomp", "ccomp", "nsubjpass") is None and not any(
            c.dep_ == "prep" and not list(c.children) for c in verb.children):
        # "..., a decision (that) X said it regretted": the reported cue takes the antecedent
        summed = _summed_antecedent(rel.head)
        if summed is not None:
            return summed
        if rel.head.dep_ in ("dobj", "pobj", "nsubjpass", "appos"):  # "rejected the plan Peru said it backed"
            ante = rel.head
            return compact_span(ante, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"})), ante, False
    # passive with an agent: "Pakistan's call was rejected by India" (the subject is the target),
    # or with a seat of government: "the plan was rejected in Riyadh" (see passive_seat)
    subjpass = child(verb, "nsubjpass")
    if subjpass is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and child(verb, "agent") is not None \
            and child(verb.head, "auxpass") is not None and child(verb.head, "agent") is not None:
        subjpass = child(verb.head, "nsubjpass")  # "Y was praised by A and criticised by B": Y for B too
    if subjpass is None and verb.tag_ == "VBN" and verb.dep_ in ("acomp", "xcomp", "oprd") \
            and verb.head.lemma_.lower() in _STATE_VERBS and child(verb, "agent") is not None:
        subjpass = child(verb.head, "nsubj")  # "the plan remains opposed by X": a passive under "remain"
    if subjpass is not None and subjpass.lower_ in ("which", "that") and verb.dep_ == "relcl" \
            and child(verb, "agent") is not None:
        ante = verb.head  # "the plan, which was rejected by X": the antecedent
        return compact_span(ante, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"})), ante, False
    if subjpass is not None and (child(verb, "agent") is not None or passive_seat(verb) is not None
                                 or _pledged_passive(verb)) \
            and subjpass.lower_ not in PRONOUNS:
        lo, hi = compact_span(subjpass, cut=frozenset({"relcl", "advcl", "appos", "punct", "acl"}))
        aim = next((c for c in subjpass.children if c.dep_ == "acl" and c.left_edge.i == hi
                    and child(c, "aux", lemma=("to",)) is not None), None)
        if aim is not None and aim.right_edge.i < verb.i:
            hi = compact_span(aim)[1]  # "a motion | to expel X was approved by Y": the motion's content
        return (lo, hi), subjpass, False
    aux = child(verb, "auxpass")
    clause = child(verb, "csubjpass", "csubj") or (child(aux, "csubj", "csubjpass") if aux is not None else None)
    if clause is not None and child(verb, "agent") is not None and clause.tag_ == "VBG":
        # "scrapping the subsidy was opposed by X": the -ing clause is the target
        return compact_span(clause, keep_first=True), clause, True
    return None


def find_raw_stances(sent: Span, lex: Lexicon) -> list[RawStance]:
    """Stance candidates of one sentence."""
    out: list[RawStance] = []
    lemmas = doc_words(sent.doc).lemmas
    for tok in sent:
        lemma = lemmas[tok.i]
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "NOUN"):
            out.extend(_verb_stances(tok, verb_lemma(tok, lex), lex))
            if lemma in _PIN_VERBS:
                out.extend(_pinned_blame(tok, lex))
            if lemma in _RECEPTION_VERBS:
                out.extend(_received_in_manner(tok, lex))
            elif lemma in ("react", "respond"):
                out.extend(_reacted_in_manner(tok, lex))
            if lemma in _DENY_CLAIM:
                out.extend(_denied_as_alleged(tok, lex))
            if lemma == "hold":
                out.extend(_held_responsible(tok, lex))
            elif lemma == "take":
                out.extend(_taken_to_task(tok, lex))
        elif tok.pos_ == "ADJ" and lemma in lex.adjectives:
            out.extend(_adj_stances(tok, lex.adjectives[lemma], lex))
        if tok.dep_ == "amod" and tok.lower_ == "proposed":
            out.extend(proposed_stances(tok))  # "the junta's proposed transition"
        if tok.tag_ == "VBN" and tok.lower_ in lex.adjectives and lemma not in lex.verbs and (
                (child(tok, "auxpass") is not None and child(tok, "nsubjpass") is not None)
                or (tok.pos_ != "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_ == "be")):
            # "was appalled by / dismayed at X": a feeling adjective parsed as a passive participle
            # (or as a verb under the copula: "it was deeply disappointed by X")
            out.extend(_adj_stances(tok, lex.adjectives[tok.lower_], lex))
        if lemma in _CAUSED_FEELINGS and tok.pos_ == "VERB":
            out.extend(_caused_feeling(tok, lex))
        if (tok.dep_ in ("acomp", "attr") and tok.head.lemma_ == "be") or (
                tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ in _AMOUNT_TO) or (
                tok.dep_ in ("dobj", "attr") and tok.head.lemma_ in _CONSTITUTE):
            out.extend(_predicate_label(tok, lex))
        elif _head_label(tok, lex):
            out.extend(_predicate_label(tok, lex, head=True))
        if tok.dep_ == "prep" and tok.head.lemma_ == "be" and tok.head.pos_ == "AUX" and \
                child(tok.head, "acomp", "attr") is None and label_phrase_sign(list(tok.subtree)) != 0:
            out.extend(_predicate_label(tok, lex))  # an idiom as the predicate ("Y is beyond the pale")
        if tok.lemma_ in ("place", "room") and tok.dep_ in ("dobj", "attr"):
            out.extend(_no_place(tok, lex))
        if tok.lower_ == "those" and tok.head.lower_ == "among":
            out.extend(_among_those_voting(tok))
        if tok.lemma_.lower() in _TRANSGRESS and tok.pos_ == "VERB":
            out.extend(_transgression(tok, lex))
        if tok.lemma_.lower() in ("need", "require") and tok.tag_ == "VBN":
            out.extend(_needed(tok, lex))
        if tok.lower_ in ("hope", "hopes", "hoped", "hoping") and tok.pos_ == "VERB":  # (lemma may be "hop")
            out.extend(_hoped_settlement(tok, lex))
            out.extend(hoped_act(tok, lex))  # "hoped Beijing would end X"
        if tok.lemma_ == "have" and tok.pos_ in ("AUX", "VERB") and tok.dep_ in ("ROOT", "ccomp", "conj"):
            out.extend(_without_merit(tok, lex))
        if tok.lemma_ == "make" and tok.pos_ == "VERB":
            out.extend(_makes_safer(tok, lex))
        if tok.lemma_ in ("save", "cost") and tok.pos_ == "VERB":
            out.extend(_saves_lives(tok, lex))
        if tok.lemma_ == "need" and tok.pos_ == "VERB":
            out.extend(_we_need(tok, lex))
        if lemma in EFFECT_VERBS and tok.pos_ == "VERB":
            out.extend(effect_stances(tok, lex))  # "Y will wreck the economy, X said"
        out.extend(idiom_labels(tok, lex))  # "Y is a tax on our bakers", "Y will put Z on the map", X said
        if lemma in ("put", "place", "send") and tok.pos_ == "VERB":
            out.extend(risk_judgements(tok, lex))  # "Y would put Z at risk / send the wrong signal, X said"
        if lemma == "pass" and tok.pos_ == "VERB":
            out.extend(passed_measure(tok))  # "a bill passed by the Senate" (recall15)
        if lemma == "leave" and tok.pos_ == "VERB":
            out.extend(left_pact_stances(tok, lex))  # "X has left the accord"
        if lemma == "attack" or tok.lower_ == "bound":
            out.extend(attacked_measure(tok, lex) + no_longer_bound(tok, lex))  # "X attacked the law"
        if lemma in ("go", "come") and tok.pos_ == "VERB":
            out.extend(pace_judgements(tok, lex))  # "Y went too far", "Y cannot come soon enough", X said
        if tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB"):
            out.extend(_copula_against(tok, lex))
            out.extend(what_we_need(tok, lex))  # "Y is exactly what we need," X said
            out.extend(praised_as(tok, lex))  # "Y is a vote of confidence in Z," X said
            out.extend(_copula_aim(tok, lex))
            out.extend(_said_responsible(tok, lex))
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MERITS:
            out.extend(_stressed_merits(tok, lex))
        if tok.pos_ == "NOUN" and lemma in RECEPTION_NOUNS:
            out.extend(_given_reception(tok, lex))
            out.extend(_reception_was(tok, lex))
        if tok.pos_ == "NOUN" and tok.dep_ in ("attr", "nsubj") and tok.head.lemma_ == "be":
            out.extend(_there_will_be_no(tok, lex))
            if lemma in ("need", "necessity"):
                out.extend(_need_for(tok, lex))
            elif lemma == "question":
                out.extend(_no_question_of(tok, lex))
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in lex.nouns:
                out.extend(noun_stances(tok, lex.nouns[lemma], lex))
            elif (recv := received_label_cue(tok, lex)) is not None:
                out.extend(noun_stances(tok, recv, lex))
            if lemma in lex.speech_act_nouns and _programme_name(tok):
                pass  # "China's Belt and Road Initiative": the name of a programme, no proposal stated
            elif lemma in lex.speech_act_nouns:
                out.extend(author_stances(tok, lex.speech_act_nouns[lemma], lex))
            elif lemma in lex.nouns and lex.nouns[lemma].kind == "evaluative" and (
                    _owner_named(tok) or late_agent(tok) is not None or from_author(tok)):
                # every evaluative position noun has an author too: "Peru's veto of X surprised them"
                out.extend(author_stances(tok, lex.nouns[lemma].polarity, lex))
            if lemma in lex.agent_nouns:
                out.extend(agent_noun_stances(tok, lex.agent_nouns[lemma], lex))
            if lemma in lex.negated_intent_nouns:
                out.extend(negated_intent_stances(tok, lex))
            if lemma in lex.no_alternative_nouns:
                out.extend(no_alternative_stances(tok, lex))
    out.extend(_phrase_stances(sent, lex))
    out.extend(_modal_stances(sent, lex))
    out = add_attempt_partners(out)  # "condemned X, calling it an attempt by B to ...": B
    out = _drop_restated_aims(out)
    for r in out:
        r.sent = sent
    return out


def _drop_restated_aims(out: list[RawStance]) -> list[RawStance]:
    """"Japan's plan to scrap the tax was criticised": the infinitive's own cue ("scrap": -1 on the tax)
    and the plan (its author +1 on "scrapping the tax") say the same of the same author; the plan's
    reading is kept (README section 5: the polarity follows the cue, "plan", applied to its content
    as written), so that it is not counted twice."""
    aims = {(c.i, h.i) for r in out if r.source == "author" and r.cue
            for c in r.cue[0].children if c.dep_ == "acl" for h in r.holders}
    if not aims:
        return out
    return [r for r in out if r.source == "author" or not r.cue
            or not any((r.cue[0].i, h.i) in aims for h in r.holders)]


#: verbs of causing a feeling in their object: "Y angered X" is X's position on Y (as "X was angered by Y")
_CAUSED_FEELINGS = {"anger": -1, "infuriate": -1, "outrage": -1, "incense": -1, "enrage": -1, "irk": -1,
                    "appal": -1, "appall": -1, "horrify": -1, "dismay": -1, "disappoint": -1, "upset": -1, "offend": -1,
                    "antagonise": -1, "antagonize": -1,
                    "exasperate": -1, "delight": 1, "please": 1, "gratify": 1}


def _caused_feeling(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"Turkish drilling has angered Greece", "the deal delighted Rome": the object feels it, on the
    subject (an act or a measure, not a person: "the striker delighted the fans" is no position)."""
    subj, obj = child(verb, "nsubj"), child(verb, "dobj")
    agent = child(verb, "agent")
    if subj is None and obj is None and agent is not None and child(verb, "auxpass") is not None:
        # "X was angered by Y": the passive, the cause as the agent
        subj, obj = child(agent, "pobj"), child(verb, "nsubjpass")
        named = obj is not None and (obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children)))  # ("Tonga's government was angered")
        if subj is None or obj is None or not named or hypothetical(verb, lex) or not abstract_object(subj, lex):
            return []
        pol = _CAUSED_FEELINGS[verb.lemma_.lower()] * (-1 if is_negated(verb) else 1)
        return [RawStance(here(verb), expand_conj(obj), [verb], compact_span(subj), pol, "evaluative",
                          strength_of(verb, Cue(verb.lemma_.lower(), pol, "evaluative"), lex), [subj],
                          source="feeling")]
    if subj is None or obj is None or any(c.tag_ in ("WP$", "WDT", "WP") for c in subj.children) \
            or (obj.pos_ == "NOUN" and prep_object(obj, ("of", "in", "from")) is not None):
        return []  # ("whose views upset members of his party": a relative subject, a group of a group)
    if obj.i < verb.i or subj.pos_ != "NOUN" or subj.lower_ in PRONOUNS \
            or obj.pos_ not in ("PROPN", "NOUN") or child(verb, "auxpass") is not None \
            or not abstract_object(subj, lex) or hypothetical(verb, lex):
        return []
    pol = _CAUSED_FEELINGS[verb.lemma_.lower()] * (-1 if is_negated(verb) else 1)
    return [RawStance(here(verb), expand_conj(obj), [verb], compact_span(subj), pol, "evaluative",
                      strength_of(verb, Cue(verb.lemma_.lower(), pol, "evaluative"), lex), [subj], source="feeling")]


_PIN_VERBS = frozenset({"pin", "lay", "put", "place", "cast", "heap", "shift"})
_BLAME = Cue("blame", -1, "accuse")


def _pinned_blame(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X pinned / laid the blame for Y on Z": X -1 on Y, against Z (as "X blamed Z for Y")."""
    obj = child(verb, "dobj")
    if obj is None or obj.lemma_.lower() != "blame" or hypothetical(verb, lex) or is_negated(verb):
        return []
    what = prep_object(obj, ("for",)) or prep_object(verb, ("for",))
    on = prep_object(verb, ("on", "upon")) or (prep_object(what[1], ("on", "upon")) if what is not None else None)
    holders = subjects(verb)
    if what is None or on is None or not holders:
        return []
    lo, hi = compact_span(what[1])
    if lo < on[0].i < hi:
        hi = on[0].i  # "the blame for the attack | on Z"
    return [RawStance(here(verb), holders, [verb, obj], (lo, hi), -1, "accuse", strength_of(verb, _BLAME, lex),
                      [on[1]], source="phrase")]


# a thing received in a manner that states the receiver's position ("warmly received the plan",
# "gave the plan a frosty reception")
_RECEPTION_VERBS = frozenset({"receive", "greet", "meet"})
_MANNER = {"warmly": 1, "positively": 1, "favourably": 1, "favorably": 1, "enthusiastically": 1, "well": 1,
           "coolly": -1, "coldly": -1, "frostily": -1, "sceptically": -1, "skeptically": -1, "negatively": -1,
           "badly": -1, "poorly": -1, "angrily": -1, "icily": -1, "unfavourably": -1, "unfavorably": -1,
           "furiously": -1, "indignantly": -1, "bitterly": -1, "gladly": 1, "approvingly": 1}
_RECEIVED = Cue("receive", 1, "evaluative")


def _received_in_manner(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X warmly received Y" / "Y was coolly received in Berlin": the manner's sign is X's position
    on Y (the passive's agent or seat holds it)."""
    pol = next((_MANNER[c.lower_] for c in verb.children if c.dep_ == "advmod" and c.lower_ in _MANNER), 0)
    if pol == 0 or hypothetical(verb, lex) or is_negated(verb):
        return []
    obj = child(verb, "dobj")
    if obj is not None:
        holders = subjects(verb)
    else:
        obj = child(verb, "nsubjpass")
        seat = passive_seat(verb)
        holders = subjects(verb) if child(verb, "agent") is not None else [seat] if seat is not None else []
    if obj is None or not holders or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in _VISITORS \
            or not abstract_object(obj, lex):
        return []  # ("warmly received the envoy": a guest, not a position)
    return [RawStance(here(verb), holders, [verb], compact_span(obj), pol, "evaluative",
                      strength_of(verb, _RECEIVED, lex), [obj], source="manner")]


def _reacted_in_manner(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X reacted angrily / responded favourably to Y": the manner's sign is X's position on Y (a
    manner without a sign, "responded quickly to Y", says nothing)."""
    pol = next((_MANNER[c.lower_] for c in verb.children if c.dep_ == "advmod" and c.lower_ in _MANNER
                and c.lower_ not in ("well", "badly", "poorly")), 0)  # ("responded well to the treatment")
    to = prep_object(verb, ("to",))
    if pol == 0 or to is None or hypothetical(verb, lex) or is_negated(verb):
        return []
    obj = to[1]
    holders = subjects(verb)
    if not holders or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in _VISITORS \
            or not (abstract_object(obj, lex) or obj.pos_ == "PROPN"):
        return []
    return [RawStance(here(verb), holders, [verb], compact_span(obj), pol, "evaluative",
                      strength_of(verb, _RECEIVED, lex), [obj], source="manner")]


#: the good and the bad sides of a thing ("the benefits of X", "the dangers of X")
_MERITS = {**dict.fromkeys(("benefit", "advantage", "merit", "virtue", "upside", "strength", "need", "necessity"),
                          1),  # ("stressed the importance of the harvest": a weight given, no position)
           **dict.fromkeys(("danger", "risk", "peril", "pitfall", "flaw", "drawback", "downside", "shortcoming",
                            "weakness", "folly"), -1)}
#: verbs that put a side of a thing forward (with their particle or preposition, if any)
_STRESS_VERBS = {"stress": (), "emphasise": (), "emphasize": (), "highlight": (), "underline": (), "underscore": (),
                 "trumpet": (), "play": ("up",), "point": ("to", "out"), "warn": ("of", "about"),
                 "spell": ("out",)}
# (not "cite": "citing the need for Y" gives the reason for another act, and README section 2 counts
# no reason or motive clause as a position; "stressed the need for Y" puts Y forward)
_STRESSED = Cue("stress", 1, "evaluative")


def _stressed_merits(noun: Token, lex: Lexicon) -> list[RawStance]:
    """"X stressed / played up / pointed to the benefits of Y", "stressed the need for Y": +1 on Y; "X highlighted / warned of the dangers of Y": -1 on Y (a verb that is a cue itself,
    "touted / praised the benefits of Y", holds the position on its own). Not negated, nor
    hypothetical, nor a thing of no abstract kind."""
    pol = _MERITS.get(noun.lemma_.lower(), 0)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if pol == 0 or noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return []
    parts = _STRESS_VERBS.get(verb.lemma_.lower())
    if parts is None:
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ not in parts:
        return []  # "pointed to / warned of the dangers of Y" (not "stressed in the dangers")
    if verb.lemma_.lower() == "warn" and pol > 0:
        return []  # "warned of the need for painful cuts": a reluctant acknowledgement, no position
    if noun.dep_ == "dobj" and parts and not any(c.dep_ == "prt" and c.lower_ in parts for c in verb.children):
        return []  # "played the benefits" is no phrase; "played up the benefits" is
    of = prep_object(noun, ("of", "for") if noun.lemma_.lower() in ("need", "necessity") else ("of",))
    if of is None or not abstract_object(of[1], lex) or hypothetical(verb, lex) or is_negated(verb):
        return []
    holders = subjects(verb)
    if not holders:
        return []
    lo, hi = compact_span(of[1])
    as_ = next((c for c in of[1].children if c.dep_ == "prep" and c.lower_ == "as" and c.i > of[1].i), None)
    if as_ is not None and lo < as_.i < hi:
        hi = as_.i  # "cited the need for tighter checks | as the reason for X": the role is no part of it
    return [RawStance(here(verb), holders, [verb, noun], (lo, hi), pol, "evaluative",
                      strength_of(verb, _STRESSED, lex), [], source="merits")]


def _given_reception(noun: Token, lex: Lexicon) -> list[RawStance]:
    """"X gave Y a warm reception / a frosty welcome": X's position on Y by the adjective's sign."""
    pol = next((RECEPTION_MANNER[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in RECEPTION_MANNER),
               0)
    verb = noun.head
    dative = child(verb, "dative") if noun.dep_ == "dobj" and verb.lemma_.lower() == "give" else None
    if dative is None and noun.dep_ == "dobj" and verb.lemma_.lower() == "give":
        # "gave Y's accession to the alliance a warm welcome": the first object parsed as a second dobj
        dative = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
    if dative is None and noun.dep_ == "dobj" and verb.lemma_.lower() in ("give", "extend", "offer"):
        to = prep_object(noun, ("to",)) or prep_object(verb, ("to",))  # "gave a positive response | to Y"
        dative = to[1] if to is not None and to[0].i > noun.i else None
    if dative is not None and dative.dep_ == "dative" and dative.lower_ == "to":
        dative = child(dative, "pobj")  # "gave a frosty reception | to Y": the preposition parsed as the dative
    if pol == 0 or dative is None or dative.pos_ not in ("NOUN", "PROPN") \
            or hypothetical(verb, lex) or is_negated(verb):
        return []
    holders = subjects(verb)
    if not holders or dative.lemma_.lower() in _VISITORS:
        return []
    return [RawStance(here(verb), holders, [verb, noun], compact_span(dative), pol, "evaluative",
                      strength_of(verb, _RECEIVED, lex), [dative], source="manner")]


def _reception_was(noun: Token, lex: Lexicon) -> list[RawStance]:
    """"X's response / reaction to Y was lukewarm / positive": X's position on Y by the adjective's
    sign, as "X reacted coolly to Y". Only with a possessor that names X and "to Y", Y a policy or plan."""
    be = noun.head
    adj = child(be, "acomp") if noun.dep_ == "nsubj" and be.lemma_ == "be" else None
    pol = RECEPTION_MANNER.get(adj.lower_, 0) if adj is not None else 0
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    to = prep_object(noun, ("to",))
    if pol == 0 or owner is None or owner.lower_ in ("his", "her", "my", "your") or to is None \
            or not policy_object(to[1], lex) or hypothetical(be, lex):
        return []  # (a policy, plan or proposal only: "X's reaction to the news was positive" is a mood)
    pol = -pol if is_negated(be) else pol
    return [RawStance(here(noun), [owner], [adj], compact_span(to[1]), pol, "evaluative",  # type: ignore[list-item]
                      strength_of(be, _RECEIVED, lex), [to[1]], source="manner")]


_WEATHER = frozenset({"rain", "snow", "storm", "wind", "sun", "frost", "flood", "drought", "change", "time", "need",
                      "way", "sign", "end", "chance", "doubt", "shortage", "delay", "problem", "question", "one",
                      "thing", "place", "room", "reason", "point", "limit", "body", "difference", "alternative"})


def _there_will_be_no(noun: Token, lex: Lexicon) -> list[RawStance]:
    """"There will be no lifting of the ban / no concessions, X said": a pledge that X will not
    allow it, -1 of the reporter (the speaker when no one is reported) on it."""
    be = noun.head
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or child(be, "expl") is None \
            or not abstract_object(noun, lex) \
            or noun.lemma_.lower() in _WEATHER:
        return []
    reporter = reporting_subject(be)
    future = child(be, "aux", lemma=_WILL_AUX)
    if future is None and not (reporter is not None and child(be, "aux", lemma=("would",)) is not None):
        return []  # ("there was no agreement": a fact; "said there would be no X": a reported pledge)
    lo, hi = compact_span(noun)
    while lo < noun.i and noun.doc[lo].lower_ == "no":
        lo += 1
    return [RawStance(here(noun), [reporter] if reporter is not None else [], [be, noun], (lo, hi), -1, "refuse",
                      0.9, [], holder_is_speaker=reporter is None, source="predicate-label")]


def _no_question_of(noun: Token, lex: Lexicon) -> list[RawStance]:
    """"There is no question of X joining Y, the minister said": the act is ruled out, -1 of the
    reporter (the speaker when no one is reported) on it, as "joining Y is out of the question".
    Only on an act (an -ing clause), never "no question about the result" (no doubt)."""
    be = noun.head
    po = prep_object(noun, ("of",))
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or child(be, "expl") is None \
            or po is None or po[1].tag_ != "VBG" or hypothetical(be, lex) or is_negated(be):
        return []
    reporter = reporting_subject(be)
    return [RawStance(here(noun), [reporter] if reporter is not None else [], [be, noun], compact_span(po[1]), -1,
                      "refuse", 0.9, [], holder_is_speaker=reporter is None, source="predicate-label")]


def _need_for(noun: Token, lex: Lexicon) -> list[RawStance]:
    """"X said there was a need for a new audit" (an urgent need, a clear need): X's demand for it,
    as "X said a new audit was needed"; "there is no need for X" -1. Only reported or in a view,
    on an abstract thing ("there was a need for blankets" states a shortage)."""
    be = noun.head
    po = prep_object(noun, ("for",))
    if child(be, "expl") is None or po is None or not abstract_object(po[1], lex) or hypothetical(be, lex):
        return []
    reporter = reporting_subject(be) or view_holder(be)
    if reporter is None:
        return []
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    pol = -1 if no != is_negated(be) else 1
    return [RawStance(here(noun), [reporter], [noun], compact_span(po[1]), pol, "demand", 0.9, [],
                      source="need-for")]


_TO_TASK = Cue("take to task", -1, "evaluative")


def _taken_to_task(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X took Y to task over Z": X -1 on Y (and Z), aligned against Y."""
    to = prep_object(verb, ("to",))
    obj = child(verb, "dobj")
    if to is None or to[1].lemma_.lower() != "task" or obj is None or hypothetical(verb, lex):
        return []
    holders = subjects(verb)
    if not holders:
        return []
    lo, hi = compact_span(obj)
    over = prep_object(verb, ("over", "for")) or prep_object(to[1], ("over", "for"))  # (or hung on "task")
    if over is not None and over[0].i > to[0].i:
        hi = compact_span(over[1])[1]
    pol = -1 if not is_negated(verb) else 1
    skip = frozenset({to[0].i, to[1].i, over[0].i}) if over is not None and over[0].i > to[0].i else frozenset()
    return [RawStance(here(verb), holders, [verb, to[1]], (lo, hi), pol, "evaluative", strength_of(verb, _TO_TASK, lex),
                      [obj], source="phrase", skip=skip)]


def from_author(noun: Token) -> bool:
    """A critical position noun whose author is named by "from X" ("criticism from Amnesty over
    Y", "objections from the Greens", "criticism of Y from Brazil"): X holds it."""
    if not is_critical(noun):
        return False
    if late_from(noun) is not None:
        return True
    frm = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    who = child(frm, "pobj") if frm is not None else None
    return who is not None and who.pos_ in ("PROPN", "NOUN") and who.lemma_.lower() not in _ORIGINS


#: "from" objects that say where a criticism came from without naming who ("from abroad", "from all sides")
_ORIGINS = frozenset({"side", "quarter", "abroad", "home", "inside", "outside", "within", "part", "corner"})


def _owner_named(noun: Token) -> bool:
    """A possessor that names its owner ("Peru's", "Lima's"), not a pronoun."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _holders(verb: Token) -> list[Token]:
    return subjects(verb)


def _clause_holders(verb: Token) -> list[Token]:
    """The subjects of a cue verb; for the aim of a noun of intention, the noun's owner
    ("Oslo's bid to block X", "announced / made plans to scrap X")."""
    if not commit_noun_clause(verb):
        passive = child(verb.head, "nsubjpass") if set_to_take_position(verb) else None
        return subjects(verb) or (expand_conj(passive) if passive is not None else [])  # "X is set to oppose Y"
    noun = verb.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _OWN_AIM_VERBS:
        return authors_of(noun) or subjects(noun.head)
    return authors_of(noun, explicit_only=True)  # ("criticised the decision to X": not the critic's aim)


#: verbs whose subject states its own aim with a noun of intention ("announced plans to X")
_OWN_AIM_VERBS = frozenset({"announce", "unveil", "make", "have", "reaffirm", "confirm", "outline", "declare",
                            "state", "express", "signal", "reiterate", "voice", "stress", "set", "lay"})


def _embedded_infinitive(tok: Token, lex: Lexicon) -> bool:
    """An infinitive cue under another cue or under object control ("urged Kyiv to adopt",
    "refused to accept", "failed to uphold"): the outer predicate carries the stance."""
    while tok.dep_ == "conj" and child(tok, "aux", lemma=("to",)) is None and _nearest_subject_of(tok) is None:
        tok = tok.head  # "urged X to return to talks and agree to Y": the first conjunct decides
    if child(tok, "aux", lemma=("to",)) is None or _nearest_subject_of(tok) is not None:
        return False
    h = tok.head
    hl = h.lemma_.lower()
    if _commits_to(h, tok, lex):
        return False  # "voted to reject X", "vowed to veto X": the inner cue is the position
    if tok.dep_ == "advcl" and tok.lemma_.lower() in _PROTEST_AIMS and h.i < tok.i:
        return False  # "would boycott X to protest Y": the protest is a position of its own
    if commit_noun_clause(tok) and evaluative_act(tok, lex):
        return False  # "announced plans to challenge X", "its bid to block X"
    if hl == "hesitate" and is_negated(h) and not hypothetical(h, lex):
        return False  # "did not hesitate / never hesitated to back X": the inner cue is the position
    if hl in _NO_STANCE_CONTROL or hl in lex.verbs or hl in lex.adjectives or hl in lex.nouns \
            or hl in lex.speech_act_nouns:
        return True
    return hl in _OBJECT_CONTROL and any(c.dep_ in ("dobj",) and c.i < tok.i for c in h.children)


#: cues that state the aim of an act done in protest ("boycotted the vote to protest X")
_PROTEST_AIMS = frozenset({"protest", "denounce", "condemn", "oppose", "demand", "press", "support", "back"})

# control verbs whose infinitive is no stance of anyone ("failed to condemn", "threatened to veto")
_NO_STANCE_CONTROL = frozenset({"fail", "decline", "refuse", "hesitate", "threaten", "consider", "weigh", "mull"})


def _commits_to(outer: Token, inner: Token, lex: Lexicon) -> bool:
    """A commitment or vote whose infinitive is itself an evaluative cue ("voted to reject X",
    "vowed to veto Y", "pledged to support Z"): the inner cue is the position. Not under an
    unwillingness ("is reluctant / unwilling to accept X": -1 on accepting X, as "is not willing to")."""
    cue = lex.verbs.get(outer.lemma_.lower()) or lex.adjectives.get(outer.lemma_.lower())
    aim = outer.lemma_.lower() in _AIM_VERBS and child(outer, "dobj") is None  # "seeks to block X" (no addressee)
    return (cue is not None and (cue.kind == "commit" and cue.polarity > 0 or aim) and evaluative_act(inner, lex)
            and not is_negated(outer)  # "does not intend to boycott X": -1 on boycotting X
            and (inner.dep_ == "xcomp" or (inner.dep_ == "advcl" and child(inner, "aux", lemma=("to",)) is not None)))


#: verbs of wanting whose own infinitive is the subject's aim ("wants / seeks / hopes to block X")
_AIM_VERBS = frozenset({"want", "seek", "hope", "wish", "aim", "strive"})


# verbs after which a cue no longer holds ("stopped supporting", "ceased to back")
_CEASE = frozenset({"stop", "cease", "quit"})


_RESPONSIBLE = frozenset({"responsible", "accountable", "culpable", "liable"})


#: verbs of denying a stated claim ("denied that X, as Y alleged")
_DENY_CLAIM = frozenset({"deny", "dispute", "reject", "refute", "contest"})
#: verbs of the claim denied, in "as Y (has) alleged / claimed / charged"
_CLAIM_VERBS = frozenset({"allege", "claim", "charge", "accuse", "suggest", "assert", "contend", "maintain"})


#: hostile acts one is accused of ("denied that its troops had shelled the town, as Y alleged")
_HOSTILE_VERBS = frozenset("""attack bomb kill shell strike shoot assassinate kidnap poison invade raid ambush
    hack abuse violate breach torture beat massacre murder arm loot sabotage""".split())
#: hostile acts one is blamed for when named by a gerund ("said Y was responsible for shelling X"):
#: not the acts that are as often duties ("responsible for arming the coast guard / striking a deal /
#: burning the waste"); "burn" only with homes, villages or crops as its object
_BLAMED_GERUNDS = frozenset("""attack bomb kill shell shoot assassinate kidnap poison invade ambush hack abuse
    violate breach torture massacre murder loot sabotage""".split())
_BURNT = frozenset("""village villages home homes house houses crop crops field fields church churches mosque
    mosques temple temples school schools shop shops market markets town towns""".split())


def _denied_as_alleged(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X denied that it shelters militants, as Y has alleged": X rejects Y's accusation, as in "X
    denied Y's accusations that it shelters militants" (X -1 on the claim, aligned against Y).
    A bare "denied that ..." states a fact denied, no position; the "as"-clause names who claims it.
    Only an accusation (the clause is about the holder itself or its own people, or a hostile act)
    and a claimant that names an actor (review round 1: "denied that prices had risen, as Y claimed")."""
    clause = child(verb, "ccomp")
    if clause is None or is_negated(verb) or hypothetical(verb, lex):
        return []
    as_ = next((c for c in [*clause.children, *verb.children] if c.dep_ == "advcl"
                and c.lemma_.lower() in _CLAIM_VERBS and child(c, "mark", lemma=("as",)) is not None), None)
    claimant = child(as_, "nsubj") if as_ is not None else None
    holders = subjects(verb)
    if claimant is None or not holders or (claimant.pos_ != "PROPN"
                                           and claimant.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON")):
        return []  # (a claimant that names no actor: "as traders claimed")
    subj = child(clause, "nsubj", "nsubjpass")
    own = subj is not None and (subj.lower_ in _SELF_SUBJECTS or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children))
    if not own and clause.lemma_.lower() not in _HOSTILE_VERBS:
        return []  # a fact denied, no accusation ("denied that prices had risen, as Y claimed")
    cue = Cue(verb.lemma_.lower(), -1, "evaluative")
    return [RawStance(here(verb), holders, [verb], compact_span(clause, keep_first=False), -1, "evaluative",
                      strength_of(verb, cue, lex), [claimant], source="denied-claim")]


def _held_responsible(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X held Y responsible for Z" (an accusation like "blamed Y for Z"): X -1 on Z, aligned
    against Y."""
    accused = child(verb, "dobj")
    heads = (verb.i, accused.i) if accused is not None else (verb.i,)
    adj = next((c for c in verb.subtree if c.lower_ in _RESPONSIBLE and c.head.i in heads), None)
    if accused is None or adj is None or hypothetical(verb, lex) or is_negated(verb):
        return []
    po = prep_object(adj, ("for",)) or prep_object(verb, ("for",))
    holders = subjects(verb)
    if po is None or not holders:
        return []
    cue = Cue("hold responsible", -1, "accuse")
    return [RawStance(here(verb), holders, [verb, adj], compact_span(po[1]), -1, "accuse", strength_of(verb, cue, lex),
                      [accused], source="held-responsible")]


# what a claim or plan lacks when it is judged worthless ("has no legal basis", "has no merit")
_MERIT = frozenset({"basis", "merit", "foundation", "legitimacy", "validity", "credibility", "justification"})


#: safety and its loss as the result of a thing ("Y makes us safer", "Y made the region less stable")
_SAFETY = {"safe": 1, "secure": 1, "stable": 1, "dangerous": -1, "unsafe": -1, "insecure": -1, "unstable": -1,
           "vulnerable": -1}
#: whose safety: the speakers themselves, everyone, or a whole place (not one party: "sanctions make
#: Russia weaker" says nothing of the speaker's view of the sanctions)
_SAFETY_OF = frozenset({"we", "us", "all", "everyone", "everybody", "world", "region", "continent", "country",
                        "nation", "people", "citizen", "child", "neighbourhood", "neighborhood"})


def _makes_safer(make: Token, lex: Lexicon) -> list[RawStance]:
    """"Y makes us / the region safer (less safe, more dangerous)", reported or quoted: the reporter's
    view of Y, as "Y is a danger" (X +1 on what makes everyone safer, -1 on what puts them at risk).
    Only the safety of the speakers, of everyone or of a whole place; not negated or hypothetical."""
    subj = child(make, "nsubj")
    adj = next((c for c in make.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ"), None)
    if subj is None or adj is None or subj.pos_ not in ("NOUN", "PROPN") or is_negated(make) \
            or hypothetical(make, lex) or subj.lemma_.lower() in NATURE:
        return []  # ("the storm made the region more dangerous": no one's doing)
    sign = _SAFETY.get(adj.lemma_.lower()) or _SAFETY.get(adj.lower_)
    whose = child(adj, "nsubj") or child(make, "dobj")
    if sign is None or whose is None or whose.lemma_.lower() not in _SAFETY_OF and whose.lower_ not in _SAFETY_OF:
        return []
    if any(c.dep_ == "advmod" and c.lower_ == "less" for c in adj.children):
        sign = -sign
    reporter = reporting_subject(make) or view_holder(make)
    if reporter is None:
        return []
    return [RawStance(here(make), [reporter], [make, adj], compact_span(subj), sign, "evaluative", 0.9, [subj],
                      source="predicate-label")]


def _saves_lives(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"Y will save lives" / "Y would cost lives", reported or quoted: the reporter's view of Y, as
    with "Y makes us safer" (+1 on what saves lives, -1 on what costs them). Not a person's deed
    ("the rescuers saved lives": praise of people), nature's, negated or hypothetical."""
    sign = {"save": 1, "cost": -1}.get(verb.lemma_.lower())
    obj = child(verb, "dobj")
    subj = child(verb, "nsubj")
    if sign is None or obj is None or obj.lower_ not in ("lives", "life") or subj is None \
            or subj.pos_ != "NOUN" or subj.ent_type_ in ("PERSON", "NORP") or subj.lemma_.lower() in NATURE \
            or subj.lemma_.lower() in _PEOPLE_NOUNS or is_negated(verb) or hypothetical(verb, lex):
        return []
    reporter = reporting_subject(verb) or view_holder(verb)
    if reporter is None:
        return []
    return [RawStance(here(verb), [reporter], [verb, obj], compact_span(subj), sign, "evaluative", 0.9, [subj],
                      source="predicate-label")]


#: people whose deeds save lives ("the rescuers saved lives" praises people, no plan)
_PEOPLE_NOUNS = frozenset("""rescuer doctor nurse medic volunteer worker soldier firefighter crew team guard
    officer police coastguard diver pilot surgeon paramedic""".split())
#: things one says "we need" that are policies or settlements ("we need a ceasefire / tougher sanctions")
_NEEDED_POLICIES = POLICY_NOUNS | frozenset({"ceasefire", "truce", "talks", "dialogue", "negotiations", "aid",
                                              "inquiry", "investigation", "probe", "reactor", "plant", "port",
                                              "bridge", "railway", "canal", "tunnel", "corridor", "fund",
                                              "mechanism", "tribunal", "mission", "force"})
#: whose need a speaker states as its own demand besides "we": a state or a whole place ("Sudan needs
#: a ceasefire", "the region needs talks"), not a person or a body ("the rebels need arms")
_NEEDING_PLACES = frozenset({"world", "region", "country", "continent"})


def _we_need(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"We need Y," the minister said: the speaker's side wants Y (+1; "we do not need Y": -1).
    "need" is no cue on its own ("X needs votes / rain"): only a first-person-plural subject, a state
    or a whole place ("Sudan needs a ceasefire," X said) in a reported or quoted clause, and a
    policy, a settlement, talks or an inquiry as the object."""
    subj = child(verb, "nsubj")
    obj = child(verb, "dobj")
    if verb.lemma_.lower() != "need" or subj is None or obj is None or not (
            subj.lower_ == "we" or (subj.pos_ == "PROPN" and subj.ent_type_ == "GPE")
            or subj.lemma_.lower() in _NEEDING_PLACES) \
            or obj.lemma_.lower() not in _NEEDED_POLICIES or hypothetical(verb, lex):
        return []
    reporter = reporting_subject(verb)
    if reporter is None:
        return []
    sign = -1 if is_negated(verb) else 1
    return [RawStance(here(verb), [reporter], [verb], compact_span(obj), sign, "demand", 0.9, [],
                      source="we-need")]


def _without_merit(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X said Y had no (legal) basis / no merit": a label of Y, as "Y was baseless" (X -1 on Y);
    only reported or in a view ("according to X")."""
    obj = child(verb, "dobj")
    subj = child(verb, "nsubj")
    if obj is None or subj is None or obj.lemma_.lower() not in _MERIT or subj.pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children) or is_negated(verb) \
            or hypothetical(verb, lex):
        return []
    reporter = reporting_subject(verb) or view_holder(verb)
    if reporter is None:
        return []
    return [RawStance(here(verb), [reporter], [verb, obj], compact_span(subj), -1, "evaluative", 0.9, [subj],
                      source="predicate-label")]


#: documents whose findings state facts, not anyone's accusation
_FINDINGS = frozenset({"report", "study", "investigation", "inquiry", "probe", "finding", "findings", "document",
                       "data", "survey", "assessment", "review", "audit"})


def blamed_gerund(g: Token) -> bool:
    """A gerund naming a hostile act one is blamed for (``_BLAMED_GERUNDS``; "burning" homes,
    villages or crops), not a duty ("responsible for burning the waste / arming the guards").
    The gerund may be read as an adjective on its bare object ("for | burning villages")."""
    obj: Token | None
    if g.pos_ == "NOUN":
        adj = next((c for c in g.children if c.dep_ == "amod" and c.tag_ == "VBG" and c.i < g.i), None)
        if adj is None:
            return False
        lem, obj = adj.lemma_.lower(), g
    elif g.tag_ == "VBG":
        lem, obj = g.lemma_.lower(), child(g, "dobj")
    else:
        return False
    if lem == "burn":
        return obj is not None and obj.lower_ in _BURNT
    return lem in _BLAMED_GERUNDS


def _said_responsible(be: Token, lex: Lexicon) -> list[RawStance]:
    """"X said Y was responsible for Z" / "Y is to blame for Z, X said": X's accusation, as "X
    blamed Y for Z" (X -1 on Z, aligned against Y). Only with a reporter or a view holder."""
    accused = child(be, "nsubj")
    pred = next((c for c in be.children if (c.dep_ == "acomp" and c.lower_ in _RESPONSIBLE) or (
        c.dep_ == "xcomp" and c.lemma_ == "blame" and child(c, "aux", lemma=("to",)) is not None)), None)
    if accused is None or pred is None or accused.pos_ not in ("PROPN", "NOUN") or is_negated(be) \
            or hypothetical(be, lex):
        return []
    po = prep_object(pred, ("for",))
    reporter = reporting_subject(be) or view_holder(be)
    if po is None or reporter is None or reporter.lemma_.lower() in _FINDINGS:
        return []  # ("according to a UN report, Y is responsible for Z": a finding, no one's accusation)
    if po[1].tag_ == "VBG":  # "for shelling the port", not "for striking the deal" ("strike" the noun is a harm)
        harm = blamed_gerund(po[1])
    else:
        harm = po[1].lemma_.lower() in HARMS or po[1].lower_ in lex.negative_labels or blamed_gerund(po[1])
    if pred.lemma_ != "blame" and not harm:
        return []  # ("the ministry is responsible for the budget / for running the port": a duty, no blame)
    cue = Cue("blame", -1, "accuse")
    return [RawStance(here(be), [reporter], [pred], compact_span(po[1]), -1, "accuse", strength_of(be, cue, lex),
                      [accused], source="held-responsible")]


def _stopped_short(tok: Token) -> bool:
    """"stopped short of endorsing X", "refused to rule out X" (a possibility kept open): no
    position; "(did not) rule out backing X": the phrase "rule out" carries it."""
    h = tok.head
    if tok.dep_ == "pcomp" and h.lower_ == "of" and h.head.lower_ == "short":
        return True
    if tok.dep_ in ("xcomp", "dobj", "pcomp") and h.lemma_ == "rule" and any(
            c.lower_ == "out" and c.dep_ == "prt" for c in h.children):
        return True
    return tok.lemma_ == "rule" and any(c.lower_ == "out" for c in tok.children) and tok.dep_ == "xcomp" and \
        h.lemma_.lower() in ("refuse", "decline")


#: verbs of undoing/acting whose negated present states a position ("does not recognise X")
_STANDING = frozenset({"recognise", "recognize"})


def _intended(tok: Token, lex: Lexicon) -> bool:
    """An act stated as an intention: under a commitment ("vowed / is determined to block X") or
    in the future ("will block X", "said it would block X", "is going to block X")."""
    if child(tok, "aux", lemma=_WILL_AUX) is not None:
        return True
    if tok.lemma_.lower() in _STANDING and is_negated(tok):
        return True  # "does not recognise X": a standing refusal, not an act
    if child(tok, "aux", lemma=("would", "'d")) is not None and reporting_subject(tok) is not None:
        return True
    h = tok.head
    if commit_noun_clause(tok):
        return True  # "announced plans to scrap X", "its bid to block X"
    if tok.dep_ == "ccomp" and h.i != tok.i and child(tok, "aux", lemma=("would", "'d")) is not None:
        cue = lex.verbs.get(h.lemma_.lower())
        return cue is not None and cue.kind == "commit"  # "vowed (that) it would block X"
    if tok.dep_ in ("xcomp", "advcl") and child(tok, "aux", lemma=("to",)) is not None and h.i != tok.i:
        cue = lex.verbs.get(h.lemma_.lower()) or lex.adjectives.get(h.lemma_.lower())
        if h.lemma_.lower() in _AIM_VERBS and child(h, "dobj") is None and not is_negated(h):
            return True  # "seeks to block X", "wants to scrap X"
        if _all_it_can(h):
            return True  # "will do everything it can to stop X"
        return (cue is not None and cue.kind == "commit") or (h.lemma_ == "go" and h.tag_ == "VBG")
    return False


def _all_it_can(h: Token) -> bool:
    """"X will do / vowed to do everything (it can / in its power) to V": an effort stated as an aim,
    in the future or under a commitment; not a past deed ("did everything to stop X" reports effort)."""
    obj = child(h, "dobj")
    if h.lemma_.lower() != "do" or obj is None or obj.lower_ not in ("everything", "all", "whatever") \
            or is_negated(h):
        return False
    return child(h, "aux", lemma=_WILL_AUX) is not None or (
        h.dep_ == "xcomp" and child(h, "aux", lemma=("to",)) is not None and h.head.lemma_.lower() in _AIM_VERBS
        | {"vow", "pledge", "promise", "swear"})


#: auxiliaries of a stated (indicative) clause: future, perfect, progressive, do-support
_STATED_AUX = frozenset({"will", "wo", "would", "shall", "'ll", "'d", "have", "has", "had", "is", "are", "was",
                         "were", "do", "does", "did"})


def stated_clause(clause: Token) -> bool:
    """A complement stated as a fact or a future ("insisted it would never accept Y", "maintained
    that it had backed Y"), not the subjunctive content of a demand ("insisted that Y be withdrawn",
    "proposed that the talks resume"): under "insist"/"propose" such a clause is reported speech."""
    if child(clause, "nsubj", "nsubjpass") is None:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _STATED_AUX for c in clause.children):
        return True
    if clause.lemma_ == "be" and clause.tag_ in ("VBD", "VBZ", "VBP"):
        return True  # a finite copula ("insisted the vote was illegal"); a demand's would be "be"
    # a bare past or present verb only after a pronoun ("insisted it rejects Y"): the parser may
    # take an adjective-like participle for the verb ("asked that deposed leaders stand trial")
    return clause.tag_ in ("VBD", "VBZ") and any(c.dep_ == "nsubj" and c.lower_ in ("it", "he", "she", "they", "we")
                                                 for c in clause.children)


def _under_demand(tok: Token, lex: Lexicon) -> bool:
    """The clause is the content of a demand or question ("demanded that X refuse Y"):
    its verb states what is asked of X, not X's position."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head.i == t.i:
            return False
        h = t.head
        cue = lex.verbs.get(h.lemma_.lower())
        if cue is not None and cue.kind in ("demand", "propose") and t.dep_ == "ccomp" and not (
                h.lemma_.lower() in REPORT_VERBS and stated_clause(t)):  # ("insisted it would never accept Y")
            return True
        if h.lemma_.lower() in ("ask", "wonder", "question"):
            return True
        t = h
    return False


def _in_charge(tok: Token, lex: Lexicon) -> bool:
    """The cue is what someone is accused or criticised of ("accused Taipei of seeking
    independence", "criticised X for backing Y"): the accuser's stance, not the accused's."""
    if tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or tok.head.lower_ not in ("of", "for", "with", "over"):
        return False
    verb = tok.head.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head  # the prep hangs on the accused
    cue = lex.verbs.get(verb.lemma_.lower())
    if cue is not None and cue.kind == "evaluative" and cue.polarity > 0 and tok.head.lower_ == "for" \
            and child(verb, "dobj") is not None:
        return True  # "praised Moldova for standing firm against X": the praised one's act, no praiser's stance
    return cue is not None and (cue.kind == "accuse" or (cue.kind == "evaluative" and cue.polarity < 0))


def _nearest_subject_of(tok: Token) -> Token | None:
    return child(tok, "nsubj", "nsubjpass")


#: what the span of a reported future act leaves out ("said it will join X" -> "join X"): its subject,
#: auxiliaries, clauses, adverbs and conjuncts
_ACT_CUT = frozenset({"nsubj", "nsubjpass", "aux", "punct", "advcl", "mark", "relcl", "cc", "conj", "advmod",
                      "npadvmod"})


#: "thanked Y for X" reads as "praised Y for X" (README: appreciate)
_THANKS = {"thank": Cue("thank", 1, "evaluative", ("for",), needs_prep=True)}  # (no "for X": a courtesy)


def _programme_name(tok: Token) -> bool:
    """A capitalised speech-act noun that ends a multi-word name ("the Belt and Road Initiative",
    "the Arab Peace Initiative"): the name of a programme, its content not stated."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.i > tok.sent.start and any(
        c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and c.is_title for c in tok.children)


def _verb_stances(tok: Token, lemma: str, lex: Lexicon) -> list[RawStance]:
    if lemma in lex.label_verbs:
        found = _label_stances(tok, lex)
        if not found and (lemma not in lex.verbs or lex.verbs[lemma].needs_prep):
            found = surface_label(tok, lex)  # the small clause misparsed: read it in word order
        if found:
            return found
    cue = backoff_cue(tok, lex) or lex.verbs.get(lemma) or _join_cue(tok) or _THANKS.get(lemma)
    if cue is not None and cue.needs_prep and any(c.dep_ == "prt" and c.lower_ not in cue.preps for c in tok.children) \
            and prep_object(tok, cue.preps) is None and owned_prep_object(tok, cue.preps) is None:
        cue = None  # "would not call off X": the particle makes another verb than "call for / on"
        # (not "spoke up against X", "dug its heels in against X": the cue's own preposition follows)
    # ("fought against X": a frame; "thanked Y for X": praise, kept out of cues.yaml, whose verbs
    # are features of the events models)
    if cue is None or (lemma in _STANDING and child(tok, "aux", lemma=_FUTURE_AUX)
                       and not _pledged_passive(tok)):
        return _negated_commitment(tok, would=_flat_refusal(tok))  # ("will never recognise X": -1 on recognising X)
    if cue.polarity < 0 and cue.kind == "evaluative" and (child(tok, "neg") is not None or any(
            c.lower_ == "never" for c in tok.children)) and not any(c.lower_ in ("longer", "more") for c in tok.children) \
            and child(tok, "aux", lemma=_FUTURE_AUX) is not None:
        return _negated_commitment(tok, would=True)  # "would not condemn X": a refusal to condemn, no support
    if hypothetical(tok, lex) or (cue.intent_only and not _intended(tok, lex) and not _campaign(tok, lemma, lex)
                                  and not left_pact(tok, child(tok, "dobj"))) \
            or hoped_of_another(tok):  # ("quit the pact": done, exits.py)
        return []  # ("X hoped Y would lift Z": X's hope, no position of Y's: recall11.hoped_act)
    if lemma == "call" and cue.kind == "demand" and child(tok, "dobj") is not None and prep_object(tok, ("on",)) is None \
            and child(tok, "xcomp", "ccomp") is None:
        return []  # "calling it a step forward for X", "called the envoy for talks": no "call for X"
    inverted = _inverted_report(tok, cue, lex)
    if inverted is not None:
        return inverted
    if tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN" and child(tok, "agent") is None
                              and child(tok, "nsubj") is None and not rootless_verb(tok)):
        return []  # "Iranian-backed", "the proposal rejected last week" without agent
    if child(tok, "aux", lemma=lex.demand_modals - {"have", "need"}) is not None:
        return []  # "X must accept Y" is a demand on X (see _modal_stances), not X's stance
    if cue.kind in ("demand", "propose") and tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children):
        return []  # "when asked for comment, X said ...": a passive participle, X is asked, it asks nothing
    if _embedded_infinitive(tok, lex) or _embedded_gerund(tok, lex) or _under_demand(tok, lex) or _in_charge(tok, lex) or _stopped_short(tok):
        return []
    agented = agent_participle_noun(tok)
    if agented is not None:
        # "a treaty approved by Obama": the agent's stance on the head noun; ", a decision welcomed
        # by A and criticised by B": the act the noun sums up, for each agent
        summed_act = _summed_antecedent(agented)
        lo, hi = summed_act[0] if summed_act is not None else \
            compact_span(agented, cut=frozenset({"acl", "relcl", "punct", "appos", "advcl"}))
        return [RawStance(here(tok), subjects(tok), [tok], (lo, hi), cue.polarity, cue.kind, strength_of(tok, cue, lex),
                          [], source="agent")]
    stance_noun = child(tok, "dobj")
    if stance_noun is not None and stance_noun.lemma_.lower() not in STANCE_NOUNS:
        stance_noun = None
    if cue.needs_prep and prep_object(tok, cue.preps) is None and owned_prep_object(tok, cue.preps) is None and not (
            stance_noun is not None and prep_object(stance_noun, cue.preps) is not None) and not (
            "for" in cue.preps and _for_clause(tok) is not None) and not (
            lemma in ("agree", "charge", "vote") and child(tok, "xcomp", "ccomp") is not None) and not (
            lemma in _STRIVE and _striving_to(tok)) and not (
            cue.kind == "demand" and child(tok, "dobj") is not None and _object_infinitive(tok) is not None) and not (
            cue.kind == "demand" and _passive_infinitive(tok, lex) is not None) and _stranded_relative(tok, cue) is None:
        return []  # ("pressed Hamas to accept X": a demand with an addressee, like "urged"; also in the
        # passive with its agent: "Hamas was pressed / called on by Y to accept X")
    if any(_commits_to(tok, c, lex) for c in tok.children):
        return []  # "voted to reject X", "pledged to support Y": the inner cue carries the stance
    tgt = _verb_target(tok, cue, lex)
    if tgt is None:
        return []
    (lo, hi), obj, is_action = tgt
    if cue.kind == "commit" and _threat_commitment(obj):
        return []  # "promised a response", "vowed to keep fighting / to retaliate": a threat, no position
    summed = is_action and obj.pos_ in ("VERB", "AUX") and obj.i < tok.i  # (the act a noun before the cue sums up)
    if cue.needs_object and not summed and (obj.dep_ not in ("dobj", "nsubjpass") or (
            obj.pos_ not in ("NOUN", "PROPN") and not (obj.lower_ in _PERSONAL and cue.kind == "evaluative"
                                                       and prep_object(tok, ("for", "over")) is not None))):
        return []  # (a person named by a pronoun, judged for an act: "faulted him for X"; not "denied it / him")
    if cue.intent_only and cue.polarity < 0 and obj.dep_ == "dobj" and obj.lemma_.lower() in lex.nouns:
        return []  # "will withdraw its objection to X": undoing a position is read by the noun rules
    if not object_allowed(cue, obj, lex) or _moved(tok, obj, lex):
        return []  # "cleared the square": a wide-lexicon cue whose object is a thing or place
    if lemma in LEAD_VERBS and obj.dep_ == "dobj" and obj.lemma_.lower() in lex.nouns:
        return []  # "spearheaded opposition to X": the noun's sign is the leader's (noun rules), not the verb's
    if lemma == "ask" and obj.dep_ == "pobj" and (obj.lemma_.lower() in _ASKED_OF_PROCEDURE or is_negated(tok) or any(
            c.lower_ == "neither" for h in _clause_holders(tok) for c in h.children)):
        return []  # "asked for more time / for comment": a request about the asker's own process; "never
        # asked for X" makes no request, it opposes nothing
    if obj.lower_ in _REFLEXIVE:
        return []  # "defended himself": no proposition to hold
    reciprocal = is_reciprocal(obj)
    if (cue.kind in ("refuse", "commit") or lemma == "agree") and obj.dep_ == "xcomp" and _self_action(obj):
        return []
    if cue.kind == "refuse" and obj.dep_ == "xcomp" and _stopped_short(obj):
        return []  # "refused to rule out X": a possibility kept open
    holders = _clause_holders(tok)
    seat = passive_seat(tok) if not holders and obj.dep_ == "nsubjpass" else None
    if seat is not None and abstract_object(obj, lex) \
            and obj.lemma_.lower() not in _VISITORS:
        holders = [seat]  # "the plan was welcomed in Berlin" (not "the envoy was welcomed in Berlin")
    if not holders and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "co":
        holders = _holders(tok.doc[tok.i - 2])  # "co-sponsored X": the tokenizer splits the prefix off the verb
    if tok.dep_ == "pcomp" and tok.head.lower_ == "in" and tok.head.head.lemma_ in _SIDING:
        with_ = prep_object(tok.head.head, ("with",))  # "Finland sided with Estonia in calling for X": both call
        partner = with_[1] if with_ is not None else None
        if partner is not None and partner.pos_ in ("PROPN", "NOUN"):
            holders = [*holders, *[p for p in expand_conj(partner) if p not in holders]]
    if tok.dep_ == "pcomp" and tok.head.lower_ == "in" and tok.head.head.lemma_ == "join":
        partner = child(tok.head.head, "dobj")  # "Canada joined Britain in condemning X": both condemn
        if partner is not None and partner.pos_ in ("PROPN", "NOUN"):
            holders = [*holders, *[p for p in expand_conj(partner) if p not in holders]]
    if not holders and obj.dep_ == "nsubjpass" and _pledged_passive(tok):
        rep = reporting_subject(tok)  # "X will never be accepted, Y said": Y's own refusal
        holders = [rep] if rep is not None and rep.lower_ not in PRONOUNS else []
    if holders:  # "A, like B, condemned X" / "A condemned X, as did B": B holds it too
        holders = [*holders, *[p for p in co_holders(tok)[0] if p not in holders]]
    if not holders:
        return []
    neither = any(c.lower_ == "neither" for h in holders for c in h.children)  # "Neither X nor Y supports"
    pol = cue.polarity * (-1 if is_negated(tok) != neither else 1)
    if _denied_cleft(tok, obj):
        pol = -pol  # "Y is nothing X supports": X -1 on Y
    if tok.dep_ in ("xcomp", "pcomp", "ccomp") and tok.head.lemma_.lower() in _CEASE and not is_negated(tok.head):
        pol = -pol  # "has stopped supporting X", "ceased to back X": no longer
    partners: list[Token] = []
    if cue.kind in ("evaluative", "accuse"):
        if obj.dep_ in ("dobj", "pobj") or obj.pos_ in ("NOUN", "PROPN"):
            partners.append(obj)
        elif obj.tag_ == "VBG" and obj.dep_ in ("ccomp", "pcomp", "xcomp"):
            doer = child(obj, "nsubj")  # "welcomed Turkey joining the talks": the one who acts
            if doer is not None and doer.pos_ == "PROPN":
                partners.append(doer)
        thanked = child(tok, "dobj") if lemma in _THANKS else None
        if thanked is not None and thanked.i != obj.i:
            partners.append(thanked)  # "thanked Y for X": Y is praised
        addressee = prep_object(tok, ("to",)) if lemma == "protest" else None
        if addressee is not None and addressee[1].pos_ == "PROPN" and addressee[1].i != obj.i:
            partners.append(addressee[1])  # "protested to Minsk over X": a protest lodged with the offender
        by = prep_object(tok, ("by",)) if child(tok, "agent") is None and obj.dep_ == "dobj" else None
        if by is not None and by[0].i > obj.i and by[1].pos_ in ("PROPN", "NOUN"):
            partners.append(by[1])  # "condemned the raid on the convoy by X": the parser hangs "by X" on the verb
        # "blamed the blast on X" / "blamed X for the attack"
        po = prep_object(tok, ("on",)) if cue.kind == "accuse" else None
        if po is not None:
            partners.append(po[1])
    if cue.kind == "accuse" and lemma == "blame":
        po = prep_object(tok, ("for",))
        if po is None and _mirrored(tok):
            po = prep_object(tok.head, ("for",))  # "A blamed B for X, and B blamed A": B blames A for X too
        on = prep_object(obj, ("on", "upon")) if obj.dep_ == "dobj" and abstract_object(obj, lex) else None
        # (a thing blamed, no person: "blamed the clerks on the radio" names the culprit and a medium)
        on_verb = prep_object(tok, ("on", "upon"))
        if po is None and on_verb is not None and lo < on_verb[0].i < hi:
            hi = on_verb[0].i  # "blamed the blast | on X": the culprit is no part of the thing blamed
        if po is not None:
            lo, hi = compact_span(po[1])
        elif on is not None and on[1].pos_ == "PROPN" and lo < on[0].i < hi:
            hi = on[0].i  # "blamed the attack on X": the parser hangs "on X" on the thing blamed
            partners.append(on[1])
        elif tok.dep_ == "relcl" and obj.lower_ in ("which", "that"):
            lo, hi = compact_span(tok.head, cut=frozenset({"relcl", "punct", "appos", "acl"}))
    gerund = (obj.dep_ == "xcomp" or (obj.dep_ == "advcl" and cue.kind == "propose") or (
        obj.dep_ == "ccomp" and cue.kind == "commit" and lo == obj.i)) and obj.tag_ == "VB"
    as_ = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
    if as_ is not None and obj.dep_ == "dobj" and lo <= as_.i < hi:
        hi = as_.i  # "dismissed the allegations as propaganda": the label is no part of the target
    skip: frozenset[int] = frozenset()
    if cue.kind == "refuse" and (obj.dep_ == "dobj" or (obj.dep_ == "nsubjpass" and child(tok, "agent") is not None)) \
            and obj.lemma_.lower() in lex.speech_act_nouns:
        partners.append(obj)  # "turned down a request from Fiji" (or "was refused by X"): refusing B's request rejects B
    if cue.kind == "refuse" and obj.dep_ == "xcomp" and (joined := joined_plan(obj, lex)) is not None:
        partners.append(joined)  # "refused to join / sign up to Y's plan": a refusal of Y's plan
    elif cue.kind == "refuse" and obj.dep_ == "xcomp" and obj.lemma_.lower() in ("comply", "accept", "obey", "heed"):
        complied = prep_object(obj, ("with", "to"))
        what = complied[1] if complied is not None else child(obj, "dobj")
        if what is not None:
            partners.append(what)  # "refused to obey the regulator's orders"
    if obj.dep_ == "xcomp" or (obj.dep_ == "ccomp" and cue.kind == "commit" and own_future_act(obj, lex)):
        neg = next((c for c in obj.children if c.dep_ == "neg" or (
            c.lower_ == "never" and c.dep_ == "advmod" and obj.dep_ == "ccomp")), None)
        if neg is not None:  # "vowed not to give up X": -1 on giving up X (or "promised it would never hand X")
            pol = -pol
            skip = frozenset({neg.i})
    elif obj.dep_ == "dobj" and cue.kind in ("demand", "propose"):
        inf = next((c for c in tok.children if c.i > obj.i and c.dep_ in ("xcomp", "ccomp", "advcl")
                    and lo <= c.i < hi), None)
        neg = child(inf, "neg") if inf is not None else None
        if neg is not None:  # "urged Israel not to launch X": -1 on Israel launching X
            pol = -pol
            skip = frozenset({neg.i})
    if cue.kind == "accuse" and obj.dep_ == "dobj":
        skip = frozenset(c.i for c in [*tok.children, *obj.children]
                         if c.dep_ == "prep" and c.lower_ in ("of", "with") and c.i > obj.i)
    elif (cue.kind == "accuse" or (cue.kind == "evaluative" and obj.pos_ == "PROPN")) and obj.dep_ == "nsubjpass" \
            and obj.lower_ not in ("which", "who", "that", "whom"):
        # "Y was accused by X of doing Z": "Y doing Z", without the verb and its agent; the same
        # for a named party judged for an act ("Y was criticised / praised by X for doing Z")
        preps = ("of", "for", "with") if cue.kind == "accuse" else ("for", "over")
        comp = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                     and c.i > obj.i and child(c, "pobj", "pcomp") is not None and not is_time(c)
                     and (cue.kind == "accuse" or c.lower_ == "over" or child(c, "pcomp") is not None)), None)
        if comp is not None:
            inner = child(comp, "pcomp", "pobj")
            hi = max(hi, compact_span(inner)[1])  # type: ignore[arg-type]
            skip = frozenset(range(obj.right_edge.i + 1, inner.left_edge.i))  # type: ignore[union-attr]
    if reciprocal:
        # "A and B accused each other of X": the mutual disagreement is an alignment (align.py);
        # each holds -1 on X, with no partner of its own
        partners = []
        skip = skip | frozenset(t.i for t in obj.subtree if t.i <= obj.i)
        if lo == obj.left_edge.i:
            lo = max([obj.i, *[c.i for c in obj.children if c.dep_ == "det"]]) + 1
            while lo < hi and (obj.doc[lo].dep_ == "prep" and obj.doc[lo].lower_ in ("of", "for", "over")):
                lo += 1
        if hi <= lo:
            return []
    elif cue.kind == "evaluative" and obj.dep_ == "dobj" and obj.pos_ == "PROPN":
        # "criticised Stockholm for allowing X" -> "Stockholm allowing X"
        why = next((c for c in [*tok.children, *obj.children] if c.dep_ == "prep" and c.lower_ in ("for", "over")
                    and obj.i < c.i <= hi and not is_time(c)), None)
        pc = child(why, "pcomp", "pobj") if why is not None else None
        if why is not None and pc is not None:
            hi = max(hi, compact_span(pc)[1])
            skip = frozenset({why.i})
    if obj.dep_ == "ccomp":
        if (cue.kind == "accuse" or (cue.polarity < 0 and cue.kind == "evaluative")) and obj.head.i == tok.i:
            # (not an act summed up by a noun: "Y said it would X, a move Z condemned" judges the act)
            # "X abused Y, a rights group charged": the accused is the clause subject
            subj = child(obj, "nsubj", "nsubjpass")
            if subj is not None:
                partners.append(subj)
        skip = skip | frozenset(c.i for c in obj.children if c.dep_ == "mark" and c.lower_ == "that")
    return [RawStance(here(tok), holders, [tok], (lo, hi), pol, cue.kind, strength_of(tok, cue, lex),
                      partners, gerund=gerund, skip=skip)]


def _mirrored(tok: Token) -> bool:
    """Is ``tok`` the second of two coordinated clauses of one verb with subject and object swapped
    ("A blamed B for X, and B blamed A"): the reciprocal spelled out, whose second clause leaves
    the matter to the first?"""
    head = tok.head
    if tok.dep_ != "conj" or head.lemma_.lower() != tok.lemma_.lower():
        return False
    s1, o1, s2, o2 = child(head, "nsubj"), child(head, "dobj"), child(tok, "nsubj"), child(tok, "dobj")
    return None not in (s1, o1, s2, o2) and s1.lower_ == o2.lower_ and o1.lower_ == s2.lower_  # type: ignore[union-attr]


#: objects of a promise that announce retaliation ("promised a response / reprisals")
_RETALIATION_NOUNS = frozenset({"response", "retaliation", "reprisal", "reprisals", "revenge", "vengeance",
                                "countermeasure", "countermeasures", "consequence", "consequences", "punishment",
                                "retribution"})
#: acts of force or defiance promised without an object ("vowed to fight on / to retaliate")
_FORCE_ACTS = frozenset({"fight", "retaliate", "avenge", "resist", "strike", "hit", "respond", "punish"})
_KEEP = frozenset({"keep", "continue", "go"})


#: hostile acts (of the harms, those someone commits): a response promised to one is retaliation
_HOSTILE_ACTS = (HARMS - {"crisis", "crash", "failure", "collapse", "chaos", "unrest", "disaster", "death", "fire",
                           "leak", "damage", "incident", "crime", "abuse", "destruction"}) | frozenset(
    {"provocation", "aggression", "shootdown", "downing"})


def _threat_commitment(obj: Token) -> bool:
    """A promise of retaliation or of fighting on: "promised a (firm) response", "vowed to
    retaliate", "vowed to keep fighting / to fight on". With an object it may be a policy
    ("vowed to fight corruption"), which stays a position."""
    lemma = obj.lemma_.lower()
    if obj.pos_ == "NOUN" and obj.dep_ == "dobj":
        answered = prep_object(obj, ("to",))
        if lemma in ("response", "consequence") and answered is not None \
                and answered[1].lemma_.lower() not in _HOSTILE_ACTS:
            return False  # "promised a response to the refugee crisis": a policy answer (not "to the raid")
        return lemma in _RETALIATION_NOUNS or obj.lower_ in _RETALIATION_NOUNS
    if obj.pos_ != "VERB" or obj.dep_ != "xcomp":
        return False
    act = obj
    if lemma in _KEEP:  # "keep fighting", "continue to fight"
        act = next((c for c in obj.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), obj)
    return act.lemma_.lower() in _FORCE_ACTS and child(act, "dobj") is None and prep_object(
        act, ("against",)) is None


#: subjects of a promised clause that are the promiser itself ("promised it would X")
_SELF_SUBJECTS = frozenset({"it", "they", "we", "he", "she", "i"})


def own_future_act(clause: Token, lex: Lexicon) -> bool:
    """The complement of a commitment verb states the promiser's own future act, with no cue of
    its own: "(promised) it would hand over the suspects", "the suspects would be handed over".
    Not a prediction about someone else ("promised that prices would fall"), not a threat
    ("vowed it would retaliate"), not a conditional, not a clause whose verb is itself a cue."""
    lemma = clause.lemma_.lower()
    if clause.pos_ != "VERB" or lemma in ("be", "have", "do", "get", "go", "say") or lemma in lex.verbs \
            or lemma in _FORCE_ACTS or evaluative_act(clause, lex) or hypothetical(clause, lex) \
            or child(clause, "aux", lemma=_FUTURE_AUX) is None or child(clause, "mark", lemma=("if", "whether")) is not None:
        return False
    subj, subjpass = child(clause, "nsubj"), child(clause, "nsubjpass")
    if subjpass is not None:
        return child(clause, "agent") is None and subjpass.pos_ in ("NOUN", "PROPN") and not any(
            _deferral(c) for c in clause.children)
    return subj is not None and subj.lower_ in _SELF_SUBJECTS and not any(_deferral(c) for c in clause.children)


#: verbs of siding with someone "in doing X" (both do X)
_SIDING = frozenset({"side", "align", "stand", "unite", "team"})


def _pledged_passive(verb: Token) -> bool:
    """A negated future passive without agent ("X will never be accepted / would not be tolerated"):
    under a reporting verb, the speaker's pledge about what it will do (as "there will be no X")."""
    return child(verb, "agent") is None and child(verb, "auxpass") is not None \
        and child(verb, "aux", lemma=_FUTURE_AUX) is not None \
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) \
        and not any(_deferral(c) for c in verb.children)


#: the words of a deferral: "not ... until / before <time>" is timing, no refusal
_DEFER = frozenset({"until", "till", "til", "before"})


def _deferral(c: Token) -> bool:
    """A time adjunct on a negated verb ("will not be resumed until Monday / before the vote / this
    year / for now"): the act is put off, not refused."""
    if c.lower_ in _DEFER and c.dep_ in ("prep", "mark"):
        return True
    if c.dep_ == "advcl" and child(c, "mark", lemma=tuple(_DEFER)) is not None:
        return True  # "until the talks end"
    if c.dep_ in ("npadvmod", "advmod") and c.ent_type_ in ("DATE", "TIME"):
        return True  # "this year", "tomorrow"
    inner = child(c, "pobj", "advmod") if c.dep_ == "prep" and c.lower_ in ("for", "in", "during") else None
    return inner is not None and (inner.ent_type_ in ("DATE", "TIME")
                                  or inner.lower_ in ("now", "time", "moment", "future"))  # "for now"


def _embedded_gerund(tok: Token, lex: Lexicon) -> bool:
    """An -ing clause under a negative cue ("ruled out ever accepting X", "rejected joining X"): the
    outer cue carries the stance, the inner verb states none of its own (its sign would be reversed)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "pcomp", "dobj", "ccomp") \
            or child(tok, "nsubj", "nsubjpass") is not None:
        return False
    h = tok.head.head if tok.dep_ == "pcomp" else tok.head
    hl = h.lemma_.lower()
    if h.i == tok.i or hl in _CEASE or h.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "pcomp":  # only the cue's own preposition: "warned against joining X", not "after joining X"
        cue = lex.verbs.get(hl)
        phrase = lex.phrases.get((hl, tok.head.lower_))
        return (cue is not None and cue.polarity < 0 and tok.head.lower_ in cue.preps) or (
            phrase is not None and phrase.polarity < 0)
    if tok.dep_ == "advcl" and (tok.i < h.i or child(tok, "mark") is not None
                                or any(t.text in (",", ";", "-", "--") for t in tok.doc[h.i + 1:tok.i])):
        return False  # a participle clause of its own: "backed X while criticising Y", "Welcoming X, ..."
    prt = child(h, "prt")
    outer = lex.phrases.get((hl, prt.lower_)) if prt is not None else None
    outer = outer or lex.verbs.get(hl)
    return outer is not None and outer.polarity < 0  # ("called for denying X entry": both readings agree)


def _campaign(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """An act of force or contest on a policy, rule or plan ("fought / challenged the new quota"):
    campaigning against it, a position even as a reported act (also in the passive with its agent:
    "the new quota was challenged by X")."""
    obj = child(verb, "dobj")
    if obj is None and child(verb, "agent") is not None:
        obj = child(verb, "nsubjpass")
    return lemma in CAMPAIGN_VERBS and obj is not None and policy_object(obj, lex)


def _inverted_report(tok: Token, cue: Cue, lex: Lexicon) -> list[RawStance] | None:
    """"X abused Y, a rights group charged": the cue closes the sentence after a comma and the
    parser hangs it on its subject noun; the clause before the comma is the target."""
    if tok.dep_ not in ("acl", "relcl") or cue.kind not in ("accuse", "evaluative") or cue.polarity > 0:
        return None
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN") or child(tok, "dobj", "ccomp", "xcomp", "nsubj") is not None:
        return None  # ("..., a charge Belgrade denied": a relative clause with its own subject)
    sent_start = tok.sent.start if tok.doc.has_annotation("SENT_START") else 0
    left = head.left_edge.i
    if left - 1 <= sent_start or not tok.doc[left - 1].is_punct or tok.doc[left - 1].text != ",":
        return None
    root = tok.doc[left - 1].head
    while root.head.i != root.i and root.i > sent_start and root.dep_ != "ROOT":
        root = root.head
    subj = child(root, "nsubj", "nsubjpass")
    if root.pos_ not in ("VERB", "AUX") or subj is None or hypothetical(tok, lex):
        return None
    return [RawStance(here(tok), [head], [tok], (sent_start, left - 1), cue.polarity, cue.kind,
                      strength_of(tok, cue, lex), [subj], source="inverted")]


# verbs that equate their subject with a label like "be" ("Y amounts to / constitutes X")
_AMOUNT_TO = frozenset({"amount"})
_CONSTITUTE = frozenset({"constitute", "represent", "mark"})


def _neither(pred: Token) -> bool:
    """"was neither free nor fair": a predicate (or its "nor" conjunct) under "neither"."""
    first = pred.head if pred.dep_ == "conj" and any(c.lower_ == "nor" for c in pred.head.children) else pred
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children)


# verbs of breaking a norm: "Y violates international law" states the reporter's judgement of Y
_TRANSGRESS = frozenset({"violate", "breach", "contravene", "infringe", "flout", "undermine", "jeopardise",
                         "jeopardize", "endanger", "imperil", "subvert", "defy", "trample", "erode", "destabilise",
                         "destabilize", "contradict", "break"})
# what such a verb breaks when it is a norm (not "violated the woman", "breached the wall")
_NORMS = frozenset("""law laws rule rules norm norms right rights sovereignty ceasefire truce agreement accord
    treaty deal resolution resolutions charter convention conventions principle principles obligation obligations
    commitment commitments integrity airspace territory border borders independence constitution order peace
    stability security process talks spirit letter code standards values democracy""".split())


def _needed(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"Y is needed / required, X said": X's demand for Y (like "Y is necessary"); the speaker's
    when no one is reported."""
    subj = child(verb, "nsubjpass")
    if subj is None or child(verb, "auxpass") is None or child(verb, "agent") is not None or subj.pos_ not in (
            "NOUN", "PROPN") or verb.dep_ not in ("ROOT", "ccomp", "conj") or hypothetical(verb, lex) \
            or child(verb, "xcomp", "advcl", "prep") is not None:
        return []  # ("visas are required for entry", "troops are needed to guard X": a fact, no demand)
    reporter = reporting_subject(verb) or view_holder(verb)
    pol = -1 if is_negated(verb) else 1
    lo, hi = compact_span(subj)
    return [RawStance(here(verb), [reporter] if reporter is not None else [], [verb], (lo, hi), pol, "demand", 0.9,
                      [], holder_is_speaker=reporter is None, source="predicate-label")]


# acts of settling or agreeing that a party hopes will be done ("hoped the dispute would be settled")
_SETTLE = frozenset("""resolve settle end lift restore reach achieve find sign adopt approve ratify implement
    resume reopen strike conclude seal secure broker""".split())


def _hoped_settlement(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"X hoped (that) the conflict would be resolved / a deal would be reached": X +1 on the
    settlement (as "X hoped for a resolution"). Only a passive of settling, with a thing as its
    subject; hopes about oneself ("hoped it would be invited", "hoped he would win") are none."""
    clause = child(verb, "ccomp")
    if clause is None or clause.lemma_.lower() not in _SETTLE or child(clause, "auxpass") is None \
            or is_negated(verb) or hypothetical(verb, lex):
        return []
    subj = child(clause, "nsubjpass")
    holders = subjects(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() in lex.physical_nouns or not holders:
        return []
    lo, hi = compact_span(clause, cut=frozenset({"mark", "punct", "advcl", "relcl", "cc", "conj"}))
    return [RawStance(here(verb), holders, [verb], (lo, hi), -1 if is_negated(clause) else 1, "demand", 0.8,
                      [], source="hope")]


def _transgression(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"Y violates international law, X said" / "X said Y breached the truce": X -1 on Y when Y is
    a thing (a plan, strikes, a law), not an actor (an accusation of an actor is the accuse cues')."""
    subj, obj = child(verb, "nsubj"), child(verb, "dobj")
    if subj is None or obj is None or obj.lemma_.lower() not in _NORMS or hypothetical(verb, lex) or is_negated(verb):
        return []
    if verb.lemma_.lower() == "break" and (child(verb, "prt") is not None or obj.lemma_.lower() in ("talks", "process")):
        return []  # ("broke off the talks", "broke the talks up": an end, no transgression)
    if any(c.dep_ == "advcl" and child(c, "mark", lemma=("if", "unless")) is not None for c in verb.children):
        return []  # "said that, if the claims are true, Y is violating the treaty": a condition
    if subj.pos_ == "PROPN" and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in ("say", "state", "claim", "charge", "allege", "insist", "assert"):
        # "X said Y had violated the ceasefire": a reported accusation of the actor Y (as "X accused
        # Y of violating the ceasefire"), against Y
        reporter = reporting_subject(verb)
        if reporter is None or reporter.i == subj.i:
            return []
        lo, hi = subj.left_edge.i, compact_span(obj)[1]
        skip = frozenset(c.i for c in verb.children if c.dep_ in ("aux", "advmod") and lo <= c.i < hi)
        return [RawStance(here(verb), [reporter], [verb], (lo, hi), -1, "accuse", 0.9, [subj],
                          source="reported-transgression", skip=skip)]
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return []
    reporter = reporting_subject(verb) or view_holder(verb)
    if reporter is None:
        return []
    lo, hi = compact_span(subj)
    return [RawStance(here(verb), [reporter], [verb], (lo, hi), -1, "evaluative", 0.9, [subj],
                      source="predicate-label")]


def _head_label(tok: Token, lex: Lexicon) -> bool:
    """A label the parser made the head of its clause, "be" hung on it as an auxiliary ("Y was
    misguided": "misguided" a participle with "was" as auxpass): a label word that is no cue verb."""
    if tok.pos_ not in ("ADJ", "VERB") or tok.tag_ not in ("JJ", "VBN") or tok.lemma_.lower() in lex.verbs \
            or tok.lower_ in lex.adjectives or tok.lemma_.lower() in lex.adjectives:
        return False  # (a feeling, "X was appalled", is X's own: the adjective cues)
    if tok.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") or tok.lower_ not in lex.negative_labels | lex.positive_labels:
        return False  # (a label of the lists, in a main or reported clause: "revoked" is an act)
    if not any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in tok.children):
        return False
    return child(tok, "nsubjpass", "nsubj") is not None and child(tok, "agent", "dobj") is None


def _gerund_subject(verb: Token) -> Token | None:
    """A gerund clause as the subject ("cutting the quota was a blunder"), not a free relative
    ("what is happening is X")."""
    cs = child(verb, "csubj")
    return cs if cs is not None and cs.tag_ == "VBG" and cs.i == cs.left_edge.i else None


def _predicate_label(tok: Token, lex: Lexicon, *, head: bool = False) -> list[RawStance]:
    """"X said Y was illegal / a farce / amounted to extortion": the reporter's stance on Y
    (``head``: the label heads its clause, "be" its auxiliary)."""
    feeling = lex.adjectives.get(tok.lemma_.lower()) if tok.dep_ in ("acomp", "attr") else None
    if feeling is not None and not (feeling.needs_prep and prep_object(tok, feeling.preps) is None
                                    and child(tok, "xcomp", "ccomp") is None):
        return []  # handled by the adjective cues
    # (an adjective of feeling with no prep of its own, "Y is positive / negative": a label of Y,
    # only for a thing below: "Peru is positive" states a mood)
    if tok.lower_ in _RESPONSIBLE and prep_object(tok, ("for",)) is not None:
        return []  # "Y was responsible for Z": an accusation (_said_responsible), no praise of Y
    pol = _label_polarity(tok, lex)
    verb = tok if head else tok.head.head if tok.dep_ == "pobj" else tok.head
    idiom = False
    if pol == 0 and not head and tok.dep_ in ("acomp", "attr") and verb.lemma_ == "be":
        # an idiom whose phrase the parser hung on "be" ("Y was dead | on arrival", "a bridge | too far")
        pol = label_phrase_sign(list(tok.doc[tok.left_edge.i:verb.right_edge.i + 1]))
        idiom = pol != 0
    idiom = idiom or tok.dep_ == "prep"
    subj = child(verb, "nsubj", "nsubjpass") if head else (child(verb, "nsubj") or _gerund_subject(verb))
    if subj is None and verb.pos_ == "NOUN" and verb.lemma_.lower() in _AMOUNT_TO and verb.dep_ in ("ccomp", "ROOT"):
        subj = child(verb, "compound")  # "the sanctions amount to X, Y said": the verb tagged as a noun
    if pol == 0 or subj is None or subj.lower_ in ("it", "this", "that", "there") or hypothetical(verb, lex):
        return []
    if feeling is not None and not policy_object(subj, lex):
        return []  # only a policy, plan or act ("the minister was positive", "the test was positive": a mood, a result)
    if idiom and (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in lex.physical_nouns or subj.pos_ == "PRON"
                  or subj.lower_ in ("none", "nothing", "neither")):
        return []  # the literal sense ("the victim was dead on arrival", "the ferry was dead in the water");
        # ("nothing in the bill is dead on arrival": a denied label)
    if child(tok, "xcomp", "ccomp") is not None:
        return []  # "the club would do well to pause": advice on an action, not a label of the club
    pol = -pol if is_negated(verb) != _neither(tok) else pol
    # ("Y is unacceptable to X", "in Chile's view, Y is a mistake")
    reporter = judged_by(tok) or reporting_subject(verb) or view_holder(verb)
    lo, hi = compact_span(subj)
    ger = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == lo - 1
                and not any(True for _ in c.children)), None)
    if ger is not None:
        lo = ger.i  # "Annexing the valley would be a mistake": the gerund's object parsed as the subject
    culprit = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
        if tok.lemma_.lower() in _CULPABLE and pol < 0 else None  # "Y was Peru's fault, X said": X blames Peru
    return [RawStance(here(tok), [reporter] if reporter is not None else [], [tok], (lo, hi), pol, "evaluative",
                      0.9, [subj, *([culprit] if culprit is not None else [])], holder_is_speaker=reporter is None,
                      source="predicate-label")]


#: label nouns whose possessor is blamed for the subject ("the spill was Peru's fault / doing")
_CULPABLE = frozenset({"fault", "doing"})


def _among_those_voting(those: Token) -> list[RawStance]:
    """"X adopted a resolution on Y, with A and B among those voting against (it)": A and B vote
    against the document the clause adopted ("among those in favour": for it). The names stand
    right before "among"; the document is the object of the verb the phrase hangs on."""
    vote = next((c for c in those.children if c.dep_ in ("acl", "relcl") and c.lemma_ == "vote"), None)
    side = vote if vote is not None else those
    prep = next((c for c in side.children if c.dep_ == "prep" and c.lower_ in ("against", "in", "for")), None)
    if prep is None or (prep.lower_ == "in" and not any(c.lower_ in ("favour", "favor") for c in prep.children)):
        return []
    pol = -1 if prep.lower_ == "against" else 1
    doc = those.doc
    among = those.head
    names: list[Token] = []
    i = among.i - 1
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("and", ",", "the")):
        if doc[i].pos_ == "PROPN" and not (doc[i].head.pos_ == "PROPN" and among.i > doc[i].head.i > i):
            names.append(doc[i])
        i -= 1
    verb, doc_obj = among.head, None
    for _ in range(5):  # ("with 20 members voting in favour and Cuba among those against": past "voting")
        doc_obj = child(verb, "dobj") if verb.pos_ in ("VERB", "AUX") else None
        if doc_obj is not None or verb.head.i == verb.i:
            break
        verb = verb.head
    if not names or doc_obj is None or doc_obj.pos_ != "NOUN":
        return []
    lo, hi = compact_span(doc_obj, cut=frozenset({"relcl", "punct", "appos", "advcl", "cc", "conj"}))
    content = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > doc_obj.i), None)
    skip: frozenset[int] = frozenset()
    if content is not None and hi - lo <= 2:  # "adopted a resolution by 143 votes backing X": its content
        skip = frozenset(range(hi, content.left_edge.i))
        hi = compact_span(content)[1]
        comma = next((t.i for t in doc[content.i:hi] if t.text == ","), None)
        hi = comma if comma is not None else hi
    return [RawStance(here(those), names[::-1], [among, those, *([vote] if vote is not None else [])], (lo, hi), pol,
                      "evaluative", 1.0, [], source="vote", skip=skip)]


def _no_place(tok: Token, lex: Lexicon) -> list[RawStance]:
    """"X said Y has no place in Z" / "there is no room for Y": the reporter's stance against Y.
    Only with "no" on the noun, "in Z" after "has no place", and a subject that is no person,
    pronoun or physical thing ("the refugees had no place to sleep" says nothing)."""
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or is_negated(tok.head):
        return []
    verb = tok.head
    preps = {c.lower_: c for c in [*tok.children, *verb.children] if c.dep_ == "prep"}
    if verb.lemma_ == "have" and tok.lemma_ == "place" and "in" in preps and child(tok, "acl", "relcl") is None:
        subj = child(verb, "nsubj")
    elif verb.lemma_ == "be" and child(verb, "expl") is not None and "for" in preps:
        subj = child(preps["for"], "pobj")
    else:
        return []
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in ("PERSON", "GPE", "NORP") or \
            subj.lemma_.lower() in lex.physical_nouns or hypothetical(verb, lex):
        return []
    reporter = reporting_subject(verb) or view_holder(verb)
    return [RawStance(here(tok), [reporter] if reporter is not None else [], [tok], compact_span(subj), -1,
                      "evaluative", 0.9, [subj], holder_is_speaker=reporter is None, source="predicate-label")]


def _label_on_aim(obj: Token) -> tuple[Token, Token] | None:
    """"described Turkey's plans to explore for gas near Crete as a provocation": the parser hangs the
    label's "as" on the infinitive inside the object; ("as", label) when it ends the object."""
    aim = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i), None)
    po = prep_object(aim, ("as",)) if aim is not None else None
    if po is None or po[1].pos_ not in ("NOUN", "ADJ") or any(
            t.dep_ == "prep" and t.i > po[0].i and t.head.i == aim.i for t in aim.children):  # type: ignore[union-attr]
        return None
    return po


def _what_it_called(tok: Token, lex: Lexicon) -> list[RawStance]:
    """"if Washington lifted what he described as illegal sanctions", "to protest what it called
    irregularities in the count": the one who names the thing judges it by the label, whatever
    the clause around it does (under a cue verb, "condemned what it called X", the cue's rule
    reads it). The label is an adjective on the named noun, or the noun itself."""
    host = tok.head
    if not (tok.dep_ == "ccomp" or named_under_preposition(tok, lex)) or host.lemma_.lower() in lex.verbs \
            or hypothetical(tok, lex):
        return []  # ("sought talks over what it called X": the free relative under a preposition)
    named = named_by(tok)  # (the noun :func:`what_named` finds, under any labelling verb)
    if named is None or named.pos_ != "NOUN":
        return []
    adj = next((c for c in named.children if c.dep_ == "amod" and c.i < named.i and _label_polarity(c, lex) != 0), None)
    label = adj if adj is not None else named
    pol = _label_polarity(label, lex) if adj is not None else _label_polarity(named, lex)
    holders = subjects(tok)
    if tok.dep_ == "pcomp" and all(h.pos_ == "PRON" for h in holders):
        holders = subjects(tok.head.head) or holders  # "X sought talks over what it called Y": X
    if pol == 0 or not holders:
        return []
    lo, hi = compact_span(named)
    skip = frozenset(t.i for t in adj.subtree) if adj is not None else frozenset()
    return [RawStance(here(tok), holders, [tok, label], (lo, hi), pol, "evaluative", 1.0, [named], source="label",
                      skip=skip)]


def _label_stances(tok: Token, lex: Lexicon) -> list[RawStance]:
    """"X called Y a cowardly act" / "described Y as warfare" / "branded Y a terrorist group"."""
    obj = label = None
    dobj, oprd, dative = child(tok, "dobj"), child(tok, "oprd", "xcomp", "ccomp"), child(tok, "dative")
    if dobj is not None and dobj.lower_ == "what":
        return _what_it_called(tok, lex)
    dobjs = [c for c in tok.children if c.dep_ == "dobj"]
    ante = _coordinated_relative(tok)
    if ante is not None and len(dobjs) == 1 and oprd is None and dative is None and not hypothetical(tok, lex):
        # "..., a decision that A regretted and that B called a mistake": the label of the antecedent
        pol = _label_polarity(dobjs[0], lex)
        holders = subjects(tok)
        found = _summed_antecedent(ante)
        span = found[0] if found is not None else compact_span(
            ante, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"}))
        if pol != 0 and holders:
            pol = -pol if is_negated(tok) else pol
            return [RawStance(here(tok), holders, [tok, dobjs[0]], span, pol, "evaluative", 1.0,
                              [found[1] if found is not None else ante], source="label")]
    glued = _glued_noun(dobj) if dobj is not None else None
    glued_as = prep_object(glued, ("as",)) if glued is not None else None
    if glued is not None and child(glued, "dobj") is not None:
        oprd = None  # "called the fisheries agreement a breakthrough": "agreement" tagged as a verb
        dobjs = [dobj, child(glued, "dobj")]  # type: ignore[list-item]
    elif glued is not None and glued_as is not None and dobj is not None:
        oprd = None  # "described the fisheries deal as X": "deal" tagged as a verb taking "as X"
        obj, label = dobj, glued_as[1]
    if obj is None and dobj is None and oprd is not None and oprd.dep_ == "ccomp" and oprd.tag_ in ("VB", "VBP") and \
            child(oprd, "aux", "mark", "neg", "auxpass") is None and child(oprd, "nsubj") is not None and \
            child(oprd, "nsubj").i == oprd.i - 1:  # type: ignore[union-attr]
        # "termed the fisheries deal a breakthrough" / "described the peace deal as fair": the head
        # noun tagged as the verb of a small clause, its label as that verb's object or "as" phrase
        as_ = next((c for c in oprd.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        named = child(oprd, "dobj") or (child(as_, "pobj") or next(
            (c for c in as_.children if c.pos_ == "ADJ"), None) if as_ is not None else None)
        if named is not None and named.pos_ in ("NOUN", "ADJ"):
            glued, obj, label = oprd, child(oprd, "nsubj"), named
    if obj is None and len(dobjs) == 1 and dobj is not None and oprd is None and dative is None and \
            tok.lemma_.lower() in _NAMING and prep_object(tok, ("as",)) is None:
        # "labelled the report slander": a naming verb's two objects parsed as one compound noun
        inner = tok.doc[dobj.i - 1] if dobj.i > 0 else None
        det = child(dobj, "det")
        if inner is not None and inner.dep_ == "compound" and inner.head.i == dobj.i and inner.pos_ == "NOUN" \
                and det is not None and det.i == inner.i - 1 and dobj.lemma_.lower() not in _NOUN_HEADS:
            words = {dobj.lemma_.lower(), dobj.lower_}
            if words & (lex.negative_labels | lex.positive_labels) or any(
                    w in lex.verbs or w in lex.agent_nouns for w in words):
                obj, label = inner, dobj  # only "the NOUN LABEL", the label itself a label or cue word
    if obj is not None:
        pass
    elif len(dobjs) >= 2 and dobjs[1].pos_ in ("NOUN", "ADJ"):
        obj, label = dobjs[0], dobjs[1]  # "branded the plan a dangerous provocation" (two objects)
    elif dobj is None and oprd is not None and oprd.dep_ == "ccomp" and child(oprd, "nsubj") is not None and \
            prep_object(oprd, ("as",)) is not None and child(oprd, "aux", "mark", "neg") is None and \
            oprd.tag_ in ("VB", "VBP") and child(oprd, "nsubj").i == oprd.i - 1:  # type: ignore[union-attr]
        # "described the fisheries deal as X": "deal" tagged as the verb of a clause
        glued, obj, label = oprd, child(oprd, "nsubj"), prep_object(oprd, ("as",))[1]  # type: ignore[index]
    elif dobj is None and oprd is not None and oprd.dep_ == "ccomp" and oprd.pos_ in ("NOUN", "ADJ") and \
            child(oprd, "nsubj") is not None and child(oprd, "aux", "mark", "neg", "auxpass") is None:
        obj, label = child(oprd, "nsubj"), oprd  # "considers the plant a threat": a small clause as ccomp
    elif dobj is not None and oprd is not None and oprd.i > dobj.i:
        obj, label = dobj, oprd
    elif dative is not None and dobj is not None and dobj.i > dative.i:
        obj, label = dative, dobj
    elif dobj is not None:
        po = prep_object(tok, ("as",)) or prep_object(dobj, ("as",)) or _label_on_aim(dobj)
        if po is not None:
            obj, label = dobj, po[1]
        else:  # "described X as irresponsible": an adjective hangs on "as"
            as_ = next((c for c in [*tok.children, *dobj.children] if c.dep_ == "prep" and c.lower_ == "as"), None)
            adj = next((c for c in as_.children if c.pos_ == "ADJ"), None) if as_ is not None else None
            if adj is not None:
                obj, label = dobj, adj
    subjpass = child(tok, "nsubjpass")
    seen_in = _seen_in(tok) if obj is None and dobj is None and subjpass is not None else None
    if obj is None and dobj is None and subjpass is not None and (child(tok, "agent") is not None
                                                                  or seen_in is not None):
        # passive: "the plan was described by X as a provocation" / "was branded a sham by X"
        po = prep_object(tok, ("as",))
        as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        adj = next((c for c in as_.children if c.pos_ == "ADJ"), None) if as_ is not None else None
        label = po[1] if po is not None else adj if adj is not None else child(tok, "oprd", "attr")
        obj = subjpass if label is not None and subjpass.lower_ not in PRONOUNS else None
    late_by: list[Token] = []
    named = child(tok, "oprd", "attr", "dobj")
    if subjpass is not None and child(tok, "agent") is None and named is not None and named.pos_ in ("NOUN", "ADJ") \
            and subjpass.lower_ not in PRONOUNS and obj is None:
        by = prep_object(named, ("by",))  # "the plan was called / labelled a provocation by X": the agent on the label
        if by is not None and by[1].pos_ == "PROPN":
            obj, label, late_by = subjpass, named, expand_conj(by[1])
    if obj is None and dobj is not None and dobj.right_edge.i > dobj.i:
        last = tok.doc[dobj.right_edge.i]  # "called the coup in Niger unacceptable": the label parsed inside
        misread = last.tag_ == "NNP" and last.is_lower  # "... in the eastern Mediterranean illegal": a proper noun
        if (last.pos_ == "ADJ" or misread) and last.dep_ in ("pobj", "conj", "appos", "amod", "acl") \
                and _label_polarity(last, lex) != 0:
            obj, label = dobj, last
    if obj is None and dobj is not None and dative is None and oprd is None:
        late = next((c for c in tok.children if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1), None)
        end = tok.doc[late.right_edge.i] if late is not None else None
        if end is not None and end.tag_ == "NNP" and end.is_lower and end.dep_ == "pobj" \
                and _label_polarity(end, lex) != 0:
            obj, label = dobj, end  # "called X in the Y Sea illegal": the place phrase hung on the verb
    rel = tok if tok.dep_ == "relcl" else tok.head if tok.dep_ == "conj" and tok.head.dep_ == "relcl" else None
    relative = obj is not None and obj.lower_ in ("which", "that") and rel is not None and rel.head.pos_ == "NOUN"
    if obj is None or label is None or hypothetical(tok, lex) or (obj.pos_ == "PRON" and not relative):
        return []  # ("calls it a violation": "it" is evaluated by the clause before)
    pol = _label_polarity(label, lex)
    if pol == 0:
        return []
    pol = -pol if is_negated(tok) != _neither(label) else pol  # "dismissed Y as neither free nor fair"
    pol = verb_sign_over_label(tok, pol, lex)  # "condemned Y as a boon for Z": the cue verb's sign
    holders = late_by or ([seen_in] if seen_in is not None and child(tok, "agent") is None else subjects(tok))
    if not holders:
        return []
    if relative and rel is not None:  # "the deal, which A welcomed and which B called a betrayal": the deal
        found = _summed_antecedent(rel.head)
        obj = found[1] if found is not None else rel.head
        lo, hi = found[0] if found is not None else compact_span(
            rel.head, cut=frozenset({"relcl", "punct", "appos", "acl", "advcl"}))
        return [RawStance(here(tok), holders, [tok, label], (lo, hi), pol, "evaluative", 1.0, [obj], source="label")]
    lo, hi = compact_span(obj)
    if glued is not None and obj.i == glued.i - 1:
        hi = max(hi, glued.i + 1)
    if lo <= label.i < hi:
        hi = label.i if label.tag_ == "NNP" and label.is_lower else \
            min(label.left_edge.i, label.head.i if label.head.lower_ == "as" else hi)
    return [RawStance(here(tok), holders, [tok, label], (lo, hi), pol, "evaluative", 1.0, [obj], source="label")]


_SEEN = frozenset({"see", "view", "regard", "perceive", "consider"})
# verbs that name with two objects ("called X a Y"), not verbs that evaluate one ("condemned X")
_NAMING = frozenset({"call", "label", "brand", "term", "dub"})
# label nouns that also head ordinary compounds ("the peace threat", "the border war")
_NOUN_HEADS = frozenset({"threat", "war", "attack", "crime", "occupation", "test", "launch", "ban", "coup", "grab",
                         "challenge", "deal", "plan", "model", "partner", "win", "progress", "reform"})


def _seen_in(verb: Token) -> Token | None:
    """"Y is seen in Beijing as a provocation": a capital or state named by "in" on a passive
    verb of seeing holds the view (metonymy); other places do not ("seen in the region")."""
    if verb.lemma_.lower() not in _SEEN or child(verb, "auxpass") is None:
        return None
    po = prep_object(verb, ("in",))
    if po is None or po[1].pos_ != "PROPN" or po[1].ent_type_ not in ("GPE", "ORG", "NORP", ""):
        return None
    return po[1]


def _copula_against(verb: Token, lex: Lexicon) -> list[RawStance]:
    """"Croatia said it was against border checks": -1 of the subject on the object."""
    po = prep_object(verb, ("against",))
    if po is None or hypothetical(verb, lex) or child(verb, "acomp", "attr") is not None:
        return []
    holders = subjects(verb)
    if not holders:
        return []
    pol = -1 if not is_negated(verb) else 1
    return [RawStance(here(verb), holders, [po[0]], compact_span(po[1]), pol, "evaluative", strength_of(verb, _AGAINST, lex),
                      [po[1]], source="copula")]


_AGAINST = Cue("against", -1, "evaluative")

#: nouns of an aim whose owner wants their subject ("Y is X's main demand", "Y is a priority for X")
_AIM_PREDICATES = frozenset({"demand", "priority", "goal", "aim", "objective", "wish", "condition", "precondition"})
#: lists whose owner wants what is high or first on them ("Y is high / top on X's wish list / agenda")
_WISH_LISTS = frozenset({"list", "agenda", "wishlist"})
_AIM = Cue("aim", 1, "demand")


def _aim_owner(noun: Token) -> Token | None:
    """The owner of an aim or a wish list: "X's demand", "a priority for X", "X's wish list"."""
    poss = child(noun, "poss")
    if poss is not None:
        return poss
    po = prep_object(noun, ("for", "of"))
    if po is not None and po[1].pos_ in ("PROPN", "NOUN") and po[0].lower_ == "for":
        return po[1]
    if po is not None and (po[1].pos_ == "PROPN" or po[1].ent_type_ in ("GPE", "ORG", "NORP", "PERSON")):
        return po[1]  # "a key demand of Turkey" (a name: "the aim of the talks" has no owner)
    return None


def _copula_aim(be: Token, lex: Lexicon) -> list[RawStance]:
    """"Y is X's main demand", "Y is a priority for X", "Y is high on X's wish list": X +1 on Y
    (the reporter's, "Y is a priority, the minister said", when no owner is named)."""
    subj = child(be, "nsubj", "csubj")
    named = child(be, "attr", "xcomp")  # the reversed order: "X's top priority is (cutting) Y"
    if subj is None and be.dep_ == "aux" and be.head.tag_ == "VBG" and be.i + 1 == be.head.i:
        subj = child(be.head, "nsubj")  # "X's priority is cutting Y" read as a progressive (an aim cuts nothing)
        named = be.head if subj is not None and subj.lemma_.lower() in _AIM_PREDICATES else None
        if named is None:
            return []
    if subj is not None and subj.lemma_.lower() in _AIM_PREDICATES and subj.i < be.i and subj.pos_ == "NOUN" \
            and not hypothetical(be, lex) and not is_negated(be):
        owner: Token | None = _aim_owner(subj) or reporting_subject(be)
        if named is None or named.i < be.i or not (named.pos_ == "NOUN" or named.tag_ == "VBG") or owner is None \
                or named.lemma_.lower() in _AIM_PREDICATES or (
                    owner.pos_ == "NOUN" and not owner.ent_type_ and owner.lemma_.lower() not in _OFFICES):
            return []
        return [RawStance(here(be), [owner], [subj], compact_span(named), 1, "demand", strength_of(be, _AIM, lex), [],
                          source="aim")]
    if subj is None or subj.i > be.i or subj.lower_ in PRONOUNS or hypothetical(be, lex) or is_negated(be) \
            or not (subj.pos_ == "NOUN" or subj.tag_ == "VBG"):
        return []
    attr = child(be, "attr")
    owner = None
    if attr is not None and attr.lemma_.lower() in _AIM_PREDICATES and not any(
            c.dep_ == "det" and c.lower_ in ("no", "not") for c in attr.children):
        owner = _aim_owner(attr) or reporting_subject(be)
    else:
        high = child(be, "acomp")
        on = prep_object(be, ("on", "at")) or (prep_object(high, ("on",)) if high is not None else None)
        if on is None or on[1].lemma_.lower() not in _WISH_LISTS or (
                (high is None or high.lower_ not in ("high", "top", "first")) and on[0].lower_ != "at"):
            return []
        owner = _aim_owner(on[1])
    if owner is None or (owner.pos_ == "NOUN" and not owner.ent_type_ and owner.lemma_.lower() not in _OFFICES):
        return []
    lo, hi = compact_span(subj)
    return [RawStance(here(be), [owner], [be], (lo, hi), 1, "demand", strength_of(be, _AIM, lex), [],
                      gerund=subj.tag_ == "VBG", source="aim")]


#: nouns of being a part of something, and the weights they are given ("an important part of Z")
_PART_NOUNS = frozenset({"part", "element", "component", "aspect", "feature", "factor", "ingredient", "piece"})
_WEIGHT = frozenset({"important", "essential", "key", "vital", "crucial", "integral", "central", "significant",
                     "major", "big", "critical", "main", "core"})


def _label_polarity(label: Token, lex: Lexicon) -> int:
    """Sign of a characterisation: the label word, its modifiers, and the noun of a light
    label ("an act of economic warfare", "a form of blackmail"); a multi-word label phrase of the
    label's own words decides first ("a step in the right direction", "dead on arrival")."""
    if classifying_label(label):
        return 0  # "Y was a domestic legal matter": a kind of matter, no judgement of Y
    if label.lower_ == "nothing":  # "Y is nothing short of / nothing less than warfare": the label inside
        short = next((c for c in label.children if c.lower_ in ("short", "less", "more") and c.dep_ == "amod"), None)
        inner = prep_object(short, ("of", "than")) if short is not None else None
        if inner is None:  # "nothing but (a) propaganda": a noun label after "but" ("nothing but fair": as before)
            inner = prep_object(label, ("but",))
            inner = inner if inner is not None and inner[1].pos_ in ("NOUN", "PROPN") else None
        if inner is not None:
            return _label_polarity(inner[1], lex)
    phrase = label_phrase_sign(list(label.subtree))
    if phrase:
        return phrase
    whole = hyphenated(label)
    if whole is not None:  # "one-sided": the compound is the label, its parts carry no sign
        return label_words_sign({whole}, lex)
    mods = [c for c in label.children if c.dep_ in ("amod", "compound", "advmod")]  # "a step forward"
    mods += [x for c in mods if c.dep_ == "amod" for x in c.children if x.dep_ == "conj"]  # "a serious and credible plan"
    words = {label.lemma_.lower(), label.lower_, *(c.lemma_.lower() for c in mods)}
    if label.lemma_.lower() in LIGHT_LABELS:
        of = prep_object(label, ("of",))
        if of is not None:
            words |= {of[1].lemma_.lower(), *(c.lemma_.lower() for c in of[1].children if c.dep_ in ("amod", "compound"))}
    words |= {c.lemma_.lower() for c in label.children if c.dep_ == "conj"}  # "fair and balanced"
    if label.lemma_.lower() in _PART_NOUNS and words - {label.lemma_.lower(), label.lower_} <= _WEIGHT:
        return 0  # "Y is an important part / a key element of Z": a description of Z, no judgement of Y
    words -= count_only_words(words, label, any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in label.children))
    # ("Y is a waste" judges Y; "Y is household waste / waste from mines / waste paper" names a material)
    # the label lists first, a negative word over a positive one; then a cue word of any part of speech
    # labels with its own sign ("labelled the report slander", "called the plan an endorsement of X"),
    # an adjective label as no verb, an agent noun not after a container ("Y was full of fans / critics")
    adj = {label.lemma_.lower(), label.lower_} if label.pos_ == "ADJ" else set()
    return label_words_sign(words, lex, people=label.lemma_.lower() not in CONTAINER_LABELS, not_verbs=adj, mixed=-1)


# acts of accepting a thing whose negated future passive with a named agent is that agent's refusal
_STANDING_ACTS = frozenset("""recognise recognize sign ratify implement allow lift accept endorse honour honor
    fund extend grant normalise normalize""".split())


#: position nouns one takes back with an undoing verb ("withdrew its support for X")
_OWN_POSITION_NOUNS = frozenset({"support", "backing", "objection", "objections", "opposition", "veto",
                                 "endorsement", "recognition", "blessing"})


def _negated_commitment(tok: Token, *, would: bool = False) -> list[RawStance]:
    """"X will not end the embargo" / "X won't accept": -1 on doing it (not for "be"/"have");
    ``would``: "would not" counts without a reporter too ("X would not condemn Y")."""
    if tok.lemma_ == "be" and (joined := joined_plan(tok)) is not None:
        return _not_part_of(tok, joined)  # "will not be part of Y's plan"
    if tok.lemma_ in ("be", "have", "do", "say", "go", "get") or tok.pos_ != "VERB" or _self_action(tok):
        return []
    neg = child(tok, "neg") or next((c for c in tok.children if c.lower_ == "never" and c.dep_ == "advmod"), None) \
        or negative_adverbial(tok)  # ("would under no circumstances sign X")
    if neg is None:
        return _reported_contribution(tok)
    subj = child(tok, "nsubjpass")
    agent = child(tok, "agent")
    by = child(agent, "pobj") if agent is not None else None
    if subj is not None and by is not None and by.pos_ == "PROPN" and child(tok, "auxpass") is not None \
            and child(tok, "aux", lemma=_WILL_AUX) is not None \
            and tok.lemma_.lower() in _STANDING_ACTS and subj.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "prep" and (is_time(c) or c.lower_ in ("until", "till", "before")) for c in tok.children):
        lo, hi = compact_span(subj)  # "Y will not be recognised by X": X's refusal, as "X will not recognise Y"
        lead = frozenset({lo}) if tok.doc[lo].tag_ == "DT" and tok.doc[lo].is_title else frozenset()
        return [RawStance(here(tok), [by], [neg, tok], (lo, hi), -1, "refuse", 1.0, [],
                          target_prefix=gerund(tok.lemma_.lower()), source="negated", skip=lead)]
    if subj is not None and _pledged_passive(tok) and tok.lemma_.lower() in _POLICY_ACTS \
            and subj.pos_ in ("NOUN", "PROPN"):
        rep = reporting_subject(tok)  # "the sanctions will not be lifted, X said": X -1 on lifting them
        if rep is None or rep.lower_ in PRONOUNS:
            return []
        lo, hi = compact_span(subj)
        lead = frozenset({lo}) if tok.doc[lo].tag_ == "DT" and tok.doc[lo].is_title else frozenset()
        return [RawStance(here(tok), [rep], [neg, tok], (lo, hi), -1, "refuse", 1.0, [],
                          target_prefix=gerund(tok.lemma_.lower()), source="negated", skip=lead)]
    if child(tok, "auxpass") is not None and child(tok, "agent") is not None:
        return []  # a passive with its agent is read above or not at all ("will not be sent by X until Monday")
    # "will not end the embargo", "would not talk to armed groups"
    obj = child(tok, "dobj") or next((c for c in tok.children if c.dep_ == "prep" and child(c, "pobj") is not None
                                      and not is_time(c)), None)
    if obj is not None and obj.dep_ == "dobj" and tok.lemma_.lower() in UNDO_VERBS | {"lift"} \
            and obj.lemma_.lower() in _OWN_POSITION_NOUNS and any(c.dep_ == "poss" for c in obj.children):
        return []  # "will not drop its support for X": the noun rules read +1 on X (not -1 on dropping it)
    if obj is None and tok.lemma_.lower() in ("allow", "permit", "let"):
        obj = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and child(c, "nsubj", "nsubjpass") is not None),
                   None)  # ("will not allow foreign doctors to visit X" / "its soil to be used for Y": the act)
    if obj is None:
        return []
    will = child(tok, "aux", lemma=_WILL_AUX)
    if will is None and child(tok, "aux", lemma=("would",)) is not None and (would or reporting_subject(tok) is not None):
        will = child(tok, "aux", lemma=("would",))  # reported future: "said it would never recognise X"
    if will is None:
        return []
    holders = subjects(tok)
    if not holders:
        return []
    lo, hi = compact_span(tok, cut=frozenset({"nsubj", "nsubjpass", "aux", "neg", "punct", "advcl", "mark",
                                              "relcl", "cc", "conj", "advmod", "npadvmod", "prep", "parataxis"}))
    if obj.dep_ == "dobj":
        hi = max(hi, _obj_range(obj)[1])
    else:
        hi = max(hi, _obj_range(child(obj, "pobj") or obj)[1])
    joined = joined_plan(tok)
    if joined is not None and obj.dep_ == "dobj" and obj.i < joined.i:
        hi = max(hi, _obj_range(joined)[1])  # "will not take part in Y's plan": the plan is in the target
    return [RawStance(here(tok), holders, [will, neg, tok], (lo, hi), -1, "refuse", 1.0,
                      [joined] if joined is not None else [], gerund=True, source="negated")]


def _not_part_of(be: Token, plan: Token) -> list[RawStance]:
    """"X will not be part of Y's plan": a refusal to take part in it, as "will not join Y's plan"
    (-1 on being part of it, Y's plan the alignment partner); only a negated future."""
    neg = child(be, "neg") or next((c for c in be.children if c.lower_ == "never" and c.dep_ == "advmod"), None)
    will = child(be, "aux", lemma=_FUTURE_AUX)
    holders = subjects(be)
    if neg is None or will is None or not holders or (will.lower_ in ("would", "'d") and reporting_subject(be) is None
                                                       and be.dep_ != "ROOT"):
        return []
    part = child(be, "attr")
    lo = part.i if part is not None else be.i
    return [RawStance(here(be), holders, [will, neg, be], (lo, _obj_range(plan)[1]), -1, "refuse", 1.0, [plan],
                      target_prefix="being", source="negated")]


#: acts of taking part in a plan, with the preposition that names it ("take part in", "sign up to")
_JOIN_OBJECT_ACTS = frozenset({"join", "rejoin", "sign", "enter", "endorse", "ratify", "back", "support"})
_JOIN_PREP_ACTS = {"participate": ("in",), "take": ("in",), "sign": ("to", "for", "on"), "go": ("with",),
                   "enlist": ("in",)}


def joined_plan(verb: Token, lex: Lexicon | None = None) -> Token | None:
    """The plan, pact or initiative another actor authored that a verb of taking part has as its
    object ("join Germany's plan", "take part in the Dutch initiative", "sign up to Peru's pact",
    "go along with the U.S. proposal"): declining it is a refusal of that actor's plan (an alignment
    partner, README section 6: the evaluated target is B's own proposal). None when the plan has no
    named author ("would not join the coalition") or is no plan."""
    low = verb.lemma_.lower()
    plan: Token | None = None
    if low in _JOIN_OBJECT_ACTS and not any(c.dep_ == "prt" for c in verb.children):
        plan = child(verb, "dobj")
    elif low == "be":
        part = child(verb, "attr")  # "be part of Y's plan"
        po = prep_object(part, ("of",)) if part is not None and part.lower_ == "part" else None
        plan = po[1] if po is not None else None
    elif low in _JOIN_PREP_ACTS:
        part = child(verb, "dobj")
        if low == "take" and (part is None or part.lower_ != "part"):
            return None
        if low == "sign" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return None
        if low == "go" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "along" for c in verb.children):
            return None
        po = prep_object(verb, _JOIN_PREP_ACTS[low]) or (prep_object(part, ("in",)) if part is not None else None)
        plan = po[1] if po is not None else None
    if plan is None or plan.pos_ != "NOUN":
        return None
    head = plan.lemma_.lower()
    if head not in POLICY_NOUNS and head not in _JOINABLE and (lex is None or head not in lex.speech_act_nouns):
        return None
    authored = any((c.dep_ == "poss" and c.pos_ == "PROPN") or (c.dep_ in ("amod", "compound") and (
        c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")) for c in plan.children)
    return plan if authored else None


# acts of receiving, joining or endorsing whose plain "would not" in a main clause reports a
# refusal ("X would not receive the envoy", "Y would not sign the text"), not a conditional
_REFUSABLE = frozenset("""receive sign recognise recognize attend join ratify meet host honour
    honor endorse accept admit allow grant extend lift recognise""".split())


def _flat_refusal(tok: Token) -> bool:
    """"X would not receive Y" as a main clause with no condition anywhere in the sentence."""
    if tok.lemma_.lower() not in _REFUSABLE or tok.dep_ != "ROOT":
        return False
    return not any(t.dep_ == "mark" and t.lower_ in ("if", "unless", "until", "whether") and not (
        t.lower_ == "unless" and t.head.head.i == tok.i) for t in tok.sent)  # ("would not sign X unless Y": refused)


# verbs of contributing to a common effort: announced in the future, a commitment to it
_CONTRIBUTE = frozenset({"contribute", "donate", "pledge"})
#: money given to a cause with a light verb ("would put money into X", "would chip in funds for X")
_MONEY = frozenset({"money", "fund", "funds", "cash", "dollar", "euro", "million", "billion", "resource", "resources"})


def _money_for(tok: Token) -> Token | None:
    """The cause a light verb of paying gives money to, or None: "put / pour / plough money into X",
    "chip in (funds) for / to X", "(help) pay for X" (the helper in the future: "would help pay for X")."""
    lemma = tok.lemma_.lower()
    obj = child(tok, "dobj")
    if lemma in ("put", "pour", "plough", "plow", "sink") and obj is not None and obj.lemma_.lower() in _MONEY:
        into = prep_object(tok, ("into",))
        return into[1] if into is not None else None
    if lemma == "chip" and any(c.lower_ == "in" and c.dep_ in ("prt", "prep") for c in tok.children):
        funds = next((x for c in tok.children if c.lower_ == "in" and c.dep_ == "prep" for x in c.children
                      if x.dep_ == "pobj" and x.lemma_.lower() in _MONEY), None)
        cause = prep_object(tok, ("for", "to", "towards")) or (
            prep_object(funds, ("for", "to", "towards")) if funds is not None else None)
        return cause[1] if cause is not None else None
    if lemma == "pay" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "help":
        cause = prep_object(tok, ("for",))
        return cause[1] if cause is not None else None
    return None


def _money_pledge(tok: Token) -> list[RawStance]:
    """Reported future of money given to a cause by its own speaker ("said it would put money into the
    relief fund", "the country will chip in funds for X, its president said", "said his country would
    help pay for X"): +1 on giving it, as "would contribute funds to X"; a bare act in the past or a
    future with no reporter states none ("it put money into X")."""
    cause = _money_for(tok)
    if cause is None:
        return []
    fut = tok.head if tok.lemma_.lower() == "pay" else tok
    if child(fut, "aux", lemma=_FUTURE_AUX) is None or child(fut, "aux", lemma=("may", "might", "could")) is not None \
            or is_negated(fut) or not _own_future(fut):
        return []
    holders = subjects(fut)
    if not holders:
        return []
    lo, hi = compact_span(tok, cut=_ACT_CUT)
    return [RawStance(here(tok), holders, [tok], (lo, hi), 1, "commit", 0.9, [], gerund=True, source="reported")]


# policy acts that, announced by their own agent in the reported future, state its position
# ("said it would join the alliance", "announced it would lift the sanctions"); acts of
# procedure ("would decide", "would meet", "would host the summit") or self-actions ("would release
# the hostages") state none (the labelling scheme's rule)
_POLICY_ACTS = frozenset("""join lift sign send deploy supply provide grant impose extend resume restore expel
    withdraw implement introduce allow end recognise recognize ban suspend apply normalise normalize reopen establish
    fund finance arm sanction admit cut reduce halve slash lower station dispatch""".split())


def _in_office(rep: Token) -> bool:
    """The reporter is an office or named with its title ("the ministry", "Prime Minister X",
    "Spain's foreign minister, X"): it speaks for the state it names."""
    if rep.lemma_.lower() in _OFFICES:
        return True
    return rep.pos_ == "PROPN" and any(t.lemma_.lower() in _OFFICES for t in rep.subtree
                                       if t.i < rep.i and t.dep_ in ("compound", "appos", "nmod", "amod"))


def _own_future(tok: Token) -> bool:
    """"X said it / X would ...": a future clause whose subject is the reporter itself."""
    rep = reporting_subject(tok)
    subj = child(tok, "nsubj")
    if rep is None or subj is None:
        return False
    return subj.lower_ in ("it", "they", "he", "she", "we", "i") or subj.lemma_ == rep.lemma_ or (
        subj.pos_ == "PROPN" and _in_office(rep)) or (
        subj.lemma_.lower() in _OWN_SIDE and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our")
                                                 for c in subj.children)) or (  # "said his country would X"
        subj.lemma_.lower() in _OWN_SIDE and [c.lower_ for c in subj.children] == ["the"] and _in_office(rep))
    # ("X's minister said the country would X": the office speaks for its state)


# the reporter's own side named by a possessive ("his country", "its government")
_OWN_SIDE = frozenset({"country", "government", "nation", "administration", "state", "kingdom", "republic"})

# reporters who speak for the named party of the clause ("Portugal will join X, the defence minister
# said"), unlike analysts, critics or diplomats, who report on it
_OFFICES = frozenset("""minister ministry spokesman spokeswoman spokesperson government president premier
    chancellor secretary office presidency cabinet""".split())


def _reported_contribution(tok: Token) -> list[RawStance]:
    """Reported future of a contribution ("said it would contribute troops to the mission",
    "announced it will donate funds to the appeal"): +1 on contributing to it. Only with a
    reporting verb and a "to" recipient: a bare future act is no position. A policy act
    announced by its agent ("said it would join the alliance") is a position as well."""
    lemma = tok.lemma_.lower()
    if lemma in _POLICY_ACTS and child(tok, "aux", lemma=_FUTURE_AUX) is not None and not hoped_of_another(tok) \
            and _own_future(tok) and (child(tok, "dobj") is not None or child(tok, "xcomp") is not None) \
            and child(tok, "aux", lemma=("may", "might", "could")) is None:
        holders = subjects(tok)
        if not holders:
            return []
        lo, hi = compact_span(tok, cut=_ACT_CUT)
        doc = tok.doc
        comma = next((i for i in range(tok.i + 1, hi - 2) if doc[i].text == "," and doc[i + 1].lower_ in ("a", "an")
                      and doc[i + 2].lemma_.lower() in SUMMARY_NOUNS), None)
        if comma is not None:
            hi = comma  # "would recognise X, a decision Y denounced": the summing-up noun read as a second object
        return [RawStance(here(tok), holders, [tok], (lo, hi), 1, "commit", 0.9, [], gerund=True, source="reported")]
    part = child(tok, "dobj")
    if (lemma == "participate" or (lemma == "take" and part is not None and part.lower_ == "part")) \
            and child(tok, "aux", lemma=_FUTURE_AUX) is not None and _own_future(tok):
        inside = prep_object(tok, ("in",))  # "said it would take part in / participate in the mission"
        holders = subjects(tok)
        if inside is None or not holders:
            return []
        pol = -1 if is_negated(tok) else 1  # "said it would not take part in X": -1 on X
        return [RawStance(here(tok), holders, [tok], compact_span(inside[1]), pol, "commit", 0.9, [], source="reported")]
    if lemma not in _CONTRIBUTE:
        return _money_pledge(tok)
    if child(tok, "aux", lemma=_FUTURE_AUX) is None \
            or reporting_subject(tok) is None or child(tok, "dobj") is None:
        return []
    to = prep_object(tok, ("to", "towards"))
    holders = subjects(tok)
    if to is None or not holders:
        return []
    lo, hi = compact_span(tok, cut=_ACT_CUT)
    return [RawStance(here(tok), holders, [tok], (lo, hi), 1, "commit", 0.9, [], gerund=True, source="reported")]


#: punitive acts: to be ready to take them if the other side acts is a threat (README: threats
#: are no positions)
_PUNITIVE_ACTS = frozenset({"retaliate", "respond", "strike", "hit", "punish", "attack"})
_PUNITIVE_OBJECTS = frozenset({"sanction", "sanctions", "measure", "measures", "countermeasure", "countermeasures",
                               "force", "tariff", "tariffs", "penalty", "penalties", "action", "reprisal",
                               "reprisals", "step", "steps"})


def _conditional_threat(verb: Token, comp: Token) -> bool:
    """"is ready / prepared to impose sanctions if Y does X": a punitive act on a condition."""
    obj = child(comp, "dobj")
    punitive = comp.lemma_.lower() in _PUNITIVE_ACTS or (
        obj is not None and (obj.lemma_.lower() in _PUNITIVE_OBJECTS or obj.lower_ in _PUNITIVE_OBJECTS))
    if not punitive:
        return False
    return any(c.dep_ == "advcl" and child(c, "mark", lemma=("if", "unless", "should")) is not None
               for t in (verb, comp) for c in t.children)


def _adj_stances(tok: Token, cue: Cue, lex: Lexicon) -> list[RawStance]:
    if tok.dep_ == "amod" and tok.head.pos_ == "PROPN" and tok.i > tok.head.i and cue.kind == "evaluative" \
            and cue.preps and tok.doc[tok.left_edge.i - 1].is_punct:
        # set off after a name: "Saudi Arabia, long hostile to the deal, ...": the name holds it
        po = prep_object(tok, cue.preps)
        if po is None:
            return []
        return [RawStance(here(tok), expand_conj(tok.head), [tok], compact_span(po[1]), cue.polarity, cue.kind,
                          strength_of(tok, cue, lex), [po[1]], source="adj-apposition")]
    if tok.dep_ not in ("acomp", "ROOT", "ccomp", "conj", "xcomp", "attr", "advcl"):
        return []
    verb = tok.head if tok.dep_ == "acomp" else tok
    if hypothetical(verb, lex) or child(verb, "aux", lemma=("must", "should")) is not None or _under_demand(verb, lex):
        return []
    pol = cue.polarity * (-1 if (is_negated(verb) or is_negated(tok)) != _neither(tok) else 1)
    if tok.lemma_.lower() in _DEMAND_ADJ_SUBJ:
        subj = child(verb, "nsubj", "csubj")
        if subj is None or subj.lower_ == "it":
            comp = child(tok, "xcomp", "ccomp") or child(verb, "ccomp", "xcomp")
            if comp is None:
                return []
            lo, hi = compact_span(comp, keep_first=False)
        else:
            lo, hi = compact_span(subj)
        reporter = judged_by(tok) or reporting_subject(verb) or view_holder(verb)  # ("Y is unacceptable to X", "for X, Y is ...")
        judged = [subj] if subj is not None and subj.pos_ == "NOUN" and cue.kind == "evaluative" else []
        return [RawStance(here(tok), [reporter] if reporter is not None else [], [tok], (lo, hi), pol, cue.kind,
                          strength_of(tok, cue, lex), judged, holder_is_speaker=reporter is None,
                          source="adj-subject")]  # (the author of a judged act: "German mediation")
    po = prep_object(tok, cue.preps) if cue.preps else None
    if po is None and cue.preps and tok.dep_ == "acomp":
        late = prep_object(verb, cue.preps)  # "was grateful to Y | for X": the parser hangs "for X" on the copula
        po = late if late is not None and late[0].i > tok.i else None
    agent = child(tok, "agent") if po is None and "by" in cue.preps else None
    if agent is not None and child(agent, "pobj") is not None:
        po = (agent, child(agent, "pobj"))  # type: ignore[assignment]  # ("was appalled by X": parsed as an agent)
    if po is None and cue.needs_prep:
        return []  # ("glad you came": a feeling about an event; "glad about X" is a position)
    comp = child(tok, "xcomp", "ccomp")
    if comp is None and po is None and tok.dep_ == "acomp":
        clause = child(verb, "ccomp")  # "was grateful | that Y had done X": the clause hung on the copula
        comp = clause if clause is not None and clause.i > tok.i \
            and child(clause, "mark", lemma=("that",)) is not None else None
    if comp is not None and _commits_to(tok, comp, lex):
        return []  # "is determined to block X": the inner cue is the position
    if po is not None and not object_allowed(cue, po[1], lex):
        return []  # ("suspicious of the man": a person suspected, no position on a proposal)
    if po is not None:
        lo, hi = compact_span(po[1])
        obj = po[1]
    elif comp is not None:
        if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in comp.children):
            return []  # "is ready to recast herself as X": one's own conduct, no proposition
        if cue.kind == "commit" and _conditional_threat(verb, comp):
            return []  # "stood ready to impose sanctions if Y continued": a threat, no position
        lo, hi = compact_span(comp, keep_first=False)
        obj = comp
    else:
        return []
    holders = subjects(verb)
    felt = child(tok, "nsubjpass")
    if felt is not None:  # "X was appalled by Y": X feels it (Y, parsed as the agent, causes it)
        holders = expand_conj(felt) if felt.lower_ not in ("which", "who", "that", "whom") else []
    if not holders:
        return []
    partners = [obj] if cue.kind == "evaluative" else []
    doer = child(comp, "nsubj") if comp is not None and po is None and comp.dep_ == "ccomp" else None
    if doer is not None and doer.pos_ == "PROPN" and cue.kind == "evaluative":
        partners = [doer]  # "grateful that Japan had sent aid": Japan's act judged
    thanked = prep_object(tok, ("to",)) if tok.lemma_.lower() in _THANKFUL and po is not None else None
    if thanked is not None and thanked[1].pos_ in ("PROPN", "NOUN") and thanked[1].i != obj.i:
        partners.append(thanked[1])  # "grateful to Y for X": Y is thanked, as in "thanked Y for X"
    return [RawStance(here(tok), holders, [tok], (lo, hi), pol, cue.kind, strength_of(tok, cue, lex), partners,
                      gerund=comp is not None and po is None)]


#: adjectives of thanks whose "to Y" names the one thanked ("grateful to Y for X")
_THANKFUL = frozenset({"grateful", "thankful", "indebted"})


# tokens that may stand between the words of a phrase cue ("threw its full weight behind",
# "took a firm stand against", "stood firmly behind")
_GAP_TAGS = frozenset({"RB", "RBR", "RBS", "PRP$", "JJ", "JJR", "JJS", "DT", "CD"})
_MAX_GAP = 3


def _match_phrase(sent: Span, i: int, words: tuple[str, ...], lemmas: list[str],
                  forms: list[str]) -> list[Token] | None:
    """The tokens of a phrase cue starting at sentence position ``i`` (lemma or word form per
    word), allowing adverbs, determiners, possessives and adjectives between its words.
    ``lemmas`` and ``forms``: the sentence's lower-cased lemmas and word forms."""
    at: list[int] = []
    j, gap, n = i, 0, len(lemmas)
    for k, w in enumerate(words):
        while j < n:
            if lemmas[j] == w or forms[j] == w:
                break
            if k == 0 or gap >= _MAX_GAP or sent[j].tag_ not in _GAP_TAGS:
                return None
            gap += 1
            j += 1
        if j >= n:
            return None
        at.append(j)
        j += 1
    return [sent[j] for j in at]


# people received somewhere (not propositions): "the envoy was welcomed in Berlin" is a reception
_VISITORS = frozenset("""envoy delegation delegate ambassador diplomat emissary visitor guest team leader official
    minister president king queen pope prince princess mission troop soldier player athlete crew delegate
    representative negotiator guest premier chancellor monarch""".split())


# what one joins by taking its side: agreements and coalitions ("joined the climate pact"; calls
# joined are the echo rule's, "joined calls for X"); not armies, teams, campaigns (staff), talks or races
_JOINABLE = frozenset("""pact accord agreement treaty convention initiative coalition protocol declaration
    consensus""".split())
_JOIN = Cue("join", 1, "evaluative", needs_object=True)


def _join_cue(verb: Token) -> Cue | None:
    obj = child(verb, "dobj")
    if verb.lemma_.lower() not in ("join", "rejoin") or obj is None or obj.lemma_.lower() not in _JOINABLE:
        return None
    return _JOIN


_NP_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "VBG", "VBN", "VBP", "VB"})
_FINAL_PREPS = frozenset({"on", "to", "for", "of", "with", "at", "against", "behind", "upon"})


def _given_phrase(sent: Span, i: int, words: tuple[str, ...], cue: Cue, lemmas: list[str], forms: list[str],
                  lex: Lexicon) -> list[RawStance]:
    """"give <thing> to X" said with two objects: "gave the merger the green light", "gave the
    proposal short shrift", "gave the fund its seal of approval": the subject ±1 on the first."""
    verb = sent[i]
    mid = words[1:-1]
    if verb.pos_ not in ("VERB", "AUX") or hypothetical(verb, lex) or all(w in _FINAL_PREPS | {"in", "up", "down"}
                                                                          for w in mid):
        return []  # ("gave in to X" has no second object)
    for j in range(i + 2, min(len(lemmas), i + 12)):
        found = _match_phrase(sent, j, mid, lemmas, forms)
        if found is None:
            continue
        start = j
        while start > i + 1 and sent[start - 1].tag_ in ("DT", "PRP$", "JJ", "RB", "CD"):
            start -= 1  # "the green light", "its full blessing"
        dative = sent[i + 1:start]
        if not len(dative) or found[0].pos_ == "ADP" or not (
                dative[-1].pos_ in ("NOUN", "PROPN") or dative[-1].tag_.startswith("VB")) or any(
                t.tag_ not in _NP_TAGS or (t.tag_ in ("DT", "PRP$") and k > 0) for k, t in enumerate(dative)):
            return []  # the first object is one plain noun phrase ("the merger", "Kenya's plan")
        holders = subjects(verb)
        if not holders:
            return []
        pol = cue.polarity * (-1 if is_negated(verb) else 1)
        head = dative[-1]
        return [RawStance(sent, holders, [verb, *found], (dative.start, dative.end), pol, cue.kind,
                          strength_of(verb, cue, lex), [head] if cue.kind == "evaluative" else [], source="phrase")]
    return []


def _phrase_object(verb: Token, last: Token) -> Token | None:
    """What a phrase cue is about: the object of its last preposition (or verb: "would like to
    see X"), else the verb's object or -ing clause ("ruled out sending troops"), else the passive
    subject ("was voted down by X")."""
    obj = child(last, "pobj", "pcomp") or child(verb, "dobj") or (
        child(last, "dobj", "ccomp") if last.pos_ == "VERB" and last.i != verb.i else None)  # ("see X lifted")
    if obj is not None:
        return obj
    ing = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl", "pcomp", "ccomp") and c.tag_ == "VBG"
                and c.i > last.i), None)
    if ing is not None:
        return ing
    if child(verb, "agent") is not None or passive_seat(verb) is not None:
        return child(verb, "nsubjpass")
    return None


#: particles of phrasal cues that may follow the verb's object ("turned the offer down")
_PARTICLES = frozenset({"down", "out", "off", "away", "aside", "up", "back", "forward"})


def _separated_particle(sent: Span, words: tuple[str, ...], lemmas: list[str],
                        forms: list[str]) -> list[tuple[Token, Token]]:
    """A two-word phrasal cue with its object between verb and particle ("turned the offer
    down", "ruled a snap election out", "brushed the report aside"): (verb, particle) pairs.
    ``lemmas`` and ``forms``: the sentence's lower-cased lemmas and word forms."""
    if len(words) != 2 or words[1] not in _PARTICLES:
        return []
    out = []
    for k, (lemma, form) in enumerate(zip(lemmas, forms)):
        if lemma != words[0] and form != words[0]:
            continue
        tok = sent[k]
        obj = child(tok, "dobj")
        around = [*tok.children, *(obj.children if obj is not None else [])]  # ("waved the offer | away": on the object)
        prt = next((c for c in around if c.dep_ in ("prt", "advmod", "advcl", "acomp") and c.lower_ == words[1]
                    and obj is not None and c.i > obj.i), None)
        if prt is not None:
            out.append((tok, prt))
    return out


def _phrase_stances(sent: Span, lex: Lexicon) -> list[RawStance]:
    out: list[RawStance] = []
    words_of = doc_words(sent.doc)
    lemmas = words_of.lemmas[sent.start:sent.end]
    forms = words_of.forms[sent.start:sent.end]
    # only the cues whose first word is in the sentence (in the lexicon's order: the same stances)
    phrases = phrases_starting(lex.phrases, set(lemmas).union(forms))
    for words, cue in phrases:
        for verb, prt in _separated_particle(sent, words, lemmas, forms):
            obj = child(verb, "dobj")
            holders = subjects(verb)
            if obj is None or not holders or hypothetical(verb, lex) or not object_allowed(cue, obj, lex) \
                    or _controlled_phrase(verb, lex):
                continue
            if words == ("rule", "out") and is_negated(verb):
                continue
            pol = cue.polarity * (-1 if is_negated(verb) else 1)
            lo, hi = compact_span(obj)
            if lo < prt.i < hi:
                hi = prt.i  # ("the offer | away")
            if obj.lower_ in _REFLEXIVE:
                aim = next((c for c in [*verb.children, *prt.children] if c.dep_ in ("xcomp", "advcl") and c.i > prt.i
                            and child(c, "aux", lemma=("to",)) is not None), None)
                if aim is None:
                    continue  # ("put itself forward": for what is not said)
                lo, hi = compact_span(aim, keep_first=False)  # "put itself forward to host X": hosting X
            out.append(RawStance(sent, holders, [verb, prt], (lo, hi), pol, cue.kind, strength_of(verb, cue, lex),
                                 [obj] if cue.kind == "evaluative" else [], gerund=obj.lower_ in _REFLEXIVE,
                                 source="phrase"))
    firsts = {w[0] for w, _ in phrases}
    starts = [i for i, lem in enumerate(lemmas) if lem in firsts or forms[i] in firsts]
    for words, cue in phrases if starts else ():
        for i in starts:
            if lemmas[i] != words[0] and forms[i] != words[0]:
                continue
            found = _match_phrase(sent, i, words, lemmas, forms)
            if found is None and len(words) >= 3 and words[0] == "give" and words[-1] == "to":
                out.extend(_given_phrase(sent, i, words, cue, lemmas, forms, lex))  # "gave X the green light"
                continue
            if found is None and len(words) >= 3 and words[-1] in _FINAL_PREPS:
                # "was signed off by X": the passive of "sign off on" has no final preposition
                found = _match_phrase(sent, i, words[:-1], lemmas, forms)
                if found is not None and (child(found[0], "auxpass") is None or child(found[0], "agent") is None):
                    found = None
            if found is None:
                continue
            toks = found
            last = toks[-1]
            if words == ("out", "of", "the", "question"):
                verb = toks[0].head
                subj = child(verb, "nsubj", "csubj")
                if subj is None:
                    continue
                lo, hi = compact_span(subj)
                rep = reporting_subject(verb)
                out.append(RawStance(sent, [rep] if rep is not None else [], toks, (lo, hi), cue.polarity,
                                     cue.kind, 1.0, holder_is_speaker=rep is None, source="phrase"))
                continue
            if words[0] in ("in",):  # "in favour of Y"
                # (the parser may hang "of" on the copula: its object is then a gerund, "of extending Y")
                obj = child(toks[-1], "pobj", "pcomp") or next((c for c in toks[1].children if c.dep_ == "prep"), None)
                if obj is not None and obj.dep_ == "prep":
                    obj = child(obj, "pobj", "pcomp")
                verb = toks[0].head
                owned_obj = child(verb, "dobj")  # "cast its vote in favour of Y": any verb with an owned object
                if verb.pos_ != "ADJ" and verb.lemma_.lower() not in _FAVOUR_VERBS and not (
                        owned_obj is not None and owned(owned_obj) and verb.lemma_.lower() not in lex.label_verbs
                        and verb.lemma_.lower() not in lex.verbs):  # ("called its vote in favour of X a mistake")
                    continue  # "called his ballot for X an error": a modifier, not a predicate
            else:  # verb + particle/prep: "rule out Y", "warn against Y", "threw its weight behind Y"
                verb = toks[0]
                obj = _phrase_object(verb, last)
            if obj is None or verb.lemma_.lower() in lex.verbs and words[0] == "warn":
                continue
            if words[:2] == ("add", "voice") and obj.lemma_.lower() in lex.nouns \
                    and lex.nouns[obj.lemma_.lower()].polarity < 0:
                continue  # "added its voice to the criticism of X": the noun's sign (noun rules), as "echoed"
            holders = _clause_holders(verb)
            seat = passive_seat(verb) if not holders and obj.dep_ == "nsubjpass" else None
            if seat is not None and obj.lemma_.lower() not in _VISITORS and abstract_object(obj, lex):
                holders = [seat]  # "the talks are frowned upon in Riyadh"
            if not holders or hypothetical(verb, lex) or (cue.intent_only and not _intended(verb, lex)
                                                          and not left_pact(verb, obj)):
                continue  # ("pulled out of the accord": leaving an agreement is done, exits.py)
            if verb.pos_ in ("VERB", "AUX") and (_controlled_phrase(verb, lex) or _in_charge(verb, lex)):
                continue  # "refused to sign up to X": the outer predicate carries the stance (and "praised
                # / criticised Y for standing up to X" judges Y's act)
            if words == ("rule", "out") and is_negated(verb):
                continue  # "did not rule out X": a possibility kept open, not a position
            if not object_allowed(cue, obj, lex) or _spatial(words, obj) or (
                    words[-1] == "against" and obj.lemma_.lower() in NATURE):
                continue  # "threw out the old chairs", "stood behind the podium"
            own_no = any(t.lower_ in ("no", "not", "never") for t in toks)  # "voted no on X": the phrase's own "no"
            pol = cue.polarity * (-1 if is_negated(verb) and not own_no else 1)
            span, skip = party_act_span(verb, obj, compact_span(obj)) if cue.kind == "evaluative" \
                else (compact_span(obj), frozenset[int]())  # ("lashed out at Y over its decision to X")
            out.append(RawStance(sent, holders, toks, span, pol, cue.kind, strength_of(verb, cue, lex),
                                 [obj] if cue.kind == "evaluative" else [], source="phrase", skip=skip))
    return out


#: things and places one stands or lines up behind, by or with in the literal sense
_SPATIAL_NOUNS = frozenset("""line podium lectern desk counter door gate wall fence barrier cordon curtain table
    stage rope window car truck van bus vehicle building house tree goal net camera microphone screen glass
    bar wheel tape barricade sandbag bunker shield bench chair seat pulpit dais rostrum railing rail""".split())
_SPATIAL_PREPS = frozenset({"behind", "by", "with", "beside", "near", "around", "round"})
#: first words of the phrases of support by place
_PLACED = frozenset({"stand", "stay", "sit", "line", "rally", "get", "fall", "wait", "gather", "remain", "be",
                     "stick", "close", "fly"})


def _spatial(words: tuple[str, ...], obj: Token) -> bool:
    """A phrase of support by place ("stand behind", "stand by", "rally around") whose object is a
    thing or place one stands at ("stood behind the goal line", "stood by the door"): no position."""
    return words[0] in _PLACED and words[-1] in _SPATIAL_PREPS and (
        obj.lemma_.lower() in _SPATIAL_NOUNS or obj.lower_ in _SPATIAL_NOUNS) and not planned_route(obj)


#: particles and prepositions of motion: "backed the car out of the garage", "pushed the cart into
#: the yard" move a thing, they take no position on it
_DIRECTIONS = frozenset({"out", "into", "onto", "off", "away", "up", "down", "towards", "toward", "through",
                         "across", "along", "around", "round", "over", "in", "back"})


_WEAK_DIRECTIONS = frozenset({"up", "in", "back", "over"})
#: cue verbs with a sense of moving or admitting a thing ("backed the car", "welcomed them into the house")
_MOTION_SENSES = frozenset({"back", "push", "press", "pull", "drive", "throw", "turn", "knock", "brush", "wave",
                            "shoot", "kick", "welcome", "accept", "receive", "embrace"})


def _moved(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """Is the verb's object a thing moved in some direction ("backed the car out of the garage",
    "backed up the truck")? A name stays a position ("backed Lopez up"), and so does an idea with
    the particles of idioms ("backed up the claims")."""
    if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ or verb.lemma_.lower() not in _MOTION_SENSES:
        return False
    if route_course(verb, obj):
        return False  # ("backs the highway through the Andes": where the route runs)
    dirs = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in _DIRECTIONS}
    if dirs - _WEAK_DIRECTIONS:
        return True  # "backed the van out of the garage", "pushed the cart into the yard"
    # "up", "in", "back", "over" also make idioms of position ("backed up the claims"): a thing only
    return bool(dirs) and (obj.lemma_.lower() in lex.physical_nouns or obj.lower_ in lex.physical_nouns)


def _controlled_phrase(verb: Token, lex: Lexicon) -> bool:
    """A phrase cue in an infinitive under refusal or failure ("refused / declined / failed to sign
    up to X"): the outer predicate carries the stance ("vowed to throw its weight behind X" and
    "urged voters to vote for X" keep the inner one)."""
    if not _embedded_infinitive(verb, lex):
        return False
    outer = lex.verbs.get(verb.head.lemma_.lower())
    return verb.head.lemma_.lower() in _NO_STANCE_CONTROL or (outer is not None and outer.kind == "refuse")


def _modal_stances(sent: Span, lex: Lexicon) -> list[RawStance]:
    """"X said Z must/should/needs to Y": X +1 on "Z doing Y" (a demand of the reporter)."""
    out: list[RawStance] = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        modal = child(tok, "aux", lemma=("must", "should"))
        need = tok.lemma_ in ("need", "ought") and child(tok, "xcomp") is not None  # ("ought to be withdrawn")
        have = modal is None and not need and _have_to(tok)
        if modal is None and not need and not have:
            continue
        action = child(tok, "xcomp") if need or have else tok
        if action is None or (tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "agree"):
            continue  # ("agreed that X should Y": the agreement carries it)
        subj = child(tok, "nsubj", "nsubjpass") or _left_noun(modal or tok)
        if subj is None and tok.dep_ == "conj" and tok.head.i < tok.i:
            subj = child(tok.head, "nsubj", "nsubjpass")  # "Y is unjustified and must be withdrawn": Y
        holder: Token | None = None
        if tok.dep_ in ("ccomp", "conj") or tok.dep_ == "advcl":
            holder = reporting_subject(tok)
            if holder is None and tok.head.lemma_.lower() in ("reaffirm", "insist", "stress", "declare"):
                hs = subjects(tok.head)
                holder = hs[0] if hs else None
        elif tok.dep_ == "acl" and tok.head.lemma_.lower() in _SPEECH_NOUN_OF_DEMAND | {"demand", "call"}:
            hs = subjects(tok.head.head)
            holder = hs[0] if hs else None
        elif tok.dep_ == "acl":
            holder = reporting_subject(tok)  # ("X holds / shares the view that Z must Y")
        according = None
        if holder is None:
            holder = _according_to(tok)
            according = holder
        lo, hi = compact_span(action, cut=frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "punct", "mark",
                                                     "advcl", "relcl", "cc", "conj", "neg"}))
        if according is not None and according.i < tok.i:
            lo = max(lo, according.right_edge.i + 1)  # drop "According to X," from the target
            while lo < hi and (sent.doc[lo].is_punct or sent.doc[lo].dep_ in ("nsubj", "nsubjpass", "aux")):
                lo += 1
        pol = -1 if is_negated(tok) else 1
        if subj is not None and subj.lower_ in ("which", "that", "who"):
            # "an audit, which he thinks must happen soon": the antecedent
            rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            subj = rel.head if rel is not None else None
        prefix = sent.doc[slice(*compact_span(subj))].text if subj is not None else ""
        undone = undone_subject(action, subj, lex)
        if undone is not None and action.lemma_.lower() != "go":
            # "Y must be scrapped": +1 on scrapping Y; "Y must not be lifted": -1 on lifting Y, as "X will not
            # lift Y". The polarity follows the cue and the demand is not re-normalised (stance gold README
            # sections 2 and 5: "X must / should / needs to Y" is a +1 cue on the act; reword13, step 0)
            (lo, hi), prefix = undone, gerund(action.lemma_.lower())
            undone = None
            if sent.doc[lo].tag_ == "DT" and sent.doc[lo].is_title:
                # ("The ban must not be scrapped": "scrapping the ban", the capital of the sentence start lowered)
                prefix, lo = f"{prefix} {sent.doc[lo].lower_}", lo + 1
        elif undone is not None:  # "the ban must go": -1 on the ban
            (lo, hi), prefix, pol = undone, "", -pol
        if holder is None and have:
            continue  # ("have to" unreported: as often a narrated necessity)
        if holder is None:
            out.append(RawStance(sent, [], [modal or tok], (lo, hi), pol, "demand", 0.9, [],
                                 target_prefix=prefix, gerund=undone is None, holder_is_speaker=True, source="modal"))
        else:
            out.append(RawStance(sent, [holder, *[c for c in holder.children if c.dep_ == "conj"]],
                                 [modal or tok], (lo, hi), pol, "demand", 0.9, [], target_prefix=prefix,
                                 gerund=undone is None, source="modal"))
    return out


#: what one asks for without taking a position ("asked for more time", "asked for comment")
_ASKED_OF_PROCEDURE = frozenset({"time", "comment", "comments", "clarification", "explanation", "information",
                                 "detail", "details", "extension", "adjournment", "recess", "break", "patience",
                                 "advice", "permission", "leave", "anonymity"})


_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _have_to(tok: Token) -> bool:
    """"X said Z has to / had to Y": "have to" as "must" in a report, of a named party ("Kurdish
    fighters had to leave"). Not a pronoun's ("you have to", "we have to wait": generic or a speaker's
    own necessity), not negated ("does not have to": no obligation), not under "will / would", not in a
    quotation, not a narrated event ("had to wait for hours", "turned back after the storm"), not flight
    ("families had to flee", "have to cross the river to escape the fighting": a hardship, no demand).
    A past "had to" is as often a narrated necessity as a backshifted "must": it counts only for a
    party that can be told to act (a state, a government or institution, an armed or police force),
    not for the people an event befalls ("civilians / families / refugees had to ...")."""
    if tok.lemma_ != "have" or tok.pos_ != "VERB" or tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return False
    xcomp = child(tok, "xcomp")
    if xcomp is None or xcomp.pos_ != "VERB" or xcomp.lemma_ == "do" or tok.dep_ not in ("ccomp", "conj") \
            or is_negated(tok) or child(tok, "aux") is not None:
        return False
    if tok.dep_ == "conj" and tok.head.dep_ != "ccomp":
        return False
    subj = child(tok, "nsubj")
    if subj is None or subj.lower_ in PRONOUNS or not any(t.ent_type_ in _ACTOR_ENTS for t in subj.subtree):
        return False
    if tok.tag_ == "VBD" and (not _obliged_party(subj) or _displaced(xcomp)):
        return False  # ("said Palestinian families had to leave", "had to leave their villages": what befell them)
    sent = tok.sent
    if sum(quote_mark(t) or t.text in ("\u201c", "\u201d", "\"", "''", "``") for t in sent) >= 2:
        return False  # (a quotation: "the candidate has to come together ..." is advice)
    clause = [t for t in tok.subtree if t.i > tok.i]
    return not any(t.ent_type_ in ("DATE", "TIME") or (t.dep_ in ("prep", "mark") and t.lower_ in _EVENT_PREPS)
                   or (t.pos_ == "VERB" and t.lemma_.lower() in _FLIGHT_VERBS)
                   or (t.dep_ == "dobj" and t.head.lemma_ == "seek" and t.lower_ in ("refuge", "shelter", "safety"))
                   for t in clause)


_EVENT_PREPS = frozenset({"for", "after", "since", "during", "because", "when", "as", "until", "before", "amid"})
#: acts of flight and refuge: a hardship narrated, never what a party is told to do
_FLIGHT_VERBS = frozenset({"flee", "escape", "evacuate", "hide", "shelter", "retreat", "scatter", "survive",
                           "endure"})
#: nouns of parties that can be told to act: governments, institutions, armed and police forces
_OBLIGED_NOUNS = frozenset("""government governments authority authorities administration regime ministry
    parliament congress legislature cabinet leadership council commission agency police army military navy
    troops forces force soldiers fighters militia militias militants rebels insurgents guerrillas guards
    coalition junta party parties side sides state states company companies bank banks""".split())


#: homes one is driven from ("had to leave their villages": a displacement narrated)
_HOMES = frozenset({"home", "house", "village", "town", "land", "farm", "camp", "neighbourhood", "neighborhood"})


def _displaced(act: Token) -> bool:
    """Is an act leaving one's own homes ("had to leave / abandon their homes, villages, farms")?"""
    return act.lemma_ in ("leave", "abandon", "quit") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _HOMES and any(p.dep_ == "poss" for p in c.children)
        for c in act.children)


def _obliged_party(subj: Token) -> bool:
    """Is a "had to" subject a party that can be told to act: a named state, body or group ("Britain",
    "Hamas"), or a noun of a government, institution or armed force ("Serbian police", "Kurdish
    fighters"), unlike "Palestinian families", "Sudanese civilians"? A possessive pronoun makes it the
    reporter's own forces ("said its troops had to retreat"): a narrated necessity."""
    if any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in subj.children):
        return False
    if subj.pos_ == "PROPN":
        return subj.ent_type_ in ("GPE", "ORG") or subj.lemma_.lower() in _OBLIGED_NOUNS  # (not "the Rohingya")
    return subj.lemma_.lower() in _OBLIGED_NOUNS or subj.lower_ in _OBLIGED_NOUNS


def _according_to(verb: Token) -> Token | None:
    """"According to X, Y must Z": X (the source that holds the demand)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            to = child(c, "prep", lemma=("to",))
            pobj = child(to, "pobj") if to is not None else None
            if pobj is not None:
                return pobj
    return None


def _left_noun(tok: Token) -> Token | None:
    """The noun phrase just before ``tok`` when the parser lost the subject of a clause."""
    if tok.i == 0 or tok.is_sent_start:
        return None
    t = tok.doc[tok.i - 1]
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    while t.head.i != t.i and t.head.i < tok.i and t.head.pos_ in ("NOUN", "PROPN", "ADP") and t.dep_ != "conj":
        t = t.head
    return t if t.pos_ in ("NOUN", "PROPN") else None


def is_pronoun(tok: Token) -> bool:
    return tok.lower_ in PRONOUNS or tok.pos_ == "PRON"
