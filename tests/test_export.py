"""The vocabulary and the exports: RDF round-trips, GraphML opens, CSV has neo4j-admin headers."""

import csv

import networkx as nx
import pytest
from rdflib import OWL, RDF, RDFS, Graph

from graph.export import dump, export
from ontology import ELI, ORG, TERMS, VB, vocabulary


@pytest.mark.parametrize("term", TERMS)
def test_term_is_defined_with_labels_in_both_languages(term):
    g = vocabulary()
    assert (VB[term], RDF.type, None) in g
    langs = {lit.language for lit in g.objects(VB[term], RDFS.label)}
    assert {"vi", "en"} <= langs


ALIGNMENT = [(VB.Document, RDFS.subClassOf, ELI.LegalResource), (VB.Body, RDFS.subClassOf, ORG.Organization),
             (VB.cites, RDFS.subPropertyOf, ELI.cites), (VB.basedOn, RDFS.subPropertyOf, ELI.based_on),
             (VB.implements, RDFS.subPropertyOf, ELI.applies), (VB.issuedBy, RDFS.subPropertyOf, ELI.passed_by),
             (VB.dateDocument, RDFS.subPropertyOf, ELI.date_document),
             (VB.assigns, RDFS.subPropertyOf, ELI.responsibility_of),
             (VB.partOf, RDFS.subPropertyOf, ORG.subOrganizationOf)]


@pytest.mark.parametrize("triple", ALIGNMENT, ids=lambda t: t[0].split("#")[1])
def test_aligned_with_eli_and_org(triple):
    assert triple in vocabulary()


def test_vocabulary_is_an_ontology():
    assert (None, RDF.type, OWL.Ontology) in vocabulary()


@pytest.fixture(scope="module")
def graph_dump(seeded_store):
    return dump(seeded_store)


@pytest.mark.parametrize("fmt,rdf_format", [("ttl", "turtle"), ("jsonld", "json-ld")])
def test_rdf_round_trips(seeded_store, graph_dump, tmp_path, fmt, rdf_format):
    out = tmp_path / f"g.{fmt}"
    summary = export(seeded_store, fmt, out)
    g = Graph().parse(out, format=rdf_format)
    assert summary.startswith(f"{len(g)} triples")
    nodes, edges = graph_dump
    docs = [n for n in nodes if n["label"] == "Document"]
    assert len(set(g.subjects(RDF.type, VB.Document))) == len(docs)
    assert len(list(g.triples((None, VB.basedOn, None)))) == len(
        {(e["from"], e["to"]) for e in edges if e["type"] == "CITES" and e["props"].get("basis")})
    assert any("Cửa Lò" in str(o) for o in g.objects(None, RDFS.label))


def test_graphml_opens_with_counts(seeded_store, graph_dump, tmp_path):
    out = tmp_path / "g.graphml"
    export(seeded_store, "graphml", out)
    g = nx.read_graphml(out)
    nodes, edges = graph_dump
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(nodes), len(edges))


def test_csv_for_neo4j_admin_import(seeded_store, graph_dump, tmp_path):
    out = tmp_path / "csv"
    export(seeded_store, "csv", out)
    nodes, edges = graph_dump
    with (out / "nodes_Document.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "key:ID(Document)" and rows[0][-1] == ":LABEL"
    assert len(rows) - 1 == sum(n["label"] == "Document" for n in nodes)
    with (out / "relationships_CITES.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == [":START_ID(Document)", ":END_ID(Document)"] and rows[0][-1] == ":TYPE"
    assert len(rows) - 1 == sum(e["type"] == "CITES" for e in edges)
