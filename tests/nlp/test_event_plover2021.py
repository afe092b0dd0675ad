"""PLOVER 2021 codebook conventions of the CAMEO->PLOVER conversion and the lexicon (issue 15, plover round):
destroying property is ASSAULT 'destroy' (demolitions included), withholding public goods from people is
COERCE 'withhold', and the PLOVER 0.5 vocabulary (root 17 COERCE) is left as it was. Own sentences."""

from __future__ import annotations

import pytest

from stancemap.ontology.cameo import get_code, plover_type


def _codes(nlp, text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(e.source_code, e.target_code, e.cameo, e.plover) for e in nlp(text)._.sm_events]


def test_conversion_modes_follow_the_2021_table():
    # 'destroy' moved from COERCE to ASSAULT in the codebook; 'seize' is no PLOVER mode ('confiscate' is)
    assert (get_code("1712").plover, get_code("1712").plover_mode) == ("ASSAULT", "destroy")
    assert (get_code("171").plover, get_code("171").plover_mode) == ("COERCE", "confiscate")
    assert (get_code("1711").plover, get_code("1711").plover_mode) == ("COERCE", "confiscate")
    assert (get_code("192").plover, get_code("192").plover_mode) == ("COERCE", "confiscate")
    assert (get_code("191").plover, get_code("191").plover_mode) == ("COERCE", "restrict")
    assert (get_code("181").plover, get_code("181").plover_mode) == ("ASSAULT", "abduct")
    assert get_code("175").plover_mode is None  # the 2021 table gives violent repression no mode
    # the separate 0.5 vocabulary keeps all of root 17 COERCE and 19 FIGHT
    assert plover_type("1712", "0.5") == "COERCE"
    assert plover_type("191", "0.5") == "FIGHT"
    assert plover_type("163", "2021") == "COERCE" and plover_type("163", "0.5") == "SANCTION"


@pytest.mark.model
@pytest.mark.parametrize("text, cameo, plover", [
    ("The Ethiopian government cut off electricity to the Tigray region.", "170", "COERCE"),
    ("The Ethiopian government cut the water supply to the Tigray region.", "170", "COERCE"),
    ("The Ethiopian government withheld medicine from the Tigray region.", "170", "COERCE"),
    ("The Ethiopian government shut off power to the Tigray region.", "170", "COERCE"),
    # aid held back from a state reduces relations, as before
    ("The United States withheld military aid from Egypt.", "162", "SANCTION"),
])
def test_public_goods_withheld_from_people_are_coerce(nlp, text, cameo, plover):
    evs = _codes(nlp, text)
    assert [e[2:] for e in evs] == [(cameo, plover)]
