"""Canonical keys: a document is issuer + type + number + year; a body is its name within its unit."""

from __future__ import annotations

import re
from functools import lru_cache

from language.tables import DOC_TYPES
from language.text import fold

_TYPE_CODE = {fold(v): fold(k) for k, v in DOC_TYPES.items()}


@lru_cache(maxsize=65536)
def slug(*parts: str | None) -> str:
    text = " ".join(p for p in parts if p)
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@lru_cache(maxsize=65536)
def number_key(number: str | None) -> str:
    """A number in any usual spelling, for lookup: '468/QD-TTg', 'Quyết định 468/QĐ-TTg' -> '468/qd-ttg'."""
    f = fold(number or "").replace(" ", "")
    m = re.search(r"\d+[-/].*", f)
    return re.sub(r"/+", "/", m.group() if m else f)


def year_of(number: str | None, date: str | None) -> int | None:
    m = re.search(r"/((?:19|20)\d\d)/", number or "")
    if m:
        return int(m.group(1))
    return int(date[:4]) if date else None


@lru_cache(maxsize=65536)
def document_key(number: str | None, type_: str | None, issuer: str | None, date: str | None) -> str:
    year = year_of(number, date)
    num = re.sub(r"^(\d+).*$", r"\1", number or "")
    code = _TYPE_CODE.get(fold(type_ or ""), slug(type_))
    return slug(str(year) if year else "nd", code, num, issuer or "unresolved")


def body_key(name: str, unit: str | None) -> str:
    return slug(unit or "", name)


@lru_cache(maxsize=65536)
def search_text(*parts: str | None) -> str:
    """What search matches: folded words, the number in its lookup form, OCR-insensitive."""
    words = " ".join(p for p in parts if p)
    return f" {number_key(parts[0])} {ocr_fold(words)} "


_OCR = str.maketrans({"0": "o", "6": "o", "1": "l", "5": "s", "8": "b"})


def ocr_fold(text: str) -> str:
    """Fold diacritics, and inside words the letters an OCR engine takes for digits ("s6" -> "so")."""
    f = fold(text)
    f = re.sub(r"(?<=[a-z])[01568]+|[01568]+(?=[a-z])", lambda m: m.group().translate(_OCR), f)
    return re.sub(r"[^a-z0-9/\-]+", " ", f)
