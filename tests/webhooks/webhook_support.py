"""Helpers for the webhook tests: subscribe, record events, run the dispatcher and the due jobs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update

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


TITLE = "Mô hình “Dân vận khéo” xây dựng nông thôn mới"


def payload_of(type_: str, unit: Unit, code: str) -> tuple[str, str, dict[str, Any]]:
    """(resource type, resource id, payload) of a test event of a catalogue type about a unit's model (or, for
    unit events, the unit itself)."""
    if type_.startswith("unit."):
        path = unit.path
        moved = {"from_parent_id": unit.parent_id or 0, "to_parent_id": unit.parent_id or 0}
        return "unit", str(unit.id), {**moved, "from_path": path, "to_path": path}
    states = {"model.submitted": ("draft", "submitted"), "model.accepted": ("submitted", "accepted")}
    before, after = states.get(type_, ("submitted", "accepted"))
    return "model", str(uuid.uuid4()), {"code": code, "from": before, "to": after}


async def record(session: Any, demo: Any, unit_code: str, type_: str = "model.submitted", n: int = 0) -> int:
    """An event about a model of a unit (committed); its id."""
    unit = await session.get(Unit, demo.unit(unit_code))
    resource_type, resource_id, data = payload_of(type_, unit, f"DVK-2026-{unit_code}-{n:04d}")
    event = await record_event(
        session,
        type_,
        resource_type=resource_type,
        resource_id=resource_id,
        unit_path=unit.path,
        actor_id=None,
        request_id="test",
        data=data,
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
