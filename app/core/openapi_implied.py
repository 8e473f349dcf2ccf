"""What each route's code path implies for the contract, added to every operation so no endpoint can forget one.

A route's dependencies say which headers it reads and which errors it can answer: a body ⇒ 400/413/415/422;
`Idempotency-Key` ⇒ 400 `invalid_idempotency_key`, 409 `idempotency_in_progress`, 422 `idempotency_key_reused`;
`If-Match` ⇒ 412/428; the caller ⇒ 401 and 403 `insufficient_scope` (a service client without the operation's
scope); a path parameter (a resource loaded visible-or-404) ⇒ 404; a cursor
⇒ 400 `invalid_cursor`. The headers a client reads are declared on the responses that carry them (`ETag`,
`Location`, `Idempotent-Replayed`, `X-Request-ID`), and the conditional request headers on the operations that
honour them (`If-None-Match` where 304 is documented, `Range`/`If-Range` where 206 is). The 503/409-in-progress
entries are added by openapi_docs.declare_outages_and_retries, the 406/415/429 ones by openapi_guard.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

from app.core.bodies import route_needs_caller
from app.core.http import page_params
from app.core.negotiation import body_kind
from app.core.openapi_docs import problem_example

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
# What the server accepts (core.idempotency: 1–255 printable characters); written as printable ASCII without
# surrounding spaces (HTTP strips them), so a key that follows the contract is always accepted.
IDEMPOTENCY_KEY_SCHEMA = {
    "type": "string",
    "minLength": 1,
    "maxLength": 255,
    "pattern": "^[!-~]([ -~]*[!-~])?$",
    "example": "3b0e7c4a-registration-2024-0001",
}
# core.middleware keeps a client's X-Request-ID when it matches this; otherwise it makes one.
REQUEST_ID_PATTERN = "^[A-Za-z0-9._:-]{8,128}$"

HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "The resource's current version (a strong entity tag): send it back in If-Match to "
        "write, or in If-None-Match to revalidate.",
        "schema": {"type": "string", "example": '"3"'},
    },
    "Location": {
        "description": "The path of the resource this request created.",
        "schema": {"type": "string", "example": "/api/v1/models/42"},
    },
    "Idempotent-Replayed": {
        "description": "`true` when this is the stored answer of an earlier request with the "
        "same Idempotency-Key (nothing was done again).",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "X-Request-ID": {
        "description": "The request's id (the client's own when it sent a valid one): quote it when "
        "reporting a problem; also in problem bodies as `request_id`.",
        "schema": {"type": "string", "pattern": REQUEST_ID_PATTERN},
    },
    "Content-Range": {
        "description": "The part sent, `bytes first-last/size` (206), or the size, `bytes */size` (416).",
        "schema": {"type": "string", "example": "bytes 0-1023/48213"},
    },
    "Accept-Ranges": {
        "description": "`bytes`: a download can be resumed with Range.",
        "schema": {"type": "string", "enum": ["bytes"]},
    },
    "Content-Disposition": {
        "description": "`attachment` with the file's name, ASCII (`filename`) and exact UTF-8 (`filename*`, RFC 6266).",
        "schema": {"type": "string"},
    },
}
PARAMETERS: dict[str, dict[str, Any]] = {
    "X-Request-ID": {
        "name": "X-Request-ID",
        "in": "header",
        "required": False,
        "description": "An id of the client's choosing for this request, echoed in the response and "
        "logs when it is 8–128 of `A-Za-z0-9._:-` (any other value is replaced by one "
        "the server makes, never refused).",
        "schema": {"type": "string", "example": "mobile-7f3a9c1e"},
    },
    "If-None-Match": {
        "name": "If-None-Match",
        "in": "header",
        "required": False,
        "description": "ETags of the copy the client holds (or `*`): 304 without a body while current.",
        "schema": {"type": "string", "example": '"3"'},
    },
    "Range": {
        "name": "Range",
        "in": "header",
        "required": False,
        "description": "One byte range, `bytes=first-last`, `bytes=first-` or `bytes=-suffix` (resume a "
        "download): 206 with that part, 416 when it starts past the end. Several ranges or "
        "any other value are ignored (200 with the whole file, as RFC 9110 allows).",
        "schema": {"type": "string", "example": "bytes=0-1023"},
    },
    "If-Range": {
        "name": "If-Range",
        "in": "header",
        "required": False,
        "description": "The ETag of the partial copy: Range is honoured only while it is current.",
        "schema": {"type": "string", "example": '"9f86d081884c7d659a2feaa0c55ad015"'},
    },
}
METRICS_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": "`DVK_METRICS_TOKEN`, when the server sets one (else /metrics is open).",
}

# Status -> (code, Vietnamese detail, what the code means) for each problem a code path implies.
_CODES: dict[str, tuple[int, str, str]] = {
    "malformed_json": (400, "JSON không hợp lệ.", "the body is not valid JSON"),
    "malformed_body": (
        400,
        "Không đọc được nội dung gửi lên (JSON hoặc UTF-8 không hợp lệ).",
        "the body could not be read (invalid UTF-8 or form encoding)",
    ),
    "malformed_multipart": (400, "Không đọc được nội dung multipart.", "the multipart body could not be read"),
    "invalid_idempotency_key": (
        400,
        "Idempotency-Key phải dài 1–255 ký tự in được.",
        "Idempotency-Key is empty, too long or has control characters",
    ),
    "invalid_cursor": (400, "Con trỏ trang không hợp lệ.", "the cursor is not one this list gave"),
    "unauthorized": (401, "Cần đăng nhập.", "no valid access token"),
    "insufficient_scope": (
        403,
        "Ứng dụng tích hợp không được cấp phạm vi quyền cho thao tác này.",
        "a service client's token lacks the scope this operation needs (see its `security`)",
    ),
    "not_found": (404, "Không tìm thấy tài nguyên.", "the resource in the path does not exist or is not visible"),
    "idempotency_key_reused": (
        422,
        "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.",
        "the Idempotency-Key was used for a different request",
    ),
    "validation_failed": (422, "Dữ liệu gửi lên không hợp lệ.", "a parameter or the body is invalid"),
    "payload_too_large": (413, "Nội dung gửi lên quá lớn.", "the body is over the size limit"),
    "unsupported_media_type": (415, "Kiểu nội dung không được hỗ trợ.", "the body's Content-Type is not read here"),
    "precondition_failed": (412, "Tài nguyên đã thay đổi.", "If-Match is not the current ETag (reload, retry)"),
    "precondition_required": (428, "Cần gửi tiêu đề If-Match.", "If-Match is missing"),
}


@dataclass(frozen=True)
class RouteTraits:
    """What a route's dependencies say about the requests it reads."""

    body: str | None  # "json", "form", "upload" or None
    idempotency_key: bool
    if_match: bool
    caller: bool
    path_params: bool
    params: bool
    cursor: bool


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any] | None]:
    yield dependant.call
    for sub in dependant.dependencies:
        yield from _calls(sub)


def _all_params(dependant: Dependant) -> Iterator[tuple[str, str]]:
    for location, params in (
        ("path", dependant.path_params),
        ("query", dependant.query_params),
        ("header", dependant.header_params),
        ("cookie", dependant.cookie_params),
    ):
        for param in params:
            yield location, param.alias
    for sub in dependant.dependencies:
        yield from _all_params(sub)


def route_traits(route: APIRoute) -> RouteTraits:
    """Read a route's traits from its dependency tree."""
    params = set(_all_params(route.dependant))
    headers = {name for location, name in params if location == "header"}
    upload = bool(getattr(route.endpoint, "__dvk_upload__", False))
    body = "upload" if upload else body_kind(route)
    return RouteTraits(
        body=body,
        idempotency_key="Idempotency-Key" in headers,
        if_match="If-Match" in headers,
        caller=route_needs_caller(route),
        path_params=any(location == "path" for location, _ in params),
        params=bool(params),
        cursor=any(call is page_params for call in _calls(route.dependant)),
    )


_BODY_CODES = {
    "json": ["malformed_json", "malformed_body"],
    "form": ["malformed_body"],
    "upload": ["malformed_multipart"],
}
# Each trait and the problems it implies.
_TRAIT_CODES: tuple[tuple[Callable[[RouteTraits], bool], list[str]], ...] = (
    (lambda t: t.body is not None, ["payload_too_large", "unsupported_media_type"]),
    (lambda t: t.idempotency_key, ["invalid_idempotency_key", "idempotency_key_reused"]),
    (lambda t: t.cursor, ["invalid_cursor"]),
    (lambda t: t.caller, ["unauthorized", "insufficient_scope"]),
    (lambda t: t.path_params, ["not_found"]),
    (lambda t: t.if_match, ["precondition_failed", "precondition_required"]),
    (lambda t: t.params or t.body is not None, ["validation_failed"]),
)


def implied_codes(traits: RouteTraits) -> list[str]:
    """The problem codes a route with these traits can answer (each code has one status)."""
    codes = list(_BODY_CODES.get(traits.body or "", []))
    for applies, implied in _TRAIT_CODES:
        if applies(traits):
            codes += implied
    return codes


def implied_statuses(traits: RouteTraits) -> set[int]:
    """The error statuses a route with these traits can answer (409 in progress and 503 are added elsewhere)."""
    return {_CODES[code][0] for code in implied_codes(traits)}


def _declare_codes(responses: dict[str, Any], codes: list[str]) -> None:
    for code in codes:
        status, detail, meaning = _CODES[code]
        key = str(status)
        if key not in responses:
            responses[key] = {
                "description": f"`{code}`: {meaning}.",
                "content": {
                    "application/problem+json": {
                        "schema": PROBLEM_REF,
                        "example": problem_example(status, code, detail),
                    }
                },
            }
        elif (status in (400, 403) or code == "idempotency_key_reused") and f"`{code}`" not in responses[key].get(
            "description", ""
        ):
            # Several codes share 400 (and 403, 422): name each.
            entry = responses[key] = copy.deepcopy(responses[key])
            entry["description"] = f"{entry.get('description', '').rstrip()} Also `{code}`: {meaning}."


def _declare_headers(operation: dict[str, Any], traits: RouteTraits | None) -> None:
    responses = operation["responses"]
    conditional = "304" in responses
    writes_version = traits is not None and traits.if_match
    for status, response in list(responses.items()):
        headers = dict(response.get("headers", {}))
        headers["X-Request-ID"] = {"$ref": "#/components/headers/X-Request-ID"}
        if status == "304" or (
            status.startswith("2")
            and status != "204"
            and (conditional or writes_version or status == "201" or "ETag" in headers)
        ):
            headers["ETag"] = {"$ref": "#/components/headers/ETag"}
        if status == "201":
            headers["Location"] = {"$ref": "#/components/headers/Location"}
        if "206" in responses:  # a download: its answers say what part of which file they carry
            wanted = {
                "200": ("Accept-Ranges", "Content-Disposition"),
                "416": ("Content-Range",),
                "206": ("Accept-Ranges", "Content-Disposition", "Content-Range"),
            }.get(status, ())
            headers.update({name: {"$ref": f"#/components/headers/{name}"} for name in wanted})
        if status.startswith("2") and traits is not None and traits.idempotency_key:
            headers["Idempotent-Replayed"] = {"$ref": "#/components/headers/Idempotent-Replayed"}
        responses[status] = {**response, "headers": headers}


def _declare_parameters(operation: dict[str, Any]) -> None:
    parameters = list(operation.get("parameters", []))
    names = {p.get("name") for p in parameters}
    wanted = ["X-Request-ID"]
    if "304" in operation["responses"]:
        wanted.append("If-None-Match")
    if "206" in operation["responses"]:
        wanted += ["Range", "If-Range"]
    for name in wanted:
        if name not in names:
            parameters.append(copy.deepcopy(PARAMETERS[name]))  # inline, like every parameter FastAPI writes
    for index, parameter in enumerate(parameters):
        if parameter.get("name") == "Idempotency-Key":
            parameters[index] = {**parameter, "schema": dict(IDEMPOTENCY_KEY_SCHEMA)}
    operation["parameters"] = parameters


def _declare_security(path: str, operation: dict[str, Any], traits: RouteTraits | None) -> None:
    if "security" in operation or (traits is not None and traits.caller):
        return
    operation["security"] = [{}, {"MetricsBearer": []}] if path == "/metrics" else []


def routes_by_operation(app: FastAPI) -> dict[tuple[str, str], APIRoute]:
    """Each (path, method) of the contract with its route."""
    return {
        (str(context.path_format), method.lower()): context.original_route
        for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
        for method in context.methods or ()
    }


def declare_implied(app: FastAPI, document: dict[str, Any]) -> dict[str, Any]:
    """Add to every operation what its route implies: statuses, request and response headers, security."""
    routes = routes_by_operation(app)
    for path, path_item in document.get("paths", {}).items():
        for method, operation in path_item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            route = routes.get((path, method))
            traits = route_traits(route) if route is not None else None
            if traits is not None:
                _declare_codes(operation["responses"], implied_codes(traits))
            _declare_parameters(operation)
            _declare_headers(operation, traits)
            _declare_security(path, operation, traits)
    components = document.setdefault("components", {})
    components.setdefault("headers", {}).update(copy.deepcopy(HEADERS))
    components.setdefault("securitySchemes", {})["MetricsBearer"] = dict(METRICS_SCHEME)
    if not document.get("servers"):  # FastAPI's own (app.servers) wins when set
        document["servers"] = [{"url": "/", "description": "This server (paths are absolute: /api/v1/…)."}]
    return document


def install_implied_responses(app: FastAPI) -> None:
    """Wrap app.openapi() so every operation declares what its route implies (install after the others)."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        return declare_implied(app, original())  # the document is cached by FastAPI: declare_implied is idempotent

    app.openapi = openapi  # type: ignore[method-assign]
