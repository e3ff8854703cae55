"""What the web pages show, read from the graph: search, a document, a body, a neighbourhood.

The web UI calls these; it never writes Cypher or parses text itself.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache

from graph import status
from graph.keys import number_key, ocr_fold
from graph.store import GraphStore
from language.restore import Restored, restorations

DOC_FIELDS = ("key", "number", "type", "issuer", "date", "title", "status", "province")

SEARCH = """
MATCH (d:Document)
WHERE all(t IN $terms WHERE d.search CONTAINS t)
  AND ($type IS NULL OR d.type = $type) AND ($province IS NULL OR d.province = $province)
  AND ($year IS NULL OR d.year = $year) AND ($issuer IS NULL OR d.search CONTAINS $issuer)
WITH d LIMIT 200
OPTIONAL MATCH (x:Document)-[r:IMPLEMENTS|CITES]->(d)
RETURN d.key AS key, d.number AS number, d.type AS type, d.issuer AS issuer, d.date AS date, d.title AS title,
       d.status AS status, d.province AS province,
       count(CASE WHEN type(r) = 'IMPLEMENTS' OR r.basis = true THEN 1 END) AS implemented_by,
       count(r) AS cited_by
ORDER BY cited_by DESC, d.date DESC
"""

_STOP_WORDS = {"so", "ngay", "cua", "ve", "viec", "va", "nam"}  # "số", "ngày", "của"…: in every citation
_TYPE_WORDS = re.compile(r"^(quyet dinh|nghi quyet|nghi dinh|ke hoach|chi thi|thong tu|huong dan|cong van|"
                         r"thong bao|bao cao|chuong trinh|qd|nq|nd|kh|ct|tt|hd)\b")


def search(store: GraphStore, q: str, *, type_: str | None = None, province: str | None = None,
           year: int | None = None, issuer: str | None = None, as_of: str | None = None) -> list[dict]:
    """Documents matching every word of `q`, with or without diacritics, OCR-style errors allowed;
    a number ("468/QD-TTg", "quyet dinh 468") matches in any usual spelling. Each with its status on `as_of`."""
    rows = _search(store, q, type_, province, year, issuer)
    valid = status.statuses(store, [r["key"] for r in rows], as_of)
    for r in rows:
        r["validity"] = valid.get(r["key"])
    return rows


def _search(store: GraphStore, q: str, type_: str | None, province: str | None, year: int | None,
            issuer: str | None) -> list[dict]:
    text = ocr_fold(q or "").strip()
    terms = []
    if re.search(r"\d+\s*[/-]", q or ""):
        terms.append(f" {number_key(q)}")  # a whole number: its lookup form
        text = ""
    for w in text.split():
        if w in _STOP_WORDS:
            continue
        terms.append(f" {w}" if w.isdigit() else w)  # "468" starts a number: " 468/QĐ-TTg"
    if not terms and not (type_ or province or year or issuer):
        return []
    rows = store.read(SEARCH, {"terms": terms, "type": type_ or None, "province": province or None,
                               "year": year, "issuer": ocr_fold(issuer).strip() if issuer else None})
    if not rows and any(t.startswith(" ") for t in terms):
        # "quyet dinh 468": the type words may be spelled in the number only ("468/QĐ-TTg")
        words = [t for t in terms if not _TYPE_WORDS.match(t.strip())]
        rows = store.read(SEARCH, {"terms": words, "type": type_ or None, "province": province or None,
                                   "year": year, "issuer": None})
    return rows


DOCUMENT = "MATCH (d:Document {key: $key}) RETURN d AS d"
UPSTREAM = """
MATCH (d:Document {key: $key})-[r:IMPLEMENTS|CITES]->(t:Document)
RETURN type(r) AS relation, r.basis AS basis, r.quote AS quote, r.span AS span,
       {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date, status: t.status} AS document
UNION ALL
MATCH (t:Document)-[r:PROMULGATES]->(d:Document {key: $key})
RETURN 'PROMULGATED_BY' AS relation, false AS basis, r.quote AS quote, r.span AS span,
       {key: t.key, number: t.number, type: t.type, issuer: t.issuer, date: t.date, status: t.status} AS document
"""
DOWNSTREAM = """
MATCH (x:Document)-[r:IMPLEMENTS|CITES|PROMULGATES]->(d:Document {key: $key})
RETURN type(r) AS relation, r.basis AS basis, r.quote AS quote,
       {key: x.key, number: x.number, type: x.type, issuer: x.issuer, date: x.date, province: x.province} AS document
ORDER BY x.date
LIMIT 500
"""
ASSIGNMENTS = """
MATCH (d:Document {key: $key})-[a:ASSIGNS]->(b:Body)
OPTIONAL MATCH (x:Document)-[:ISSUED_BY]->(b)
OPTIONAL MATCH (x)-[:IMPLEMENTS|CITES]->(d)
RETURN {key: b.key, name: b.name, unit: b.unit} AS body, a.tasks AS tasks, a.role AS role,
       a.requires_plan AS requires_plan, a.suggestion AS suggestion, a.group AS group, a.members AS members,
       a.span AS span, a.deadline AS deadline, a.recurrence AS recurrence, a.report_to AS report_to,
       a.guessed AS guessed, collect(DISTINCT x.number) AS answers
"""


def relation_label(relation: str, basis: bool | None, downstream: bool = False) -> str:
    if relation == "PROMULGATED_BY":
        return "ban hành kèm theo"
    if relation == "PROMULGATES":
        return "ban hành kèm theo" if not downstream else "văn bản được ban hành kèm theo"
    if relation == "IMPLEMENTS":
        return "được thực hiện bởi" if downstream else "thực hiện"
    if basis:
        return "là căn cứ của" if downstream else "căn cứ"
    return "được trích dẫn bởi" if downstream else "trích dẫn"


def document_url(key: str) -> str:
    return f"/documents/{key}"


def document(store: GraphStore, key: str, as_of: str | None = None) -> dict | None:
    """A document's page: its record as the graph holds it, what it rests on and what rests on it, its
    assignments, and its status on `as_of` (default today) with what changed it, in date order."""
    rows = store.read(DOCUMENT, {"key": key})
    if not rows:
        return None
    d = rows[0]["d"]
    up = store.read(UPSTREAM, {"key": key})
    down = store.read(DOWNSTREAM, {"key": key})
    assigns = store.read(ASSIGNMENTS, {"key": key})
    for r in up:
        r["label"] = relation_label(r["relation"], r["basis"])
    for r in down:
        r["label"] = relation_label(r["relation"], r["basis"], downstream=True)
    up.sort(key=lambda r: (r["span"] or [0])[0])
    assigns.sort(key=lambda a: ((a["span"] or [0])[0], a["body"]["name"]))
    for a in assigns:
        a["answers"] = [n for n in a["answers"] if n]
    # the members of a group ("UBND các phường") are shown inside the group's row
    members = [a for a in assigns if a["group"]]
    assigns = [a for a in assigns if not a["group"]]
    for a in assigns:
        a["members"] = [{"key": m["body"]["key"], "name": m["body"]["name"], "answers": m["answers"]}
                        for m in members if m["group"] == a["body"]["name"] and m["span"] == a["span"]]
    record = {k: d.get(k) for k in ("key", "number", "type", "issuer", "issuer_unit", "province", "date", "place",
                                     "title", "signer", "status", "source", "flags")}
    record["span"] = d.get("span")
    record["unnumbered_references"] = json.loads(d["unnumbered"]) if d.get("unnumbered") else []
    record["general_duties"] = json.loads(d["general_duties"]) if d.get("general_duties") else []
    record["references"] = [{"number": r["document"]["number"], "type": r["document"]["type"],
                             "issuer": r["document"]["issuer"], "date": r["document"]["date"],
                             "relation": _contract_relation(r["relation"], r["basis"]), "span": r["span"],
                             "quote": r["quote"], "key": r["document"]["key"]} for r in up]
    record["assignments"] = [{"body": a["body"]["name"], "unit": a["body"]["unit"], "role": a["role"],
                              "suggestion": a["suggestion"], "requires_plan": a["requires_plan"],
                              "tasks": a["tasks"], "span": a["span"], "key": a["body"]["key"],
                              "answers": a["answers"], "members": a["members"], **_due(a)} for a in assigns]
    record["effective_from"] = d.get("effective_from")
    record["period"] = {"from": d.get("period_from"), "to": d.get("period_to")} if d.get("period_to") else None
    record["validity"], record["effects"] = status.validity(store, key, as_of)
    record["upstream"] = up
    record["downstream"] = down
    return {"record": record, "text": d.get("text"), "restored": _restored(d.get("text") or "")}


def _due(a: dict) -> dict:
    """By when, how often and to whom a mandate reports, and whether its date has passed today with nothing
    issued that carries it out; and the words of its tasks the restorer guessed, with their scanned form."""
    deadline = a.get("deadline")
    return {"deadline": deadline, "recurrence": a.get("recurrence"), "report_to": a.get("report_to"),
            "overdue": bool(deadline and deadline < date.today().isoformat() and not a.get("answers")),
            "guessed": [list(m.groups()) for g in a.get("guessed") or [] if (m := _GUESSED.fullmatch(g))]}


_GUESSED = re.compile(r"(.+) \(bản quét: (.+)\)")  # how an ASSIGNS edge keeps a guessed word (graph/ingest.py)


@lru_cache(maxsize=256)
def _restored(text: str) -> Restored | None:
    """A scanned document's text restored where it is shown (once per text while the server runs): reading
    it at every load would cost the ingest ten times its own time (bench/extract.py). None: typed text."""
    found = restorations(text)
    return Restored(text, found) if found else None


def _contract_relation(relation: str, basis: bool | None) -> str:
    return {"IMPLEMENTS": "implements", "PROMULGATED_BY": "promulgated_by"}.get(
        relation, "basis" if basis else "cites")


def highlighted(text: str | None, span: list | None, references: list[dict],
                restored: Restored | None = None) -> list[dict]:
    """The source text cut into pieces: plain text, and each reference's exact words with its target.
    With `restored`, each piece reads as restored (the offsets stay the source's)."""
    if not text:
        return []
    if restored is not None:  # each piece restored; its guessed words with their scanned form beside them
        return [{**p, "text": restored.slice(p["start"], p["end"]), "parts": restored.parts(p["start"], p["end"])}
                for p in highlighted(text, span, references)]
    base = span[0] if span else 0
    # two statements of the same words (a file read twice, two versions) share a span: sorted by position only
    marks = sorted(((r["span"][0] - base, r["span"][1] - base, r) for r in references if r.get("span")),
                   key=lambda m: (m[0], m[1]))
    out, pos = [], 0
    for s, e, r in marks:
        if s < pos or e > len(text) or s < 0:
            continue
        out.append({"text": text[pos:s], "start": pos, "end": s})
        out.append({"text": text[s:e], "start": s, "end": e, "key": r["key"], "number": r["number"],
                    "relation": r["relation"]})
        pos = e
    out.append({"text": text[pos:], "start": pos, "end": len(text)})
    return out


BODY = "MATCH (b:Body {key: $key}) OPTIONAL MATCH (b)-[:IN]->(u:AdminUnit) RETURN b AS b, u.name AS unit_name, u.kind AS unit_kind"
ISSUED = """
MATCH (d:Document)-[:ISSUED_BY]->(b:Body {key: $key})
RETURN DISTINCT d.key AS key, d.number AS number, d.type AS type, d.date AS date, d.title AS title, d.status AS status
ORDER BY date DESC
LIMIT 500
"""
RECEIVED = """
MATCH (d:Document)-[a:ASSIGNS]->(b:Body {key: $key})
OPTIONAL MATCH (x:Document)-[:ISSUED_BY]->(b)
OPTIONAL MATCH (x)-[:IMPLEMENTS|CITES]->(d)
RETURN {key: d.key, number: d.number, type: d.type, issuer: d.issuer, date: d.date} AS document,
       a.tasks AS tasks, a.requires_plan AS requires_plan, a.role AS role, a.deadline AS deadline,
       a.recurrence AS recurrence, a.report_to AS report_to, a.guessed AS guessed,
       collect(DISTINCT {key: x.key, number: x.number}) AS answers
ORDER BY document.date DESC
LIMIT 500
"""


def body(store: GraphStore, key: str) -> dict | None:
    rows = store.read(BODY, {"key": key})
    if not rows:
        return None
    b = rows[0]["b"]
    received = store.read(RECEIVED, {"key": key})
    for r in received:
        r["answers"] = [a for a in r["answers"] if a.get("key")]
        r["open"] = bool(r["requires_plan"]) and not r["answers"]
        r.update(_due(r))
    return {"key": b["key"], "name": b.get("name"), "unit": b.get("unit"), "group": b.get("group"),
            "issued": store.read(ISSUED, {"key": key}), "assigned": received,
            "open": sum(r["open"] for r in received)}


# The neighbourhood of a document, hop by hop; hops and node counts are bounded here, not by the caller.
NEIGHBOURS = """
MATCH (a)-[r:IMPLEMENTS|CITES|PROMULGATES|ASSIGNS|ISSUED_BY]-(b)
WHERE a.key IN $keys AND (b:Document OR b:Body)
RETURN a.key AS from_key, type(r) AS type, r.basis AS basis, startNode(r).key AS source, endNode(r).key AS target,
       b.key AS key, labels(b)[0] AS label, coalesce(b.number, b.name) AS name, b.type AS doc_type,
       b.status AS status, b.issuer AS issuer
LIMIT $limit
"""
FOCUS = """
MATCH (n {key: $key}) WHERE n:Document OR n:Body
RETURN n.key AS key, labels(n)[0] AS label, coalesce(n.number, n.name) AS name, n.type AS doc_type,
       n.status AS status, n.issuer AS issuer
"""
MAX_HOPS, MAX_NODES = 2, 150


def neighbourhood(store: GraphStore, focus: str, hops: int = 1, limit: int = MAX_NODES,
                  types: set[str] | None = None) -> dict:
    hops = max(1, min(int(hops), MAX_HOPS))
    limit = max(1, min(int(limit), MAX_NODES))
    first = store.read(FOCUS, {"key": focus})
    if not first:
        return {"nodes": [], "edges": [], "focus": focus, "truncated": False}
    nodes = {focus: _node(first[0], focus)}
    edges: dict[tuple, dict] = {}
    frontier, truncated = [focus], False
    for _ in range(hops):
        rows = store.read(NEIGHBOURS, {"keys": frontier, "limit": limit * 4})
        nxt = []
        for r in rows:
            if types and r["type"] not in types:
                continue
            if r["key"] not in nodes:
                if len(nodes) >= limit:
                    truncated = True
                    continue
                nodes[r["key"]] = _node(r, focus)
                nxt.append(r["key"])
            kind = "BASIS" if r["type"] == "CITES" and r["basis"] else r["type"]
            edges[(r["source"], r["target"], kind)] = {"source": r["source"], "target": r["target"], "type": kind}
        frontier = nxt
        if not frontier:
            break
    return {"focus": focus, "nodes": list(nodes.values()),
            "edges": [e for e in edges.values() if e["source"] in nodes and e["target"] in nodes],
            "truncated": truncated}


def _node(r: dict, focus: str) -> dict:
    return {"id": r["key"], "label": r["name"] or r["key"], "kind": r["label"], "type": r.get("doc_type"),
            "status": r.get("status"), "issuer": r.get("issuer"), "focus": r["key"] == focus,
            "url": document_url(r["key"]) if r["label"] == "Document" else f"/bodies/{r['key']}"}


FLAGGED = """
MATCH (d:Document) WHERE size(d.flags) > 0
RETURN d.key AS key, d.number AS number, d.issuer AS issuer, d.status AS status, d.flags AS flags
ORDER BY d.number
LIMIT 1000
"""


def flagged(store: GraphStore) -> list[dict]:
    return store.read(FLAGGED)


FACETS = """
MATCH (d:Document) WHERE d.status = 'loaded'
RETURN collect(DISTINCT d.type) AS types, collect(DISTINCT d.province) AS provinces,
       collect(DISTINCT d.year) AS years, count(d) AS loaded
"""
TOTALS = "MATCH (d:Document) RETURN d.status AS status, count(d) AS n"


def overview(store: GraphStore) -> dict:
    f = store.read(FACETS)[0]
    totals = {r["status"]: r["n"] for r in store.read(TOTALS)}
    return {"types": sorted(t for t in f["types"] if t), "provinces": sorted(p for p in f["provinces"] if p),
            "years": sorted((y for y in f["years"] if y), reverse=True), "loaded": totals.get("loaded", 0),
            "cited": totals.get("cited", 0)}
