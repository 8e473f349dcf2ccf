"""The events a campaign's changes write (app/events/catalogue.py: `campaign.*`), at its launching unit."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.events.service import record_event
from app.models import Campaign
from app.policy.principal import Caller


async def record(session: AsyncSession, caller: Caller, campaign: Campaign, type_: str, data: dict[str, Any]) -> None:
    """Record one event about the campaign in the change's transaction."""
    await record_event(
        session,
        type_,
        resource_type="campaign",
        resource_id=campaign.id,
        unit_path=campaign.owning_unit_path,
        actor_id=caller.id,
        request_id=None,
        data=data,
    )


async def record_edit(session: AsyncSession, caller: Caller, campaign: Campaign, changes: dict[str, Any]) -> None:
    """`campaign.updated` for an edit of the campaign's details (nothing for an empty edit)."""
    if changes:
        await record(session, caller, campaign, "campaign.updated", {"fields": sorted(changes)})
