"""Search, document, body and graph pages."""

from __future__ import annotations

from flask import Blueprint, abort, request

from graph import pages
from webui.render import respond, wants_json
from webui.store import get_store

bp = Blueprint("documents", __name__)

EDGE_TYPES = ["IMPLEMENTS", "BASIS", "CITES", "PROMULGATES", "ASSIGNS", "ISSUED_BY"]
# each kind of edge's colour, read by the graph view (static/graph.js) from the legend that shows it
EDGE_COLORS = {"IMPLEMENTS": "#2a8a2a", "BASIS": "#0b4f9c", "CITES": "#888888", "PROMULGATES": "#8b1a1a",
               "ASSIGNS": "#c07a00", "ISSUED_BY": "#6a4c93"}


@bp.route("/")
def index():  # noqa: ANN201
    return respond("index.html", pages.overview(get_store()))


def _year(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@bp.route("/search")
@bp.route("/search.json")
def search():  # noqa: ANN201
    a = request.args
    q = a.get("q", "").strip()
    filters = {"type_": a.get("type") or None, "province": a.get("province") or None,
               "year": _year(a.get("year")), "issuer": a.get("issuer") or None}
    rows = pages.search(get_store(), q, **filters, as_of=a.get("as_of")) if (q or any(filters.values())) else []
    for r in rows:
        r["url"] = pages.document_url(r["key"])
    if wants_json():  # the filters' choices are for the form: two scans of the graph a script does not need
        return respond("search.html", {"query": q, "results": rows})
    return respond("search.html", {"query": q, "results": rows}, filters=a, facets=pages.overview(get_store()))


@bp.route("/documents/<key>")
@bp.route("/documents/<key>.json")
def document(key: str):  # noqa: ANN201
    page = pages.document(get_store(), key, request.args.get("as_of"))
    if page is None:
        abort(404, description=f"Không có văn bản với khóa '{key}'")
    rec = page["record"]
    # a scan is shown restored, with a switch to the text as scanned
    scanned = request.args.get("text") == "source" or page["restored"] is None
    pieces = pages.highlighted(page["text"], rec.get("span"), rec["references"],
                               None if scanned else page["restored"])
    return respond("document.html", rec, pieces=pieces, restorable=page["restored"] is not None, scanned=scanned)


@bp.route("/bodies/<key>")
@bp.route("/bodies/<key>.json")
def body(key: str):  # noqa: ANN201
    page = pages.body(get_store(), key)
    if page is None:
        abort(404, description=f"Không có cơ quan với khóa '{key}'")
    return respond("body.html", page)


@bp.route("/graph")
@bp.route("/graph.json")
def graph():  # noqa: ANN201
    a = request.args
    focus = a.get("focus", "")
    types = {t for t in a.getlist("type") if t in EDGE_TYPES} or None
    data = pages.neighbourhood(get_store(), focus, hops=_year(a.get("hops")) or 1,
                               limit=_year(a.get("limit")) or pages.MAX_NODES, types=types) if focus else \
        {"focus": "", "nodes": [], "edges": [], "truncated": False}
    hops, limit = _year(a.get("hops")) or 1, _year(a.get("limit")) or pages.MAX_NODES
    return respond("graph.html", data, edge_types=EDGE_TYPES, edge_colors=EDGE_COLORS,
                   settings={"hops": min(hops, pages.MAX_HOPS), "limit": min(limit, pages.MAX_NODES),
                             "max_nodes": pages.MAX_NODES, "types": [t for t in EDGE_TYPES if t in (types or EDGE_TYPES)]})
