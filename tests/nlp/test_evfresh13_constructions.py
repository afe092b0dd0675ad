"""Events that are no acts between two actors (issue 15, evfresh13; events/own_side.py): a party's
words aimed at itself or its own state, an appeal's place taken from another clause, and things
acted on listed as actors. Own sentences, with look-alikes that keep their events."""

from __future__ import annotations

import pytest

from stancemap.nlp.events.own_side import is_thing_id, self_aimed
from stancemap.nlp.to_records import doc_to_article
from stancemap.output.table import listed_actors, render_article
from tests.nlp.conftest import event_rows as _events


def render_text(art) -> str:
    from rich.console import Console

    console = Console(width=200, record=True)
    console.print(render_article(art))
    return console.export_text()


# --- self-aimed events -----------------------------------------------------------------------------


def test_self_aimed_by_codes():
    # the same actor; a government person and its own state (statements, appeals, intents, meetings)
    assert self_aimed("019", "person:a", "person:a", "PERGOV", "PERGOV", "person")
    assert not self_aimed("030", "person:a", "person:a", "PERGOV", "PERGOV", "person")
    assert self_aimed("019", "person:a", "PER", "PERGOV", "PER", "state")
    # an intent or a meeting whose target fell back on the source's own country ("agreed to build a
    # plant in X") keeps it
    assert not self_aimed("036", "PER", "PER:x", "PER", "PER", "state")
    assert not self_aimed("043", "person:a", "PER", "PERGOV", "PER", "state")
    # a state's support for its own government
    assert self_aimed("051", "MYS", "gov:MYS", "MYS", "MYSGOV", "organisation")
    # look-alikes: another state, another body of the state, a material act, praise of the bare state
    assert not self_aimed("019", "person:a", "CHL", "PERGOV", "CHL", "state")
    assert not self_aimed("111", "person:a", "cop:PER", "PERGOV", "PERCOP", "organisation")
    assert not self_aimed("190", "mil:NGA", "NGA", "NGAMIL", "NGA", "state")
    assert not self_aimed("051", "person:a", "MEX", "MEXGOV", "MEX", "state")
    assert not self_aimed("019", "person:a", None, "PERGOV", None, None)


def test_thing_ids():
    assert is_thing_id("thing:new-royalty") and not is_thing_id("CHL") and not is_thing_id(None)


@pytest.mark.model
def test_echoing_a_colleague_is_no_agreement_with_ones_own_state(nlp):
    text = ("Peruvian Trade Minister Ana Rojas spoke after the Chilean delegate. Rojas echoed his remarks, "
            "saying Peru also wants the tariffs scrapped.")
    assert [r for r in _events(nlp, text) if r[2] == "PER"] == []


@pytest.mark.model
def test_a_state_backing_a_plan_is_no_support_for_its_own_minister(nlp):
    text = ("The Malaysian foreign minister said Malaysia backed the plan, adding that Kuala Lumpur would "
            "study the details.")
    assert [r for r in _events(nlp, text) if r[2] == "MYSGOV"] == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # agreement with another state's delegate stays
    ("Rojas agreed with the Chilean delegate, saying Peru also wants the tariffs removed.",
     [("PER", "Chilean", "CHL", "019")]),
    # an appeal to the state's people, named by a demonym, stays
    ("The Ghanaian president urged Ghanaians to register for the vote.",
     [("GHAGOV", "Ghanaians", "GHACVL", "0241")]),
    ("The Liberian president called on Liberians to stay calm.", [("LBRGOV", "Liberians", "LBR", "020")]),
    # a demonym's people urging their own government stay
    ("Guatemalan coffee growers asked the government for cheaper credit.",
     [("GTMAGR", "the government", "GTMGOV", "0231")]),  # (growers are the farm sector, as farmers are: sideb4)
    # criticism of a body of one's own state stays
    ("Peru's prime minister criticised Peru's police for the raid.",
     [("PERGOV", "Peru's police", "PERCOP", "111")]),
])
def test_acts_on_another_party_keep_their_events(nlp, text, expected):
    assert _events(nlp, text) == expected


# --- an appeal's place is in its own phrase --------------------------------------------------------

@pytest.mark.model
def test_an_appeal_takes_no_place_from_a_sister_clause(nlp):
    text = "The Brazilian envoy described the floods in Bolivia as a disaster, appealing for international help."
    assert _events(nlp, text) == [("BRAGOV", None, None, "023")]


@pytest.mark.model
def test_an_appeal_keeps_the_place_of_its_own_phrase(nlp):
    assert _events(nlp, "Kenyan Foreign Minister Ann Mwangi called for a truce in Sudan.") \
        == [("KENGOV", "Sudan", "SDN", "0256")]


# --- things acted on are no actors in a reader's table --------------------------------------------

@pytest.mark.model
def test_a_thing_rejected_is_no_actor_of_the_table(nlp):
    doc = nlp("Chile's mining minister rejected the new royalty on Tuesday.")
    # in the records the thing stays the event's target (the pair scorer finds targets among the actors)
    art = doc_to_article(doc, id="t1")
    (ev,) = art.events
    assert (ev.source_code, ev.target, ev.target_code, ev.cameo) == ("CHLGOV", "thing:new-royalty", None, "120")
    # the table lists actors only
    assert [a.code for a in listed_actors(art)] == ["CHLGOV"]
    out = render_text(art)
    assert "Actors (1)" in out and "1 actors" in out
    assert "the new royalty" in out  # (still shown as the event's target)


@pytest.mark.model
def test_what_a_gerund_undoes_is_no_thing_opposed(nlp):
    assert _events(nlp, "Argentina's economy minister said Argentina opposed scrapping the export quotas.") \
        == [("ARG", None, None, "120")]
    # look-alike: the thing opposed itself stays the target
    assert _events(nlp, "Argentina opposed the export quotas.") == [("ARG", "the export quotas", None, "120")]


# --- a time is no thing acted on -------------------------------------------------------------------

@pytest.mark.model
def test_a_weekday_is_no_thing_acted_on(nlp):
    # an act with no party acted on keeps no target, not the weekday of its "on" phrase
    assert _events(nlp, "The Ugandan health minister ordered an inquiry on Monday.") == [("UGAGOV", None, None, "090")]
    assert _events(nlp, "Nepal's interior ministry imposed a curfew on Saturday.") == [("NPLGOV", None, None, "1723")]
    # look-alike: the thing rejected stays the target inside the pipeline
    assert _events(nlp, "Chile rejected the plan on Friday.") == [("CHL", "the plan", None, "127")]


@pytest.mark.model
def test_pilots_are_labour(nlp):
    rows = _events(nlp, "Pilots at a state airline in Uganda walked off the job on Monday to demand unpaid wages.")
    assert [r[0] for r in rows] == ["UGALAB"]


# --- joint forces of the sources are no third party -------------------------------------------------

@pytest.mark.model
def test_joint_units_agreed_are_the_sources_own(nlp):
    assert _events(nlp, "Laos and Cambodia agreed to deploy joint police units along the Mekong.") \
        == [("LAO", "Cambodia", "KHM", "030"), ("KHM", "Laos", "LAO", "030")]
    # look-alike: a party named beyond the units stays the target
    assert _events(nlp, "Laos and Cambodia agreed to send police units to the border with Thailand.") \
        == [("LAO", "Thailand", "THA", "030"), ("KHM", "Thailand", "THA", "030")]
