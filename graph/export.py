"""The graph out of the store: plain nodes and edges, networkx (GraphML for Gephi), and CSV in the
layout `neo4j-admin database import` reads. RDF is in ontology/rdf.py."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from graph.store import GraphStore

NODES = "MATCH (n) WHERE n:Document OR n:Body RETURN labels(n)[0] AS label, n AS props"
LINKED_UNITS = "MATCH (:Body)-[:IN]->(u:AdminUnit) RETURN DISTINCT u.key AS key, u.ancestors AS ancestors"
UNITS = "MATCH (n:AdminUnit) WHERE n.key IN $keys RETURN 'AdminUnit' AS label, n AS props"
EDGES = """
MATCH (a)-[r]->(b) WHERE (a:Document OR a:Body OR a:AdminUnit) AND (b:Document OR b:Body OR b:AdminUnit)
RETURN a.key AS from, type(r) AS type, b.key AS to, r AS props
"""


def dump(store: GraphStore) -> tuple[list[dict], list[dict]]:
    # only the units bodies lie in, and the units above them: not the whole gazetteer
    linked = store.read(LINKED_UNITS, timeout_ms=120_000)
    unit_keys = sorted({r["key"] for r in linked} | {a for r in linked for a in r["ancestors"] or []})
    nodes = store.read(NODES, timeout_ms=120_000) + store.read(UNITS, {"keys": unit_keys}, timeout_ms=120_000)
    keys = {n["props"]["key"] for n in nodes}
    edges = [e for e in store.read(EDGES, timeout_ms=120_000) if e["from"] in keys and e["to"] in keys]
    for e in edges:
        e["props"] = {k: v for k, v in (e["props"] or {}).items() if k != "type"}
    return nodes, edges


def _scalar(v):  # noqa: ANN001, ANN202
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def to_networkx(nodes: list[dict], edges: list[dict]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in nodes:
        p = {k: _scalar(v) for k, v in n["props"].items() if v is not None}
        g.add_node(n["props"]["key"], label=n["label"], **p)
    for e in edges:
        p = {k: _scalar(v) for k, v in e["props"].items() if v is not None}
        g.add_edge(e["from"], e["to"], type=e["type"], **p)
    return g


def write_csv(nodes: list[dict], edges: list[dict], out: Path) -> list[Path]:
    """nodes_<Label>.csv and relationships_<TYPE>.csv with neo4j-admin import headers."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    label_of = {n["props"]["key"]: n["label"] for n in nodes}
    for label in sorted({n["label"] for n in nodes}):
        rows = [n["props"] for n in nodes if n["label"] == label]
        props = sorted({k for r in rows for k in r} - {"key"})
        path = out / f"nodes_{label}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow([f"key:ID({label})", *props, ":LABEL"])
            for r in rows:
                w.writerow([r["key"], *(_scalar(r.get(p)) for p in props), label])
        written.append(path)
    for rel in sorted({e["type"] for e in edges}):
        rows = [e for e in edges if e["type"] == rel]
        props = sorted({k for r in rows for k in r["props"]})
        path = out / f"relationships_{rel}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            a, b = label_of[rows[0]["from"]], label_of[rows[0]["to"]]
            w.writerow([f":START_ID({a})", f":END_ID({b})", *props, ":TYPE"])
            for r in rows:
                w.writerow([r["from"], r["to"], *(_scalar(r["props"].get(p)) for p in props), rel])
        written.append(path)
    return written


def export(store: GraphStore, fmt: str, out: str | Path) -> str:
    """Write the graph in `fmt` to `out`; returns a one-line summary."""
    nodes, edges = dump(store)
    out = Path(out)
    if fmt in ("ttl", "jsonld"):
        from ontology.rdf import to_rdf

        g = to_rdf(nodes, edges)
        g.serialize(destination=str(out), format="turtle" if fmt == "ttl" else "json-ld", encoding="utf-8")
        return f"{len(g)} triples -> {out}"
    if fmt == "graphml":
        nx.write_graphml(to_networkx(nodes, edges), out)
    elif fmt == "csv":
        files = write_csv(nodes, edges, out)
        return f"{len(nodes)} nodes, {len(edges)} relationships -> {len(files)} files in {out}"
    else:
        raise ValueError(f"unknown export format '{fmt}' (ttl, jsonld, graphml, csv)")
    return f"{len(nodes)} nodes, {len(edges)} relationships -> {out}"
