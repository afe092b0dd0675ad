"""Event coding (stage 3): what happened between actors, in CAMEO with PLOVER and Goldstein.

For each sentence, triggers (verbs, light verb + event noun, predicate adjectives) are matched
against the lexicon (``data/cameo/verbs.yaml``); framing verbs (appeal, offer, demand, reject,
threaten, accuse ...) take their code from the topic of their complement
(``data/cameo/topics.yaml``) and absorb the events inside it ("threatened to impose sanctions"
is one event, 1312). The source is the trigger's subject (inherited through control verbs),
the target its object or prepositional object, both mapped to actors through the actor
stage's mentions. Events in the content of a statement, or under a speech verb, are flagged
``reported``; negation and modal/conditional mood set ``negated`` / ``hypothetical``.

Plain statements ("X said ...") are CAMEO 010 only when ``emit_statements`` is on and nothing
more specific is coded inside them: they are off by default, because event data users
filter them out and they add extra events wherever a more specific code is missed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...actors.tables import load_tables
from ...ontology import PLOVER_SCHEMES, get_code, plover_type
from ...ontology.cameo import FORCE_ROOTS
from ...records import Actor, Event, TextSpan
from ..common.extensions import actor_at, entity_of, register_extensions
from ..common.guard import isolated, set_heads
from ..common.parse_repair import (
    MOVE_NOUNS,
    repair_participle_subject,
    repair_speaking_participle,
    repair_trailing_summary,
)
from ..common.text import doc_text, forget_words
from ..stances.rules import blamed_gerund
from . import participants
from .aims import drop_gift_aims
from .args import (
    BEHEST_NOUNS,
    CAUSING_VERBS,
    DENIAL_VERBS,
    HOLDER_NOUNS,
    TRANSFER_VERBS,
    actor_of_np,
    actor_tables,
    actors_of,
    circumstance_tokens,
    clause_targets,
    companions,
    conjuncts,
    grants_power,
    has_future,
    holders,
    irrealis_noun,
    is_behest,
    is_denied,
    is_hypothetical,
    is_negated,
    is_proviso,
    only_permitted,
    passive_subject,
    place_of,
    place_targets,
    recipients,
    relative_antecedent,
    subject_of,
    target_tokens,
)
from .comm import (
    conditional_threat,
    extra_relations,
    host_code,
    mood_owner,
    noun_mood,
    speaker_for_government,
    trailing_warning,
    undone,
)
from .conventions import AGAINST_CODE, addressees, hostile_appeal, phone_call_code, sense_code
from .dates import event_date
from .evlex2 import armed_custody_code, noun_harm_named
from .evpairs12 import (
    alert_border_partners,
    by_doer,
    light_verb_patients,
    misparsed_protest_gerund,
    misparsed_protesters,
    protest_patients,
    stoppage_against,
)
from .evpairs13 import (
    alongside_partners,
    directed_border_partners,
    mobilize_adversaries,
    pressed_parties,
)
from .fronts import border_partners
from .investigations import investigated_matter
from .lexicon import Lexicon, Pattern, default_lexicon, lexicon_with
from .match import (
    OWN_RESPONSE,
    Trigger,
    by_agent,
    carrier_verb,
    day_of_visit,
    died_of,
    doc_words,
    fight_sides,
    lemma,
    match_modal_frame,
    match_token,
    noun_pattern,
    participle_noun,
    participle_object,
    phrase_keys,
    under_attacker,
    warned_clause,
)
from .material import (
    aimed_attack_noun,
    mutual_force,
    named_place,
    named_site,
    of_object,
    place_clause_tokens,
    place_kind,
    shared_object,
    weapon_objects,
)
from .own_side import APPEAL_ROOTS, named_as_state, self_aimed, undoing_gerund
from .protests import crowd_code, protest_setting, repression
from .relations import find_relations, relation_targets
from .tables import condition_by_index, mark_words, may_name_event_noun
from .tree import forget_tree, tree_of
from .typefeatures import HARM_WORDS, is_act_noun, type_features, verb_classes
from .typemodel import TYPE_CODES, default_model, lexicon_type
from .verbkeys import adjective_noun_candidates, may_trigger_verb
from .wordclasses import RELATIONAL_NOUNS

__all__ = [
    "EventOptions",
    "extract_events",
    "sentence_events",
    "is_background",
    "EventCoder",
    "FUTURE_INTENT",
    "FUTURE_THREAT",
    "NEGATED_INTENT",
]

#: Announced material acts become intents ("will visit" -> intent to meet, 036).
FUTURE_INTENT = {
    "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "046": "036",
    "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "087": "0356",
    "050": "032", "051": "032", "052": "032", "053": "032", "054": "032", "057": "030",
    "081": "0351", "0811": "0351", "0812": "0351", "0813": "0351", "0814": "0351", "082": "0352",
    "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "0861": "0355", "0862": "0355", "0863": "0355", "0871": "0356", "0872": "0356", "0873": "0356",
    "080": "035", "075": "0333",
}

#: roots of force (18-20) and of restrictions (17): acts whose undergoer an unnamed doer may act on
_FORCE_OR_RESTRICT = FORCE_ROOTS | {"17"}


_STATEMENT = Pattern("say", code="010", target="none")
_RELATION = Pattern("relation", code="010", where="structural relation")
RELATION_MODES = ("model", "lexicon", "off")

#: Announced hostile acts are threats ("will impose sanctions" -> threaten sanctions, 1312).
FUTURE_THREAT = {
    "160": "131", "161": "1313", "162": "1311", "1621": "1311", "1622": "1311", "1623": "1311",
    "163": "1312", "164": "134", "165": "135", "166": "136", "1661": "136", "1662": "136", "1663": "136",
    "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "175": "137",
    "190": "138", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384",
    "180": "1383", "183": "1383", "200": "1385", "204": "1385", "2041": "1385", "2042": "1385",
    # announced force posture: "will move a missile battery to the border" threatens force
    "150": "138", "152": "138", "154": "138",
}
#: Refused future cooperation is a rejection ("will not meet" -> reject talks, 125).
NEGATED_INTENT = {
    "040": "125", "041": "125", "042": "125", "043": "125", "044": "125", "046": "125", "045": "126",
    "057": "127", "050": "120", "051": "120", "060": "121", "061": "1211", "062": "1212", "063": "1213",
    "070": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224", "075": "1223",
    "080": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "084": "1243", "0841": "1243",
    "0842": "1243", "085": "1244", "086": "1245", "0861": "1245", "0862": "1245", "0863": "1245",
    "087": "1246", "0871": "1246",
}


@dataclass(frozen=True)
class EventOptions:
    """Options of the event coder.

    Attributes:
        emit_statements: code bare statements as CAMEO 010 when nothing more specific applies.
        include_negated: keep events whose trigger is negated (flagged ``negated``).
        plover_scheme: PLOVER vocabulary of ``Event.plover`` ("2021" or "0.5").
        relations: how relations between two actors that no lexicon pattern codes are typed:
            "model" (the linear type model, which may say "no event"), "lexicon" (only when the
            lexicon gives the verb or its object noun one PLOVER type) or "off".
        lexicon: the lexicon to use (the shipped one when None).
    """

    emit_statements: bool = False
    include_negated: bool = True
    plover_scheme: str = "2021"
    relations: str = "model"
    lexicon: Lexicon | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.plover_scheme not in PLOVER_SCHEMES:
            raise ValueError(f"plover_scheme must be one of {PLOVER_SCHEMES}, not {self.plover_scheme!r}")
        if self.relations not in RELATION_MODES:
            raise ValueError(f"relations must be one of {RELATION_MODES}, not {self.relations!r}")


@dataclass
class _Coded:
    trigger: Trigger
    code: str
    source: str | None
    target: str | None
    negated: bool
    hypothetical: bool
    reported: bool
    statement: str | None
    place: str | None


class _StatementIndex(list[tuple[int, int, str]]):
    """The statements' content spans (s, e, id) in statement order, with a sorted view so that the
    statement holding a character is found by bisection, not by a scan of every statement."""

    def __init__(self, items: list[tuple[int, int, str]]) -> None:
        super().__init__(items)
        self._by_start = sorted((s, e, k) for k, (s, e, _sid) in enumerate(items))
        self._starts = [s for s, _, _ in self._by_start]
        self._longest = max((e - s for s, e, _ in items), default=0)

    def find(self, pos: int) -> str | None:
        """The first statement (in statement order) whose content span holds ``pos``."""
        best: int | None = None
        k = bisect_right(self._starts, pos) - 1
        while k >= 0 and self._by_start[k][0] > pos - self._longest - 1:
            s, e, order = self._by_start[k]
            if s <= pos < e and (best is None or order < best):
                best = order
            k -= 1
        return None if best is None else self[best][2]


def _statement_index(doc: Doc) -> list[tuple[int, int, str]]:
    out = []
    for st in doc._.sm_statements or ():
        for s, e in getattr(st.content, "spans", ()) or ():
            out.append((s, e, st.id))
    return _StatementIndex(out)


def _in_statement(tok: Token, index: list[tuple[int, int, str]]) -> str | None:
    if isinstance(index, _StatementIndex):
        return index.find(tok.idx)
    for s, e, sid in index:
        if s <= tok.idx < e:
            return sid
    return None


def _noun_subject_before(pron: Token) -> bool:
    """Whether a noun subject comes before the pronoun in its sentence: a source named after the
    pronoun ("..., police said") is then not its antecedent ("Gunmen shot ... when they stormed
    the station, police said"), as it is with nothing before ("It will cut aid, the ministry
    said")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.i < pron.i
               for t in pron.sent)


def _agreeing_speaker(pron: Token, lexicon: Lexicon) -> Token | None:
    """The noun subject of the speech verb right above a pronoun subject's clause, said before the
    pronoun, when the two agree ("police said they had arrested X", "the ministry said it had
    expelled Y", "the general said he had ordered ..."): the pronoun stands for the speaker, not
    for a party named earlier in the sentence ("deported X, and police said they had arrested Y")."""
    low = pron.lower_
    if pron.dep_ not in ("nsubj", "nsubjpass") or low not in ("he", "she", "it", "they"):
        return None
    verb = pron.head
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.i >= pron.i or speech.lemma_.lower() not in lexicon.statement_verbs:
        return None
    subjects = [c for c in speech.children if c.dep_ == "nsubj" and c.i < speech.i]  # (the nearest: a dateline
    speaker = subjects[-1] if subjects and subjects[-1].pos_ in ("NOUN", "PROPN") else None  # parsed as one too)
    if speaker is None or any(c.dep_ == "conj" for c in speaker.children):
        return None
    if any(_agrees(t, low) and _forceful(t.head, lexicon) for t in pron.sent if t.dep_ == "nsubj"
           and t.i < speaker.i and t.pos_ in ("NOUN", "PROPN") and t.head.i < speech.i and t.head is not speech):
        return None  # "gunmen stormed X, and police said they had killed Y": the attackers may be meant
    plural = speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ in ("police", "authorities")
    person = speaker.ent_type_ == "PERSON"
    if low == "they":
        return speaker if plural else None
    if low == "it":
        return speaker if not plural and not person and speaker.ent_type_ in ("", "ORG", "GPE", "NORP") else None
    return speaker if person or speaker.lower_ in lexicon_person_roles() else None


def _forceful(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is an act of force ("stormed", "attacked"), whose doer a later pronoun can mean."""
    trig = match_token(verb, lexicon)
    return trig is not None and trig.code[:2] in FORCE_ROOTS


def _agrees(noun: Token, pronoun: str) -> bool:
    """Whether a noun subject agrees in number (and person) with a pronoun that could stand for it."""
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("police", "authorities")
    if pronoun == "they":
        return plural
    if pronoun == "it":
        return not plural and noun.ent_type_ != "PERSON"
    return noun.ent_type_ == "PERSON" or noun.lower_ in _PERSON_ROLES


def lexicon_person_roles() -> frozenset[str]:
    """Role nouns of one person that can say what "he" or "she" did."""
    return _PERSON_ROLES


_PERSON_ROLES = frozenset({"president", "minister", "spokesman", "spokeswoman", "spokesperson", "general",
                           "commander", "prosecutor", "judge", "leader", "mayor", "governor", "ambassador",
                           "envoy", "chief", "official", "officer", "secretary", "premier", "chancellor"})


def _under_speech(tok: Token, lexicon: Lexicon) -> Token | None:
    """The speech verb whose reported clause contains ``tok``, if any."""
    doc = tok.doc
    tree = tree_of(doc)  # (word indexes up the tree: a Token only for the verb returned)
    words = doc_words(doc)
    dep, lem = words.dep, words.spacy_lemma
    t = tok.i
    for _ in range(8):
        head = tree.heads[t]
        if head == t:
            return None
        if dep[t] in ("ccomp", "parataxis", "xcomp", "advcl") and lem[head] in lexicon.statement_verbs:
            return doc[head]
        if dep[t] == "ccomp" and lem[head] in _ASSURING and any(
                dep[c] == "mark" and words.lower[c] == "that" for c in tree.children[t]):
            return doc[head]  # "assured X that it would ease ...": a reported future, as after "said"
        t = head
    return None


#: Verbs of assuring whose that-clause reports what the speaker says will happen.
_ASSURING = frozenset({"assure", "reassure", "promise", "pledge", "vow", "guarantee"})


#: Prepositions that put an event in the background ("after the attack", "despite talks").
_BACKGROUND_PREPS = {"after", "before", "following", "despite", "amid", "since", "during", "in", "over", "of",
                     "with", "by", "from", "for", "about", "against", "on", "to", "at"}


def _is_purpose(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(m.dep_ == "aux" and m.lower_ == "to" for m in tok.children)


def is_background(tok: Token, trigger_head: Token | None = None) -> bool:
    """Whether a trigger sits in a modifier of the main predication: a relative or participial
    clause, a non-purpose adverbial clause, or a noun phrase under a preposition."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return False
        if t.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in t.children):
            t = t.head  # "... in the palace, where both presidents signed ...": a new event
            continue
        if t.dep_ in ("relcl", "acl"):
            return True
        if t.dep_ == "advcl" and not _is_purpose(t):
            return True
        if t.dep_ in ("pobj", "pcomp") and t.head.lemma_.lower() in _BACKGROUND_PREPS and t.pos_ != "VERB":
            return True
        if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.pos_ in ("NOUN", "PROPN"):
            return True  # an event noun as an argument ("the attack killed ...")
        if t.dep_ in ("nsubj", "dobj", "pobj") and t.tag_ == "VBG":
            return True  # a gerund as an argument ("vetoed a resolution censuring ...")
        t = t.head
    return False


def _triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """Triggers of a sentence: events inside a framing complement or a purpose clause are
    absorbed, and events in modifier clauses are dropped when the main clause has one."""
    found: list[Trigger] = []
    statement_verbs = lexicon.statement_verbs
    doc = sent.doc
    words = doc_words(doc)
    lemmas, pos, tags, deps = words.lemma, words.pos, words.tag, words.dep
    for i in range(sent.start, sent.end):  # (the checks that open both matchers, made once per word)
        modal = lemmas[i] in statement_verbs
        if pos[i] in ("VERB", "AUX") or tags[i].startswith("VB"):  # (a verb no branch of match_token names
            matchable = may_trigger_verb(lemmas[i], words.spacy_lemma[i], words.lower[i], tags[i], lexicon)  # )
        elif pos[i] == "NOUN":  # (match_token's noun triggers are subjects or prepositional objects,
            matchable = deps[i] in ("nsubj", "nsubjpass", "pobj") \
                and may_name_event_noun(lemmas[i], lexicon)  # with a pattern; its adjectives predicative ones)
        else:
            matchable = pos[i] == "ADJ" and deps[i] in ("acomp", "ROOT", "oprd") and lemmas[i] in lexicon.adjectives
        if not (modal or matchable):
            continue
        tok = doc[i]
        if deps[i] == "pcomp" and misparsed_protest_gerund(tok):
            continue  # "caved in to protesting nurses": the nurses, no act of the subject (evpairs12)
        trig = match_modal_frame(tok, lexicon) if modal else None
        if trig is None and matchable:
            trig = match_token(tok, lexicon)
        if trig is not None:
            found.append(trig)
    absorbed: set[int] = set()
    for t in found:
        absorbed |= t.absorbed - {t.token.i, t.head.i}
    for t in found:  # "plans to impose a curfew", "is ready to impose price caps": a threat
        if t.pattern.frame == "intent":
            inner = [u for u in found if u is not t and u.head.i in t.absorbed and u.code in FUTURE_THREAT
                     and not is_background(u.token) and not is_hypothetical(u.token)]
            if inner:
                t.code = FUTURE_THREAT[inner[0].code]
            elif (vowed := _vowed_force(t, found)) is not None:
                t.code = vowed  # "vowed to obliterate X's bases": a threat of force, no pledge
    kept = [t for t in found if t.head.i not in absorbed and t.token.i not in absorbed]
    main = [t for t in kept if not is_background(t.token)]
    if main:  # (an attack aimed at X that killed Y is both: material.aimed_attack_noun)
        aimed = [t for t in kept if t not in main and aimed_attack_noun(t.token)
                 and (t.code[:2] in FORCE_ROOTS or t.token.lemma_.lower() == "strike")  # (strikes that kill
                 and any(m.token.i == t.token.head.i and m.code[:2] in FORCE_ROOTS for m in main)]  # are military)
        clauses = [t for t in kept if t not in main and t not in aimed and (_clause_verb(t) or t.owned
                                                                            or _visit_under_way(t))]
        # (an owned event noun as the subject of a main event is coded beside it like a clause's own
        # event: "the release of X by Y was welcomed in Z": Y -> X, as well as the welcome)
        for t in clauses:
            t.clause = True
        kept = main + aimed + clauses
    # one trigger per token (a light verb and an adjective can share a carrier verb)
    seen: set[int] = set()
    out = []
    kept.sort(key=lambda t: (t.setting, t.clause))  # a meeting only named as the setting yields to the verb's own
    # event; a clause's event comes after the main ones (it is kept only where they do not join its parties)
    for t in kept:
        if t.token.i not in seen and t.head.i not in seen:
            seen |= {t.token.i, t.head.i}
            out.append(t)
    return out


#: The threat an intent to use force or repression on a party is (by the class of the act vowed).
#: Codes of property destroyed (no threat in every future: "will destroy its chemical weapons"; the object decides).
_DESTROYED = {"171", "1712"}
#: Verbs of the force class whose everyday senses in news copy are mostly not force (elections, sport, business:
#: "vowed to beat the ruling party", "to capture the market"), and verbs of the repression class that are force
#: when an armed or state party vows them on another party ("vowed to crush the militia").
_FIGURATIVE_FORCE = {"beat", "capture", "seize", "storm", "overrun", "infiltrate", "poison", "ram", "kick", "punch",
                     "whip", "knife", "gun", "hijack", "occupy", "take_over", "bomb"}
_CRUSHING = {"crush", "rout", "smash", "quell"}
#: Sectors of an armed party, and of a state's government, whose vow of force is a threat of force.
_ARMED_OR_STATE = {"MIL", "REB", "COP", "SPY", "UAF", "GOV"}


def _vowed_force(t: Trigger, found: list[Trigger]) -> str | None:
    """The threat code (138) of an intent ("vowed / pledged / promised to ...") by an armed party or a state
    whose complement is a verb of force that no lexicon pattern types, aimed at a party: "vowed to obliterate
    the rebels' bases", "promised to annihilate the militia", "vowed to wipe out X's army", as "said it would
    strike X" is a threat (PLOVER THREATEN) and not a pledge of cooperation. The verb's class
    (``data/cameo/verb_classes.tsv``) must be force only (or a verb of crushing), not one whose figurative senses
    are common ("beat", "capture"); the one who vows must be armed or a state or government ("the coach vowed to
    crush Brazil", "the challenger vowed to beat the ruling party" are no threats); the object must be a party or
    a party's site, not a thing ("pledged to destroy its chemical weapons" is no threat); the complement not
    denied."""
    if t.head.i != t.token.i:
        return None
    doc = t.token.doc
    parts = participants.current(doc)
    subj = subject_of(t.token)
    if subj is None or not _armed_or_state(subj, parts):
        return None
    for c in t.token.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB" or is_negated(c):
            continue
        if any(u is not t and (u.token.i == c.i or u.head.i == c.i) and u.code not in _DESTROYED for u in found):
            continue  # a trigger of its own types it (the loop above); property destroyed is read here
        prt = [k.lower_ for k in c.children if k.dep_ == "prt"]
        keys = [f"{c.lemma_.lower()}_{prt[0]}"] if prt else []
        key = next((k for k in keys + [c.lemma_.lower()] if k in verb_classes()), None)
        if key is None or key in _FIGURATIVE_FORCE:
            continue
        if verb_classes()[key] != ("ASSAULT",) and key not in _CRUSHING:
            continue
        for o in c.children:
            if o.dep_ == "dobj" and (_a_party(o, parts) or any(
                    k.dep_ == "poss" and k.pos_ != "PRON" and _a_party(k, parts) for k in o.children)):
                return "138"  # (a site named by its owner: "the army's bases"; not "its weapons")
    return None


def _armed_or_state(tok: Token, parts: participants.Participants | None) -> bool:
    """Whether a subject names an armed party, a state or a government (an actor's code or the participant
    noun's sector)."""
    doc = tok.doc
    aid = actor_at(doc, tok.idx, tok.idx + len(tok.text))
    actor = next((a for a in doc._.sm_actors or () if a.id == aid), None) if aid else None
    if actor is not None:
        code = actor.code or ""
        return actor.type == "state" or any(code.endswith(x) or code[3:6] == x for x in _ARMED_OR_STATE)
    kind = parts.kind_of(tok) if parts is not None else None
    return kind is not None and (kind[0] == "state" or kind[1] in _ARMED_OR_STATE)


def _a_party(tok: Token, parts: participants.Participants | None) -> bool:
    """Whether a noun names a party (an actor, a person, group, state or organisation) or a site of one."""
    if actor_at(tok.doc, tok.idx, tok.idx + len(tok.text)) is not None:
        return tok.pos_ != "PRON"
    kind = parts.kind_of(tok) if parts is not None else None
    return kind is not None and (kind[0] != "other" or kind[1] not in (None, "UAF"))


#: Acts of police and courts that, done at another party's request, are judicial cooperation with it
#: (arrest, detention, deportation, extradition, handing over).
_DONE_FOR_REQUESTER = {"173", "174", "063"}


def _requesters(doc: Doc, trig: Trigger) -> list[str]:
    """The parties named in the trigger's "at the request / behest of Y" phrase (:func:`behest_tokens`)."""
    out: list[str] = []
    for h in dict.fromkeys((trig.token, trig.head)):
        for c in h.children:
            if not is_behest(c):
                continue
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in BEHEST_NOUNS:
                    out += [a for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                            for x in p.children if x.dep_ == "pobj" for a in actors_of(doc, x) if a is not None]
    return list(dict.fromkeys(out))


def behest_tokens(trig: Trigger) -> set[int]:
    """Tokens of an "at the request / behest of Y", "on the orders of Y" phrase of the trigger: Y asked for
    the act (it is done for Y) and is none of its targets (``args.BEHEST_NOUNS``)."""
    out: set[int] = set()
    for h in dict.fromkeys((trig.token, trig.head)):
        for c in h.children:
            if is_behest(c):
                out |= {t.i for t in c.subtree}
    return out


def _visit_under_way(t: Trigger) -> bool:
    """Whether a trigger is a visit named after the main act that it frames ("X voiced support for Y during a
    visit to Z", "... on a trip to Z"): the visit is an event of its own beside the act (the traveller, the subject of
    the verb it hangs on, visits Z), coded like a clause's event (between named parties only)."""
    tok = t.token
    if not (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.lemma_.lower() in ("visit", "trip", "tour")
            and t.code[:2] == "04" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)):
        return False
    if tok.head.lower_ == "of" and day_of_visit(tok.head.head):
        return True  # "... on Tuesday, the first day of a state visit to Z": the date's apposition
    return tok.head.lower_ in ("during", "on") \
        and tok.head.head.i < tok.head.i  # (late in the sentence: a fronted "On a visit to X, ..." stays background)


#: Adverbs that deny a clause's act as a negation does.
_NEVER = {"never", "not", "n't"}


def _clause_verb(t: Trigger) -> bool:
    """Whether a background trigger is the verb of its own participle or relative clause ("X,
    accusing Y of ...", "journalists detained by X", "X, which expelled Y"): such a clause states
    a second event with its own parties (kept beside the main one, between named parties only)."""
    tok = t.token
    if tok.i == t.head.i and tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in CAUSING_VERBS \
            and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" and any(c.dep_ == "dobj" for c in tok.head.children):
        return not is_hypothetical(tok)  # "..., prompting X to accuse Y": X's reaction, an act of its own
    if tok.i != t.head.i or tok.pos_ != "VERB" or _is_purpose(tok):
        return False
    if is_hypothetical(tok) or _under_condition(tok):  # ("... unless X arranged a truce with rebels fighting Y")
        return False
    if tok.dep_ == "advcl":  # a participle beside the main clause, or a clause of time or cause that
        # states a past act of its own ("... after X expelled Y", "as X marched on Y", "while X fired on Y");
        # not a condition, nor what had yet to happen ("before", "until", "once")
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if marks:  # (not under a future or modal main verb, nor in the present simple: "said it would
            # respond firmly when X attacks" states a condition, not an attack)
            present = tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            return bool(marks & _STATED_MARKS) and not has_future(tok) and not present \
                and not has_future(tok.head) and not is_hypothetical(tok.head) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        return tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if tok.dep_ == "acl" and tok.tag_ != "VBG":  # a passive participle names its doer ("held by X"), else
        return any(c.dep_ == "agent" for c in tok.children)  # its noun would pass for the doer
    return tok.dep_ in ("acl", "relcl")


#: Marks of an adverbial clause that states an act of its own: time and cause ("after X expelled Y").
_STATED_MARKS = frozenset({"after", "as", "while", "when", "because", "since", "whereas", "although", "though"})
#: Marks of a clause that states a condition of another act, not an act: "unless / until X ...".
_CONDITIONS = ("if", "unless", "until")
#: words without which a sentence has no condition or citation clause (:func:`_under_condition`, :func:`_in_citation`)
_CONDITION_WORDS = frozenset({*_CONDITIONS, "according", "provided", "providing", "long"})


def _in_citation(tok: Token) -> bool:
    """Whether ``tok`` is inside an "according to ..." phrase: the source a report is credited to
    ("according to a report by a doctor sent to X by Y"), whose words are no event of the news."""
    heads = tree_of(tok.doc).heads  # (word indexes up the tree: no Token per step)
    words = doc_words(tok.doc)
    t = tok.i
    for _ in range(12):
        if words.lower[t] == "according" and words.dep[t] == "prep":
            return True
        head = heads[t]
        if head == t:
            return False
        t = head
    return False


def _under_condition(tok: Token, marks: tuple[str, ...] = ("if", "unless"), *, proviso: bool = True) -> bool:
    """Whether ``tok`` is inside an if / unless clause (a condition, not a stated act)."""
    fast = condition_by_index(tok, marks, proviso)  # (in the stage, on word indexes: tables.py)
    if fast is not None:
        return fast
    t = tok
    table = mark_words(tok.doc)  # (inside the stage, each word's "mark" children read from one table)
    for _ in range(8):
        if any(m in marks for m in table.get(t.i, ())) if table is not None \
                else any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        head = t.head  # (one Token for the head per step)
        if head.i == t.i:
            return False
        if proviso and "if" in marks and is_proviso(t):
            return True  # "... provided (that) X frees Y", "as long as X stops ...": a condition too (evfresh9)
        t = head
    return False


def _not_done(tok: Token) -> bool:
    """Acts a sentence states as not done: a power a norm grants and its grant ("a law that allows
    the ministry to expel foreign reporters": no expulsion, and the law's maker concedes nothing to
    the ministry), and an act a speaker denies ("denied that police had detained X")."""
    return only_permitted(tok) or grants_power(tok) or is_denied(tok) or _time_condition(tok) \
        or _under_condition(tok, ("if",)) and not _under_condition(tok, ("if", "unless", "until"), proviso=False)


def _time_condition(tok: Token) -> bool:
    """A clause of time in the present simple under a future or modal verb: a condition of that act,
    not an act ("Seoul would respond firmly when Pyongyang attacks its border posts": no attack)."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever", "once", "after", "before", "as")
               for c in tok.children):
        return False
    return has_future(tok.head) or is_hypothetical(tok.head)


#: Verbs of promising whose promised hostile act aimed "against" a party is a threat to it.
_VOWING = frozenset({"vow", "pledge", "promise", "swear"})
#: Infinitives of a hostile act with no kind of its own ("act / move / take action against X"); verbs of
#: working together (cooperate, stand, work, unite, join) are not among them.
_HOSTILE_INFINITIVES = frozenset({"act", "move", "respond", "retaliate", "strike", "hit", "punish", "crack"})
_HOSTILE_NOUNS = frozenset({"action", "measure", "step", "countermeasure"})


def _vowed_against(doc: Doc, trig: Trigger, targets: list[str | None]) -> bool:
    """Whether an intent is a vow whose infinitive is a hostile act "against" its target ("vowed to act
    swiftly against X", "pledged to take action against X"): a hostile act promised, a threat to X
    (130), as "vowed to retaliate" is. Acting together against someone ("pledged to stand with X
    against Y", "to cooperate against Y") stays an intent."""
    if trig.token.lemma_.lower() not in _VOWING or targets == [None]:
        return False
    for comp in (c for c in trig.token.children if c.dep_ == "xcomp"):
        objs = [c for c in comp.children if c.dep_ == "dobj" and c.lemma_.lower() in _HOSTILE_NOUNS]
        if comp.lemma_.lower() not in _HOSTILE_INFINITIVES and not (comp.lemma_.lower() == "take" and objs):
            continue
        if any(c.lower_ == "together" or c.dep_ == "prep" and c.lower_ == "with" for c in comp.children):
            continue
        for h in (comp, *objs):
            for p in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "against"):
                for o in (x for x in p.children if x.dep_ == "pobj"):
                    if any(a in targets for a in actors_of(doc, o, new=True) if a):
                        return True
    return False


def _answering(verb: Token) -> bool:
    """Whether ``verb`` heads a clause of time or cause with its own subject ("... expelled X's
    envoys after X had expelled Y's diplomats"): an act of its own, also when the main act answers it in the
    other direction."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _STATED_MARKS for c in verb.children)


def _clause_subject(verb: Token) -> Token | None:
    """The party of an active participle clause that has no subject of its own: the noun it
    modifies ("militants attacking X"), else the subject of the clause it hangs on ("X, accusing Y
    of ..., ordered ...")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return None
    if verb.dep_ == "acl":
        return participle_noun(verb)
    return subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None


#: Roots of words a participle adds about the main act's party (", calling it a violation", ", warning that it
#: would respond"): criticism and threats.
_ASIDE_ROOTS = ("11", "13")


#: Sectors of the parties whose announced response is a threat: a state's bodies, armed groups, insurgents.
_THREAT_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "UAF", "INS", "LEG"})


def _threatening_party(doc: Doc, aid: str | None) -> bool:
    """Whether a party's warning of its own response threatens: a state (a bare country code), a body of a
    state or an armed group (:data:`_THREAT_SECTORS`), or an international body (IGO)."""
    code = _code_of(doc, aid) if aid else None
    if not code:
        return False
    return len(code) == 3 or code.startswith("IGO") or code[3:6] in _THREAT_SECTORS


def _main_act_party(doc: Doc, verb: Token, sources: Sequence[str | None]) -> list[str | None]:
    """The party the main act was aimed at, for a participle after it that names no party of its own ("X
    expelled Y's diplomats, warning that it would take further steps": Y; "X called on Y to ..., warning
    that ..."; "X demanded that Y pull back ..., calling the deployment a breach": Y): the main verb's
    object, its "on / to / against" object, else the subject of its clausal complement."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return [None]
    main = verb.head
    objs = [c for c in main.children if c.dep_ in ("dobj", "dative")]
    objs += [o for c in main.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "against")
             for o in c.children if o.dep_ == "pobj"]
    objs = [o for o in objs if o.ent_type_ not in ("DATE", "TIME")]  # ("on Tuesday")
    found: list[str | None] = [a for o in objs for a in actors_of(doc, o, new=True) if a and a not in sources]
    if not found and main.lemma_.lower() not in _REPORTING:  # ("X said ..., slamming Y": not what X reports)
        subjs = [s for c in main.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        found = [a for o in subjs for a in actors_of(doc, o, new=True) if a and a not in sources]
    return list(dict.fromkeys(found)) or [None]


#: Verbs that report what was said, whose clause names no party a participle after it is aimed at.
_REPORTING = frozenset({"say", "tell", "add", "state", "announce", "report", "note", "explain", "write"})


def _not_in_name(doc: Doc, call: Token, targets: list[str | None]) -> list[str | None]:
    """The targets of "call X a <name>" that the name does not merely mention ("calling the patrols a
    breach of Chilean waters": the one called, not the country whose waters are named);
    the possessor of a thing called ("its patrols": whoever "its" stands for) before nobody."""
    names = [x for c in call.children if c.dep_ == "dobj" for x in c.children if x.dep_ in ("oprd", "ccomp")]
    names += [c for c in call.children if c.dep_ == "oprd"]
    inside = {a for x in names for p in x.children if p.dep_ == "prep" for t in p.subtree  # (the name's own
              for a in actors_of(doc, t) if a}  # words may hold the one called: "the X government genocidal")
    kept = [t for t in targets if t not in inside]
    if kept:
        return kept
    owners = [p for c in call.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "poss"]
    return [a for p in owners for a in actors_of(doc, p) if a and a not in inside] or [None]


def _clause_actors(doc: Doc, verb: Token) -> set[str]:
    """The actors named inside a clause (its verb's subtree): the only targets of a clause's own event."""
    parts = participants.current(doc)
    found = set()
    for tok in verb.subtree:
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            found |= {a for a in actors_of(doc, tok) if a}
            antecedent = relative_antecedent(tok)  # "X, which Y struck": X is named by the clause's pronoun
            if antecedent is not None:
                found |= {a for a in actors_of(doc, antecedent) if a}
            if tok.pos_ == "PRON" and (shared := shared_object(tok)) is not None:  # ", accusing him of":
                found |= {a for a in actors_of(doc, shared) if a}  # the one the pronoun stands for
                made_shared = parts.made(shared.i) if parts is not None else None
                if made_shared is not None:  # (a participant made of it: "shut a university, accusing it of")
                    found.add(made_shared)
            made = parts.made(tok.i) if parts is not None else None
            if made is not None:  # a participant already made of a noun there ("detaining opponents")
                found.add(made)
    return found


#: Nouns that sum up the main clause's act in an appositive ("..., a move X condemned", "..., a charge X denied").
_MOVE_NOUNS = MOVE_NOUNS  # (shared with the parse repair that restores such a noun: common.parse_repair)


def _judged_move(verb: Token) -> Token | None:
    """The doer of the main clause when ``verb`` is the relative clause of a noun that sums up that
    clause's act ("Police closed the offices on Monday, a move the ministry condemned": the police,
    whom the ministry condemns, not a party or place named inside the act)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in _MOVE_NOUNS or noun.dep_ not in ("npadvmod", "appos", "dobj"):
        return None
    main = noun.head
    if noun.dep_ == "appos" and main.pos_ in ("NOUN", "PROPN") and main.dep_ == "dobj":
        main = main.head  # (the parser's "jailed the editor, a move ...": the move hung on the object)
    elif noun.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i < noun.i for c in main.children):
        return None  # (a second object after a comma is the parser's summary: "ordered X jailed, a move ...")
    if main.pos_ not in ("VERB", "AUX") or main.i > noun.i:
        return None
    while main.dep_ in ("ccomp", "xcomp") and main.head.pos_ in ("VERB", "AUX") and main.head.i < main.i:
        main = main.head  # "X ordered the mayor jailed, a move Y denounced": X's order, not the mayor
    return subject_of(main)


def _clause_undergoer(verb: Token) -> Token | None:
    """The noun a passive participle clause with an agent modifies ("journalists detained by X",
    "banks sanctioned by X"): the party acted upon, else None."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "agent" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return verb.head
    if verb.dep_ in ("pcomp", "advcl") and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        clause = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "X died after being beaten",
        if clause.pos_ in ("VERB", "AUX"):  # "X was freed after being held by Y": X is the one acted upon
            return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _complained_of(doc: Doc, trig: Trigger, sources: list[str | None], lexicon: Lexicon) -> list[str | None]:
    """The party a complaint or protest made to an addressee is about: with a "to" / "with"
    addressee ("complained to the UN", "lodged a complaint with the court"), the party named in its
    "over / about / against" phrase, or behind the act named there ("over Y's air raids", "about Y
    troop movements"); else nothing (the usual ranking applies). A noun of people or things there
    names no party by its modifier ("about Y refugees crossing the border": the addressee stays)."""
    heads = [trig.token] if trig.head.i == trig.token.i else [trig.token, trig.head]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep"]
    if not any(p.lower_ in ("to", "with") for p in preps):
        return []
    for p in preps:
        if p.lower_ not in ("over", "about", "against"):
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            named = actor_of_np(doc, o) if o.pos_ == "PROPN" else None  # (not a victim inside the phrase,
            found: list[str | None] = [named] if named is not None and named not in sources else []
            # "the treatment of X")
            if not found and o.pos_ == "NOUN" and is_act_noun(o, lexicon):  # an act with its party:
                # "over Turkish air strikes"
                owner = [c for c in o.children if c.dep_ == "poss"]
                found = [a for a in (actors_of(doc, owner[0]) if owner else _modifier_actors(doc, o))
                         if a and a not in sources]
            if found:
                return found
    return []


#: Event nouns whose "of" complement is the party acted upon ("the arrest of X", "the release of X").
_OF_TARGET_ROOTS = {"08", "16", "17", "18", "19", "07", "05"}


#: Nouns of the pressure a concession answers ("bowed to pressure from X", "resigned after protests by X").
_PRESSURE_NOUNS = {"pressure", "demand", "protest", "call", "criticism", "ultimatum", "outcry", "campaign",
                   "opposition", "calls", "demands", "protests"}


def _pressing_parties(doc: Doc, verb: Token) -> list[str | None]:
    """The parties of the pressure a concession answers: "from / by X" under a pressure noun that is an
    object of the verb's own prepositions, or one noun below ("after weeks of protests by X")."""
    out: list[str | None] = []
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            nouns = [o] + [x for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
                           if x.dep_ == "pobj"]
            for n in nouns:
                if n.lemma_.lower() not in _PRESSURE_NOUNS:
                    continue
                for c in n.children:
                    if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                        for x in c.children:
                            if x.dep_ == "pobj":
                                out += actors_of(doc, x, new=True)
    return out


def _target(doc: Doc, trig: Trigger, sources: list[str | None], code: str,
            lexicon: Lexicon, circumstances: bool = False) -> list[str | None]:
    """The targets of a lexicon trigger, best first (see docs/events.md); ``circumstances``: also
    look in the phrases and clauses of its circumstances ("called off the strike after an agreement
    with X": X), which the first pass leaves for the place and the thing acted on."""
    if code[:2] == "08" and (trig.pattern.target == "none" or trig.token.lemma_.lower() == "bow"):
        # a resignation has no patient of its own: "resigned amid pressure from X", "stepped down after
        # protests by X" is made to X, as is "bowed to demands by X"; a concession with a patient keeps it
        # ("released prisoners after pressure from X": the prisoners)
        pressing: list[str | None] = [a for a in _pressing_parties(doc, trig.token) if a is not None and a not in sources]
        if pressing:
            return pressing
    if trig.pattern.target == "none":
        return [None]
    if code[:2] == "15":  # "deployed troops along its border with X": X, not the forces (evfresh12, fronts.py)
        across = [a for o in border_partners(trig.token) + alert_border_partners(trig.token)
                  + directed_border_partners(trig.token)  # ("moved guns up to its border with X", evpairs13)
                  for a in actors_of(doc, o) if a is not None and a not in sources]
        if across:
            return list(dict.fromkeys(across))
        facing = _other_side(doc, _parties_of(doc, mobilize_adversaries(trig.token), sources), sources)
        if facing:  # "scrambled jets as X's bombers flew near", "called up reservists ahead of an offensive
            return facing  # against X" (evpairs13)
    if code[:2] == "06" and (comrades := _parties_of(doc, alongside_partners(trig.token), sources)):
        return comrades  # "worked alongside X" (evpairs13)
    if code[:2] == "14" and (pressed := _parties_of(doc, pressed_parties(trig.token, trig.head), sources)):
        return pressed  # "a stoppage to pressure X into ..." (evpairs13)
    # "arrived in X", "invaded into X", "deployed peacekeepers in X", "sought refuge in X"
    places = code[:3] in ("042", "036", "192", "190", "081", "172", "074") or code == "0234"
    if trig.setting:  # only the meeting's own partners: "said at a press conference with X"
        return _meeting_parties(doc, trig.head, sources, preps=("with", "between")) or [None]
    if code[:2] == "11" and (about := _complained_of(doc, trig, sources, lexicon)):
        return about  # "X complained to the UN over Y's air raids": Y, not the UN it complained to
    if trig.pattern.obj and (code[:2] == "04" or code == "036"):  # "hosted an AU summit", "will host a
        # meeting of X" (an intent to meet is a meeting to come)
        for c in trig.token.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in trig.pattern.obj:
                found = _meeting_parties(doc, c, sources)
                if found:
                    return found
    if trig.pattern.where == "modal frame":  # "X said Y must ...": Y, named or not, is the one asked
        for c in trig.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                ids = [a for a in actors_of(doc, c, new=True) if a is not None and a not in sources]
                if ids:
                    return list(ids)
    cands = target_tokens(trig.token, frame_head=trig.head, places=places,
                          complement=trig.pattern.frame is not None)
    cands = _named_as(trig) + cands  # "called the council unlawful": the council
    if code[:2] == "15":  # "frigates operated around the atoll": the place force is shown around (evfresh9; the
        # relation pass's prepositions do not list "around", which would change the type model's training)
        cands += [o for c in trig.token.children if c.dep_ == "prep" and c.lower_ == "around"
                  for o in c.children if o.dep_ == "pobj"]
    probed: list[Token] = []
    if code[:2] == "09":  # "opened an investigation into X over Y's deaths": X is investigated, named
        # or not, Y is the matter (the parser hangs "into" on the noun or on the light verb)
        probed = [o for h in dict.fromkeys((trig.head, trig.token)) for c in h.children
                  if c.dep_ == "prep" and c.lower_ == "into" for o in c.children if o.dep_ == "pobj"]
        cands = probed + cands
    cands = [_object_referent(doc, c) for c in cands]  # "... and sentenced him": whom "him" stands for
    if trig.pattern.symmetric:  # "discussed X with Y": the partner before the topic
        partners = [c for c in cands if c.dep_ == "pobj" and c.head.lemma_.lower() in ("with", "between")]
        cands = partners + [c for c in cands if c not in partners]
    if trig.pattern.frame is not None and trig.head.i != trig.token.i and trig.head.pos_ == "ADJ":
        cands += target_tokens(trig.head, places=places, complement=True)  # "ready to work with X"
    if trig.head.i != trig.token.i and trig.head.pos_ in ("NOUN", "PROPN"):
        for c in trig.head.children:  # "talks with X", "an attack on X"
            if c.dep_ == "prep" and c.lemma_.lower() in ("with", "to", "on", "against", "between", "toward", "for"):
                cands.extend(o for o in c.children if o.dep_ == "pobj")
        for c in trig.head.children:  # "the release of X", "the expulsion of X": whom it is done to
            if c.dep_ == "prep" and c.lemma_.lower() == "of" and code[:2] in _OF_TARGET_ROOTS:
                cands.extend(o for o in c.children if o.dep_ == "pobj")
    elif trig.token.pos_ == "NOUN" and (any(c.dep_ == "poss" for c in trig.token.children) or by_doer(trig.token)):
        for c in trig.token.children:  # "X's expulsion of Y ...", "the kidnapping of Y by X": the event noun is the trigger
            if c.dep_ == "prep" and c.lemma_.lower() == "of" and code[:2] in _OF_TARGET_ROOTS:
                cands.insert(0, next((o for o in c.children if o.dep_ == "pobj"), c))
    cands += [o for v in dict.fromkeys((trig.token, trig.head)) for o in misparsed_protesters(v)]
    if code[:2] == "14" and trig.token.pos_ == "NOUN" and (doer := by_agent(trig.token)) is not None:
        cands = stoppage_against(trig.token, doer) + cands  # "a strike by X against Y halted ...": Y (evpairs12)
    if code[:2] in ("12", "13"):  # "will not end the strike until X pays": the party of the condition
        for c in trig.token.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "unless") for m in c.children):
                cands.extend(x for x in c.children if x.dep_ == "nsubj")
                cands.extend(o for x in c.children if x.dep_ == "agent" for o in x.children if o.dep_ == "pobj")
    own_side: set[int] = set()
    if code[:2] == "13":  # "X's minister warned that Baku would strike back at Y": X's own side in
        own_side = {s.i for v in {trig.token, trig.head} for c in v.children if c.dep_ == "ccomp"  # the clause
                    for s in c.children if _own_side_speaking(doc, s, sources, trig.token)}  # is no target
        # (a clause before the warning is what the speaker reports of its side: comm.trailing_warning)
        cands = [c for c in cands if c.i not in own_side]
    made = {c.i for v in _verbs_of(trig) if _creates(v) for c in v.children if c.dep_ in ("dobj", "nsubjpass")}
    if code[:2] == "15":  # "mobilized the army for a battle against X": the forces are the source's own
        own = {c.i for c in trig.token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
        cands = [c for c in cands if c.i not in own]
    made |= _owned(doc, cands, sources)  # "agreed to expand its force in X": X, not the source's own force
    named_made: set[int] = set()  # the name of what a verb of making makes ("set up the X Institute
    for i in made:  # of Y in Z"): no party on any later path either
        if doc[i].pos_ == "PROPN" and doc[i].ent_type_ and _creates(doc[i].head):
            ent = entity_of(doc[i])
            named_made |= set(range(ent.start, ent.end))
    if made:  # "agreed to set up a centre for X in Y": Y, neither the centre nor what it is for
        inside = {t.i for i in made for t in doc[i].subtree}
        cands = [c for c in cands if c.i not in inside] + [
            o for i in made for p in doc[i].subtree if p.dep_ == "prep" and p.lower_ in ("in", "at")
            for o in p.children if o.dep_ == "pobj"]  # (also where the parser hangs "in Y" inside its name)
    if trig.pattern.obj:  # the object the pattern names is what is given or done ("sent troops to X"),
        theme = {c.i for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass")  # not a passive
                 and (c.dep_ == "dobj" or set(phrase_keys(c)) & trig.pattern.obj)}  # subject it does not name
        cands = [c for c in cands if c.i not in theme]
    if len([a for a in sources if a]) >= 2 and _pairwise(trig, code):
        # "A and B agreed to share data on X": a joint act's topic is no party; only a partner or an
        # object is ("A and B met C", "A and B agreed with C")
        partner_preps = ("with", "between", "to") if code[:2] == "06" else ("with", "between", "to", "against")
        cands = [c for c in cands if c.dep_ in ("dobj", "dative") or c.dep_ == "pobj"  # ("a joint operation
                 and c.head.lemma_.lower() in partner_preps]  # against smugglers": no partner; evfresh12)
    if not (_pairwise(trig, code) and len([a for a in sources if a]) >= 2):
        cands += place_targets(trig.token)  # last resort: where it happened (not for a joint act)
    circ = set() if circumstances else circumstance_tokens(trig.token)  # "despite X's objections",
    sent = trig.token.sent  # ("in X, where troops fight Y": not Y; no "where", no such clause)
    if participants.current(doc) is None or "where" in doc_words(doc).lower[sent.start:sent.end]:
        circ |= place_clause_tokens(sent, trig.token)
    circ |= weapon_objects(_verbs_of(trig))  # "fired rockets (at X)": the means, not the target
    circ |= own_side
    if probed:  # "a probe into X about kickbacks from a foreign shipping line": the matter's parties are not the one
        circ |= investigated_matter(trig.head, trig.token)  # investigated (evfresh11, investigations.py)
    circ |= behest_tokens(trig)  # "arrested X at the request of Y": Y asked for the act, X is its target
    cands = [c for c in cands if c.i not in circ  # "following the killing of X": after its own parties
             and not participants.near_border(c)]  # "a town near the X border" is no act on X
    circ = circ | named_made
    cands = [c for c in cands if c.i not in named_made]
    claimed = _claim_subjects(doc, trig, sources)  # "opened a probe into claims that X abused ...": X
    if claimed:
        return claimed
    patients = _patients(trig) if not trig.pattern.obj and code[:2] != "15" else set()  # (mobilised troops:
    # the source's own)
    patients |= {o.i for o in probed} | _to_patients(trig) | light_verb_patients(trig.token, trig.head, code) \
        | protest_patients(trig.token, trig.head, code)
    for c in cands:
        if trig.head.i != trig.token.i and c.i == trig.head.i:
            continue
        ids = [a for a in actors_of(doc, c) if a is not None and (a not in sources or _two_parties(doc, c.sent, a))]
        if ids:
            return _host_country(doc, c, ids, sources)
        if c.i in patients:  # "arrested two reporters in X", "stormed an army base in X": the party
            ids = [a for a in actors_of(doc, c, new=True) if a is not None and a not in sources]  # acted on,
            if ids and _placed(doc, ids, sources, c.sent):  # not the place or a later prepositional phrase
                if code[:2] in FORCE_ROOTS and c.tag_ in ("NNS", "NNPS") \
                        and all(_anonymous_victims(doc, a) for a in ids):
                    struck = _struck_by_subject(doc, trig.token, sources)  # "strikes on X killed 40 people": X
                    if struck:
                        return struck
                    where = _nearest_place(doc, trig.token, sources)  # "killed 40 people in X": X
                    if where != [None]:
                        return where
                return _host_country(doc, c, ids, sources)
    joint = trig.pattern.symmetric and len([a for a in sources if a]) >= 2
    if len([a for a in sources if a]) < 2 or not _pairwise(trig, code):  # one source (or a joint promise
        # to yield): a country named deep inside the object ("lifted
        found = _place_in_object(doc, trig, sources, made)  # restrictions on the ability of people to visit
        if found:  # relatives in X": X), before an unnamed party of the object's own
            return found
    for c, path in relation_targets(trig.token) if not joint else ():  # possessors, complements
        if path.split(">")[0] in ("prep:in", "prep:inside") and not places or c.i in circ or participants.near_border(c):
            continue
        ids = [a for a in actors_of(doc, c) if a is not None and a not in sources]
        if ids:
            return list(ids)
    if len([a for a in sources if a]) >= 2 and _pairwise(trig, code):
        return [None]  # "A and B agreed on X": with each other (below), not with a participant
    for c in cands:  # a participant named by the trigger's own arguments ("arrested a man")
        if trig.head.i != trig.token.i and c.i == trig.head.i:
            continue
        ids = [a for a in actors_of(doc, c, new=True) if a is not None and a not in sources]
        if ids:
            return list(ids)
    for c, path in relation_targets(trig.token) if not joint else ():  # "rejected the appeal of a man"
        if path.split(">")[0] in ("prep:in", "prep:inside") and not places or c.i in circ or c.i == trig.head.i:
            continue
        ids = [a for a in actors_of(doc, c, new=True) if a is not None and a not in sources]
        if ids:
            return list(ids)
    if not trig.pattern.symmetric:  # or the first other actor of its clause (one only: a guess)
        seen = {c.i for c in cands}
        for c in clause_targets(trig.token, lexicon.statement_verbs):
            ids = [a for a in actors_of(doc, c) if a is not None and a not in sources] \
                if c.i not in seen and c.i not in circ else []
            if ids:
                first: list[str | None] = [ids[0]]
                return first
    return [None]


def _parties_of(doc: Doc, toks: list[Token], sources: list[str | None]) -> list[str | None]:
    """The actors (named or participants) of ``toks`` other than the sources, in order."""
    out = [a for t in toks for a in actors_of(doc, t, new=True) if a is not None and a not in sources]
    return list(dict.fromkeys(out))


def _other_side(doc: Doc, ids: list[str | None], sources: list[str | None]) -> list[str | None]:
    """``ids`` less the parties of the sources' own country ("deployed troops while the president toured
    the south": the president is no other side)."""
    parts = participants.current(doc)

    def country(aid: str) -> str:
        found = parts.country_of(aid) if parts is not None else None
        return found or (_code_of(doc, aid) or "")[:3]

    own = {country(s) for s in sources if s} - {""}
    return [a for a in ids if a is not None and country(a) not in own]


def _named_as(trig: Trigger) -> list[Token]:
    """Who a verb of naming names when the pattern's word is the name given ("called the vote a
    sham": the vote; "called the council unlawful", which the parser may read as one noun phrase
    with the adjective as its head and the council as a compound: the council)."""
    verb = trig.token
    if not trig.pattern.obj or verb.pos_ != "VERB":
        return []
    name = next((c for c in verb.children if c.dep_ == "oprd" and set(phrase_keys(c)) & trig.pattern.obj), None)
    if name is None:
        return []
    named = [c for c in verb.children if c.dep_ == "dobj" and c.i != name.i]
    return named or [c for c in name.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]


def _own_side_speaking(doc: Doc, tok: Token, sources: Sequence[str | None], verb: Token) -> bool:
    """Whether ``tok`` is the subject of a that-clause after ``verb`` and names the sources' own
    country ("the minister warned that Baku would strike back at Y": Baku is the warner's side,
    not the one warned)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp" or tok.head.i < verb.i:
        return False
    parts = participants.current(doc)

    def country(aid: str) -> str:
        found = parts.country_of(aid) if parts is not None else None  # (participants: "Venezuelan troops")
        return found or (_code_of(doc, aid) or "")[:3]

    own = {country(s) for s in sources if s} - {""}
    ids = [a for a in actors_of(doc, tok) if a]
    return bool(ids) and all(country(a) in own for a in ids)


#: Prepositions of an event noun or a verb whose object is the thing acted on ("support for X",
#: "an attack on X", "an audit of X", "voted against X").
_THING_NOUN_PREPS = ("on", "upon", "against", "for", "of", "over", "into", "toward", "towards", "to")
_THING_VERB_PREPS = ("on", "upon", "against", "over", "into")
#: Roots whose act is no act on a thing: statements, appeals, consultations, demands (what is
#: called for or discussed is the topic, not the target).
_NO_THING_ROOTS = {"01", "02", "04", "10"}
#: Roots whose pattern's named object is what the act gives, lifts, cuts or imposes ("imposed a
#: curfew", "suspended aid", "lifted sanctions"), as is an object that is part of an idiom ("stopped
#: work": a strike); then the object's own "on / against / to / for" complement is what it acts on
#: ("imposed a blockade on the ports"). Other named objects are what the act is aimed at ("rejected
#: the plan", "will boycott the vote").
_GIVEN_ROOTS = {"06", "07", "08", "15", "16", "17", "18", "19", "20"}
_THEME_PREPS = ("on", "upon", "against", "to", "for", "toward", "towards")


#: Nouns that stand for a party named elsewhere ("wounded two others"): no thing of their own.
_PRONOUN_NOUNS = {"other", "others", "one", "ones", "rest", "some", "many", "most", "all", "both", "each"}


#: Roots of violence (assault, fight, mass violence) whose anonymous victims say less than the place.


#: Nouns of an attack by a party that a victim suffers ("killed in an air strike / a raid").
_ATTACK_NOUNS = {"attack", "strike", "airstrike", "air strike", "raid", "air raid", "bombing", "explosion", "blast",
                 "ambush", "shelling", "bombardment", "assault", "offensive", "shooting", "rocket attack"}
#: Nouns of an attack whose "on / against / of" object is what it struck ("strikes on X", "the shelling of X"):
#: the one-word attack nouns aimed at something (not a blast or a shooting), and fire aimed at a place.
_STRIKE_NOUNS = {n for n in _ATTACK_NOUNS if " " not in n} - {"explosion", "blast", "shooting"} \
    | {"barrage", "fire", "onslaught", "incursion"}


#: Military means a state's adjective can name as the doer: its weapons and its kinds of attack.
_MILITARY_MEANS = (_ATTACK_NOUNS - {"explosion", "blast", "bombing", "shooting", "attack", "assault", "raid",
                                    "ambush"}) \
    | {"airstrike", "missile", "missiles", "rocket", "rockets", "drone", "drones", "artillery", "gunfire",
       "barrage", "incursion", "bombardment", "fire"}


def _military_means(doc: Doc, actor: Actor, trigger: Token, parts: participants.Participants) -> bool:
    """Whether a state acts through its military means in the trigger's clause: its adjective (a
    demonym mention, "Israeli") modifies the trigger or its subject or agent, and that noun is a kind
    of military strike or a weapon ("Israeli strikes killed ...", "a Russian missile hit ...",
    "shelled by Turkish artillery"). The PLOVER GSR codes such a doer as the country's military
    (ISR + MIL for "Israeli tanks"), as the actor stage codes "Israeli jets" or "Turkish troops".
    A plain "attack", "bombing", "raid" or "ambush" says nothing of who carried it out (police raid too), so
    those are left as the state."""
    heads = {trigger.i}
    for c in trigger.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            heads.add(c.i)
        elif c.dep_ == "agent":
            heads.update(o.i for o in c.children if o.dep_ == "pobj")
    for m in actor.mentions:
        if m.kind != "demonym":
            continue
        span = doc.char_span(m.start, m.end)
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if tok.dep_ not in ("amod", "compound", "nmod"):
            continue
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:  # "Israeli drone strike": the strike
            noun = noun.head
        if noun.i not in heads:
            continue
        lemma = noun.lemma_.lower()
        if lemma in _MILITARY_MEANS or noun.lower_ in _MILITARY_MEANS \
                or any(k in parts.table.weapons for k in participants.longest_weapon_keys(noun)):
            return True
    return False


def _struck_by_subject(doc: Doc, verb: Token, sources: list[str | None]) -> list[str | None]:
    """The party an attack named by the verb's subject struck, by the subject's own "on / against /
    of" object ("Russian strikes on X killed 14 people", "the shelling of X wounded dozens"): X, the
    target event data code for the attack before its anonymous victims; ``[]`` when there is none."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subj is None or subj.lemma_.lower() not in _STRIKE_NOUNS:
        return []
    for p in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "against", "of")):
        for o in (x for x in p.children if x.dep_ == "pobj"):
            ids = [a for a in actors_of(doc, o) if a is not None and a not in sources]
            if ids:
                return list(ids)
    return []


def _anonymous_victims(doc: Doc, aid: str) -> bool:
    """Unnamed civilians with no country of their own phrase ("48 people", "dozens of civilians"): the
    victims of an attack that event data code by the place it struck ("killed 48 people in X": X); not
    one person ("tortured an inmate in X")."""
    parts = participants.current(doc)
    if parts is None or not parts.is_participant(aid) or parts.country_of(aid) is not None \
            or parts.type_of(aid) != "group":
        return False
    code = parts.code_of(aid) or ""
    return code in ("", "CVL")


def _thing_target(doc: Doc, trig: Trigger, sources: list[str | None], code: str) -> list[str | None]:
    """The last resort for an act that names no party: the thing it acts on, kept as its target with
    no actor code ("X rejected the referendum", "X will boycott the meeting", "threatened to shell
    the new bridge", "declared its support for the peace plan"): the event noun's own complement,
    else the object of the trigger or of its complement verb (for a pattern's named object that is
    the event or what it imposes, that object's "on / against / to" complement), else the
    trigger's "against / on / over" object, else a place-like phrase it happened at or in ("a strike
    at the mine"); for a verb of giving, only the recipient ("offered aid to the farm sector"). Not
    the source's own things ("its decision"), what a verb of making makes, a pronoun, nor anything
    in a circumstance phrase."""
    parts = participants.current(doc)
    if parts is None or code[:2] in _NO_THING_ROOTS:
        return [None]
    cands: list[Token] = []
    places: list[Token] = []
    if trig.head.i != trig.token.i and trig.head.pos_ == "NOUN":
        cands += [o for p in trig.head.children if p.dep_ == "prep" and p.lower_ in _THING_NOUN_PREPS
                  for o in p.children if o.dep_ == "pobj"]
    for v in _verbs_of(trig):
        if v.lemma_.lower() in TRANSFER_VERBS:
            cands += recipients(v)
            continue
        if _creates(v) or v.i != trig.token.i and undoing_gerund(v):
            continue  # ("opposed lifting the standards": the standards are not what is opposed; own_side.py)
        objs: list[Token] = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        small = participle_object(v) if not objs else None
        for o in objs + ([small] if small is not None else []):
            theme = o.i == trig.head.i or (v.i == trig.token.i and bool(trig.pattern.obj) and (
                trig.pattern.frame is not None or code[:2] in _GIVEN_ROOTS))
            if theme:  # "imposed blockades on the ports": the ports
                cands += [x for p in o.children if p.dep_ == "prep" and p.lower_ in _THEME_PREPS
                          for x in p.children if x.dep_ == "pobj"]
            else:
                cands.append(o)
        cands += [o for p in v.children if p.dep_ == "prep" and p.lower_ in _THING_VERB_PREPS
                  for o in p.children if o.dep_ == "pobj"]
        places += [o for h in (v, trig.head) for p in h.children if p.dep_ == "prep" and p.lower_ in ("at", "in")
                   for o in p.children if o.dep_ == "pobj"]
    kinds = [parts.kind_of(p) for p in places]
    cands += [p for p, k in zip(places, kinds) if k is not None and k[0] == "other" and k[1] is None]
    circ = circumstance_tokens(trig.token)
    own = _owned(doc, cands, sources)
    for c in cands:
        if c.i in circ or c.i in own or c.pos_ not in ("NOUN", "PROPN") or c.i == trig.head.i \
                or c.lemma_.lower() in _PRONOUN_NOUNS:
            continue
        if parts.of(c) is None and any(p.dep_ == "poss" and p.lower_ in _OWN for p in c.children):
            continue  # "will not end their strike", "lay down their weapons": the source's own
        if any(a is not None for a in actors_of(doc, c)):
            continue  # a named party (the source itself: others were tried before)
        tid = parts.thing(c)
        if tid is not None and tid not in sources:
            return [tid]
    return [None]


#: Verbs of making: their object comes into being by the act and is no party to it ("agreed to set
#: up a research centre in X": the act is for X, not the centre).
_CREATION_VERBS = {"establish", "build", "create", "found", "form", "construct", "erect", "set"}
#: Possessives of an object that is the source's own ("opened its borders", "moved their troops").
_OWN = {"its", "their", "his", "her", "our", "my"}


def _creates(v: Token) -> bool:
    lemma = v.lemma_.lower()
    return lemma in _CREATION_VERBS and (lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children))


#: Verbs of suffering violence whose subject is the victim ("was killed in an attack", "died in a blast").
_VICTIM_VERBS = {"kill", "wound", "injure", "hurt", "maim", "die", "perish", "murder"}


def _attacker_of_clause(doc: Doc, tok: Token, lexicon: Lexicon) -> list[str | None]:
    """The party of a clause of time that says how victims suffered ("five soldiers were killed when
    militants attacked their convoy", "two died as rebels shelled the town"): the subject of a
    "when / as / after" clause of a verb of suffering violence whose own verb is an act of violence in
    the lexicon; ``[None]`` otherwise (an agent named, or no such clause)."""
    if tok.lemma_.lower() not in _VICTIM_VERBS or any(c.dep_ == "agent" for c in tok.children):
        return [None]
    for c in tok.children:
        if c.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after")
                                        for m in c.children):
            continue
        trig = match_token(c, lexicon)
        if trig is None or trig.code[:2] not in FORCE_ROOTS:
            continue
        subj = subject_of(c)
        found = [a for a in actors_of(doc, subj, new=True) if a] if subj is not None else []
        if found:
            return list(found)
    return [None]


def _modifier_actors(doc: Doc, noun: Token) -> list[str | None]:
    """The actors named among a noun's modifiers ("Israeli torture")."""
    return [a for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
            for a in [actor_at(doc, c.idx, c.idx + len(c.text))] if a]


#: Places and states of being held whose keeper is the one who mistreats a prisoner.
_CUSTODY_NOUNS = {"prison", "jail", "gaol", "custody", "detention", "cell", "camp", "centre", "center", "facility",
                  "station"}


def _custodian(doc: Doc, verb: Token, noun: Token) -> list[str | None]:
    """Who held the one who died of an act of force ("died after torture in a X prison", "died in
    X's custody as a result of torture"): the place of custody under the verb or the event noun
    (its possessor or modifier when it has one), kept as the act's source; ``[None]`` otherwise."""
    for h in (noun, verb):
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "at", "inside"):
                continue
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in _CUSTODY_NOUNS:
                    found: list[str | None] = [a for a in actors_of(doc, o, new=True) if a]
                    if found:
                        return found
    return [None]


def _suffered_attack(tok: Token) -> tuple[Token, Token] | None:
    """(attack noun, victim) when a verb of suffering violence names an attack as its cause: "three
    soldiers were killed in a roadside bombing", "died in an air strike" (the trigger is the verb
    or the noun); the victim is the verb's passive subject (the subject of "died"). None when an
    agent is given ("killed by X in an attack"), the verb has an active subject, or the cause is
    no attack or weapon."""
    if tok.pos_ == "NOUN":
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during", "by"):
            return None
        noun, verb = tok, tok.head.head
    else:
        verb = tok
        found = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                      for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if found is None:
            return None
        noun = found
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VICTIM_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return None
    parts = participants.current(tok.doc)
    kind = parts.kind_of(noun) if parts is not None else None
    phrase = " ".join(t.lower_ for t in noun.lefts if t.dep_ == "compound") + " " + noun.lemma_.lower()
    if not (kind is not None and kind[1] == "UAF" or noun.lemma_.lower() in _ATTACK_NOUNS
            or phrase.strip() in _ATTACK_NOUNS):
        return None
    victim = passive_subject(verb)
    if victim is None and verb.lemma_.lower() in ("die", "perish"):
        victim = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (noun, victim) if victim is not None else None


#: Prepositions of a place where an act happens or that it is aimed at.
_LOCATIVE = {"in", "into", "to", "at", "across", "inside", "throughout", "near", "toward", "towards"}


def _meeting_parties(doc: Doc, noun: Token, sources: list[str | None],
                     preps: tuple[str, ...] = ("with", "between", "of", "among")) -> list[str | None]:
    """The parties a meeting's own phrase names, the guests of a host (CAMEO 043): its "with",
    "between", "of", "among" complements ("will host a meeting of X's ministers") and the actors
    among its modifiers ("hosted an AU summit"); the sources left out. A meeting that is only the
    setting of what is said ("said at a press conference with X") counts only its "with"/"between"
    partners (``preps``): a speaker at an organisation's meeting does not consult it."""
    toks = [o for c in noun.children if c.dep_ == "prep" and c.lemma_.lower() in preps
            for o in c.children if o.dep_ == "pobj"]
    if "of" in preps:
        toks += [m for m in noun.lefts if m.dep_ in ("compound", "amod", "nmod") and m.pos_ in ("PROPN", "ADJ")]
    for c in toks:
        ids: list[str | None] = [a for a in actors_of(doc, c) if a is not None and a not in sources]
        if ids:
            return ids
    return []


#: Nouns of a claim whose that-clause says who did something ("reports that X shelled ...").
_CLAIM_NOUNS = {"claim", "allegation", "report", "accusation", "charge", "suggestion", "rumour", "rumor",
                "assertion", "complaint", "evidence", "suspicion", "indication", "sign"}


def _claim_subjects(doc: Doc, trig: Trigger, sources: list[str | None]) -> list[str | None]:
    """The party a claim is about when the act is on the claim: an investigation into, a denial or
    rejection of "claims/reports/allegations that X did Y" is about X (named or not); [] when the
    act's object is no such claim, the claim names its author ("X's claims that ...", "claims by
    X": the act is aimed at the author) or is about the source itself."""
    heads = [trig.token] + ([trig.head] if trig.head.i != trig.token.i else [])
    nouns = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("into", "of", "about", "over")
              for o in c.children if o.dep_ == "pobj"]
    for n in nouns:
        if n.lemma_.lower() not in _CLAIM_NOUNS or any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in n.children):
            continue  # "rejected X's claims that ...", "claims by X": the claimant (target_tokens)
        for cl in n.children:
            if cl.dep_ not in ("acl", "ccomp", "relcl") or not any(m.dep_ == "mark" and m.lower_ == "that"
                                                                    for m in cl.children):
                continue
            subj = subject_of(cl)
            if subj is None or any(c.dep_ == "poss" for c in subj.children):
                continue  # "reports that its army ...": a party defined by its owner
            known = [a for a in actors_of(doc, subj) if a is not None]
            ids: list[str | None] = list(known or [a for a in actors_of(doc, subj, new=True) if a is not None])
            if ids and not any(a in sources for a in ids) and (known or _placed(doc, [a for a in ids if a], sources,
                                                                                 trig.token.sent)):
                return ids
    return []


def _place_in_object(doc: Doc, trig: Trigger, sources: list[str | None], skip: set[int]) -> list[str | None]:
    """The first country or place in it named inside the trigger's objects (or its complement
    verbs' objects) by a prepositional phrase, in text order, not in a relative or participle
    clause; [] when none."""
    for v in _verbs_of(trig):
        for o in v.children:
            if o.dep_ not in ("dobj", "nsubjpass") or o.i in skip or o.right_edge.i - o.i > 40:
                continue
            clauses = {x.i for t in o.subtree if t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")
                       for x in t.subtree}  # not where the object was taken ("a ship it seized near X")
            for t in o.subtree:
                if t.dep_ != "pobj" or t.pos_ != "PROPN" or t.i in clauses:
                    continue
                ids: list[str | None] = [a for a in actors_of(doc, t) if a and a not in sources and _is_place(doc, a)]
                if ids:
                    return ids
    return []


def _nearest_place(doc: Doc, trig: Token, sources: list[str | None], *, loose: bool = False,
                   own_phrase: bool = False) -> list[str | None]:
    """The last resort for an act without a party acted on: the place named nearest to the
    trigger in its sentence by a locative phrase ("the coalition fighting in X declared a truce":
    X), as the codebook takes the location of a ceasefire, a curfew or an aid effort for its
    target, also in the source's own country ("lifted the curfew in X"). A place inside the
    source's own phrase is no target ("the government in X"); ``[None]`` when there is none.
    ``loose``: also a place in a circumstance clause ("resigned after protests in X"): the last
    resort of a concession (YIELD), whose codebook target is the place it is made in.
    ``own_phrase``: only a place inside the trigger's own phrase (an appeal: "..., calling for a
    truce" after "the war in X" names no place of the truce; "called for a truce in X" does)."""
    parts = participants.current(doc)
    if parts is None:
        return [None]
    own = {a for a in sources if a}
    skip: set[int] = set()
    sent, deps = trig.sent, doc_words(doc).dep  # (a Token only for the subjects and objects)
    for t in (doc[i] for i in range(sent.start, sent.end) if deps[i] in ("nsubj", "nsubjpass")):
        if any(a in sources for a in actors_of(doc, t) if a):
            skip |= {x.i for x in t.subtree if x.i <= t.i} | {t.i}  # "the government in X": the source's own place
    if not loose:
        skip |= circumstance_tokens(trig)  # "... after clashes in X": no place of this act
    best: tuple[int, str] | None = None
    mine = {x.i for x in trig.subtree}
    for t in (doc[i] for i in range(sent.start, sent.end) if deps[i] == "pobj"):
        if t.i in skip or t.head.lower_ not in _LOCATIVE or own_phrase and t.i not in mine:
            continue
        if named_site(t) and (site := _named_site_place(parts, t)) is not None and site not in own:
            dist = abs(t.i - trig.i)  # "went on strike at the Kolwezi mine in X province": the mine
            if best is None or dist < best[0]:
                best = (dist, site)
            continue
        named = _named_area(t)  # "in the Deraa countryside", "in the Kherson region": the named place
        if t.pos_ != "PROPN" and named is None and not (t.pos_ == "NOUN" and t.i in mine and any(  # "imposed
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children)):  # a curfew in parts of X": X
            continue
        for a in actors_of(doc, named if named is not None else t):
            if a is None or a in own or not _is_place(doc, a):
                continue
            dist = abs(t.i - trig.i)
            if best is None or dist < best[0]:
                best = (dist, a)
    if best is None:  # a named place no table knows, in the trigger's own phrase ("a curfew in parts
        for t in (doc[i] for i in range(sent.start, sent.end) if deps[i] == "pobj"):  # of Kashmir"): a place
            if t.i in skip or t.i not in mine or t.head.lower_ not in _LOCATIVE:  # participant with no country
                continue
            kinded = named_place(t)  # "in Cusco province", "in the town of X" (material.py)
            if kinded is not None and not any(a is not None for a in actors_of(doc, kinded)):
                pid = _kinded_place(parts, kinded)
                if pid is not None and pid not in own:
                    return [pid]
            name = t if t.pos_ == "PROPN" else of_object(t)
            if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("GPE", "LOC", "FAC") \
                    or any(a is not None for a in actors_of(doc, name)):
                continue
            kind = parts.kind_of(name)
            pid = parts.of(name) if kind is not None and kind[0] == "other" else None
            if pid is not None and pid not in own:
                return [pid]
    return [best[1]] if best else [None]


#: Nouns of an area that a place name before them names ("the Deraa countryside", "the Kherson region").
_AREA_NOUNS = {"region", "province", "countryside", "district", "area", "governorate", "county", "state",
               "territory", "valley", "enclave", "prefecture", "municipality", "oblast"}


def _named_area(t: Token) -> Token | None:
    """The place name of an area noun ("the Deraa countryside": Deraa), else None."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _AREA_NOUNS:
        return None
    return next((c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def _object_referent(doc: Doc, tok: Token) -> Token:
    """An object pronoun no actor stands for, replaced by the object of the verb its verb is
    coordinated with (:func:`material.shared_object`), a relative pronoun by the noun its clause
    modifies ("X, which Y accuses of ...": X, not a party named later in the clause); else the
    token itself."""
    antecedent = relative_antecedent(tok)
    if antecedent is not None:
        return antecedent
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and (counted := next(
            (o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
             if o.dep_ == "pobj" and o.pos_ == "PRON"), None)) is not None:
        return shared_object(counted) or tok  # "... and detained dozens of them"
    if tok.dep_ != "dobj" or tok.pos_ != "PRON":
        return tok
    if tok.lower_ == "them" and (shared := shared_object(tok)) is not None:
        return shared  # (a plural object of the first verb before any coreference: "beat the marchers
        # and arrested them")
    if _resolved_elsewhere(doc, tok, tok.head):
        return tok
    return shared_object(tok) or tok


def _resolved_elsewhere(doc: Doc, pron: Token, verb: Token) -> bool:
    """Whether an object pronoun stands for an actor other than its verb's own doer: a pronoun the
    coreference of the actor stage took for the subject ("police beat the marchers and arrested them":
    not the police, who would be "themselves") is left to :func:`material.shared_object`."""
    found = {a for a in actors_of(doc, pron) if a is not None}
    if not found:
        return False
    subj = subject_of(verb)
    return subj is None or not found <= {a for a in actors_of(doc, subj) if a is not None}


def _named_site_place(parts: participants.Participants, tok: Token) -> str | None:
    """The participant of a named site (:func:`material.named_site`) that the participant rules take
    for a place or site, else None."""
    kind = parts.kind_of(tok)
    return parts.of(tok) if kind is not None and kind[0] == "other" else None


def _kinded_place(parts: participants.Participants, tok: Token) -> str | None:
    """The place participant of a named place found by :func:`material.named_place`: the name when
    the participant rules take it for a place, else its place noun ("the town" of a name the
    recogniser typed otherwise)."""
    kind = parts.kind_of(tok)
    if kind is not None and kind[0] == "other":
        return parts.of(tok)
    if tok.pos_ == "PROPN" and tok.head.dep_ == "prep" and place_kind(tok.head.head):
        return parts.of(tok.head.head)
    return None


def _is_place(doc: Doc, aid: str) -> bool:
    """Whether an actor is a state named by its country or a place in it (not a demonym, a person
    or an organisation)."""
    for a in doc._.sm_actors or ():
        if a.id == aid:
            return a.type == "state" and any(m.kind in ("name", "capital", "place") for m in a.mentions)
    return False


def _placed(doc: Doc, ids: list[str], sources: list[str | None], sent: Span) -> bool:
    """Whether unnamed parties have a country, from their own phrase or the event's context (as
    :meth:`participants.Participants.commit` will give them one): a party coded by its sector alone
    says less than the place of the act."""
    parts = participants.current(doc)
    if parts is None:
        return True
    other = next((s for s in sources if s), None)
    return all(parts.country_of(a) or not parts.is_participant(a) or not parts.placeable(a)
               or parts.context_country(other, (sent.start_char, sent.end_char)) for a in ids)


#: What a party has of its own whatever its possessive pronoun is resolved to: its forces, missions
#: and borders ("their peacekeeping mission", "its troops", "its airspace").
_OWN_FORCES = {"force", "forces", "mission", "operation", "operations", "contingent", "troop", "troops", "army",
               "border", "borders", "airspace", "territory", "waters"}


def _owned(doc: Doc, cands: list[Token], sources: list[str | None]) -> set[int]:
    """Candidates that are the source's own things ("its peacekeeping force", "their borders"): a
    noun whose possessive pronoun stands for a source; not a person or group ("his counterpart"),
    a party defined by another ("its allies") nor an attitude ("its support for")."""
    out: set[int] = set()
    parts = participants.current(doc)
    for c in cands:
        if c.pos_ != "NOUN" or c.lemma_.lower() in RELATIONAL_NOUNS or c.lemma_.lower() in HOLDER_NOUNS:
            continue
        named = actor_of_np(doc, c)
        kind = parts.kind_of(c) if parts is not None else None
        if named is not None and named not in sources or kind is not None and kind[0] in ("person", "group"):
            continue  # a person or group of its own ("his Lebanese counterpart", "their supporters")
        mine: tuple[str | None, ...] = (*sources, None) if c.lemma_.lower() in _OWN_FORCES else tuple(sources)
        for p in c.children:  # (a pronoun no one resolved before a force, mission or border stands
            if p.dep_ == "poss" and p.lower_ in _OWN and actor_at(doc, p.idx, p.idx + len(p.text)) in mine:
                out.add(c.i)  # for the source: "decided to prolong their training mission in X")
    return out


def _verbs_of(trig: Trigger) -> list[Token]:
    """The trigger and the verbs of its complement ("agreed to free ...": agreed, free)."""
    tok = trig.token
    parts = participants.current(tok.doc)  # (inside the stage, found once per trigger word: five
    memo = parts.memo if parts is not None else None  # target rules ask for it)
    key = ("verbs_of", tok.i)
    if memo is not None and (hit := memo.get(key)) is not None:
        return list(hit)
    found = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    if memo is not None:
        memo[key] = tuple(found)
    return found


def _patients(trig: Trigger) -> set[int]:
    """Tokens that are the party an act is done to by their grammatical role: the direct object or
    passive subject of the trigger verb or of the verb of its complement ("agreed to free four
    policemen"), and the "on"/"against" object of an event noun ("an attack on a base"). A verb of
    giving's object is what is given ("sent tents to X"), a verb of making's what it makes, and
    an object with "its"/"their" the source's own ("opened its borders to X"): never a party."""
    out: set[int] = set()
    for v in _verbs_of(trig):
        if v.pos_ != "VERB" or v.lemma_.lower() in TRANSFER_VERBS or _creates(v):
            continue
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        small = participle_object(v) if not objs else None  # "accept refugees fleeing X": the refugees
        objs = [h for o in objs for h in holders(o)] or objs  # "bombed positions held by X": X
        out |= {c.i for c in objs + ([small] if small is not None else []) if c.pos_ in ("NOUN", "PROPN")
                and not any(p.dep_ == "poss" and p.lower_ in _OWN for p in c.children)}
    for h in {trig.token, trig.head}:
        if h.pos_ == "NOUN":
            out |= {o.i for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                    for o in p.children if o.dep_ == "pobj"}
    return out | _to_patients(trig)


def _to_patients(trig: Trigger) -> set[int]:
    """"set fire to the customs post in a frontier village", "laid siege to Y": the "to" object is what the
    act is done to, not the place named after it (evfresh11; "to" hangs on the verb or on the noun)."""
    out: set[int] = set()
    parts = participants.current(trig.token.doc)
    if parts is None:
        return out
    for h in {trig.token, trig.head}:
        nouns = [h] if h.pos_ == "NOUN" else [c for c in h.children if c.dep_ == "dobj"]
        if any(n.lemma_.lower() in _TO_PATIENT_NOUNS for n in nouns):
            out |= {o.i for n in nouns for v in {n, n.head} for p in v.children if p.dep_ == "prep"
                    and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
                    and ((kind := parts.kind_of(o)) is not None and kind[1] in _STATE_SITE_SECTORS)}
    return out


#: Sectors of a state's sites ("a police post", "an army base", "the ministry building"): such a site burnt
#: is an act on that body; other sites ("a bank") keep the place's country, as the older tests code them.
_STATE_SITE_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD", "LEG", "SPY"})


#: Event nouns of light verbs whose "to" object is what the act is done to ("set fire to", "laid siege to").
_TO_PATIENT_NOUNS = frozenset({"fire", "siege", "torch"})


#: Nouns of an international force or mission, whose host country is what an act toward them is for.
_MISSION_NOUNS = {"force", "forces", "mission", "operation", "operations", "peacekeeper", "peacekeepers",
                  "contingent", "coalition"}


def _host_country(doc: Doc, tok: Token, ids: list[str], sources: list[str | None]) -> list[str | None]:
    """An international force or mission stands for the country it is in ("sent troops to the UN
    force in X", "agreed to expand the AU mission in X": X), as event data code the host."""
    parts = participants.current(doc)
    if parts is None or tok.right_edge.i - tok.i > 30:
        return list(ids)
    nouns = [t for t in tok.subtree if t.lemma_.lower() in _MISSION_NOUNS and t.pos_ == "NOUN"]
    for n in list(nouns):  # "the UN mission deployment plan in X": the phrase a mission word modifies
        h = n
        for _ in range(3):
            if h.dep_ not in ("compound", "nmod") or h.head.i == h.i:
                break
            h = h.head
            nouns.append(h)
    for n in nouns:
        for t in n.children:
            if t.dep_ != "prep" or t.lower_ not in ("in", "inside"):
                continue
            for o in t.children:
                if o.dep_ != "pobj":
                    continue
                host = [a for a in actors_of(doc, o) if a and a not in sources
                        and parts.country_of(a) and parts.country_of(a) == a]
                if host:
                    return list(host)
    return list(ids)


def _chain(tok: Token) -> list[Token]:
    """``tok`` and the verbs it is an infinitive or conjunct of ("would continue to oppose")."""
    out = [tok]
    while out[-1].dep_ in ("xcomp", "conj") and len(out) < 5:
        out.append(out[-1].head)
    return out


def _announcer(noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb that announces an event noun the parser made the subject of an infinitive
    ("declared a state of emergency to begin at midnight", "announced a truce to take effect")."""
    t = noun
    for _ in range(2):  # "a state of siege": from "siege" up to "state"
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head
    v = t.head
    if t.dep_ == "nsubj" and v.dep_ in ("ccomp", "xcomp") and v.tag_ == "VB" and v.head.lemma_.lower() in \
            lexicon.light_verbs:
        return v.head
    return None


#: Nouns of meetings whose "between" parties act together when the meeting is a subject.
_MEETING_NOUNS = {"summit", "talks", "meeting", "negotiation", "negotiations", "conference", "dialogue",
                  "consultation", "consultations"}

#: Nouns of military exercises: held by two or more parties together, military cooperation (062).
_EXERCISE_NOUNS = {"exercise", "drill", "game", "manoeuvre", "maneuver", "wargame", "war-game"}

#: Acts that coordinated subjects without a target do with each other ("A and B agreed to ...",
#: "A and B met", "A and B clashed"): coded both ways.
_PAIRWISE_ROOTS = {"03", "04", "05", "06", "19"}
#: Intents to yield (ease sanctions, release, withdraw, ...): "A and B agreed to lift the ban on X"
#: promises X a concession, so it goes to X, not between A and B, when X is named.
_YIELD_INTENT = "035"


#: Acts of an authority that end a detention or a case ("after X pardoned them / dropped the charges").
_RELEASING_ACTS = {"pardon", "drop", "revoke", "approve", "sign", "order", "grant", "lift", "commute", "quash",
                   "overturn", "withdraw", "annul", "rescind", "decree"}


def _releasing_authority(doc: Doc, verb: Token) -> list[str | None]:
    """The source of a release in the passive with no agent: the subject of an "after"/"when"
    clause whose act ends the detention ("were freed after X signed a pardon / dropped the
    charges": X); ``[None]`` when there is none."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in _RELEASING_ACTS and any(
                m.dep_ == "mark" and m.lower_ in ("after", "when", "once") for m in c.children):
            who = next((x for x in c.children if x.dep_ == "nsubj"), None)
            found: list[str | None] = [a for a in actors_of(doc, who) if a] if who is not None else []
            if found:
                return found
    return [None]


def _joint_object(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb's object (direct or after a preposition) is an event noun the lexicon marks
    joint ("agreed to a ceasefire", "accepted a truce")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    def keys(o: Token) -> list[str]:  # "cease-fire": also the hyphenated word written solid
        solid = [o.doc[o.i - 2].lower_ + o.lower_] if o.i >= 2 and o.doc[o.i - 1].text == "-" else []
        return list(phrase_keys(o)) + solid
    return any(p.symmetric for o in objs for k in keys(o) for p in lexicon.nouns.get(k, ()))


#: Verbs whose act several parties do to each other ("A and B agreed to exchange prisoners").
_RECIPROCAL_VERBS = {"exchange", "swap"}


def _reciprocal(verb: Token) -> bool:
    """Whether the verb or its infinitive complement is reciprocal ("agreed to exchange / swap ...")."""
    return verb.lemma_.lower() in _RECIPROCAL_VERBS or any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _RECIPROCAL_VERBS for c in verb.children)


def _pairwise(trig: Trigger, code: str) -> bool:
    """Whether an act of several sources is between them when no other party is named ("A and B
    met / agreed to cooperate"): joint patterns and pairwise roots, except promises to yield."""
    return (trig.pattern.symmetric or code[:2] in _PAIRWISE_ROOTS and (
        code[:2] != "19" or code == "196" or mutual_force(trig.token, trig.head) and not _fights_a_thing(trig.token))) \
        and not code.startswith(_YIELD_INTENT)


def _fights_a_thing(verb: Token) -> bool:
    """Whether a verb of fighting each other has an object of its own ("A and B teamed up to fight illegal
    fishing", "fought the fires"): they fight it together, not each other (a reciprocal object does not
    count: "fought each other")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ not in ("other", "another")
                                       and c.lemma_.lower() not in _COGNATE_FIGHTS for c in verb.children)


#: Objects that name the fighting itself ("fought a war / a battle / pitched gunbattles"): still each other.
_COGNATE_FIGHTS = {"war", "battle", "fight", "duel", "skirmish", "conflict", "clash", "engagement", "gunbattle",
                   "gunfight", "firefight", "round", "campaign", "insurgency"}
#: Codes a state carries out on people in its territory (arrests, detentions, expulsions,
#: releases): "was arrested in X", "were expelled from X" without an agent name X's state.
_STATE_ACT_ROOTS = ("16", "17", "08")
#: Nouns of confinement whose "in" phrase is the place of the act ("released from custody in X").
_CONFINEMENT = {"captivity", "custody", "detention", "prison", "jail"}


def _actless(verb: Token, subj: Token | None) -> bool:
    """Whether a verb has no one to do it: no subject and no passive subject (a gerund used as a
    subject: "lifting the ban is out of the question"), or a clause or gerund as its subject."""
    if subj is None:
        return verb.tag_ == "VBG" and verb.dep_ in ("csubj", "nsubj") and not any(
            c.dep_ in ("nsubjpass", "agent", "poss") for c in verb.children)
    return subj.dep_ == "csubj" or subj.tag_ == "VBG"


def _passive_place_source(doc: Doc, tok: Token) -> list[str | None]:
    """The country a passive act without an agent happened in ("two reporters were detained in
    X", "the inspectors were expelled from X", "were freed from captivity in X"): event data code
    the state of that country as the one who acted. ``[None]`` when the verb is not such a
    passive, has an agent, or the place is no country."""
    if not any(c.dep_ == "nsubjpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
        return [None]
    codes = actor_tables(doc)[1]
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            places = [obj]
            if obj.lemma_.lower() in _CONFINEMENT:
                places = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                          for o in p.children if o.dep_ == "pobj"]
            for place in places:
                found = [a for a in actors_of(doc, place) if a]
                code = codes.get(found[0]) if len(found) == 1 else None
                if code and code == found[0] and len(code) == 3 and code.isalpha() and code.isupper():
                    return [code]
                parts = participants.current(doc)  # a named place no table knows ("were arrested in
                kind = parts.kind_of(place) if parts is not None and not found else None  # Tarcin"): the
                if parts is not None and kind is not None and kind[0] == "other" and place.pos_ == "PROPN" \
                        and place.ent_type_ in ("GPE", "LOC", "FAC"):  # place itself, no country
                    pid = parts.of(place)
                    if pid is not None:
                        return [pid]
    return [None]


#: Joint acts that are coded both ways when one party meets, fights or signs with the other.
_JOINT_ROOTS = {"04", "06"}
_JOINT_CODES = {"057", "190", "193"}

_ATTEMPT = {"attempt", "try", "plot", "seek", "plan"}


def _failed(tok: Token) -> bool:
    """A cooperative act that its party failed or refused to carry out ("failed to reach a deal")."""
    t = tok
    for _ in range(3):
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in ("fail", "decline"):
            return True
        if t.dep_ not in ("xcomp", "conj"):
            return False
        t = t.head
    return False


#: Words that make a deployment of troops a peacekeeping one ("sent troops on a peacekeeping mission").
_PEACEKEEPING = ("peacekeep", "peace-keep")


def _peacekeeping(tok: Token) -> bool:
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if hi - lo > 60:
        return False
    return any(t.lower_.startswith(_PEACEKEEPING) for t in tok.doc[lo:hi + 1])


def _prepared(trig: Trigger) -> bool:
    """Whether an act of force is only being prepared: the infinitive or object of "prepare"
    ("prepared to resume shelling X", "is preparing an offensive against X"), or the object of
    "preparations for"."""
    for t in {trig.token, trig.head}:
        if t.lemma_.lower() == "prepare" and t.pos_ == "VERB":
            return True
        for _ in range(3):  # ("prepared to resume shelling X": through the verbs of its infinitive)
            if t.dep_ not in ("xcomp", "dobj") or t.head.i == t.i:
                break
            if t.head.lemma_.lower() == "prepare":
                return True
            t = t.head
        if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in ("preparation", "prepare"):
            return True
    return False


#: Coercive measures that a party fails, or does not care, to renew or extend lapse: they are eased (08x).
_LAPSED = {"163": "085", "172": "081", "1721": "081", "1722": "0812", "1723": "0813", "1724": "0814", "191": "0872"}
_RENEWING = {"renew", "extend", "prolong", "reimpose", "maintain"}


def _widened(verb: Token) -> bool:
    """Whether a renewing verb widens its measure's scope rather than its term: "did not extend the
    sanctions to gas / beyond banks" (a "to" / "beyond" phrase on the verb or its object that names no
    time: "did not extend the curfew beyond Friday" lapses), no lapse."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ == "prep" and c.lower_ in ("to", "beyond") and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") and o.lemma_.lower() not in _TERM_WORDS
        for o in c.children) for h in heads for c in h.children)


#: Nouns of a term or a date ("extended beyond the deadline", "to the end of the year").
_TERM_WORDS = {"deadline", "end", "date", "expiry", "term", "month", "year", "week", "day", "midnight", "summer",
               "winter", "spring", "autumn", "election", "period"}


def _recode(trig: Trigger, lexicon: Lexicon) -> tuple[str, bool, bool]:
    """Code, negated, hypothetical of a trigger after mood: announced or conditional acts.

    - "will not meet / would not release" (negated future or modal cooperation) -> rejection;
    - "will / would impose sanctions" (future or modal hostile act) -> threat;
    - "will visit / provide aid / release" (future cooperation) -> intent.
    A recoded event is a real (verbal) act, so it is neither negated nor hypothetical.
    """
    tok = trig.token
    code = trig.code
    if code == "186" and (tok.head.lemma_.lower() in _ATTEMPT or tok.dep_ == "acl" and tok.head.lemma_.lower()
                          in _ATTEMPT):
        code = "185"  # "tried to assassinate", "a plot to assassinate"
    if code in ("150", "152", "154") and (_peacekeeping(tok) or _peacekeeping(trig.head)):
        code = "074"  # troops sent to keep the peace are aid, not a show of force
    negated = is_negated(tok)
    hypo = is_hypothetical(tok)
    reported_would = _under_speech(tok, lexicon) is not None and any(
        c.dep_ == "aux" and c.lower_ == "would" for t in _chain(tok) for c in t.children)
    future = has_future(tok) or reported_would
    if reported_would and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                  for t in _chain(tok) for c in t.children):
        hypo = False  # "said it would ...": reported future, not a hypothesis
    if code in _LAPSED and tok.lemma_.lower() in _RENEWING and (negated or _failed(tok)) and not _widened(tok):
        return _LAPSED[code], False, False  # "failed to renew the embargo on X": the measure lapses (eased)
    if undone(tok, code):  # "reversed its decision to ban X's imports": given up (comm.py)
        return "080", False, False
    if code[:2] in FORCE_ROOTS and not negated and _prepared(trig):
        return "150", False, False  # "the army prepared to resume shelling X": a force posture, no attack yet
    mood = noun_mood(tok) if trig.head.i == tok.i and mood_owner(tok.doc, tok) != [None] else None
    # ("X's threat / offer / refusal to ...": an owner's act announced or refused, comm.py)
    if mood == "threat" and not negated:
        return FUTURE_THREAT.get(code, "130" if code[:2] in ("11", "12", "14", "16", "17", "18", "19", "20")
                                 else code), False, False
    if mood == "intent" and not negated and code in FUTURE_INTENT:
        return FUTURE_INTENT[code], False, False
    if mood == "reject" and not negated and code in NEGATED_INTENT:
        return NEGATED_INTENT[code], False, False
    if negated and trig.pattern.frame == "intent":
        topic = next((t for t in lexicon.topics if t.name == trig.topic), None)
        return lexicon.frame_code("reject", topic), False, False
    if negated and (future or hypo or _failed(tok) or code[:2] == "08") and code in NEGATED_INTENT:
        # "will not meet", "failed to reach an agreement"; a concession not made is declined in any
        # tense ("did not grant permission", "has not released the detainees": CAMEO 124)
        return NEGATED_INTENT[code], False, False
    if not negated and _failed(tok) and code in NEGATED_INTENT:
        return NEGATED_INTENT[code], False, False  # "failed to reach an agreement"
    if not negated and (future or hypo) and code in FUTURE_THREAT:
        return FUTURE_THREAT[code], False, False
    if not negated and future and code in FUTURE_INTENT:
        return FUTURE_INTENT[code], False, False
    if not negated and conditional_threat(tok, code) != code:  # "would take measures against X if ..."
        return conditional_threat(tok, code), False, False
    return code, negated, hypo


def sentence_events(doc: Doc, sent: Span, options: EventOptions, lexicon: Lexicon,
                    statements: list[tuple[int, int, str]], speakers: dict[str, str | None] | None = None,
                    ) -> list[_Coded]:
    """Code the events of one sentence (``speakers``: statement id -> speaker actor id)."""
    speakers = speakers or {}
    out: list[_Coded] = []
    triggers = _triggers(sent, lexicon)
    for trig in triggers:
        if _in_citation(trig.token):
            continue  # "according to a report by a doctor sent to X": the report's source, no event
        if _accidental(trig.token):
            continue  # "X was killed in a helicopter crash": a death, no act of a party
        if _not_done(trig.token):
            continue  # "a law allowing police to detain X", "denied that police detained X": no act
        code, negated, hypo = _recode(trig, lexicon)
        if negated and not options.include_negated:
            continue
        if trig.clause and (negated or any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _NEVER
                                           for c in trig.token.children)):
            continue  # "X, which has never attacked Y, rejected ...": a clause denies the act (no event,
            # and its verb is still no relation)
        hypo = hypo or irrealis_noun(trig.head)  # "announced future talks with X": flagged, code kept
        code = phone_call_code(trig, doc) or sense_code(trig, code, lexicon)  # conventions.py
        code = host_code(trig.token, code, doc)  # "received the king": a host (comm.py)
        subj = subject_of(trig.token) if trig.token.pos_ != "NOUN" else None
        if subj is None and trig.token.pos_ == "VERB":
            subj = _clause_subject(trig.token)  # "X, accusing Y of ...", "militants attacking Y": X
        if subj is None and trig.token.dep_ == "acl" and trig.token.tag_ == "VBG" and (code[:2] == "15" or code == "074"):
            subj = participle_noun(trig.token)  # "Nepalese troops serving in X": the troops
        if trig.stative:
            subj = next((c for c in trig.token.children if c.dep_ == "nsubjpass"), subj)
        sources = actors_of(doc, subj, new=True) if subj is not None or trig.token.pos_ != "NOUN" \
            else actors_of(doc, trig.token)  # an event noun: its modifiers ("Palestinian riots")
        agent = by_agent(trig.token) if trig.token.pos_ == "NOUN" else None
        if agent is not None:  # "the arrest of X by Y sparked ...": Y
            by_whom: list[str | None] = [a for a in actors_of(doc, agent, new=True) if a]
            sources = by_whom or sources
        if trig.owned:  # "X's support for Y angered Z": the possessor acts (an attitude noun's possessor is
            owner = next((c for c in trig.token.children if c.dep_ == "poss"), None)  # not its own actor)
            if sources == [None] and owner is not None:
                sources = [a for a in actors_of(doc, owner) if a] or [None]
            if not any(sources):
                continue  # no doer named: the noun is no event of its own
        if trig.suffered:  # "X came under fire from Y": Y acts (an unnamed attacker: no source)
            attacker = under_attacker(trig)
            sources = actors_of(doc, attacker, new=True) if attacker is not None else [None]
        if sources == [None] and subj is None and trig.token.pos_ == "VERB" and not trig.suffered:
            theme = next((c for c in trig.token.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
            owner = next((c for c in theme.children if c.dep_ == "poss"), None) if theme is not None else None
            if owner is not None and owner.lower_ not in _OWN:  # "X's ban on Y was lifted": X lifts it
                sources = [a for a in actors_of(doc, owner) if a] or [None]
        if sources == [None] and subj is None and code.startswith("084") and trig.token.pos_ == "VERB":
            sources = _releasing_authority(doc, trig.token)  # "were freed after X signed a pardon": X
        carrier = carrier_verb(trig.token) if trig.token.pos_ == "NOUN" and trig.token.dep_ == "pobj" else None
        if sources == [None] and carrier is not None:  # "X flew on a visit to Y": X
            sources = actors_of(doc, subject_of(carrier), new=True)
        if sources == [None] and trig.token.pos_ == "NOUN":
            announcer = _announcer(trig.token, lexicon)  # "X declared a curfew to take effect at ...": X
            if announcer is not None:
                sources = actors_of(doc, subject_of(announcer), new=True)
        if trig.head.i != trig.token.i and trig.head.pos_ in ("NOUN", "PROPN") and sources == [None]:
            poss = [c for c in trig.head.children if c.dep_ == "poss"]  # "Turkey's offer"
            if poss:
                sources = actors_of(doc, poss[0])
        if sources == [None] and subj is None:
            sources = mood_owner(doc, trig.token)  # "X's threat to expel Y": X (comm.py)
        if sources == [None] and subj is None and (code[:2] == "15" or code == "074"):
            moved = passive_subject(trig.token)
            if moved is not None:  # "troops were deployed to X": the troops move themselves
                sources = actors_of(doc, moved, new=True)
        if sources == [None] and subj is None and code[:2] in _STATE_ACT_ROOTS:
            sources = _passive_place_source(doc, trig.token)  # "was arrested in X": X's state
        joint_subject = False
        if sources == [None] and subj is not None and subj.lemma_.lower() in _MEETING_NOUNS:
            sides = [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "between"
                     for o in c.children if o.dep_ == "pobj"]  # "the summit between X and Y failed to ..."
            found: list[str | None] = [a for o in sides for a in actors_of(doc, o) if a]
            if len(found) >= 2:
                sources, joint_subject = found, True
        sides = fight_sides(trig.token) if sources == [None] and trig.token.pos_ == "NOUN" else []
        if sides:
            found = [a for o in sides for a in actors_of(doc, o, new=True) if a]
            if len(set(found)) >= 2:  # "clashes between X and Y erupted": X and Y fight each other
                sources, joint_subject = list(dict.fromkeys(found)), True
        if code[:2] == "15" and trig.head.lemma_.lower() in _EXERCISE_NOUNS and len([a for a in sources if a]) >= 2:
            code = "062"  # "A and B launched naval exercises": exercises held together are cooperation
        sid = _in_statement(trig.token, statements)
        if sources == [None] and subj is not None and subj.lower_ in ("i", "we") and sid is not None:
            sources = [speakers.get(sid)]  # "we are ready to ..." inside a quote: the speaker
        if sources == [None] and subj is not None and subj.lower_ in ("he", "she", "it", "they", "we", "i"):
            speech = _under_speech(trig.token, lexicon)  # "Latvia said it would back ...": the speaker
            if speech is not None and (speech.i < subj.i or not _noun_subject_before(subj)):
                sources = actors_of(doc, subject_of(speech), new=True)
        elif subj is not None and (speaker := _agreeing_speaker(subj, lexicon)) is not None:
            sources = [a for a in actors_of(doc, speaker, new=True) if a] or sources  # "police said they had
            # arrested X": the police, not a party the pronoun could also stand for earlier in the sentence
        if sources == [None] and trig.token.pos_ in ("VERB", "AUX") and _actless(trig.token, subj):
            speech = _under_speech(trig.token, lexicon)  # "X said that lifting the ban is out of the
            if speech is not None:  # question": a reported act no one else does is the speaker's
                sources = actors_of(doc, subject_of(speech), new=True)
        if sources == [None] and code[:2] in FORCE_ROOTS:  # "five soldiers were killed when X attacked
            sources = _attacker_of_clause(doc, trig.token, lexicon)  # their convoy": X
        sources = speaker_for_government(doc, subj, _under_speech(trig.token, lexicon), sources)  # comm.py
        if trig.clause and not any(sources):
            continue  # a clause's event needs a named doer (below): no need to look for its target
        if subj is not None and sources != [None] and trig.token.pos_ in ("VERB", "AUX"):
            sources += [a for c in companions(trig.token) if subj.i < c.i < trig.token.i  # "X, along with Y,
                        for a in actors_of(doc, c, new=True) if a and a not in sources]  # pledged ...": Y too
        if trig.topic == OWN_RESPONSE and not any(_threatening_party(doc, s) for s in sources):
            continue  # "the airline warned that it would respond by cancelling flights": no threat (evfresh9)
        targets = _target(doc, trig, sources, code, lexicon)
        undergoer = _clause_undergoer(trig.token) if not trig.pattern.obj else None
        mover = _judged_move(trig.token)
        movers: list[str | None] = [a for a in actors_of(doc, mover, new=True) if a and a not in sources] \
            if mover is not None else []
        if movers:
            targets, undergoer = movers, mover  # "X closed Y's offices, a move Z condemned": Z -> X
        elif undergoer is not None:  # "journalists detained by X were freed": the journalists
            acted_on: list[str | None] = [a for a in actors_of(doc, undergoer, new=True) if a and not _is_thing(a)]
            targets = acted_on or targets
            if sources == [None] and acted_on and code[:2] in _FORCE_OR_RESTRICT:
                sources = _custodian(doc, trig.token, trig.token)  # "died after being beaten in X custody": X
                targets = [t for t in targets if t not in sources] or [None]
        targets = _with_companions(doc, trig.token, sources, targets)
        if code in ("111", "051") and lemma(trig.token) == "call" and targets != [None]:
            targets = _not_in_name(doc, trig.token, targets)  # "called the patrols a breach of X's waters": not X
        aside: set[str | None] = set()
        if targets == [None] and code[:2] in _ASIDE_ROOTS:
            targets = _main_act_party(doc, trig.token, sources)  # ", warning that it would respond": to Y
            if targets == [None] and trig.token.dep_ == "advcl" and trig.token.tag_ == "VBG" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in trig.token.children):  # else the main act's own
                targets = list(dict.fromkeys(c.target for c in out if c.trigger.token.i == trig.token.head.i
                                             and c.target and c.target not in sources)) or [None]  # target
            aside = set(targets) - {None}
        turned = trailing_warning(doc, trig.token, code, sources, targets)  # "X will respond to Y, the
        if turned is not None:  # minister warned": X -> Y (comm.py)
            sources, targets = turned
        if code[:2] == "07" and targets != [None] and all(a and _anonymous_victims(doc, a) for a in targets):
            where = _nearest_place(doc, trig.token, sources, loose=True)  # "provided shelter to 1.5 million
            targets = where if where != [None] else targets  # people in X": X, as for victims (comm round)
        dying = died_of(trig.token)
        if dying is not None:  # "an inmate died after torture in a X prison": the custodian -> the inmate
            victim = next((c for c in dying.children if c.dep_ == "nsubj"), None)
            targets = actors_of(doc, victim, new=True) if victim is not None else [None]
            by_agent_tok = by_agent(trig.token)  # "torture by guards": the guards, else the noun's modifier
            sources = [a for a in actors_of(doc, by_agent_tok, new=True) if a] if by_agent_tok is not None else []
            sources = sources or [a for a in _modifier_actors(doc, trig.token) if a not in targets] \
                or _custodian(doc, dying, trig.token)
        if trig.suffered:
            victim = subject_of(trig.token)
            targets = actors_of(doc, victim, new=True) if victim is not None else [None]
        attack = _suffered_attack(trig.token) if code[:2] in FORCE_ROOTS and sources == [None] else None
        if attack is not None:  # "X was killed in a car bombing / an Israeli air strike": X, by the
            noun, victim = attack  # attack's party (its modifier, else an unidentified armed party)
            by: list[str | None] = [a for a in actors_of(doc, noun, new=True) if a]
            if by:
                sources, targets = by, actors_of(doc, victim, new=True)
                if victim.tag_ in ("NNS", "NNPS") and all(a and _anonymous_victims(doc, a) for a in targets):
                    where = _nearest_place(doc, trig.token, sources)  # "40 people were killed in an air
                    targets = where if where != [None] else targets  # strike in X": X
        if targets == [None] and trig.pattern.target != "none" and not trig.setting and not (
                len([a for a in sources if a]) >= 2 and _pairwise(trig, code)):  # (a press conference in X
            # with no partner is no meeting with X)
            targets = _nearest_place(doc, trig.token, sources, own_phrase=code[:2] in APPEAL_ROOTS)  # "declared
            # a truce ... in X": X
            if targets == [None]:
                targets = _thing_target(doc, trig, sources, code)  # "rejected the referendum"
            if targets == [None]:  # "called off the strike after an agreement with X": X
                targets = _target(doc, trig, sources, code, lexicon, circumstances=True)
        if targets == [None] and code[:2] == "08" and len([a for a in sources if a]) == 1:
            targets = _nearest_place(doc, trig.token, sources, loose=True)  # "resigned after protests in X": X
        if code[:2] == "03" and _vowed_against(doc, trig, targets):
            code = "130"  # "vowed to act against X": a hostile act promised is a threat (docs: conventions)
        speech = _under_speech(trig.token, lexicon)
        alleged = _alleged_gerund(trig.token, lexicon)
        place = place_of(trig.token)
        pairs: list[tuple[str | None, str | None]] = []
        known = [s for s in sources if s]
        if len(known) >= 2 and code[:2] == "04" and targets != [None] and set(targets) <= _venue(doc, trig.token):
            targets = [None]  # "A and B held talks in X": they met each other, in X
        if len(known) >= 2 and targets != [None] and _own_joint_force(doc, trig.token, targets):
            targets = [None]  # "A and B agreed to resume joint patrols": their own patrols, with each other
        reciprocal = len(known) >= 2 and _reciprocal(trig.token)
        if reciprocal:  # "A and B agreed to exchange prisoners": with each other, not towards the prisoners
            targets = [None]
        if targets == [None] and len(known) >= 2 and (trig.pattern.symmetric or joint_subject or reciprocal or (
                code[:2] in _PAIRWISE_ROOTS and (code[:2] != "19" or code == "196"
                                                 or mutual_force(trig.token, trig.head)))):
            pairs = [(a, b) for a in known for b in known if a != b]  # "A and B met": A->B, B->A
            if code[:2] == "08":  # "A and B declared a truce in X": towards each other and X
                where = _nearest_place(doc, trig.token, sources)
                pairs += [(a, w) for a in known for w in where if w and w not in known]
        elif trig.pattern.symmetric and known and targets != [None] and code == trig.code \
                and (code[:2] in _JOINT_ROOTS or code in _JOINT_CODES) and not _is_thing(targets[0]):
            pairs = [(s, t) for s in known for t in targets if t and t != s]  # "A met B": both ways
            pairs += [(t, s) for s, t in list(pairs)]
        else:
            pairs = [(s, t) for s in sources for t in targets]
            if len(known) >= 2 and code.startswith(_YIELD_INTENT) and _joint_object(trig.token, lexicon):
                pairs += [(a, b) for a in known for b in known if a != b and (a, b) not in pairs]  # "A and B
                # agreed to a ceasefire in X": with each other, as well as towards X
        # "called for sanctions against X": towards X, opposition rallied against it (conventions.py)
        asked = addressees(doc, trig) if hostile_appeal(trig, doc, lexicon) else None
        if trig.clause and pairs:  # a clause's own event: only between two named parties the main events
            joined = {(c.source, c.target) for c in out  # do not join in the same way
                      if not c.trigger.clause and c.code[:2] == code[:2]}
            inside = _clause_actors(doc, trig.token) | set(targets if undergoer is not None else []) | aside
            parts = participants.current(doc)
            kept_pairs: list[tuple[str | None, str | None]] = [
                (s, t) for s, t in pairs if s and t and s != t and not _is_thing(t) and t in inside
                and not _anonymous_victims(doc, t)  # (", killing 30 people": the main act's toll)
                and not (parts is not None and parts.is_participant(s) and parts.is_participant(t))
                and (s, t) not in joined and ((t, s) not in joined or _answering(trig.token))]
            # (one party at least named:
            # "rebels who had attacked the town signed an accord" is about the accord)
            protested = {c.source for c in out if c.code[:2] == "14"}
            kept_pairs += [(s, t) for s, t in pairs if code[:2] == "14" and s and not kept_pairs and t != s
                           and not _is_thing(s) and s not in protested][:1]  # (a protest of a named crowd is
            # an act of its own, aimed at a party or not: "police arrested a student leader near the
            # monument, where activists had demonstrated since Friday against the defamation law"; "...,
            # prompting hundreds of farmers to rally outside the ministry")
            pairs = kept_pairs + [(s, t) for s, t in pairs if (t, s) in kept_pairs and (s, t) not in kept_pairs]
        if trig.claimed:  # the claim itself too, as the codebook codes it (015, no target)
            out.extend(_Coded(trig, "015", s, None, negated, hypo, sid is not None or speech is not None, sid, place)
                       for s in dict.fromkeys(s for s, _ in pairs))
        if code in _DONE_FOR_REQUESTER and not negated:  # "arrested X at the request of Y's judges": judicial
            for r in _requesters(doc, trig):  # cooperation with the party that asked (063), beside the arrest
                out.extend(_Coded(trig, "063", s, r, negated, hypo, sid is not None or speech is not None or alleged,
                                  sid, place) for s in dict.fromkeys(s for s, _ in pairs) if s and s != r)
        for s, t in pairs:
            c_code = AGAINST_CODE if asked is not None and t and t not in asked else code
            domestic = t == s and t is not None and _two_parties(doc, sent, t)
            out.append(_Coded(trig, c_code, s, t if t != s or domestic else None, negated, hypo,
                              sid is not None or speech is not None or alleged, sid, place))
    out.extend(_comm_events(doc, sent, triggers, out, lexicon, statements))
    if options.relations != "off":
        out.extend(_relation_events(doc, sent, triggers, out, options, lexicon, statements, speakers))
    out.extend(_reported_accusations(doc, sent, out, statements))
    out.extend(_alleged_acts(doc, out, lexicon, options))
    out.extend(_reacted_acts(doc, out, lexicon))
    out.extend(_joined_acts(doc, out))
    out.extend(_protest_settings(doc, out, lexicon))
    _repressed_crowd(out)
    if options.emit_statements:
        out.extend(_statement_events(doc, sent, triggers, lexicon, statements))
    out.sort(key=lambda c: c.trigger.token.i)
    return _dedupe(_consequences(doc, _purpose_repeats(drop_gift_aims(out))))


def _with_companions(doc: Doc, verb: Token, sources: list[str | None], targets: list[str | None],
                     ) -> list[str | None]:
    """The object's companions after a verb ("detained X together with Y", "met X along with Y"):
    targets beside the object, one dyad each as for "X and Y"."""
    if targets == [None] or verb.pos_ not in ("VERB", "AUX"):
        return targets
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not any(a in targets for a in actors_of(doc, obj, new=True) if a):
        return targets
    out = list(targets)
    for c in companions(verb):
        if c.i > obj.i:
            out += [a for a in actors_of(doc, c, new=True) if a and a not in out and a not in sources]
    return out


def _repressed_crowd(coded: list[_Coded]) -> None:
    """Violent repression that names no one it was aimed at ("... blocked the highway, and police used
    tear gas to clear the road") is aimed at the crowd whose protest the same sentence states, when there
    is one such crowd (evfresh9): its target becomes that protest's source."""
    crowds = {c.source for c in coded if c.code[:2] == "14" and c.source and not c.negated}
    if len(crowds) != 1:
        return
    crowd = next(iter(crowds))
    for c in coded:
        if c.code == "175" and (c.target is None or _is_thing(c.target)) and c.source and c.source != crowd:
            c.target = crowd


def _alleged_gerund(tok: Token, lexicon: Lexicon) -> bool:
    """A gerund naming what a reaction's object did ("criticised Y for meeting Z", "praised Y for
    helping Z"): the object's act as the subject states it, so reported."""
    p = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or p.dep_ != "prep" or p.lower_ not in _ALLEGED_PREPS:
        return False
    verb = p.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    t = match_token(verb, lexicon)
    return t is not None and t.code[:2] in _REACTION_ROOTS


#: Prepositions that carry the act an accusation names ("accused X of attacking Y", "charged X with ...",
#: "blamed X for ...").
_ALLEGED_PREPS = ("of", "for", "with")


def _alleged_acts(doc: Doc, coded: list[_Coded], lexicon: Lexicon, options: EventOptions) -> list[_Coded]:
    """The act an accusation states the accused did to a third party: "X accused Y of attacking Z"
    is X -> Y ACCUSE and, reported, Y -> Z for the act (a second relation the sentence states).
    Only a lexicon trigger of a gerund without its own subject, and only towards a party other
    than the accuser and the accused. A negated gerund ("accused Y of not helping Z") negates the
    act; a negated accusation too."""
    out: list[_Coded] = []
    seen: set[int] = set()
    for c in coded:
        verb = c.trigger.token
        if c.code[:2] not in ("11", "12") or verb.pos_ != "VERB" or c.target is None or verb.i in seen:
            continue
        obj = next((x for x in verb.children if x.dep_ == "dobj"), None)
        if obj is None or c.target not in actors_of(doc, obj, new=True):
            continue
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in _ALLEGED_PREPS:
                continue
            for g in p.children:
                if g.dep_ != "pcomp" or g.tag_ != "VBG" or any(x.dep_ in ("nsubj", "nsubjpass") for x in g.children):
                    continue
                inner = match_token(g, lexicon)
                if inner is None or inner.code[:2] in ("10", "11", "12") or inner.pattern.target == "none":
                    continue
                negated = c.negated or is_negated(g)
                if negated and not options.include_negated:
                    continue
                accused = [a for a in actors_of(doc, obj, new=True) if a]
                parties: list[str | None] = [*accused, c.source]
                targets = _target(doc, inner, parties, inner.code, lexicon)
                seen.add(verb.i)
                for s_ in accused:
                    for t in targets:  # (not an unnamed site or vessel, which the accuser's country would own:
                        # "accused Y of ramming a government vessel" is its own side's; evfresh9)
                        if t is not None and t != s_ and t != c.source and not _is_thing(t) \
                                and not t.startswith("place:"):
                            out.append(_Coded(inner, inner.code, s_, t, negated, c.hypothetical or is_hypothetical(g),
                                              True, c.statement, c.place))
    return out


#: Roots of a reaction to another party's act (disapproval, accusation, praise and support,
#: rejection, protest): "X condemned Y's attack on Z", "X welcomed Y's release of Z".
_REACTION_ROOTS = ("11", "05", "12", "14")
#: Roots of an act done to someone, whose event noun as a reaction's object is a second event.
_ACT_ROOTS = ("06", "07", "08", "13", "15", "16", "17", "18", "19", "20")
#: Prepositions of an event noun that name the party it is done to.
_ACT_NOUN_PREPS = ("on", "upon", "against", "toward", "towards", "at", "into")


def _reacted_acts(doc: Doc, coded: list[_Coded], lexicon: Lexicon) -> list[_Coded]:
    """The act a reaction names with its own parties: "X condemned Y's air strikes on Z" is X -> Y
    (the reaction) and, reported, Y -> Z (the strikes); the act's party is the event noun's possessor,
    its "by" agent or a modifier naming an actor, and the party it is done to its "on/against/
    toward" object (or "of" object, for acts done to someone: "Y's arrest of Z")."""
    out: list[_Coded] = []
    seen: set[int] = set()
    for c in coded:
        verb = c.trigger.token
        if c.code[:2] not in _REACTION_ROOTS or verb.pos_ != "VERB":
            continue
        heads = dict.fromkeys((verb, c.trigger.head))  # "protested over the detention of Z by Y",
        # "lodged a protest with X over Y's arrest of Z": the act the reaction is about
        about = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("over", "about")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        for noun in [x for x in verb.children if x.dep_ == "dobj" and x.pos_ == "NOUN" and x.i not in seen] \
                + [o for o in about if o.i not in seen]:
            np = noun_pattern(noun, lexicon)
            if np is None or np.code is None or np.frame or np.code[:2] not in _ACT_ROOTS:
                continue
            owner = next((x for x in noun.children if x.dep_ == "poss" and x.lower_ not in _OWN), None)
            agent = owner if owner is not None else by_agent(noun)
            if agent is None and noun.dep_ == "pobj":
                continue  # (a complaint "about Turkish incursions": the topic of the complaint, no act of its
                # own; one "over the detention of Z by Y" names its doer)
            doers = [a for a in actors_of(doc, agent, new=True) if a] if agent is not None \
                else [a for a in _modifier_actors(doc, noun) if a]
            doers = [a for a in doers if a != c.source]
            if not doers:
                continue
            targets = _noun_act_targets(doc, noun, np.code, doers)
            seen.add(noun.i)
            inner = Trigger(noun, np, np.code, noun, {noun.i})
            hypo = c.hypothetical or is_hypothetical(noun)  # "opposed the proposed sanctions on Z": not done
            out += [_Coded(inner, np.code, d, t, False, hypo, True, c.statement, c.place)
                    for d in doers for t in targets]
    return out


def _noun_act_targets(doc: Doc, noun: Token, code: str, doers: list[str]) -> list[str]:
    """The party an event noun's act is done to: its "on/against/toward/at/into" object, or its "of"
    object for acts done to someone ("the arrest of Z"); a named actor first, then the object's
    possessor ("strikes on Z's power grid"), then a participant."""
    objs = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in _ACT_NOUN_PREPS
            for o in p.children if o.dep_ == "pobj"]
    if code[:2] in _OF_TARGET_ROOTS:
        objs += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
    for o in objs:
        poss = [x for x in o.children if x.dep_ == "poss" and x.lower_ not in _OWN]
        found = [a for a in actors_of(doc, o) if a] or [a for x in poss for a in actors_of(doc, x) if a] \
            or [a for a in actors_of(doc, o, new=True) if a]
        targets = [a for a in found if a not in doers]
        if targets:
            return targets
    return []


def _protest_settings(doc: Doc, coded: list[_Coded], lexicon: Lexicon) -> list[_Coded]:
    """"arrested 30 people after a protest outside X": the crowd arrested protested (141, no target;
    protests.py), when no protest of that crowd is coded yet and the noun is no trigger of its own."""
    out: list[_Coded] = []
    parts = participants.current(doc)
    done = {c.trigger.head.i for c in coded} | {c.trigger.token.i for c in coded}
    crowds = {c.source for c in coded if c.code[:2] == "14"}
    for c in coded:
        if not repression(c.code) or c.target is None or _is_thing(c.target) or c.negated or c.hypothetical \
                or c.target in crowds or c.target == c.source or not crowd_code(parts.code_of(c.target)
                                                                                 if parts is not None else None):
            continue
        noun = protest_setting(c.trigger.token)
        if noun is None or noun.i in done:
            continue
        pats = lexicon.nouns.get("protest") or (c.trigger.pattern,)
        trig = Trigger(token=noun, pattern=pats[0], code="141", head=noun)
        out.append(_Coded(trig, "141", c.target, None, False, False, c.reported, c.statement, c.place))
        crowds.add(c.target)
        done.add(noun.i)
    return out


def _joined_acts(doc: Doc, coded: list[_Coded]) -> list[_Coded]:
    """"X joined Y in condemning Z": Y does the act too (Y -> Z, as X -> Z), when "joined" is a
    finite verb."""
    out: list[_Coded] = []
    for c in coded:
        verb = c.trigger.token
        p = verb.head
        if verb.dep_ != "pcomp" or p.lower_ != "in" or p.head.lemma_.lower() != "join" or c.target is None \
                or p.head.tag_ == "VBG":  # (not a participle adjunct: "..., joining Y in ...", background)
            continue
        for y in (x for x in p.head.children if x.dep_ == "dobj"):
            out += [_Coded(c.trigger, c.code, a, c.target, c.negated, c.hypothetical, c.reported, c.statement,
                           c.place) for a in actors_of(doc, y, new=True) if a and a not in (c.source, c.target)]
    return out


def _relation_events(doc: Doc, sent: Span, triggers: list[Trigger], coded: list[_Coded], options: EventOptions,
                     lexicon: Lexicon, statements: list[tuple[int, int, str]], speakers: dict[str, str | None],
                     ) -> list[_Coded]:
    """Events from structural relations between two actors that no lexicon trigger codes,
    typed by the type model (or the lexicon alone); "no event" leaves the relation out."""
    skip: set[int] = set()
    for t in triggers:
        skip |= {t.token.i, t.head.i} | t.absorbed
    pron: dict[int, list[str | None]] = {}
    words = doc_words(doc)
    for i in range(sent.start, sent.end):  # "X said it would ...": the pronoun stands for the speaker
        if words.dep[i] in ("nsubj", "nsubjpass") and words.lower[i] in ("he", "she", "it", "they", "we", "i"):
            tok = doc[i]
            speech = _under_speech(tok.head, lexicon)
            if speech is not None and (speech.i < tok.i or not _noun_subject_before(tok)):
                pron[tok.i] = actors_of(doc, subject_of(speech), new=True)
    have = {(c.source, c.target) for c in coded} | {(c.target, c.source) for c in coded}
    out: list[_Coded] = []
    model = default_model() if options.relations == "model" else None
    # the verbs of a condition or a citation are no act, and no relation of theirs hides the sentence's
    # last resort ("X said it would suspend flights to Y unless Z handed the hijackers over to W": X -> Y)
    if not _CONDITION_WORDS.isdisjoint(words.lower[sent.start:sent.end]):  # (rare: look only then)
        skip |= {i for i in range(sent.start, sent.end) if words.pos[i] == "VERB" and i not in skip
                 and (_under_condition(doc[i], _CONDITIONS) or _in_citation(doc[i])
                      or any(is_proviso(c) for c in doc[i].children))}  # ("provided that": no act of providing)
    for rel in find_relations(doc, sent, lexicon, skip, pron, fallback=True):
        if _under_condition(rel.verb, _CONDITIONS) or _in_citation(rel.verb):
            continue  # "threatened to secede unless X withdrew its troops": a condition, not X's act
        if lemma(rel.verb) == "warn" and warned_clause(rel.verb) == "risk":
            continue  # "warning that traffickers might use X": a risk named, no threat to the smugglers
        if _creates(rel.verb) and rel.path == "obj":
            continue  # "set up a commission", "formed a committee": the body made is no party acted on (evfresh9)
        if _not_done(rel.verb) or rel.path.startswith("clause-subj") and lemma(rel.verb) in DENIAL_VERBS:
            continue  # a power a law grants, an act denied, and the denial of a claim about someone
        if rel.path == "clause-subj" and _own_side_speaking(doc, rel.target_token, rel.sources, rel.verb):
            continue  # "X warned that Baku would strike back at Y": X's own side speaks in the clause, no party
        feats = type_features(rel, lexicon)
        kind = model.predict(feats)[0] if model is not None else lexicon_type(feats)
        if kind == "NONE":
            continue
        trig = Trigger(rel.verb, _RELATION, TYPE_CODES[kind], rel.verb)
        code, negated, hypo = _recode(trig, lexicon)  # mood as for lexicon triggers: "would allow X" an intent
        trig.code = code
        if negated and not options.include_negated:
            continue
        sid = _in_statement(rel.verb, statements)
        reported = sid is not None or _under_speech(rel.verb, lexicon) is not None
        pairs = [(s, t) for s in rel.sources for t in rel.targets]
        if code[:2] == "04" and len(rel.sources) >= 2 and set(rel.targets) <= _venue(doc, rel.verb):
            pairs = [(s, t) for s in rel.sources for t in rel.sources if s != t]  # "A and B attended a summit in X"
        for src, tgt in pairs:
            if (src, tgt) in have:
                continue
            if rel.path.endswith(">in") and src and tgt and len(tgt) == 3 and src[:3] == tgt:
                continue  # "the navy patrolled waters near X" of X's own navy: where it acts, no party
            have.add((src, tgt))
            out.append(_Coded(trig, code, src, tgt, negated, hypo, reported, sid, place_of(rel.verb)))
    return out


_COMM = Pattern("comm", code="020", where="communicative construction")


def _comm_events(doc: Doc, sent: Span, triggers: list[Trigger], coded: list[_Coded], lexicon: Lexicon,
                 statements: list[tuple[int, int, str]]) -> list[_Coded]:
    """Events of the communicative constructions of :mod:`comm` (appeal nouns with an addressee,
    presence for talks, receiving a visitor, ruling out) on tokens no trigger covers, for pairs not
    yet coded; they run before the structural relations, which they take the place of."""
    skip: set[int] = set()
    for t in triggers:
        skip |= {t.token.i, t.head.i}
    skip |= {c.trigger.token.i for c in coded}
    have = {(c.source, c.target) for c in coded}
    out: list[_Coded] = []
    for tok, code, sources, targets in extra_relations(doc, sent, skip, lexicon):
        trig = Trigger(tok, _COMM, code, tok)
        sid = _in_statement(tok, statements)
        for s in sources:
            for tgt in targets:
                if (s, tgt) in have:
                    continue
                have.add((s, tgt))
                out.append(_Coded(trig, code, s, tgt, is_negated(tok), is_hypothetical(tok), sid is not None, sid,
                                  place_of(tok)))
    return out


_ACCUSE = Pattern("say", code="112", where="reported accusation")
#: Verbs that assert a claim about someone ("X says Y has ...", "X alleged that Y ...").
_CLAIM_VERBS = {"say", "claim", "allege", "charge", "contend", "argue", "insist", "maintain", "assert"}
#: People who speak against someone by definition ("critics say Y has ...").
_CRITIC_NOUNS = {"critic", "opponent", "detractor", "skeptic", "sceptic"}
#: Predicates of blame in a reported clause ("said Y was behind the attack", "Y is responsible for").
_BLAME_WORDS = {"responsible", "guilty", "culpable", "complicit", "liable", "blame", "behind"}
_PRONOUNS = {"he", "she", "it", "they"}


def _duty(pred: Token) -> bool:
    """"responsible for protecting the border / running the port": a task named by a gerund, no
    blame; "responsible for shelling the port / burning villages" (``blamed_gerund``) lays it."""
    for p in pred.children:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for o in p.children:
            if o.tag_ == "VBG" or (o.pos_ == "NOUN" and any(
                    c.dep_ == "amod" and c.tag_ == "VBG" and c.i < o.i for c in o.children)):
                return not blamed_gerund(o)
    return False


def _blames(clause: Token) -> bool:
    """A clause that lays blame on its subject: "was behind X", "is responsible for X" (not a duty:
    "is responsible for guarding X")."""
    if clause.lemma_.lower() != "be":
        return False
    for c in clause.children:
        if c.dep_ in ("acomp", "attr", "prep") and c.lower_ in _BLAME_WORDS:
            return not _duty(c)
        if c.dep_ == "xcomp" and c.lower_ == "blame":  # "is to blame"
            return True
    return False


def _reported_accusations(doc: Doc, sent: Span, coded: list[_Coded],
                          statements: list[tuple[int, int, str]]) -> list[_Coded]:
    """Claims made about another party are accusations of it (CAMEO 112, PLOVER ACCUSE) when the
    claimant is a critic ("critics say Y has ...") or the clause lays blame ("X said Y was behind
    the raid", "X says Y is responsible for ..."); the claimant is the source, the party the claim
    is about the target. A hostile act merely reported ("X said the army attacked Y") stays the
    reported act, as the codebook codes it (and "..., police said" attributes a report). A party
    blaming its own side ("X said its police were responsible") accuses no one; critics may be of
    their own side ("Kremlin critics say the president has ...")."""
    out: list[_Coded] = []
    have = {(c.source, c.target) for c in coded}
    words = doc_words(doc)
    spacy_lemmas, tags = words.spacy_lemma, words.tag
    for i in range(sent.start, sent.end):
        if spacy_lemmas[i] not in _CLAIM_VERBS or not tags[i].startswith("VB"):
            continue
        v = doc[i]
        if is_negated(v):
            continue
        subj = subject_of(v)
        if subj is None:
            continue
        for clause in (c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
            about = subject_of(clause)
            if about is None:
                continue
            critic = subj.lemma_.lower() in _CRITIC_NOUNS
            if not (critic or _blames(clause)):
                continue
            sources = [a for a in actors_of(doc, subj, new=True) if a]
            targets = [a for a in actors_of(doc, about, new=True) if a]
            if not targets and about.lower_ in _PRONOUNS:  # "X's critics say he ...": X
                targets = [a for c in subj.children if c.dep_ == "poss" for a in actors_of(doc, c) if a]
            mine = set() if critic else {(_code_of(doc, s) or "")[:3] for s in sources} - {""}
            for s in sources:
                for t in targets:
                    if t == s or (s, t) in have or (_code_of(doc, t) or "")[:3] in mine:
                        continue
                    have.add((s, t))
                    trig = Trigger(v, _ACCUSE, "112", v)
                    out.append(_Coded(trig, "112", s, t, False, is_hypothetical(v), True,
                                      _in_statement(v, statements), place_of(v)))
    return out


def _two_parties(doc: Doc, sent: Span, aid: str) -> bool:
    """Whether one collective actor (a country and sector: INDGOV) stands for two parties in the
    sentence: two of its mentions with different words, no pronoun ("the Kerala government accused
    the Punjab government of ...": a domestic event INDGOV -> INDGOV)."""
    if not (aid.isalpha() and aid.isupper() and len(aid) == 6):
        return False
    texts = set()
    mentions = doc._.sm_mentions or []
    k = bisect_left(mentions, (sent.start_char, -1, ""))
    while k < len(mentions) and mentions[k][0] < sent.end_char:
        s, e, a = mentions[k]
        k += 1
        span = doc.char_span(s, e, alignment_mode="expand") if a == aid and e <= sent.end_char else None
        if span is not None:
            words = span.text.lower().split()
            if words and words[0] not in ("he", "she", "it", "they", "its", "their", "his", "her", "we"):
                texts.add(" ".join(w for w in words if w not in ("the", "a", "an")))
    return len(texts) >= 2


def _venue(doc: Doc, verb: Token) -> set[str | None]:
    """The actors named as where a verb's event takes place ("in X", "at X", also under its object)."""
    return {a for o in place_targets(verb) for a in actors_of(doc, o, new=True)}


#: Accidents and disasters that kill with no party acting ("killed in a plane crash", "died in floods").
_ACCIDENTS = frozenset({"crash", "accident", "collision", "derailment", "stampede", "earthquake", "quake",
                        "flood", "flooding", "landslide", "mudslide", "avalanche", "storm", "cyclone", "hurricane",
                        "typhoon", "tornado", "wildfire", "heatwave", "tsunami", "eruption", "capsizing"})
#: Verbs of dying or harm a passive subject undergoes in an accident.
_HARMED = frozenset({"kill", "injure", "wound", "hurt", "maim"})
#: Natural hazards that kill as the subject of an active verb of harm ("heavy rains and flooding have
#: killed 40 people", "a cholera outbreak killed ..."): no party acts. Fire is not among them
#: ("artillery fire killed ...").
_HAZARDS = _ACCIDENTS | frozenset({"rain", "rains", "rainfall", "downpour", "downpours", "heat", "cold", "snow",
                                   "snowstorm", "blizzard", "drought", "famine", "disease", "cholera", "malaria",
                                   "epidemic", "pandemic", "virus", "outbreak", "lightning", "tremor", "floods",
                                   "monsoon", "weather"})


#: Verbs of damage a natural hazard does as an active subject ("floods destroyed crops", "the cyclone
#: damaged 2,000 homes", "heavy rains cut off roads"): no party acts (besides :data:`_HARMED`).
_HAZARD_HARM = frozenset({"destroy", "damage", "wreck", "flatten", "devastate", "ravage", "raze", "demolish",
                          "burn", "cut", "sweep", "wash", "submerge", "displace", "uproot", "block", "hit"})


def _accidental(tok: Token) -> bool:
    """Whether a passive verb of harm with no "by" agent reports an accident: its "in" phrase names
    a crash, flood or other accident ("was killed in a helicopter crash", "were injured in a
    stampede"), not an act of force ("killed in an air strike", "in an exchange of fire", "in a
    storm of gunfire": an accident noun with an "of" complement names what struck)."""
    lem = tok.lemma_.lower()
    if lem not in _HARMED and lem not in _HAZARD_HARM:
        return False
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "NOUN":  # "floods killed 40 people": a hazard, not a party
        return all((x.lemma_.lower() in _HAZARDS or x.lower_ in _HAZARDS) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in x.children)  # ("a storm of rockets": the rockets)
                   for x in conjuncts(subj) if x.pos_ in ("NOUN", "PROPN"))
    if tok.tag_ != "VBN" or lem not in _HARMED:
        return False
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) and tok.dep_ not in ("acl", "advcl"):
        return False
    if any(c.dep_ == "agent" for c in kids):
        return False  # ("killed by a bomb in a crash ..." names who acted)
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in _ACCIDENTS and not any(
                    x.dep_ == "prep" and x.lower_ == "of" for x in obj.children):
                return True  # (not "a storm / hail of gunfire": the "of" names what struck)
    return False


def _own_joint_force(doc: Doc, verb: Token, targets: list[str | None]) -> bool:
    """Whether every target is a party named by a noun that "joint" modifies in the trigger's phrase ("A and
    B agreed to resume joint patrols": the patrols are the two sources' own forces, not a third party)."""
    ids = {t for t in targets if t}
    if not ids or len(ids) != len(targets):
        return False
    for w in verb.subtree:
        if w.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "joint" for c in w.children) \
                and ids <= {a for a in actors_of(doc, w, new=True) if a}:
            return True
    return False


def _is_thing(aid: str | None) -> bool:
    """Whether an id is a thing acted on (:func:`_thing_target`), not a party."""
    return aid is not None and aid.startswith("thing:")


#: Roots of the acts that voice disapproval (complain, protest) and of diplomatic acts that voice it
#: themselves (summoning an envoy is disapproval, 11; recalling one, cutting ties: 16).
_VOICED = frozenset({"11", "14"})
_VOICING = frozenset({"11", "16"})
#: Roots of material cooperation and aid, whose purpose infinitive of support ("to support reforms",
#: "to back the recovery") says what the help is for, not a second act.
_GIVING = frozenset({"06", "07"})


def _purpose_repeats(coded: list[_Coded]) -> list[_Coded]:
    """Drop the act of a purpose infinitive that only restates its main act ("X summoned Y's envoy
    to complain about ...", "recalled its ambassador to protest ...": one act of disapproval, the
    summons or recall, not a second complaint or a demonstration): the infinitive of a verb (xcomp
    or advcl with "to") that another event of the same source codes, whose root is that event's, or
    a complaint or protest under a diplomatic act of disapproval or reduced relations; and a verb
    coordinated with another that codes the same act between the same parties (see :func:`_one_act`)."""
    mains: dict[int, list[_Coded]] = {}
    for c in coded:
        mains.setdefault(c.trigger.token.i, []).append(c)
    out = []
    for c in coded:
        tok = c.trigger.token
        if tok.dep_ in ("xcomp", "advcl") and tok.pos_ == "VERB" and tok.head.i != tok.i \
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in tok.children):
            same = [m for m in mains.get(tok.head.i, ()) if m is not c and m.source == c.source]
            if any(m.code[:2] == c.code[:2] or c.code[:2] in _VOICED and m.code[:2] in _VOICING for m in same):
                continue
            if c.code[:2] == "05" and (c.target is None or _is_thing(c.target)) and any(
                    m.code[:2] in _GIVING for m in same):
                continue  # "approved a loan for X to support reforms": the aid's purpose, no praise of a thing
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and any(  # "shipped and handed out food to X": one act
                m is not c and m.source == c.source and m.target == c.target and _one_act(m.code, c.code)
                for m in mains.get(tok.head.i, ())):
            continue
        out.append(c)
    return out


#: Roots of the use of force (CAMEO 18-20, PLOVER ASSAULT).


#: Texts a party may reject whose participle says what the text (not the party) asks or condemns.
_TEXTS = frozenset({"resolution", "motion", "bill", "draft", "statement", "declaration", "text", "proposal",
                    "amendment", "letter", "petition"})


#: Codes of goods and services cut off or withheld (power, water, the internet), which a participle after an
#: act of force names as its harm.
_WITHHELD = frozenset({"170", "1721"})
#: Roots of the acts that punish someone for something (sanctions and coercion: arrests, sentences,
#: expulsions, bans) and the verdict code, whose "for / over" gerund names the act punished ("sentenced X
#: for torturing detainees", "arrested Y for blocking a road"). Not blame or criticism: "blamed X for firing
#: on Y" reports the act blamed, as the own pair files code it.
_PUNISHING = frozenset({"16", "17"})


#: Entity types that name a party ("a Swedish diplomat", "Google's offices", "Ms Okafor").
_NAMING_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _punished_for(tok: Token, by_tok: Mapping[int, list[_Coded]]) -> bool:
    """Whether a gerund is the reason of a punishment: the object of "for" or "over" on a verb coded
    as an arrest, sentence, ban, expulsion, sanction or verdict (the act is
    alleged or already judged, not reported as happening now; the GSR and the own files code the
    punishment only), unless the act's object names a party ("for assaulting a Swedish diplomat")."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in ("for", "over"):
        return False
    if any(t.ent_type_ in _NAMING_ENTS and t.dep_ != "det" for o in tok.children if o.dep_ == "dobj"
           for t in (o, *o.lefts)):
        return False  # "detained X for assaulting a Swedish diplomat": an act between named parties stays
    verb = tok.head.head
    return any(m.code[:2] in _PUNISHING or m.code == "116" for m in by_tok.get(verb.i, ()))


def _consequences(doc: Doc, coded: list[_Coded]) -> list[_Coded]:
    """One act of force, not two, where a sentence names an attack and the harm it did in a
    participle of harm after the verb of force, of the same source ("stormed the village, killing 40
    people and wounding ..."). Of the two, the event kept is the attack's, unless the attack only
    names a place or a thing of the harmed party's country ("shelled the town, killing 15
    civilians": the civilians; :func:`_only_place`). (An attack noun with its own object as the
    subject of a killing stays an event beside it: "an attack on a police compound killed 20
    officers", `material.py`.) And
    no act of a text a party rejects ("vetoed a resolution demanding X": the veto only)."""
    by_tok: dict[int, list[_Coded]] = {}
    for c in coded:
        by_tok.setdefault(c.trigger.token.i, []).append(c)
    dropped: set[int] = set()
    for c in coded:
        tok = c.trigger.token
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and tok.head.lemma_.lower() in _TEXTS \
                and any(m.source == c.source and m.code[:2] == "12" for m in by_tok.get(tok.head.head.i, ())):
            dropped.add(id(c))  # "vetoed a resolution demanding X": the text's demand, not the vetoing party's
            continue
        if _punished_for(tok, by_tok):
            dropped.add(id(c))  # "jailed X for insulting the king": the reason punished, not an act coded
            continue
        if c.code in _WITHHELD and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and any(
                m.code[:2] in FORCE_ROOTS for m in by_tok.get(tok.head.i, ())):
            dropped.add(id(c))  # "drones hit a power plant, cutting power to X": the strike's harm, no second act
            # (an arrest, a seizure or a ban after an act of force is an act of its own: "stormed X, arresting Y")
            continue
        if c.code[:2] not in FORCE_ROOTS:
            continue
        if tok.tag_ == "VBG" and tok.lemma_.lower() in _HARMED and tok.dep_ in ("advcl", "xcomp", "conj"):
            main = tok.head  # "attacked X, killing Y" ("..., killing Y and wounding Z": up the conjuncts)
            while main.dep_ == "conj" and main.tag_ == "VBG" and main.lemma_.lower() in _HARMED:
                main = main.head
            if main.tag_ == "VBG" and main.lemma_.lower() in _HARMED:
                continue
        else:
            continue
        mains = [m for m in by_tok.get(main.i, ()) if m is not c and id(m) not in dropped
                 and m.source == c.source and m.code[:2] in FORCE_ROOTS]
        if not mains:
            continue
        for m in mains:  # the main verb is the attack, the participle its harm
            if _only_place(doc, m, c):
                dropped.add(id(m))
            else:
                dropped.add(id(c))
                break
    return [c for c in coded if id(c) not in dropped]


def _only_place(doc: Doc, attack: _Coded, harm: _Coded) -> bool:
    """Whether an attack names no party of its own beside the party its harm names: no target, a
    thing or a weapon, or only a place of the harmed party's country ("hit Khan Younis, killing a
    Hamas commander"); an attack on a party's site or people keeps its target ("attacked a police
    post, killing two civilians": the police)."""
    mine = _code_of(doc, harm.target) or ""
    if harm.target is None or _is_thing(harm.target) or not mine:
        return False
    theirs = _code_of(doc, attack.target) or ""
    return attack.target is None or _is_thing(attack.target) or theirs == "UAF" or (
        len(mine) > 3 and theirs == mine[:3])


def _one_act(a: str, b: str) -> bool:
    """Whether two coordinated verbs between the same parties code one act: the same code ("arrested
    and detained X"), or two steps of one transfer of aid ("bought and shipped vaccines to X": 07).
    Other codes of one root are two acts ("surrendered and freed the hostages": 0874 and 0841)."""
    return a == b or a[:2] == b[:2] == "07"


def _dedupe(coded: list[_Coded]) -> list[_Coded]:
    """Drop repeats within a sentence: the same (source, target, code) twice ("killed one soldier
    and wounded two"), or a targetless event when the same source and code has a target; an event
    aimed at a thing counts as targetless here (one per source and code, as before it had one)."""
    seen: set[tuple[str | None, str | None, str]] = set()
    with_target = {(c.source, c.code) for c in coded if c.target is not None and not _is_thing(c.target)}
    out = []
    for c in coded:
        bare = c.target is None or _is_thing(c.target)  # (a thing acted on: no party)
        key = (c.source, None if bare else c.target, c.code)
        if key in seen or (bare and (c.source, c.code) in with_target):
            continue
        seen.add(key)
        out.append(c)
    return out


def _statement_events(doc: Doc, sent: Span, triggers: list[Trigger], lexicon: Lexicon,
                      statements: list[tuple[int, int, str]]) -> list[_Coded]:
    """Bare statements (010) whose reported content holds no coded event."""
    covered: set[int] = set()
    for t in triggers:
        covered |= {t.token.i, t.head.i} | t.absorbed
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in lexicon.statement_verbs or not tok.tag_.startswith("VB"):
            continue
        if tok.i in covered:
            continue
        inner = {x.i for c in tok.children if c.dep_ in ("ccomp", "parataxis", "dobj") for x in c.subtree}
        if not inner or any(t.token.i in inner or t.head.i in inner for t in triggers):
            continue
        trig = Trigger(tok, _STATEMENT, "010", tok)
        sources = actors_of(doc, subject_of(tok))
        for s in sources:
            out.append(_Coded(trig, "010", s, None, is_negated(tok), is_hypothetical(tok),
                              _under_speech(tok, lexicon) is not None, _in_statement(tok, statements), None))
    return out


def _doc_date(doc: Doc) -> str | None:
    meta = doc._.sm_meta
    if isinstance(meta, dict):
        d = meta.get("date")
        return str(d) if d else None
    return None


def _code_of(doc: Doc, aid: str | None) -> str | None:
    if aid is None:
        return None
    return actor_tables(doc)[1].get(aid)


#: Prepositions whose object an event noun acts on ("an offensive on / against X").
_AIMED_PREPS = ("on", "upon", "against")


def repair_adjective_events(doc: Doc, lexicon: Lexicon) -> int:
    """Re-read an event noun the tagger took for an adjective after the noun it belongs with ("a
    regime offensive on X", "the army offensive against Y": ``offensive`` an adjective modifying
    "regime"): when a word of the lexicon's event nouns is tagged as an adjective, modifies a noun
    to its left (English adjectives come before their noun) and has its own "on / against"
    object, it is made the noun head of the phrase and the noun before it its modifier, so the
    event-noun rules read it ("a Syrian regime offensive on X forced ...": the regime's offensive
    on X). Returns how many were repaired."""
    fixed = 0
    # (a Token only for the adjectives, found on one array: the repair changes no word after the one
    # it mends, so a later word is still an adjective as read)
    for i in adjective_noun_candidates(doc, lexicon.nouns):  # (evspeed5: the array's ADJ amod words, right after
        tok = doc[i]  # their head, with an event noun's form; each checked again here)
        head = tok.head
        if tok.pos_ != "ADJ" or tok.dep_ != "amod" or head.i >= tok.i or head.pos_ not in ("NOUN", "PROPN") \
                or tok.lower_ not in lexicon.nouns or tok.i != head.i + 1 \
                or not any(c.dep_ == "prep" and c.lower_ in _AIMED_PREPS for c in tok.children):
            continue
        up, rel = (tok, "ROOT") if head.dep_ == "ROOT" or head.head.i == head.i else (head.head, head.dep_)
        if not set_heads([(tok, up, rel), (head, tok, "compound")]):  # (never a head cycle: common.guard)
            continue
        tok.pos_, tok.tag_ = "NOUN", "NN"
        forget_tree(doc)  # (none is kept yet: the stage runs its repairs first; a later caller is covered)
        fixed += 1
    return fixed


#: Words of physical harm whose presence in a clause makes its repression violent ("cracked down on the
#: protesters, killing three", "cracked down with tear gas"): PLOVER ASSAULT (175), no longer COERCE.
def _harm_named(verb: Token, code: str) -> bool:
    """Whether a crackdown (175) names the physical harm it did, in an -ing clause (", killing three")
    or a phrase of means ("with tear gas and batons"), not in what it acted on, nor in a second verb
    ("... and introduced the death penalty"): its repression override (PLOVER COERCE for a crackdown
    naming no violence) then yields. Harm is the type features' word list (``typefeatures.HARM_WORDS``);
    other codes keep their overrides."""
    if code == "175" and verb.pos_ in ("NOUN", "PROPN"):
        return noun_harm_named(verb, code)  # "a bloody crackdown" (evlex2.py)
    if code != "175" or verb.pos_ != "VERB":
        return False
    means = ("with", "using")
    parts = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
             or c.dep_ == "prep" and c.lower_ in means]
    parts += [w for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
              for w in o.children if w.dep_ == "prep" and w.lower_ in means]  # (the parser's "on the protest with")
    return any(t.pos_ != "PROPN" and t.lemma_.lower() in HARM_WORDS for c in parts for t in c.subtree) \
        or any(noun_harm_named(o, code) for o in verb.children if o.dep_ == "dobj")  # "launched a bloody crackdown"


def extract_events(doc: Doc, *, options: EventOptions | None = None) -> list[Event]:
    """The events of a parsed Doc (actors and statements read from its extensions when set)."""
    options = options or EventOptions()
    lexicon = options.lexicon or default_lexicon()
    statements = _statement_index(doc)
    speakers = {st.id: (st.speaker.actor if st.speaker else None) for st in doc._.sm_statements or ()}
    date = _doc_date(doc)
    repaired = False
    for repair in (lambda: repair_adjective_events(doc, lexicon), lambda: repair_trailing_summary(doc),
                   lambda: repair_participle_subject(doc), lambda: repair_speaking_participle(doc)):
        n = -1  # (a repair that fails half-way may have changed the parse: its words are forgotten too)
        with isolated(doc, "stancemap_events", what="this parse repair is skipped"):
            n = repair()
        repaired = repaired or n != 0
    if repaired:
        forget_words(doc)  # (the repair rewrote tags and heads that cached word arrays hold)
    events: list[Event] = []
    coded: list[tuple[Span, _Coded]] = []
    with participants.use(doc, resolve=lambda tok: actor_of_np(doc, tok)) as parts:
        for k, sent in enumerate(doc.sents):
            # (one sentence's failure costs that sentence's events only: common.guard)
            with isolated(doc, "stancemap_events", sentence=k, span=(sent.start_char, sent.end_char)):
                coded.extend([(sent, c) for c in sentence_events(doc, sent, options, lexicon, statements, speakers)])
        renamed = parts.commit([(c.source, c.target, (sent.start_char, sent.end_char), c.trigger.token.i, c.code)
                                for sent, c in coded])
        by_id = {a.id: a for a in doc._.sm_actors or ()}
        for _, c in coded:
            c.source = renamed.get(c.source, c.source) if c.source else None
            c.target = renamed.get(c.target, c.target) if c.target else None
            c.code = armed_custody_code(c.code, by_id.get(c.source) if c.source else None, c.trigger.token)  # evlex2.py
        codes = {a.id: a.code for a in doc._.sm_actors or ()}
        uncoded = {a.id: a.sector or "" for a in doc._.sm_actors or ()
                   if not a.country and (not a.code or a.code == a.sector) and parts.placeable(a.id)
                   and (a.type in ("person", "group") or a.type == "organisation" and a.sector)}
        event_codes: list[tuple[str | None, str | None]] = []
        for sent, c in coded:  # a party without a country takes the event's (the code only)
            pair = []
            for mine, other in ((c.source, c.target), (c.target, c.source)):
                code = codes.get(mine) if mine else None
                span = (sent.start_char, sent.end_char)
                if mine == c.source and code and len(code) == 3 and by_id.get(mine) is not None \
                        and by_id[mine].type == "state" and _military_means(doc, by_id[mine], c.trigger.token, parts):
                    code += "MIL"  # "Israeli strikes killed ...": the state's military (as the GSR codes "Israeli tanks")
                elif (home := parts.home_code(mine, other, span, source=mine == c.source, code=c.code)) is not None:
                    code = home  # "the government" acting on a party of its own country
                elif mine in uncoded and (known := parts.known_code(mine, date)):  # "X, the UN envoy,"
                    code = known
                elif mine in uncoded:
                    country = (parts.place_country(c.trigger.token.i) if participants.material_act(c.code, uncoded[mine]) else None) \
                        or parts.context_country(other, span)
                    if country:
                        code = (load_tables().code_of(country) or country) + uncoded[mine]
                pair.append(code)
            event_codes.append((pair[0], pair[1]))
    texts: dict[int, str] = {}  # a sentence's text, joined once for all its events
    emitted: set[tuple[int, str | None, str | None, str]] = set()
    for (sent, c), (scode, tcode) in zip(coded, event_codes):
        tgt = by_id.get(c.target) if c.target else None
        if self_aimed(c.code, c.source, c.target, scode, tcode, tgt.type if tgt is not None else None) \
                and named_as_state(tgt, sent.start_char, sent.end_char) \
                and named_as_state(by_id.get(c.source) if c.source else None, sent.start_char, sent.end_char):
            continue  # a party's words aimed at itself or its own state (own_side.py)
        key = (c.trigger.token.i, scode, tcode, c.code)
        if scode and tcode and key in emitted:
            continue  # "abducted a bishop and four priests": one act between the same coded parties
        emitted.add(key)
        info = get_code(c.code)
        if sent.start not in texts:
            texts[sent.start] = doc_text(doc)[sent.start_char:sent.end_char]  # (sent.text, without a Token per word)
        events.append(Event(
            id=f"e{len(events) + 1}",
            source=c.source,
            target=c.target,
            source_code=scode,
            target_code=tcode,
            cameo=c.code,
            cameo_root=c.code[:2],
            plover=(c.trigger.pattern.plover if c.trigger.pattern.plover and options.plover_scheme == "2021"
                    and c.code == c.trigger.pattern.code and not _harm_named(c.trigger.token, c.code)
                    else plover_type(c.code, options.plover_scheme)),
            goldstein=info.goldstein,
            evidence=TextSpan(texts[sent.start], sent.start_char, sent.end_char),
            date=event_date(sent, c.trigger.token, date, future=has_future(c.trigger.token)),
            place=c.place,
            negated=c.negated,
            hypothetical=c.hypothetical,
            reported=c.reported,
            statement=c.statement,
        ))
    return events


class EventCoder:
    """spaCy component: writes ``doc._.sm_events``."""

    def __init__(self, nlp: Language, name: str, emit_statements: bool = False,
                 include_negated: bool = True, plover_scheme: str = "2021", relations: str = "model",
                 verb_dictionaries: list[str] | None = None) -> None:
        register_extensions()
        self.name = name
        # load (and validate) the data files at construction
        lexicon = lexicon_with(tuple(verb_dictionaries or ()))
        self.options = EventOptions(emit_statements=emit_statements, include_negated=include_negated,
                                    plover_scheme=plover_scheme, relations=relations, lexicon=lexicon)
        if relations == "model":
            default_model()

    def __call__(self, doc: Doc) -> Doc:
        doc._.sm_events = extract_events(doc, options=self.options)
        return doc


@Language.factory(
    "stancemap_events",
    default_config={"emit_statements": False, "include_negated": True, "plover_scheme": "2021",
                    "relations": "model", "verb_dictionaries": []},
)
def make_event_coder(nlp: Language, name: str, emit_statements: bool, include_negated: bool,
                     plover_scheme: str, relations: str, verb_dictionaries: list[str]) -> EventCoder:
    return EventCoder(nlp, name, emit_statements, include_negated, plover_scheme, relations, verb_dictionaries)
