"""Queries on the fields of the movement (reference data, readable by every signed-in user)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import FieldOfWork


async def get_field(session: AsyncSession, code: str) -> FieldOfWork | None:
    """One field by code."""
    return await session.get(FieldOfWork, code)


async def list_fields(session: AsyncSession) -> list[FieldOfWork]:
    """The fields in the seed's order."""
    return list((await session.scalars(select(FieldOfWork).order_by(FieldOfWork.sort_order))).all())
