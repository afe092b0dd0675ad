"""Fuzz harness: generated hostile input through the readers and every stage.

Fixed budget and derandomised (the same examples every run), so the suite stays fast and
reproducible. The promise checked: no exception escapes, every skip is one line naming the input,
and every article that comes out is valid against the JSON Schema.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stancemap
from stancemap.ingest import read_path
from stancemap.output.formats import validate_article

FUZZ = settings(max_examples=60, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FUZZ_MODEL = settings(FUZZ, max_examples=30)

WORDS = ["the", "minister", "said", "told", "reporters", "Turkey", "Russia", "Lavrov", "Ahmet", "Davutoglu",
         "she", "he", "they", "that", "would", "not", "support", "sanctions", "on", "Iran", "agreed", "with",
         "according", "to", "officials", "attacked", "UN", "envoy", "Syria", "talks", "in", "Geneva", "'s"]
MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "``", "''", "(", ")", "[", "]",
         "{", "}", ".", ",", ";", ":", "!", "?", "\u2014", "-", "...", "\u2026"]
SPACES = [" ", "\n", "\n\n", "\n\n\n", "\t", "\r\n", "\u00a0", "\u2028", "\u200b"]
ODD = st.characters(codec="utf-8", categories=["Lu", "Ll", "Lo", "Mn", "Nd", "Po", "Ps", "Pe", "Pi", "Pf",
                                               "Sm", "So", "Zs", "Cc", "Cf", "Co"])

piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(SPACES),
    st.text(ODD, min_size=1, max_size=4),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "a", "(", '"', "-", "\u201c"]), st.integers(50, 400)),
)
texts = st.lists(piece, min_size=0, max_size=120).map(" ".join)


def _one_line_skip(art) -> bool:
    err = art.meta.get("error")
    return err is None or ("\n" not in err["message"] and err["reason"] != "internal_error")


@pytest.mark.model
@FUZZ_MODEL
@given(texts)
def test_every_stage_survives_generated_text(text):
    s = stancemap.Settings(check_language=False, batch_tokens=400)
    (art,) = list(stancemap.analyze_many([{"id": "fuzz", "text": text, "title": text[:30]}], settings=s))
    assert _one_line_skip(art), art.meta.get("error")
    data = json.loads(json.dumps(art.to_dict(), ensure_ascii=False))
    assert validate_article(data) == []
    for s_ in art.statements:
        assert 0 <= s_.cue.start <= s_.cue.end <= len(art.text) if s_.cue else True
        assert all(0 <= a <= b <= len(art.text) for a, b in s_.content.spans)
    for a in art.actors:
        assert all(art.text[m.start:m.end] == m.text for m in a.mentions)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
records = st.dictionaries(st.sampled_from(["id", "text", "title", "date", "source", "url", "extra", "n"]),
                          json_values | texts, max_size=7)
lines = st.one_of(
    records.map(lambda r: json.dumps(r).encode()),
    records.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.binary(max_size=200),
    st.integers(1, 3000).map(lambda n: b"[" * n),
    st.builds(lambda a, b: a + b, records.map(lambda r: json.dumps(r).encode()), st.binary(max_size=10)),
)


@FUZZ
@given(st.lists(lines, max_size=6))
def test_jsonl_reader_never_raises(tmp_path_factory, batch):
    p = tmp_path_factory.mktemp("fuzz") / "f.jsonl"
    p.write_bytes(b"\n".join(batch))
    raws = list(read_path(p, max_bytes=5000))
    assert raws
    for r in raws:
        if r.error is not None:
            assert "\n" not in str(r.error) and str(r.error).startswith(str(p))
        else:
            r.text.encode("utf-8")
            json.dumps([r.title, r.date, r.source, r.url, r.extra], ensure_ascii=False).encode("utf-8")


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.md", "noext"]))
def test_file_readers_never_raise(tmp_path_factory, data, name):
    p = tmp_path_factory.mktemp("fuzz") / name
    p.write_bytes(data)
    (raw,) = list(read_path(p, max_bytes=2000))
    assert raw.error is None or "\n" not in str(raw.error)
    raw.text.encode("utf-8")


@FUZZ
@given(texts, st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252"]))
def test_text_files_in_any_encoding_never_raise(tmp_path_factory, text, enc):
    p = tmp_path_factory.mktemp("fuzz") / "t.txt"
    p.write_bytes(text.encode(enc, "replace"))
    (raw,) = list(read_path(p, check_language=False))
    assert raw.error is None or "\n" not in str(raw.error)
