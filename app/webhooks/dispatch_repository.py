"""The outbox dispatcher's own statements (its checkpoint and the events are read through app/events/reader.py):
the active subscriptions with their subtree paths, and one delivery per event and subscription. The unit tree is
public, so reading units' paths needs no visibility rule."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import ServiceClient, Unit, WebhookDelivery, WebhookSubscription


def _dialect(session: AsyncSession) -> Any:
    return postgresql if session.get_bind().dialect.name == "postgresql" else sqlite


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
