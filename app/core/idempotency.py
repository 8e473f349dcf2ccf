"""Idempotency-Key for POST: the first response is stored with the change, in the same transaction,
and replayed for 24 hours; the same key with another body is refused. Keys are scoped to the caller.
State lives in the database, so it holds across workers and replicas.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Header, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import AppError
from app.core.i18n import Text
from app.models import IdempotencyRecord

REPLAY_WINDOW = timedelta(hours=24)

# Read from the request by idempotent(); declared on each POST so the contract shows it.
IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", max_length=255,
           description="A retry with the same key within 24 h returns the first response; "
                       "the same key with another body is refused (422)."),
]
_KEEP_HEADERS = ("location", "etag", "content-type")


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


def _replay(record: IdempotencyRecord) -> Response:
    headers = dict(record.response_headers)
    headers["Idempotent-Replayed"] = "true"
    media_type = headers.pop("content-type", "application/json")
    return Response(record.response_body, status_code=record.status_code, headers=headers, media_type=media_type)


async def _find(session: AsyncSession, user_id: uuid.UUID, key: str) -> IdempotencyRecord | None:
    since = datetime.now(UTC) - REPLAY_WINDOW
    return (await session.execute(
        select(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key,
            IdempotencyRecord.created_at >= since,
        )
    )).scalar_one_or_none()


async def idempotent(
    request: Request,
    session: AsyncSession,
    user_id: uuid.UUID,
    produce: Callable[[], Awaitable[Response]],
    *,
    fingerprint: str | None = None,
) -> Response:
    """Run `produce` once per (caller, Idempotency-Key); replay its stored response afterwards.

    `fingerprint` replaces hashing the raw body: uploads pass a digest of their fields and the file's
    SHA-256 so a large body is never read into memory for this.
    """
    key = request.headers.get("idempotency-key")
    if key is None:
        return await produce()
    if not (0 < len(key) <= 255) or not key.isprintable():
        raise InvalidIdempotencyKey()
    fingerprint = fingerprint or await _fingerprint(request)
    existing = await _find(session, user_id, key)
    if existing is not None:
        if existing.request_hash != fingerprint:
            raise IdempotencyKeyReused()
        return _replay(existing)
    response = await produce()
    if response.status_code >= 500:
        return response
    # Expired records of this caller and key make way for the new one.
    await session.execute(delete(IdempotencyRecord).where(
        IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key))
    body = bytes(response.body) if isinstance(response, JSONResponse | Response) else b""
    record = IdempotencyRecord(
        user_id=user_id, key=key, method=request.method, path=request.url.path, request_hash=fingerprint,
        status_code=response.status_code, response_body=body.decode("utf-8", "replace"),
        response_headers={k: v for k, v in response.headers.items() if k.lower() in _KEEP_HEADERS},
    )
    try:
        async with session.begin_nested():
            session.add(record)
    except IntegrityError:
        # A concurrent request with the same key won: undo our work and replay its answer.
        await session.rollback()
        winner = await _find(session, user_id, key)
        if winner is None or winner.request_hash != fingerprint:
            raise IdempotencyKeyReused() from None
        return _replay(winner)
    return response
