"""Smaller hardening: CORS origins in comma form, /metrics in production, crit and future iat, 415 and 406."""

from __future__ import annotations

import secrets
import time
from typing import Any

import pytest
from jose import jwt

from app.core.config import Settings, get_settings
from app.core.security import InvalidToken, decode_token, key_set

STRONG = secrets.token_urlsafe(48)


def test_cors_origins_accept_the_comma_form_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("DVK_CORS_ORIGINS", "https://a.example.vn, https://b.example.vn")
    assert Settings().cors_origins == ["https://a.example.vn", "https://b.example.vn"]
    monkeypatch.setenv("DVK_CORS_ORIGINS", '["https://c.example.vn"]')
    assert Settings().cors_origins == ["https://c.example.vn"]


def test_production_refuses_to_start_without_a_metrics_token(monkeypatch) -> None:
    monkeypatch.delenv("DVK_JWT_KEYS", raising=False)
    monkeypatch.delenv("DVK_METRICS_TOKEN", raising=False)
    with pytest.raises(ValueError, match="METRICS_TOKEN"):
        Settings(env="production", jwt_keys={"k1": STRONG}, jwt_active_kid="k1", demo_password="x" * 12)
    ok = Settings(
        env="production", jwt_keys={"k1": STRONG}, jwt_active_kid="k1", demo_password="x" * 12, metrics_token="s" * 32
    )
    assert ok.metrics_token


def _token(headers: dict[str, Any], **claims: Any) -> str:
    settings = get_settings()
    keys = key_set(settings)
    now = int(time.time())
    payload = {
        "sub": "00000000-0000-0000-0000-000000000001",
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": now,
        "nbf": now,
        "exp": now + 300,
        "jti": "j" * 16,
        "typ": "access",
        **claims,
    }
    return jwt.encode(
        payload, keys.signing[keys.active_kid], algorithm=keys.algorithm, headers={"kid": keys.active_kid, **headers}
    )


def test_a_token_with_an_unknown_crit_header_is_refused() -> None:
    with pytest.raises(InvalidToken):
        decode_token(get_settings(), _token({"crit": ["exp-ext"], "exp-ext": 1}), "access")


def test_a_token_issued_in_the_future_is_refused_beyond_the_leeway() -> None:
    settings = get_settings()
    later = int(time.time()) + settings.token_iat_leeway_seconds + 120
    with pytest.raises(InvalidToken):
        decode_token(settings, _token({}, iat=later, nbf=int(time.time())), "access")
    soon = int(time.time()) + 5
    assert decode_token(settings, _token({}, iat=soon, nbf=int(time.time())), "access")["iat"] == soon


async def test_a_text_plain_body_to_a_json_endpoint_is_415(client, demo) -> None:
    r = await client.post(
        "/api/v1/auth/refresh", content=b'{"refresh_token": "x"}', headers={"Content-Type": "text/plain"}
    )
    assert r.status_code == 415, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "unsupported_media_type"
    r = await client.post(
        "/api/v1/units", content=b"{}", headers=demo.headers("demo.admin", **{"Content-Type": "application/xml"})
    )
    assert r.status_code == 415, r.text


async def test_json_and_form_bodies_are_still_accepted(client, demo) -> None:
    r = await client.post("/api/v1/auth/token", data={"username": "demo.admin", "password": demo.password})
    assert r.status_code == 200, r.text
    r = await client.post(
        "/api/v1/auth/refresh",
        content=b'{"refresh_token": "x"}',
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "#/refresh_token", r.text
    r = await client.post("/api/v1/auth/token", json={"username": "demo.admin", "password": demo.password})
    assert r.status_code == 415, r.text


async def test_accept_application_xml_is_406(client, demo) -> None:
    r = await client.get("/api/v1/fields", headers=demo.headers("demo.admin", Accept="application/xml"))
    assert r.status_code == 406, r.text
    assert r.json()["code"] == "not_acceptable"
    assert r.headers["content-type"].startswith("application/problem+json")
    r = await client.get(
        "/api/v1/fields", headers=demo.headers("demo.admin", Accept="application/xml, application/json;q=0")
    )
    assert r.status_code == 406, r.text


@pytest.mark.parametrize(
    "accept",
    [
        "*/*",
        "application/json",
        "application/problem+json",
        "text/html, application/*;q=0.8",
        "application/xml;q=1, */*;q=0.1",
        "",
    ],
)
async def test_acceptable_accept_headers_get_json(client, demo, accept) -> None:
    r = await client.get("/api/v1/fields", headers=demo.headers("demo.admin", Accept=accept))
    assert r.status_code == 200, r.text


async def test_exports_honour_their_own_media_types(client, demo) -> None:
    r = await client.get(
        "/api/v1/reports/registrations", params={"format": "csv"}, headers=demo.headers("demo.admin", Accept="text/csv")
    )
    assert r.status_code != 406, r.text
