"""Constructions of ordinary reporter rewordings (issue 9, twenty-second session, batches 73-74 and the
leftovers of batches 71-72): a ministry named by its field ("the justice ministry") as a holder;
statements of effect that keep or drive the reporter's own people's things away, leave them idle, cost
them something, bury them in paperwork, dry out a named lake, open a port to them or link them to
markets; "attacked" a law or plan; "will no longer be bound by" an agreement; "a burden", "breaks the rules",
"a vote of confidence", "the deal of the century"; "stood behind the planned rail line"; gratitude
to a party as an alignment; a one-word place visited, or "the port of X", is no person for a later
"He"; "the measure" after a fronted "while" clause. Each with look-alikes that must stay without a position (or without that reading).

Sentences written for these tests (no evaluation text, no paraphrase wording).
"""

from __future__ import annotations

import pytest

from .stance_asserts import actor_keys, has_key
from .stance_checks import assert_no_position, assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # a ministry named by its field: the government, as "the trade ministry" was
    ("The Danish justice ministry rejected the proposed surveillance bill.", [("DNK", -1, "surveillance bill")]),
    ("Austria's Justice Ministry welcomed the new juvenile courts plan.", [("AUT", 1, "juvenile courts plan")]),
    # effects on the reporter's own people's things
    ("Germany's economy ministry said the Danish border fee would keep shoppers away from German stores.",
     [("DEU", -1, "border fee")]),
    ("The logging moratorium will leave Gabonese sawmill workers jobless, the Gabonese forestry ministry said.",
     [("GAB", -1, "logging moratorium")]),
    ("The new quota would cost Peruvian anchovy fleets half their catch, the Peruvian fisheries ministry said.",
     [("PER", -1, "new quota")]),
    ("An Estonian trade ministry spokesman warned that the customs directive would bury small exporters in paperwork.",
     [("EST", -1, "customs directive")]),
    ("Chad's water minister warned parliament that the upstream dam project would drain Lake Fitri.",
     [("TCD", -1, "upstream dam project")]),
    ("The fuel tax increase will hurt Kenyan matatu drivers, Kenya's energy minister told parliament.",
     [("KEN", -1, "fuel tax increase")]),
    ("The national gene bank will protect Ethiopian barley varieties, the Ethiopian agriculture ministry said.",
     [("ETH", 1, "gene bank")]),
    ("The new highway will link Bolivian soy farms to Pacific ports, the Bolivian public works ministry said.",
     [("BOL", 1, "new highway")]),
    ("The canal deal will open the harbour to Uruguayan grain barges, Uruguay's transport ministry said.",
     [("URY", 1, "canal deal")]),
    # a demand addressed to another party that it undo a measure keeps the scheme's reading: +1 on the
    # demanded act (the project's gold labels it so: tried this session and dropped, see the report)
    ("Oslo has asked Stockholm to scrap its new fishing licence rules, a Norwegian official said.",
     [("NOR", 1, "stockholm to scrap its new fishing licence rules")]),
    # verbal attacks on a measure, refusing to be bound
    ("Poland's finance minister attacked the European budget proposal in a speech on Monday.",
     [("POL", -1, "budget proposal")]),
    ("Bolivia said it would no longer be bound by the regional gas pricing agreement.",
     [("BOL", -1, "gas pricing agreement")]),
    # labels
    ('"The carbon levy is a heavy burden for our bakeries," Portugal\'s economy minister said.',
     [("PRT", -1, "carbon levy")]),
    ("In Canberra, Australia's trade minister said the steel tariff broke international trade rules.",
     [("AUS", -1, "steel tariff")]),
    ('"The investment pact is a vote of confidence in our workers," the Moroccan industry minister said.',
     [("MAR", 1, "investment pact")]),
    ('"This is the deal of the century for our farmers," Kenya\'s trade minister said of the tea agreement.',
     []),  # ("this" names nothing: no target, no stance required)
    # a planned route is no spot one stands at
    ("Estonia stood squarely behind the planned high-speed rail line.", [("EST", 1, "rail line")]),
    # "the measure / the move" summing up a fronted clause's object or act
    ("While the city council raised bus fares on Friday, Peru's transport ministry said the measure went too far.",
     [("PER", -1, "raised bus fares")]),
    ("After the senate adopted a night curfew, Ecuador's interior ministry said the measure went too far.",
     [("ECU", -1, "night curfew")]),
    ("After Ghana shut its cocoa export office, Togo called the move a blunder.", [("TGO", -1, "shut its cocoa")]),
    # a one-word place visited, then "He"
    ("Portugal's prime minister visited Faro on Monday. He defended the new tourist tax.",
     [("PRT", 1, "tourist tax")]),
    ("Greece's prime minister toured the island of Kos on Friday. He condemned the migrant quota plan.",
     [("GRC", -1, "migrant quota plan")]),
]


@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:45] for c in CASES])
def test_reword11_constructions(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", [
    # force against things; a judge's title stays a court's
    "Rioters attacked the tax office on Monday.",
    "Rebels attacked the pipeline near the border.",
    "Justice Amara criticised the surveillance bill from the bench.",
    # being bound as a fact
    "Peru is bound by the regional gas pricing agreement.",
    # a spot by the pitch stays a place
    "The linesman waited behind the painted line by the corner flag.",
    # a pest kept away is help; a schedule of rules ceasing to apply; a vote of no confidence
    "The new fence will keep wolves away from Slovak sheep farms, a Slovak agriculture ministry official said.",
    "Once the transition ends, Norway will no longer be bound by the old fisheries rules, its ministry said.",
    "The new tax is a vote of no confidence in small firms, the Irish business ministry said.",
    # nature, another state's things, a fact in the past
    "A long drought could drain Lake Fitri, Chad's water minister told parliament.",
    "The quota cost Peruvian fleets half their catch last year, the Peruvian fisheries ministry said.",
    "The new bridge will cost five billion dollars, the Kenyan transport ministry said.",
    "The World Bank will help Ethiopian farmers, the Ethiopian agriculture ministry said.",
    # ending talks is no transgression; a demand not to undo
    "The delegation broke off the talks on Friday.",
    # a person of the century
    '"He is the player of the century," the coach said.',
])
def test_reword11_lookalikes_hold_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_no_position(nlp(text))


def _pairs(doc) -> list[tuple[set[str], set[str], int]]:  # type: ignore[no-untyped-def]
    return [(actor_keys(doc, al.a), actor_keys(doc, al.b), al.polarity) for al in doc._.sm_alignments]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Speaking in Kathmandu, Nepal's prime minister voiced his heartfelt appreciation to India for the helicopters.",
     "NPL", "IND"),
    ("Jordan's foreign minister, on a visit to Tokyo, conveyed the kingdom's gratitude to Japan for its school grants.",
     "JOR", "JPN"),
])
def test_gratitude_to_a_party_aligns(nlp, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(nlp(text))
    assert [p for x, y, p in pairs if (has_key(x, a) and has_key(y, b)) or (has_key(x, b) and has_key(y, a))] == [1], \
        pairs


def test_gratitude_to_no_party_aligns_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(nlp("Nepal's prime minister voiced his appreciation to the rescuers for their courage.")) == []
