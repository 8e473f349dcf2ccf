from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dossier_action import DossierAction


T = TypeVar("T", bound="DossierRead")


@_attrs_define
class DossierRead:
    """For each next action of the model: the files required, present and missing.

    Attributes:
        actions (list[DossierAction]):
        field_requires_confirmation (bool):
        model_id (UUID):
        state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
    """

    actions: list[DossierAction]
    field_requires_confirmation: bool
    model_id: UUID
    state: State
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dossier_action import DossierAction  # noqa: PLC0415

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        field_requires_confirmation = self.field_requires_confirmation

        model_id = str(self.model_id)

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "field_requires_confirmation": field_requires_confirmation,
                "model_id": model_id,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dossier_action import DossierAction  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = DossierAction.from_dict(actions_item_data)

            actions.append(actions_item)

        field_requires_confirmation = d.pop("field_requires_confirmation")

        model_id = UUID(d.pop("model_id"))

        state = State(d.pop("state"))

        dossier_read = cls(
            actions=actions,
            field_requires_confirmation=field_requires_confirmation,
            model_id=model_id,
            state=state,
        )

        dossier_read.additional_properties = d
        return dossier_read

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
