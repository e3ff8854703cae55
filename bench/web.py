"""Serve the bundled corpus with the production server and time the pages people use.

200 requests each to the search, document and graph pages (HTML), over loopback.
Ends with: search_p50_ms=... search_p95_ms=... document_p50_ms=... document_p95_ms=... graph_p50_ms=... graph_p95_ms=...
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path = [str(HERE.parent)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import waitress  # noqa: E402

from graph.ingest import ingest  # noqa: E402
from graph.store import EmbeddedStore  # noqa: E402
from webui import create_app  # noqa: E402

PAGES = {
    "search": ["/search?q=quyet+dinh+468", "/search?q=cai+cach+hanh+chinh", "/search?q=468/QD-TTg",
               "/search?q=Ti%C3%AAn+L%C3%A3ng"],
    "document": ["/documents/2024-kh-45-ubnd-thi-xa-cua-lo", "/documents/2021-qd-468-thu-tuong-chinh-phu",
                 "/documents/2023-kh-139-so-thong-tin-va-truyen-thong-tinh-gia-lai"],
    "graph": ["/graph.json?focus=2024-kh-45-ubnd-thi-xa-cua-lo&hops=2",
              "/graph.json?focus=2021-qd-468-thu-tuong-chinh-phu&hops=2"],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=200)
    a = ap.parse_args()
    db = tempfile.mkdtemp(prefix="vanban-web-")
    store = EmbeddedStore(db)
    ingest(store, [str(HERE.parent / "corpus" / "seeds")], progress=False)
    server = waitress.create_server(create_app({"STORE": store, "DB": db}), host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    conn = http.client.HTTPConnection("127.0.0.1", server.effective_port, timeout=30)
    figures = []
    for name, urls in PAGES.items():
        times = []
        for i in range(a.requests):
            t = time.perf_counter()
            conn.request("GET", urls[i % len(urls)])
            resp = conn.getresponse()
            resp.read()
            times.append((time.perf_counter() - t) * 1000)
            if resp.status != 200:
                raise SystemExit(f"{urls[i % len(urls)]}: HTTP {resp.status}")
        q = statistics.quantiles(times, n=20)
        figures.append(f"{name}_p50_ms={statistics.median(times):.1f} {name}_p95_ms={q[18]:.1f}")
    conn.close()
    store.close()  # the server thread is a daemon: it ends with the process
    print(" ".join(figures))


if __name__ == "__main__":
    main()
