"""The answered flag on ASSIGNS edges, kept up to date batch by batch, always equals its definition:
a document issued by the assigned body implements or cites the assigning document.

Synthetic plans (bench/synth.py) are ingested in shuffled order and batches of random size, so that
implementers come before, with and after what they implement; then some files change and lose the
plan they implemented.
"""

import dataclasses
import random

import pytest

from bench.synth import records
from graph.ingest import ensure_schema, write_batch
from graph.store import EmbeddedStore

DEFINITION = """
MATCH (d:Document)-[a:ASSIGNS]->(b:Body)
OPTIONAL MATCH (b)<-[:ISSUED_BY]-(x:Document)-[:IMPLEMENTS|CITES]->(d)
RETURN id(a) AS edge, a.answered AS answered, count(x) > 0 AS expected
"""


def without_implements(rec):
    docs = [dataclasses.replace(d, references=[r for r in d.references if r.relation != "implements"])
            for d in rec.documents]
    return dataclasses.replace(rec, documents=docs)


def ingest_in_random_batches(store, recs, rng):
    i = 0
    while i < len(recs):
        n = rng.choice([1, 3, 17, 60])
        write_batch(store, recs[i:i + n])
        i += n


def check(store):
    rows = store.read(DEFINITION, timeout_ms=60_000)
    wrong = [r for r in rows if r["answered"] is not r["expected"]]
    return rows, wrong


@pytest.mark.parametrize("seed", [1, 2])
def test_answered_equals_its_definition_after_any_order_of_batches(tmp_path, seed):
    rng = random.Random(seed)
    recs = list(records(600, seed=seed))
    rng.shuffle(recs)
    store = EmbeddedStore(tmp_path / "db")
    try:
        ensure_schema(store)
        ingest_in_random_batches(store, recs, rng)
        rows, wrong = check(store)
        answered = sum(r["expected"] for r in rows)
        assert wrong == [] and 0 < answered < len(rows)
        # files that change and no longer implement anything: their mandates' answers go
        changed = [without_implements(r) for r in rng.sample(recs, 150)]
        ingest_in_random_batches(store, changed, rng)
        rows, wrong = check(store)
        assert wrong == [] and sum(r["expected"] for r in rows) < answered
        # and come back when the files are restored
        ingest_in_random_batches(store, [r for r in recs if r.source in {c.source for c in changed}], rng)
        rows, wrong = check(store)
        assert wrong == [] and sum(r["expected"] for r in rows) == answered
    finally:
        store.close()
