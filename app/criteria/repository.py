"""Queries on the criteria (reference data, readable by every signed-in user)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Criterion


async def list_criteria(session: AsyncSession) -> list[Criterion]:
    """The general criteria in the seed's order."""
    return list((await session.scalars(select(Criterion).order_by(Criterion.position))).all())
