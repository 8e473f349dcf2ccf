from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.type_label import TypeLabel


T = TypeVar("T", bound="NotificationTypeRead")


@_attrs_define
class NotificationTypeRead:
    """One type of the notification catalogue.

    Attributes:
        label (TypeLabel): A notification type's label in both languages.
        mandatory (bool): Some roles must receive it (they cannot mute it).
        mandatory_for (list[Role]): The roles that cannot mute it (empty: anyone may).
        recipients (TypeLabel): A notification type's label in both languages.
        reminder (bool): A reminder from the campaign calendar, rather than something that happened.
        type_ (str): The stable name (never renamed once published).
    """

    label: TypeLabel
    mandatory: bool
    mandatory_for: list[Role]
    recipients: TypeLabel
    reminder: bool
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.type_label import TypeLabel  # noqa: PLC0415

        label = self.label.to_dict()

        mandatory = self.mandatory

        mandatory_for = []
        for mandatory_for_item_data in self.mandatory_for:
            mandatory_for_item = mandatory_for_item_data.value
            mandatory_for.append(mandatory_for_item)

        recipients = self.recipients.to_dict()

        reminder = self.reminder

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "mandatory": mandatory,
                "mandatory_for": mandatory_for,
                "recipients": recipients,
                "reminder": reminder,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.type_label import TypeLabel  # noqa: PLC0415

        d = dict(src_dict)
        label = TypeLabel.from_dict(d.pop("label"))

        mandatory = d.pop("mandatory")

        mandatory_for = []
        _mandatory_for = d.pop("mandatory_for")
        for mandatory_for_item_data in _mandatory_for:
            mandatory_for_item = Role(mandatory_for_item_data)

            mandatory_for.append(mandatory_for_item)

        recipients = TypeLabel.from_dict(d.pop("recipients"))

        reminder = d.pop("reminder")

        type_ = d.pop("type")

        notification_type_read = cls(
            label=label,
            mandatory=mandatory,
            mandatory_for=mandatory_for,
            recipients=recipients,
            reminder=reminder,
            type_=type_,
        )

        notification_type_read.additional_properties = d
        return notification_type_read

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
