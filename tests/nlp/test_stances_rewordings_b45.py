"""Constructions of the rewordings of batches 45 and 46 (issue 9, fourteenth session): a cue verb the
parser reads as an auxiliary or a plural noun before an adjectival participle, "made clear it
opposes X", labels under "neither ... nor", a label misread as a proper noun, feelings caused in the
holder ("Y angered X"), pseudo-clefts, "is pushing to X", aims as predicates ("Y is X's main
demand"), reported transgressions of a named actor, "holdout against", responses received with a
manner; with look-alikes that must stay without a position.

Sentences written for these tests (no evaluation text).
"""

from __future__ import annotations

import pytest

from stancemap.nlp.stances.lexicon import lexicon
from stancemap.nlp.stances.repair import repair_cue_read_as_auxiliary

from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # a cue verb read as the auxiliary of a participle, or as a plural noun before it
    ("Chile opposes forced evictions of farmers in the south.", [("CHL", -1, "forced evictions")]),
    ("The Kremlin rejects proposed changes to the fishing treaty.", [("RUS", -1, "proposed changes")]),
    # "made clear it opposes X": the clause read as the adjective's subject
    ("Peru has made clear it opposes the new mining levy.", [("PER", -1, "mining levy")]),
    # a label under "neither ... nor" is negated
    ("Canada described the referendum as neither free nor fair.", [("CAN", -1, "referendum")]),
    ("The referendum was dismissed by Ottawa as neither free nor fair.", [("CAN", -1, "referendum")]),
    # a label adjective the parser took for a proper noun ending the object
    ("Norway called Russian fishing in the Barents Sea illegal.", [("NOR", -1, "fishing")]),
    ("Vietnam called the new fishing ban a trade barrier.", [("VNM", -1, "fishing ban")]),
    # feelings: a participle under the copula, and a feeling caused in the holder
    ("Ghana said it was deeply disappointed by the new visa rules.", [("GHA", -1, "visa rules")]),
    ("The new visa rules have angered Ghana.", [("GHA", -1, "visa rules")]),
    ("The trade agreement delighted Uruguay.", [("URY", 1, "trade agreement")]),
    # pseudo-clefts
    ("What Peru opposes is the new mining levy.", [("PER", -1, "mining levy")]),
    ("What Kenya is calling for is a regional ceasefire.", [("KEN", 1, "ceasefire")]),
    ("What Chile wants is to end the fishing ban.", [("CHL", 1, "fishing ban")]),
    # striving verbs with their own infinitive; a for-to clause on a position noun
    ("Portugal is pushing to revive the fisheries accord.", [("PRT", 1, "reviv")]),
    ("Poland renewed its push for the tariffs to be scrapped.", [("POL", 1, "tariffs to be scrapped")]),
    ("Spain seems ready to back the windfall levy.", [("ESP", 1, "windfall levy")]),
    # aims as predicates
    ("The reopening of the border is Armenia's main demand, officials said.", [("ARM", 1, "reopening")]),
    ("Cutting fuel subsidies is a priority for Nigeria, the minister said.", [("NGA", 1, "fuel subsidies")]),
    ("A cut in farm tariffs is high on Brazil's wish list.", [("BRA", 1, "farm tariffs")]),
    # reported transgression of a named actor: an accusation
    ("Georgia said Russia had violated the ceasefire.", [("GEO", -1, "violated the ceasefire")]),
    ("Austria remains the last holdout against the new asylum pact.", [("AUT", -1, "asylum pact")]),
    ("The new export quotas drew an angry response from Jakarta.", [("IDN", -1, "export quotas")]),
    ("Seoul said the court ruling was full of baseless claims.", [("KOR", -1, "court ruling")]),
    ("Lisbon said the new motorway was a colossal waste.", [("PRT", -1, "motorway")]),  # "a waste": a label
    ("Ankara called Berlin a full partner.", [("TUR", 1, "berlin")]),  # "full" before a noun: no container
    ("Japan described the report as full of lies.", [("JPN", -1, "report")]),
    # batch 48: a label inside "nothing short of", a received welcome with the first object as a second dobj
    ("The new quotas are nothing short of economic blackmail, Hanoi said.", [("VNM", -1, "new quotas")]),
    ("The mediator has been nothing but fair, Ghana said.", [("GHA", 1, "mediator")]),  # read as before
    ("Kenya gave Uganda's application to the trade bloc a warm welcome.", [("KEN", 1, "application")]),
    # the reversed pseudo-cleft, and a negated copula
    ("A negotiated settlement is what Latvia wants.", [("LVA", 1, "settlement")]),
    ("Higher fishing quotas are not what Iceland wants.", [("ISL", -1, "fishing quotas")]),
    ("Malta has put itself forward to host the next summit.", [("MLT", 1, "host")]),
    # a reflexive object of a phrasal cue with an infinitive: the infinitive is the proposal
    ("Qatar has put itself forward to mediate between the two factions.", [("QAT", 1, "mediating between")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_b45_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    "The storm upset the ferry schedule.",
    "The goal delighted the fans in the stadium.",
    "The stadium was full of supporters on Sunday.",
    "Russia said it had not violated the ceasefire.",
    "The minister was pushed to resign by his party.",
    "What the fishermen did was repair their nets.",
    "The speech drew a quick response from the audience.",
    "The host gave the guests a warm welcome.",
    "There is nothing short of the border crossing.",
    # "waste" judges only as "a waste": without the article it names a material
    "Most of the landfill is household waste.",
    "The main source of the pollution is waste from mines.",
    "Kenya said most of the landfill was household waste.",
    "Officials in Lima said the main source of the river's pollution was waste from mines.",
    "Brazil described the sludge in the reservoir as industrial waste.",
    "Kenya said the recycling bins were full of waste paper.",
    # "full of" people says who was there: no label of the place
    "The stadium was full of fans.",
    "Japan said the stadium was full of fans.",
    "Japan said the hall was full of critics of the government.",
    "Japan described the square as full of supporters.",
    # a reflexive object of "put forward" with no infinitive, and a reflexive of verbs that are no cue
    "Qatar has put itself forward again.",
    "Qatar put itself forward as a possible venue.",
    "Qatar has set itself up to host the games.",
    "Qatar has positioned itself to host the games.",
])
def test_b45_look_alikes_take_no_position(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def test_cue_read_as_auxiliary_is_repaired(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile opposes forced evictions of farmers in the south.")
    verb = doc[1]
    assert verb.lower_ == "opposes" and verb.dep_ == "ROOT" and verb.lemma_ == "oppose"
    assert doc[3].dep_ == "dobj" and doc[3].head.i == 1 and doc[2].dep_ == "amod"
    assert repair_cue_read_as_auxiliary(doc, lexicon()) == 0  # nothing left to repair


def test_cue_repair_leaves_earlier_stages_as_they_were(nlp) -> None:  # type: ignore[no-untyped-def]
    """The repair rewrites the shared parse inside the stance stage; the stance stage is the
    pipeline's last, so the events and statements (read from the parse before) are the same with
    and without it, on a sentence it fires on. (Run on the repaired parse the event stage would
    read another event: the order is what keeps its output.)"""
    from stancemap.nlp.events import extract_events
    from stancemap.nlp.pipeline import STAGES

    assert STAGES[-1] == "stancemap_stances" and nlp.pipe_names[-1] == "stancemap_stances"
    text = ("The Kremlin rejects proposed changes to the fishing treaty, Russian officials told reporters "
            "after troops shelled the port.")
    full = nlp(text)
    bare = nlp(text, disable=["stancemap_stances"])
    assert [(s.actor, s.polarity, s.target) for s in full._.sm_stances] == [
        ("seat:kremlin", -1, "proposed changes to the fishing treaty")]
    events = [(e.source, e.target, e.cameo) for e in bare._.sm_events]
    assert events == [("RUSMIL", "place:port:RUS", "194")]
    assert [(e.source, e.target, e.cameo) for e in full._.sm_events] == events
    assert [(s.speaker.text, s.cue_lemma, s.content.text) for s in bare._.sm_statements] == [
        ("Russian officials", "tell", "The Kremlin rejects proposed changes to the fishing treaty")]
    assert full._.sm_statements == bare._.sm_statements
    assert repair_cue_read_as_auxiliary(bare, lexicon()) == 1  # the repair fires on this parse
    assert [(e.source, e.target, e.cameo) for e in extract_events(bare)] != events  # (what the order prevents)
