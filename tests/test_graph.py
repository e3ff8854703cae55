"""The users' questions on the bundled corpus, against the embedded FalkorDB store."""

import pytest

from graph.ingest import ingest
from graph.queries import named_queries, run_named
from graph.readonly import check_read_only
from loaders.errors import QueryError
from tests.conftest import ROOT

COUNTS = {
    "documents": "MATCH (d:Document) WHERE d.number IS NOT NULL RETURN count(d) AS n",
    "nodes": "MATCH (n) RETURN count(n) AS n",
    "edges": "MATCH ()-[r]->() RETURN count(r) AS n",
}


@pytest.fixture(scope="module")
def store(seeded_store):
    return seeded_store


def count(store, what):
    return store.read(COUNTS[what])[0]["n"]


def numbers(result, column="document"):
    return sorted(r[column]["number"] or r[column]["key"] for r in result["rows"])


def issuers(result, column="document"):
    return sorted(r[column]["issuer"] for r in result["rows"])


def test_numbered_documents(store):
    assert count(store, "documents") == 45


def test_ingesting_twice_changes_nothing(store):
    before = {k: count(store, k) for k in COUNTS}
    ingest(store, [str(ROOT / "corpus" / "seeds")], progress=False)
    assert {k: count(store, k) for k in COUNTS} == before


@pytest.mark.parametrize("spelling", ["468/QĐ-TTg", "468/QD-TTg", "Quyết định 468/QĐ-TTg", "468/qd-ttg"])
def test_cited_by_468(store, spelling):
    r = run_named(store, "cited_by", {"document": spelling})
    assert issuers(r) == ["Sở Thông tin và Truyền thông tỉnh Gia Lai", "UBND thị xã Cửa Lò", "UBND xã Tiên Lãng"]


QUESTIONS = [
    ("implementers", {"document": "17/KH-UBND"}, "document", ["45/KH-UBND"]),
    ("implementers", {"document": "76/NQ-CP", "year": 2021}, "document", ["19/KH-UBND"]),
    ("legal_basis", {"document": "139/KH-STTTT"}, "basis", ["3640/KH-UBND", "602/QĐ-UBND"]),
]


@pytest.mark.parametrize("name,params,column,expected", QUESTIONS)
def test_questions(store, name, params, column, expected):
    assert numbers(run_named(store, name, params), column) == expected


def test_implementers_of_590_include_18(store):
    assert "18/QĐ-BQL" in numbers(run_named(store, "implementers", {"document": "590/QĐ-UBND"}))


def test_uncovered_mandates_list_the_wards_of_cua_lo(store):
    r = run_named(store, "uncovered_mandates", {})
    wards = sorted(row["body"]["name"] for row in r["rows"]
                   if row["document"]["number"] == "45/KH-UBND" and row["group"] == "Ủy ban nhân dân các phường")
    assert wards == sorted(f"UBND phường {w}" for w in ["Nghi Hòa", "Nghi Hương", "Nghi Hải", "Nghi Thu",
                                                         "Nghi Thuỷ", "Nghi Tân", "Thu Thuỷ"])


def test_uncovered_mandates_by_province(store):
    r = run_named(store, "uncovered_mandates", {"province": "Gia Lai"})
    assert {row["document"]["number"] for row in r["rows"]} == {"139/KH-STTTT"}


def test_coverage_of_a_provincial_plan_by_district(store):
    r = run_named(store, "coverage", {"document": "17/KH-UBND", "level": "district"})
    covered = {row["unit"]: row["documents"] for row in r["rows"] if row["covered"]}
    assert covered == {"Cửa Lò": ["45/KH-UBND"]}
    assert len(r["rows"]) > 15  # every district of Nghệ An at the time, covered or not


def test_unknown_document_is_an_error(store):
    with pytest.raises(QueryError, match="không có văn bản nào"):
        run_named(store, "cited_by", {"document": "999/QĐ-XYZ"})


def test_every_named_query_runs(store):
    assert {"implementers", "legal_basis", "cited_by", "citation_path", "uncovered_mandates", "coverage",
            "unresolved_references", "stale_basis", "overdue_mandates", "in_force", "timeline"} <= set(named_queries())
    params = {"document": "45/KH-UBND", "source": "45/KH-UBND", "target": "468/QĐ-TTg", "level": "commune",
              "issuer": "UBND thị xã Cửa Lò"}
    for name, q in named_queries().items():
        run_named(store, name, {p.rstrip("?"): params[p.rstrip("?")] for p in q.params
                                if p.rstrip("?") in params and not p.endswith("?")})


WRITES = ["CREATE (n)", "match (n) detach delete n", "MATCH (n) SET n.x = 1", "MERGE (n:X)",
          "MATCH (n) RETURN n; MATCH (m) RETURN m", "MATCH (n) /* hidden */ REMOVE n.key",
          "LOAD CSV FROM 'file:///x' AS r RETURN r", "CALL db.idx.fulltext.drop('x')", "cReAtE (n)"]


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused(query):
    with pytest.raises(QueryError):
        check_read_only(query)


def test_reads_pass_and_the_database_call_is_read_only(store):
    check_read_only("MATCH (n {name: 'CREATE'}) RETURN count(n) AS n")
    with pytest.raises(QueryError):
        store.read("CREATE (n)")


def test_a_changed_file_replaces_what_it_said(tmp_path):
    from graph.store import EmbeddedStore
    from tests.test_store_contract import PLAN_TOWN

    s = EmbeddedStore(tmp_path / "db")
    try:
        doc = tmp_path / "plan.txt"
        doc.write_text(PLAN_TOWN, encoding="utf-8")
        ingest(s, [str(doc)], progress=False)
        cited = "MATCH (:Document {number: '20/KH-UBND'})-[r]->(t:Document) RETURN t.number AS n ORDER BY n"
        assert [r["n"] for r in s.read(cited)] == ["10/KH-UBND", "45/2020/NĐ-CP"]
        doc.write_text(PLAN_TOWN.replace("45/2020/NĐ-CP", "61/2018/NĐ-CP"), encoding="utf-8")
        ingest(s, [str(doc)], progress=False)
        assert [r["n"] for r in s.read(cited)] == ["10/KH-UBND", "61/2018/NĐ-CP"]
        doc.write_text(PLAN_TOWN.replace("Số: 20/KH-UBND", "Số: 21/KH-UBND"), encoding="utf-8")
        ingest(s, [str(doc)], progress=False)
        status = s.read("MATCH (d:Document) WHERE d.number IN ['20/KH-UBND', '21/KH-UBND'] "
                        "RETURN d.number AS n, d.status AS status ORDER BY n")
        assert status == [{"n": "20/KH-UBND", "status": "cited"}, {"n": "21/KH-UBND", "status": "loaded"}]
        assert s.read(cited) == []
    finally:
        s.close()


WARD_PLAN = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG NGHI THỦY Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND Nghi Thủy, ngày 20 tháng 02 năm 2024
KẾ HOẠCH
Tuyên truyền cải cách hành chính phường Nghi Thủy năm 2024

Thực hiện Kế hoạch số 45/KH-UBND ngày 04/02/2024 của UBND thị xã Cửa Lò, UBND phường ban hành kế hoạch.

I. MỤC ĐÍCH
- Nâng cao nhận thức.
"""


def test_a_ward_plan_answers_its_mandate_and_stops_answering_when_changed(tmp_path):
    from graph.store import EmbeddedStore

    s = EmbeddedStore(tmp_path / "db")
    try:
        ingest(s, [str(ROOT / "corpus" / "seeds" / "000_3afb1c29bf823dc7.txt")], progress=False)

        def open_wards():
            rows = run_named(s, "uncovered_mandates", {"document": "45/KH-UBND"})["rows"]
            return sorted(r["body"]["name"] for r in rows if r["group"])

        assert "UBND phường Nghi Thuỷ" in open_wards() and len(open_wards()) == 7
        ward = tmp_path / "ward.txt"
        ward.write_text(WARD_PLAN, encoding="utf-8")
        ingest(s, [str(ward)], progress=False)
        assert "UBND phường Nghi Thuỷ" not in open_wards() and len(open_wards()) == 6
        ward.write_text(WARD_PLAN.replace("Thực hiện Kế hoạch số 45/KH-UBND", "Thực hiện Kế hoạch số 46/KH-UBND"),
                        encoding="utf-8")
        ingest(s, [str(ward)], progress=False)
        assert len(open_wards()) == 7
    finally:
        s.close()


SPELLINGS = ["UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", "UBND tinh Nghé An", "Uỷ ban nhân dân tỉnh Nghệ An"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_one_body_however_the_committee_is_written(spelling):
    from graph.resolve import issuer_body

    key, name, unit = issuer_body(spelling, None, None, "2024-01-09")
    assert (key, name, unit.label) == (issuer_body(SPELLINGS[0], None, None, "2024-01-09")[0], "UBND tỉnh Nghệ An",
                                       "tỉnh Nghệ An")


def test_unresolved_citations_are_not_merged():
    from graph.ingest import batch_params
    from loaders import extract_text
    from loaders.records import FileRecord

    text = "Số: 1/KH-X\nKẾ HOẠCH\nTheo Quyết định số 12/QĐ-ABC ngày 1/2/2020.\n"
    a = batch_params([FileRecord("a.txt", extract_text(text))])
    b = batch_params([FileRecord("b.txt", extract_text(text.replace("1/KH-X", "2/KH-X")))])
    ka = [c["key"] for c in a["cited"] if c["number"] == "12/QĐ-ABC"]
    kb = [c["key"] for c in b["cited"] if c["number"] == "12/QĐ-ABC"]
    assert ka and kb and ka != kb
    assert "issuer_ambiguous" in next(c for c in a["cited"] if c["number"] == "12/QĐ-ABC")["flags"]


# Two plans cite one decision; the second spells its issuer with a restoration slip ("dự dân" for "dự án").
_CITES_ONE_DECISION = (
    "UBND TỈNH KHÁNH HÒA\nSố: {n}/KH-UBND\nKhánh Hòa, ngày 02 tháng 4 năm 2021\nKẾ HOẠCH\nTuyên truyền\n"
    "Căn cứ Quyết định số 05/QĐ-BQL ngày 10/02/2021 của Ban Quản lý {slip} Phát triển tỉnh Khánh Hòa;\n"
)


@pytest.mark.parametrize("together", [True, False], ids=["one batch", "two ingests"])
def test_a_slip_in_the_issuers_name_is_the_same_document(tmp_path, together):
    from graph.store import EmbeddedStore

    for i, slip in enumerate(["dự án", "dự dân"]):
        (tmp_path / f"p{i}.txt").write_text(_CITES_ONE_DECISION.format(n=10 + i, slip=slip), encoding="utf-8")
    s = EmbeddedStore(tmp_path / "graph")
    try:
        if together:
            ingest(s, [str(tmp_path / "p0.txt"), str(tmp_path / "p1.txt")], progress=False)
        else:
            ingest(s, [str(tmp_path / "p0.txt")], progress=False)
            ingest(s, [str(tmp_path / "p1.txt")], progress=False)
        rows = s.read("MATCH (p:Document)-[:CITES]->(d:Document {number: '05/QĐ-BQL'}) RETURN d.key AS key, count(p) AS n")
        assert [r["n"] for r in rows] == [2], rows
    finally:
        s.close()


@pytest.mark.parametrize("name,value,meant", [
    ("year", "2024", 2024), ("y", "2024", 2024), ("n", "-3", -3), ("x", "1.5", 1.5), ("flag", "true", True),
    ("level", "xã", "commune"), ("level", "phường", "commune"), ("level", "huyện", "district"),
    ("level", "Thị xã", "district"), ("level", "tỉnh", "province"), ("level", "district", "district"),
    ("document", "45", "45"), ("issuer", "UBND tỉnh Nghệ An", "UBND tỉnh Nghệ An"),
])
def test_parameters_are_read_as_meant(name, value, meant):
    from graph.queries import literal

    assert literal(name, value) == meant and type(literal(name, value)) is type(meant)


def test_an_unknown_level_names_the_choices():
    from graph.queries import literal

    with pytest.raises(QueryError, match=r"tỉnh \(province\), huyện"):
        literal("level", "làng")


def test_a_level_in_vietnamese_gives_the_same_rows(store):
    english = run_named(store, "coverage", {"document": "17/KH-UBND", "level": "district"})
    vietnamese = run_named(store, "coverage", {"document": "17/KH-UBND", "level": "huyện"})
    assert english["rows"] and vietnamese["rows"] == english["rows"]


def test_an_empty_answer_still_has_its_columns(store):
    result = run_named(store, "implementers", {"document": "89/KH-UBND"})
    assert result["rows"] == [] and result["columns"] and "document" in result["columns"]
