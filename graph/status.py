"""A document's status on a date, reckoned from the graph: when it took effect, what ended, replaced,
amended or suspended it (and from when), and the period it covers. Nothing here is stored: a status is
always as of a date, and the same graph answers differently for 2021 and for today.

The named queries (`queries/in_force.cypher`, `stale_basis.cypher`) apply the same rules in Cypher, so that a
whole issuer's documents are filtered in the database; `tests/test_time.py` holds the two to the same answers.
"""

from __future__ import annotations

import re
from datetime import date

from graph.store import GraphStore
from loaders.errors import QueryError

# codes (JSON) and what a Vietnamese reader sees (the labels of the national legal databases)
LABELS = {
    "in_force": "Còn hiệu lực",
    "amended": "Còn hiệu lực (đã được sửa đổi)",
    "partly_repealed": "Hết hiệu lực một phần",
    "suspended": "Tạm ngừng hiệu lực",
    "partly_suspended": "Tạm ngừng hiệu lực một phần",
    "not_yet_in_force": "Chưa có hiệu lực",
    "replaced": "Hết hiệu lực (bị thay thế)",
    "repealed": "Hết hiệu lực",
    "period_ended": "Hết thời hạn thực hiện",
    "unknown": "Chưa rõ hiệu lực — chỉ biết qua trích dẫn",
}
ENDED = ("replaced", "repealed", "period_ended")
EFFECT_LABELS = {"replaces": "thay thế", "amends": "sửa đổi, bổ sung", "repeals": "bãi bỏ", "suspends": "tạm ngừng",
                 "guides": "hướng dẫn", "extends": "gia hạn"}
EFFECT_LABELS_IN = {"replaces": "bị thay thế bởi", "amends": "được sửa đổi, bổ sung bởi", "repeals": "bị bãi bỏ bởi",
                    "suspends": "bị tạm ngừng bởi", "guides": "được hướng dẫn bởi", "extends": "được gia hạn bởi"}

# what other documents did to these ones, with the date each act took effect
EFFECTS_IN = """
UNWIND $keys AS k
MATCH (d:Document {key: k})
OPTIONAL MATCH (x:Document)-[e:REPLACES|AMENDS|REPEALS|SUSPENDS|GUIDES|EXTENDS]->(d)
WITH d, x, e ORDER BY coalesce(x.effective_from, x.date)
RETURN d.key AS key, d.date AS date, d.effective_from AS effective_from, d.period_to AS period_to, d.status AS status,
       collect(CASE WHEN x IS NULL THEN NULL ELSE
         {effect: toLower(type(e)), partial: e.partial, since: coalesce(x.effective_from, x.date),
          key: x.key, number: x.number, type: x.type, issuer: x.issuer, date: x.date} END) AS effects
"""
EFFECTS_OUT = """
MATCH (d:Document {key: $key})-[e:REPLACES|AMENDS|REPEALS|SUSPENDS|GUIDES|EXTENDS]->(x:Document)
RETURN toLower(type(e)) AS effect, e.partial AS partial, coalesce(d.effective_from, d.date) AS since,
       {key: x.key, number: x.number, type: x.type, issuer: x.issuer, date: x.date} AS document
ORDER BY x.date
"""


def as_of_date(value: str | None) -> str:
    """An `as_of` as a person gives it (2021-01-01 or 01/01/2021), as an ISO date; today when not given."""
    if not value:
        return date.today().isoformat()
    v = str(value).strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", v)
    try:
        d = date(int(m[3]), int(m[2]), int(m[1])) if m else date.fromisoformat(v)
    except ValueError:
        raise QueryError(f"ngày (as_of) phải có dạng 31/12/2024 hoặc 2024-12-31, không phải '{value}'") from None
    return d.isoformat()


FOR_GOOD = 99991231  # the until_day of a document with no period


def day_number(iso: str | None) -> int | None:
    """2024-06-15 as 20240615: dates the database compares through an index."""
    return int(iso.replace("-", "")) if iso else None


def status_of(row: dict, as_of: str) -> dict:
    """{code, label, by, since, evidence} for one row of EFFECTS_IN: the first act in force on `as_of` that ended
    the document decides; else a suspension, a partial repeal, an amendment; else its dates. A document the graph
    knows only from other documents' citations is in force only as far as anyone knows: its status is unknown
    unless an act in the graph ended or suspended it."""
    applied = [e for e in row.get("effects") or [] if not e.get("since") or e["since"] <= as_of]
    start = row.get("effective_from") or row.get("date")
    cited_only = row.get("status") == "cited"

    def out(code: str, effect: dict | None = None, evidence: str = "") -> dict:
        return {"code": code, "label": LABELS[code], "by": _doc(effect) if effect else None,
                "since": effect.get("since") if effect else None, "evidence": evidence or _evidence(code, effect)}

    if start and as_of < start:
        return {**out("not_yet_in_force", evidence=f"có hiệu lực từ {_vn(start)}"), "since": start}
    for code, effect in (("replaced", "replaces"), ("repealed", "repeals")):  # the first whole ending decides
        e = next((e for e in applied if e["effect"] == effect and not e.get("partial")), None)
        if e:
            return out(code, e)
    if row.get("period_to") and row["period_to"] < as_of:
        return {**out("period_ended", evidence=f"thời hạn thực hiện đến {_vn(row['period_to'])}"),
                "since": row["period_to"]}
    # the latest act of each kind decides; a whole suspension first, then what touched some articles only
    for code, effect, partial in (("suspended", "suspends", False), ("partly_repealed", "repeals", True),
                                  ("partly_repealed", "replaces", True), ("partly_suspended", "suspends", True),
                                  ("amended", "amends", None)):
        if cited_only and code != "suspended":
            break
        e = next((e for e in reversed(applied)
                  if e["effect"] == effect and (partial is None or bool(e.get("partial")) == partial)), None)
        if e:
            return out(code, e)
    if cited_only:
        return out("unknown", evidence="đồ thị chỉ biết văn bản này qua trích dẫn của văn bản khác, không có văn bản "
                                       "gốc và không biết văn bản nào thay thế, bãi bỏ nó")
    return out("in_force", evidence="văn bản gốc đã được nạp; đồ thị không biết văn bản nào thay thế, bãi bỏ "
                                    "hay tạm ngừng nó" + (f"; có hiệu lực từ {_vn(start)}" if start else ""))


def _evidence(code: str, effect: dict | None) -> str:
    """What a status rests on, in words: the act that gave it, and from when."""
    if not effect:
        return ""
    doc = " ".join(x for x in (effect.get("type"), effect.get("number")) if x)
    verb = {"replaced": "bị thay thế bởi", "repealed": "bị bãi bỏ bởi", "suspended": "bị tạm ngừng bởi",
            "partly_repealed": "bị bãi bỏ một phần bởi", "partly_suspended": "bị tạm ngừng một phần bởi",
            "amended": "được sửa đổi, bổ sung bởi"}[code]
    return f"{verb} {doc}" + (f" từ {_vn(effect['since'])}" if effect.get("since") else "")


def _vn(iso: str) -> str:
    """2024-06-15 as a Vietnamese reader writes it: 15/06/2024."""
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def statuses(store: GraphStore, keys: list[str], as_of: str | None = None) -> dict[str, dict]:
    """The status of each document on `as_of` (default today), by key."""
    when = as_of_date(as_of)
    if not keys:
        return {}
    return {r["key"]: status_of(r, when) for r in store.read(EFFECTS_IN, {"keys": list(keys)})}


def validity(store: GraphStore, key: str, as_of: str | None = None) -> tuple[dict, dict]:
    """A document's status on `as_of` and its effects: what it does to others (out) and what others do to
    it (in), each with its date. One read of what others did serves both."""
    when = as_of_date(as_of)
    incoming = store.read(EFFECTS_IN, {"keys": [key]})
    row = incoming[0] if incoming else {"key": key, "effects": []}
    ins = [{"effect": e["effect"], "label": EFFECT_LABELS_IN[e["effect"]], "partial": e["partial"],
            "since": e["since"], "document": _doc(e)} for e in row["effects"]]
    outs = [{**r, "label": EFFECT_LABELS[r["effect"]]} for r in store.read(EFFECTS_OUT, {"key": key})]
    return {"as_of": when, **status_of(row, when)}, {"in": ins, "out": outs}


def _doc(e: dict) -> dict:
    return {k: e.get(k) for k in ("key", "number", "type", "issuer", "date")}
