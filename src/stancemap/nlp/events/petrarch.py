"""Import PETRARCH/TABARI-format CAMEO verb dictionaries into stancemap's verb patterns.

PETRARCH verb files hold synonym sets (``&NAME`` followed by ``+WORD`` lines) and verb blocks:
``--- DESCRIPTION [CODE] ---`` opens a block whose verbs (``WORD {IRREGULAR FORMS} [CODE]``,
``CARRY_OUT`` for a verb with a particle) share its patterns (``- * OBJECT [CODE]``, ``- * TO +
[CODE]``; ``*`` or ``**`` marks the verb, ``$`` the source, ``+`` the target). Comments: ``#``,
``;`` and ``<!-- ... -->``.

What carries over: each verb's own code (or its block's) as its default pattern; patterns whose
words all follow the verb become ``obj`` patterns (the first word, a synonym set expanded) or
``prep`` patterns (a preposition first, with the object after it when one is given). Patterns
with words before the verb, null codes ``[---]`` and codes unknown to CAMEO are skipped and
counted. The result is a YAML file with a ``verbs`` section in the format of ``verbs.yaml``, to
be passed with ``--verbs FILE`` (setting ``event_dictionaries``); its patterns are tried before the
shipped ones for the same verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ...errors import DataFileError
from ...ontology import cameo_table

__all__ = ["ImportReport", "import_petrarch_verbs", "write_verbs"]

_PREPS = {"to", "with", "against", "on", "upon", "for", "from", "at", "into", "over", "about", "toward", "towards",
          "in", "of", "between", "off"}
_PARTICLES = {"up", "down", "out", "off", "on", "in", "over", "back", "away", "through", "aside"}
_MARKERS = {"$", "+", "%", "^", "*", "**"}
_HEADER = re.compile(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*---\s*$")
_CODE = re.compile(r"\[([^\]]*)\]\s*$")


@dataclass
class ImportReport:
    verbs: int = 0
    patterns: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def _strip_comments(text: str) -> list[str]:
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    out = []
    for line in text.splitlines():
        for mark in ("#", ";"):
            if mark in line:
                line = line[: line.index(mark)]
        out.append(line.rstrip())
    return out


def _code(raw: str | None, table: Any) -> str | None:
    """The first CAMEO code of ``[CODE]`` or ``[SRC:TGT]`` forms; None for null or unknown codes."""
    if raw is None:
        return None
    c = raw.split(":")[0].strip()
    if not c or c.startswith("-"):
        return None
    return c if c in table else None


def _words(s: str) -> list[str]:
    return [w for w in re.split(r"\s+", s.strip()) if w]


def import_petrarch_verbs(path: str | Path) -> tuple[dict[str, list[dict[str, Any]]], ImportReport]:
    """Verb patterns (lemma -> list of pattern mappings) from a PETRARCH verb dictionary."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read verb dictionary: {exc}", source=str(path)) from None
    table = cameo_table()
    report = ImportReport()
    synsets: dict[str, list[str]] = {}
    lines = _strip_comments(text)
    cur: str | None = None
    for line in lines:  # synonym sets first: they may be defined after their use
        s = line.strip()
        if s.startswith("&"):
            cur = s.split()[0].rstrip("_").upper()
            synsets[cur] = []
        elif s.startswith("+") and cur is not None:
            synsets[cur].append(s[1:].strip().rstrip("_").replace("_", " ").lower())
        elif s and not s.startswith("+"):
            cur = None
    out: dict[str, list[dict[str, Any]]] = {}
    block_code: str | None = None
    block_verbs: list[tuple[str, str | None]] = []  # (lemma, particle)
    block_patterns: list[dict[str, Any]] = []
    seen_header = False

    def flush() -> None:
        for lem, prt in block_verbs:
            pats = out.setdefault(lem, [])
            for p in block_patterns:
                q = dict(p)
                if prt:
                    q["particle"] = prt
                if q not in pats:
                    pats.append(q)
                    report.patterns += 1
        block_verbs.clear()
        block_patterns.clear()

    for line in lines:
        s = line.strip()
        if not s or s.startswith(("&", "+")) or s.startswith("###"):
            continue
        m = _HEADER.match(s)
        if m:
            flush()
            seen_header = True
            block_code = _code(m.group(2), table)
            continue
        if s.startswith("-"):
            if not block_verbs:
                report.skip("pattern outside a verb block")
                continue
            cm = _CODE.search(s)
            code = _code(cm.group(1) if cm else None, table)
            if code is None:
                report.skip("null or unknown code")
                continue
            body = _words(s[1:cm.start() if cm else len(s)])
            star = next((k for k, w in enumerate(body) if w in ("*", "**")), None)
            if star is None or any(w not in _MARKERS for w in body[:star]):
                report.skip("words before the verb")
                continue
            rest = [w.lower() for w in body[star + 1:] if w not in _MARKERS]
            if not rest:
                block_patterns.append({"code": code})
                continue
            first = rest[0]
            pat: dict[str, Any] = {"code": code}
            if first in _PREPS:
                pat["prep"] = first
                objs = rest[1:2]
            else:
                objs = rest[:1]
            if objs:
                o = objs[0]
                words = synsets.get(o.upper().rstrip("_"), []) if o.startswith("&") else [o.replace("_", " ")]
                if not words:
                    report.skip("undefined synonym set")
                    continue
                pat["obj"] = sorted({w.split()[-1] if " " in w and len(w.split()) > 2 else w for w in words})
            block_patterns.append(pat)
            continue
        if not seen_header:
            report.skip("verb outside a block")
            continue
        cm = _CODE.search(s)
        head = re.sub(r"\{[^}]*\}", " ", s[: cm.start()] if cm else s)
        forms = _words(head)
        if not forms:
            continue
        parts = forms[0].lower().strip("_").split("_")
        lem = parts[0]
        prt = parts[1] if len(parts) == 2 and parts[1] in _PARTICLES else None
        if len(parts) > 1 and prt is None:
            report.skip("multi-word verb")
            continue
        own = _code(cm.group(1), table) if cm else None
        code = own or block_code
        if code is None and not cm:
            code = None
        if code is not None:
            out.setdefault(lem, [])
            default: dict[str, Any] = {"code": code}
            if prt:
                default["particle"] = prt
            # the verb's own default goes after the block's specific patterns (added in flush)
            block_patterns_for_verb = [default]
            for p in block_patterns_for_verb:
                if p not in out[lem]:
                    out[lem].append(p)
                    report.patterns += 1
        report.verbs += 1
        block_verbs.append((lem, prt))
    flush()
    # specific patterns before defaults, as the matcher expects the default last
    for lem, pats in out.items():
        out[lem] = [p for p in pats if set(p) - {"code"} - {"particle"}] + \
                   [p for p in pats if not set(p) - {"code"} - {"particle"}]
    return {k: v for k, v in out.items() if v}, report


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_verbs(verbs: dict[str, list[dict[str, Any]]], dest: str | Path, source: str = "") -> None:
    """Write imported patterns as a stancemap verb file (YAML with a ``verbs`` section)."""
    head = f"# Imported from a PETRARCH verb dictionary{f' ({source})' if source else ''} by stancemap events import-verbs.\n"
    body = yaml.dump({"verbs": verbs}, Dumper=_NoAliases, sort_keys=True, allow_unicode=True,
                     default_flow_style=None, width=110)
    Path(dest).write_text(head + body, encoding="utf-8")
