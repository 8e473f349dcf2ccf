"""The authority sync's query: the models whose stored answer it recomputes (no caller: it runs for every
model an input change affects)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Campaign, RegisteredModel


async def models_with_profile(
    session: AsyncSession,
    states: Sequence[str],
    *,
    unit_path: str | None = None,
    unit_ids: Sequence[int] | None = None,
    campaign_id: uuid.UUID | None = None,
) -> list[tuple[RegisteredModel, str]]:
    """Models in these states (under a path / of some registrant units / of a campaign) with their
    campaign's authority profile."""
    where: list[ColumnElement[bool]] = [RegisteredModel.state.in_(states)]
    if unit_path is not None:
        where.append(RegisteredModel.unit_path.startswith(unit_path))
    if unit_ids is not None:
        where.append(RegisteredModel.registrant_unit_id.in_(unit_ids))
    if campaign_id is not None:
        where.append(RegisteredModel.campaign_id == campaign_id)
    rows = await session.execute(
        select(RegisteredModel, Campaign.authority_profile)
        .join(Campaign, Campaign.id == RegisteredModel.campaign_id)
        .where(*where)
    )
    return [(model, profile) for model, profile in rows]


async def models_without_roles(session: AsyncSession) -> list[tuple[RegisteredModel, str]]:
    """Models stored with a deciding unit but neither a reviewing nor a proposing unit (stored before migration
    0013 added them), in every state, with their campaign's authority profile."""
    rows = await session.execute(
        select(RegisteredModel, Campaign.authority_profile)
        .join(Campaign, Campaign.id == RegisteredModel.campaign_id)
        .where(
            RegisteredModel.deciding_unit_id.is_not(None),
            RegisteredModel.reviewing_unit_id.is_(None),
            RegisteredModel.proposing_unit_id.is_(None),
        )
    )
    return [(model, profile) for model, profile in rows]
