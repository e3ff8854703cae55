"""Administrative units of Vietnam, before and after the July 2025 reform.

Read from the SQLite data set that the `vietnamadminunits` package ships (63 provinces,
~700 districts and ~10,000 communes before the reform; 34 provinces and ~3,300 communes
after), and its mapping of old provinces to new ones.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from loaders.text import fold

LEGACY, REFORMED = "legacy", "2025"


@dataclass(frozen=True)
class Unit:
    kind: str  # "tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn", "đặc khu"
    name: str  # short name with diacritics: "Cửa Lò"
    level: str  # "province", "district", "commune"
    province: str  # short name of the province it lies in
    district: str | None
    era: str
    code: str

    @property
    def label(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def full_label(self) -> str:
        parts = [self.label]
        if self.level == "commune" and self.district:
            parts.append(self.district)
        if self.level != "province":
            parts.append(_province_label(self.province, self.era))
        return ", ".join(parts)

    @property
    def key(self) -> str:
        return f"{self.era}-{self.level}-{self.code}"


def _db() -> sqlite3.Connection:
    path = resources.files("vietnamadminunits") / "data" / "dataset.db"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _split(full: str | None) -> tuple[str, str]:
    if not full:
        return "", ""
    full = unicodedata.normalize("NFC", full.strip())
    for kind in ("Thành phố", "Tỉnh", "Thị xã", "Thị trấn", "Huyện", "Quận", "Phường", "Xã", "Đặc khu"):
        if full.startswith(kind + " "):
            return kind.lower(), full[len(kind) + 1:]
    return "", full


@lru_cache(maxsize=1)
def units() -> tuple[Unit, ...]:
    out: dict[str, Unit] = {}
    with _db() as con:
        for prov, dist, ward, pcode, dcode, wcode in con.execute(
            "select province, district, ward, provinceCode, districtCode, wardCode from admin_units_legacy"
        ):
            pk, pn = _split(prov)
            dk, dn = _split(dist)
            wk, wn = _split(ward)
            for u in (
                Unit(pk, pn, "province", pn, None, LEGACY, pcode),
                Unit(dk, dn, "district", pn, None, LEGACY, dcode),
                Unit(wk, wn, "commune", pn, f"{dk} {dn}", LEGACY, wcode),
            ):
                if u.name:
                    out.setdefault(u.key, u)
        for prov, ward, pcode, wcode in con.execute(
            "select province, ward, provinceCode, wardCode from admin_units"
        ):
            pk, pn = _split(prov)
            wk, wn = _split(ward)
            for u in (
                Unit(pk, pn, "province", pn, None, REFORMED, pcode),
                Unit(wk, wn, "commune", pn, None, REFORMED, wcode),
            ):
                if u.name:
                    out.setdefault(u.key, u)
    return tuple(out.values())


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Unit]]:
    idx: dict[str, list[Unit]] = {}
    for u in units():
        idx.setdefault(fold(u.name), []).append(u)
    return idx


def _province_label(name: str, era: str) -> str:
    for u in _index().get(fold(name), []):
        if u.level == "province":
            return u.label
    return f"tỉnh {name}"


def unit_names() -> list[tuple[str, str]]:
    return [(u.name, u.level) for u in units()]


def find(name: str, *, kind: str | None = None, province: str | None = None,
         era: str | None = None) -> list[Unit]:
    """Units whose short name folds to `name`'s, narrowed by kind, province and era."""
    found = _index().get(fold(name).strip(), [])
    if kind:
        k = fold(kind)
        found = [u for u in found if fold(u.kind) == k]
    if province:
        p = fold(province)
        found = [u for u in found if fold(u.province) == p]
    if era:
        found = [u for u in found if u.era == era]
    return found


def era_for(year: int | None) -> str:
    """Units as they were on a document's date (the reform took effect on 1 July 2025)."""
    return REFORMED if year and year >= 2026 else LEGACY


@lru_cache(maxsize=1)
def successors() -> dict[str, list[str]]:
    """Folded old province key -> folded new province keys (from the package's converter)."""
    path = resources.files("vietnamadminunits") / "data" / "converter_2025.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for new, olds in data.get("DICT_PROVINCE", {}).items():
        for old in olds:
            out.setdefault(old, []).append(new)
    return out
