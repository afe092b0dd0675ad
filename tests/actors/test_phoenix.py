from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from stancemap.actors import ActorDataError, import_phoenix, load_dictionary
from stancemap.actors.phoenix import parse_phoenix_date
from stancemap.actors.tables import load_tables
from stancemap.nlp.actors.gazetteer import Gazetteer

# A made-up dictionary in the PETRARCH/Phoenix format.
SAMPLE = """\
# comment line
KARIM_OSTROV_  # CountryInfo.txt
+OSTROV_
+PRESIDENT_OSTROV_
\t[MDAELI 900101-031231]
\t[MDAGOV 040101-101231]
\t[MDAELI]
LENA_PARVU_  # CountryInfo.txt
\t[ROUGOV >150301]
NORTHERN_FISHERIES_PACT_ [IGOFSH]
+NFP_
ZELAND_  [ZLD]
+ZELANDIAN_
!MINIST! = MINISTER, MINISTERS
FARMER [~AGR]
"""


@pytest.fixture()
def sample(tmp_path) -> Path:
    p = tmp_path / "Sample.actors.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    return p


def test_parse_dates():
    assert parse_phoenix_date("030101") == "2003-01-01"
    assert parse_phoenix_date("541114") == "1954-11-14"
    assert parse_phoenix_date("20070101") == "2007-01-01"


def test_import(sample):
    entries = import_phoenix(sample)
    ostrov = [e for e in entries if e.name == "Karim Ostrov"]
    assert len(ostrov) == 3
    assert {e.id for e in ostrov} == {"person:karim-ostrov"}
    assert ostrov[0].aliases == ("Ostrov", "President Ostrov")
    assert (ostrov[1].code, ostrov[1].valid_from, ostrov[1].valid_to) == ("MDAGOV", "2004-01-01", "2010-12-31")
    assert ostrov[2].valid_from is None and ostrov[2].sector == "ELI"
    (parvu,) = [e for e in entries if e.name == "Lena Parvu"]
    assert parvu.valid_from == "2015-03-01" and parvu.valid_to is None and parvu.country == "ROU"
    (pact,) = [e for e in entries if e.code == "IGOFSH"]
    assert pact.type == "igo" and pact.aliases == ("Nfp",) or pact.aliases == ("NFP",)
    (zel,) = [e for e in entries if e.code == "ZLD"]
    assert zel.type == "state" and zel.id == "ZLD"
    assert load_dictionary(sample) == entries  # .txt goes to the importer


def test_dated_selection(sample):
    entries = tuple(import_phoenix(sample))
    gaz = Gazetteer(spacy.blank("en").vocab, load_tables(), entries)
    i = next(k for k, e in enumerate(entries) if e.name == "Karim Ostrov")
    assert gaz.select(i, "2005-06-01").code == "MDAGOV"
    assert gaz.select(i, "1995-06-01").code == "MDAELI"
    assert gaz.select(i, "2015-06-01").code == "MDAELI"  # undated default
    j = next(k for k, e in enumerate(entries) if e.name == "Lena Parvu")
    assert gaz.select(j, "2016-01-01").code == "ROUGOV"
    before = gaz.select(j, "2010-01-01")
    assert before.code == "ROU" and before.sector is None  # known person, not in office yet


def test_bad_date_reports_line(tmp_path):
    p = tmp_path / "bad.actors.txt"
    p.write_text("A_PERSON_\n\t[ABCGOV 12-34]\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"bad.actors.txt:2"):
        import_phoenix(p)


@pytest.mark.slow
def test_import_shared_phoenix_files():
    shared = Path(__file__).resolve().parents[2] / ".." / "shared" / "dictionaries"
    files = sorted(shared.glob("Phoenix.*actors.txt"))
    if not files:
        pytest.skip("shared Phoenix dictionaries not available")
    for f in files:
        entries = import_phoenix(f)
        assert len(entries) > 500
        assert all(e.code for e in entries)
