"""No value is ever pasted into query text. Query text may be built only from fixed tables in the code
(relationship types, index names) or, in the console, from the console's own input; those places are
listed here, and every other f-string, format or concatenation that makes Cypher fails this test."""

import ast

import pytest

from tests.conftest import ROOT

CYPHER = ("MATCH", "MERGE", "CREATE", "RETURN", "UNWIND", "DELETE", "SET ", "WHERE", "CALL")
# (module, function or "<module>"): why query text is built there
ALLOWED = {
    ("graph/ingest.py", "<module>"): "edge writes generated from the fixed EDGES table",
    ("graph/store.py", "_index_text"): "index DDL from the fixed _INDEXABLE whitelist",
    ("graph/readonly.py", "bounded"): "the console's own query, its rows bounded by a parameter",
}
SOURCES = [p for d in ("graph", "loaders", "webui", "ontology", "queries") for p in (ROOT / d).rglob("*.py")]
SOURCES += [ROOT / "vanban.py"]


def _built_strings(tree: ast.AST):
    """(function, node) for every f-string, str.format, % or + whose literal parts look like Cypher."""
    for func in [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))]:
        name = getattr(func, "name", "<module>")
        body = func.body if isinstance(func, ast.Module) else [func]
        for stmt in body:
            if name == "<module>" and isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            for node in ast.walk(stmt):
                literal = None
                if isinstance(node, ast.JoinedStr):
                    literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
                        and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
                    literal = node.func.value.value
                elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
                    parts = [p for p in (node.left, node.right) if isinstance(p, ast.Constant) and isinstance(p.value, str)]
                    other = [p for p in (node.left, node.right) if not (isinstance(p, ast.Constant))]
                    if parts and other:
                        literal = "".join(p.value for p in parts)
                if literal and any(k in literal for k in CYPHER):
                    yield name, node


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_value_is_pasted_into_cypher(path):
    rel = str(path.relative_to(ROOT))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [f"{rel}:{node.lineno} in {func}" for func, node in _built_strings(tree) if (rel, func) not in ALLOWED]
    assert not bad, "query text built from values: " + ", ".join(bad)


def test_the_scan_finds_a_pasted_value():
    tree = ast.parse('def f(x):\n    return store.read(f"MATCH (d {{key: \'{x}\'}}) RETURN d")\n')
    assert [func for func, _ in _built_strings(tree)] == ["f"]


@pytest.mark.parametrize("rel,func", sorted(ALLOWED))
def test_each_allowed_place_is_real(rel, func):
    tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
    assert func in {f for f, _ in _built_strings(tree)}, f"{rel}:{func} builds no query text any more"
