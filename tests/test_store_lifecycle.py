"""Who stops the embedded database: the last vanban process to let go of it, whichever started it.

Real processes: one starts the store, a second joins, and they leave in either order."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port

# A process that opens the store, writes or reads one node when told, and closes when told.
HOLDER = """
import sys
sys.path.insert(0, {root!r})
from graph.store import EmbeddedStore
store = EmbeddedStore({db!r})
print("open", store.proc is not None, flush=True)
for line in sys.stdin:
    if line.strip() == "write":
        store.write("CREATE (:Probe {{n: 1}})")
        print("written", flush=True)
    elif line.strip() == "read":
        print("count", store.read("MATCH (p:Probe) RETURN count(p) AS n")[0]["n"], flush=True)
    else:
        break
store.close()
print("closed", flush=True)
"""


class Holder:
    def __init__(self, db):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), db=str(db))],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        first = self.proc.stdout.readline().split()
        assert first[0] == "open", first
        self.started = first[1] == "True"

    def ask(self, command: str) -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def leave(self) -> None:
        assert self.ask("close") == "closed"
        self.proc.wait(timeout=60)


def _server_pid(db) -> int:
    return int((db / "falkordb.pid").read_text())


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as f:
            return "\nState:\tZ" not in f.read()  # a zombie has stopped, whoever reaps it
    except FileNotFoundError:
        return False


def _wait_stopped(pid: int) -> bool:
    deadline = time.monotonic() + 30
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _running(pid)


@pytest.mark.parametrize("first_out", ["starter", "joiner"])
def test_last_one_out_stops_the_database(tmp_path, first_out):
    db = tmp_path / "db"
    starter = Holder(db)
    joiner = Holder(db)
    assert (starter.started, joiner.started) == (True, False)
    pid = _server_pid(db)
    assert starter.ask("write") == "written"

    leaving, staying = (starter, joiner) if first_out == "starter" else (joiner, starter)
    leaving.leave()
    time.sleep(0.2)
    assert _running(pid), "the database stopped while another process still used it"
    assert staying.ask("read") == "count 1"

    staying.leave()
    assert _wait_stopped(pid), "the last process out left the database running"
    assert not (db / "falkordb.sock").exists()

    # and the next start finds a clean stop, not a crash, with the data kept
    again = subprocess.run([sys.executable, "-c", HOLDER.format(root=str(ROOT), db=str(db))],
                           input="read\nclose\n", capture_output=True, text=True, timeout=120)
    assert "count 1" in again.stdout
    assert "stale" not in again.stderr


def test_serve_stopped_by_sigterm_lets_go_of_the_database(tmp_path):
    """A service manager stops `vanban serve` with SIGTERM: the database it started stops with it."""
    import signal
    import urllib.request

    port = free_port()
    db = tmp_path / "db"
    serve = subprocess.Popen([sys.executable, "-m", "vanban", "serve", "--db", str(db), "--port", str(port)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            assert urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).status == 200
            break
        except OSError:
            assert time.monotonic() < deadline and serve.poll() is None, serve.stderr.read()
            time.sleep(0.2)
    pid = _server_pid(db)
    serve.send_signal(signal.SIGTERM)
    assert serve.wait(timeout=60) == 0
    assert _wait_stopped(pid), "vanban serve ended and left its database running"


def test_stale_recovery_leaves_an_unrelated_process_alone(tmp_path):
    """After a reboot the pidfile may name any process: only our redis-server on this folder's socket is stopped."""
    import subprocess

    from graph.store import EmbeddedStore, is_our_database

    db = tmp_path / "db"
    db.mkdir()
    bystander = subprocess.Popen(["sleep", "60"])
    try:
        (db / "falkordb.pid").write_text(str(bystander.pid))
        (db / "falkordb.sock").write_text("")  # a socket file left by the crash
        assert not is_our_database(bystander.pid, db / "falkordb.sock")
        store = EmbeddedStore(db)
        try:
            assert bystander.poll() is None  # still running
            pid = int((db / "falkordb.pid").read_text())
            assert pid != bystander.pid and is_our_database(pid, store.sock)
        finally:
            store.close()
    finally:
        bystander.kill()
        bystander.wait()


def test_serve_on_a_port_in_use_says_so_in_one_line(tmp_path):
    import socket

    taken = socket.create_server(("127.0.0.1", 0))
    port = taken.getsockname()[1]
    try:
        r = subprocess.run([sys.executable, "-m", "vanban", "serve", "--db", str(tmp_path / "db"), "--port", str(port)],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    finally:
        taken.close()
    assert r.returncode == 1
    assert r.stderr.strip() == f"vanban: port {port} is in use; choose --port"
    assert "Vanban Graph: http" not in r.stdout  # no banner for a server that never listened
    assert not (tmp_path / "db" / "falkordb.pid").exists()  # and no database started for it


def test_a_small_load_does_not_rewrite_the_whole_log(tmp_path):
    from graph.ingest import ingest
    from graph.store import EmbeddedStore

    for i in (1, 2):
        (tmp_path / f"p{i}.txt").write_text(f"Số: {i}/KH-UBND\nKẾ HOẠCH\nCăn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021;\n",
                                            encoding="utf-8")
    store = EmbeddedStore(tmp_path / "db")
    try:
        ingest(store, [str(tmp_path / "p1.txt")], progress=False)  # the first load writes the gazetteer: compacted
        info = store.db.connection.info("persistence")
        while info["aof_rewrite_in_progress"] or info["aof_rewrite_scheduled"]:
            time.sleep(0.1)
            info = store.db.connection.info("persistence")
        before = info["aof_rewrites"]
        ingest(store, [str(tmp_path / "p2.txt")], progress=False)  # an upload-sized load
        time.sleep(0.3)
        info = store.db.connection.info("persistence")
        assert (info["aof_rewrites"], info["aof_rewrite_in_progress"], info["aof_rewrite_scheduled"]) == (before, 0, 0)
    finally:
        store.close()


def test_the_database_bounds_a_query_that_the_gate_would_miss(tmp_path):
    """A query straight to the store (not through the console's gate) is still cut by the database itself."""
    from graph.store import EmbeddedStore
    from loaders.errors import QueryError

    store = EmbeddedStore(tmp_path / "db")
    try:
        t = time.monotonic()
        with pytest.raises(QueryError, match="mem consumption exceeded capacity"):
            store.read("RETURN size([x IN range(1, 50000000) | toString(x)]) AS n", timeout_ms=60_000)
        assert time.monotonic() - t < 10
        assert store.read("RETURN 1 AS x") == [{"x": 1}]  # and goes on answering
    finally:
        store.close()


def test_a_database_killed_under_the_server_is_restarted_from_its_log(tmp_path):
    """Issue 12, item 14: the pages do not answer 503 for good; nothing committed is lost; the log says so."""
    import os
    import signal

    from graph.ingest import ingest
    from graph.store import EmbeddedStore
    from webui import create_app

    (tmp_path / "p.txt").write_text("Số: 5/KH-UBND\nKẾ HOẠCH\nCăn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021;\n",
                                    encoding="utf-8")
    store = EmbeddedStore(tmp_path / "db")
    try:
        ingest(store, [str(tmp_path / "p.txt")], progress=False)
        client = create_app({"STORE": store, "TESTING": True}).test_client()
        before = client.get("/search.json?q=468").get_json()
        os.kill(int((tmp_path / "db" / "falkordb.pid").read_text()), signal.SIGKILL)
        time.sleep(0.3)
        after = client.get("/search.json?q=468")
        assert after.status_code == 200 and after.get_json() == before
        rows = store.read("MATCH (d:Document {number: '5/KH-UBND'}) RETURN d.number AS n")
        assert rows == [{"n": "5/KH-UBND"}]
    finally:
        store.close()


def test_the_restart_is_said_on_stderr(tmp_path):
    script = (
        "import os, signal, time\n"
        "from graph.store import EmbeddedStore\n"
        f"s = EmbeddedStore({str(tmp_path / 'db')!r})\n"
        "os.kill(int((s.dir / 'falkordb.pid').read_text()), signal.SIGKILL)\n"
        "time.sleep(0.3)\n"
        "print(s.read('RETURN 7 AS x'))\n"
        "s.close()\n"
    )
    r = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "[{'x': 7}]" in r.stdout, r.stderr
    assert "stopped; restarting it from its log" in r.stderr and "is back" in r.stderr


def test_a_hung_database_is_restarted_by_the_watchdog(tmp_path):
    """Issue 12: a database that stops answering (here: stopped with SIGSTOP) is not waited on for ever:
    the watchdog `vanban serve` runs stops it and starts it again from its log; nothing committed is lost."""
    import os
    import signal

    from graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "db")
    pidfile = tmp_path / "db" / "falkordb.pid"
    hung = int(pidfile.read_text())
    try:
        store.write("CREATE (:Probe {n: 1})")
        store.durable()
        os.kill(hung, signal.SIGSTOP)
        store.watch(every=0.5, misses=2)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.5)
            try:
                if int(pidfile.read_text()) != hung and store.read("MATCH (p:Probe) RETURN count(p) AS n") == [{"n": 1}]:
                    break
            except (OSError, ValueError):
                continue
        else:
            pytest.fail("the hung database was not restarted within 60 s")
        assert not os.path.exists(f"/proc/{hung}") or b"redis" not in Path(f"/proc/{hung}/cmdline").read_bytes()
    finally:
        try:
            os.kill(hung, signal.SIGKILL)
        except OSError:
            pass
        store.close()


def test_a_database_that_answers_ping_but_no_query_is_an_error_not_a_hang(tmp_path, monkeypatch):
    """A database that answers PING but never its first query (seen once: a freshly started FalkorDB under load)
    made opening a store wait forever. Another process's database that does so is reported, within the bound."""
    import socket
    import threading

    from graph.store import EmbeddedStore
    from loaders.errors import StoreError

    sock_path = tmp_path / "falkordb.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(sock_path))
    server.listen(8)
    stop = threading.Event()

    def serve() -> None:  # PONG to PING, silence to anything else
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            data = conn.recv(1024)
            if b"PING" in data:
                conn.sendall(b"+PONG\r\n")
            closer = threading.Timer(30, conn.close)
            closer.daemon = True
            closer.start()

    threading.Thread(target=serve, daemon=True).start()
    monkeypatch.setattr(EmbeddedStore, "first_query_wait", 1.0)
    try:
        with pytest.raises(StoreError, match="không trả lời truy vấn"):
            EmbeddedStore(tmp_path)
    finally:
        stop.set()
        server.close()
