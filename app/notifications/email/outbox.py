"""Adding an email to the outbox, in the producer's transaction: the row (once per notification, or per person
and local day for a digest) and its sending job, which commit together."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parseaddr
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.notifications.email import repository
from app.notifications.email.render import Rendered
from app.worker.jobs import enqueue

SEND = "email.send"
DEFAULT_ZONE = "Asia/Ho_Chi_Minh"


@dataclass(frozen=True)
class Recipient:
    """Who an email goes to, as the producer read them."""

    user_id: uuid.UUID
    full_name: str
    address: str


def zone(name: str | None) -> ZoneInfo:
    """A person's time zone (Vietnam's for none, or a name no longer known to the zone database)."""
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def new_message_id(settings: Settings) -> str:
    """A fresh Message-ID on the From address's domain."""
    _, address = parseaddr(settings.email_from)
    domain = address.rpartition("@")[2] or "dvk.invalid"
    return f"<dvk-{uuid.uuid4().hex}@{domain}>"


def send_job_key(message_id: int) -> str:
    """The dedupe key of a message's sending job."""
    return f"{SEND}:{message_id}"


async def queue(
    session: AsyncSession,
    settings: Settings,
    recipient: Recipient,
    rendered: Rendered,
    *,
    notification_ids: list[int],
    now: datetime,
    digest_on: date | None = None,
) -> int | None:
    """Add the email and its sending job; the email's id, None when it exists already (the notification was
    emailed, or the person has that day's digest)."""
    message_id = await repository.add_message(
        session,
        {
            "user_id": recipient.user_id,
            "address": recipient.address,
            "kind": "digest" if digest_on else "immediate",
            "subject": rendered.subject,
            "text_body": rendered.text,
            "html_body": rendered.html,
            "notification_ids": notification_ids,
            "notification_id": None if digest_on else notification_ids[0],
            "digest_on": digest_on,
            "message_id": new_message_id(settings),
            "status": "queued",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
            "updated_at": now,
        },
    )
    if message_id is None:
        return None
    await enqueue(
        session,
        SEND,
        {"email_id": message_id},
        run_at=now,
        dedupe_key=send_job_key(message_id),
        max_attempts=settings.email_max_attempts + 3,  # slack for runs cut short by a killed worker
    )
    return message_id
