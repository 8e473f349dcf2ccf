"""Input bounds: integers beyond 63 bits and text with NUL or control characters are 422 with a pointer,
never a 500, for every parameter and body field of every operation in the contract (both databases)."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from tests.support.app import get_app

HUGE = 99999999999999999999
NUL = "a\u0000b"
METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def _document() -> dict[str, Any]:
    return get_app().openapi()


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if ref:
        return _document()["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    return schema


def _kinds(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema allows (through anyOf and $ref)."""
    schema = _resolve(schema)
    kinds = {schema["type"]} if isinstance(schema.get("type"), str) else set()
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        kinds |= _kinds(option)
    return kinds


def _benign(param: dict[str, Any]) -> str:
    schema = _resolve(param.get("schema", {}))
    if "integer" in _kinds(schema):
        return str(max(int(schema.get("minimum", 1)), 1))
    if schema.get("format") == "uuid":
        return "00000000-0000-0000-0000-000000000001"
    return "x"


def _cases() -> list[tuple[str, str, str, str, Any]]:
    """(method, path, where, name, bad value) for every integer/string parameter and top-level body field."""
    cases = []
    for path, item in _document()["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if not operation:
                continue
            for param in operation.get("parameters", []):
                if param["in"] not in ("query", "path"):
                    continue
                kinds = _kinds(param.get("schema", {}))
                if "integer" in kinds:
                    cases.append((method, path, param["in"], param["name"], HUGE))
                if "string" in kinds or "integer" in kinds:
                    cases.append((method, path, param["in"], param["name"], NUL))
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                for name, prop in _resolve(body.get("schema", {})).get("properties", {}).items():
                    kinds = _kinds(prop)
                    if "integer" in kinds:
                        cases.append((method, path, "body", name, HUGE))
                    if "string" in kinds:
                        cases.append((method, path, "body", name, NUL))
    return cases


def _request(method: str, path: str, where: str, name: str, bad: Any) -> dict[str, Any]:
    operation = _document()["paths"][path][method]
    params: dict[str, str] = {}
    url = path
    for param in operation.get("parameters", []):
        value = str(bad) if (param["in"], param["name"]) == (where, name) else _benign(param)
        if param["in"] == "path":
            url = url.replace("{" + param["name"] + "}", value.replace("\u0000", "%00"))
        elif param["in"] == "query" and (param.get("required") or param["name"] == name):
            params[param["name"]] = value
    request: dict[str, Any] = {"method": method.upper(), "url": url, "params": params}
    if where == "body":
        request["json"] = {name: bad}
    return request


CASES = _cases()


def test_the_walk_covers_the_parameters_the_issue_names() -> None:
    named = {(path, name) for _, path, _, name, bad in CASES if bad == HUGE}
    for expected in [
        ("/api/v1/models", "unit"),
        ("/api/v1/models", "registrant_unit"),
        ("/api/v1/models", "deciding_unit"),
        ("/api/v1/reviews", "holding_unit_id"),
        ("/api/v1/reviews", "unit_id"),
        ("/api/v1/public/exemplars", "unit"),
        ("/api/v1/models", "registrant_unit_id"),
        ("/api/v1/reviews", "holding_unit_id"),
    ]:
        assert expected in named, expected


async def test_no_operation_answers_500_to_huge_integers_or_nul(client, demo) -> None:
    headers = demo.headers("demo.admin", **{"If-Match": '"1"'})
    failures = []
    for method, path, where, name, bad in CASES:
        r = await client.request(headers=headers, **_request(method, path, where, name, bad))
        if r.status_code >= 500:
            failures.append(f"{method.upper()} {path} {where}:{name}={bad!r} -> {r.status_code}")
    assert not failures, "\n".join(failures)


def test_id_maxima_are_integers_within_63_bits() -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "integer" and "maximum" in node:
                assert isinstance(node["maximum"], int), where
                assert node["maximum"] <= 2**63 - 1, where
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(_document(), "")
    for path, item in _document()["paths"].items():
        for method in METHODS:
            for param in (item.get(method) or {}).get("parameters", []):
                schema = param.get("schema", {})
                options = [_resolve(s) for s in schema.get("anyOf", [schema])]
                for option in options:
                    if option.get("type") == "integer":
                        assert "maximum" in option, f"{method} {path} {param['name']} has no maximum"


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/models?unit=99999999999999999999",
        "/api/v1/models?registrant_unit=99999999999999999999",
        "/api/v1/models?deciding_unit=99999999999999999999",
        "/api/v1/reviews?holding_unit_id=99999999999999999999",
        "/api/v1/reviews?unit_id=99999999999999999999",
    ],
)
async def test_huge_unit_filters_are_422_with_the_parameter(client, demo, url) -> None:
    r = await client.get(url, headers=demo.headers("demo.admin"))
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "validation_failed"
    assert r.json()["errors"][0]["in"] == "query"


async def test_public_showcase_refuses_nul_without_signing_in(client, demo) -> None:
    r = await client.get("/api/v1/public/exemplars", params={"field": "economy\u0000"})
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0] == {
        "code": "control_character",
        "detail": r.json()["errors"][0]["detail"],
        "in": "query",
        "parameter": "field",
    }
    r = await client.get("/api/v1/public/exemplars", params={"unit": str(HUGE)})
    assert r.status_code == 422, r.text


async def test_nul_in_a_json_body_is_422_with_a_pointer_and_changes_nothing(client, demo, session) -> None:
    from sqlalchemy import func, select

    from app.models import Unit

    before = (await session.execute(select(func.count()).select_from(Unit))).scalar_one()
    await session.rollback()
    body = {"code": "QT-NEW", "name": "Xã\u0000 mới", "kind": "commune", "parent_id": demo.unit("QT-VL")}
    r = await client.post("/api/v1/units", json=body, headers=demo.headers("demo.admin"))
    assert r.status_code == 422, r.text
    assert {"code": "control_character", "pointer": "#/name"}.items() <= r.json()["errors"][0].items()
    assert (await session.execute(select(func.count()).select_from(Unit))).scalar_one() == before


@pytest.mark.parametrize("text", ["tab\tline\nreturn\r ok", "Dân vận khéo"])
def test_free_text_keeps_tab_newline_and_vietnamese(text) -> None:
    from app.core.input_guard import BAD_CHARACTERS

    assert not BAD_CHARACTERS.search(text)


@pytest.mark.parametrize("text", ["\u0000", "\u0001", "\u001b[31m", "\u007f", "\ud800"])
def test_control_characters_and_lone_surrogates_are_refused(text) -> None:
    from app.core.input_guard import BAD_CHARACTERS

    assert BAD_CHARACTERS.search(text)


async def test_a_nul_idempotency_key_is_422(client, demo) -> None:
    r = await client.post(
        "/api/v1/models", json={}, headers=demo.headers("demo.registrant", **{"Idempotency-Key": "key\u0001x"})
    )
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["in"] == "header"
