"""The queue as producers and handlers see it: `enqueue` a job in the caller's transaction (it is queued only
if that transaction commits), `JobContext` handed to a handler, and `Retry` for a handler to ask for another
try at a time of its choosing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.db import Database
from app.models.base import utcnow
from app.worker import repository


@dataclass(frozen=True)
class ClaimedJob:
    """A job a worker holds under its lease."""

    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int  # this run included
    max_attempts: int


@dataclass(frozen=True)
class JobContext:
    """What a handler gets: the job, the database (it opens and commits its own sessions; it must be
    idempotent, since a job whose worker dies after the handler's commit runs again) and the clock a handler
    that judges the calendar reads `now()` from (the worker's; a test hands in one it sets)."""

    job: ClaimedJob
    database: Database
    worker: str
    clock: Clock = SYSTEM_CLOCK

    def now(self) -> datetime:
        """The current instant by the worker's clock."""
        return self.clock.now()

    @property
    def payload(self) -> dict[str, Any]:
        """The job's payload."""
        return self.job.payload


class Retry(Exception):
    """Raised by a handler: try the job again at `run_at` (not counted as a failure of the handler)."""

    def __init__(self, run_at: datetime, reason: str = "") -> None:
        super().__init__(reason or f"retry at {run_at.isoformat()}")
        self.run_at = run_at
        self.reason = reason


async def enqueue(
    session: AsyncSession,
    kind: str,
    payload: dict[str, Any] | None = None,
    *,
    run_at: datetime | None = None,
    dedupe_key: str | None = None,
    max_attempts: int = 5,
) -> bool:
    """Queue a job in the session's transaction; False when a job with the same `dedupe_key` exists already
    (then nothing is added)."""
    return await repository.insert_job(
        session,
        kind=kind,
        payload=payload or {},
        run_at=run_at or utcnow(),
        dedupe_key=dedupe_key,
        max_attempts=max_attempts,
    )
