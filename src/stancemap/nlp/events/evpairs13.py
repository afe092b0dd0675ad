"""Targets of pair constructions studied in the evpairs13 round (issue 15).

- "worked / fought alongside X": X is the partner of the joint act (06x), as "with X" is;
- "scrambled jets as X's bombers flew ...", "called up reservists ahead of an offensive against X",
  "put its army on alert after clashes with X": a show of force with no destination of its own is
  aimed at the party its clause of time or circumstance names (15x);
- "brought guns up to its frontier with X": the border's partner also under an adverb of direction;
- "a stoppage to pressure X into ...": the party a protest presses is its target (14x).

Each helper reads only the children of the trigger, of its head or of one of their phrases.
"""

from __future__ import annotations

from spacy.tokens import Token

from .fronts import border_partners

#: words of direction the parser makes the head of "to the border with X" ("moved guns up to ...")
_DIRECTION = frozenset({"up", "closer", "forward", "down", "nearer"})
#: conjunctions of a clause of time or circumstance
_WHEN = frozenset({"as", "after", "when", "while", "once", "since"})
#: prepositions of a circumstance ("after clashes with X", "amid a row with X", "ahead of an offensive")
_CIRCUMSTANCE = frozenset({"after", "amid", "amidst", "following", "ahead", "before", "over"})
#: nouns of a conflict whose "with / against / by" phrase names the other side
_CONFLICT = frozenset({"clash", "tension", "tensions", "offensive", "attack", "fighting", "incursion",
                       "standoff", "stand-off", "dispute", "war", "hostility", "skirmish", "provocation",
                       "threat", "assault", "raid", "row", "confrontation", "escalation"})
#: armed parties and war machines: the subject of a clause of time is the other side only when it is one of
#: these ("as X's bombers flew near", "after X's police entered"), or when its clause is a hostile or military act
_ARMED = frozenset({"bomber", "jet", "warplane", "fighter", "drone", "aircraft", "plane", "helicopter", "troop",
                    "soldier", "force", "army", "navy", "warship", "ship", "vessel", "boat", "submarine",
                    "militant", "rebel", "gunman", "militia", "militiaman", "police", "guard", "tank",
                    "missile", "rocket", "artillery", "patrol", "unit", "convoy"})
_HOSTILE = frozenset({"fire", "attack", "shell", "bomb", "strike", "raid", "invade", "seize", "ram", "shoot",
                      "cross", "enter", "violate", "breach", "intrude", "launch", "mass", "deploy", "test",
                      "hold", "stage", "conduct", "occupy", "storm", "kill", "capture", "clash", "threaten"})
_HOSTILE_OBJECTS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "missile", "rocket", "shell",
                              "airspace", "border", "frontier", "water", "line"})
#: destinations of forces: a prepositional object other than these is where the forces go
_STATES = frozenset({"alert", "standby", "readiness", "footing", "notice", "combat", "war"})
_DESTINATION_PREPS = frozenset({"to", "into", "in", "inside", "on", "onto", "near", "along", "toward",
                                "towards", "across", "around", "at", "off", "over", "through", "within"})
#: verbs by which a protest presses a party ("a walkout to pressure the board into talks")
_PRESS = frozenset({"press", "pressure", "pressurise", "pressurize", "force", "push", "compel", "urge"})


def alongside_partners(verb: Token) -> list[Token]:
    """The "alongside" objects of a verb, with their conjuncts ("worked alongside X and Y")."""
    out: list[Token] = []
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "alongside":
            for o in p.children:
                if o.dep_ == "pobj":
                    out.append(o)
                    out.extend(c for c in o.children if c.dep_ == "conj")
    return out


def directed_border_partners(verb: Token) -> list[Token]:
    """"brought guns up to its frontier with X": the border under an adverb of direction."""
    return [o for a in verb.children if a.dep_ in ("advmod", "prt") and a.lower_ in _DIRECTION
            for o in border_partners(a)]


def _has_destination(verb: Token) -> bool:
    """Whether a show of force names where the forces go ("sent troops to X", "massed ships near X")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "advmod", "prt"))]
    heads += [o for h in heads for p in h.children if p.dep_ == "prep"  # "on alert in X": the state's
              for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _STATES]  # own place
    for h in heads:
        for p in h.children:
            if p.dep_ in ("prep", "dative") and p.lower_ in _DESTINATION_PREPS and any(
                    o.dep_ == "pobj" and o.lemma_.lower() not in _STATES for o in p.children):
                return True
    return False


def mobilize_adversaries(verb: Token) -> list[Token]:
    """The other side of a show of force with no destination of its own: the subject of a clause of
    time ("scrambled jets as X's bombers flew near", "after X held exercises") or the "with / against"
    party of a conflict noun in a phrase of circumstance ("after clashes with X", "amid a row with
    X", "ahead of an offensive against X"). The subject of a clause of time counts only when it is armed
    (bombers, troops, police) or its clause is a hostile or military act ("after X fired missiles"), so
    that "while the president toured the south" or "as allies held talks" names no other side."""
    if verb.pos_ != "VERB" or _has_destination(verb):
        return []
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WHEN for m in c.children):
            hostile = c.lemma_.lower() in _HOSTILE and (c.lemma_.lower() not in ("hold", "stage", "conduct", "test",
                                                                                  "launch", "cross", "enter")
                                                         or any(o.dep_ == "dobj" and o.lemma_.lower() in _HOSTILE_OBJECTS
                                                                for o in c.children))
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN") \
                        and (hostile or s.lemma_.lower() in _ARMED):
                    out.append(s)
                    out.extend(x for x in s.children if x.dep_ == "conj")
        elif c.dep_ in ("prep", "advmod") and c.lower_ in _CIRCUMSTANCE:
            preps = [c] if c.dep_ == "prep" else [p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
            for p in preps:
                for n in p.children:
                    if n.dep_ == "pobj" and n.lemma_.lower() in _CONFLICT:
                        out.extend(o for q in n.children if q.dep_ == "prep" and q.lower_ in ("with", "against", "by")
                                   for o in q.children if o.dep_ == "pobj")
    return out


def pressed_parties(token: Token, head: Token) -> list[Token]:
    """"a stoppage to pressure X into talks", "went on strike to force X to ...": X, the party
    the protest presses (a purpose clause on the protest verb, or hung on its noun by the parser)."""
    return [o for v in dict.fromkeys((token, head)) for c in v.children
            if c.dep_ in ("advcl", "relcl", "acl", "xcomp") and c.lemma_.lower() in _PRESS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ == "dobj"]
