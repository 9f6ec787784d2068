"""core/'s parts import downwards only, so no two of them import each other.

Every import counts, also the ones deferred into a function body."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

# Lowest first: a module may import its own layer and the layers before it.
LAYERS = [
    {"core", "core.fmt", "core.months", "core.atomic"},  # helpers used everywhere
    {"core.reference"},
    {"core.inputs"},
    {"core.result"},
    {"core.model"},
    {"core.advice"},
    {"core.report"},
    {"core.case_file", "core.cli"},  # front doors: JSON or workbook, command line
]


def layer(module: str) -> int:
    parts = module.split(".")
    for n in (min(len(parts), 2), 1):
        name = ".".join(parts[:n])
        for i, members in enumerate(LAYERS):
            if name in members:
                return i
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def core_imports(path: str) -> set[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return {name for name in found if name.split(".")[0] == "core"}


def test_core_imports_go_down_the_layers_only() -> None:
    wrong = []
    for file in sorted((ROOT / "core").rglob("*.py")):
        rel = file.relative_to(ROOT)
        module = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
        for target in core_imports(str(rel)):
            if layer(target) > layer(module):
                wrong.append(f"{module} imports {target}")
    assert not wrong, wrong


def test_every_core_module_has_a_layer() -> None:
    for file in (ROOT / "core").rglob("*.py"):
        layer(".".join(file.relative_to(ROOT).with_suffix("").parts))
