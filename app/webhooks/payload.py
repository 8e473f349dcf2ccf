"""The body of a webhook message: one event in the Standard Webhooks envelope {type, timestamp, data}.

`render` is the one place the event becomes JSON for a receiver; when the event catalogue's typed payloads land
(app/events), it renders through them so the feed and the webhooks say the same thing."""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from app.models import Event, WebhookDelivery, WebhookSubscription

PING_TYPE = "webhook.ping"
"""The type of a test ping (POST /webhooks/subscriptions/{id}/ping): not an event of the catalogue, never in the
change feed, sent whatever event types the subscription chose."""


def render(event: Event) -> dict[str, Any]:
    """The message for one event."""
    return {
        "type": event.type,
        "timestamp": event.occurred_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "data": {
            "event_id": event.id,
            "resource_type": event.resource_type,
            "resource_id": event.resource_id,
            "unit_path": event.unit_path,
            "details": event.data or {},
        },
    }


def render_ping(delivery: WebhookDelivery, subscription: WebhookSubscription) -> dict[str, Any]:
    """The message of a test ping: which subscription and which ping it is."""
    return {
        "type": PING_TYPE,
        "timestamp": delivery.created_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
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
