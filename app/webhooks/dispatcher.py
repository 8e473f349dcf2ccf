"""The outbox dispatcher: turns new rows of the event log into deliveries, one per matching subscription.

A scheduled job (every `webhook_dispatch_interval_seconds`) runs `dispatch`. In one transaction it locks its
checkpoint (a second dispatcher finds it locked and skips its turn), reads the events its gaps were waiting for
and the next `webhook_dispatch_batch` events after its position (app/events/reader.py, the log's one reading
mechanism; app/events/gaps.py says why gaps, and how that gives commit order without a transaction-id column),
adds a delivery and a delivery job for each matching subscription, and moves the checkpoint. The deliveries and
the checkpoint commit together: a dispatcher that dies mid-way leaves nothing half-done, and the next run does
the same work again (a delivery exists once per event and subscription, so nothing is queued twice).

Events private to a person (a `notification.created`: catalogue `delivered`) are never sent anywhere. A
subscription matches an event when the event is of one of its types (no types: every type), lies in its
subtree filter and in its owner's subtree (the unit paths, read fresh on every run, so a moved unit is judged
where it is now), and happened after the subscription was created (history is not replayed to a new one).
Events are sent in id order as they are dispatched, but deliveries run in parallel and retry independently:
receivers get no ordering guarantee, even per resource, and use `data.event_id` (increasing along each
resource's history) and the event's `timestamp` to put messages in order."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.events import reader
from app.events import repository as event_log
from app.events.catalogue import delivered
from app.models import Event
from app.models.base import utcnow
from app.webhooks import dispatch_repository as repository
from app.worker.jobs import JobContext, enqueue

log = logging.getLogger("dvk.webhooks")

CHECKPOINT = "webhooks"
DELIVER = "webhooks.deliver"


@dataclass(frozen=True)
class Route:
    """What matching needs of one active subscription."""

    id: Any
    event_types: frozenset[str]
    filter_path: str
    owner_path: str
    created_at: datetime

    def matches(self, event: Event) -> bool:
        """Whether the event goes to this subscription."""
        return (
            (not self.event_types or event.type in self.event_types)
            and event.unit_path.startswith(self.filter_path)
            and event.unit_path.startswith(self.owner_path)
            and event.occurred_at >= self.created_at
        )


def delivery_job_key(delivery_id: object) -> str:
    """The dedupe key of a delivery's job."""
    return f"{DELIVER}:{delivery_id}"


async def dispatch(ctx: JobContext) -> None:
    """The scheduled job: one dispatcher run."""
    async with ctx.database.sessionmaker() as session:
        dispatched = await dispatch_once(session)
        await session.commit()
    if dispatched:
        log.info("dispatched %d webhook deliveries", dispatched)


async def dispatch_once(session: AsyncSession) -> int:
    """One run in the caller's transaction; how many deliveries were added."""
    settings = get_settings()
    now = utcnow()
    checkpoint = await reader.lock(session, CHECKPOINT, now, lambda: _start(session, now))
    if checkpoint is None:
        return 0  # another dispatcher is running
    rows = await repository.active_subscriptions(session)
    if not rows:
        # Nobody listens: skip ahead (events before a subscription exists are never sent to it).
        await reader.skip_to_end(session, checkpoint, now)
        await session.flush()
        return 0
    routes = [_route(row) for row in rows]
    reading = await reader.read(
        session,
        checkpoint,
        batch=settings.webhook_dispatch_batch,
        grace_seconds=settings.webhook_dispatch_gap_seconds,
        now=now,
    )
    added = await _fan_out(session, routes, [e for e in reading.events if delivered(e.type)], now)
    reader.advance(reading, now)
    await session.flush()
    return added


async def _start(session: AsyncSession, now: datetime) -> int:
    """Where the very first run starts: just before the events of the oldest subscription."""
    first = await repository.first_subscription_at(session)
    return await event_log.last_event_id(session, before=first or now)


def _route(row: Any) -> Route:
    subscription = row[0]
    return Route(
        id=subscription.id,
        event_types=frozenset(subscription.event_types or ()),
        filter_path=row.filter_path,
        owner_path=row.owner_path,
        created_at=subscription.created_at,
    )


async def _fan_out(session: AsyncSession, routes: Sequence[Route], events: Sequence[Event], now: datetime) -> int:
    """A delivery and its job for every (event, matching subscription) not delivered to yet."""
    max_attempts = get_settings().webhook_max_attempts + 3  # slack for runs cut short by a killed worker
    added = 0
    for event in events:
        for route in routes:
            if not route.matches(event):
                continue
            delivery_id = await repository.add_delivery(session, route.id, event.id, now)
            if delivery_id is None:
                continue
            await enqueue(
                session,
                DELIVER,
                {"delivery_id": str(delivery_id)},
                run_at=now,
                dedupe_key=delivery_job_key(delivery_id),
                max_attempts=max_attempts,
            )
            added += 1
    return added
