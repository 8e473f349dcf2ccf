"""Reading the event log from a named checkpoint: the one way a background reader (the webhooks' dispatcher, the
notifications' fan-out) takes every event once, in commit order, however many workers run or restart.

A run, in one transaction: `lock` the reader's checkpoint (a row of `event_checkpoints` named for the reader; a
second run finds it locked and skips its turn instead of waiting or doing the work twice), `read` the events its
gaps were waiting for and the next `batch` after its position (gaps.py says why gaps), do its work in the same
transaction, then `advance` the checkpoint past what it read. The work and the checkpoint commit together: a run
that dies mid-way (a killed worker, a rollback) leaves nothing half-done, and the next run reads the same events
again. A reader's work must therefore be idempotent per event (a unique key on what it writes), which also
covers the rare event read twice (a gap merged by `gaps.bound`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.events import gaps as gap_rules
from app.events import repository
from app.models import Event, EventCheckpoint


@dataclass(frozen=True)
class Reading:
    """What one run read: the events its gaps were waiting for (`late`), the next ones after its position
    (`fresh`, by id), and the gaps still waited for (not yet expired)."""

    checkpoint: EventCheckpoint
    late: list[Event]
    fresh: list[Event]
    waited: list[gap_rules.Gap]

    @property
    def events(self) -> list[Event]:
        """Every event read, the late ones first."""
        return [*self.late, *self.fresh]


async def lock(
    session: AsyncSession, name: str, now: datetime, start: Callable[[], Awaitable[int]]
) -> EventCheckpoint | None:
    """The reader's checkpoint, locked for this transaction; on the very first run it is created at the position
    `start()` gives (the id after which events are the reader's business). None when another run holds it."""
    checkpoint = await repository.lock_checkpoint(session, name)
    if checkpoint is not None or await repository.checkpoint_exists(session, name):
        return checkpoint
    await repository.create_checkpoint(session, name, await start(), now)
    return await repository.lock_checkpoint(session, name)


async def read(
    session: AsyncSession, checkpoint: EventCheckpoint, *, batch: int, grace_seconds: float, now: datetime
) -> Reading:
    """The events the locked checkpoint's gaps were waiting for, and the next `batch` after its position."""
    waited = gap_rules.expire(checkpoint.gaps or [], now.timestamp(), grace_seconds)
    late = await repository.events_in_ranges(session, waited) if waited else []
    fresh = list(await repository.events_after(session, checkpoint.position, batch))
    return Reading(checkpoint, late, fresh, waited)


def advance(reading: Reading, now: datetime) -> None:
    """Move the checkpoint past what was read: the late events found leave their gaps, the ids missing among
    the fresh ones become gaps (flushed with the caller's work, committed with it)."""
    checkpoint = reading.checkpoint
    gaps = gap_rules.remove_found(reading.waited, (e.id for e in reading.late))
    if reading.fresh:
        gaps += gap_rules.new_gaps(checkpoint.position, [e.id for e in reading.fresh], now.timestamp())
        checkpoint.position = reading.fresh[-1].id
    checkpoint.gaps = gap_rules.bound(gaps)
    checkpoint.updated_at = now


async def skip_to_end(session: AsyncSession, checkpoint: EventCheckpoint, now: datetime) -> None:
    """Move the checkpoint to the log's end, forgetting its gaps (a reader with nothing to do for now)."""
    checkpoint.position = max(checkpoint.position, await repository.last_event_id(session))
    checkpoint.gaps, checkpoint.updated_at = [], now
