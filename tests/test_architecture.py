"""The layout keeps its promises: no import cycles, and each layer imports only what lies below it.

The graph is read statically (every ``import`` anywhere in a module, lazy ones and
``TYPE_CHECKING`` ones included), so a cycle hidden inside a function counts too.
Layers, bottom up (README, Development):

1. ``records``, ``errors``, ``settings``, ``version``, ``dates``: import nothing of stancemap but each other;
2. knowledge (``actors``, ``issues``, ``ontology``, ``data``): no spaCy;
3. ``ingest`` (reading and checking inputs), ``nlp`` (the spaCy stages), ``analytics``
   (measures over records), ``store`` (the corpus database): nlp knows no store, web or Dask;
   analytics and store know no spaCy;
4. faces: ``api``, ``cli*``, ``eval``, ``output``, ``web``, the scale-out module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PKG = "stancemap"

BOTTOM = {"records", "errors", "settings", "version", "dates"}
KNOWLEDGE = {"actors", "issues", "ontology", "data"}
#: third-party packages and the only top-level parts of stancemap allowed to import them
THIRD_PARTY_HOMES = {
    "spacy": {"nlp"},
    "thinc": {"nlp"},
    "duckdb": {"store"},
    "dask": {"scaleout"},
    "distributed": {"scaleout"},
    "fastapi": {"web"},
    "starlette": {"web"},
    "uvicorn": {"web"},
}


def _modules() -> dict[str, tuple[Path, bool]]:
    mods = {}
    for f in (SRC / PKG).rglob("*.py"):
        parts = list(f.relative_to(SRC).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        mods[".".join(parts)] = (f, is_pkg)
    return mods


def _imports(mods: dict[str, tuple[Path, bool]]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(stancemap module -> stancemap modules it imports, module -> third-party top names)."""
    internal: dict[str, set[str]] = {}
    external: dict[str, set[str]] = {}
    for name, (path, is_pkg) in mods.items():
        pkg = name.split(".") if is_pkg else name.split(".")[:-1]
        deps: set[str] = set()
        ext: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = pkg[: len(pkg) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target == PKG or target.startswith(PKG + "."):
                    for alias in node.names:
                        sub = f"{target}.{alias.name}"
                        deps.add(sub if sub in mods else target)
                else:
                    ext.add(target.split(".")[0])
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == PKG or alias.name.startswith(PKG + "."):
                        deps.add(alias.name)
                    else:
                        ext.add(alias.name.split(".")[0])
        internal[name] = {d for d in deps if d in mods and d != name}
        external[name] = ext
    return internal, external


MODS = _modules()
INTERNAL, EXTERNAL = _imports(MODS)


def _top(name: str) -> str:
    """The top-level part of stancemap a module belongs to ('' for the package itself)."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def _layer(name: str) -> int:
    top = _top(name)
    if top in BOTTOM:
        return 1
    if top in KNOWLEDGE:
        return 2
    if top in {"ingest", "nlp", "analytics", "store"}:
        return 3
    return 4


def test_graph_was_read():
    assert len(MODS) > 60
    assert "stancemap.nlp.pipeline" in INTERNAL
    assert "stancemap.records" in INTERNAL["stancemap.api"]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    assert _cycles(INTERNAL) == []


def test_layers_import_only_downwards():
    bad = []
    for name, deps in INTERNAL.items():
        for d in deps:
            if _layer(d) > _layer(name):
                bad.append(f"{name} (layer {_layer(name)}) imports {d} (layer {_layer(d)})")
    assert bad == []


@pytest.mark.parametrize("stage_part", ["nlp", "analytics", "store", "ingest"])
def test_middle_layer_parts_do_not_know_each_other_wrongly(stage_part):
    """nlp knows no store/analytics; analytics and store know no nlp; ingest knows no nlp."""
    forbidden = {"nlp": {"store", "analytics"}, "analytics": {"nlp"}, "store": {"nlp"}, "ingest": {"nlp", "store"}}
    bad = [f"{n} imports {d}" for n, deps in INTERNAL.items() if _top(n) == stage_part
           for d in deps if _top(d) in forbidden[stage_part]]
    assert bad == []


def test_third_party_heavy_parts_stay_home():
    bad = []
    for name, ext in EXTERNAL.items():
        top = _top(name)
        for lib, homes in THIRD_PARTY_HOMES.items():
            if lib in ext and top not in homes:
                bad.append(f"{name} imports {lib} (allowed only in {sorted(homes)})")
    assert bad == []


def test_each_stage_package_says_what_goes_in_and_out():
    for stage in ("actors", "statements", "events", "stances", "common"):
        doc = ast.get_docstring(ast.parse((SRC / PKG / "nlp" / stage / "__init__.py").read_text()))
        assert doc and len(doc) > 60, stage
    for stage in ("actors", "statements", "events", "stances"):
        doc = ast.get_docstring(ast.parse((SRC / PKG / "nlp" / stage / "__init__.py").read_text()))
        assert "In:" in doc and "Out:" in doc, stage
