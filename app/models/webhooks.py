"""Webhook subscriptions, their deliveries and the log of every attempt (app/webhooks).

A subscription belongs to a unit subtree (`owner_unit_id`: nothing outside it is ever sent) and, once service
made by a service client, to that client (`client_id`; deleted with it). A delivery is one event for one
subscription (unique: the dispatcher may look at an event twice, it is queued once) or a test ping (no event);
every attempt to send it is a row of `webhook_attempts`."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigIntPK, Timestamped, UTCDateTime, utcnow

SUBSCRIPTION_STATUSES = ("active", "disabled")
# pending: queued or waiting to be retried; delivered: a 2xx; failed: attempts exhausted; cancelled: the
# subscription was disabled (410 Gone, or by its owner) before it was delivered.
DELIVERY_STATUSES = ("pending", "delivered", "failed", "cancelled")
# delivered: 2xx; retry: will be tried again; gone: 410, the subscription is disabled; failed: the last
# attempt failed; refused: the address was refused (SSRF rules), nothing was sent.
ATTEMPT_OUTCOMES = ("delivered", "retry", "gone", "failed", "refused")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


class WebhookSubscription(Timestamped, Base):
    """Where to send which events, and the secret that signs them."""

    __tablename__ = "webhook_subscriptions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("service_clients.id", ondelete="CASCADE"), index=True
    )
    owner_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    # The subtree filter: events of this unit and the units below it (inside the owner's subtree).
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    url: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(String(200), default="")
    # Event types to send; an empty list sends every type.
    event_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="active")
    disabled_reason: Mapped[str | None] = mapped_column(String(40))
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Standard Webhooks secrets ("whsec_" + base64). During a rotation's overlap both sign every message.
    secret: Mapped[str] = mapped_column(String(100))
    previous_secret: Mapped[str | None] = mapped_column(String(100))
    previous_secret_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint(_in("status", SUBSCRIPTION_STATUSES), name="status"),)


class WebhookDelivery(Base):
    """One event to send to one subscription; its id is the message's `webhook-id` (the same on every retry)."""

    __tablename__ = "webhook_deliveries"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    subscription_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"))
    # None: a test ping (POST …/ping), a message outside the event catalogue.
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        CheckConstraint(_in("status", DELIVERY_STATUSES), name="status"),
        UniqueConstraint("subscription_id", "event_id", name="uq_webhook_deliveries_subscription_event"),
    )


class WebhookAttempt(Base):
    """The delivery log: one row per attempt, with what the receiver answered (or why nothing was sent)."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    delivery_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhook_deliveries.id", ondelete="CASCADE"))
    subscription_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"))
    attempt: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    outcome: Mapped[str] = mapped_column(String(20))
    status_code: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    # A stable code for what went wrong (timeout, connect_error, redirect, http_503, refused_private, …).
    error: Mapped[str | None] = mapped_column(String(300))
    response_snippet: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (
        CheckConstraint(_in("outcome", ATTEMPT_OUTCOMES), name="outcome"),
        Index("ix_webhook_attempts_delivery", "delivery_id", "id"),
        Index("ix_webhook_attempts_subscription", "subscription_id", "id"),
    )
