"""Source text and cleaned text side by side, with the map between them.

Cleaning (whitespace, ligatures, invisible characters) may change lengths; every
span the extractor reports is mapped back to source coordinates through `Text.source_span`.
`folded` is the cleaned text without diacritics, character for character, so that
regular expressions can run OCR-tolerantly on ASCII while offsets stay shared.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from language.tables import VIET_ONLY

_LIGATURES = {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"}
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"}
_SPACES = {"\t", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\u3000", "\x0b", "\x0c"}


# Letters that look like Vietnamese ones and are not: Ð (U+00D0, Icelandic eth) typed for Đ, and Cyrillic
# capitals and small letters a font or a converter put for Latin ones ("QĐ-UВND" with a Cyrillic В). One for one,
# so offsets stay shared.
_LOOK_ALIKES = str.maketrans({
    "\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ",
    **dict(zip("АВЕКМНОРСТХУІЅ", "ABEKMHOPCTXYIS")), **dict(zip("аеорсхуіѕ", "aeopcxyis")),
})

_LOOK_ALIKE = re.compile("[" + "".join(chr(c) for c in _LOOK_ALIKES) + "]")

_CHANGES = re.compile(
    "\r\n?|[" + "".join(_INVISIBLE) + "]|[" + "".join(_LIGATURES) + "]|[ " + "".join(_SPACES) + "]{2,}|["
    + "".join(_SPACES) + "]"
)
# The same changes, found by two scans that each open with something the regular-expression engine skips to at C
# speed (_CHANGES tries every space, 40 ns a character): every kind of space but the plain one, line ends, invisible
# marks and ligatures; and two plain spaces in a row. A run of spaces that opens with one plain space before another
# kind is widened by that space; the runs the two scans find in one stretch of spaces are joined.
_SPACE_KINDS = "[ " + "".join(_SPACES) + "]"
_RARE_CHANGES = re.compile(
    "[\r" + "".join(_INVISIBLE) + "".join(_LIGATURES) + "".join(_SPACES) + "](?:(?<=\r)\n?|(?<=["
    + "".join(_SPACES) + "])" + _SPACE_KINDS + "*|)"
)
_PLAIN_SPACES = re.compile("  " + _SPACE_KINDS + "*")


def _changes(source: str) -> list[tuple[int, int]]:
    """The spans of `source` that cleaning replaces, as _CHANGES finds them."""
    rare = []
    for m in _RARE_CHANGES.finditer(source):
        start, end = m.span()
        if start and source[start - 1] == " " and source[start] in _SPACES:
            start -= 1
        rare.append((start, end))
    if "  " not in source:
        return rare
    out: list[tuple[int, int]] = []
    for start, end in sorted(rare + [m.span() for m in _PLAIN_SPACES.finditer(source)]):
        if out and start < out[-1][1]:  # two pieces of one stretch of spaces
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


class _FoldTable(dict):
    """str.translate table that learns each character's folded form on first sight."""

    def __missing__(self, code: int) -> str:
        self[code] = value = fold_char(chr(code))
        return value


_FOLD = _FoldTable()
FOLD_TABLE = _FOLD  # str.translate table: diacritics off, length and case kept


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character without its diacritics (Đ -> D); same length, case kept."""
    if ch < "\x80":
        return ch
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    base = unicodedata.normalize("NFD", ch)[0]
    return base if len(base) == 1 else ch


def fold(s: str | None) -> str:
    """Lower-case ASCII-ish form of Vietnamese text for matching."""
    if not s:
        return ""
    return unicodedata.normalize("NFC", s).translate(_FOLD).lower()


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Text:
    """A document's text: `source` as loaded, `clean` for reading, an offset map between them."""

    source: str
    clean: str = ""
    folded: str = ""
    # The offset map, kept at the places where cleaning changed the text: clean index anchors[k] stands at source
    # index sources[k], and the characters after it follow one for one until the next anchor. (A list with one
    # entry per character cost more than the rest of the reading of a short text.)
    anchors: list[int] = field(default_factory=lambda: [0])
    sources: list[int] = field(default_factory=lambda: [0])

    @classmethod
    def from_source(cls, source: str) -> Text:
        out: list[str] = []
        anchors, sources = [0], [0]
        last = at = 0
        for start, end in _changes(source):
            out.append(source[last:start])
            at += start - last
            piece = source[start:end]
            if piece[0] in "\r\n":
                rep = "\n"
            elif piece[0] in _INVISIBLE:
                rep = ""
            elif piece in _LIGATURES:
                rep = _LIGATURES[piece]
            else:
                rep = " "
            out.append(rep)
            for k in range(len(rep)):  # each character put in stands where the piece it replaces starts
                anchors.append(at + k)
                sources.append(start)
            at += len(rep)
            anchors.append(at)
            sources.append(end)
            last = end
        out.append(source[last:])
        clean = "".join(out)
        if _LOOK_ALIKE.search(clean):  # rare: a scan costs less than translating every text
            clean = clean.translate(_LOOK_ALIKES)
        folded = clean.translate(_FOLD)
        return cls(source=source, clean=clean, folded=folded, anchors=anchors, sources=sources)

    def source_index(self, i: int) -> int:
        """The source index of clean[i]."""
        k = bisect_right(self.anchors, i) - 1
        return self.sources[k] + i - self.anchors[k]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the clean text to the source text."""
        n = len(self.clean)
        if not n:
            return (0, 0)
        s = self.source_index(min(start, n - 1))
        e = self.source_index(min(end, n) - 1) + 1 if end > 0 else 0
        return (s, max(s, e))


def looks_ocr(text: str) -> bool:
    """True when the text lacks the letters real Vietnamese typing always has."""
    letters = len(_NOT_LETTERS.sub("", text))
    viet = len(_NOT_VIET.sub("", text))
    if letters < 40:
        return not viet
    return viet / letters < 0.03


_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_VIET = re.compile("[^" + re.escape("".join(sorted(VIET_ONLY))) + "]+")
