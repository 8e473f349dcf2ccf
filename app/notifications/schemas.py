"""The inbox's bodies: a notification as its recipient reads it, a page of them with the unread count, and
marking them read."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, WithJsonSchema

from app.core.i18n import current_language
from app.core.types import MAX_ID
from app.models import Notification
from app.notifications.catalogue import NOTIFICATION_TYPES
from app.notifications.links import resource_path

NotificationTypeName = Annotated[str, WithJsonSchema({"type": "string", "enum": list(NOTIFICATION_TYPES)})]


class NotificationTexts(BaseModel):
    """The notification's text in both languages (`text` is the one Accept-Language chose)."""

    vi: str
    en: str


class NotificationResource(BaseModel):
    """What the notification points to: GET `path` with the same credentials to read it (a resource you can no
    longer read answers 404)."""

    type: str = Field(description="`model`, `review`, `decision`, `campaign`, `registration-list`, …")
    id: str = Field(description="Its id (a UUID; a number for a unit).")
    path: str | None = Field(description="Its path in this API, e.g. `/api/v1/models/{id}`.")


class NotificationUnit(BaseModel):
    """The unit the notification concerns (a model's registrant unit, a review's holding unit, …)."""

    id: int
    code: str
    name: str


class NotificationRead(BaseModel):
    """One notification of the caller's inbox."""

    id: int = Field(description="Increasing: a newer notification has a greater id.")
    type: NotificationTypeName = Field(description="The catalogue's type (README, “Notifications”).")
    text: str = Field(description="The message, in the language Accept-Language chose (Vietnamese by default).")
    texts: NotificationTexts
    resource: NotificationResource
    unit: NotificationUnit | None
    data: dict[str, Any] = Field(
        description="The values the message was made from (e.g. `model_name`, `reason`, `decision_number`); a "
        "label is `{vi, en}`."
    )
    created_at: datetime
    read_at: datetime | None = Field(description="When it was marked read; null while unread.")

    @classmethod
    def build(cls, notification: Notification, unit: NotificationUnit | None) -> NotificationRead:
        """The read of a stored notification, with its unit."""
        texts = NotificationTexts(vi=notification.text_vi, en=notification.text_en)
        return cls(
            id=notification.id,
            type=notification.type,
            text=texts.en if current_language.get() == "en" else texts.vi,
            texts=texts,
            resource=NotificationResource(
                type=notification.resource_type,
                id=notification.resource_id,
                path=resource_path(notification.resource_type, notification.resource_id),
            ),
            unit=unit,
            data=notification.data or {},
            created_at=notification.created_at,
            read_at=notification.read_at,
        )


class NotificationPage(BaseModel):
    """A page of the inbox, newest first, with how many of the caller's notifications are unread."""

    items: list[NotificationRead]
    next_cursor: str | None = Field(description="Pass as `cursor` to get the next page; null on the last page.")
    limit: int
    unread_count: int = Field(ge=0, description="Unread notifications in the whole inbox (whatever the filters).")


class UnreadCount(BaseModel):
    """How many of the caller's notifications are unread."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"unread_count": 3}]})

    unread_count: int = Field(ge=0)


class ReadAll(BaseModel):
    """Which notifications to mark read: every unread one, or only those up to what a client showed."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"up_to_id": 4127}]})

    up_to_id: int | None = Field(
        default=None,
        ge=1,
        le=MAX_ID,
        description="Only notifications with this id or a smaller one (the newest one a client showed).",
    )
    up_to: AwareDatetime | None = Field(
        default=None, description="Only notifications created at or before this moment (with an offset)."
    )


class ReadAllResult(BaseModel):
    """What marking read did."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"marked": 3, "unread_count": 0}]})

    marked: int = Field(ge=0, description="Notifications marked read now (those read already are not counted).")
    unread_count: int = Field(ge=0, description="Unread notifications left.")
