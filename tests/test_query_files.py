"""Every file in queries/ is valid Neo4j Cypher, by Neo4j's own parser, and has its header."""

import subprocess
from pathlib import Path

import pytest

from graph.queries import named_queries
from tests.conftest import IN_CI, ROOT, require_tool

LINT = ROOT / "tools" / "cypher-lint"
FILES = sorted((ROOT / "queries").glob("*.cypher"))


def _lint(paths: list[Path]) -> subprocess.CompletedProcess:
    require_tool("node")
    if not (LINT / "node_modules").exists():
        msg = "tools/cypher-lint is not installed (make setup runs npm ci there)"
        pytest.fail(msg) if IN_CI else pytest.skip(msg)
    return subprocess.run(["node", str(LINT / "lint.mjs"), *map(str, paths)], capture_output=True, text=True)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_parses_as_neo4j_cypher(path):
    r = _lint([path])
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_parser_does_reject_bad_cypher(tmp_path):
    bad = tmp_path / "bad.cypher"
    bad.write_text("MATCH (n RETURN n")
    r = _lint([bad])
    assert r.returncode == 1 and "bad.cypher:1" in r.stdout


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_header(name):
    q = named_queries()[name]
    assert q.title and q.description and q.title != name
