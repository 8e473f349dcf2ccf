"""The rules of the change feed: which types and subtree a request may ask for, where its cursor stands, and
what the next cursor is. Nothing is served out of order: see repository.horizon and README "The change feed"."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import messages
from app.core.errors import NotFound, Unprocessable
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, decode_cursor, encode_cursor
from app.events.catalogue import CATALOGUE
from app.events.schemas import EventPage, envelope
from app.feed import repository
from app.feed.repository import Filters
from app.policy.permissions import Permission
from app.policy.principal import Caller

UNKNOWN_TYPE = Text(
    "Loại sự kiện “{type}” không có trong danh mục sự kiện.", "“{type}” is not an event type of the catalogue."
)
START = (0, 0)  # before every event


def _check_types(types: list[str]) -> tuple[str, ...]:
    """The distinct types asked for, each in the catalogue (422 `unknown_event_type` naming each that is not)."""
    errors = [
        {"code": "unknown_event_type", "detail": UNKNOWN_TYPE.render(type=t), "in": "query", "parameter": "type"}
        for t in dict.fromkeys(types)
        if t not in CATALOGUE
    ]
    if errors:
        bad = next(t for t in types if t not in CATALOGUE)
        raise Unprocessable(UNKNOWN_TYPE, code="unknown_event_type", _type=bad, errors=errors)
    return tuple(sorted(set(types)))


async def _subtree(session: AsyncSession, caller: Caller, unit_id: int | None) -> str | None:
    """The path of the subtree asked for: a unit in the caller's read scope (404 `unit_not_found` otherwise,
    as for a unit that does not exist)."""
    if unit_id is None:
        return None
    path = await repository.unit_path(session, unit_id)
    if path is None or not caller.scope.covers(path, Permission.READ):
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    return path


def _position(after: str | None, bound: dict[str, Any]) -> tuple[int, int]:
    """The (txid, id) a cursor stands at (400 `invalid_cursor` if forged or made for other filters)."""
    if after is None:
        return START
    position = decode_cursor(after, bound)
    if len(position) != 2 or not all(type(v) is int and v >= 0 for v in position):
        raise InvalidCursor()
    return position[0], position[1]


async def list_events(
    session: AsyncSession, caller: Caller, types: list[str], unit_id: int | None, after: str | None, limit: int
) -> EventPage:
    """The events the caller may see after the cursor, oldest first, and the cursor to resume from."""
    wanted = _check_types(types)
    path = await _subtree(session, caller, unit_id)
    bound = {"view": "events", "types": list(wanted), "unit_id": unit_id}
    position = _position(after, bound)
    edge = await repository.horizon(session)
    rows = await repository.page(session, caller, Filters(wanted, path), position, limit + 1, edge)
    items = rows[:limit]
    last = (items[-1].txid or 0, items[-1].id) if items else position
    return EventPage(
        items=[envelope(e) for e in items],
        next_cursor=encode_cursor(list(last), bound),
        has_more=len(rows) > limit,
        limit=limit,
    )
