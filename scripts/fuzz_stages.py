"""Fuzz the stancemap stages with the project's own test sentences and mutated versions of them.

Sentences: the wordings of tests/data/paraphrases.yaml and the sentence-like string constants of
the tests under tests/nlp (all written for the project; no evaluation sentence), plus mutations of
each: clauses swapped around the first comma, commas removed, a comma added, a word dropped, all
capitals, a very long coordination. Every article goes through the full pipeline
(``stancemap.analyze_many``, not strict), and the script prints counts: articles, articles failed
(``meta.error``), failures isolated by a stage (``meta.warnings`` naming a stage) by stage, and
parse repairs skipped because they would have made a head cycle. Exit status 1 when an article
failed or a failure was isolated (a bug to look into), else 0.

    PYTHONPATH=src python scripts/fuzz_stages.py [--limit N] [--seed S] [--show K]

Not a timed test: it takes a few minutes for the default set.
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

#: the construction that once made a head cycle: a clause, then ", a <summing noun> <subject> <verb>"
_OWN = [
    "The ministry accused the rebels of shelling the market, a charge the rebel command rejected.",
    "The ministry accused the rebels of shelling the market, a charge rebel commanders rejected.",
    "The ministry accused the rebels of shelling the market, a charge rebel commanders have rejected.",
    "The government accused Oslo of spying, a charge Norwegian officials rejected on Tuesday.",
    "Lima accused Quito of hoarding water, a charge Ecuadorian ministers have repeatedly rejected.",
    "The police blamed protesters for the violence, a version protest organisers rejected.",
    "Officials said the navy had blocked the strait, a claim the shipping union denied on Friday.",
    "The council blamed the mayor for the flooding, an accusation his office has dismissed.",
    "The envoy said talks had collapsed, an account the other delegation rejected outright.",
    "Police said the marchers had attacked a station, a version the organisers of the march disputed.",
    "The ministry said it had expelled two diplomats, a step the embassy in the capital condemned.",
    "The court said the vote was void, a decision the ruling party has rejected and will appeal.",
    "The army said the village was cleared, a claim residents of the village and aid groups denied.",
]


def _sentences_from_tests() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "nlp").glob("test_*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                s = " ".join(node.value.split())
                if 6 <= len(s.split()) <= 80 and s[:1].isupper() and s[-1:] in '.!"”' and "\\" not in s:
                    out.append(s)
    return out


def _wordings() -> list[str]:
    data = yaml.safe_load((ROOT / "tests" / "data" / "paraphrases.yaml").read_text(encoding="utf-8"))
    return [w for fam in data.get("families", ()) for w in fam.get("wordings", ()) if isinstance(w, str)]


def _mutations(s: str, rng: random.Random) -> list[str]:
    out: list[str] = []
    body = s.rstrip(".!")
    if ", " in body:
        a, b = body.split(", ", 1)
        out.append(f"{b[:1].upper()}{b[1:]}, {a[:1].lower() + a[1:] if not a.split()[0].istitle() else a}.")
        out.append(s.replace(",", ""))
    words = s.split()
    if len(words) > 4:
        k = rng.randrange(1, len(words) - 1)
        out.append(" ".join(words[:k] + [words[k] + ","] + words[k + 1:]))
        k = rng.randrange(len(words))
        out.append(" ".join(words[:k] + words[k + 1:]))
    out.append(s.upper())
    names = ["France", "Germany", "Kenya", "Peru", "the African Union", "Japan", "Chile", "Norway", "Egypt",
             "the European Union", "Brazil", "India"]
    m = re.match(r"(\w+(?: \w+)?) ", s)
    if m:
        coord = ", ".join(rng.sample(names, 8) * 3) + " and " + m.group(1)
        out.append(coord + s[m.end(1):])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300, help="base sentences taken (default 300)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=10, help="warnings and errors printed (default 10)")
    args = ap.parse_args(argv)
    os.environ.pop("STANCEMAP_STRICT", None)  # isolate, so that every failure is counted

    import stancemap

    try:
        from stancemap.nlp.common.guard import SKIPPED_REPAIRS
    except ImportError:  # (a version before the guard: its failures fail whole articles)
        SKIPPED_REPAIRS = Counter()

    rng = random.Random(args.seed)
    base = list(dict.fromkeys(_wordings() + _sentences_from_tests()))
    rng.shuffle(base)
    base = _OWN + base[:args.limit]
    texts = list(dict.fromkeys(base + [m for s in base for m in _mutations(s, rng)]))
    items = [{"id": f"f{i}", "text": t} for i, t in enumerate(texts)]
    failed: Counter[str] = Counter()
    isolated: Counter[str] = Counter()
    shown = 0
    loops = 0
    for art in stancemap.analyze_many(items):
        if SKIPPED_REPAIRS["loop"] > loops:
            loops = SKIPPED_REPAIRS["loop"]
            if shown < args.show:
                print(f"repair skipped (would loop) {art.id}:\n    {art.text[:200]}")
                shown += 1
        err = art.meta.get("error")
        if err:
            failed[str(err.get("reason"))] += 1
            if shown < args.show:
                print(f"error {art.id}: {err.get('message')}\n    {art.text[:200]}")
                shown += 1
        for w in art.meta.get("warnings", ()):
            m = re.match(r"stage (\S+) failed", w)
            if m:
                isolated[m.group(1)] += 1
                if shown < args.show:
                    print(f"warning {art.id}: {w}\n    {art.text[:200]}")
                    shown += 1
    print(f"articles: {len(items)} ({len(base)} base sentences, {len(items) - len(base)} mutations)")
    print(f"articles failed: {sum(failed.values())} {dict(failed)}")
    print(f"failures isolated by stage: {sum(isolated.values())} {dict(sorted(isolated.items()))}")
    print(f"parse repairs skipped (would loop): {SKIPPED_REPAIRS['loop']}")
    return 1 if failed or isolated else 0


if __name__ == "__main__":
    sys.exit(main())
