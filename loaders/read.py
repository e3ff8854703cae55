"""Read a file into text: .txt (any usual encoding), .docx, .pdf (text layer or OCR), .html."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from loaders.errors import LoadError

SUPPORTED = (".txt", ".docx", ".pdf", ".html", ".htm")
MAX_BYTES = 50 * 1024 * 1024
# What reading may cost. Extraction takes ~8 s per MB of text: a plan is 60 kB, a long decision 300 kB.
MAX_TEXT_CHARS = 2_000_000
MAX_PDF_PAGES = 500  # pages of a PDF with a text layer
OCR_MAX_PAGES = 60  # pages of a scan read by OCR (each takes seconds)
OCR_PAGE_SECONDS = 60  # one page's OCR, before it is given up as stuck

# Bytes of TCVN3 (ABC) and VNI text that UTF-8 / Windows-1258 Vietnamese never has in that density.
_TCVN3_MARKERS = set("¸µ¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÐÌÎÏÑªÒÕÓÔÖ«ÝØÜÞßãáâäå¬æçèéëêíîìïóôòõöøüûý")
_VNI_MARKERS = ("aø", "aù", "aû", "aõ", "aï", "eá", "eà", "oá", "oà", "öô", "öù", "ñ")


def read_text(path: str | Path) -> str:
    """The text of one file, NFC-normalised; `LoadError` names the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise LoadError(str(path), "không có tệp này")
    if p.is_dir():
        raise LoadError(str(path), "là một thư mục, không phải một tệp")
    ext = p.suffix.lower()
    if ext not in SUPPORTED:
        raise LoadError(str(path), f"loại tệp '{ext or '(không có)'}' không được hỗ trợ (dùng {', '.join(SUPPORTED)})")
    size = p.stat().st_size
    if size == 0:
        raise LoadError(str(path), "tệp rỗng")
    if size > MAX_BYTES:
        raise LoadError(str(path), f"tệp quá lớn ({size // (1024 * 1024)} MB; tối đa {MAX_BYTES // (1024 * 1024)} MB)")
    data = p.read_bytes()
    if ext == ".txt":
        text = decode(data, str(path))
    elif ext == ".docx":
        text = _docx(p)
    elif ext == ".pdf":
        text = _pdf(p)
    else:
        text = _html(decode(data, str(path)))
    text = unicodedata.normalize("NFC", text)
    if len(text) > MAX_TEXT_CHARS:
        raise LoadError(str(path), f"văn bản dài {len(text) // 1000:,} nghìn ký tự; bộ đọc nhận tối đa "
                        f"{MAX_TEXT_CHARS // 1000:,} nghìn (hãy tách tệp)")
    if not text.strip():
        raise LoadError(str(path), "không tìm thấy chữ nào trong tệp")
    letters = sum(c.isalpha() for c in text)
    if letters < 0.3 * len(text.strip()):
        raise LoadError(str(path), "không giống văn bản (quá ít chữ cái)")
    return text


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOMs, UTF-8, UTF-16, Windows-1258; legacy TCVN3/VNI refused by name."""
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
    except UnicodeDecodeError as e:
        raise LoadError(name, f"mở đầu bằng dấu thứ tự byte (BOM) nhưng không phải {e.encoding} hợp lệ "
                              f"(byte {e.start}: {e.reason})") from None
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0] and data[2]:
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise LoadError(name, "dữ liệu nhị phân, không phải tệp văn bản")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        cp = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        cp = None
    # Legacy 8-bit fonts put tone letters where Windows-1258 has capitals: capitals inside words betray them.
    inner_caps = sum(1 for a, b in zip(cp or "", (cp or "")[1:])
                     if a.islower() and ord(b) > 127 and (b.isupper() or not b.isalpha()) and not b.isspace())
    if cp is not None and inner_caps < max(5, len(cp) // 500):
        if sum(c.isalpha() or c.isspace() for c in cp) >= 0.85 * len(cp):
            return cp
    latin = data.decode("latin-1")
    high = [c for c in latin if ord(c) > 127]
    if high and sum(latin.count(m) for m in _VNI_MARKERS) > 10:
        raise LoadError(name, "có vẻ là bảng mã VNI cũ; hãy chuyển sang Unicode rồi nạp lại")
    if high and sum(c in _TCVN3_MARKERS for c in high) / len(high) > 0.6:
        raise LoadError(name, "có vẻ là bảng mã TCVN3 (ABC) cũ; hãy chuyển sang Unicode "
                              "(ví dụ bằng công cụ chuyển mã của UniKey) rồi nạp lại")
    raise LoadError(name, f"UTF-8 không hợp lệ ở byte {utf8_error.start}; dữ liệu không giống văn bản "
                          "ở bảng mã nào được hỗ trợ (UTF-8, UTF-16, Windows-1258)")


# A .docx is a zip: what it expands to is bounded before anything reads it. A member cannot expand past
# the size its header declares (zipfile stops there), so the declared sizes bound the work.
DOCX_MAX_MEMBERS = 3_000
DOCX_MAX_TOTAL = 200 * 1024 * 1024  # everything, images included
DOCX_MAX_XML = 60 * 1024 * 1024  # the XML parts, which are parsed (styles.xml as well as document.xml)


def _check_docx_members(p: Path, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > DOCX_MAX_MEMBERS:
        raise LoadError(str(p), f"tệp .docx chứa {len(members)} phần (tối đa {DOCX_MAX_MEMBERS}; bị từ chối như một zip bomb)")
    total = sum(m.file_size for m in members)
    if total > DOCX_MAX_TOTAL:
        raise LoadError(str(p), f"tệp .docx giải nén ra {total // 2**20} MB (tối đa {DOCX_MAX_TOTAL // 2**20} MB; "
                        "bị từ chối như một zip bomb)")
    xml = sum(m.file_size for m in members if m.filename.endswith((".xml", ".rels")))
    if xml > DOCX_MAX_XML:
        raise LoadError(str(p), f"tệp .docx chứa {xml // 2**20} MB XML (tối đa {DOCX_MAX_XML // 2**20} MB; "
                        "bị từ chối như một zip bomb)")


def _docx(p: Path) -> str:
    if not zipfile.is_zipfile(p):
        raise LoadError(str(p), "không phải tệp .docx hợp lệ (không phải tệp nén zip)")
    try:
        with zipfile.ZipFile(p) as z:
            z.getinfo("word/document.xml")
            _check_docx_members(p, z.infolist())
        import docx

        d = docx.Document(str(p))
    except LoadError:
        raise
    except KeyError:
        raise LoadError(str(p), "không phải tệp .docx hợp lệ (không có word/document.xml)") from None
    except Exception as err:  # python-docx raises many kinds on broken files
        raise LoadError(str(p), f"không phải tệp .docx hợp lệ ({type(err).__name__})") from None
    parts = [para.text for para in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append("    ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _pdf(p: Path) -> str:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would add lines to our one-line errors
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(p))
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise LoadError(str(p), f"tệp PDF có {count} trang; bộ đọc nhận tối đa {MAX_PDF_PAGES} (hãy tách tệp)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise LoadError(str(p), f"không đọc được tệp PDF ({err.__class__.__name__}: {str(err)[:80]})") from None
    text = "\n".join(pages)
    if sum(c.isalpha() for c in text) >= 50:
        return text
    if count > OCR_MAX_PAGES:
        raise LoadError(str(p), f"bản quét có {count} trang; nhận dạng chữ (OCR) đọc tối đa {OCR_MAX_PAGES} (hãy tách tệp)")
    return ocr_pdf(p)


def ocr_pdf(p: Path) -> str:
    """A scanned PDF: pages to images (pdftoppm), read with Tesseract's Vietnamese model."""
    if not shutil.which("tesseract") or not shutil.which("pdftoppm"):
        raise LoadError(str(p), "tệp PDF không có lớp chữ và không có công cụ nhận dạng chữ (OCR): hãy cài các gói Debian "
                                "'tesseract-ocr tesseract-ocr-vie poppler-utils' (make setup sẽ cài)")
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "vie" not in langs:
        raise LoadError(str(p), "tệp PDF không có lớp chữ và Tesseract thiếu tiếng Việt: hãy cài 'tesseract-ocr-vie'")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            r = subprocess.run(["pdftoppm", "-r", "300", "-l", str(OCR_MAX_PAGES), "-png", str(p), f"{tmp}/page"],
                               capture_output=True, text=True, timeout=OCR_PAGE_SECONDS * OCR_MAX_PAGES // 4)
        except subprocess.TimeoutExpired:
            raise LoadError(str(p), "dựng ảnh các trang bản quét quá lâu (đã dừng)") from None
        if r.returncode != 0:
            raise LoadError(str(p), f"không dựng được ảnh các trang PDF: {r.stderr.strip()[:120]}")
        texts = []
        for k, img in enumerate(sorted(Path(tmp).glob("page*.png")), 1):
            try:
                o = subprocess.run(["tesseract", str(img), "-", "-l", "vie", "--psm", "4"], capture_output=True,
                                   text=True, timeout=OCR_PAGE_SECONDS)
            except subprocess.TimeoutExpired:
                raise LoadError(str(p), f"nhận dạng chữ trang {k} quá {OCR_PAGE_SECONDS} giây (đã dừng)") from None
            if o.returncode != 0:
                raise LoadError(str(p), f"nhận dạng chữ (OCR) thất bại: {o.stderr.strip()[:120]}")
            texts.append(o.stdout)
    return "\n".join(texts)


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):  # noqa: ANN001
        if not self.skip:
            self.parts.append(data)


def _html(source: str) -> str:
    parser = _HTMLText()
    parser.feed(source)
    text = html.unescape("".join(parser.parts))
    return re.sub(r"\n{3,}", "\n\n", text)
