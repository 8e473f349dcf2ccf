"""Queries on follow-ups, always through the visibility of the model they belong to
(`scoped(caller, FollowUp)`), with the model and its registrant unit a read shows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, not_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.models import Evidence, FollowUp, RegisteredModel, Unit
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import scoped
from app.workflow.states import FOLLOWED_UP_STATES, state_codes

F = FollowUp
M = RegisteredModel


def open_clause() -> ColumnElement[bool]:
    """A request not yet found done, on a model the boards still follow up (needs the model joined)."""
    return and_(F.request.is_not(None), F.resolved_at.is_(None), M.state.in_(state_codes(FOLLOWED_UP_STATES)))


def _read_query(caller: Caller) -> Select[Any]:
    """Visible follow-ups with their model's code, name and state and its registrant unit (one statement)."""
    return (
        scoped(caller, F)
        .add_columns(
            M.code.label("model_code"),
            M.name.label("model_name"),
            M.state.label("model_current_state"),
            M.registrant_unit_id.label("ru_id"),
            Unit.code.label("ru_code"),
            Unit.name.label("ru_name"),
        )
        .join(M, M.id == F.model_id)
        .join(Unit, Unit.id == M.registrant_unit_id)
    )


async def get_visible(session: AsyncSession, caller: Caller, follow_up_id: uuid.UUID) -> Row[Any] | None:
    """One follow-up of a model the caller sees, as a read row; None otherwise."""
    return (await session.execute(_read_query(caller).where(F.id == follow_up_id))).one_or_none()


@dataclass(frozen=True)
class FollowUpFilters:
    """What a follow-up list can be filtered on."""

    model_id: uuid.UUID | None = None
    unit_path: str | None = None  # the registrant unit's subtree
    kind: str | None = None
    open: bool | None = None
    due_before: date | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        """SQL conditions for the filters that are set."""
        c: list[ColumnElement[bool]] = []
        if self.model_id is not None:
            c.append(F.model_id == self.model_id)
        if self.unit_path:
            c.append(in_subtree(M.unit_path, self.unit_path))
        if self.kind:
            c.append(F.kind == self.kind)
        if self.open is not None:
            c.append(open_clause() if self.open else not_(open_clause()))
        if self.due_before is not None:
            c.append(F.request_due_on < self.due_before)
        return c


def _after(position: list[Any]) -> ColumnElement[bool]:
    """Rows after the cursor's (visited_on, created_at, id), in the list's order."""
    visited, created, last_id = date.fromisoformat(position[0]), datetime.fromisoformat(position[1]), position[2]
    return or_(
        F.visited_on > visited,
        and_(F.visited_on == visited, F.created_at > created),
        and_(F.visited_on == visited, F.created_at == created, F.id > uuid.UUID(last_id)),
    )


async def list_visible(
    session: AsyncSession, caller: Caller, filters: FollowUpFilters, page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    """One page of visible follow-ups matching the filters, by visit date (oldest first), as read rows; and the
    next cursor."""
    bound = {key: str(value) if value is not None else None for key, value in asdict(filters).items()}
    query = _read_query(caller).where(*filters.clauses())
    if page.cursor:
        position = decode_cursor(page.cursor, bound)
        try:
            after = _after(position)
        except (ValueError, TypeError, IndexError):
            raise InvalidCursor() from None
        query = query.where(after)
    query = query.order_by(F.visited_on, F.created_at, F.id).limit(page.limit + 1)
    rows = list((await session.execute(query)).all())
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        last: FollowUp = rows[-1][0]
        next_cursor = encode_cursor([last.visited_on.isoformat(), last.created_at.isoformat(), str(last.id)], bound)
    return rows, next_cursor


async def files_of_model(session: AsyncSession, model_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Those of these file ids that belong to the model (already loaded through its visibility)."""
    if not ids:
        return set()
    query = select(Evidence.id).where(Evidence.model_id == model_id, Evidence.id.in_(list(ids)))
    return set(await session.scalars(query))


async def open_requests_of_model(
    session: AsyncSession, model_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> list[FollowUp]:
    """Those of these follow-ups that belong to the model (already loaded through its visibility) and carry a
    request not yet found done."""
    if not ids:
        return []
    query = select(F).where(
        F.model_id == model_id, F.id.in_(list(ids)), F.request.is_not(None), F.resolved_at.is_(None)
    )
    return list(await session.scalars(query))


async def followed_up(session: AsyncSession, model_id: uuid.UUID) -> None:
    """The model gained a follow-up: give it a new version.

    A model's read shows `follow_up_count` and `last_follow_up_on` and its ETag is its version, so without a
    new version a client holding the old copy would be answered 304 Not Modified with a stale count. The
    model's own content did not change: `updated_at` stays (as for a new replication)."""
    await session.execute(update(M).where(M.id == model_id).values(version=M.version + 1, updated_at=M.updated_at))
