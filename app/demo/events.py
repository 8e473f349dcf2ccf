"""The events the demo's recorded history would have written, dated as it happened: the change feed (GET /events)
shows the demo's models from registration to the exemplar's commendation."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo import repository
from app.events.moves import MOVE_EVENTS
from app.events.service import record_event
from app.workflow.codes import ACT_CODES, FOLLOW_UP_ACTION


async def record_history_events(session: AsyncSession) -> None:
    """One `model.created` or move event per history row of every model (the loader replays moves without
    events); a confirmation act wrote its own event (app/confirmations/service.py)."""
    for entry, model in await repository.history_with_models(session):
        data: dict[str, Any]
        if entry.action in ACT_CODES:
            continue
        if entry.action == "create":
            type_, data = "model.created", {"code": model.code}
        elif entry.action == FOLLOW_UP_ACTION:
            type_, data = "model.followed-up", {"code": model.code, "state": entry.to_state, **entry.details}
        else:
            type_ = MOVE_EVENTS[entry.action]
            data = {
                "code": model.code,
                "from": entry.from_state,
                "to": entry.to_state,
                "reason": entry.reason,
                "decision_id": entry.details.get("decision_id"),
                "decision_number": entry.details.get("number"),
            }
        await record_event(
            session,
            type_,
            resource_type="model",
            resource_id=model.id,
            unit_path=model.unit_path,
            actor_id=entry.actor_id,
            request_id=None,
            data=data,
            occurred_at=entry.at,
            flush=False,
        )
    await session.flush()
