"""What the workflow reads from the database to judge a move: the model's dossier files."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Evidence, FieldOfWork, RegisteredModel
from app.workflow.dossier import EvidenceFacts, facts_from


async def dossier_facts(session: AsyncSession, model: RegisteredModel) -> EvidenceFacts:
    """The model's files as the dossier rules see them."""
    rows = await session.execute(
        select(Evidence.id, Evidence.kind, Evidence.confirmed_by_grassroots)
        .where(Evidence.model_id == model.id)
        .order_by(Evidence.uploaded_at, Evidence.id)
    )
    needs = await session.scalar(select(FieldOfWork.requires_confirmation).where(FieldOfWork.code == model.field_code))
    return facts_from([(i, k, c) for i, k, c in rows], bool(needs))
