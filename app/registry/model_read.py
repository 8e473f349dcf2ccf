"""A model as the API reads it: one row of the read query turned into ModelRead (allowed actions for the
caller, who it waits on, honours, replication)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import labels
from app.core.errors import NotFound
from app.models import RegisteredModel
from app.policy.principal import Caller
from app.registry import honours, read_repository, repository
from app.registry.schemas import HonourRead, ModelRead, ReplicatedModelRef, UnitName, UnitRef, WaitingOn
from app.workflow import engine
from app.workflow.roles import acting_roles
from app.workflow.states import RECOGNISED_STATES, STATE_FACTS, STATE_LABELS, State


async def read_visible(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> ModelRead:
    """GET /models/{id}: the model as the caller sees it, or 404; one query (two for a recognised model)."""
    row = await read_repository.visible_read_row(session, caller, model_id)
    if row is None:
        raise NotFound(repository.MODEL_NOT_FOUND)
    return await _to_read(session, caller, row)


async def to_read(session: AsyncSession, caller: Caller, model: RegisteredModel) -> ModelRead:
    """A model just written in this transaction as the caller sees it (read back after a flush)."""
    await session.flush()
    row = await read_repository.read_row(session, model.id)
    return await _to_read(session, caller, row)


async def _to_read(session: AsyncSession, caller: Caller, row: Any) -> ModelRead:
    """The read of one row of _READ_QUERY: allowed actions, who it waits on, honours and replication."""
    state = State(row.state)
    values: dict[str, Any] = dict(row._mapping)
    values.update(
        registrant_unit=UnitRef(id=row.registrant_unit_id, code=row.ru_code, name=row.ru_name),
        state_label=STATE_LABELS[state].render(),
        allowed_actions=engine.allowed_actions(state, acting_roles(caller, row)),
        waiting_on=_waiting_on(row, state),
        replicates=(
            ReplicatedModelRef(id=row.replicates_id, code=row.replicated_code, name=row.replicated_name)
            if row.replicates_id
            else None
        ),
        replication_count=int(row.replication_count or 0),
        follow_up_count=int(row.follow_up_count or 0),
        # Only a model in a recognised state can hold an issued honour (a revocation moves it back).
        honours=(
            [honour_read(h) for h in await repository.honours_of(session, [row.id])]
            if row.state in RECOGNISED_STATES
            else []
        ),
    )
    return ModelRead.model_validate(values)


def honour_read(honour: honours.Honour) -> HonourRead:
    """An honour as a model read shows it."""
    d = honour.decision
    return HonourRead(
        decision_id=d.id,
        kind=d.kind,
        kind_label=labels.label(labels.DECISION_KINDS, d.kind) or d.kind,
        number=d.number,
        issued_on=d.issued_on,
        issuing_unit=UnitName(id=honour.issuing_unit.id, name=honour.issuing_unit.name),
        award_form=d.award_form,
        award_form_label=labels.label(labels.AWARD_FORMS, d.award_form),
        award_level=d.award_level,
        award_level_label=labels.label(labels.AWARD_LEVELS, d.award_level),
    )


def _waiting_on(row: Any, state: State) -> WaitingOn | None:
    spec = STATE_FACTS[state].waiting_on
    if spec is None:
        return None
    role, which, text = spec.role, spec.unit, spec.text
    unit: UnitRef | None = UnitRef(id=row.registrant_unit_id, code=row.ru_code, name=row.ru_name)
    if which == "receiving_unit":
        unit = UnitRef(id=row.ou_id, code=row.ou_code, name=row.ou_name) if row.ou_id is not None else None
    elif which == "deciding_unit":
        unit = (
            UnitRef(id=row.deciding_unit_id, code=row.du_code, name=row.du_name)
            if row.deciding_unit_id is not None
            else None
        )
    return WaitingOn(role=role.value, unit=unit, description=text.render())
