"""The web UI legal staff work in: a Flask app factory, blueprints by area, one view per page serving
HTML and its JSON twin (`/documents/<key>` and `/documents/<key>.json`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

DEFAULTS = {
    "DB": "data",  # folder of the embedded store
    "NEO4J_URI": None,
    "NEO4J_USER": None,
    "NEO4J_PASSWORD": None,
    "MAX_CONTENT_LENGTH": 20 * 1024 * 1024,  # uploads
    "UPLOAD_WORKERS": 2,  # uploads read at once, off the request threads
    "CYPHER_TIMEOUT_MS": 5_000,
    "CYPHER_ROW_LIMIT": 1_000,
    "CYPHER_CONCURRENCY": 1,  # console queries at once; more are answered 429
    "CYPHER_SHARE": 0.5,  # of one database thread, over time: a long console query is followed by a rest
    "STORE": None,  # an already open GraphStore (tests)
}


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update({k: v for k, v in os.environ.items() if k.startswith("NEO4J_")})
    app.config.update(config or {})
    app.config["UPLOADS"] = Path(app.config.get("UPLOADS") or Path(app.config["DB"]) / "uploads")
    app.json.ensure_ascii = False  # Vietnamese stays readable in JSON

    from graph.words import vi
    from webui import documents, errors, feeds, reports, security, upload
    from webui.render import marked, vendor

    app.register_blueprint(documents.bp)
    app.register_blueprint(reports.bp)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(upload.bp)
    app.register_blueprint(vendor)
    app.add_template_filter(vi, "vi")
    app.add_template_filter(marked, "marked")
    errors.register(app)
    security.init(app)

    @app.after_request
    def security_headers(resp):  # noqa: ANN001, ANN202
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'")
        return resp

    return app
