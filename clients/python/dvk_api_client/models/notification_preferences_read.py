from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_mode import EmailMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPreferencesRead")


@_attrs_define
class NotificationPreferencesRead:
    """How the signed-in person is told: their email channel, digest hour and time zone, the types they muted.
    Its version is the ETag (a person who never saved any has the defaults, version 0).

        Attributes:
            digest_hour (int): The local hour (in `timezone`) the daily digest is sent at.
            email (None | str): The address emails go to (the person's account; managed with the user). Null: no email is
                sent whatever `email_mode` says.
            email_mode (EmailMode): How a person is emailed their notifications: each at once, a daily digest, or not at
                all.
            muted_types (list[str]): Types (GET /notification-types) the person does not want at all, in the inbox or by
                email. A type the person's role must receive cannot be muted (422 `mandatory_notification_type`); a name the
                catalogue lacks: 422 `unknown_notification_type`.
            push_enabled (bool): Push notifications to the person's phone, for a later push channel.
            timezone (str): An IANA time zone (`Asia/Ho_Chi_Minh`): the digest's hour and email times.
            updated_at (datetime.datetime | None): When they were last saved; null: never (the defaults).
            version (int):
    """

    digest_hour: int
    email: None | str
    email_mode: EmailMode
    muted_types: list[str]
    push_enabled: bool
    timezone: str
    updated_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digest_hour = self.digest_hour

        email: None | str
        email = self.email

        email_mode = self.email_mode.value

        muted_types = self.muted_types

        push_enabled = self.push_enabled

        timezone = self.timezone

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "digest_hour": digest_hour,
                "email": email,
                "email_mode": email_mode,
                "muted_types": muted_types,
                "push_enabled": push_enabled,
                "timezone": timezone,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digest_hour = d.pop("digest_hour")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        email_mode = EmailMode(d.pop("email_mode"))

        muted_types = cast(list[str], d.pop("muted_types"))

        push_enabled = d.pop("push_enabled")

        timezone = d.pop("timezone")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        version = d.pop("version")

        notification_preferences_read = cls(
            digest_hour=digest_hour,
            email=email,
            email_mode=email_mode,
            muted_types=muted_types,
            push_enabled=push_enabled,
            timezone=timezone,
            updated_at=updated_at,
            version=version,
        )

        notification_preferences_read.additional_properties = d
        return notification_preferences_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
