"""The delivery job: one attempt to send one event to one subscription, logged, then delivered, retried later,
failed, or (410 Gone) the subscription disabled.

Idempotent: a delivery that is no longer pending (delivered, failed, cancelled) is left alone, so a job run twice
(its worker died after the attempt was recorded, before the job was marked done) sends nothing more. The attempt
and its log row commit before the job is rescheduled; a worker dying between the two makes the next attempt come
early, never lost (at-least-once: receivers drop duplicates by `webhook-id`). Nothing is held open while the
receiver is waited on: the delivery is read in one short transaction and the outcome written in another."""

from __future__ import annotations

import logging
import ssl
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.core.db import Database
from app.models import Event, WebhookAttempt, WebhookDelivery, WebhookSubscription
from app.models.base import utcnow
from app.ops import metrics
from app.webhooks import outcomes, payload, repository, transport
from app.webhooks.outcomes import Decision
from app.webhooks.signing import live_secrets, signed_headers
from app.webhooks.urls import UrlRefused, check_url
from app.worker.jobs import JobContext, Retry

log = logging.getLogger("dvk.webhooks")


@dataclass(frozen=True)
class Attempt:
    """One attempt as it happened: the answer (or why nothing was sent) and how long it took."""

    number: int
    answer: transport.Answer
    refused: bool
    seconds: float
    at: datetime
    worker: str = ""


@lru_cache(maxsize=4)
def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """The TLS trust for deliveries: certifi's roots plus DVK_WEBHOOK_CA_FILE's certificates. Built once per
    process (loading the roots costs ~0.1 s of CPU, too much to pay on every attempt)."""
    context = httpx.create_ssl_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


async def deliver(ctx: JobContext) -> None:
    """The job's handler (payload: {"delivery_id": …})."""
    settings = get_settings()
    delivery_id = uuid.UUID(str(ctx.payload["delivery_id"]))
    async with ctx.database.sessionmaker() as session:
        row = await repository.delivery_for_sending(session, delivery_id)
    if row is None or row[0].status != "pending":
        return
    delivery, subscription, event = row
    if subscription.status != "active":
        await _cancel(ctx.database, delivery_id)
        return
    attempt = await send(delivery, subscription, event, settings, worker=ctx.worker)
    decision = outcomes.decide(
        status_code=attempt.answer.status_code,
        error=attempt.answer.error,
        retry_after=attempt.answer.retry_after,
        attempt=attempt.number,
        now=utcnow(),
        settings=settings,
    )
    await _record(ctx.database, delivery_id, attempt, decision)
    _observe(attempt, decision, event)
    if decision.outcome == "retry" and decision.retry_at is not None:
        raise Retry(decision.retry_at, decision.reason or "")


async def send(
    delivery: WebhookDelivery,
    subscription: WebhookSubscription,
    event: Event | None,
    settings: Settings,
    *,
    worker: str = "",
) -> Attempt:
    """Check the URL again (DNS rebinding), sign and POST; nothing is sent to a refused address."""
    started, at = time.monotonic(), utcnow()
    number = delivery.attempts + 1
    try:
        target = await check_url(subscription.url, settings)
    except UrlRefused as refused:
        log.warning("webhook %s: %s refused at delivery (%s)", delivery.id, subscription.url, refused.reason)
        answer = transport.Answer(error=refused.reason)
        return Attempt(number, answer, True, time.monotonic() - started, at, worker)
    body = payload.body_of(payload.message_of(delivery, subscription, event))
    keys = live_secrets(subscription.secret, subscription.previous_secret, subscription.previous_secret_expires_at, at)
    headers = signed_headers(payload.message_id(delivery.id), at, body, keys)
    context = tls_context(str(settings.webhook_ca_file) if settings.webhook_ca_file else None)
    answer = await transport.post(target, body, headers, settings, ssl_context=context)
    return Attempt(number, answer, False, time.monotonic() - started, at, worker)


async def _cancel(database: Database, delivery_id: uuid.UUID) -> None:
    async with database.sessionmaker() as session:
        delivery = await repository.delivery_by_id(session, delivery_id)
        if delivery is not None and delivery.status == "pending":
            delivery.status, delivery.next_attempt_at = "cancelled", None
        await session.commit()


async def _record(database: Database, delivery_id: uuid.UUID, attempt: Attempt, decision: Decision) -> None:
    """The log row, the delivery's new state, and on 410 the subscription disabled, in one transaction."""
    answer = attempt.answer
    async with database.sessionmaker() as session:
        delivery = await repository.delivery_by_id(session, delivery_id)
        if delivery is None:
            return
        session.add(
            WebhookAttempt(
                delivery_id=delivery.id,
                subscription_id=delivery.subscription_id,
                attempt=attempt.number,
                at=attempt.at,
                outcome="refused" if attempt.refused else decision.outcome,
                status_code=answer.status_code,
                duration_ms=int(attempt.seconds * 1000),
                error=decision.reason,
                response_snippet=answer.snippet,
                details=_details(attempt, decision),
            )
        )
        if delivery.status == "pending":  # not cancelled meanwhile
            _apply(delivery, attempt, decision)
        if decision.outcome == "gone":
            await _disable(session, delivery.subscription_id, attempt.at)
        await session.commit()


def _apply(delivery: WebhookDelivery, attempt: Attempt, decision: Decision) -> None:
    delivery.attempts = attempt.number
    delivery.last_status_code = attempt.answer.status_code
    delivery.last_error = decision.reason
    delivery.next_attempt_at = decision.retry_at
    if decision.outcome == "delivered":
        delivery.status, delivery.delivered_at = "delivered", utcnow()
    elif decision.outcome in ("failed", "gone"):
        delivery.status = "failed"


async def _disable(session: AsyncSession, subscription_id: uuid.UUID, at: datetime) -> None:
    """410 Gone: the subscription is disabled and its other pending deliveries cancelled."""
    subscription = await repository.subscription_by_id(session, subscription_id)
    if subscription is None or subscription.status != "active":
        return
    subscription.status, subscription.disabled_reason, subscription.disabled_at = "disabled", "gone", at
    await session.flush()
    cancelled = await repository.cancel_pending(session, subscription_id)
    log.warning(
        "webhook subscription %s disabled: the receiver answered 410 Gone (%d cancelled)", subscription_id, cancelled
    )


def _details(attempt: Attempt, decision: Decision) -> dict[str, str]:
    answer = attempt.answer
    details = {
        "worker": attempt.worker,
        "address": answer.address,
        "location": answer.location[:500] if answer.location else None,
        "retry_after": answer.retry_after[:100] if answer.retry_after else None,
        "next_attempt_at": decision.retry_at.isoformat() if decision.retry_at else None,
    }
    return {key: value for key, value in details.items() if value}


def _metric_reason(reason: str) -> str:
    """The failure's label, bounded: statuses by class (http_4xx, http_5xx), the rest by code."""
    if reason.startswith("http_") and reason[5:].isdigit():
        return f"http_{reason[5]}xx"
    return reason


def _observe(attempt: Attempt, decision: Decision, event: Event | None) -> None:
    metrics.WEBHOOK_ATTEMPTS.labels("refused" if attempt.refused else decision.outcome).inc()
    metrics.WEBHOOK_ATTEMPT_DURATION.observe(attempt.seconds)
    if decision.outcome == "delivered" and event is not None:
        lag = utcnow() - event.occurred_at
        metrics.WEBHOOK_DELIVERY_LAG.observe(max(lag, timedelta(0)).total_seconds())
    elif decision.reason:
        metrics.WEBHOOK_FAILURES.labels(_metric_reason(decision.reason)).inc()
