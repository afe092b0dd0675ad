"""Statements of effect: "Y will wreck the economy", "Y would bring new trade to the region",
"Y will let us spend more on schools", reported or quoted ("..., the ministry said").

A reporter who says what a plan, deal, rule or act will do to things everyone values (the
economy, jobs, farmers, towns, peace, the speakers themselves) or to things everyone deplores
(tensions, bloodshed, smuggling) takes a position on it, as with a label ("Y is a disaster"):
README section 2 counts negative characterisations. The rule is narrow on purpose:

* the subject is a plan, rule, deal, project or act someone decides (a positive class:
  ``POLICY_NOUNS``, the lexicon's speech-act nouns, :data:`_THINGS`), or a gerund clause
  ("Reopening X would let Y in"); never a person, a group, a state or nature ("the rebels will
  destroy the towns", "the storm will ruin the harvest" say nothing of anyone's view);
* the verb's sign meets its object's: harming (:data:`_HARM`) or furthering (:data:`_HELP`)
  something valued (:data:`_VALUED`, first-person "us / our X"), ending (:data:`_END`) or causing
  (:data:`_CAUSE`) something deplored (:data:`_DEPLORED`); anything else gives nothing ("the
  sanctions will hurt Russia's economy": someone else's economy, whose harm may be the point);
* a prediction ("will / would hurt Z") or a standing effect ("Y threatens peace"), not a past fact
  ("Y killed / has destroyed Z": a report of what happened);
* reported (``reporting_subject``) or in a view ("according to X"); not negated, not a
  possibility ("could hurt"), not a condition; not the reason a participle gives for another
  position ("X rejected Y, saying the move would hurt farmers": README section 2 counts no reason).

"Y would do nothing / little to stop X" is -1 on Y (a judgement that Y fails). The idioms "push /
bring / drive X to the brink (the edge, its knees, collapse)" and "drive X out / away" harm X.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...actors.tables import load_tables
from .backoff import NATURE, POLICY_NOUNS
from .frames import view_holder
from .lexicon import Lexicon
from .raw import RawStance, here, hypothetical
from .reword12 import EXTRA_EFFECT_VERBS, harm_idioms, planned_thing
from .reword13 import SERVICE_FAILURES, SHUT_OUT_VERBS, two_word_owner
from .syntax import child, compact_span, is_negated, prep_object, reporting_subject

__all__ = ["effect_stances", "what_we_need", "pace_judgements", "EFFECT_VERBS", "THING_NOUNS"]

#: verbs of harm: their valued object is hurt
_HARM = frozenset("""hurt harm damage ruin wreck destroy undermine cripple devastate bankrupt threaten endanger
    jeopardise jeopardize weaken erode kill strangle choke sabotage derail impoverish disrupt destabilise
    destabilize poison punish penalise penalize hit burden squeeze mislead dry drain pollute contaminate""".split())
#: verbs of furthering: their valued object gains (not "support": a cue verb of its own)
_HELP = frozenset("""help benefit boost strengthen secure protect safeguard shield save bring create give open free
    let enable revive restore improve guarantee reunite link connect""".split())
#: verbs of ending: their deplored object is ended ("keep X out" only with its particle)
_END = frozenset("""end stop curb reduce cut prevent tackle halt combat ease lower eliminate eradicate deter
    fight""".split())
#: verbs of causing: their deplored object is caused or let in
_CAUSE = frozenset("""raise fuel increase worsen cause create bring trigger spark provoke deepen escalate
    encourage invite let""".split())
#: verbs of undeserved harm: a region or poor countries as their object are wronged
_PUNISH = frozenset({"punish", "penalise", "penalize"})
_REGIONS = frozenset({"africa", "asia", "europe", "america", "caribbean", "pacific", "south", "region", "continent"})
#: idioms of ruin: "push / bring / drive X to the brink"
_RUIN_VERBS = frozenset({"push", "bring", "drive", "take"})
_RUIN_ENDS = frozenset({"brink", "edge", "knees", "standstill", "collapse", "ruin", "bankruptcy", "verge"})
#: "push / plunge / drive / throw X into poverty (debt, crisis)": X is harmed
_PLUNGE_VERBS = frozenset({"push", "plunge", "drive", "throw", "force", "tip", "send", "drag"})
_PLUNGE_ENDS = frozenset({"poverty", "debt", "crisis", "recession", "chaos", "darkness", "bankruptcy", "ruin",
                          "hunger", "misery", "destitution", "unemployment", "war", "conflict"})
#: "drive / force / push X out / away": X is lost
_OUST_VERBS = frozenset({"drive", "force", "push", "scare", "chase"}) | SHUT_OUT_VERBS  # ("shut / price X out")

#: "bury X in paperwork / under costs": X is weighed down
_BURY_ENDS = frozenset({"paperwork", "bureaucracy", "tape", "cost", "costs", "debt", "debts", "red", "forms", "fees",
                        "bills", "regulation", "regulations"})
#: people and trade a place wants to come ("will keep tourists away from X": X loses them; a pest kept
#: away is help)
_COMERS = frozenset({"tourist", "tourists", "visitor", "visitors", "customer", "customers", "shopper", "shoppers",
                     "investor", "investors", "investment", "ship", "ships", "cargo", "traffic", "trade", "buyer",
                     "buyers", "guest", "guests", "traveller", "travellers", "traveler", "travelers", "business"})
#: "leave X idle / jobless": X is left worse off
_LEFT_WORSE = frozenset({"idle", "jobless", "unemployed", "homeless", "destitute", "stranded", "penniless", "bankrupt",
                         "hungry", "vulnerable", "exposed", "defenceless", "defenseless", "powerless", "broke",
                         "poorer", "worse", "helpless", "isolated"})

EFFECT_VERBS = _HARM | _HELP | _END | _CAUSE | _RUIN_VERBS | _OUST_VERBS | _PLUNGE_VERBS | {"do", "keep", "make", "leave",
                                                                                         "cost", "bury"} | EXTRA_EFFECT_VERBS
#: what "keep X down" lowers for everyone ("will keep rents down")
_PRICES = frozenset({"price", "prices", "cost", "costs", "bill", "bills", "rent", "rents", "fare", "fares"})
#: means a helping verb frees or gives for someone ("free money for schools"): the "for" object gains
_MEANS = frozenset({"money", "fund", "funds", "cash", "resources", "revenue", "land", "space", "capital", "door",
                    "doors", "opportunity", "opportunities"})  # ("will open doors for students")

#: what everyone values (an object harmed or furthered)
_VALUED = frozenset("""economy economies job jobs industry industries exporter exporters export exports farmer
    farmers fisherman fishermen grower growers producer producers town towns village villages community
    communities family families people million millions thousand thousands child children environment forest
    forests ground grounds coast coasts coastline region peace stability security trade growth investment
    investments investor investors model supply supplies sovereignty democracy market markets livelihood livelihoods worker
    workers business businesses company companies school schools clinic clinics hospital hospitals health water
    electricity power energy country nation island islands population populations life lives citizen citizens
    sector agriculture tourism relation relations tie ties cooperation recovery budget finance finances future
    prosperity development welfare safety consumer consumers household households patient patients student
    students ocean oceans sea seas river rivers species wildlife whale whales fish stock stocks reef reefs
    climate infrastructure trust dialogue progress right rights freedom freedoms alliance partnership home
    homes income incomes wage wages pension pensions trader traders merchant merchants shopkeeper shopkeepers
    retailer retailers commuter commuters passenger passengers tenant tenants village villages firm firms flight
    flights aviation shipping navigation earnings revenue revenues wetland wetlands habitat habitats lake lakes
    farmland shopper shoppers customer customers""".split())
#: nouns of valued places that come with a name ("Lake X", "X Delta")
_NAMED_VALUED = frozenset({"lake", "river", "delta", "forest", "reef", "wetlands", "marshes", "sea", "bay",
                           "lagoon", "glacier", "park"})
#: what everyone deplores (an object ended or caused)
_DEPLORED = frozenset("""tension tensions chaos violence instability conflict conflicts war wars bloodshed
    smuggler smugglers smuggling trafficker traffickers trafficking poverty inflation unemployment suffering
    crime terrorism extremism corruption pollution waste emission emissions logging deforestation hunger famine
    disease death deaths insecurity division divisions hatred mistrust uncertainty hardship shortage shortages
    fighting killing killings bloodletting misery arms congestion cost costs dependence dependency reliance""".split()) \
    | SERVICE_FAILURES  # ("will end our blackouts")
#: things whose effects are reported as a judgement of them, besides policies and speech acts: plans,
#: projects and acts someone decides (never an event, an accident, a war or a force of nature: "the
#: explosion killed twelve", "rising inflation will hurt households", "the war will ruin the economy")
_THINGS = frozenset("""link fund waiver partnership talks exchange plant reactor launch patrol patrols corridor
    mission move step deployment resumption extension revision suspension withdrawal cable programme program
    project construction route bridge railway road port mine wall fence barrier canal farm tunnel airport base
    plan sale sales reserve hub loan credit grant facility network system grid line satellite scheme closure
    approval cancellation introduction privatisation privatization nationalisation nationalization
    liberalisation liberalization deregulation ratification abolition removal renewal reduction expansion
    relocation intervention mediation accession enlargement adoption implementation reopening designation
    recognition investment zone purchase jamming incursion shipment shipments merger takeover acquisition
    diversion centre center terminal station service highway motorway expressway""".split())
THING_NOUNS = _THINGS
#: heads of a change to a measure, things only with the measure as modifier ("the toll increase")
_CHANGES = frozenset({"increase", "increases", "rise", "rises", "hike", "hikes", "extension"})
#: heads of a stock kept for a purpose, things only with a common noun as modifier ("a seed bank")
_STORES = frozenset({"bank", "banks"})

#: nominalisations that name a body, not an act ("the government will hurt X" is the government's deed)
_BODIES = frozenset({"government", "parliament", "movement", "department", "establishment", "management",
                     "administration", "federation", "coalition", "organisation", "organization", "commission",
                     "delegation", "opposition", "population", "nation", "institution", "union"})
_FIRST = frozenset({"us", "we", "our", "everyone", "everybody", "all"})
#: adjectives a thing "makes" a valued object (safety is rules._makes_safer's)
_MADE = {"self-sufficient": 1, "sufficient": 1, "independent": 1, "strong": 1, "rich": 1, "competitive": 1,
         "prosperous": 1, "resilient": 1, "green": 1, "clean": 1, "poor": -1, "weak": -1, "dependent": -1,
         "isolated": -1, "uncompetitive": -1, "poorer": -1, "weaker": -1, "stronger": 1, "richer": 1,
         "reliable": 1, "secure": 1, "affordable": 1, "cheaper": 1, "unreliable": -1, "insecure": -1}


def _thing(subj: Token, lex: Lexicon) -> bool:
    """Is the subject a plan, rule, deal, project or act (not a body, a person, a state or nature)?"""
    low = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or subj.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or low in NATURE or low in _BODIES:
        return False
    if low in POLICY_NOUNS or low in lex.speech_act_nouns or low in _THINGS or subj.lower_ in _THINGS:
        return True
    if planned_thing(subj):
        return True  # ("the proposed marina", "the planned dump": a plan)
    mods = [c for c in subj.children if c.dep_ == "compound"]
    if low in _CHANGES:  # "the toll increase", not "the rise in sea levels"
        return any(c.lemma_.lower() in POLICY_NOUNS for c in mods)
    return low in _STORES and bool(mods) and all(c.pos_ == "NOUN" for c in mods)  # "a seed bank", not "World Bank"


def _first_person(obj: Token) -> bool:
    return obj.lower_ in _FIRST or any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in obj.children)


def _state(word: str) -> str | None:
    """The state a country name, demonym or capital names ("Iceland", "Icelandic", "Reykjavik": ISL); the
    same table lookups as actors.author's document-author rule, kept here on a bare word."""
    t = load_tables()
    return t.name_of.get(word) or t.demonym_of.get(word) or t.capital_of.get(word)


def _own_states(reporter: Token) -> set[str]:
    """The states the reporter's own phrase names ("the Bhutanese energy ministry": BTN)."""
    toks = list(reporter.subtree)
    return {s for s in [_state(t.text) for t in toks] + [_state(f"{a.text} {b.text}") for a, b in zip(toks, toks[1:])]
            if s is not None}


def _ours(obj: Token, reporter: Token | None) -> bool:
    """Does the object name the reporter's own state or its people's things ("will bring Bhutan export
    earnings", "push Latvian bakeries out of business", "punishes Thai exporters", said by that state's
    ministry or minister)? What a state says of its own is valued like "us" and "our" (README section 2:
    a harm to one's own side is a negative characterisation)."""
    if reporter is None:
        return False
    own = _own_states(reporter)
    if not own:
        return False
    if obj.pos_ == "PROPN" and _state(obj.text) in own:
        return True
    mods = [c for c in obj.children if c.dep_ in ("amod", "compound", "poss")]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound")]
    if any(_state(c.text) in own for c in mods):  # ("Peruvian anchovy fleets": the state's adjective on the modifier)
        return True
    return two_word_owner(mods, _state, own)  # ("Costa Rican beaches", "New Zealand growers")


def _foreign_owner(obj: Token, reporter: Token) -> bool:
    """Is the object someone else's ("Russia's economy", "Russian farmers" said by another)? A
    possessor or nationality that the reporter's own phrase does not share ("the Danish ministry
    said Y would undermine the Danish model": its own; nor "Iceland's towns" said by the Icelandic
    ministry: a name and a demonym of one state)."""
    own = {t.lower_ for t in reporter.subtree}
    toks = list(reporter.subtree)
    own_states = {_state(t.text) for t in toks} | {_state(f"{a.text} {b.text}") for a, b in zip(toks, toks[1:])}
    own_states -= {None}  # ("the Sri Lankan ministry": a two-word demonym)

    def foreign(c: Token) -> bool:
        name = " ".join(t.text for t in c.subtree if t.dep_ != "case" and t.tag_ != "POS")  # "Costa Rica's"
        if c.lower_ in _NAMED_VALUED:
            return False  # ("Lake Balkhash": the noun of the place, no owner)
        return c.lower_ not in own and (not own_states or (_state(name) or _state(c.text)) not in own_states)

    for c in obj.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and foreign(c):
            return True
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and foreign(c):
            return True
    return False


def _valued(obj: Token) -> bool:
    return _valued_any(obj)


def _valued_any(obj: Token) -> bool:
    if _first_person(obj):
        return True
    low = obj.lemma_.lower()
    if low in _VALUED or obj.lower_ in _VALUED:
        return True
    if obj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _NAMED_VALUED for c in obj.children):
        return True  # "Lake Balkhash", "the Okavango Delta"
    of = prep_object(obj, ("of",))  # "millions of small farmers", "the livelihoods of fishermen"
    return of is not None and low in ("million", "millions", "thousand", "thousands", "hundred", "hundreds", "dozen",
                                      "dozens") and (of[1].lemma_.lower() in _VALUED or of[1].lower_ in _VALUED)


def _deplored(obj: Token) -> bool:
    if obj.lemma_.lower() in _DEPLORED or obj.lower_ in _DEPLORED:
        return True
    of = prep_object(obj, ("of",))  # "decades of bloodshed", "years of war"
    return of is not None and (of[1].lemma_.lower() in _DEPLORED or of[1].lower_ in _DEPLORED)


def _objects(verb: Token) -> list[Token]:
    """The things a verb acts on: its object, its indirect object, the subject of its clause
    complement ("help islands rebuild", "let us spend more")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    out += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    return out + [x for o in out for x in o.children if x.dep_ == "conj" and x.pos_ == "NOUN"]  # "calm and trade"


def _sign(verb: Token, low: str, reporter: Token | None = None) -> int:
    """The sign of the effect on the verb's objects: +1 good, -1 bad, 0 none (or mixed); the
    reporter's own state and its people's things count as valued."""
    objs = _objects(verb)

    def _valued(o: Token) -> bool:  # ("punishes Africa / poor countries": a region punished is wronged)
        return _valued_any(o) or _ours(o, reporter) or (low in _PUNISH and (
            o.lower_ in _REGIONS or (o.lemma_.lower() == "country" and any(
                c.lower_ in ("poor", "poorer", "poorest", "developing", "small", "smaller") for c in o.children))))

    idiom = harm_idioms(verb, low, objs, _valued)  # ("put X out of work", "leave X at the mercy of Y")
    if idiom:
        return idiom
    if low in _RUIN_VERBS and objs:
        to = prep_object(verb, ("to",))
        if to is not None and to[1].lemma_.lower() in _RUIN_ENDS:
            return -1  # "push whale populations to the brink"
    if low in _PLUNGE_VERBS and any(_valued(o) for o in objs):
        into = prep_object(verb, ("into",))
        if into is not None and into[1].lemma_.lower() in _PLUNGE_ENDS:
            return -1  # "push millions of families into poverty"
    if low in _OUST_VERBS and any(_valued(o) for o in objs) and any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away", "off") for c in verb.children):
        return -1  # "drive investment out of Europe"
    if low == "keep" and any(_deplored(o) for o in objs) and any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away", "off") for c in verb.children):
        return 1  # "keep waste out of the oceans"
    if low == "leave" and any(_valued(o) for o in objs) and prep_object(verb, ("without",)) is not None:
        return -1  # "would leave thousands of families without power"
    if (low in _OUST_VERBS or low == "keep") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "out") for c in verb.children):
        source = prep_object(verb, ("from", "of")) or next(
            (prep_object(c, ("from", "of")) for c in verb.children if c.lower_ in ("away", "out")
             and prep_object(c, ("from", "of")) is not None), None)
        if source is not None and _valued(source[1]) and not _deplored(source[1]) and objs \
                and all(_valued(o) or o.lemma_.lower() in _COMERS for o in objs):
            return -1  # "will keep tourists away from Fijian resorts", "drive cargo away from our ports"
    if low == "leave" and any(_valued(o) for o in objs) and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in _LEFT_WORSE for c in verb.children):
        return -1  # "would leave Montenegrin crews idle"
    if low == "cost" and any(c.dep_ == "dative" and _valued(c) for c in verb.children) and child(verb, "dobj"):
        return -1  # "would cost Moroccan growers their main market" (not "will cost five billion dollars")
    if low == "bury" and any(_valued(o) for o in objs):
        under = prep_object(verb, ("in", "under"))
        if under is not None and under[1].lemma_.lower() in _BURY_ENDS | {"cost"}:
            return -1  # "will bury small firms in paperwork"
    if low == "keep" and any(o.lower_ in _PRICES for o in objs) and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
        return 1  # "will keep fares down for commuters"
    if low == "open":
        to = prep_object(verb, ("to",))
        if to is not None and _valued(to[1]) and not _deplored(to[1]):
            objs = [*objs, to[1]]  # "will open the port to Namibian mines"
    if low in _HELP and any(o.lower_ in _MEANS for o in objs):
        ben = prep_object(verb, ("for",))
        if ben is None:
            ben = next((prep_object(o, ("for",)) for o in objs if prep_object(o, ("for",)) is not None), None)
        if ben is not None and _valued(ben[1]):
            objs = [*objs, ben[1]]  # "will free money for clinics"
    signs = set()
    for o in objs:
        if o.lower_ in ("out", "away"):
            continue
        if _valued(o) and not _deplored(o):  # ("will end our reliance on X": the deplored noun counts)
            if low in _HARM:
                signs.add(-1)
            elif low in _HELP:
                signs.add(1)
        elif _deplored(o):
            if low in _END:
                signs.add(1)
            elif low in _CAUSE:
                signs.add(-1)
    return signs.pop() if len(signs) == 1 else 0


def _did_nothing(verb: Token) -> bool:
    """"Y would do nothing / little to stop X": Y is judged to fail."""
    obj = child(verb, "dobj")
    return verb.lemma_.lower() == "do" and obj is not None and obj.lower_ in ("nothing", "little") and any(
        c.dep_ in ("xcomp", "advcl", "relcl", "acl") and c.tag_ == "VB" for c in (*verb.children, *obj.children))


def _made(verb: Token) -> int:
    """"Y would make the country self-sufficient / poorer": the adjective's sign on a valued object."""
    obj = child(verb, "dobj")
    adj = next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")), None)
    if adj is None:
        return 0
    whose = obj or child(adj, "nsubj")
    if whose is None or not _valued(whose):
        return 0
    words = [t.lower_ for t in adj.subtree if t.dep_ != "nsubj" and t.i not in {x.i for x in whose.subtree}]
    text = "".join(words).replace("more", "").replace("less", "")
    sign = _MADE.get(text) or _MADE.get(adj.lemma_.lower()) or 0
    return -sign if "less" in words else sign


#: auxiliaries of a prediction ("will / would / shall hurt"); a bare present ("Y threatens peace") is
#: one too, a past or perfect tense ("Y killed / has destroyed Z") reports a fact
_PREDICTING = frozenset({"will", "would", "shall", "wo", "'ll", "'d"})


def _predicted(verb: Token) -> bool:
    """Does the verb state an effect to come or a standing one, not a past fact?"""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in _PREDICTING for a in aux):
        return True
    return verb.tag_ in ("VBZ", "VBP") and not aux


def effect_stances(verb: Token, lex: Lexicon) -> list[RawStance]:
    """The reporter's position on a thing whose effect it states (see the module docstring)."""
    low = verb.lemma_.lower()
    if low not in EFFECT_VERBS or verb.pos_ != "VERB" or hypothetical(verb, lex):
        return []
    subj = child(verb, "nsubj", "csubj")
    head = verb
    if subj is None and verb.dep_ == "conj" and child(verb, "nsubjpass") is None:
        head = verb.head  # "Y will ease traffic and cut pollution": the first verb's subject and report
        subj = child(head, "nsubj", "csubj")
    if subj is None or (head is not verb and (hypothetical(head, lex) or is_negated(head))) or not _predicted(head):
        return []
    gerund = subj.dep_ == "csubj" and subj.tag_ == "VBG"
    if not gerund and not _thing(subj, lex):
        return []
    if _did_nothing(verb):
        sign = -1
    elif is_negated(verb):
        return []  # ("will not hurt the economy": a reassurance, no judgement either way)
    elif low == "make":
        sign = _made(verb)
    else:
        sign = _sign(verb, low, reporting_subject(head) or view_holder(head))
    if not sign:
        return []
    say = head.head if head.dep_ == "ccomp" else None
    if say is not None and say.tag_ == "VBG" and say.dep_ in ("advcl", "xcomp", "conj", "acl"):
        return []  # ("rejected Y, saying it would hurt farmers": the reason given for a position, README section 2)
    reporter = reporting_subject(head) or view_holder(head)
    if reporter is None or reporter.i == subj.i:
        return []
    if any(_foreign_owner(o, reporter) for o in _objects(verb)):
        return []  # ("the sanctions will hurt Russia's economy": the harm may be the point)
    lo, hi = compact_span(subj)
    return [RawStance(here(verb), [reporter], [verb], (lo, hi), sign, "evaluative", 0.9,
                      [] if gerund else [subj], source="predicate-label")]


def what_we_need(be: Token, lex: Lexicon) -> list[RawStance]:
    """"Y is exactly what we / our farmers need," X said: the reporter's +1 on Y (-1 when the copula
    or the need is negated), as a label. Only a plan, deal or act as Y (as for effects), the speakers
    themselves or their own people as the ones in need, and a reporter."""
    subj = child(be, "nsubj")
    need = next((c for c in be.children if c.dep_ in ("ccomp", "attr") and c.lemma_.lower() in ("need", "want")), None)
    if subj is None or need is None or not _thing(subj, lex) or hypothetical(be, lex):
        return []
    what, who = child(need, "dobj"), child(need, "nsubj")
    if what is None or what.lower_ != "what" or who is None or not _first_person(who):
        return []
    reporter = reporting_subject(be) or view_holder(be)
    if reporter is None or reporter.i == subj.i:
        return []
    sign = -1 if is_negated(be) or is_negated(need) else 1
    lo, hi = compact_span(subj)
    return [RawStance(here(be), [reporter], [be, need], (lo, hi), sign, "evaluative", 0.9, [subj],
                      source="predicate-label")]


def pace_judgements(verb: Token, lex: Lexicon) -> list[RawStance]:
    """Two idioms of news copy that judge a plan or act by its reach or its timing, said by a
    reporter: "Y went / goes too far" (-1) and "Y cannot / could not come soon enough" (+1). Only a
    plan, rule, deal or act as Y (as for effects), never a person ("the minister went too far")."""
    low = verb.lemma_.lower()
    subj = child(verb, "nsubj")
    if subj is None or not _thing(subj, lex) or low not in ("go", "come"):
        return []
    advs = [c for c in verb.children if c.dep_ == "advmod"]
    if low == "go":
        far = next((a for a in advs if a.lower_ == "far"), None)
        if far is None or not any(c.lower_ == "too" for c in far.children) or is_negated(verb) \
                or hypothetical(verb, lex) or any(c.dep_ == "prep" for c in far.children) \
                or any(c.dep_ in ("prep", "prt") and c.i > far.i for c in verb.children):
            return []  # ("did not go too far", "might go too far", "went too far into the night": a distance)
        sign = -1
    else:
        if not is_negated(verb) or not any(a.lower_ == "enough" for a in advs) or not any(
                a.lower_ == "soon" for a in (*advs, *(x for a in advs for x in a.children))):
            return []
        sign = 1
    reporter = reporting_subject(verb) or view_holder(verb)
    if reporter is None or reporter.i == subj.i:
        return []
    lo, hi = compact_span(subj)
    return [RawStance(here(verb), [reporter], [verb], (lo, hi), sign, "evaluative", 0.9, [subj],
                      source="predicate-label")]
