"""Output files that never destroy data: written beside the target and renamed into place.

``stancemap analyze ... -o out.jsonl`` writes to a hidden temporary file in the same folder and
renames it over ``out.jsonl`` at the end, so a run that fails before its first article (a bad
``--model``) leaves an earlier ``out.jsonl`` as it was, and an interrupted run keeps the articles
that were complete. An output that is also an input is refused before anything is read.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ..errors import StancemapError

__all__ = ["check_output_path", "safe_output"]

#: Input suffixes that a folder walk reads (kept in step with stancemap.ingest.readers).
_READ_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"}


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_output_path(output: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse an output file that is one of the inputs, or that a folder given as input would read."""
    out = Path(output)
    if out.is_dir():
        raise StancemapError("output is a directory; name a file", source=str(out))
    real_parent = Path(os.path.realpath(out.parent))
    for inp in inputs:
        if str(inp) == "-":
            continue
        p = Path(inp)
        if p.is_dir():
            inside = real_parent == Path(os.path.realpath(p)) or Path(os.path.realpath(p)) in real_parent.parents
            if inside and out.suffix.lower() in _READ_SUFFIXES:
                raise StancemapError(f"output is inside the input folder {inp} and would be read as an input; "
                                     "write it elsewhere", source=str(out))
        elif p.exists() and _same(p, out):
            raise StancemapError("output is also an input; refusing to overwrite it (write it elsewhere)",
                                 source=str(out))


@contextmanager
def safe_output(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text stream for ``path`` that replaces the file only when something was written.

    On success the file is renamed into place. When the body raises (an error, Ctrl-C) what was
    written so far replaces the file; when nothing was written the earlier file is left untouched.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        mode = os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
    stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
    try:
        yield stream
    except BaseException:
        stream.close()
        if os.path.getsize(tmp) > 0:
            os.replace(tmp, target)
        else:
            os.unlink(tmp)
        raise
    else:
        stream.close()
        os.replace(tmp, target)
