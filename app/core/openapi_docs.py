"""The Problem schema and reusable error-response entries for the contract."""

from __future__ import annotations

import copy
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field


class ProblemError(BaseModel):
    """One validation error: where and what."""

    code: str
    detail: str
    pointer: str | None = Field(default=None, description="JSON pointer into the body, e.g. `#/name`.")
    parameter: str | None = Field(default=None, description="Query, path or header parameter name.")
    in_: str | None = Field(default=None, alias="in")


class Problem(BaseModel):
    """RFC 9457 problem details, with a stable machine `code`."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    code: str = Field(description="Stable machine-readable error code.")
    detail: str = Field(description="Human-readable, in Vietnamese or English by Accept-Language.")
    instance: str | None = None
    request_id: str | None = None
    errors: list[ProblemError] | None = None


_EXAMPLES: dict[int, tuple[str, str, str]] = {
    304: ("", "", "Not modified: the ETag in If-None-Match is current."),
    400: ("malformed_json", "JSON không hợp lệ.", "Malformed body or cursor."),
    401: ("unauthorized", "Cần đăng nhập.", "Missing, invalid or expired access token."),
    403: ("forbidden", "Bạn không có quyền thực hiện thao tác này.", "The caller's roles do not allow this."),
    404: ("not_found", "Không tìm thấy tài nguyên.", "Not found, or not visible to the caller."),
    409: ("conflict", "Xung đột với trạng thái hiện tại.", "Conflicts with the current state."),
    412: ("precondition_failed", "Tài nguyên đã thay đổi.", "If-Match does not match the current ETag."),
    406: ("not_acceptable", "Không thể trả về định dạng yêu cầu.", "No media type the Accept header allows."),
    413: ("payload_too_large", "Nội dung gửi lên quá lớn.", "The body is over the size limit."),
    415: ("unsupported_media_type", "Kiểu nội dung không được hỗ trợ.", "The body's Content-Type is not read here."),
    422: ("validation_failed", "Dữ liệu gửi lên không hợp lệ.", "The body or parameters are invalid."),
    428: ("precondition_required", "Cần gửi tiêu đề If-Match.", "If-Match is required for this write."),
    429: ("rate_limited", "Quá nhiều yêu cầu.", "A quota is spent; retry after Retry-After seconds."),
    503: ("not_ready", "Dịch vụ chưa sẵn sàng.", "Database unreachable or migrations behind."),
}


def problem_example(status: int, code: str, detail: str, **extra: Any) -> dict[str, Any]:
    """A problem+json body as the contract shows it."""
    return {
        "type": f"https://dvk.gov.vn/problems/{code}",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "code": code,
        "detail": detail,
        "request_id": "3f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b",
        **extra,
    }


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for these error statuses, each with a problem+json example."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        code, detail, description = _EXAMPLES[status]
        if status == 304:
            out[status] = {"description": description}
            continue
        example = problem_example(status, code, detail)
        if status == 422:
            example["errors"] = [{"code": "missing", "detail": "Thiếu trường bắt buộc.", "pointer": "#/name"}]
        out[status] = {
            "description": description,
            "model": Problem,
            "content": {"application/problem+json": {"example": example}},
        }
    return out


def documented_problem(status: int, code: str, detail: str, description: str) -> dict[str, Any]:
    """A `responses=` entry for one endpoint's own problem (a code `problems()` has no example for): the
    description and a problem+json example."""
    example = {
        "type": f"https://dvk.gov.vn/problems/{code}",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "code": code,
        "detail": detail,
    }
    return {"description": description, "model": Problem, "content": {"application/problem+json": {"example": example}}}


def problem_json_only(document: dict[str, Any]) -> dict[str, Any]:
    """Move error schemas from application/json (where FastAPI puts a `model`) to problem+json.

    The app answers errors only as application/problem+json, so the contract must not offer
    application/json for them. Idempotent; changes the document in place and returns it.
    """
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                content = response.get("content", {})
                if "application/problem+json" in content and "application/json" in content:
                    schema = content.pop("application/json").get("schema")
                    if schema:
                        content["application/problem+json"].setdefault("schema", schema)
    return document


# Operations that never touch the database (no outage answer to declare).
_NO_DATABASE = {"/healthz", "/metrics"}
# Operations whose 503 is their own answer, not the database's outage (the readiness probe).
_OWN_OUTAGE = _NO_DATABASE | {"/readyz"}
_RETRY_AFTER = {
    "Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer", "minimum": 1}}
}


def _problem_entry(status: int, code: str, detail: str, description: str, **extra: Any) -> dict[str, Any]:
    return {
        "description": description,
        "headers": _RETRY_AFTER,
        "content": {
            "application/problem+json": {
                "schema": {"$ref": "#/components/schemas/Problem"},
                "example": problem_example(status, code, detail, **extra),
            }
        },
    }


UNAVAILABLE = _problem_entry(
    503,
    "database_unavailable",
    "Cơ sở dữ liệu tạm thời không phục vụ được; hãy thử lại sau ít giây.",
    "The database is unreachable, timed out, read-only (failover) or kept failing with serialization "
    "conflicts: nothing was carried out; retry after Retry-After (with the same Idempotency-Key).",
    reason="timeout",
)
IN_PROGRESS = _problem_entry(
    409,
    "idempotency_in_progress",
    "Một yêu cầu khác với cùng Idempotency-Key đang được xử lý.",
    "Another request with this Idempotency-Key is still running (past the wait): retry after Retry-After "
    "to get its answer. Also any conflict with the current state (see `code`).",
)


def declare_outages_and_retries(document: dict[str, Any]) -> dict[str, Any]:
    """Add the 503 every database-backed operation can answer, and the 409 of an in-flight Idempotency-Key."""
    for path, path_item in document.get("paths", {}).items():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            # Copies throughout: the entries may be objects the routes share with every app built in this
            # process, and later steps (the guard's headers) edit the document in place.
            responses = operation["responses"]
            if path not in _NO_DATABASE and "503" not in responses:
                responses["503"] = copy.deepcopy(UNAVAILABLE)
            elif path not in _OWN_OUTAGE and "database_unavailable" not in responses["503"]["description"]:
                outage = responses["503"] = copy.deepcopy(responses["503"])  # e.g. storage_unavailable
                outage["description"] += " Or `database_unavailable`: " + UNAVAILABLE["description"]
                outage.setdefault("headers", {}).update(copy.deepcopy(_RETRY_AFTER))
            takes_key = any(p.get("name") == "Idempotency-Key" for p in operation.get("parameters", []))
            if takes_key:
                if "409" in responses and "idempotency_in_progress" in responses["409"]["description"]:
                    continue  # already declared (the document is built once and kept)
                if "409" in responses:
                    conflict = responses["409"] = copy.deepcopy(responses["409"])
                    conflict["description"] += " Or `idempotency_in_progress` (see Retry-After)."
                    conflict.setdefault("headers", copy.deepcopy(_RETRY_AFTER))
                else:
                    responses["409"] = copy.deepcopy(IN_PROGRESS)
    return document


def if_match_required(document: dict[str, Any]) -> dict[str, Any]:
    """Mark the `If-Match` header required wherever an operation declares it (app.core.http.IfMatch).

    It is declared optional to FastAPI so that a missing one is answered 428 (`precondition_required`)
    by require_if_match, not 422; the contract says what a client must send. Idempotent; in place."""
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "header" and parameter.get("name") == "If-Match":
                    parameter["required"] = True
                    parameter["schema"] = {"type": "string", "title": "If-Match", "example": '"3"'}
    return document


def install_problem_schemas(app: FastAPI) -> None:
    """Make app.openapi() document error bodies as application/problem+json only, If-Match as required, and
    the outage and idempotency answers every operation concerned can give."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        return declare_outages_and_retries(if_match_required(problem_json_only(original())))

    app.openapi = openapi  # type: ignore[method-assign]
