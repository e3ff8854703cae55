"""Upload a document: saved under the data folder with a safe name, ingested like `vanban ingest`."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from flask import Blueprint, abort, current_app, redirect, request, url_for

from graph.ingest import ingest
from graph.pages import document_url
from loaders import SUPPORTED, LoadError
from loaders.text import fold
from webui import get_store
from webui.render import respond, wants_json

bp = Blueprint("upload", __name__)


def safe_name(name: str) -> str:
    """A file name that cannot leave the uploads folder: folded, no separators, no leading dots."""
    name = unicodedata.normalize("NFC", name).replace("\\\\", "/").split("/")[-1]
    stem, dot, ext = name.rpartition(".")
    stem = re.sub(r"[^a-z0-9]+", "-", fold(stem or ext)).strip("-")[:80] or "tep"
    return f"{stem}.{ext.lower()}" if dot else stem


@bp.route("/upload", methods=["GET", "POST"])
@bp.route("/upload.json", methods=["POST"])
def upload():  # noqa: ANN201
    if request.method == "GET":
        return respond("upload.html", {"formats": list(SUPPORTED)})
    f = request.files.get("file")
    if f is None or not f.filename:
        abort(400, description="Chưa chọn tệp (trường 'file').")
    name = safe_name(f.filename)
    ext = "." + name.rpartition(".")[2] if "." in name else ""
    if ext not in SUPPORTED:
        abort(415, description=f"Loại tệp '{ext or '?'}' không được hỗ trợ; dùng {', '.join(SUPPORTED)}.")
    data = f.read()
    folder = current_app.config["UPLOADS"]
    folder.mkdir(parents=True, exist_ok=True)
    path = (folder / f"{hashlib.sha256(data).hexdigest()[:12]}-{name}").resolve()
    if folder.resolve() not in path.parents:
        abort(400, description="Tên tệp không hợp lệ.")
    path.write_bytes(data)
    summary = ingest(get_store(), [str(path)], progress=False)
    if summary.failures:
        path.unlink(missing_ok=True)
        raise LoadError(f.filename, summary.failures[0][1])
    keys = summary.keys
    result = {"file": f.filename, "saved_as": path.name, "documents": keys,
              "urls": [document_url(k) for k in keys]}
    if wants_json():
        return result, 201
    return redirect(result["urls"][0] if keys else url_for("documents.index"), code=303)
