"""Queries about a service client authenticating itself (by its own id and secret, or by its token: no scope
involved, the client is the one asking)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, bindparam, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ServiceClient, ServiceClientSecret, Unit, User


async def client_by_id(session: AsyncSession, client_id: uuid.UUID) -> ServiceClient | None:
    """The client presenting its credentials (None when there is no such client)."""
    return await session.get(ServiceClient, client_id)


async def live_secrets(session: AsyncSession, client_id: uuid.UUID, now: datetime) -> list[ServiceClientSecret]:
    """The client's secrets that have not expired, newest first."""
    rows = await session.scalars(
        select(ServiceClientSecret)
        .where(
            ServiceClientSecret.client_id == client_id,
            or_(ServiceClientSecret.expires_at.is_(None), ServiceClientSecret.expires_at > now),
        )
        .order_by(ServiceClientSecret.created_at.desc())
    )
    return list(rows.all())


async def mark_secret_used(session: AsyncSession, secret_id: uuid.UUID, at: datetime) -> None:
    """Record when a secret last got a token (an administrator sees whether an old one is still in use)."""
    await session.execute(
        update(ServiceClientSecret).where(ServiceClientSecret.id == secret_id).values(last_used_at=at)
    )


def _caller_query() -> Any:
    """The client, its account's username, its unit's path and whether the unit is open, and whether the secret
    that got the token is still live: one row, or none."""
    clients, units, users, secrets = (
        ServiceClient.__table__,
        Unit.__table__,
        User.__table__,
        ServiceClientSecret.__table__,
    )
    secret_live = exists().where(
        secrets.c.id == bindparam("secret_id"),
        secrets.c.client_id == clients.c.id,
        or_(secrets.c.expires_at.is_(None), secrets.c.expires_at > bindparam("now")),
    )
    return (
        select(
            clients.c.id,
            clients.c.name,
            clients.c.scopes,
            and_(clients.c.is_active, clients.c.revoked_at.is_(None)).label("usable"),
            clients.c.unit_id,
            units.c.path,
            units.c.is_active.label("unit_active"),
            users.c.username,
            secret_live.label("secret_live"),
        )
        .select_from(clients.join(units, units.c.id == clients.c.unit_id).join(users, users.c.id == clients.c.id))
        .where(clients.c.id == bindparam("client_id"))
    )


# Built once: it runs on every call a client makes (Core rows, as auth.repository's caller query).
_CALLER_QUERY = _caller_query()


async def client_caller_row(
    session: AsyncSession, client_id: uuid.UUID, secret_id: uuid.UUID, now: datetime
) -> Row[Any] | None:
    """What a client's token stands for now (see `_caller_query`)."""
    params = {"client_id": client_id, "secret_id": secret_id, "now": now}
    return (await session.execute(_CALLER_QUERY, params)).one_or_none()
