"""Confirmation acts (seed 000 §2.2 and §5): recorded by a user of the unit that confirms (who, of which unit,
when), written in the model's history with an event; withdrawn with a reason, never deleted.

Which unit confirms which kind, and who is its user, is `app/workflow/confirmers.py`; the guards
(`other_field_confirmed`, `exemplar_dossier_complete`) count the acts through `app/workflow/repository.py`.

A confirmation is checked in this order (nothing is written on failure): the model is visible (404, by the
endpoint), the tree names the unit that confirms (422 `authority_unresolvable`), the caller is a user of
that unit (403 `confirmation_not_permitted`, naming the unit), the model is not withdrawn (409
`model_withdrawn`), the kind concerns the model (422 `confirmation_not_applicable`: `other_field` only for a
field that needs it), the file (422 `evidence_required`, `confirmation_file_invalid`), and no act of that
unit already confirms the same thing (409 `already_confirmed`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.confirmations import repository
from app.confirmations.schemas import ConfirmationCreate, ConfirmationRead, PersonRef
from app.core import labels
from app.core.errors import Conflict, Forbidden, Unprocessable
from app.core.i18n import Text
from app.events.service import record_event
from app.models import Confirmation, Evidence, RegisteredModel
from app.policy.authority_tree import UnitFacts
from app.policy.principal import Caller
from app.policy.scope import Grant
from app.registry.schemas import UnitRef
from app.workflow import service as workflow
from app.workflow.confirmers import may_confirm
from app.workflow.repository import counted_acts, unit_that_confirms
from app.workflow.states import State

NOT_PERMITTED = Text(
    "Chỉ người dùng của {unit} (vai trò đăng ký, cán bộ dân vận hoặc cấp có thẩm quyền tại chính đơn vị đó) "
    "mới được xác nhận việc này.",
    "Only a user of {unit} (a registrant, mobiliser or authority role held at that unit itself) may do this.",
)
MODEL_WITHDRAWN = Text("Mô hình đã rút; không xác nhận được.", "The model was withdrawn; nothing can be confirmed.")
NOT_APPLICABLE = Text(
    "Mô hình thuộc lĩnh vực không cần xác nhận của đơn vị trực tiếp quản lý.",
    "The model's field needs no confirmation by the managing unit.",
)
EVIDENCE_REQUIRED = Text(
    "Cần nêu tệp báo cáo thành tích được xác nhận (evidence_id).",
    "Name the achievement report file being confirmed (evidence_id).",
)
WRONG_FILE = Text(
    "Tệp {evidence_id} không phải tệp loại “{kind}” trong hồ sơ của mô hình này.",
    "File {evidence_id} is not a “{kind}” file of this model's dossier.",
)
ALREADY = Text(
    "Đơn vị này đã xác nhận việc này (xác nhận {confirmation_id} chưa thu hồi).",
    "This unit has already confirmed it (confirmation {confirmation_id}, not withdrawn).",
)
WITHDRAWN = Text("Xác nhận này đã được thu hồi.", "This confirmation was already withdrawn.")

# The file each kind may name.
FILE_KIND = {"other_field": "confirmation", "achievement_report": "achievement_report"}
# The events of each kind (confirmed, withdrawn), and the resource they are about.
EVENTS = {
    "other_field": ("model", "model.confirmed", "model.confirmation-withdrawn"),
    "achievement_report": ("evidence", "evidence.confirmed", "evidence.confirmation-withdrawn"),
}


@dataclass(frozen=True)
class Confirmer:
    """Who acts: the user, their name, and the roles they hold where."""

    id: uuid.UUID
    name: str
    grants: tuple[Grant, ...]

    @classmethod
    def of(cls, caller: Caller) -> Confirmer:
        """The signed-in caller."""
        return cls(caller.id, caller.user.full_name, caller.scope.grants)


def _ref(unit: UnitFacts) -> UnitRef:
    return UnitRef(id=unit.id, code=unit.code, name=unit.name)


def _require_user_of(confirmer: Confirmer, unit: UnitRef) -> None:
    """403 (naming the unit) unless the confirmer holds a role that acts for the unit at the unit itself."""
    if not may_confirm(confirmer.grants, unit.id):
        raise Forbidden(
            NOT_PERMITTED,
            code="confirmation_not_permitted",
            _unit=f"{unit.name} ({unit.code})",
            confirming_unit={"id": unit.id, "code": unit.code, "name": unit.name},
        )


async def _named_file(session: AsyncSession, model: RegisteredModel, body: ConfirmationCreate) -> Evidence | None:
    """The file the act names: required for a report, optional for `other_field`; of the right kind and model."""
    if body.evidence_id is None:
        if body.kind == "achievement_report":
            raise Unprocessable(
                EVIDENCE_REQUIRED,
                code="evidence_required",
                errors=[{"code": "missing", "pointer": "#/evidence_id", "detail": EVIDENCE_REQUIRED.render()}],
            )
        return None
    found = await repository.file_of_model(session, model.id, body.evidence_id)
    kind = FILE_KIND[body.kind]
    if found is None or found.kind != kind:
        detail = WRONG_FILE.render(evidence_id=body.evidence_id, kind=kind)
        raise Unprocessable(
            WRONG_FILE,
            code="confirmation_file_invalid",
            _evidence_id=body.evidence_id,
            _kind=kind,
            errors=[{"code": "confirmation_file_invalid", "pointer": "#/evidence_id", "detail": detail}],
        )
    return found


async def confirm(
    session: AsyncSession,
    request_id: str | None,
    confirmer: Confirmer,
    model: RegisteredModel,
    body: ConfirmationCreate,
    *,
    at: datetime | None = None,
) -> Confirmation:
    """Record a confirmation act on a locked model (checks in the module's order), its history row and event."""
    facts, relation = await unit_that_confirms(session, model, body.kind)
    unit = _ref(facts)
    _require_user_of(confirmer, unit)
    if model.state == State.WITHDRAWN.value:
        raise Conflict(MODEL_WITHDRAWN, code="model_withdrawn")
    if body.kind == "other_field" and not await repository.field_requires_confirmation(session, model.field_code):
        raise Unprocessable(NOT_APPLICABLE, code="confirmation_not_applicable", field_code=model.field_code)
    evidence = await _named_file(session, model, body)
    existing = await repository.in_force(session, model.id, body.kind, unit.id, body.evidence_id)
    if existing is not None:
        raise Conflict(
            ALREADY, code="already_confirmed", _confirmation_id=existing.id, confirmation_id=str(existing.id)
        )
    row = Confirmation(
        model_id=model.id,
        kind=body.kind,
        evidence_id=evidence.id if evidence else None,
        confirming_unit_id=unit.id,
        confirmed_by_id=confirmer.id,
        confirmed_at=at or datetime.now(UTC),
        note=body.note,
    )
    session.add(row)
    await session.flush()
    details = {
        "confirmation_id": str(row.id),
        "kind": row.kind,
        "evidence_id": str(row.evidence_id) if row.evidence_id else None,
        "confirming_unit_id": unit.id,
        "confirming_unit_name": unit.name,
        "relation": relation,
    }
    actor = workflow.Actor(confirmer.id, confirmer.name)
    await workflow.record_act(session, model, actor, "confirm", details=details, request_id=request_id, at=at)
    await _event(session, model, row, confirmer.id, request_id, EVENTS[row.kind][1], details, at=at)
    return row


async def withdraw(
    session: AsyncSession,
    request_id: str | None,
    confirmer: Confirmer,
    model: RegisteredModel,
    confirmation: Confirmation,
    reason: str,
) -> Confirmation:
    """Withdraw a confirmation (locked) with a reason: only a user of the unit that confirmed it (of the unit that
    confirms its kind today, for a legacy record); 409 `confirmation_withdrawn` the second time."""
    if (unit_id := confirmation.confirming_unit_id) is not None:
        code, name = (await repository.units(session, {unit_id}))[unit_id]
        unit = UnitRef(id=unit_id, code=code, name=name)
    else:
        unit = _ref((await unit_that_confirms(session, model, confirmation.kind))[0])
    _require_user_of(confirmer, unit)
    if confirmation.withdrawn_at is not None:
        raise Conflict(WITHDRAWN, code="confirmation_withdrawn")
    confirmation.withdrawn_at = datetime.now(UTC)
    confirmation.withdrawn_by_id = confirmer.id
    confirmation.withdrawal_reason = reason
    await session.flush()
    details = {
        "confirmation_id": str(confirmation.id),
        "kind": confirmation.kind,
        "evidence_id": str(confirmation.evidence_id) if confirmation.evidence_id else None,
        "confirming_unit_id": confirmation.confirming_unit_id,
    }
    actor = workflow.Actor(confirmer.id, confirmer.name)
    await workflow.record_act(
        session, model, actor, "withdraw_confirmation", reason=reason, details=details, request_id=request_id
    )
    event = EVENTS[confirmation.kind][2]
    await _event(session, model, confirmation, confirmer.id, request_id, event, {**details, "reason": reason})
    return confirmation


def _unit_ref(units: dict[int, tuple[str, str]], unit_id: int | None) -> UnitRef | None:
    """A unit of a recorded act, from repository.units()."""
    return UnitRef(id=unit_id, code=units[unit_id][0], name=units[unit_id][1]) if unit_id is not None else None


async def _event(
    session: AsyncSession,
    model: RegisteredModel,
    row: Confirmation,
    actor_id: uuid.UUID,
    request_id: str | None,
    type_: str,
    details: dict[str, Any],
    *,
    at: datetime | None = None,
) -> None:
    """The act's event: about the model (`other_field`) or the file confirmed (`achievement_report`), whose
    visibility follows the model's either way."""
    resource = EVENTS[row.kind][0]
    await record_event(
        session,
        type_,
        resource_type=resource,
        resource_id=row.evidence_id if resource == "evidence" and row.evidence_id else model.id,
        unit_path=model.unit_path,
        actor_id=actor_id,
        request_id=request_id,
        data={"model_id": str(model.id), "code": model.code, **details},
        occurred_at=at,
    )


async def to_reads(session: AsyncSession, model: RegisteredModel, rows: list[Confirmation]) -> list[ConfirmationRead]:
    """Confirmations of one model as a client reads them: names, units, status, whether they count now."""
    names = await repository.people(
        session, {i for r in rows for i in (r.confirmed_by_id, r.withdrawn_by_id) if i is not None}
    )
    units = await repository.units(session, {r.confirming_unit_id for r in rows if r.confirming_unit_id is not None})
    counted = {str(i) for i, _, _ in await counted_acts(session, model)}

    def person(user_id: uuid.UUID | None) -> PersonRef | None:
        return PersonRef(id=user_id, full_name=names.get(user_id, "")) if user_id else None

    return [
        ConfirmationRead(
            id=r.id,
            model_id=r.model_id,
            kind=r.kind,
            kind_label=labels.CONFIRMATION_KINDS[r.kind].render(),
            status="withdrawn" if r.withdrawn_at else "confirmed",
            counts=str(r.id) in counted,
            evidence_id=r.evidence_id,
            confirming_unit=_unit_ref(units, r.confirming_unit_id),
            confirmed_by=person(r.confirmed_by_id),
            confirmed_at=r.confirmed_at,
            note=r.note,
            legacy=r.legacy,
            withdrawn_at=r.withdrawn_at,
            withdrawn_by=person(r.withdrawn_by_id),
            withdrawal_reason=r.withdrawal_reason,
        )
        for r in rows
    ]
