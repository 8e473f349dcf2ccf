"""The sending job (`email.send`, one per email): hold the message, hand it to the backend, record the outcome.

- sent: the server (or the file backend) took it.
- bounced: the server refused this recipient or this message for good (a 5xx to RCPT or DATA); not retried.
- queued again: anything else (a 4xx, an unreachable or silent server, TLS, authentication) is tried again after
  the worker's full-jitter back-off (`email_retry_base_seconds` … `email_retry_max_seconds`), until
  `email_max_attempts` attempts have been made; then failed.
- skipped: the person was deactivated, or their address removed, since the email was queued.

Delivery is at-least-once. A message is held (`claimed_until`, one atomic UPDATE) for one attempt, so two
workers never send it at once, and an attempt is recorded in its own short transaction after the server's
answer; no transaction stays open while the server is waited on. A worker killed during the SMTP conversation,
before the server accepted the message, sends nothing: its hold runs out and the next attempt sends it once. The
one window for a duplicate is a worker dying after the server's final "250 OK" and before the outcome commits
(milliseconds): the message is then sent again, with the same Message-ID header, which lets a receiving system
or mail client drop the copy. At-most-once would instead lose the email whenever a worker died mid-attempt
(nobody could tell whether the server took it), and a lost reminder is worse than a repeated one."""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.core.config import Settings, get_settings
from app.core.db import Database
from app.models.base import utcnow
from app.notifications.email import backends, repository
from app.notifications.email.backends import Outgoing, SendError
from app.ops import metrics
from app.worker.backoff import full_jitter
from app.worker.jobs import JobContext, Retry

log = logging.getLogger("dvk.email")

# A hold outlives the attempt's own bound by this much (the attempt is cut off at email_smtp_timeout_seconds).
HOLD_MARGIN_SECONDS = 30.0


@dataclass(frozen=True)
class Outcome:
    """What becomes of a message after an attempt: its status, when to try again, and why."""

    status: str
    retry_at: datetime | None = None
    error: str | None = None
    code: int | None = None


def decide(
    error: SendError, attempts: int, settings: Settings, now: datetime, rng: random.Random | None = None
) -> Outcome:
    """After the `attempts`-th failed attempt: bounced (permanent), failed (attempts used up) or queued again."""
    if error.permanent:
        return Outcome("bounced", error=error.summary, code=error.code)
    if attempts >= settings.email_max_attempts:
        return Outcome("failed", error=error.summary, code=error.code)
    wait = full_jitter(attempts, settings.email_retry_base_seconds, settings.email_retry_max_seconds, rng)
    return Outcome("queued", now + timedelta(seconds=wait), error.summary, error.code)


async def send_email(ctx: JobContext) -> None:
    """The job's handler (payload: {"email_id": …})."""
    await send_message(ctx.database, int(ctx.payload["email_id"]), get_settings())


async def send_message(database: Database, message_id: int, settings: Settings) -> str | None:
    """One attempt at one message; its status afterwards (None: nothing done — gone, or finished already).
    Raises Retry when it is to be tried again later (queued again, or held by another sender)."""
    now = utcnow()
    hold = now + timedelta(seconds=settings.email_smtp_timeout_seconds + HOLD_MARGIN_SECONDS)
    async with database.sessionmaker() as session:
        held = await repository.claim_message(session, message_id, now, hold)
        row = await repository.message_for_sending(session, message_id)
        await session.commit()
    if row is None:
        return None
    message, address, full_name, active = row[0], (row.email or "").strip(), row.full_name, row.is_active
    if not held:
        if message.status == "queued" and message.claimed_until is not None and message.claimed_until > now:
            raise Retry(message.claimed_until, "held by another sender")
        return None
    if not active or not address:
        outcome = Outcome("skipped", error="deactivated" if not active else "no_address")
        await _record(database, message_id, outcome, address or None)
        metrics.EMAILS.labels(message.kind, "skipped").inc()
        return outcome.status
    outgoing = Outgoing(message.message_id, address, full_name, message.subject, message.text_body, message.html_body)
    try:
        await backends.send(outgoing, settings)
    except SendError as error:
        outcome = decide(error, message.attempts, settings, utcnow())
    except asyncio.CancelledError:
        # Shutdown: the attempt is given back (not counted) and the job released; the next one sends it.
        await asyncio.shield(_release(database, message_id, hold))
        raise
    else:
        outcome = Outcome("sent")
    await _record(database, message_id, outcome, address)
    metrics.EMAILS.labels(message.kind, "retry" if outcome.status == "queued" else outcome.status).inc()
    if outcome.status == "queued" and outcome.retry_at is not None:
        log.warning("email %s not sent (attempt %d): %s", message_id, message.attempts, outcome.error)
        raise Retry(outcome.retry_at, outcome.error or "")
    if outcome.status in ("failed", "bounced"):
        log.warning("email %s %s: %s", message_id, outcome.status, outcome.error)
    return outcome.status


async def _release(database: Database, message_id: int, hold: datetime) -> None:
    async with database.sessionmaker() as session:
        await repository.release_message(session, message_id, hold, utcnow())
        await session.commit()


async def _record(database: Database, message_id: int, outcome: Outcome, address: str | None) -> None:
    """The attempt's outcome, in its own transaction (unless the message ended meanwhile)."""
    now = utcnow()
    async with database.sessionmaker() as session:
        message = await repository.message_by_id(session, message_id)
        if message is None or message.status != "queued":
            return
        message.status = outcome.status
        message.address = address
        message.claimed_until = None
        message.next_attempt_at = outcome.retry_at
        message.updated_at = now
        if outcome.error is not None:
            message.last_error = outcome.error
            message.last_smtp_code = outcome.code
        if outcome.status == "sent":
            message.sent_at = now
        await session.commit()
