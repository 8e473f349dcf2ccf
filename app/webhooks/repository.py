"""Subscriptions, deliveries and the delivery log. The worker reads a delivery by id from its job (no caller:
the subscription it belongs to carries its own scope, checked when it was created and on every dispatch); the
subscription API reads subscriptions through `scoped(caller, WebhookSubscription)` and their deliveries once the
subscription was loaded that way."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Event, ServiceClient, Unit, WebhookAttempt, WebhookDelivery, WebhookSubscription
from app.policy.principal import Caller
from app.policy.visibility import scoped


async def delivery_for_sending(
    session: AsyncSession, delivery_id: uuid.UUID
) -> Row[WebhookDelivery, WebhookSubscription, Event | None] | None:
    """(delivery, subscription, event) of one delivery (the event None for a ping), or None when it no longer
    exists."""
    statement = (
        select(WebhookDelivery, WebhookSubscription, Event)
        .join(WebhookSubscription, WebhookSubscription.id == WebhookDelivery.subscription_id)
        .outerjoin(Event, Event.id == WebhookDelivery.event_id)
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


async def visible_subscription(
    session: AsyncSession, caller: Caller, subscription_id: uuid.UUID
) -> WebhookSubscription | None:
    """One subscription, if the caller sees it."""
    statement = scoped(caller, WebhookSubscription).where(WebhookSubscription.id == subscription_id)
    return (await session.scalars(statement)).one_or_none()


async def visible_subscriptions(
    session: AsyncSession, caller: Caller, after: uuid.UUID | None, limit: int
) -> list[WebhookSubscription]:
    """Up to `limit` subscriptions the caller sees, by id after a position."""
    statement = scoped(caller, WebhookSubscription)
    if after is not None:
        statement = statement.where(WebhookSubscription.id > after)
    return list((await session.scalars(statement.order_by(WebhookSubscription.id).limit(limit))).all())


async def client_by_id(session: AsyncSession, client_id: uuid.UUID) -> ServiceClient | None:
    """The calling service client's own row (its id comes from its verified token, not from the request)."""
    return await session.get(ServiceClient, client_id)


async def delivery_of(
    session: AsyncSession, subscription_id: uuid.UUID, delivery_id: uuid.UUID
) -> WebhookDelivery | None:
    """One delivery of a subscription already loaded through its visibility rule."""
    statement = select(WebhookDelivery).where(
        WebhookDelivery.id == delivery_id, WebhookDelivery.subscription_id == subscription_id
    )
    return (await session.scalars(statement)).one_or_none()


async def deliveries_page(
    session: AsyncSession,
    subscription_id: uuid.UUID,
    before: tuple[datetime, uuid.UUID] | None,
    limit: int,
    status: str | None = None,
) -> list[tuple[WebhookDelivery, str | None]]:
    """Up to `limit` (delivery, event type) of a subscription already loaded through its visibility rule, newest
    first, before a position; the type is None for a ping."""
    statement = (
        select(WebhookDelivery, Event.type)
        .outerjoin(Event, Event.id == WebhookDelivery.event_id)
        .where(WebhookDelivery.subscription_id == subscription_id)
    )
    if status is not None:
        statement = statement.where(WebhookDelivery.status == status)
    if before is not None:
        at, last = before
        statement = statement.where(
            or_(
                WebhookDelivery.created_at < at,
                and_(WebhookDelivery.created_at == at, WebhookDelivery.id < last),
            )
        )
    statement = statement.order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc()).limit(limit)
    return [(row[0], row[1]) for row in (await session.execute(statement)).all()]


async def attempts_of_many(session: AsyncSession, delivery_ids: Sequence[uuid.UUID]) -> list[WebhookAttempt]:
    """The log rows of several deliveries, in order."""
    if not delivery_ids:
        return []
    statement = select(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(delivery_ids)).order_by(WebhookAttempt.id)
    return list((await session.scalars(statement)).all())


async def event_type_of(session: AsyncSession, event_id: int | None) -> str | None:
    """The type of a delivery's event (None for a ping)."""
    if event_id is None:
        return None
    return await session.scalar(select(Event.type).where(Event.id == event_id))
