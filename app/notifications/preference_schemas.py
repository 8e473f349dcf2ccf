"""Bodies of GET/PUT /me/notification-preferences and GET /notification-types."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints

from app.workflow.codes import RoleCode

# How a person is emailed (`notification_preferences.email_mode`).
EmailMode = Literal["off", "immediate", "digest"]
MAX_MUTED = 100
TYPE_CHARS = 60
TIMEZONE_CHARS = 64

_EMAIL_MODE = (
    "`immediate`: an email for each notification, within seconds; `digest`: one email a day at `digest_hour` "
    "listing the unread notifications; `off`: no email (the inbox still has everything)."
)
_MUTED = (
    "Types (GET /notification-types) the person does not want at all, in the inbox or by email. A type the "
    "person's role must receive cannot be muted (422 `mandatory_notification_type`); a name the catalogue lacks: "
    "422 `unknown_notification_type`."
)
_READ: dict[str, Any] = {
    "email_mode": "digest",
    "digest_hour": 7,
    "timezone": "Asia/Ho_Chi_Minh",
    "muted_types": ["model.surveyed", "import.finished"],
    "push_enabled": False,
    "email": "registrant@vinhthach.quangtri.gov.vn",
    "version": 2,
    "updated_at": "2026-12-07T02:00:00Z",
}
_WRITE = {key: _READ[key] for key in ("email_mode", "digest_hour", "timezone", "muted_types", "push_enabled")}

TypeName = Annotated[str, StringConstraints(min_length=1, max_length=TYPE_CHARS)]


class NotificationPreferencesRead(BaseModel):
    """How the signed-in person is told: their email channel, digest hour and time zone, the types they muted.
    Its version is the ETag (a person who never saved any has the defaults, version 0)."""

    model_config = ConfigDict(json_schema_extra={"examples": [_READ]})

    email_mode: EmailMode = Field(description=_EMAIL_MODE)
    digest_hour: int = Field(ge=0, le=23, description="The local hour (in `timezone`) the daily digest is sent at.")
    timezone: str = Field(description="An IANA time zone (`Asia/Ho_Chi_Minh`): the digest's hour and email times.")
    muted_types: list[str] = Field(description=_MUTED)
    push_enabled: bool = Field(description="Push notifications to the person's phone, for a later push channel.")
    email: str | None = Field(
        description="The address emails go to (the person's account; managed with the user). Null: no email is "
        "sent whatever `email_mode` says."
    )
    version: int
    updated_at: datetime | None = Field(description="When they were last saved; null: never (the defaults).")


class NotificationPreferencesWrite(BaseModel):
    """The whole of a person's preferences (PUT replaces them)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_WRITE]})

    email_mode: EmailMode = Field(description=_EMAIL_MODE)
    digest_hour: StrictInt = Field(ge=0, le=23, description="0–23, the local hour of the daily digest.")
    timezone: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TIMEZONE_CHARS)] = Field(
        description="An IANA time zone name (422 `unknown_timezone` otherwise)."
    )
    muted_types: list[TypeName] = Field(max_length=MAX_MUTED, description=_MUTED)
    push_enabled: StrictBool = Field(description="Push notifications, for a later push channel (none is sent yet).")


class TypeLabel(BaseModel):
    """A notification type's label in both languages."""

    vi: str
    en: str


_TYPE: dict[str, Any] = {
    "type": "reminder.results-overdue",
    "label": {"vi": "Quá hạn báo cáo kết quả", "en": "Results overdue"},
    "recipients": {
        "vi": "Người đăng ký của đơn vị có mô hình đang triển khai.",
        "en": "The registrants of a unit with a model being implemented.",
    },
    "mandatory": True,
    "mandatory_for": ["registrant"],
    "reminder": True,
}


class NotificationTypeRead(BaseModel):
    """One type of the notification catalogue."""

    model_config = ConfigDict(json_schema_extra={"examples": [_TYPE]})

    type: str = Field(description="The stable name (never renamed once published).")
    label: TypeLabel
    recipients: TypeLabel = Field(description="Who receives it.")
    mandatory: bool = Field(description="Some roles must receive it (they cannot mute it).")
    mandatory_for: list[RoleCode] = Field(description="The roles that cannot mute it (empty: anyone may).")
    reminder: bool = Field(description="A reminder from the campaign calendar, rather than something that happened.")


class NotificationTypeList(BaseModel):
    """The catalogue, in its order."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"items": [_TYPE]}]})

    items: list[NotificationTypeRead]
