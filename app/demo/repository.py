"""The demo loader's reads (a seeding tool: whole tables, no caller)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ModelHistory, RegisteredModel, Unit, User


async def unit_count(session: AsyncSession) -> int:
    """How many units exist."""
    return int(await session.scalar(select(func.count()).select_from(Unit)) or 0)


async def all_users(session: AsyncSession) -> list[User]:
    """Every user."""
    return list((await session.scalars(select(User))).all())


async def history_with_models(session: AsyncSession) -> list[tuple[ModelHistory, RegisteredModel]]:
    """Every model's history, oldest first, with its model."""
    rows = await session.execute(
        select(ModelHistory, RegisteredModel)
        .join(RegisteredModel, RegisteredModel.id == ModelHistory.model_id)
        .order_by(ModelHistory.at, ModelHistory.id)
    )
    return [(entry, model) for entry, model in rows]
