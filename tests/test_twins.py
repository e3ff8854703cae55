"""The same record from every file format (issue 21): .docx and PDF twins of the real development set, in the
layout Nghị định 30/2020/NĐ-CP prescribes (letterhead and signature block in two columns), read as the .txt is."""

from pathlib import Path

import pytest

from loaders.read import in_columns
from tests.conftest import require_tool
from tests.test_scores import REAL, REAL_DOCS, score_set
from tests.test_web import fresh_client, upload  # noqa: F401 - the fixture is used by name
from tests.twins import FONT, docx_twin, layout, pdf_twin

METRICS = ("refs_f1", "relation", "ref_issuer", "ref_date", "bodies_f1", "doc_fields")


@pytest.fixture(scope="module")
def real_txt_scores() -> dict:
    return score_set([(REAL_DOCS["docs"] / f"{g.stem}.txt", g) for g in sorted((REAL / "gold").glob("*.json"))])


@pytest.mark.parametrize("kind,make", [("docx", docx_twin), ("pdf", pdf_twin)])
def test_twins_of_the_real_set_score_as_the_text_does(real_txt_scores, kind, make, tmp_path):
    if kind == "pdf" and not Path(FONT).exists():
        require_tool("fc-list")
        pytest.fail("DejaVu fonts missing (make setup installs fonts-dejavu-core)")
    pairs = []
    for gold in sorted((REAL / "gold").glob("*.json")):
        text = (REAL_DOCS["docs"] / f"{gold.stem}.txt").read_text(encoding="utf-8")
        pairs.append((make(text, tmp_path / f"{gold.stem}.{kind}"), gold))
    twins = score_set(pairs)
    behind = {m: f"{real_txt_scores[m]:.3f} -> {twins[m]:.3f}" for m in METRICS
              if twins[m] < real_txt_scores[m] - 0.01}
    assert not behind, f"{kind} twins read worse than the text: {behind}"


@pytest.mark.parametrize("text,parts", [
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-----\nSố: 5/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "An Giang, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH",
     {"issuer": ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"], "number": ["Số: 5/KH-UBND"],
      "place_date": ["An Giang, ngày 02 tháng 01 năm 2024"], "body": ["KẾ HOẠCH"]}),
    # two columns flattened onto one line, cells marked with '|', the date broken over two lines
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 30/2018/QĐ-UBND |\nHải Phòng, ngày\n"
     "09 tháng 10 năm 2018\nQUYẾT ĐỊNH",
     {"issuer": ["ỦY BAN NHÂN DÂN"], "motto": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      "place_date": ["Hải Phòng, ngày", "09 tháng 10 năm 2018"], "body": ["QUYẾT ĐỊNH"]}),
    # an official letter's summary stands under its number
    ("SỞ Y TẾ\nSố: 12/SYT-KHTC\nV/v báo cáo\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHuế, ngày 3 tháng 4 năm 2020\nKính gửi",
     {"number": ["Số: 12/SYT-KHTC", "V/v báo cáo"], "place_date": ["Huế, ngày 3 tháng 4 năm 2020"]}),
    ("...\nĐiều 3. Thi hành.\nNơi nhận: | TM. ỦY BAN NHÂN DÂN\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\nPHỤ LỤC",
     {"recipients": ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."], "signer": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      "after": ["PHỤ LỤC"]}),
])
def test_the_twin_builder_places_each_line_by_what_it_is(text, parts):
    got = layout(text)
    for name, lines in parts.items():
        assert getattr(got, name) == lines, name


@pytest.mark.parametrize("lines,expected", [
    # a letterhead laid out across the page: the left column, then the right
    (["     UBND TỈNH X                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "     SỞ NỘI VỤ                        Độc lập - Tự do - Hạnh phúc",
      "   Số: 5/SNV                          X, ngày 1 tháng 2 năm 2024",
      "KẾ HOẠCH"],
     "UBND TỈNH X\nSỞ NỘI VỤ\nSố: 5/SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "X, ngày 1 tháng 2 năm 2024\nKẾ HOẠCH"),
    # a line in one half only belongs to its column; a blank line inside the block (the signature's space) is kept out
    (["Điều 3. Thi hành quyết định này, các cơ quan có liên quan chịu trách nhiệm thi hành.",
      "   Nơi nhận:                                      TM. ỦY BAN NHÂN DÂN",
      "   - Như Điều 3;                                         CHỦ TỊCH",
      "   - Lưu: VT.",
      "",
      "                                                      Nguyễn Văn A"],
     "Điều 3. Thi hành quyết định này, các cơ quan có liên quan chịu trách nhiệm thi hành.\nNơi nhận:\n"
     "- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A"),
    # a page of body text only: nothing to reorder
    (["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Điều 1. Ban hành."], None),
])
def test_a_page_in_columns_is_read_column_by_column(lines, expected):
    assert in_columns(lines) == expected


DECISION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 215/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 14 tháng 02 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch chuyển đổi số năm 2024
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số;
Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 12/TTr-STTTT ngày 05/02/2024.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông, Giám đốc Sở Tài chính, Chủ tịch UBND
các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Bộ Thông tin và Truyền thông;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""


def test_an_uploaded_docx_in_the_standard_layout_shows_its_own_record(fresh_client, tmp_path):  # noqa: F811
    client, _ = fresh_client
    data = docx_twin(DECISION, tmp_path / "qd.docx").read_bytes()
    status, body = upload(client, data, "quyết định 215.docx")
    assert status == 202 and body["state"] == "done", body
    assert len(body["urls"]) == 1, f"one document, not a second one from 'Nơi nhận': {body['documents']}"
    page = client.get(body["urls"][0] + ".json").get_json()
    assert (page["number"], page["type"], page["issuer"], page["date"]) == \
        ("215/QĐ-UBND", "Quyết định", "UBND tỉnh Quảng Trị", "2024-02-14")
    relations = {r["number"]: r["relation"] for r in page["references"]}
    assert relations == {"47/2020/NĐ-CP": "basis", "749/QĐ-TTg": "implements", "12/TTr-STTTT": "cites"}
    bodies = {a["body"] for a in page["assignments"]}
    assert bodies == {"Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Sở Tài chính",
                      "UBND các huyện, thị xã, thành phố"}
    html = client.get(body["urls"][0]).get_data(as_text=True)
    assert "215/QĐ-UBND" in html and "Sở Thông tin và Truyền thông" in html
