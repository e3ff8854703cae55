"""The reader, part by part: one case per class of document layout it must read (texts made for these tests)."""

import pytest

from language.text import fold
from loaders import extract_text

FLAT_TABLE_HEADER = """ỦY
BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
27/2021/QĐ-UBND
|
Hà
Giang, ngày
14 tháng 9 năm 2021
|
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ QUẢN LÝ CỔNG THÔNG TIN ĐIỆN TỬ
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về cung cấp thông tin;
Quyết định số 274/QĐ-TTg ngày 12/3/2019 của Thủ tướng Chính phủ phê duyệt Đề án Cổng dịch vụ công
quốc gia theo Nghị quyết số 17/NQ-CP ngày 07/3/2019;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 88/TTr-STTTT ngày 01/9/2021.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý Cổng thông tin điện tử tỉnh.
Điều 2. Giao Giám đốc Sở Thông tin và Truyền thông hướng dẫn, kiểm tra việc thực hiện Quyết định này.
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Văn hóa, Thể thao và Du lịch, Nội vụ;
Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bình
"""

PLAN_WITH_BASIS_HEADING = """ỦY BAN NHÂN DÂN TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
Số: /KH-UBND | Cao Bằng, ngày 03 tháng 4 năm 2024 |
KẾ HOẠCH
Phát triển thương mại điện tử năm 2024
I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
1. Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ phê duyệt Kế hoạch tổng thể;
2. Thông tư 47/2014/TT-BCT ngày 05/12/2014 của Bộ Công Thương quy định về quản lý website thương mại điện tử.
II. MỤC ĐÍCH, YÊU CẦU
1. Mục đích: căn cứ Quyết định số 1/QĐ-XYZ không phải là căn cứ pháp lý.
"""

IMPLEMENTS_LIST = """ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
Số: 77/KH-UBND
Bến Tre, ngày 02 tháng 3 năm 2023
KẾ HOẠCH
Thực hiện chuyển đổi số năm 2023
Thực hiện
Nghị quyết số 09-NQ/TU ngày 20/5/2021 của Tỉnh ủy Bến Tre về chuyển đổi số, Kế hoạch số 120/KH-UBND ngày
11/1/2022 của UBND tỉnh và Quyết định số 505/QĐ-UBND ngày 22/3/2022 của UBND tỉnh về việc thực hiện Chỉ thị
số 01/CT-TTg ngày 14/1/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
"""

STRIPPED_WORD_FILE = (
    "TH TNG CHNH PH --------------- S: 12/2015/Q-TTg CNG HA X HI CH NGH(A VIT NAM c lp T do Hnh phc "
    "H Ni, ngy 03 thng 04 nm 2015 QUYT NH V VIC BAN HNH QUY CH TH TNG CHNH PH Cn c Lut T chc Chnh ph "
    "ngy 25 thng 12 nm 2001; Cn c Ngh nh s 36/2012/N-CP ngy 18 thng 4 nm 2012 ca Chnh ph; QUYT NH: "
    "iu 1. Ban hnh Quy ch. iu 2. Cc B trng, Th trng c quan ngang B, Th trng c quan thuc Chnh ph chu "
    "trch nhim thi hnh Quyt nh ny. Ni nhn: - Nh iu 2."
)


def _one(text: str):
    docs = extract_text(text)
    assert docs
    return docs[0]


def test_flattened_table_header_reads_its_fields():
    d = _one(FLAT_TABLE_HEADER)
    assert (d.number, d.type, d.date) == ("27/2021/QĐ-UBND", "Quyết định", "2021-09-14")
    assert d.issuer == "Chủ tịch UBND tỉnh Hà Giang"  # the authority line names the Chairman


@pytest.mark.parametrize("number,relation", [
    ("42/2022/NĐ-CP", "basis"),            # Căn cứ A
    ("274/QĐ-TTg", "basis"),               # "; B" goes on with the list
    ("17/NQ-CP", "cites"),                 # named inside the title of 274/QĐ-TTg
    ("88/TTr-STTTT", "cites"),             # a proposal
])
def test_preamble_clauses_give_relations(number, relation):
    refs = {r.number: r for r in _one(FLAT_TABLE_HEADER).references}
    assert refs[number].relation == relation


def test_proposing_department_is_named_without_its_head_and_with_its_province():
    refs = {r.number: r for r in _one(FLAT_TABLE_HEADER).references}
    assert refs["88/TTr-STTTT"].issuer == "Sở Thông tin và Truyền thông tỉnh Hà Giang"


@pytest.mark.parametrize("body,kind", [
    ("Sở Thông tin và Truyền thông", "task"),
    ("Văn phòng UBND tỉnh", "execution_clause"),
    ("Sở Tài chính", "execution_clause"),
    ("Sở Văn hóa, Thể thao và Du lịch", "execution_clause"),  # a comma inside one name
    ("Sở Nội vụ", "execution_clause"),
    ("các sở, ban, ngành", "execution_clause"),
    ("UBND các huyện, thành phố", "execution_clause"),
])
def test_execution_clause_names_bodies_through_their_heads(body, kind):
    got = {a.body: a.kind for a in _one(FLAT_TABLE_HEADER).assignments}
    assert got.get(body) == kind, got


def test_sections_follow_the_decree_layout():
    d = _one(FLAT_TABLE_HEADER)
    kinds = [s.kind for s in d.sections]
    for kind in ("header", "title", "preamble", "body", "article", "execution", "signature", "recipients"):
        assert kind in kinds, kinds
    assert kinds.index("header") < kinds.index("preamble") < kinds.index("body")
    pre = next(s for s in d.sections if s.kind == "preamble")
    assert FLAT_TABLE_HEADER[pre.span[0]:pre.span[1]].lstrip().startswith("Căn cứ")


def test_basis_heading_lists_basis_without_the_words():
    d = _one(PLAN_WITH_BASIS_HEADING)
    rel = {r.number: r.relation for r in d.references}
    assert rel["645/QĐ-TTg"] == "basis" and rel["47/2014/TT-BCT"] == "basis"
    assert rel["1/QĐ-XYZ"] == "cites"
    assert d.number is None and d.type == "Kế hoạch" and d.issuer == "UBND tỉnh Cao Bằng"


def test_implements_list_and_a_document_inside_a_title():
    rel = {r.number: r.relation for r in _one(IMPLEMENTS_LIST).references}
    assert rel == {"09-NQ/TU": "implements", "120/KH-UBND": "implements", "505/QĐ-UBND": "implements",
                   "01/CT-TTg": "cites"}


def test_word_file_read_as_bytes_still_reads():
    d = _one(STRIPPED_WORD_FILE)
    assert d.date == "2015-04-03"
    assert "36/2012/N-CP" in {r.number for r in d.references} or "36/2012/NĐ-CP" in {r.number for r in d.references}
    assert {a.kind for a in d.assignments} == {"execution_clause"}


# Numbers as documents print them, and what the reader files them under (canonical form).
NUMBER_FORMS = """ỦY BAN NHÂN DÂN TỈNH SƠN LA
Số: 12/KH-UBND
Sơn La, ngày 05 tháng 01 năm 2022
KẾ HOẠCH
Cải cách hành chính năm 2022
Căn cứ Nghị quyết số 76c/NQ-CP ngày 15/7/2021 của Chính phủ;
Căn cứ Nghị định số 45/2020/NĐCP ngày 08/4/2020 của Chính phủ;
Căn cứ Thông tư số 02/2017/TTVPCP ngày 31/10/2017 của Văn phòng Chính phủ;
Căn cứ Nghị định số 34/2016/NĐ/CP ngày 14/5/2016 của Chính phủ;
Căn cứ Quyết định số 44/QĐ /BNV ngày 09/01/2020 của Bộ Nội vụ;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 được sửa đổi, bổ sung bởi Luật số 63/2020/QH14;
Thực hiện Quyết định số 07/1998/QĐ.UB ngày 02/02/1998 của UBND tỉnh.
I. MỤC ĐÍCH
"""


@pytest.mark.parametrize("number,type_,issuer,relation", [
    ("76c/NQ-CP", "Nghị quyết", "Chính phủ", "basis"),           # a letter suffix
    ("45/2020/NĐ-CP", "Nghị định", "Chính phủ", "basis"),        # a hyphen lost by PDF extraction
    ("02/2017/TT-VPCP", "Thông tư", "Văn phòng Chính phủ", "basis"),
    ("34/2016/NĐ-CP", "Nghị định", "Chính phủ", "basis"),        # a slash typed for the hyphen
    ("44/QĐ-BNV", "Quyết định", "Bộ Nội vụ", "basis"),
    ("80/2015/QH13", "Luật", "Quốc hội", "basis"),               # a law: its number names the legislature's term
    ("63/2020/QH14", "Luật", "Quốc hội", "basis"),               # the amending law stands in the same item
    ("07/1998/QĐ.UB", "Quyết định", "UBND tỉnh Sơn La", "implements"),  # an old dotted symbol
])
def test_number_forms_read_in_canonical_form(number, type_, issuer, relation):
    refs = {r.number: r for r in _one(NUMBER_FORMS).references}
    assert number in refs, sorted(refs)
    r = refs[number]
    assert (r.type, r.issuer, r.relation) == (type_, issuer, relation)


def test_preamble_without_a_title_still_opens_at_its_first_clause():
    # a header table and then straight into "Căn cứ": no type heading, no title between them
    text = ("|\nCHỦ TỊCH ỦY BAN\nNHÂN DÂN |\nSố: 4/2025/QĐ-CTUBND |\nGia Lai, ngày 20 tháng 11 năm 2025 |\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
            "Căn cứ Nghị định số 186/2025/NĐ-CP của Chính phủ;\n")
    rel = {r.number: r.relation for r in _one(text).references}
    assert rel == {"72/2025/QH15": "basis", "186/2025/NĐ-CP": "basis"}


# Headers, one layout each: (text, number, type, issuer).
HEADERS = [
    # the type word before "số:" (a National Assembly resolution)
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
     "Nghị quyết số: 120/2021/UBTVQH15\n\nHà Nội, ngày 02 tháng 4 năm 2021\n\nNGHỊ QUYẾT\nVỀ VIỆC THÀNH LẬP PHƯỜNG\n"
     "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n",
     "120/2021/UBTVQH15", "Nghị quyết", "Ủy ban Thường vụ Quốc hội"),
    # one flattened line, letters dropped by a font: "S" for "Số", a motto with holes
    ("U BAN DÂN T C C NG HOÀ XÃ H I CH NGHĨA VI T NAM Đ c l p – T do – H nh phúc S 77/QĐ-UBDT Hà N i, ngày 08 "
     "tháng 3 năm 2010 QUY T Đ NH V vi c ban hành Quy ch Căn c Ngh đ nh s 84/2012/NĐ-CP ngày 12 tháng 10 năm 2012;",
     "77/QĐ-UBDT", None, "Ủy ban Dân tộc"),
    # a bare "ỦY BAN NHÂN DÂN" column; the unit is on the authority line, after a blank line
    ("UY BAN NHAN DAN | CONG HOA XA HOI CHU NGHIA VIET NAM |\n\nS6: 12/2019/QD-UBND | Vinh, ngay 03 thang 5 nam 2019 |\n\n"
     "QUYET DINH\n\nBAN HANH QUY CHE LAM VIEC\nCUA CAC CO QUAN\n\nUY BAN NHAN DAN TINH NGHE AN\n\nCan ctr Luat To chuc;\n",
     "12/2019/QĐ-UBND", "Quyết định", "UBND tỉnh Nghệ An"),
    # no type heading, the title opens with "VỀ VIỆC"
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 47/2006/QĐ-UBND | Huế, ngày 08 tháng 9 năm 2006 |\n"
     "VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ BẦU TRƯỞNG THÔN\nỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\nCăn cứ Luật Tổ chức;\n",
     "47/2006/QĐ-UBND", None, "UBND tỉnh Thừa Thiên Huế"),
    # a joint symbol keeps its slash
    ("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK NÔNG\n|\nSố: 02/QCPH/UBND-UBMTTQ\n|\nĐắk Nông, ngày 27 tháng 10 năm 2019\n"
     "QUY CHẾ\nPHỐI HỢP CÔNG TÁC\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09/6/2015;\n",
     "02/QCPH/UBND-UBMTTQ", "Quy chế", None),
]


@pytest.mark.parametrize("text,number,type_,issuer", HEADERS)
def test_header_layouts(text, number, type_, issuer):
    d = _one(text)
    assert d.number == number
    if type_:
        assert d.type == type_
    if issuer:
        assert d.issuer == issuer


# Preambles damaged or laid out as lists: (text, {number: relation}).
PREAMBLES = [
    # clause words glued and misread by the OCR
    ("UY BAN NHAN DAN TINH THAI BINH\nS6: 21/QD-UBND\nThai Binh, ngay 02 thang 3 nam 2015\nQUYET DINH\nVe viec quan ly\n"
     "Canct# Luat Bao vé moi truong nam 2005;\nC&nctt Nghi dinh s6 38/2015/ND-CP ngay 24/4/2015 ctia Chinh phu;\n"
     "Cancté Quyét dinh s6 491/QD-TTg ngay 07/5/2018 cua Thu tuéng Chinh phu;\nQUYET DINH:\nDiéu 1. Ban hanh.\n",
     {"38/2015/NĐ-CP": "basis", "491/QĐ-TTg": "basis"}),
    # a basis heading whose numeral the OCR lost, under a title in capitals
    ("UY BAN NHAN DAN\nTINH BAC NINH\nS6: 90/KH-UBND\nBac Ninh, ngay 07 thang 12 nam 2022\nKE HOACH\n"
     "CHUYEN DOI SO NAM 2023\n. CAN CU’ XAY DUNG\n\nKE HOACH\n1. Quyét dinh sé 942/QD-TTg ngay 15/6/2021 cua Thu tuong;\n"
     "2. Thong tu 03/2022/TT-BTTTT ngay 12/3/2022 cia Bo Thong tin va Truyen thong.\nII. MUC DICH\n"
     "1. Theo Quyết định số 5/QĐ-UBND.\n",
     {"942/QĐ-TTg": "basis", "03/2022/TT-BTTTT": "basis"}),
    # a numbered list straight after the header: its items share the relation one of them names
    ("ỦY BAN NHÂN DÂN |\nSố: 12/KH-UBND |\nPhú Yên, ngày 10 tháng 02 năm 2023 |\n"
     "1. Điều lệ trường trung học, ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ GDĐT;\n"
     "2. Quy chế tuyển sinh ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014; Thông tư số "
     "18/2014/TT-BGDĐT ngày 26/5/2014 của Bộ GDĐT;\n3. Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh.\n"
     "UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n",
     {"32/2020/TT-BGDĐT": "basis", "11/2014/TT-BGDĐT": "basis", "18/2014/TT-BGDĐT": "basis", "932/QĐ-UBND": "basis"}),
]


@pytest.mark.parametrize("text,expected", PREAMBLES)
def test_damaged_and_listed_preambles(text, expected):
    rel = {r.number: r.relation for r in _one(text).references}
    assert {k: rel.get(k) for k in expected} == expected


# Cited issuers as the text gives them: (citation in a provincial decision's preamble, number, issuer).
ISSUERS = [
    ("Căn cứ Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 của Bộ trưởng Bộ GD&ĐT;", "11/2014/TT-BGDĐT",
     "Bộ Giáo dục và Đào tạo"),                                           # an abbreviation inside the name
    ("Căn cứ Kế hoạch số 48/KH-UBATGTQG ngày 2/3/2018 của Ủy ban ATGT Quốc gia;", "48/KH-UBATGTQG",
     "Ủy ban An toàn giao thông Quốc gia"),
    ("Căn cứ Công văn số 228/STP-XDVB ngày 5/5/2014 của Sở Tư pháp;", "228/STP-XDVB",
     "Sở Tư pháp tỉnh Thái Nguyên"),                                      # a department is its province's
    ("Can cu Thong tu s6 03/2004/TT-BNV ngay 16/01/2004 cla B6 trudéngB6 Ndi vu huéng dan;", "03/2004/TT-BNV",
     "Bộ Nội vụ"),                                                        # the holder's title OCR'd and glued
    ("Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn\nphòng Chính phủ;",
     "03/2025/TT-VPCP", "Văn phòng Chính phủ"),                          # two titles, then the body
    ("Nghi dinh s6 42/2022/ND-CP ngay 24/6/2022 cua Chinh\n\npht quy dinh viéc cung cap thong tin;", "42/2022/NĐ-CP",
     "Chính phủ"),                                                        # a name broken by a blank line
    ("Căn cứ Nghị định số 09/2010/NĐ-CP ngày 08/02/2010 của Chính phủ sửa đổi, bổ sung một số điều;",
     "09/2010/NĐ-CP", "Chính phủ"),                                       # the title's verb ends the name
    # as an English OCR reads them: the ministry's first letters, its abbreviation, the head's title
    ("Can ctf Quyét dinh sé 4686/QD-BVHTTDL ngay 31/12/2013 ctia Bé truéng Bé Van héa, Thé thao va\nDu lich vé "
     "phé duyét Dé an;", "4686/QĐ-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Can cu Thong tu s6 12/2014/TT-BGDDT ngay 18/4/2014 cua Bé truéng Bo GD&BT;", "12/2014/TT-BGDĐT",
     "Bộ Giáo dục và Đào tạo"),
    ("Theo dé nghi cia Gidm d6éc S& Tu phap tai to trinh s6 728/TTr-STP ngay 12/8/2008.", "728/TTr-STP",
     "Sở Tư pháp tỉnh Thái Nguyên"),
    ("Thong tu s6 01/2023/TT-VPCP ngay 05/4/2023 cua Van\n\nphong Chinh phti quy dinh mot s6 ndi dung;",
     "01/2023/TT-VPCP", "Văn phòng Chính phủ"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015 của Quốc hội nước Cộng "
     "hòa xã hội chủ nghĩa Việt Nam;", "77/2015/QH13", "Quốc hội"),
]


@pytest.mark.parametrize("clause,number,issuer", ISSUERS)
def test_cited_issuers(clause, number, issuer):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 15/2014/QĐ-UBND\nThái Nguyên, ngày 22 tháng 5 năm 2014\n"
            f"QUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN\n{clause}\nQUYẾT ĐỊNH:\n")
    refs = {r.number: r.issuer for r in _one(text).references}
    assert refs.get(number) == issuer, refs


# Bodies an article or execution clause names: (article text, bodies expected among the assignments).
BODY_LISTS = [
    # numbered paragraphs of a duties article, one body (or two, by a semicolon) each
    ("Điều 2. Nhiệm vụ của các Sở, ngành và UBND các huyện.\n1. Các Sở, ngành; đơn vị liên quan căn cứ chức năng, "
     "ban hành hướng dẫn.\n2. Ủy ban nhân dân các huyện, thành phố căn cứ Bộ tiêu chí để chỉ đạo các xã.\n"
     "3. Sở Nông nghiệp và Phát triển nông thôn (Cơ quan thường trực) theo dõi, tổng hợp.\n",
     ["các Sở, ngành", "đơn vị liên quan", "Ủy ban nhân dân các huyện, thành phố", "Sở Nông nghiệp và Phát triển nông thôn"]),
    # a department whose name holds "trường" is not cut at it; a semicolon ends "các sở: A, B, C"
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Y tế, Tài nguyên và Môi trường, Ngoại vụ; Đài Phát thanh "
     "- Truyền hình tỉnh; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.\n",
     ["Văn phòng UBND tỉnh", "Sở Y tế", "Sở Tài nguyên và Môi trường", "Sở Ngoại vụ", "Đài Phát thanh - Truyền hình tỉnh",
      "UBND các huyện"]),
]


@pytest.mark.parametrize("articles,bodies", BODY_LISTS)
def test_bodies_named_by_articles(articles, bodies):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 16/QĐ-UBND\nHòa Bình, ngày 19 tháng 5 năm 2017\nQUYẾT ĐỊNH\n"
            "Về việc ban hành Bộ tiêu chí\nỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
            f"QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Bộ tiêu chí.\n{articles}")
    got = [a.body for a in _one(text).assignments]
    assert [b for b in bodies if b not in got] == [], got
    assert "Sở Đài Phát thanh - Truyền hình tỉnh" not in got


# Citations damaged beyond the OCR confusions: (clause, number, date, relation).
DAMAGED_CITATIONS = [
    # a PDF that lost its spaces: clause word, type word, number and date run together
    ("CăncứThôngtưsố01/2011/TT-BNVngày19tháng01năm2011của BộNội vụ hướng dẫn;", "01/2011/TT-BNV", "2011-01-19", "basis"),
    ("Thực hiệnQuyết định số 1489/QĐ-TTg ngày 08/10/2012 của Thủ tướng Chính phủ;", "1489/QĐ-TTg", "2012-10-08", "implements"),
    ("Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư;", "70-TB/TW", "2012-01-06", "basis"),
    # every non-ASCII letter deleted (a Word file read as bytes)
    ("Thc hin Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009 ca Hi ng nhn dn tnh;", "179/2009/NQ-HĐND", "2009-04-20",
     "implements"),
    # a font that replaced letters with symbols
    ("Căn cứ Nghị định số 48/2008/NĐ-CP ngày 17 h!ng 4 nă\" 2008 c#$ Ch%nh &h#;", "48/2008/NĐ-CP", "2008-04-17", "basis"),
    # OCR: "tháng" lost a letter across a blank line, "số" read as "6" at a line start, letters doubled in a symbol
    ("Căn cứ Quyết định số 924/QD-TTg ngay 22\n\nhang 8 nam 2022 cua Thu tuong;", "924/QĐ-TTg", "2022-08-22", "basis"),
    ("Căn cứ Luật ngày 22 tháng 6 năm 2015;\n6 09/2019/ND-CP ngay 24 thang 01 nam 2019 cta Chinh pht;", "09/2019/NĐ-CP",
     "2019-01-24", "basis"),
    ("Can ct Nghi dinh sé 65/2021/NDB-CP ngay 30/6/2021;", "65/2021/NĐ-CP", "2021-06-30", "basis"),
    ("– Căn cứ Quyết định số 1096/QĐ-BNV ngày 23/12/2019 của Bộ Nội vụ;", "1096/QĐ-BNV", "2019-12-23", "basis"),
    # a symbol broken at its hyphen by a line end
    ("Xét đề nghị của Sở Tài chính tại Tờ trình số 209/TTr-\n\nSTC ngày 11/5/2017.", "209/TTr-STC", "2017-05-11", "cites"),
]


@pytest.mark.parametrize("clause,number,date,relation", DAMAGED_CITATIONS)
def test_damaged_citations(clause, number, date, relation):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 12/QĐ-UBND\nPhú Thọ, ngày 22 tháng 5 năm 2014\n"
            f"QUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n{clause}\nQUYẾT ĐỊNH:\n")
    refs = {r.number: r for r in _one(text).references}
    assert number in refs, sorted(refs)
    assert (refs[number].date, refs[number].relation) == (date, relation)


_OCR_DECISION = ("THU TUONG CHINH PHU\nS6: 180/2002/QD-TTg\nHa Noi, ngay 19 thang 12 nam 2002\nQUYET DINH\nVe viec ban hanh\n"
                 "Can cu Luat To chuc Chinh phu ngay 25 thang 12 nam 2001;\nQUYET DINH:\nDiéu 1. Ban hanh Quy ché.\n")


@pytest.mark.parametrize("articles,bodies", [
    # "các" read "cdc"/"cac", "sở" read "s¢", a department's name with its comma
    ("Diéu 2. Giam déc cac s¢: Y té, Van hoa, Thé thao va Du lich, Ngoai vu; Chi tich Uy ban nhan dan huyén, thi x4, "
     "thanh pho; cdc co quan, don vi cé lién quan chiu trach nhiém thi hanh quyét dinh nay.\n",
     ["Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ", "các cơ quan, đơn vị"]),
    # "Bộ" read "B6", the clause after the article on effect, cut by the end of the text
    ("Diéu 2. Quyét dinh nay cé hiéu luc tly ngay 01 thang 01 nam 2003.\n\n"
     "Cac B6 truéng, Thu trudng co quan ngang Bé6, Thu truéng co quan thudéc Chinh phd, Chu tich\nUy ban nhan dan cac",
     ["các Bộ", "cơ quan ngang"]),
])
def test_execution_clause_read_back_by_an_english_ocr(articles, bodies):
    got = [fold(a.body) for a in _one(_OCR_DECISION + articles).assignments]
    assert [b for b in bodies if not any(g.startswith(fold(b)) for g in got)] == [], got


def test_a_type_heading_above_the_number_is_no_issuer():
    d = _one("KẾ HOẠCH\nSố: 9/KH-BQL\nKhánh Hòa, ngày 24 tháng 3 năm 2021\nTuyên truyền cải cách hành chính năm 2021\n")
    assert (d.number, d.type, d.issuer) == ("9/KH-BQL", "Kế hoạch", None)
    assert "issuer_ambiguous" in d.flags


# Where a body's task list ends (issue 14): the last task never swallows what follows the list.
_PLAN_TASKS = ("ỦY BAN NHÂN DÂN\nXÃ TIÊN LÃNG\nSố: 10/KH-UBND\nTiên Lãng, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\n"
               "Tuyên truyền cải cách hành chính\nIV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã: Chủ trì, xây dựng "
               "Kế hoạch tuyên truyền.\n2. Phòng Văn hóa - Xã hội: Phối hợp thực hiện tuyên truyền trên hệ thống loa.{tail}")


@pytest.mark.parametrize("tail", [
    "\nTrên đây là nội dung Kế hoạch tuyên truyền, đề nghị các cơ quan, đơn vị triển khai thực hiện./.\n",
    " Trên đây là nội dung Kế hoạch tuyên truyền, đề nghị các cơ quan triển khai thực hiện./.",   # flattened
    "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n",
    " TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An",                                              # flattened
    "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n",
    "\nNghị quyết này đã được Hội đồng nhân dân xã khóa XX, kỳ họp thứ 5 thông qua./.\n",
    " Trén day 1a noi dung Ké hoach tuyén truyén. D€ nghi cac co quan trién khai thuc hién./",  # as OCR'd
])
def test_a_task_list_ends_where_its_section_ends(tail):
    tasks = {a.body: a.tasks for a in _one(_PLAN_TASKS.format(tail=tail)).assignments}
    last = [t.rstrip(". ") for t in tasks["Phòng Văn hóa - Xã hội"]]
    assert last == ["Phối hợp thực hiện tuyên truyền trên hệ thống loa"], last


@pytest.mark.parametrize("name,mended", [
    ("Trung Văn hóa, Thể thao và Truyền thông thị xã", "Trung tâm Văn hóa, Thể thao và Truyền thông thị xã"),
    ("Trung tâm Y tế huyện", "Trung tâm Y tế huyện"),
    ("Trung ương Đoàn", "Trung ương Đoàn"),
])
def test_a_head_word_the_ocr_lost_is_mended(name, mended):
    from loaders.assignments import mended_head

    assert mended_head(name) == mended


@pytest.mark.parametrize("ocr,restored", [
    ("Cua Lo nam 2024", "Cửa Lò năm 2024"),                 # before a number, the date's word
    ("ngay 04 thang 02 nam 2024", "ngày 04 tháng 02 năm 2024"),
    ("Viet Nam va Ha Nam", "Việt Nam và Hà Nam"),           # not before a number: the place
])
def test_date_words_before_a_number_are_restored_as_dates(ocr, restored):
    from language.vocab import restore

    assert restore(ocr, force=True) == restored
