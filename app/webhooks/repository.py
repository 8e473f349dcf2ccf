"""Subscriptions, deliveries and the delivery log. The worker reads a delivery by id from its job (no caller:
the subscription it belongs to carries its own scope, checked when it was created and on every dispatch)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Row, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Event, Unit, WebhookAttempt, WebhookDelivery, WebhookSubscription


async def delivery_for_sending(
    session: AsyncSession, delivery_id: uuid.UUID
) -> Row[WebhookDelivery, WebhookSubscription, Event] | None:
    """(delivery, subscription, event) of one delivery, or None when it no longer exists."""
    statement = (
        select(WebhookDelivery, WebhookSubscription, Event)
        .join(WebhookSubscription, WebhookSubscription.id == WebhookDelivery.subscription_id)
        .join(Event, Event.id == WebhookDelivery.event_id)
        .where(WebhookDelivery.id == delivery_id)
    )
    return (await session.execute(statement)).first()


async def delivery_by_id(session: AsyncSession, delivery_id: uuid.UUID) -> WebhookDelivery | None:
    """One delivery, for update by the worker that sends it."""
    return await session.get(WebhookDelivery, delivery_id)


async def subscription_by_id(session: AsyncSession, subscription_id: uuid.UUID) -> WebhookSubscription | None:
    """One subscription by id (the worker's and the owner's lookups; the API will scope it by its client)."""
    return await session.get(WebhookSubscription, subscription_id)


async def cancel_pending(session: AsyncSession, subscription_id: uuid.UUID) -> int:
    """Cancel a subscription's undelivered deliveries (it was disabled); how many."""
    statement = (
        update(WebhookDelivery)
        .where(WebhookDelivery.subscription_id == subscription_id, WebhookDelivery.status == "pending")
        .values(status="cancelled", next_attempt_at=None)
    )
    result = await session.execute(statement)
    return int(getattr(result, "rowcount", 0))


async def deliveries_of(session: AsyncSession, subscription_id: uuid.UUID) -> Sequence[WebhookDelivery]:
    """A subscription's deliveries, oldest first."""
    statement = (
        select(WebhookDelivery)
        .where(WebhookDelivery.subscription_id == subscription_id)
        .order_by(WebhookDelivery.created_at, WebhookDelivery.event_id)
    )
    return (await session.scalars(statement)).all()


async def attempts_of(session: AsyncSession, delivery_id: uuid.UUID) -> Sequence[WebhookAttempt]:
    """A delivery's log, in order."""
    statement = select(WebhookAttempt).where(WebhookAttempt.delivery_id == delivery_id).order_by(WebhookAttempt.id)
    return (await session.scalars(statement)).all()


async def unit_by_id(session: AsyncSession, unit_id: int) -> Unit | None:
    """A unit by id (the unit tree is public)."""
    return await session.get(Unit, unit_id)
