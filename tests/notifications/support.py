"""Helpers for the notification tests: tell a demo person something (through notify, committed), read the inbox."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from app.models import Notification
from app.notifications.service import notify

API = "/api/v1"
INBOX = f"{API}/me/notifications"
RETURNED = {"model_name": "Dân vận khéo ở Tân Lập", "reason": "Thiếu biên bản"}


async def tell(
    session: Any,
    demo: Any,
    username: str,
    occasion: str,
    *,
    type_: str = "model.returned",
    data: dict[str, Any] | None = None,
    unit: str | None = "QT-VL-VT-TL",
    resource_id: str | None = None,
) -> int:
    """One notification for a demo person (committed); its id."""
    [added] = await notify(
        session,
        recipients=[demo.users[username]],
        type_=type_,
        data=data or RETURNED,
        resource_type="model",
        resource_id=resource_id or str(uuid.uuid4()),
        unit_id=demo.unit(unit) if unit else None,
        occasion=occasion,
    )
    await session.commit()
    return added


async def stored(session: Any, notification_id: int) -> Notification:
    """A notification as stored now."""
    statement = select(Notification).where(Notification.id == notification_id)
    return (await session.scalars(statement.execution_options(populate_existing=True))).one()
