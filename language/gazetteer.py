"""Administrative units of Vietnam in three states, each from a maintained package's data:

- `2022`: the 63 provinces, ~705 districts and ~10,600 communes before the 2023-2025 district
  mergers (the data of `vietnam-provinces` 0.4.3, which `make setup` installs beside the venv,
  since its newer releases, which the project does not use, only hold the reformed units);
- `2025-01`: the units of early 2025 (`vietnamadminunits`' legacy table);
- `2025-07`: the 34 provinces and ~3,300 communes after the July 2025 reform (`vietnamadminunits`),
  with its mapping from the old communes to the new ones.

A document resolves to the units as they were on its date.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from language.text import fold

OLD, LEGACY, REFORMED = "2022", "2025-01", "2025-07"
ERAS = (OLD, LEGACY, REFORMED)


@dataclass(frozen=True)
class Unit:
    kind: str  # "tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn", "đặc khu"
    name: str  # short name with diacritics: "Cửa Lò"
    level: str  # "province", "district", "commune"
    province: str  # short name of the province it lies in
    district: str | None  # "thị xã Cửa Lò" for a commune of the old states
    era: str
    code: str
    parent: str | None = None  # key of the unit it belongs to

    @property
    def label(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def key(self) -> str:
        return f"{self.era}-{self.level}-{self.code}"


def old_data_path() -> Path:
    env = os.environ.get("VANBAN_GAZETTEER_2022")
    return Path(env) if env else Path(sys.prefix) / "gazetteer" / "vietnam_provinces" / "data" / "nested-divisions.json"


def _db() -> sqlite3.Connection:
    path = resources.files("vietnamadminunits") / "data" / "dataset.db"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


_KINDS = ("Thành phố", "Tỉnh", "Thị xã", "Thị trấn", "Huyện", "Quận", "Phường", "Xã", "Đặc khu")


def _split(full: str | None) -> tuple[str, str]:
    if not full:
        return "", ""
    full = unicodedata.normalize("NFC", full.strip())
    for kind in _KINDS:
        if full.startswith(kind + " "):
            return kind.lower(), full[len(kind) + 1:]
    return "", full


def _old_units() -> list[Unit]:
    path = old_data_path()
    if not path.exists():
        return []
    out = []
    for p in json.loads(path.read_text(encoding="utf-8")):
        pk, pn = _split(p["name"])
        prov = Unit(pk, pn, "province", pn, None, OLD, f"{p['code']:02d}")
        out.append(prov)
        for d in p.get("districts", []):
            dk, dn = _split(d["name"])
            dist = Unit(dk, dn, "district", pn, None, OLD, f"{d['code']:03d}", prov.key)
            out.append(dist)
            for w in d.get("wards", []):
                wk, wn = _split(w["name"])
                out.append(Unit(wk, wn, "commune", pn, f"{dk} {dn}", OLD, f"{w['code']:05d}", dist.key))
    return out


@lru_cache(maxsize=1)
def units() -> tuple[Unit, ...]:
    out: dict[str, Unit] = {u.key: u for u in _old_units()}
    with _db() as con:
        for prov, dist, ward, pcode, dcode, wcode in con.execute(
            "select province, district, ward, provinceCode, districtCode, wardCode from admin_units_legacy"
        ):
            pk, pn = _split(prov)
            dk, dn = _split(dist)
            wk, wn = _split(ward)
            p = Unit(pk, pn, "province", pn, None, LEGACY, pcode)
            d = Unit(dk, dn, "district", pn, None, LEGACY, dcode, p.key)
            w = Unit(wk, wn, "commune", pn, f"{dk} {dn}", LEGACY, wcode, d.key)
            for u in (p, d, w):
                if u.name:
                    out.setdefault(u.key, u)
        for prov, ward, pcode, wcode in con.execute("select province, ward, provinceCode, wardCode from admin_units"):
            pk, pn = _split(prov)
            wk, wn = _split(ward)
            p = Unit(pk, pn, "province", pn, None, REFORMED, pcode)
            w = Unit(wk, wn, "commune", pn, None, REFORMED, wcode, p.key)
            for u in (p, w):
                if u.name:
                    out.setdefault(u.key, u)
    return tuple(out.values())


@lru_cache(maxsize=1)
def by_key() -> dict[str, Unit]:
    return {u.key: u for u in units()}


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Unit]]:
    idx: dict[str, list[Unit]] = {}
    for u in units():
        idx.setdefault(fold(u.name), []).append(u)
    return idx


@lru_cache(maxsize=1)
def _children() -> dict[str, list[Unit]]:
    out: dict[str, list[Unit]] = {}
    for u in units():
        if u.parent:
            out.setdefault(u.parent, []).append(u)
    return out


def is_unit_name(name: str) -> bool:
    """Whether some unit, in any era, has this name (diacritics and case aside)."""
    return fold(name) in _index()


def unit_names() -> list[tuple[str, str]]:
    return [(u.name, u.level) for u in units()]


def era_of(date: str | None) -> str:
    """The state of the units on a document's date (ISO); undated documents take the newest."""
    if not date:
        return REFORMED
    if date < "2025-01-01":
        return OLD
    return LEGACY if date < "2025-07-01" else REFORMED


def _era_order(era: str | None) -> list[str]:
    if era is None:
        return list(ERAS)
    return [era] + [e for e in reversed(ERAS) if e != era]


def find(name: str, *, kind: str | None = None, province: str | None = None,
         era: str | None = None) -> list[Unit]:
    """Units whose short name folds to `name`'s, narrowed by kind and province, nearest era first."""
    found = _index().get(fold(name).strip(), [])
    if kind:
        k = fold(kind)
        found = [u for u in found if fold(u.kind) == k]
    if province:
        p = fold(province)
        found = [u for u in found if fold(u.province) == p]
    order = _era_order(era)
    return sorted(found, key=lambda u: order.index(u.era))


def resolve(kind: str | None, name: str | None, province: str | None, date: str | None = None, *,
            era: str | None = None) -> Unit | None:
    """The one unit a (kind, name) in a province means on a date (or in an era); None when none or several."""
    return _resolve(kind, name, province, era or era_of(date)) if name else None


@lru_cache(maxsize=65536)
def _resolve(kind: str | None, name: str, province: str | None, era: str) -> Unit | None:
    found = find(name, kind=kind, province=province if kind not in ("tỉnh", "thành phố") else None)
    if kind in ("tỉnh", "thành phố"):
        found = [u for u in found if u.level == "province"]
    for e in _era_order(era):
        here = [u for u in found if u.era == e]
        if len(here) == 1:
            return here[0]
        if len(here) > 1:
            return None
    return None


def members(unit: Unit, kinds: tuple[str, ...] | None = None) -> list[Unit]:
    """The units directly under `unit` (the wards of a thị xã), optionally of some kinds."""
    kids = _children().get(unit.key, [])
    return [u for u in kids if kinds is None or u.kind in kinds]


def ancestors(unit: Unit) -> list[Unit]:
    out = []
    u = unit
    while u.parent and u.parent in by_key():
        u = by_key()[u.parent]
        out.append(u)
    return out


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
