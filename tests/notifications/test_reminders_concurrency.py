"""Several workers running the reminders job at once (PostgreSQL, real transactions): each person is told once
per occasion, whichever transaction commits first."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from app.notifications.reminders import send_campaign, send_reminders
from tests.notifications.reminders_support import RESULTS_DUE, YEAR, World, days_before, local, world

__all__ = ["world"]

pytestmark = [pytest.mark.anyio, pytest.mark.committing, pytest.mark.postgres_only]


async def _populate(world: World) -> None:
    await world.lists_due(RESULTS_DUE - timedelta(days=2))
    for unit in ("QT-VL-VT-TL", "QT-VL-VT-TLA", "QT-VL-HX-KP1", "QT-VL-HX-KP2"):
        await world.model(unit, "implementing")


async def _lock_waiters(world: World) -> int:
    async with world.database.engine.connect() as conn:
        query = text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
        return int((await conn.execute(query)).scalar_one())


async def test_jobs_running_at_once_tell_each_person_once(world: World) -> None:
    await _populate(world)
    at = local(days_before(RESULTS_DUE, 4))
    results = await asyncio.gather(*[send_reminders(world.database, at) for _ in range(4)])
    total = sum(results, Counter())
    assert total == {"reminder.results-due": 4, "reminder.list-due": 2}
    rows = await world.all_reminders()
    assert len(rows) == 6
    assert len({(r.user_id, r.occasion_key) for r in rows}) == 6
    # And once more after the deadline, at once again: the overdue and late ones, once each.
    after = local(RESULTS_DUE + timedelta(days=1))
    results = await asyncio.gather(*[send_reminders(world.database, after) for _ in range(4)])
    assert sum(results, Counter()) == {"reminder.results-overdue": 4, "reminder.list-late": 2}
    assert len(await world.all_reminders()) == 12


async def test_a_job_that_finds_the_occasion_taken_meanwhile_adds_nothing(world: World) -> None:
    """The second job's insert waits on the first's uncommitted row for the same person and occasion, then
    adds nothing once the first commits."""
    await world.model("QT-VL-VT-TL", "implementing")
    at = local(date(YEAR, 9, 28))
    first = world.database.sessionmaker()
    second = world.database.sessionmaker()
    try:
        assert await send_campaign(first, world.campaign, at) == {"reminder.results-due": 1}
        waiting = asyncio.create_task(send_campaign(second, world.campaign, at))
        for _ in range(200):  # until the second job waits on the first's row (or has finished)
            if waiting.done() or await _lock_waiters(world):
                break
            await asyncio.sleep(0.05)
        assert not waiting.done()
        await first.commit()
        assert await asyncio.wait_for(waiting, timeout=20) == {}
        await second.commit()
    finally:
        await first.close()
        await second.close()
    assert len(await world.all_reminders()) == 1


async def test_reminders_of_a_committed_run_are_seen_by_the_next(world: World) -> None:
    await world.model("QT-VL-VT-TL", "implementing")
    at = local(days_before(RESULTS_DUE, 1))
    assert await send_reminders(world.database, at) == {"reminder.results-due": 1}
    assert await send_reminders(world.database, at + timedelta(minutes=15)) == {}
    rows: list[Any] = await world.all_reminders()
    assert [r.type for r in rows] == ["reminder.results-due"]
