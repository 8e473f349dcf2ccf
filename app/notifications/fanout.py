"""The event fan-out: a scheduled worker job that reads the event log after its checkpoint and tells the people
each event concerns (recipients.py), once per person and event however many workers run or restart.

`notifications.fan_out` runs every `notification_fanout_interval_seconds`. In one transaction it locks its
checkpoint (`event_checkpoints` row `notifications`; a second run finds it locked and skips its turn), reads the
events its gaps were waiting for and the next `notification_fanout_batch` after its position (app/events/reader.py,
the same reading as the webhooks' dispatcher: in commit order, an event committed late is still read), writes the
notifications through `service.notify` with the occasion `event:<id>` (unique per person and type: an event read
twice tells nobody twice), and moves the checkpoint. The notifications and the checkpoint commit together: a run
killed mid-way leaves nothing, and the next one does the whole batch again. The very first run starts with the
events of the last `notification_fanout_gap_seconds` (older history is not told).

What is told, for which event:
- `model.returned`, `model.accepted`, `model.surveyed`, `model.recognised`, `model.not-recognised` → the
  notification of the same name, to the registrant unit's people;
- every move of a model into a state that waits on someone (`waiting_on`) → `turn.waiting`, to the holders of
  that role at that unit (but those just told the move's outcome);
- `review.opened` (its members), `review.updated` adding a member or giving one an account → `review.member`;
- `decision.issued`, `decision.revoked` → the notification of the same name, to the people of each unit the
  decision concerns (the registrant units of the models it covers).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.core.labels import DECISION_KINDS
from app.events import reader
from app.events import repository as event_log
from app.events.moves import MOVE_EVENTS
from app.models import Event
from app.models.base import utcnow
from app.notifications import fanout_repository as repository
from app.notifications import recipients
from app.notifications.fanout_repository import ModelFacts
from app.notifications.service import notify
from app.worker.jobs import JobContext
from app.worker.registry import Registry
from app.workflow.states import STATE_FACTS, State

log = logging.getLogger("dvk.notifications")

CHECKPOINT = "notifications"
FAN_OUT = "notifications.fan_out"
# What a notification shows for a reason nobody gave.
NO_REASON = "—"
# The model events whose outcome the registrant unit's people are told (the notification type of the same name).
OUTCOMES = frozenset({"model.returned", "model.accepted", "model.surveyed", "model.recognised", "model.not-recognised"})
MOVES = frozenset(MOVE_EVENTS.values())
STATES = frozenset(s.value for s in State)

Handler = Callable[[AsyncSession, Event, datetime], Awaitable[list[int]]]


def occasion(event: Event) -> str:
    """The once-only occasion of what an event tells."""
    return f"event:{event.id}"


def _uuid(value: str) -> uuid.UUID:
    return uuid.UUID(value)


async def _model_moved(session: AsyncSession, event: Event, now: datetime) -> list[int]:
    """A model's move: its outcome to the registrant unit's people, then whose turn it now is."""
    model = await repository.model_facts(session, _uuid(event.resource_id))
    if model is None:
        return []
    data = event.data
    actor = {event.actor_id} if event.actor_id else set()
    added: list[int] = []
    told: set[uuid.UUID] = set()
    if event.type in OUTCOMES:
        told = await recipients.registrant_people(session, model) - actor
        values: dict[str, Any] = {
            "model_name": model.name,
            "reason": data.get("reason") or NO_REASON,
            "decision_number": data.get("decision_number") or NO_REASON,
        }
        added += await _tell(session, event, model, told, event.type, values, model.unit_id, now)
    waiting = STATE_FACTS[State(data["to"])].waiting_on if data.get("to") in STATES else None
    if waiting is None:
        return added
    people, unit_id, unit_name = await recipients.waited_on(session, model, waiting.role, waiting.unit)
    if unit_id is None:
        return added
    values = {"model_name": model.name, "unit_name": unit_name, "step": waiting.text}
    added += await _tell(session, event, model, people - told - actor, "turn.waiting", values, unit_id, now)
    return added


async def _tell(
    session: AsyncSession,
    event: Event,
    model: ModelFacts,
    people: set[uuid.UUID],
    type_: str,
    values: dict[str, Any],
    unit_id: int,
    now: datetime,
) -> list[int]:
    """Tell people about a model, for this event."""
    return await notify(
        session,
        recipients=people,
        type_=type_,
        data=values,
        resource_type="model",
        resource_id=model.id,
        unit_id=unit_id,
        occasion=occasion(event),
        event_id=event.id,
        now=now,
    )


async def _review_member(session: AsyncSession, event: Event, now: datetime) -> list[int]:
    """Members of a review being held: all at its opening, one as they are added or given an account."""
    data = event.data
    if event.type == "review.updated":
        change, fields = data.get("change"), data.get("fields") or []
        if not (change == "member_added" or (change == "member_updated" and "user_id" in fields)):
            return []
    review = await repository.review_facts(session, _uuid(event.resource_id))
    if review is None:
        return []
    member = data.get("member_id") if event.type == "review.updated" else None
    people = await repository.member_people(session, review.id, _uuid(member) if member else None)
    return await notify(
        session,
        recipients=people - {event.actor_id},
        type_="review.member",
        data={"review_title": review.title, "unit_name": review.unit_name},
        resource_type="review",
        resource_id=review.id,
        unit_id=review.unit_id,
        occasion=occasion(event),
        event_id=event.id,
        now=now,
    )


async def _decision(session: AsyncSession, event: Event, now: datetime) -> list[int]:
    """A decision issued or revoked: the people of each unit it concerns, each told once (of the first unit)."""
    decision = await repository.decision_facts(session, _uuid(event.resource_id))
    if decision is None:
        return []
    kind = DECISION_KINDS.get(decision.kind)
    added: list[int] = []
    for unit_id, unit_name, unit_path in await repository.decision_units(session, decision.id):
        people = await recipients.unit_people(session, unit_id, unit_path)
        values: dict[str, object] = {
            "issuer_name": decision.issuer_name,
            "decision_number": decision.number,
            "decision_kind": kind if kind is not None else decision.kind,
            "unit_name": unit_name,
            "reason": event.data.get("reason") or NO_REASON,
        }
        added += await notify(
            session,
            recipients=people - {event.actor_id},
            type_=event.type,
            data=values,
            resource_type="decision",
            resource_id=decision.id,
            unit_id=unit_id,
            occasion=occasion(event),
            event_id=event.id,
            now=now,
        )
    return added


HANDLERS: dict[str, Handler] = {
    **{name: _model_moved for name in MOVES},
    "review.opened": _review_member,
    "review.updated": _review_member,
    "decision.issued": _decision,
    "decision.revoked": _decision,
}


async def notify_for_event(session: AsyncSession, event: Event, now: datetime | None = None) -> list[int]:
    """Tell the people an event concerns (nothing for an event no notification follows); the ids added."""
    handler = HANDLERS.get(event.type)
    if handler is None or event.version < 1:
        return []
    return await handler(session, event, now or utcnow())


async def fan_out_once(session: AsyncSession, now: datetime | None = None) -> int:
    """One run in the caller's transaction; how many notifications were added."""
    settings = get_settings()
    now = now or utcnow()
    checkpoint = await reader.lock(session, CHECKPOINT, now, lambda: _start(session, settings, now))
    if checkpoint is None:
        return 0  # another run holds the checkpoint
    reading = await reader.read(
        session,
        checkpoint,
        batch=settings.notification_fanout_batch,
        grace_seconds=settings.notification_fanout_gap_seconds,
        now=now,
    )
    added = 0
    for event in reading.events:
        added += len(await notify_for_event(session, event, now))
    reader.advance(reading, now)
    await session.flush()
    return added


async def _start(session: AsyncSession, settings: Settings, now: datetime) -> int:
    """Where the very first run starts: after the events older than the gap grace period (history is not told;
    what happened just now, while the feature was being switched on, is)."""
    return await event_log.last_event_id(
        session, before=now - timedelta(seconds=settings.notification_fanout_gap_seconds)
    )


async def fan_out(ctx: JobContext) -> None:
    """The scheduled job: one fan-out run."""
    async with ctx.database.sessionmaker() as session:
        added = await fan_out_once(session)
        await session.commit()
    if added:
        log.info("added %d notifications", added)


def install(registry: Registry, settings: Settings | None = None) -> None:
    """Register the fan-out and its schedule (every `notification_fanout_interval_seconds`)."""
    settings = settings or get_settings()
    registry.job(FAN_OUT, fan_out, max_attempts=3)
    registry.every(FAN_OUT, settings.notification_fanout_interval_seconds)
