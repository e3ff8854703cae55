"""kill -9, for real: of `vanban ingest` in the middle of a batch, and of the database process itself.
Afterwards the store opens, every file is in the graph whole or not at all, and a re-run ends with the
same counts as an uninterrupted run."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.ingest import EDGES, batch_params
from loaders import extract_file
from tests.conftest import ROOT, SEEDS

N_FILES = 60


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    """60 distinct documents: the seeds with their numbers changed."""
    folder = tmp_path_factory.mktemp("inbox")
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(N_FILES):
        text = texts[i % len(texts)]
        text = re.sub(r"(S[ố6b][ ]?:\s*)(\d+)", lambda m, i=i: f"{m.group(1)}{1000 + i}", text, count=1)
        (folder / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _vanban(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "vanban", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _read(db, query):
    p = subprocess.run([sys.executable, "-m", "vanban", "cypher", query, "--json", "--db", str(db)], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)["rows"]


def _counts(db):
    nodes = _read(db, "MATCH (n) WHERE n:Document OR n:Body RETURN count(n) AS n")[0]["n"]
    edges = _read(db, "MATCH (a)-[r]->() WHERE a:Document OR a:Body RETURN count(r) AS n")[0]["n"]
    loaded = _read(db, "MATCH (d:Document) WHERE d.status = 'loaded' RETURN count(d) AS n")[0]["n"]
    return {"nodes": nodes, "edges": edges, "loaded": loaded}


def _whole_or_absent(db, inbox):
    """Each file's edges in the graph are exactly what the file says, or there are none."""
    rows = _read(db, "MATCH ()-[r]->() WHERE r.source IS NOT NULL RETURN r.source AS src, count(r) AS n")
    present = {r["src"]: r["n"] for r in rows}
    whole = 0
    for f in sorted(inbox.iterdir()):
        params = batch_params([extract_file(f)])
        expected = sum(len(params[e[0]]) for e in EDGES)
        got = present.get(str(f), 0)
        assert got in (0, expected), f"{f.name}: {got} of {expected} edges"
        whole += got == expected
    return whole


def _stop_server(db):
    pid = db / "falkordb.pid"
    if pid.exists():
        try:
            os.kill(int(pid.read_text()), signal.SIGKILL)
        except (OSError, ValueError):
            pass


@pytest.fixture(scope="module")
def uninterrupted(inbox, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean")
    p = _vanban("ingest", str(inbox), "--db", str(db), "--batch", "4", "--quiet")
    assert p.wait(timeout=600) == 0, p.stderr.read()
    counts = _counts(db)
    assert counts["loaded"] >= N_FILES
    return counts


def _wait_for_progress(proc, files: int, timeout: float = 300) -> None:
    """Read the progress bar until `files` files have been read."""
    deadline = time.monotonic() + timeout
    buf = ""
    while time.monotonic() < deadline:
        ch = proc.stderr.read(1)
        if not ch:
            break
        buf += ch
        m = re.findall(r"\] (\d+)/\d+", buf[-200:])
        if m and int(m[-1]) >= files:
            return
    raise AssertionError(f"no progress: {buf[-300:]}")


def test_kill_ingest_then_rerun(inbox, uninterrupted, tmp_path):
    db = tmp_path / "db"
    proc = _vanban("ingest", str(inbox), "--db", str(db), "--batch", "4")
    _wait_for_progress(proc, 25)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    try:
        _rerun_ends_as_uninterrupted(db, inbox, uninterrupted, "kill -9 of ingest")
    finally:
        _stop_server(db)


def _rerun_ends_as_uninterrupted(db, inbox, uninterrupted, what):
    whole = _whole_or_absent(db, inbox)
    assert 0 < whole < N_FILES, whole
    before = _counts(db)
    rerun = _vanban("ingest", str(inbox), "--db", str(db), "--batch", "4", "--quiet")
    assert rerun.wait(timeout=600) == 0, rerun.stderr.read()
    after = _counts(db)
    print(f"{what}: {whole} files whole before the re-run, counts {before} -> {after}")
    assert after == uninterrupted


def test_kill_the_database_then_rerun(inbox, uninterrupted, tmp_path):
    db = tmp_path / "db"
    proc = _vanban("ingest", str(inbox), "--db", str(db), "--batch", "4")
    _wait_for_progress(proc, 25)
    os.kill(int((db / "falkordb.pid").read_text()), signal.SIGKILL)
    code = proc.wait(timeout=300)
    said = proc.stderr.read()
    assert "Traceback" not in said
    if code == 0:  # the loss came between two writes: the ingest restarted the database and went on
        try:
            assert "restarting it from its log" in said, said
            assert _counts(db) == uninterrupted
        finally:
            _stop_server(db)
        return
    try:
        check = subprocess.run([sys.executable, "-m", "vanban", "cypher", "MATCH (n) RETURN count(n) AS n", "--db",
                                str(db)], cwd=ROOT, capture_output=True, text=True, timeout=300)
        # the ingest restarted the database it lost (and said so), or the next command replaces the dead one
        assert check.returncode == 0, check.stderr
        assert "restarting it from its log" in said or "stale database process" in check.stderr, (said, check.stderr)
        _rerun_ends_as_uninterrupted(db, inbox, uninterrupted, "kill -9 of the database")
    finally:
        _stop_server(db)


def _readers_of(pid: int) -> set[int]:
    """The reading processes a `vanban ingest` started: its children running multiprocessing code."""
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        for child in (task / "children").read_text().split():
            try:
                if "multiprocessing" in Path(f"/proc/{child}/cmdline").read_bytes().decode(errors="replace"):
                    found.add(int(child))
            except OSError:
                continue
    return found


def test_a_killed_ingest_leaves_no_reader_behind(inbox, tmp_path):
    db = tmp_path / "db"
    proc = _vanban("ingest", str(inbox), "--db", str(db), "--batch", "4", "--jobs", "2")
    try:
        _wait_for_progress(proc, 10)
        readers = _readers_of(proc.pid)
        assert readers, "the ingest reads with processes of its own"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and any(Path(f"/proc/{r}").exists() for r in readers):
            time.sleep(0.2)
        alive = [r for r in readers if Path(f"/proc/{r}").exists()
                 and "(Z)" not in Path(f"/proc/{r}/stat").read_text()[:64]]
        assert not alive, f"readers left running after kill -9 of their ingest: {alive}"
    finally:
        _stop_server(db)
