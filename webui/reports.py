"""Reports, named queries with their forms, and the read-only Cypher console."""

from __future__ import annotations

import threading

from flask import Blueprint, abort, current_app, request
from werkzeug.exceptions import TooManyRequests

from graph import pages
from graph.queries import example_params, named_queries, parse_params, run_cypher, run_named
from graph.readonly import check_read_only
from loaders.errors import QueryError
from webui import get_store
from webui.render import csv_response, respond, wants_json

bp = Blueprint("reports", __name__)


def _params(q) -> dict:  # noqa: ANN001
    out = {}
    for p in q.params:
        name = p.rstrip("?")
        v = request.values.get(name, "").strip()
        if v:
            out[name] = v
    for extra in ("issuer", "year"):
        v = request.values.get(extra, "").strip()
        if v:
            out[extra] = int(v) if extra == "year" and v.isdigit() else v
    return out


def _run_report(name: str, template: str, title: str, ready: bool = True):  # noqa: ANN202
    q = named_queries()[name]
    params = _params(q)
    result = run_named(get_store(), name, params) if ready else \
        {"query": name, "params": params, "columns": [], "rows": [], "notices": []}
    if request.args.get("download") == "csv":
        return csv_response(result["columns"], result["rows"], name)
    covered = [r["covered"] for r in result["rows"] if "covered" in r]
    share = {"covered": sum(covered), "total": len(covered)} if covered else None
    return respond(template, result, named=q, title=title, share=share)


@bp.route("/reports/uncovered")
@bp.route("/reports/uncovered.json")
def uncovered():  # noqa: ANN201
    return _run_report("uncovered_mandates", "report.html", "Nhiệm vụ chưa được thực hiện")


@bp.route("/reports/coverage")
@bp.route("/reports/coverage.json")
def coverage():  # noqa: ANN201
    ready = bool(request.args.get("document") and request.args.get("level"))
    return _run_report("coverage", "report.html", "Độ bao phủ theo đơn vị hành chính", ready)


@bp.route("/reports/stale")
@bp.route("/reports/stale.json")
def stale():  # noqa: ANN201
    return _run_report("stale_basis", "report.html", named_queries()["stale_basis"].title)


@bp.route("/reports/overdue")
@bp.route("/reports/overdue.json")
def overdue():  # noqa: ANN201
    return _run_report("overdue_mandates", "report.html", named_queries()["overdue_mandates"].title)


@bp.route("/reports/unresolved")
@bp.route("/reports/unresolved.json")
def unresolved():  # noqa: ANN201
    q = named_queries()["unresolved_references"]
    result = run_named(get_store(), "unresolved_references", {})
    if request.args.get("download") == "csv":
        return csv_response(result["columns"], result["rows"], "unresolved_references")
    result["flagged"] = pages.flagged(get_store())
    return respond("report.html", result, named=q, title="Trích dẫn chưa giải quyết và cảnh báo dữ liệu")


@bp.route("/queries")
@bp.route("/queries.json")
def queries():  # noqa: ANN201
    items = [{"name": q.name, "title": q.title, "description": q.description, "params": list(q.params),
              "url": f"/queries/{q.name}"} for q in named_queries().values()]
    return respond("queries.html", {"queries": items})


@bp.route("/queries/<name>")
@bp.route("/queries/<name>.json")
def query(name: str):  # noqa: ANN201
    q = named_queries().get(name)
    if q is None:
        abort(404, description=f"Không có truy vấn '{name}'")
    required = [p for p in q.params if not p.endswith("?")]
    ready = all(request.args.get(p) for p in required)
    if not ready and wants_json() and required:
        raise QueryError(f"truy vấn '{name}' cần: {', '.join(required)}")
    return _run_report(name, "report.html", q.title, ready)


@bp.route("/cypher", methods=["GET", "POST"])
@bp.route("/cypher.json", methods=["GET", "POST"])
def cypher():  # noqa: ANN201
    # a query runs on POST only: a link or an image on another page cannot make the database work
    if request.method == "GET" and wants_json():
        abort(405, description="Gửi truy vấn bằng POST (trường 'query').")
    form = request.form if request.method == "POST" else request.args
    text, param_lines = form.get("query", "").strip(), form.get("params", "")
    store = get_store()
    examples = [{"name": q.name, "title": q.title, "text": q.text, "params": example_params(store, q)}
                for q in named_queries().values()]
    page = {"query": text, "params": param_lines, "result": None, "error": None}
    result, error, said = None, None, None
    if text and request.method == "POST":
        try:
            check_read_only(text)  # refused at once, without waiting for a slot
            params = parse_params(param_lines)
        except QueryError as e:
            if wants_json():
                raise
            return respond("cypher.html", {**page, "error": e.message, "said": e.detail}, examples=examples)
        slot = _console_slots(current_app)
        if not slot.acquire(blocking=False):  # the console may not crowd out search and the pages
            raise TooManyRequests(description="Bảng điều khiển đang bận với các truy vấn khác; thử lại sau ít giây.",
                                  retry_after=5)
        try:
            result = run_cypher(store, text, params, timeout_ms=current_app.config["CYPHER_TIMEOUT_MS"],
                                limit=current_app.config["CYPHER_ROW_LIMIT"])
        except QueryError as e:
            if wants_json():
                raise
            error, said = e.message, e.detail
        finally:
            slot.release()
    if wants_json():
        return respond("cypher.html", result or {"query": "", "params": {}, "columns": [], "rows": [], "notices": []})
    return respond("cypher.html", {**page, "result": result, "error": error, "said": said}, examples=examples)


def _console_slots(app) -> threading.BoundedSemaphore:  # noqa: ANN001
    """Console queries run a few at a time (CYPHER_CONCURRENCY); the others are answered 429."""
    slots = app.extensions.get("vanban_console_slots")
    if slots is None:
        slots = app.extensions.setdefault("vanban_console_slots",
                                          threading.BoundedSemaphore(app.config["CYPHER_CONCURRENCY"]))
    return slots
