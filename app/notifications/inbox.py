"""The inbox's rules: a person reads and marks only their own notifications (another's is 404, as one that does
not exist), newest first by cursor, filtered by unread and type; marking read is idempotent (the first reading
time stays)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound, Unprocessable
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.models import Unit
from app.models.base import utcnow
from app.notifications import inbox_repository as repository
from app.notifications.catalogue import CATALOGUE
from app.notifications.schemas import NotificationPage, NotificationRead, NotificationUnit, ReadAllResult
from app.policy.principal import Caller

NOT_FOUND = Text("Không tìm thấy thông báo.", "The notification was not found.")
UNKNOWN_TYPE = Text(
    "Loại thông báo “{type}” không có trong danh mục thông báo.", "“{type}” is not a notification type."
)


def _unit(unit: Unit | None) -> NotificationUnit | None:
    return NotificationUnit(id=unit.id, code=unit.code, name=unit.name) if unit is not None else None


def check_types(types: Sequence[str]) -> tuple[str, ...]:
    """The distinct types asked for, each in the catalogue (422 `unknown_notification_type` naming each one that
    is not)."""
    unknown = [t for t in dict.fromkeys(types) if t not in CATALOGUE]
    if unknown:
        errors = [
            {
                "code": "unknown_notification_type",
                "detail": UNKNOWN_TYPE.render(type=t),
                "in": "query",
                "parameter": "type",
            }
            for t in unknown
        ]
        raise Unprocessable(UNKNOWN_TYPE, code="unknown_notification_type", _type=unknown[0], errors=errors)
    return tuple(sorted(set(types)))


def _before(cursor: str | None, bound: dict[str, Any]) -> int | None:
    """The id a cursor stands at (the last item of the page it ended); 400 `invalid_cursor` when forged or made
    for other filters."""
    if cursor is None:
        return None
    position = decode_cursor(cursor, bound)
    if len(position) != 1 or type(position[0]) is not int or position[0] < 1:
        raise InvalidCursor()
    return position[0]


async def list_inbox(
    session: AsyncSession, caller: Caller, *, unread: bool, types: Sequence[str], page: PageParams
) -> NotificationPage:
    """A page of the caller's notifications, newest first, and their unread count."""
    wanted = check_types(types)
    bound = {"view": "notifications", "unread": unread, "types": list(wanted)}
    rows = await repository.page(
        session, caller, unread=unread, types=wanted, before_id=_before(page.cursor, bound), limit=page.limit + 1
    )
    items = rows[: page.limit]
    more = len(rows) > page.limit
    return NotificationPage(
        items=[NotificationRead.build(n, _unit(u)) for n, u in items],
        next_cursor=encode_cursor([items[-1][0].id], bound) if more else None,
        limit=page.limit,
        unread_count=await repository.unread_count(session, caller),
    )


async def unread_count(session: AsyncSession, caller: Caller) -> int:
    """How many of the caller's notifications are unread."""
    return await repository.unread_count(session, caller)


async def get_notification(session: AsyncSession, caller: Caller, notification_id: int) -> NotificationRead:
    """One of the caller's notifications (404 `notification_not_found` for another's, or none)."""
    row = await repository.get_one(session, caller, notification_id)
    if row is None:
        raise NotFound(NOT_FOUND, code="notification_not_found")
    return NotificationRead.build(row[0], _unit(row[1]))


async def mark_read(session: AsyncSession, caller: Caller, notification_id: int) -> NotificationRead:
    """Mark one of the caller's notifications read (again: nothing changes) and answer it."""
    await get_notification(session, caller, notification_id)  # 404 before anything is written
    await repository.mark_read(session, caller, notification_id, utcnow())
    return await get_notification(session, caller, notification_id)


async def mark_all_read(
    session: AsyncSession, caller: Caller, up_to_id: int | None, up_to: datetime | None
) -> ReadAllResult:
    """Mark the caller's unread notifications read, only up to an id and a moment when given."""
    marked = await repository.mark_all_read(session, caller, up_to_id, up_to, utcnow())
    return ReadAllResult(marked=marked, unread_count=await repository.unread_count(session, caller))
