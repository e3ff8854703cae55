"""Cross-site request forgery: a page the user visits elsewhere must not post into the graph or the console.

A browser sends Origin (or Referer) with its posts: one naming another site is refused; one from this site
must carry the token its form was served with. A script with neither Origin nor cookies (`curl -F
file=@plan.txt .../upload.json`) is the documented API and goes through: a browser cannot post that way.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, request

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
FIELD = "csrf_token"


def init(app: Flask) -> None:
    app.config.setdefault("CSRF_TOKEN", secrets.token_urlsafe(32))  # one per server process

    @app.context_processor
    def token() -> dict:
        return {"csrf_token": app.config["CSRF_TOKEN"]}

    @app.before_request
    def check() -> None:
        if request.method in SAFE_METHODS:
            return
        source = request.headers.get("Origin") or request.headers.get("Referer")
        if source and source != "null" and urlsplit(source).netloc != request.host:
            abort(403, description="Yêu cầu gửi từ một trang khác bị từ chối.")
        if source or request.cookies:
            sent = request.form.get(FIELD) or request.headers.get("X-CSRF-Token") or ""
            if not hmac.compare_digest(sent, current_app.config["CSRF_TOKEN"]):
                abort(403, description="Biểu mẫu đã hết hạn hoặc không phải của trang này; hãy tải lại trang.")
