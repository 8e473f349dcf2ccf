"""The subscription API's rules: who owns a new subscription, what a caller may see and change, the delivery log,
redelivery and the test ping. Only flushes; the request's transaction commits.

Ownership: a service client (with `webhooks:manage`) owns what it creates, at its own unit; an administrator
creates subscriptions owned by a unit where they manage users (the filter unit's nearest such unit). What is not
the caller's (policy.visibility.webhook_subscription_rule) is 404."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import messages
from app.core.config import get_settings
from app.core.errors import Conflict, NotFound
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.core.writes import flush_versioned
from app.models import Unit, WebhookAttempt, WebhookDelivery, WebhookSubscription
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.policy.permissions import grants as role_grants
from app.policy.principal import Caller
from app.webhooks import repository, subscriptions
from app.webhooks.dispatcher import DELIVER, delivery_job_key
from app.webhooks.urls import validate_url
from app.worker.jobs import enqueue

SUBSCRIPTION_NOT_FOUND = Text("Không tìm thấy đăng ký webhook.", "Webhook subscription not found.")
DELIVERY_NOT_FOUND = Text("Không tìm thấy lần gửi webhook.", "Webhook delivery not found.")
DISABLED = Text(
    "Đăng ký webhook đang tắt; bật lại trước khi gửi.", "The webhook subscription is disabled; enable it first."
)
PENDING = Text(
    "Lần gửi này còn đang chờ gửi; không cần gửi lại.", "This delivery is still pending; there is nothing to redo."
)


def _permission(caller: Caller) -> Permission:
    """What the caller's scope must allow at a unit to subscribe to it: a client reads there (its scopes made its
    grants), a person manages users there."""
    return Permission.READ if caller.client is not None else Permission.MANAGE_USERS


async def get_subscription(session: AsyncSession, caller: Caller, subscription_id: uuid.UUID) -> WebhookSubscription:
    """A subscription the caller sees; 404 for every other, whether it exists or not."""
    found = await repository.visible_subscription(session, caller, subscription_id)
    if found is None:
        raise NotFound(SUBSCRIPTION_NOT_FOUND, code="webhook_subscription_not_found")
    return found


async def _unit_in_scope(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    unit = await repository.unit_by_id(session, unit_id)
    if unit is None or not caller.scope.covers(unit.path, _permission(caller)):
        raise NotFound(messages.UNIT_NOT_IN_SCOPE, code="unit_not_found", _unit_id=unit_id)
    return unit


async def _owner_unit(session: AsyncSession, caller: Caller, target: Unit | None) -> int:
    """The owning unit: a client's own unit; for a person, the unit of their nearest grant over the target (or
    their first where they manage users, without a target)."""
    if caller.client is not None:
        client = await repository.client_by_id(session, caller.client.id)
        if client is None:
            raise NotFound(messages.UNIT_NOT_IN_SCOPE, code="unit_not_found", _unit_id=0)
        return client.unit_id
    permission = _permission(caller)
    grants = [g for g in caller.scope.grants if role_grants(g.role, permission)]
    if target is not None:
        grants = [g for g in grants if target.path.startswith(g.unit_path)]
    if not grants:
        raise NotFound(messages.UNIT_NOT_IN_SCOPE, code="unit_not_found", _unit_id=target.id if target else 0)
    return max(grants, key=lambda g: len(g.unit_path)).unit_id


async def create(
    session: AsyncSession,
    caller: Caller,
    *,
    url: str,
    event_types: Sequence[str],
    unit_id: int | None,
    description: str,
) -> WebhookSubscription:
    """A new subscription owned by the calling client, or by the administrator's unit (422 for a refused URL or
    an unknown event type, 404 for a filter unit outside the caller's scope)."""
    subscriptions.check_event_types(event_types)
    target = await _unit_in_scope(session, caller, unit_id) if unit_id is not None else None
    owner_unit_id = await _owner_unit(session, caller, target)
    return await subscriptions.create_subscription(
        session,
        owner_unit_id=owner_unit_id,
        unit_id=target.id if target is not None else None,
        url=url,
        event_types=event_types,
        description=description,
        client_id=caller.client.id if caller.client is not None else None,
    )


async def update(session: AsyncSession, subscription: WebhookSubscription, changes: dict[str, Any]) -> None:
    """Change the URL (checked again), description, event types or enabled state (disabling cancels what is
    pending; enabling sends the events from then on)."""
    if "url" in changes and changes["url"] != subscription.url:
        problem = await validate_url(changes["url"])
        if problem is not None:
            raise problem
        subscription.url = changes["url"]
    if "event_types" in changes:
        subscription.event_types = subscriptions.check_event_types(changes["event_types"])
    if "description" in changes:
        subscription.description = changes["description"]
    if "enabled" in changes:
        await _set_enabled(session, subscription, bool(changes["enabled"]))
    subscription.updated_at = utcnow()
    await flush_versioned(session)


async def _set_enabled(session: AsyncSession, subscription: WebhookSubscription, enabled: bool) -> None:
    if enabled and subscription.status != "active":
        subscription.status, subscription.disabled_reason, subscription.disabled_at = "active", None, None
    elif not enabled and subscription.status == "active":
        subscriptions.disable(subscription, "owner")
        await repository.cancel_pending(session, subscription.id)


async def remove(session: AsyncSession, subscription: WebhookSubscription) -> None:
    """Delete the subscription, its deliveries and their log (their queued jobs find nothing and end)."""
    await session.delete(subscription)
    await flush_versioned(session)


async def rotate(session: AsyncSession, subscription: WebhookSubscription, overlap_seconds: int | None) -> str:
    """A new signing secret; the old one keeps signing beside it for the overlap."""
    hours = get_settings().webhook_secret_overlap_hours
    overlap = timedelta(seconds=overlap_seconds) if overlap_seconds is not None else timedelta(hours=hours)
    secret = subscriptions.rotate_secret(subscription, overlap=overlap)
    subscription.updated_at = utcnow()
    await flush_versioned(session)
    return secret


def _require_active(subscription: WebhookSubscription) -> None:
    if subscription.status != "active":
        raise Conflict(DISABLED, code="webhook_subscription_disabled")


async def _queue(session: AsyncSession, delivery: WebhookDelivery, key: str) -> None:
    await enqueue(
        session,
        DELIVER,
        {"delivery_id": str(delivery.id)},
        run_at=utcnow(),
        dedupe_key=key,
        max_attempts=get_settings().webhook_max_attempts + 3,
    )


async def ping(session: AsyncSession, subscription: WebhookSubscription) -> WebhookDelivery:
    """Queue a `webhook.ping` message to the subscription's URL (a delivery without an event)."""
    _require_active(subscription)
    now = utcnow()
    delivery = WebhookDelivery(
        id=uuid.uuid4(), subscription_id=subscription.id, event_id=None, status="pending", created_at=now
    )
    delivery.attempts, delivery.next_attempt_at = 0, now
    session.add(delivery)
    await session.flush()
    await _queue(session, delivery, delivery_job_key(delivery.id))
    return delivery


async def get_delivery(
    session: AsyncSession, subscription: WebhookSubscription, delivery_id: uuid.UUID
) -> WebhookDelivery:
    """A delivery of a visible subscription (404 otherwise)."""
    delivery = await repository.delivery_of(session, subscription.id, delivery_id)
    if delivery is None:
        raise NotFound(DELIVERY_NOT_FOUND, code="webhook_delivery_not_found")
    return delivery


async def redeliver(session: AsyncSession, subscription: WebhookSubscription, delivery: WebhookDelivery) -> None:
    """Send a delivered, failed or cancelled delivery once more (the same `webhook-id`, so a receiver that kept
    it drops it); a failure is retried while its attempts last (`webhook_max_attempts` in all)."""
    _require_active(subscription)
    if delivery.status == "pending":
        raise Conflict(PENDING, code="webhook_delivery_pending")
    delivery.status, delivery.next_attempt_at, delivery.delivered_at = "pending", utcnow(), None
    await session.flush()
    await _queue(session, delivery, f"{delivery_job_key(delivery.id)}:again:{delivery.attempts}")


async def list_subscriptions(
    session: AsyncSession, caller: Caller, page: PageParams
) -> tuple[list[WebhookSubscription], str | None]:
    """One page of the subscriptions the caller sees, by id."""
    after = None
    if page.cursor:
        after = _uuid_position(decode_cursor(page.cursor, {}))
    found = await repository.visible_subscriptions(session, caller, after, page.limit + 1)
    items, more = found[: page.limit], len(found) > page.limit
    return items, encode_cursor([str(items[-1].id)], {}) if more else None


def _uuid_position(raw: list[object]) -> uuid.UUID:
    if len(raw) != 1 or not isinstance(raw[0], str):
        raise InvalidCursor()
    try:
        return uuid.UUID(raw[0])
    except ValueError:
        raise InvalidCursor() from None


def _delivery_position(raw: list[object]) -> tuple[datetime, uuid.UUID]:
    if len(raw) != 2 or not all(isinstance(p, str) for p in raw):
        raise InvalidCursor()
    try:
        return datetime.fromisoformat(str(raw[0])), uuid.UUID(str(raw[1]))
    except ValueError:
        raise InvalidCursor() from None


async def list_deliveries(
    session: AsyncSession, subscription: WebhookSubscription, page: PageParams, status: str | None
) -> tuple[list[tuple[WebhookDelivery, str | None]], dict[uuid.UUID, list[WebhookAttempt]], str | None]:
    """One page of the delivery log, newest first: each delivery with its event type and its attempts."""
    filters = {"subscription": str(subscription.id), "status": status}
    before = _delivery_position(decode_cursor(page.cursor, filters)) if page.cursor else None
    found = await repository.deliveries_page(session, subscription.id, before, page.limit + 1, status)
    rows, more = found[: page.limit], len(found) > page.limit
    log: dict[uuid.UUID, list[WebhookAttempt]] = {d.id: [] for d, _ in rows}
    for attempt in await repository.attempts_of_many(session, list(log)):
        log[attempt.delivery_id].append(attempt)
    last = rows[-1][0] if rows else None
    cursor = encode_cursor([last.created_at.isoformat(), str(last.id)], filters) if more and last else None
    return rows, log, cursor


async def delivery_log(session: AsyncSession, delivery: WebhookDelivery) -> tuple[str | None, list[WebhookAttempt]]:
    """A delivery's event type and attempts."""
    return await repository.event_type_of(session, delivery.event_id), list(
        await repository.attempts_of(session, delivery.id)
    )
