import os
import shutil
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


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    assert SEEDS, "the bundled corpus is missing"
    return SEEDS
