"""The committed OpenAPI document is the app's contract: identical to the app, valid, complete."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from app.main import create_app

CONTRACT = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"
REGENERATE = "run ./scripts/export_openapi and commit openapi/openapi.json"
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
UNPROTECTED_OPS = {"/healthz", "/readyz"}


@functools.cache
def _document() -> dict[str, Any]:
    """The app's OpenAPI document (built once; treat as read-only)."""
    return create_app().openapi()


def _serialise(document: dict[str, Any]) -> str:
    """Exactly what `dvk export-openapi` writes."""
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def _what_differs(committed: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """A short list of the operations and schemas that differ, to point at the cause."""
    notes = []
    for section, old, new in (
        ("paths", committed.get("paths", {}), current.get("paths", {})),
        (
            "schemas",
            committed.get("components", {}).get("schemas", {}),
            current.get("components", {}).get("schemas", {}),
        ),
    ):
        for key in sorted(set(old) | set(new)):
            if key not in new:
                notes.append(f"{section}: {key} is in the file but no longer in the app")
            elif key not in old:
                notes.append(f"{section}: {key} is in the app but not in the file")
            elif old[key] != new[key]:
                notes.append(f"{section}: {key} changed")
    return notes or ["info or other top-level fields changed"]


def test_committed_contract_matches_the_app() -> None:
    if not CONTRACT.exists():
        pytest.fail(f"{CONTRACT} does not exist: {REGENERATE}", pytrace=False)
    committed = CONTRACT.read_text(encoding="utf-8")
    current = _serialise(create_app().openapi())
    if committed != current:
        notes = _what_differs(json.loads(committed), json.loads(current))
        pytest.fail(
            "openapi/openapi.json differs from the app; " + REGENERATE + ":\n  " + "\n  ".join(notes[:40]),
            pytrace=False,
        )


def test_contract_is_a_valid_openapi_document() -> None:
    validate(copy.deepcopy(_document()))
    if CONTRACT.exists():
        validate(json.loads(CONTRACT.read_text(encoding="utf-8")))


def test_every_operation_has_an_id_and_a_summary() -> None:
    document = _document()
    missing = [
        f"{method.upper()} {path}"
        for path, method, operation in _operations(document)
        if not operation.get("operationId") or not operation.get("summary")
    ]
    assert not missing, f"operations without operationId or summary: {missing}"
    ids = [operation["operationId"] for _, _, operation in _operations(document)]
    assert len(ids) == len(set(ids)), "operationIds must be unique"


def test_every_operation_documents_its_client_errors() -> None:
    missing = [
        f"{method.upper()} {path}"
        for path, method, operation in _operations(_document())
        if path not in UNPROTECTED_OPS
        and not any(str(status).startswith("4") for status in operation.get("responses", {}))
    ]
    assert not missing, f"operations that document no 4xx response (use problems(...)): {missing}"


def test_every_error_response_is_documented_as_a_problem_with_an_example() -> None:
    wrong = []
    for path, method, operation in _operations(_document()):
        for status, response in operation.get("responses", {}).items():
            if str(status)[0] not in "45":
                continue
            problem = response.get("content", {}).get("application/problem+json")
            if not problem or "example" not in problem:
                wrong.append(f"{method.upper()} {path} {status}")
    assert not wrong, f"error responses not documented with problems(...): {wrong}"


def test_no_operation_documents_the_framework_validation_error() -> None:
    """FastAPI adds an application/json 422 when a route forgets problems(422); the app never sends it."""
    text = json.dumps(_document())
    assert "HTTPValidationError" not in text, "a route with parameters or a body lacks problems(.., 422, ..)"


def test_error_bodies_are_documented_only_as_problem_json() -> None:
    wrong = []
    for path, method, operation in _operations(_document()):
        for status, response in operation.get("responses", {}).items():
            content = response.get("content", {})
            if str(status)[0] in "45" and (
                "application/json" in content or "schema" not in content.get("application/problem+json", {})
            ):
                wrong.append(f"{method.upper()} {path} {status}")
    assert not wrong, f"error responses documented as application/json or without a schema: {wrong}"


def test_if_match_is_declared_required_with_its_428_and_412() -> None:
    """Every write that takes If-Match says so (a required header) and documents 428 and 412; no operation
    documents 428 without declaring the header."""
    for path, method, operation in _operations(_document()):
        headers = [p for p in operation.get("parameters", []) if p.get("in") == "header" and p["name"] == "If-Match"]
        responses = operation.get("responses", {})
        where = f"{method.upper()} {path}"
        if headers:
            assert headers[0]["required"] is True, where
            assert {"412", "428"} <= set(responses), where
        else:
            assert "428" not in responses, where
