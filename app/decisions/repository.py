"""Queries on decisions, always through the caller's scope.

A decision is visible if the caller's read scope covers its issuing unit, or if some model it covers
is visible to the caller (app.registry.repository.visible_to). Otherwise it does not exist (404).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.decisions.numbers import search_key
from app.models import Decision, DecisionModel, RegisteredModel
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.policy.scope import in_subtree, path_in
from app.registry.repository import visible_to as model_visible_to

D = Decision

DECISION_NOT_FOUND = Text("Không tìm thấy quyết định.", "Decision not found.")


def visible_to(caller: Caller) -> ColumnElement[bool]:
    """Decisions of units in the caller's read scope, and those covering a model the caller sees."""
    covering = (select(DecisionModel.decision_id).join(RegisteredModel, RegisteredModel.id == DecisionModel.model_id)
                .where(model_visible_to(caller)))
    return or_(path_in(D.issuing_unit_path, caller.scope.paths(Permission.READ)), D.id.in_(covering))


async def get_visible(session: AsyncSession, caller: Caller, decision_id: uuid.UUID, *, for_update: bool = False
                      ) -> Decision:
    """One decision the caller may see, or 404."""
    query = select(D).where(D.id == decision_id, visible_to(caller))
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    decision = (await session.execute(query)).scalar_one_or_none()
    if decision is None:
        raise NotFound(DECISION_NOT_FOUND, code="decision_not_found")
    return decision


@dataclass(frozen=True)
class DecisionFilters:
    """What a decision list can be filtered on."""

    kind: str | None = None
    status: str | None = None
    year: int | None = None
    issuing_unit_id: int | None = None
    unit_path: str | None = None  # the issuing unit's subtree
    model_id: uuid.UUID | None = None
    q: str | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        """SQL conditions for the filters that are set."""
        c: list[ColumnElement[bool]] = []
        if self.kind:
            c.append(D.kind == self.kind)
        if self.status:
            c.append(D.status == self.status)
        if self.year is not None:
            c.append(D.year == self.year)
        if self.issuing_unit_id is not None:
            c.append(D.issuing_unit_id == self.issuing_unit_id)
        if self.unit_path:
            c.append(in_subtree(D.issuing_unit_path, self.unit_path))
        if self.model_id is not None:
            c.append(D.id.in_(select(DecisionModel.decision_id).where(DecisionModel.model_id == self.model_id)))
        if self.q:
            folded = search_key(self.q.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            # SQLite's lower() folds ASCII only: replace Đ/đ first, then lower the rest.
            column = func.lower(func.replace(func.replace(D.number, "Đ", "D"), "đ", "d"))
            c.append(column.like(f"%{folded}%", escape="\\"))
        return c


async def list_decisions(session: AsyncSession, caller: Caller, filters: DecisionFilters, page: PageParams
                         ) -> tuple[list[Decision], str | None]:
    """One page of visible decisions, newest issue date first (then id), and the next cursor."""
    bound = {"view": "decisions", **asdict(filters)}
    query = select(D).where(visible_to(caller), *filters.clauses())
    if page.cursor:
        issued_on, last_id = decode_cursor(page.cursor, bound)
        try:
            day, ident = date.fromisoformat(str(issued_on)), uuid.UUID(str(last_id))
        except ValueError:
            raise InvalidCursor() from None
        query = query.where(or_(D.issued_on < day, and_(D.issued_on == day, D.id < ident)))
    rows = list((await session.scalars(query.order_by(D.issued_on.desc(), D.id.desc()).limit(page.limit + 1))).all())
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        last = rows[-1]
        next_cursor = encode_cursor([last.issued_on.isoformat(), str(last.id)], bound)
    return rows, next_cursor
