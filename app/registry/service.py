"""Registering and editing models; reading them with what the caller may do next."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns import repository as campaigns
from app.campaigns.messages import CYCLE_NOT_FOUND
from app.campaigns.service import get_campaign as get_visible_campaign
from app.core import messages
from app.core.context import RequestContext
from app.core.errors import AppError, Conflict, Forbidden, NotFound, Unprocessable
from app.core.i18n import Text
from app.core.search import fold
from app.events.service import record_event
from app.fields import repository as fields
from app.models import Campaign, CampaignCycle, ModelHistory, RegisteredModel, Unit
from app.policy.authority import NO_ANSWER, StoredAnswer, store_answer, stored_answer
from app.policy.authority_service import authority_for_unit
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.registry import codes, repository
from app.registry.messages import DATE_ORDER
from app.registry.schemas import (
    ModelCreate,
    ModelUpdate,
)
from app.units import repository as units
from app.workflow.states import (
    EDITABLE_STATES,
    State,
)

UNIT_OUT_OF_SCOPE = Text(
    "Đơn vị này nằm ngoài phạm vi đăng ký của bạn.", "That unit is outside your registration scope."
)
NOT_EDITABLE = Text(
    "Chỉ sửa được mô hình ở trạng thái nháp hoặc bị trả lại (hiện tại: {state}).",
    "Only draft or returned models can be edited (now: {state}).",
)
INVALID_REPLICATES = Text(
    "Mô hình được nhân rộng phải là một mô hình khác đã được công nhận.",
    "The replicated model must be another, recognised model.",
)
BAD_CONTINUATION = Text(
    "Mô hình được tiếp nối phải là mô hình của chu kỳ trước mà bạn xem được.",
    "The continued model must be a visible model of an earlier cycle.",
)


async def next_model_code(session: AsyncSession, year: int) -> str:
    """DVK-<year>-<6 digits>: the year's next number (see registry.codes)."""
    (number,) = await codes.reserve(session, year, 1)
    return codes.format_code(year, number)


@dataclass
class CreateBatch:
    """Models registered in one transaction, `size` of them at most: the registration import's rows, or a
    single registration (a batch of one).

    Each row goes through create_model's checks, and what the rows share is looked up once and held here
    (the session's identity map holds objects only weakly, so without this an import re-reads the unit,
    campaign, cycle, field and the authority policy row after row), the codes are reserved in one step, and
    the inserts are flushed every FLUSH_EVERY rows (sent as multi-row INSERTs) instead of one statement per
    row. Call `finish` after the last row.
    """

    FLUSH_EVERY: ClassVar[int] = 500

    size: int
    units: dict[int, Unit] = field(default_factory=dict)
    campaigns: dict[uuid.UUID, Campaign] = field(default_factory=dict)
    cycles: dict[tuple[uuid.UUID, int], CampaignCycle] = field(default_factory=dict)
    fields: set[str] = field(default_factory=set)
    authority: dict[tuple[str | None, str, int], StoredAnswer] = field(default_factory=dict)
    _codes: dict[int, list[int]] = field(default_factory=dict)  # year -> the reserved numbers not yet used
    # History rows wait for their models' INSERT: the unit of work orders mappers by relationship, and
    # ModelHistory has none to RegisteredModel (only the foreign key).
    _histories: list[ModelHistory] = field(default_factory=list)

    async def code(self, session: AsyncSession, year: int) -> str:
        """The next reserved code of the year (the first call reserves `size` codes)."""
        numbers = self._codes.get(year)
        if not numbers:
            numbers = self._codes[year] = list(reversed(await codes.reserve(session, year, self.size)))
        return codes.format_code(year, numbers.pop())

    async def added(self, session: AsyncSession, history: ModelHistory) -> None:
        """A model is in the session and this is its history row: flush when FLUSH_EVERY have gathered."""
        self._histories.append(history)
        if len(self._histories) >= self.FLUSH_EVERY:
            await self.finish(session)

    async def finish(self, session: AsyncSession) -> None:
        """Flush what is pending, models first (constraint errors surface here, before the commit)."""
        if self._histories:
            await session.flush()
            session.add_all(self._histories)
            self._histories = []
            await session.flush()


def _search_text(name: str, summary: str) -> str:
    return fold(f"{name} {summary}")


async def _check_field(session: AsyncSession, code: str) -> None:
    if await fields.get_field(session, code) is None:
        raise Unprocessable(
            messages.UNKNOWN_FIELD,
            code="unknown_field",
            _code=code,
            errors=[
                {"code": "unknown_field", "pointer": "#/field_code", "detail": messages.UNKNOWN_FIELD.render(code=code)}
            ],
        )


async def _check_replicates(session: AsyncSession, replicates_id: uuid.UUID, own_id: uuid.UUID | None) -> None:
    """422 unless the model exists, is recognised and is not this one (one message: drafts never leak)."""
    if replicates_id == own_id or await repository.recognised_model(session, replicates_id) is None:
        raise Unprocessable(
            INVALID_REPLICATES,
            code="invalid_replicates",
            errors=[
                {"code": "invalid_replicates", "pointer": "#/replicates_id", "detail": INVALID_REPLICATES.render()}
            ],
        )


async def _refresh_authority(
    session: AsyncSession, model: RegisteredModel, campaign: Campaign, batch: CreateBatch
) -> None:
    """Store the policy's answer on the model; an unresolvable tree leaves it empty (submit reports it)."""
    key = (campaign.authority_profile, model.registrant_kind, model.registrant_unit_id)
    if key not in batch.authority:
        try:
            answer = await authority_for_unit(
                session, campaign.authority_profile, model.registrant_kind, model.registrant_unit_id
            )
        except AppError:
            batch.authority[key] = NO_ANSWER
        else:
            batch.authority[key] = stored_answer(answer)
    store_answer(model, batch.authority[key])


async def _registrant_unit(session: AsyncSession, caller: Caller, unit_id: int, batch: CreateBatch) -> Unit:
    unit = batch.units.get(unit_id)
    if unit is None:
        unit = await units.get_unit(session, unit_id)
        if unit is None or not unit.is_active:
            raise NotFound(messages.UNIT_NOT_FOUND, code="unit_not_found")
        batch.units[unit_id] = unit
    if not caller.scope.covers(unit.path, Permission.REGISTER_MODELS):
        raise Forbidden(UNIT_OUT_OF_SCOPE, code="unit_out_of_scope")
    return unit


async def _campaign_cycle(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, batch: CreateBatch
) -> tuple[Campaign, CampaignCycle]:
    campaign = batch.campaigns.get(campaign_id)
    if campaign is None:
        campaign = batch.campaigns[campaign_id] = await get_visible_campaign(session, caller, campaign_id)
    cycle = batch.cycles.get((campaign_id, year))
    if cycle is None:
        cycle = await campaigns.cycle_for_year(session, campaign.id, year)
        if cycle is None:
            raise Unprocessable(CYCLE_NOT_FOUND, code="no_cycle_for_year", _year=year)
        batch.cycles[(campaign_id, year)] = cycle
    return campaign, cycle


async def create_model(
    session: AsyncSession, ctx: RequestContext, caller: Caller, data: ModelCreate, batch: CreateBatch | None = None
) -> RegisteredModel:
    """Register a model as a draft for a unit in the caller's registration scope: alone (a batch of one,
    written before returning), or as one row of a batch (see CreateBatch; the batch's `finish` writes it)."""
    alone = batch is None
    batch = batch or CreateBatch(size=1)
    unit = await _registrant_unit(session, caller, data.registrant_unit_id, batch)
    campaign, cycle = await _campaign_cycle(session, caller, data.campaign_id, data.year, batch)
    if data.field_code not in batch.fields:
        await _check_field(session, data.field_code)
        batch.fields.add(data.field_code)
    if data.continues_from_id:
        earlier = await repository.get_visible(session, caller, data.continues_from_id)
        if earlier.year >= data.year:
            raise Unprocessable(BAD_CONTINUATION, code="bad_continuation")
    if data.replicates_id:
        await _check_replicates(session, data.replicates_id, None)
    values = data.model_dump(exclude_none=True, mode="python")
    values["targets"] = [t.model_dump(mode="json") for t in data.targets or []]
    values["core_members"] = [m.model_dump(mode="json") for m in data.core_members or []]
    model = RegisteredModel(
        **values,
        id=uuid.uuid4(),
        code=await batch.code(session, data.year),
        cycle_id=cycle.id,
        unit_path=unit.path,
        search_text=_search_text(data.name, data.summary or ""),
        created_by_id=caller.id,
        state=State.DRAFT.value,
    )
    await _refresh_authority(session, model, campaign, batch)
    session.add(model)
    await repository.replications_changed(session, model.replicates_id)
    request_id = ctx.request_id
    await record_event(
        session,
        "model.created",
        resource_type="model",
        resource_id=model.id,
        unit_path=model.unit_path,
        actor_id=caller.id,
        request_id=request_id,
        data={"code": model.code},
        flush=False,
    )
    await batch.added(
        session,
        ModelHistory(
            model_id=model.id,
            actor_id=caller.id,
            actor_name=caller.user.full_name,
            action="create",
            from_state=None,
            to_state=State.DRAFT.value,
            request_id=request_id,
        ),
    )
    if alone:
        await batch.finish(session)
    return model


# Text columns a null clears to the empty string (they are NOT NULL).
_TEXT_DEFAULTS = frozenset(
    {
        "summary",
        "situation",
        "objectives",
        "content_methods",
        "area_and_target_group",
        "implementing_forces",
        "resources",
        "expected_outputs",
        "sustainability",
        "address",
    }
)


async def _edit_changes(session: AsyncSession, data: ModelUpdate) -> dict[str, Any]:
    """The sent fields as column values: a null name, field or model type leaves it as it is; a new field
    must exist; targets and core members as stored JSON."""
    changes = data.model_dump(exclude_unset=True, mode="python")
    for key in ("name", "field_code", "model_type"):
        if key in changes and changes[key] is None:
            del changes[key]
    if "field_code" in changes:
        await _check_field(session, changes["field_code"])
    if "targets" in changes:
        changes["targets"] = [t.model_dump(mode="json") for t in data.targets or []]
    if "core_members" in changes:
        changes["core_members"] = [m.model_dump(mode="json") for m in data.core_members or []]
    return changes


async def _check_links(session: AsyncSession, caller: Caller, model: RegisteredModel, changes: dict[str, Any]) -> None:
    """422 unless a new earlier model is visible and from an earlier year, and a new replicated one recognised."""
    if changes.get("continues_from_id"):
        earlier = await repository.get_visible(session, caller, changes["continues_from_id"])
        if earlier.year >= model.year:
            raise Unprocessable(BAD_CONTINUATION, code="bad_continuation")
    if changes.get("replicates_id"):
        await _check_replicates(session, changes["replicates_id"], model.id)


def _apply_edit(model: RegisteredModel, changes: dict[str, Any]) -> None:
    """Write the changes (a null text becomes empty) and refresh the search text."""
    for key, value in changes.items():
        setattr(model, key, "" if value is None and key in _TEXT_DEFAULTS else value)
    model.search_text = _search_text(model.name, model.summary)


async def update_model(
    session: AsyncSession, ctx: RequestContext, caller: Caller, model: RegisteredModel, data: ModelUpdate
) -> RegisteredModel:
    """Edit a draft or returned model (registrant only, If-Match required)."""
    if not caller.scope.covers(model.unit_path, Permission.REGISTER_MODELS):
        raise Forbidden(code="action_not_permitted")
    ctx.require_version(model.version)
    if State(model.state) not in EDITABLE_STATES:
        raise Conflict(NOT_EDITABLE, code="model_not_editable", _state=model.state, state=model.state)
    changes = await _edit_changes(session, data)
    await _check_links(session, caller, model, changes)
    start = changes.get("start_date", model.start_date)
    end = changes.get("end_date", model.end_date)
    if start and end and end < start:
        raise Unprocessable(
            DATE_ORDER,
            code="date_order",
            errors=[{"code": "date_order", "pointer": "#/end_date", "detail": "end_date < start_date"}],
        )
    replicated_before = model.replicates_id
    _apply_edit(model, changes)
    await session.flush()
    if model.replicates_id != replicated_before:
        await repository.replications_changed(session, replicated_before, model.replicates_id)
    await record_event(
        session,
        "model.updated",
        resource_type="model",
        resource_id=model.id,
        unit_path=model.unit_path,
        actor_id=caller.id,
        request_id=ctx.request_id,
        data={"fields": sorted(changes)},
    )
    return model


async def replicated_model(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> RegisteredModel:
    """A model whose replications the caller may list: one they see, or any recognised one (a public fact)."""
    try:
        return await repository.get_visible(session, caller, model_id)
    except NotFound:
        model = await repository.recognised_model(session, model_id)
        if model is None:
            raise
        return model


async def history(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> list[ModelHistory]:
    """The model's moves, oldest first."""
    return await repository.history_of(session, caller, model_id)


async def authority(session: AsyncSession, model: RegisteredModel) -> Any:
    """The authority policy's answer for the model (case 1–6), with its explanation."""
    profile = await repository.authority_profile_of(session, model.campaign_id)
    return await authority_for_unit(session, profile, model.registrant_kind, model.registrant_unit_id)
