from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_mode import EmailMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPreferencesWrite")


@_attrs_define
class NotificationPreferencesWrite:
    """The whole of a person's preferences (PUT replaces them).

    Attributes:
        digest_hour (int): 0–23, the local hour of the daily digest.
        email_mode (EmailMode): How a person is emailed their notifications: each at once, a daily digest, or not at
            all.
        muted_types (list[str]): Types (GET /notification-types) the person does not want at all, in the inbox or by
            email. A type the person's role must receive cannot be muted (422 `mandatory_notification_type`); a name the
            catalogue lacks: 422 `unknown_notification_type`.
        push_enabled (bool): Push notifications, for a later push channel (none is sent yet).
        timezone (str): An IANA time zone name (422 `unknown_timezone` otherwise).
    """

    digest_hour: int
    email_mode: EmailMode
    muted_types: list[str]
    push_enabled: bool
    timezone: str

    def to_dict(self) -> dict[str, Any]:
        digest_hour = self.digest_hour

        email_mode = self.email_mode.value

        muted_types = self.muted_types

        push_enabled = self.push_enabled

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "digest_hour": digest_hour,
                "email_mode": email_mode,
                "muted_types": muted_types,
                "push_enabled": push_enabled,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digest_hour = d.pop("digest_hour")

        email_mode = EmailMode(d.pop("email_mode"))

        muted_types = cast(list[str], d.pop("muted_types"))

        push_enabled = d.pop("push_enabled")

        timezone = d.pop("timezone")

        notification_preferences_write = cls(
            digest_hour=digest_hour,
            email_mode=email_mode,
            muted_types=muted_types,
            push_enabled=push_enabled,
            timezone=timezone,
        )

        return notification_preferences_write
