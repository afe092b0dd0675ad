"""The command line never destroys a file, never loses the rest of a batch, never hangs."""

from __future__ import annotations

import io
import json
import os

import pytest

from stancemap.cli import main
from stancemap.output.formats import validate_article
from stancemap.output.safe_file import safe_output

GOOD = (
    "Foreign Minister Laila Haddad of Jordan said on Monday that Jordan supports a ceasefire in Gaza. "
    "She told reporters in Amman that the two sides should return to talks."
)


def run(argv):
    out = io.StringIO()
    rc = main(argv, out=out)
    return rc, out.getvalue()


def _batch(tmp_path, rows, name="c.jsonl"):
    p = tmp_path / name
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return p


def test_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, capsys):
    c = _batch(tmp_path, [{"id": "a", "text": GOOD}])
    before = c.read_bytes()
    rc, _ = run(["analyze", str(c), "-f", "jsonl", "-o", str(c), "--no-progress"])
    assert rc == 2 and c.read_bytes() == before
    err = capsys.readouterr().err.strip()
    assert err == f"stancemap: error: {c}: output is also an input; refusing to overwrite it (write it elsewhere)"
    link = tmp_path / "link.jsonl"
    link.symlink_to(c)
    assert run(["analyze", str(c), "-f", "jsonl", "-o", str(link)])[0] == 2 and c.read_bytes() == before


def test_output_inside_an_input_folder_is_refused(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(GOOD)
    rc, _ = run(["analyze", str(d), "-f", "jsonl", "-o", str(d / "out.jsonl")])
    assert rc == 2 and "would be read as an input" in capsys.readouterr().err
    assert sorted(os.listdir(d)) == ["a.txt"]


def test_failed_run_leaves_an_earlier_output_intact(tmp_path, capsys):
    c = _batch(tmp_path, [{"id": "a", "text": GOOD}])
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n")
    rc, _ = run(["analyze", str(c), "-f", "jsonl", "-o", str(out), "--model", "no_such_model_xyz"])
    assert rc == 2 and "no_such_model_xyz" in capsys.readouterr().err
    assert out.read_text() == "earlier results\n"
    assert sorted(os.listdir(tmp_path)) == ["c.jsonl", "out.jsonl"]  # no temporary file left


def test_safe_output_keeps_what_was_complete_when_interrupted(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text("old\n")
    with pytest.raises(KeyboardInterrupt), safe_output(out) as fh:
        fh.write('{"id": 1}\n')
        raise KeyboardInterrupt
    assert out.read_text() == '{"id": 1}\n'
    with pytest.raises(RuntimeError), safe_output(out) as fh:
        raise RuntimeError("before anything was written")
    assert out.read_text() == '{"id": 1}\n'
    assert sorted(os.listdir(tmp_path)) == ["o.jsonl"]


@pytest.mark.parametrize("flags, name", [(["--batch-size", "0"], "--batch-size"), (["--batch-size", "-5"], "--batch-size"),
                                         (["--max-bytes", "-1"], "--max-bytes"), (["--batch-tokens", "0"], "--batch-tokens")])
def test_nonsense_numbers_are_usage_errors(tmp_path, capsys, flags, name):
    c = _batch(tmp_path, [{"id": "a", "text": GOOD}])
    rc, out = run(["analyze", str(c), "-f", "jsonl", *flags])
    assert rc == 2 and out == ""
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"stancemap: error: {name}: setting") and "must be at least" in err and "\n" not in err


def test_fifo_on_the_command_line_is_reported_not_waited_for(tmp_path, capsys):
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    rc, out = run(["analyze", str(fifo), "-f", "jsonl", "--no-progress"])
    assert rc == 1
    rec = json.loads(out)
    assert rec["meta"]["error"]["message"].endswith("not a regular file (a named pipe (FIFO)); to read a stream, "
                                                    "pipe it in and name '-'")
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.model
def test_hostile_batch_skips_the_bad_lines_and_keeps_every_good_article(tmp_path, capsys):
    lines = [
        json.dumps({"id": "g1", "text": GOOD}),
        '{"id": "sur", "title": "Talks \\ud800", "text": ' + json.dumps(GOOD.replace("Monday", "Sunday")) + "}",
        "[" * 100_000,
        '{"id": "big", "n": 1' + "0" * 5001 + ', "text": "x"}',
        json.dumps({"id": "g2", "text": GOOD.replace("Monday", "Tuesday")}),
        json.dumps({"id": "g1", "text": GOOD.replace("Monday", "Friday")}),
    ]
    c = _batch(tmp_path, lines)
    d = tmp_path / "folder"
    d.mkdir()
    with open(os.path.join(os.fsencode(d), b"r\xe9sum\xe9.txt"), "wb") as fh:
        fh.write(GOOD.replace("Monday", "Wednesday").encode())
    (tmp_path / "e1.txt").write_text("")
    (tmp_path / "e2.txt").write_text("")
    out = tmp_path / "out.jsonl"
    rc, _ = run(["analyze", str(c), str(d), str(tmp_path / "e1.txt"), str(tmp_path / "e2.txt"),
                 "-f", "jsonl", "-o", str(out), "--no-progress", "--batch-size", "3"])
    assert rc == 1
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in recs]
    assert ids[:2] == ["g1", "sur"] and ids[4:6] == ["g2", "g1~2"]
    assert ids[2].endswith("c.jsonl:3") and ids[3].endswith("c.jsonl:4")
    assert ids[7:] == [str(tmp_path / "e1.txt"), str(tmp_path / "e2.txt")]
    ok = [r for r in recs if not r["meta"].get("error")]
    assert [r["id"] for r in ok] == ["g1", "sur", "g2", "g1~2", ids[6]]
    assert all(r["statements"] for r in ok)  # analysed, not just passed through
    assert recs[1]["title"] == "Talks \ufffd"
    assert recs[6]["meta"]["origin"].endswith("r\\xe9sum\\xe9.txt")
    assert recs[5]["meta"]["duplicate_id"] == {"id": "g1", "first": f"{c}:1"}
    assert all(validate_article(r) == [] for r in recs)
    err = capsys.readouterr().err
    assert "id 'g1' is already used by" in err and "Traceback" not in err


@pytest.mark.model
def test_seconds_are_each_articles_own(tmp_path):
    texts = [GOOD, GOOD.replace("Monday", "Tuesday"), GOOD.replace("Monday", "Friday")]
    c = _batch(tmp_path, [{"id": f"a{i}", "text": t} for i, t in enumerate(texts)])
    rc, out = run(["analyze", str(c), "-f", "jsonl", "--no-progress"])
    assert rc == 0
    secs = [json.loads(x)["meta"]["seconds"] for x in out.splitlines()]
    # the old code gave the first article the whole batch's time and the others almost none
    # (ratios in the thousands); the bound is loose so a loaded, shared machine cannot trip it
    assert all(s > 0 for s in secs) and max(secs) < 50 * min(secs)
