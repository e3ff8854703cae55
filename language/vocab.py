"""Restore the diacritics of words the OCR stripped or mangled.

Scope: short phrases the extractor reports (issuers, bodies, titles, places, signers).
Each syllable is looked up by its folded form (and, if unknown, by forms one OCR edit
away) in a vocabulary built from `tables.VOCABULARY` and the gazetteer's unit names;
the choice among forms is made by a Viterbi pass over syllable pairs, so "van hoa"
gives "văn hóa" while "Khanh Hoa" gives "Khánh Hòa".
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

from language.tables import OCR_CONFUSIONS, OCR_LETTERS, VOCABULARY
from language.text import fold, looks_ocr

_WORD = re.compile(r"[0-9A-Za-zÀ-ỹĐđ¢]+(?:[&'][0-9A-Za-zÀ-ỹĐđ]*)*")
_DIGIT_AS_LETTER = str.maketrans(OCR_LETTERS)
# Abbreviations kept in capitals, with their proper spelling.
ABBREVIATIONS = {
    "UBND": "UBND", "HDND": "HĐND", "UBMTTQ": "UBMTTQ", "MTTQ": "MTTQ", "VNPT": "VNPT", "CCHC": "CCHC",
    "TTHC": "TTHC", "QLDA": "QLDA", "BQL": "BQL", "TT&TT": "TT&TT", "VH&TT": "VH&TT", "KH&CN": "KH&CN",
    "BCD": "BCĐ", "TCHC": "TCHC", "TX": "TX", "TP": "TP", "TT": "TT", "PCT": "PCT", "CT": "CT",
    "VHTT&TT": "VHTT&TT", "DUK": "ĐUK", "UB": "UB", "CA": "CA", "BTG": "BTG", "HD": "HĐ",
}


class _Model:
    def __init__(self) -> None:
        self.forms: dict[str, Counter] = defaultdict(Counter)
        self.pairs: Counter = Counter()
        self.deletes: dict[str, set[str]] = defaultdict(set)
        self.capitals: Counter = Counter()

    def add_phrase(self, phrase: str, weight: int) -> None:
        raw = _WORD.findall(phrase)
        words = [w.lower() for w in raw]
        for r, w in zip(raw, words):
            self.forms[fold(w)][w] += weight
            self.capitals[w] += weight if r[:1].isupper() else -weight
        for a, b in zip(words, words[1:]):
            self.pairs[(a, b)] += weight

    def finish(self) -> None:
        self.forms = dict(self.forms)  # type: ignore[assignment]  # no more keys appear by lookup
        for key in self.forms:
            for i in range(len(key)):
                self.deletes[key[:i] + key[i + 1:]].add(key)

    def near_keys(self, key: str) -> set[str]:
        """Known keys one edit (delete, insert, substitute, transpose) from `key`."""
        found: set[str] = set(self.deletes.get(key, ()))  # key lacks a letter
        if key in self.forms:
            found.add(key)
        for i in range(len(key)):
            d = key[:i] + key[i + 1:]
            if d in self.forms:
                found.add(d)  # key has an extra letter
            found |= self.deletes.get(d, set())  # substitution
        return found


@lru_cache(maxsize=1)
def model() -> _Model:
    m = _Model()
    for line in re.split(r"[;\n]", VOCABULARY):
        if line.strip():
            m.add_phrase(line, 5)
    from language.gazetteer import unit_names

    for name, level in sorted(set(unit_names())):  # names without their kind word; each state once
        m.add_phrase(name, {"province": 10, "district": 4}.get(level, 1))
    m.finish()
    return m


def _candidates(word: str, m: _Model) -> list[tuple[str, float]]:
    """(form, emission score) pairs for one OCR'd word."""
    low = word.lower()
    key = fold(low)
    if any(ch.isdigit() for ch in key) and any(ch.isalpha() for ch in key):
        key = key.translate(_DIGIT_AS_LETTER)
    out: list[tuple[str, float]] = []
    known = key in m.forms
    if known and low in m.forms[key] and any(ord(ch) > 0xFF for ch in low):
        return [(low, 0.0)]  # letters no English OCR writes (ư, ơ, ă, ụ ...): the word was typed in Vietnamese
    if True:
        variants = {b + key[len(a) - 1:] if a[0] == "^" else key.replace(a, b, 1) for a, b in OCR_CONFUSIONS
                    if (key.startswith(a[1:]) if a[0] == "^" else a in key)}
        for v in variants:
            if v in m.forms:
                total = sum(m.forms[v].values())
                for form, n in m.forms[v].items():
                    out.append((form, math.log(n / total + 1e-6) - (3.0 if known else 1.5) + 0.1 * math.log(total)))
    if key in m.forms:
        total = sum(m.forms[key].values())
        for form, n in m.forms[key].items():
            bonus = 2.0 if form == low else 0.0
            out.append((form, math.log(n / total + 1e-6) + bonus))
    if not out or (len(key) >= 3 and sum(m.forms.get(key, Counter()).values()) < 3):
        for near in m.near_keys(key):
            if near == key:
                continue
            total = sum(m.forms[near].values())
            for form, n in m.forms[near].items():
                out.append((form, math.log(n / total + 1e-6) - 4.0 + 0.1 * math.log(total)))
    return out


def _case_like(form: str, original: str, first: bool) -> str:
    if original.isupper() and len(original) > 1:
        # headers are in capitals: write the word as the vocabulary usually does
        proper = model().capitals[form] > 0 or first
        return form[:1].upper() + form[1:] if proper else form
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@lru_cache(maxsize=8192)
def restore(text: str, *, force: bool = False) -> str:
    """Restore diacritics of `text` if it looks OCR-stripped (or `force`), keep the rest. A word this
    vocabulary cannot read ("thudéc") is taken from the running-text restorer, which knows more repairs."""
    named = _restore_names(text, force=force)
    if named == text:
        return named
    from language.restore import likelihood, restore_text

    # the running-text restorer knows more repairs and more context ("Thường trực Hội đồng", "thuộc");
    # this vocabulary knows the genre's names: the reading the language model finds likelier wins
    running = restore_text(text, force=True)
    if running != named and len(running.split()) == len(named.split()) and likelihood(running) > likelihood(named):
        return _keep_capitals(running, named)
    return named


def _keep_capitals(running: str, named: str) -> str:
    """The running reading, with the capitals the name reading gave ("Hội đồng nhân dân Tỉnh" stays as named)."""
    return " ".join(r if r.lower() != n.lower() else n for r, n in zip(running.split(" "), named.split(" ")))


def _restore_names(text: str, *, force: bool = False) -> str:
    if not text or (not force and not looks_ocr(text)):
        return text
    m = model()
    tokens = list(_WORD.finditer(text))
    lattice: list[list[tuple[str, float]]] = []
    for t in tokens:
        w = t.group()
        abbr = ABBREVIATIONS.get(fold(w).upper()) if w.isupper() or len(w) <= 2 else None
        if abbr and (w.isupper() and len(w) >= 2):
            lattice.append([(abbr, 0.0)])
            continue
        cands = _candidates(w, m)
        lattice.append(cands or [(w, 0.0)])
    # Viterbi over the words, pairs from the vocabulary as transitions
    best: list[dict[int, tuple[float, int]]] = []
    for i, cands in enumerate(lattice):
        row: dict[int, tuple[float, int]] = {}
        for j, (form, em) in enumerate(cands):
            if i == 0:
                row[j] = (em, -1)
                continue
            choice = None
            for pj, (pscore, _) in best[i - 1].items():
                pform = lattice[i - 1][pj][0].lower()
                bonus = 8.0 * math.log1p(m.pairs.get((pform, form.lower()), 0))
                s = pscore + em + bonus
                if choice is None or s > choice[0]:
                    choice = (s, pj)
            row[j] = choice  # type: ignore[assignment]
        best.append(row)
    if not best:
        return text
    j = max(best[-1], key=lambda k: best[-1][k][0])
    picks = [0] * len(lattice)
    for i in range(len(lattice) - 1, -1, -1):
        picks[i] = j
        j = best[i][j][1]
    out, last = [], 0
    for i, (t, cands, pj) in enumerate(zip(tokens, lattice, picks)):
        out.append(text[last:t.start()])
        form = _DATE_WORDS.get(fold(t.group()).lower()) if _DATE_NUMBER.match(text, t.end()) else None
        form = form or cands[pj][0]
        out.append(form if form.isupper() else _case_like(form, t.group(), i == 0))
        last = t.end()
    out.append(text[last:])
    return "".join(out)


# Before a number, these words are the date's: "năm 2024" (never "nam"), "ngày 04", "tháng 02".
_DATE_WORDS = {"nam": "năm", "ngay": "ngày", "thang": "tháng"}
_DATE_NUMBER = re.compile(r"[ \t]+\d")


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern, dict[str, str]]:
    items = {fold(p.strip()): norm for p in re.split(r"[;\n]", VOCABULARY) if " " in (norm := p.strip())}
    keys = sorted(items, key=len, reverse=True)  # the longest phrase wins where several start
    rx = re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![a-z0-9])")
    return rx, items


def recased_phrases(text: str) -> list[tuple[int, str]]:
    """Where the vocabulary's phrases stand in `text` (same length when folded), with their capitals."""
    rx, items = _phrases()
    return [(m.start(), items[m.group()]) for m in rx.finditer(fold(text)) if len(m.group()) == len(items[m.group()])]


@lru_cache(maxsize=8192)
def recase(text: str) -> str:
    """Write known phrases with the vocabulary's capitals ("Sở thông tin" -> "Sở Thông tin")."""
    chars = list(text)
    for at, phrase in recased_phrases(text):
        for i, ch in enumerate(phrase):
            chars[at + i] = chars[at + i].upper() if ch.isupper() else chars[at + i].lower()
    return "".join(chars)
