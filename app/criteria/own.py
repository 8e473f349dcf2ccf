"""A campaign's own criteria per field (seed 001 §II: "Các địa phương, đơn vị … xây dựng tiêu chí cụ thể cho mô
hình "Dân vận khéo" trên từng lĩnh vực … song phải đảm bảo được những tiêu chí chung").

Administrators of the launching unit add, change, retire or delete them; each entry is versioned (If-Match). A
model is scored on the five general criteria and on its campaign's criteria in force for its field; a minimum,
when set, joins the recognition standard. An entry that was scored is never deleted, and its top never changes:
it is retired (no longer asked for or judged; the scores given keep naming it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns.service import ensure_manager
from app.core import messages
from app.core.errors import Conflict, NotFound, Unprocessable
from app.core.i18n import Text
from app.core.writes import flush_versioned
from app.criteria import repository as repo
from app.criteria.catalogue import POSITION_BY_CODE
from app.criteria.messages import (
    ALREADY_RETIRED,
    CODE_RESERVED,
    CRITERION_EXISTS,
    CRITERION_IN_USE,
    CRITERION_NOT_FOUND,
    MIN_ABOVE_MAX,
    TOO_MANY,
)
from app.criteria.own_schemas import CampaignCriteriaRead, OwnCriterionRead, OwnCriterionUpdate, OwnCriterionWrite
from app.criteria.schemas import MAX_SPECIFIC_PER_FIELD, CriterionRead
from app.models import Campaign, CampaignCriterion
from app.models.base import utcnow
from app.policy.principal import Caller


def own_read(criterion: CampaignCriterion) -> OwnCriterionRead:
    """The response body of one of the campaign's own criteria."""
    return OwnCriterionRead(
        id=criterion.id,
        campaign_id=criterion.campaign_id,
        code=criterion.code,
        field_code=criterion.field_code,
        label_vi=criterion.label_vi,
        label_en=criterion.label_en,
        max_score=criterion.max_score,
        min_score=criterion.min_score,
        sort_order=criterion.sort_order,
        retired=criterion.retired_at is not None,
        retired_at=criterion.retired_at,
        created_at=criterion.created_at,
        updated_at=criterion.updated_at,
        version=criterion.version,
    )


def _exists(code: str) -> Conflict:
    return Conflict(CRITERION_EXISTS, code="criterion_exists", _code=code)


def _pointed(text: Text, problem: str, pointer: str, **params: Any) -> Unprocessable:
    errors = [{"code": problem, "pointer": pointer, "detail": text.render(**params)}]
    extensions: dict[str, Any] = {f"_{k}": v for k, v in params.items()}
    return Unprocessable(text, code=problem, errors=errors, **extensions)


async def catalogue(
    session: AsyncSession, campaign: Campaign, *, field_code: str | None, include_retired: bool
) -> CampaignCriteriaRead:
    """The general criteria and the campaign's own (of one field, if asked; retired ones if asked)."""
    general = [CriterionRead.model_validate(c) for c in await repo.list_criteria(session)]
    own = await repo.own_criteria(session, campaign.id, field_code=field_code, include_retired=include_retired)
    return CampaignCriteriaRead(campaign_id=campaign.id, general=general, specific=[own_read(c) for c in own])


async def find(session: AsyncSession, campaign: Campaign, code: str) -> CampaignCriterion:
    """One of the campaign's own criteria; 404 criterion_not_found."""
    criterion = await repo.own_criterion(session, campaign.id, code)
    if criterion is None:
        raise NotFound(CRITERION_NOT_FOUND, code="criterion_not_found", _code=code)
    return criterion


async def add(session: AsyncSession, caller: Caller, campaign: Campaign, body: OwnCriterionWrite) -> CampaignCriterion:
    """Add a criterion for a field (the caller manages the campaign): 422 for a general code or an unknown
    field, 409 for a code the campaign has or a field already at its limit."""
    ensure_manager(caller, campaign)
    if body.code in POSITION_BY_CODE:
        raise _pointed(CODE_RESERVED, "criterion_code_reserved", "#/code", code=body.code)
    if not await repo.field_exists(session, body.field_code):
        raise _pointed(messages.UNKNOWN_FIELD, "unknown_field", "#/field_code", code=body.field_code)
    if await repo.own_criterion(session, campaign.id, body.code) is not None:
        raise _exists(body.code)
    if await repo.in_force_count(session, campaign.id, body.field_code) >= MAX_SPECIFIC_PER_FIELD:
        raise Conflict(TOO_MANY, code="too_many_criteria", _max=MAX_SPECIFIC_PER_FIELD)
    criterion = CampaignCriterion(campaign_id=campaign.id, created_by_id=caller.id, **body.model_dump())
    session.add(criterion)
    await flush_versioned(session, _exists(body.code))
    return criterion


async def change(
    session: AsyncSession, caller: Caller, campaign: Campaign, criterion: CampaignCriterion, body: OwnCriterionUpdate
) -> None:
    """Change what was sent (the caller checked If-Match); a scored criterion keeps its top (409)."""
    ensure_manager(caller, campaign)
    changes = body.model_dump(exclude_unset=True)
    for key in ("label_vi", "label_en", "max_score", "sort_order"):
        if key in changes and changes[key] is None:
            del changes[key]
    top = changes.get("max_score", criterion.max_score)
    minimum = changes.get("min_score", criterion.min_score)
    if minimum is not None and minimum > top:
        raise _pointed(MIN_ABOVE_MAX, "min_above_max", "#/min_score", min_score=minimum, max_score=top)
    if top != criterion.max_score and await repo.own_criterion_scored(session, campaign.id, criterion.code):
        raise Conflict(CRITERION_IN_USE, code="criterion_in_use", _code=criterion.code)
    for key, value in changes.items():
        setattr(criterion, key, value)
    criterion.updated_at = utcnow()
    await flush_versioned(session)


async def retire(session: AsyncSession, caller: Caller, campaign: Campaign, criterion: CampaignCriterion) -> None:
    """Retire a criterion: no longer asked for nor judged; the scores given keep it (409 if already retired)."""
    ensure_manager(caller, campaign)
    if criterion.retired_at is not None:
        raise Conflict(ALREADY_RETIRED, code="criterion_retired", _code=criterion.code)
    criterion.retired_at = utcnow()
    criterion.retired_by_id = caller.id
    await flush_versioned(session)


async def delete(session: AsyncSession, caller: Caller, campaign: Campaign, criterion: CampaignCriterion) -> None:
    """Delete a criterion nobody scored (409 criterion_in_use otherwise: retire it)."""
    ensure_manager(caller, campaign)
    if await repo.own_criterion_scored(session, campaign.id, criterion.code):
        raise Conflict(CRITERION_IN_USE, code="criterion_in_use", _code=criterion.code)
    await session.delete(criterion)
    await flush_versioned(session)
