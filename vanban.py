"""The `vanban` command: extract, ingest, query, export, serve."""

from __future__ import annotations

import argparse
import errno
import json
import signal
import socket
import sys
from pathlib import Path

from loaders.errors import VanbanError


def _err(msg: str) -> None:
    print(f"vanban: {msg}", file=sys.stderr)


def _each_file(paths: list[str], read, show) -> int:  # noqa: ANN001
    """`show(read(path))` for each path; a file that cannot be read is one line on stderr, and the others go on."""
    status = 0
    for path in paths:
        try:
            got = read(path)
        except VanbanError as e:
            _err(str(e))
            status = 1
            continue
        show(got)
    return status


def cmd_extract(args: argparse.Namespace) -> int:
    from loaders.parallel import default_jobs, files_under, read_files

    files = files_under(args.paths)
    # one file is read here; a folder's files by one process per core (--jobs), printed in order
    jobs = 1 if len(files) == 1 else (args.jobs or default_jobs())
    status = 0
    for path, got in read_files(files, jobs):
        if isinstance(got, VanbanError):
            _err(str(got))
            status = 1
        elif isinstance(got, Exception):
            _err(f"{path}: không đọc được ({type(got).__name__}: {got})")
            status = 1
        elif args.json:
            print(json.dumps(got.to_dict(), ensure_ascii=False, indent=2))
        else:
            _print_summary(got)
    return status


def _print_summary(rec) -> None:  # noqa: ANN001
    print(rec.source)
    for d in rec.documents:
        print(f"  {d.number or '(không số)'}  {d.type or '?'}  {d.issuer or '?'}  {d.date or '?'}")
        print(f"    {d.title or ''}")
        for r in d.references:
            print(f"    -> {r.relation:15s} {r.number:22s} {r.issuer or '?'}  {r.date or '?'}"
                  + (f"  [{', '.join(r.flags)}]" if r.flags else ""))
        for a in d.assignments:
            print(f"    => {a.body}" + ("  (phải ban hành kế hoạch)" if a.requires_plan else ""))


def cmd_restore(args: argparse.Namespace) -> int:
    from language.restore import LEARNED_NAME, restore_text, use_learned
    from loaders.read import read_text

    if args.db:  # with what a graph's own accented documents taught, when it has learnt any
        use_learned(Path(args.db) / LEARNED_NAME)

    def show(text: str) -> None:
        sys.stdout.write(restore_text(text, force=args.force))
        if not text.endswith("\n"):
            sys.stdout.write("\n")

    return _each_file(args.paths, read_text, show)


def _store(args: argparse.Namespace):  # noqa: ANN202
    from graph.store import open_store

    return open_store(args.db, args.neo4j, args.user, args.password)


def cmd_ingest(args: argparse.Namespace) -> int:
    from graph.ingest import ingest

    store = _store(args)
    try:
        s = ingest(store, args.paths, batch=args.batch, progress=not args.quiet, jobs=args.jobs)
    finally:
        store.close()
    from graph.words import vi

    edges = ", ".join(f"{vi(k) if vi(k) != k else vi(k.lower())} {v}" for k, v in sorted(s.edges.items()) if v)
    print(f"{s.files} tệp · {s.documents} văn bản đã nạp · {len(s.cited)} văn bản chỉ biết qua trích dẫn · "
          f"{len(s.bodies)} cơ quan")
    print(f"quan hệ: {edges or 'không có'}")
    if s.flags:
        print("cảnh báo: " + ", ".join(f"{vi(k)} {v}" for k, v in s.flags.most_common()))
    for path, problem in s.failures:
        print(f"không nạp được: {path}: {problem}", file=sys.stderr)
    return 1 if s.failures else 0


def cmd_queries(args: argparse.Namespace) -> int:
    from graph.queries import named_queries

    for q in named_queries().values():
        print(f"{q.name:24s} {q.title}  ({', '.join(q.params) or 'không có tham số'})")
        print(f"{'':24s} {q.description}")
    return 0


def _params(pairs: list[str]) -> dict:
    out: dict = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise VanbanError(f"parameter '{pair}' is not key=value")
        k, v = pair.split("=", 1)
        out[k] = v  # read as meant (numbers, levels) by graph.queries.literal
    return out


def _print_table(result: dict) -> None:
    """A query's answer as a person reads it: Vietnamese column names and values, one row a line, a list (tasks,
    answers) on its row joined by semicolons."""
    from graph.words import cell, vi

    for n in result["notices"]:
        print(f"ghi chú: {n}", file=sys.stderr)
    cols = result["columns"]
    print(" | ".join(str(vi(c)) for c in cols))
    for row in result["rows"]:
        print(" | ".join("-" if row[c] is None or row[c] == [] else str(cell(row[c])) for c in cols))
    print(f"({len(result['rows'])} dòng)")


def cmd_query(args: argparse.Namespace) -> int:
    from graph.queries import run_named

    return _answer(args, lambda store: run_named(store, args.name, _params(args.param)))


def cmd_cypher(args: argparse.Namespace) -> int:
    from graph.queries import literal, run_cypher

    params = {k: literal(k, v) for k, v in _params(args.param).items()}  # -p y=2024 is the number 2024
    return _answer(args, lambda store: run_cypher(store, args.query, params))


def _answer(args: argparse.Namespace, ask) -> int:  # noqa: ANN001
    """Run one question on the store and print its answer as a table or JSON."""
    store = _store(args)
    try:
        result = ask(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_table(result)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export

    store = _store(args)
    try:
        print(export(store, args.format, args.out))
    finally:
        store.close()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import waitress

    # a page waiting on the database gets the interpreter back within a millisecond of its answer, not the
    # default five, while other requests (an upload being parsed) compute
    sys.setswitchinterval(0.001)

    from webui import create_app
    from webui.store import get_store

    try:  # the port first: a port in use is said in one line, before anything is started or announced
        listener = socket.create_server((args.host, args.port))
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            raise VanbanError(f"port {args.port} is in use; choose --port") from None
        raise VanbanError(f"cannot listen on {args.host}:{args.port} ({e.strerror})") from None
    app = create_app({"DB": args.db, "NEO4J_URI": args.neo4j, "NEO4J_USER": args.user,
                      "NEO4J_PASSWORD": args.password})
    store = get_store(app)
    if hasattr(store, "watch"):  # a hung or dead embedded database is restarted from its log, not waited on
        store.watch()
    from webui.upload import upload_queue

    with app.app_context():
        queue = upload_queue()  # uploads a stopped server had not read are read now
    print(f"Vanban Graph: http://{args.host}:{args.port}/  (Ctrl+C để dừng)", flush=True)
    # stopped by a service manager (SIGTERM) as by Ctrl+C: the store is let go of, not left running
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        # an upload's body is taken in 64 kB reads, not 8 kB: an 8 MB file is 128 turns of the loop, not 1,000
        waitress.serve(app, sockets=[listener], threads=args.threads, ident="vanban", recv_bytes=65536)
    finally:
        queue.close(wait=False)  # a file being read is read again at the next start
        store.close()
    return 0


def _graph_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="data", help="folder of the embedded graph (default: data/)")
    p.add_argument("--neo4j", help="bolt:// or neo4j:// URI of a Neo4j server (or NEO4J_URI)")
    p.add_argument("--user", help="Neo4j user (or NEO4J_USER)")
    p.add_argument("--password", help="Neo4j password (or NEO4J_PASSWORD)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vanban", description="Vanban Graph: a knowledge graph of Vietnamese "
                                "directives, decisions and plans.")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract the records of one or more files")
    e.add_argument("paths", nargs="+")
    e.add_argument("--json", action="store_true", help="print the records as JSON")
    e.add_argument("--jobs", type=int, default=0, help="reading processes for many files (default: one per core)")
    e.set_defaults(func=cmd_extract)
    r = sub.add_parser("restore", help="print a document's text with the diacritics the OCR stripped restored")
    r.add_argument("paths", nargs="+")
    r.add_argument("--force", action="store_true", help="restore even text that looks typed with its diacritics")
    r.add_argument("--db", help="also use what the embedded graph in DB learnt from its accented documents")
    r.set_defaults(func=cmd_restore)
    i = sub.add_parser("ingest", help="load files or folders into the graph")
    i.add_argument("paths", nargs="+")
    i.add_argument("--quiet", action="store_true", help="no progress bar")
    i.add_argument("--batch", type=int, default=50, help="files written per atomic batch (default 50)")
    i.add_argument("--jobs", type=int, default=0, help="reading processes (default: one per core)")
    _graph_options(i)
    i.set_defaults(func=cmd_ingest)
    qs = sub.add_parser("queries", help="list the named queries")
    qs.set_defaults(func=cmd_queries)
    q = sub.add_parser("query", help="run a named query")
    q.add_argument("name")
    q.add_argument("-p", "--param", action="append", metavar="KEY=VALUE")
    q.add_argument("--json", action="store_true")
    _graph_options(q)
    q.set_defaults(func=cmd_query)
    c = sub.add_parser("cypher", help="run a read-only Cypher query")
    c.add_argument("query")
    c.add_argument("-p", "--param", action="append", metavar="KEY=VALUE")
    c.add_argument("--json", action="store_true")
    _graph_options(c)
    c.set_defaults(func=cmd_cypher)
    x = sub.add_parser("export", help="write the graph as RDF (ttl, jsonld), GraphML or neo4j-admin CSV")
    x.add_argument("--format", required=True, choices=["ttl", "jsonld", "graphml", "csv"])
    x.add_argument("out", help="output file (a folder for csv)")
    _graph_options(x)
    x.set_defaults(func=cmd_export)
    v = sub.add_parser("serve", help="serve the web UI (waitress)")
    v.add_argument("--host", default="127.0.0.1")
    v.add_argument("--port", type=int, default=5000)
    v.add_argument("--threads", type=int, default=8)
    _graph_options(v)
    v.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except VanbanError as e:
        _err(str(e))
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
