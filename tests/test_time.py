"""Time in the records (issue 13): effects on other documents, the date a document takes effect, the period a
plan covers. One case per form, on texts made for the test."""

import pytest

from loaders import extract_text

_DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 33/2024/QĐ-UBND\nTiền Giang, ngày 10 tháng 8 năm 2024\n"
             "QUYẾT ĐỊNH\n{title}\nỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\n"
             "Căn cứ Nghị định số 09/2010/NĐ-CP ngày 08/02/2010 của Chính phủ sửa đổi, bổ sung một số điều của "
             "Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ;\nQUYẾT ĐỊNH:\n{body}\n")


def _doc(title: str = "Về việc ban hành quy chế", body: str = "Điều 1. Ban hành Quy chế."):
    docs = extract_text(_DECISION.format(title=title, body=body))
    assert docs
    return docs[0]


@pytest.mark.parametrize("title,body,number,effect", [
    ("Về việc ban hành quy chế", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
     "12/2013/QĐ-UBND ngày 17/6/2013 của UBND tỉnh.", "12/2013/QĐ-UBND", "replaces"),
    ("Sửa đổi, bổ sung một số điều của Quyết định số 12/2009/QĐ-UBND ngày 02/3/2009 của UBND tỉnh",
     "Điều 1. Sửa đổi Điều 3.", "12/2009/QĐ-UBND", "amends"),
    ("Về việc bãi bỏ văn bản", "Điều 1. Bãi bỏ Điều 5 của Quyết định số 14/2008/QĐ-UBND ngày 01/4/2008 của UBND tỉnh.",
     "14/2008/QĐ-UBND", "repeals"),
    ("Về việc ban hành quy chế", "Điều 2. Quyết định số 20/2005/QĐ-UBND ngày 3/5/2005 của UBND tỉnh hết hiệu lực "
     "kể từ ngày Quyết định này có hiệu lực.", "20/2005/QĐ-UBND", "repeals"),
    ("Về việc tạm ngừng hiệu lực", "Điều 1. Tạm ngừng hiệu lực thi hành Quyết định số 7/2020/QĐ-UBND ngày "
     "5/2/2020 của UBND tỉnh.", "7/2020/QĐ-UBND", "suspends"),
    ("Hướng dẫn thi hành Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", "Điều 1. Phạm vi.",
     "61/2018/NĐ-CP", "guides"),
    ("Quy định chi tiết một số điều của Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ", "Điều 1. Phạm vi.",
     "30/2020/NĐ-CP", "guides"),
    ("Về việc gia hạn", "Điều 1. Gia hạn thời hạn thực hiện Kế hoạch số 45/KH-UBND ngày 04/02/2024 của UBND tỉnh "
     "đến hết năm 2025.", "45/KH-UBND", "extends"),
    # in the preamble a document says what another did: "A sửa đổi B" is no effect of this decision on B
    ("Về việc ban hành quy chế", "Điều 1. Ban hành Quy chế.", "110/2004/NĐ-CP", None),
    ("Về việc ban hành quy chế", "Điều 1. Ban hành Quy chế.", "09/2010/NĐ-CP", None),
])
def test_effects_on_other_documents(title, body, number, effect):
    refs = {r.number: r for r in _doc(title, body).references}
    assert number in refs, sorted(refs)
    assert refs[number].effect == effect


@pytest.mark.parametrize("body,effective", [
    ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "2024-08-10"),
    ("Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ban hành.", "2024-08-10"),
    ("Điều 3. Quyết định này có hiệu lực từ ngày 01/01/2025.", "2025-01-01"),
    ("Điều 3. Quyết định này có hiệu lực kể từ ngày 15 tháng 9 năm 2024.", "2024-09-15"),
    ("Điều 3. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.", "2024-08-20"),
    ("Điều 3. Giao Sở Nội vụ hướng dẫn thực hiện.", None),  # the text gives none
])
def test_the_date_a_document_takes_effect(body, effective):
    assert _doc(body=body).effective_from == effective


_PLAN = "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 77/KH-UBND\nBến Tre, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\n{title}\nI. MỤC ĐÍCH\n"


@pytest.mark.parametrize("title,covers", [
    ("Tuyên truyền cải cách hành chính năm 2024", {"from": "2024-01-01", "to": "2024-12-31"}),
    ("Chuyển đổi số giai đoạn 2021-2025", {"from": "2021-01-01", "to": "2025-12-31"}),
    ("Phát triển thương mại điện tử giai đoạn 2021 – 25", {"from": "2021-01-01", "to": "2025-12-31"}),
    ("Chuyển đổi số tỉnh Bến Tre đến năm 2030", {"from": "2023-03-02", "to": "2030-12-31"}),
    ("Cải cách hành chính 6 tháng cuối năm 2025", {"from": "2025-07-01", "to": "2025-12-31"}),
    ("Kiểm tra công vụ 6 tháng đầu năm 2025", {"from": "2025-01-01", "to": "2025-06-30"}),
    ("Tuyên truyền pháp luật quý III năm 2024", {"from": "2024-07-01", "to": "2024-09-30"}),
    ("Tổ chức Ngày hội văn hóa các dân tộc", None),
])
def test_the_period_a_plan_covers(title, covers):
    d = extract_text(_PLAN.format(title=title))[0]
    assert d.period == covers


def test_effects_and_dates_reach_the_graph(tmp_path):
    from graph.ingest import ingest
    from graph.store import EmbeddedStore

    (tmp_path / "qd.txt").write_text(_DECISION.format(
        title="Về việc ban hành quy chế",
        body="Điều 2. Quyết định này có hiệu lực kể từ ngày 01/9/2024 và thay thế Quyết định số 12/2013/QĐ-UBND "
             "ngày 17/6/2013 của UBND tỉnh."), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "db")
    try:
        ingest(store, [str(tmp_path / "qd.txt")], progress=False)
        rows = store.read("MATCH (d:Document {number: '33/2024/QĐ-UBND'})-[c:CITES]->(t:Document) "
                          "RETURN d.effective_from AS since, t.number AS target, c.effect AS effect ORDER BY target")
        assert {"since": "2024-09-01", "target": "12/2013/QĐ-UBND", "effect": "replaces"} in rows
        assert {r["effect"] for r in rows if r["target"] != "12/2013/QĐ-UBND"} == {None}
        replaced = store.read("MATCH (:Document {number: '33/2024/QĐ-UBND'})-[:REPLACES]->(t) RETURN t.number AS n")
        assert replaced == [{"n": "12/2013/QĐ-UBND"}]
    finally:
        store.close()


@pytest.mark.parametrize("edge,eli", [("REPLACES", "repeals"), ("AMENDS", "amends"), ("REPEALS", "repeals"),
                                      ("SUSPENDS", "changes"), ("EXTENDS", "changes"), ("GUIDES", None)])
def test_effects_in_rdf_carry_the_eli_property(edge, eli):
    from ontology import ELI, VB
    from ontology.rdf import _iri, to_rdf

    nodes = [{"label": "Document", "props": {"key": "a", "number": "33/2024/QĐ-UBND"}},
             {"label": "Document", "props": {"key": "b", "number": "12/2013/QĐ-UBND"}}]
    g = to_rdf(nodes, [{"from": "a", "to": "b", "type": edge, "props": {}}])
    a, b = _iri("Document", "a"), _iri("Document", "b")
    assert (a, VB[edge.lower()], b) in g
    assert ((a, ELI[eli], b) in g) if eli else not any(p.startswith(str(ELI)) for _, p, _ in g.triples((a, None, b)))


@pytest.mark.parametrize("tasks,due,reported_to", [
    ("Tổng hợp, báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12/2024.", "2024-12-15", "Sở Nội vụ"),
    ("Hoàn thành việc rà soát trước ngày 30/6.", "2023-06-30", None),           # the plan's year
    ("Tổ chức hội nghị sơ kết trong quý IV.", "2023-12-31", None),
    ("Định kỳ 6 tháng, hằng năm (trước ngày 10/12) báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) để tổng hợp.",
     {"date": "2023-12-10", "recurrence": "6 months"}, "UBND tỉnh"),
    ("Báo cáo định kỳ hằng quý về Văn phòng UBND tỉnh.", {"date": None, "recurrence": "quarterly"}, "Văn phòng UBND tỉnh"),
    ("Tuyên truyền thường xuyên trên hệ thống loa.", None, None),
])
def test_deadlines_and_reporting_in_assignments(tasks, due, reported_to):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 77/KH-UBND\nBến Tre, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\n"
            f"Cải cách hành chính năm 2023\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp: {tasks}\n")
    a = next(a for a in extract_text(text)[0].assignments if a.body == "Sở Tư pháp")
    assert (a.deadline, a.report_to) == (due, reported_to)


# Three ingests (issue 13): a decision X, a plan resting on X that sets a report deadline, then a decision
# that replaces X from a later date. Status, stale basis, overdue mandates, the page and the feed follow.
_X = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 10/2024/QĐ-UBND\nBến Tre, ngày 05 tháng 01 năm 2024\nQUYẾT ĐỊNH\n"
      "Ban hành Quy chế phối hợp trong công tác cải cách hành chính\nỦY BAN NHÂN DÂN TỈNH BẾN TRE\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
_PLAN_ON_X = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 77/KH-UBND\nBến Tre, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\n"
              "Thực hiện Quy chế phối hợp giai đoạn 2024-2026\n"
              "Căn cứ Quyết định số 10/2024/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Bến Tre ban hành Quy chế "
              "phối hợp trong công tác cải cách hành chính;\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thực hiện.\n"
              "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: Chủ trì tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày "
              "15/6/2024.\n")
_REPLACING = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 25/2024/QĐ-UBND\nBến Tre, ngày 10 tháng 8 năm 2024\nQUYẾT ĐỊNH\n"
              "Ban hành Quy chế phối hợp mới trong công tác cải cách hành chính\nỦY BAN NHÂN DÂN TỈNH BẾN TRE\n"
              "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
              "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
              "Điều 2. Quyết định này có hiệu lực kể từ ngày 01/9/2024 và thay thế Quyết định số 10/2024/QĐ-UBND "
              "ngày 05/01/2024 của UBND tỉnh Bến Tre.\n")


def _ingested(folder, files: list[tuple[str, str]]):
    """An embedded store with each (name, text) ingested in turn, each file its own load."""
    from graph.ingest import ingest
    from graph.store import EmbeddedStore

    store = EmbeddedStore(folder / "db")
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
        assert ingest(store, [str(folder / name)], progress=False).failures == []
    return store


@pytest.fixture(scope="module")
def three_ingests(tmp_path_factory):
    store = _ingested(tmp_path_factory.mktemp("three"),
                      [("x.txt", _X), ("plan.txt", _PLAN_ON_X), ("replacing.txt", _REPLACING)])
    yield store
    store.close()


def _numbers(result: dict, column: str) -> list[str]:
    return sorted(r[column]["number"] for r in result["rows"])


@pytest.mark.parametrize("as_of,stale", [("2024-08-31", []), ("2024-09-01", ["77/KH-UBND"]),
                                         ("2025-06-01", ["77/KH-UBND"]), ("2027-01-01", [])])  # the plan ended
def test_stale_basis_names_the_plan_and_what_replaced_its_basis(three_ingests, as_of, stale):
    from graph.queries import run_named

    result = run_named(three_ingests, "stale_basis", {"as_of": as_of})
    assert _numbers(result, "document") == stale
    for r in result["rows"]:
        assert (r["basis"]["number"], r["basis_status"]) == ("10/2024/QĐ-UBND", "replaced")
        assert [d["number"] for d in r["replaced_by"]] == ["25/2024/QĐ-UBND"]


@pytest.mark.parametrize("as_of,in_force", [
    ("2023-12-31", []),
    ("2024-06-01", ["10/2024/QĐ-UBND", "77/KH-UBND"]),
    ("2024-08-31", ["10/2024/QĐ-UBND", "77/KH-UBND"]),  # 25/2024 is signed, not yet in force
    ("31/12/2024", ["25/2024/QĐ-UBND", "77/KH-UBND"]),  # as a person writes a date
])
def test_in_force_of_the_issuer_on_a_date(three_ingests, as_of, in_force):
    from graph.queries import run_named

    result = run_named(three_ingests, "in_force", {"issuer": "UBND tỉnh Bến Tre", "as_of": as_of})
    assert _numbers(result, "document") == in_force


@pytest.mark.parametrize("as_of,overdue", [("2024-06-15", []), ("2024-06-16", ["Sở Nội vụ"])])
def test_overdue_mandates_after_the_deadline_only(three_ingests, as_of, overdue):
    from graph.queries import run_named

    result = run_named(three_ingests, "overdue_mandates", {"as_of": as_of})
    assert [r["body"]["name"] for r in result["rows"]] == overdue
    for r in result["rows"]:
        assert (r["document"]["number"], r["deadline"], r["report_to"]) == ("77/KH-UBND", "2024-06-15", "UBND tỉnh")


def test_timeline_lists_effects_in_date_order(three_ingests):
    from graph.queries import run_named

    rows = run_named(three_ingests, "timeline", {"document": "10/2024/QĐ-UBND"})["rows"]
    assert [(r["date"], r["event"], (r["other"] or {}).get("number")) for r in rows] == [
        ("2024-01-05", "signed", None), ("2024-01-05", "in_force", None),
        ("2024-09-01", "replaces", "25/2024/QĐ-UBND")]
    assert rows[-1]["direction"] == "in"


def test_bad_as_of_is_a_clear_error(three_ingests):
    from graph.queries import run_named
    from loaders.errors import QueryError

    with pytest.raises(QueryError, match=r"ngày \(as_of\)"):
        run_named(three_ingests, "in_force", {"issuer": "UBND tỉnh Bến Tre", "as_of": "next year"})
    with pytest.raises(QueryError, match="không có cơ quan nào"):
        run_named(three_ingests, "in_force", {"issuer": "Bộ Không Có"})


def test_the_replaced_decision_page_and_feed(three_ingests):
    from xml.etree import ElementTree as ET

    from webui import create_app

    client = create_app({"STORE": three_ingests, "TESTING": True}).test_client()
    key = three_ingests.read("MATCH (d:Document {number: '10/2024/QĐ-UBND'}) RETURN d.key AS k")[0]["k"]
    page = client.get(f"/documents/{key}.json?as_of=2025-01-01").get_json()
    assert (page["validity"]["code"], page["validity"]["by"]["number"]) == ("replaced", "25/2024/QĐ-UBND")
    assert client.get(f"/documents/{key}.json?as_of=2024-08-01").get_json()["validity"]["code"] == "in_force"
    html = client.get(f"/documents/{key}?as_of=2025-01-01").get_data(as_text=True)
    assert "Hết hiệu lực (bị thay thế)" in html and "bị thay thế bởi" in html and "25/2024/QĐ-UBND" in html
    found = client.get("/search.json?q=10/2024/QĐ-UBND").get_json()["results"]
    assert found[0]["validity"]["code"] == "replaced"  # today, long after the replacement

    feed = client.get(f"/feeds/documents/{key}.atom")
    assert feed.status_code == 200 and feed.mimetype == "application/atom+xml"
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ET.fromstring(feed.data).findall(f"{atom}entry")
    titles = [e.findtext(f"{atom}title") for e in entries]
    assert any("25/2024/QĐ-UBND thay thế" in t for t in titles), titles
    assert any("77/KH-UBND căn cứ" in t for t in titles), titles
    body = three_ingests.read("MATCH (b:Body {name: 'Sở Nội vụ'}) RETURN b.key AS k")[0]["k"]
    entries = ET.fromstring(client.get(f"/feeds/bodies/{body}.atom").data).findall(f"{atom}entry")
    assert [e.findtext(f"{atom}title") for e in entries] == ["Kế hoạch 77/KH-UBND giao nhiệm vụ cho Sở Nội vụ "
                                                             "(hạn 2024-06-15)"]
    assert client.get("/feeds/documents/no-such-key.atom").status_code == 404


_PLAN_ON_PLAN = ("ỦY BAN NHÂN DÂN\nHUYỆN CHỢ LÁCH\nSố: 5/KH-UBND\nChợ Lách, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\n"
                 "Cải cách hành chính năm 2027\nThực hiện Kế hoạch số 77/KH-UBND ngày 02/3/2024 của UBND tỉnh "
                 "Bến Tre, UBND huyện ban hành kế hoạch như sau:\nI. MỤC ĐÍCH\nBảo đảm thực hiện.\n")


@pytest.mark.parametrize("order", [("replacing.txt", "x.txt", "plan.txt"), ("plan.txt", "replacing.txt", "x.txt")])
def test_stale_basis_whatever_the_order_of_loading(tmp_path, order):
    """What a basis's end is, and what rests on an ended basis, is derived at ingest: it must not depend
    on which document the graph learnt first; re-reading the replacing decision without its clause undoes it."""
    from graph.ingest import ingest
    from graph.queries import run_named
    from graph.store import EmbeddedStore

    texts = {"x.txt": _X, "plan.txt": _PLAN_ON_X, "replacing.txt": _REPLACING, "later.txt": _PLAN_ON_PLAN}
    store = EmbeddedStore(tmp_path / "db")
    try:
        for name in (*order, "later.txt"):
            (tmp_path / name).write_text(texts[name], encoding="utf-8")
            assert ingest(store, [str(tmp_path / name)], progress=False).failures == []
        rows = run_named(store, "stale_basis", {"as_of": "2024-10-01"})["rows"]
        assert [(r["document"]["number"], r["basis_status"]) for r in rows] == [("77/KH-UBND", "replaced")]
        # the plan of 2027 implements a plan whose period ended with 2026
        rows = run_named(store, "stale_basis", {"as_of": "2027-03-01"})["rows"]
        assert [(r["document"]["number"], r["basis"]["number"], r["basis_status"]) for r in rows] == \
            [("5/KH-UBND", "77/KH-UBND", "period_ended")]
        (tmp_path / "replacing.txt").write_text(_REPLACING.replace(" và thay thế Quyết định số 10/2024/QĐ-UBND "
                                                                   "ngày 05/01/2024 của UBND tỉnh Bến Tre", ""),
                                                encoding="utf-8")
        assert ingest(store, [str(tmp_path / "replacing.txt")], progress=False).failures == []
        assert run_named(store, "stale_basis", {"as_of": "2024-10-01"})["rows"] == []
    finally:
        store.close()


def test_a_graph_loaded_before_the_derived_numbers_gets_them(tmp_path):
    """A graph written by an earlier version has no ended_day/stale_from: opening it for a load derives them."""
    from graph.ingest import ensure_schema, ingest
    from graph.queries import run_named
    from graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "db")
    try:
        for name, text in (("x.txt", _X), ("plan.txt", _PLAN_ON_X), ("replacing.txt", _REPLACING)):
            (tmp_path / name).write_text(text, encoding="utf-8")
            assert ingest(store, [str(tmp_path / name)], progress=False).failures == []
        store.write("MATCH (d:Document) REMOVE d.ended_day, d.stale_from")
        store.write("MATCH (s:Schema) DELETE s")
        assert run_named(store, "stale_basis", {"as_of": "2024-10-01"})["rows"] == []  # what an old graph answers
        ensure_schema(store)
        rows = run_named(store, "stale_basis", {"as_of": "2024-10-01"})["rows"]
        assert [r["document"]["number"] for r in rows] == ["77/KH-UBND"]
    finally:
        store.close()


# A plan resting on two documents the graph has only from citations: a decree and one of its own issuer's decisions.
_PLAN_ON_CITED = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 78/KH-UBND\nBến Tre, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\n"
                  "Văn thư, lưu trữ năm 2024\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công "
                  "tác văn thư;\nCăn cứ Quyết định số 99/2020/QĐ-UBND ngày 10/5/2020 của UBND tỉnh Bến Tre ban "
                  "hành Quy chế công tác văn thư, lưu trữ;\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thực hiện.\n")


@pytest.fixture(scope="module")
def cited_only(tmp_path_factory):
    store = _ingested(tmp_path_factory.mktemp("cited"), [("plan.txt", _PLAN_ON_CITED)])
    yield store
    store.close()


@pytest.mark.parametrize("number,code", [("30/2020/NĐ-CP", "unknown"), ("99/2020/QĐ-UBND", "unknown"),
                                         ("78/KH-UBND", "period_ended")])  # the plan of 2024, loaded
def test_a_document_known_only_from_citations_has_unknown_validity(cited_only, number, code):
    from webui import create_app

    client = create_app({"STORE": cited_only, "TESTING": True}).test_client()
    key = cited_only.read("MATCH (d:Document {number: $n}) RETURN d.key AS k", {"n": number})[0]["k"]
    validity = client.get(f"/documents/{key}.json").get_json()["validity"]
    assert validity["code"] == code and validity["evidence"]
    html = client.get(f"/documents/{key}").get_data(as_text=True)
    shown = "Chưa rõ hiệu lực — chỉ biết qua trích dẫn" if code == "unknown" else "Hết thời hạn thực hiện"
    assert shown in html and (code != "unknown" or "Còn hiệu lực" not in html)
    found = client.get("/search.json", query_string={"q": number}).get_json()["results"]
    assert found[0]["validity"]["code"] == code


def test_in_force_and_stale_basis_leave_unknown_out_and_say_how_many(cited_only):
    from graph.queries import run_named

    result = run_named(cited_only, "in_force", {"issuer": "UBND tỉnh Bến Tre", "as_of": "2024-06-01"})
    assert _numbers(result, "document") == ["78/KH-UBND"]
    assert any(n.startswith("1 văn bản") and "chưa rõ hiệu lực" in n for n in result["notices"]), result["notices"]
    stale = run_named(cited_only, "stale_basis", {"as_of": "2024-06-01"})
    assert stale["rows"] == [] and any(n.startswith("2 văn bản chỉ biết qua trích dẫn") for n in stale["notices"])
    plan = run_named(cited_only, "stale_basis", {"as_of": "2024-06-01", "document": "78/KH-UBND"})
    assert any(n.startswith("2 văn bản chỉ biết qua trích dẫn") for n in plan["notices"]), plan["notices"]


def test_by_when_stands_beside_the_body_on_both_pages(three_ingests):
    import re

    from webui import create_app

    client = create_app({"STORE": three_ingests, "TESTING": True}).test_client()
    plan = three_ingests.read("MATCH (d:Document {number: '77/KH-UBND'}) RETURN d.key AS k")[0]["k"]
    rows = client.get(f"/documents/{plan}.json").get_json()["assignments"]
    due = next(a for a in rows if a["body"] == "Sở Nội vụ")
    assert (due["deadline"], due["report_to"], due["overdue"]) == ("2024-06-15", "UBND tỉnh", True)
    html = client.get(f"/documents/{plan}").get_data(as_text=True)
    row = next(r for r in re.findall(r'<tr class="assignment">.*?</tr>', html, re.S) if "Sở Nội vụ" in r)
    assert "15/06/2024" in row and "quá hạn" in row and "UBND tỉnh" in row
    body = client.get(f"/bodies/{due['key']}").get_data(as_text=True)
    assert "15/06/2024" in body and "quá hạn" in body
    assert client.get(f"/bodies/{due['key']}.json").get_json()["assigned"][0]["deadline"] == "2024-06-15"


def test_an_empty_overdue_report_says_why(three_ingests):
    from graph.queries import run_named

    result = run_named(three_ingests, "overdue_mandates", {"as_of": "2024-06-01"})
    assert result["rows"] == []
    assert result["notices"] and result["notices"][0].startswith("Không có nhiệm vụ quá hạn tính đến ngày 01/06/2024: "
                                                                 "1 văn bản giao nhiệm vụ có thời hạn ghi rõ ngày, 0 văn bản")


@pytest.mark.parametrize("title,period", [
    ("Về việc ban hành Kế hoạch cải cách hành chính năm 2024", {"from": "2024-01-01", "to": "2024-12-31"}),
    ("Phê duyệt Đề án chuyển đổi số giai đoạn 2021 - 2025", {"from": "2021-01-01", "to": "2025-12-31"}),
    ("Ban hành Quy chế phối hợp năm 2024", None),  # a regulation lasts until replaced
    ("Về việc thành lập Ban chỉ đạo năm 2024", None),
])
def test_a_decision_promulgating_a_plan_shares_its_period(title, period):
    assert _doc(title=title).period == period


def test_the_closing_paragraph_is_shown_as_a_duty_of_all(tmp_path):
    from graph.ingest import ingest
    from graph.store import EmbeddedStore
    from webui import create_app

    (tmp_path / "plan.txt").write_text(
        _PLAN_ON_X + "Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các huyện có trách nhiệm xây dựng kế hoạch "
                     "triển khai thực hiện Kế hoạch này.\n", encoding="utf-8")
    store = EmbeddedStore(tmp_path / "db")
    try:
        assert ingest(store, [str(tmp_path / "plan.txt")], progress=False).failures == []
        client = create_app({"STORE": store, "TESTING": True}).test_client()
        key = store.read("MATCH (d:Document {number: '77/KH-UBND'}) RETURN d.key AS k")[0]["k"]
        page = client.get(f"/documents/{key}.json").get_json()
        assert {g["body"] for g in page["general_duties"]} == {"các cơ quan, đơn vị", "UBND các huyện"}
        assert all(g["requires_plan"] for g in page["general_duties"])
        assert "Chủ tịch UBND các huyện" not in " ".join(t for a in page["assignments"] for t in a["tasks"])
        assert "Trách nhiệm chung" in client.get(f"/documents/{key}").get_data(as_text=True)
    finally:
        store.close()
