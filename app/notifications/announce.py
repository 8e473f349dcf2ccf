"""Each notification also as an event: `notification.created`, in the feed (GET /events) for its recipient alone
and never delivered by a webhook (app/events/catalogue.py PRIVATE_TYPES), so a phone or a person's own client
that already follows the feed hears of it without polling the inbox. Written in the notification's transaction:
there is an event exactly when there is a notification."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.events.service import record_event
from app.models import Notification
from app.notifications import repository
from app.notifications.links import resource_path


def payload(notification: Notification) -> dict[str, object]:
    """The event's payload (events.payloads.NotificationCreatedPayload)."""
    return {
        "type": notification.type,
        "texts": {"vi": notification.text_vi, "en": notification.text_en},
        "target": {
            "type": notification.resource_type,
            "id": notification.resource_id,
            "path": resource_path(notification.resource_type, notification.resource_id),
        },
        "unit_id": notification.unit_id,
    }


async def announce(session: AsyncSession, ids: Sequence[int]) -> None:
    """A `notification.created` event for each of the notifications just added (by id), dated as they are and
    filed under their unit (the recipient's home unit when they concern none)."""
    if not ids:
        return
    for notification, unit_path in await repository.with_unit_paths(session, ids):
        await record_event(
            session,
            "notification.created",
            resource_type="notification",
            resource_id=notification.id,
            unit_path=unit_path,
            actor_id=None,
            request_id=None,
            data=payload(notification),
            occurred_at=notification.created_at,
            flush=False,
            person=notification.user_id,
        )
    await session.flush()
