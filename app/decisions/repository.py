"""Queries on decisions, always through the caller's scope.

A decision is visible if the caller's read scope covers its issuing unit, or if some model it covers
is visible to the caller (app.policy.visibility.decision_rule). Otherwise it does not exist (404).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.decisions.numbers import search_key
from app.decisions.rules import DOCUMENT_KIND
from app.models import (
    Campaign,
    CampaignCycle,
    Decision,
    DecisionModel,
    DecisionReview,
    Evidence,
    RegisteredModel,
    Review,
    Survey,
    Unit,
)
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import scoped, visible_linked_models
from app.registry.repository import visible_to as model_visible_to

D = Decision
M = RegisteredModel

DECISION_NOT_FOUND = Text("Không tìm thấy quyết định.", "Decision not found.")


async def get_visible(
    session: AsyncSession, caller: Caller, decision_id: uuid.UUID, *, for_update: bool = False
) -> Decision:
    """One decision the caller may see, or 404."""
    query = scoped(caller, D).where(D.id == decision_id)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    decision = (await session.execute(query)).scalar_one_or_none()
    if decision is None:
        raise NotFound(DECISION_NOT_FOUND, code="decision_not_found")
    return decision


async def lock(session: AsyncSession, decision: Decision) -> Decision:
    """The decision (already found visible) re-read and locked, so concurrent writes go one after another."""
    query = select(D).where(D.id == decision.id).with_for_update().execution_options(populate_existing=True)
    return (await session.execute(query)).scalar_one()


async def visible_model_ids(session: AsyncSession, caller: Caller, decision_id: uuid.UUID) -> set[uuid.UUID]:
    """The covered models of a decision that the caller sees."""
    query = visible_linked_models(caller, DecisionModel.model_id, DecisionModel.decision_id == decision_id)
    return set(await session.scalars(query))


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


async def list_decisions(
    session: AsyncSession, caller: Caller, filters: DecisionFilters, page: PageParams
) -> tuple[list[Decision], str | None]:
    """One page of visible decisions, newest issue date first (then id), and the next cursor."""
    bound = {"view": "decisions", **asdict(filters)}
    query = scoped(caller, D).where(*filters.clauses())
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


# --- what issuing, reading and revoking a decision load -------------------------------------------------


async def lock_visible_models(session: AsyncSession, caller: Caller, ids: Sequence[uuid.UUID]) -> list[RegisteredModel]:
    """The models among these ids the caller sees, locked in id order (fresh from the database)."""
    query = (
        select(M)
        .where(M.id.in_(list(ids)), model_visible_to(caller))
        .order_by(M.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return list((await session.scalars(query)).all())


async def lock_models(session: AsyncSession, ids: Sequence[uuid.UUID]) -> list[RegisteredModel]:
    """The models with these ids (already found covered by a visible decision), locked in id order."""
    query = (
        select(M).where(M.id.in_(list(ids))).order_by(M.id).with_for_update().execution_options(populate_existing=True)
    )
    return list((await session.scalars(query)).all())


async def campaigns_in(session: AsyncSession, ids: Iterable[uuid.UUID]) -> list[Campaign]:
    """The campaigns with these ids (of models already loaded through their visibility)."""
    return list(await session.scalars(select(Campaign).where(Campaign.id.in_(set(ids)))))


async def cycles_in(session: AsyncSession, ids: Iterable[uuid.UUID]) -> list[CampaignCycle]:
    """The cycles with these ids (of models already loaded through their visibility)."""
    return list(await session.scalars(select(CampaignCycle).where(CampaignCycle.id.in_(set(ids)))))


async def number_taken(session: AsyncSession, unit_id: int, year: int, serial: int) -> Decision | None:
    """The unit's decision with that serial in that year, if any."""
    return (
        await session.scalars(
            select(Decision).where(
                Decision.issuing_unit_id == unit_id, Decision.year == year, Decision.serial == serial
            )
        )
    ).first()


async def document_of(session: AsyncSession, decision_id: uuid.UUID) -> Evidence | None:
    """The decision's signed document (the first of its copies), if any."""
    return (
        await session.scalars(
            select(Evidence)
            .where(Evidence.decision_id == decision_id, Evidence.kind == DOCUMENT_KIND)
            .order_by(Evidence.uploaded_at, Evidence.id)
            .limit(1)
        )
    ).first()


async def covered_models(session: AsyncSession, decision_id: uuid.UUID) -> list[RegisteredModel]:
    """The models a decision covers, in its order."""
    rows = await session.execute(
        select(M)
        .join(DecisionModel, DecisionModel.model_id == M.id)
        .where(DecisionModel.decision_id == decision_id)
        .order_by(DecisionModel.position)
    )
    return [m for (m,) in rows]


async def covered_rows(session: AsyncSession, decision_id: uuid.UUID) -> list[DecisionModel]:
    """A decision's covered-model rows, in its order."""
    return list(
        (
            await session.scalars(
                select(DecisionModel).where(DecisionModel.decision_id == decision_id).order_by(DecisionModel.position)
            )
        ).all()
    )


async def covered_rows_with_models(
    session: AsyncSession, decision_id: uuid.UUID
) -> list[tuple[DecisionModel, RegisteredModel]]:
    """A decision's covered-model rows with their models, in its order."""
    return [
        (dm, m)
        for dm, m in await session.execute(
            select(DecisionModel, M)
            .join(M, M.id == DecisionModel.model_id)
            .where(DecisionModel.decision_id == decision_id)
            .order_by(DecisionModel.position)
        )
    ]


async def model_counts(session: AsyncSession, decision_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many models each of these decisions covers (decisions covering none are absent)."""
    return {
        decision_id: int(n)
        for decision_id, n in await session.execute(
            select(DecisionModel.decision_id, func.count())
            .where(DecisionModel.decision_id.in_(decision_ids))
            .group_by(DecisionModel.decision_id)
        )
    }


async def units_in(session: AsyncSession, ids: Iterable[int]) -> list[Unit]:
    """The units with these ids (issuing units of visible decisions: the unit tree is public)."""
    return list((await session.scalars(select(Unit).where(Unit.id.in_(set(ids))))).all())


async def review_of(session: AsyncSession, decision: Decision) -> Review | None:
    """The review a visible decision rests on, if it names one."""
    return await session.get(Review, decision.review_id) if decision.review_id else None


async def cited_reviews(session: AsyncSession, decision_id: uuid.UUID) -> list[Review]:
    """The reviews of the authority chain a visible decision cites, in its order (shown with the decision, as its
    own review is)."""
    stmt = (
        select(Review)
        .join(DecisionReview, DecisionReview.review_id == Review.id)
        .where(DecisionReview.decision_id == decision_id)
        .order_by(DecisionReview.position)
    )
    return list((await session.scalars(stmt)).all())


async def commended_since(session: AsyncSession, decision_id: uuid.UUID, model_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """The models among these that an issued commendation other than this decision covers."""
    return set(
        (
            await session.scalars(
                select(DecisionModel.model_id)
                .join(Decision, Decision.id == DecisionModel.decision_id)
                .where(
                    DecisionModel.model_id.in_(model_ids),
                    Decision.kind == "commendation",
                    Decision.status == "issued",
                    Decision.id != decision_id,
                )
            )
        ).all()
    )


async def latest_survey_scores(
    session: AsyncSession, caller: Caller, model_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[dict[str, Any]]]:
    """Each model's latest survey scores (models without a survey are absent)."""
    query = scoped(caller, Survey).where(Survey.model_id.in_(model_ids)).order_by(Survey.created_at, Survey.id)
    return {s.model_id: list(s.scores) for s in (await session.scalars(query)).all()}
