"""The FastAPI/Starlette side of errors: every exception becomes an RFC 9457 problem+json response."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.core import messages
from app.core.errors import (
    PROBLEM_JSON,
    VALIDATION_TITLE,
    AppError,
    Forbidden,
    NotFound,
    Unauthorized,
    problem_body,
    validation_errors,
)
from app.core.i18n import Text, negotiate_language

log = logging.getLogger("dvk.errors")

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


def problem_response(
    request: Request | None,
    status: int,
    code: str,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> JSONResponse:
    """Build one problem+json response (its instance and request id from the request, when there is one)."""
    instance = request.url.path if request is not None else None
    request_id = getattr(request.state, "request_id", None) if request is not None else None
    body = problem_body(status, code, detail, instance=instance, request_id=request_id, extensions=extensions)
    return JSONResponse(body, status_code=status, headers=dict(headers or {}), media_type=PROBLEM_JSON)


async def _app_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return problem_response(
        request,
        exc.status,
        exc.code,
        exc.message.render(**exc.params),
        headers=exc.headers,
        extensions=exc.extensions,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code, text = _HTTP_TEXTS.get(exc.status_code, ("http_error", AppError.message))
    headers = dict(exc.headers or {})
    if exc.status_code == 401:
        headers.setdefault("WWW-Authenticate", "Bearer")
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request)
    if exc.status_code == 400:
        # FastAPI raises a bare 400 when the body cannot be decoded (e.g. invalid UTF-8).
        code, text = (
            "malformed_body",
            Text(
                "Không đọc được nội dung gửi lên (JSON hoặc UTF-8 không hợp lệ).",
                "The body could not be read (invalid JSON or UTF-8).",
            ),
        )
    return problem_response(request, exc.status_code, code, text.render(), headers=headers)


def allowed_methods(request: Request) -> str:
    """Every method the request's path answers (Starlette's 405 names only the first route that matched it)."""
    methods: set[str] = set()
    scope = {**request.scope, "method": "GET"}
    for route in iter_route_contexts(request.app.router.routes):
        if route.methods and route.matches(scope)[0] is not Match.NONE:
            methods |= route.methods
    return ", ".join(sorted(methods))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = validation_errors(exc.errors())
    if any(e["code"] == "json_invalid" for e in errors):
        return problem_response(
            request,
            400,
            "malformed_json",
            messages.INVALID_JSON.render(),
            extensions={"errors": errors},
        )
    return problem_response(request, 422, "validation_failed", VALIDATION_TITLE.render(), extensions={"errors": errors})


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # This handler runs in Starlette's outermost middleware, after RequestContextMiddleware has
    # finished: its headers and language are not applied here, so set them again.
    request_id = getattr(request.state, "request_id", None)
    log.exception("unhandled error", extra={"request_id": request_id})
    lang = negotiate_language(request.headers.get("accept-language"))
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
        "Content-Language": lang,
        "Vary": "Accept-Language",
    }
    if request_id:
        headers["X-Request-ID"] = request_id
    return problem_response(
        request,
        500,
        "internal_error",
        messages.INTERNAL_ERROR.render(lang),
        headers=headers,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of error through the problem+json handlers."""
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
