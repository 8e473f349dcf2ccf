"""Issuing a decision.

Issuing checks, in order, and writes nothing unless all pass: the body's own rules (422), the issuing
unit (422 `unknown_unit`), the caller's authority role at it (403), the models (422 `unknown_model`),
the policy's competence for each model (403 with the policy's explanation), the models' states (409),
the review it rests on (422/409), the reviews of the authority chain it cites (decisions/chain.py), the
recognition standard (422 `guard_failed`, unless an exception is recorded) and a comprehensive model's
conditions (422 `guard_failed`, never waived), the dates (422; an administrator may override the recognition
period), the number's uniqueness (409). Then, in one transaction: the decision, the reviews it cites, each
model's move (through the workflow service, which writes its history row and event), one row per model, and
the `decision.issued` event.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import RequestContext
from app.decisions import chain, checks, conditions, grounds, repository, standard
from app.decisions.errors import DuplicateDecisionNumber
from app.decisions.rules import DEFAULT_PUBLIC_KINDS, PUBLISH_DEFAULT
from app.decisions.schemas import DecisionCreate
from app.events.service import record_event
from app.models import Decision, DecisionModel, DecisionReview, RegisteredModel, Review, Unit
from app.policy.permissions import Role
from app.policy.principal import Caller
from app.workflow import service as workflow
from app.workflow.table import DECISION_MOVES


async def issue(session: AsyncSession, ctx: RequestContext, caller: Caller, body: DecisionCreate) -> Decision:
    """Check everything, then issue the decision and move its models, all in the request's transaction."""
    number, serial = checks.number_of(body)
    checks.check_body(body)
    issuing = await checks.issuing_unit(session, caller, body.issuing_unit_id)
    models = await checks.load_models(session, caller, [item.model_id for item in body.models])
    cal = await grounds.calendars(session, models)
    await checks.check_competence(session, body.kind, issuing, models, cal.campaigns)
    checks.check_states(body.kind, models)
    review = await grounds.check_review(session, caller, body, models)
    cited = await chain.check_chain(session, caller, body, models)
    unmet = await conditions.unmet_conditions(session, caller, body, models)
    exceptions = await standard.check_standard(session, caller, body, models, cal.campaigns, unmet)
    override_reason = grounds.check_dates(caller, body, issuing, models, cal)
    taken = await repository.number_taken(session, issuing.id, body.issued_on.year, serial)
    if taken is not None:
        raise DuplicateDecisionNumber(
            _serial=serial, _year=body.issued_on.year, _number=taken.number, existing_id=str(taken.id)
        )
    decision = await _insert(session, caller, body, issuing, review, number, serial, override_reason)
    session.add_all(
        DecisionReview(decision_id=decision.id, review_id=r.id, position=i, level=r.level) for i, r in enumerate(cited)
    )
    await _move_models(session, ctx, caller, body, decision, models, exceptions)
    await record_event(
        session,
        "decision.issued",
        resource_type="decision",
        resource_id=decision.id,
        unit_path=issuing.path,
        actor_id=caller.id,
        request_id=ctx.request_id,
        data={
            "number": number,
            "kind": body.kind,
            "issuing_unit_id": issuing.id,
            "model_count": len(models),
        },
    )
    return decision


async def _insert(
    session: AsyncSession,
    caller: Caller,
    body: DecisionCreate,
    issuing: Unit,
    review: Review | None,
    number: str,
    serial: int,
    override_reason: str | None,
) -> Decision:
    decision = Decision(
        kind=body.kind,
        number=number,
        serial=serial,
        year=body.issued_on.year,
        issued_on=body.issued_on,
        issuing_unit_id=issuing.id,
        issuing_unit_path=issuing.path,
        signer_name=body.signer_name,
        signer_title=body.signer_title,
        review_id=review.id if review else None,
        phase_review=review.phase_review if review is not None and body.kind == "exemplar_recognition" else None,
        award_form=body.award_form,
        award_level=body.award_level,
        note=body.note,
        publish=PUBLISH_DEFAULT[body.kind] if body.publish is None else body.publish,
        public_evidence_kinds=list(dict.fromkeys(body.public_evidence_kinds))
        if body.public_evidence_kinds is not None
        else list(DEFAULT_PUBLIC_KINDS),
        period_override_reason=override_reason,
        period_override_by_id=caller.id if override_reason else None,
        status="issued",
        created_by_id=caller.id,
    )
    try:
        async with session.begin_nested():
            session.add(decision)
    except IntegrityError:
        # Another request took the number between our check and our insert.
        raise DuplicateDecisionNumber(_serial=serial, _year=decision.year, _number=number) from None
    return decision


async def _move_models(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    body: DecisionCreate,
    decision: Decision,
    models: list[RegisteredModel],
    exceptions: dict[uuid.UUID, dict[str, Any]],
) -> None:
    """Each model makes the kind's move (a table row) and the decision records where it took it (and, for a
    model recognised below the standard, the exception)."""
    action = DECISION_MOVES[body.kind]
    notes = {item.model_id: item.note for item in body.models}
    details: dict[str, Any] = {"decision_id": str(decision.id), "number": decision.number, "kind": body.kind}
    if decision.period_override_reason:
        details["override"] = {"reason": decision.period_override_reason, "by_id": str(caller.id)}
    for position, model in enumerate(models):
        entry = await workflow.apply_decided(
            session,
            ctx,
            caller,
            model,
            action,
            acting_as=Role.AUTHORITY,
            reason=None,
            details=details | {"standard_exception": exceptions[model.id]} if model.id in exceptions else details,
            event_data={"decision_id": str(decision.id), "decision_number": decision.number},
        )
        session.add(
            DecisionModel(
                decision_id=decision.id,
                model_id=model.id,
                position=position,
                note=notes.get(model.id, ""),
                from_state=entry.from_state,
                to_state=entry.to_state,
                standard_exception=exceptions.get(model.id),
            )
        )
