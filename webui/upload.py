"""Upload a document: saved under the data folder with a safe name, ingested like `vanban ingest`."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

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


SOURCES_OF = "UNWIND $sources AS s MATCH (d:Document {source: s}) RETURN d.key AS key ORDER BY key"


@bp.route("/upload", methods=["GET", "POST"])
@bp.route("/upload.json", methods=["POST"])
def upload():  # noqa: ANN201
    """A file's content decides what it is: the same bytes again are already in the graph (under whatever name);
    a new version of a file uploaded before under the same name replaces what the old one said, and the old
    file is kept under `history/`."""
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
    path = (folder / name).resolve()
    if folder.resolve() not in path.parents:
        abort(400, description="Tên tệp không hợp lệ.")
    same = _same_content(folder, data)
    if same is not None:
        keys = [r["key"] for r in get_store().read(SOURCES_OF, {"sources": [str(same)]})]
        if keys:
            return _answer(f.filename, same, keys, already=True)
    old = None
    if path.exists():  # a new version under the same name: the old one is kept, its statements replaced
        history = folder / "history"
        history.mkdir(exist_ok=True)
        old = history / f"{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}-{name}"
        path.replace(old)
    path.write_bytes(data)
    summary = ingest(get_store(), [str(path)], progress=False)
    if summary.failures:
        path.unlink(missing_ok=True)
        if old is not None:
            old.replace(path)  # the version the graph still holds
        raise LoadError(f.filename, summary.failures[0][1])
    return _answer(f.filename, path, summary.keys, already=False, replaced=old is not None)


def _answer(filename: str, path: Path, keys: list[str], already: bool, replaced: bool = False):  # noqa: ANN202
    result = {"file": filename, "saved_as": path.name, "documents": keys, "urls": [document_url(k) for k in keys],
              "already_in_graph": already, "replaced_earlier_version": replaced}
    if wants_json():
        return result, 200 if already else 201
    return redirect(result["urls"][0] if keys else url_for("documents.index"), code=303)


def _same_content(folder: Path, data: bytes) -> Path | None:
    """An upload already stored with exactly these bytes (a size check first, then the content)."""
    digest = hashlib.sha256(data).digest()
    for p in folder.iterdir():
        if p.is_file() and p.stat().st_size == len(data) and hashlib.sha256(p.read_bytes()).digest() == digest:
            return p.resolve()
    return None
