"""The checks of a decision before it is issued: the body's own rules, the issuing unit, the models, the
issuing unit's competence for each model, and their states. Each raises the error the contract names."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import messages
from app.core.errors import AppError, Unprocessable
from app.core.i18n import Text, current_language
from app.decisions import messages as msg
from app.decisions import repository
from app.decisions.errors import (
    InvalidDecisionNumber,
    ModelStateConflict,
    NotCompetentAuthority,
    UnknownModel,
    UnknownUnit,
)
from app.decisions.numbers import parse_number
from app.decisions.rules import MAX_PARTY_HOPS, PERIOD_KINDS, REQUIRED_STATE
from app.decisions.schemas import DecisionCreate
from app.models import Campaign, RegisteredModel, Unit
from app.policy.authority_service import authority_for_unit
from app.policy.permissions import Permission, Role
from app.policy.principal import Caller
from app.units import repository as units
from app.units.schemas import path_ids

M = RegisteredModel


def err(code: str, pointer: str, text: Text, **params: Any) -> dict[str, Any]:
    """An entry of a problem's `errors` list."""
    return {"code": code, "pointer": pointer, "detail": text.render(**params)}


def unit_ref(unit: Unit) -> dict[str, Any]:
    """A unit as an error names it."""
    return {"id": unit.id, "code": unit.code, "name": unit.name}


def has_authority_at(caller: Caller, unit_id: int) -> bool:
    """True when the caller holds `authority` at that unit."""
    return any(g.role == Role.AUTHORITY and g.unit_id == unit_id for g in caller.scope.grants)


# --- the body's own rules -------------------------------------------------------------------------------


def number_of(body: DecisionCreate) -> tuple[str, int]:
    """The decision number as officials write it, and its serial (422 when it is not one)."""
    parsed = parse_number(body.number)
    if parsed is None:
        raise InvalidDecisionNumber(
            _number=body.number[:60],
            errors=[err("invalid_decision_number", "#/number", msg.INVALID_NUMBER, number=body.number[:60])],
        )
    return parsed


def _award_problems(body: DecisionCreate) -> list[dict[str, Any]]:
    commendation = body.kind == "commendation"
    code, text = (
        ("award_required", msg.AWARD_REQUIRED) if commendation else ("award_not_allowed", msg.AWARD_NOT_ALLOWED)
    )
    return [
        err(code, f"#/{name}", text)
        for name in ("award_form", "award_level")
        if (getattr(body, name) is None) == commendation
    ]


def _kind_problems(body: DecisionCreate) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []
    if body.kind != "commendation" and body.review_id is None:
        errors.append(err("review_required", "#/review_id", msg.REVIEW_REQUIRED))
    errors += _award_problems(body)
    if body.kind == "model_non_recognition" and body.publish:
        errors.append(err("publish_not_allowed", "#/publish", msg.PUBLISH_NOT_ALLOWED))
    if body.period_override is not None and body.kind not in PERIOD_KINDS:
        errors.append(err("override_not_applicable", "#/period_override", msg.OVERRIDE_NOT_APPLICABLE))
    if body.kind != "model_recognition":
        errors += [
            err("exception_not_applicable", f"#/models/{i}/standard_exception", msg.EXCEPTION_NOT_APPLICABLE)
            for i, item in enumerate(body.models)
            if item.standard_exception is not None
        ]
    return errors


def _duplicate_models(body: DecisionCreate) -> list[dict[str, Any]]:
    seen: set[uuid.UUID] = set()
    errors = []
    for i, item in enumerate(body.models):
        if item.model_id in seen:
            errors.append(err("duplicate_model", f"#/models/{i}/model_id", msg.DUPLICATE_MODEL))
        seen.add(item.model_id)
    return errors


def _cited_twice(body: DecisionCreate) -> list[dict[str, Any]]:
    seen = {body.review_id}
    errors = []
    for i, review_id in enumerate(body.cited_review_ids):
        if review_id in seen:
            errors.append(err("review_cited_twice", f"#/cited_review_ids/{i}", msg.REVIEW_CITED_TWICE))
        seen.add(review_id)
    return errors


def check_body(body: DecisionCreate) -> None:
    """The body's own rules, beyond the schema (kind-dependent fields, unique models and reviews): 422 with each."""
    problems = _kind_problems(body) + _duplicate_models(body) + _cited_twice(body)
    if problems:
        raise Unprocessable(messages.INVALID_DATA, code=problems[0]["code"], errors=problems)


# --- the issuing unit and the models --------------------------------------------------------------------


async def issuing_unit(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    """The issuing unit: 422 when the caller does not see it, 403 without `authority` there."""
    unit = await units.get_unit(session, unit_id)
    if unit is None or not caller.scope.covers(unit.path, Permission.READ):
        raise UnknownUnit(
            _unit_id=unit_id, errors=[err("unknown_unit", "#/issuing_unit_id", msg.UNKNOWN_UNIT, unit_id=unit_id)]
        )
    if not has_authority_at(caller, unit.id):
        raise NotCompetentAuthority(_unit=unit.name, issuing_unit=unit_ref(unit))
    return unit


async def load_models(session: AsyncSession, caller: Caller, ids: Sequence[uuid.UUID]) -> list[RegisteredModel]:
    """The models, locked, in the body's order: 422 naming each one the caller does not see."""
    found = {m.id: m for m in await repository.lock_visible_models(session, caller, ids)}
    unknown = [
        err("unknown_model", f"#/models/{i}/model_id", messages.MODEL_NOT_FOUND)
        for i, model_id in enumerate(ids)
        if model_id not in found
    ]
    if unknown:
        raise UnknownModel(_count=len(unknown), errors=unknown)
    return [found[i] for i in ids]


def check_states(kind: str, models: list[RegisteredModel]) -> None:
    """409 naming each model not in the state the kind of decision needs."""
    required = REQUIRED_STATE[kind]
    wrong_state = [
        err("model_state_conflict", f"#/models/{i}/model_id", msg.MODEL_IN_STATE, model_code=m.code, state=m.state)
        | {"model_id": str(m.id), "state": m.state}
        for i, m in enumerate(models)
        if m.state != required
    ]
    if wrong_state:
        raise ModelStateConflict(
            _required=required, _count=len(wrong_state), required_state=required, errors=wrong_state
        )


# --- competence -----------------------------------------------------------------------------------------


async def _party_chain(session: AsyncSession, unit: Unit) -> set[int]:
    """The party organisations above a unit (its party organisation, that one's, …)."""
    found: set[int] = set()
    current: Unit | None = unit
    for _ in range(MAX_PARTY_HOPS):
        if current is None or current.party_org_id is None or current.party_org_id in found:
            break
        found.add(current.party_org_id)
        current = await units.get_unit(session, current.party_org_id)
    return found


async def _competent(session: AsyncSession, kind: str, issuing: Unit, model: RegisteredModel) -> bool:
    if model.deciding_unit_id is None:
        return False
    if model.deciding_unit_id == issuing.id:
        return True
    if kind != "commendation":
        return False
    deciding = await units.get_unit(session, model.deciding_unit_id)
    if deciding is None:
        return False
    return issuing.id in path_ids(deciding.path) or issuing.id in await _party_chain(session, deciding)


async def _competence_error(
    session: AsyncSession, index: int, model: RegisteredModel, campaign: Campaign
) -> dict[str, Any]:
    """One model's entry in the 403: the policy's explanation and the competent unit."""
    entry: dict[str, Any] = {
        "code": "not_competent_for_model",
        "pointer": f"#/models/{index}/model_id",
        "model_id": str(model.id),
        "model_code": model.code,
    }
    try:
        answer = await authority_for_unit(
            session, campaign.authority_profile, model.registrant_kind, model.registrant_unit_id
        )
    except AppError:
        answer = None
    if answer is not None:
        unit = answer.deciding_unit
        entry.update(
            detail=answer.explanation.get(current_language.get(), ""),
            explanation=answer.explanation,
            case_number=answer.case_number,
            competent_unit={"id": unit.id, "code": unit.code, "name": unit.name},
        )
    else:
        deciding = await units.get_unit(session, model.deciding_unit_id) if model.deciding_unit_id else None
        entry.update(
            detail=msg.NO_DECIDING_UNIT.render(),
            explanation=None,
            case_number=model.authority_case,
            competent_unit=unit_ref(deciding) if deciding else None,
        )
    return entry


async def check_competence(
    session: AsyncSession, kind: str, issuing: Unit, models: list[RegisteredModel], campaigns: dict[uuid.UUID, Campaign]
) -> None:
    """403 naming each model the issuing unit may not decide on, with the policy's explanation."""
    incompetent = [
        await _competence_error(session, i, m, campaigns[m.campaign_id])
        for i, m in enumerate(models)
        if not await _competent(session, kind, issuing, m)
    ]
    if incompetent:
        raise NotCompetentAuthority(
            msg.NOT_COMPETENT_FOR_MODELS,
            _unit=issuing.name,
            _count=len(incompetent),
            issuing_unit=unit_ref(issuing),
            errors=incompetent,
        )
