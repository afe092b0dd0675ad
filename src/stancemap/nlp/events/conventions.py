"""Coding conventions that depend on who the target is, not only on the trigger.

A lexicon pattern codes a trigger by its words; some codes also depend on how the target is
related to what is said or done. These rules run after the source and target of a trigger are
found (:func:`stancemap.nlp.events.component.sentence_events`):

- *Appeals against a party.* An appeal or demand for a hostile act ("called for sanctions
  against X", "demanded an inquiry into X's role", "urged the prosecution of X's officers") is a
  request only towards the party asked to act; towards the party the act would hit it is
  opposition rallied against it, CAMEO 113 (the codebook's own example codes a call for sanctions
  against a country so), PLOVER ACCUSE. The party asked is the trigger's object, its "on/upon/to"
  object or the subject of its complement clause ("urged X to sanction Y": a request to X).
- *Telephone calls.* "X called Y" with an actor as direct object, no "for"/"upon", no "on" with
  an actor and no infinitive other than one of talking ("called Y on Monday to discuss ...",
  not "called Y to resign") is a call to Y (CAMEO 041, consult), not an appeal; when its purpose
  clause praises, thanks or reassures ("called Y to congratulate him"), the call is that
  support (051).
- *Senses the trigger's arguments decide.* "Strikes" carried out by armed forces, qualified as
  air, missile or drone strikes, or aimed at targets or positions are military (190, 195 from
  the air), not labour strikes (143); boycotts and blockades by civilians and their groups (drivers,
  unions, activists) are protest (143, 144), not a state's embargo (163) or a military blockade (191),
  and so are their protests against a decision (141), no diplomatic complaint (114); protesters, opponents or students who clash with police
  riot (145) rather than fight (190); stopping the work of others ("halted the work of the aid
  groups") bans it (172) rather than striking (143); armed groups outside the state who seize
  or detain people or vessels abduct or hijack them (181), no arrest or confiscation; forces sent to attack, bomb or destroy ("sent jets to
  destroy the reactor") carry out that attack, not a show of force (15x); an order to leave the
  country ("ordered the ambassador to leave") expels: diplomats (161), other people (174), no mere demand;
  an order to stop an activity ("ordered the paper to suspend publication") is an administrative
  sanction (172); property burned or looted by rioters and protesters is a violent protest (145); an
  attack on positions held by forces ("attacked Azerbaijani positions") is armed
  force (190), not words against a stance (111); raids by police and other law enforcers are searches and seizures (171, PLOVER
  COERCE 'confiscate'), not attacks; an "attack" launched by one named person is a verbal one (111); a
  protest, strike or boycott announced for the future is a threat of it (133); "called X a <name>"
  gives a name, no appeal: praise (051) or, mostly, disapproval (111); a court's order of a trial,
  an arrest or a release is that act (112, 173, 0841).

Mood (:func:`stancemap.nlp.events.component._recode`) applies to lexicon triggers and to the
relations the type model codes alike: an announced act is an intent or a threat, a refused one
a rejection, and a concession not made ("did not grant permission", "has not released the
detainees") is declined in any tense (CAMEO 124).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors.tables import load_tables
from ...ontology import plover_type
from ...ontology.cameo import FORCE_ROOTS
from ..common.courts import COURT_NOUNS
from .args import actors_of, has_future, is_negated
from .comm import for_to_subjects
from .lexicon import Lexicon
from .match import Trigger, find_topic, lemma, match_token
from .material import CLASH_WORDS
from .participants import participant_table

__all__ = ["HOSTILE_WORDS", "hostile_appeal", "addressees", "AGAINST_CODE", "phone_call_code", "sense_code"]

#: The code of an appeal for a hostile act, towards the party it would hit (rally opposition against).
AGAINST_CODE = "113"
#: Words of a complement that make an appeal one for a hostile act besides the topics with only
#: hostile codes ("an inquiry into", "the prosecution of", "punish").
HOSTILE_WORDS = {"investigation", "investigate", "inquiry", "probe", "prosecution", "prosecute", "punish",
                 "punishment", "indictment", "indict", "arrest", "trial", "accountable", "accountability",
                 "condemnation", "censure", "expulsion", "isolation", "isolate", "penalty", "penalize",
                 "penalise", "charge", "sentence", "jail", "imprisonment", "ouster"}
#: Families whose codes are hostile acts (a topic with codes for these and none for an intent).
_HOSTILE_FAMILIES = {"threaten", "accuse", "investigate"}
#: Verbs of a purpose clause that make "called X to ..." a telephone call ("to discuss", not "to resign").
_CALL_PURPOSE = {"discuss", "talk", "exchange", "review", "consult", "coordinate", "brief", "inform", "update",
                 "explain", "convey", "express", "offer", "extend", "share", "voice", "reaffirm", "stress",
                 "seek", "raise", "follow", "check", "congratulate", "thank", "praise", "assure", "reassure",
                 "hail", "commend", "greet", "salute", "felicitate", "wish", "condole", "console"}
#: Verbs of a purpose clause that make a telephone call an act of support.
_SUPPORT_PURPOSE = {"congratulate", "thank", "praise", "assure", "reassure", "hail", "commend", "greet",
                    "salute", "felicitate"}



def _off_the_air(tok: Token) -> bool:
    """Whether an order sends its object "off the air" (the "off" on the verb or, as the parser often has
    it, on the object): a broadcaster's programmes stopped."""
    for c in (*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children)):
        if c.lower_ == "off" and c.dep_ in ("prep", "prt", "advmod") and any(
                lemma(o) == "air" for o in c.children if o.dep_ == "pobj"):
            return True
    return False

def hostile_appeal(trig: Trigger, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether an appeal or demand asks for a hostile act (its complement's topic or words)."""
    if trig.pattern.frame not in ("appeal", "demand") or trig.code[:2] not in ("02", "10"):
        return False
    comp = [doc[i] for i in sorted(trig.absorbed) if i != trig.token.i]
    if not comp:
        return False
    topic = find_topic(comp, lexicon)
    if topic is not None and set(topic.codes) & _HOSTILE_FAMILIES and (
            "intent" not in topic.codes or topic.codes["intent"][:2] == "13"):  # a hostile act vowed is a threat
        return True
    core = [c for v in {trig.token, trig.head} for c in v.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    core += [o for v in {trig.token, trig.head} for c in v.children if c.dep_ == "prep"
             and c.lower_ in ("for", "on", "upon") for o in c.children if o.dep_ in ("pobj", "pcomp")]
    return any(lemma(t) in HOSTILE_WORDS for t in core)  # "an inquiry into X", not "the release after ..."


def addressees(doc: Doc, trig: Trigger) -> set[str]:
    """Actor ids of the party an appeal or demand is addressed to (see the module doc)."""
    toks: list[Token] = []
    for verb in {trig.token, trig.head}:
        for c in verb.children:
            if c.dep_ in ("dobj", "dative"):
                toks.append(c)
            elif c.dep_ in ("prep", "dative") and c.lower_ in ("on", "upon", "to"):
                toks.extend(o for o in c.children if o.dep_ == "pobj")
            elif c.dep_ in ("ccomp", "xcomp"):
                toks.extend(s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
        toks.extend(for_to_subjects(verb))  # "pushed for X to deploy ...": X is asked (comm.py)
    return {a for t in toks for a in actors_of(doc, t, new=True) if a}


def phone_call_code(trig: Trigger, doc: Doc) -> str | None:
    """041 (or 051 for a call to congratulate or reassure) when an appeal trigger "call" is a
    telephone call: an actor as its direct object, no "for"/"upon" and no "on" with an actor."""
    tok = trig.token
    if lemma(tok) != "call" or trig.pattern.frame != "appeal" or trig.head.i != tok.i:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or not any(actors_of(doc, o) != [None] for o in objs):
        return None
    if any(c.dep_ == "oprd" for c in tok.children) or any(c.dep_ in ("ccomp", "oprd") for o in objs
                                                          for c in o.children):
        return None  # "called X a liar": a name given, not a call
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "upon"):
            return None
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                actors_of(doc, o) != [None] for o in c.children if o.dep_ == "pobj"):
            return None
    purposes = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    if purposes and not any(lemma(p) in _CALL_PURPOSE for p in purposes):
        return None  # "called X to resign": an appeal to X
    if any(lemma(p) in _SUPPORT_PURPOSE for p in purposes):
        return "051"
    return "041"


#: Modifiers and subjects that make "strikes" military, and what military strikes are aimed at.
_AIR_MODS = {"air", "airstrike", "missile", "drone", "rocket", "aerial"}
_MILITARY_MODS = _AIR_MODS | {"military", "naval", "retaliatory", "precision", "artillery", "targeted", "surgical",
                              "punitive", "preemptive", "pre-emptive"}
_ARMED = {"force", "army", "military", "jet", "navy", "troop", "warplane", "aircraft", "drone", "soldier",
          "artillery", "fighter", "militant", "rebel", "insurgent", "militia", "bomber", "helicopter", "coalition"}
_MILITARY_AIMS = {"target", "position", "base", "camp", "facility", "site", "depot", "stronghold", "hideout",
                  "installation", "infrastructure", "outpost", "convoy"}
#: Armed groups outside the state, whose seizures and detentions are abductions and hijackings.
_ARMED_GROUPS = {"militant", "rebel", "insurgent", "gunman", "gunmen", "pirate", "terrorist", "kidnapper", "jihadist",
                 "guerrilla", "militia", "militiaman", "extremist", "bandit", "abductor", "hijacker"}
#: Unarmed crowds, and the police they may clash with.
_CROWDS = {"protester", "demonstrator", "opponent", "student", "activist", "supporter", "worker", "rioter", "youth",
           "crowd", "villager", "resident", "mob", "fan", "protestor", "marcher", "farmer", "striker"}
#: Buildings and public spaces whose occupation by civilians is a sit-in, not a seizure of land.
_SIT_IN_PLACES = {"office", "lobby", "building", "ministry", "hall", "campus", "headquarters", "parliament", "embassy",
                  "consulate", "school", "university", "faculty", "factory", "plant", "mine", "church", "cathedral",
                  "station", "airport", "courthouse", "premises", "chamber", "square", "street", "bridge", "site",
                  "refinery", "port", "terminal", "hospital", "library", "theatre", "theater", "museum", "palace",
                  "legislature", "assembly", "senate", "congress", "townhall", "compound", "warehouse", "mill",
                  # roads and lines of passage held by civilians: passage obstructed (144), as a blockade (evlex)
                  "road", "highway", "motorway", "roundabout", "junction", "intersection", "railway", "runway",
                  "crossing", "avenue", "boulevard"}
#: Verbs of attack that a crowd in protest carries out as a riot.
_RIOT_VERBS = {"attack", "storm", "ransack", "overrun", "besiege", "assault", "raid"}
#: Crowds in protest whose attacks ("protesters stormed parliament", "attacked the embassies") are a violent
#: protest (145, PLOVER PROTEST 'riot'), not armed force.
_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher", "striker"}
_POLICE = {"police", "policeman", "officer", "riot", "gendarme", "gendarmerie", "guard"}
#: Civilians and their organisations, whose boycotts and blockades are protest (143, 144), not a state's
#: embargo (163) or a military blockade (191).
_CIVILIANS = _CROWDS | {"driver", "trucker", "union", "unionist", "teacher", "doctor", "nurse", "lawyer", "consumer",
                        "trader", "merchant", "shopkeeper", "employee", "miner", "fisherman", "fishermen", "docker",
                        "dockworker", "environmentalist", "campaigner", "group", "pensioner", "parent", "local",
                        "tribe", "tribesman", "taxi", "transporter", "citizen", "people", "organizer", "organiser"}


#: Orders to leave the country are expulsions: of diplomats (161, relations reduced), else of people (174).
_ORDER_VERBS = {"order", "tell", "instruct", "give"}
_LEAVE_VERBS = {"leave", "depart", "quit", "exit"}
_DIPLOMATS = {"ambassador", "diplomat", "envoy", "attache", "attaché", "consul", "charge", "chargé", "embassy"}
#: Foreign missions ordered out: peacekeepers (1661), inspectors and monitors (1662), aid agencies (1663), which
#: the PLOVER codebook counts as SANCTION 'expel', not the deportation of individuals (174, COERCE).
_MISSIONS = {"peacekeeper": "1661", "peacekeeping": "1661", "inspector": "1662", "monitor": "1662",
             "observer": "1662", "agency": "1663", "ngo": "1663", "charity": "1663", "humanitarian": "1663",
             "relief": "1663"}
#: Acts an order brings about when they are its complement's past participle ("ordered X jailed").
_ORDERED_ACTS = {"jail": "173", "imprison": "173", "detain": "173", "arrest": "173", "remand": "173",
                 "release": "0841", "free": "0841", "deport": "174", "expel": "174", "extradite": "063"}


#: Places of detention an order's "held in / on" names ("ordered X held in custody"; evfresh12).
_HELD_IN = {"custody", "detention", "jail", "prison", "cell", "remand"}


def _ordered_act(part: Token) -> str | None:
    """The code of the act an order's past participle brings about ("ordered X jailed": 173), also
    "held" with a place of detention ("ordered X held in pre-trial detention", "held on remand")."""
    if lemma(part) == "hold":
        held = any(c.dep_ == "prep" and c.lower_ in ("in", "on") and any(  # ("in custody pending trial":
            lemma(o) in _HELD_IN for o in c.subtree) for c in part.children)  # the parser's custody may hang lower)
        return "173" if held else None
    return _ORDERED_ACTS.get(lemma(part))


#: Foreign forces ordered to withdraw from the orderer's soil are expelled (166), not asked to de-escalate.
_FORCES = {"troop", "soldier", "force", "personnel", "military", "contingent", "garrison", "base", "sailor",
           "marine", "airman", "unit", "battalion", "brigade"}


def _withdrawn_forces(verb: Token) -> bool:
    """Whether a "withdraw" names foreign forces withdrawn: a party told to withdraw its forces
    ("ordered X to withdraw its troops") or forces the order names as another country's ("ordered
    the Danish troops to withdraw"); not the orderer's own ("ordered its troops to withdraw from the
    town", a retreat ordered, not an expulsion)."""
    words = {lemma(t) for c in verb.children if c.dep_ in ("dobj", "nsubj") for t in c.subtree}
    if not words & _FORCES:
        return False
    told = [c for c in verb.head.children if c.dep_ == "dobj"]
    return any(_foreign(c) or _other_state(c) for c in told)


def _other_state(noun: Token) -> bool:
    """Whether the party an order tells to act is a state named for itself ("ordered Russia to withdraw
    its troops"), not the orderer's own army or a forces noun ("ordered the army to withdraw its troops")."""
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    mine = {lemma(t) for t in subject.subtree} if subject is not None else set()
    return noun.ent_type_ == "GPE" and lemma(noun) not in _FORCES and lemma(noun) not in mine


def _ordered_party(act: Token) -> bool:
    """Whether the one an order's participle acts on is a party (a person, a group, a state), not a thing
    ("ordered the activist freed", not "ordered the frozen assets released"): the participle's subject
    or, hung on the object, the object itself."""
    held = [act.head] if act.dep_ == "acl" else [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(a is not None and not a.startswith("thing:") for h in held for a in actors_of(h.doc, h, new=True)) \
        or any(h.pos_ == "PROPN" and h.ent_type_ == "PERSON" for h in held)


def actor_code(doc: Doc, aid: str | None) -> str | None:
    """The code of an actor or participant id (the actor stage's, else the participant's)."""
    from .args import actor_tables
    from .participants import current
    if aid is None:
        return None
    code = actor_tables(doc)[1].get(aid)
    if code is None and (parts := current(doc)) is not None:
        code = parts.code_of(aid)
    return code


def _foreign(noun: Token) -> bool:
    """Whether a noun phrase names its party by a country or nationality of its own ("Danish troops",
    "Russia's soldiers", "the French ambassador"), not by a pronoun or nothing ("its troops", "the
    police"): of the parties an order sends out, only those are another country's."""
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    mine = {lemma(t) for t in subject.subtree} if subject is not None else set()
    return any((t.ent_type_ in ("NORP", "GPE") or t.lower_ == "foreign") and t.dep_ in ("amod", "compound", "poss", "nmod")
               and lemma(t) not in mine for t in noun.subtree if t.i < noun.i)


#: Names that praise when someone is called one ("called X a true friend"); other names given insult.
_PRAISE_NAMES = {"friend", "ally", "partner", "hero", "champion", "brother", "statesman", "visionary", "leader",
                 "success", "model", "example", "inspiration", "great", "good", "true", "wonderful", "strong",
                 "brave", "courageous", "wise", "trusted", "reliable", "close", "dear", "fantastic", "outstanding"}
_INSULTS = {"not", "no", "never", "bad", "stupid", "weak", "fake", "false", "failed", "failure", "enemy", "traitor",
            "liar", "criminal", "dictator", "threat", "disaster", "terrorist", "puppet", "coward", "clown", "fool",
            "illegitimate", "genocidal", "sham", "farce", "fraud", "fraudulent", "aggressor", "dictatorship",
            "hypocritical", "irresponsible", "unacceptable", "provocation", "provocative", "lie", "racist", "fascist",
            "nazi", "murderer", "disgrace", "disgraceful", "outrageous", "illegal", "unlawful", "barbaric",
            "aggression", "crime", "genocide", "massacre", "rogue"}
#: Courts and judges, whose orders of a trial, an arrest or a release are those acts.
_COURTS = COURT_NOUNS
#: Orders that stop the target's activity are administrative sanctions (172), not requests.
_HALT_VERBS = {"stop", "suspend", "halt", "cease", "close", "shut", "end", "quit", "abandon", "disband", "dissolve"}
#: Law enforcers, whose raids are searches and seizures.
_LAW_ENFORCERS = {"police", "policeman", "officer", "agent", "investigator", "prosecutor", "authority", "customs",
                  "inspector", "detective", "fbi", "gendarme", "gendarmerie", "ministry", "court", "regulator",
                  "official", "interpol", "immigration"}
#: Event nouns that, launched by one named person at another party, are verbal attacks.
_VERBAL_ATTACKS = {"attack", "assault", "broadside", "offensive", "onslaught"}


#: Sectors of people nouns (the participant table's and the actor tables' collectives) whose bearers are
#: people, not bodies, outlets or things ("farmers", "fishermen", "students"; not "newspapers", "companies").
_PEOPLE_SECTORS = {"CVL", "LAB", "EDU", "HLH", "OPP", "JUD", "AGR", "REF"}


def _is_person(tok: Token) -> bool:
    """Whether a noun names people: a person's name, a role of one person in the actor tables ("the
    speaker", "a journalist", "soldiers"), or a people noun of the participant table or of the actor
    tables' collectives ("fishermen", "a farmer"), no place ("villages")."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ in ("NOUN", "NUM") and tok.lemma_.lower() in ("dozen", "hundred", "score", "thousand", "group",
                                                             "number", "handful", "some", "several"):
        return any(_is_person(o) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj")  # "dozens of women"
    tables, table = load_tables(), participant_table()
    for key in (tok.lower_, tok.lemma_.lower()):
        if key in tables.person_roles:
            return True
        if key in table.places:
            return False
        # (collectives are listed in the plural: "farmers" names a farmer too)
        sector = table.people.get(key) or tables.collectives.get(key) or tables.collectives.get(key + "s")
        if sector in _PEOPLE_SECTORS:
            return True
    return False


def _name_words(name: Token) -> list[Token]:
    """The words of a name given ("a true friend", "not a friend of the people"), without what a phrase
    under it names ("a threat to the country's great tradition of tolerance": nothing great said of the one called)."""
    return [t for c in (name, *(c for c in name.children if c.dep_ not in ("prep", "relcl", "acl")))
            for t in (c.subtree if c.i != name.i else (c,))]


def _names_someone(tok: Token) -> bool:
    """Whether "call" gives its object a name ("called X a liar"): an object or object complement, a
    noun or adjective as the name (no date: "called Thursday on ..."), no infinitive and no
    "on/upon/for" appeal."""
    if not any(c.dep_ in ("dobj", "oprd") and c.ent_type_ not in ("DATE", "TIME") for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children) for c in tok.children):
        return False
    if any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                  for a in c.children) for c in tok.children):
        return False  # "called X to resign": an appeal
    named = [x for c in tok.children if c.dep_ == "dobj" for x in c.children if x.dep_ in ("oprd", "ccomp")]
    named += [c for c in tok.children if c.dep_ == "oprd"]
    return any(x.pos_ in ("NOUN", "ADJ", "PROPN") and x.ent_type_ not in ("DATE", "TIME") for x in named)


def _person_subject(tok: Token) -> bool:
    """Whether the subject of ``tok`` is one named person (no armed group, no state)."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in subj.children):
        return False
    return not any(lemma(t) in _ARMED | _ARMED_GROUPS for t in subj.subtree)


def _subject_words(tok: Token) -> set[str]:
    """The words of a verb's subject (a conjunct's, infinitive's or adverbial's from the verb above; a
    relative pronoun's from the noun its clause modifies: "protesters who stormed X": the protesters)."""
    verb = tok
    subjs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    # (the nearest before the verb: a dateline may hang on it as a first subject)
    subj = max((c for c in subjs if c.i < tok.i), key=lambda c: c.i, default=subjs[0] if subjs else None)
    if subj is None and tok.dep_ in ("xcomp", "conj", "advcl"):
        verb = tok.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return set()
    words = {lemma(t) for t in subj.subtree}
    # (a plural noun the tagger read as a name at the start of a sentence, "Protesters attacked": its singular)
    return words | {lemma(t)[:-1] for t in subj.subtree if t.tag_ == "NNPS" or t.tag_ == "NNP" and t.lower_.endswith("ers")}


#: Modifiers that make "positions" ground held by forces ("rebel positions", "army positions").
_POSITION_HOLDERS = {"military", "army", "rebel", "enemy", "militant", "insurgent", "troop", "artillery", "defensive",
                     "forward", "frontline", "jihadist", "militia", "separatist", "taliban", "guerrilla", "regime"}


def _held_positions(obj: Token) -> bool:
    """Positions held by forces: "Azerbaijani positions", "rebel positions", or plural "positions" with no
    owner and no topic ("attacked positions near the border"), unlike "attacked the party's position on tax"."""
    if lemma(obj) != "position":
        return False
    mods = [m for m in obj.children if m.dep_ in ("amod", "compound", "nmod")]
    if any(m.ent_type_ in ("NORP", "GPE") or lemma(m) in _POSITION_HOLDERS for m in mods):
        return True
    owned = any(m.dep_ == "poss" for m in obj.children)
    topic = any(m.dep_ == "prep" and m.lower_ in ("on", "about", "regarding", "over") for m in obj.children)
    return obj.tag_ == "NNS" and not owned and not topic


#: Verbs that raise new forces (call up, recruit, draft) and the forces only such a verb raises: what they
#: are raised for ("called up reservists to fight X") is no act yet, unlike forces sent ("sent jets to bomb X").
_RAISING_VERBS = {"mobilize", "mobilise", "recruit", "muster", "draft", "conscript", "enlist", "mass", "amass"}
_RAISED_FORCES = {"reservist", "reserve", "conscript", "recruit", "volunteer", "draftee"}


def _raises_forces(verb: Token) -> bool:
    """Whether a verb of force posture raises forces rather than sends them: "mobilised / recruited /
    called up / massed" forces, or reservists, conscripts, recruits or volunteers raised by any verb.
    Their purpose infinitive ("to fight X") is what they are raised against, no act of force yet."""
    if verb.pos_ != "VERB":
        return False
    if lemma(verb) in _RAISING_VERBS or lemma(verb) == "call" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and lemma(c) in _RAISED_FORCES for c in verb.children)


#: Crowds whose attacks are physical ones (opponents, activists and students also attack in words).
_STREET_CROWDS = {"mob", "crowd", "rioter", "protester", "protestor", "demonstrator", "youth", "marcher", "fan", "gang",
                  "villager", "resident", "striker", "thug", "hooligan"}
#: Nouns of conduct a party is attacked "for" in words ("attacked X for its handling of the crisis").
_CONDUCT_NOUNS = {"handling", "failure", "decision", "remark", "comment", "statement", "stance", "position", "policy",
                  "role", "response", "silence", "inaction", "conduct", "behaviour", "behavior", "record", "plan",
                  "refusal", "support", "approach", "delay", "mismanagement", "attitude"}


def _blamed_for(verb: Token) -> bool:
    """Whether a verb has a "for" phrase naming conduct it blames: a gerund ("for raising prices") or a noun of
    conduct ("for its handling of X"); not time ("for hours") or purpose ("for revenge")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
                return True
            if any(o.dep_ == "pobj" and lemma(o) in _CONDUCT_NOUNS for o in c.children):
                return True
    return False


#: Places of custody a court orders a party back to ("ordered X to return to prison").
_CUSTODY = {"prison", "jail", "gaol", "custody", "detention", "cell"}


def _court_infinitive(verb: Token) -> str | None:
    """The act a court orders of a party in an infinitive: to stand (or face) trial is a trial (112), to return
    or report to prison or custody is imprisonment (173); else None."""
    for c in verb.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB":
            continue
        if lemma(c) in ("stand", "face") and any(lemma(o) in ("trial", "retrial") for o in c.children
                                                 if o.dep_ in ("dobj", "npadvmod", "attr", "oprd")):
            return "112"
        if lemma(c) in ("return", "go", "report", "surrender") and any(
                lemma(o) in _CUSTODY for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
                for o in p.children if o.dep_ == "pobj"):
            return "173"
    return None


def sense_code(trig: Trigger, code: str, lexicon: Lexicon) -> str:
    """The code of a trigger whose sense its arguments decide (see the module doc), else ``code``."""
    head, tok = trig.head, trig.token
    if code[:2] == "14" and lemma(head) == "strike" and head.i != tok.i:
        mods = {lemma(c) for c in head.children if c.dep_ in ("amod", "compound", "nmod")}
        aims = {lemma(o) for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for o in c.children if o.dep_ == "pobj"}
        if mods & _AIR_MODS:
            return "195"
        if mods & _MILITARY_MODS or aims & _MILITARY_AIMS or _subject_words(tok) & _ARMED:
            return "190"
    if code == "190" and head.i == tok.i and lemma(head) == "attack" and _blamed_for(tok) \
            and not _subject_words(tok) & (_ARMED | _ARMED_GROUPS | _STREET_CROWDS) \
            and not any(lemma(o) in _SIT_IN_PLACES | _MILITARY_AIMS for o in tok.children if o.dep_ == "dobj"):
        # (not by crowds or armed men, nor on a building or a post: "a mob attacked the police station for its role
        # in the killings" is a violent protest (145, below), not words)
        return "111"  # "attacked the government for raising prices": blame for conduct, no force (evlex)
    if code == "114" and lemma(head) == "protest" and _subject_words(tok) & _CIVILIANS:
        return "141"  # "miners walked out to protest X's plan": a protest, no diplomatic complaint
    if code == "163" and lemma(head) == "boycott" and _subject_words(tok) & _CIVILIANS:
        return "143"  # "truck drivers boycotted the company": a protest, no embargo
    if code == "191" and lemma(head) in ("blockade", "block", "barricade", "besiege") and _subject_words(tok) & _CIVILIANS:
        return "144"  # "activists blockaded the mine": passage obstructed in protest, no military blockade
    if code in ("171", "1712") and _subject_words(tok) & (_CROWDS - {"villager", "resident"}) and head.i == tok.i:
        return "145"  # "rioters set fire to the parliament", "protesters looted shops": a violent protest
    if code == "192" and head.i == tok.i and _subject_words(tok) & _CIVILIANS and not _subject_words(tok) & (
            _ARMED | _ARMED_GROUPS) and any(lemma(o) in _SIT_IN_PLACES for o in tok.children if o.dep_ == "dobj"):
        # "nurses occupied the lobby of the ministry": a sit-in (PLOVER PROTEST); land ("farmers occupied an
        # estate") stays an occupation (192)
        return "144"
    if code == "1711" and head.i == tok.i and any(_is_person(o) for o in tok.children if o.dep_ in ("dobj", "nsubjpass")):
        # "seized six fishermen", "soldiers seized the speaker": people seized are abducted (181, PLOVER
        # ASSAULT 'abduct'), by the police or the authorities arrested (173), never property confiscated
        return "173" if _subject_words(tok) & _LAW_ENFORCERS else "181"
    if code in ("170", "171", "1711", "173") and _subject_words(tok) & _ARMED_GROUPS and head.i == tok.i:
        return "181"  # "gunmen seized a tanker", "militants detained two engineers": abduction, no arrest
    if code[:2] == "14" and lemma(head) in ("stop", "halt", "suspend"):
        work = [c for c in head.children if c.dep_ == "dobj" and lemma(c) == "work"]
        if any(x.dep_ == "poss" or x.dep_ == "prep" and x.lower_ == "of" for w in work for x in w.children):
            return "172"  # "halted the work of the aid groups": their activity banned, no strike
    if code[:2] == "19" and lemma(head) in CLASH_WORDS:
        partners = {lemma(t) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                    for o in c.children if o.dep_ == "pobj" for t in o.subtree}
        if partners & _POLICE and _subject_words(tok) & _CROWDS:
            return "145"
    if code[:2] == "19" and head.i == tok.i and lemma(head) in _RIOT_VERBS and _subject_words(tok) & _PROTESTERS \
            and not _subject_words(tok) & (_ARMED | _ARMED_GROUPS):
        return "145"  # "protesters stormed parliament", "a mob attacked the embassy": a riot, no armed attack
    if code == "111" and lemma(head) == "attack" and head.i == tok.i and any(
            _held_positions(o) for o in tok.children if o.dep_ == "dobj"):
        return "190"  # "attacked Azerbaijani positions": armed force, not words against a stance
    if code[:2] == "19" and lemma(head) == "raid" and _subject_words(tok) & _LAW_ENFORCERS:
        return "171"  # "police raided the offices": a search and seizure (PLOVER COERCE 'confiscate'), no attack
    if code[:2] == "19" and head.i != tok.i and lemma(head) in _VERBAL_ATTACKS and _person_subject(tok):
        return "111"  # "the senator launched a scathing attack on the minister": words, not force
    if (code[:2] == "02" or code == "111") and lemma(head) == "call" and head.i == tok.i and _names_someone(tok):
        named = [x for c in tok.children if c.dep_ == "dobj" for x in c.children if x.dep_ in ("oprd", "ccomp")]
        named += [c for c in tok.children if c.dep_ == "oprd"]
        words = {lemma(t) for x in named for t in _name_words(x)}  # "called X a liar": a name given, no appeal
        return "051" if words & _PRAISE_NAMES and not words & _INSULTS else "111"
    if code[:2] == "10" and lemma(head) == "order" and head.i == tok.i and (ordered := next((
            _ordered_act(c) for c in (*tok.children, *(a for o in tok.children if o.dep_ == "dobj"
                                                       for a in o.children if a.dep_ == "acl"))
            if c.dep_ in ("ccomp", "xcomp", "oprd", "acl")
            and c.tag_ in ("VBN", "VBD") and _ordered_act(c) and not any(
                a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
            and _ordered_party(c)), None)):
        return ordered  # "the court ordered the mayor jailed", "ordered the activists freed": the act ordered
    if code[:2] == "10" and lemma(head) == "order" and head.i == tok.i and _subject_words(tok) & _COURTS:
        for o in (c for c in tok.children if c.dep_ == "dobj"):  # "the court ordered the retrial of X"
            if lemma(o) in ("trial", "retrial", "prosecution", "indictment"):
                return "112"
            if lemma(o) in ("arrest", "detention", "extradition", "deportation", "seizure", "confiscation"):
                return {"arrest": "173", "detention": "173", "extradition": "063", "deportation": "174"}.get(
                    lemma(o), "1711")
            if lemma(o) in ("release", "acquittal"):
                return "0841"
        if (ordered := _court_infinitive(tok)) is not None:
            return ordered  # "ordered the former minister to stand trial / to return to prison" (evlex)
    if code[:2] == "10" and lemma(head) in _ORDER_VERBS and head.i == tok.i and any(
            c.dep_ in ("xcomp", "ccomp") and lemma(c) in _HALT_VERBS for c in tok.children):
        return "172"  # "ordered the newspaper to suspend publication": an administrative sanction
    if code[:2] == "10" and lemma(head) in _ORDER_VERBS and head.i == tok.i and _off_the_air(tok):
        return "172"  # "ordered the station off the air": its broadcasts banned, as a suspension
    leave = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and (
        lemma(c) in _LEAVE_VERBS or lemma(c) == "withdraw" and _withdrawn_forces(c))]
    out_of = any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"  # ("ordered X out": on the verb
                 and all(g.lower_ == "of" for g in c.children)  # or, as the parser often has it, on the
                 for c in (*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children)))
    out_of = out_of and not any(c.dep_ == "prep" and c.lower_ in ("into", "onto", "to", "toward", "towards")
                                for c in tok.children)
    # object; "out of X" or nothing after it, not "ordered troops out into the streets")
    if code[:2] == "10" and lemma(head) in _ORDER_VERBS and head.i == tok.i and (leave or out_of):
        objs = {lemma(t) for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
        objs |= {lemma(t) for c in leave for o in c.children if o.dep_ == "dobj" for t in o.subtree}
        mission = next((_MISSIONS[w] for w in sorted(objs) if w in _MISSIONS), None)
        told = [c for c in tok.children if c.dep_ == "dobj"]
        if mission is None and any((actor_code(tok.doc, a) or "").startswith("IGO") for c in told
                                   for a in actors_of(tok.doc, c)):
            mission = "166"  # "told a UN agency's country director to go": an international body's
            # people sent out (not "the Polish trade mission": a state's, its staff deported)
        foreign = any(_foreign(c) for c in told)
        bare_out = out_of and not leave and not any(  # "ordered X out" with no "of": only envoys,
            g.lower_ == "of" for c in (*tok.children, *(x for o in told for x in o.children))  # missions and
            if c.lower_ == "out" for g in c.children)  # foreign parties ("ordered the police out" is no expulsion)
        if bare_out and not (objs & _DIPLOMATS or mission or foreign):
            return code
        if objs & _DIPLOMATS:
            return "161"  # "ordered the ambassador to leave", "ordered the envoy out": expelled
        if mission is None and objs & _FORCES:
            if not foreign and (out_of and not leave or leave and not any(lemma(c) == "withdraw" for c in leave)):
                return code  # "ordered its troops to leave the town", "ordered his men out of the town": its own
            # forces moved, no expulsion
            return "166"  # "told X to withdraw its soldiers by June": foreign forces expelled
        return mission or "174"  # "ordered UN peacekeepers to leave the country": a mission expelled
    if code[:2] == "14" and has_future(head if head.pos_ == "VERB" else tok) and not is_negated(tok):
        return "133"  # "the unions will boycott next week's vote": protest announced is threatened (CAMEO 133)
    if code[:2] == "15" and not _raises_forces(tok):
        for c in tok.children:  # "sent jets to destroy X": the purpose is the act
            if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
                    m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
                inner = match_token(c, lexicon)
                if inner is not None and (inner.code[:2] in FORCE_ROOTS or plover_type(inner.code) == "ASSAULT"):
                    return inner.code
    return code
