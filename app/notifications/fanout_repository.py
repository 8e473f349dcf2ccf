"""The fan-out's statements: the facts an event's notification tells (a model's name and the units that act on it,
a review's title and members, a decision's number and the units it concerns) and who holds which role where.

The fan-out is the system reading its own log to tell the people an event concerns; it reads rows by id with
no caller's visibility, and never shows them to anyone but those people: who may be told is decided in
recipients.py (a person is told of a model or a decision only while they may read it)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import (
    Campaign,
    Decision,
    DecisionModel,
    RegisteredModel,
    Review,
    ReviewMember,
    RoleAssignment,
    Unit,
    User,
)


@dataclass(frozen=True)
class ModelFacts:
    """What a model's notifications say and who acts on it."""

    id: uuid.UUID
    name: str
    unit_id: int
    unit_path: str
    unit_name: str
    created_by_id: uuid.UUID
    receiving_unit_id: int
    receiving_unit_name: str
    deciding_unit_id: int | None
    deciding_unit_name: str | None


async def model_facts(session: AsyncSession, model_id: uuid.UUID) -> ModelFacts | None:
    """A model with its registrant unit, the campaign's owning (receiving) unit and its deciding unit."""
    ru, ou, du = aliased(Unit), aliased(Unit), aliased(Unit)
    m = RegisteredModel
    statement = (
        select(
            m.id,
            m.name,
            m.registrant_unit_id,
            m.unit_path,
            ru.name,
            m.created_by_id,
            ou.id,
            ou.name,
            m.deciding_unit_id,
            du.name,
        )
        .join(ru, ru.id == m.registrant_unit_id)
        .join(Campaign, Campaign.id == m.campaign_id)
        .join(ou, ou.id == Campaign.owning_unit_id)
        .outerjoin(du, du.id == m.deciding_unit_id)
        .where(m.id == model_id)
    )
    row: Any = (await session.execute(statement)).one_or_none()
    return ModelFacts(*row) if row is not None else None


async def role_holders(session: AsyncSession, role: str, unit_ids: Collection[int]) -> list[Row[uuid.UUID, int]]:
    """(person, unit) for each holder of the role at one of the units (open units only)."""
    if not unit_ids:
        return []
    statement = (
        select(RoleAssignment.user_id, RoleAssignment.unit_id)
        .join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(RoleAssignment.role == role, RoleAssignment.unit_id.in_(list(unit_ids)), Unit.is_active.is_(True))
    )
    return list((await session.execute(statement)).all())


async def units_on_path(session: AsyncSession, paths: Collection[str]) -> list[Row[int, int]]:
    """(unit, depth) of the units at these paths (a unit and its ancestors: the unit tree is public)."""
    if not paths:
        return []
    return list((await session.execute(select(Unit.id, Unit.depth).where(Unit.path.in_(list(paths))))).all())


async def unit_people(session: AsyncSession, unit_id: int) -> set[uuid.UUID]:
    """The people of a unit: whose home unit it is, or who hold a role at it."""
    homes = select(User.id).where(User.home_unit_id == unit_id)
    holders = select(RoleAssignment.user_id).where(RoleAssignment.unit_id == unit_id)
    return set((await session.scalars(homes.union(holders))).all())


async def home_members(session: AsyncSession, unit_id: int) -> set[uuid.UUID]:
    """The people whose home unit this is."""
    return set((await session.scalars(select(User.id).where(User.home_unit_id == unit_id))).all())


async def readers_among(
    session: AsyncSession, people: Collection[uuid.UUID], roles: Collection[str], paths: Collection[str]
) -> set[uuid.UUID]:
    """Those of `people` holding one of `roles` at one of the units at `paths` (open units only)."""
    if not people or not paths:
        return set()
    statement = (
        select(RoleAssignment.user_id)
        .distinct()
        .join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(
            RoleAssignment.user_id.in_(list(people)),
            RoleAssignment.role.in_(list(roles)),
            Unit.path.in_(list(paths)),
            Unit.is_active.is_(True),
        )
    )
    return set((await session.scalars(statement)).all())


@dataclass(frozen=True)
class ReviewFacts:
    """What a review's notification says."""

    id: uuid.UUID
    title: str
    unit_id: int
    unit_name: str


async def review_facts(session: AsyncSession, review_id: uuid.UUID) -> ReviewFacts | None:
    """A review with its holding unit."""
    statement = (
        select(Review.id, Review.title, Unit.id, Unit.name)
        .join(Unit, Unit.id == Review.holding_unit_id)
        .where(Review.id == review_id)
    )
    row = (await session.execute(statement)).one_or_none()
    return ReviewFacts(*row) if row is not None else None


async def member_people(session: AsyncSession, review_id: uuid.UUID, member_id: uuid.UUID | None) -> set[uuid.UUID]:
    """The people (members with an account) of a review, or of one of its members."""
    statement = select(ReviewMember.user_id).where(
        ReviewMember.review_id == review_id, ReviewMember.user_id.is_not(None)
    )
    if member_id is not None:
        statement = statement.where(ReviewMember.id == member_id)
    return {u for u in (await session.scalars(statement)).all() if u is not None}


@dataclass(frozen=True)
class DecisionFacts:
    """What a decision's notifications say."""

    id: uuid.UUID
    number: str
    kind: str
    issuer_name: str


async def decision_facts(session: AsyncSession, decision_id: uuid.UUID) -> DecisionFacts | None:
    """A decision with its issuing unit."""
    statement = (
        select(Decision.id, Decision.number, Decision.kind, Unit.name)
        .join(Unit, Unit.id == Decision.issuing_unit_id)
        .where(Decision.id == decision_id)
    )
    row = (await session.execute(statement)).one_or_none()
    return DecisionFacts(*row) if row is not None else None


async def decision_units(session: AsyncSession, decision_id: uuid.UUID) -> Sequence[Row[int, str, str]]:
    """(id, name, path) of the registrant units of the models a decision covers, by id."""
    statement = (
        select(Unit.id, Unit.name, Unit.path)
        .join(RegisteredModel, RegisteredModel.registrant_unit_id == Unit.id)
        .join(DecisionModel, DecisionModel.model_id == RegisteredModel.id)
        .where(DecisionModel.decision_id == decision_id)
        .distinct()
        .order_by(Unit.id)
    )
    return (await session.execute(statement)).all()
