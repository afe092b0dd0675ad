"""Scale-out throughput and memory: ``stancemap analyze`` against a plain spaCy parse, whole processes.

Usage:  python benchmarks/scaleout.py [--gold ../shared/eval/quotes/polnear_dev.jsonl] [--articles 1000]
                                      [--memory 10000] [--json FILE]

The gold articles are repeated (each copy with its own id) to at least ``--articles`` articles and
written to one JSONL file. Each configuration is a separate process, timed end to end (start-up,
model loading, reading, writing the output):

- ``spaCy nlp.pipe``: ``spacy.load`` of the default model, plain ``nlp.pipe`` over the texts, on
  thinc's default (blis) matrix route, in one process;
- ``stancemap analyze``: the command with its defaults (workers = the machine's cores), JSONL out;
- ``--workers 1`` and ``--workers 2``: the same command with one and two worker processes.

words/s is the plain spaCy token count of the corpus divided by each process's wall time, so
all rows divide the same number. cpu s is the user+system time of the process and its children.
The ``--workers 2`` run and ``--memory`` runs over larger corpora print the peak RSS of each
worker (flat memory: they should match). Machines shared with other work give noisy
wall times; the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / ".." / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"

SPACY_SCRIPT = """
import json, sys, spacy
from stancemap.settings import DEFAULT_MODELS
nlp = None
for name in DEFAULT_MODELS:
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        pass
def texts():
    with open(sys.argv[1], encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]
print(sum(len(doc) for doc in nlp.pipe(texts())))
"""


def write_corpus(gold: Path, n: int, dest: Path) -> int:
    rows = []
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows.append({"id": r.get("doc_id") or r.get("id"), "text": r["text"]})
    count = 0
    with dest.open("w", encoding="utf-8") as out:
        copy = 0
        while count < n:
            for r in rows:
                out.write(json.dumps({"id": f"{r['id']}~{copy}", "text": r["text"]}) + "\n")
                count += 1
            copy += 1
    return count


def timed(cmd: list[str]) -> dict:
    """Run one process; wall seconds, CPU seconds of it and its children, stdout and stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark: {' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": wall, "cpu_seconds": cpu, "stdout": proc.stdout, "stderr": proc.stderr}


def analyze_cmd(corpus: Path, out: Path, *extra: str, verbose: bool = False) -> list[str]:
    return [sys.executable, "-m", "stancemap", *(["-v"] if verbose else []), "analyze", str(corpus),
            "-f", "jsonl", "-o", str(out), "--no-progress", *extra]


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _print_memory(size: int, m: dict) -> None:
    peaks = " ".join(f"{v:,.0f}" for v in m["peak_rss_mb"])
    print(f"peak RSS per worker at {size:,} articles (--workers 2): {peaks} MB ({m['seconds']:.0f} s)", flush=True)


def worker_peaks(stderr: str) -> list[float]:
    m = re.search(r"peak RSS per worker MB: ([\d. ]+)", stderr)
    return [float(x) for x in m.group(1).split()] if m else []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--articles", type=int, default=1000, help="repeat the gold articles to at least N (default 1000)")
    ap.add_argument("--memory", default="10000",
                    help="more corpus sizes for the per-worker peak memory of --workers 2, comma-separated "
                         "(besides --articles; '' = none)")
    ap.add_argument("--json", type=Path, help="also write the numbers as JSON")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"benchmark: gold file not found: {args.gold}", file=sys.stderr)
        return 2
    print(f"load average before: {_load()}; cores: {os.cpu_count()}", flush=True)
    res: dict = {"runs": {}, "memory": {}, "load": [_load()]}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n = write_corpus(args.gold, args.articles, corpus)
        out = Path(tmp) / "out.jsonl"
        runs = {
            "spaCy nlp.pipe (blis)": [sys.executable, "-c", SPACY_SCRIPT, str(corpus)],
            "stancemap analyze": analyze_cmd(corpus, out),
            "analyze --workers 1": analyze_cmd(corpus, out, "--workers", "1"),
            "analyze --workers 2": analyze_cmd(corpus, out, "--workers", "2", verbose=True),
        }
        words = 0
        for label, cmd in runs.items():
            res["runs"][label] = r = timed(cmd)
            if label.startswith("spaCy"):
                res["words"] = words = int(r["stdout"].strip().splitlines()[-1])
                print(f"corpus: {args.gold.name} repeated to {n:,} articles, {words:,} words (spaCy tokens)")
                print(f"{'process (timed end to end)':<28}{'seconds':>9}{'words/s':>10}{'vs spaCy':>10}"
                      f"{'cpu s':>9}{'articles':>10}   load average after", flush=True)
            else:
                arts = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
                r["articles"] = len(arts)
                r["failed"] = sum(bool(a["meta"].get("error")) for a in arts)
            r["load_after"] = _load()
            res["load"].append(r["load_after"])
            r["words_per_second"] = wps = words / r["seconds"]
            base = words / res["runs"]["spaCy nlp.pipe (blis)"]["seconds"]
            print(f"{label:<28}{r['seconds']:>9.1f}{wps:>10,.0f}{wps / base:>10.2f}{r['cpu_seconds']:>9.1f}"
                  f"{r.get('articles', n):>10,}   {r['load_after']}", flush=True)
            if label == "analyze --workers 2":
                res["memory"][n] = {"peak_rss_mb": worker_peaks(r["stderr"]), "seconds": r["seconds"]}
        one, two = res["runs"]["analyze --workers 1"], res["runs"]["analyze --workers 2"]
        print(f"2 workers / 1 worker: {one['seconds'] / two['seconds']:.2f}x (wall); "
              f"analyze defaults / spaCy: {res['runs']['stancemap analyze']['words_per_second'] / base:.2f}x",
              flush=True)
        _print_memory(n, res["memory"][n])
        for want in [int(x) for x in args.memory.split(",") if x.strip() and int(x) > n]:
            size = write_corpus(args.gold, want, corpus)
            r = timed(analyze_cmd(corpus, out, "--workers", "2", verbose=True))
            res["memory"][size] = m = {"peak_rss_mb": worker_peaks(r["stderr"]), "seconds": r["seconds"],
                                       "load_after": _load()}
            _print_memory(size, m)
    sizes = sorted(res["memory"])
    if len(sizes) >= 2:
        first, last = (max(res["memory"][k]["peak_rss_mb"] or [0]) for k in (sizes[0], sizes[-1]))
        if first:
            print(f"largest worker peak, {sizes[-1]:,} vs {sizes[0]:,} articles: {100 * (last / first - 1):+.1f} %")
    print(f"load average after: {_load()}")
    if args.json:
        for r in res["runs"].values():
            r.pop("stdout", None)
            r.pop("stderr", None)
        args.json.write_text(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
