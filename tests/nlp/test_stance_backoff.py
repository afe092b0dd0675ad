"""General mechanisms of the stance stage for wordings nobody wrote a cue for (issue 9): frames
that carry a position whatever the verb (nlp/stances/backoff.py), position nouns owned by the
subject of any verb, received positions given by a nationality adjective, labels taken from the
cue lexicon, and the WordNet-derived cues (data/stances/derived.yaml). Sentences written for
these tests, with verbs that are in no cue list."""

from __future__ import annotations

import pytest

from stancemap.nlp.stances.lexicon import load_lexicon

from .stance_checks import assert_stances

pytestmark = pytest.mark.model

S = tuple[str, int, str]

CASES: list[tuple[str, list[S]]] = [
    # any verb + "against" (no object of its own, or one the subject owns)
    ("Chile campaigned hard against the copper levy.", [("CHL", -1, "copper levy")]),
    ("Peru argued forcefully against extending the mandate.", [("PER", -1, "extending the mandate")]),
    ("Estonia dug in against the energy directive.", [("EST", -1, "energy directive")]),
    ("Latvia stood its ground against the energy directive.", [("LVA", -1, "energy directive")]),
    ("Lithuania spoke up against the energy directive.", [("LTU", -1, "energy directive")]),
    # any verb + particle + "behind"
    ("Ecuador lined up behind the regional charter.", [("ECU", 1, "regional charter")]),
    # any verb + owned object + "in favour of"
    ("Zambia threw its vote in favour of the debt relief plan.", [("ZMB", 1, "debt relief")]),
    # a position noun the subject owns, under a verb in no list
    ("Uruguay trumpeted its support for the fisheries accord.", [("URY", 1, "fisheries accord")]),
    ("Bolivia aired its opposition to the lithium quota.", [("BOL", -1, "lithium quota")]),
    # received: a nationality adjective gives the position; "came under <negative noun> from X"
    ("The lithium quota met with Bolivian resistance.", [("BOL", -1, "lithium quota")]),
    ("The lithium quota came under assault from La Paz.", [("BOL", -1, "lithium quota")]),
    # an evaluative position noun with a named possessor is the owner's position
    ("Ghana's endorsement of the vaccine plan pleased donors.", [("GHA", 1, "vaccine plan")]),
    # labels: a cue word as label, coordinated labels, a head noun tagged as a verb
    ("Malta labelled the audit slander.", [("MLT", -1, "audit")]),
    ("Cyprus described the water deal as fair and sensible.", [("CYP", 1, "water deal")]),
]

# frames that look alike but state no position of the subject
NONE: list[str] = [
    "Chile insured its copper mines against floods.",
    "Peru played against Ecuador on Sunday.",
    "Estonia fell behind the other states in the rankings.",
    "The lithium quota came under review in La Paz.",
    "Slovenia has not spoken up against the energy directive.",
]



@pytest.mark.parametrize(("text", "stances"), CASES, ids=[c[0][:40] for c in CASES])
def test_general_frames(nlp, text: str, stances: list[S]) -> None:  # type: ignore[no-untyped-def]
    assert_stances(nlp(text), stances)


@pytest.mark.parametrize("text", NONE)
def test_lookalikes_give_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert nlp(text)._.sm_stances == []


def test_derived_cues_are_loaded_beneath_the_hand_written_ones() -> None:
    lex = load_lexicon()
    assert lex.nouns["ratification"].polarity == 1 and lex.nouns["vilification"].polarity == -1
    assert lex.agent_nouns["endorser"] == 1 and lex.agent_nouns["opposer"] == -1
    assert "bogus" in lex.negative_labels and "feasible" in lex.positive_labels
    assert lex.nouns["support"].preps[0] == "for"  # the hand-written entry wins
    plain = load_lexicon(derived=False, frames=False)
    assert "ratification" not in plain.nouns and "bogus" not in plain.negative_labels
