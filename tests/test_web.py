"""Every page and its JSON twin, through Flask's test client, on the bundled corpus."""

import html as html_text
import io
import re
import time

import pytest

from tests.conftest import ROOT
from webui import create_app

CUA_LO = "2024-kh-45-ubnd-thi-xa-cua-lo"
DECISION_468 = "2021-qd-468-thu-tuong-chinh-phu"


@pytest.fixture(scope="module")
def client(seeded_store):
    app = create_app({"STORE": seeded_store, "TESTING": True})
    return app.test_client()


PAGES = [
    ("/", None),
    ("/search?q=quyet+dinh+468", "/search.json?q=quyet+dinh+468"),
    (f"/documents/{CUA_LO}", f"/documents/{CUA_LO}.json"),
    (f"/graph?focus={CUA_LO}", f"/graph.json?focus={CUA_LO}"),
    ("/reports/uncovered", "/reports/uncovered.json"),
    ("/reports/coverage?document=17/KH-UBND&level=district", "/reports/coverage.json?document=17/KH-UBND&level=district"),
    ("/reports/unresolved", "/reports/unresolved.json"),
    ("/queries", "/queries.json"),
    ("/queries/cited_by?document=468/QĐ-TTg", "/queries/cited_by.json?document=468/QĐ-TTg"),
    ("/cypher", None),
    ("/upload", None),
]


@pytest.mark.parametrize("html,json_url", PAGES)
def test_page_and_twin(client, html, json_url):
    r = client.get(html)
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "Vanban Graph" in r.get_data(as_text=True)
    if json_url:
        j = client.get(json_url)
        assert j.status_code == 200 and j.is_json


@pytest.mark.parametrize("q", ["quyet dinh 468", "quyết định 468", "468/QD-TTg", "468/QĐ-TTg", "Quyét dinh s6 468"])
def test_search_finds_468_however_written(client, q):
    results = client.get("/search.json", query_string={"q": q}).get_json()["results"]
    top = results[0]
    assert (top["number"], top["url"]) == ("468/QĐ-TTg", f"/documents/{DECISION_468}")
    assert top["cited_by"] == 3
    assert set(top) >= {"key", "number", "type", "issuer", "date", "url"}


@pytest.mark.parametrize("q,number", [("cai cach hanh chinh Cua Lo", "45/KH-UBND"), ("Tiên Lãng", "19/KH-UBND"),
                                      ("ban quan ly du an khanh hoa", "18/QĐ-BQL")])
def test_search_by_words_without_diacritics(client, q, number):
    numbers = [r["number"] for r in client.get("/search.json", query_string={"q": q}).get_json()["results"]]
    assert number in numbers


def test_search_filters(client):
    got = client.get("/search.json", query_string={"q": "ke hoach", "province": "Gia Lai"}).get_json()["results"]
    assert got and all(r["province"] == "Gia Lai" for r in got)


def test_document_json_has_the_record_and_both_directions(client):
    d = client.get(f"/documents/{CUA_LO}.json").get_json()
    assert (d["number"], d["issuer"], d["date"]) == ("45/KH-UBND", "UBND thị xã Cửa Lò", "2024-02-04")
    assert {"references", "assignments", "upstream", "downstream"} <= set(d)
    assert ("17/KH-UBND", "implements") in {(r["number"], r["relation"]) for r in d["references"]}
    assert len(d["assignments"]) == 10
    wards = next(a for a in d["assignments"] if a["body"] == "Ủy ban nhân dân các phường")
    assert wards["requires_plan"] and len(wards["members"]) == 7


def test_document_page_highlights_references_at_their_spans(client):
    html = client.get(f"/documents/{CUA_LO}").get_data(as_text=True)
    assert '<a href="/documents/2024-kh-17-ubnd-tinh-nghe-an" class="ref implements" title="17/KH-UBND">17/KH-UBND</a>' in html


def test_decision_page_lists_its_implementers(client):
    d = client.get(f"/documents/{DECISION_468}.json").get_json()
    assert d["status"] == "cited"
    assert sorted(r["document"]["issuer"] for r in d["downstream"]) == [
        "Sở Thông tin và Truyền thông tỉnh Gia Lai", "UBND thị xã Cửa Lò", "UBND xã Tiên Lãng"]
    assert "chưa có trong đồ thị" in client.get(f"/documents/{DECISION_468}").get_data(as_text=True)


def test_body_page(client):
    d = client.get(f"/documents/{CUA_LO}.json").get_json()
    key = next(a["key"] for a in d["assignments"] if a["body"] == "Phòng Nội vụ")
    b = client.get(f"/bodies/{key}.json").get_json()
    assert b["name"] == "Phòng Nội vụ" and b["assigned"][0]["document"]["number"] == "45/KH-UBND"
    assert client.get(f"/bodies/{key}").status_code == 200


def test_graph_json_is_bounded_and_consistent(client):
    g = client.get(f"/graph.json?focus={CUA_LO}&hops=2&limit=20").get_json()
    ids = {n["id"] for n in g["nodes"]}
    assert len(ids) <= 20 and CUA_LO in ids
    assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    only = client.get(f"/graph.json?focus={CUA_LO}&type=IMPLEMENTS").get_json()
    assert {e["type"] for e in only["edges"]} == {"IMPLEMENTS"}


def test_report_csv_download(client):
    r = client.get("/reports/uncovered?download=csv")
    assert r.mimetype == "text/csv" and "UBND phường Nghi Thuỷ" in r.get_data(as_text=True)
    q = client.get("/queries/cited_by?document=468/QĐ-TTg&download=csv").get_data(as_text=True)
    assert q.count("\n") == 4


ENGLISH_COLUMN = re.compile(r"^[a-z_]+$")


@pytest.mark.parametrize("url", ["/reports/uncovered.csv", "/reports/overdue.csv?as_of=2030-01-01",
                                 "/reports/unresolved.csv", "/queries/cited_by.csv?document=468/QĐ-TTg",
                                 "/queries/legal_basis.csv?document=45/KH-UBND&issuer=UBND thị xã Cửa Lò",
                                 "/queries/in_force.csv?issuer=UBND tỉnh Nghệ An"])
def test_csv_in_the_officers_language(client, url):
    import csv

    r = client.get(url)
    assert r.status_code == 200 and r.mimetype == "text/csv" and r.mimetype_params["charset"] == "utf-8"
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows and not [c for c in rows[0] if ENGLISH_COLUMN.match(c)], rows[0]
    cells = [c for row in rows[1:] for c in row]
    assert not [c for c in cells if re.fullmatch(r"\d{4}-\d{2}-\d{2}", c)], "ISO dates"
    assert not {c for c in cells} & {"True", "False", "cites", "implements", "replaced"}


def test_csv_names_a_document_by_type_number_and_issuer(client):
    import csv

    text = client.get("/queries/cited_by.csv?document=468/QĐ-TTg").get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(re.match(r"(Kế hoạch|Quyết định) \S+ của ", r["văn bản"]) for r in rows), rows


def test_cypher_console_reads_and_refuses_writes(client):
    ok = client.post("/cypher.json", data={"query": "MATCH (d:Document) RETURN count(d) AS n"}).get_json()
    assert ok["rows"][0]["n"] > 40
    bad = client.post("/cypher", data={"query": "CREATE (n)"})
    assert bad.status_code == 200 and "Không chạy được" in bad.get_data(as_text=True)
    assert client.post("/cypher.json", data={"query": "MATCH (n) DETACH DELETE n"}).status_code == 400


def test_errors_answer_in_the_format_asked(client):
    assert client.get("/documents/no-such-key").status_code == 404
    j = client.get("/documents/no-such-key.json")
    assert j.status_code == 404 and j.get_json()["status"] == 404
    assert client.get("/queries/cited_by.json?document=999/QĐ-XYZ").status_code == 400
    assert client.get("/queries/nope").status_code == 404


def test_security_headers_and_escaping(client):
    r = client.get("/search?q=<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in r.get_data(as_text=True)
    assert r.headers["X-Content-Type-Options"] == "nosniff" and "default-src 'self'" in r.headers["Content-Security-Policy"]


@pytest.fixture()
def fresh_client(tmp_path):
    from graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "db")
    app = create_app({"STORE": store, "TESTING": True, "DB": str(tmp_path / "db"), "MAX_CONTENT_LENGTH": 200_000})
    yield app.test_client(), app
    store.close()


def upload(client, data: bytes, name: str) -> tuple[int, dict]:
    """Post a file as a script would, and follow its job until it is read: (first status, final answer)."""
    r = client.post("/upload.json", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
    body = r.get_json()
    if r.status_code != 202:
        return r.status_code, body
    assert r.headers["Location"] == body["status_url"]
    for _ in range(600):
        body = client.get(body.get("status_url") or f"/uploads/{body['id']}.json").get_json()
        if body["state"] in ("done", "failed"):
            return 202, body
        time.sleep(0.05)
    raise AssertionError(f"the upload was not read in 30 s: {body}")


def test_upload_ingests_and_opens_the_document(fresh_client):
    client, app = fresh_client
    text = open("corpus/seeds/003_931a86fca35be2d4.txt", "rb").read()
    status, body = upload(client, text, "../../kế hoạch 89.txt")
    assert status == 202 and body["state"] == "done"
    assert body["saved_as"].endswith("ke-hoach-89.txt") and "/" not in body["saved_as"]
    saved = [p for p in app.config["UPLOADS"].iterdir() if p.is_file()]
    assert len(saved) == 1 and saved[0].parent == app.config["UPLOADS"]
    assert list((app.config["UPLOADS"] / ".queue").iterdir()) == []  # read, and out of the queue
    assert client.get(body["urls"][0] + ".json").get_json()["number"] == "89/KH-UBND"
    page = client.post("/upload", data={"file": (io.BytesIO(text), "x.txt")}, content_type="multipart/form-data")
    assert page.status_code == 303 and page.headers["Location"] == body["urls"][0]


@pytest.mark.parametrize("name,data,status", [("x.exe", b"MZ", 415), ("empty.txt", b"", 422),
                                              ("big.txt", b"a" * 300_000, 413)])
def test_upload_errors(fresh_client, name, data, status):
    client, _ = fresh_client
    r = client.post("/upload.json", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
    assert r.status_code == status and r.get_json()["status"] == status


def test_a_file_that_cannot_be_read_fails_its_job_and_leaves_nothing(fresh_client):
    client, app = fresh_client
    status, body = upload(client, b"\x00\x01\x02 binary \xff" * 50, "scan.txt")
    assert status == 202 and body["state"] == "failed" and body["error"]
    assert [p for p in app.config["UPLOADS"].iterdir() if p.is_file()] == []
    assert list((app.config["UPLOADS"] / ".queue").iterdir()) == []


def test_coverage_page_shows_the_share(client):
    html = client.get("/reports/coverage?document=17/KH-UBND&level=district").get_data(as_text=True)
    assert "<strong>1/" in html and "đơn vị đã có văn bản thực hiện" in html


@pytest.fixture(scope="module")
def empty_client(tmp_path_factory):
    from graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path_factory.mktemp("empty") / "db")
    yield create_app({"STORE": store, "TESTING": True}).test_client()
    store.close()


@pytest.mark.parametrize("html,json_url", [p for p in PAGES if "/documents/" not in p[0]])
def test_pages_answer_before_anything_is_ingested(empty_client, html, json_url):
    """A newcomer's first `vanban serve` is on an empty data folder: pages answer, with no rows; a page
    asking about one document says that no document matches it."""
    asks_for = html.split("document=")[1].split("&")[0] if "document=" in html else None
    for url in filter(None, (html, json_url)):
        r = empty_client.get(url)
        if asks_for:
            text = html_text.unescape(r.get_data(as_text=True))
            assert r.status_code == 400 and f"không có văn bản nào khớp với '{asks_for}'" in text
        else:
            assert r.status_code == 200, r.get_data(as_text=True)[:300]


PLAN_V1 = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 77/KH-UBND\nNghệ An, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nTuyên truyền\n"
           "Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ;\n")


def test_the_same_bytes_under_other_names_are_already_in_the_graph(fresh_client):
    client, app = fresh_client
    status, first = upload(client, PLAN_V1.encode(), "plan.txt")
    assert status == 202 and first["state"] == "done"
    for name in ("copy.txt", "ke hoach.txt", "plan (2).txt"):
        status, again = upload(client, PLAN_V1.encode(), name)
        assert status == 200 and again["already_in_graph"] is True
        assert again["documents"] == first["documents"]
    cites = client.post("/cypher.json", data={"query": "MATCH (:Document)-[c:CITES]->(t:Document) RETURN count(c) AS n"})
    assert cites.get_json()["rows"] == [{"n": 1}]
    assert len([p for p in app.config["UPLOADS"].iterdir() if p.is_file()]) == 1


def test_a_new_version_replaces_what_the_old_one_said(fresh_client):
    client, app = fresh_client
    _, v1 = upload(client, PLAN_V1.encode(), "plan.txt")
    v2_text = PLAN_V1.replace("468/QĐ-TTg ngày 27/3/2021", "749/QĐ-TTg ngày 03/6/2020")
    _, v2 = upload(client, v2_text.encode(), "plan.txt")
    assert v2["state"] == "done" and v2["replaced_earlier_version"] is True
    targets = client.post("/cypher.json", data={"query": "MATCH (:Document {number: '77/KH-UBND'})-[:CITES]->(t) "
                                                         "RETURN t.number AS n"}).get_json()["rows"]
    assert targets == [{"n": "749/QĐ-TTg"}]
    assert client.get(v1["urls"][0]).status_code == 200
    history = list((app.config["UPLOADS"] / "history").iterdir())
    assert len(history) == 1 and history[0].read_text(encoding="utf-8") == PLAN_V1


def test_an_upload_is_answered_at_once_while_workers_read(fresh_client):
    """Issue 12, item 6: reading happens off the request threads; the request is answered before it."""
    client, app = fresh_client
    client.get("/upload")  # the queue starts with the app's first upload
    from webui.upload import upload_queue

    with app.test_request_context():
        queue = upload_queue()
    with queue._lock:  # the workers are busy: nothing is read until released
        t = time.monotonic()
        r = client.post("/upload.json", data={"file": (io.BytesIO(PLAN_V1.encode()), "plan.txt")})
        assert r.status_code == 202 and r.get_json()["state"] == "queued" and time.monotonic() - t < 1.0
        assert client.get("/search.json?q=468").status_code == 200
        page = client.get(f"/uploads/{r.get_json()['id']}").get_data(as_text=True)
        assert 'http-equiv="refresh"' in page and "Đang chờ đọc" in page
    for _ in range(200):
        if client.get(r.get_json()["status_url"]).get_json()["state"] == "done":
            break
        time.sleep(0.05)
    page = client.get(f"/uploads/{r.get_json()['id']}")
    assert page.status_code == 303 and "/documents/" in page.headers["Location"]


def test_a_queued_upload_survives_a_restart(tmp_path):
    """Issue 12, item 15: a file saved but not yet read when the server stopped is read when it starts again."""
    from graph.store import EmbeddedStore
    from webui.upload import upload_queue

    uploads = tmp_path / "db" / "uploads"
    (uploads / ".queue").mkdir(parents=True)
    (uploads / ".queue" / "0123abcd--plan.txt").write_text(PLAN_V1, encoding="utf-8")  # left by a kill -9
    store = EmbeddedStore(tmp_path / "db")
    try:
        app = create_app({"STORE": store, "TESTING": True, "DB": str(tmp_path / "db")})
        with app.test_request_context():
            queue = upload_queue()
        queue.close()  # waits for the workers
        assert queue.jobs["0123abcd"].state == "done"
        assert (uploads / "plan.txt").exists() and list((uploads / ".queue").iterdir()) == []
        assert store.read("MATCH (d:Document {number: '77/KH-UBND'}) RETURN d.source AS s") == \
            [{"s": str((uploads / "plan.txt").resolve())}]
    finally:
        store.close()


def test_every_console_example_runs_as_shown(client, seeded_store):
    """Issue 14: each "Ví dụ" comes with its parameters filled in from this graph, and runs."""
    from graph.queries import example_params, example_samples, named_queries

    samples = example_samples(seeded_store)
    for q in named_queries().values():
        params = example_params(q, samples)
        r = client.post("/cypher.json", data={"query": q.text, "params": params})
        assert r.status_code == 200, (q.name, params, r.get_json())
    page = client.get("/cypher").get_data(as_text=True)
    assert page.count("Chạy ví dụ này") == len(named_queries()) and 'name="params"' in page


def test_a_missing_console_parameter_is_named(client):
    r = client.post("/cypher.json", data={"query": "MATCH (d:Document) WHERE d.key IN $keys RETURN d LIMIT $limit"})
    assert r.status_code == 400 and "tham số keys, limit" in r.get_json()["detail"]
    ok = client.post("/cypher.json", data={"query": "MATCH (d:Document) WHERE d.year = $y RETURN count(d) AS n",
                                           "params": "y=2024"})
    assert ok.status_code == 200 and ok.get_json()["rows"][0]["n"] > 0


@pytest.mark.parametrize("font", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansMono.ttf"])
def test_the_served_fonts_hold_every_vietnamese_letter(client, font):
    from PIL import ImageFont

    served = client.get(f"/static/fonts/{font}")
    assert served.status_code == 200 and len(served.data) > 20_000
    face = ImageFont.truetype(io.BytesIO(served.data), 32, layout_engine=ImageFont.Layout.BASIC)

    def drawn(ch: str) -> tuple:
        mask = face.getmask(ch)
        return mask.size, bytes(mask)

    missing = drawn("\u0378")  # an unassigned code point: the font's empty box (DejaVu Sans Mono lacks 46 letters)
    letters = [chr(c) for c in range(0x1EA0, 0x1EFA)] + list("ăâđêôơưĂÂĐÊÔƠƯàáảãạ")
    lacking = [ch for ch in letters if drawn(ch) == missing]
    assert not lacking, f"{font} lacks {''.join(lacking)}"


@pytest.fixture(scope="module")
def two_76(tmp_path_factory):
    """The seeds (76/NQ-CP of 2021 among their citations) and a plan citing 76/NQ-CP of 2013."""
    from graph.ingest import ingest
    from graph.store import EmbeddedStore

    folder = tmp_path_factory.mktemp("two76")
    (folder / "plan.txt").write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 12/KH-UBND\nBến Tre, ngày 02 tháng 3 năm 2014\nKẾ HOẠCH\nCải cách hành "
        "chính năm 2014\nThực hiện Nghị quyết số 76/NQ-CP ngày 13/6/2013 của Chính phủ sửa đổi, bổ sung Nghị quyết "
        "số 30c/NQ-CP;\nI. MỤC ĐÍCH\nBảo đảm.\n", encoding="utf-8")
    store = EmbeddedStore(folder / "db")
    assert ingest(store, [str(ROOT / "corpus" / "seeds"), str(folder / "plan.txt")], progress=False).failures == []
    yield create_app({"STORE": store, "TESTING": True}).test_client()
    store.close()


def test_an_ambiguous_number_offers_its_documents_as_links(two_76):
    client = two_76
    page = client.get("/queries/implementers?document=76/NQ-CP").get_data(as_text=True)
    links = re.findall(r'<ul class="candidates" id="candidates">(.*?)</ul>', page, re.S)
    assert links, "no candidates offered"
    hrefs = re.findall(r'href="\?([^"]+)"', links[0])
    assert len(hrefs) >= 2 and all("document=" in h for h in hrefs)
    chosen = client.get("/queries/implementers.json?" + html_text.unescape(hrefs[0])).get_json()
    assert "candidates" not in chosen and not any("khớp với" in n for n in chosen["notices"])
    assert 'name="issuer"' in page and 'name="year"' in page  # the fields the notice speaks of


@pytest.mark.parametrize("spelling", ["nghi quyet 76", "Nghị quyết 76", "quyet dinh 468"])
def test_the_query_forms_take_what_search_takes(client, spelling):
    r = client.get("/queries/cited_by", query_string={"document": spelling})
    assert r.status_code == 200, r.status_code
    page = r.get_data(as_text=True)
    assert "0 dòng" not in page or 'id="candidates"' in page


def test_a_query_that_finds_nothing_says_what_is_near_and_keeps_the_form(client):
    near = client.get("/queries/implementers.json?document=468/QĐ-TTg").get_json()
    assert near["rows"] == [] and any("được" in n and "trích dẫn" in n for n in near["notices"]), near["notices"]
    missing = client.get("/queries/implementers?document=999/XX-YY")
    body = missing.get_data(as_text=True)
    assert missing.status_code == 400 and 'name="document"' in body and "999/XX-YY" in body
    empty = client.get("/queries/implementers?document=").get_data(as_text=True)
    assert "Cần điền: văn bản" in empty


def test_guessed_words_of_a_scanned_plans_tasks_are_marked_with_their_scanned_form(client):
    key = client.get("/search.json", query_string={"q": "139/KH-STTTT"}).get_json()["results"][0]["key"]
    page = client.get(f"/documents/{key}").get_data(as_text=True)
    rows = re.findall(r'<tr class="assignment">.*?</tr>', page, re.S)
    marks = [m for r in rows for m in re.findall(r'<span class="guessed" title="bản quét: ([^"]+)">([^<]+)</span>', r)]
    assert len(marks) >= 3 and all(scanned != shown for scanned, shown in marks), marks[:5]
    csv_text = client.get("/reports/uncovered.csv").get_data(as_text=True)
    assert "từ khôi phục phải đoán (bản quét)" in csv_text.splitlines()[0] and "(bản quét: " in csv_text
    typed_key = client.get("/search.json", query_string={"q": "89/KH-UBND"}).get_json()["results"][0]["key"]
    typed = client.get(f"/documents/{typed_key}").get_data(as_text=True)  # a typed plan: nothing guessed
    assert 'class="guessed"' not in "".join(re.findall(r'<tr class="assignment">.*?</tr>', typed, re.S))


def test_a_decision_known_only_from_citations_is_of_unknown_validity_in_search(client):
    found = client.get("/search.json", query_string={"q": "468/QĐ-TTg"}).get_json()["results"]
    assert found[0]["number"] == "468/QĐ-TTg" and found[0]["validity"]["code"] == "unknown"


def test_every_column_of_every_named_query_has_its_vietnamese_name():
    from graph.queries import named_queries
    from graph.words import WORDS

    columns = {(q.name, c) for q in named_queries().values() for c in q.columns}
    assert len(columns) > 30
    assert not {(n, c) for n, c in columns if c not in WORDS or ENGLISH_COLUMN.match(str(WORDS[c]))}
