"""The orphan sweep's queries: which blobs the evidence rows, sent registration lists, plan documents and
generated documents reference (every row: the sweep is an operator's tool, not a read of user data for a caller)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.document import Document
from app.models.evidence import Evidence
from app.models.plans import UnitPlan
from app.models.registration_list import SentRegistrationList


async def referenced_blobs(session: AsyncSession) -> set[str]:
    """The content hashes any evidence row, sent registration list, plan document or generated document
    references."""
    files = set((await session.scalars(select(Evidence.sha256).distinct())).all())
    files |= set((await session.scalars(select(SentRegistrationList.sha256).distinct())).all())
    files |= set((await session.scalars(select(Document.storage_key).distinct())).all())
    plans = select(UnitPlan.document_sha256).where(UnitPlan.document_sha256.is_not(None)).distinct()
    return files | {sha for sha in (await session.scalars(plans)).all() if sha is not None}


async def is_referenced(session: AsyncSession, sha256: str) -> bool:
    """Whether any evidence row, sent registration list, plan document or generated document references this
    content hash."""
    if (await session.scalar(select(Evidence.id).where(Evidence.sha256 == sha256).limit(1))) is not None:
        return True
    if (await session.scalar(select(Document.id).where(Document.storage_key == sha256).limit(1))) is not None:
        return True
    sent = select(SentRegistrationList.id).where(SentRegistrationList.sha256 == sha256).limit(1)
    if (await session.scalar(sent)) is not None:
        return True
    plan = select(UnitPlan.id).where(UnitPlan.document_sha256 == sha256).limit(1)
    return (await session.scalar(plan)) is not None
