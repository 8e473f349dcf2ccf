"""What the request guard adds to the contract: 406, 415 and 429 (with Retry-After and the RateLimit
headers), and integer bounds written as integers."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from app.core.guard import EXEMPT_OPERATIONS
from app.core.input_guard import INT64
from app.core.openapi_docs import problems

BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_HEADER_REFS = {
    "RateLimit-Policy": {"$ref": "#/components/headers/RateLimit-Policy"},
    "RateLimit": {"$ref": "#/components/headers/RateLimit"},
}
_HEADERS = {
    "RateLimit-Policy": {
        "description": "The quotas this operation counts against (draft-ietf-httpapi-ratelimit-"
        'headers-10), e.g. `"default";q=600;w=60`.',
        "schema": {"type": "string"},
    },
    "RateLimit": {
        "description": 'What is left of each quota and when its window resets, e.g. `"default";r=599;t=42`.',
        "schema": {"type": "string"},
    },
    "Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer"}},
}


def integer_bounds(node: Any) -> None:
    """FastAPI's OpenAPI model holds bounds as floats (9.223372036854776e+18); write integer ones as integers.
    float(2**63 - 1) rounds to 2**63, which is no id's bound here: it stands for the 63-bit maximum."""
    if isinstance(node, dict):
        if node.get("type") == "integer":
            for name in BOUNDS:
                value = node.get(name)
                if isinstance(value, float) and value.is_integer():
                    node[name] = INT64[1] if value >= 2.0**63 else (INT64[0] if value <= -(2.0**63) else int(value))
        for item in node.values():
            integer_bounds(item)
    elif isinstance(node, list):
        for item in node:
            integer_bounds(item)


def _declare(operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    for status, entry in problems(406).items():
        responses.setdefault(str(status), _strip_model(entry))
    body = (operation.get("requestBody") or {}).get("content", {})
    if "application/json" in body or "application/x-www-form-urlencoded" in body:
        for status, entry in problems(415).items():
            responses.setdefault(str(status), _strip_model(entry))
    if operation.get("operationId") in EXEMPT_OPERATIONS:
        return
    for status, entry in problems(429).items():
        responses.setdefault(str(status), _strip_model(entry))
    # New dicts, never edits in place: an entry may be an object the routes share with every app of the
    # process (a module-level `responses=`), and an edit would leak into the next app's document.
    responses["429"] = {
        **responses["429"],
        "headers": {"Retry-After": {"$ref": "#/components/headers/Retry-After"}, **_HEADER_REFS},
    }
    for status, response in list(responses.items()):
        if status.startswith("2"):
            responses[status] = {**response, "headers": {**response.get("headers", {}), **_HEADER_REFS}}


def _strip_model(entry: dict[str, Any]) -> dict[str, Any]:
    """A problems() entry as a plain OpenAPI response (schema by reference)."""
    content = {k: {**v, "schema": {"$ref": "#/components/schemas/Problem"}} for k, v in entry["content"].items()}
    return {"description": entry["description"], "content": content}


def install_guard_responses(app: FastAPI) -> None:
    """Wrap app.openapi() so the document says what the guard answers."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        document = original()  # cached by FastAPI: every step below is idempotent
        for path_item in document.get("paths", {}).values():
            for operation in path_item.values():
                if isinstance(operation, dict) and "responses" in operation:
                    _declare(operation)
        document.setdefault("components", {}).setdefault("headers", {}).update(_HEADERS)
        integer_bounds(document)
        return document

    app.openapi = openapi  # type: ignore[method-assign]
