"""Reports, named queries with their forms, and the read-only Cypher console."""

from __future__ import annotations

import math
import threading
import time
from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, request
from werkzeug.exceptions import TooManyRequests

from graph import pages
from graph.queries import example_params, example_samples, named_queries, parse_params, run_cypher, run_named
from graph.readonly import check_read_only
from graph.words import vi
from loaders.errors import QueryError
from webui.render import csv_response, respond, wants_csv, wants_json
from webui.store import get_store

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
    empty = {"query": name, "params": params, "columns": q.columns, "rows": [], "notices": []}
    status = 200
    if not ready:
        result = empty
        asked = [p.rstrip("?") for p in q.params if not p.endswith("?") and p in request.args
                 and not request.args[p].strip()]
        if asked:  # the form was sent with a required field left empty
            result["notices"] = [f"Cần điền: {', '.join(str(vi(p)) for p in asked)}"]
    else:
        try:
            result = run_named(get_store(), name, params)
        except QueryError as e:
            if wants_json() or wants_csv():
                raise
            # a person keeps the form and what they typed, with the reason beside it
            result, status = {**empty, "notices": [e.message]}, 400
    if wants_csv():
        return csv_response(result["columns"], result["rows"], name)
    covered = [r["covered"] for r in result["rows"] if "covered" in r]
    share = {"covered": sum(covered), "total": len(covered)} if covered else None
    page = respond(template, result, named=q, title=title, share=share, with_param=_with_param)
    return (page, status) if status != 200 else page


def _with_param(name: str, value: str) -> str:
    """This page's query string with one parameter set (a candidate document chosen)."""
    return urlencode({**request.args.to_dict(), name: value})


@bp.route("/reports/uncovered")
@bp.route("/reports/uncovered.json")
@bp.route("/reports/uncovered.csv")
def uncovered():  # noqa: ANN201
    return _run_report("uncovered_mandates", "report.html", "Nhiệm vụ chưa được thực hiện")


@bp.route("/reports/coverage")
@bp.route("/reports/coverage.json")
@bp.route("/reports/coverage.csv")
def coverage():  # noqa: ANN201
    ready = bool(request.args.get("document") and request.args.get("level"))
    return _run_report("coverage", "report.html", "Độ bao phủ theo đơn vị hành chính", ready)


@bp.route("/reports/stale")
@bp.route("/reports/stale.json")
@bp.route("/reports/stale.csv")
def stale():  # noqa: ANN201
    return _run_report("stale_basis", "report.html", named_queries()["stale_basis"].title)


@bp.route("/reports/overdue")
@bp.route("/reports/overdue.json")
@bp.route("/reports/overdue.csv")
def overdue():  # noqa: ANN201
    return _run_report("overdue_mandates", "report.html", named_queries()["overdue_mandates"].title)


@bp.route("/reports/unresolved")
@bp.route("/reports/unresolved.json")
@bp.route("/reports/unresolved.csv")
def unresolved():  # noqa: ANN201
    q = named_queries()["unresolved_references"]
    result = run_named(get_store(), "unresolved_references", {})
    if wants_csv():
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
@bp.route("/queries/<name>.csv")
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
    # the named queries filled with samples from this graph: for the page only (two reads each, which a
    # script's JSON answer, refused or not, must not cost)
    samples = {} if wants_json() else example_samples(store)
    examples = [] if wants_json() else [
        {"name": q.name, "title": q.title, "text": q.text, "params": example_params(q, samples)}
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
        gate = _console_gate(current_app)
        wait = gate.enter()
        if wait:  # the console may not crowd out search and the pages
            raise TooManyRequests(description=f"Bảng điều khiển đang bận với các truy vấn khác; thử lại sau {wait} giây.",
                                  retry_after=wait)
        started = time.monotonic()
        try:
            result = run_cypher(store, text, params, timeout_ms=current_app.config["CYPHER_TIMEOUT_MS"],
                                limit=current_app.config["CYPHER_ROW_LIMIT"])
        except QueryError as e:
            if wants_json():
                raise
            error, said = e.message, e.detail
        finally:
            gate.leave(time.monotonic() - started)
    if wants_json():
        return respond("cypher.html", result or {"query": "", "params": {}, "columns": [], "rows": [], "notices": []})
    return respond("cypher.html", {**page, "result": result, "error": error, "said": said}, examples=examples)


class ConsoleGate:
    """The console's share of the database: `slots` queries at once, and over time at most `share` of one
    query thread. Each second of running costs a second of credit, earned back at `share` a second (held to
    `burst`): queries of a few milliseconds never wait, while long ones sent back to back, by whoever, are
    spaced out, leaving the database to search and the pages part of the time."""

    def __init__(self, slots: int, share: float, burst: float = 1.0) -> None:
        self._slots = threading.BoundedSemaphore(slots)
        self._share, self._burst = share, burst
        self._lock = threading.Lock()
        self._credit, self._at, self._running = burst, time.monotonic(), 0

    def _settle(self, spent: float = 0.0) -> None:
        now = time.monotonic()
        self._credit += (now - self._at) * self._share - spent
        self._at = now
        if not self._running:  # held to the burst only between queries: what a running one earns is its own
            self._credit = min(self._burst, self._credit)

    def enter(self) -> int:
        """0 once a slot is taken; else the whole seconds to wait before asking again (Retry-After)."""
        with self._lock:
            self._settle()
            if self._credit < 0:
                return math.ceil(-self._credit / self._share)
            if not self._slots.acquire(blocking=False):
                return 5  # as long as a query may take
            self._running += 1
            return 0

    def leave(self, ran: float) -> None:
        with self._lock:
            self._running -= 1
            self._settle(ran)
        self._slots.release()


def _console_gate(app) -> ConsoleGate:  # noqa: ANN001
    gate = app.extensions.get("vanban_console_gate")
    if gate is None:
        gate = app.extensions.setdefault("vanban_console_gate",
                                         ConsoleGate(app.config["CYPHER_CONCURRENCY"], app.config["CYPHER_SHARE"]))
    return gate
