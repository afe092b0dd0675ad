from __future__ import annotations

import pytest

from stancemap.actors.tables import dotted_variants, load_tables
from stancemap.actors.yamlio import ActorDataError


def test_tables_load_and_index():
    t = load_tables()
    assert t.countries["TUR"].name == "Turkey"
    assert t.demonym_of["Turkish"] == "TUR"
    assert t.name_of["U.S."] == "USA" and t.name_of["US"] == "USA"
    assert t.seat_of["Kremlin"] == "RUS"
    assert t.capital_of["Ankara"] == "TUR"
    assert t.org_of["U.N."] == "IGO:UN"
    assert t.orgs["IGO:ARL"].name == "Arab League"
    assert t.person_roles["foreign minister"] == "GOV"
    assert t.collectives["troops"] == "MIL"
    assert t.code_of("XKX") == "KSV"  # CAMEO code differs from ISO3


def test_dotted_variants():
    assert dotted_variants("UN") == ["UN", "U.N."]
    assert dotted_variants("U.K.") == ["U.K.", "UK"]
    assert dotted_variants("Turkey") == ["Turkey"]


def _write_tables(tmp_path, countries: str):
    (tmp_path / "countries.yaml").write_text(countries, encoding="utf-8")
    (tmp_path / "igos.yaml").write_text("- {id: UN, code: IGOUNO, name: United Nations}\n", encoding="utf-8")
    (tmp_path / "media.yaml").write_text("- {name: Some Wire, country: TUR}\n", encoding="utf-8")
    (tmp_path / "roles.yaml").write_text(
        "person_roles:\n  GOV: [minister]\ncollective:\n  MIL: [troops]\nformer: [former]\n", encoding="utf-8"
    )
    (tmp_path / "names.yaml").write_text("male: [Ali]\nfemale: [Ayse]\n", encoding="utf-8")


def test_bad_country_reports_file_and_line(tmp_path):
    _write_tables(tmp_path, "- {iso3: TUR, name: Turkey}\n- {iso3: tr, name: Bad}\n")
    with pytest.raises(ActorDataError) as exc:
        load_tables(tmp_path)
    assert "countries.yaml:2" in str(exc.value)
    assert "iso3" in str(exc.value)


def test_unknown_sector_is_rejected(tmp_path):
    _write_tables(tmp_path, "- {iso3: TUR, name: Turkey}\n")
    (tmp_path / "roles.yaml").write_text("person_roles:\n  XYZ: [minister]\ncollective: {}\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="unknown sector"):
        load_tables(tmp_path)


def test_small_tables_directory_loads(tmp_path):
    _write_tables(tmp_path, "- {iso3: TUR, name: Turkey, demonyms: [Turkish]}\n")
    t = load_tables(tmp_path)
    assert t.demonym_of == {"Turkish": "TUR"}
    assert t.orgs["media:some-wire"].is_source


def test_places_table_maps_regions_to_countries():
    from stancemap.actors.tables import load_tables

    t = load_tables()
    assert t.place_of["Darfur"] == "SDN" and t.place_of["Crimea"] == "UKR"
    assert t.place_demonym_of["Chechen"] == "RUS"
    assert not set(t.place_of) & set(t.capital_of)  # capitals live in countries.yaml only
