"""Idempotency-Key for POST: exactly once per (caller, key).

The key is claimed before the work starts, by an INSERT into `idempotency_keys` in the request's own
transaction; the response is written into that row before the transaction commits, so a committed claim
always carries its answer and a rolled-back request (an error, a killed worker, a lost connection) leaves no
claim behind. A concurrent duplicate's INSERT waits on the unique index for the first request's transaction:
when that commits, the duplicate replays its answer (or, with another body, is refused 422); when it rolls
back, the duplicate does the work itself. The wait is bounded (`idempotency_wait_seconds`, PostgreSQL's
lock_timeout), after which the duplicate gets 409 `idempotency_in_progress` with Retry-After. A record older
than 24 h is taken over atomically (the same upsert), never deleted under another request's feet.
State lives in the database, so it holds across workers and replicas.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, cast

from fastapi import Header, Request, Response
from sqlalchemy import Table, delete, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.db_errors import sqlstate
from app.core.errors import AppError, Conflict
from app.core.i18n import Text
from app.models import IdempotencyRecord

REPLAY_WINDOW = timedelta(hours=24)
# Status of a claim whose request is still running; only ever visible to its own transaction.
IN_PROGRESS = 0
LOCK_NOT_AVAILABLE = "55P03"  # lock_timeout ran out

# Read from the request by idempotent(); declared on each POST so the contract shows it.
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=255,
        description="A retry with the same key within 24 h returns the first response "
        "(`Idempotent-Replayed: true`); a concurrent retry waits for the first to finish; the same "
        "key with another body is refused (422).",
    ),
]
_KEEP_HEADERS = ("location", "etag", "content-type")
_TABLE = cast(Table, IdempotencyRecord.__table__)


class IdempotencyKeyReused(AppError):
    status, code = 422, "idempotency_key_reused"
    message = Text(
        "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.",
        "This Idempotency-Key was already used for a different request.",
    )


class InvalidIdempotencyKey(AppError):
    status, code = 400, "invalid_idempotency_key"
    message = Text(
        "Idempotency-Key phải dài 1–255 ký tự in được.", "Idempotency-Key must be 1–255 printable characters."
    )


class IdempotencyInProgress(Conflict):
    code = "idempotency_in_progress"
    message = Text(
        "Một yêu cầu khác với cùng Idempotency-Key đang được xử lý; hãy thử lại sau.",
        "A request with this Idempotency-Key is still being processed; retry later.",
    )


async def _fingerprint(request: Request) -> str:
    body = await request.body()
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode() if body else b""
    except (ValueError, UnicodeDecodeError):
        canonical = body
    # Keyed, because bodies can carry passwords: a stored fingerprint must not be a cheap way to test
    # guesses offline. (A key rotation makes in-flight keys answer "reused"; retries are short-lived.)
    settings = get_settings()
    digest = hmac.new(("idempotency:" + settings.jwt_keys[settings.jwt_active_kid]).encode(), digestmod=hashlib.sha256)
    for part in (request.method.encode(), request.url.path.encode(), request.url.query.encode(), canonical):
        digest.update(part + b"\0")
    return digest.hexdigest()


def _replay(record: Any) -> Response:
    headers = dict(record.response_headers)
    headers["Idempotent-Replayed"] = "true"
    media_type = headers.pop("content-type", "application/json")
    return Response(record.response_body, status_code=record.status_code, headers=headers, media_type=media_type)


async def _claim(session: AsyncSession, request: Request, user_id: uuid.UUID, key: str, fingerprint: str) -> int | None:
    """Insert this request's claim, or take over an expired record; the claim's id, or None when a live
    record (committed by another request) holds the key. Waits for an in-flight duplicate's transaction."""
    now = datetime.now(UTC)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = {
        "user_id": user_id,
        "key": key,
        "method": request.method,
        "path": request.url.path[:500],
        "request_hash": fingerprint,
        "status_code": IN_PROGRESS,
        "response_body": "",
        "response_headers": {},
        "created_at": now,
    }
    table = _TABLE
    stmt = insert(table).values(**values)
    claim = stmt.on_conflict_do_update(
        index_elements=[table.c.user_id, table.c.key],
        set_={k: stmt.excluded[k] for k in values if k not in ("user_id", "key")},
        where=table.c.created_at < now - REPLAY_WINDOW,
    ).returning(table.c.id)
    if dialect != "postgresql":
        # SQLite: the request already holds the database's write lock (BEGIN IMMEDIATE), so a duplicate
        # waits for the whole first request before it gets here (bounded by the busy timeout).
        return (await session.execute(claim)).scalar_one_or_none()
    wait_ms = int(get_settings().idempotency_wait_seconds * 1000)
    # The bounded wait applies to this one statement; the server's own lock_timeout is put back after it.
    previous = (
        await session.execute(
            text("SELECT current_setting('lock_timeout') AS previous, set_config('lock_timeout', :v, true)"),
            {"v": f"{wait_ms}ms"},
        )
    ).scalar_one()
    try:
        claimed = (await session.execute(claim)).scalar_one_or_none()
    except DBAPIError as exc:
        if sqlstate(exc.orig) == LOCK_NOT_AVAILABLE:
            raise IdempotencyInProgress(headers={"Retry-After": "1"}) from None
        raise
    await session.execute(text("SELECT set_config('lock_timeout', :v, true)"), {"v": previous})
    return claimed


def without_field(name: str) -> Callable[[bytes], bytes]:
    """A `redact` for `idempotent`: the stored copy of a JSON answer with `name` set to null (a secret shown
    once: the replay answers null)."""

    def redact(body: bytes) -> bytes:
        data = json.loads(body)
        data[name] = None
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()

    return redact


async def idempotent(
    request: Request,
    session: AsyncSession,
    user_id: uuid.UUID,
    produce: Callable[[], Awaitable[Response]],
    *,
    fingerprint: str | None = None,
    redact: Callable[[bytes], bytes] | None = None,
) -> Response:
    """Run `produce` once per (caller, Idempotency-Key); replay its stored response afterwards.

    `fingerprint` replaces hashing the raw body: uploads pass a digest of their fields and the file's
    SHA-256 so a large body is never read into memory for this. `redact` rewrites the body before it is
    stored (a secret shown once must not be kept for the replay: the replay answers without it).
    """
    key = request.headers.get("idempotency-key")
    if key is None:
        return await produce()
    if not (0 < len(key) <= 255) or not key.isprintable():
        raise InvalidIdempotencyKey()
    fingerprint = fingerprint or await _fingerprint(request)
    claim = await _claim(session, request, user_id, key, fingerprint)
    if claim is None:
        existing = (
            await session.execute(
                select(_TABLE).where(IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key)
            )
        ).one()
        if existing.request_hash != fingerprint:
            raise IdempotencyKeyReused()
        return _replay(existing)
    response = await produce()
    table = _TABLE
    if response.status_code >= 500:
        # Not an answer to replay: give the key back (the work, if any, is still this request's to commit).
        await session.execute(delete(table).where(table.c.id == claim))
        return response
    body = bytes(response.body) if isinstance(response, Response) and hasattr(response, "body") else b""
    if redact is not None:
        body = redact(body)
    await session.execute(
        update(table)
        .where(table.c.id == claim)
        .values(
            status_code=response.status_code,
            response_body=body.decode("utf-8", "replace"),
            response_headers={k: v for k, v in response.headers.items() if k.lower() in _KEEP_HEADERS},
        )
    )
    return response
