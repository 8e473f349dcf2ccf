"""Exceptions that carry their HTTP status, and the RFC 9457 problem+json handlers.

Every error the app produces is `application/problem+json` with a stable machine `code`;
`detail` follows Accept-Language. A stack trace never reaches a client.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.i18n import Text, current_language, negotiate_language

log = logging.getLogger("dvk.errors")

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


# Texts for the framework's own HTTP errors, keyed by status.
_HTTP_TEXTS: dict[int, tuple[str, Text]] = {
    400: ("bad_request", AppError.message),
    401: ("unauthorized", Unauthorized.message),
    403: ("forbidden", Forbidden.message),
    404: ("not_found", NotFound.message),
    405: ("method_not_allowed", Text("Phương thức không được hỗ trợ.", "Method not allowed.")),
    406: ("not_acceptable", Text("Không thể trả về định dạng yêu cầu.", "Cannot produce that format.")),
    413: ("payload_too_large", Text("Nội dung gửi lên quá lớn.", "The body is too large.")),
    415: ("unsupported_media_type", Text("Kiểu nội dung không được hỗ trợ.", "Unsupported content type.")),
}

_VALIDATION_TEXTS: dict[str, Text] = {
    "missing": Text("Thiếu trường bắt buộc.", "Field required."),
    "extra_forbidden": Text("Trường này không được phép gửi.", "This field may not be sent."),
    "string_too_long": Text("Chuỗi quá dài.", "String too long."),
    "string_too_short": Text("Chuỗi quá ngắn.", "String too short."),
    "string_type": Text("Phải là chuỗi ký tự.", "Must be a string."),
    "int_parsing": Text("Phải là số nguyên.", "Must be an integer."),
    "int_type": Text("Phải là số nguyên.", "Must be an integer."),
    "bool_parsing": Text("Phải là true hoặc false.", "Must be true or false."),
    "enum": Text("Giá trị không thuộc danh sách cho phép.", "Value is not one of the allowed values."),
    "literal_error": Text("Giá trị không thuộc danh sách cho phép.", "Value is not one of the allowed values."),
    "json_invalid": Text("JSON không hợp lệ.", "Invalid JSON."),
    "model_attributes_type": Text("Phải là một đối tượng JSON.", "Must be a JSON object."),
    "dict_type": Text("Phải là một đối tượng JSON.", "Must be a JSON object."),
    "list_type": Text("Phải là một mảng.", "Must be an array."),
    "date_from_datetime_parsing": Text("Ngày không hợp lệ (YYYY-MM-DD).", "Invalid date (YYYY-MM-DD)."),
    "date_parsing": Text("Ngày không hợp lệ (YYYY-MM-DD).", "Invalid date (YYYY-MM-DD)."),
    "uuid_parsing": Text("Mã định danh (UUID) không hợp lệ.", "Invalid identifier (UUID)."),
    "greater_than_equal": Text("Giá trị quá nhỏ.", "Value too small."),
    "less_than_equal": Text("Giá trị quá lớn.", "Value too large."),
    "value_error": Text("Giá trị không hợp lệ.", "Invalid value."),
    "control_character": Text("Không được chứa ký tự điều khiển (NUL…).", "Control characters (NUL…) are not allowed."),
}

VALIDATION_TITLE = Text("Dữ liệu gửi lên không hợp lệ.", "The submitted data is not valid.")


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


def problem_response(
    request: Request | None,
    status: int,
    code: str,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> JSONResponse:
    """Build one problem+json response."""
    body: dict[str, Any] = {
        "type": TYPE_BASE + code,
        "title": HTTPStatus(status).phrase,
        "status": status,
        "code": code,
        "detail": detail,
    }
    if request is not None:
        body["instance"] = request.url.path
        request_id = getattr(request.state, "request_id", None)
        if request_id:
            body["request_id"] = request_id
    if extensions:
        body.update(extensions)
    return JSONResponse(body, status_code=status, headers=dict(headers or {}), media_type=PROBLEM_JSON)


async def _app_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return problem_response(
        request, exc.status, exc.code, exc.message.render(**exc.params),
        headers=exc.headers, extensions=exc.extensions,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code, text = _HTTP_TEXTS.get(exc.status_code, ("http_error", AppError.message))
    headers = dict(exc.headers or {})
    if exc.status_code == 401:
        headers.setdefault("WWW-Authenticate", "Bearer")
    if exc.status_code == 400:
        # FastAPI raises a bare 400 when the body cannot be decoded (e.g. invalid UTF-8).
        code, text = "malformed_body", Text(
            "Không đọc được nội dung gửi lên (JSON hoặc UTF-8 không hợp lệ).",
            "The body could not be read (invalid JSON or UTF-8).",
        )
    return problem_response(request, exc.status_code, code, text.render(), headers=headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = validation_errors(exc.errors())
    if any(e["code"] == "json_invalid" for e in errors):
        return problem_response(
            request, 400, "malformed_json",
            Text("JSON không hợp lệ.", "The body is not valid JSON.").render(), extensions={"errors": errors},
        )
    return problem_response(
        request, 422, "validation_failed", VALIDATION_TITLE.render(), extensions={"errors": errors}
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # This handler runs in Starlette's outermost middleware, after RequestContextMiddleware has
    # finished: its headers and language are not applied here, so set them again.
    request_id = getattr(request.state, "request_id", None)
    log.exception("unhandled error", extra={"request_id": request_id})
    lang = negotiate_language(request.headers.get("accept-language"))
    headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Content-Language": lang,
               "Vary": "Accept-Language"}
    if request_id:
        headers["X-Request-ID"] = request_id
    return problem_response(
        request, 500, "internal_error",
        Text(
            "Lỗi hệ thống. Hãy báo mã yêu cầu cho quản trị viên.",
            "Internal error. Report the request id to the administrators.",
        ).render(lang),
        headers=headers,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of error through the problem+json handlers."""
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)


def current_lang() -> str:
    """The language of the current request."""
    return current_language.get()
