"""A state's body named by a bare compound before the noun it authors (issue 9 item 4, sideb4).

"OSLO - Fishers opposed a government proposal to X", "criticised a transport ministry plan to
Y", "a cabinet offer to Z": the compound ("government", "transport ministry", "cabinet") is the state's
government, the author of the plan (README section 3: a state acts through its government), so that
the plan's author holds its content and the one who rejects it aligns against it. The state is the
dateline's ("ROME -"), else the one state the article names; with neither, nothing is made.

Left alone: a compound with a nationality of its own ("a Danish government plan": the adjective's
state, found already), a compound after a possessive ("Kenya's government plan"), trade or sector
compounds ("a wage offer", "a union demand", "a company plan") and a body noun before a noun that no
one authors ("government bonds", "a ministry building").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors.codes import collective_id, compose_code
from ...actors.tables import Tables
from ..common.datelines import dateline_country
from .roles import collective_name
from .state import ActorDraft, DocActors

__all__ = ["AUTHORED_NOUNS", "BODY_COMPOUNDS", "body_compound", "compound_state_bodies"]

#: bodies of a state's executive that a bare compound may name
BODY_COMPOUNDS = frozenset({"government", "ministry", "cabinet", "treasury", "administration", "department"})
#: nouns whose author such a compound names
AUTHORED_NOUNS = frozenset({"plan", "proposal", "offer", "request", "scheme", "bill", "decision", "demand", "call",
                            "initiative", "push", "bid", "draft", "order", "programme", "program"})
_NATIONAL = frozenset({"NORP", "GPE"})
#: services and levels below the state's executive ("police department", "city government")
_LOCAL_SERVICES = frozenset({"police", "fire", "sheriff", "city", "county", "municipal", "town", "village", "local",
                             "state", "provincial", "regional", "district", "parks", "water", "sanitation", "transit",
                             "school", "health", "hospital", "university", "campus", "company", "party", "union"})
#: a ministry's portfolio: "department" is the state's only with one ("the energy department plan")
PORTFOLIOS = frozenset({"education", "energy", "labour", "labor", "transport", "transportation", "finance", "trade",
                        "agriculture", "interior", "justice", "defence", "defense", "foreign", "environment",
                        "commerce", "treasury", "immigration", "fisheries", "mining", "tourism", "housing",
                        "infrastructure", "economy", "industry"})


def _body_span(tok: Token) -> tuple[int, int] | None:
    """[lo, hi) of the bare compound ``tok`` with the compounds before it ("transport ministry")."""
    if tok.dep_ != "compound" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in BODY_COMPOUNDS:
        return None
    head = tok.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in AUTHORED_NOUNS or head.i != tok.i + 1:
        return None
    if any(c.dep_ == "poss" or c.ent_type_ in _NATIONAL or c.pos_ == "PROPN" for c in (*head.children, *tok.subtree)
           if c.i != tok.i and c.i < head.i):
        return None  # ("Chile's government plan", "a Dutch government plan", "the Lagos state government plan")
    lo = tok.i
    while lo > 0 and tok.doc[lo - 1].dep_ == "compound" and tok.doc[lo - 1].pos_ == "NOUN" \
            and tok.doc[lo - 1].head.i in range(lo, tok.i + 1):
        lo -= 1
    words = {t.lower_ for t in tok.doc[lo:tok.i]}
    if words & _LOCAL_SERVICES or (tok.lemma_.lower() == "department" and not words & PORTFOLIOS):
        return None  # ("a police department plan", "a city government proposal": no state's executive)
    return lo, tok.i + 1


def body_compound(tok: Token) -> bool:
    """Whether ``tok`` is a bare body compound that authors the noun after it (see the module's doc)."""
    return _body_span(tok) is not None


def compound_state_bodies(doc: Doc, acts: DocActors, t: Tables) -> None:
    """Add the state's government over each bare body compound of ``doc`` (see the module's doc)."""
    spans = [s for s in (_body_span(tok) for tok in doc) if s is not None]
    if not spans:
        return
    home = dateline_country(doc)
    if home is None:
        states = {d.id for d in acts.drafts.values() if d.type == "state" and not d.is_source}
        home = states.pop() if len(states) == 1 else None
    if home is None or home not in t.countries:
        return
    c = t.countries[home]
    for lo, hi in spans:
        if not acts.free(lo, hi):
            continue
        d = acts.ensure(ActorDraft(id=collective_id(c.cameo, "GOV"), name=collective_name(c.name, c.demonyms, "GOV"),
                                   type="organisation", country=home, code=compose_code(c.cameo, "GOV"), sector="GOV",
                                   plural=True, origin="collective"))
        acts.add(lo, hi, d.id, "nominal")
