"""Periodic occasions, each run once however many workers run.

Every worker, on every turn of its loop, queues the current slot of each schedule as a job whose dedupe key
names the slot (`every:<kind>:<seconds>:<slot>`); the key is unique, so the first worker's insert wins and the
others' change nothing, and one worker claims the job. A slot nobody was running for (every worker down) is
not made up afterwards: a periodic job does what is due when it runs (the dispatcher reads every event since its
checkpoint), it does not count on having run at every slot. A done occasion keeps its key for an hour (the
purge, maintenance.py), long after its slot is past."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.db import Database
from app.worker.jobs import enqueue
from app.worker.registry import Registry, Schedule


def slot_of(schedule: Schedule, now: datetime) -> int:
    """Which slot of the schedule `now` lies in."""
    return int(now.timestamp()) // schedule.every_seconds


def dedupe_key(schedule: Schedule, slot: int) -> str:
    """The once-only key of one occasion."""
    return f"every:{schedule.kind}:{schedule.every_seconds}:{slot}"


class Scheduler:
    """Queues each schedule's current occasion; remembers the last slot it queued so a turn with nothing new
    writes nothing."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._queued: dict[Schedule, int] = {}

    async def enqueue_due(self, database: Database, now: datetime) -> int:
        """Queue every schedule's current occasion not queued by this worker yet; how many were new."""
        due = [(s, slot) for s in self.registry.schedules if self._queued.get(s) != (slot := slot_of(s, now))]
        if not due:
            return 0
        added = 0
        async with database.sessionmaker() as session:
            for schedule, slot in due:
                kind = self.registry.kinds[schedule.kind]
                added += await enqueue(
                    session,
                    schedule.kind,
                    {"slot": slot},
                    run_at=datetime.fromtimestamp(slot * schedule.every_seconds, UTC),
                    dedupe_key=dedupe_key(schedule, slot),
                    max_attempts=kind.max_attempts,
                )
            await session.commit()
        self._queued.update(due)
        return added
