"""Refuse, before any handler runs, text a database cannot store or should never be handed: NUL and the
other C0 control characters (tab, line feed and carriage return are allowed), DEL, lone surrogates, and
JSON integers beyond 64 bits. One check over the raw query, the path, the stored headers and the parsed JSON
or form body covers every operation, including parameters a handler ignores, and answers 422
`validation_failed` with the parameter or JSON pointer of each offending value."""

from __future__ import annotations

import re
from typing import Any

from fastapi.exceptions import RequestValidationError
from starlette.requests import Request

BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
INT64 = (-(2**63), 2**63 - 1)
# Request headers whose values the app stores or echoes.
CHECKED_HEADERS = ("idempotency-key", "if-match", "if-none-match")
MAX_ERRORS = 20


def _char_error(loc: tuple[Any, ...]) -> dict[str, Any]:
    return {"type": "control_character", "loc": loc, "msg": "control characters are not allowed", "input": None}


def _leaf_error(value: Any, loc: tuple[Any, ...]) -> dict[str, Any] | None:
    """The error for a string with a refused character or an integer beyond 64 bits (a bool never is)."""
    if isinstance(value, str):
        return _char_error(loc) if BAD_CHARACTERS.search(value) else None
    if isinstance(value, int) and not INT64[0] <= value <= INT64[1]:
        return {
            "type": "less_than_equal",
            "loc": loc,
            "msg": "integer out of range",
            "input": None,
            "ctx": {"le": INT64[1]},
        }
    return None


def _walk(value: Any, loc: tuple[Any, ...], errors: list[dict[str, Any]]) -> None:
    """Collect an error for every bad string, key or integer inside a parsed JSON value."""
    if len(errors) >= MAX_ERRORS:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and BAD_CHARACTERS.search(key):
                errors.append(_char_error((*loc, key)))
            _walk(item, (*loc, key), errors)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, (*loc, index), errors)
    elif (error := _leaf_error(value, loc)) is not None:
        errors.append(error)


def _check_parameters(request: Request, errors: list[dict[str, Any]]) -> None:
    for name, value in request.query_params.multi_items():
        if BAD_CHARACTERS.search(name) or BAD_CHARACTERS.search(value):
            errors.append(_char_error(("query", name)))
    for name, value in request.path_params.items():
        if isinstance(value, str) and BAD_CHARACTERS.search(value):
            errors.append(_char_error(("path", name)))
    for header in CHECKED_HEADERS:
        given = request.headers.get(header)
        if given is not None and BAD_CHARACTERS.search(given):
            errors.append(_char_error(("header", header)))


async def check_input(request: Request, body: str | None) -> None:
    """422 when the parameters or the already-parsed body ("json" / "form") carry text we refuse."""
    errors: list[dict[str, Any]] = []
    _check_parameters(request, errors)
    if body == "json" and request.headers.get("content-length") != "0":
        try:
            parsed = await request.json()
        except ValueError:
            parsed = None  # FastAPI answers malformed JSON itself
        _walk(parsed, ("body",), errors)
    elif body == "form" and request.headers.get("content-type", "").startswith("application/x-www-form"):
        form = await request.form()
        for name, value in form.multi_items():
            if isinstance(value, str) and (BAD_CHARACTERS.search(value) or BAD_CHARACTERS.search(name)):
                errors.append(_char_error(("body", name)))
    if errors:
        raise RequestValidationError(errors)
