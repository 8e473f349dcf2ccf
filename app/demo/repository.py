"""The demo loader's reads (a seeding tool: whole tables, no caller)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import (
    Decision,
    DecisionModel,
    Event,
    ModelHistory,
    Notification,
    RegisteredModel,
    RoleAssignment,
    Unit,
    User,
)
from app.policy.scope import Grant


async def unit_count(session: AsyncSession) -> int:
    """How many units exist."""
    return int(await session.scalar(select(func.count()).select_from(Unit)) or 0)


async def all_users(session: AsyncSession) -> list[User]:
    """Every user."""
    return list((await session.scalars(select(User))).all())


async def grants_of(session: AsyncSession, user_id: uuid.UUID) -> tuple[Grant, ...]:
    """The roles a user holds where, as a caller's scope carries them."""
    rows = await session.execute(
        select(RoleAssignment.role, RoleAssignment.unit_id, Unit.path)
        .join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(RoleAssignment.user_id == user_id)
    )
    return tuple(Grant(role, unit_id, path) for role, unit_id, path in rows)


async def model_in_state(session: AsyncSession, unit_id: int, year: int, state: str) -> RegisteredModel:
    """The demo model a unit registered for a year, in a state (there is one)."""
    stmt = select(RegisteredModel).where(
        RegisteredModel.registrant_unit_id == unit_id, RegisteredModel.year == year, RegisteredModel.state == state
    )
    return (await session.scalars(stmt)).one()


async def history_with_models(session: AsyncSession) -> list[tuple[ModelHistory, RegisteredModel]]:
    """Every model's history, oldest first, with its model."""
    rows = await session.execute(
        select(ModelHistory, RegisteredModel)
        .join(RegisteredModel, RegisteredModel.id == ModelHistory.model_id)
        .order_by(ModelHistory.at, ModelHistory.id)
    )
    return [(entry, model) for entry, model in rows]


async def decisions_covering(session: AsyncSession, model_id: uuid.UUID) -> list[Decision]:
    """The decisions covering a demo model, in the order they were issued."""
    stmt = (
        select(Decision)
        .join(DecisionModel, DecisionModel.decision_id == Decision.id)
        .where(DecisionModel.model_id == model_id)
        .order_by(Decision.issued_on, Decision.serial)
    )
    return list((await session.scalars(stmt)).all())


async def events_in_order(session: AsyncSession) -> list[Event]:
    """Every event of the log, by id."""
    return list((await session.scalars(select(Event).order_by(Event.id))).all())


async def decisions_with_units(session: AsyncSession) -> list[tuple[Decision, str, Unit]]:
    """Every decision with its issuing unit's name and the registrant unit of its first covered model, oldest
    first."""
    issuer = aliased(Unit)
    first = (
        select(DecisionModel.model_id)
        .where(DecisionModel.decision_id == Decision.id)
        .order_by(DecisionModel.position)
        .limit(1)
        .scalar_subquery()
    )
    rows = await session.execute(
        select(Decision, issuer.name, Unit)
        .join(issuer, issuer.id == Decision.issuing_unit_id)
        .join(RegisteredModel, RegisteredModel.id == first)
        .join(Unit, Unit.id == RegisteredModel.registrant_unit_id)
        .order_by(Decision.issued_on, Decision.number)
    )
    return [(decision, name, unit) for decision, name, unit in rows]


async def all_notifications(session: AsyncSession) -> list[Notification]:
    """Every notification."""
    return list((await session.scalars(select(Notification))).all())
