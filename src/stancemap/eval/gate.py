"""The quality gate: run each evaluation and compare its metrics with recorded floors.

The floors file (TOML) has one table per check::

    [[check]]
    task = "statements"
    gold = "../shared/eval/quotes/polnear_dev.jsonl"   # relative to the floors file's folder's parent
    options = { }                                        # extra keyword options for run()
    [check.floors]
    "rows.direct+mixed.0.f1" = 0.85                      # dotted path into the result dict;
                                                         # numbers index lists, [a.b] keeps a dotted key

A metric below its floor, or missing, fails the gate.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..settings import Settings
from . import task_module

__all__ = ["GateRow", "run_gate", "lookup"]


@dataclass(frozen=True)
class GateRow:
    task: str
    gold: str
    metric: str
    floor: float
    value: float | None

    @property
    def ok(self) -> bool:
        return self.value is not None and self.value + 1e-9 >= self.floor


def lookup(result: dict[str, Any], dotted: str) -> float | None:
    cur: Any = result
    for part in _split(dotted):
        if isinstance(cur, list) and part.lstrip("-").isdigit() and -len(cur) <= int(part) < len(cur):
            cur = cur[int(part)]
        elif isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return None
    return float(cur) if isinstance(cur, (int, float)) else None


def _split(dotted: str) -> list[str]:
    # keys may themselves contain dots inside square brackets: a.[overlap_0.3].f1
    out, buf, depth = [], "", 0
    for ch in dotted:
        if ch == "[":
            depth += 1
            continue
        if ch == "]":
            depth -= 1
            continue
        if ch == "." and depth == 0:
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    return out


def run_gate(floors_file: str | Path, *, settings: Settings | None = None,
             tasks: list[str] | None = None) -> tuple[list[GateRow], dict[str, Any]]:
    path = Path(floors_file)
    try:
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise EvalError(f"cannot read floors file: {exc}", source=str(path)) from None
    base = path.resolve().parent.parent
    rows: list[GateRow] = []
    results: dict[str, Any] = {}
    for check in spec.get("check", []):
        task = check["task"]
        if tasks and task not in tasks:
            continue
        gold = (base / check["gold"]).resolve()
        if not gold.exists():
            raise EvalError(f"gold file not found: {gold}", source=str(path))
        mod = task_module(task)
        options = {k: str((base / v).resolve()) if isinstance(v, str) and (base / v).exists() else v
                   for k, v in check.get("options", {}).items()}  # file options are relative like gold
        result = mod.run(gold, settings=settings, **options)
        results[f"{task}:{gold.name}"] = result
        for metric, floor in check.get("floors", {}).items():
            rows.append(GateRow(task, gold.name, metric, float(floor), lookup(result, metric)))
    return rows, results
