"""Revoking a decision: each covered model makes the table's revocation move back to where the decision
found it (a commendation's revocation moves nothing); history keeps both moves."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.core.context import RequestContext
from app.core.errors import Forbidden, PreconditionFailed
from app.core.i18n import Text
from app.decisions import messages as msg
from app.decisions import repository
from app.decisions.checks import has_authority_at
from app.decisions.errors import DecisionRevoked, DecisionSuperseded
from app.events.service import record_event
from app.models import Decision, DecisionModel, RegisteredModel
from app.policy.permissions import Role
from app.policy.principal import Caller
from app.workflow import service as workflow
from app.workflow.states import State
from app.workflow.table import REVOCATIONS

M = RegisteredModel

# Told `(session, ctx, caller, decision, revocation_number)` once a decision is revoked, in the revocation's
# transaction (raising rolls it back): the documents package issues the signed revocation of a decision whose
# documents were issued. Documents build on decisions, so decisions do not call them: create_app registers it.
RevokeListener = Callable[[AsyncSession, RequestContext, Caller, Decision, str | None], Awaitable[object]]
_revoke_listeners: list[RevokeListener] = []


def on_revoke(listener: RevokeListener) -> None:
    """Have `listener` run whenever a decision is revoked (registered once)."""
    if listener not in _revoke_listeners:
        _revoke_listeners.append(listener)


def require_issuing_authority(caller: Caller, decision: Decision) -> None:
    """403 unless the caller holds `authority` at the decision's issuing unit."""
    if not has_authority_at(caller, decision.issuing_unit_id):
        raise Forbidden(msg.NOT_ISSUING_AUTHORITY, code="not_competent_authority")


async def _covered(session: AsyncSession, decision_id: uuid.UUID) -> list[DecisionModel]:
    return await repository.covered_rows(session, decision_id)


async def _lock(session: AsyncSession, rows: list[DecisionModel]) -> dict[uuid.UUID, RegisteredModel]:
    return {m.id: m for m in await repository.lock_models(session, [r.model_id for r in rows])}


async def _commended_since(session: AsyncSession, decision: Decision, model_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """The models an issued commendation other than this decision covers (none when it is one itself)."""
    if decision.kind == "commendation":
        return set()
    return await repository.commended_since(session, decision.id, model_ids)


def _superseded(
    rows: list[DecisionModel], locked: dict[uuid.UUID, RegisteredModel], later: set[uuid.UUID]
) -> list[dict[str, Any]]:
    """Each model that moved on since the decision, or was commended after it."""

    def entry(row: DecisionModel, text: Text) -> dict[str, Any]:
        model = locked[row.model_id]
        return {
            "code": "decision_superseded",
            "model_id": str(row.model_id),
            "model_code": model.code,
            "state": model.state,
            "expected_state": row.to_state,
            "detail": text.render(code=model.code, state=model.state, expected=row.to_state),
        }

    moved = [entry(r, msg.MOVED_ON) for r in rows if locked[r.model_id].state != r.to_state]
    return moved + [
        entry(r, msg.COMMENDED_SINCE) for r in rows if r.model_id in later and locked[r.model_id].state == r.to_state
    ]


async def revoke(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    decision: Decision,
    reason: str,
    revocation_number: str | None = None,
) -> Decision:
    """Revoke an issued decision: its models go back to where they were; history keeps both moves; the listeners
    (the signed revocation document) run last, in the same transaction."""
    require_issuing_authority(caller, decision)
    ctx.require_version(decision.version)
    if decision.status == "revoked":
        raise DecisionRevoked(revoked_at=decision.revoked_at.isoformat() if decision.revoked_at else None)
    rows = await _covered(session, decision.id)
    locked = await _lock(session, rows)
    superseded = _superseded(rows, locked, await _commended_since(session, decision, list(locked)))
    if superseded:
        raise DecisionSuperseded(_count=len(superseded), errors=superseded)
    details = {"decision_id": str(decision.id), "number": decision.number, "reason": reason}
    for row in rows:
        await workflow.apply_decided(
            session,
            ctx,
            caller,
            locked[row.model_id],
            REVOCATIONS[decision.kind],
            acting_as=Role.AUTHORITY,
            reason=reason,
            details=details,
            event_data={"decision_id": str(decision.id), "decision_number": decision.number},
            expected_target=State(row.from_state),
        )
    decision.status = "revoked"
    decision.revoked_at = datetime.now(UTC)
    decision.revoked_by_id = caller.id
    decision.revoke_reason = reason
    try:
        await session.flush()
    except StaleDataError:
        raise PreconditionFailed(code="concurrent_update") from None
    await record_event(
        session,
        "decision.revoked",
        resource_type="decision",
        resource_id=decision.id,
        unit_path=decision.issuing_unit_path,
        actor_id=caller.id,
        request_id=ctx.request_id,
        data={"number": decision.number, "kind": decision.kind, "reason": reason},
    )
    for listener in _revoke_listeners:
        await listener(session, ctx, caller, decision, revocation_number)
    return decision
