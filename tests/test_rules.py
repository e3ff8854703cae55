"""One line in, the expected record out: every extraction rule, clean and OCR-damaged."""

import pytest

from loaders import extract_text

# (text, number, type, issuer, date, relation, flags that must be present)
REFERENCES = [
    # numbers and symbols, clean and as the OCR writes them
    ("theo Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ", "468/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2021-03-27", "cites", []),
    ("theo Quyét dinh s6 468/QD-TTg ngay 27/3/2021 ctia Thu tuéng Chinh pht", "468/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2021-03-27", "cites", []),
    ("theo Quyét dinh sb 749/QP-TTg ngay 03/6/2020 ctia Thil tuéng Chinh phu", "749/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2020-06-03", "cites", []),
    ("theo Quyet dinh sé 590/OD-UBND ngay 11/3/2021 ciia UBND tinh Khdnh Hoa", "590/QĐ-UBND", "Quyết định", "UBND tỉnh Khánh Hòa", "2021-03-11", "cites", []),
    ("theo Quyét dinh sé 05/0D-BOL ngay 26/01/2021 cua Ban Quan ly du an", "05/QĐ-BQL", "Quyết định", None, "2021-01-26", "cites", []),
    ("kèm theo Quyét dinh sé 1 8/OD-BOL ngay 24 thang 3 nam 2021 ctia Ban", "18/QĐ-BQL", "Quyết định", None, "2021-03-24", "cites", []),
    ("Quyét dinh sd 343/Qb-\nUBND ngay 23/01/2024 ctia UBND thi x3 ban hanh", "343/QĐ-UBND", "Quyết định", None, "2024-01-23", "cites", []),
    ("Can ctr Ké hoach s 2324//SKHCN-VPngay 01/8/2025 cua S¢ Khoa hoac va Cong nghé vé", "2324/SKHCN-VP", "Kế hoạch", "Sở Khoa học và Công nghệ", "2025-08-01", "basis", []),
    ("theo Hudng dan sé 03- HD/BTGTU ngay 25/12/2020 ctia Ban Tuyén gido Tinh Gy vé", "03-HD/BTGTU", "Hướng dẫn", "Ban Tuyên giáo Tỉnh ủy", "2020-12-25", "cites", []),
    ("Hudng dan sb 04-HD/DUK ngay 19/01/2021 cua Pang iy Khdi", "04-HD/ĐUK", "Hướng dẫn", None, "2021-01-19", "cites", []),
    ("Nghị quyết số 09-NQ/TU ngày 05/8/2021 của Tỉnh ủy Nghệ An về chuyển đổi số", "09-NQ/TU", "Nghị quyết", "Tỉnh ủy Nghệ An", "2021-08-05", "cites", []),
    ("Nghi quyét sb 19-NQ/TW ngay 25/10/2017 Hoi nghi lan thir sau", "19-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", "2017-10-25", "cites", []),
    ("Nghi quyét s6 18-\nNQ/TW ngay 25/10/2017 Hoi nghi", "18-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", "2017-10-25", "cites", []),
    ("Chi thi sb 05-CT/TW, ngay 15/5/2016 ctia B6 Chinh tri vé", "05-CT/TW", "Chỉ thị", "Bộ Chính trị", "2016-05-15", "cites", []),
    ("Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện", "45/2020/NĐ-CP", "Nghị định", "Chính phủ", "2020-04-08", "cites", []),
    ("Nghi dinh s 45/2020/ND-CP ngay 08/4/2020 cua Chinh phu vé thuc hién", "45/2020/NĐ-CP", "Nghị định", "Chính phủ", "2020-04-08", "cites", []),
    ("Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ", "45/2016/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2016-10-19", "cites", []),
    ("Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ về việc", "4625/BNV-CCHC", "Công văn", "Bộ Nội vụ", "2025-07-02", "cites", []),
    ("Cong vin s 4625/BNV-CCHC ngay 02/7/2025 cua Bd Noi vu vé", "4625/BNV-CCHC", "Công văn", "Bộ Nội vụ", "2025-07-02", "cites", []),
    ("Chương trình hành động số 921/UBND ngày 12/5/2023 của UBND tỉnh Gia Lai về", "921/UBND", "Chương trình", "UBND tỉnh Gia Lai", "2023-05-12", "cites", []),
    ("Thông tư số 26/2012/TT-BTC ngày 10/05/2019 của Bộ Tài chính", "26/2012/TT-BTC", "Thông tư", "Bộ Tài chính", "2019-05-10", "cites", ["year_mismatch"]),
    ("Thong tu sb 26/2012/TT-BTC ngay 10/05/2019 ctia Bo\nTai chinh, cac vin ban", "26/2012/TT-BTC", "Thông tư", "Bộ Tài chính", "2019-05-10", "cites", ["year_mismatch"]),
    ("Nghi dinh sé 107/2021/ND-CP ngay 06/12/202021 ctia Chinh phi vé", "107/2021/NĐ-CP", "Nghị định", "Chính phủ", "2021-12-06", "cites", ["date_repaired"]),
    ("Kế hoạch số 17/KH-UBND ngày 06/12/202021 của UBND tỉnh Nghệ An", "17/KH-UBND", "Kế hoạch", "UBND tỉnh Nghệ An", None, "cites", ["date_unreadable"]),
    ("Kế hoạch số 17/KH-UBND ngày 35/13/2021 của UBND tỉnh Nghệ An", "17/KH-UBND", "Kế hoạch", "UBND tỉnh Nghệ An", None, "cites", ["date_unreadable"]),
    ("Kế hoạch số 3640/KH-UBND ngày 26 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Gia Lai", "3640/KH-UBND", "Kế hoạch", "UBND tỉnh Gia Lai", "2023-12-26", "cites", []),
    ("Ké hoach s0 3640/KH-UBND ngay 26/12/2023 cua Uy ban nhan dén tinh\nGia Lai veé viéc", "3640/KH-UBND", "Kế hoạch", "UBND tỉnh Gia Lai", "2023-12-26", "cites", []),
    ("Quyết định số 3041/QĐ-UBND ngày 26/7/2025 của Ủy ban nhân dân thành phố Hải Phòng ban hành", "3041/QĐ-UBND", "Quyết định", "UBND thành phố Hải Phòng", "2025-07-26", "cites", []),
    ("Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt", "06/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2022-01-06", "cites", []),
    ("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành", "76/NQ-CP", "Nghị quyết", "Chính phủ", "2021-07-15", "cites", []),
    ("Nghi quyét s0 76/NQ-CP ngay 15/7/2021 cua Chinh phi vé Ban hanh", "76/NQ-CP", "Nghị quyết", "Chính phủ", "2021-07-15", "cites", []),
    # class: joint documents (liên tịch) name every issuer, by name or as "liên bộ: A và B"
    ("Căn cứ Nghị quyết liên tịch số 05/2015/NQLT/CP-UBTƯMTTQVN ngày 10/3/2015 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về việc ban hành quy chế;",
     "05/2015/NQLT/CP-UBTUMTTQVN", "Nghị quyết liên tịch", "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "2015-03-10", "basis", []),
    ("Căn cứ Thông tư liên tịch số 03/2010/TTLT-BTC-BNV ngày 05/01/2010 của liên bộ: Tài chính và Nội vụ hướng dẫn thực hiện;",
     "03/2010/TTLT-BTC-BNV", "Thông tư liên tịch", "Bộ Tài chính và Bộ Nội vụ", "2010-01-05", "basis", []),
    ("Căn cứ Thông tư liên tịch số 01/2005/TTLT/BTTUBTWMTTQVN-BNV ngày 12/5/2005 của Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Bộ Nội vụ hướng dẫn;",
     "01/2005/TTLT-BTTUBTWMTTQVN-BNV", "Thông tư liên tịch", "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Bộ Nội vụ", "2005-05-12", "basis", []),  # a joint circular's symbol: TTLT-, the slash a slip
    # class: the justice department's appraisal report cited in a provincial decision's preamble
    ("Theo đề nghị của Sở Nội vụ và Báo cáo thẩm định số 25/BCTĐ-STP ngày 14 tháng 5 năm 2019 của Sở Tư pháp.",
     "25/BCTĐ-STP", "Báo cáo thẩm định", "Sở Tư pháp", "2019-05-14", "cites", []),
    # class: a Word file read as bytes, every accented letter lost ("Thủ tướng" -> "Th tng", "về việc" -> "v vic")
    ("theo Quyt nh s 20/2005/Q-TTg ngy 10 thng 7 nm 2005 ca Th tng Chnh ph v vic ban hnh Quy ch;",
     "20/2005/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2005-07-10", "cites", []),
    # class: "Thực hiện" as an OCR writes it, its c dropped or its Ư written U' ("Thu hién", "THU'C HIEN")
    ("Thu hién Nghi quyét s6 12/NQ-CP ngay 03/02/2022 cua Chinh phu vé phuc héi kinh té", "12/NQ-CP", "Nghị quyết", "Chính phủ", "2022-02-03", "implements", []),
    ("Thu'c hién Chi thi s6 05/CT-TTg ngay 14/3/2023 cua Thu tuéng Chinh phu vé tang cudng", "05/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ", "2023-03-14", "implements", []),
    # class: a ministry's code with one letter too many, or cut in two by a space ("BGDDPT", "BGD ĐT", "BGD DBT")
    ("Thông tư số 07/2019/TT-BGDDPT ngày 10/4/2019 của Bộ Giáo dục và Đào tạo", "07/2019/TT-BGDĐT", "Thông tư", "Bộ Giáo dục và Đào tạo", "2019-04-10", "cites", []),
    ("Thông tư 07/2019/TT-BGD ĐT ngày 10/4/2019 của Bộ trưởng Bộ Giáo dục và Đào tạo", "07/2019/TT-BGDĐT", "Thông tư", "Bộ Giáo dục và Đào tạo", "2019-04-10", "cites", []),
    ("Théng tu 07/2019/TT-BNNP TNT ngay 10/4/2019 cua Bo Nong nghiep va Phat trien nong thon", "07/2019/TT-BNNPTNT", "Thông tư", "Bộ Nông nghiệp và Phát triển nông thôn", "2019-04-10", "cites", []),
    # class: "Thực hiện" with its ự and ệ lost (a file read as bytes) and then its c read as e: "The hin"
    ("The hin Ch th s 05/CT-TTg ngy 14/3/2023 ca Th tng Chnh ph v tng cng", "05/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ", "2023-03-14", "implements", []),
    ("Thể hiện Chỉ thị số 05/CT-TTg ngày 14/3/2023 của Thủ tướng Chính phủ", "05/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ", "2023-03-14", "cites", []),
    ("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", "61/2018/NĐ-CP", "Nghị định", "Chính phủ", "2018-04-23", "cites", []),
    ("Đề án số 12/ĐA-UBND ngày 01/02/2022 của UBND tỉnh Nghệ An", "12/ĐA-UBND", "Đề án", "UBND tỉnh Nghệ An", "2022-02-01", "cites", []),
    ("Hướng dẫn số 7/HD-SNV ngày 01/02/2022 của Sở Nội vụ", "7/HD-SNV", "Hướng dẫn", "Sở Nội vụ", "2022-02-01", "cites", []),
    ("Thông báo số 15/TB-VPCP ngày 3/2/2023 của Văn phòng Chính phủ", "15/TB-VPCP", "Thông báo", "Văn phòng Chính phủ", "2023-02-03", "cites", []),
    ("Chỉ thị số 06/CT-UBND ngày 21/4/2020 về việc cải tiến lề lối làm việc", "06/CT-UBND", "Chỉ thị", None, "2020-04-21", "cites", []),
    ("Báo cáo số 120/BC-UBND ngày 5/6/2024 của UBND huyện", "120/BC-UBND", "Báo cáo", None, "2024-06-05", "cites", []),
    # relations from the preamble
    ("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;", "76/NQ-CP", "Nghị quyết", "Chính phủ", "2021-07-15", "basis", []),
    ("Can cir Nghi quyét s6 76/NQ-CP ngay 15/7/2021 ctia Chinh phu;", "76/NQ-CP", "Nghị quyết", "Chính phủ", "2021-07-15", "basis", []),
    ("Cdn cik Quyét dinh sé 3595/0D-UBND ngay 31/12/2020 ciia UBND tinh\nKhdnh Hod vé viéc", "3595/QĐ-UBND", "Quyết định", "UBND tỉnh Khánh Hòa", "2020-12-31", "basis", []),
    ("Cin cir Quyét dinh s6 602/QD-UBND ngay 17/9/2021 ciia Uy ban nhan dan tinh\nGia Lai v€ ban hanh", "602/QĐ-UBND", "Quyết định", "UBND tỉnh Gia Lai", "2021-09-17", "basis", []),
    ("Thực hiện Kế hoạch số 17/KH-UBND ngày 09/01/2024 của UBND tỉnh Nghệ An, UBND thị xã ban hành", "17/KH-UBND", "Kế hoạch", "UBND tỉnh Nghệ An", "2024-01-09", "implements", []),
    ("Thuc hién ké hoach s6 17/KH-UBND, ngay 09/01/2024 ciia UBND tinh Nghé\nAn “Ké hoach”", "17/KH-UBND", "Kế hoạch", "UBND tỉnh Nghệ An", "2024-01-09", "implements", []),
    ("Triển khai Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ,", "468/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2021-03-27", "implements", []),
    ("(Ban hành kèm theo Quyết định số 18/QĐ-BQL ngày 24/3/2021 của Ban Quản lý dự án)", "18/QĐ-BQL", "Quyết định", "Ban Quản lý dự án", "2021-03-24", "promulgated_by", []),
    ("(Ban hanh kém theo Quyét dinh sé 1 8/OD-BOL ngay 24 thang 3 nam 2021", "18/QĐ-BQL", "Quyết định", None, "2021-03-24", "promulgated_by", []),
]


@pytest.mark.parametrize("text,number,type_,issuer,date,relation,flags", REFERENCES)
def test_reference(text, number, type_, issuer, date, relation, flags):
    docs = extract_text(text)
    refs = [r for d in docs for r in d.references]
    assert [r.number for r in refs][:1] == [number]
    r = refs[0]
    assert r.type == type_
    if issuer is not None:
        assert r.issuer == issuer
    assert r.date == date
    assert r.relation == relation
    assert set(flags) <= set(r.flags)
    start, end = r.span
    assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("clause", [
    "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15;",
    "Can ctr Luat Dat dai sé 31/2024/QH15 dugc stta déi, b6 sung béi\nLuat s6 43/2024/QH15;",  # as the OCR writes it
])
def test_the_amending_law_of_a_basis_is_a_basis_too(clause):
    refs = [r for d in extract_text("QUYẾT ĐỊNH\nVề việc ban hành quy định\n" + clause + "\nQUYẾT ĐỊNH:\n")
            for r in d.references]
    assert [(r.number, r.relation) for r in refs] == [("31/2024/QH15", "basis"), ("43/2024/QH15", "basis")]


@pytest.mark.parametrize("text", [
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/QĐ-TTg\nQUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Đất đai số 31/2024/QH15\n"
    "THỦ TƯỚNG CHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch triển khai thi hành Luật Đất đai số 31/2024/QH15.\n",
    "THU TUONG CHINH PHU\nS6: 12/QD-TTg\nQUYET DINH\nBAN HANH KE HOACH TRIEN KHAI THI HANH LUAT DAT DAI SO 31/2024/QH15\n"
    "THU TUONG CHINH PHU\n"
    "Can ctf Luat T6 chttc Chinh phd ngay 18 thang 02 nam 2025;\nCan ctf Luat Dat dai ngay 18 thang 01 nam 2024;\n"
    "QUYET DINH:\nDiéu 1. Ban hanh kém theo Quyét dinh nay Ké hoach trién khai thi hanh Luat Dat dai s6 31/2024/QH15.\n",
])
def test_a_law_named_by_title_in_the_basis_and_by_number_elsewhere_is_one_reference(text):
    """Class: "Kế hoạch triển khai thi hành Luật X số N" whose preamble rests on "Luật X ngày D": one law, a
    basis, with the date the preamble gives; only the other law stays unnumbered."""
    doc = extract_text(text)[0]
    law = next(r for r in doc.references if r.number == "31/2024/QH15")
    assert (law.relation, law.date) == ("basis", "2024-01-18")
    assert [u.title for u in doc.unnumbered_references] == ["Luật Tổ chức Chính phủ"]


@pytest.mark.parametrize("text", [
    "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế;",
    "Căn cứ Nghị định số 10/2020/NĐ-CP, Nghị định số 11/2020/NĐ-CP ngày 12/12/2013 của Bộ Chính trị;",
])
def test_a_pair_of_citations_shares_the_date_and_issuer_said_after_the_second(text):
    """Class: "Quyết định số A và Quyết định số B ngày D của X": A was also issued by X on D."""
    refs = [r for d in extract_text("QUYẾT ĐỊNH\nVề việc ban hành quy chế\n" + text + "\nQUYẾT ĐỊNH:\n")
            for r in d.references]
    assert [(r.issuer, r.date) for r in refs] == [("Bộ Chính trị", "2013-12-12")] * 2


@pytest.mark.parametrize("clause,relation", [
    ("Trên cơ sở Kế hoạch số 61/KH-UBND ngày 16/9/2022 của UBND tỉnh Quảng Nam về giảm nghèo,", "basis"),
    ("Tren co so Ké hoach s6 61/KH-UBND ngay 16/9/2022 cua UBND tinh Quang Nam vé giam ngheo,", "basis"),
    ("Trên cơ sở đề nghị của Sở Nội vụ tại Tờ trình số 61/TTr-SNV ngày 16/9/2022,", "cites"),  # a proposal
])
def test_tren_co_so_a_document_is_a_basis(clause, relation):
    """Class: "Trên cơ sở <a document>" opens a basis clause like "Căn cứ"; "Trên cơ sở đề nghị" does not."""
    text = "KẾ HOẠCH\nGiảm nghèo bền vững năm 2023\n" + clause + " UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    assert [r.relation for d in extract_text(text) for r in d.references] == [relation]


@pytest.mark.parametrize("clause", [
    "Căn cứ Nghị định số 114/2003/NĐ-CP ngày 10/10/2003 của Chính phủ về cán bộ, công chức xã, phường, thị trấn "
    "và Thông tư số 03/2004/TT-BNV ngày 16/01/2004 của Bộ Nội vụ hướng dẫn thực hiện;",
    "Can ct Nghi dinh 114/2003/ND-CP ngay 10/10/2003 cua Chinh phu vé can bd, céng chutc xa,\nphuong, thi tran va "
    "Théng tu 03/2004/TT-BNV ngay 16/01/2004 cla B6 Ndi vu huéng dan thuc hién;",  # the type word as the OCR wrote it
])
def test_a_second_basis_joined_by_va_is_a_basis(clause):
    """Class: "Căn cứ A ... và <type> B": B is listed, not named inside A's title, even with its type word OCR'd."""
    refs = [r for d in extract_text("QUYẾT ĐỊNH\nVề việc ban hành quy chế\n" + clause + "\nQUYẾT ĐỊNH:\n")
            for r in d.references]
    assert [(r.number, r.relation) for r in refs] == [("114/2003/NĐ-CP", "basis"), ("03/2004/TT-BNV", "basis")]


NOT_REFERENCES = [
    "giai đoạn 2021-2030 và tầm nhìn đến năm 2045",
    "ngày 06/12/2021 và 07/12/2021",
    "Áp dụng ISO 9001: 2015 tại các cơ quan",
    "chỉ số hài lòng (SIPAS) đạt 81%; PAR INDEX",
    "https://dichvucong.gov.vn/p/home",
    "- UBND các phường (T/h); - Lưu VT, VH.",
    "đại dịch Covid-19 trên địa bàn",
]


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_not_a_reference(text):
    assert [r.number for d in extract_text(text) for r in d.references] == []


LAWS = [
    ("Hiến pháp năm 2013; Luật Tổ chức Chính phủ năm 2015;", [("Hiến pháp", 2013), ("Luật Tổ chức Chính phủ", 2015)]),
    ("Luat T6 chirc chinh quyén dia phuong nam 2015,", [("Luật Tổ chức chính quyền địa phương", 2015)]),
    ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ (năm 2019);", [("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ", 2019)]),
]


@pytest.mark.parametrize("text,expected", LAWS)
def test_unnumbered_laws(text, expected):
    got = [(u.title, u.year) for d in extract_text(text) for u in d.unnumbered_references]
    assert got == expected


def _plan(section: str) -> str:
    return ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHỊ XÃ CỬA LÒ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 45/KH-UBND Cửa Lò, ngày 04 tháng 02 năm 2024\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n\n"
            "I. MỤC ĐÍCH\n- Nâng cao nhận thức.\n\nIV. TỔ CHỨC THỰC HIỆN\n" + section + "\nNơi nhận:\n- Lưu VT.\n")


# (section text, body, role, suggestion, requires_plan)
ASSIGNMENTS = [
    ("1. Phòng Nội vụ\n- Chủ trì tham mưu kế hoạch.", "Phòng Nội vụ", "lead", False, False),
    ("1. Phong Noi vu\n- Chu tri tham muu.", "Phòng Nội vụ", "lead", False, False),
    ("2. Phòng Tài chính - Kế hoạch\nChủ trì, tham mưu thẩm định nguồn kinh phí.", "Phòng Tài chính - Kế hoạch", "lead", False, False),
    ("3. Công an thị xã\nPhối hợp với các phòng, ban thực hiện.", "Công an thị xã", "coordinate", False, False),
    ("3. Cong an thi xa\nPhéi hop véi cac Phong, ban thuc hién.", "Công an thị xã", "coordinate", False, False),
    ("8. Đề nghị Thị đoàn\n- Thành lập Tổ thanh niên.", "Thị đoàn", "lead", True, False),
    ("8. Pé nghi Thi doan\n- Thanh lap T6 thanh nién.", "Thị đoàn", "lead", True, False),
    ("10. Ủy ban nhân dân các phường\nCăn cứ nhiệm vụ để xây dựng, ban hành và tổ chức thực hiện kế hoạch tuyên truyền.", "Ủy ban nhân dân các phường", "lead", False, True),
    ("10. Uy ban nhan dan cac phuong\nCan ct nhiém vu dé xay dung, ban hanh va tb chtrc thuc hién ké hoach.", "Ủy ban nhân dân các phường", "lead", False, True),
    ("1. Sở Thông tin và Truyền thông:\n- Chủ trì xây dựng Kế hoạch tuyên truyền.", "Sở Thông tin và Truyền thông", "lead", False, True),
    ("2. Phòng Tổ chức hành chính chịu trách nhiệm tham mưu cho lãnh đạo.", "Phòng Tổ chức hành chính", "lead", False, False),
    ("4. Các phòng chuyên môn: có trách nhiệm triển khai thực hiện.", "các phòng chuyên môn", "lead", False, False),
    ("2. Công chức Văn hóa - xã hội:\n- Tham mưu, theo dõi.", "Công chức Văn hóa - xã hội", "lead", False, False),
]


@pytest.mark.parametrize("section,body,role,suggestion,requires_plan", ASSIGNMENTS)
def test_assignment(section, body, role, suggestion, requires_plan):
    docs = extract_text(_plan(section))
    got = {a.body: a for a in docs[0].assignments}
    assert body in got, list(got)
    a = got[body]
    assert (a.role, a.suggestion, a.requires_plan) == (role, suggestion, requires_plan)
    assert a.tasks


NOT_BODIES = [
    "2. Tuyên truyền miệng về các nội dung cải cách hành chính.",
    "3. Kinh phí:\nKinh phí triển khai Kế hoạch.",
    "3. Hợp tác chặt chẽ với Sở Nội vụ.",
]


@pytest.mark.parametrize("section", NOT_BODIES)
def test_not_a_body(section):
    assert extract_text(_plan(section))[0].assignments == []


def test_heads_of_departments_are_expanded():
    docs = extract_text(_plan("Điều 3. Trưởng phòng: Tổ chức hành chính, QLDA (1, 2, 3), Tài chính kế toán, "
                              "Môi trường xã hội và các bộ phận liên quan chịu trách nhiệm thi hành Quyết định này."))
    assert [a.body for a in docs[0].assignments] == [
        "Phòng Tổ chức hành chính", "Phòng QLDA", "Phòng Tài chính kế toán", "Phòng Môi trường xã hội"]


def _resolution(article: str) -> str:
    return ("HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẾN TRE Độc lập - Tự do - Hạnh phúc\n"
            "Số: 07/NQ-HĐND Bến Tre, ngày 10 tháng 7 năm 2023\nNGHỊ QUYẾT\nVề việc đặt tên đường\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE\nQUYẾT NGHỊ:\nĐiều 1. Thông qua đề án đặt tên đường.\n" + article +
            "\nNghị quyết này đã được Hội đồng nhân dân tỉnh Bến Tre thông qua./.\n")


# Class: an HĐND resolution's "Điều 2. Tổ chức thực hiện" whose points are dashes, each opening with the bodies
# it gives work to; a list "A, B và C" of bodies is three bodies; a name may run over a line break before its verb.
RESOLUTION_ARTICLES = [
    ("Điều 2. Tổ chức thực hiện\n- Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.\n"
     "- Nghị quyết có hiệu lực kể từ ngày thông qua.\n- Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân "
     "và các đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
     ["Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân", "các Ban Hội đồng nhân dân",
      "các đại biểu Hội đồng nhân dân tỉnh"]),
    ("Diéu 2. T6 chic thuc hién\n- Uy ban nhan dan tinh hoan chinh ho so trinh Chinh phu.\n"
     "- Thudng truc Hdi déng nhan dan, cac Ban Hdi déng nhan dan va cac dai biéu HDND tinh gidm\n"
     "sat viéc thuc hién nghi quyét nay.",
     ["Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân", "các Ban Hội đồng nhân dân",
      "các đại biểu HĐND tỉnh"]),
]


@pytest.mark.parametrize("article,bodies", RESOLUTION_ARTICLES)
def test_a_resolution_gives_work_in_dashed_points(article, bodies):
    from tests.scoring import exact

    got = [a.body for a in extract_text(_resolution(article))[0].assignments]
    assert [exact(b) for b in got] == [exact(b) for b in bodies], got


@pytest.mark.parametrize("names,bodies", [
    ("Văn phòng HĐND và UBND", ["Văn phòng HĐND và UBND"]),                       # one office
    ("Các phòng, ban chuyên môn, các cơ quan đơn vị", ["Các phòng, ban chuyên môn, các cơ quan đơn vị"]),
    ("UBND các huyện, thị xã và thành phố", ["UBND các huyện, thị xã và thành phố"]),
    ("Sở Nội vụ, Sở Tài chính và Kho bạc Nhà nước tỉnh", ["Sở Nội vụ", "Sở Tài chính", "Kho bạc Nhà nước tỉnh"]),
])
def test_a_list_of_bodies_is_cut_only_between_bodies(names, bodies):
    from loaders.assignments import _listed

    assert _listed(names) == bodies


def _clause_bodies(clause: str) -> list[str]:
    """The bodies (folded) a decision's execution clause names."""
    from language.text import fold

    text = "QUYẾT ĐỊNH\nVề việc ban hành quy chế\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy chế.\n" + clause + "\n"
    return [fold(a.body) for a in extract_text(text)[0].assignments]


@pytest.mark.parametrize("clause", [
    "Điều 3. Chánh Văn phòng UBND tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các xã, phường, thị trấn "
    "chịu trách nhiệm thi hành Quyết định này./.",
    "Diéu 3. Chanh Van phong UBND tinh, Cha tich Uy ban nhan dan cac huyén, thanh phd\n\nva cac xa, phuong, thi tran "
    "chiu trach nhiém thi hanh Quyét dinh nay./.",  # as the OCR wrote it
])
def test_the_communes_after_the_districts_are_their_committees(clause):
    """Class: "Chủ tịch UBND các huyện ... và các xã ...": the communes' committees are a body of their own."""
    bodies = _clause_bodies(clause)
    assert "uy ban nhan dan cac xa, phuong, thi tran" in bodies, bodies


@pytest.mark.parametrize("clause", [
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp - Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục "
    "pháp luật tỉnh và Chủ tịch UBND các huyện thi hành Quyết định này./.",
    "Diéu 3. Chénh Van phong UBND tinh, Gidm déc Sé Tu phap- Ph6é chu tich Héi déng phéi hgp phé bién, gido duc "
    "phap luat tinh va Chu tich UBND cac huyén thi hanh Quyét dinh nay./.",  # as the OCR wrote it
])
def test_one_persons_two_titles_are_one_body(clause):
    """Class: "Giám đốc Sở Tư pháp - Phó Chủ tịch Hội đồng ...": one office-holder with two titles; the body
    is the one the first title heads."""
    bodies = _clause_bodies(clause)
    assert len(bodies) == 3 and bodies[1].endswith("tu phap") and not any("hoi dong" in b for b in bodies), bodies


@pytest.mark.parametrize("clause, n, last", [
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện, Thủ trưởng các cơ\n"
     "quan, đơn vị", 4, "cac co quan, don vi"),
    ("Diéu 3. Chanh Van phong UBND tinh, Tht truéng cdc sé, nganh, Chu tich UBND cac huyén, thi x4, thanh phé",
     3, "ubnd cac huyen, thi x"),  # as the OCR wrote it (a short text is not known as a scan: not restored)
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ngành và Chủ tịch Ủy ban\nnhân dân các hu",
     2, "cac so, nganh"),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân các", 2, "cac so, nganh"),
])
def test_a_clause_cut_short_keeps_its_last_name_only_if_whole(clause, n, last):
    """Class: a text cut inside its execution clause (no "thi hành" to end it): the last name stays when it
    ends on a whole generic item, and goes when the cut went through it."""
    bodies = _clause_bodies(clause)
    assert len(bodies) == n and bodies[-1].startswith(last), bodies


@pytest.mark.parametrize("task, clause, bodies", [
    ("Sở Thông tin và Truyền thông", "Giám đốc Sở Thông\nin và Truyền thông", ["so thong tin va truyen thong"]),
    ("Sở Thông\nin và Truyền thông", "Giám đốc Sở Thông tin và Truyền thông", ["so thong tin va truyen thong"]),
    ("UBND xã Phước Sơn", "Chủ tịch UBND xã Phước Hòa", ["ubnd xa phuoc son", "ubnd xa phuoc hoa"]),
])
def test_one_body_named_twice_with_letters_lost_is_one_body(task, clause, bodies):
    """Class: the OCR lost a letter or two of one mention of a body ("Sở Thông in ...", the line broke
    before "tin"): one body, under its whole name; two names that differ otherwise stay two bodies."""
    named = _clause_bodies(f"Điều 2. Giao {task} theo dõi, hướng dẫn thực hiện.\n"
                           f"Điều 3. Chánh Văn phòng UBND tỉnh, {clause} chịu trách nhiệm thi hành Quyết định này./.")
    assert sorted(named) == sorted(["van phong ubnd tinh", *bodies]), named


def test_a_title_glued_to_its_body_is_still_a_title():
    """Class: a PDF that lost the spaces after some words ("Chủtịch UBND", "dântỉnh"): the office-holder's
    title is still cut off, and the body's name reads with its spaces."""
    bodies = _clause_bodies("Điều 3. Chánh Văn phòng UBND tỉnh, Chủtịch Ủy ban nhân dântỉnh, Giám đốc Sở Nội vụ "
                            "chịu trách nhiệm thi hành Quyết định này./.")
    assert bodies == ["van phong ubnd tinh", "uy ban nhan dan tinh", "so noi vu"], bodies


HEADERS = [
    ("UY BAN NHAN DAN CONG HOA XA HQI CHU NGHIA VIET NAM\nTHI XA CUA LO Poc l1ap - Tu do\n"
     "S6:45 /KH-UBND Cira Lo, ngdy 04  thdng 02 ndm 2024\nKE HOACH\n\nTuyén truyén cai cach\n",
     {"number": "45/KH-UBND", "type": "Kế hoạch", "issuer": "UBND thị xã Cửa Lò", "date": "2024-02-04"}),
    ("UBND TINH GIA LAI CONG HOA XA HQI CHU NGHIA VIET NAM\nSO THONG TIN VA TRUYEN THONG Déc 1ap — Tu do\n"
     "Sb: 139/KH-STTTT Gia Lai, ngay 29 thang 12 nam 2023\nKE HOACH\n\nTuyén truyén\n",
     {"number": "139/KH-STTTT", "type": "Kế hoạch", "issuer": "Sở Thông tin và Truyền thông tỉnh Gia Lai",
      "date": "2023-12-29"}),
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TIÊN LÃNG Độc lập - Tự do - Hạnh phúc\n"
     "Số: 19/KH-UBND Tiên Lãng, ngày 11 tháng 8 năm 2025\nKẾ HOẠCH\nThông tin, tuyên truyền\n",
     {"number": "19/KH-UBND", "type": "Kế hoạch", "issuer": "UBND xã Tiên Lãng", "date": "2025-08-11"}),
    ("Độc lập - Tự do - Hạnh phúc\nSố: 89/ KH-UBND Hưng Tây ngày 06 tháng 02 năm 2024\nKẾ HOẠCH\n"
     "Tuyên truyền cải cách hành chính xã Hưng Tây năm 2024\n\nThực hiện Quyết định số 35/QĐ-UBND ngày "
     "25/01/2024 của UBND xã, UBND xã ban hành Kế hoạch",
     {"number": "89/KH-UBND", "type": "Kế hoạch", "issuer": "UBND xã Hưng Tây", "date": "2024-02-06"}),
    # class: the number after the type word ("Nghị quyết số: ..."), "số" as the OCR writes it ("s6:")
    ("UY BAN THUONG VU\nQUOC HOI\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Ty do - Hanh phtic\n\n"
     "Nghi quyét s6: 812/2020/UBTVQH14\n\nHa Ndi, ngay 12 thang 3 nam 2020\n\nNGHI QUYET\n\nVE VIEC THANH LAP\n",
     {"number": "812/2020/UBTVQH14", "type": "Nghị quyết", "date": "2020-03-12"}),
    # class: a header flattened into one line, the number running into the motto (here with its accented letters lost)
    ("B NI V --------------- S: 07/2019/Q-BNVCNG HA X HI CH NGHA VIT NAM c lp T do Hnh phc ---- H Ni, ngy 05 "
     "thng 3 nm 2019 QUYT NH V vic ban hnh Quy ch\n",
     {"number": "07/2019/QĐ-BNV", "type": "Quyết định", "date": "2019-03-05"}),
    ("UBND TỈNH NGHỆ AN\nSỞ NỘI VỤ\nSố: 12/QĐ-SNV Nghệ An, ngày 1 tháng 3 năm 2022\nQUYẾT ĐỊNH\nVề việc ban hành\n",
     {"number": "12/QĐ-SNV", "type": "Quyết định", "issuer": "Sở Nội vụ tỉnh Nghệ An", "date": "2022-03-01"}),
    # class: a People's Council, written short as a People's Committee is
    ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN KỲ SƠN\nSố: 05/NQ-HĐND Kỳ Sơn, ngày 2 tháng 7 năm 2021\nNGHỊ QUYẾT\nVề việc thông qua\n",
     {"number": "05/NQ-HĐND", "type": "Nghị quyết", "issuer": "HĐND huyện Kỳ Sơn", "date": "2021-07-02"}),
    # class: a committee's header that leaves out its level word and names a province
    ("ỦY BAN NHÂN DÂN\nQUẢNG NGÃI\nSố: 31/KH-UBND Quảng Ngãi, ngày 9 tháng 5 năm 2020\nKẾ HOẠCH\nTriển khai\n",
     {"number": "31/KH-UBND", "type": "Kế hoạch", "issuer": "UBND tỉnh Quảng Ngãi", "date": "2020-05-09"}),
    # class: spaces around the separators of the number field
    ("ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\nSố: 36 /KH - UBND Tam Nông, ngày 5 tháng 3 năm 2021\nKẾ HOẠCH\nTriển khai\n",
     {"number": "36/KH-UBND", "type": "Kế hoạch", "issuer": "UBND huyện Tam Nông", "date": "2021-03-05"}),
    # class: Party and Youth Union numbering (Hướng dẫn 36-HD/VPTW), "Số" with no colon, the Party's name in the
    # motto's place (not part of the issuer)
    ("HUYỆN ỦY ĐỨC THỌ ĐẢNG CỘNG SẢN VIỆT NAM\nSố 05-TB/HU Đức Thọ, ngày 5 tháng 3 năm 2021\nTHÔNG BÁO\nKết luận\n",
     {"number": "05-TB/HU", "type": "Thông báo", "issuer": "Huyện ủy Đức Thọ", "date": "2021-03-05"}),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 09-QC/TW Hà Nội, ngày 5 tháng 3 năm 2021\nQUY CHẾ\nLàm việc\n",
     {"number": "09-QC/TW", "type": "Quy chế", "date": "2021-03-05"}),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 367 - QĐ/TWĐTN Hà Nội, ngày 5 tháng 3 năm 2021\n"
     "QUYẾT ĐỊNH\nVề việc\n", {"number": "367-QĐ/TWĐTN", "type": "Quyết định", "date": "2021-03-05"}),
    # class: look-alike letters, Ð (U+00D0) and a Cyrillic В for Đ and B
    ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 45/QÐ-UВND Đà Lạt, ngày 5 tháng 3 năm 2021\nQUYẾT ĐỊNH\nVề việc\n",
     {"number": "45/QĐ-UBND", "type": "Quyết định", "issuer": "UBND tỉnh Lâm Đồng", "date": "2021-03-05"}),
    # class: dotted symbol parts
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 112/2005/QĐ.TTg Hà Nội, ngày 5 tháng 3 năm 2005\nQUYẾT ĐỊNH\nVề việc\n",
     {"number": "112/2005/QĐ.TTg", "type": "Quyết định", "date": "2005-03-05"}),
    ("ỦY BAN NHÂN DÂN QUẬN 8\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 15/TTr-PGD.Q8 Quận 8, ngày 5 tháng 3 năm 2021\n"
     "TỜ TRÌNH\nVề việc\n", {"number": "15/TTr-PGD.Q8", "type": "Tờ trình", "date": "2021-03-05"}),
]


@pytest.mark.parametrize("text,expected", HEADERS)
def test_header(text, expected):
    doc = extract_text(text)[0]
    assert {k: getattr(doc, k) for k in expected} == expected


def test_issuer_inferred_from_context_is_flagged():
    doc = extract_text(HEADERS[3][0])[0]
    ref = doc.references[0]
    assert (ref.issuer, ref.flags) == ("UBND xã Hưng Tây", ["issuer_inferred"])
    assert "issuer_inferred" in doc.flags


# Class: a plan's trích yếu that opens with "Thực hiện" / "Triển khai" stands right under its type heading; it is
# the title, not a preamble clause, and the document it names is what the plan carries out.
@pytest.mark.parametrize("title_lines,title,implements", [
    ("Thực hiện Nghị quyết số 12/NQ-HĐND ngày 05/7/2023 của HĐND tỉnh", "Thực hiện Nghị quyết số 12/NQ-HĐND "
     "ngày 05/7/2023 của HĐND tỉnh", "12/NQ-HĐND"),
    ("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 04/CT-TTG NGÀY 11/02/2022\nCỦA THỦ TƯỚNG CHÍNH PHỦ",
     "Triển khai thực hiện Chỉ thị số 04/CT-TTg ngày 11/02/2022 của Thủ tướng Chính phủ", "04/CT-TTg"),
    ("Chuyển đổi số năm 2024", "Chuyển đổi số năm 2024", None),
])
def test_a_title_opening_with_thuc_hien(title_lines, title, implements):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 91/KH-UBND\nHà Nam, ngày 03 tháng 4 năm 2024\nKẾ HOẠCH\n"
            f"{title_lines}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")
    doc = extract_text(text)[0]
    assert doc.title == title
    assert [r.number for r in doc.references if r.relation == "implements"] == ([implements] if implements else [])


@pytest.mark.parametrize("caps,title", [
    ("VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA SỞ THÔNG TIN VÀ TRUYỀN THÔNG VÀ ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
     "Ban hành quy chế phối hợp giữa Sở Thông tin và Truyền thông và Ủy ban nhân dân tỉnh Ninh Thuận"),
    ("PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH HUYỆN CẦN GIỜ THỰC HIỆN NGHỊ QUYẾT SỐ 08-NQ/TW",
     "Phê duyệt đề án phát triển du lịch huyện Cần Giờ thực hiện Nghị quyết số 08-NQ/TW"),
])
def test_a_title_in_capitals_gets_its_names_back(caps, title):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 15/QĐ-UBND\nNinh Thuận, ngày 03 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
            f"{caps}\nỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n")
    assert extract_text(text)[0].title == title


# Class: the other closings Nghị định 30 allows an execution article ("căn cứ Quyết định thi hành", "tổ chức thực
# hiện Quyết định này", clauses cut by semicolons, "Thủ trưởng các cơ quan: A, B"), office-holders of every kind
# (Chỉ huy trưởng, Cục trưởng, Chánh Thanh tra), a department's name with a comma in its field, and the persons a
# staff decision names at the end, who head no body.
EXECUTION_CLAUSES = [
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Thủ trưởng các sở, ban, ngành và "
     "Chủ tịch UBND các huyện, thị xã, thành phố căn cứ Quyết định thi hành./.",
     ["van phong ubnd tinh", "so van hoa, the thao va du lich", "cac so, ban, nganh",
      "ubnd cac huyen, thi xa, thanh pho"]),
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Nội vụ; Chủ tịch UBND các huyện, thị xã, thành "
     "phố và Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ quyết định này để thi hành./.",
     ["van phong ubnd tinh", "so tai chinh", "so noi vu", "ubnd cac huyen, thi xa, thanh pho",
      "cac co quan, don vi co lien quan"]),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND các huyện và Thủ trưởng các cơ quan, đơn "
     "vị liên quan tổ chức thực hiện Quyết định này./.",
     ["van phong ubnd tinh", "so noi vu", "ubnd cac huyen", "cac co quan, don vi lien quan"]),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan: Sở Nội vụ, Kho bạc Nhà nước tỉnh; Chủ tịch UBND các "
     "huyện chịu trách nhiệm thi hành Quyết định này.",
     ["van phong ubnd tinh", "so noi vu", "kho bac nha nuoc tinh", "ubnd cac huyen"]),
    ("Điều 3. Chánh Văn phòng UBND tỉnh, Chánh Thanh tra tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Cục trưởng "
     "Cục Thuế tỉnh chịu trách nhiệm thi hành Quyết định này.",
     ["van phong ubnd tinh", "thanh tra tinh", "bo chi huy quan su tinh", "cuc thue tinh"]),
    ("Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Chủ tịch UBND các xã và các ông, bà có tên "
     "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
     ["van phong hdnd va ubnd huyen", "phong noi vu", "ubnd cac xa"]),
    ("Điều 3. Giám đốc Sở Tư pháp phối hợp với các sở, ban, ngành có liên quan tổ chức triển khai thực hiện "
     "Quyết định này.", ["so tu phap"]),
]


@pytest.mark.parametrize("clause,bodies", EXECUTION_CLAUSES)
def test_execution_clause(clause, bodies):
    assert _clause_bodies(clause) == bodies


def test_a_task_to_carry_a_decision_out_is_no_execution_clause():
    """ "Giao Sở X hướng dẫn, kiểm tra thực hiện Quyết định này" gives one body a task: no list of holders."""
    assert _clause_bodies("Điều 2. Giao Sở Tư pháp hướng dẫn, kiểm tra việc thực hiện Quyết định này.") == ["so tu phap"]


def _directive(body: str) -> str:
    return ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc\n"
            "Số: 10/CT-UBND Hà Tĩnh, ngày 03 tháng 3 năm 2021\nCHỈ THỊ\nVề tăng cường kỷ luật hành chính\n"
            "Thời gian qua, công tác cải cách hành chính đã đạt kết quả. Tuy nhiên, vẫn còn hạn chế.\n" + body +
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")


# Class: a directive (Chỉ thị has no articles) gives work in its call, "<issuer> yêu cầu <addressees> <verb> ... sau:",
# or in points after "... yêu cầu:" that open with the bodies, office-holders standing for their bodies.
DIRECTIVES = [
    ("Để khắc phục hạn chế, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh; "
     "Chủ tịch UBND các huyện, thành phố, thị xã triển khai thực hiện tốt các nhiệm vụ sau:\n"
     "1. Tăng cường công tác tuyên truyền.\n2. Kiểm tra an toàn phòng cháy.",
     ["cac so", "cac ban, nganh, doan the cap tinh", "ubnd cac huyen, thanh pho, thi xa"]),
    ("Để khắc phục hạn chế, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
     "1. Thủ trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã:\n"
     "a) Tập trung chỉ đạo thực hiện nghiêm túc các nhiệm vụ.\n2. Sở Nội vụ:\nChủ trì, theo dõi việc thực hiện.\n"
     "3. Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí tuyên truyền.\n"
     "4. Công an tỉnh tăng cường kiểm tra.",
     ["cac so, ban, nganh cap tinh", "uy ban nhan dan cac huyen, thi xa", "so noi vu",
      "so thong tin va truyen thong", "cong an tinh"]),
]


@pytest.mark.parametrize("body,bodies", DIRECTIVES)
def test_a_directive_gives_work_in_its_call(body, bodies):
    from language.text import fold

    got = [fold(a.body) for a in extract_text(_directive(body))[0].assignments]
    assert sorted(got) == sorted(bodies), got


def test_a_plans_heading_yeu_cau_is_no_call():
    """ "2. Yêu cầu:" heads a plan's aims, and "Mục đích, yêu cầu" is a heading: neither addresses a body."""
    got = extract_text(_directive("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích, yêu cầu:\n- Nâng cao nhận thức.\n"
                                  "2. Yêu cầu:\n- Các sở thực hiện nghiêm."))[0].assignments
    assert got == []


def test_a_list_ending_on_a_lower_case_head_is_cut_into_bodies():
    """Class: "Thường trực HĐND tỉnh, các Ban ..., các Tổ đại biểu và đại biểu HĐND tỉnh giám sát ...": a body
    whose head a sentence writes in lower case still ends the enumeration."""
    from language.text import fold

    got = [fold(a.body) for a in extract_text(_resolution(
        "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\nĐiều 3. Thường trực Hội đồng nhân dân "
        "tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc "
        "thực hiện Nghị quyết này."))[0].assignments]
    assert got == ["uy ban nhan dan tinh", "thuong truc hoi dong nhan dan tinh", "cac ban cua hoi dong nhan dan tinh",
                   "cac to dai bieu", "dai bieu hoi dong nhan dan tinh"], got


# Class: an HĐND resolution's articles as councils write them: "HĐND tỉnh giao UBND tỉnh ...", points that open
# with "Giao", an article of sentences each giving work ("UBND tỉnh ...; Thường trực HĐND tỉnh ... giám sát"),
# "các vị đại biểu", and any of these flattened onto one line; an execution clause listed in dashes.
RESOLUTION_FORMS = [
    ("Điều 2. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
     ["uy ban nhan dan tinh"]),
    ("Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n2. Giao Thường trực "
     "Hội đồng nhân dân tỉnh và các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
     ["uy ban nhan dan tinh", "thuong truc hoi dong nhan dan tinh", "cac ban cua hoi dong nhan dan tinh"]),
    ("Điều 2. Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết; Thường trực Hội đồng nhân dân tỉnh và "
     "các vị đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
     ["uy ban nhan dan tinh", "thuong truc hoi dong nhan dan tinh", "cac vi dai bieu hoi dong nhan dan tinh"]),
    ("Điều 2. Giao Ủy ban nhân dân tỉnh:\n1. Ban hành quy định chi tiết.\n2. Tổ chức thực hiện Nghị quyết.",
     ["uy ban nhan dan tinh"]),
]


@pytest.mark.parametrize("article,bodies", RESOLUTION_FORMS)
@pytest.mark.parametrize("flattened", [False, True])
def test_a_resolution_gives_work(article, bodies, flattened):
    from language.text import fold

    text = _resolution(article)
    got = [fold(a.body) for a in extract_text(" ".join(text.split()) if flattened else text)[0].assignments]
    assert got == bodies, got


def test_an_execution_clause_in_dashes():
    bodies = _clause_bodies("Điều 3. Các ông, bà:\n- Chánh Văn phòng UBND tỉnh;\n- Giám đốc Sở Nội vụ;\n"
                            "- Chủ tịch UBND các huyện, thành phố;\nchịu trách nhiệm thi hành Quyết định này.")
    assert bodies == ["van phong ubnd tinh", "so noi vu", "ubnd cac huyen, thanh pho"], bodies


def test_a_page_number_inside_an_execution_clause_is_no_part_of_a_name():
    bodies = _clause_bodies("Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các\n\n2\n\ncơ quan, đơn vị có liên quan "
                            "chịu trách nhiệm thi hành Quyết định này.")
    assert bodies == ["van phong ubnd tinh", "cac co quan, don vi co lien quan"], bodies


def _district_plan(preamble: str) -> str:
    return ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐỨC THỌ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 234/KH-UBND Đức Thọ, ngày 12 tháng 6 năm 2023\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n"
            + preamble + "\nThực hiện Công văn số 68/UBND-NC ngày 10/01/2023 của UBND tỉnh Hà Tĩnh,\n"
            "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n")


# Class: a cited issuer named short, completed from the genre and the citing document: "Thủ tướng" is the Prime
# Minister; "Huyện ủy" is the district's own.
@pytest.mark.parametrize("clause,issuer", [
    ("Căn cứ Chỉ thị số 05/CT-TTg ngày 15/5/2016 của Thủ tướng;", "Thủ tướng Chính phủ"),
    ("Căn cứ Kế hoạch số 62-KH/HU ngày 10/01/2023 của Ban Thường vụ Huyện ủy;", "Ban Thường vụ Huyện ủy Đức Thọ"),
])
def test_a_short_issuer_is_completed(clause, issuer):
    refs = extract_text(_district_plan(clause))[0].references
    assert refs[0].issuer == issuer, [(r.number, r.issuer) for r in refs]


# Class: an article whose numbered points give work with no heading before them, points whose body's name ends at
# a verb of the task ("bố trí", "bảo đảm", "rà soát"...), and a last article cut short that lists bodies, not
# office-holders ("Điều 3. Văn phòng UBND tỉnh, Sở Nội vụ, ...").
@pytest.mark.parametrize("articles,bodies", [
    ("Điều 2.\n1. Sở Nội vụ chủ trì hướng dẫn thực hiện.\n2. Sở Tài chính bố trí kinh phí.\n"
     "3. UBND các huyện, thị xã tổ chức triển khai.", ["so noi vu", "so tai chinh", "ubnd cac huyen, thi xa"]),
    ("Điều 2. Giao Sở Nội vụ chủ trì hướng dẫn thực hiện; Sở Tài chính bố trí kinh phí.",
     ["so noi vu", "so tai chinh"]),
    ("Điều 2. Giao Sở Nội vụ chủ trì hướng dẫn thực hiện.\nĐiều 3. Văn phòng UBND tỉnh, Sở Tài chính, Kho bạc Nhà "
     "nước tỉnh, các cơ quan, đơn vị", ["so noi vu", "van phong ubnd tinh", "so tai chinh", "kho bac nha nuoc tinh",
                                      "cac co quan, don vi"]),
])
def test_points_and_cut_clauses_give_their_bodies(articles, bodies):
    assert _clause_bodies(articles) == bodies


@pytest.mark.parametrize("opener,relation", [("Thực hiện", "implements"), ("Căn cứ", "basis")])
def test_a_second_citation_after_the_firsts_issuer_shares_its_clause(opener, relation):
    """Class: "Thực hiện A ... của Ban Chấp hành Trung ương và B ...": the issuer of A, matched loosely against the
    known names, no longer takes the "và" that joins B, so B carries the clause's relation too."""
    refs = extract_text(_district_plan(
        f"{opener} Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương và Kế hoạch số 56/KH-UBND "
        "ngày 10/01/2023 của UBND tỉnh Hà Tĩnh;"))[0].references
    assert [(r.number, r.relation) for r in refs][:2] == [("19-NQ/TW", relation), ("56/KH-UBND", relation)]


# Class: the law's own divisions of an article (Điều, khoản, điểm): lettered points giving work; Điều 1 when it
# gives the work itself; a body named "Trung tâm ..." in an execution clause (its "Trung" is no bare "trưởng").
@pytest.mark.parametrize("articles,bodies", [
    ("Điều 2. Trách nhiệm thực hiện\na) Sở Nội vụ chủ trì hướng dẫn.\nb) Sở Tài chính bố trí kinh phí.",
     ["so noi vu", "so tai chinh"]),
    ("Điều 1. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện.", ["so tai chinh"]),
    ("Điều 2. Văn phòng Trung ương Đoàn, Trung tâm Tình nguyện Quốc gia và các đồng chí có tên tại Điều 1 chịu "
     "trách nhiệm thi hành quyết định này.", ["van phong trung uong doan", "trung tam tinh nguyen quoc gia"]),
])
def test_points_of_the_laws_divisions(articles, bodies):
    text = ("QUYẾT ĐỊNH\nVề việc ban hành quy chế\nQUYẾT ĐỊNH:\n" + articles + "\n")
    from language.text import fold

    assert [fold(a.body) for a in extract_text(text)[0].assignments] == bodies


# Class: a cited document's date written after its issuer ("số 45/QĐ-UBND của UBND tỉnh Hà Tĩnh ngày 10/01/2023"),
# and a provincial Party committee named with its province already ("Tỉnh ủy Hà Tĩnh", whose name ends in "Tĩnh").
@pytest.mark.parametrize("clause,issuer,date", [
    ("Căn cứ Quyết định số 45/QĐ-UBND của UBND tỉnh Hà Tĩnh ngày 10/01/2023 về việc ban hành kế hoạch;",
     "UBND tỉnh Hà Tĩnh", "2023-01-10"),
    ("Căn cứ Nghị quyết số 09-NQ/TU ngày 10/11/2021 của Tỉnh ủy Hà Tĩnh;", "Tỉnh ủy Hà Tĩnh", "2021-11-10"),
])
def test_a_citations_issuer_and_date_in_either_order(clause, issuer, date):
    r = extract_text(_district_plan(clause))[0].references[0]
    assert (r.issuer, r.date) == (issuer, date)


def test_a_districts_document_that_never_names_its_province_finds_it_in_the_gazetteer():
    """Class: "UBND HUYỆN ĐỨC THỌ" with no province in its text: "của UBND tỉnh" is the province holding the one
    district of that name (Hà Tĩnh); a district name several provinces hold ("Châu Thành") decides nothing."""
    plan = ("ỦY BAN NHÂN DÂN\nHUYỆN {d}\nSố: 12/KH-UBND {d2}, ngày 5 tháng 3 năm 2023\nKẾ HOẠCH\nTuyên truyền\n"
            "Thực hiện Kế hoạch số 56/KH-UBND ngày 10/01/2023 của UBND tỉnh, UBND huyện ban hành Kế hoạch:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n")
    found = extract_text(plan.format(d="ĐỨC THỌ", d2="Đức Thọ"))[0]
    assert found.references[0].issuer == "UBND tỉnh Hà Tĩnh"
    assert extract_text(plan.format(d="CHÂU THÀNH", d2="Châu Thành"))[0].province is None


# Class: the same clauses as an English-model OCR writes them (read back by tesseract -l eng from a rendering):
# "Gidm d6c" (Giám đốc), "cdc sé" (các sở), "S6 Van héa, Thé thao va Du lich", "t6 chtrc thuc hién", a giver and a
# body's head OCR'd ("Hdi déng nhan dan tinh giao Uy ban ...", "cac Té dai biéu").
@pytest.mark.parametrize("clause,bodies", [
    ("Diéu 3. Chanh Van phong UBND tinh, Gidm déc S6 Van héa, Thé thao va Du lich, Tha truéng cac sé, ban, nganh va "
     "Chu tich UBND cac huyén can ctr Quyét dinh thi hanh./.",
     ["van phong ubnd tinh", "s6 van hea, the thao va du lich", "cac se, ban, nganh", "ubnd cac huyen"]),
    ("Diéu 3. Chanh Van phong UBND tinh, Gidm d6c S6 Ndi vu va Thu truéng cac co quan, don vi lién quan t6 chtrc "
     "thuc hién Quyét dinh nay./.", ["van phong ubnd tinh", "s6 ndi vu", "cac co quan, don vi lien quan"]),
    ("Diéu 2. Hdi déng nhan dan tinh giao Uy ban nhan dan tinh t6 chtrc thuc hién Nghi quyét nay.",
     ["uy ban nhan dan tinh"]),
])
def test_clauses_as_an_english_ocr_writes_them(clause, bodies):
    """(A text this short is not known as a scan, so its names are cut right but not restored.)"""
    assert _clause_bodies(clause) == bodies


@pytest.mark.parametrize("said,tasks", [
    # a hyphen inside a name, a range or a quotation is no break between tasks
    ("- Phối hợp với Phòng Văn hóa - Xã hội tuyên truyền giai đoạn 2022 - 2025.",
     ["Phối hợp với Phòng Văn hóa - Xã hội tuyên truyền giai đoạn 2022 - 2025"]),
    ('\n- Đưa tin về chuyên mục "Dân hỏi - Cơ quan chức năng trả lời".\n+ Báo cáo UBND tỉnh.',
     ['Đưa tin về chuyên mục "Dân hỏi - Cơ quan chức năng trả lời"', "Báo cáo UBND tỉnh"]),
    # points at line starts, and after a sentence on a line the text was flattened onto
    (": Chủ trì tham mưu.\n- Theo dõi; - Đôn đốc. • Tổng hợp", ["Chủ trì tham mưu", "Theo dõi", "Đôn đốc", "Tổng hợp"]),
])
def test_tasks_are_set_apart_by_the_layout(said, tasks):
    from loaders.assignments import split_tasks

    assert split_tasks(said) == tasks


@pytest.mark.parametrize("closing,duties", [
    ("Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã có trách nhiệm triển khai thực hiện Kế hoạch này.",
     {"các cơ quan, đơn vị", "UBND các xã"}),
    ("Giám đốc các sở, ban, ngành chịu trách nhiệm xây dựng kế hoạch thực hiện.", {"các sở, ban, ngành"}),
    ("Trong quá trình thực hiện, các đơn vị có trách nhiệm phản ánh khó khăn.", set()),  # no office-holder opens it
])
def test_a_plans_closing_paragraph_is_a_duty_of_its_own(closing, duties):
    doc = extract_text(_plan("1. Phòng Nội vụ\n- Theo dõi, đôn đốc việc thực hiện Kế hoạch.\n" + closing))[0]
    nội_vụ = next(a for a in doc.assignments if a.body == "Phòng Nội vụ")
    assert nội_vụ.tasks == ["Theo dõi, đôn đốc việc thực hiện Kế hoạch"] or not duties
    assert {a.body for a in doc.general_duties} == duties
    assert not {a.body for a in doc.assignments} & duties


@pytest.mark.parametrize("clause,relation", [
    ("Để triển khai thực hiện có hiệu quả Quyết định số 66/QĐ-TTg ngày 22/01/2024 của Thủ tướng Chính phủ, "
     "UBND tỉnh ban hành Kế hoạch như sau:", "implements"),
    ("Nhằm tiếp tục thực hiện Nghị quyết số 11/NQ-HĐND ngày 20/01/2024 của HĐND tỉnh, UBND tỉnh ban hành Kế hoạch:",
     "implements"),
    ("Để đảm bảo tiến độ theo Công văn số 12/UBND-KT ngày 05/01/2024 của UBND tỉnh, UBND tỉnh ban hành Kế hoạch:",
     "cites"),  # a purpose that carries out nothing named
])
def test_a_preambles_purpose_clause_that_carries_a_document_out(clause, relation):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 12/KH-UBND\nBến Tre, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Cải cách hành chính năm 2024\n" + clause + "\nI. MỤC ĐÍCH\nBảo đảm.\n")
    refs = extract_text(text)[0].references
    assert len(refs) == 1 and refs[0].relation == relation, [(r.number, r.relation) for r in refs]
