"""The daily digest (`email.digest`, every `email_digest_interval_seconds`): a person who chose it gets, once per
local day at or after their `digest_hour` in their time zone, one email listing their unread notifications not
yet emailed (the newest `email_digest_max_items`, the rest counted). No unread notification: no email.

Once per person and local day whatever happens: the outbox row is unique on (person, day), so two workers, a
restart, or a clock that jumps back add nothing; a digest missed while no worker ran goes out later that day
(the hour has passed), and a day with no worker at all is not made up — its notifications wait for the next
digest. The notifications a digest carries leave the `digest` state in its transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.models.base import utcnow
from app.notifications.email import render, repository
from app.notifications.email.outbox import Recipient, queue, zone
from app.worker.jobs import JobContext

log = logging.getLogger("dvk.email")

DIGEST = "email.digest"


@dataclass(frozen=True)
class Due:
    """A person whose digest for `day` (their local date) is due, and their time zone's name."""

    recipient: Recipient
    day: date
    timezone: str


async def digest(ctx: JobContext) -> None:
    """The scheduled job: every digest due now, each in its own transaction."""
    settings = get_settings()
    now = ctx.now()  # the worker's clock (a test sets and moves it): the calendar is judged by it
    async with ctx.database.sessionmaker() as session:
        due = await due_digests(session, now)
    sent = 0
    for person in due:
        async with ctx.database.sessionmaker() as session:
            sent += await digest_for(session, settings, person) is not None
            await session.commit()
    if sent:
        log.info("queued %d daily digests", sent)


def _due(row: Any, now: datetime) -> Due | None:
    """The person's digest day when its hour has come in their time zone."""
    local = now.astimezone(zone(row.timezone))
    if local.hour < row.digest_hour:
        return None
    return Due(Recipient(row.id, row.full_name, row.email.strip()), local.date(), row.timezone)


async def due_digests(session: AsyncSession, now: datetime) -> list[Due]:
    """The people whose digest hour has come today (their local day) and who have not had that day's digest."""
    candidates = [due for row in await repository.digest_candidates(session) if (due := _due(row, now)) is not None]
    done = await repository.digests_sent_on(session, [(d.recipient.user_id, d.day) for d in candidates])
    return [d for d in candidates if (d.recipient.user_id, d.day) not in done]


async def digest_for(session: AsyncSession, settings: Settings, person: Due) -> int | None:
    """Queue one person's digest for `person.day` in the caller's transaction; its email's id (None: nothing
    waiting, or the day's digest exists). The day was judged by the worker's clock; the email is queued by the
    machine's (its sending job is due now)."""
    waiting = await repository.waiting_for_digest(session, person.recipient.user_id)
    if not waiting:
        return None
    tz = zone(person.timezone)
    shown = waiting[: settings.email_digest_max_items]
    items = [render.item(n.type, n.text_vi, n.created_at, tz) for n in shown]
    rendered = render.digest(person.recipient.full_name, items, len(waiting), person.day)
    ids = [n.id for n in waiting]
    message_id = await queue(
        session, settings, person.recipient, rendered, notification_ids=ids, now=utcnow(), digest_on=person.day
    )
    if message_id is not None:
        await repository.set_email_state(session, ids, "digested")
    return message_id
