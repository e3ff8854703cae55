"""Real files made in the test from the seed texts: each gives the references of the text file."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from loaders import LoadError, extract_file, read_text
from tests.conftest import ROOT, SEEDS, require_tool

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CLEAN_SEED = next(p for p in SEEDS if p.name.startswith("003"))


def numbers(path: Path) -> list[str]:
    return sorted(r.number for d in extract_file(path).documents for r in d.references)


def make_docx(text: str, out: Path) -> Path:
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(out)
    return out


def make_pdf(text: str, out: Path) -> Path:
    from fpdf import FPDF

    if not Path(FONT).exists():
        require_tool("fc-list")
        pytest.fail("DejaVu fonts missing (make setup installs fonts-dejavu-core)")
    pdf = FPDF(orientation="L", format="A3")
    pdf.add_font("dejavu", fname=FONT)
    pdf.set_font("dejavu", size=9)
    pdf.add_page()
    for line in text.split("\n"):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return out


def make_scan(text: str, out: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 28)
    lines = text.split("\n")
    pages = []
    for i in range(0, len(lines), 60):
        img = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(img)
        for j, line in enumerate(lines[i:i + 60]):
            draw.text((120, 120 + j * 52), line, font=font, fill=0)
        pages.append(img.convert("RGB"))
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=300)
    return out


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_docx_gives_the_same_references(seed, tmp_path):
    expected = numbers(seed)
    assert numbers(make_docx(seed.read_text(encoding="utf-8"), tmp_path / "doc.docx")) == expected


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_pdf_text_layer_gives_the_same_references(seed, tmp_path):
    expected = numbers(seed)
    assert numbers(make_pdf(seed.read_text(encoding="utf-8"), tmp_path / "doc.pdf")) == expected


def test_html_gives_the_same_references(tmp_path):
    import html

    text = CLEAN_SEED.read_text(encoding="utf-8")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
    page = tmp_path / "doc.html"
    page.write_text(f"<html><head><title>x</title><script>var a='1/QĐ-X';</script></head><body>{body}</body></html>",
                    encoding="utf-8")
    assert numbers(page) == numbers(CLEAN_SEED)


def test_scanned_pdf_is_read_with_vietnamese_ocr(tmp_path):
    require_tool("tesseract")
    require_tool("pdftoppm")
    page = "\n".join(CLEAN_SEED.read_text(encoding="utf-8").split("\n")[:40])  # one page keeps OCR quick
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    scan = make_scan(page, tmp_path / "scan.pdf")
    expected = numbers(tmp_path / "page.txt")
    assert expected and numbers(scan) == expected


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1258"])
def test_text_encodings(encoding, tmp_path):

    text = CLEAN_SEED.read_text(encoding="utf-8")
    if encoding == "cp1258":  # Windows-1258 has few precomposed letters: the rest take combining tone marks
        data = b"".join(_cp1258(c) for c in text)
    else:
        data = text.encode(encoding)
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    assert numbers(path) == numbers(CLEAN_SEED)


def _cp1258(ch: str) -> bytes:
    import unicodedata

    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        base, *marks = unicodedata.normalize("NFD", ch)
        tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
        shape = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
        return (shape + "".join(tones)).encode("cp1258")


def test_source_spans_point_at_the_numbers():
    text = read_text(SEEDS[0])
    for d in extract_file(SEEDS[0]).documents:
        for r in d.references:
            s, e = r.span
            digits = r.number.split("/")[0].split("-")[0]
            assert text[s:e].replace(" ", "").startswith(digits), (r.number, text[s:e])


TCVN3 = "Quyết định số 12 của Ủy ban nhân dân tỉnh về việc ban hành kế hoạch cải cách hành chính"
_TCVN3_MAP = str.maketrans({"ế": "Õ", "ị": "Þ", "đ": "®", "ố": "è", "ủ": "ñ", "Ủ": "ñ", "â": "©", "ỉ": "Ø",
                            "ề": "Ò", "ệ": "Ö", "à": "µ", "ạ": "¹", "ả": "¶", "á": "¸", "ơ": "¬", "ư": "­"})

BAD = [
    ("empty.txt", b""),
    ("random.txt", bytes(range(256)) * 20),
    ("invalid.txt", b"Quy\xe1\xba\xbft \xff\xfe\xfd \x80\x81 \xc3\x28 " * 50),
    ("notzip.docx", b"this is not a zip archive at all" * 10),
    ("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 10),
    ("legacy.txt", TCVN3.translate(_TCVN3_MAP).encode("latin-1", errors="replace") * 5),
    ("unknown.xyz", b"hello"),
]


@pytest.mark.parametrize("name,data", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_clear_line(name, data, tmp_path):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError) as err:
        extract_file(path)
    assert name in str(err.value)
    proc = subprocess.run([sys.executable, "-m", "vanban", "extract", str(path), "--json"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in proc.stderr, proc.stderr


def test_legacy_encoding_is_named(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(BAD[5][1])
    with pytest.raises(LoadError, match="TCVN3"):
        extract_file(path)


@pytest.mark.parametrize("members,named", [
    ({"word/styles.xml": 61 * 1024 * 1024}, "MB XML"),          # a part python-docx parses beside the text
    ({"word/media/image1.png": 201 * 1024 * 1024}, "giải nén ra"),  # everything together
    ({f"customXml/item{i}.bin": 1 for i in range(3001)}, "phần"),
])
def test_docx_bounds_every_part_not_only_the_text(tmp_path, members, named):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        for name, size in members.items():
            z.writestr(name, b" " * size)
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk
    with pytest.raises(LoadError, match=named) as err:
        extract_file(path)
    assert "zip bomb" in str(err.value)


def test_docx_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>" + " " * (210 * 1024 * 1024) + "</w:document>")
    with pytest.raises(LoadError, match="zip bomb"):
        extract_file(path)


def test_a_long_scan_is_refused_before_any_ocr(tmp_path):
    """Issue 12, item 6: 30 blank pages once took 36 s of OCR; a scan longer than the cap is refused at once."""
    import time

    from pypdf import PdfWriter

    from loaders.read import OCR_MAX_PAGES

    w = PdfWriter()
    for _ in range(OCR_MAX_PAGES + 1):
        w.add_blank_page(width=595, height=842)
    path = tmp_path / "blank.pdf"
    with open(path, "wb") as f:
        w.write(f)
    t = time.monotonic()
    with pytest.raises(LoadError, match=f"đọc tối đa {OCR_MAX_PAGES}"):
        extract_file(path)
    assert time.monotonic() - t < 5


def test_text_beyond_what_extraction_can_afford_is_refused(tmp_path):
    """Issue 12, item 8: plain text cost ~8 s per MB; the reader names its bound instead."""
    from loaders.read import MAX_TEXT_CHARS

    path = tmp_path / "long.txt"
    line = "Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ;\n"
    path.write_text(line * (MAX_TEXT_CHARS // len(line) + 10), encoding="utf-8")
    with pytest.raises(LoadError, match="bộ đọc nhận tối đa"):
        extract_file(path)


def test_a_load_error_crosses_a_process_boundary_whole():
    import pickle

    e = pickle.loads(pickle.dumps(LoadError("scan.pdf", "the scan has 61 pages")))
    assert (e.path, e.problem, str(e)) == ("scan.pdf", "the scan has 61 pages", "scan.pdf: the scan has 61 pages")


def test_many_files_read_at_once_come_back_in_order_as_one_process_reads_them(tmp_path):
    from loaders.parallel import read_files

    (tmp_path / "empty.txt").write_bytes(b"")
    files = [*sorted((ROOT / "corpus" / "real").glob("*.txt"))[:12], tmp_path / "empty.txt", tmp_path / "missing.txt"]
    together = list(read_files(files, jobs=3))
    alone = list(read_files(files, jobs=1))
    assert [p for p, _ in together] == [str(f) for f in files]
    for (_, a), (_, b) in zip(together, alone):
        assert type(a) is type(b)
        if isinstance(a, Exception):
            assert str(a) == str(b)
        else:
            assert a.to_dict() == b.to_dict()
    assert "tệp rỗng" in str(together[-2][1]) and "không có tệp này" in str(together[-1][1])
