"""SQL of the change feed: the horizon of committed events, a page after a position, one event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import BigInteger, ColumnElement, Text, cast, func, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Event, Unit
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import scoped


@dataclass(frozen=True)
class Horizon:
    """Which transactions' events may be served (PostgreSQL): those older than every running transaction
    (`below`, the snapshot's xmin), and the reader's own (`own`; set only when it wrote events itself, as a
    test does). None on SQLite, where writers are serialised and id order is commit order."""

    below: int
    own: int | None


@dataclass(frozen=True)
class Filters:
    """What a feed request narrows to: types (empty: all) and a subtree path (None: the whole scope)."""

    types: tuple[str, ...] = ()
    unit_path: str | None = None


def _xid(expression: ColumnElement[object]) -> ColumnElement[int]:
    """An xid8 as a BIGINT (the epoch-extended transaction id fits: it never wraps)."""
    return cast(cast(expression, Text), BigInteger)


async def horizon(session: AsyncSession) -> Horizon | None:
    """The horizon now (PostgreSQL); None on SQLite. Taken in its own statement before the page is read: a
    later snapshot sees every transaction this one saw finished, so nothing below it can still appear."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    below, own = (
        await session.execute(
            select(
                _xid(func.pg_snapshot_xmin(func.pg_current_snapshot())),
                _xid(func.pg_current_xact_id_if_assigned()),
            )
        )
    ).one()
    return Horizon(int(below), None if own is None else int(own))


async def page(
    session: AsyncSession, caller: Caller, filters: Filters, after: tuple[int, int], limit: int, edge: Horizon | None
) -> Sequence[Event]:
    """Up to `limit` events the caller may see after the position (txid, id), in (txid, id) order: on
    PostgreSQL only below the horizon; on SQLite by id (txid is NULL there)."""
    query = scoped(caller, Event)
    if filters.types:
        query = query.where(Event.type.in_(filters.types))
    if filters.unit_path is not None:
        query = query.where(
            or_(
                in_subtree(Event.unit_path, filters.unit_path),
                in_subtree(Event.__table__.c.former_unit_path, filters.unit_path),
            )
        )
    if edge is None:
        query = query.where(Event.id > after[1]).order_by(Event.id)
    else:
        served = Event.txid < edge.below if edge.own is None else or_(Event.txid < edge.below, Event.txid == edge.own)
        query = query.where(served, tuple_(Event.txid, Event.id) > tuple_(after[0], after[1]))
        query = query.order_by(Event.txid, Event.id)
    # populate_existing: an event this session wrote itself holds no txid in memory (the trigger set it).
    return (await session.scalars(query.limit(limit).execution_options(populate_existing=True))).all()


async def get_visible(session: AsyncSession, caller: Caller, event_id: int) -> Event | None:
    """One event, if the caller may see it."""
    return (await session.scalars(scoped(caller, Event).where(Event.id == event_id))).one_or_none()


async def unit_path(session: AsyncSession, unit_id: int) -> str | None:
    """A unit's path (the unit tree is public: no scope here; the service checks the caller's)."""
    return await session.scalar(select(Unit.path).where(Unit.id == unit_id))
