"""Exceptions that carry their HTTP status, and the RFC 9457 problem documents they become.

Every error the app produces is `application/problem+json` with a stable machine `code`;
`detail` follows Accept-Language. A stack trace never reaches a client. No FastAPI here: services raise
these; the handlers that turn them into responses live in app.core.error_handlers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from app.core import messages
from app.core.i18n import Text

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://dvk.gov.vn/problems/"


class AppError(Exception):
    """A client-facing error: status, stable code, bilingual message and optional extensions."""

    status = 400
    code = "bad_request"
    message = Text("Yêu cầu không hợp lệ.", "The request is not valid.")

    def __init__(
        self,
        message: Text | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        **extensions: Any,
    ) -> None:
        self.message = message or self.message
        self.code = code or self.code
        self.status = status or self.status
        self.headers = dict(headers or {})
        self.params = {k[1:]: v for k, v in extensions.items() if k.startswith("_")}
        self.extensions = {k: v for k, v in extensions.items() if not k.startswith("_")}
        super().__init__(self.message.render("en", **self.params))


class NotFound(AppError):
    status, code = 404, "not_found"
    message = Text("Không tìm thấy tài nguyên.", "The resource was not found.")


class Unauthorized(AppError):
    status, code = 401, "unauthorized"
    message = Text("Cần đăng nhập.", "Authentication is required.")

    def __init__(self, message: Text | None = None, *, code: str | None = None, **ext: Any) -> None:
        super().__init__(message, code=code, headers={"WWW-Authenticate": "Bearer"}, **ext)


class Forbidden(AppError):
    status, code = 403, "forbidden"
    message = Text("Bạn không có quyền thực hiện thao tác này.", "You may not do this.")


class Conflict(AppError):
    status, code = 409, "conflict"
    message = Text("Xung đột với trạng thái hiện tại.", "This conflicts with the current state.")


class Unprocessable(AppError):
    status, code = 422, "unprocessable"
    message = Text("Dữ liệu không đáp ứng điều kiện.", "The data does not meet the rules.")


class PreconditionFailed(AppError):
    status, code = 412, "precondition_failed"
    message = Text(
        "Tài nguyên đã thay đổi; hãy tải lại rồi thử lại (If-Match không khớp).",
        "The resource has changed; reload and retry (If-Match does not match).",
    )


class PreconditionRequired(AppError):
    status, code = 428, "precondition_required"
    message = Text("Cần gửi tiêu đề If-Match.", "An If-Match header is required.")


class TooManyRequests(AppError):
    status, code = 429, "too_many_requests"
    message = Text("Quá nhiều yêu cầu; hãy thử lại sau.", "Too many requests; try again later.")


class PayloadTooLarge(AppError):
    status, code = 413, "payload_too_large"
    message = Text("Nội dung gửi lên quá lớn (tối đa {limit} byte).", "The body is too large (max {limit} bytes).")


_INTEGER = Text("Phải là số nguyên.", "Must be an integer.")
_ALLOWED_VALUE = Text("Giá trị không thuộc danh sách cho phép.", "Value is not one of the allowed values.")
_JSON_OBJECT = Text("Phải là một đối tượng JSON.", "Must be a JSON object.")
_DATE = Text("Ngày không hợp lệ (YYYY-MM-DD).", "Invalid date (YYYY-MM-DD).")

_VALIDATION_TEXTS: dict[str, Text] = {
    "missing": Text("Thiếu trường bắt buộc.", "Field required."),
    "extra_forbidden": messages.FIELD_NOT_ALLOWED,
    "string_too_long": Text("Chuỗi quá dài.", "String too long."),
    "string_too_short": Text("Chuỗi quá ngắn.", "String too short."),
    "string_type": Text("Phải là chuỗi ký tự.", "Must be a string."),
    "int_parsing": _INTEGER,
    "int_type": _INTEGER,
    "bool_parsing": Text("Phải là true hoặc false.", "Must be true or false."),
    "enum": _ALLOWED_VALUE,
    "literal_error": _ALLOWED_VALUE,
    "json_invalid": messages.INVALID_JSON,
    "model_attributes_type": _JSON_OBJECT,
    "dict_type": _JSON_OBJECT,
    "list_type": Text("Phải là một mảng.", "Must be an array."),
    "date_from_datetime_parsing": _DATE,
    "date_parsing": _DATE,
    "uuid_parsing": Text("Mã định danh (UUID) không hợp lệ.", "Invalid identifier (UUID)."),
    "greater_than_equal": Text("Giá trị quá nhỏ.", "Value too small."),
    "less_than_equal": Text("Giá trị quá lớn.", "Value too large."),
    "value_error": Text("Giá trị không hợp lệ.", "Invalid value."),
    "control_character": Text("Không được chứa ký tự điều khiển (NUL…).", "Control characters (NUL…) are not allowed."),
}

VALIDATION_TITLE = messages.INVALID_DATA


def _pointer(loc: Sequence[Any]) -> tuple[str, str]:
    """(location, JSON pointer or parameter name) for a pydantic error location."""
    if not loc:
        return "body", ""
    where, rest = str(loc[0]), [str(p).replace("~", "~0").replace("/", "~1") for p in loc[1:]]
    if where == "body":
        return "body", "/" + "/".join(rest) if rest else ""
    return where, ".".join(rest)


def validation_errors(raw: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Pydantic errors as RFC 9457 `errors` entries, each with a pointer and a bilingual message."""
    items: list[dict[str, Any]] = []
    for err in raw:
        where, pointer = _pointer(err.get("loc", ()))
        kind = str(err.get("type", "value_error"))
        text = _VALIDATION_TEXTS.get(kind)
        if kind == "value_error" and err.get("ctx", {}).get("error"):
            message = str(err["ctx"]["error"])
            detail = message
        else:
            detail = text.render() if text else str(err.get("msg", ""))
        entry: dict[str, Any] = {"code": kind, "detail": detail}
        if where == "body":
            entry["pointer"] = "#" + pointer if pointer else "#"
        else:
            entry["in"] = where
            entry["parameter"] = pointer
        items.append(entry)
    return items


def problem_body(
    status: int,
    code: str,
    detail: str,
    *,
    instance: str | None = None,
    request_id: str | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """One RFC 9457 problem document."""
    body: dict[str, Any] = {
        "type": TYPE_BASE + code,
        "title": HTTPStatus(status).phrase,
        "status": status,
        "code": code,
        "detail": detail,
    }
    if instance is not None:
        body["instance"] = instance
    if request_id:
        body["request_id"] = request_id
    if extensions:
        body.update(extensions)
    return body
