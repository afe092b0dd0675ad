"""Metadata fields of JSON records and .json files: a value stancemap cannot use (a list for a source,
an object for an id) is one line naming the record and the field, the rest of the file is read; a
date is read into ISO form, and one that cannot be read leaves the article undated with a warning; a
.json file holds one article or a list of them."""

from __future__ import annotations

import json

import pytest

from stancemap.analytics.convergence import window_of
from stancemap.corpus import count_inputs
from stancemap.dates import normalise_date
from stancemap.ingest import read_path
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


@pytest.mark.parametrize("date, iso", [
    ("Mon, 01 Mar 2021 09:30:00 GMT", "2021-03-01"),   # RFC 2822, as RSS feeds write it
    ("Tue, 2 Mar 2021 23:30:00 -0500", "2021-03-02"),  # the day as written, whatever the zone
    ("2021/03/01", "2021-03-01"), ("2021.03.01", "2021-03-01"), ("2021/03", "2021-03"),
    ("20210301", "2021-03-01"),
    ("1 March 2021", "2021-03-01"), ("Monday, 1st March 2021", "2021-03-01"),
    ("March 1, 2021", "2021-03-01"), ("Sept 9 2020 14:05", "2020-09-09"),
    ("May 2021", "2021-05"),                           # a month stays a month
    ("25/03/2021", "2021-03-25"), ("03/25/2021", "2021-03-25"),  # the day is over 12: no doubt
])
def test_a_common_feed_date_is_read_as_an_iso_date_of_the_precision_given(date, iso):
    raw = raw_from_mapping({"id": "n1", "text": TEXT, "date": date}, origin="feed.jsonl:7")
    assert (raw.error, raw.date, raw.warnings) == (None, iso, [])


@pytest.mark.parametrize("date, why", [
    ("not-a-date", "is not a date stancemap can read (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("2021-13-45", "is not a calendar date (month must be in 1..12)"),
    ("2021-13", "is not a calendar date (month must be in 1..12)"),
    ("2023-02-29", "is not a calendar date (day is out of range for month)"),
    ("30 February 2021", "is not a calendar date (day is out of range for month)"),
    ("0000", "is not a calendar date (year 0 is out of range)"),
    ("05/03/2021", "is ambiguous (day and month cannot be told apart; use YYYY-MM-DD)"),
])
def test_a_date_that_cannot_be_read_leaves_the_article_undated_with_the_reason(date, why):
    raw = raw_from_mapping({"id": "n1", "text": TEXT, "date": date}, origin="feed.jsonl:7")
    assert raw.error is None and raw.id == "n1" and raw.date is None
    assert raw.warnings == [f"field 'date' {date!r} {why}; the article is undated"]
    assert normalise_date(date) == (None, why)


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
        (f"{many}[0]", None), (f"{many}[1]", "missing_field"), (f"{many}[2]", "bad_json"), (f"{many}[3]", None)]
    assert (raws[3].date, raws[3].warnings) == (None, [
        "field 'date' 'yesterday' is not a date stancemap can read (use YYYY, YYYY-MM or YYYY-MM-DD); "
        "the article is undated"])
    # and in a folder
    assert sorted(r.id for r in read_path(tmp_path) if r.error is None) == ["j1", "j2", "j4"]


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


def test_a_folder_walk_passes_over_json_files_that_hold_no_article(tmp_path, caplog):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"feed": "test wire", "items": 1}), encoding="utf-8")
    (tmp_path / "ids.json").write_text(json.dumps([1, 2, {"id": "x"}]), encoding="utf-8")
    (tmp_path / "notes.json").write_text("{ a settings file with comments // }", encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"id": "s1", "text": TEXT, "date": "2021/03/01"}),
                                         encoding="utf-8")
    (tmp_path / "cut.json").write_text('[{"id": "c1", "text": "The minister said', encoding="utf-8")
    caplog.set_level("INFO", logger="stancemap.ingest.readers")
    raws = list(read_path(tmp_path))
    # a.txt, cut.json (broken, but it names a "text" field: said), story.json; nothing of the other three
    assert [(r.origin, r.error.reason if r.error else None) for r in raws] == [
        (str(tmp_path / "a.txt"), None), (str(tmp_path / "cut.json"), "bad_json"), (str(tmp_path / "story.json"), None)]
    assert raws[2].date == "2021-03-01"
    assert count_inputs([tmp_path]) == 3  # the progress bar's count agrees
    quiet = sorted(r.getMessage() for r in caplog.records if "holds no article" in r.getMessage())
    assert quiet == [f"{tmp_path / n}: JSON file holds no article (no 'text' field); not read"
                     for n in ("ids.json", "manifest.json", "notes.json")]
    # a .json file named on the command line is read as articles whatever it holds
    (raw,) = list(read_path(tmp_path / "manifest.json"))
    assert raw.error is not None and str(raw.error) == f"{tmp_path / 'manifest.json'}: missing required field 'text'"


def test_a_folder_with_only_a_manifest_holds_no_articles(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"feed": "test wire"}), encoding="utf-8")
    (raw,) = list(read_path(tmp_path))
    assert raw.error is not None and raw.error.reason == "empty"
    assert str(raw.error) == (f"{tmp_path}: directory holds no articles (.txt, .html, .jsonl files, .json files "
                              "with a 'text' field)")
