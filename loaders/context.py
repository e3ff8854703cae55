"""What a document says about itself, and the helpers every part reader shares.

`Context` carries the issuer, unit and province a document names, so that the
readers of its parts can resolve what its citations and assignments leave out
("UBND tỉnh" in a commune plan is its own province).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from language import gazetteer
from language.tables import NAME_ABBREVIATIONS
from language.text import Text, fold, looks_ocr, norm_space
from language.vocab import recase, recased_phrases, restore
from loaders import patterns as P


@dataclass
class Context:
    """What a document says about itself, used to resolve what its citations leave out."""

    issuer: str | None = None
    own_code: str | None = None  # the issuer code of its own number ("UBND", "BQL")
    level: str | None = None  # level of its issuer's unit ("thị xã")
    unit_name: str | None = None  # "Cửa Lò"
    province: str | None = None  # "Nghệ An"
    province_kind: str = "tỉnh"
    is_committee: bool = False  # issued by a People's Committee itself
    ocr: bool = True

    def committee(self, level: str | None) -> tuple[str | None, bool]:
        """The People's Committee of `level` around this document; (name, ambiguous)."""
        if level in ("tỉnh", "thành phố") and self.province and (level == self.province_kind or not self.level
                                                                  or self.level not in ("thành phố",)):
            return f"UBND {self.province_kind} {self.province}", False
        if level and level == self.level and self.unit_name:
            return f"UBND {self.level} {self.unit_name}", False
        if level is None:
            if self.is_committee and self.level and self.unit_name:
                return f"UBND {self.level} {self.unit_name}", False
            if self.province:
                return f"UBND {self.province_kind} {self.province}", False
        return None, True


def iso(d: int, m: int, y: int) -> str | None:
    if 1 <= d <= 31 and 1 <= m <= 12 and 1900 <= y <= 2100:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def restored(s: str, ctx: Context) -> str:
    """OCR'd words with diacritics and the usual capitals; clean text is kept as written."""
    return recase(restore(s, force=True)) if ctx.ocr or looks_ocr(s) else s




_ABBREVIATED_FOLDED = {fold(k).upper(): v for k, v in NAME_ABBREVIATIONS.items()}


def expand_abbreviations(name: str) -> str:
    """ "Bộ GD&ĐT" -> "Bộ Giáo dục và Đào tạo": a body's name with the words its abbreviations stand for, also as an
    English OCR reads them ("GD&DT", "GD&BT": Đ read D or B)."""
    def full(m: re.Match) -> str:
        token = m.group()
        key = fold(token).upper()
        return NAME_ABBREVIATIONS.get(token) or _ABBREVIATED_FOLDED.get(key) \
            or _ABBREVIATED_FOLDED.get(key.replace("B", "D")) or token
    return _TOKEN.sub(full, name)


_TOKEN = re.compile(r"(?<![\w&])[A-ZĐ][A-ZĐ&,-]*[A-ZĐ](?![\w&])")


def title_case(lowered: str) -> str:
    """A title the issuer wrote in capitals, lowered, with its capitals given back where Vietnamese writes
    them: names of several capitals from the vocabulary ("Sở Thông tin và Truyền thông", "Thủ tướng Chính
    phủ"), a few one-capital names, document symbols ("05/NQ-CP"), the names of administrative units after
    their kind word ("tỉnh Tiền Giang")."""
    chars = list(lowered)
    for phrase_at, phrase in recased_phrases(lowered):
        if sum(ch.isupper() for ch in phrase) >= 2:  # one capital is often a sentence's first word, not a name
            for i, ch in enumerate(phrase):
                chars[phrase_at + i] = chars[phrase_at + i].upper() if ch.isupper() else chars[phrase_at + i]
    for m in P.TITLE_NAMES.finditer(lowered):
        chars[m.start()] = chars[m.start()].upper()
    for m in P.TITLE_SYMBOL.finditer(lowered):
        chars[m.start():m.end()] = m.group().upper().replace("-TTG", "-TTg")  # the one code in mixed case
    for m in P.TITLE_UNIT_KIND.finditer(lowered):
        words = list(re.finditer(r"[^\s,;.()]+", lowered[m.end():m.end() + 40]))
        for n in (3, 2, 1):
            if len(words) >= n and gazetteer.is_unit_name(" ".join(w.group() for w in words[:n])):
                for w in words[:n]:
                    chars[m.end() + w.start()] = chars[m.end() + w.start()].upper()
                break
    return "".join(chars)


def sentence(s: str) -> str:
    s = norm_space(s)
    return s[:1].upper() + s[1:] if s else s


def place_name(raw: str, level: str | None, ctx: Context | None = None) -> str:
    """A unit's name with diacritics: from the gazetteer when it knows the name, else restored."""
    raw = norm_space(raw).strip(" ,.;:")
    kinds = {"tỉnh": "tỉnh", "thành phố": "thành phố", "huyện": "huyện", "thị xã": "thị xã", "xã": "xã",
             "phường": "phường", "quận": "quận", "thị trấn": "thị trấn"}
    restored = restore(raw, force=True) if raw.isupper() or (ctx and ctx.ocr) else raw
    for candidate in (raw, restored):
        found = gazetteer.find(candidate, kind=kinds.get(level or ""))
        if ctx and ctx.province and level not in ("tỉnh", "thành phố"):
            in_prov = [u for u in found if fold(u.province) == fold(ctx.province)]
            found = in_prov or found
        if found:
            return found[0].name
    return " ".join(w[:1].upper() + w[1:] for w in restored.lower().split())


def lines_of(text: Text, seg: tuple[int, int]) -> list[tuple[int, int]]:
    out, pos = [], seg[0]
    for line in text.clean[seg[0]:seg[1]].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def upper_share(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def province_from_text(text: Text, seg: tuple[int, int]) -> tuple[str | None, str]:
    counts: Counter = Counter()
    for m in P.PROVINCE_MENTION.finditer(text.folded, seg[0], seg[1]):
        words = m.group("name").split()
        for n in (3, 2):
            if len(words) >= n:
                cand = " ".join(words[:n])
                units = [u for u in gazetteer.find(cand) if u.level == "province"]
                if units:
                    counts[(units[0].name, units[0].kind)] += 1
                    break
    if not counts:
        return None, "tỉnh"
    (name, kind), _ = counts.most_common(1)[0]
    return name, kind


def set_unit(ctx: Context, level: str | None, name: str) -> None:
    if level in ("tỉnh", "thành phố") and not ctx.level:
        ctx.province, ctx.province_kind = name, level
    elif level in ("huyện", "thị xã", "quận") and not ctx.province:
        # a district's document that never names its province: the one province with a district of that name
        provinces = {u.province for u in gazetteer.find(name, kind=level) if u.level == "district"}
        if len(provinces) == 1:
            province = provinces.pop()
            found = [u for u in gazetteer.find(province) if u.level == "province"]
            ctx.province, ctx.province_kind = province, found[0].kind if found else "tỉnh"
    if level:
        ctx.level, ctx.unit_name = level, name
