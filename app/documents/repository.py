"""Queries on generated documents, and the loads their contexts are written from.

Reads for a caller start from `scoped(caller, Document)` (policy/visibility.document_rule); the public
verification reads by verification code or content hash without a caller, and says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    Campaign,
    Decision,
    DecisionModel,
    DecisionReview,
    Document,
    FieldOfWork,
    RegisteredModel,
    Review,
    Unit,
    UnitPlan,
    User,
)
from app.policy.principal import Caller
from app.policy.visibility import scoped

D = Document


def _newest_first() -> tuple[Any, ...]:
    return (D.position, D.kind, D.version.desc())


async def of_decision(session: AsyncSession, caller: Caller, decision_id: uuid.UUID) -> list[Document]:
    """The decision's documents the caller may see, every version: its own text first, then by model, newest
    version first."""
    query = scoped(caller, D).where(D.decision_id == decision_id)
    return list((await session.scalars(query.order_by(*_newest_first()))).all())


async def of_model(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> list[Document]:
    """The documents about a model the caller may see: its own papers and the texts of the decisions covering it,
    newest decision first."""
    covering = select(DecisionModel.decision_id).where(DecisionModel.model_id == model_id)
    query = (
        scoped(caller, D)
        .join(Decision, Decision.id == D.decision_id)
        .where(or_(D.model_id == model_id, (D.model_id.is_(None)) & D.decision_id.in_(covering)))
        .order_by(Decision.issued_on.desc(), Decision.id, *_newest_first())
    )
    return list((await session.scalars(query)).all())


async def get_visible(session: AsyncSession, caller: Caller, document_id: uuid.UUID) -> Document | None:
    """One document, if the caller may see it."""
    return (await session.scalars(scoped(caller, D).where(D.id == document_id))).one_or_none()


async def issued_of(session: AsyncSession, decision_id: uuid.UUID) -> list[Document]:
    """The decision's documents in force (status issued), for issuing, regenerating and revoking (the decision is
    already loaded through its visibility and locked)."""
    query = select(D).where(D.decision_id == decision_id, D.status == "issued").order_by(D.position, D.kind)
    return list((await session.scalars(query)).all())


async def last_versions(session: AsyncSession, decision_id: uuid.UUID) -> dict[tuple[str, int], int]:
    """The highest version of each of the decision's documents, by (kind, position) (decision already visible)."""
    rows = await session.execute(
        select(D.kind, D.position, func.max(D.version)).where(D.decision_id == decision_id).group_by(D.kind, D.position)
    )
    return {(kind, position): int(version) for kind, position, version in rows}


async def revocation_numbered(session: AsyncSession, unit_id: int, number: str, year: int) -> Document | None:
    """A revocation the unit already numbered so that year (its numbers are the unit's decision numbers)."""
    query = select(D).where(
        D.unit_id == unit_id,
        D.kind == "decision.revocation",
        D.number == number,
        D.issued_on >= date(year, 1, 1),
        D.issued_on <= date(year, 12, 31),
    )
    return (await session.scalars(query.limit(1))).first()


async def by_code(session: AsyncSession, code: str) -> Document | None:
    """A document by its verification code: public verification (anyone holding the paper may ask; the answer
    holds only public fields)."""
    return (await session.scalars(select(D).where(D.verification_code == code))).one_or_none()


async def by_sha256(session: AsyncSession, sha256: str) -> Document | None:
    """The document whose stored bytes have this hash: public verification of an uploaded copy (its holder
    already has every word of it)."""
    return (await session.scalars(select(D).where(D.sha256 == sha256).limit(1))).first()


async def by_ids(session: AsyncSession, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Document]:
    """Documents by id: the revocations and newer versions that documents already read point at."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {d.id: d for d in await session.scalars(select(D).where(D.id.in_(wanted)))}


async def newer_versions(session: AsyncSession, documents: Iterable[Document]) -> dict[uuid.UUID, Document]:
    """For each superseded document among these, the version that replaced it (the next one), by the old id."""
    superseded = [d for d in documents if d.status == "superseded"]
    if not superseded:
        return {}
    decisions = {d.decision_id for d in superseded}
    rows = list((await session.scalars(select(D).where(D.decision_id.in_(decisions)))).all())
    index = {(r.decision_id, r.kind, r.position, r.version): r for r in rows}
    out: dict[uuid.UUID, Document] = {}
    for old in superseded:
        newer = index.get((old.decision_id, old.kind, old.position, old.version + 1))
        if newer is not None:
            out[old.id] = newer
    return out


# --- what documents are written from (the decision already loaded through its visibility) ----------------


async def decisions_by_id(session: AsyncSession, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Decision]:
    """The decisions of documents already found (visible, or publicly verified)."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {d.id: d for d in await session.scalars(select(Decision).where(Decision.id.in_(wanted)))}


async def models_by_id(session: AsyncSession, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, RegisteredModel]:
    """The models documents already read are about (their code and name: the caller sees the document)."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {m.id: m for m in await session.scalars(select(RegisteredModel).where(RegisteredModel.id.in_(wanted)))}


async def covered(session: AsyncSession, decision_id: uuid.UUID) -> list[tuple[DecisionModel, RegisteredModel]]:
    """A decision's covered models with their rows, in its order."""
    rows = await session.execute(
        select(DecisionModel, RegisteredModel)
        .join(RegisteredModel, RegisteredModel.id == DecisionModel.model_id)
        .where(DecisionModel.decision_id == decision_id)
        .order_by(DecisionModel.position, DecisionModel.id)
    )
    return [(dm, m) for dm, m in rows]


async def covered_ids(session: AsyncSession, decision_id: uuid.UUID) -> list[uuid.UUID]:
    """The ids of a decision's covered models, in its order."""
    query = (
        select(DecisionModel.model_id)
        .where(DecisionModel.decision_id == decision_id)
        .order_by(DecisionModel.position, DecisionModel.id)
    )
    return list((await session.scalars(query)).all())


async def units_by_id(session: AsyncSession, ids: Iterable[int]) -> dict[int, Unit]:
    """Units by id (the unit tree is public)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {u.id: u for u in await session.scalars(select(Unit).where(Unit.id.in_(wanted)))}


async def fields(session: AsyncSession) -> dict[str, FieldOfWork]:
    """The fields of the movement by code (reference data)."""
    return {f.code: f for f in await session.scalars(select(FieldOfWork))}


async def reviews_of(session: AsyncSession, decision: Decision) -> list[Review]:
    """The reviews a decision rests on: the chain's it cites, in its order, then the one it follows."""
    cited = list(
        (
            await session.scalars(
                select(Review)
                .join(DecisionReview, DecisionReview.review_id == Review.id)
                .where(DecisionReview.decision_id == decision.id)
                .order_by(DecisionReview.position)
            )
        ).all()
    )
    own = await session.get(Review, decision.review_id) if decision.review_id else None
    return [*cited, *([own] if own is not None else [])]


async def plan_of(session: AsyncSession, unit_id: int, campaign_id: uuid.UUID) -> UnitPlan | None:
    """The issuing unit's plan for the campaign, if it recorded one (cited among the decision's bases)."""
    query = select(UnitPlan).where(UnitPlan.unit_id == unit_id, UnitPlan.campaign_id == campaign_id)
    return (await session.scalars(query)).one_or_none()


async def campaign_of(session: AsyncSession, campaign_id: uuid.UUID) -> Campaign | None:
    """The campaign of a covered model (its time zone dates a revocation)."""
    return await session.get(Campaign, campaign_id)


async def user_names(session: AsyncSession, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Full names of the people who issued documents the caller reads."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {i: n for i, n in await session.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))}
