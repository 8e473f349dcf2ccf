"""A model's honours (the issued decisions that recognise or commend it) and its replication links.

Read straight from the decision tables: the decisions package writes them, this module only reads them.
Its one write: a new version for a model whose replication count changed.
The labels of decision kinds and award forms/levels are the catalogue's (`app/core/labels.py`), so model
reads, the public showcase and the decision read show the same words.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Decision, DecisionModel, RegisteredModel, Unit
from app.workflow.states import LIVE_STATES, RECOGNISED_STATES, state_codes

# Decision kinds that honour a model (a non-recognition decision is not an honour).
HONOUR_KINDS = ("model_recognition", "exemplar_recognition", "commendation")
# States in which a model is recognised: what another model may declare it replicates.
RECOGNISED_STATE_CODES = state_codes(RECOGNISED_STATES)
LIVE_STATE_CODES = state_codes(LIVE_STATES)  # a withdrawn model no longer counts as a replication


@dataclass(frozen=True)
class Honour:
    """An issued decision covering a model, with its issuing unit."""

    model_id: uuid.UUID
    decision: Decision
    issuing_unit: Unit


async def honours_of(session: AsyncSession, model_ids: Iterable[uuid.UUID], *, published_only: bool = False
                     ) -> list[Honour]:
    """Issued (not revoked) honouring decisions covering these models, oldest first (one query)."""
    ids = list(model_ids)
    if not ids:
        return []
    query = (
        select(DecisionModel.model_id, Decision, Unit)
        .join(Decision, Decision.id == DecisionModel.decision_id)
        .join(Unit, Unit.id == Decision.issuing_unit_id)
        .where(DecisionModel.model_id.in_(ids), Decision.status == "issued", Decision.kind.in_(HONOUR_KINDS))
        .order_by(Decision.issued_on, Decision.number, Decision.id)
    )
    if published_only:
        query = query.where(Decision.publish.is_(True))
    return [Honour(m, d, u) for m, d, u in await session.execute(query)]


def replication_count_query(model_id: uuid.UUID) -> Select[int]:
    """How many models (anywhere, not withdrawn) declare they replicate this one, as a query."""
    return select(func.count(RegisteredModel.id)).where(RegisteredModel.replicates_id == model_id,
                                                        RegisteredModel.state.in_(LIVE_STATE_CODES))


async def replication_count(session: AsyncSession, model_id: uuid.UUID) -> int:
    """How many models (anywhere, not withdrawn) declare they replicate this one."""
    return int(await session.scalar(replication_count_query(model_id)) or 0)


async def replications_changed(session: AsyncSession, *model_ids: uuid.UUID | None) -> None:
    """These models gained or lost a replication: give them a new version.

    A model's read shows `replication_count` and its ETag is its version, so without a new version a
    client holding the old copy would be answered 304 Not Modified with a stale count. The model's own
    content did not change: `updated_at` stays. A client editing it meanwhile gets 412 and re-reads.
    """
    ids = {i for i in model_ids if i is not None}
    if ids:
        await session.execute(update(RegisteredModel).where(RegisteredModel.id.in_(ids))
                              .values(version=RegisteredModel.version + 1, updated_at=RegisteredModel.updated_at))


async def recognised_model(session: AsyncSession, model_id: uuid.UUID) -> RegisteredModel | None:
    """The model if it is recognised (recognized, nominated or exemplar): a public fact; else None."""
    query = select(RegisteredModel).where(RegisteredModel.id == model_id,
                                          RegisteredModel.state.in_(RECOGNISED_STATE_CODES))
    return (await session.execute(query)).scalar_one_or_none()


