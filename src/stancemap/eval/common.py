"""Shared pieces of the scorers: reading gold JSONL and the speaker-name rule of the protocol."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import EvalError

__all__ = ["read_jsonl", "name_eq", "TITLES"]

#: Leading titles and honorifics dropped before names are compared (the evaluation protocol's list).
TITLES = re.compile(r"^(?:(?:mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|secretary|minister|"
                    r"prime minister|foreign minister|vice president|governor|former|the)\.?\s+)+")


def name_eq(a: str | None, b: str | None) -> bool:
    """Speaker names match: leading titles dropped, one contains the other (case-insensitive)."""
    if not a or not b:
        return False
    x, y = (TITLES.sub("", s.lower().strip()) for s in (a, b))
    return bool(x) and bool(y) and (x == y or x in y or y in x)


def read_jsonl(path: str | Path, *, required: Sequence[str] = (), limit: int | None = None) -> list[dict[str, Any]]:
    """Records of a gold JSONL file, each checked for the ``required`` fields (file:line errors)."""
    p = Path(path)
    if not p.is_file():
        raise EvalError("gold file not found", source=str(p))
    out: list[dict[str, Any]] = []
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"not valid JSON: {exc.msg}", source=f"{p}:{n}") from None
            if not isinstance(rec, dict):
                raise EvalError("record is not a JSON object", source=f"{p}:{n}")
            missing = [k for k in required if k not in rec]
            if missing:
                raise EvalError(f"record lacks {', '.join(missing)}", source=f"{p}:{n}")
            rec["_line"] = n
            out.append(rec)
            if limit is not None and len(out) >= limit:
                break
    return out
