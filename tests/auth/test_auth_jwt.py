"""The access token: only our own, correctly signed, unexpired tokens for our audience get in."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
import uuid
from datetime import timedelta
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwt

from app.core.config import get_settings
from app.core.security import issue_token

ME = "/api/v1/me"


def _secret() -> tuple[str, str]:
    """(kid, secret) of the key the test run signs with."""
    settings = get_settings()
    return settings.jwt_active_kid, settings.jwt_keys[settings.jwt_active_kid]


def _claims(subject: uuid.UUID | str, **changes: Any) -> dict[str, Any]:
    """Valid access-token claims; a change of None removes the claim."""
    settings = get_settings()
    now = int(time.time())
    claims: dict[str, Any] = {
        "sub": str(subject),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": now,
        "nbf": now,
        "exp": now + 300,
        "jti": secrets.token_urlsafe(12),
        "typ": "access",
    }
    for key, value in changes.items():
        if value is None:
            claims.pop(key, None)
        else:
            claims[key] = value
    return claims


def _sign(claims: dict[str, Any], key: str | None = None, algorithm: str = "HS256", **headers: Any) -> str:
    """Sign claims (with the run's key unless another is given)."""
    kid, secret = _secret()
    return jwt.encode(claims, key or secret, algorithm=algorithm, headers={"kid": kid, **headers})


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _assert_refused(response: Any) -> None:
    """A 401 problem+json with a code and the Bearer challenge."""
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["www-authenticate"].startswith("Bearer")
    body = response.json()
    assert body["status"] == 401
    assert body["code"] in {"invalid_token", "unauthorized"}


def _rsa_pem() -> tuple[str, str]:
    """(private PEM, public PEM) of a fresh RSA key."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


async def test_a_token_the_app_signed_gets_in(client, demo) -> None:
    token = _sign(_claims(demo.users["demo.viewer"]))
    r = await client.get(ME, headers=_bearer(token))
    assert r.status_code == 200, r.text
    assert r.json()["username"] == "demo.viewer"


async def test_token_signed_with_another_hmac_key_is_refused(client, demo) -> None:
    token = _sign(_claims(demo.users["demo.admin"]), key=secrets.token_urlsafe(48))
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_unsigned_alg_none_token_is_refused(client, demo) -> None:
    kid, _ = _secret()
    payload = _b64(json.dumps(_claims(demo.users["demo.admin"])).encode())
    for alg in ("none", "None", "NONE"):
        header = _b64(json.dumps({"alg": alg, "typ": "JWT", "kid": kid}).encode())
        for token in (f"{header}.{payload}.", f"{header}.{payload}"):
            _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_with_another_hmac_algorithm_is_refused(client, demo) -> None:
    # Same secret, but HS512 is not the pinned algorithm.
    token = _sign(_claims(demo.users["demo.admin"]), algorithm="HS512")
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_rs256_app_refuses_hs256_token_signed_with_its_public_key(client, demo, settings_env) -> None:
    private, public = _rsa_pem()
    settings = settings_env(jwt_algorithm="RS256", jwt_keys={"rs-1": private}, jwt_active_kid="rs-1")

    proper, _, _ = issue_token(
        settings, subject=demo.users["demo.admin"], token_type="access", lifetime=timedelta(minutes=5)
    )
    assert jwt.get_unverified_header(proper)["alg"] == "RS256"
    assert (await client.get(ME, headers=_bearer(proper))).status_code == 200

    # The classic algorithm confusion: HMAC over the token with the public PEM as the secret.
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "rs-1"}).encode())
    payload = _b64(json.dumps(_claims(demo.users["demo.admin"])).encode())
    for secret in (public, public.strip()):
        signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
        forged = f"{header}.{payload}.{_b64(signature)}"
        _assert_refused(await client.get(ME, headers=_bearer(forged)))


async def test_rs256_app_refuses_token_signed_by_another_rsa_key(client, demo, settings_env) -> None:
    private, _ = _rsa_pem()
    attacker, _ = _rsa_pem()
    settings_env(jwt_algorithm="RS256", jwt_keys={"rs-1": private}, jwt_active_kid="rs-1")
    token = jwt.encode(_claims(demo.users["demo.admin"]), attacker, algorithm="RS256", headers={"kid": "rs-1"})
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_without_audience_is_refused(client, demo) -> None:
    token = _sign(_claims(demo.users["demo.admin"], aud=None))
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_without_expiry_is_refused(client, demo) -> None:
    token = _sign(_claims(demo.users["demo.admin"], exp=None))
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_expired_token_is_refused(client, demo) -> None:
    now = int(time.time())
    token = _sign(_claims(demo.users["demo.admin"], iat=now - 3600, nbf=now - 3600, exp=now - 600))
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_not_yet_valid_is_refused(client, demo) -> None:
    token = _sign(_claims(demo.users["demo.admin"], nbf=int(time.time()) + 600))
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_for_another_audience_is_refused(client, demo) -> None:
    token = _sign(_claims(demo.users["demo.admin"], aud="some-other-service"))
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_from_another_issuer_is_refused(client, demo) -> None:
    token = _sign(_claims(demo.users["demo.admin"], iss="https://evil.example"))
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_with_unknown_kid_is_refused(client, demo) -> None:
    _, secret = _secret()
    token = jwt.encode(_claims(demo.users["demo.admin"]), secret, algorithm="HS256", headers={"kid": "nope-9"})
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_without_kid_is_refused(client, demo) -> None:
    _, secret = _secret()
    token = jwt.encode(_claims(demo.users["demo.admin"]), secret, algorithm="HS256")
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_key_urls_and_embedded_keys_in_the_header_are_ignored(client, demo) -> None:
    attacker = secrets.token_urlsafe(48)
    embedded = {"kty": "oct", "k": _b64(attacker.encode()), "kid": _secret()[0]}
    claims = _claims(demo.users["demo.admin"])
    for headers in (
        {"jwk": embedded},
        {"jku": "https://evil.example/jwks.json"},
        {"x5u": "https://evil.example/cert.pem"},
        {"jwk": embedded, "jku": "https://evil.example/jwks.json", "x5u": "https://evil.example/c.pem"},
    ):
        token = _sign(claims, key=attacker, **headers)
        _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_rs256_app_ignores_an_attacker_jwk_in_the_header(client, demo, settings_env) -> None:
    private, _ = _rsa_pem()
    settings_env(jwt_algorithm="RS256", jwt_keys={"rs-1": private}, jwt_active_kid="rs-1")
    attacker_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    attacker_pem = attacker_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    numbers = attacker_key.public_key().public_numbers()
    jwk = {
        "kty": "RSA",
        "kid": "rs-1",
        "n": _b64(numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")),
        "e": _b64(numbers.e.to_bytes(3, "big")),
    }
    token = jwt.encode(
        _claims(demo.users["demo.admin"]),
        attacker_pem,
        algorithm="RS256",
        headers={"kid": "rs-1", "jwk": jwk, "jku": "https://evil.example/jwks.json"},
    )
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_refresh_token_is_not_an_access_token(client, demo) -> None:
    r = await client.post("/api/v1/auth/token", data={"username": "demo.viewer", "password": demo.password})
    assert r.status_code == 200, r.text
    _assert_refused(await client.get(ME, headers=_bearer(r.json()["refresh_token"])))
    minted, _, _ = issue_token(
        get_settings(), subject=demo.users["demo.viewer"], token_type="refresh", lifetime=timedelta(minutes=5)
    )
    _assert_refused(await client.get(ME, headers=_bearer(minted)))


async def test_token_without_type_is_refused(client, demo) -> None:
    token = _sign(_claims(demo.users["demo.admin"], typ=None))
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_token_for_a_subject_that_is_not_a_user_is_refused(client, demo) -> None:
    for subject in (uuid.uuid4(), "not-a-uuid"):
        _assert_refused(await client.get(ME, headers=_bearer(_sign(_claims(subject)))))


async def test_token_of_a_deactivated_user_is_refused(client, demo, session) -> None:
    from app.models import User

    user = await session.get(User, demo.users["demo.viewer"])
    user.is_active = False
    await session.commit()
    _assert_refused(await client.get(ME, headers=demo.headers("demo.viewer")))


async def test_garbage_bearer_values_are_refused(client, demo) -> None:
    for token in ("abc", "a.b.c", "a.b", "....", "eyJhbGciOiJIUzI1NiJ9.e30.", "x" * 5000):
        _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_missing_authorization_gets_a_bearer_challenge(client, demo) -> None:
    r = await client.get(ME)
    _assert_refused(r)
    assert r.headers["www-authenticate"] == "Bearer"
    basic = await client.get(ME, headers={"Authorization": "Basic ZGVtbzpkZW1v"})
    _assert_refused(basic)


async def test_a_verified_token_is_remembered_and_still_expires(client, demo, monkeypatch) -> None:
    from app.core import security

    checks: list[str] = []
    real_decode = security.decode_token

    def counting(settings: Any, token: str, expected: str) -> dict[str, Any]:
        checks.append(token)
        return real_decode(settings, token, expected)

    monkeypatch.setattr(security, "decode_token", counting)
    now = time.time()
    token = _sign(_claims(demo.users["demo.viewer"], exp=int(now) + 60))
    for _ in range(3):
        assert (await client.get(ME, headers=_bearer(token))).status_code == 200
    assert checks == [token]  # the signature and claims were checked once, then remembered

    # Past expiry (and the 30 s leeway) the remembered token is refused like any expired one.
    monkeypatch.setattr(security, "_clock", lambda: now + 60 + security.LEEWAY_SECONDS + 1)
    _assert_refused(await client.get(ME, headers=_bearer(token)))
    # ...and forgotten: the next use verifies it from scratch.
    monkeypatch.setattr(security, "_clock", lambda: now)
    assert (await client.get(ME, headers=_bearer(token))).status_code == 200
    assert checks == [token, token]


async def test_a_remembered_token_is_checked_again_after_a_key_change(client, demo, settings_env) -> None:
    token = _sign(_claims(demo.users["demo.viewer"]))
    assert (await client.get(ME, headers=_bearer(token))).status_code == 200
    # The key that signed it is retired: the remembered verification does not outlive the key set.
    settings_env(jwt_keys={"other-1": secrets.token_urlsafe(48)}, jwt_active_kid="other-1")
    _assert_refused(await client.get(ME, headers=_bearer(token)))


async def test_a_remembered_token_of_a_user_deactivated_since_is_refused(client, demo, session) -> None:
    from app.models import User

    headers = demo.headers("demo.viewer")
    assert (await client.get(ME, headers=headers)).status_code == 200
    user = await session.get(User, demo.users["demo.viewer"])
    user.is_active = False
    await session.commit()
    _assert_refused(await client.get(ME, headers=headers))
