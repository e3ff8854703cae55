"""One error handler that answers in the format asked for."""

from __future__ import annotations

from flask import Flask, jsonify, render_template
from werkzeug.exceptions import HTTPException

from loaders.errors import LoadError, QueryError, QueryTimeout, StoreBusy, StoreError
from webui.render import wants_json

MESSAGES = {400: "Yêu cầu không hợp lệ", 403: "Bị từ chối", 404: "Không tìm thấy", 405: "Phương thức không được phép",
            413: "Tệp quá lớn", 415: "Loại tệp không được hỗ trợ", 422: "Không đọc được tệp",
            429: "Đang bận",
            500: "Lỗi máy chủ", 503: "Cơ sở dữ liệu không sẵn sàng", 504: "Truy vấn quá thời gian"}


# What a person reads for an HTTP error that no code of ours described (werkzeug's defaults are English).
DETAILS = {400: "Yêu cầu không đúng dạng.", 403: "Không được phép xem trang này.",
           404: "Không có trang này. Hãy kiểm tra lại địa chỉ.", 405: "Trang này không nhận cách gửi yêu cầu đó.",
           413: "Dữ liệu gửi lên vượt quá giới hạn cho phép.", 415: "Loại dữ liệu này không được hỗ trợ.",
           429: "Máy chủ đang bận; hãy thử lại sau ít giây.", 500: "Máy chủ gặp lỗi khi trả lời yêu cầu này.",
           503: "Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau ít giây."}


def _answer(status: int, detail: str, said: str | None = None):  # noqa: ANN202
    title = MESSAGES.get(status, "Lỗi")
    if wants_json():
        return jsonify({"error": title, "detail": f"{detail}: {said}" if said else detail, "status": status}), status
    return render_template("error.html", status=status, title=title, detail=detail, said=said), status


def register(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):  # noqa: ANN202
        own = e.description and e.description != type(e).description  # ours, not werkzeug's default
        body, status = _answer(e.code or 500, e.description if own else DETAILS.get(e.code or 500, ""))
        retry = dict(e.get_headers()).get("Retry-After")
        return body, status, ({"Retry-After": retry} if retry else {})

    @app.errorhandler(QueryError)
    def query_error(e: QueryError):  # noqa: ANN202
        return _answer(504 if isinstance(e, QueryTimeout) else 400, e.message, e.detail)

    @app.errorhandler(LoadError)
    def load_error(e: LoadError):  # noqa: ANN202
        return _answer(422, e.problem)

    @app.errorhandler(StoreError)
    def store_error(e: StoreError):  # noqa: ANN202
        body, status = _answer(503, str(e))
        return body, status, ({"Retry-After": "5"} if isinstance(e, StoreBusy) else {})
