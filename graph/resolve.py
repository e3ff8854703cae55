"""Records to canonical things: administrative units, body keys, group bodies and their members."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.keys import body_key
from language import gazetteer
from language.gazetteer import Unit
from language.text import fold

_KIND_WORDS = {"tinh": "tỉnh", "thanh pho": "thành phố", "huyen": "huyện", "thi xa": "thị xã", "quan": "quận",
               "xa": "xã", "phuong": "phường", "thi tran": "thị trấn", "tx": "thị xã", "tp": "thành phố"}
_UNIT = re.compile(r"^(thanh pho|thi xa|thi tran|tinh|huyen|quan|xa|phuong)\s+(.+)$")
_COMMITTEE = re.compile(r"^(?:ubnd|uy ban nhan dan)\s+(.+)$")
_GROUP = re.compile(r"^(?:ubnd|uy ban nhan dan)\s+cac\s+(.+)$")


def parse_unit(text: str | None, province: str | None, date: str | None) -> Unit | None:
    """'thị xã Cửa Lò, tỉnh Nghệ An' -> the unit of that kind and name in that province on that date."""
    return _parse_unit(text, province, gazetteer.era_of(date)) if text else None


@lru_cache(maxsize=65536)
def _parse_unit(text: str, province: str | None, era: str) -> Unit | None:
    first = fold(text.split(",")[0]).strip()
    m = _UNIT.match(first)
    if not m:
        return None
    kind = _KIND_WORDS[m.group(1)]
    name = text.split(",")[0].strip()[len(m.group(1)):].strip()
    return gazetteer.resolve(kind, name, province, era=era)


def committee_key(unit: Unit) -> str:
    return f"ubnd-{unit.key}"


def committee_name(unit: Unit) -> str:
    return f"UBND {unit.kind} {unit.name}"


@lru_cache(maxsize=65536)
def issuer_body(issuer: str | None, issuer_unit: str | None, province: str | None,
                date: str | None) -> tuple[str, str, Unit | None] | None:
    """(key, name, unit) of the body that issued a document; a committee is keyed by its unit."""
    if not issuer:
        return None
    m = _COMMITTEE.match(fold(issuer))
    if m and not issuer_unit:  # the unit is what follows "UBND" / "Ủy ban nhân dân"
        issuer_unit = issuer.split(None, 1)[1] if fold(issuer).startswith("ubnd") else issuer.split(None, 4)[-1]
    unit = parse_unit(issuer_unit, province, date)
    if unit and m and fold(unit.name) in m.group(1):
        return committee_key(unit), committee_name(unit), unit
    return body_key(issuer, None), issuer, unit


def group_members(body: str, unit: Unit | None) -> list[Unit]:
    """'UBND các phường' of thị xã Cửa Lò -> its wards; [] when the body is not such a group."""
    m = _GROUP.match(fold(body))
    if not m or unit is None:
        return []
    words = re.split(r"\s*,\s*|\s+va\s+", m.group(1))
    kinds = tuple(_KIND_WORDS[w.strip()] for w in words if w.strip() in _KIND_WORDS)
    return gazetteer.members(unit, kinds or None)
