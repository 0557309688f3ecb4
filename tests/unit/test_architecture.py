"""The shape of the house (docs/architecture.md, "Layers"): imports point one way, services are built in one place,
the helper process belongs to the services that use it.

Read from the source (every import counts, including those under TYPE_CHECKING and inside functions), so a lazy
import cannot hide a wrong turn."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import casebridge
from casebridge.app import build_services, open_workspace

ROOT = Path(casebridge.__file__).parent

# Rank of each top-level module or package: a module may import only from its own rank or below.
LAYERS: dict[str, int] = {
    # 0 — the core: data, errors, settings, the clock, no I/O beyond reading files
    "__init__": 0,
    "errors": 0,
    "jobs": 0,
    "resource_files": 0,
    "digests": 0,
    "logs": 0,
    "domain": 0,
    "clock": 0,
    "reference_data": 0,
    "settings": 0,
    "credentials": 0,
    # 1 — persistence: the case database's stores and the evidence vault
    "store": 1,
    "vault": 1,
    # 2 — the workspace record (stores + vault + settings + clock), no services
    "workspace": 2,
    # 3 — services and what they are made of
    "evidence": 3,
    "redaction": 3,
    "transcripts": 3,
    "bundle": 3,
    "exchange": 3,
    "forms": 3,
    "disclosure": 3,
    "playback": 3,
    "readiness": 3,
    "worklist": 3,
    "hub": 3,  # the hub's own composition root is hub/app.py
    # 4 — the composition root
    "app": 4,
    # 5 — what people drive: the window, the command line, and what runs through them
    "ui": 5,
    "cli": 5,
    "demo": 5,
    "selftest": 5,
    "__main__": 5,
}

# Services and the things that are expensive or stateful to make: only app.py builds them (the hub builds its own
# in casebridge/hub/, its own root), and the module that defines each may make it.
BUILT_ONLY_IN_APP = {
    "Importer": "evidence/importer.py",
    "RedactionService": "redaction/service.py",
    "MediaRedactionService": "redaction/media_service.py",
    "BundleService": "bundle/service.py",
    "SubmissionService": "exchange/submit.py",
    "HubClient": "exchange/hubclient.py",
    "Player": "playback/player.py",
    "HelperPool": "redaction/helpers.py",
    "ProcessPoolExecutor": "redaction/helpers.py",
    "load_or_create": "exchange/keys.py",
}


def _modules() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(ROOT)): ast.parse(path.read_text(encoding="utf-8"))
        for path in ROOT.rglob("*.py")
        if "migrations" not in path.relative_to(ROOT).parts
    }


def _module_name(relative: str) -> str:
    parts = relative.removesuffix(".py").split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["casebridge", *parts])


def _imports(relative: str, tree: ast.Module) -> set[str]:
    """Every casebridge module this one imports (absolute names)."""
    package = _module_name(relative) if relative.endswith("__init__.py") else _module_name(relative).rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "casebridge")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            else:
                module = node.module or ""
            if module.split(".")[0] != "casebridge":
                continue
            found.add(module)
            for alias in node.names:  # `from casebridge.cli import admin` imports the module casebridge.cli.admin
                candidate = ROOT.joinpath(*module.split(".")[1:], alias.name)
                if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
                    found.add(f"{module}.{alias.name}")
    return found


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return {_module_name(rel): _imports(rel, tree) for rel, tree in _modules().items()}


def test_every_part_of_the_tree_has_a_layer(graph: dict[str, set[str]]) -> None:
    assert sorted({_top(m) for m in graph} - set(LAYERS)) == [], "place the new module in LAYERS (and the docs)"


def test_nothing_imports_upwards(graph: dict[str, set[str]]) -> None:
    upward = sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        for target in targets
        if LAYERS[_top(target)] > LAYERS[_top(module)]
    )
    assert upward == []


def test_the_top_level_parts_import_each_other_without_cycles(graph: dict[str, set[str]]) -> None:
    """Between the parts of the tree (packages and top-level modules) the imports form no cycle."""
    edges: dict[str, set[str]] = {}
    for module, targets in graph.items():
        for target in targets:
            if _top(target) != _top(module) and _top(target) != "__init__":
                edges.setdefault(_top(module), set()).add(_top(target))
    cycles: list[str] = []

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(edges.get(node, ())):
            if nxt in path:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif len(path) < len(LAYERS):
                visit(nxt, [*path, nxt])

    for start in sorted(edges):
        visit(start, [start])
    assert cycles == []


def test_the_command_line_modules_do_not_reach_into_each_other(graph: dict[str, set[str]]) -> None:
    """Each command group imports only what all share (cli.common); only cli.main knows the groups."""
    crossing = sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        if module.startswith("casebridge.cli.") and module not in ("casebridge.cli.main", "casebridge.cli.common")
        for target in targets
        if target.startswith("casebridge.cli") and target != "casebridge.cli.common"
    )
    assert crossing == []


def test_services_are_built_only_in_app_py() -> None:
    made: list[str] = []
    for relative, tree in _modules().items():
        if relative == "app.py" or relative.startswith("hub/"):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in BUILT_ONLY_IN_APP and BUILT_ONLY_IN_APP[name] != relative:
                made.append(f"{relative}:{node.lineno} {name}")
    assert made == []


def test_no_module_level_state_for_the_helper_process() -> None:
    """The helper process pool is an object owned by Services, not a global (nothing says `global _pool`)."""
    globals_used = [
        f"{relative}:{node.lineno}"
        for relative, tree in _modules().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Global)
    ]
    assert globals_used == []


def test_services_own_the_helper_process_and_close_it(tmp_path: Path) -> None:
    """The helper process starts for work, belongs to the services, and ends when they are closed."""
    from casebridge.redaction.suggest import PARALLEL_PAGES

    services = build_services(open_workspace(tmp_path / "ws"))
    assert services.redaction.helpers is services.helpers
    assert not services.helpers.started  # nothing is started just by opening
    assert services.helpers.submit(pow, 2, PARALLEL_PAGES).result(timeout=60) == 2**PARALLEL_PAGES
    assert services.helpers.started
    process = next(iter(services.helpers._pool._processes.values()))  # type: ignore[union-attr]
    services.close()
    assert not services.helpers.started
    process.join(timeout=30)
    assert not process.is_alive()
