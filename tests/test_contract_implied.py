"""Every status an operation's code path can answer, and every header it reads or sends, is in the contract.

The expected statuses are derived here from each route's dependency tree, independently of the post-processing
that declares them (app.core.openapi_implied): a new endpoint that forgets one fails this test."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

from app.auth.dependencies import get_caller
from app.core.db import get_session
from app.core.guard import EXEMPT_OPERATIONS
from app.core.http import page_params
from app.main import create_app

METHODS = {"get", "put", "post", "delete", "patch"}


@functools.cache
def _app_and_document() -> tuple[Any, dict[str, Any]]:
    app = create_app()
    return app, app.openapi()


def _operations() -> Iterator[tuple[str, str, dict[str, Any], APIRoute]]:
    app, document = _app_and_document()
    routes = {
        (c.path_format, m.lower()): c.original_route
        for c in iter_route_contexts(app.routes)
        if isinstance(c.original_route, APIRoute)
        for m in c.methods or ()
    }
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation, routes[(path, method)]


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any] | None]:
    yield dependant.call
    for sub in dependant.dependencies:
        yield from _calls(sub)


def _headers(dependant: Dependant) -> set[str]:
    return {p.alias for p in dependant.header_params}.union(*(_headers(d) for d in dependant.dependencies))


def _loads_by_path(dependant: Dependant) -> bool:
    """A dependency (or the endpoint) that reads a path parameter: the resource is loaded, visible or 404."""
    return bool(dependant.path_params) or any(_loads_by_path(d) for d in dependant.dependencies)


def _has_params(dependant: Dependant) -> bool:
    return bool(dependant.path_params or dependant.query_params or dependant.header_params) or any(
        _has_params(d) for d in dependant.dependencies
    )


def expected_statuses(route: APIRoute) -> set[str]:
    """What the route's code path can answer besides its successes."""
    calls = list(_calls(route.dependant))
    headers = _headers(route.dependant)
    statuses = {"406"}  # the Accept check runs for every operation
    if route.body_field is not None or getattr(route.endpoint, "__dvk_upload__", False):
        statuses |= {"400", "413", "415", "422"}
    if "Idempotency-Key" in headers:
        statuses |= {"400", "409", "422"}
    if "If-Match" in headers:
        statuses |= {"412", "428"}
    if any(call is get_caller for call in calls):
        statuses |= {"401", "403"}  # 403 `insufficient_scope`: a service client without the operation's scope
    if _loads_by_path(route.dependant):
        statuses.add("404")
    if _has_params(route.dependant):
        statuses.add("422")
    if any(call is page_params for call in calls):
        statuses.add("400")
    if any(call is get_session for call in calls):
        statuses.add("503")
    if route.operation_id not in EXEMPT_OPERATIONS:
        statuses.add("429")
    return statuses


def test_every_status_the_code_path_can_answer_is_documented() -> None:
    missing = {
        f"{method.upper()} {path}": sorted(expected_statuses(route) - set(operation["responses"]))
        for path, method, operation, route in _operations()
    }
    missing = {k: v for k, v in missing.items() if v}
    assert not missing, f"statuses the code can answer but the contract does not document: {missing}"


def test_the_derivation_sees_the_dependencies_it_relies_on() -> None:
    """Guard against a derivation that silently finds nothing (e.g. after a dependency is renamed)."""
    counts = {name: 0 for name in ("body", "key", "if_match", "caller", "path", "cursor", "db")}
    for _, _, _, route in _operations():
        calls, headers = list(_calls(route.dependant)), _headers(route.dependant)
        counts["body"] += route.body_field is not None
        counts["key"] += "Idempotency-Key" in headers
        counts["if_match"] += "If-Match" in headers
        counts["caller"] += any(c is get_caller for c in calls)
        counts["path"] += _loads_by_path(route.dependant)
        counts["cursor"] += any(c is page_params for c in calls)
        counts["db"] += any(c is get_session for c in calls)
    assert all(n >= 5 for n in counts.values()), counts


def _problem_codes(response: dict[str, Any]) -> set[str]:
    return set(re.findall(r"`([a-z_]+)`", response.get("description", ""))) | {
        response.get("content", {}).get("application/problem+json", {}).get("example", {}).get("code", "")
    }


def test_each_kind_of_400_is_named_where_it_can_happen() -> None:
    wrong = []
    for path, method, operation, route in _operations():
        codes = _problem_codes(operation["responses"].get("400", {}))
        headers = _headers(route.dependant)
        wanted = set()
        if route.body_field is not None and not getattr(route.endpoint, "__dvk_upload__", False):
            wanted.add("malformed_body")
        if "Idempotency-Key" in headers:
            wanted.add("invalid_idempotency_key")
        if any(call is page_params for call in _calls(route.dependant)):
            wanted.add("invalid_cursor")
        if wanted - codes:
            wrong.append(f"{method.upper()} {path}: {sorted(wanted - codes)}")
    assert not wrong, wrong


def _header_names(response: dict[str, Any]) -> set[str]:
    return set(response.get("headers", {}))


def _parameter_names(operation: dict[str, Any]) -> set[str]:
    return {p["name"] for p in operation.get("parameters", [])}


def test_conditional_and_range_headers_are_declared_where_they_are_honoured() -> None:
    for path, method, operation, _ in _operations():
        where, responses, names = f"{method.upper()} {path}", operation["responses"], _parameter_names(operation)
        if "304" in responses:
            assert "If-None-Match" in names, where
            assert "ETag" in _header_names(responses["304"]) and "ETag" in _header_names(responses["200"]), where
        if "206" in responses:
            assert {"Range", "If-Range"} <= names, where
            assert {"Content-Range", "Accept-Ranges"} <= _header_names(responses["206"]), where
            assert "Content-Range" in _header_names(responses["416"]), where
        if "If-Match" in names:
            success = [s for s in responses if s.startswith("2") and s != "204"]
            assert all("ETag" in _header_names(responses[s]) for s in success), where


def test_creates_declare_location_and_retries_declare_replays_and_retry_after() -> None:
    for path, method, operation, _ in _operations():
        where, responses = f"{method.upper()} {path}", operation["responses"]
        if "201" in responses:
            assert "Location" in _header_names(responses["201"]), where
        if "Idempotency-Key" in _parameter_names(operation):
            success = [s for s in responses if s.startswith("2")]
            assert all("Idempotent-Replayed" in _header_names(responses[s]) for s in success), where
            assert "Retry-After" in _header_names(responses["409"]), where
        for status in ("429", "503"):
            if status in responses and path != "/readyz":  # a probe's own 503 (not_ready) sets no Retry-After
                assert "Retry-After" in _header_names(responses[status]), where


def test_every_response_declares_x_request_id_from_one_component() -> None:
    _, document = _app_and_document()
    assert "X-Request-ID" in document["components"]["headers"]
    for path, method, operation, _ in _operations():
        assert "X-Request-ID" in _parameter_names(operation), f"{method.upper()} {path}"
        for status, response in operation["responses"].items():
            assert response["headers"]["X-Request-ID"] == {"$ref": "#/components/headers/X-Request-ID"}, (
                f"{method.upper()} {path} {status}"
            )


def test_idempotency_key_schema_is_what_the_server_accepts() -> None:
    for _, _, operation, _ in _operations():
        for parameter in operation.get("parameters", []):
            if parameter.get("name") == "Idempotency-Key":
                schema = parameter["schema"]
                assert (schema["minLength"], schema["maxLength"]) == (1, 255)
                pattern = re.compile(schema["pattern"])
                assert pattern.fullmatch("a") and pattern.fullmatch("order 42/retry")
                assert not pattern.fullmatch("") and not pattern.fullmatch("a\x01b") and not pattern.fullmatch(" a")


def test_operations_without_a_caller_say_so_and_there_is_a_server() -> None:
    _, document = _app_and_document()
    missing = [
        f"{method.upper()} {path}" for path, method, operation, _ in _operations() if "security" not in operation
    ]
    assert not missing, f"operations without `security` (public ones need `security: []`): {missing}"
    assert document["servers"] and document["servers"][0]["url"]


def test_integer_bounds_are_integers_within_64_bits() -> None:
    _, document = _app_and_document()
    found: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("minimum", "maximum"):
                if key in node and node.get("type") == "integer":
                    found.append(node[key])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    assert found and all(isinstance(v, int) and -(2**63) <= v <= 2**63 - 1 for v in found)
    assert 2**63 - 1 in found


def test_downloads_declare_every_media_type_they_can_send() -> None:
    from app.evidence.media import EXTENSIONS

    for path, method, operation, _ in _operations():
        if "206" in operation["responses"]:
            # A generated document is always the signed PDF the server made; uploaded files are of any accepted type.
            served = {"application/pdf"} if path.startswith("/api/v1/documents/") else set(EXTENSIONS.values())
            for status in ("200", "206"):
                content = operation["responses"][status]["content"]
                assert set(content) == served, f"{method.upper()} {path} {status}"
                assert all(c["schema"] == {"type": "string", "format": "binary"} for c in content.values())
