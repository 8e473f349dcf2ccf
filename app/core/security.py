"""Tokens and password hashes. The only module that imports jose.

python-jose accepts a token without `aud` or `exp` unless told otherwise and never picks a key by
`kid`, so every decode here passes one pinned algorithm, requires every claim we rely on, checks
`typ`, and looks the key up by `kid` in the local key set (no jku/x5u/jwk fetching, ever).
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives import serialization
from jose import jwt
from jose.exceptions import JOSEError

from app.core.config import Settings
from app.core.config_checks import HMAC_ALGORITHMS

TokenType = Literal["access", "refresh"]


@lru_cache(maxsize=4)
def _hasher_for(time_cost: int, memory_kib: int) -> tuple[PasswordHasher, str]:
    hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib)
    # Verified against when the user does not exist, so a miss costs the same time as a wrong password.
    return hasher, hasher.hash(secrets.token_urlsafe(16))


def _hasher() -> tuple[PasswordHasher, str]:
    from app.core.config import get_settings

    settings = get_settings()
    return _hasher_for(settings.argon2_time_cost, settings.argon2_memory_kib)


class InvalidToken(Exception):
    """The token is not one we accept; the message is for logs only."""


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher()[0].hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """True if the password matches; constant work when there is no user."""
    hasher, dummy = _hasher()
    try:
        return hasher.verify(password_hash or dummy, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def password_needs_rehash(password_hash: str) -> bool:
    """True when the stored hash uses outdated parameters."""
    return _hasher()[0].check_needs_rehash(password_hash)


@dataclass(frozen=True)
class KeySet:
    """Signing and verification keys by kid, for one pinned algorithm."""

    algorithm: str
    active_kid: str
    signing: dict[str, str]
    verifying: dict[str, str]


@lru_cache(maxsize=8)
def _key_set(algorithm: str, active_kid: str, keys: tuple[tuple[str, str], ...]) -> KeySet:
    signing = dict(keys)
    if algorithm in HMAC_ALGORITHMS:
        verifying = dict(signing)
    else:
        verifying = {}
        for kid, pem in signing.items():
            private = serialization.load_pem_private_key(pem.encode(), password=None)
            verifying[kid] = (
                private.public_key()
                .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
                .decode()
            )
    return KeySet(algorithm, active_kid, signing, verifying)


def key_set(settings: Settings) -> KeySet:
    """The key set the settings describe (cached)."""
    return _key_set(settings.jwt_algorithm, settings.jwt_active_kid, tuple(sorted(settings.jwt_keys.items())))


def new_token_id() -> str:
    """A random token id (jti / family id)."""
    return secrets.token_urlsafe(24)


def issue_token(
    settings: Settings,
    *,
    subject: uuid.UUID | str,
    token_type: TokenType,
    lifetime: timedelta,
    claims: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> tuple[str, str, datetime]:
    """Sign a token; returns (token, jti, expiry)."""
    keys = key_set(settings)
    issued = (now or datetime.now(UTC)).replace(microsecond=0)
    expires = issued + lifetime
    jti = new_token_id()
    payload: dict[str, Any] = {
        **(claims or {}),
        "sub": str(subject),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": int(issued.timestamp()),
        "nbf": int(issued.timestamp()),
        "exp": int(expires.timestamp()),
        "jti": jti,
        "typ": token_type,
    }
    token = jwt.encode(
        payload,
        keys.signing[keys.active_kid],
        algorithm=keys.algorithm,
        headers={"kid": keys.active_kid, "typ": "JWT"},
    )
    return token, jti, expires


LEEWAY_SECONDS = 30
# Access tokens already verified by this process, by their exact text: every request carries one, and
# verifying the signature and claims with python-jose costs more than the rest of a small read. A hit is
# re-checked for expiry; entries are tied to the key set and issuer/audience that verified them, so a
# key rotation or another configuration never accepts them. Bounded: the oldest go first.
_VERIFIED_MAX = 10_000
_verified: dict[tuple[str, str, str], tuple[KeySet, dict[str, Any]]] = {}


def _clock() -> float:
    """Seconds since the epoch (a seam for tests)."""
    return time.time()


def decode_access_token(settings: Settings, token: str) -> dict[str, Any]:
    """decode_token(..., "access"), remembering tokens that passed so a repeat costs a dict lookup."""
    keys = key_set(settings)
    cache_key = (token, settings.jwt_issuer, settings.jwt_audience)
    hit = _verified.get(cache_key)
    if hit is not None and hit[0] is keys:
        claims = hit[1]
        if _clock() < claims["exp"] + LEEWAY_SECONDS:
            return claims
        del _verified[cache_key]
        raise InvalidToken("token expired")
    claims = decode_token(settings, token, "access")
    if len(_verified) >= _VERIFIED_MAX:
        del _verified[next(iter(_verified))]
    _verified[cache_key] = (keys, claims)
    return claims


def peek_access_token(settings: Settings, token: str) -> dict[str, Any] | None:
    """The claims of a valid access token (verified once, then remembered), None for any other; leaves an
    expired remembered one for decode_access_token to refuse and forget."""
    hit = _verified.get((token, settings.jwt_issuer, settings.jwt_audience))
    if hit is not None and hit[0] is key_set(settings):
        return hit[1] if _clock() < hit[1]["exp"] + LEEWAY_SECONDS else None
    try:
        return decode_access_token(settings, token)
    except InvalidToken:
        return None


def decode_token(settings: Settings, token: str, expected_type: TokenType) -> dict[str, Any]:
    """Verify signature, algorithm, kid, exp/iat/iss/aud/sub and typ; return the claims."""
    keys = key_set(settings)
    try:
        header = jwt.get_unverified_header(token)
    except JOSEError as exc:
        raise InvalidToken("malformed token") from exc
    if header.get("alg") != keys.algorithm:
        raise InvalidToken("algorithm not accepted")
    if "crit" in header:  # RFC 7515 4.1.11: we implement no extension, so any critical one is unknown
        raise InvalidToken("unknown critical header")
    kid = header.get("kid")
    if not isinstance(kid, str) or kid not in keys.verifying:
        raise InvalidToken("unknown kid")
    try:
        claims = jwt.decode(
            token,
            keys.verifying[kid],
            algorithms=[keys.algorithm],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={
                "verify_signature": True,
                "verify_aud": True,
                "verify_iat": True,
                "verify_exp": True,
                "verify_nbf": True,
                "verify_iss": True,
                "verify_sub": True,
                "verify_jti": True,
                "require_aud": True,
                "require_iat": True,
                "require_exp": True,
                "require_iss": True,
                "require_sub": True,
                "require_jti": True,
                "leeway": LEEWAY_SECONDS,
            },
        )
    except JOSEError as exc:
        raise InvalidToken(str(exc)) from exc
    if claims.get("typ") != expected_type:
        raise InvalidToken("wrong token type")
    iat = claims.get("iat")
    if not isinstance(iat, int) or iat > _clock() + settings.token_iat_leeway_seconds:
        raise InvalidToken("issued in the future")
    return claims
