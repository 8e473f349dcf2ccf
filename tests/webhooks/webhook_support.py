"""Helpers for the webhook tests: subscribe, record events, run the dispatcher and the due jobs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update

from app.events.catalogue import CATALOGUE
from app.events.service import record_event
from app.models import Job, Unit, WebhookAttempt, WebhookDelivery, WebhookSubscription
from app.models.base import utcnow
from app.webhooks.dispatcher import dispatch_once
from app.webhooks.subscriptions import create_subscription
from app.worker.registry import Registry
from app.worker.runner import Worker


def registry() -> Registry:
    """The app's job kinds without their schedules (the tests run the dispatcher themselves)."""
    from app.background import worker_registry

    kinds = worker_registry()
    kinds.schedules.clear()
    return kinds


async def subscribe(
    session: Any, demo: Any, url: str, *, owner: str = "QT-VL", unit: str | None = None, types: Sequence[str] = ()
) -> WebhookSubscription:
    """An active subscription of a Vĩnh Linh system (committed)."""
    subscription = await create_subscription(
        session,
        owner_unit_id=demo.unit(owner),
        unit_id=demo.unit(unit) if unit else None,
        url=url,
        event_types=types,
        description="Hệ thống thi đua huyện Vĩnh Linh",
    )
    await session.commit()
    return subscription


async def record(session: Any, demo: Any, unit_code: str, type_: str = "model.submitted", **data: Any) -> int:
    """An event of a unit (committed), with a payload that fits its catalogue entry; its id."""
    unit = await session.get(Unit, demo.unit(unit_code))
    resource = CATALOGUE[type_].resource
    if resource == "model":
        payload = {"code": "DVK-2026-000001", "from": "registered", "to": "implementing", **data}
        resource_id: Any = uuid.uuid4()
    else:  # a unit's move: the unit tree is public
        parent = unit.path.rstrip("/").rsplit("/", 2)[-2]
        payload = {"from_parent_id": parent, "to_parent_id": parent, "from_path": unit.path, "to_path": unit.path}
        resource_id = unit.id
    event = await record_event(
        session,
        type_,
        resource_type=resource,
        resource_id=resource_id,
        unit_path=unit.path,
        actor_id=None,
        request_id="test",
        data=payload,
    )
    await session.commit()
    return event.id


async def dispatch(database: Any) -> int:
    async with database.sessionmaker() as session:
        added = await dispatch_once(session)
        await session.commit()
    return added


async def run_due(database: Any) -> int:
    """Run every job due now, one after another (no schedule: the dispatcher is run by `dispatch`)."""
    return await Worker(database, registry(), name="test-worker").run_once()


async def deliver(database: Any) -> int:
    """Dispatch new events, then run the due jobs."""
    await dispatch(database)
    return await run_due(database)


async def make_due(session: Any) -> None:
    """Bring every queued job's next run to now (a test does not wait out a back-off)."""
    await session.execute(update(Job).where(Job.status == "queued").values(run_at=utcnow()))
    await session.commit()


async def deliveries(session: Any, subscription_id: Any) -> list[WebhookDelivery]:
    await session.commit()  # a fresh snapshot (a committing test's SQLite reader keeps its transaction's)
    statement = (
        select(WebhookDelivery)
        .where(WebhookDelivery.subscription_id == subscription_id)
        .order_by(WebhookDelivery.event_id)
        .execution_options(populate_existing=True)
    )
    rows = await session.scalars(statement)
    return list(rows)


async def attempts(session: Any, subscription_id: Any) -> list[WebhookAttempt]:
    await session.commit()
    statement = (
        select(WebhookAttempt)
        .where(WebhookAttempt.subscription_id == subscription_id)
        .order_by(WebhookAttempt.id)
        .execution_options(populate_existing=True)
    )
    rows = await session.scalars(statement)
    return list(rows)


async def delivery_job(session: Any, delivery_id: Any) -> Job:
    await session.commit()
    statement = (
        select(Job).where(Job.dedupe_key == f"webhooks.deliver:{delivery_id}").execution_options(populate_existing=True)
    )
    return (await session.scalars(statement)).one()


async def subscription(session: Any, subscription_id: Any) -> WebhookSubscription:
    """The subscription as stored now."""
    await session.commit()
    return await session.get(WebhookSubscription, subscription_id, populate_existing=True)
