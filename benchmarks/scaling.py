"""Time of each stage against the article's length: is every stage linear?

Usage:  python benchmarks/scaling.py [--sizes 10000,100000,1000000] [--kinds realistic,open_quotes,...]
                                     [--gold ../shared/eval/quotes/polnear_dev.jsonl] [--batch-tokens N]

For each kind of text and each size (characters) a fresh subprocess tokenises the text, parses it
with the spaCy model in pieces of at most ``--batch-tokens`` tokens (as ``stancemap analyze`` does),
then times every stancemap stage on the parsed Doc, and reports its peak memory (max RSS). Stage
times are CPU seconds of the process (other load on the machine shows less in them than in wall
time), the best of ``--repeat`` runs over the same Doc, after one warm-up run of the whole pipeline
on a short text of the same kind (so that no size pays for loading tables). Kinds:

- ``realistic``: the PolNeAR dev articles, concatenated at run time from ``--gold`` (not stored here)
- the generated texts of ``stancemap.nlp.texts``: ``news``, ``open_quotes`` (unclosed curly quotes),
  ``said`` (one word repeated), ``no_breaks`` (no punctuation at all), ``brackets``.

The last columns give the growth of each stage from one size to the next divided by the growth of
the text: 1.0 is linear, 10 would be quadratic over a tenfold size step.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"


def _text(kind: str, n: int, gold: Path) -> str:
    if kind == "realistic":
        with gold.open(encoding="utf-8") as fh:
            arts = [json.loads(line)["text"] for line in fh]
        text = "\n\n".join(arts)
        while len(text) < n:
            text += "\n\n" + text
        return text[:n]
    from stancemap.nlp.texts import generate

    return generate(kind, n)


def worker(kind: str, n: int, gold: Path, batch_tokens: int, repeat: int = 3) -> dict:
    from stancemap.nlp.pipeline import STAGES, build_pipeline
    from stancemap.nlp.runner import parse_batch
    from stancemap.settings import Settings

    nlp = build_pipeline(Settings(max_bytes=max(n * 4, 1_000_000)))
    nlp(_text(kind, 5_000, gold))  # warm-up
    text = _text(kind, n, gold)
    base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    doc = nlp.make_doc(text)
    (parsed,) = parse_batch(nlp, [doc], batch_tokens)
    out: dict = {"kind": kind, "chars": n, "tokens": len(doc), "parse": time.perf_counter() - t0}
    doc = parsed.doc
    for _ in range(max(1, repeat)):
        for name in STAGES:
            t0 = time.process_time()
            nlp.get_pipe(name)(doc)
            key = name.removeprefix("stancemap_")
            out[key] = min(out.get(key, float("inf")), time.process_time() - t0)
    out["base_mb"] = base_mb
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--kinds", default="realistic,news,open_quotes,said,no_breaks,brackets")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--batch-tokens", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of the stages per size; the fastest counts")
    ap.add_argument("--json", type=Path, help="also write the numbers as JSON")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.worker:
        print(json.dumps(worker(args.worker, sizes[0], args.gold, args.batch_tokens, args.repeat)))
        return 0
    kinds = args.kinds.split(",")
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}; cores: {os.cpu_count()}; "
          f"stage times: CPU seconds, best of {args.repeat}", flush=True)
    if "realistic" in kinds and not args.gold.exists():
        print(f"scaling: gold file not found: {args.gold} (leave out 'realistic' or give --gold)", file=sys.stderr)
        return 2
    rows = []
    for kind in kinds:
        for n in sizes:
            cmd = [sys.executable, __file__, "--worker", kind, "--sizes", str(n), "--gold", str(args.gold),
                   "--batch-tokens", str(args.batch_tokens), "--repeat", str(args.repeat)]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            _print_row(rows[-1], rows[-2] if len(rows) > 1 and rows[-2]["kind"] == kind else None)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


_STAGES = ("actors", "statements", "quote_speakers", "events", "stances")
_header_done = False


def _print_row(r: dict, prev: dict | None) -> None:
    global _header_done
    if not _header_done:
        print(f"{'kind':<12}{'chars':>9}{'tokens':>9}{'parse s':>9}" + "".join(f"{s[:10]:>11}" for s in _STAGES)
              + f"{'peak MB':>9}   growth/linear: " + " ".join(s[:5] for s in _STAGES), flush=True)
        _header_done = True
    line = f"{r['kind']:<12}{r['chars']:>9,}{r['tokens']:>9,}{r['parse']:>9.2f}" + "".join(
        f"{r[s]:>11.3f}" for s in _STAGES) + f"{r['peak_mb']:>9,.0f}"
    if prev is not None:
        step = r["chars"] / prev["chars"]
        line += "   " + " ".join(f"{(r[s] / max(prev[s], 1e-3)) / step:5.2f}" for s in _STAGES)
    print(line, flush=True)


if __name__ == "__main__":
    sys.exit(main())
