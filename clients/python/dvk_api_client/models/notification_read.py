from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_type import NotificationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_read_data import NotificationReadData
    from ..models.notification_resource import NotificationResource
    from ..models.notification_texts import NotificationTexts
    from ..models.notification_unit import NotificationUnit


T = TypeVar("T", bound="NotificationRead")


@_attrs_define
class NotificationRead:
    """One notification of the caller's inbox.

    Attributes:
        created_at (datetime.datetime):
        data (NotificationReadData): The values the message was made from (e.g. `model_name`, `reason`,
            `decision_number`); a label is `{vi, en}`.
        id (int): Increasing: a newer notification has a greater id.
        read_at (datetime.datetime | None): When it was marked read; null while unread.
        resource (NotificationResource): What the notification points to: GET `path` with the same credentials to read
            it (a resource you can no
            longer read answers 404).
        text (str): The message, in the language Accept-Language chose (Vietnamese by default).
        texts (NotificationTexts): The notification's text in both languages (`text` is the one Accept-Language chose).
        type_ (NotificationType): A type of the notification catalogue (README, "Notifications", says who receives
            each).
        unit (None | NotificationUnit):
    """

    created_at: datetime.datetime
    data: NotificationReadData
    id: int
    read_at: datetime.datetime | None
    resource: NotificationResource
    text: str
    texts: NotificationTexts
    type_: NotificationType
    unit: None | NotificationUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_read_data import NotificationReadData  # noqa: PLC0415
        from ..models.notification_resource import NotificationResource  # noqa: PLC0415
        from ..models.notification_texts import NotificationTexts  # noqa: PLC0415
        from ..models.notification_unit import NotificationUnit  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = self.id

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        resource = self.resource.to_dict()

        text = self.text

        texts = self.texts.to_dict()

        type_ = self.type_.value

        unit: dict[str, Any] | None
        if isinstance(self.unit, NotificationUnit):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "data": data,
                "id": id,
                "read_at": read_at,
                "resource": resource,
                "text": text,
                "texts": texts,
                "type": type_,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_read_data import NotificationReadData  # noqa: PLC0415
        from ..models.notification_resource import NotificationResource  # noqa: PLC0415
        from ..models.notification_texts import NotificationTexts  # noqa: PLC0415
        from ..models.notification_unit import NotificationUnit  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data = NotificationReadData.from_dict(d.pop("data"))

        id = d.pop("id")

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        resource = NotificationResource.from_dict(d.pop("resource"))

        text = d.pop("text")

        texts = NotificationTexts.from_dict(d.pop("texts"))

        type_ = NotificationType(d.pop("type"))

        def _parse_unit(data: object) -> None | NotificationUnit:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_0 = NotificationUnit.from_dict(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationUnit, data)

        unit = _parse_unit(d.pop("unit"))

        notification_read = cls(
            created_at=created_at,
            data=data,
            id=id,
            read_at=read_at,
            resource=resource,
            text=text,
            texts=texts,
            type_=type_,
            unit=unit,
        )

        notification_read.additional_properties = d
        return notification_read

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
