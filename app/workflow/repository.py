"""What the workflow reads from the database to judge a move: the model's dossier files, and the criteria
its campaign added (the scores a survey must give)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import CampaignCriterion, Evidence, FieldOfWork, RegisteredModel
from app.workflow.dossier import EvidenceFacts, facts_from
from app.workflow.scoring import CriteriaFacts, SpecificCriterion


async def dossier_facts(session: AsyncSession, model: RegisteredModel) -> EvidenceFacts:
    """The model's files as the dossier rules see them."""
    rows = await session.execute(
        select(Evidence.id, Evidence.kind, Evidence.confirmed_by_grassroots)
        .where(Evidence.model_id == model.id)
        .order_by(Evidence.uploaded_at, Evidence.id)
    )
    needs = await session.scalar(select(FieldOfWork.requires_confirmation).where(FieldOfWork.code == model.field_code))
    return facts_from([(i, k, c) for i, k, c in rows], bool(needs))


async def specific_criteria(
    session: AsyncSession, campaign_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, tuple[SpecificCriterion, ...]]:
    """Every criterion these campaigns added (retired ones too), by campaign, in catalogue order (the campaigns
    are those of models already found visible)."""
    rows = await session.scalars(
        select(CampaignCriterion)
        .where(CampaignCriterion.campaign_id.in_(list(set(campaign_ids))))
        .order_by(CampaignCriterion.field_code, CampaignCriterion.sort_order, CampaignCriterion.code)
    )
    found: dict[uuid.UUID, list[SpecificCriterion]] = defaultdict(list)
    for c in rows:
        found[c.campaign_id].append(
            SpecificCriterion(c.code, c.field_code, c.max_score, c.min_score, c.retired_at is not None)
        )
    return {campaign: tuple(criteria) for campaign, criteria in found.items()}


async def criteria_facts(session: AsyncSession, model: RegisteredModel) -> CriteriaFacts:
    """The model's field and every criterion its campaign added."""
    found = await specific_criteria(session, [model.campaign_id])
    return CriteriaFacts(model.field_code, found.get(model.campaign_id, ()))
