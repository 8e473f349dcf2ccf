"""Sign-in, refresh-token rotation with reuse detection, logout, and login throttling."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import repository
from app.auth.caller_cache import invalidate_on_commit
from app.core.config import Settings
from app.core.errors import TooManyRequests, Unauthorized, Unprocessable
from app.core.i18n import Text
from app.core.security import (
    InvalidToken,
    decode_token,
    hash_password,
    issue_token,
    new_token_id,
    password_needs_rehash,
    verify_password,
)
from app.models import LoginAttempt, RefreshToken, User

BAD_CREDENTIALS = Text("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong username or password.")
BAD_REFRESH = Text(
    "Mã làm mới không hợp lệ, đã dùng hoặc đã bị thu hồi; hãy đăng nhập lại.",
    "The refresh token is invalid, used or revoked; sign in again.",
)
WRONG_CURRENT_PASSWORD = Text("Mật khẩu hiện tại không đúng.", "The current password is wrong.")
THROTTLED = Text(
    "Đăng nhập sai quá nhiều lần; hãy thử lại sau {seconds} giây.",
    "Too many failed sign-ins; try again in {seconds} seconds.",
)


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _refuse(seconds: float) -> None:
    wait = max(1, math.ceil(seconds))
    raise TooManyRequests(THROTTLED, code="login_throttled", headers={"Retry-After": str(wait)}, _seconds=wait)


async def throttle(session: AsyncSession, settings: Settings, username: str, address: str) -> None:
    """429 with Retry-After while this (account, address) pair is in its back-off, the account has failed
    too often from everywhere, or the address has failed too often across accounts.

    The pair's delay doubles with each failure past the free ones, so a guesser slows down at once; a
    stranger elsewhere only adds to the account's ceiling, which is set high enough (100 an hour by
    default) that the owner, signing in from their own address, is not locked out by someone else."""
    now = _now()
    pair_since = now - timedelta(seconds=settings.login_window_seconds)
    account_since = now - timedelta(seconds=settings.login_account_window_seconds)
    account, oldest, pair, last = await repository.account_failures(
        session, username, address[:64], pair_since, account_since
    )
    if account >= settings.login_max_failures_per_account:
        _refuse((_aware(oldest) + timedelta(seconds=settings.login_account_window_seconds) - now).total_seconds())
    if pair >= settings.login_pair_free_failures and last is not None:
        delay = min(
            settings.login_backoff_base_seconds * 2 ** (pair - settings.login_pair_free_failures),
            settings.login_backoff_max_seconds,
        )
        wait = (_aware(last) + timedelta(seconds=delay) - now).total_seconds()
        if wait > 0:
            _refuse(wait)
    count, first = await repository.address_failures(session, address[:64], pair_since)
    if count >= settings.login_max_failures_per_address:
        _refuse((_aware(first) + timedelta(seconds=settings.login_window_seconds) - now).total_seconds())


async def _issue_pair(session: AsyncSession, settings: Settings, user: User, family_id: str) -> dict[str, object]:
    access_life = timedelta(minutes=settings.access_token_minutes)
    refresh_life = timedelta(days=settings.refresh_token_days)
    # "unit": the home unit, which the per-unit request quotas count against without a database read.
    claims: dict[str, object] = {"sid": family_id}
    if user.home_unit_id is not None:
        claims["unit"] = user.home_unit_id
    access, _, _ = issue_token(settings, subject=user.id, token_type="access", lifetime=access_life, claims=claims)
    refresh, jti, expires = issue_token(
        settings, subject=user.id, token_type="refresh", lifetime=refresh_life, claims={"sid": family_id}
    )
    session.add(RefreshToken(jti=jti, family_id=family_id, user_id=user.id, issued_at=_now(), expires_at=expires))
    await session.flush()
    return {
        "access_token": access,
        "token_type": "bearer",
        "expires_in": int(access_life.total_seconds()),
        "refresh_token": refresh,
        "refresh_expires_in": int(refresh_life.total_seconds()),
    }


async def sign_in(
    session: AsyncSession, settings: Settings, username: str, password: str, address: str
) -> dict[str, object]:
    """Password grant: verify, throttle, record failures (committed even though we answer 401)."""
    username = username.strip().lower()[:64]
    await throttle(session, settings, username, address)
    user = await repository.user_by_username(session, username)
    ok = verify_password(password, user.password_hash if user else None)
    if not ok or user is None or not user.is_active:
        session.add(LoginAttempt(username=username, address=address[:64], attempted_at=_now()))
        await session.commit()
        raise Unauthorized(BAD_CREDENTIALS, code="invalid_grant", error="invalid_grant")
    await repository.forget_failures(session, username)
    if password_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return await _issue_pair(session, settings, user, new_token_id())


async def refresh(session: AsyncSession, settings: Settings, token: str) -> dict[str, object]:
    """Rotate a refresh token; a reused one revokes its whole family (committed, then 401)."""
    try:
        claims = decode_token(settings, token, "refresh")
    except InvalidToken:
        raise Unauthorized(BAD_REFRESH, code="invalid_grant", error="invalid_grant") from None
    row = await repository.refresh_token_for_update(session, claims["jti"])
    if row is None or str(row.user_id) != claims["sub"]:
        raise Unauthorized(BAD_REFRESH, code="invalid_grant", error="invalid_grant")
    if row.used_at is not None or row.revoked_at is not None:
        await revoke_family(session, row.user_id, row.family_id)
        await session.commit()
        raise Unauthorized(BAD_REFRESH, code="refresh_token_reused", error="invalid_grant")
    # Compare-and-set so two concurrent rotations of one token cannot both succeed.
    if not await repository.mark_refresh_used(session, row.jti, _now()):
        await revoke_family(session, row.user_id, row.family_id)
        await session.commit()
        raise Unauthorized(BAD_REFRESH, code="refresh_token_reused", error="invalid_grant")
    user = await repository.own_user(session, row.user_id)
    if user is None or not user.is_active:
        raise Unauthorized(BAD_REFRESH, code="invalid_grant", error="invalid_grant")
    return await _issue_pair(session, settings, user, row.family_id)


async def revoke_family(session: AsyncSession, user_id: uuid.UUID, family_id: str) -> None:
    """Revoke every refresh token of a user's sign-in session (and so its access tokens, in this process's caller
    cache as soon as the session commits)."""
    await repository.revoke_family_tokens(session, family_id, _now())
    invalidate_on_commit(session, user_id)


async def sign_out(
    session: AsyncSession, settings: Settings, user_id: uuid.UUID, session_id: str | None, refresh_token: str | None
) -> None:
    """End the caller's session, and the session of a given refresh token if it is theirs."""
    if session_id:
        await revoke_family(session, user_id, session_id)
    if refresh_token:
        try:
            claims = decode_token(settings, refresh_token, "refresh")
        except InvalidToken:
            return
        if claims.get("sub") == str(user_id) and claims.get("sid"):
            await revoke_family(session, user_id, claims["sid"])


async def change_password(
    session: AsyncSession, settings: Settings, user: User, current: str, new: str, address: str
) -> None:
    """Change one's password after proving the current one; every other session is ended.

    Wrong guesses count as failed sign-ins (committed, then 422), so a stolen access token is not
    an unthrottled oracle for the password. 422, not 401: the session itself is fine, and a client
    must not take a mistyped password for an expired sign-in.
    """
    await throttle(session, settings, user.username, address)
    if not verify_password(current, user.password_hash):
        session.add(LoginAttempt(username=user.username, address=address[:64], attempted_at=_now()))
        await session.commit()
        raise Unprocessable(
            WRONG_CURRENT_PASSWORD,
            code="invalid_current_password",
            errors=[
                {
                    "code": "invalid_current_password",
                    "pointer": "#/current_password",
                    "detail": WRONG_CURRENT_PASSWORD.render(),
                }
            ],
        )
    user.password_hash = hash_password(new)
    await repository.revoke_user_tokens(session, user.id, _now())
    invalidate_on_commit(session, user.id)
