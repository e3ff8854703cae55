"""Data tables the extractor is generated from: document types, issuer codes,
body-name words and the vocabulary used to restore diacritics.

Patterns in `patterns.py` are built from these tables, never written per document
(the eyecite way: a reporter database drives the extractors).
"""

from __future__ import annotations

# Document type codes as they appear in a number's symbol, and the type word.
DOC_TYPES: dict[str, str] = {
    "QĐ": "Quyết định",
    "NQ": "Nghị quyết",
    "NĐ": "Nghị định",
    "CT": "Chỉ thị",
    "KH": "Kế hoạch",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "HD": "Hướng dẫn",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "BCTĐ": "Báo cáo thẩm định",  # the justice department's appraisal of a draft normative decision
    "CTr": "Chương trình",
    "CTHĐ": "Chương trình hành động",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "ĐA": "Đề án",
    "CV": "Công văn",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "L": "Luật",
    "PL": "Pháp lệnh",
    "KL": "Kết luận",
    "NQLT": "Nghị quyết liên tịch",
    "QH": "Luật",
}

# Type words as written in running text ("Quyết định số ..."). Longest first when matching.
TYPE_WORDS: list[str] = [
    "Chương trình hành động", "Thông tư liên tịch", "Nghị quyết liên tịch", "Báo cáo thẩm định", "Báo cáo thẩm tra",
    "Quyết định", "Nghị quyết", "Nghị định", "Chỉ thị", "Kế hoạch", "Thông tư",
    "Hướng dẫn", "Thông báo", "Báo cáo", "Chương trình", "Quy chế", "Quy định",
    "Đề án", "Công văn", "Văn bản", "Tờ trình", "Kết luận", "Pháp lệnh", "Luật", "Công điện",
]

# Type words reported as the broader type they belong to.
TYPE_ALIASES: dict[str, str] = {"Chương trình hành động": "Chương trình", "Văn bản": "Công văn"}

# Codes that name an issuer, with the issuer's name; None where the unit comes from context.
ISSUER_CODES: dict[str, str | None] = {
    "TTg": "Thủ tướng Chính phủ",
    "CP": "Chính phủ",
    "TW": "Ban Chấp hành Trung ương Đảng",
    "BCT": "Bộ Chính trị",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "VPCP": "Văn phòng Chính phủ",
    "BNV": "Bộ Nội vụ",
    "BTC": "Bộ Tài chính",
    "BTP": "Bộ Tư pháp",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BYT": "Bộ Y tế",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BCT-": "Bộ Công Thương",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BNG": "Bộ Ngoại giao",
    "TANDTC": "Tòa án nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "UBDT": "Ủy ban Dân tộc",
    "UBND": None,
    "HĐND": None,
    "TU": None,
    "ĐU": None,
    "ĐUK": None,
    "HU": None,
    "TU-": None,
    "BQL": None,
    "BTGTU": None,
    "BTG": None,
    "STTTT": None,
    "SNV": None,
    "SKHCN": None,
    "STC": None,
    "STP": None,
    "SVHTTDL": None,
    "SGDĐT": None,
    "SYT": None,
    "SKHĐT": None,
    "STNMT": None,
    "SNN": None,
    "SXD": None,
    "SCT": None,
    "SLĐTBXH": None,
    "VP": None,
    "CCHC": None,
    "BCĐ": None,
    "MTTQ": None,
    "TTHC": None,
    "TCHC": None,
    "TCCB": None,
    "VHTT": None,
    "VHXH": None,
    "NV": None,
    "TP": None,
    "VX": None,
    "KT": None,
    "BDT": None,
    "BCĐCCHC": None,
    "CA": None,
    "TCT": None,
}

# A provincial department's symbol, read out (issuer "Sở ..." of the context province).
DEPARTMENT_CODES: dict[str, str] = {
    "STTTT": "Sở Thông tin và Truyền thông",
    "SNV": "Sở Nội vụ",
    "SKHCN": "Sở Khoa học và Công nghệ",
    "STC": "Sở Tài chính",
    "STP": "Sở Tư pháp",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SYT": "Sở Y tế",
    "SKHĐT": "Sở Kế hoạch và Đầu tư",
    "STNMT": "Sở Tài nguyên và Môi trường",
    "SXD": "Sở Xây dựng",
    "SCT": "Sở Công Thương",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
}

# Bodies known by name (national bodies and provincial departments): read whole, matched however spelled.
NAMED_BODIES: list[str] = sorted({*filter(None, ISSUER_CODES.values()), *DEPARTMENT_CODES.values()})

# Letters the OCR confuses inside a number's symbol: each may stand for the others.
SYMBOL_CONFUSIONS: dict[str, str] = {
    "O": "QĐD0", "0": "OQĐD", "Q": "O0", "D": "ĐO0", "b": "ĐD", "P": "ĐD", "p": "ĐD",
    "Đ": "D", "B": "Đ", "8": "B", "I": "1LT", "1": "IL", "l": "I1", "5": "S", "6": "Đ",
}

# Administrative levels as written, with their canonical spelling.
LEVELS: dict[str, str] = {
    "tinh": "tỉnh", "thanh pho": "thành phố", "thi xa": "thị xã", "huyen": "huyện",
    "quan": "quận", "xa": "xã", "phuong": "phường", "thi tran": "thị trấn", "dac khu": "đặc khu",
}

# Words that open the name of a body assigned work ("1. Phòng Nội vụ: ...").
BODY_HEADS: list[str] = [
    "Phòng", "Văn phòng", "Sở", "Trung", "Ban", "Trung tâm", "Ủy ban", "UBND", "UBMTTQ", "Công an",
    "Thị đoàn", "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn", "Đoàn", "Hội", "Các", "Công chức",
    "Cán bộ", "Bộ phận", "Đài", "Báo", "Mặt trận", "Liên đoàn", "Chi cục", "Cục", "Bộ",
    "Kho bạc", "Chi nhánh", "Bưu điện", "Viettel", "VNPT", "Trường", "Bệnh viện", "Hội đồng",
    "Thường trực", "Đảng ủy", "Chủ tịch", "Giám đốc", "Trưởng phòng", "Thủ trưởng",
    "Người đứng đầu", "Tổ", "Ban Chỉ huy", "Quân sự", "Trạm", "Hạt", "Thanh tra", "Cổng",
    "Bí thư", "Trưởng", "Cơ quan", "Các cơ quan", "Đơn vị", "Các đơn vị", "HĐND", "MTTQ",
    "Đại biểu", "Tổ đại biểu", "Tổng cục", "Vụ", "Viện", "Học viện", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị ủy",
    "Bộ Chỉ huy", "Bộ đội", "Ngân hàng", "Bảo hiểm", "Tòa án", "Công ty", "Tổng công ty", "Hợp tác xã",
    "Ủy ban Mặt trận", "Cảnh sát", "Hải quan", "Chi đoàn", "Tổ chức", "Thành viên", "Các thành viên", "Lãnh đạo",
]

# Lines of text in the house vocabulary: administrative Vietnamese as it is written.
# Diacritics of OCR-stripped words are restored from these (syllable and pair counts).
VOCABULARY = """
Ủy ban nhân dân tỉnh; Ủy ban nhân dân huyện; Ủy ban nhân dân thị xã; Ủy ban nhân dân xã;
Ủy ban nhân dân phường; Ủy ban nhân dân thành phố; Ủy ban nhân dân các phường; Ủy ban nhân dân các xã;
Hội đồng nhân dân; Văn phòng Hội đồng nhân dân và Ủy ban nhân dân; Văn phòng HĐND và UBND;
Văn phòng UBND; Văn phòng Ủy ban nhân dân; Thủ tướng Chính phủ; Chính phủ; Bộ Chính trị;
Ban Chấp hành Trung ương Đảng; Ban Chấp hành Đảng bộ tỉnh; Ban Bí thư; Tỉnh ủy; Huyện ủy; Thị ủy; Thành ủy;
Đảng ủy; Đảng ủy xã; Đảng ủy Khối các cơ quan tỉnh; Ban Tuyên giáo Tỉnh ủy; Ban Tuyên giáo Huyện ủy;
Ban Tổ chức Tỉnh ủy; Ban Dân vận; Ủy ban Mặt trận Tổ quốc; Ủy ban MTTQ xã; Mặt trận Tổ quốc Việt Nam;
Bộ Nội vụ; Bộ Tài chính; Bộ Tư pháp; Bộ Thông tin và Truyền thông; Bộ Kế hoạch và Đầu tư; Bộ Công an;
Bộ Quốc phòng; Bộ Giáo dục và Đào tạo; Bộ Y tế; Bộ Văn hóa, Thể thao và Du lịch; Bộ Tài nguyên và Môi trường;
Bộ Nông nghiệp và Phát triển nông thôn; Bộ Xây dựng; Bộ Giao thông vận tải; Bộ Công Thương;
Bộ Lao động - Thương binh và Xã hội; Bộ Khoa học và Công nghệ; Bộ Ngoại giao; Văn phòng Chính phủ;
Sở Nội vụ; Sở Tài chính; Sở Tư pháp; Sở Thông tin và Truyền thông; Sở Kế hoạch và Đầu tư;
Sở Khoa học và Công nghệ; Sở Văn hóa, Thể thao và Du lịch; Sở Văn hóa và Thể thao; Sở Giáo dục và Đào tạo;
Sở Y tế; Sở Tài nguyên và Môi trường; Sở Nông nghiệp và Phát triển nông thôn; Sở Xây dựng;
Sở Giao thông vận tải; Sở Công Thương; Sở Lao động - Thương binh và Xã hội; Sở Văn hóa và Thông tin;
Phòng Nội vụ; Phòng Tư pháp; Phòng Tài chính - Kế hoạch; Phòng Văn hóa và Thông tin;
Phòng Văn hóa - Xã hội; Phòng Kinh tế; Phòng Kinh tế - Hạ tầng; Phòng Tài nguyên và Môi trường;
Phòng Giáo dục và Đào tạo; Phòng Y tế; Phòng Lao động - Thương binh và Xã hội; Phòng Nông nghiệp;
Phòng Quản lý đô thị; Phòng Tổ chức hành chính; Phòng Tổ chức cán bộ; Phòng Tài chính kế toán;
Phòng Quản lý dự án; Phòng Môi trường xã hội; Phòng Kế hoạch tổng hợp; Các phòng chuyên môn;
Các phòng, ban chuyên môn, các cơ quan đơn vị; Các phòng, ban, ngành, đơn vị; Các sở, ban, ngành;
Trung tâm Văn hóa, Thể thao và Truyền thông; Trung tâm Văn hóa, Thông tin và Thể thao;
Trung tâm Sự nghiệp công; Trung tâm Phục vụ hành chính công; Trung tâm Dịch vụ hành chính công;
Trung tâm Hành chính công; Trung tâm VNPT; Trung tâm Viettel; Bưu điện; Kho bạc Nhà nước;
Công an tỉnh; Công an huyện; Công an thị xã; Công an xã; Công an phường; Ban Chỉ huy Quân sự;
Thị đoàn; Huyện đoàn; Tỉnh đoàn; Thành đoàn; Đoàn Thanh niên; Hội Liên hiệp Phụ nữ; Hội Nông dân;
Hội Cựu chiến binh; Liên đoàn Lao động; Công chức Văn phòng - Thống kê; Công chức Văn hóa - xã hội;
Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng; Công chức Tài chính - Kế toán;
Đài Phát thanh và Truyền hình; Đài Phát thanh - Truyền hình; Đài Truyền thanh; Đài truyền thanh cơ sở;
Báo Nghệ An; Đài Tiếng nói Việt Nam; Đài Truyền hình Việt Nam; Thông tấn xã Việt Nam;
Ban Quản lý dự án; Ban Quản lý dự án Phát triển tỉnh; Ban QLDA; Giám đốc; Phó Giám đốc; Trưởng phòng;
Chủ tịch; Phó Chủ tịch; Thủ trưởng các cơ quan, đơn vị; Người đứng đầu; Cán bộ, công chức, viên chức;
Ban Chỉ đạo cải cách hành chính; Hội đồng thi đua khen thưởng; Thanh tra tỉnh; Thanh tra huyện;
Kế hoạch; Quyết định; Nghị quyết; Nghị định; Chỉ thị; Thông tư; Hướng dẫn; Thông báo; Báo cáo;
Chương trình; Chương trình hành động; Quy chế; Quy định; Đề án; Công văn; Văn bản; Tờ trình; Kết luận;
Luật; Hiến pháp; Pháp lệnh; Luật Ban hành văn bản quy phạm pháp luật; Luật Tổ chức Chính phủ;
Luật Tổ chức chính quyền địa phương; Luật sửa đổi, bổ sung một số điều của;
Luật Cán bộ, công chức; Luật Viên chức; Luật Tiếp cận thông tin; Luật Báo chí; Luật Giao dịch điện tử;
Căn cứ; Thực hiện; Triển khai; Ban hành kèm theo; ban hành; phê duyệt; về việc; của; số; ngày; tháng; năm;
Tuyên truyền cải cách hành chính; Tuyên truyền công tác cải cách hành chính; cải cách hành chính nhà nước;
cải cách thủ tục hành chính; kiểm soát thủ tục hành chính; thông tin, tuyên truyền; tuyên truyền;
chuyển đổi số; chính quyền điện tử; chính quyền số; dịch vụ công trực tuyến; một cửa, một cửa liên thông;
giai đoạn; định hướng đến năm; tầm nhìn đến năm; năm; tháng cuối năm; tháng đầu năm; 6 tháng cuối năm;
Chương trình tổng thể cải cách hành chính nhà nước giai đoạn; Chương trình cải cách hành chính;
Kế hoạch cải cách hành chính; Kế hoạch tuyên truyền cải cách hành chính; ngành Thông tin và Truyền thông;
Thông tin và Truyền thông; Văn hóa và Thông tin; Văn hóa, Thể thao và Truyền thông; Văn hóa - Xã hội;
Văn hóa, Thông tin và Thể thao; Văn hóa, Thể thao và Du lịch; Khoa học và Công nghệ; Tài chính - Kế hoạch;
Tài chính kế toán; Tổ chức hành chính; Quản lý dự án; Môi trường xã hội; Kinh tế; Nội vụ; Tư pháp;
Sự nghiệp công; chuyên môn; các cơ quan, đơn vị, địa phương; các huyện, thị xã, thành phố;
các phường; các xã; các xã, phường, thị trấn; thị trấn; thị xã; thành phố; tỉnh; huyện; xã; phường; quận;
chủ trì; phối hợp; tham mưu; xây dựng, ban hành; tổ chức thực hiện; Tổ chức thực hiện; Đề nghị; có trách nhiệm;
chịu trách nhiệm; theo dõi; đôn đốc; kiểm tra; báo cáo; kinh phí; dự toán; ngân sách; nhiệm vụ; nội dung;
Độc lập - Tự do - Hạnh phúc; Cộng hòa xã hội chủ nghĩa Việt Nam; TM. Ủy ban nhân dân; KT. Chủ tịch;
Nơi nhận; Lưu; Trên đây là; Mục đích, yêu cầu; Nội dung; Hình thức; Đối tượng;
Hoàng Văn Phúc; Hoàng Văn Long; Nguyễn Văn; Trần Văn; Lê Văn; Phạm Văn; Châu Ngô Anh Nhân;
Nguyễn Thị; Trần Thị; Lê Thị; Huỳnh; Phan; Vũ; Võ; Đặng; Bùi; Đỗ; Hồ; Ngô; Dương; Lý; Đinh; Lâm;
Trương; Hà; Mai; Cao; Lương; Đào; Tạ; Thái; Kiều; Tô; Trịnh; Đoàn; Lưu; Quách; Chu; Lại; Tăng;
Minh; Hùng; Dũng; Tuấn; Hải; Hương; Hoa; Lan; Thanh; Bình; Hòa; Quang; Đức; Thắng; Sơn; Nam; Hà; Anh;
Tùng; Cường; Trung; Hiếu; Huy; Khánh; Thành; Vinh; Phương; Thủy; Hằng; Nga; Linh; Nhân; Nghĩa; Tâm; Tú;
"""

# Unnumbered laws and codes cited by title and year.
LAW_HEADS: list[str] = ["Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh"]

# Common surname syllables (folded): a signer's line starts with one.
SURNAMES: set[str] = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
    "ngo", "duong", "ly", "dinh", "lam", "truong", "ha", "mai", "cao", "luong", "dao", "ta", "thai",
    "kieu", "to", "trinh", "doan", "luu", "quach", "chu", "lai", "tang", "chau", "nong", "kim", "y",
    "ksor", "rah", "siu", "nay", "rmah", "puih", "hua", "van", "khuat", "trieu", "tong", "la", "dieu",
}


# Abbreviations written inside body names ("Bộ GD&ĐT", "Ủy ban ATGT Quốc gia"), with the words they stand for.
NAME_ABBREVIATIONS: dict[str, str] = {
    "GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo",
    "KH&CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ",
    "KH&ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư",
    "TN&MT": "Tài nguyên và Môi trường", "TNMT": "Tài nguyên và Môi trường",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch", "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông",
    "GTVT": "Giao thông vận tải", "ATGT": "An toàn giao thông", "CCHC": "cải cách hành chính",
}


# Letters only Vietnamese-aware typing writes: a word with one was not stripped of its diacritics.
VIET_ONLY = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ")
# What an English OCR engine writes for a letter inside a word: digits and symbols ("s6" for "sở", "$6" for "Sở",
# "hi€n" for "hiện"), as the folded letter they stand for.
OCR_LETTERS = {"6": "o", "0": "o", "1": "l", "3": "a", "4": "a", "8": "e", "9": "g", "5": "s", "$": "s", "€": "e"}

# What an English OCR engine writes for Vietnamese letters, (written, meant), in folded text: the one table the
# running-text restorer and the name restorer both try. Seen across
# the genre's scans: ô/ơ/ê read as é (or ê as €) then folded to e, ư as t, it, ir, tt, l or i, ơ as d or g, ă/â as &.
OCR_CONFUSIONS: list[tuple[str, str]] = [
    ("e", "o"), ("e", "a"), ("d", "o"), ("d", "a"), ("d", "u"), ("g", "o"), ("s", "o"), ("b", "o"),
    ("t", "u"), ("tt", "u"), ("ti", "u"), ("it", "u"), ("ir", "u"), ("tr", "u"), ("i", "u"), ("l", "u"), ("f", "u"),
    ("ii", "u"), ("iu", "u"), ("il", "u"), ("ui", "u"), ("li", "u"), ("tl", "u"), ("ii", "a"), ("ie", "uo"),
    ("&", "a"), ("&", "o"), ("&", "e"), ("&", ""), ("¢", "o"), ("¢", "e"), ("¢", ""), ("gy", "uy"), ("v", "u"), ("y", "u"), ("i", "a"),
    ("u'", "u"), ("'", ""), ("‘", ""), ("e&", "o"),
    ("^p", "d"), ("^b", "d"), ("^g", "u"),  # at a word's start only: Đ read as P or B, Ư as G
]
