"""Diacritic restoration of running text (`language.restore`, `vanban restore`): phrases in, Vietnamese out."""

import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from language import restore
from tests.scoring import exact

ROOT = Path(__file__).resolve().parent.parent

# Phrases of the genre with every diacritic stripped, as typed on a keyboard without Vietnamese.
FOLDED = [
    ("Uy ban nhan dan tinh ban hanh ke hoach trien khai thuc hien nhu sau",
     "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai thực hiện như sau"),
    ("Giao So Noi vu chu tri, phoi hop voi cac co quan lien quan",
     "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan"),
    ("KE HOACH\nTuyen truyen cai cach hanh chinh nam 2024",
     "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024"),
    ("dinh ky bao cao ket qua thuc hien ve Van phong Uy ban nhan dan huyen",
     "định kỳ báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân huyện"),
    ("nang cao chat luong phuc vu nguoi dan va doanh nghiep",
     "nâng cao chất lượng phục vụ người dân và doanh nghiệp"),
]

# The same kind of phrases as an OCR engine without Vietnamese reads them: each case is one class of misreading.
MISREAD = [
    ("Thuc hién Quyét dinh cua Thu tuéng Chinh phu",  # é for ê/ế and for ơ/ướ
     "Thực hiện Quyết định của Thủ tướng Chính phủ"),
    ("cac co quan, don vi thuc hién t6t céng tac thong tin",  # 6 for ố, é for ô
     "các cơ quan, đơn vị thực hiện tốt công tác thông tin"),
    ("nang cao nhan thirc ctia can bo, cong chirc, vién chirc",  # ir and ti for ư/ủ
     "nâng cao nhận thức của cán bộ, công chức, viên chức"),
    ("xay dung chinh quyén dién tir huéng téi chinh quyén s6",  # ir for ử, é for ớ
     "xây dựng chính quyền điện tử hướng tới chính quyền số"),
    ("Phé6ng Van héa va Théng tin cac huyén, thi x&",  # doubled marks, & for ã
     "Phòng Văn hóa và Thông tin các huyện, thị xã"),
    ("cac sd, ban, nganh li€n quan trién khai thuc hi€n",  # € for ê
     "các sở, ban, ngành liên quan triển khai thực hiện"),
    ("Giadm déc $6 Tai chinh va Gidm déc Sé Noi vu",  # $ for S
     "Giám đốc Sở Tài chính và Giám đốc Sở Nội vụ"),
]

# The slips the word-by-word restorer made in titles and names, each shown in every list (issue 14).
SLIPS = [
    ("Tuyén truyén vé cai cach hanh chinh", "Tuyên truyền về cải cách hành chính"),  # vệ
    ("Ké hoach phat trién céng nghé nam 2024 cta nganh Thong tin va Truyén thong tinh Gia Lai",
     "Kế hoạch phát triển công nghệ năm 2024 của ngành Thông tin và Truyền thông tỉnh Gia Lai"),  # cửa, tĩnh
    ("cai cach hanh chinh thi xa Cira Lo nam 2024", "cải cách hành chính thị xã Cửa Lò năm 2024"),  # nam
    ("Ban Quan ly du an phat trién", "Ban Quản lý dự án phát triển"),  # dự dân
    ("Trung tam Van hoa, Thé thao", "Trung tâm Văn hóa, Thể thao"),
    ("Bao cao két qua thuc hién 6 thang cui nim 2025", "Báo cáo kết quả thực hiện 6 tháng cuối năm 2025"),  # cui: known
]


def same(a: str, b: str) -> bool:
    """Equal words, either tone placement ("hòa", "hoà")."""
    return exact(a).split() == exact(b).split()


@pytest.mark.parametrize("damaged,meant", FOLDED)
def test_folded_phrases_read_back(damaged: str, meant: str) -> None:
    got = restore.restore_text(damaged, force=True)
    assert same(got, meant), got
    assert len(got) == len(damaged)  # a word keeps its length, so spans into the source still hold


@pytest.mark.parametrize("damaged,meant", MISREAD + SLIPS)
def test_misread_phrases_read_back(damaged: str, meant: str) -> None:
    got = restore.restore_text(damaged, force=True)
    assert same(got, meant), got


def test_case_and_line_breaks_are_kept() -> None:
    got = restore.restore_text("UY BAN NHAN DAN\nTINH GIA LAI\n\nKe hoach so 12/KH-UBND", force=True)
    assert got.split("\n")[0] == "ỦY BAN NHÂN DÂN"
    assert got.count("\n") == 3
    assert "12/KH-UBND" in got


def test_typed_text_comes_back_unchanged() -> None:
    clean = next(p for p in sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
                 if "Độc lập" in p.read_text(encoding="utf-8"))
    text = clean.read_text(encoding="utf-8")
    assert restore.restore_text(text) == text
    assert restore.restorations(text) == []


def test_restorations_apply_to_any_slice() -> None:
    text = "Giao So Noi vu chu tri thuc hien"
    found = restore.restorations(text, force=True)
    assert all(text[s:e].lower() != form.lower() for s, e, form in found)
    assert same(restore.apply(text, found, 5, 14), "Sở Nội vụ")
    assert restore.apply(text, found, 0, len(text)) == restore.restore_text(text, force=True)


def test_misread_is_told_from_typed_without_diacritics() -> None:
    assert restore.misread("Thuc hién Quyét dinh s6 411 ctia Thu tuéng")
    assert not restore.misread("Thuc hien Quyet dinh so 411 cua Thu tuong")
    # a Word file read as bytes: every accented letter gone, words left without a vowel
    assert restore.misread("Th tng Chnh ph ban hnh Quyt nh v vic thc hin ngh quyt ca Chnh ph")


def test_model_round_trip(tmp_path: Path) -> None:
    counts = [Counter({("<s>",): 2, ("</s>",): 2, ("kế",): 2, ("hoạch",): 2, ("kê",): 1}),
              Counter({("kế", "hoạch"): 2, ("<s>", "kế"): 2, ("hoạch", "</s>"): 2}),
              Counter({("<s>", "kế", "hoạch"): 2, ("kế", "hoạch", "</s>"): 2, ("<s>", "kê", "hoạch"): 1})]
    path = tmp_path / "m.model"
    restore.write_model(path, counts, min_trigram=2)
    m = restore.Model(path)
    assert [m.vocab[i] for i in m.forms["ke"]] == ["kế", "kê"]
    ke, hoach = m.index["kế"], m.index["hoạch"]
    assert m.tables[2] and len(m.tables[2]) == 2  # the triple seen once is pruned
    assert m.logp(m.index["<s>"], ke, hoach) > m.logp(m.index["<s>"], m.index["kê"], hoach)


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.model"
    import gzip

    bad.write_bytes(gzip.compress(b"not a model"))
    with pytest.raises(ValueError, match="not a restore model"):
        restore.Model(bad)


def vanban(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vanban", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_restores_a_file(tmp_path: Path) -> None:
    f = tmp_path / "plan.txt"
    f.write_text("KE HOACH\nTuyén truyén cai cach hanh chinh nim 2024 ctia Uy ban nhan dan tinh\n", encoding="utf-8")
    r = vanban("restore", str(f))
    assert r.returncode == 0, r.stderr
    assert same(r.stdout, "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh")
    assert r.stdout.count("\n") == 2


def test_cli_names_a_file_it_cannot_read(tmp_path: Path) -> None:
    r = vanban("restore", str(tmp_path / "missing.txt"))
    assert r.returncode == 1
    assert "missing.txt" in r.stderr


def test_nfc_output() -> None:
    got = restore.restore_text("Ho tich, chung thuc", force=True)
    assert got == unicodedata.normalize("NFC", got)


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN VEN BIỂN
Số: 12/KH-UBND

KẾ HOẠCH
Xây dựng kè biển chống sạt lở năm 2025

Để bảo vệ dân cư ven biển, Ủy ban nhân dân huyện ban hành kế hoạch xây dựng kè biển chống sạt lở như sau:
1. Đầu tư xây dựng kè biển chống sạt lở tại các xã ven biển.
2. Hỗ trợ hộ nuôi tôm thẻ chân trắng di dời khỏi vùng sạt lở.
"""


def test_the_graph_learns_from_its_accented_documents(tmp_path: Path) -> None:
    """Issue 14: the more clean documents an agency loads, the better its scans read."""
    from graph.ingest import ingest
    from graph.store import EmbeddedStore

    db = tmp_path / "db"
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    store = EmbeddedStore(db)
    try:
        summary = ingest(store, [str(tmp_path / "plan.txt")], progress=False)
        assert summary.files == 1
        assert store.learned_path().exists()
    finally:
        store.close()
    assert restore._learned[0] is None  # the ingest's model is not left behind for other work in this process
    scan = tmp_path / "scan.txt"
    scan.write_text("Ké hoach xay dung ke bién chong sat 1é va hé trg nuoi tom thé chan trang\n", encoding="utf-8")
    r = vanban("restore", "--db", str(db), str(scan))
    assert r.returncode == 0, r.stderr
    assert "kè biển chống sạt lở" in r.stdout and "tôm thẻ chân trắng" in r.stdout, r.stdout


def test_learning_skips_scans_and_adds_up(tmp_path: Path) -> None:
    path = tmp_path / restore.LEARNED_NAME
    assert restore.learn(["Ké hoach xay dung ke bién"], path) == 0 and not path.exists()  # a scan teaches nothing
    first = restore.learn([PLAN], path)
    assert first > 40
    once = restore.read_counts(path)[1][("kè", "biển")]
    restore.learn([PLAN], path)
    assert restore.read_counts(path)[1][("kè", "biển")] == 2 * once


@pytest.mark.parametrize("address", ["https://stttt.gialai.gov.vn", "csdl.dichvucong.gov.vn", "sotttt@gialai.gov.vn",
                                     "www.chinhphu.vn/ban-tin"])
def test_addresses_are_written_as_they_stand(address: str) -> None:
    """Class: web and mail addresses inside a task ("tại địa chỉ https://..."), which are not words."""
    got = restore.restore_text(f"Cap nhat thong tin tai dia chi {address} hang thang", force=True)
    assert address in got, got


def test_restored_offsets_land_where_the_source_says() -> None:
    text = "Ké hoach s6 17/KH-UBND ctia UBND tinh Nghé An va chitc nang"
    found = restore.restorations(text, force=True)
    r = restore.Restored(text, found)
    assert r.text == restore.apply(text, found)
    cut = text.index("17/KH-UBND")
    assert r.slice(cut, cut + len("17/KH-UBND")) == "17/KH-UBND"  # a reference's link keeps its words
    pieces = [0, cut, cut + 10, len(text)]
    assert "".join(r.slice(a, b) for a, b in zip(pieces, pieces[1:])) == r.text  # the pieces make the whole
    for s, e, form in found:
        assert r.slice(s, e) == form


@pytest.mark.parametrize("name,meant", [
    ("cac co quan thudéc Chinh phu", "các cơ quan thuộc Chính phủ"),  # a word the name vocabulary cannot read
    ("Sé Théng tin va Truyén thong", "Sở Thông tin và Truyền thông"),                 # what it reads stays its own
])
def test_names_take_unreadable_words_from_the_running_text_restorer(name: str, meant: str) -> None:
    from language.vocab import restore as restore_name

    assert same(restore_name(name, force=True), meant), restore_name(name, force=True)


@pytest.mark.parametrize("symbol,meant", [
    ("15/QD-UBND", "15/QĐ-UBND"), ("72/2025/QH15", "72/2025/QH15"), ("421/TTr-STC", "421/TTr-STC"),
    ("22/BC-STP", "22/BC-STP"), ("100-KL/TU", "100-KL/TU"), ("12/2020/ND-CP", "12/2020/NĐ-CP"),
])
def test_a_symbol_keeps_its_letters(symbol: str, meant: str) -> None:
    """Class: the parts of a document's symbol are initials, which bear no mark but Đ; a scan's repairs
    ('STC' -> 'SÚC', 'QH15' -> 'LS', 'BC' -> 'C') must not reach them."""
    for text in (f"Can cu Quyet dinh so {symbol} ngay 3/1/2024", f"Can ctr Quyét dinh s6 {symbol} ngay 3/1/2024"):
        assert meant in restore.restore_text(text, force=True)


@pytest.mark.parametrize("glued, meant", [
    ("Thủtrưởng cơ quan ngang Bộ", "Thủ trưởng cơ quan ngang Bộ"),
    ("Văn phòng Uỷ ban nhân dântỉnh", "Văn phòng Uỷ ban nhân dân tỉnh"),
    ("các thành viênBan Tổ chức", "các thành viên Ban Tổ chức"),
    ("Chủ tịch UBND các huyện", "Chủ tịch UBND các huyện"),  # nothing glued: unchanged
    ("Covid online Email", "Covid online Email"),  # words without a Vietnamese letter are not cut
])
def test_words_a_pdf_glued_are_cut_apart(glued: str, meant: str) -> None:
    from language.restore import unglued

    assert unglued(glued) == meant


@pytest.mark.parametrize("scanned,form,guessed", [
    ("Chu", "Chủ", False),     # marks given back
    ("s6", "sở", False),       # a digit an English OCR writes for a letter
    ("Pơ", "Đôn", True),       # letters changed: a guess
    ("đéc", "đốc", True),      # é for ô: another letter, an OCR repair
    ("tín", "tin", False),
    ("dài", "dõi", True),
])
def test_a_restoration_is_a_guess_when_it_changes_letters(scanned, form, guessed):
    from language.restore import _guessed

    assert _guessed(scanned, form) is guessed


def test_restored_parts_carry_the_scanned_form_of_guessed_words():
    from language.restore import Restored

    text = "Pơ đéc thuc hien"
    found = [(0, 2, "Đôn"), (3, 6, "đốc"), (7, 11, "thực"), (12, 16, "hiện")]
    parts = Restored(text, found).parts(0, len(text))
    assert parts == [("Đôn", "Pơ"), (" ", None), ("đốc", "đéc"), (" thực hiện", None)]
    assert "".join(t for t, _ in parts) == Restored(text, found).text
