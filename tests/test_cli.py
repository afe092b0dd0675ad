from __future__ import annotations

import io
import json

import pytest

from stancemap.cli import build_parser, example_path, main
from stancemap.output.formats import validate_article

GOOD = (
    "Foreign Minister Laila Haddad of Jordan said on Monday that Jordan supports a ceasefire in Gaza. "
    "She told reporters in Amman that the two sides should return to talks."
)


def run(argv, capsys=None):
    out = io.StringIO()
    rc = main(argv, out=out)
    return rc, out.getvalue()


def test_unknown_option_is_one_clean_line(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "x.txt", "--colour"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["stancemap: error: unrecognized arguments: --colour (see 'stancemap --help')"]


def test_every_command_is_documented_in_help():
    parser = build_parser()
    help_text = parser.format_help()
    for cmd in ("analyze", "eval", "gate", "schema", "example"):
        assert cmd in help_text


def test_schema_command_prints_valid_json():
    rc, out = run(["schema"])
    assert rc == 0
    assert json.loads(out)["title"] == "stancemap article"


def test_example_is_bundled():
    assert example_path().is_file()
    rc, out = run(["example"])
    assert rc == 0 and "Haldorsen" in out


def test_unknown_eval_task_is_a_clean_error(tmp_path, capsys):
    gold = tmp_path / "g.jsonl"
    gold.write_text("{}\n")
    rc, _ = run(["eval", "nonsense", "--gold", str(gold)])
    assert rc == 2
    assert "unknown evaluation task 'nonsense'" in capsys.readouterr().err


def test_bad_config_is_a_clean_error(tmp_path, capsys):
    cfg = tmp_path / "c.toml"
    cfg.write_text("bogus = 1\n")
    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    rc, _ = run(["analyze", str(f), "--config", str(cfg)])
    assert rc == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("stancemap: error: ") and "bogus" in err and "\n" not in err


@pytest.mark.model
def test_analyze_batch_keeps_order_reports_failures_and_goes_on(tmp_path, capsys):
    batch = tmp_path / "batch.jsonl"
    rows = [{"id": "first", "text": GOOD, "date": "2024-05-06"}, "{broken", {"id": "third"},
            {"id": "fourth", "text": GOOD.replace("Monday", "Tuesday")}]
    batch.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    rc, out = run(["analyze", str(batch), str(empty), "--format", "jsonl", "--no-progress"])
    assert rc == 1
    recs = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in recs][0] == "first" and recs[3]["id"] == "fourth" and recs[2]["id"] == "third"
    assert [r["meta"].get("error", {}).get("reason") for r in recs] == [None, "bad_json", "missing_field", None, "empty"]
    assert recs[0]["date"] == "2024-05-06"
    for r in recs:
        assert validate_article(r) == []
    err = capsys.readouterr().err.splitlines()
    assert sum(line.startswith("stancemap: skipped ") for line in err) == 3
    assert err[-1] == "stancemap: 3 of 5 article(s) skipped"


@pytest.mark.model
def test_analyze_json_one_article_valid_against_schema(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    rc, out = run(["analyze", str(f), "--format", "json"])
    assert rc == 0
    data = json.loads(out)
    assert validate_article(data) == []
    assert data["text"] == GOOD
    assert data["meta"]["model_version"] == "3.8.0"
    assert data["meta"]["words"] > 30
    for key in ("actors", "statements", "events", "stances", "alignments", "convergence"):
        assert isinstance(data[key], list)


@pytest.mark.model
def test_analyze_table_on_bundled_example():
    rc, out = run(["analyze", str(example_path()), "--format", "table"])
    assert rc == 0
    assert "Norway and Indonesia back ceasefire in Myanmar" in out
    assert "Statements" in out and "Actors" in out


@pytest.mark.model
def test_stdin_text(monkeypatch):
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    rc, out = run(["analyze", "-", "--format", "json", "--no-text"])
    assert rc == 0
    data = json.loads(out)
    assert "text" not in data and data["meta"]["origin"] == "<stdin>"


def test_cli_reference_is_up_to_date():
    from pathlib import Path

    from stancemap.cli_docs import cli_reference

    doc = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    assert doc.read_text(encoding="utf-8") == cli_reference(), "run: python -m stancemap.cli_docs > docs/cli.md"


def test_unreadable_files_are_one_line_errors(tmp_path, capsys):
    rc, _ = run(["convergence", str(tmp_path / "missing.jsonl")])
    assert rc == 2
    err = capsys.readouterr().err.strip()
    assert err == f"stancemap: error: {tmp_path / 'missing.jsonl'}: No such file or directory"


@pytest.mark.model
def test_convergence_command_over_analysed_jsonl(tmp_path):
    art = tmp_path / "a.jsonl"
    text = ("Brazil and Argentina said on Monday they share the same position on the crisis in Venezuela. "
            "Brazil wants an end to the violence in Venezuela, its foreign minister said. "
            "Argentina also called for an end to the violence in Venezuela and rejected sanctions.")
    art.write_text(json.dumps({"id": "v1", "text": text, "date": "2019-02-04"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(art), "-f", "jsonl", "-o", str(out), "--no-progress"]) == 0
    rc, js = run(["convergence", str(out), "--window", "month", "--format", "json"])
    assert rc == 0
    report = json.loads(js)
    assert report["windows"] == ["2019-02"]
    (dyad,) = [d for d in report["dyads"] if {d["a"], d["b"]} == {"BRA", "ARG"} and d["issue"] != "*"]
    assert dyad["issue"] == "venezuela"
    (row,) = dyad["series"]
    assert row["window"] == "2019-02" and row["verdict"] == "converging"
    assert row["s_score"] == 1.0 and row["n_joint"] >= 1 and row["alignment_balance"] == 1.0
    assert all(x.startswith("v1#") for x in row["stances"] + row["alignments"])
    rc, table = run(["convergence", str(out), "--window", "month"])
    assert rc == 0 and "Brazil" in table and "Argentina" in table and "2019-02" in table


@pytest.mark.model
def test_events_tsv_has_a_header_and_one_row_per_event(tmp_path):
    from stancemap.output.events_tsv import EVENT_COLUMNS

    f = tmp_path / "a.txt"
    f.write_text("Japan and India signed a defence agreement in Tokyo on Monday. "
                 "China condemned the agreement and accused Japan of provoking tension in the region.")
    rc, out = run(["analyze", str(f), "--format", "events-tsv"])
    assert rc == 0
    lines = out.rstrip("\n").split("\n")
    assert lines[0].split("\t") == list(EVENT_COLUMNS)
    rows = [dict(zip(EVENT_COLUMNS, line.split("\t"))) for line in lines[1:]]
    assert rows and all(len(line.split("\t")) == len(EVENT_COLUMNS) for line in lines)
    roots = {r["cameo_root"] for r in rows}
    assert roots & {"06", "03", "05", "04"}  # the signing: cooperation / agreement
    assert "11" in roots or "12" in roots    # China's condemnation or accusation: disapprove / reject
    assert any(r["source_code"] == "CHN" for r in rows)
