"""The producer (`email.produce`, every `email_produce_interval_seconds`): each new notification is looked at once
and, by its person's preferences at that moment, becomes an email at once (immediate, the default), waits for
the person's daily digest (digest), or is not emailed (email off: `off`; no address or a deactivated person:
`skipped`, never an error).

"New" is a flag, not a checkpoint: a notification is written `pending` and leaves that state in the producer's
transaction, together with its email and the email's sending job. The producer locks the rows it takes (on
PostgreSQL skipping those another producer holds), so two workers never take the same notification, and a
notification committed late (a long transaction) is found whenever it commits — no id gap can hide it. Its
email is unique per notification besides."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.models.base import utcnow
from app.notifications.email import render, repository
from app.notifications.email.outbox import Recipient, queue, zone
from app.worker.jobs import JobContext

log = logging.getLogger("dvk.email")

PRODUCE = "email.produce"


async def produce(ctx: JobContext) -> None:
    """The scheduled job: batches until no pending notification is left."""
    settings = get_settings()
    total = 0
    while True:
        async with ctx.database.sessionmaker() as session:
            taken = await produce_once(session, settings)
            await session.commit()
        total += taken
        if taken < settings.email_produce_batch:
            break
    if total:
        log.info("looked at %d new notifications for email", total)


def _state(row: Any) -> str:
    """Where a notification goes: queued (an email now), digest, off or skipped."""
    mode = row.email_mode or "immediate"
    if mode == "off":
        return "off"
    if not row.is_active or not (row.email or "").strip():
        return "skipped"
    return "digest" if mode == "digest" else "queued"


async def produce_once(session: AsyncSession, settings: Settings, now: datetime | None = None) -> int:
    """One batch in the caller's transaction; how many notifications were looked at."""
    now = now or utcnow()
    rows = await repository.pending_notifications(session, settings.email_produce_batch)
    states: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        notification = row[0]
        state = _state(row)
        states[state].append(notification.id)
        if state != "queued":
            continue
        recipient = Recipient(notification.user_id, row.full_name, row.email.strip())
        one = render.item(notification.type, notification.text_vi, notification.created_at, zone(row.timezone))
        await queue(
            session,
            settings,
            recipient,
            render.immediate(recipient.full_name, one),
            notification_ids=[notification.id],
            now=now,
        )
    for state, ids in states.items():
        await repository.set_email_state(session, ids, state)
    return len(rows)
