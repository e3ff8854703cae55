"""50 concurrent clients for 30 s against the search, document and graph pages of the production server
(waitress, started as `vanban serve`), while `vanban ingest` loads 200 files into the same store.

Ends with: requests=... errors=... rps=... p50_ms=... p95_ms=... ingest_s=... ingest_exit=...
"""

from __future__ import annotations

import argparse
import http.client
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
URLS = ["/search?q=quyet+dinh+468", "/search?q=cai+cach+hanh+chinh", "/documents/2024-kh-45-ubnd-thi-xa-cua-lo",
        "/documents/2021-qd-468-thu-tuong-chinh-phu", "/graph.json?focus=2024-kh-45-ubnd-thi-xa-cua-lo&hops=2",
        "/search.json?q=468/QD-TTg"]


def vanban(*args: str, **kw) -> subprocess.Popen:  # noqa: ANN003
    return subprocess.Popen([sys.executable, "-m", "vanban", *args], cwd=ROOT, **kw)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVER_START_LIMIT = 600  # seconds: far above a normal start (about 2 s); a server slower than this is broken


def wait_for(server: subprocess.Popen, port: int, log: Path) -> None:
    """Until the server answers a page, however long it takes to start; loudly, if it dies or never answers:
    requests sent before it listens would be counted as errors (one run counted 203,206 refused connections)."""
    deadline = time.monotonic() + SERVER_START_LIMIT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"vanban serve ended (exit {server.returncode}) before answering:\n{log.read_text()[-2000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    server.kill()
    raise SystemExit(f"vanban serve did not answer in {SERVER_START_LIMIT} s:\n{log.read_text()[-2000:]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--files", type=int, default=200)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vanban-load-"))
    db, inbox = work / "db", work / "inbox"
    inbox.mkdir()
    seeds = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    for i in range(a.files):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        text = re.sub(r"(S[ố6b][ ]?:\s*)(\d+)", lambda m, i=i: f"{m.group(1)}{5000 + i}", text, count=1)
        (inbox / f"load{i:04d}.txt").write_text(text, encoding="utf-8")
    assert vanban("ingest", str(ROOT / "corpus" / "seeds"), "--db", str(db), "--quiet").wait() == 0
    port = free_port()
    said = work / "serve.log"
    with open(said, "w") as log:
        server = vanban("serve", "--db", str(db), "--port", str(port), "--threads", "16", stdout=log, stderr=log)
    wait_for(server, port, said)
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + a.seconds

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = n
        while time.monotonic() < stop:
            url = URLS[i % len(URLS)]
            i += 1
            t = time.perf_counter()
            try:
                conn.request("GET", url)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except Exception as e:  # noqa: BLE001 - every failure counts as an error
                ok = False
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                resp = e
            dt = (time.perf_counter() - t) * 1000
            with lock:
                times.append(dt)
                if not ok:
                    errors.append(f"{url}: {getattr(resp, 'status', resp)}")

    t0 = time.monotonic()
    # one reading process, as before `vanban ingest` used every core: the server's share of the machine is what
    # this measures
    ingest = vanban("ingest", str(inbox), "--db", str(db), "--quiet", "--batch", "10", "--jobs", "1",
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    threads = [threading.Thread(target=client, args=(n,)) for n in range(a.clients)]
    for t in threads:
        t.start()
    ingest_exit = ingest.wait()
    ingest_s = time.monotonic() - t0
    for t in threads:
        t.join()
    server.terminate()
    server.wait()
    q = statistics.quantiles(times, n=20)
    for e in errors[:5]:
        print("error:", e)
    print(f"clients={a.clients} seconds={a.seconds} files={a.files}")
    print(f"requests={len(times)} errors={len(errors)} rps={len(times) / a.seconds:.0f} "
          f"p50_ms={statistics.median(times):.0f} p95_ms={q[18]:.0f} ingest_s={ingest_s:.1f} ingest_exit={ingest_exit}")


if __name__ == "__main__":
    main()
