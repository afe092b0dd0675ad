"""All stancemap errors, in one place.

Every error carries a stable code and a one-line message that says what happened, to which
input, and what to do. The CLI and other edges print ``str(err)``; tracebacks are for bugs.
"""

from __future__ import annotations

__all__ = [
    "StancemapError",
    "InputError",
    "EmptyInput",
    "BinaryInput",
    "EncodingError",
    "TooLarge",
    "NotEnglish",
    "BadJSONL",
    "MissingField",
    "BadHTML",
    "BadField",
    "ConfigError",
    "DataFileError",
    "ModelNotFound",
    "EvalError",
    "AnalysisError",
    "WorkerLost",
    "SchedulerUnreachable",
    "StoreError",
    "NotAStore",
    "StoreTooNew",
    "StoreLocked",
]


class StancemapError(Exception):
    """Base class. ``code`` is stable; ``reason`` is a short machine-readable tag."""

    code = "E000"
    reason = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)

    def as_meta(self) -> dict[str, str]:
        return {"code": self.code, "reason": self.reason, "message": str(self)}


class InputError(StancemapError):
    """An article or input file that cannot be analysed. A batch skips it and goes on."""

    code = "E100"
    reason = "bad_input"


class EmptyInput(InputError):
    code = "E101"
    reason = "empty"


class BinaryInput(InputError):
    code = "E102"
    reason = "binary"


class EncodingError(InputError):
    code = "E103"
    reason = "encoding"


class TooLarge(InputError):
    code = "E104"
    reason = "too_large"


class NotEnglish(InputError):
    code = "E105"
    reason = "not_english"


class BadJSONL(InputError):
    code = "E106"
    reason = "bad_json"


class MissingField(InputError):
    code = "E107"
    reason = "missing_field"


class BadHTML(InputError):
    code = "E108"
    reason = "bad_html"


class BadField(InputError):
    """A metadata field of an input record whose value cannot be used (a list for a title, a date
    that is no calendar date)."""

    code = "E109"
    reason = "bad_field"


class ConfigError(StancemapError):
    """A settings file, environment variable or flag with a bad value."""

    code = "E200"
    reason = "config"


class DataFileError(StancemapError):
    """A dictionary, lexicon or catalogue file that does not validate (message has file:line)."""

    code = "E300"
    reason = "data_file"


class ModelNotFound(StancemapError):
    code = "E400"
    reason = "model_not_found"


class EvalError(StancemapError):
    code = "E500"
    reason = "eval"


class AnalysisError(StancemapError):
    """A stage failed on one article (a bug). The batch records it and goes on."""

    code = "E900"
    reason = "internal_error"


class StoreError(StancemapError):
    """A store (DuckDB file) that cannot be opened or used as asked."""

    code = "E600"
    reason = "store"


class NotAStore(StoreError):
    """A file that is not a stancemap database; it is left untouched."""

    code = "E601"
    reason = "not_a_store"


class StoreTooNew(StoreError):
    """A stancemap database written by a newer schema; it is left untouched."""

    code = "E602"
    reason = "store_too_new"


class StoreLocked(StoreError):
    """Another process holds the database open for writing."""

    code = "E603"
    reason = "store_locked"


class WorkerLost(AnalysisError):
    """The worker process analysing an article died (killed, out of memory) on every retry."""

    code = "E901"
    reason = "worker_lost"


class SchedulerUnreachable(StancemapError):
    """A Dask scheduler address that does not answer, or a cluster that cannot run stancemap."""

    code = "E700"
    reason = "scheduler"
