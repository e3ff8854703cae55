"""Benchmarks. Each can measure a baseline commit in the same run (`--baseline REV`): the commit is checked out into
a temporary git worktree, and the same script runs against it and against this tree in turns, so that a machine
busy for a while slows both and a regression shows as a ratio."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def worktree(rev: str | None) -> Iterator[Path | None]:
    """A temporary checkout of `rev` (None: no baseline), removed afterwards."""
    if not rev:
        yield None
        return
    path = Path(tempfile.mkdtemp(prefix="vanban-baseline-"))
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), rev], check=True,
                   capture_output=True)
    try:
        yield path
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(path)], capture_output=True)
        shutil.rmtree(path, ignore_errors=True)


def figures(output: str) -> dict[str, float]:
    """The key=value figures a bench prints, as numbers."""
    out = {}
    for word in output.split():
        key, _, value = word.partition("=")
        try:
            out[key] = float(value)
        except ValueError:
            continue
    return out


def side_by_side(here: dict[str, float], base: dict[str, float], rev: str) -> str:
    """Each figure of this tree beside the baseline's, with their ratio (this tree / baseline)."""
    lines = []
    for key, value in here.items():
        if key in base and base[key]:
            lines.append(f"{key}={value:g} {rev}={base[key]:g} ratio={value / base[key]:.2f}")
    return "\n".join(lines)
