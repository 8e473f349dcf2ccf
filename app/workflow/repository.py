"""What the workflow reads from the database to judge a move: the model's dossier files, its confirmation acts
and the unit whose user may confirm each kind, and the criteria its campaign added (the scores a survey must give)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import driver
from app.models import CampaignCriterion, Confirmation, Evidence, FieldOfWork, RegisteredModel
from app.policy.authority_service import load_tree
from app.policy.authority_tree import AuthorityUnresolvable, UnitFacts
from app.workflow.confirmers import confirming_unit, relations_for
from app.workflow.dossier import EvidenceFacts, facts_from
from app.workflow.scoring import CriteriaFacts, SpecificCriterion


async def unit_that_confirms(session: AsyncSession, model: RegisteredModel, kind: str) -> tuple[UnitFacts, str]:
    """The unit whose user confirms this kind for the model, and the relation that named it (422
    `authority_unresolvable` when the tree names none)."""
    relations = set(relations_for(kind, model.registrant_kind))
    unit, tree = await load_tree(session, model.registrant_unit_id, relations)
    return confirming_unit(kind, model.registrant_kind, unit, tree)


async def active_acts(session: AsyncSession, model_id: uuid.UUID) -> list[Any]:
    """The model's confirmation acts in force (not withdrawn, not legacy): id, kind, evidence, unit."""
    rows = await session.execute(
        select(Confirmation.id, Confirmation.kind, Confirmation.evidence_id, Confirmation.confirming_unit_id)
        .where(
            Confirmation.model_id == model_id,
            Confirmation.withdrawn_at.is_(None),
            Confirmation.legacy.is_(False),
        )
        .order_by(Confirmation.confirmed_at, Confirmation.id)
    )
    return list(rows)


async def _counted(session: AsyncSession, model: RegisteredModel, acts: list[Any]) -> list[tuple[Any, str, Any]]:
    """The acts by the unit that confirms their kind today (a unit moved in the tree since no longer counts)."""
    units: dict[str, int | None] = {}
    for kind in {a.kind for a in acts}:
        try:
            units[kind] = (await unit_that_confirms(session, model, kind))[0].id
        except AuthorityUnresolvable:
            units[kind] = None
    return [(a.id, a.kind, a.evidence_id) for a in acts if a.confirming_unit_id == units[a.kind]]


async def counted_acts(session: AsyncSession, model: RegisteredModel) -> list[tuple[Any, str, Any]]:
    """The model's confirmation acts the dossier rules count: (id, kind, evidence_id)."""
    acts = await active_acts(session, model.id)
    return await _counted(session, model, acts) if acts else []


async def dossier_facts(session: AsyncSession, model: RegisteredModel) -> EvidenceFacts:
    """The model's files and its counted confirmation acts, as the dossier rules see them."""
    files = await driver.fetch(session, _FILES, {"model_id": model.id})
    needs = await driver.fetch_one(session, _NEEDS_CONFIRMATION, {"field_code": model.field_code})
    return facts_from(
        [(f.id, f.kind) for f in files], bool(needs and needs.requires_confirmation), await counted_acts(session, model)
    )


# Every move reads them (the dossier rules): built once, run on the driver (core/driver.py).
_FILES = (
    select(Evidence.__table__.c.id, Evidence.__table__.c.kind)
    .where(Evidence.__table__.c.model_id == bindparam("model_id"))
    .order_by(Evidence.__table__.c.uploaded_at, Evidence.__table__.c.id)
)
_NEEDS_CONFIRMATION = select(FieldOfWork.__table__.c.requires_confirmation).where(
    FieldOfWork.__table__.c.code == bindparam("field_code")
)


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
