"""Queries on evidence files, always through the visibility of the model they belong to."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.core.i18n import Text
from app.core.pagination import PageParams, decode_cursor, encode_cursor
from app.models import Confirmation, Document, Evidence, RegisteredModel, UnitPlan, User
from app.policy.principal import Caller
from app.policy.visibility import scoped

EVIDENCE_NOT_FOUND = Text("Không tìm thấy tệp minh chứng.", "Evidence file not found.")


async def get_visible(
    session: AsyncSession, caller: Caller, evidence_id: uuid.UUID
) -> tuple[Evidence, RegisteredModel]:
    """A file whose model the caller may see, with the model; 404 otherwise (exists elsewhere or not)."""
    row = (
        await session.execute(
            scoped(caller, Evidence)
            .add_columns(RegisteredModel)
            .join(RegisteredModel, RegisteredModel.id == Evidence.model_id)
            .where(Evidence.id == evidence_id)
        )
    ).first()
    if row is None:
        raise NotFound(EVIDENCE_NOT_FOUND, code="not_found")
    return row[0], row[1]


async def lock_model(session: AsyncSession, model_id: uuid.UUID) -> RegisteredModel:
    """The model, re-read and locked, so concurrent uploads to it check the quota one after another."""
    query = (
        select(RegisteredModel)
        .where(RegisteredModel.id == model_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await session.execute(query)).scalar_one()


async def uploader_names(session: AsyncSession, user_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Full names of the uploaders of some files."""
    if not user_ids:
        return {}
    rows = await session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids)))
    return {i: n for i, n in rows}


async def list_for_model(
    session: AsyncSession, model_id: uuid.UUID, kind: str | None, page: PageParams
) -> tuple[list[Evidence], str | None]:
    """One page of a model's files, oldest first, optionally of one kind; and the next cursor."""
    bound = {"model": str(model_id), "kind": kind}
    query = select(Evidence).where(Evidence.model_id == model_id)
    if kind:
        query = query.where(Evidence.kind == kind)
    if page.cursor:
        at, last_id = decode_cursor(page.cursor, bound)
        after = datetime.fromisoformat(at)
        query = query.where(
            (Evidence.uploaded_at > after) | ((Evidence.uploaded_at == after) & (Evidence.id > uuid.UUID(last_id)))
        )
    rows = list(await session.scalars(query.order_by(Evidence.uploaded_at, Evidence.id).limit(page.limit + 1)))
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        next_cursor = encode_cursor([rows[-1].uploaded_at.isoformat(), str(rows[-1].id)], bound)
    return rows, next_cursor


async def total_size(session: AsyncSession, model_id: uuid.UUID) -> int:
    """Bytes the model's files take (the quota counts each file, even when bytes are shared)."""
    return int(
        await session.scalar(select(func.coalesce(func.sum(Evidence.size), 0)).where(Evidence.model_id == model_id))
        or 0
    )


async def references(session: AsyncSession, sha256: str) -> int:
    """How many files (of any model), plan documents and generated documents point at these stored bytes (a
    generated PDF filed again as a file shares its bytes)."""
    files = await session.scalar(select(func.count()).select_from(Evidence).where(Evidence.sha256 == sha256))
    plans = await session.scalar(select(func.count()).select_from(UnitPlan).where(UnitPlan.document_sha256 == sha256))
    generated = await session.scalar(select(func.count()).select_from(Document).where(Document.storage_key == sha256))
    return int(files or 0) + int(plans or 0) + int(generated or 0)


async def confirmed_by_grassroots(session: AsyncSession, evidence_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these files an act of the grassroots committee confirms (not withdrawn, not legacy); the files
    are already read through their model's visibility."""
    if not evidence_ids:
        return set()
    rows = await session.scalars(
        select(Confirmation.evidence_id).where(
            Confirmation.evidence_id.in_(evidence_ids),
            Confirmation.kind == "achievement_report",
            Confirmation.withdrawn_at.is_(None),
            Confirmation.legacy.is_(False),
        )
    )
    return {i for i in rows if i is not None}


async def confirmations_naming(session: AsyncSession, evidence_id: uuid.UUID) -> int:
    """How many confirmations (withdrawn or not) name this file."""
    query = select(func.count()).select_from(Confirmation).where(Confirmation.evidence_id == evidence_id)
    return int(await session.scalar(query) or 0)
