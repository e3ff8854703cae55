#!/usr/bin/env python3
"""Build the syllable n-gram model `vanban restore` ships (language/data/restore.model).

Sources, all accented Vietnamese:
  general text (Debian packages, fetched with `apt-get download`, no installation):
    libreoffice-help-vi  LibreOffice's help pages, ~0.9 M words of prose
    libreoffice-l10n-vi  LibreOffice's interface messages (.mo catalogs)
    manpages-vi, maint-guide-vi  manual pages and the Debian maintainers' guide
    hunspell-vi          the spelling dictionary: every syllable the language writes
  the genre (this repository), counted `--genre-weight` times:
    language.tables.VOCABULARY and the gazetteer's units, each with its kind word
    the accented documents of corpus/seeds and of corpus/real whose number is even:
    the odd ones are left out so that the restore score can be read on documents the
    model never saw (`--real all` takes them all).

Usage: .venv/bin/python scripts/build_restore_model.py [--cache DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import glob
import gzip
import html
import re
import subprocess
import sys
import tempfile
from collections import Counter
from gettext import GNUTranslations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from language import restore  # noqa: E402
from language.text import looks_ocr  # noqa: E402

PACKAGES = ["libreoffice-help-vi", "libreoffice-l10n-vi", "manpages-vi", "maint-guide-vi", "hunspell-vi"]
_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_ROFF = re.compile(r"^\.[A-Za-z]+\s?|\\f[BIRP]|\\[-&(e]|\\\*\(..", re.M)


def fetch(cache: Path) -> Path:
    """Download and unpack the Debian packages into `cache` (once)."""
    out = cache / "x"
    for name in PACKAGES:
        if (out / name).is_dir():
            continue
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(["apt-get", "download", name], cwd=cache, check=True, capture_output=True)
        deb = sorted(cache.glob(f"{name}_*.deb"))[-1]
        (out / name).mkdir(parents=True, exist_ok=True)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(out / name)], check=True)
    return out


def general_texts(x: Path):
    for f in sorted(glob.glob(str(x / "libreoffice-help-vi/**/*.html"), recursive=True)):
        text = Path(f).read_text(encoding="utf-8", errors="ignore")
        yield html.unescape(_TAG.sub(" | ", text))
    for f in sorted(glob.glob(str(x / "maint-guide-vi/**/*.html"), recursive=True)):
        yield html.unescape(_TAG.sub(" | ", Path(f).read_text(encoding="utf-8", errors="ignore")))
    for f in sorted(glob.glob(str(x / "manpages-vi/**/*.gz"), recursive=True)):
        yield _ROFF.sub("", gzip.open(f, "rt", encoding="utf-8", errors="ignore").read())
    for f in sorted(glob.glob(str(x / "libreoffice-l10n-vi/**/*.mo"), recursive=True)):
        with open(f, "rb") as fh:
            catalog = GNUTranslations(fh)._catalog  # the translated messages themselves
        yield "\n".join(v for v in catalog.values() if isinstance(v, str))
    for f in glob.glob(str(x / "hunspell-vi/**/vi_VN.dic"), recursive=True):
        words = [line.split("/")[0] for line in Path(f).read_text(encoding="utf-8").splitlines()[1:]]
        yield "\n".join(words)


def genre_texts(real: str):
    from language.gazetteer import units
    from language.tables import VOCABULARY

    yield VOCABULARY.replace(";", "\n")
    # each unit with its kind word ("thị xã Cửa Lò", "tỉnh Gia Lai"): the words before a name tell it
    yield "\n".join(sorted({f"{u.kind} {u.name}" for u in units()}))
    files = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    for f in sorted((ROOT / "corpus" / "real").glob("*.txt")):
        number = int(re.match(r"\d+", f.name).group()) if re.match(r"\d+", f.name) else 1
        if real == "all" or number % 2 == (real == "odd"):
            files.append(f)
    for f in files:
        text = f.read_text(encoding="utf-8")
        if not looks_ocr(text):
            yield text


def spelled(x: Path) -> set[str]:
    """Every syllable Vietnamese writes (hunspell-vi), in the genre's tone placement."""
    f = next(iter(glob.glob(str(x / "hunspell-vi/**/vi_VN.dic"), recursive=True)))
    return {restore.one_style(line.split("/")[0].lower())
            for line in Path(f).read_text(encoding="utf-8").splitlines()[1:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "vanban-restore-sources")
    ap.add_argument("--out", type=Path, default=restore.MODEL_PATH)
    ap.add_argument("--genre-weight", type=int, default=restore.GENRE_WEIGHT)
    ap.add_argument("--real", choices=["even", "odd", "all"], default="even")
    ap.add_argument("--min-trigram", type=int, default=2, help="drop rarer trigrams (counted after weighting)")
    args = ap.parse_args()
    counts: list[Counter] = [Counter(), Counter(), Counter()]
    x = fetch(args.cache)
    syllables = spelled(x)
    written = lambda w: restore.plain(w) or restore.one_style(w) in syllables  # noqa: E731  "cơng" is PDF damage
    for text in general_texts(x):  # a phrase of a translation left in English is not Vietnamese
        restore.count_into(counts, text, 1, written, accented=0.2)
    for text in genre_texts(args.real):
        restore.count_into(counts, text, args.genre_weight, written)
    size = restore.write_model(args.out, counts, min_trigram=args.min_trigram)
    print(f"{args.out}: {size / 1e6:.1f} MB, {len(counts[0])} syllables, {len(counts[1])} pairs, "
          f"{sum(1 for v in counts[2].values() if v >= args.min_trigram)} triples", file=sys.stderr)


if __name__ == "__main__":
    main()
