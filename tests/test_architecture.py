"""The house's shape: imports run one way, down the pipeline, with no circles, lazy imports included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src"


def _module_name(path: Path, source: Path) -> str:
    parts = path.relative_to(source).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph(package: Path) -> dict[str, set[str]]:
    """Each nutgraf module and the nutgraf modules it imports anywhere in its body (functions included),
    with the packages Python runs on the way to them.

    The package front door, ``nutgraf/__init__.py``, re-exports the public API and is left out: no
    stage imports it.
    """
    modules = {
        _module_name(path, package.parent): path
        for path in package.rglob("*.py")
        if "migrations" not in path.parts
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # `from nutgraf.web import api` imports the submodule nutgraf.web.api.
                submodules = {f"{node.module}.{alias.name}" for alias in node.names}
                found = submodules & modules.keys()
                targets.update(found or {node.module})
        # Importing nutgraf.web.settings runs nutgraf/web/__init__.py first: from outside the package, that
        # is an import of the package too.
        targets |= {
            parent
            for target in targets
            for parent in _parents(target)
            if name != parent and not name.startswith(parent + ".")
        }
        graph[name] = {t for t in targets if t in modules and t != name and t != "nutgraf"}
    graph.pop("nutgraf", None)
    return graph


def _parents(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:end]) for end in range(2, len(parts))]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected component of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def test_no_module_imports_one_that_imports_it_back() -> None:
    cycles = _cycles(_import_graph(SOURCE / "nutgraf"))
    assert not cycles, "import circles (modules that import each other, directly or through others): " + (
        "; ".join(" <-> ".join(c) for c in cycles)
    )


def test_the_cycle_finder_sees_a_lazy_circle(tmp_path: Path) -> None:
    package = tmp_path / "nutgraf"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from nutgraf.b import thing\n")
    (package / "b.py").write_text("def thing():\n    from nutgraf.a import other\n")
    (package / "c.py").write_text("import nutgraf.a\n")
    assert _cycles(_import_graph(package)) == [["nutgraf.a", "nutgraf.b"]]


#: The pipeline's stages, lowest first: a module may import its own stage's modules and lower ones, never a
#: higher stage's, at module level or inside a function. The shared foundations come first; then
#: fetch/decode -> extract -> segment -> engines -> check -> the pipeline's front door -> store -> the
#: services run over the store -> the interfaces. Each entry is a module or a package (its submodules).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("version", "errors", "wording", "environment", "json_bounds", "urls", "language", "article"),
    ("fetch", "decode", "jsonl"),
    ("extract",),
    ("segment", "keyphrases"),
    ("engines",),
    ("check",),
    ("pipeline", "evaluate"),
    ("store",),
    ("jobs", "sitemaps", "feeds", "sites", "settings", "worker"),
    ("cli", "web", "batch", "__main__"),
)


def _layer(module: str) -> int | None:
    """The index in :data:`LAYERS` of the stage ``module`` (``nutgraf.extract.html.body``) belongs to."""
    for index, stage in enumerate(LAYERS):
        for name in stage:
            if module == f"nutgraf.{name}" or module.startswith(f"nutgraf.{name}."):
                return index
    return None


def _upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return [
        f"{module} -> {target}"
        for module, targets in sorted(graph.items())
        for target in sorted(targets)
        if (_layer(target) or 0) > (_layer(module) or 0)
    ]


def test_every_module_has_a_stage() -> None:
    unplaced = [module for module in _import_graph(SOURCE / "nutgraf") if _layer(module) is None]
    assert not unplaced, f"modules in no stage of LAYERS (place each where it runs): {unplaced}"


def test_no_module_imports_a_later_stage() -> None:
    upward = _upward_imports(_import_graph(SOURCE / "nutgraf"))
    assert not upward, "imports up the pipeline (a stage may use only its own and earlier ones): " + (
        "; ".join(upward)
    )


@pytest.mark.parametrize("fetching", ["fetch.py", "fetch/client.py"])
def test_the_stage_check_sees_a_lazy_upward_import(tmp_path: Path, fetching: str) -> None:
    """A stage's module, or a module of a stage's package, importing a later stage inside a function."""
    package = tmp_path / "nutgraf"
    (package / "extract").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "extract" / "__init__.py").write_text("")
    if "/" in fetching:  # fetch/ as a package, as it is
        (package / "fetch").mkdir()
        (package / "fetch" / "__init__.py").write_text("")
    (package / fetching).write_text("def page():\n    from nutgraf.extract import extract\n")
    (package / "pipeline.py").write_text("from nutgraf.fetch import page\n")
    module = "nutgraf." + fetching.removesuffix(".py").replace("/", ".")
    assert _upward_imports(_import_graph(package)) == [f"{module} -> nutgraf.extract"]


@pytest.mark.parametrize("stage", ["decode", "segment", "language", "article"])
def test_low_stages_do_not_import_the_pipeline_front_door(stage: str) -> None:
    graph = _import_graph(SOURCE / "nutgraf")
    # A stage that is a package (language) is each of its modules.
    modules = [name for name in graph if name == f"nutgraf.{stage}" or name.startswith(f"nutgraf.{stage}.")]
    assert modules
    assert not [name for name in modules if "nutgraf.pipeline" in graph[name]]
