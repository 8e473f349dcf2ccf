"""A comprehensive model's conditions (seed 000 §2.2(1)): read them, and record them with their evidence.

Who records: the model's registrant (who assembles the dossier) or the mass-mobilisation officer over it (who
appraises it), while the model is undecided (any live state before a decision); the whole set is replaced at
once, with If-Match on its version (0 before anything is recorded). Each condition keeps who recorded it and
when; an entry sent again unchanged keeps its first recorder. A condition recorded as met names at least one
file of the model's dossier. What recognition checks is `app/decisions/conditions.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.core.context import RequestContext
from app.core.errors import Conflict, Forbidden, PreconditionFailed, Unprocessable
from app.core.i18n import Text
from app.criteria import conditions as catalogue
from app.criteria import repository as repo
from app.criteria.condition_schemas import (
    ConditionDefinition,
    ConditionEntry,
    ConditionRead,
    ConditionsWrite,
    ModelConditionsRead,
    RecordedBy,
)
from app.criteria.messages import (
    ALWAYS_APPLIES,
    CONDITIONS_LOCKED,
    DUPLICATE_CONDITION,
    EVIDENCE_NEEDED,
    NEEDS_MET,
    NEEDS_PERCENTAGE,
    NOT_APPLICABLE_NOTE,
    NOT_COMPREHENSIVE,
    NOT_RECORDER,
    UNKNOWN_CONDITION,
    UNKNOWN_EVIDENCE,
)
from app.models import ModelConditions, RegisteredModel
from app.models.base import utcnow
from app.policy.permissions import Role
from app.policy.principal import Caller
from app.workflow.roles import acting_roles
from app.workflow.states import STATE_FACTS, State

INVALID = Text("Điều kiện ghi nhận không hợp lệ.", "The recorded conditions are not valid.")
# What an entry says, compared to tell a changed entry from one sent again.
_VALUES = ("applies", "met", "percentage", "evidence_ids", "note")


def definitions() -> list[ConditionDefinition]:
    """The catalogue, in the seed's order."""
    return [
        ConditionDefinition(
            code=c.code,
            registrant_kind=c.registrant_kind,
            measure=c.measure,
            threshold=c.threshold,
            may_not_apply=c.may_not_apply,
            label_vi=c.label.vi,
            label_en=c.label.en,
        )
        for c in catalogue.CONDITIONS
    ]


def _condition_read(condition: catalogue.Condition, entry: dict[str, Any] | None) -> ConditionRead:
    entry = entry or {}
    recorder = entry.get("recorded_by_id")
    return ConditionRead(
        code=condition.code,
        label_vi=condition.label.vi,
        label_en=condition.label.en,
        measure=condition.measure,
        threshold=condition.threshold,
        may_not_apply=condition.may_not_apply,
        status=catalogue.status(condition, entry or None),
        applies=entry.get("applies"),
        met=entry.get("met"),
        percentage=entry.get("percentage"),
        evidence_ids=entry.get("evidence_ids", []),
        note=entry.get("note", ""),
        recorded_by=RecordedBy(id=recorder, name=entry.get("recorded_by_name", "")) if recorder else None,
        recorded_at=entry.get("recorded_at"),
    )


def conditions_read(model: RegisteredModel, row: ModelConditions | None) -> ModelConditionsRead:
    """The model's conditions as recorded (each one of its kind of registrant, recorded or not)."""
    entries = row.entries if row is not None else {}
    items = [_condition_read(c, entries.get(c.code)) for c in catalogue.applying_to(model.registrant_kind)]
    unmet = [i.code for i in items if i.status not in ("met", "not_applicable")]
    return ModelConditionsRead(
        model_id=model.id,
        model_type=model.model_type,
        registrant_kind=model.registrant_kind,
        required=model.model_type == "comprehensive",
        all_met=not unmet,
        unmet=unmet,
        conditions=items,
        version=row.version if row is not None else 0,
        updated_at=row.updated_at if row is not None else None,
    )


async def current(session: AsyncSession, caller: Caller, model: RegisteredModel) -> ModelConditions | None:
    """The model's recorded conditions (the caller sees the model), if any."""
    return (await repo.conditions_of(session, caller, [model.id])).get(model.id)


def _entry_errors(model: RegisteredModel, index: int, entry: ConditionEntry, seen: set[str]) -> list[dict[str, Any]]:
    """What is wrong with one entry, as `errors` items."""
    at = f"#/conditions/{index}"
    condition = catalogue.BY_CODE.get(entry.code)
    if condition is None or condition.registrant_kind != model.registrant_kind:
        return [
            _error("unknown_condition", f"{at}/code", UNKNOWN_CONDITION, code=entry.code, kind=model.registrant_kind)
        ]
    if entry.code in seen:
        return [_error("duplicate_condition", f"{at}/code", DUPLICATE_CONDITION, code=entry.code)]
    seen.add(entry.code)
    if not entry.applies:
        if not condition.may_not_apply:
            return [_error("condition_always_applies", f"{at}/applies", ALWAYS_APPLIES, code=entry.code)]
        if not entry.note or entry.met is not None or entry.percentage is not None:
            return [_error("not_applicable_needs_note", f"{at}/note", NOT_APPLICABLE_NOTE, code=entry.code)]
        return []
    if condition.measure == "percentage" and (entry.percentage is None or entry.met is not None):
        return [_error("condition_needs_percentage", f"{at}/percentage", NEEDS_PERCENTAGE, code=entry.code)]
    if condition.measure == "yes_no" and (entry.met is None or entry.percentage is not None):
        return [_error("condition_needs_met", f"{at}/met", NEEDS_MET, code=entry.code)]
    if catalogue.is_met(condition, entry.met, entry.percentage) and not entry.evidence_ids:
        return [_error("condition_evidence_needed", f"{at}/evidence_ids", EVIDENCE_NEEDED, code=entry.code)]
    return []


def _error(problem: str, pointer: str, text: Text, **params: Any) -> dict[str, Any]:
    return {"code": problem, "pointer": pointer, "detail": text.render(**params)}


async def _check(session: AsyncSession, caller: Caller, model: RegisteredModel, body: ConditionsWrite) -> None:
    """422 `invalid_conditions` listing every problem of the body."""
    seen: set[str] = set()
    errors = [e for i, entry in enumerate(body.conditions) for e in _entry_errors(model, i, entry, seen)]
    files = await repo.dossier_ids(session, caller, model.id)
    errors += [
        _error("unknown_evidence", f"#/conditions/{i}/evidence_ids/{j}", UNKNOWN_EVIDENCE, evidence_id=evidence_id)
        for i, entry in enumerate(body.conditions)
        for j, evidence_id in enumerate(entry.evidence_ids)
        if evidence_id not in files
    ]
    if errors:
        raise Unprocessable(INVALID, code="invalid_conditions", errors=errors)


def _ensure_recordable(caller: Caller, model: RegisteredModel) -> None:
    """403 unless the caller registers or appraises the model; 409 unless it is comprehensive and undecided."""
    if not acting_roles(caller, model) & {Role.REGISTRANT, Role.MOBILISER}:
        raise Forbidden(NOT_RECORDER, code="not_condition_recorder")
    if model.model_type != "comprehensive":
        raise Conflict(NOT_COMPREHENSIVE, code="model_not_comprehensive", _model_code=model.code)
    facts = STATE_FACTS[State(model.state)]
    if facts.decided or not facts.live:
        raise Conflict(CONDITIONS_LOCKED, code="conditions_locked", _model_code=model.code, _state=model.state)


def _entries(
    caller: Caller, body: Sequence[ConditionEntry], before: dict[str, Any], now: str
) -> dict[str, dict[str, Any]]:
    """The entries to store: an entry sent again unchanged keeps its recorder and time."""
    entries: dict[str, dict[str, Any]] = {}
    for entry in body:
        values = {
            "applies": entry.applies,
            "met": entry.met,
            "percentage": entry.percentage,
            "evidence_ids": [str(e) for e in entry.evidence_ids],
            "note": entry.note,
        }
        old = before.get(entry.code)
        if old is not None and all(old.get(k) == values[k] for k in _VALUES):
            entries[entry.code] = old
        else:
            who = {"recorded_by_id": str(caller.id), "recorded_by_name": caller.user.full_name, "recorded_at": now}
            entries[entry.code] = {**values, **who}
    return entries


async def record(
    session: AsyncSession, ctx: RequestContext, caller: Caller, model: RegisteredModel, body: ConditionsWrite
) -> ModelConditionsRead:
    """Replace the model's conditions (403, 409, then If-Match, then 422: nothing changes unless all pass)."""
    _ensure_recordable(caller, model)
    row = await current(session, caller, model)
    ctx.require_version(row.version if row is not None else 0)
    await _check(session, caller, model, body)
    entries = _entries(caller, body.conditions, dict(row.entries) if row is not None else {}, utcnow().isoformat())
    if row is None:
        row = ModelConditions(model_id=model.id, entries=entries, updated_by_id=caller.id)
        session.add(row)
    else:
        row.entries = entries
        row.updated_by_id = caller.id
        row.updated_at = utcnow()
    try:
        await session.flush()
    except (StaleDataError, IntegrityError):
        # Another request recorded them first (the same version, or the first record twice).
        raise PreconditionFailed() from None
    return conditions_read(model, row)
