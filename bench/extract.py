"""Extraction throughput over the bundled seeds repeated to N documents (default 2,000), on one core.

Ends with: docs_per_s=... mb_per_s=...
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from language.vocab import model  # noqa: E402
from loaders import extract_text  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=2000)
    a = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("corpus/seeds").glob("*.txt"))]
    model()  # the vocabulary is built once per process, not per document
    extract_text(texts[0])
    n = total_bytes = docs = 0
    t0 = time.perf_counter()
    while docs < a.docs:
        text = texts[n % len(texts)]
        docs += len(extract_text(text))
        total_bytes += len(text.encode("utf-8"))
        n += 1
    dt = time.perf_counter() - t0
    print(f"files={n} documents={docs} seconds={dt:.2f} files_per_s={n / dt:.1f}")
    print(f"docs_per_s={docs / dt:.1f} mb_per_s={total_bytes / dt / 1e6:.3f}")


if __name__ == "__main__":
    main()
