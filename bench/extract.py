"""Extraction throughput over the bundled seeds repeated to N documents (default 2,000): on one core, and with
`--jobs` on several at once (the all-core figure for a folder).

    python bench/extract.py                          # this tree, one core
    python bench/extract.py --baseline 2cf6448       # and a baseline commit, alternated in the same run
    python bench/extract.py --jobs 0                 # also every core at once (0: as many as the machine has)

Each figure is the best of `--rounds` runs, this tree and the baseline taking turns, so that a machine that is
busy for a while slows both. Ends with: docs_per_s=... [baseline_docs_per_s=... ratio=...] [all_core_docs_per_s=...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"


def measure(root: str, docs: int) -> tuple[float, int, float]:
    """(seconds, documents, MB) extracting the seeds over and over with the readers of the tree at `root`."""
    sys.path.insert(0, root)
    from loaders import extract_text

    try:
        from language.vocab import model
    except ImportError:  # a baseline from before the language package
        from loaders.vocab import model
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    model()  # the vocabulary is built once per process, not per document
    for text in texts:
        extract_text(text)
    n = total_bytes = done = 0
    t0 = time.perf_counter()
    while done < docs:
        text = texts[n % len(texts)]
        done += len(extract_text(text))
        total_bytes += len(text.encode("utf-8"))
        n += 1
    return time.perf_counter() - t0, done, total_bytes / 1e6


def one_run(root: Path, docs: int) -> float:
    """Docs per second of one fresh process (the readers' caches start empty, as in `vanban ingest`)."""
    out = subprocess.run([sys.executable, __file__, "--worker", str(root), "--docs", str(docs)],
                         capture_output=True, text=True, check=True, timeout=3600).stdout
    return float(out.split("docs_per_s=")[1].split()[0])


def all_cores(jobs: int, docs: int) -> float:
    """Documents per second with `jobs` processes extracting at once."""
    with ProcessPoolExecutor(jobs) as pool:
        t0 = time.perf_counter()
        results = list(pool.map(measure, [str(ROOT)] * jobs, [docs] * jobs))
        wall = time.perf_counter() - t0
    return sum(done for _, done, _ in results) / wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--baseline", metavar="REV", help="a commit to measure in the same run (a temporary worktree)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, help="also measure this many processes at once (0: every core)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        dt, done, mb = measure(a.worker, a.docs)
        print(f"documents={done} seconds={dt:.2f} docs_per_s={done / dt:.1f} mb_per_s={mb / dt:.3f}")
        return
    worktree = None
    try:
        if a.baseline:
            worktree = Path(tempfile.mkdtemp(prefix="vanban-baseline-"))
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), a.baseline],
                           check=True, capture_output=True)
        here, base = [], []
        for k in range(a.rounds):
            here.append(one_run(ROOT, a.docs))
            if worktree:
                base.append(one_run(worktree, a.docs))
            print(f"round {k + 1}: this tree {here[-1]:.1f} docs/s" +
                  (f", {a.baseline} {base[-1]:.1f} docs/s" if base else ""), flush=True)
        line = f"docs_per_s={max(here):.1f}"
        if base:
            line += f" baseline_docs_per_s={max(base):.1f} ratio={max(here) / max(base):.2f}"
        if a.jobs is not None:
            jobs = a.jobs or os.cpu_count() or 1
            line += f" all_core_docs_per_s={all_cores(jobs, a.docs):.1f} jobs={jobs}"
        print(line)
    finally:
        if worktree:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], capture_output=True)
            shutil.rmtree(worktree, ignore_errors=True)


if __name__ == "__main__":
    main()
