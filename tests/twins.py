"""Twins of a text document in the layout Nghị định 30/2020/NĐ-CP prescribes, as .docx and as a PDF with a text layer.

The letterhead stands in a two-column table (issuer and number | motto, place and date), the body in paragraphs,
the signature block in a second table (Nơi nhận | signer). The split is made from the text's own lines by what
each line is (a motto, a number, a place and date), never by the reader under test, so that a reader that loses
the letterhead when it comes in columns shows it as a lower score than the same text read from .txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

_RULE = re.compile(r"^[\s\-_|*=—–.]*$")  # drawn rules and the cell marks of a flattened web table
_MOTTO = re.compile(r"^CỘNG$|CỘNG H(?:OÀ|ÒA)|CHỦ NGHĨA|Độc lập|Hạnh phúc|ĐẢNG CỘNG SẢN", re.I)
_MOTTO_START = re.compile(r"\s(?=CỘNG H(?:OÀ|ÒA) X|ĐẢNG CỘNG SẢN VIỆT NAM)")
_NUMBER = re.compile(r"^S[ốố]\b|^Số:")
_NUMBER_AND_DATE = re.compile(r"^(S[ốố][:\s]*\S*/\S+)\s+(\S.*\bngày\b.*)$")
_DATE = re.compile(r"\bngày\b.*\b(tháng|năm)\b|\bngày\s*\d{0,2}\s*$|\bnăm\s+\d{4}", re.I)
_RECIPIENTS = re.compile(r"^\s*Nơi nhận\b", re.I)
_SIGNER = re.compile(r"^(TM\.|T\.M\.|KT\.|Q\.|TL\.|TUQ\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|"
                     r"BÍ THƯ|TRƯỞNG BAN|\(?[Đđ]ã ký\)?)")


@dataclass
class StandardLayout:
    before: list[str] = field(default_factory=list)  # lines above the letterhead (a web page's title)
    issuer: list[str] = field(default_factory=list)
    number: list[str] = field(default_factory=list)
    motto: list[str] = field(default_factory=list)
    place_date: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)  # what follows the signature block (an annex)


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def layout(text: str) -> StandardLayout:
    """The parts of a document's text, as the standard layout places them."""
    lines = [ln.rstrip().removesuffix("|").rstrip() for ln in text.split("\n")]
    out = StandardLayout()
    end = _letterhead_end(lines)
    start = next((i for i, ln in enumerate(lines[:end])
                  if _is_caps(ln) or _MOTTO.search(ln) or _NUMBER.match(ln.strip())), end)
    out.before = lines[:start]
    in_date = False
    for line in lines[start:end]:
        line = line.strip()
        if _RULE.match(line):
            continue
        parts = [p.strip() for p in line.split("|") if p.strip()]
        if len(parts) > 1:
            pass
        elif (m := _MOTTO_START.search(line)) and m.start() > 0:  # two columns flattened onto one line
            parts = [line[:m.start()], line[m.end():]]
        elif m := _NUMBER_AND_DATE.match(line):
            parts = [m.group(1), m.group(2)]
        for part in parts:
            if in_date or _DATE.search(part) and not _NUMBER.match(part):
                out.place_date.append(part)
                in_date = not re.search(r"\d{4}", part)
            elif _MOTTO.search(part):
                out.motto.append(part)
            elif _NUMBER.match(part) or out.number and not re.search(r"\d", " ".join(out.number)) or out.number and (
                    re.match(r"V/v|\(?[Vv]ề\b", part) or re.match(r"V/v", out.number[-1])) and not _DATE.search(part):
                out.number.append(part)  # the number, and an official letter's summary under it (V/v ...)
            elif out.number:
                out.place_date.append(part)  # the place, broken off its date
                in_date = not re.search(r"\d{4}", part)
            else:
                out.issuer.append(part)
    rest = lines[end:]
    at = next((i for i, ln in enumerate(rest) if _RECIPIENTS.match(ln)), len(rest))
    out.body = rest[:at]
    tail = rest[at:]
    if tail:
        head, _, beside = tail[0].partition("|")
        out.recipients.append(head.strip())
        out.signer.extend(p.strip() for p in beside.split("|") if p.strip())
        k = 1
        while k < len(tail) and re.match(r"^\s*[-+•]", tail[k]):
            out.recipients.append(tail[k].strip())
            k += 1
        while k < len(tail) and (_SIGNER.match(tail[k].strip()) or _RULE.match(tail[k])):
            if not _RULE.match(tail[k]):
                out.signer.append(tail[k].strip())
            k += 1
        out.after = tail[k:]
    return out


def _letterhead_end(lines: list[str]) -> int:
    """The line after the place and date (or after the number when there is no date), among the first lines."""
    number_at = None
    for i, line in enumerate(lines[:25]):
        s = line.strip()
        if _NUMBER.match(s) and number_at is None:
            number_at = i
        if _DATE.search(s) and (number_at is not None or i < 12) and not _NUMBER.match(s) \
                or _NUMBER_AND_DATE.match(s):
            j = i
            while not re.search(r"\d{4}", lines[j]) and j + 1 < len(lines) and j < i + 2:
                j += 1
            return j + 1
    return number_at + 1 if number_at is not None else 0


def docx_twin(text: str, out: Path) -> Path:
    import docx

    parts = layout(text)
    d = docx.Document()
    for line in parts.before:
        d.add_paragraph(line)
    if parts.issuer or parts.motto or parts.number or parts.place_date:
        table = d.add_table(rows=2, cols=2)
        for cell, lines in ((table.cell(0, 0), parts.issuer), (table.cell(0, 1), parts.motto),
                            (table.cell(1, 0), parts.number), (table.cell(1, 1), parts.place_date)):
            _fill(cell, lines)
    for line in parts.body:
        d.add_paragraph(line)
    if parts.recipients:
        table = d.add_table(rows=1, cols=2)
        _fill(table.cell(0, 0), parts.recipients)
        _fill(table.cell(0, 1), parts.signer)
    for line in parts.after:
        d.add_paragraph(line)
    d.save(out)
    return out


def _fill(cell, lines: list[str]) -> None:  # noqa: ANN001
    cell.paragraphs[0].text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def pdf_twin(text: str, out: Path) -> Path:
    """A PDF with a text layer, its letterhead and signature block in two columns side by side."""
    from fpdf import FPDF

    parts = layout(text)
    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", fname=FONT)
    pdf.set_font("dejavu", size=11)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    width = pdf.epw
    for line in parts.before:
        pdf.multi_cell(width, 6, line, new_x="LMARGIN", new_y="NEXT")
    _columns(pdf, parts.issuer + parts.number, parts.motto + parts.place_date)
    for line in parts.body:
        pdf.multi_cell(width, 6, line, new_x="LMARGIN", new_y="NEXT")
    if parts.recipients:
        _columns(pdf, parts.recipients, parts.signer)
    for line in parts.after:
        pdf.multi_cell(width, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return out


def _columns(pdf, left: list[str], right: list[str]) -> None:  # noqa: ANN001
    """Two columns written line by line across the page, as a word processor prints a two-column table: the
    text layer holds the left and right lines of one height next to each other."""
    if not left and not right:
        return
    half = pdf.epw / 2
    pdf.set_font_size(10)
    for k in range(max(len(left), len(right))):
        y = pdf.get_y()
        for column, lines in ((0, left), (1, right)):
            if k < len(lines):
                pdf.set_xy(pdf.l_margin + column * half, y)
                pdf.cell(half, 6, lines[k], align="C")
        pdf.set_xy(pdf.l_margin, y + 6)
    pdf.set_font_size(11)
    pdf.ln(4)
