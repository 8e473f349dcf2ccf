"""The OAuth2 client-credentials grant (RFC 6749 §4.4): a service client trades its id and secret for an access
token with its scopes, or the narrower `scope` it asks for.

Errors are the API's problem+json, carrying RFC 6749 §5.2's `error` (and `error_description`) members, so an
OAuth library reads them as it would a plain OAuth error body: `invalid_client` (401, `WWW-Authenticate:
Basic`) for an unknown client, a wrong or expired secret, or a disabled or revoked client — one answer for all,
so a stranger learns nothing about which ids exist; `invalid_scope` (400) for a scope the client does not
hold; `invalid_request` (400) for credentials sent two ways at once (RFC 6749 §2.3). Failed attempts count
towards the same throttling as failed sign-ins (by the client's account name and the address).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import client_repository as repo
from app.auth import repository as auth_repo
from app.auth.service import throttle
from app.core.config import Settings
from app.core.errors import AppError
from app.core.i18n import Text
from app.core.security import issue_token, verify_password
from app.models import LoginAttempt, ServiceClientSecret
from app.models.clients import account_username
from app.policy.scopes import parse_scopes

INVALID_CLIENT = Text(
    "Mã ứng dụng hoặc khóa bí mật không đúng, hoặc ứng dụng đã bị khóa.",
    "Wrong client id or secret, or the client is disabled.",
)
INVALID_SCOPE = Text(
    "Phạm vi quyền không hợp lệ hoặc vượt quá phạm vi đã cấp cho ứng dụng: {scopes}.",
    "Scopes unknown or beyond what the client holds: {scopes}.",
)
TWO_METHODS = Text(
    "Chỉ xác thực ứng dụng theo một cách (HTTP Basic hoặc client_secret trong nội dung), không dùng cả hai.",
    "Authenticate the client one way only (HTTP Basic or client_secret in the body), not both.",
)
# RFC 6749 §5.2: a client that tried to authenticate (HTTP Basic included) is told the scheme to use.
BASIC_CHALLENGE = {"WWW-Authenticate": 'Basic realm="dvk-api", charset="UTF-8"'}
TOKEN_CLAIM_SECRET = "csid"  # the id of the secret that got the token (its expiry ends the token too)


def oauth_error(status: int, error: str, text: Text, headers: dict[str, str] | None = None, **params: Any) -> AppError:
    """A problem with RFC 6749's `error` and `error_description` members."""
    return AppError(
        text,
        code=error,
        status=status,
        headers=headers,
        error=error,
        error_description=text.render("en", **params),
        **{f"_{k}": v for k, v in params.items()},
    )


def invalid_client() -> AppError:
    """401 `invalid_client` with the Basic challenge."""
    return oauth_error(401, "invalid_client", INVALID_CLIENT, BASIC_CHALLENGE)


def two_methods() -> AppError:
    """400 `invalid_request`: credentials in the Authorization header and in the body."""
    return oauth_error(400, "invalid_request", TWO_METHODS)


def _now() -> datetime:
    return datetime.now(UTC)


async def _fail(session: AsyncSession, username: str, address: str) -> AppError:
    """Count a failed authentication (committed, though the answer is 401) and give the error to raise."""
    session.add(LoginAttempt(username=username, address=address[:64], attempted_at=_now()))
    await session.commit()
    return invalid_client()


def _matching(secrets: list[ServiceClientSecret], secret: str) -> ServiceClientSecret | None:
    """The live secret the presented one matches (each is tried: at most a few live during an overlap)."""
    if not secrets:
        verify_password(secret, None)  # the same work as a wrong secret, so a miss is not told apart by time
    for candidate in secrets:
        if verify_password(secret, candidate.secret_hash):
            return candidate
    return None


def _granted(held: list[str], requested: str | None) -> list[str]:
    """The scopes the token carries: all the client holds, or the requested ones if it holds them all."""
    if requested is None or not requested.strip():
        return sorted(held)
    wanted = requested.split()
    known, unknown = parse_scopes(wanted)
    beyond = unknown + sorted(s.value for s in known if s.value not in held)
    if beyond:
        raise oauth_error(400, "invalid_scope", INVALID_SCOPE, scopes=" ".join(beyond))
    return sorted({s.value for s in known})


async def client_credentials(
    session: AsyncSession,
    settings: Settings,
    client_id: str,
    secret: str,
    requested_scope: str | None,
    address: str,
    on_known_client: Callable[[uuid.UUID], None] | None = None,
) -> dict[str, object]:
    """Verify the client and its secret, then issue an access token (no refresh token: RFC 6749 §4.4.3).
    `on_known_client(id)` is told the client's id once it is known to exist (the call log records it)."""
    try:
        parsed = uuid.UUID(client_id)
    except ValueError:
        raise invalid_client() from None
    username = account_username(parsed)
    await throttle(session, settings, username, address)
    client = await repo.client_by_id(session, parsed)
    if client is not None and on_known_client is not None:
        on_known_client(client.id)
    now = _now()
    live = await repo.live_secrets(session, parsed, now) if client else []
    found = await asyncio.to_thread(_matching, live, secret)  # argon2 off the event loop
    if client is None or found is None or not client.is_active or client.revoked_at is not None:
        raise await _fail(session, username, address)
    scopes = _granted(client.scopes, requested_scope)
    await auth_repo.forget_failures(session, username)
    await repo.mark_secret_used(session, found.id, now)
    lifetime = timedelta(minutes=settings.service_client_token_minutes)
    claims = {"client_id": str(client.id), "scope": " ".join(scopes), "unit": client.unit_id}
    claims[TOKEN_CLAIM_SECRET] = str(found.id)
    token, _, _ = issue_token(settings, subject=client.id, token_type="access", lifetime=lifetime, claims=claims)
    return {
        "access_token": token,
        "token_type": "bearer",
        "expires_in": int(lifetime.total_seconds()),
        "scope": " ".join(scopes),
    }
