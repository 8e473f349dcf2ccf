"""Demo: Xã Vĩnh Thạch sends this year's registration list to Huyện Vĩnh Linh before the deadline (seed 002 §III.2)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns.schedule import local_today
from app.models import Campaign, CampaignCycle, Unit, User
from app.models.base import utcnow
from app.policy.principal import Caller, CallerUser
from app.policy.scope import Grant, Scope
from app.registrations.lists import send_list


async def load_demo_list(
    session: AsyncSession, campaign: Campaign, cycle: CampaignCycle, units: dict[str, Unit], registrant: User
) -> None:
    """The cycle's deadline for lists a week ahead, and the commune's list sent today by its registrant."""
    cycle.lists_due_on = local_today(campaign, utcnow()) + timedelta(days=7)
    commune = units["QT-VL-VT"]
    caller = Caller(
        CallerUser(
            registrant.id,
            registrant.username,
            registrant.full_name,
            registrant.position,
            registrant.email,
            registrant.home_unit_id,
        ),
        Scope((Grant("registrant", commune.id, commune.path),)),
        None,
    )
    await session.flush()
    await send_list(session, caller, campaign.id, cycle.year, commune.id)
