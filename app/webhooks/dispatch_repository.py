"""The outbox dispatcher's statements: its checkpoint (locked so one dispatcher runs at a time), the events after
it and in its gaps, the active subscriptions with their subtree paths, and one delivery per event and
subscription. The unit tree is public, so reading units' paths needs no visibility rule; the events are read
whole because matching (a subscription's owner subtree and filter) happens per subscription."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import Event, EventCheckpoint, ServiceClient, Unit, WebhookDelivery, WebhookSubscription

GAP_RANGES_PER_STATEMENT = 50


def _dialect(session: AsyncSession) -> Any:
    return postgresql if session.get_bind().dialect.name == "postgresql" else sqlite


async def lock_checkpoint(session: AsyncSession, name: str) -> EventCheckpoint | None:
    """The checkpoint row, locked for this transaction; None when another dispatcher holds it (PostgreSQL: SKIP
    LOCKED; SQLite: the write lock of BEGIN IMMEDIATE already makes dispatchers take turns) or it does not exist."""
    statement = select(EventCheckpoint).where(EventCheckpoint.name == name).with_for_update(skip_locked=True)
    return (await session.scalars(statement)).first()


async def checkpoint_exists(session: AsyncSession, name: str) -> bool:
    """Whether the checkpoint row exists (locked or not)."""
    statement = select(func.count()).select_from(EventCheckpoint).where(EventCheckpoint.name == name)
    return (await session.scalar(statement)) == 1


async def create_checkpoint(session: AsyncSession, name: str, position: int, now: datetime) -> None:
    """Add the checkpoint row unless another dispatcher just did."""
    statement = (
        _dialect(session)
        .insert(EventCheckpoint)
        .values(name=name, position=position, gaps=[], updated_at=now)
        .on_conflict_do_nothing(index_elements=["name"])
    )
    await session.execute(statement)


async def last_event_id(session: AsyncSession, before: datetime | None = None) -> int:
    """The highest event id (of events before `before`, when given); 0 for none."""
    statement = select(func.max(Event.id))
    if before is not None:
        statement = statement.where(Event.occurred_at < before)
    return int(await session.scalar(statement) or 0)


async def first_subscription_at(session: AsyncSession) -> datetime | None:
    """When the oldest active subscription was created (events before it are never sent)."""
    statement = select(func.min(WebhookSubscription.created_at)).where(WebhookSubscription.status == "active")
    return await session.scalar(statement)


async def active_subscriptions(session: AsyncSession) -> Sequence[Row[WebhookSubscription, str, str]]:
    """Every active subscription with its filter unit's path and its owner unit's path; a service client's only
    while the client is usable (neither suspended nor revoked: its subscriptions resume when it is resumed)."""
    owner = aliased(Unit)
    usable = and_(ServiceClient.is_active.is_(True), ServiceClient.revoked_at.is_(None))
    statement = (
        select(WebhookSubscription, Unit.path.label("filter_path"), owner.path.label("owner_path"))
        .join(Unit, Unit.id == WebhookSubscription.unit_id)
        .join(owner, owner.id == WebhookSubscription.owner_unit_id)
        .outerjoin(ServiceClient, ServiceClient.id == WebhookSubscription.client_id)
        .where(WebhookSubscription.status == "active", or_(WebhookSubscription.client_id.is_(None), usable))
    )
    return (await session.execute(statement)).all()


async def events_after(session: AsyncSession, position: int, limit: int) -> Sequence[Event]:
    """The next events after the position, by id."""
    statement = select(Event).where(Event.id > position).order_by(Event.id).limit(limit)
    return (await session.scalars(statement)).all()


async def events_in_ranges(session: AsyncSession, ranges: Sequence[Sequence[float]]) -> list[Event]:
    """The events whose ids lie in the ranges ([low, high, …] each), a bounded number of ranges per statement."""
    found: list[Event] = []
    for start in range(0, len(ranges), GAP_RANGES_PER_STATEMENT):
        chunk = ranges[start : start + GAP_RANGES_PER_STATEMENT]
        condition = or_(*(and_(Event.id >= int(r[0]), Event.id <= int(r[1])) for r in chunk))
        found.extend((await session.scalars(select(Event).where(condition).order_by(Event.id))).all())
    return found


async def add_delivery(
    session: AsyncSession, subscription_id: uuid.UUID, event_id: int, now: datetime
) -> uuid.UUID | None:
    """A pending delivery of an event to a subscription; None when it exists already (nothing added)."""
    statement = (
        _dialect(session)
        .insert(WebhookDelivery)
        .values(
            id=uuid.uuid4(),
            subscription_id=subscription_id,
            event_id=event_id,
            status="pending",
            attempts=0,
            created_at=now,
            next_attempt_at=now,
        )
        .on_conflict_do_nothing(index_elements=["subscription_id", "event_id"])
        .returning(WebhookDelivery.id)
    )
    return (await session.execute(statement)).scalar()
