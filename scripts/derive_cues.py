"""Derive stance cues from the hand-written cue lexicon with WordNet: writes
``src/stancemap/data/stances/derived.yaml``.

The hand-written lexicon (``data/stances/cues.yaml``) lists the cue words someone wrote rules for;
text uses many more. This script adds, for words nobody listed:

* nouns derived from a cue verb's two most frequent senses (WordNet's derivational links:
  "veto" -> "veto", "denounce" -> "denunciation"), as nominal cues and as author nouns;
  agent nouns among them ("-er", "-or", "-ist", "-ant", "-ent") as agent nouns;
* label adjectives whose most frequent sense shares a synset with a listed label word of one
  sign only ("bogus" with "fake", "unfounded" with "baseless"), leaving out participles and words
  that are also verbs or nouns ("assumed", "fell", "savage").

Verbs are NOT derived: synonyms of a cue verb's synset were tried (same precision rule as labels)
and gave too many words whose everyday sense is no position at all ("attack" from "assail",
"permit" from "countenance", "postpone" from "table"); label nouns likewise ("job" from
"occupation"). Nominalisations keep only the derivational endings ("-ion", "-ment", "-al", "-ance",
"-ence", "-ure", "-ing") so that verb-like nouns ("dispute", "halt") stay out.

Every derived entry names the hand-written word it comes from (``from``). The loader gives hand
entries precedence. WordNet 3.0 is read from its data files (Debian package ``wordnet-base``,
``/usr/share/wordnet``); it is needed only to regenerate the file, never at run time.

    python scripts/derive_cues.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CUES = ROOT / "src" / "stancemap" / "data" / "stances" / "cues.yaml"
OUT = ROOT / "src" / "stancemap" / "data" / "stances" / "derived.yaml"

POS = {"verb": "v", "noun": "n", "adj": "a"}
_AGENT = re.compile(r"(er|or|ist|ant|ent)$")
_NOMINAL = re.compile(r"(ion|ment|al|ance|ence|ure|ing)$")
# words WordNet puts in a cue's synset whose everyday use is no position at all
_STOP = {"have", "get", "make", "take", "give", "go", "come", "see", "say", "tell", "do", "be", "put", "set",
         "run", "hold", "keep", "let", "turn", "look", "find", "show", "work", "call", "ask", "move", "play",
         "stand", "bear", "carry", "meet", "face", "head", "lead", "note", "mark", "want", "need", "like",
         "feel", "think", "know", "mean", "hope", "wish", "hit", "strike", "cut", "open", "close", "pass",
         "vote", "act", "rule", "order", "bid", "charge", "post", "file", "table", "check", "stop", "end",
         "raise", "press", "push", "pull", "draw", "back", "support", "defend", "fight", "contend", "cover",
         "observe", "follow", "accept", "take on", "go for", "use", "count", "matter", "claim", "state",
         "question", "doubt", "deal", "treat", "handle", "manage", "apply", "address", "express"}


class WordNet:
    """The parts of WordNet 3.0's data files this script needs."""

    def __init__(self, root: Path) -> None:
        self.senses: dict[tuple[str, str], list[str]] = {}  # (lemma, pos) -> synset offsets, most frequent first
        self.words: dict[tuple[str, str], list[str]] = {}  # (offset, pos) -> lemmas
        self.derived: dict[tuple[str, str], list[tuple[str, str, str, str]]] = defaultdict(list)
        for name, pos in (("verb", "v"), ("noun", "n"), ("adj", "a")):
            for line in (root / f"index.{name}").read_text(encoding="utf-8").splitlines():
                if line.startswith(" "):
                    continue
                f = line.split()
                n_syn, n_ptr = int(f[2]), int(f[3])
                self.senses[(f[0], pos)] = f[6 + n_ptr:6 + n_ptr + n_syn]
            for line in (root / f"data.{name}").read_text(encoding="utf-8").splitlines():
                if line.startswith(" "):
                    continue
                f = line.split(" | ")[0].split()
                off, n_words = f[0], int(f[3], 16)
                words = [re.sub(r"\(.*\)$", "", f[4 + 2 * k]).lower() for k in range(n_words)]
                self.words[(off, pos)] = words
                i = 4 + 2 * n_words
                n_ptr = int(f[i])
                for k in range(n_ptr):
                    sym, toff, tpos, st = f[i + 1 + 4 * k:i + 5 + 4 * k]
                    if sym == "+":
                        src, dst = int(st[:2], 16), int(st[2:], 16)
                        word = words[src - 1] if src else ""
                        self.derived[(off, pos)].append((word, toff, "a" if tpos == "s" else tpos, str(dst)))
        # adjective satellites are stored with pos "s" in data.adj but indexed as "a"

    def first(self, lemma: str, pos: str) -> str | None:
        s = self.senses.get((lemma.replace(" ", "_"), pos))
        return s[0] if s else None

    def top(self, lemma: str, pos: str, k: int = 2) -> list[str]:
        return (self.senses.get((lemma.replace(" ", "_"), pos)) or [])[:k]

    def synset(self, off: str, pos: str) -> list[str]:
        return [w.replace("_", " ") for w in self.words.get((off, pos), [])]


def _nouns(wn: WordNet, cues: dict) -> tuple[dict, dict]:
    nouns: dict[str, dict] = {}
    agents: dict[str, dict] = {}
    known = set(cues["nouns"]) | set(cues["speech_act_nouns"]) | set(cues["agent_nouns"])
    for w, c in sorted(cues["verbs"].items()):
        if c.get("needs_prep") or c.get("intent_only") or c["kind"] != "evaluative":
            # acts ("cancel", "block") are positions only as intentions, and so are their nouns
            continue
        for off in wn.top(w, "v"):
            for word, toff, tpos, dst in wn.derived.get((off, "v"), []):
                if tpos != "n" or word != w:
                    continue
                noun = wn.synset(toff, "n")[int(dst) - 1]
                if " " in noun or noun in known or noun in nouns or noun in agents or noun in _STOP:
                    continue
                if wn.first(noun, "n") != toff:
                    continue  # the noun's everyday sense is another one
                entry = {"polarity": c["polarity"], "kind": c["kind"], "from": w}
                if _AGENT.search(noun) and not noun.endswith("ment") and noun != w:
                    agents[noun] = entry
                elif _NOMINAL.search(noun):
                    nouns[noun] = entry
    return nouns, agents


def _labels(wn: WordNet, cues: dict) -> dict[str, dict]:
    neg, pos = set(cues["labels"]["negative"]), set(cues["labels"]["positive"])
    out: dict[str, dict] = {}
    for sign, words, other in ((-1, neg, pos), (1, pos, neg)):
        for w in sorted(words):
            for p in ("a",):
                off = wn.first(w, p)
                if off is None:
                    continue
                members = wn.synset(off, p)
                if any(m in other for m in members):
                    continue
                for m in members:
                    if " " in m or m in neg or m in pos or m in out or m in _STOP or wn.first(m, p) != off:
                        continue
                    if m.endswith("ed") or wn.first(m, "v") is not None or wn.first(m, "n") is not None:
                        continue  # participles, verbs and nouns ("assumed", "fell", "outlaw", "savage")
                    out[m] = {"polarity": sign, "from": w}
    return out


def _dump(section: dict[str, dict]) -> str:
    lines = []
    for w in sorted(section):
        e = section[w]
        body = ", ".join(f"{k}: {str(v).lower() if isinstance(v, bool) else v}" for k, v in e.items())
        key = f'"{w}"' if w in ("on", "off", "yes", "no", "null", "true", "false") else w
        lines.append(f"  {key}: {{{body}}}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0 dict folder")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    root = Path(args.wordnet)
    if not (root / "data.verb").is_file():
        print(f"{root}: no WordNet data files (apt-get install wordnet-base)", file=sys.stderr)
        return 2
    wn = WordNet(root)
    cues = yaml.safe_load(CUES.read_text(encoding="utf-8"))
    nouns, agents = _nouns(wn, cues)
    labels = _labels(wn, cues)
    head = ("# Stance cues DERIVED from cues.yaml with WordNet 3.0 by scripts/derive_cues.py (do not edit by\n"
            "# hand: change cues.yaml or the script and regenerate). `from` names the hand-written word each\n"
            "# entry comes from; hand-written entries take precedence. WordNet 3.0 (c) Princeton University,\n"
            "# used under the WordNet licence (free use, copy, modification and distribution).\n\n")
    text = (head + "nouns:\n" + _dump(nouns)
            + "\nagent_nouns:\n" + _dump(agents) + "\nlabels:\n" + _dump(labels))
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(nouns)} nouns, {len(agents)} agent nouns, "
          f"{len(labels)} labels", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
