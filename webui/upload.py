"""Upload a document: checked, queued under the data folder with a safe name, and read by a worker
(`webui/jobs.py`) like `vanban ingest`; its status page follows it until its document opens."""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata

from flask import Blueprint, abort, current_app, redirect, request, url_for

from graph.pages import document_url
from language.text import fold
from loaders import SUPPORTED, LoadError
from webui.jobs import UploadQueue
from webui.render import respond, wants_json
from webui.store import get_store

bp = Blueprint("upload", __name__)


def safe_name(name: str) -> str:
    """A file name that cannot leave the uploads folder: folded, no separators, no leading dots."""
    name = unicodedata.normalize("NFC", name).replace("\\\\", "/").split("/")[-1]
    stem, dot, ext = name.rpartition(".")
    stem = re.sub(r"[^a-z0-9]+", "-", fold(stem or ext)).strip("-")[:80] or "tep"
    return f"{stem}.{ext.lower()}" if dot else stem


def upload_queue():  # noqa: ANN201
    """The app's queue of uploads and its workers, started on first use (and then resuming what was queued)."""
    app = current_app
    queue = app.extensions.get("vanban_uploads")
    if queue is None:
        with _START:
            queue = app.extensions.get("vanban_uploads")
            if queue is None:
                queue = UploadQueue(app.config["UPLOADS"], get_store(), app.config["UPLOAD_WORKERS"])
                app.extensions["vanban_uploads"] = queue
    return queue


_START = threading.Lock()


@bp.route("/upload", methods=["GET", "POST"])
@bp.route("/upload.json", methods=["POST"])
def upload():  # noqa: ANN201
    """A file's content decides what it is: the same bytes again are already in the graph (under whatever name).
    Anything else is queued and read by a worker: the answer is at once, with the job's status URL."""
    if request.method == "GET":
        return respond("upload.html", {"formats": list(SUPPORTED)})
    f = request.files.get("file")
    if f is None or not f.filename:
        abort(400, description="Chưa chọn tệp.")
    name = safe_name(f.filename)
    ext = "." + name.rpartition(".")[2] if "." in name else ""
    if ext not in SUPPORTED:
        abort(415, description=f"Loại tệp '{ext or '?'}' không được hỗ trợ; dùng {', '.join(SUPPORTED)}.")
    data = f.read()
    if not data:
        raise LoadError(f.filename, "tệp rỗng")
    queue = upload_queue()
    if (queue.folder / name).resolve().parent != queue.folder.resolve():
        abort(400, description="Tên tệp không hợp lệ.")
    digest = hashlib.sha256(data).digest()  # the content decides, read once
    same = queue.already_in_graph(data, digest)
    if same is not None:
        path, keys = same
        result = {"file": f.filename, "saved_as": path.name, "state": "done", "documents": keys,
                  "urls": [document_url(k) for k in keys], "already_in_graph": True}
        if wants_json():
            return result, 200
        return redirect(result["urls"][0], code=303)
    job = queue.submit(f.filename, name, data, digest)
    status = url_for("upload.status", job_id=job.id)
    if wants_json():
        return {**job.to_dict(), "status_url": status + ".json"}, 202, {"Location": status + ".json"}
    return redirect(status, code=303)


@bp.route("/uploads/<job_id>.json")
@bp.route("/uploads/<job_id>")
def status(job_id: str):  # noqa: ANN201
    job = upload_queue().jobs.get(job_id)
    if job is None:
        abort(404, description="Không có lượt tải lên này (máy chủ đã khởi động lại sau khi xong?).")
    if wants_json():
        return job.to_dict()
    if job.state == "done":
        urls = job.to_dict()["urls"]
        return redirect(urls[0] if urls else url_for("documents.index"), code=303)
    return respond("upload_status.html", job.to_dict())
