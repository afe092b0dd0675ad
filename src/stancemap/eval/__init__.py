"""Evaluation: scorers over gold data, one module per task, and the CI quality gate.

Each task module exposes ``run(gold, *, settings=None, limit=None) -> dict`` and
``render(result) -> str``. ``stancemap eval TASK --gold FILE`` calls them.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import EvalError

__all__ = ["TASKS", "task_module"]

#: task name -> module implementing it
TASKS = {
    "statements": "stancemap.eval.statements",
    "actors": "stancemap.eval.actors",
    "events": "stancemap.eval.events",
    "stances": "stancemap.eval.stances",
    "paraphrases": "stancemap.eval.paraphrases",
    "validity": "stancemap.eval.validity",
}


def task_module(task: str) -> ModuleType:
    if task not in TASKS:
        raise EvalError(f"unknown evaluation task {task!r}; choose one of: {', '.join(TASKS)}")
    try:
        return importlib.import_module(TASKS[task])
    except ModuleNotFoundError as exc:
        if exc.name == TASKS[task]:
            raise EvalError(f"evaluation task {task!r} is not built yet") from None
        raise
