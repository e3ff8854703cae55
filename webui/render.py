"""One view, two formats: a page and its `.json` twin; and the vendored front-end libraries."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from flask import Blueprint, Response, abort, jsonify, render_template, request, send_from_directory

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
    "number": "số hiệu", "documents": "văn bản thực hiện",
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


def wants_json() -> bool:
    return request.path.endswith(".json") or request.args.get("format") == "json"


def wants_csv() -> bool:
    """A `.csv` twin of a report (the older `?download=csv` still answers)."""
    return request.path.endswith(".csv") or request.args.get("download") == "csv"


def respond(template: str, data: dict, **page) -> Response | str:  # noqa: ANN003
    """`data` as JSON for the twin, else the template with `data` and the page-only extras."""
    if wants_json():
        return jsonify(data)
    return render_template(template, **data, **page)


def csv_response(columns: list[str], rows: list[dict], name: str) -> Response:
    """A report as an officer's spreadsheet reads it: Vietnamese column names and values, dates as dd/mm/yyyy, a
    document as its type, number and issuer, UTF-8 with the mark that tells Excel so."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([vi(c) for c in columns])
    for r in rows:
        w.writerow([_inert(_cell(r.get(c))) for c in columns])
    return Response("\ufeff" + buf.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename={name}.csv"})


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _cell(v):  # noqa: ANN001, ANN202
    if isinstance(v, dict):
        if v.get("number") or v.get("type"):  # a document
            said = " ".join(str(x) for x in (v.get("type"), v.get("number") or "không số") if x)
            return said + (f" của {v['issuer']}" if v.get("issuer") else "") + \
                (f", ngày {_cell(v['date'])}" if v.get("date") else "") + (f": {v['title']}" if v.get("title") else "")
        return v.get("name") or v.get("key")
    if isinstance(v, list):
        return "; ".join(str(_cell(x)) for x in v)
    if isinstance(v, bool):
        return "có" if v else "không"
    if isinstance(v, str):
        m = _ISO_DATE.fullmatch(v)
        return f"{m[3]}/{m[2]}/{m[1]}" if m else vi(v)
    return v


def _inert(v):  # noqa: ANN001, ANN202
    """A cell a spreadsheet will not run: text opening with = + - @ tab or CR gets a leading quote (OWASP)."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


# Front-end libraries installed from the npm registry by `make setup`, served from the app itself.
VENDOR_DIR = Path(__file__).resolve().parent / "node_modules"
VENDOR = {"cytoscape.min.js": "cytoscape/dist/cytoscape.min.js"}
vendor = Blueprint("vendor", __name__)


@vendor.route("/vendor/<name>")
def vendor_file(name: str):  # noqa: ANN201
    if name not in VENDOR:
        abort(404)
    path = VENDOR_DIR / VENDOR[name]
    if not path.exists():
        abort(404, description=f"{name} is not installed (make setup installs the web UI's npm packages)")
    return send_from_directory(path.parent, path.name, max_age=86400)
