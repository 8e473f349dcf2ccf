"""Request and response bodies of /webhooks: a subscription (its signing secret in plain text only in the answer
that made it), the delivery log with its attempts."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints, field_validator
from pydantic.json_schema import SkipJsonSchema

from app.core.types import MAX_ID
from app.models import WebhookAttempt, WebhookDelivery, WebhookSubscription
from app.webhooks.payload import PING_TYPE
from app.webhooks.subscriptions import MAX_EVENT_TYPE_CHARS, MAX_EVENT_TYPES
from app.webhooks.urls import MAX_URL_CHARS

Url = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_URL_CHARS)]
Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
EventTypes = Annotated[
    list[Annotated[str, StringConstraints(min_length=1, max_length=MAX_EVENT_TYPE_CHARS)]],
    Field(
        max_length=MAX_EVENT_TYPES,
        description="Types from the event catalogue (the document's `webhooks`; GET /events uses the same names); "
        "an empty list sends every type. A name the catalogue lacks: 422 `unknown_event_type`.",
    ),
]
MAX_OVERLAP = 30 * 24 * 3600

_ID = "3b2f7c1e-5a4d-4e8f-9b6a-1c2d3e4f5a6b"
_READ: dict[str, Any] = {
    "id": _ID,
    "url": "https://thidua.quangtri.gov.vn/dvk/webhooks",
    "description": "Hệ thống thi đua khen thưởng tỉnh Quảng Trị",
    "event_types": ["model.accepted", "decision.issued"],
    "unit_id": 2,
    "owner_unit_id": 1,
    "client_id": "5d0c6f1e-8a4b-4c2d-9e7f-0a1b2c3d4e5f",
    "status": "active",
    "disabled_reason": None,
    "disabled_at": None,
    "previous_secret_expires_at": None,
    "version": 1,
    "created_at": "2026-12-07T02:00:00Z",
    "updated_at": "2026-12-07T02:00:00Z",
}


# The states of a delivery (`webhook_deliveries.status`).
DeliveryStatus = Literal["pending", "delivered", "failed", "cancelled"]


class SubscriptionCreate(BaseModel):
    """Where to send which events: an https URL (checked: no private, loopback or metadata address), the event
    types, and the unit whose subtree's events are sent."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "url": "https://thidua.quangtri.gov.vn/dvk/webhooks",
                    "event_types": ["model.accepted", "decision.issued"],
                    "unit_id": 2,
                    "description": "Hệ thống thi đua khen thưởng tỉnh Quảng Trị",
                }
            ]
        },
    )

    url: Url
    event_types: EventTypes = []
    unit_id: int | None = Field(
        default=None,
        strict=True,
        ge=1,
        le=MAX_ID,
        description="Only events of this unit's subtree (in your scope, else 404); omitted: your whole scope.",
    )
    description: Description = ""


_NOT_NULL = ("url", "event_types", "description", "enabled")


class SubscriptionUpdate(BaseModel):
    """Changes to a subscription; omitted fields stay as they are. Send its ETag in If-Match."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"enabled": False}, {"event_types": ["model.accepted"]}]}
    )

    url: Url | SkipJsonSchema[None] = Field(default=None, description="Checked again as at creation (422).")
    event_types: EventTypes | SkipJsonSchema[None] = None
    description: Description | SkipJsonSchema[None] = None
    enabled: StrictBool | SkipJsonSchema[None] = Field(
        default=None,
        description="false stops sending (pending deliveries are cancelled); true sends the events from now on.",
    )

    @field_validator(*_NOT_NULL)
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("may not be null / không được để null")
        return value


class WebhookSecretRotation(BaseModel):
    """A new signing secret; the old one keeps signing beside it for `previous_expires_in` seconds."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"previous_expires_in": 86400}]})

    previous_expires_in: Annotated[StrictInt, Field(ge=0, le=MAX_OVERLAP)] | SkipJsonSchema[None] = Field(
        default=None,
        description="Seconds both secrets sign every message (two `v1,` signatures); omitted: "
        "DVK_WEBHOOK_SECRET_OVERLAP_HOURS (24 h by default); 0 ends the old secret now.",
    )


class SubscriptionRead(BaseModel):
    """A webhook subscription (never its secret) and its version (also sent as ETag)."""

    model_config = ConfigDict(json_schema_extra={"examples": [_READ]})

    id: uuid.UUID
    url: str
    description: str
    event_types: list[str] = Field(description="The types sent; empty: every type.")
    unit_id: int = Field(description="Events of this unit's subtree are sent.")
    owner_unit_id: int = Field(description="The unit the subscription belongs to (nothing outside it is sent).")
    client_id: uuid.UUID | None = Field(description="The service client that owns it; null: an administrator's.")
    status: str = Field(description="active | disabled")
    disabled_reason: str | None = Field(description="owner (disabled over the API) | gone (the receiver said 410).")
    disabled_at: datetime | None
    previous_secret_expires_at: datetime | None = Field(
        description="Until then the secret before the last rotation signs beside the current one."
    )
    version: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def build(cls, s: WebhookSubscription) -> SubscriptionRead:
        """From a subscription row."""
        return cls(
            id=s.id,
            url=s.url,
            description=s.description,
            event_types=list(s.event_types or []),
            unit_id=s.unit_id,
            owner_unit_id=s.owner_unit_id,
            client_id=s.client_id,
            status=s.status,
            disabled_reason=s.disabled_reason,
            disabled_at=s.disabled_at,
            previous_secret_expires_at=s.previous_secret_expires_at,
            version=s.version,
            created_at=s.created_at,
            updated_at=s.updated_at,
        )


class SubscriptionWithSecret(SubscriptionRead):
    """A subscription just made, or just given a new secret: the signing secret, shown this once."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{**_READ, "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}]}
    )

    secret: str | None = Field(
        description="The Standard Webhooks signing secret (`whsec_…`): store it now, it is not shown again. null "
        "when this is a replay of the answer (same Idempotency-Key): rotate to get a new one."
    )


class AttemptRead(BaseModel):
    """One attempt to send a delivery: what the receiver answered, or why nothing was sent."""

    attempt: int
    at: datetime
    outcome: str = Field(description="delivered | retry | gone | failed | refused")
    status_code: int | None
    duration_ms: int
    error: str | None = Field(description="timeout, connect_error, redirect, http_503, refused_private, …")
    response_snippet: str | None = Field(description="The start of the receiver's answer.")

    @classmethod
    def build(cls, a: WebhookAttempt) -> AttemptRead:
        """From a log row."""
        return cls(
            attempt=a.attempt,
            at=a.at,
            outcome=a.outcome,
            status_code=a.status_code,
            duration_ms=a.duration_ms,
            error=a.error,
            response_snippet=a.response_snippet,
        )


class DeliveryRead(BaseModel):
    """One message to the subscription (an event, or a ping) and every attempt to send it."""

    id: uuid.UUID = Field(description="Also the message's `webhook-id` (as `msg_<hex>`).")
    event_id: int | None = Field(description="The event sent; null for a ping.")
    type: str = Field(description=f"The event's type, or `{PING_TYPE}`.")
    status: str = Field(description="pending | delivered | failed | cancelled")
    attempts: int
    next_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None
    log: list[AttemptRead] = Field(description="Every attempt, oldest first.")

    @classmethod
    def build(cls, d: WebhookDelivery, type_: str | None, log: list[WebhookAttempt]) -> DeliveryRead:
        """From a delivery, its event's type and its attempts."""
        return cls(
            id=d.id,
            event_id=d.event_id,
            type=type_ or PING_TYPE,
            status=d.status,
            attempts=d.attempts,
            next_attempt_at=d.next_attempt_at,
            last_status_code=d.last_status_code,
            last_error=d.last_error,
            created_at=d.created_at,
            delivered_at=d.delivered_at,
            log=[AttemptRead.build(a) for a in log],
        )
