"""A campaign's recognition standard: read it (the campaign's own minimums, the defaults elsewhere) and set it."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.core.errors import PreconditionFailed
from app.criteria.schemas import StandardRead, StandardWrite
from app.criteria.standard import Standard
from app.models import Campaign


def standard_read(campaign: Campaign) -> StandardRead:
    """The standard in force and what the campaign set."""
    standard = Standard.of(campaign.standard_min_score, campaign.standard_min_total)
    return StandardRead(
        min_score=standard.min_score,
        min_total=standard.min_total,
        min_score_set=campaign.standard_min_score,
        min_total_set=campaign.standard_min_total,
    )


async def set_standard(session: AsyncSession, campaign: Campaign, data: StandardWrite) -> None:
    """Replace the campaign's standard (the caller manages the campaign); the campaign's version moves."""
    campaign.standard_min_score = data.min_score
    campaign.standard_min_total = data.min_total
    try:
        await session.flush()
    except StaleDataError:
        raise PreconditionFailed() from None
