"""The statements of the event log's readers (app/events/reader.py): a reader's checkpoint (locked so one run of
a reader goes at a time), the events after its position and in its gaps, the log's last id. The events are read
whole, with no visibility rule: a reader is the system itself (the webhooks' dispatcher matches each event to
its subscriptions' subtrees, the notifications' fan-out tells only the people an event concerns)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Event, EventCheckpoint

GAP_RANGES_PER_STATEMENT = 50


def _dialect(session: AsyncSession) -> Any:
    return postgresql if session.get_bind().dialect.name == "postgresql" else sqlite


async def lock_checkpoint(session: AsyncSession, name: str) -> EventCheckpoint | None:
    """The checkpoint row, locked for this transaction; None when another run holds it (PostgreSQL: SKIP LOCKED;
    SQLite: the write lock of BEGIN IMMEDIATE already makes runs take turns) or it does not exist."""
    statement = select(EventCheckpoint).where(EventCheckpoint.name == name).with_for_update(skip_locked=True)
    return (await session.scalars(statement.execution_options(populate_existing=True))).first()


async def checkpoint_exists(session: AsyncSession, name: str) -> bool:
    """Whether the checkpoint row exists (locked or not)."""
    statement = select(func.count()).select_from(EventCheckpoint).where(EventCheckpoint.name == name)
    return (await session.scalar(statement)) == 1


async def create_checkpoint(session: AsyncSession, name: str, position: int, now: datetime) -> None:
    """Add the checkpoint row unless another run just did."""
    statement = (
        _dialect(session)
        .insert(EventCheckpoint)
        .values(name=name, position=position, gaps=[], updated_at=now)
        .on_conflict_do_nothing(index_elements=["name"])
    )
    await session.execute(statement)


async def last_event_id(session: AsyncSession, before: datetime | None = None) -> int:
    """The highest event id (of events that occurred before `before`, when given); 0 for none."""
    statement = select(func.max(Event.id))
    if before is not None:
        statement = statement.where(Event.occurred_at < before)
    return int(await session.scalar(statement) or 0)


async def events_after(session: AsyncSession, position: int, limit: int) -> Sequence[Event]:
    """The next events after the position, by id."""
    statement = select(Event).where(Event.id > position).order_by(Event.id).limit(limit)
    return (await session.scalars(statement)).all()


async def events_in_ranges(session: AsyncSession, ranges: Sequence[Sequence[float]]) -> list[Event]:
    """The events whose ids lie in the ranges ([low, high, …] each), a bounded number of ranges per statement."""
    found: list[Event] = []
    for start in range(0, len(ranges), GAP_RANGES_PER_STATEMENT):
        chunk = ranges[start : start + GAP_RANGES_PER_STATEMENT]
        condition = or_(*(and_(Event.id >= int(r[0]), Event.id <= int(r[1])) for r in chunk))
        found.extend((await session.scalars(select(Event).where(condition).order_by(Event.id))).all())
    return found
