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
    return "\n".join(_in_body_order(d))


def _in_body_order(container) -> list[str]:  # noqa: ANN001 - a python-docx Document or table cell
    """Paragraphs and tables as they stand in the body: Nghị định 30/2020's layout puts the letterhead
    (issuer and number | motto, place and date) and the signature block (Nơi nhận | signer) in two-column
    tables, which belong where they stand, each cell read whole, left to right, row by row."""
    from docx.table import Table

    lines: list[str] = []
    for block in container.iter_inner_content():
        if not isinstance(block, Table):
            lines.append(block.text)
            continue
        for row in block.rows:
            seen: list = []
            for cell in row.cells:
                if any(cell._tc is tc for tc in seen):  # a merged cell is listed once per column it spans
                    continue
                seen.append(cell._tc)
                lines.extend(_in_body_order(cell))
    return lines


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
        pages = [_page_text(page) for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise LoadError(str(p), f"không đọc được tệp PDF ({err.__class__.__name__}: {str(err)[:80]})") from None
    text = "\n".join(pages)
    if sum(c.isalpha() for c in text) >= 50:
        return text
    if count > OCR_MAX_PAGES:
        raise LoadError(str(p), f"bản quét có {count} trang; nhận dạng chữ (OCR) đọc tối đa {OCR_MAX_PAGES} (hãy tách tệp)")
    return ocr_pdf(p)


def _page_text(page) -> str:  # noqa: ANN001 - a pypdf page
    """A page's text, with the two-column blocks of the standard layout (the letterhead: issuer and number |
    motto, place and date; the signature: Nơi nhận | signer) read one column after the other. A text layer
    holds such a block line by line across the page, which would join "ỦY BAN NHÂN DÂN" to "CỘNG HÒA XÃ HỘI"."""
    plain = page.extract_text() or ""
    try:
        laid_out = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # noqa: BLE001 - layout mode is an extra; the plain text stands without it
        return plain
    columns = in_columns(laid_out.split("\n"))
    return columns if columns is not None else plain


_COLUMN_GAP = re.compile(r"\S( {6,})(?=\S)")


def in_columns(lines: list[str]) -> str | None:
    """Lines laid out by position, with each block that stands in two columns read left column first; None when
    the page has no such block. A block is a run of lines each wholly in one half of the page, at least one
    holding text in both halves apart by a wide gap; a line across the middle (a centred title, body text) ends it."""
    width = max((len(line.rstrip()) for line in lines), default=0)
    middle = width / 2

    def halves(line: str) -> tuple[str, str] | None:
        text = line.rstrip()
        if not text.strip():
            return None
        for gap in sorted(_COLUMN_GAP.finditer(text), key=lambda m: -len(m.group(1))):
            if gap.end(1) >= middle * 0.8 and gap.start(1) <= middle * 1.2:
                return text[:gap.start(1) + 1].strip(), text[gap.end(1):].strip()
        start = len(text) - len(text.lstrip())
        if start >= middle * 0.9:
            return "", text.strip()
        if start > 0 and len(text) <= middle * 1.1:
            return text.strip(), ""
        return None

    out: list[str] = []
    found = False
    k = 0
    while k < len(lines):
        block: list[tuple[str, str]] = []
        j = k
        while j < len(lines):
            h = halves(lines[j])
            if h is None:
                if not lines[j].strip() and block and j + 1 < len(lines) and halves(lines[j + 1]):
                    j += 1  # a blank line inside a block (the space left for a signature)
                    continue
                break
            block.append(h)
            j += 1
        if any(left and right for left, right in block):
            found = True
            out.extend(left for left, _ in block if left)
            out.extend(right for _, right in block if right)
            k = j
        else:
            out.append(" ".join(lines[k].split()))
            k += 1
    return "\n".join(out) if found else None


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
