"""Every error is problem+json with a stable code; bad input gets a 4xx, never a 500 or a trace."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

REFRESH = "/api/v1/auth/refresh"
LIMIT = 1_048_576  # DVK_MAX_JSON_BODY_BYTES default


def _assert_problem(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    assert body["status"] == status
    assert isinstance(body["code"], str) and body["code"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert body["type"].endswith(body["code"])
    if code:
        assert body["code"] == code, body
    assert "Traceback" not in response.text
    return body


async def test_unknown_route_is_a_404_problem(client) -> None:
    body = _assert_problem(await client.get("/api/v1/no-such-thing"), 404, "not_found")
    assert body["instance"] == "/api/v1/no-such-thing"
    assert body["request_id"]


async def test_wrong_method_is_a_405_problem_with_allow(client) -> None:
    r = await client.delete("/api/v1/me")
    _assert_problem(r, 405, "method_not_allowed")
    assert "GET" in r.headers["allow"]
    r = await client.get("/api/v1/auth/token")
    _assert_problem(r, 405, "method_not_allowed")
    assert r.headers["allow"] == "POST"


async def test_malformed_json_is_a_400_problem(client) -> None:
    r = await client.post(REFRESH, content=b'{"refresh_token": ', headers={"Content-Type": "application/json"})
    body = _assert_problem(r, 400, "malformed_json")
    assert body["errors"]


async def test_wrong_types_are_a_422_with_json_pointers(client) -> None:
    r = await client.post(REFRESH, json={"refresh_token": 12345})
    body = _assert_problem(r, 422, "validation_failed")
    assert body["errors"] == [
        {"code": "string_type", "detail": body["errors"][0]["detail"], "pointer": "#/refresh_token"}
    ]


async def test_missing_fields_and_non_object_bodies_are_422(client) -> None:
    body = _assert_problem(await client.post(REFRESH, json={}), 422, "validation_failed")
    assert body["errors"][0] == {"code": "missing", "detail": body["errors"][0]["detail"], "pointer": "#/refresh_token"}
    for payload in ([], "text", 5, None):
        _assert_problem(await client.post(REFRESH, json=payload), 422, "validation_failed")


async def test_unknown_fields_on_write_are_rejected(client) -> None:
    r = await client.post(REFRESH, json={"refresh_token": "x" * 40, "is_admin": True})
    body = _assert_problem(r, 422, "validation_failed")
    assert {"code": "extra_forbidden", "pointer": "#/is_admin"} in [
        {"code": e["code"], "pointer": e["pointer"]} for e in body["errors"]
    ]


async def test_validation_details_follow_the_language(client) -> None:
    en = (await client.post(REFRESH, json={}, headers={"Accept-Language": "en"})).json()
    vi = (await client.post(REFRESH, json={})).json()
    assert en["errors"][0]["detail"] == "Field required."
    assert vi["errors"][0]["detail"] == "Thiếu trường bắt buộc."


async def test_invalid_utf8_in_a_json_body_is_a_400_problem(client) -> None:
    for content in (b'{"refresh_token": "\xff\xfe\xfd-not-utf8-at-all"}', b"\xff\xfe{}", b'{"\xc3": 1}'):
        r = await client.post(REFRESH, content=content, headers={"Content-Type": "application/json"})
        assert r.status_code == 400, (content, r.text)
        _assert_problem(r, 400)


async def test_invalid_utf8_in_a_form_body_is_not_a_500(client) -> None:
    r = await client.post(
        "/api/v1/auth/token",
        content=b"username=\xff\xfe&password=\xff",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert 400 <= r.status_code < 500, r.text
    assert r.headers["content-type"].startswith("application/problem+json")


async def test_body_over_the_limit_with_content_length_is_413(client) -> None:
    content = b'{"refresh_token": "' + b"a" * LIMIT + b'"}'
    r = await client.post(REFRESH, content=content, headers={"Content-Type": "application/json"})
    _assert_problem(r, 413, "payload_too_large")


async def test_streamed_body_over_the_limit_is_413(client) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"refresh_token": "'
        for _ in range(20):
            yield b"a" * 65_536
        yield b'"}'

    r = await client.post(REFRESH, content=chunks(), headers={"Content-Type": "application/json"})
    assert "content-length" not in r.request.headers
    _assert_problem(r, 413, "payload_too_large")


async def test_form_body_over_the_limit_is_413(client) -> None:
    r = await client.post(
        "/api/v1/auth/token",
        content=b"username=a&password=" + b"a" * (LIMIT + 10),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    _assert_problem(r, 413, "payload_too_large")


async def test_a_huge_string_field_is_a_4xx_not_a_500(client) -> None:
    r = await client.post(REFRESH, json={"refresh_token": "a" * 1_000_000})
    body = _assert_problem(r, 422, "validation_failed")
    assert body["errors"][0]["code"] == "string_too_long"
    r = await client.post("/api/v1/auth/token", data={"username": "u" * 100_000, "password": "p"})
    _assert_problem(r, 422, "validation_failed")


async def test_detail_is_vietnamese_by_default_and_english_on_request(client) -> None:
    async def detail(**headers: str) -> tuple[str, str]:
        r = await client.get("/api/v1/nowhere", headers=headers)
        return r.json()["detail"], r.headers["content-language"]

    assert await detail() == ("Không tìm thấy tài nguyên.", "vi")
    assert await detail(**{"Accept-Language": "vi"}) == ("Không tìm thấy tài nguyên.", "vi")
    vi_first = {"Accept-Language": "vi-VN,vi;q=0.9,en;q=0.8"}
    assert await detail(**vi_first) == ("Không tìm thấy tài nguyên.", "vi")
    assert await detail(**{"Accept-Language": "en"}) == ("The resource was not found.", "en")
    assert await detail(**{"Accept-Language": "en-GB"}) == ("The resource was not found.", "en")
    assert await detail(**{"Accept-Language": "fr, en;q=0.5"}) == ("The resource was not found.", "en")
    assert await detail(**{"Accept-Language": "en;q=0.2, vi;q=0.9"}) == ("Không tìm thấy tài nguyên.", "vi")
    assert await detail(**{"Accept-Language": "de"}) == ("Không tìm thấy tài nguyên.", "vi")
    assert await detail(**{"Accept-Language": ";;q=abc,,"}) == ("Không tìm thấy tài nguyên.", "vi")


async def test_well_formed_request_id_is_echoed(client) -> None:
    rid = "client-req-0001:abc.DEF_9"
    r = await client.get("/api/v1/nowhere", headers={"X-Request-ID": rid})
    assert r.headers["x-request-id"] == rid
    assert r.json()["request_id"] == rid


async def test_malformed_request_id_is_replaced(client) -> None:
    for bad in ("has spaces in it", "a" * 300, "short", "x<script>alert(1)</script>", "ok-id\u00e9-unicode"):
        r = await client.get("/healthz", headers={"X-Request-ID": bad.encode()})
        assert r.headers["x-request-id"] != bad
        assert len(r.headers["x-request-id"]) == 32
    r = await client.get("/healthz")
    assert len(r.headers["x-request-id"]) == 32


async def test_nosniff_on_every_response(client, demo) -> None:
    responses = [
        await client.get("/healthz"),
        await client.get("/api/v1/nowhere"),
        await client.delete("/api/v1/me"),
        await client.get("/api/v1/me"),
        await client.get("/api/v1/me", headers=demo.headers("demo.viewer")),
        await client.post(REFRESH, json={}),
        await client.post(REFRESH, content=b"{", headers={"Content-Type": "application/json"}),
        await client.post(REFRESH, content=b"x" * (LIMIT + 1), headers={"Content-Type": "application/json"}),
        await client.get("/api/v1/openapi.json"),
    ]
    for r in responses:
        assert r.headers["x-content-type-options"] == "nosniff", (r.request.url, r.status_code)


async def test_authenticated_responses_are_not_cached(client, demo) -> None:
    r = await client.get("/api/v1/me", headers=demo.headers("demo.viewer"))
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    refused = await client.get("/api/v1/me", headers={"Authorization": "Bearer nope"})
    assert refused.status_code == 401
    assert refused.headers["cache-control"] == "no-store"


def _app_with_a_crash() -> Any:
    from app.main import create_app

    app = create_app()

    @app.get("/boom", include_in_schema=False)
    async def boom() -> None:
        raise RuntimeError("secret-internal-detail at /srv/app/db.py line 42")

    return app


async def test_an_unexpected_exception_is_a_500_problem_without_a_trace(database) -> None:
    transport = httpx.ASGITransport(app=_app_with_a_crash(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        r = await c.get("/boom", headers={"X-Request-ID": "crash-request-0001"})
        body = _assert_problem(r, 500, "internal_error")
        assert body["request_id"] == "crash-request-0001"
        assert r.headers["x-request-id"] == "crash-request-0001"
        assert r.headers["x-content-type-options"] == "nosniff"
        for leak in ("Traceback", "RuntimeError", "secret-internal-detail", "db.py", 'File "'):
            assert leak not in r.text
        # The language is honoured on this path too.
        en = await c.get("/boom", headers={"Accept-Language": "en"})
        assert en.json()["detail"].startswith("Internal error")
        assert len(en.json()["request_id"]) == 32


async def test_a_json_body_with_the_wrong_content_type_is_a_4xx(client) -> None:
    for content_type in ("text/plain", "application/xml", "application/x-www-form-urlencoded"):
        r = await client.post(
            REFRESH, content=b'{"refresh_token": "abcdefghijklmnop"}', headers={"Content-Type": content_type}
        )
        assert 400 <= r.status_code < 500 and r.status_code != 401, (content_type, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
