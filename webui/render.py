"""One view, two formats: a page and its `.json` twin; and the vendored front-end libraries."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from flask import Blueprint, Response, abort, jsonify, render_template, request, send_from_directory
from markupsafe import Markup, escape

from graph.words import cell as _cell
from graph.words import vi


def marked(task: str, guessed: list) -> Markup:
    """A task with the words the restorer guessed marked, their scanned form in the title."""
    out, pos = [], 0
    spots = sorted((m.start(), m.end(), scanned) for word, scanned in guessed or []
                   for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", task))
    for start, end, scanned in spots:
        if start < pos:
            continue
        out.append(escape(task[pos:start]))
        out.append(Markup('<span class="guessed" title="bản quét: {}">{}</span>').format(scanned, task[start:end]))
        pos = end
    out.append(escape(task[pos:]))
    return Markup("").join(out)


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
