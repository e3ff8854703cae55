"""The README's commands run on the bundled corpus as a newcomer types them (issue 22): each exits 0, no
document or body it names is missing, and each query answers with rows or says why it has none."""

import re
import shlex
import subprocess
import sys

import pytest

from tests.conftest import ROOT

VANBAN = str(ROOT / ".venv" / "bin" / "vanban") if (ROOT / ".venv" / "bin" / "vanban").exists() else None
GRAPH_COMMANDS = ("ingest", "query", "cypher", "export")


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith(".venv/bin/vanban ") and " serve" not in line]


def test_the_readme_has_commands_to_run():
    assert len(readme_commands()) >= 12


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    db = tmp_path_factory.mktemp("readme") / "db"
    run = _vanban(["ingest", str(ROOT / "corpus"), "--db", str(db), "--quiet"])
    assert run.returncode == 0, run.stderr
    return db


def _vanban(args: list[str]) -> subprocess.CompletedProcess:
    cmd = [VANBAN] if VANBAN else [sys.executable, str(ROOT / "vanban.py")]
    return subprocess.run(cmd + args, capture_output=True, text=True, cwd=ROOT, timeout=600)


@pytest.mark.parametrize("command", readme_commands())
def test_each_readme_command_runs_on_the_bundled_corpus(graph, command):
    args = shlex.split(command)[1:]
    if args[0] in GRAPH_COMMANDS:
        args += ["--db", str(graph)]
    run = _vanban(args)
    assert run.returncode == 0, run.stderr[-600:]
    assert run.stdout.strip(), run.stderr[-600:]
    assert "không có văn bản nào khớp" not in run.stderr and "không có cơ quan nào khớp" not in run.stderr
    if args[0] == "query" and "--json" not in args:
        rows = int(re.search(r"\((\d+) dòng\)", run.stdout).group(1))
        assert rows > 0 or "ghi chú:" in run.stderr, f"{command}: no rows and no word of why"
