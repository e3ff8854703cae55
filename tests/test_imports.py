"""The data walks one way (file -> loaders -> records -> graph -> queries -> web), with the language below all of
them: no module of the project imports, at its top or inside a function, a module that leads back to it."""

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("language", "loaders", "graph", "ontology", "webui", "queries")
# What each layer may import from the project: every other import between packages is a step backwards.
ALLOWED = {
    "language": set(),
    "loaders": {"language"},
    "ontology": set(),
    "queries": set(),
    "graph": {"language", "loaders", "ontology", "queries"},
    "webui": {"language", "loaders", "graph", "ontology", "queries"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    found = {module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}
    found["vanban"] = ROOT / "vanban.py"
    return found


def imports_of(path: Path, name: str, modules: dict[str, Path]) -> set[str]:
    """The project modules `path` imports: `from a import b` is module a.b when that is a module, else a."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:
                    out.add(f"{base}.{alias.name}")
                elif base in modules:
                    out.add(base)
    return out - {name}


def import_graph() -> nx.DiGraph:
    modules = project_modules()
    g = nx.DiGraph()
    g.add_nodes_from(modules)
    for name, path in modules.items():
        g.add_edges_from((name, target) for target in imports_of(path, name, modules))
    return g


def test_the_graph_sees_the_imports_it_must():
    g = import_graph()
    assert len(g) > 40
    for edge in [("loaders.extract", "loaders.assignments"), ("language.restore", "language.text"),
                 ("graph.pages", "language.restore"), ("loaders.context", "language.gazetteer"), ("vanban", "webui")]:
        assert g.has_edge(*edge), edge


def test_no_module_imports_its_way_back_to_itself():
    cycles = sorted(" -> ".join([*c, c[0]]) for c in nx.simple_cycles(import_graph()))
    assert not cycles, "import circles:\n" + "\n".join(cycles[:20])


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below_it(package):
    g = import_graph()
    wrong = sorted(f"{a} -> {b}" for a, b in g.edges if a.split(".")[0] == package
                   and b.split(".")[0] != package and b.split(".")[0] not in ALLOWED[package])
    assert not wrong, wrong
