"""Inputs that used to crash a batch, block forever or mislead: each is one reported skip now."""

from __future__ import annotations

import codecs
import json
import os
import threading

import pytest

import stancemap
from stancemap.errors import InputError
from stancemap.ingest import iter_inputs, read_path

ENGLISH = (
    "The foreign ministers of Chile and Kenya met in Nairobi on Monday and said they would work "
    "together on climate finance, according to a statement from the Kenyan government."
)


def _jsonl(tmp_path, lines, name="batch.jsonl"):
    p = tmp_path / name
    p.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return p


def _ok(text=ENGLISH, **kw):
    return json.dumps({"text": text, **kw})


def test_lone_surrogate_in_a_jsonl_field_is_replaced_not_fatal(tmp_path):
    p = _jsonl(tmp_path, ['{"id": "s1", "title": "Talks \\ud800 resume", "text": ' + json.dumps(ENGLISH) + '}',
                          '{"id": "s2", "text": ' + json.dumps(ENGLISH[:-1] + " \\udfff.")[:-1] + '", "x": ["\\ud83d"]}',
                          _ok(id="s3")])
    raws = list(read_path(p))
    assert [r.error for r in raws] == [None, None, None]
    assert raws[0].title == "Talks \ufffd resume"
    assert raws[1].extra == {"x": ["\ufffd"]}
    for r in raws:  # everything can be written as UTF-8 again
        (r.title or "").encode("utf-8") and r.text.encode("utf-8") and json.dumps(r.extra).encode("utf-8")


def test_deeply_nested_line_and_huge_integer_are_skips_and_the_rest_is_read(tmp_path):
    p = _jsonl(tmp_path, [_ok(id="a"), "[" * 100_000 + "]" * 100_000, '{"id": 1' + "7" * 5001 + ', "text": "x"}',
                          _ok(id="d")])
    raws = list(read_path(p))
    assert [r.id for r in raws if r.error is None] == ["a", "d"]
    assert raws[1].error.reason == "bad_json" and "nested too deeply" in str(raws[1].error)
    assert raws[2].error.reason == "bad_json" and "digits" in str(raws[2].error)
    assert all("\n" not in str(r.error) for r in raws if r.error)


def test_huge_integer_from_the_python_api_is_a_skip():
    arts = list(stancemap.analyze_many([{"id": 10 ** 5000, "text": ENGLISH}], settings=stancemap.Settings()))
    assert arts[0].meta["error"]["reason"] == "bad_json"


def test_broken_json_message_does_not_repeat_at(tmp_path):
    (raw,) = list(read_path(_jsonl(tmp_path, ['{"text": "unterminated'])))
    msg = str(raw.error)
    assert "at at" not in msg and "Unterminated string starting at column 10" in msg


def test_file_name_that_is_not_utf8_is_shown_escaped(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    name = os.path.join(os.fsencode(d), b"caf\xe9.txt")
    with open(name, "wb") as fh:
        fh.write(ENGLISH.encode())
    (raw,) = list(read_path(d))
    assert raw.error is None and raw.origin.endswith("caf\\xe9.txt")
    (raw2,) = list(read_path(os.fsdecode(name)))
    assert raw2.origin == raw.origin
    raw.origin.encode("utf-8")


def _fifo(tmp_path, name="pipe.txt"):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    p = tmp_path / name
    os.mkfifo(p)
    return p


def _read_within(path, seconds=20.0):
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("raws", list(read_path(path))), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"reading {path} blocked"
    return box["raws"]


def test_fifo_named_on_the_command_line_is_not_a_regular_file(tmp_path):
    (raw,) = _read_within(_fifo(tmp_path))
    assert raw.error is not None and "not a regular file (a named pipe (FIFO))" in str(raw.error)


def test_folder_reports_every_skipped_path(tmp_path):
    d = tmp_path / "folder"
    d.mkdir()
    (d / "a.txt").write_text(ENGLISH)
    (d / "b.txt").symlink_to(d / "missing.txt")
    (d / "c.txt").symlink_to(d / "c.txt")
    _fifo(d, "d.txt")
    (d / "notes.pdf").write_bytes(b"%PDF")
    (d / "sub").mkdir()
    (d / "sub" / "back").symlink_to(d)  # a loop through a folder link
    (d / "sub" / "e.txt").write_text(ENGLISH.replace("Monday", "Friday"))
    raws = _read_within(d)
    got = {os.path.relpath(r.origin, d): (str(r.error).split(": ", 1)[1] if r.error else None) for r in raws}
    assert got == {
        "a.txt": None,
        "b.txt": f"broken symbolic link (its target {d / 'missing.txt'} does not exist)",
        "c.txt": "symbolic link loop (the link points back to itself)",
        "d.txt": "not a regular file (a named pipe (FIFO))",
        os.path.join("sub", "back"): "symbolic link to a directory already read (a loop); not read again",
        os.path.join("sub", "e.txt"): None,
    }


def test_symlink_loop_named_directly_is_not_no_such_file(tmp_path):
    p = tmp_path / "loop.txt"
    p.symlink_to(p)
    (raw,) = list(read_path(p))
    assert "symbolic link loop" in str(raw.error) and "no such file" not in str(raw.error)


def test_utf16_with_bom_is_decoded(tmp_path):
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                       (codecs.BOM_UTF32_LE, "utf-32-le")):
        p = tmp_path / f"{codec}.txt"
        p.write_bytes(bom + ENGLISH.encode(codec))
        (raw,) = list(read_path(p))
        assert raw.error is None and raw.text == ENGLISH


def test_oversize_file_reports_its_real_size(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 1_000_000)
    (raw,) = list(read_path(p))
    assert raw.error.reason == "too_large"
    assert "is 5,000,000 bytes, over the limit of 1,000,000" in str(raw.error)


def test_html_limit_is_on_the_extracted_text_not_the_page(tmp_path):
    article = "<article><h1>Chile and Kenya</h1>" + "".join(f"<p>In round {i} of the talks, {ENGLISH}</p>" for i in range(8)) + "</article>"
    script = "<script>var x = '" + "z" * 1_200_000 + "';</script>"
    p = tmp_path / "page.html"
    p.write_text(f"<!doctype html><html><head><title>t</title>{script}</head><body>{article}</body></html>")
    assert p.stat().st_size > 1_200_000
    (raw,) = list(read_path(p))
    assert raw.error is None and "climate finance" in raw.text
    (huge,) = list(read_path(p, max_bytes=50_000))  # the page is over 20 x max_bytes
    assert huge.error.reason == "too_large" and "HTML page is 1,2" in str(huge.error)
    small = tmp_path / "small.html"
    small.write_text(f"<html><body>{article}</body></html>")
    (raw,) = list(read_path(small, max_bytes=1000))  # the page is within 20 x 1000, its text is not
    assert raw.error.reason == "too_large" and "article text is 1," in str(raw.error)


@pytest.mark.parametrize("head", ['<meta charset="iso-8859-1">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'])
def test_html_declared_latin1_is_honoured(tmp_path, head):
    body = "".join(f"<p>{ENGLISH} The café in Liège was closed.</p>" for _ in range(4))
    p = tmp_path / "latin.html"
    p.write_bytes(f"<html><head>{head}<title>x</title></head><body><article>{body}</article></body></html>"
                  .encode("latin-1"))
    from stancemap.ingest.checks import declared_charset

    assert declared_charset(p.read_bytes()) == "cp1252"
    (raw,) = list(read_path(p))
    assert raw.error is None and "café in Liège" in raw.text


def test_html_without_declaration_is_detected(tmp_path):
    body = "".join(f"<p>{ENGLISH} Señor Núñez said the café would reopen.</p>" for _ in range(4))
    p = tmp_path / "nodecl.html"
    p.write_bytes(f"<html><body><article>{body}</article></body></html>".encode("cp1252"))
    (raw,) = list(read_path(p))
    assert raw.error is None and "Señor Núñez" in raw.text


def test_empty_files_get_ids_of_their_own(tmp_path):
    for n in ("a.txt", "b.txt"):
        (tmp_path / n).write_text("")
    raws = list(iter_inputs([tmp_path / "a.txt", tmp_path / "b.txt"]))
    assert [r.error.reason for r in raws] == ["empty", "empty"]
    assert raws[0].id != raws[1].id and raws[0].id.endswith("a.txt")


def test_overlong_jsonl_line_is_skipped_and_the_next_line_read(tmp_path):
    p = _jsonl(tmp_path, [_ok(id="a", pad="x" * 20_000), _ok(id="b")])
    raws = list(read_path(p, max_bytes=1000))
    assert raws[0].error.reason == "too_large" and "JSONL line is" in str(raws[0].error)
    assert raws[1].id == "b" and raws[1].error is None


def test_input_error_is_exported():
    assert stancemap.InputError is InputError
    with pytest.raises(stancemap.InputError):
        stancemap.analyze("")
