"""Ingest a synthetic corpus of N records through the same code path as `vanban ingest`, then time the
users' questions on the embedded store.

Ends with: ingest_edges_per_s=... implementers_p95_ms=... cited_by_p95_ms=... legal_basis_p95_ms=... uncovered_ms=...
and, for time (issue 13), stale_basis_p95_ms=... overdue_mandates_p95_ms=... in_force_p95_ms=... (each on a random
date between 2021 and 2026; in_force of a random issuer, given by name as a person would).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this script is named like the `graph` package: take its folder off the path, put the project on it (or, as a
# worker for --baseline, the baseline's checkout: its graph and readers, this tree's synthetic corpus)
_ROOT = sys.argv[sys.argv.index("--worker") + 1] if "--worker" in sys.argv else str(HERE.parent)
sys.path = [_ROOT, str(HERE.parent)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import importlib.util  # noqa: E402


def _this_trees(name: str):  # noqa: ANN202
    """A module of this tree's bench/, whichever checkout's packages come first on the path."""
    spec = importlib.util.spec_from_file_location(f"vanban_bench_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_helpers = _this_trees("__init__")
figures, side_by_side, worktree = _helpers.figures, _helpers.side_by_side, _helpers.worktree
records = _this_trees("synth").records
from graph.ingest import ensure_schema, write_stream  # noqa: E402
from graph.queries import MAX_LIMIT, run_named  # noqa: E402
from graph.store import EmbeddedStore  # noqa: E402


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[18] if len(xs) >= 20 else max(xs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--batch", type=int, default=2_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--db", help="folder for the store (default: a temporary one)")
    ap.add_argument("--baseline", metavar="REV", help="also measure this commit, in turns with this tree")
    ap.add_argument("--rounds", type=int, default=1, help="with --baseline: runs of each, the best kept")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.baseline:
        compare(a)
        return
    db = a.db or tempfile.mkdtemp(prefix="vanban-bench-")
    store = EmbeddedStore(db)
    ensure_schema(store)
    totals = {"docs": 0, "batches": 0}
    edges_in_graph = "MATCH ()-[r]->() RETURN count(r) AS n"
    edges_before = store.read(edges_in_graph)[0]["n"]  # the gazetteer's PART_OF edges
    # the corpus is made before the clock starts: what is timed is the ingest, not the generator
    t = time.perf_counter()
    corpus = list(records(a.docs))
    numbers = [rec.documents[0].number for rec in corpus]
    print(f"generated {len(corpus)} records in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    t0 = time.perf_counter()

    def done(params: dict) -> None:
        totals["docs"] += len(params["documents"])
        print(f"\r{totals['docs']} documents, {time.perf_counter() - t0:.0f} s", end="", file=sys.stderr)

    write_stream(store, (corpus[i:i + a.batch] for i in range(0, len(corpus), a.batch)), done)
    ingest_s = time.perf_counter() - t0
    docs, edges = totals["docs"], store.read(edges_in_graph)[0]["n"] - edges_before
    print(file=sys.stderr)
    rng = random.Random(1)
    national = [r["n"] for r in store.read("MATCH (d:Document) WHERE d.status = 'cited' RETURN d.number AS n")]
    times: dict[str, list[float]] = {"implementers": [], "cited_by": [], "legal_basis": []}
    for _ in range(a.queries):
        for name, pool in (("implementers", numbers), ("cited_by", national), ("legal_basis", numbers)):
            doc = rng.choice(pool)
            t = time.perf_counter()
            run_named(store, name, {"document": doc})
            times[name].append((time.perf_counter() - t) * 1000)
    issuers = sorted({rec.documents[0].issuer for rec in corpus})
    for name in ("stale_basis", "overdue_mandates", "in_force"):
        times[name] = []
    for _ in range(a.queries):
        as_of = f"{rng.randint(2021, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for name, params in (("stale_basis", {"as_of": as_of}), ("overdue_mandates", {"as_of": as_of}),
                             ("in_force", {"issuer": rng.choice(issuers), "as_of": as_of})):
            t = time.perf_counter()
            run_named(store, name, params)
            times[name].append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    # the largest page a user can ask for, not the default one: the query stops once it has its rows
    uncovered = run_named(store, "uncovered_mandates", {"limit": MAX_LIMIT})
    uncovered_ms = (time.perf_counter() - t) * 1000
    store.close()
    print(f"documents={docs} edges={edges} ingest_s={ingest_s:.1f} uncovered_rows={len(uncovered['rows'])}")
    print(f"ingest_edges_per_s={edges / ingest_s:.0f} implementers_p95_ms={p95(times['implementers']):.1f} "
          f"cited_by_p95_ms={p95(times['cited_by']):.1f} legal_basis_p95_ms={p95(times['legal_basis']):.1f} "
          f"uncovered_ms={uncovered_ms:.0f}")
    print(" ".join(f"{name}_p95_ms={p95(times[name]):.1f}" for name in ("stale_basis", "overdue_mandates", "in_force")))


def compare(a: argparse.Namespace) -> None:
    """This tree and the baseline, in turns, each in a fresh process on a fresh store; the best of each figure
    (the highest rate, the lowest time)."""
    args = ["--docs", str(a.docs), "--batch", str(a.batch), "--queries", str(a.queries)]
    best: dict[str, dict[str, float]] = {"here": {}, "base": {}}
    with worktree(a.baseline) as base:
        for k in range(a.rounds):
            for which, root in (("here", HERE.parent), ("base", base)):
                run = subprocess.run([sys.executable, __file__, "--worker", str(root), *args], capture_output=True,
                                     text=True, timeout=7200)
                if run.returncode and which == "base":
                    # a baseline whose records this tree's synthetic corpus does not fit: its own bench, on its
                    # own corpus, as the figures of the day were taken
                    print(f"{a.baseline}: measured with its own bench/graph.py ({run.stderr.strip().splitlines()[-1]})",
                          file=sys.stderr)
                    run = subprocess.run([sys.executable, str(root / "bench" / "graph.py"), *args], capture_output=True,
                                         text=True, timeout=7200, cwd=root)
                if run.returncode:
                    raise SystemExit(f"{which}: bench failed\n{run.stderr[-2000:]}")
                out = run.stdout
                for key, value in figures(out).items():
                    old = best[which].get(key)
                    if old is not None:
                        value = max(value, old) if key.endswith("_per_s") else min(value, old)
                    best[which][key] = value
            print(f"round {k + 1} done", file=sys.stderr, flush=True)
    print(side_by_side(best["here"], best["base"], a.baseline))


if __name__ == "__main__":
    main()
