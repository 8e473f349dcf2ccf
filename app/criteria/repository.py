"""Queries on the criteria: the general ones (reference data), a campaign's own (read once the campaign is found
visible), and the conditions comprehensive models recorded (read through app/policy/visibility.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    CampaignCriterion,
    Criterion,
    Evidence,
    FieldOfWork,
    ModelConditions,
    RegisteredModel,
    ReviewCandidate,
    Survey,
)
from app.policy.principal import Caller
from app.policy.visibility import scoped

C = CampaignCriterion


async def list_criteria(session: AsyncSession) -> list[Criterion]:
    """The general criteria in the seed's order."""
    return list((await session.scalars(select(Criterion).order_by(Criterion.position))).all())


# --- a campaign's own criteria --------------------------------------------------------------------------


async def own_criteria(
    session: AsyncSession, campaign_id: uuid.UUID, *, field_code: str | None = None, include_retired: bool = True
) -> list[CampaignCriterion]:
    """A campaign's own criteria (its visibility is checked by the caller of this), by field, order and code."""
    query = select(C).where(C.campaign_id == campaign_id)
    if field_code is not None:
        query = query.where(C.field_code == field_code)
    if not include_retired:
        query = query.where(C.retired_at.is_(None))
    return list((await session.scalars(query.order_by(C.field_code, C.sort_order, C.code))).all())


async def own_criterion(session: AsyncSession, campaign_id: uuid.UUID, code: str) -> CampaignCriterion | None:
    """One of a campaign's own criteria by code (the campaign is already found visible)."""
    return (await session.scalars(select(C).where(C.campaign_id == campaign_id, C.code == code))).one_or_none()


async def in_force_count(session: AsyncSession, campaign_id: uuid.UUID, field_code: str) -> int:
    """How many criteria the campaign has in force for a field."""
    query = select(func.count()).where(C.campaign_id == campaign_id, C.field_code == field_code, C.retired_at.is_(None))
    return int(await session.scalar(query) or 0)


async def field_exists(session: AsyncSession, field_code: str) -> bool:
    """True if the field is one of the movement's (reference data)."""
    return await session.scalar(select(FieldOfWork.code).where(FieldOfWork.code == field_code)) is not None


def _names(scores: Any, code: str) -> bool:
    return any(isinstance(s, dict) and s.get("criterion") is None and s.get("code") == code for s in scores or [])


async def own_criterion_scored(session: AsyncSession, campaign_id: uuid.UUID, code: str) -> bool:
    """True if a survey or a review of one of the campaign's models scored the criterion (the text search
    narrows the rows; each is then read exactly)."""
    of_campaign = select(RegisteredModel.id).where(RegisteredModel.campaign_id == campaign_id)
    for column, model_column in ((Survey.scores, Survey.model_id), (ReviewCandidate.scores, ReviewCandidate.model_id)):
        rows = await session.scalars(
            select(column).where(model_column.in_(of_campaign), cast(column, String).contains(f'"{code}"'))
        )
        if any(_names(scores, code) for scores in rows):
            return True
    return False


# --- a model's conditions -------------------------------------------------------------------------------


async def visible_model(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> RegisteredModel | None:
    """A model the caller may see."""
    return (await session.scalars(scoped(caller, RegisteredModel).where(RegisteredModel.id == model_id))).one_or_none()


async def conditions_of(session: AsyncSession, caller: Caller, model_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The recorded conditions of these models the caller sees, by model."""
    query = scoped(caller, ModelConditions).where(ModelConditions.model_id.in_(list(model_ids)))
    return {row.model_id: row for row in (await session.scalars(query)).all()}


async def dossier_ids(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> set[uuid.UUID]:
    """The ids of the model's files (the caller sees the model)."""
    query = scoped(caller, Evidence).where(Evidence.model_id == model_id).with_only_columns(Evidence.id)
    return set((await session.scalars(query)).all())
