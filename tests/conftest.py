from __future__ import annotations

import os
from pathlib import Path

import pytest

# Stage failures re-raise in tests (stancemap.nlp.common.guard): a bug must fail its test, not turn
# into a warning. Tests of the isolation itself set it off with monkeypatch.
os.environ.setdefault("STANCEMAP_STRICT", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
RESOURCES = Path(__file__).resolve().parent / "resources"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test when the shared folder is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data not available: {p}")
    return p


@pytest.fixture(scope="session")
def nlp():
    """The full stancemap pipeline (real model)."""
    from stancemap.nlp.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def nlp_base():
    """The plain spaCy English model, without stancemap components."""
    from stancemap.nlp.pipeline import load_model, use_numpy_ops

    use_numpy_ops(True)
    return load_model()
