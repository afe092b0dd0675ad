from __future__ import annotations

import pytest

from stancemap.errors import DataFileError
from stancemap.ontology import cameo_root, cameo_table, get_code, goldstein, is_code, plover_type
from stancemap.ontology.cameo import load_table


def test_table_has_all_codes_with_roots():
    t = cameo_table()
    assert len(t) == 312
    roots = {c for c in t if len(c) == 2}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert all(c[:2] in t for c in t)


def test_goldstein_values_are_the_published_weights():
    assert goldstein("057") == 8.0
    assert goldstein("190") == -10.0
    assert goldstein("040") == 1.0
    assert goldstein("0256") == -0.3


def test_plover_types_2021_and_05():
    assert plover_type("036") == "AGREE"
    assert plover_type("042") == "CONSULT"
    assert plover_type("0256") == "REQUEST"
    assert plover_type("1041") == "REQUEST"
    assert plover_type("112") == "ACCUSE"
    assert plover_type("163") == "COERCE"
    assert plover_type("010") is None
    assert plover_type("1041", "0.5") == "DEMAND"
    assert plover_type("111", "0.5") == "DISAPPROVE"
    assert plover_type("091", "0.5") == "INVESTIGATE"
    assert plover_type("193", "0.5") == "FIGHT"
    assert plover_type("192", "0.5") == "FIGHT"
    assert plover_type("163", "0.5") == "SANCTION" and plover_type("163") == "COERCE"
    assert plover_type("1712", "0.5") == "COERCE" and plover_type("1712") == "ASSAULT"
    assert plover_type("0813", "0.5") == "CONCEDE" and plover_type("0813") == "RETREAT"
    with pytest.raises(ValueError):
        plover_type("040", "3.0")


def test_get_code_falls_back_to_parent_and_root():
    assert get_code("1214").code == "121"
    assert cameo_root("0311") == "03"
    assert is_code("0311") and not is_code("0999") and not is_code(None)


def test_names_are_our_own_short_names():
    assert get_code("042").name == "visit abroad"
    assert all(len(c.name) <= 60 for c in cameo_table().values())


def test_bad_table_reports_file_and_line(tmp_path):
    p = tmp_path / "codes.tsv"
    p.write_text("# comment\ncode\tgoldstein\tplover\tplover_mode\tname\n01\t0\t\t\tstatement\n"
                 "010\tbig\t\t\tplain statement\n")
    with pytest.raises(DataFileError, match=r"codes.tsv:4: bad Goldstein"):
        load_table(p)
    p.write_text("code\tgoldstein\tplover\tplover_mode\tname\n010\t0\t\t\tx\n")
    with pytest.raises(DataFileError, match="before its root"):
        load_table(p)
