"""Back-off cues for predicates nobody listed: the argument structure states the position.

The cue lexicon lists words; text uses more. Some frames carry a position whatever the verb:

* "X <verb> against Y" with no object of its own, or only an idiomatic one that X owns ("spoke up
  against Y", "fought against Y", "advised against doing Y", "dug its heels in against Y",
  "stood its ground against Y"): X -1 on Y;
* "X <verb> its <noun> in favour of Y" for any verb ("cast its vote in favour of Y"; rules.py);
* "Y came under <negative label noun> from X" ("came under attack / assault from X"): X -1 on Y,
  as the listed "came under fire from X";
* "X <verb> (its/their <noun>) behind Y" with a particle or such an owned object ("lined up
  behind Y", "put its muscle behind Y"): X +1 on Y;
* a stance noun counts as an owned object: "took a hard line / a tough stance against Y".

Acts of force against someone ("fought against the rebels") are positions only as intentions
("vowed to fight against Y"), as the lexicon's acts of undoing are; against a policy, rule or plan
("fought against the new quota") they are campaigning, a position. Verbs whose "against" is no position (physical contact, sport, protection, discrimination, law
cases brought by others) are left out, and so are the listed cue verbs whose own frame applies.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Cue, Lexicon
from .syntax import child, is_negated, prep_object

__all__ = ["backoff_cue", "owned", "owned_prep_object", "policy_object", "POLICY_NOUNS", "received_label_cue", "STANCE_NOUNS", "CAMPAIGN_VERBS", "NATURE",
           "RECEPTION_NOUNS", "RECEPTION_MANNER"]

# verbs whose "against" is no position of the subject on the object
_AGAINST_NOT = frozenset("""protect guard shield insure hedge vaccinate immunise immunize inoculate defend secure
    compete play race run win lose score draw test check measure weigh balance compare benchmark lean rest press
    rub brush bump crash collide knock hit strike fall discriminate sin offend commit use deploy launch impose
    retaliate rank stack pit match bet wager gamble swim sail row drive fly ride push pull slide scrape brace
    insulate offset hold count file bring level lodge register mount wage direct aim""".split())
_PROTECT = frozenset("""protect guard shield insure hedge vaccinate immunise immunize inoculate defend secure
    brace insulate offset balance weigh test check measure compare benchmark""".split())
# verbs whose "behind" is a place or a lag, not support
_BEHIND_NOT = frozenset("""leave fall lag trail stay remain hide lurk sit lie be shelter close shut lock stand
    get throw put rally line fall weigh""".split())
# acts of force: a position only as an intention ("vowed to fight against X"), like the listed
# acts of undoing ("block", "scrap"); "troops fought against the rebels" reports an act
_ACTS = frozenset("""fight battle war wage struggle operate act move advance mobilise mobilize strike""".split())
_PARTICLES = frozenset({"up", "in", "out", "back", "down", "together"})
#: acts of force or contest that, on a policy, rule or plan, are campaigning ("fought the quota")
CAMPAIGN_VERBS = frozenset({"fight", "battle", "combat", "challenge"})
# nouns of a stance taken: "took a hard line / a tough stance against X" (as an owned object)
STANCE_NOUNS = frozenset({"line", "stance", "stand", "position", "approach", "attitude", "posture"})


#: forces of nature: "pushed back against the wind" is no position
NATURE = frozenset("""wind winds tide tides current currents storm storms fire fires flood floods flame flames
    wave waves rain snow cold heat gravity""".split())
#: nouns of policies, rules, plans, decisions and claims: the only objects on which an act of force or
#: contest is campaigning ("fought the quota / the new law / the merger"); anything else fought,
#: battled or combated (armed bodies, diseases, disasters, forces of nature, contests) is an act
POLICY_NOUNS = frozenset("""policy policies law laws rule rules regulation regulations legislation statute statutes
    ordinance decree decrees directive directives guideline guidelines mandate mandates measure measures plan plans
    proposal proposals scheme schemes programme programmes program programs initiative initiatives agenda strategy
    bill bills act amendment amendments provision provisions resolution resolutions motion referendum constitution
    tax taxes levy levies tariff tariffs duty duties fee fees toll tolls hike hikes quota quotas cap caps ceiling limit
    limits ban bans embargo embargoes sanction sanctions blockade moratorium restriction restrictions curb curbs
    requirement requirements reform reforms overhaul deal deals agreement agreements accord accords treaty treaties
    pact pacts settlement compromise decision decisions ruling rulings verdict order orders budget budgets cut cuts
    austerity subsidy subsidies privatisation privatization nationalisation nationalization merger mergers takeover
    sale annexation deportation deportations extradition expulsion eviction evictions demolition closure closures
    relocation conscription draft lockdown curfew censorship surveillance crackdown appointment nomination
    expansion project projects pipeline dam licence licences license licenses permit permits concession concessions
    contract contracts claim claims assertion assertions finding findings result results allegation allegations
    accusation accusations waiver waivers exemption exemptions""".split())


def policy_object(obj: Token, lex: Lexicon) -> bool:
    """Is the object of an act of force a policy, rule or plan rather than someone or something to
    fight ("fought the quota / the new law", "challenged the claims", not "the rebels / the outbreak /
    the drought")? Only the nouns of POLICY_NOUNS, the lexicon's speech-act nouns ("the offer", "the
    demand") and named laws count: a positive class, so that no disease, disaster or
    force of nature missing from some list of exclusions makes a position."""
    if owned(obj):
        return False  # "fought his own primary": one's own affairs
    if obj.ent_type_ == "LAW":
        return True  # "fought the Clean Air Act"
    lemma = obj.lemma_.lower()
    return obj.pos_ == "NOUN" and obj.ent_type_ == "" and (
        lemma in POLICY_NOUNS or obj.lower_ in POLICY_NOUNS or lemma in lex.speech_act_nouns)


def owned_prep_object(verb: Token, preps: tuple[str, ...]) -> tuple[Token, Token] | None:
    """A preposition hung on the owned noun after a particle ("dug in its heels | against X")."""
    for p in verb.children:
        inner = child(p, "pobj") if p.dep_ == "prep" and p.lower_ in _PARTICLES else None
        if inner is not None and owned(inner):
            return prep_object(inner, preps)
    return None


def owned(obj: Token) -> bool:
    """An object the subject owns ("its heels", "their ground", "its full weight")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def backoff_cue(tok: Token, lex: Lexicon) -> Cue | None:
    """A cue for a verb from its frame (see the module doc), or None."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    listed = lex.verbs.get(lemma)
    obj = child(tok, "dobj")
    stance = obj is not None and obj.lemma_.lower() in STANCE_NOUNS  # ("adopted a firm position against X")
    if lemma in lex.label_verbs or (listed is not None and not stance and not (listed.needs_object and obj is None)):
        return None
    if obj is not None and not owned(obj) and obj.lemma_.lower() not in STANCE_NOUNS:
        return None  # ("took a hard line against X": a stance noun makes any verb a stance, as "its")
    if child(tok, "nsubjpass") is not None or child(tok, "ccomp") is not None or is_negated(tok):
        return None  # ("has not spoken up against X": silence, no position)
    # an owned object makes an idiom of most verbs ("stood its ground", "held its line"); not of
    # the verbs of protection ("insured its mines against floods")
    excluded = _PROTECT if obj is not None else _AGAINST_NOT
    against = prep_object(tok, ("against",)) or (
        prep_object(obj, ("against",)) if obj is not None and obj.lemma_.lower() in STANCE_NOUNS else None)
    if against is None and obj is None:
        against = owned_prep_object(tok, ("against",))
    if lemma not in excluded and against is not None:
        act = (lemma in _ACTS or (listed is not None and listed.intent_only)) and not policy_object(against[1], lex)
        return Cue(lemma, -1, "evaluative", ("against",), True, intent_only=act)
    if lemma in CAMPAIGN_VERBS and obj is None:
        for_ = prep_object(tok, ("for",))  # "fought / kept fighting for the waiver": campaigning for a policy
        if for_ is not None and policy_object(for_[1], lex):
            return Cue(lemma, 1, "demand", ("for",), True)
    particle = child(tok, "prt")
    if lemma not in _BEHIND_NOT and (obj is not None or (particle is not None and particle.lower_ in _PARTICLES)) \
            and prep_object(tok, ("behind",)) is not None:
        return Cue(lemma, 1, "evaluative", ("behind",), True)
    return None


#: idioms of approval written as two words, the head last ("the green light", "the go-ahead")
_APPROVAL_IDIOMS = frozenset({("green", "light"), ("go", "ahead"), ("thumbs", "up"), ("all", "clear")})
_GETS = frozenset({"get", "receive", "win", "secure", "obtain", "gain", "give"})
#: nouns of a response or reception, whose adjective gives the responder's sign ("drew an angry response
#: from X" here, "X gave Y a frosty welcome" in :mod:`.rules`), and the signs of those adjectives
RECEPTION_NOUNS = frozenset({"response", "reaction", "reception", "rebuke", "reply", "welcome"})
RECEPTION_MANNER = {"warm": 1, "positive": 1, "enthusiastic": 1, "favourable": 1, "favorable": 1, "rapturous": 1,
                    "rousing": 1,
                    "angry": -1, "furious": -1, "hostile": -1, "frosty": -1, "icy": -1, "cool": -1, "cold": -1,
                    "chilly": -1, "negative": -1, "scathing": -1, "withering": -1, "indignant": -1, "lukewarm": -1,
                    "sceptical": -1, "skeptical": -1, "unfavourable": -1, "unfavorable": -1}
_DRAWS = frozenset({"draw", "receive", "get", "meet", "provoke", "trigger", "spark", "prompt", "elicit", "earn", "attract",
                    "win"})


def received_label_cue(tok: Token, lex: Lexicon) -> Cue | None:
    """"Y came under attack from X": a negative label noun received under "come under"; "Y got
    the green light / the go-ahead from X", "Y was given the green light by X": approval received."""
    lemma = tok.lemma_.lower()
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _GETS:
        first = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i), None)
        if first is not None and (first.lower_, tok.lower_) in _APPROVAL_IDIOMS:
            return Cue(lemma, 1, "evaluative")
    if lemma in RECEPTION_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DRAWS:
        # "Y drew an angry response / a frosty reaction from X": the manner's sign is X's position
        signs = {RECEPTION_MANNER[c.lower_] for c in tok.children if c.dep_ == "amod" and c.lower_ in RECEPTION_MANNER}
        return Cue(lemma, signs.pop(), "evaluative") if len(signs) == 1 else None
    if tok.dep_ != "pobj" or tok.head.lower_ != "under" or tok.head.head.lemma_.lower() != "come":
        return None
    return Cue(lemma, -1, "evaluative") if lemma in lex.negative_labels else None
