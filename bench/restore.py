"""Diacritic restoration speed: a 20-page plan (~60 kB of OCR'd text, the bundled scanned seeds end to end).

Times the model's load, the first restoration in a fresh process (cold caches: what `vanban restore`
pays), a second one (warm), and the whole `vanban restore FILE` command.

Ends with: words_per_s=... (warm) and cold_s=... (load + first restoration)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from language import restore  # noqa: E402
from language.text import looks_ocr  # noqa: E402


def plan(size: int) -> str:
    """OCR'd seed text, end to end, cut at a line near `size` bytes."""
    scans = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "seeds").glob("*.txt"))]
    scans = [t for t in scans if looks_ocr(t)]
    text = ""
    while len(text.encode("utf-8")) < size:
        text += "\n\n".join(scans) + "\n\n"
    return text[:text.rfind("\n", 0, size)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kb", type=int, default=60, help="size of the plan (default 60 kB, about 20 pages)")
    a = ap.parse_args()
    text = plan(a.kb * 1000)
    words = len(text.split())
    t0 = time.perf_counter()
    restore.model()
    load = time.perf_counter() - t0
    t1 = time.perf_counter()
    restore.restore_text(text)
    first = time.perf_counter() - t1
    restore._candidates.cache_clear()  # every cache the restorer keeps: the second run must do the work again
    restore.model()._cache.clear()
    restore._PHRASES.clear()
    restore.restore_text.cache_clear()
    t2 = time.perf_counter()
    restore.restore_text(text)
    again = time.perf_counter() - t2
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
    t3 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "vanban", "restore", f.name], cwd=ROOT, check=True, capture_output=True)
    command = time.perf_counter() - t3
    Path(f.name).unlink()
    size = restore.MODEL_PATH.stat().st_size
    print(f"plan: {len(text.encode('utf-8')) / 1000:.0f} kB, {words} words; model {size / 1e6:.1f} MB, "
          f"load {load:.2f} s")
    print(f"first restoration {first:.2f} s, again with caches cleared {again:.2f} s, "
          f"`vanban restore` command {command:.2f} s")
    print(f"words_per_s={words / again:.0f} cold_s={load + first:.2f}")


if __name__ == "__main__":
    main()
