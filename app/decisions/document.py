"""The decision's signed document: filed as `decision_document` evidence in every covered model's dossier."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.decisions.errors import DocumentAlreadyAttached
from app.decisions.rules import DOCUMENT_KIND
from app.models import Decision, DecisionModel, Evidence, RegisteredModel

M = RegisteredModel


async def document_of(session: AsyncSession, decision_id: uuid.UUID) -> Evidence | None:
    """The decision's signed document (the first of its copies), if any."""
    return (await session.scalars(select(Evidence).where(Evidence.decision_id == decision_id,
                                                         Evidence.kind == DOCUMENT_KIND)
                                  .order_by(Evidence.uploaded_at, Evidence.id).limit(1))).first()


async def require_no_document(session: AsyncSession, decision: Decision) -> None:
    """409 when the decision already has its signed document."""
    if await document_of(session, decision.id) is not None:
        raise DocumentAlreadyAttached()


async def covered_models(session: AsyncSession, decision_id: uuid.UUID) -> list[RegisteredModel]:
    """The models a decision covers, in its order."""
    rows = await session.execute(select(M).join(DecisionModel, DecisionModel.model_id == M.id)
                                 .where(DecisionModel.decision_id == decision_id).order_by(DecisionModel.position))
    return [m for (m,) in rows]
