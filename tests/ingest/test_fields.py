"""Metadata fields of JSON records and .json files: a value stancemap cannot use (a list for a source,
an object for an id, a date that is no calendar date) is one line naming the record and the field,
the rest of the file is read; a .json file holds one article or a list of them."""

from __future__ import annotations

import json

import pytest

from stancemap.analytics.convergence import window_of
from stancemap.ingest import read_path
from stancemap.ingest.checks import date_problem
from stancemap.ingest.readers import raw_from_mapping

TEXT = ("The foreign ministers of Chile and Kenya met in Nairobi on Monday and said they would work together "
        "on climate finance, according to a statement from the Kenyan government.")


@pytest.mark.parametrize("date", ["2021", "2021-03", "2021-03-01", "2021-03-01T09:30:00Z", "2021-03-01 09:30",
                                  "2024-02-29"])
def test_iso_dates_are_kept_as_given(date):
    raw = raw_from_mapping({"text": TEXT, "date": date}, origin="feed.jsonl:1")
    assert raw.error is None and raw.date == date


def test_a_date_with_spaces_around_is_that_date_and_a_number_is_a_year():
    assert raw_from_mapping({"text": TEXT, "date": " 2021-03-01 "}, origin="f:1").date == "2021-03-01"
    assert raw_from_mapping({"text": TEXT, "date": 2021}, origin="f:1").date == "2021"


@pytest.mark.parametrize("date, why", [
    ("May 2021", "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("05/03/2021", "is not an ISO date"),
    ("20210301", "is not an ISO date"),
    ("2021-13", "is not a calendar date (month must be in 1..12)"),
    ("2023-02-29", "is not a calendar date (day is out of range for month)"),
    ("0000", "is not a calendar date (year 0 is out of range)"),
])
def test_a_date_that_places_nothing_in_time_is_refused_with_its_reason(date, why):
    raw = raw_from_mapping({"id": "n1", "text": TEXT, "date": date}, origin="feed.jsonl:7")
    assert raw.error is not None and raw.error.reason == "bad_field" and raw.error.code == "E109"
    assert str(raw.error).startswith(f"feed.jsonl:7: field 'date' {date!r} {why}")
    assert raw.id == "n1" and date_problem(date) is not None


@pytest.mark.parametrize("rec, message", [
    ({"text": TEXT, "source": ["wire", "site"]}, "field 'source' must be a string, got a list"),
    ({"text": TEXT, "title": {"en": "Talks"}}, "field 'title' must be a string, got an object"),
    ({"text": TEXT, "url": True}, "field 'url' must be a string, got true/false"),
    ({"text": TEXT, "date": False}, "field 'date' must be a string, got true/false"),
    ({"text": TEXT, "id": ["a", 1]}, "field 'id' must be a string or a number, got a list"),
])
def test_a_field_of_the_wrong_kind_is_refused_not_written_as_python(rec, message):
    raw = raw_from_mapping(rec, origin="feed.jsonl:2")
    assert raw.error is not None and raw.error.reason == "bad_field"
    assert str(raw.error) == f"feed.jsonl:2: {message}"


def test_unknown_fields_and_numbers_are_kept(tmp_path):
    raw = raw_from_mapping({"id": 42, "text": TEXT, "colour": "blue", "rating": 5, "tags": ["a"]}, origin="f:1")
    assert raw.error is None and raw.id == "42" and raw.extra == {"colour": "blue", "rating": 5, "tags": ["a"]}


def test_a_json_file_holds_one_article_or_a_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "j1", "text": TEXT, "date": "2022-01-05"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "j2", "text": TEXT}, {"id": "j3"}, 7, {"id": "j4", "text": TEXT,
                                                                             "date": "yesterday"}]),
                    encoding="utf-8")
    (raw,) = list(read_path(one))
    assert (raw.id, raw.date, raw.error) == ("j1", "2022-01-05", None)
    raws = list(read_path(many))
    assert [(r.origin, r.error.reason if r.error else None) for r in raws] == [
        (f"{many}[0]", None), (f"{many}[1]", "missing_field"), (f"{many}[2]", "bad_json"), (f"{many}[3]", "bad_field")]
    # and in a folder
    assert sorted(r.id for r in read_path(tmp_path) if r.error is None) == ["j1", "j2"]


@pytest.mark.parametrize("data, reason, message", [
    (b'[{"id": "x", "text": "unterminated', "bad_json", "broken JSON file (Unterminated string starting at line 1"),
    (b"[]", "empty", "empty JSON list: no articles"),
    (b'"just a string"', "bad_json", "expected a JSON object or a list of objects, got str"),
    (b'[{"text": "caf\xe9"}]', "bad_json", "not valid UTF-8 (offset 14)"),
])
def test_a_broken_json_file_is_one_line(tmp_path, data, reason, message):
    p = tmp_path / "bad.json"
    p.write_bytes(data)
    (raw,) = list(read_path(p))
    assert raw.error is not None and raw.error.reason == reason
    assert str(raw.error).startswith(f"{p}: {message}") and "\n" not in str(raw.error)


def test_a_json_file_over_its_limit_is_refused_without_parsing(tmp_path):
    p = tmp_path / "big.json"
    p.write_text(json.dumps([{"text": TEXT}] * 40), encoding="utf-8")
    (raw,) = list(read_path(p, max_bytes=100))
    assert raw.error is not None and raw.error.reason == "too_large"
    assert "write one article per line as .jsonl" in str(raw.error)


@pytest.mark.parametrize("date", ["not-a-date", "2021-13-45", "2021-00", "May 2021", "20210301"])
def test_a_stored_date_that_is_no_iso_date_is_undated_in_every_window(date):
    # (written by an older stancemap, or by other code into the JSONL or the store)
    assert {window_of(date, g) for g in ("day", "month", "quarter", "year")} == {"undated"}
    assert window_of("2021-03-01T10:00", "quarter") == "2021-Q1" and window_of("2021", "month") == "2021"
