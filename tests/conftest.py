import os
import shutil
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "gold"
IN_CI = os.environ.get("CI") == "true"


def require_tool(name: str) -> None:
    """Skip when a tool is missing locally; in CI a missing tool fails the run."""
    if shutil.which(name) is None:
        if IN_CI:
            pytest.fail(f"{name} is required in CI (make setup installs it)")
        pytest.skip(f"{name} not installed")


def free_port() -> int:
    """A free loopback port. Below 32768: FalkorDB reads BOLT_PORT as a signed 16-bit number (measured)."""
    for port in range(17687 + os.getpid() % 5000, 32767):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError("no free port below 32768")


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    assert SEEDS, "the bundled corpus is missing"
    return SEEDS


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory):
    """The embedded store with the bundled corpus ingested."""
    from graph.ingest import ingest
    from graph.store import EmbeddedStore

    s = EmbeddedStore(tmp_path_factory.mktemp("graph"))
    summary = ingest(s, [str(ROOT / "corpus" / "seeds")], progress=False)
    assert summary.failures == [] and summary.files == 5
    yield s
    s.close()
