"""The call log's retention: the daily clients.purge_calls deletes calls older than
DVK_CLIENT_CALL_RETENTION_DAYS, in batches, and keeps the rest."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from app.background import worker_registry
from app.clients import jobs
from app.models import ServiceClientCall
from app.models.base import utcnow
from app.worker.jobs import JobContext
from tests.clients.conftest import Clients

pytestmark = pytest.mark.anyio


async def test_old_calls_are_deleted_in_batches_and_recent_ones_kept(
    clients: Clients, session: Any, database: Any, settings_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_env(client_call_retention_days=30)
    monkeypatch.setattr(jobs, "BATCH", 3)  # several batches for 7 old rows
    made = await clients.create(["models:read"])
    client_id = uuid.UUID(made["id"])
    now = utcnow()
    ages = [400, 200, 90, 60, 45, 31, 30.5, 29, 1, 0]
    for n, days in enumerate(ages):
        session.add(
            ServiceClientCall(
                client_id=client_id, at=now - timedelta(days=days), method="GET", route=f"/r{n}", status=200
            )
        )
    await session.commit()
    await jobs.purge_calls(JobContext(None, database, "w1"))  # type: ignore[arg-type]
    session.expire_all()
    kept = (
        await session.scalars(select(ServiceClientCall.route).where(ServiceClientCall.client_id == client_id))
    ).all()
    assert sorted(kept) == ["/r7", "/r8", "/r9"]
    # Nothing left to do: a second run deletes nothing and ends.
    await session.execute(update(ServiceClientCall).values(status=200))
    await jobs.purge_calls(JobContext(None, database, "w1"))  # type: ignore[arg-type]
    assert len((await session.scalars(select(ServiceClientCall.id))).all()) == 3


def test_the_purge_is_scheduled_daily() -> None:
    registry = worker_registry()
    assert jobs.PURGE_CALLS in registry.kinds
    assert any(s.kind == jobs.PURGE_CALLS and s.every_seconds == 86400 for s in registry.schedules)
