"""Queries on confirmation acts, always through the visibility of the model they belong to."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.core.i18n import Text
from app.core.pagination import PageParams, decode_cursor, encode_cursor
from app.models import Confirmation, Evidence, FieldOfWork, Unit, User
from app.policy.principal import Caller
from app.policy.visibility import scoped

CONFIRMATION_NOT_FOUND = Text("Không tìm thấy xác nhận.", "Confirmation not found.")


async def get_visible(
    session: AsyncSession, caller: Caller, model_id: uuid.UUID, confirmation_id: uuid.UUID
) -> Confirmation:
    """A confirmation of this model, if the caller sees the model; 404 otherwise."""
    query = scoped(caller, Confirmation).where(Confirmation.id == confirmation_id, Confirmation.model_id == model_id)
    found = (await session.execute(query)).scalar_one_or_none()
    if found is None:
        raise NotFound(CONFIRMATION_NOT_FOUND, code="not_found")
    return found


async def lock(session: AsyncSession, confirmation: Confirmation) -> Confirmation:
    """The confirmation (already found visible) re-read and locked for its withdrawal."""
    query = (
        select(Confirmation)
        .where(Confirmation.id == confirmation.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await session.execute(query)).scalar_one()


async def list_for_model(
    session: AsyncSession, caller: Caller, model_id: uuid.UUID, page: PageParams
) -> tuple[list[Confirmation], str | None]:
    """One page of a visible model's confirmations, oldest first; and the next cursor."""
    bound = {"model": str(model_id), "list": "confirmations"}
    query = scoped(caller, Confirmation).where(Confirmation.model_id == model_id)
    if page.cursor:
        at, last_id = decode_cursor(page.cursor, bound)
        after = datetime.fromisoformat(at)
        query = query.where(
            (Confirmation.confirmed_at > after)
            | ((Confirmation.confirmed_at == after) & (Confirmation.id > uuid.UUID(last_id)))
        )
    query = query.order_by(Confirmation.confirmed_at, Confirmation.id).limit(page.limit + 1)
    rows = list(await session.scalars(query))
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        next_cursor = encode_cursor([rows[-1].confirmed_at.isoformat(), str(rows[-1].id)], bound)
    return rows, next_cursor


async def file_of_model(session: AsyncSession, model_id: uuid.UUID, evidence_id: uuid.UUID) -> Evidence | None:
    """A file of this model's dossier (the model is already loaded through its visibility)."""
    query = select(Evidence).where(Evidence.id == evidence_id, Evidence.model_id == model_id)
    return (await session.execute(query)).scalar_one_or_none()


async def in_force(
    session: AsyncSession, model_id: uuid.UUID, kind: str, unit_id: int, evidence_id: uuid.UUID | None
) -> Confirmation | None:
    """The act of this unit confirming the same thing, not withdrawn (the model is loaded and locked)."""
    query = select(Confirmation).where(
        Confirmation.model_id == model_id,
        Confirmation.kind == kind,
        Confirmation.confirming_unit_id == unit_id,
        Confirmation.withdrawn_at.is_(None),
        Confirmation.legacy.is_(False),
    )
    if kind == "achievement_report":
        query = query.where(Confirmation.evidence_id == evidence_id)
    return (await session.scalars(query.limit(1))).first()


async def field_requires_confirmation(session: AsyncSession, field_code: str) -> bool:
    """Whether a field of work needs the managing unit's confirmation (reference data)."""
    return bool(await session.scalar(select(FieldOfWork.requires_confirmation).where(FieldOfWork.code == field_code)))


async def people(session: AsyncSession, user_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Full names of the users who confirmed or withdrew (named on rows already read through visibility)."""
    if not user_ids:
        return {}
    return {i: n for i, n in await session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids)))}


async def units(session: AsyncSession, unit_ids: set[int]) -> dict[int, tuple[str, str]]:
    """Code and name of units (the unit tree is public)."""
    if not unit_ids:
        return {}
    rows = await session.execute(select(Unit.id, Unit.code, Unit.name).where(Unit.id.in_(unit_ids)))
    return {i: (c, n) for i, c, n in rows}
