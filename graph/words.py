"""The words a person reads for the graph's column names, codes and values, in the pages, the CSV and the CLI alike:
the JSON keeps the codes, everything a person reads says them in Vietnamese."""

from __future__ import annotations

import re

from graph.status import EFFECT_LABELS

# What a person reads for the names and codes of the queries' columns, parameters and values (JSON keeps
# the codes). A word not here is shown as it is.
WORDS = {
    # columns and parameters
    "document": "văn bản", "target": "văn bản đích", "source": "văn bản nguồn", "basis": "căn cứ",
    "relation": "quan hệ", "quote": "trích dẫn", "chain": "chuỗi", "hops": "số bước", "body": "cơ quan",
    "group": "nhóm", "tasks": "nhiệm vụ", "unit": "đơn vị", "kind": "loại", "covered": "đã có văn bản",
    "status": "tình trạng", "flags": "cảnh báo", "level": "cấp", "province": "tỉnh", "limit": "số dòng",
    "issuer": "cơ quan ban hành", "year": "năm", "as_of": "tính đến ngày", "in_force_from": "có hiệu lực từ",
    "until": "đến", "amended_by": "được sửa đổi bởi", "basis_status": "tình trạng căn cứ",
    "replaced_by": "văn bản thay thế", "deadline": "thời hạn", "recurrence": "định kỳ", "report_to": "báo cáo về",
    "date": "ngày", "direction": "chiều", "event": "sự kiện", "partial": "một phần", "other": "văn bản liên quan",
    "number": "số hiệu", "documents": "văn bản thực hiện", "guessed": "từ khôi phục phải đoán (bản quét)",
    # values
    "CITES": "trích dẫn", "IMPLEMENTS": "thực hiện", "PROMULGATES": "ban hành kèm theo", "BASIS": "căn cứ",
    "ASSIGNS": "giao nhiệm vụ", "ISSUED_BY": "ban hành bởi", "cites": "trích dẫn",
    "implements": "thực hiện", "promulgated_by": "ban hành kèm theo", "cited": "chỉ biết qua trích dẫn",
    "loaded": "có toàn văn", "replaced": "bị thay thế", "repealed": "bị bãi bỏ", "period_ended": "hết thời hạn",
    "in": "đến văn bản này", "out": "từ văn bản này", "self": "văn bản này", "signed": "ký ban hành",
    "in_force": "có hiệu lực", "period_starts": "bắt đầu thời hạn", "period_ends": "hết thời hạn",
    **EFFECT_LABELS, "6 months": "6 tháng", "quarterly": "hằng quý",
    "monthly": "hằng tháng", "yearly": "hằng năm", "year_mismatch": "năm không khớp số hiệu",
    "date_repaired": "ngày đã sửa", "date_unreadable": "không đọc được ngày", "issuer_inferred": "cơ quan suy ra",
    "issuer_ambiguous": "chưa rõ cơ quan", "no_effective_date": "không nêu ngày hiệu lực",
    "district": "huyện", "commune": "xã",
}


def vi(word: object) -> object:
    """The Vietnamese a person reads for a column, parameter or code; anything else unchanged."""
    return WORDS.get(word, word) if isinstance(word, str) else word


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def cell(v: object) -> object:
    """A value as an officer reads it in a table: a document as its type, number, issuer and date, dates as
    dd/mm/yyyy, yes/no and codes in Vietnamese, a list on one line."""
    if isinstance(v, dict):
        if v.get("number") or v.get("type"):  # a document
            said = " ".join(str(x) for x in (v.get("type"), v.get("number") or "không số") if x)
            return said + (f" của {v['issuer']}" if v.get("issuer") else "") + \
                (f", ngày {cell(v['date'])}" if v.get("date") else "") + (f": {v['title']}" if v.get("title") else "")
        return v.get("name") or v.get("key")
    if isinstance(v, list):
        return "; ".join(str(cell(x)) for x in v)
    if isinstance(v, bool):
        return "có" if v else "không"
    if isinstance(v, str):
        m = _ISO_DATE.fullmatch(v)
        return f"{m[3]}/{m[2]}/{m[1]}" if m else vi(v)
    return v
