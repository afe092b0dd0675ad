"""Constructions found missing on the tenth fresh hand-labelled set (issue 9,
tests/data/stances_fresh10.jsonl) and left over from the ninth:

* a plan or proposal whose author is named on the noun itself ("a plan by the fisheries department
  to close X", "Japan's proposal to scrap Y") gives the author its stance on the content also when
  the infinitive is a cue of its own ("close", "scrap", "ban"), README section 3; when that cue
  gives the author a stance too ("Japan's plan to scrap Y was criticised": -1 on Y) the plan's +1 on
  "scrapping Y" is kept and the other dropped (README section 5: the polarity follows the cue,
  applied to the target as written);
* ", each accusing the other of X" that the parser hangs on a noun, or whose "of X" it hangs on
  "other": each side of the main clause -1 on X, besides the -1 alignment;
* "its chairman / its president" of an organisation that is the subject of the clause before it
  ("The union called strikes, and its chairman accused X of Y") holds for that organisation;
* "they" subject of a clause coordinated after one whose subject is a plural noun ("Rice farmers
  criticised X, and they urged Y") is that subject, not the actors stage's coreference to a
  government;
* plural state office-holders the events stage grouped ("several state agriculture ministers")
  hold positions;
* a bare capitalised "Commission" in an article about the EU (two member states, or the EU,
  Brussels, "European" named) is the European Commission: the author of "a Commission proposal"
  and the partner of those who evaluate it; not where the text names another commission;
* "called / staged / held protests against X": the organisers -1 on X (not whoever broke it up);
* an unknown name before a lower-case "party" ("Mexico's ruling Morena party") is that party, the
  holder, not the state whose possessive opens the phrase;
* a person evaluated with a state's possessive ("praised Tanzania's X") is the partner, not the
  state.

Sentences written for these tests (no evaluation text). A row lists the exact stances (holder,
polarity, a word of the target) and the exact alignments (a, b, polarity; unordered).
"""

from __future__ import annotations

import pytest

from .stance_asserts import A, S, assert_exact

pytestmark = pytest.mark.model


CASES: list[tuple[str, list[S], list[A]]] = [
    # the named author of a plan whose infinitive is a cue of its own
    ("Coastal villagers protested against a plan by the fisheries department in Manila to close the bay to small boats.",
     [("coastal", -1, "plan by the fisheries department"), ("phlgov", 1, "closing the bay")],
     # (since the sideb2 round plural civil groups are holders and opposing a body's plan aligns against it)
     [("coastal", "phlgov", -1)]),
    ("Japan's plan to scrap the sales tax exemption was criticised by retailers.",
     [("JPN", 1, "scrapping the sales tax exemption")], []),
    # ", each accusing the other of X"
    ("Armenia and Azerbaijan both turned down a Russian offer of monitors on Tuesday for the border near Lachin, "
     "each accusing the other of shelling villages.",
     [("ARM", -1, "russian offer"), ("AZE", -1, "russian offer"), ("RUS", 1, "monitors"),
      ("ARM", -1, "shelling villages"), ("AZE", -1, "shelling villages")],
     [("ARM", "RUS", -1), ("AZE", "RUS", -1), ("ARM", "AZE", -1)]),
    ("Chile and Peru rejected a Bolivian demand for access to the sea, each accusing the other of stoking "
     "nationalist sentiment.",
     [("CHL", -1, "bolivian demand"), ("PER", -1, "bolivian demand"), ("BOL", 1, "access to the sea"),
      ("CHL", -1, "stoking"), ("PER", -1, "stoking")],
     [("CHL", "BOL", -1), ("PER", "BOL", -1), ("CHL", "PER", -1)]),
    # "its chairman" of the organisation named before
    ("The nurses' union called strikes at hospitals on Monday, and its president accused the government of "
     "ignoring staff shortages.",
     # (the accused government is side B: README section 6, "accused B"; test_sideb_constructions.py)
     [("union", -1, "ignoring staff shortages")], [("union", "government", -1)]),
    # ... a state's "its president" is left to the other rules
    ("Brazil hosted the summit, and its president criticised the tariffs.", [("BRA", -1, "tariffs")], []),
    # "they" of a coordinated clause: the plural subject of the clause before
    ("Rice farmers criticised the fertiliser tax, and they urged Manila to scrap it.",
     [("farmers", -1, "fertiliser tax"), ("farmers", 1, "scrap")], []),
    # ... coordinated subjects stay the actors stage's group, each member holding it
    ("Russia and China blocked the resolution, and they called for new talks.",
     [("RUS", 1, "new talks"), ("CHN", 1, "new talks")], []),
    # plural state office-holders grouped by the events stage
    ("Several state agriculture ministers criticised the new licensing rules.",
     [("agriculture ministers", -1, "licensing rules")], []),
    # a bare "Commission" in an EU article
    ("Spain and Portugal said they would back a Commission proposal to expand the power grid link across the Pyrenees.",
     [("ESP", 1, "commission proposal"), ("PRT", 1, "commission proposal"),
      ("european commission", 1, "expanding the power grid")],
     [("ESP", "european commission", 1), ("PRT", "european commission", 1)]),
    # protests called against X
    ("Farmers called protests against the pension reform.", [("farmers", -1, "pension reform")], []),
    ("The opposition party held a protest over the election results on Sunday.",
     [("opposition party", -1, "election results")], []),
    ("Police broke up a protest against the pension reform.", [], []),
    # a party's name before "party"
    ("Mexico's ruling Morena party backed the judicial overhaul.", [("morena", 1, "judicial overhaul")], []),
    # a person with a state's possessive as the partner
    ("Kenya's President William Ruto praised Tanzania's Samia Suluhu Hassan for her efforts to open the border.",
     [("ruto", 1, "samia suluhu hassan"), ("hassan", 1, "opening the border")], [("ruto", "hassan", 1)]),
    ("Ghana criticised Nigeria's decision to close the border.", [("GHA", -1, "decision")], [("GHA", "NGA", -1)]),
]


@pytest.mark.parametrize(("text", "stances", "aligns"), CASES, ids=[c[0][:40] for c in CASES])
def test_fresh10_constructions(nlp, text: str, stances: list[S], aligns: list[A]) -> None:  # type: ignore[no-untyped-def]
    assert_exact(nlp(text), stances, aligns)


NO_COMMISSION = [
    "The Commission said the vote in Nairobi would go ahead.",  # no EU article
    "Kenya's Electoral Commission said the vote would go ahead.",  # a named commission
    "The Commission on Human Rights met in Manila.",  # a longer name
    # a national commission named first: a later bare "the Commission" is that one
    "Portugal's energy regulator and Italy's National Energy Commission met on Monday; "
    "the Commission later rejected the tariff plan.",
]


@pytest.mark.parametrize("text", NO_COMMISSION, ids=[t[:40] for t in NO_COMMISSION])
def test_bare_commission_only_in_eu_articles(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not any(a.id == "IGO:EUCOM" for a in doc._.sm_actors), doc._.sm_actors


def test_party_word_as_a_modifier_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """"the Texas party delegation": "party" modifies another noun; no party actor."""
    doc = nlp("Members of the Texas party delegation met in Austin.")
    assert not any(a.sector == "PTY" for a in doc._.sm_actors), doc._.sm_actors
