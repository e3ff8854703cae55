"""Atom feeds (RFC 4287) of a document and of a body, for a feed reader to follow."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from flask import Blueprint, Response, abort, request

from graph import feeds
from webui.store import get_store

bp = Blueprint("feeds", __name__)
ATOM = "http://www.w3.org/2005/Atom"
_EPOCH = "1970-01-01T00:00:00+00:00"


def _when(entry: dict) -> str:
    # documents loaded before the graph kept load times fall back to their own date
    if entry.get("updated"):
        return entry["updated"]
    return f"{entry['date']}T00:00:00+00:00" if entry.get("date") else _EPOCH


def atom(feed: dict, self_url: str, page_url: str) -> bytes:
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "vi"})

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    base = request.host_url.rstrip("/")
    sub(root, "id", base + self_url)
    sub(root, "title", feed["title"])
    sub(root, "updated", max((_when(e) for e in feed["entries"]), default=_EPOCH))
    sub(root, "link", rel="self", href=base + self_url)
    sub(root, "link", rel="alternate", href=base + page_url)
    sub(sub(root, "author"), "name", "Vanban Graph")
    for e in feed["entries"]:
        entry = sub(root, "entry")
        sub(entry, "id", f"tag:vanban-graph,2026:{e['id']}")  # permanent, whichever host serves it
        sub(entry, "title", e["title"])
        sub(entry, "updated", _when(e))
        sub(entry, "link", rel="alternate", href=f"{base}/documents/{e['key']}")
        sub(entry, "category", term=e["relation"])
        if e["summary"]:
            sub(entry, "summary", e["summary"])
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _respond(feed: dict | None, self_url: str, page_url: str, what: str) -> Response:
    if feed is None:
        abort(404, description=f"Không có {what} với khóa này")
    return Response(atom(feed, self_url, page_url), mimetype="application/atom+xml; charset=utf-8")


@bp.route("/feeds/documents/<key>.atom")
def document(key: str):  # noqa: ANN201
    return _respond(feeds.document_feed(get_store(), key), f"/feeds/documents/{key}.atom", f"/documents/{key}",
                    "văn bản")


@bp.route("/feeds/bodies/<key>.atom")
def body(key: str):  # noqa: ANN201
    return _respond(feeds.body_feed(get_store(), key), f"/feeds/bodies/{key}.atom", f"/bodies/{key}", "cơ quan")
