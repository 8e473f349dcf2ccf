"""Dependencies for /campaigns: the caller who may manage campaigns, and a campaign named in the path,
visible (load-or-404) or managed (404, then 403)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from app.auth.dependencies import CurrentCaller
from app.campaigns import service
from app.core.db import SessionDep
from app.models import Campaign
from app.policy.permissions import Permission
from app.policy.principal import Caller

CampaignId = Annotated[uuid.UUID, Path(description="The campaign's id.")]


async def campaign_admin(caller: CurrentCaller) -> Caller:
    """The caller, if some role of theirs lets them manage units somewhere (403 otherwise)."""
    caller.require(Permission.MANAGE_UNITS)
    return caller


CampaignAdmin = Annotated[Caller, Depends(campaign_admin)]


async def visible_campaign(campaign_id: CampaignId, caller: CurrentCaller, session: SessionDep) -> Campaign:
    """The campaign named in the path, if the caller may see it (404 otherwise)."""
    return await service.get_campaign(session, caller, campaign_id)


async def managed_campaign(campaign_id: CampaignId, caller: CampaignAdmin, session: SessionDep) -> Campaign:
    """The campaign named in the path, if the caller administers its launching unit (404 / 403)."""
    campaign = await service.get_campaign(session, caller, campaign_id)
    service.ensure_manager(caller, campaign)
    return campaign


VisibleCampaign = Annotated[Campaign, Depends(visible_campaign)]
ManagedCampaign = Annotated[Campaign, Depends(managed_campaign)]
