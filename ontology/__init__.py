"""The Vanban vocabulary (ontology/vanban.ttl) and the mapping of the graph to RDF with rdflib."""

from __future__ import annotations

from importlib import resources

from rdflib import Graph, Namespace

VB = Namespace("https://vanban-graph.org/ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
DATA = Namespace("https://vanban-graph.org/id/")

TERMS = ["Document", "Body", "AdminUnit", "Assignment", "implements", "cites", "basedOn", "promulgates",
         "issuedBy", "assigns", "locatedIn", "partOf", "number", "documentType", "dateDocument", "title",
         "status", "requiresPlan", "quote", "replaces", "amends", "repeals", "suspends", "guides", "extends"]


def vocabulary() -> Graph:
    g = Graph()
    g.parse(data=resources.files("ontology").joinpath("vanban.ttl").read_text(encoding="utf-8"), format="turtle")
    return g
