"""Writing notifications: `notify` is the one way in, for the event fan-out and the calendar reminders alike."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.i18n import Text
from app.models.base import utcnow
from app.notifications import repository
from app.notifications.announce import announce
from app.notifications.catalogue import notification_type

OCCASION_KEY_MAX = 300


def occasion_key(type_: str, occasion: str) -> str:
    """The once-only key of a person's notification: its type and the occasion (an event id, a deadline …)."""
    key = f"{type_}:{occasion}"
    if len(key) > OCCASION_KEY_MAX:
        raise ValueError(f"occasion key longer than {OCCASION_KEY_MAX} characters: {key[:60]}…")
    return key


async def notify(
    session: AsyncSession,
    *,
    recipients: Iterable[uuid.UUID],
    type_: str,
    data: Mapping[str, Any],
    resource_type: str,
    resource_id: str | uuid.UUID | int,
    unit_id: int | None,
    occasion: str,
    event_id: int | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Tell each recipient once for this occasion, in the caller's transaction; the ids of the notifications
    added (none for a person already told, deactivated, or who muted a type their role need not receive).

    The type must be in the catalogue and `data` must hold every field its message names (a KeyError
    otherwise: a programming error, never a client's). A value may be a `Text` (a label: each language's text
    takes its own; `data` keeps both). Each notification added is also a `notification.created` event, its
    recipient's alone (announce.py)."""
    entry = notification_type(type_)
    people = await repository.active_user_ids(session, set(recipients))
    if not entry.mandatory and people:
        preferences = await repository.preferences_of(session, people)
        people = {p for p in people if p not in preferences or type_ not in preferences[p].muted_types}
    if not people:
        return []
    texts = {lang: entry.message.render(lang, **_in(lang, data)) for lang in ("vi", "en")}
    key = occasion_key(type_, occasion)
    created_at = now or utcnow()
    rows = [
        {
            "user_id": person,
            "type": type_,
            "occasion_key": key,
            "text_vi": texts["vi"],
            "text_en": texts["en"],
            "resource_type": resource_type,
            "resource_id": str(resource_id),
            "unit_id": unit_id,
            "data": {k: v.as_dict() if isinstance(v, Text) else v for k, v in data.items()},
            "event_id": event_id,
            "created_at": created_at,
        }
        for person in sorted(people)
    ]
    added = await repository.insert_once(session, rows)
    await announce(session, added)
    return added


def _in(lang: Literal["vi", "en"], data: Mapping[str, Any]) -> dict[str, Any]:
    """The data as one language's message reads it (a Text in that language)."""
    return {k: v.render(lang) if isinstance(v, Text) else v for k, v in data.items()}
