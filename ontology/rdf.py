"""The graph as RDF: documents as eli:LegalResource, bodies and units as org:Organization."""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from ontology import DATA, ELI, ORG, VB

_EDGE = {"IMPLEMENTS": VB.implements, "PROMULGATES": VB.promulgates, "ISSUED_BY": VB.issuedBy,
         "ASSIGNS": VB.assigns, "IN": VB.locatedIn, "PART_OF": VB.partOf, "REPLACES": VB.replaces,
         "AMENDS": VB.amends, "REPEALS": VB.repeals, "SUSPENDS": VB.suspends, "GUIDES": VB.guides,
         "EXTENDS": VB.extends}
# Effects also as the ELI property a consumer of ELI data looks for.
_ELI = {"REPLACES": ELI.repeals, "REPEALS": ELI.repeals, "AMENDS": ELI.amends, "SUSPENDS": ELI.changes,
        "EXTENDS": ELI.changes}
_CLASS = {"Document": VB.Document, "Body": VB.Body, "AdminUnit": VB.AdminUnit}


def _iri(label: str, key: str) -> URIRef:
    return DATA[f"{label.lower()}/{key}"]


def to_rdf(nodes: list[dict], edges: list[dict]) -> Graph:
    g = Graph()
    g.bind("vb", VB)
    g.bind("eli", ELI)
    g.bind("org", ORG)
    labels = {}
    for n in nodes:
        label, p = n["label"], n["props"]
        s = _iri(label, p["key"])
        labels[p["key"]] = label
        g.add((s, RDF.type, _CLASS[label]))
        name = p.get("number") or p.get("name") or p["key"]
        g.add((s, RDFS.label, Literal(name, lang="vi")))
        if label == "Document":
            for prop, term in (("number", VB.number), ("type", VB.documentType), ("title", VB.title),
                               ("status", VB.status)):
                if p.get(prop):
                    g.add((s, term, Literal(p[prop], lang="vi" if prop in ("type", "title") else None)))
            if p.get("date"):
                g.add((s, VB.dateDocument, Literal(p["date"], datatype=XSD.date)))
    for e in edges:
        a, b = _iri(labels[e["from"]], e["from"]), _iri(labels[e["to"]], e["to"])
        if e["type"] == "CITES":
            g.add((a, VB.basedOn if e["props"].get("basis") else VB.cites, b))
        else:
            g.add((a, _EDGE[e["type"]], b))
            if e["type"] in _ELI:
                g.add((a, _ELI[e["type"]], b))
    return g
