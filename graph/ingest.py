"""Records to graph: resolve keys, then write each batch of files in one atomic query."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from queue import Queue
from threading import Lock, Thread

from graph.identity import Identities
from graph.keys import body_key, document_key, number_key, search_text, year_of
from graph.resolve import committee_key, committee_name, group_members, issuer_body, parse_unit
from graph.status import FOR_GOOD, day_number
from graph.store import GraphStore, Prepared
from language.restore import learn, learned_from
from loaders import LoadError
from loaders.effects import EFFECTS
from loaders.parallel import default_jobs, files_under, read_files
from loaders.records import FileRecord

# Edges written per batch: (parameter list, relationship type, end label, properties). Relationship
# types cannot be query parameters, so the query text is built from this fixed table only.
EDGES = [
    ("issued", "ISSUED_BY", "Body", ("source",)),
    ("implements", "IMPLEMENTS", "Document", ("source", "span", "quote", "effect")),
    ("cites", "CITES", "Document", ("source", "basis", "span", "quote", "effect")),
    ("promulgates", "PROMULGATES", "Document", ("source", "span", "quote", "effect")),
    ("assigns", "ASSIGNS", "Body", ("source", "tasks", "role", "requires_plan", "suggestion", "span", "group", "members",
                                    "deadline", "recurrence", "report_to", "guessed")),
    # what a document does to another (issue 13), beside the CITES/IMPLEMENTS edge of the same mention
    *((effect, effect.upper(), "Document", ("source", "span", "quote", "partial")) for effect in EFFECTS),
]

# One query per batch: FalkorDB runs each query atomically, so a batch is in the graph whole or not at all.
UPSERT = "".join(  # first what these files said before goes: their edges, found by source in an index
    f"""UNWIND $sources AS src
OPTIONAL MATCH ()-[old:{rel} {{source: src}}]->()
DELETE old
WITH count(*) AS _
"""
    for _, rel, _, _ in EDGES
) + """UNWIND $sources AS src
OPTIONAL MATCH (d:Document {source: src})
WITH DISTINCT d WHERE d IS NOT NULL
SET d.status = 'cited', d.source = NULL
WITH count(*) AS _
UNWIND $documents AS d
MERGE (n:Document {key: d.key})
SET n.number = d.number, n.number_key = d.number_key, n.type = d.type, n.issuer = d.issuer,
    n.issuer_key = d.issuer_key, n.date = d.date, n.year = d.year, n.title = d.title,
    n.province = d.province, n.signer = d.signer, n.flags = d.flags, n.status = 'loaded', n.source = d.source,
    n.place = d.place, n.issuer_unit = d.issuer_unit, n.span = d.span, n.text = d.text, n.search = d.search,
    n.unnumbered = d.unnumbered, n.general_duties = d.general_duties, n.effective_from = d.effective_from, n.period_from = d.period_from,
    n.period_to = d.period_to, n.loaded_at = d.loaded_at, n.due_day = d.due_day, n.start_day = d.start_day,
    n.until_day = d.until_day
WITH count(*) AS _
UNWIND $cited AS c
MERGE (n:Document {key: c.key})
ON CREATE SET n.number = c.number, n.number_key = c.number_key, n.type = c.type, n.issuer = c.issuer,
    n.issuer_key = c.issuer_key, n.date = c.date, n.year = c.year, n.status = 'cited', n.flags = c.flags,
    n.search = c.search
WITH count(*) AS _
UNWIND $bodies AS b
MERGE (n:Body {key: b.key}) ON CREATE SET n.name = b.name, n.unit = b.unit, n.group = b.group
WITH count(*) AS _
UNWIND $cited_issued AS e
MATCH (a:Document {key: e.from}), (b:Body {key: e.to})
MERGE (a)-[:ISSUED_BY]->(b)
WITH count(*) AS _
UNWIND $located AS e
MATCH (b:Body {key: e.from}), (u:AdminUnit {key: e.to})
MERGE (b)-[:IN]->(u)
""" + "".join(
    f"""WITH count(*) AS _
UNWIND ${param} AS e
MATCH (a:Document {{key: e.from}}), (b:{label} {{key: e.to}})
CREATE (a)-[:{rel} {{{", ".join([f"{p}: e.{p}" for p in props] + (["answered: false"] if rel == "ASSIGNS" else []))}}}]->(b)
"""
    for param, rel, label, props in EDGES
) + "RETURN count(*) AS written\n"

# Whether a mandate has been answered is kept on its ASSIGNS edge, so that uncovered_mandates is a scan,
# not a search. An assignment from d to body b is answered when a document issued by b implements or
# cites d. Every ASSIGNS edge is written unanswered; after the batch (FalkorDB does not match, within one
# query, edges that query created) ANSWERS follows only the paths this batch can have opened: through
# its new IMPLEMENTS and CITES edges, to its new ASSIGNS edges, and through its new ISSUED_BY edges.
# (The WITHs make FalkorDB look both ends up by key and test the edge between them, instead of walking
# every assignment of a much-assigned body.)
ANSWERS = """
UNWIND $answers AS e
MATCH (:Document {key: e.from})-[:ISSUED_BY]->(b:Body)
WITH b, e
MATCH (d:Document {key: e.to})
WITH b, d
MATCH (d)-[a:ASSIGNS]->(b)
WHERE a.answered = false
SET a.answered = true
WITH count(*) AS _
UNWIND $loaded AS k
MATCH (d:Document {key: k})<-[:IMPLEMENTS|CITES]-(:Document)-[:ISSUED_BY]->(:Body)<-[a:ASSIGNS]-(d)
WHERE a.answered = false
SET a.answered = true
WITH count(*) AS _
UNWIND $cited_issued AS e
MATCH (:Document {key: e.from})-[:IMPLEMENTS|CITES]->(:Document)-[a:ASSIGNS]->(:Body {key: e.to})
WHERE a.answered = false
SET a.answered = true
"""
# Only a re-ingested file takes paths away: the documents its old edges pointed to are recomputed whole.
ANSWERED = """
UNWIND $dirty AS k
MATCH (d:Document {key: k})-[a:ASSIGNS]->(b:Body)
SET a.answered = false
WITH d, a, b
MATCH (b)<-[:ISSUED_BY]-(:Document)-[:IMPLEMENTS|CITES]->(d)
SET a.answered = true
"""
# When a document stops being in force, and from when a document rests on one that has: derived at write
# time, so that stale_basis is one index range scan instead of a walk from every plan in force (issue 13).
# A basis has ended on the day after its period ends, or on the day a document that wholly replaces or
# repeals it takes effect, whichever comes first; a document's `stale_from` is the earliest end among
# what it implements or rests on. Recomputed for the documents a batch loads, the targets of its effects
# and of a re-ingested file's old edges, and everything that rests on those.
ENDED = """
UNWIND $ended AS k
MATCH (b:Document {key: k})
OPTIONAL MATCH (x:Document)-[e:REPLACES|REPEALS]->(b)
WHERE coalesce(e.partial, false) = false AND x.start_day IS NOT NULL
WITH b, min(x.start_day) AS replaced
SET b.ended_day = CASE WHEN b.until_day IS NOT NULL AND b.until_day < $for_good
                            AND (replaced IS NULL OR b.until_day < replaced) THEN b.until_day + 1
                       ELSE replaced END
"""
STALE = """
UNWIND $ended AS k
MATCH (:Document {key: k})<-[r:IMPLEMENTS|CITES]-(p:Document)
WHERE type(r) = 'IMPLEMENTS' OR r.basis = true
RETURN DISTINCT p.key AS key
"""
STALE_FROM = """
UNWIND $plans AS k
MATCH (p:Document {key: k})
OPTIONAL MATCH (p)-[r:IMPLEMENTS|CITES]->(b:Document)
WHERE type(r) = 'IMPLEMENTS' OR r.basis = true
WITH p, min(b.ended_day) AS stale
SET p.stale_from = stale
"""
OLD_TARGETS = "\nUNION\n".join(  # each part a plain index lookup: combined in one MATCH they were not
    f"UNWIND $sources AS src MATCH ()-[:{rel} {{source: src}}]->(t) RETURN DISTINCT t.key AS key"
    for rel in ("IMPLEMENTS", "CITES")
)


INDEXES = [("Document", "key"), ("Document", "number_key"), ("Document", "source"), ("Document", "issuer_key"),
           ("Document", "due_day"), ("Document", "start_day"), ("Document", "until_day"), ("Document", "stale_from"),
           ("Body", "key"),
           ("AdminUnit", "key"), *((rel, "source") for _, rel, _, _ in EDGES)]
# Units are created with their PART_OF edges in one pass down the tree: no lookups by key, so the
# load (and its replay from the append-only log) stays fast.
_UNIT_PROPS = "key: {v}.key, kind: {v}.kind, name: {v}.name, level: {v}.level, province: {v}.province, " \
              "era: {v}.era, ancestors: {v}.ancestors"
LOAD_UNITS = f"""
UNWIND $provinces AS p
CREATE (pn:AdminUnit {{{_UNIT_PROPS.format(v="p")}}})
WITH pn, p
UNWIND p.children AS d
CREATE (dn:AdminUnit {{{_UNIT_PROPS.format(v="d")}}})-[:PART_OF]->(pn)
WITH dn, d
UNWIND d.children AS w
CREATE (:AdminUnit {{{_UNIT_PROPS.format(v="w")}}})-[:PART_OF]->(dn)
"""


def _unit_tree() -> list[dict]:
    from language import gazetteer

    rows: dict[str, dict] = {}
    for u in gazetteer.units():
        rows[u.key] = {"key": u.key, "kind": u.kind, "name": u.name, "level": u.level, "province": u.province,
                       "era": u.era, "ancestors": [a.key for a in gazetteer.ancestors(u)], "children": []}
    roots = []
    for u in gazetteer.units():
        (rows[u.parent]["children"] if u.parent in rows else roots).append(rows[u.key])
    return roots


def ensure_schema(store: GraphStore) -> None:
    """Indexes, the derived numbers of a graph loaded before they existed, and the gazetteer's units as
    AdminUnit nodes (loaded once per graph)."""
    for label, prop in INDEXES:
        store.create_index(label, prop)
    if not store.read("MATCH (s:Schema {key: 'schema'}) WHERE s.derived >= 1 RETURN s.key AS key"):
        derive_all(store)
        store.write("MERGE (s:Schema {key: 'schema'}) SET s.derived = 1")
    if store.read("MATCH (u:AdminUnit) RETURN u.key AS key LIMIT 1"):
        return
    roots = _unit_tree()
    for i in range(0, len(roots), 8):
        store.write(LOAD_UNITS, {"provinces": roots[i:i + 8]})
    store.compact()


@dataclass
class Summary:
    files: int = 0
    documents: int = 0
    edges: Counter = field(default_factory=Counter)
    bodies: set = field(default_factory=set)
    cited: set = field(default_factory=set)
    flags: Counter = field(default_factory=Counter)
    keys: list[str] = field(default_factory=list)  # the loaded documents, in file order
    failures: list[tuple[str, str]] = field(default_factory=list)


def batch_params(records: list[FileRecord], written: set | None = None, identities: Identities | None = None) -> dict:
    """The parameters of UPSERT and ANSWERS for a batch of files. `written` holds what earlier batches
    of the same run wrote that nothing deletes (nodes, and edges that belong to no file): it is left out,
    since merging it again changes nothing, and what this batch adds to it is added."""
    ident = identities or Identities()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    p: dict[str, list] = {k: [] for k in ("sources", "documents", "cited", "bodies", "located", "cited_issued",
                                           *(e[0] for e in EDGES))}

    def body(key: str, name: str, unit_label: str | None, unit, group: str | None = None) -> None:  # noqa: ANN001
        p["bodies"].append({"key": key, "name": name, "unit": unit_label, "group": group})
        if unit is not None:
            p["located"].append({"from": key, "to": unit.key})

    for rec in records:
        src = rec.source
        p["sources"].append(src)
        keys = []
        for d in rec.documents:
            promulgator = next((r for r in d.references if r.relation == "promulgated_by"), None)
            if d.number:
                key = ident.resolve(document_key(d.number, d.type, d.issuer, d.date), number_key(d.number), d.issuer,
                                    year_of(d.number, d.date))
            elif promulgator:  # an unnumbered attachment takes its decision's key plus its own type
                key = document_key(promulgator.number, promulgator.type, promulgator.issuer, promulgator.date) \
                    + "-" + document_key(None, d.type, None, None).split("-")[1]
            else:
                key = document_key(None, d.type, d.issuer, d.date) + "-" + Path(src).stem.lower()[:12]
            keys.append(key)
            issuer = issuer_body(d.issuer, d.issuer_unit, d.province, d.date)
            p["documents"].append({"key": key, "number": d.number, "number_key": number_key(d.number),
                                   "type": d.type, "issuer": d.issuer, "issuer_key": issuer[0] if issuer else None,
                                   "date": d.date, "year": year_of(d.number, d.date), "title": d.title,
                                   "province": d.province, "signer": d.signer, "flags": d.flags, "source": src,
                                   "place": d.place, "issuer_unit": d.issuer_unit, "span": list(d.span),
                                   "text": rec.text[d.span[0]:d.span[1]] if rec.text else None,
                                   "search": search_text(d.number, d.type, d.issuer, d.title),
                                   "unnumbered": json.dumps([u.__dict__ for u in d.unnumbered_references],
                                                            ensure_ascii=False),
                                   # the closing paragraph's duty of all: shown on the page, no mandate of its own
                                   "general_duties": json.dumps([{"body": a.body, "tasks": a.tasks,
                                                                  "requires_plan": a.requires_plan}
                                                                 for a in d.general_duties], ensure_ascii=False)
                                   if d.general_duties else None,
                                   "effective_from": d.effective_from,
                                   "period_from": (d.period or {}).get("from"), "period_to": (d.period or {}).get("to"),
                                   "loaded_at": now,  # when the graph learnt it: what the feeds announce
                                   # its earliest deadline as a number (20240615), indexed: overdue_mandates starts
                                   # from the documents with one past, not from every assignment. A number, since
                                   # FalkorDB 4's range index scan answers `<` on a string with every node (measured)
                                   "due_day": day_number(min(filter(None, (
                                       a.deadline.get("date") if isinstance(a.deadline, dict) else a.deadline
                                       for a in d.assignments)), default=None)),
                                   # the days it is in force between, as indexed numbers (in_force, stale_basis):
                                   # from its effective or signing date, to its period's end or for good
                                   "start_day": day_number(d.effective_from or d.date) or 0,
                                   "until_day": day_number((d.period or {}).get("to")) or FOR_GOOD})
            if issuer:
                body(issuer[0], issuer[1], d.issuer_unit, issuer[2])
                p["issued"].append({"from": key, "to": issuer[0], "source": src})
            for r in d.references:
                ckey = document_key(r.number, r.type, r.issuer, r.date)
                if not r.issuer:  # never merged by guess: an unresolved citation is its own node, flagged
                    ckey = f"{ckey}-in-{key}"
                else:  # the same decision cited with a slip in its issuer's name is the same node
                    ckey = ident.resolve(ckey, number_key(r.number), r.issuer, year_of(r.number, r.date))
                cited_issuer = issuer_body(r.issuer, None, d.province, r.date)
                if cited_issuer:
                    body(cited_issuer[0], cited_issuer[1], None, cited_issuer[2])
                    # a cited document's key holds its issuer: the edge is a fact of the key, not of this file
                    p["cited_issued"].append({"from": ckey, "to": cited_issuer[0]})
                flags = list(r.flags) + ([] if r.issuer else ["issuer_ambiguous"])
                p["cited"].append({"key": ckey, "number": r.number, "number_key": number_key(r.number),
                                   "type": r.type, "issuer": r.issuer, "issuer_key": cited_issuer[0] if cited_issuer else None,
                                   "date": r.date, "year": year_of(r.number, r.date), "flags": sorted(set(flags)),
                                   "search": search_text(r.number, r.type, r.issuer, None)})
                edge = {"from": key, "to": ckey, "source": src, "span": list(r.span), "quote": r.quote,
                        "effect": r.effect}  # what this document does to it (replaces, amends ...), if anything
                if r.effect:
                    p[r.effect].append({**{k: v for k, v in edge.items() if k != "effect"}, "partial": r.partial})
                if r.relation == "implements":
                    p["implements"].append(edge)
                elif r.relation == "promulgated_by":
                    p["promulgates"].append({**edge, "from": ckey, "to": key})
                else:
                    p["cites"].append({**edge, "basis": r.relation == "basis"})
            for a in d.assignments:
                unit = parse_unit(a.unit, d.province, d.date)
                due = a.deadline if isinstance(a.deadline, dict) else {"date": a.deadline, "recurrence": None}
                edge = {"from": key, "source": src, "tasks": a.tasks, "role": a.role, "requires_plan": a.requires_plan,
                        "suggestion": a.suggestion, "span": list(a.span), "group": None, "members": 0,
                        "deadline": due["date"], "recurrence": due["recurrence"], "report_to": a.report_to,
                        # [restored, scanned] pairs as a person reads them: a property holds no nested list
                        "guessed": [f"{w} (bản quét: {x})" for w, x in a.guessed] or None}
                bkey = body_key(a.body, a.unit)
                body(bkey, a.body, a.unit, unit)
                members = group_members(a.body, unit)
                p["assigns"].append({**edge, "to": bkey, "members": len(members)})
                # a group ("UBND các phường") is also an assignment to each member unit's committee
                for m in members:
                    body(committee_key(m), committee_name(m), m.label, m, group=a.body)
                    p["assigns"].append({**edge, "to": committee_key(m), "group": a.body})
    # a cited document that is also loaded in this batch is the same node: keep the loaded one's fields
    loaded = {d["key"] for d in p["documents"]}
    p["cited"] = list({c["key"]: c for c in p["cited"] if c["key"] not in loaded}.values())
    p["cited_issued"] = list({(e["from"], e["to"]): e for e in p["cited_issued"] if e["from"] not in loaded}.values())
    p["bodies"] = list({b["key"]: b for b in p["bodies"]}.values())
    p["located"] = list({(e["from"], e["to"]): e for e in p["located"]}.values())
    if written is not None:
        for param, ident in (("cited", lambda c: c["key"]), ("bodies", lambda b: b["key"]),
                             ("located", lambda e: (e["from"], e["to"])),
                             ("cited_issued", lambda e: (e["from"], e["to"]))):
            p[param] = [x for x in p[param] if (param, ident(x)) not in written]
            written.update((param, ident(x)) for x in p[param])
    # the paths to mandates this batch may open (see ANSWERS)
    p["answers"] = list({(e["from"], e["to"]): {"from": e["from"], "to": e["to"]}
                         for e in p["implements"] + p["cites"]}.values())
    p["loaded"] = sorted(loaded)
    return p


@dataclass
class Batch:
    """A batch of files ready to write: what it says, and its two writes already encoded."""

    params: dict
    upsert: Prepared
    answers: Prepared


def prepare_batch(store: GraphStore, records: list[FileRecord], written: set | None = None,
                  identities: Identities | None = None) -> Batch:
    identities = identities or Identities()
    identities.learn(store, (number_key(n) for rec in records for d in rec.documents
                             for n in [d.number, *(r.number for r in d.references)] if n))
    params = batch_params(records, written, identities)
    return Batch(params, store.prepare(UPSERT, params),
                 store.prepare(ANSWERS, {k: params[k] for k in ("answers", "loaded", "cited_issued")}))


def derive(store: GraphStore, ended: list[str], loaded: list[str]) -> None:
    """ENDED for `ended`, then STALE_FROM for `loaded` and everything that rests on `ended`."""
    plans = set(loaded)
    for i in range(0, len(ended), 5000):
        store.write(ENDED, {"ended": ended[i:i + 5000], "for_good": FOR_GOOD})
        plans.update(r["key"] for r in store.read(STALE, {"ended": ended[i:i + 5000]}, timeout_ms=60_000))
    ordered = sorted(plans)
    for i in range(0, len(ordered), 5000):
        store.write(STALE_FROM, {"plans": ordered[i:i + 5000]})


def derive_all(store: GraphStore) -> None:
    """The derived numbers of every document (a graph loaded before they existed)."""
    keys = [r["key"] for r in store.read("MATCH (d:Document) RETURN d.key AS key", timeout_ms=600_000)]
    if keys:
        derive(store, keys, keys)


def write_batch(store: GraphStore, records: list[FileRecord]) -> dict:
    """Write a batch of files atomically and wait until it is durable; returns what was written."""
    return write_prepared_batch(store, prepare_batch(store, records))


def write_prepared_batch(store: GraphStore, batch: Batch) -> dict:
    old = [r["key"] for r in store.read(OLD_TARGETS, {"sources": batch.params["sources"]}, timeout_ms=60_000)]
    store.write_prepared(batch.upsert)
    store.write_prepared(batch.answers)
    for i in range(0, len(old), 5000):
        store.write(ANSWERED, {"dirty": old[i:i + 5000]})
    derive(store, sorted({*batch.params["loaded"], *old, *(e["to"] for effect in ("replaces", "repeals")
                                                         for e in batch.params[effect])}), batch.params["loaded"])
    store.durable()  # a file is reported done only once its write is on disk
    return batch.params


def write_stream(store: GraphStore, batches: Iterable[list[FileRecord]],
                 done: Callable[[dict], None] = lambda params: None) -> None:
    """Write batches one after another while the next is being prepared: the records of batch N+1 are
    resolved and encoded in this thread while a writer thread waits on the database for batch N."""
    queue: Queue = Queue(maxsize=2)
    failure: list[BaseException] = []
    written: set = set()  # safe to share ahead of the writer: after a failure, no later batch is written
    # keys this run gave, so that batch N+1 sees batch N's before it is written
    identities = Identities(graph_empty=not store.read("MATCH (d:Document) RETURN d.key AS k LIMIT 1"))

    def writer() -> None:
        while (batch := queue.get()) is not None:
            if failure:
                continue  # drain: nothing more is written after a failure
            try:
                done(write_prepared_batch(store, batch))
            except BaseException as e:  # noqa: BLE001 - handed to the caller below
                failure.append(e)

    thread = Thread(target=writer, name="vanban-writer", daemon=True)
    thread.start()
    try:
        for records in batches:
            if failure:
                break
            queue.put(prepare_batch(store, records, written, identities))
    finally:
        queue.put(None)
        thread.join()
    if failure:
        raise failure[0]


COMPACT_AFTER = 100  # files: a load this large rewrites the append-only log at its end, so restarts read a snapshot


def _counter(summary: Summary) -> Callable[[dict], None]:
    def done(params: dict) -> None:  # a batch is durable: count it
        summary.files += len(params["sources"])
        summary.documents += len(params["documents"])
        for param, rel, _, _ in EDGES:
            summary.edges[rel] += len(params[param])
        summary.bodies.update(b["key"] for b in params["bodies"])
        summary.cited.update(c["key"] for c in params["cited"])
        for d in params["documents"]:
            summary.flags.update(d["flags"])
            summary.keys.append(d["key"])
    return done


def learn_from(store: GraphStore, texts: list[str]) -> None:
    """The accented documents just written teach the restorer, so that later scans read better."""
    path = store.learned_path()
    if path is not None and texts:
        learn(texts, path)


def load_records(store: GraphStore, records: list[FileRecord]) -> Summary:
    """Write records already read (by another process, say) as one batch, like `ingest` would."""
    ensure_schema(store)
    summary = Summary()
    write_stream(store, [records], _counter(summary))
    learn_from(store, [r.text for r in records])
    return summary


def ingest(store: GraphStore, paths: list[str], batch: int = 50, progress: bool = True, jobs: int = 1) -> Summary:
    """Files and folders into the graph, `batch` files a write; `jobs` reading processes (0: one per core)."""
    files = files_under(paths)
    ensure_schema(store)
    summary = Summary()
    count = _counter(summary)
    texts: dict[str, str] = {}  # the files read, by source, until their batch is in the graph
    committed: list[str] = []
    read = {"n": 0, "name": ""}
    lock = Lock()  # the writer thread and this one both update the line

    def show() -> None:
        # the bar is what the graph holds: files committed (or refused), not files read ahead of the writer
        if not progress:
            return
        with lock:
            settled = summary.files + len(summary.failures)
            n = int(30 * settled / len(files)) if files else 30
            print(f"\r[{'#' * n}{'.' * (30 - n)}] {settled}/{len(files)} tệp đã vào đồ thị, đã đọc {read['n']} "
                  f"{read['name'][:32]:32s}", end="", file=sys.stderr, flush=True)

    def done(params: dict) -> None:
        count(params)
        committed.extend(texts.pop(src, "") for src in params["sources"])
        show()

    def batches() -> Iterator[list[FileRecord]]:
        pending: list[FileRecord] = []
        for i, (f, got) in enumerate(read_files(files, jobs or default_jobs(), store.learned_path()), 1):
            if isinstance(got, FileRecord):
                pending.append(got)
                texts[got.source] = got.text
            elif isinstance(got, LoadError):
                summary.failures.append((f, got.problem))
            else:  # a bug must not stop the batch: the file is reported, the others load
                summary.failures.append((f, f"không đọc được ({type(got).__name__}: {got})"))
            read["n"], read["name"] = i, Path(f).name
            show()
            if len(pending) >= batch:
                yield pending
                pending = []
        if pending:
            yield pending

    try:
        with learned_from(store.learned_path()):  # scans read with what this graph's own documents taught
            write_stream(store, batches(), done)
    finally:
        learn_from(store, committed)  # what is in the graph teaches, even when a later batch failed
    if summary.files >= COMPACT_AFTER:  # a small load (an upload) leaves the log to the database's own rewrites
        store.compact()
    if progress and files:
        print(file=sys.stderr)
    return summary
