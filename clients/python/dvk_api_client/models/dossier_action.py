from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dossier_item import DossierItem
    from ..models.label import Label


T = TypeVar("T", bound="DossierAction")


@_attrs_define
class DossierAction:
    """A next action of the model and the files it needs.

    Attributes:
        action (Action): A workflow move (GET /workflow lists each with who takes it and its guards).
        complete (bool): Every required file is present.
        label (Label): A label in both languages.
        missing (list[str]): Codes of the items still missing.
        present (list[str]): Codes of the satisfied items.
        required (list[DossierItem]):
    """

    action: Action
    complete: bool
    label: Label
    missing: list[str]
    present: list[str]
    required: list[DossierItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dossier_item import DossierItem  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        action = self.action.value

        complete = self.complete

        label = self.label.to_dict()

        missing = self.missing

        present = self.present

        required = []
        for required_item_data in self.required:
            required_item = required_item_data.to_dict()
            required.append(required_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "complete": complete,
                "label": label,
                "missing": missing,
                "present": present,
                "required": required,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dossier_item import DossierItem  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        action = Action(d.pop("action"))

        complete = d.pop("complete")

        label = Label.from_dict(d.pop("label"))

        missing = cast(list[str], d.pop("missing"))

        present = cast(list[str], d.pop("present"))

        required = []
        _required = d.pop("required")
        for required_item_data in _required:
            required_item = DossierItem.from_dict(required_item_data)

            required.append(required_item)

        dossier_action = cls(
            action=action,
            complete=complete,
            label=label,
            missing=missing,
            present=present,
            required=required,
        )

        dossier_action.additional_properties = d
        return dossier_action

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
