"""Subscriptions as the owner manages them (the service the subscription API will call): create one after its
URL passed the address checks, rotate its secret with an overlap, disable it. Only flushes; the caller commits."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.core.errors import NotFound, Unprocessable
from app.core.i18n import Text
from app.events.catalogue import CATALOGUE, delivered
from app.models import WebhookSubscription
from app.models.base import utcnow
from app.webhooks import repository
from app.webhooks.signing import new_secret
from app.webhooks.urls import validate_url

MAX_EVENT_TYPES = 50
MAX_EVENT_TYPE_CHARS = 60

BAD_EVENT_TYPE = Text("Loại sự kiện không hợp lệ: {type}.", "Not an event type: {type}.")
PRIVATE_EVENT_TYPE = Text(
    "Sự kiện “{type}” chỉ dành riêng cho một người dùng (trong GET /events), không gửi qua webhook.",
    "“{type}” events are private to one person (GET /events shows them to that person); no webhook sends them.",
)
UNIT_OUTSIDE = Text(
    "Đơn vị lọc phải nằm trong cây đơn vị của chủ đăng ký.", "The filter unit must lie in the owner's subtree."
)


def check_event_types(event_types: Sequence[str]) -> list[str]:
    """The types, each once, in their order; 422 `unknown_event_type` for a name the event catalogue lacks or
    one no webhook delivers (private to a person: `notification.created`)."""
    if len(event_types) > MAX_EVENT_TYPES:
        raise Unprocessable(BAD_EVENT_TYPE, code="unknown_event_type", _type=f"{len(event_types)} types")
    for index, name in enumerate(event_types):
        if name not in CATALOGUE or not delivered(name):
            shown = name[:MAX_EVENT_TYPE_CHARS]
            message = BAD_EVENT_TYPE if name not in CATALOGUE else PRIVATE_EVENT_TYPE
            raise Unprocessable(
                message,
                code="unknown_event_type",
                errors=[
                    {
                        "code": "unknown_event_type",
                        "pointer": f"#/event_types/{index}",
                        "detail": message.render(type=shown),
                    }
                ],
                _type=shown,
            )
    return list(dict.fromkeys(event_types))


async def create_subscription(
    session: AsyncSession,
    *,
    owner_unit_id: int,
    url: str,
    unit_id: int | None = None,
    event_types: Sequence[str] = (),
    description: str = "",
    client_id: uuid.UUID | None = None,
    settings: Settings | None = None,
) -> WebhookSubscription:
    """A new active subscription with a fresh secret (shown to its owner once, by the API); 422 for a URL that
    may not receive webhooks, an ill-formed event type, or a filter unit outside the owner's subtree."""
    problem = await validate_url(url, settings)
    if problem is not None:
        raise problem
    types = check_event_types(event_types)
    owner = await repository.unit_by_id(session, owner_unit_id)
    target = owner if unit_id is None else await repository.unit_by_id(session, unit_id)
    if owner is None or target is None:
        raise NotFound()
    if not target.path.startswith(owner.path):
        raise Unprocessable(UNIT_OUTSIDE, code="unit_outside_scope")
    subscription = WebhookSubscription(
        owner_unit_id=owner.id,
        unit_id=target.id,
        client_id=client_id,
        url=url,
        description=description[:200],
        event_types=types,
        secret=new_secret(),
        status="active",
    )
    session.add(subscription)
    await session.flush()
    return subscription


def rotate_secret(
    subscription: WebhookSubscription, *, now: datetime | None = None, overlap: timedelta | None = None
) -> str:
    """A new secret; the old one keeps signing beside it for the overlap (`webhook_secret_overlap_hours`)."""
    now = now or utcnow()
    if overlap is None:
        overlap = timedelta(hours=get_settings().webhook_secret_overlap_hours)
    subscription.previous_secret = subscription.secret
    subscription.previous_secret_expires_at = now + overlap
    subscription.secret = new_secret()
    return subscription.secret


def disable(subscription: WebhookSubscription, reason: str = "owner", *, now: datetime | None = None) -> None:
    """Stop sending (pending deliveries are cancelled when their jobs run)."""
    subscription.status = "disabled"
    subscription.disabled_reason = reason[:40]
    subscription.disabled_at = now or utcnow()
