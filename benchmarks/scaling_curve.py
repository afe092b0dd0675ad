"""Scaling curve: ``stancemap analyze --workers N`` over one corpus for N = 1, 2, 4, 8, 16.

Usage:  python benchmarks/scaling_curve.py [--curve 1,2,4,8,16] [--budget 420 | --words N]
                                           [--rate 7000] [--deadline 540] [--scale-corpus]
                                           [--gold FILE] [--out DIR]

Made for a many-core machine reached for one command (the device machine: 16 cores, no package
registry, ../shared not there; README, "How to measure the curve on a many-core machine"), so:

- the corpus comes with the repository: by default articles cut from the generated news texts of
  ``stancemap.nlp.texts`` ("news" and "nominals": speakers, quotes, pronouns, nominal references),
  each starting at another sentence and 2,500 to 6,500 characters long, so that no two neighbours
  are the same text; ``--gold FILE`` repeats the ``text`` of a JSONL file instead (as
  ``benchmarks/scaleout.py`` does with the dev articles);
- its size follows a time budget: ``--budget`` seconds for all runs, at ``--rate`` words/s per
  worker (this 2-core machine: about 7,000) and ``--startup`` seconds of start-up per run:
  words = (budget - runs x startup) x rate / (1/1 + 1/2 + ... + 1/16); ``--words`` sets it directly;
- ``--scale-corpus`` gives N workers the first N x W words instead (W = (budget / runs - startup)
  x rate, or ``--words``), so that every run takes about as long and the start-up of 16 workers is
  a small part of the 16-worker run (with one corpus for all, the 16-worker run is the shortest);
- each run is one process timed end to end (start-up, model loading on every worker, reading,
  writing the output), printed as soon as it ends and appended to ``DIR/curve.txt`` and
  ``DIR/curve.json`` when ``--out`` is given, so a run stopped at a time limit keeps the rows it has;
- before each run the script predicts its time from the runs so far and skips it when the whole
  would pass ``--deadline`` seconds; a run still going at the deadline is stopped with its
  workers (its process group).

Columns: the articles and words of the run; words/s and articles/s over the whole wall time;
``speed-up`` is this run's words/s over the 1-worker run's (with one corpus: the 1-worker wall time
over this one); ``cpu s`` is the user+system time of the process and its children (the workers);
``ready s`` is the time the run took to start its workers and load the pipeline on each (stancemap's
``-v`` log line; for 1 worker, one process importing stancemap and loading the pipeline, timed
twice before the runs, the faster one); ``after ready`` is the speed-up in words/s over what is
left (wall - ready), i.e. without the fixed start-up that a short run cannot amortise (the client's
own imports stay in it, so it is a little low for N > 1). Words are spaCy tokens (the default model's tokenizer).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from scaleout import analyze_cmd, worker_peaks  # noqa: E402

STARTUP_SCRIPT = ("from stancemap.nlp.pipeline import get_pipeline; from stancemap.settings import Settings; "
                  "get_pipeline(Settings())")


def machine() -> dict:
    """Cores, CPU model, memory and Python of this machine (from /proc where there is one)."""
    info: dict = {"logical_cpus": os.cpu_count(), "python": platform.python_version(),
                  "platform": platform.platform()}
    if hasattr(os, "sched_getaffinity"):
        info["usable_cpus"] = len(os.sched_getaffinity(0))
    try:
        text = Path("/proc/cpuinfo").read_text()
        models = re.findall(r"^model name\s*:\s*(.+)$", text, re.M)
        info["model"] = models[0].strip() if models else platform.processor() or "unknown"
        cores = set()
        for block in text.split("\n\n"):
            phys = re.search(r"^physical id\s*:\s*(\d+)", block, re.M)
            core = re.search(r"^core id\s*:\s*(\d+)", block, re.M)
            if phys and core:
                cores.add((phys.group(1), core.group(1)))
        if cores:
            info["physical_cores"] = len(cores)
        mem = re.search(r"^MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
        if mem:
            info["memory_gib"] = round(int(mem.group(1)) / 2**20, 1)
    except OSError:
        info.setdefault("model", platform.processor() or "unknown")
    return info


def _snap(text: str, start: int, length: int) -> str:
    """The whole sentences of ``text[start:start + length]`` (from after the first ". " to the last)."""
    a = text.find(". ", start)
    a = start if a < 0 else a + 2
    b = text.rfind(". ", a, a + length)
    return text[a:b + 1] if b > a else text[a:a + length]


def generated_articles():
    """Endless distinct articles from stancemap.nlp.texts ("news" and "nominals" in turn)."""
    from stancemap.nlp.texts import generate

    pools = {kind: generate(kind, 40_000) for kind in ("news", "nominals")}
    i = 0
    while True:
        kind = "news" if i % 2 == 0 else "nominals"
        start = (i * 337) % 20_000
        length = 2_500 + (i * 1_013) % 4_000
        yield f"gen-{i}", _snap(pools[kind], start, length)
        i += 1


def gold_articles(path: Path):
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                rows.append((str(r.get("doc_id") or r.get("id")), r["text"]))
    copy = 0
    while True:
        for rid, text in rows:
            yield f"{rid}~{copy}", text
        copy += 1


def tokenizer():
    import spacy

    from stancemap.settings import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer",
                                             "ner", "senter"]).tokenizer
        except OSError:
            continue
    raise SystemExit(f"benchmark: none of the default spaCy models is installed ({', '.join(DEFAULT_MODELS)})")


def write_corpus(articles, words_wanted: int, dest: Path) -> list[int]:
    """Write articles until ``words_wanted`` spaCy tokens; the token count of each article written."""
    tok = tokenizer()
    sizes: list[int] = []
    with dest.open("w", encoding="utf-8") as out:
        for aid, text in articles:
            out.write(json.dumps({"id": aid, "text": text}) + "\n")
            sizes.append(len(tok(text)))
            if sum(sizes) >= words_wanted:
                break
    return sizes


def prefix(corpus: Path, sizes: list[int], words_wanted: int, dest: Path) -> tuple[int, int]:
    """The first articles of ``corpus`` up to ``words_wanted`` tokens, into ``dest``: (articles, words)."""
    n = words = 0
    with corpus.open(encoding="utf-8") as src, dest.open("w", encoding="utf-8") as out:
        for line, size in zip(src, sizes):
            out.write(line)
            n += 1
            words += size
            if words >= words_wanted:
                break
    return n, words


def run_timed(cmd: list[str], limit: float) -> dict:
    """One process in its own process group, wall and CPU seconds; stopped (group) after ``limit`` s."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=max(1.0, limit))
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            stdout, stderr = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
        timed_out = True
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": wall, "cpu_seconds": cpu, "returncode": proc.returncode, "timed_out": timed_out,
            "stdout": stdout, "stderr": stderr}


class Report:
    """Print lines and append them to DIR/curve.txt (flushed at once)."""

    def __init__(self, out: Path | None) -> None:
        self.path = out / "curve.txt" if out else None
        if self.path:
            out.mkdir(parents=True, exist_ok=True)
            self.path.write_text("")

    def __call__(self, line: str = "") -> None:
        print(line, flush=True)
        if self.path:
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--curve", default="1,2,4,8,16", help="worker counts, run in this order (default 1,2,4,8,16)")
    ap.add_argument("--budget", type=float, default=420.0, help="seconds all runs should take (sizes the corpus)")
    ap.add_argument("--rate", type=float, default=7000.0, help="expected words/s of one worker (default 7000)")
    ap.add_argument("--startup", type=float, default=15.0, help="expected start-up seconds per run (default 15)")
    ap.add_argument("--words", type=int, help="corpus size in spaCy tokens (default: from --budget)")
    ap.add_argument("--deadline", type=float, default=540.0,
                    help="seconds from the script's start after which no run may go on (default 540)")
    ap.add_argument("--scale-corpus", action="store_true",
                    help="give N workers N times the corpus of one (each run about --budget / runs seconds; "
                         "speed-up = words/s over 1 worker's) instead of one corpus for all")
    ap.add_argument("--gold", type=Path, help="repeat the texts of this JSONL file instead of the generated ones")
    ap.add_argument("--out", type=Path, help="also write curve.txt and curve.json into this folder")
    args = ap.parse_args(argv)
    t_start = time.perf_counter()
    try:
        counts = [int(x) for x in args.curve.split(",") if x.strip()]
    except ValueError:
        print(f"benchmark: --curve {args.curve!r}: worker counts are whole numbers, e.g. 1,2,4,8,16", file=sys.stderr)
        return 2
    if not counts or min(counts) < 1:
        print(f"benchmark: --curve {args.curve!r}: give worker counts of 1 or more", file=sys.stderr)
        return 2
    if args.gold and not args.gold.exists():
        print(f"benchmark: --gold {args.gold}: file not found", file=sys.stderr)
        return 2
    say = Report(args.out)
    info = machine()
    say(f"machine: {info.get('model')}; {info.get('usable_cpus', info['logical_cpus'])} usable CPUs "
        f"({info['logical_cpus']} logical, {info.get('physical_cores', '?')} physical cores); "
        f"{info.get('memory_gib', '?')} GiB; Python {info['python']}; {info['platform']}")
    say(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.scale_corpus:  # each run about budget / runs seconds: N x the words of one worker's share
        unit = args.words or int(max(args.budget / len(counts) - args.startup, 5) * args.rate)
        want = unit * max(counts)
    else:
        unit = want = args.words or int(max(args.budget - len(counts) * args.startup, 10) * args.rate
                                         / sum(1 / n for n in counts))
    res: dict = {"machine": info, "runs": [], "curve": counts, "scale_corpus": args.scale_corpus}
    with tempfile.TemporaryDirectory() as tmp:
        corpus, part, out = Path(tmp) / "corpus.jsonl", Path(tmp) / "part.jsonl", Path(tmp) / "out.jsonl"
        source = gold_articles(args.gold) if args.gold else generated_articles()
        t0 = time.perf_counter()
        sizes = write_corpus(source, want, corpus)
        what = (f"{args.gold.name} repeated" if args.gold else
                "generated news texts (stancemap.nlp.texts 'news' and 'nominals', cut at sentences)")
        res.update(articles=len(sizes), words=sum(sizes), corpus=what)
        sized = "" if args.words else f"; sized for {args.budget:.0f} s at {args.rate:,.0f} words/s per worker"
        say(f"corpus: {what}: {len(sizes):,} articles, {sum(sizes):,} words (spaCy tokens), "
            f"{corpus.stat().st_size / 2**20:.1f} MiB{sized}; written in {time.perf_counter() - t0:.0f} s")
        if args.scale_corpus:
            say(f"--scale-corpus: N workers analyse the first N x {unit:,} words of it")
        # twice: the first process may also compile the carried packages' .pyc files
        probes = [run_timed([sys.executable, "-c", STARTUP_SCRIPT], limit=120) for _ in range(2)]
        probe = min(probes, key=lambda p: (p["returncode"] != 0, p["seconds"]))
        startup1 = probe["seconds"] if probe["returncode"] == 0 else None
        res["startup_1"] = startup1
        tries = ", ".join(f"{p['seconds']:.1f}" for p in probes)
        say(f"start-up of one process (import stancemap, load the pipeline): {startup1:.1f} s (tries: {tries})"
            if startup1 is not None else "start-up probe failed: " + probe["stderr"][-300:])
        say(f"{'workers':>7}{'articles':>9}{'words':>11}{'seconds':>9}{'words/s':>10}{'articles/s':>11}"
            f"{'speed-up':>9}{'cpu s':>9}{'ready s':>8}{'after ready':>12}{'failed':>7}{'peak MB':>8}   load after")
        per_worker = args.rate
        base: dict | None = None
        for w in counts:
            n, words = prefix(corpus, sizes, unit * w if args.scale_corpus else want, part)
            elapsed = time.perf_counter() - t_start
            predicted = args.startup + words / (per_worker * w * (0.85 if w > 1 else 1.0))
            if elapsed + predicted > args.deadline:
                say(f"{w:>7}  skipped: predicted {predicted:.0f} s, {args.deadline - elapsed:.0f} s left "
                    f"before --deadline {args.deadline:.0f}")
                res["runs"].append({"workers": w, "skipped": True, "predicted_seconds": predicted})
                continue
            out.unlink(missing_ok=True)
            r = run_timed(analyze_cmd(part, out, "--workers", str(w), verbose=True), args.deadline - elapsed)
            row = {"workers": w, "articles_in": n, "words": words, "seconds": r["seconds"],
                   "cpu_seconds": r["cpu_seconds"], "returncode": r["returncode"], "timed_out": r["timed_out"]}
            if r["timed_out"] or r["returncode"] not in (0, 1):
                why = "stopped at --deadline" if r["timed_out"] else f"exit {r['returncode']}"
                say(f"{w:>7}  failed ({why}) after {r['seconds']:.0f} s: {r['stderr'].strip()[-300:]}")
                res["runs"].append(row)
                continue
            with out.open(encoding="utf-8") as fh:  # line by line: the output of 16 workers is large
                arts = [{"meta": {"error": bool(json.loads(x).get("meta", {}).get("error"))}}
                        for x in fh if x.strip()]
            m = re.search(r"(\d+) local workers ready in ([\d.]+) s", r["stderr"])
            ready = float(m.group(2)) if m else (startup1 if w == 1 else None)
            peaks = worker_peaks(r["stderr"])
            row.update(articles=len(arts), failed=sum(bool(a.get("meta", {}).get("error")) for a in arts),
                       ready_seconds=ready, words_per_second=words / r["seconds"],
                       articles_per_second=len(arts) / r["seconds"], peak_rss_mb=peaks,
                       load_after=" ".join(f"{x:.1f}" for x in os.getloadavg()))
            if ready is not None and r["seconds"] > ready:
                row["work_words_per_second"] = words / (r["seconds"] - ready)
                per_worker = row["work_words_per_second"] / w
            if base is None and w == 1:
                base = row
            if base:
                row["speedup"] = row["words_per_second"] / base["words_per_second"]
                if base.get("work_words_per_second") and row.get("work_words_per_second"):
                    row["speedup_after_ready"] = row["work_words_per_second"] / base["work_words_per_second"]
            speed = f"{row['speedup']:.2f}x" if "speedup" in row else "-"
            after = f"{row['speedup_after_ready']:.2f}x" if "speedup_after_ready" in row else "-"
            res["runs"].append(row)
            say(f"{w:>7}{n:>9,}{words:>11,}{r['seconds']:>9.1f}{row['words_per_second']:>10,.0f}"
                f"{row['articles_per_second']:>11.1f}{speed:>9}{r['cpu_seconds']:>9.1f}"
                f"{(f'{ready:.1f}' if ready is not None else '-'):>8}{after:>12}"
                f"{row['failed']:>7}{(f'{max(peaks):.0f}' if peaks else '-'):>8}   {row['load_after']}")
            if len(arts) != n:
                say(f"        warning: {len(arts)} articles out for {n} in")
            if args.out:
                (args.out / "curve.json").write_text(json.dumps(res, indent=2))
    done = [r for r in res["runs"] if r.get("speedup")]
    if done:
        say("speed-up in words/s vs 1 worker, end to end: "
            + ", ".join(f"{r['workers']}: {r['speedup']:.2f}x" for r in done)
            + "; after ready: " + ", ".join(f"{r['workers']}: {r['speedup_after_ready']:.2f}x"
                                          for r in done if r.get("speedup_after_ready")))
    say(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}; "
        f"script took {time.perf_counter() - t_start:.0f} s")
    if args.out:
        (args.out / "curve.json").write_text(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
