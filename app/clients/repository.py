"""Queries for service clients, always limited to the clients the caller manages (the rule is
app.policy.visibility.service_client_rule: the client's unit lies in a subtree where the caller manages
users), their secrets and their call log."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import and_, delete, exists, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ServiceClient, ServiceClientCall, ServiceClientSecret, Unit, User
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import scoped


async def get_client(session: AsyncSession, caller: Caller, client_id: uuid.UUID) -> ServiceClient | None:
    """One client, if the caller manages it."""
    return (await session.scalars(scoped(caller, ServiceClient).where(ServiceClient.id == client_id))).one_or_none()


async def list_clients(
    session: AsyncSession,
    caller: Caller,
    unit_path: str | None,
    active: bool | None,
    after: tuple[str, str] | None,
    limit: int,
) -> list[ServiceClient]:
    """Up to `limit` clients the caller manages, by (name, id) after a position, in a subtree if given, active
    (neither suspended nor revoked) or not if asked."""
    query = scoped(caller, ServiceClient)
    if unit_path is not None:
        query = query.where(in_subtree(Unit.path, unit_path))
    if active is not None:
        usable = and_(ServiceClient.is_active.is_(True), ServiceClient.revoked_at.is_(None))
        query = query.where(usable if active else ~usable)
    if after is not None:
        name, last_id = after
        query = query.where(
            or_(ServiceClient.name > name, and_(ServiceClient.name == name, ServiceClient.id > uuid.UUID(last_id)))
        )
    return list((await session.scalars(query.order_by(ServiceClient.name, ServiceClient.id).limit(limit))).all())


async def get_unit(session: AsyncSession, unit_id: int) -> Unit | None:
    """A unit by id (the tree itself is public)."""
    return await session.get(Unit, unit_id)


async def account_of(session: AsyncSession, client: ServiceClient) -> User | None:
    """The client's account row (same id; loaded through the client the caller already sees)."""
    return await session.get(User, client.id)


async def username_taken(session: AsyncSession, username: str) -> bool:
    """True if an account already has this username."""
    return bool(await session.scalar(select(exists().where(User.username == username))))


async def live_secrets(
    session: AsyncSession, client_ids: list[uuid.UUID], now: datetime
) -> dict[uuid.UUID, list[ServiceClientSecret]]:
    """The secrets that have not expired of these clients (already visible to the caller), newest first."""
    out: dict[uuid.UUID, list[ServiceClientSecret]] = {cid: [] for cid in client_ids}
    if not client_ids:
        return out
    rows = await session.scalars(
        select(ServiceClientSecret)
        .where(
            ServiceClientSecret.client_id.in_(client_ids),
            or_(ServiceClientSecret.expires_at.is_(None), ServiceClientSecret.expires_at > now),
        )
        .order_by(ServiceClientSecret.created_at.desc(), ServiceClientSecret.id)
    )
    for secret in rows:
        out[secret.client_id].append(secret)
    return out


async def expire_secrets(session: AsyncSession, client_id: uuid.UUID, at: datetime) -> None:
    """Give every secret of a client the expiry `at`, unless it expires earlier already (never extended)."""
    later = or_(ServiceClientSecret.expires_at.is_(None), ServiceClientSecret.expires_at > at)
    await session.execute(
        update(ServiceClientSecret).where(ServiceClientSecret.client_id == client_id, later).values(expires_at=at)
    )


async def calls_page(
    session: AsyncSession, client_id: uuid.UUID, before: int | None, limit: int
) -> list[ServiceClientCall]:
    """Up to `limit` calls of a client (already visible to the caller), newest first, older than a position."""
    query = select(ServiceClientCall).where(ServiceClientCall.client_id == client_id)
    if before is not None:
        query = query.where(ServiceClientCall.id < before)
    return list((await session.scalars(query.order_by(ServiceClientCall.id.desc()).limit(limit))).all())


async def record_call(session: AsyncSession, values: dict[str, object]) -> None:
    """Append one row to the call log."""
    await session.execute(insert(ServiceClientCall).values(**values))


async def delete_calls_before(session: AsyncSession, before: datetime, batch: int) -> int:
    """Delete up to `batch` of the oldest calls made before a moment (the log's retention); how many. Ids rise
    with time, so the oldest come first off the primary key and the scan stops at the batch."""
    oldest = (
        select(ServiceClientCall.id).where(ServiceClientCall.at < before).order_by(ServiceClientCall.id).limit(batch)
    )
    result = await session.execute(delete(ServiceClientCall).where(ServiceClientCall.id.in_(oldest.scalar_subquery())))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
