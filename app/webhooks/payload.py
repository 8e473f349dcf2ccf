"""The body of a webhook message: one event in the envelope the feed lists (app/events/schemas.py: id, type,
version, occurred_at, resource, unit, and the type's typed payload as `data`), so GET /events, GET /events/{id}
and a webhook say the same thing, and the contract's `webhooks` describe exactly the bytes sent.

`render` is the one place the event becomes JSON for a receiver."""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from app.events.schemas import envelope
from app.models import Event, WebhookDelivery, WebhookSubscription

PING_TYPE = "webhook.ping"
"""The type of a test ping (POST /webhooks/subscriptions/{id}/ping): not an event of the catalogue, never in the
change feed, sent whatever event types the subscription chose."""


def render(event: Event) -> dict[str, Any]:
    """The message for one event: its feed envelope, as JSON."""
    return envelope(event).model_dump(mode="json")


def render_ping(delivery: WebhookDelivery, subscription: WebhookSubscription) -> dict[str, Any]:
    """The message of a test ping: which subscription and which ping it is (shaped like an event's envelope, with
    no id, resource or unit: it is about no change)."""
    return {
        "type": PING_TYPE,
        "occurred_at": delivery.created_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "data": {"subscription_id": str(subscription.id), "ping_id": str(delivery.id)},
    }


def message_of(delivery: WebhookDelivery, subscription: WebhookSubscription, event: Event | None) -> dict[str, Any]:
    """The message a delivery carries: its event, or a ping."""
    return render(event) if event is not None else render_ping(delivery, subscription)


def body_of(message: dict[str, Any]) -> bytes:
    """The exact bytes sent and signed: compact UTF-8 JSON."""
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def message_id(delivery_id: object) -> str:
    """The `webhook-id` of a delivery: the same on every retry, so receivers can drop duplicates."""
    return f"msg_{getattr(delivery_id, 'hex', delivery_id)}"
