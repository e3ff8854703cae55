"""What a legal officer follows: the documents that newly cite, implement, amend or replace a document, and
the documents that newly assign work to a body, newest first (by when the graph learnt them)."""

from __future__ import annotations

from graph.pages import relation_label
from graph.status import EFFECT_LABELS
from graph.store import GraphStore

MAX_ENTRIES = 100

TO_DOCUMENT = """
MATCH (x:Document)-[r:IMPLEMENTS|CITES|PROMULGATES|REPLACES|AMENDS|REPEALS|SUSPENDS|GUIDES|EXTENDS]->(d:Document {key: $key})
WHERE x.status = 'loaded'
RETURN x.key AS key, x.number AS number, x.type AS type, x.issuer AS issuer, x.date AS date, x.title AS title,
       x.loaded_at AS loaded_at, type(r) AS relation, r.basis AS basis, r.quote AS quote
ORDER BY loaded_at DESC, key
LIMIT $limit
"""
TO_BODY = """
MATCH (d:Document)-[a:ASSIGNS]->(b:Body {key: $key})
RETURN d.key AS key, d.number AS number, d.type AS type, d.issuer AS issuer, d.date AS date, d.title AS title,
       d.loaded_at AS loaded_at, a.tasks AS tasks, a.deadline AS deadline, a.role AS role
ORDER BY loaded_at DESC, key
LIMIT $limit
"""
def _name(r: dict) -> str:
    return " ".join(x for x in (r.get("type"), r.get("number")) if x) or r["key"]


def document_feed(store: GraphStore, key: str) -> dict | None:
    """The feed of a document: one entry per document and relation, or None when there is no such document."""
    found = store.read("MATCH (d:Document {key: $key}) RETURN d.number AS number, d.type AS type, d.key AS key",
                       {"key": key})
    if not found:
        return None
    me = _name(found[0])
    entries = []
    for r in store.read(TO_DOCUMENT, {"key": key, "limit": MAX_ENTRIES}):
        rel = r["relation"]
        verb = EFFECT_LABELS.get(rel.lower()) or relation_label(rel, r["basis"])
        entries.append({"id": f"{r['key']}/{rel.lower()}/{key}", "key": r["key"], "updated": r["loaded_at"],
                        "title": f"{_name(r)} {verb} {me}", "summary": r["quote"] or r["title"] or "",
                        "relation": rel.lower(), "date": r["date"]})
    return {"key": key, "title": f"Văn bản liên quan đến {me}", "entries": entries}


def body_feed(store: GraphStore, key: str) -> dict | None:
    """The feed of a body: one entry per document that assigns it work."""
    found = store.read("MATCH (b:Body {key: $key}) RETURN b.name AS name", {"key": key})
    if not found:
        return None
    entries = []
    for r in store.read(TO_BODY, {"key": key, "limit": MAX_ENTRIES}):
        due = f" (hạn {r['deadline']})" if r["deadline"] else ""
        entries.append({"id": f"{r['key']}/assigns/{key}", "key": r["key"], "updated": r["loaded_at"],
                        "title": f"{_name(r)} giao nhiệm vụ cho {found[0]['name']}{due}",
                        "summary": "\n".join(r["tasks"] or []), "relation": "assigns", "date": r["date"]})
    return {"key": key, "title": f"Nhiệm vụ giao cho {found[0]['name']}", "entries": entries}
