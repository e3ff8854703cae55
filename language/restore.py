"""Restore the diacritics of whole documents read by an OCR engine without Vietnamese.

Scope: running text (`vanban restore`, document pages, tasks, quotes, search). Short names
keep `vocab.restore`, which knows the gazetteer and the genre's fixed phrases.

The model is a syllable trigram model with back-off, learned from accented text and
shipped in `language/data/restore.model` (built by `scripts/build_restore_model.py`,
which names its sources). Each word of the input is looked up by its folded form; the
accented forms that fold to it are the candidates, and a beam search over the
sentence picks the likeliest sequence. Letters an English OCR engine writes for
Vietnamese ones (6 for ô, ¢ for o, ii for u ...) are folded with it, from the same
confusion table as `vocab`. Each word keeps its case and, where the OCR did not
merge or split letters, its length, so spans into the source still hold.
"""

from __future__ import annotations

import bisect
import gzip
import heapq
import math
import os
import re
import struct
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from language.tables import OCR_CONFUSIONS, OCR_LETTERS, VIET_ONLY
from language.text import fold, looks_ocr

MODEL_PATH = Path(__file__).resolve().parent / "data" / "restore.model"
_MAGIC = b"VBRESTORE1\n"
_BITS = 21  # syllable ids per key part: two million syllables at most
_BEAM = 4
_CACHE_MAX = 2_000_000  # scores kept (about 200 MB at most)
_CANDIDATES = 8
_REPAIRED = 8
GENRE_WEIGHT = 150  # how many times a document of the genre counts against a page of general text
_COMMON = 2 * GENRE_WEIGHT  # a word the genre wrote fewer than twice is rare
_RARER = 0.02  # a known word's forms in a scan: those at least this share of its commonest; repairs beside
_BACKOFF = math.log(0.4)
_UNKNOWN = math.log(1e-7)

# A token: a word (letters, with the digits and symbols an OCR engine writes for letters), a number,
# or a mark that ends a phrase.
_TOKEN = re.compile(r"(\$\d*[^\W\d_]*(?<=[^\W_])|(?:\d+[¢&]?)?[^\W\d_](?:[\w¢&€]|['‘](?=[^\W\d_]))*)|(\d+)|([.,;:!?()\[\]{}\"“”|/]+|\n\s*\n)")
NUMBER = "<n>"
START, END = "<s>", "</s>"

_DIGIT_AS_LETTER = str.maketrans(OCR_LETTERS)
_VOWELS = "aeiouy"
_JOINS = ("/", "-")
_ADDRESS = re.compile(r"[.@][^\W_]|://")  # what follows a word of an address
_EDIT = math.log(0.02)  # one OCR repair costs as much as a word fifty times rarer


def segments(text: str) -> Iterator[list[str]]:
    """Lower-case tokens of `text` between marks that end a phrase; digits as one symbol."""
    seg: list[str] = []
    for m in _TOKEN.finditer(text):
        word, digits, mark = m.groups()
        if mark:
            if seg:
                yield seg
            seg = []
        else:
            seg.append(word.lower() if word else NUMBER)
    if seg:
        yield seg


# The tone mark on the first or the second vowel at a syllable's end ("hòa", "hoà"): one spelling counts.
_TONE_PLACES = [(a + b, c + d) for a, b, c, d in (("ò", "a", "o", "à"), ("ó", "a", "o", "á"), ("ỏ", "a", "o", "ả"),
                ("õ", "a", "o", "ã"), ("ọ", "a", "o", "ạ"), ("ò", "e", "o", "è"), ("ó", "e", "o", "é"),
                ("ỏ", "e", "o", "ẻ"), ("õ", "e", "o", "ẽ"), ("ọ", "e", "o", "ẹ"), ("ù", "y", "u", "ỳ"),
                ("ú", "y", "u", "ý"), ("ủ", "y", "u", "ỷ"), ("ũ", "y", "u", "ỹ"), ("ụ", "y", "u", "ỵ"))]


def one_style(word: str) -> str:
    """Tone marks where the genre puts them ("hòa", "thủy"); "hoàn" is written one way only."""
    for first, second in _TONE_PLACES:
        if word.endswith(second):
            return word[:-2] + first
    return word


def plain(word: str) -> bool:
    """A word without diacritics (đ aside): an abbreviation, a name, a loan word."""
    return word.replace("đ", "d").isascii()


def count_into(counts: list[Counter], text: str, weight: int, written: Callable[[str], bool],
               accented: float = 0.0) -> None:
    """Add the syllables, pairs and triples of `text`'s phrases to `counts`, each `weight` times;
    a phrase is cut at a word that is not `written` Vietnamese (PDF damage, a foreign script), and left
    out when fewer than `accented` of its words bear a diacritic (English left in a translation)."""
    for segment in segments(text):
        if accented and sum(not plain(w) for w in segment) < accented * len(segment):
            continue
        run: list[str] = []
        for w in [*segment, ""]:
            if w and written(w):
                run.append(one_style(w))
                continue
            if not run:
                continue
            grams = [START, *run, END]
            for n, table in enumerate(counts, start=1):
                for i in range(len(grams) - n + 1):
                    table[tuple(grams[i:i + n])] += weight
            run = []


def _pack(ids: tuple[int, ...]) -> int:
    key = 0
    for i in ids:
        key = (key << _BITS) | i
    return key


def write_model(path: Path, counts: list[Counter], *, min_trigram: int = 2) -> int:
    """Write unigram, bigram and trigram counts; returns the file's size in bytes."""
    vocab = [START, END, NUMBER] + sorted(w for (w,) in counts[0] if w not in (START, END, NUMBER))
    index = {w: i for i, w in enumerate(vocab)}
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(_MAGIC)
        blob = "\n".join(vocab).encode("utf-8")
        out.write(struct.pack("<I", len(blob)) + blob)
        for n, table in enumerate(counts, start=1):
            rows = sorted((_pack(tuple(index[w] for w in gram)), c) for gram, c in table.items()
                          if n < 3 or c >= min_trigram)
            keys, values = array("Q", (k for k, _ in rows)), array("I", (min(c, 2**32 - 1) for _, c in rows))
            out.write(struct.pack("<I", len(rows)) + keys.tobytes() + values.tobytes())
    return path.stat().st_size


def _read_model(path: Path) -> tuple[list[str], list[dict[int, int]]]:
    with gzip.open(path, "rb") as fh:
        data = fh.read()
    if not data.startswith(_MAGIC):
        raise ValueError(f"{path}: not a restore model")
    pos = len(_MAGIC)
    (size,) = struct.unpack_from("<I", data, pos)
    pos += 4
    vocab = data[pos:pos + size].decode("utf-8").split("\n")
    pos += size
    tables: list[dict[int, int]] = []
    for _ in range(3):
        (rows,) = struct.unpack_from("<I", data, pos)
        pos += 4
        keys = array("Q", data[pos:pos + 8 * rows])
        pos += 8 * rows
        values = array("I", data[pos:pos + 4 * rows])
        pos += 4 * rows
        tables.append(dict(zip(keys, values)))
    return vocab, tables


def _unpack(key: int, n: int) -> tuple[int, ...]:
    mask = (1 << _BITS) - 1
    return tuple((key >> (_BITS * (n - 1 - j))) & mask for j in range(n))


def read_counts(path: Path) -> list[Counter]:
    """A model file's counts by words, to add to and write again."""
    vocab, tables = _read_model(path)
    return [Counter({tuple(vocab[i] for i in _unpack(k, n)): c for k, c in table.items()})
            for n, table in enumerate(tables, start=1)]


class Model:
    """Counts of syllables, pairs and triples, and the accented forms of each folded syllable."""

    def __init__(self, path: Path = MODEL_PATH, learned: Path | None = None) -> None:
        self.vocab, self.tables = _read_model(path)
        if learned is not None and learned.exists():
            self._add(*_read_model(learned))
        self.index = {w: i for i, w in enumerate(self.vocab)}
        self.total = sum(self.tables[0].values())
        forms: dict[str, list[int]] = {}
        for i, w in enumerate(self.vocab[3:], start=3):
            forms.setdefault(fold(w), []).append(i)
        uni = self.tables[0]
        self.forms = {k: sorted(v, key=lambda i: -uni.get(i, 0))[:_CANDIDATES] for k, v in forms.items()}
        self._cache: dict[int, float] = {}
        self.unknown = len(self.vocab)  # the id of every word the model does not know

    def _add(self, vocab: list[str], tables: list[dict[int, int]]) -> None:
        """Add another model's counts (what an agency's own documents taught) to these."""
        index = {w: i for i, w in enumerate(self.vocab)}
        ids = []
        for w in vocab:
            if w not in index:
                index[w] = len(self.vocab)
                self.vocab.append(w)
            ids.append(index[w])
        for n, (mine, theirs) in enumerate(zip(self.tables, tables), start=1):
            for key, c in theirs.items():
                k = _pack(tuple(ids[i] for i in _unpack(key, n)))
                mine[k] = mine.get(k, 0) + c

    def logp(self, a: int, b: int, c: int) -> float:
        """log P(c | a b), stupid back-off; `self.unknown` is a word the model has no count of."""
        key = (((a << _BITS) | b) << _BITS) | c
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        uni, bi, tri = self.tables
        if c == self.unknown:
            score = _UNKNOWN
        elif key in tri:
            score = math.log(tri[key] / bi[key >> _BITS])
        elif (pair := (b << _BITS) | c) in bi:
            score = _BACKOFF + math.log(bi[pair] / uni[b])
        else:
            score = 2 * _BACKOFF + math.log((uni.get(c, 0) + 0.5) / self.total)
        if len(self._cache) > _CACHE_MAX:  # a long ingest must not grow it without end
            self._cache.clear()
        self._cache[key] = score
        return score


LEARNED_NAME = "restore-learned.model"  # beside an embedded graph: what its accented documents taught
_learned: list[Path | None] = [None]


@lru_cache(maxsize=1)
def model() -> Model:
    return Model(MODEL_PATH, _learned[0])


def use_learned(path: Path | None) -> None:
    """Restore with the shipped model plus the counts learnt at `path` (None: the shipped model alone)."""
    if path != _learned[0]:
        _learned[0] = path
        model.cache_clear()
        _candidates.cache_clear()
        _initials.cache_clear()
        _PHRASES.clear()
        restore_text.cache_clear()
        _found.cache_clear()
        guesses.cache_clear()


@contextmanager
def learned_from(path: Path | None) -> Iterator[None]:
    """Restore with what a graph learnt while inside (its ingest, an upload's reading), then as before."""
    before = _learned[0]
    use_learned(path)
    try:
        yield
    finally:
        use_learned(before)


def learn(texts: list[str], path: Path) -> int:
    """Add the phrases of accented `texts` to the counts at `path` (written anew, atomically), so that
    scans read later restore with what the agency's own documents say; returns the words learnt."""
    texts = [t for t in texts if t and not looks_ocr(t)]
    if not texts:
        return 0
    known = model().index
    counts = read_counts(path) if path.exists() else [Counter(), Counter(), Counter()]
    for text in texts:
        count_into(counts, text, GENRE_WEIGHT, lambda w: plain(w) or w in known or one_style(w) in known)
    tmp = path.with_name(path.name + ".tmp")
    write_model(tmp, counts, min_trigram=1)
    os.replace(tmp, path)
    if _learned[0] == path:
        use_learned(None)
        use_learned(path)
    return sum(len(seg) for text in texts for seg in segments(text))


def _with_case(form: str, original: str) -> str:
    """`form` written in the case of `original`, letter by letter where the lengths agree."""
    if original.startswith("$"):  # an S the OCR read as a dollar sign: a capital
        return form[:1].upper() + form[1:]
    if original.islower():
        return form
    if original.isupper() and sum(ch.isalpha() for ch in original) > 1:  # "T6" is a capital T
        return form.upper()
    if len(form) == len(original):
        return "".join(f.upper() if o.isupper() else f for f, o in zip(form, original))
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def _repairs(key: str, forms: dict[str, list[int]], depth: int = 2) -> dict[str, int]:
    """Known folded syllables `key` may be an OCR misreading of, with the number of repairs (one or two)."""
    found: dict[str, int] = {}
    frontier = {key}
    for cost in range(1, depth + 1):
        nxt: set[str] = set()
        for k in frontier:
            for seen, meant in OCR_CONFUSIONS:
                if seen[0] == "^":  # at the word's start only
                    if k.startswith(seen[1:]):
                        nxt.add(meant + k[len(seen) - 1:])
                    continue
                start = k.find(seen)
                while start >= 0:
                    nxt.add(k[:start] + meant + k[start + len(seen):])
                    start = k.find(seen, start + 1)
            for i in range(1, len(k) + 1):  # a vowel the OCR dropped, a mark it added
                nxt.update(k[:i] + v + k[i:] for v in _VOWELS)
                nxt.add(k[:i - 1] + k[i:])
        for k in sorted(nxt):  # in a fixed order: ties must not depend on the hash seed
            if k in forms and k not in found and k != key:
                found[k] = cost
        if found:
            break
        frontier = nxt
    return found


@lru_cache(maxsize=65536)
def _initials(word: str) -> tuple[tuple[int, float], ...]:
    """The forms a part of a document's symbol may take: its letters are initials, which keep no mark
    but Đ ("QD" -> "QĐ", "HDND" -> "HĐND"); no repairs, and a part with digits ("QH15") as it stands."""
    m = model()
    key = fold(word.lower())
    if not key.isalpha():
        return ()
    return tuple((i, 0.0) for i in m.forms.get(key, ()) if m.vocab[i].replace("đ", "d") == key)


@lru_cache(maxsize=65536)
def _candidates(word: str, ocr: bool = True) -> tuple[tuple[int, float], ...]:
    """(id, emission score) of the accented forms `word` may stand for; () for a word the model does not know."""
    m = model()
    low = word.lower()
    if any(ch in VIET_ONLY for ch in low) and low in m.index:
        return ((m.index[low], 0.0),)
    key = fold(low).translate(_DIGIT_AS_LETTER)
    known = tuple((i, 0.0) for i in m.forms.get(key, ()))
    if known and not ocr:
        return known
    if len(key) < 2:  # a letter alone: a syllable the OCR cut short ("s 45" for "số 45"), at a higher cost
        return known + tuple((i, 2 * _EDIT) for v in _VOWELS for i in m.forms.get(key + v, ())[:2])
    # a known word may still be a misreading ("Sé" for "Sở"): its repairs compete, at a higher cost
    uni = m.tables[0]
    # a rare word (a place name "Tir") is no evidence against a misreading of a common one ("tử")
    common = sum(uni.get(i, 0) for i, _ in known) >= _COMMON
    found = [(i, (cost + common) * _EDIT) for k, cost in _repairs(key, m.forms, 1 if common else 2).items()
             for i in m.forms[k][:3 if common else _CANDIDATES]]
    # the likeliest few, by repair cost and how common the form is: the search time grows with their number
    found.sort(key=lambda c: (-(c[1] + math.log(uni.get(c[0], 0) + 1)), c[0]))
    # of its own forms, those not much rarer than the commonest (forms are sorted by count)
    floor = uni.get(known[0][0], 0) * _RARER if known else 0
    return tuple(c for c in known if uni.get(c[0], 0) >= floor) + tuple(found[:_REPAIRED])


def _decode(ids: list[tuple[tuple[int, float], ...]], m: Model) -> list[int]:
    """The likeliest path through each position's candidates (none: a word the model does not know)."""
    # a hypothesis: (score, previous id, this id, back pointer); the inner loop runs for every word of a
    # document, so it reads the model's cache itself and keys states by one integer
    cache, logp = m._cache, m.logp
    beam: list[tuple[float, int, int, tuple | None]] = [(0.0, m.index[START], m.index[START], None)]
    end = m.index[END]
    for cands in [*ids, ((end, 0.0),)]:
        options = cands or ((m.unknown, 0.0),)
        best: dict[int, tuple[float, int, int, tuple]] = {}
        for hyp in beam:
            score, a, b, _ = hyp
            context = ((a << _BITS) | b) << _BITS
            state = b << _BITS
            for c, emission in options:
                lp = cache.get(context | c)
                s = score + emission + (lp if lp is not None else logp(a, b, c))
                old = best.get(state | c)
                if old is None or s > old[0]:
                    best[state | c] = (s, b, c, hyp)
        beam = heapq.nlargest(_BEAM, best.values(), key=itemgetter(0)) if len(best) > _BEAM else list(best.values())
    path: list[int] = []
    hyp = max(beam, key=itemgetter(0))[3]
    while hyp is not None and hyp[3] is not None:
        path.append(hyp[2])
        hyp = hyp[3]
    return path[::-1]


_PHRASES: dict[tuple, list[int]] = {}  # decoded phrases: the genre repeats its formulas from file to file
_PHRASES_MAX = 100_000


def _decoded(ids: tuple[tuple[tuple[int, float], ...], ...], m: Model) -> list[int]:
    if ids not in _PHRASES:
        if len(_PHRASES) >= _PHRASES_MAX:
            _PHRASES.clear()
        restore_text.cache_clear()
        _found.cache_clear()
        guesses.cache_clear()
        _PHRASES[ids] = _decode(list(ids), m)
    return _PHRASES[ids]


_LATIN1 = re.compile(r"[À-ÖØ-öø-ÿ¢]")


def misread(text: str) -> bool:
    """True when the text's letters were damaged, not merely typed without diacritics: an OCR engine without
    Vietnamese writes Latin-1 letters (é, ó, ¢) for Vietnamese ones; a Word file read as bytes loses every
    accented letter, leaving words without a vowel ("Th tng Chnh ph"), which Vietnamese never writes."""
    if len(_LATIN1.findall(text)) * 500 > len(text):
        return True
    words = _LETTERS.findall(text)
    return len(words) >= 8 and sum(not _VOWEL.search(w) for w in words) * 8 > len(words)


_LETTERS = re.compile(r"[a-zđ]+", re.I)
_VOWEL = re.compile(r"[aeiouy]", re.I)


Restoration = tuple[int, int, str]  # (start, end, restored word): a span of the text and what it reads as


def restorations(text: str, *, force: bool = False, scanned: bool | None = None) -> list[Restoration]:
    """The words of `text` whose restored form differs, in order; [] when the text was typed accented
    (unless `force`). Offsets are the text's own, so spans of any other reading still apply."""
    if not text or (not force and not looks_ocr(text)):
        return []
    m = model()
    # a slice too short to tell (a title, a name) takes what its document's reading said
    ocr = misread(text) if scanned is None else scanned
    out: list[Restoration] = []
    words: list[re.Match] = []
    ids: list[tuple[tuple[int, float], ...]] = []

    def flush() -> None:
        for w, i in zip(words, _decoded(tuple(ids), m)):
            original = w.group()
            form = _with_case(m.vocab[i], original) if 3 <= i < m.unknown else original
            if form != original:
                out.append((w.start(), w.end(), form))
        words.clear()
        ids.clear()

    for tok in _TOKEN.finditer(text):
        word, digits, mark = tok.groups()
        if mark:
            flush()
            continue
        words.append(tok)
        if digits:
            ids.append(((m.index[NUMBER], 0.0),))
        elif _ADDRESS.match(text, tok.end()) or text[tok.start() - 1:tok.start()] in (".", "@"):
            ids.append(())  # a web or mail address ("dichvucong.gov.vn"): written as it stands
        elif text[tok.start() - 1:tok.start()] in _JOINS or text[tok.end():tok.end() + 1] in _JOINS:
            ids.append(_initials(word))  # part of a symbol ("QD-TTg", "343/Qb-UBND", "QH15")
        else:
            ids.append(_candidates(word, ocr))
    flush()
    return out


def apply(text: str, found: list[Restoration], start: int = 0, end: int | None = None) -> str:
    """text[start:end] as restored: the restorations that lie wholly inside it applied (`found` in order)."""
    end = len(text) if end is None else end
    out, last = [], start
    for s, e, form in found[bisect.bisect_left(found, (start,)):]:
        if s >= end:
            break
        if e <= end:
            out.append(text[last:s])
            out.append(form)
            last = e
    out.append(text[last:end])
    return "".join(out)


def likelihood(text: str) -> float:
    """log P of `text`'s words under the model, phrase by phrase: which of two readings is the likelier."""
    m = model()
    total = 0.0
    for segment in segments(text):
        a = b = m.index[START]
        for w in [*segment, END]:
            c = m.index.get(one_style(w), m.unknown)
            total += m.logp(a, b, c)
            a, b = b, c
    return total


class Restored:
    """A text with its restorations applied, and where each of its offsets lands in the restored text,
    so that any span of the source (a reference's link, a piece of a page) is read restored at once."""

    def __init__(self, text: str, found: list[Restoration]) -> None:
        self._source, self._found = text, found
        self.text = apply(text, found)
        self._starts = [s for s, _, _ in found]
        self._ends = [e for _, e, _ in found]
        shift, self._shifts = 0, []
        for s, e, form in found:
            shift += len(form) - (e - s)
            self._shifts.append(shift)  # how far the restored text has moved once past this word

    def at(self, offset: int) -> int:
        """Where `offset` of the source lands (inside a restored word: that word's start)."""
        i = bisect.bisect_right(self._ends, offset)  # the words wholly before the offset
        moved = self._shifts[i - 1] if i else 0
        if i < len(self._starts) and self._starts[i] < offset:  # inside a word: go to its start
            return self._starts[i] + moved
        return offset + moved

    def slice(self, start: int, end: int) -> str:
        return self.text[self.at(start):self.at(end)]

    def parts(self, start: int, end: int) -> list[tuple[str, str | None]]:
        """source[start:end] restored, as (text, scanned) pieces: `scanned` is the word as scanned where the
        restorer had to change its letters, not only add marks ("Pơ đéc" read as "Đôn đốc"), None elsewhere."""
        out: list[tuple[str, str | None]] = []
        pos = start
        for s, e, form in self._found[bisect.bisect_left(self._found, (start,)):]:
            if s >= end:
                break
            if e > end or not _guessed(self._source[s:e], form):
                continue
            if s > pos:
                out.append((self.slice(pos, s), None))
            out.append((form, self._source[s:e]))
            pos = e
        if pos < end:
            out.append((self.slice(pos, end), None))
        return out


@lru_cache(maxsize=4096)
def guesses(text: str) -> tuple[tuple[str, str], ...]:
    """The words of `text` the restorer had to guess letters of, as (restored, scanned), each once, in order."""
    out: list[tuple[str, str]] = []
    for s, e, form in _found(text):
        pair = (form, text[s:e])
        if _guessed(pair[1], form) and pair not in out:
            out.append(pair)
    return tuple(out)


def _guessed(scanned: str, form: str) -> bool:
    """Whether a restoration changed the word's letters (an OCR repair the model guessed), beyond giving back
    its marks and the letters an English OCR writes as digits ("s6" for "sở")."""
    return fold(form).lower() != fold(scanned).lower().translate(_DIGIT_AS_LETTER)


@lru_cache(maxsize=4096)  # the same task, quote or title in many files: read once
def restore_text(text: str, *, force: bool = False, scanned: bool | None = None) -> str:
    """`text` with the diacritics of its stripped words restored; text that was typed accented comes back as it
    is. `scanned`: whether an OCR engine without Vietnamese read it (None: judged from the text itself)."""
    return apply(text, _found(text, force, scanned))


@lru_cache(maxsize=4096)
def _found(text: str, force: bool = False, scanned: bool | None = None) -> list[Restoration]:
    """restorations(), once per text: a task is restored and its guessed words listed from one reading."""
    return restorations(text, force=force, scanned=scanned)


_WORD = re.compile(r"[^\W\d_]{4,}")
_SURE = 50  # times a syllable must have been seen to be trusted as one half of a glued pair


def unglued(text: str) -> str:
    """Words a PDF glued where it lost a space ("Thủtrưởng", "dântỉnh", "viênBan") cut apart: a word with a
    Vietnamese letter that the model does not know, which is two syllables it knows well."""
    m = model()
    uni, bi = m.tables[0], m.tables[1]

    def cut(match: re.Match) -> str:
        word = match.group()
        low = word.lower()
        if low in m.index or low.isascii():
            return word
        best, at = -1, 0
        for i in range(1, len(low)):
            a, b = m.index.get(low[:i]), m.index.get(low[i:])
            if a is None or b is None or min(uni.get(a, 0), uni.get(b, 0)) < _SURE:
                continue
            score = bi.get((a << _BITS) | b, 0)
            if score > best:
                best, at = score, i
        return f"{word[:at]} {word[at:]}" if at else word

    return _WORD.sub(cut, text)
